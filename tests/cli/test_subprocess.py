"""What only a real process shows: ``python -m ratingbook`` as a shell starts it.

Everything else about the command line runs in-process (test_cli.py, test_outputs.py,
test_docs.py), through conftest's ``run_cli``. These few tests start the interpreter, so
they see what that cannot: the exit status the interpreter itself returns, stdin read from
a real pipe, a pipe closed before the output is written, and the width the CLI picks when
COLUMNS is unset and stdout is a pipe. Each also checks that no traceback reaches stderr,
and several check that the real process prints exactly what ``run_cli`` prints, which is
what keeps the in-process runner honest.

The runs in REAL_RUNS are started in the background, two at a time, as soon as the session
starts, and these tests run last (conftest.py: the real_process mark), so the processes use
the other core while the in-process tests run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

try:
    import fcntl
except ImportError:  # not on Windows
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from conftest import Background

pytestmark = pytest.mark.real_process

REPO = Path(__file__).resolve().parents[2]
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"

RunCli = Callable[..., tuple[int, str, str]]

# name: (arguments, stdin, environment changes)
REAL_RUNS: dict[str, tuple[list[str], str | None, dict[str, str | None]]] = {
    "ok": (["--width", "100", "--no-color", "frameworks"], None, {}),
    "findings": (["check", "tests/data/check/prose-2020.framework"], None, {}),
    "missing-file": (["rate", "nope.yaml"], None, {}),
    "usage-error": (["rate"], None, {}),
    "stdin": (
        ["rate", "-", "--format", "json"],
        (REPO / EXAMPLE).read_text(encoding="utf-8"),
        {},
    ),
    # No COLUMNS, and stdout a pipe: the width is the CLI's own choice.
    "piped-width": (["--no-color", "rate", EXAMPLE], None, {"COLUMNS": None, "NO_COLOR": None}),
    # rate without click (ratingbook/framework/commandline/), the imports listed on stderr.
    "without-click": (
        ["--width", "100", "--no-color", "rate", EXAMPLE],
        None,
        {"PYTHONPROFILEIMPORTTIME": "1"},
    ),
    "bad-option": (["rate", EXAMPLE, "--jobs", "0"], None, {}),  # left to click
}


_started: dict[str, Future[Any]] = {}


def start_real_processes(background: Background) -> None:
    """Start every real run in the background (conftest calls this as the session starts)."""
    if _started:
        return
    for name, (args, stdin, env) in REAL_RUNS.items():
        _started[name] = background.run(*args, input=stdin, env=env)
    _started["closed-pipe"] = background.call(closed_pipe, background.env())


@pytest.fixture(scope="module")
def real(background: Background) -> dict[str, Any]:
    start_real_processes(background)  # in case conftest did not
    return {name: future.result(timeout=300) for name, future in _started.items()}


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.parametrize(
    ("name", "status"),
    [("ok", 0), ("findings", 1), ("missing-file", 2), ("usage-error", 2), ("bad-option", 2)],
)
def test_real_process_exit_status_and_output_are_the_in_process_ones(
    real: dict[str, tuple[int, str, str]], run_cli: RunCli, name: str, status: int
) -> None:
    """0 ok, 1 findings, 2 bad input or usage, from the interpreter; the same text as run_cli."""
    code, out, err = real[name]
    no_traceback(err)
    assert code == status, (code, out, err)
    args, stdin, env = REAL_RUNS[name]
    assert (code, out, err) == run_cli(*args, input=stdin, env=env)


def test_real_process_reads_stdin_for_dash(
    real: dict[str, tuple[int, str, str]], run_cli: RunCli
) -> None:
    code, out, err = real["stdin"]
    no_traceback(err)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["inspection"] == "<stdin>"
    assert data["service"] == "Exampleshire Youth Justice Service (made-up example data)"
    args, stdin, env = REAL_RUNS["stdin"]
    assert run_cli(*args, input=stdin, env=env) == (code, out, err)


def closed_pipe(env: dict[str, str]) -> tuple[str, str, int]:
    """``ratingbook rate A B C ... | head -1``: (the first line, stderr, exit status).

    The pipe is made as small as the system allows (Linux), and the command prints more
    than it holds, so the process is still writing when the reader goes away.
    """
    read_end, write_end = os.pipe()
    capacity = 65536
    if fcntl is not None and hasattr(fcntl, "F_SETPIPE_SZ"):
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
        capacity = fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ)
    copies = capacity // 3000 + 4  # each rating is about 3.5 KB of text
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ratingbook", "--no-color", "rate", *[WM] * copies],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
    finally:
        os.close(write_end)
    first = b""
    try:
        while not first.endswith(b"\n"):
            chunk = os.read(read_end, 1)
            if not chunk:
                break  # the output ended before its first line: the test says so
            first += chunk
    finally:
        os.close(read_end)
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    return first.decode("utf-8"), err, proc.returncode


def test_real_process_stops_quietly_when_the_reader_closes_the_pipe(
    real: dict[str, Any],
) -> None:
    """No traceback, no "Exception ignored", no hang when the reader stops after a line."""
    first, err, code = real["closed-pipe"]
    assert first.startswith("Windsor & Maidenhead Youth Offending Service"), (first, err)
    no_traceback(err)
    assert err == ""
    # A reader that stopped early: 141 (128 + SIGPIPE), as a shell reports it, whoever
    # (main, click or Rich) saw the pipe close first.
    assert code == 141, code


def test_piped_output_is_not_squeezed_into_80_columns(
    real: dict[str, tuple[int, str, str]],
) -> None:
    """Written to a pipe, the ratings table is 120 columns wide, so rows do not wrap."""
    code, out, err = real["piped-width"]
    assert code == 0, err
    no_traceback(err)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 120
    assert any(
        "Governance and leadership" in line and "inspector judgement" in line for line in lines
    )


def test_rate_runs_without_importing_click(real: dict[str, tuple[int, str, str]]) -> None:
    """A well-formed rate imports neither click nor the click commands, and prints the
    golden bytes (test_outputs.py's rate/example.txt, from the same arguments)."""
    code, out, err = real["without-click"]
    assert code == 0, err
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in err.splitlines()
        if line.startswith("import time:")
    }
    assert "ratingbook.framework.commandline.rate" in imported
    assert not {m for m in imported if m == "click" or m.startswith("click.")}
    assert "ratingbook.framework.cli" not in imported
    golden = REPO / "tests" / "data" / "golden" / "rate" / "example.txt"
    assert out == golden.read_text(encoding="utf-8")
