"""The exit statuses only a real process shows: output that cannot be written, an encoding
that lacks the symbols, Ctrl-C while the command starts, a bug. docs/cli.md lists them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import subprocess_env

pytestmark = pytest.mark.real_process

REPO = Path(__file__).resolve().parents[2]
DERBY = "standards/yot/inspections/derby-2018.yaml"


def run(
    args: list[str], *, stdout: object = subprocess.PIPE, env: dict[str, str | None] | None = None
) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=subprocess_env({"RATINGBOOK_DEBUG": None, **(env or {})}),
        timeout=120,
    )
    out = proc.stdout.decode("utf-8", "replace") if isinstance(proc.stdout, bytes) else ""
    return proc.returncode, out, proc.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize(
    "args",
    [["rate", DERBY], ["--help"], ["rate", "--format", "json", DERBY]],
    ids=["rate", "help", "json"],
)
def test_a_full_disk_is_status_74_with_one_line(args: list[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.fail("this test needs /dev/full (Linux)")
    with open("/dev/full", "wb") as full:
        code, _, err = run(["-m", "ratingbook", *args], stdout=full)
    assert code == 74, err
    assert err == "error: the output could not be written (No space left on device)\n"


def test_an_output_that_cannot_encode_the_symbols_falls_back_to_ascii() -> None:
    code, out, err = run(
        ["-m", "ratingbook", "rate", "standards/yot/inspections/western-bay-2019.yaml"],
        env={"PYTHONIOENCODING": "cp1252"},
    )
    assert code == 0, err
    assert "Traceback" not in err
    assert "◆" not in out and "━" not in out
    assert "*" in out  # the discretion mark, as ASCII


def test_ctrl_c_while_starting_is_status_130_without_a_traceback() -> None:
    """SIGINT arrives while the command's modules are still being imported."""
    start = (
        "import builtins, os, signal\n"
        "real = builtins.__import__\n"
        "def interrupting(name, *args, **kwargs):\n"
        "    if name == 'click':\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = interrupting\n"
        "import sys\n"
        "sys.argv = ['ratingbook', 'frameworks']\n"
        "from ratingbook.__main__ import main\n"
        "main()\n"
    )
    code, _, err = run(["-c", start])
    assert code == 130
    assert err.strip() == "interrupted"


def test_the_command_collects_what_it_makes_but_not_what_starting_made() -> None:
    """The cycle collector (ratingbook/__main__.py): no collection from the moment the entry
    point runs until what starting made is frozen; the command's work is collected as usual;
    and what the work made is frozen too as the command ends, so exit walks nothing again.
    Importing the package itself comes before the entry point, and is collected as usual."""
    start = (
        "import atexit, gc, json, sys\n"
        "from ratingbook.__main__ import main\n"  # the package itself is imported as usual
        "seen = []\n"
        "def collecting(phase, info):\n"
        "    if phase == 'start':\n"
        "        seen.append(gc.get_freeze_count())\n"
        "gc.collect()\n"  # counts start at nothing, so the lines to main() collect nothing
        "gc.callbacks.append(collecting)\n"
        "def ending():\n"
        "    print(json.dumps({'seen': seen, 'at_exit': gc.get_freeze_count(),\n"
        "                      'on': gc.isenabled()}))\n"
        "atexit.register(ending)\n"
        f"sys.argv = ['ratingbook', 'rate', '--format', 'json', {DERBY!r}]\n"
        "main()\n"
    )
    code, out, err = run(["-c", start])
    assert code == 0, err
    last = json.loads(out.strip().splitlines()[-1])
    frozen_at_start = min(last["seen"])
    assert frozen_at_start > 10_000  # the modules, classes and functions starting made
    assert len(last["seen"]) >= 3  # the command's work was collected, as usual
    assert last["on"] is True
    assert last["at_exit"] > max(last["seen"])  # frozen again: the work's objects too


def test_a_closed_standard_output_is_status_74() -> None:
    code, _, err = run(["-m", "ratingbook", "frameworks"], stdout=subprocess.DEVNULL, env={})
    assert code == 0, err  # the baseline: the command works
    proc = subprocess.run(
        [sys.executable, "-m", "ratingbook", "frameworks"],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=subprocess_env(),
        timeout=120,
        close_fds=True,
        pass_fds=(),
        preexec_fn=lambda: __import__("os").close(1),  # noqa: PLW1509 (closing stdout is the point)
    )
    assert proc.returncode == 74
    assert b"standard output is closed" in proc.stderr


def test_a_bug_in_a_real_process_is_one_line_and_status_70() -> None:
    start = (
        "import sys\n"
        "from ratingbook.framework import api\n"
        "def broken(path):\n"
        "    raise ZeroDivisionError('made up for this test')\n"
        "api.load_inspection = broken\n"
        f"sys.argv = ['ratingbook', 'rate', {DERBY!r}]\n"
        "from ratingbook.__main__ import main\n"
        "main()\n"
    )
    code, _, err = run(["-c", start])
    assert code == 70
    assert err.count("\n") == 1 and "this is a bug" in err
    details = Path(err.split("the details are in ")[1].strip())
    try:
        assert "ZeroDivisionError: made up for this test" in details.read_text(encoding="utf-8")
    finally:
        details.unlink()


@pytest.mark.parametrize(
    "args",
    [
        ["explain", "standards/yot/inspections/windsor-maidenhead-2020.yaml"],
        ["rate", "--format", "json", DERBY],
        ["compare", "--base", "yot-2018", "--candidate", "yot-2020", "standards/yot/inspections"],
        ["diff", "yot-2018", "yot-2020"],
        ["check", "yot-2020"],
        ["test", "standards/yot/expectations"],
        ["--help"],
    ],
    ids=["explain", "rate-json", "compare", "diff", "check", "test", "help"],
)
def test_every_command_stops_quietly_with_141_when_the_reader_is_gone(args: list[str]) -> None:
    """As ``... | true``: the pipe's reader has gone before anything is written."""
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "ratingbook", "--no-color", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=REPO,
            env=subprocess_env({"RATINGBOOK_DEBUG": None}),
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert proc.stderr == b"", proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 141


def test_json_on_an_output_without_the_characters_loses_none(tmp_path: Path) -> None:
    """On a cp1252 output, JSON is written with \\u escapes: it reads back as the same data."""
    import json

    data = tmp_path / "data.yaml"
    data.write_text(
        'format: ratingbook/inspection-v1\nservice: "Ynys Môn — Gwasanaeth ✓"\n'
        "framework: yot-2020\n",
        encoding="utf-8",
    )
    args = ["-m", "ratingbook", "rate", "--format", "json", str(data)]
    code, plain, _ = run(args)
    assert code == 0
    assert "Ynys Môn — Gwasanaeth ✓" in plain
    code, escaped, err = run(args, env={"PYTHONIOENCODING": "cp1252"})
    assert code == 0, err
    assert escaped.isascii()
    assert json.loads(escaped) == json.loads(plain)


def test_ctrl_c_during_a_run_on_two_processes_is_one_line_and_130(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group, workers too: one line, no worker tracebacks."""
    import os
    import shutil
    import signal

    for i in range(60):
        shutil.copy(REPO / "standards/yot/examples/example-2020.yaml", tmp_path / f"e{i:02}.yaml")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ratingbook",
            "rate",
            "--jobs",
            "2",
            "--format",
            "json",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=subprocess_env({"RATINGBOOK_DEBUG": None}),
        start_new_session=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # "["
    proc.stdout.readline()  # the first result: the workers are running
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert err.decode("utf-8", "replace").strip() == "interrupted"
