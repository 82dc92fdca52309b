"""What a terminal gets and a pipe does not, in real processes: colour on each stream as
NO_COLOR, FORCE_COLOR and --no-color say, a progress line on a terminal's error stream only,
and the pager on a terminal's standard output only.

A terminal here is a pseudo-terminal (``os.openpty``) given to the process as its standard
output or error stream; a pipe is a pipe. The pager is a shell script that writes what it
was given (and the LESS it saw) to a file, so a test reads what a reader would have seen.
"""

from __future__ import annotations

import atexit
import fcntl
import os
import re
import selectors
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ratingbook.framework.render.terminal import pager_command, pager_environment

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
MISSING = "no-such-inspection.yaml"
ESCAPE = "\x1b["
REPO = Path(__file__).resolve().parents[2]
# Made by every process that collects the module (each pytest worker): removed at its end.
_FOLDER = Path(tempfile.mkdtemp(prefix="ratingbook-terminal-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
FAKE_PAGER = _FOLDER / "pager.sh"
FAKE_PAGER.write_text('#!/bin/sh\necho "LESS=$LESS" > "$PAGER_RECORD"\ncat >> "$PAGER_RECORD"\n')
FAKE_PAGER.chmod(0o755)

pytestmark = pytest.mark.real_process


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    args: tuple[str, ...]
    env: dict[str, str | None]
    out_tty: bool
    err_tty: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Seen:
    status: int
    out: str
    err: str
    paged: str | None  # what the pager was given (first line: the LESS it saw); None: no pager


# One well-rated inspection and one missing file: ratings (in colour where colour is on) on
# standard output, a styled error line on the error stream, two items for a progress line.
BOTH = ("rate", WM, MISSING)
VARS: dict[str, dict[str, str | None]] = {
    "none": {},
    "no-color": {"NO_COLOR": "1"},
    "force": {"FORCE_COLOR": "1"},
    "both": {"NO_COLOR": "1", "FORCE_COLOR": "1"},
}
RUNS: dict[str, Run] = {
    # Colour: each variable and the option on two terminals, on two pipes (where only
    # FORCE_COLOR can colour), and on one of each. NO_COLOR alone in a pipe is how every
    # other real-process test runs.
    **{
        f"tty-{name}": Run(args=(*BOTH, "--no-pager"), env=VARS[name], out_tty=True, err_tty=True)
        for name in ("none", "no-color", "both")
    },
    **{
        f"pipe-{name}": Run(args=BOTH, env=VARS[name], out_tty=False, err_tty=False)
        for name in ("none", "force", "both")
    },
    "tty-option": Run(
        args=(*BOTH, "--no-pager", "--no-color"), env=VARS["force"], out_tty=True, err_tty=True
    ),
    "err-tty": Run(args=BOTH, env={}, out_tty=False, err_tty=True),
    "out-tty": Run(args=(*BOTH, "--no-pager"), env={}, out_tty=True, err_tty=False),
    # Progress over a folder, for each command that runs over one.
    "compare": Run(
        args=(
            "compare",
            "--base",
            "yot-2018",
            "--candidate",
            "yot-2020",
            "standards/yot/inspections/",
        ),
        env={},
        out_tty=False,
        err_tty=True,
    ),
    "test": Run(args=("test", "standards/yot/"), env={}, out_tty=False, err_tty=True),
    # The pager: on a terminal, one that cannot start, one the reader quits at once.
    "paged": Run(args=BOTH, env={}, out_tty=True, err_tty=True),
    "pager-missing": Run(
        args=("rate", WM), env={"PAGER": "/no/such/pager"}, out_tty=True, err_tty=False
    ),
    "pager-quit": Run(
        # Far more than a pipe holds (260 KB), so the pager is gone while it is written.
        args=("explain", WM, "--format", "json"),
        env={"PAGER": "true"},
        out_tty=True,
        err_tty=False,
    ),
}
COLOURED = {  # run -> (standard output coloured, error stream coloured)
    "tty-none": (True, True),
    "tty-no-color": (False, False),
    "tty-both": (False, False),
    "tty-option": (False, False),
    "pipe-none": (False, False),
    "pipe-force": (True, True),
    "pipe-both": (False, False),
    "err-tty": (False, True),
    "out-tty": (True, False),
}


def _end(tty: bool) -> tuple[int, int]:
    """(the end this process reads, the end the child writes): a terminal 100 columns wide,
    or a pipe."""
    if tty:
        reader, writer = os.openpty()
        fcntl.ioctl(writer, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        return reader, writer
    return os.pipe()


def _environment(name: str, run: Run, base: dict[str, str]) -> dict[str, str]:
    env = dict(base)
    for var in ("NO_COLOR", "FORCE_COLOR", "RATINGBOOK_PAGER", "LESS", "TTY_INTERACTIVE"):
        env.pop(var, None)
    env.update(
        TERM="xterm-256color",
        PAGER=str(FAKE_PAGER),
        PAGER_RECORD=str(_FOLDER / f"{name}.paged"),
    )
    env.pop("TTY_COMPATIBLE", None)
    for var, value in run.env.items():
        if value is None:
            env.pop(var, None)
        else:
            env[var] = value
    return env


def _run(name: str, run: Run, base: dict[str, str]) -> Seen:
    """Run the command with each stream a terminal or a pipe; read both to their ends."""
    env = _environment(name, run, base)
    out_r, out_w = _end(run.out_tty)
    err_r, err_w = _end(run.err_tty)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ratingbook", *run.args],
            stdin=subprocess.DEVNULL,
            stdout=out_w,
            stderr=err_w,
            cwd=REPO,
            env=env,
        )
    finally:
        os.close(out_w)
        os.close(err_w)
    got = {out_r: b"", err_r: b""}
    with selectors.DefaultSelector() as sel:
        for fd in got:
            sel.register(fd, selectors.EVENT_READ)
        while sel.get_map():
            for key, _ in sel.select(timeout=120):
                try:
                    chunk = os.read(key.fd, 1 << 16)
                except OSError:  # a terminal whose writers are all gone (EIO)
                    chunk = b""
                if chunk:
                    got[key.fd] += chunk
                else:
                    sel.unregister(key.fd)
                    os.close(key.fd)
    status = proc.wait(timeout=120)
    record = Path(env["PAGER_RECORD"])
    paged = record.read_text(encoding="utf-8") if record.exists() else None

    def text(raw: bytes) -> str:  # a terminal ends lines with \r\n
        return raw.decode("utf-8", "replace").replace("\r\n", "\n")

    return Seen(status=status, out=text(got[out_r]), err=text(got[err_r]), paged=paged)


_started: dict[str, Future[Seen]] = {}


def start_real_processes(background: Any) -> None:
    """Start every run in the background (conftest calls this as the session starts)."""
    if _started:
        return
    base = background.env()
    for name, run in RUNS.items():
        _started[name] = background.call(_run, name, run, base)


@pytest.fixture(scope="module")
def seen(background: Any) -> dict[str, Seen]:
    start_real_processes(background)  # in case conftest did not
    return {name: future.result(timeout=300) for name, future in _started.items()}


_CODES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _progress_line(what: str) -> re.Pattern[str]:
    return re.compile(rf"{what} [━╺╸ ]+ \d+/\d+ +\d+%")


def progress_shown(err: str, what: str) -> bool:
    """Whether ``err`` drew a progress line and then erased it before anything else."""
    if not _progress_line(what).search(_CODES.sub("", err)):
        return False
    after = err.rsplit("%", 1)[1]
    controls = re.match(r"(?:\x1b\[[0-9;?]*[A-Za-z]|\s)*", after)
    assert controls is not None
    return "\x1b[2K" in controls.group()


def no_progress(text: str) -> bool:
    plain = _CODES.sub("", text)
    return not any(_progress_line(w).search(plain) for w in ("rating", "comparing", "testing"))


# ---------------------------------------------------------------------------- colour


@pytest.mark.parametrize("name", sorted(COLOURED))
def test_each_stream_is_coloured_as_the_variables_and_the_option_say(
    seen: dict[str, Seen], name: str
) -> None:
    got = seen[name]
    out_coloured, err_coloured = COLOURED[name]
    assert got.status == 2, got.err
    assert "Windsor & Maidenhead" in got.out
    assert f"error: {MISSING}: no such file" in got.err
    assert (ESCAPE in got.out) is out_coloured, got.out[:300]
    # The error stream has nothing but the error lines (and, on a terminal, the progress
    # line): whether it holds a style code is whether it is coloured.
    assert (ESCAPE + "1;31m" in got.err) is err_coloured, got.err
    if not err_coloured:
        assert ESCAPE + "1" not in got.err and ESCAPE + "3" not in got.err, got.err


# ---------------------------------------------------------------------------- progress


@pytest.mark.parametrize("name", sorted(COLOURED))
def test_progress_is_shown_only_on_a_terminal_error_stream(
    seen: dict[str, Seen], name: str
) -> None:
    got = seen[name]
    assert no_progress(got.out)  # standard output never holds it, wherever it goes
    run = RUNS[name]
    # While the ratings themselves are written to the same terminal (--no-pager), they
    # are the progress; otherwise a terminal error stream gets the progress line, erased.
    assert progress_shown(got.err, "rating") is (run.err_tty and not run.out_tty)
    if not run.err_tty:
        assert no_progress(got.err)


@pytest.mark.parametrize(("name", "what"), [("compare", "comparing"), ("test", "testing")])
def test_compare_and_test_over_a_folder_show_progress_on_a_terminal(
    seen: dict[str, Seen], name: str, what: str
) -> None:
    got = seen[name]
    assert got.status in (0, 1, 3), got.err
    assert progress_shown(got.err, what), got.err
    assert no_progress(got.out)


# ---------------------------------------------------------------------------- pager


def test_a_terminal_output_goes_through_the_pager_in_colour(seen: dict[str, Seen]) -> None:
    got = seen["paged"]
    assert got.status == 2
    assert got.paged is not None
    head, _, paged = got.paged.partition("\n")
    assert head == "LESS=FRX"  # set for less, as git sets it, when the user has not
    assert "Windsor & Maidenhead" in paged and ESCAPE in paged  # laid out for the terminal
    assert got.out == ""  # nothing but the pager wrote to the terminal
    # Messages stay on the error stream, and the progress line is shown while the pager waits.
    assert f"error: {MISSING}: no such file" in got.err
    assert progress_shown(got.err, "rating")


@pytest.mark.parametrize("name", sorted(COLOURED))
def test_no_pager_for_a_pipe_or_with_no_pager(seen: dict[str, Seen], name: str) -> None:
    assert seen[name].paged is None


def test_a_pager_that_cannot_start_leaves_the_output_as_it_is(seen: dict[str, Seen]) -> None:
    got = seen["pager-missing"]
    assert got.status == 0, got.err
    assert "Windsor & Maidenhead" in got.out and ESCAPE in got.out
    assert "Traceback" not in got.err


def test_quitting_the_pager_early_ends_quietly_with_141(seen: dict[str, Seen]) -> None:
    got = seen["pager-quit"]
    assert (got.status, got.out, got.err) == (141, "", "")


# ---------------------------------------------------------------------------- which pager


@pytest.mark.parametrize(
    ("env", "command"),
    [
        ({}, "less"),
        ({"PAGER": "most -s"}, "most -s"),
        ({"PAGER": ""}, None),
        ({"PAGER": "cat"}, None),
        ({"PAGER": "more", "RATINGBOOK_PAGER": "less -S"}, "less -S"),
        ({"PAGER": "more", "RATINGBOOK_PAGER": ""}, None),
    ],
)
def test_the_pager_is_ratingbook_pager_then_pager_then_less(
    env: dict[str, str], command: str | None
) -> None:
    assert pager_command(env) == command


def test_less_gets_frx_unless_the_user_set_less() -> None:
    assert pager_environment({})["LESS"] == "FRX"
    assert pager_environment({"LESS": "-S"})["LESS"] == "-S"
