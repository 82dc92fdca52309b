"""What a terminal gets that a file or a pipe does not: a progress line and a pager.

Both follow git's conventions. The progress line is written to the error stream only when
that stream is a terminal, and is cleared when the run ends, so a log or a redirected error
stream never holds it. Output to a terminal goes through ``PAGER`` (``less`` with
``LESS=FRX`` unless set: it quits at once when the text fits the screen, keeps colour, and
leaves the text on the screen); output to a file or a pipe never does.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

PAGER_ENV = ("RATINGBOOK_PAGER", "PAGER")  # the first one set wins, as GIT_PAGER before PAGER
DEFAULT_PAGER = "less"
NO_PAGER = ("", "cat")  # a pager that would only copy the text: none is started
# What a POSIX shell exits with when it cannot run the command: not found, not executable.
_COULD_NOT_START = (126, 127)


def is_terminal(stream: object) -> bool:
    """Whether ``stream`` is a terminal itself (FORCE_COLOR does not make a pipe one)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except (OSError, ValueError):  # closed
        return False


# ---------------------------------------------------------------------------- progress


@contextlib.contextmanager
def progress(
    console: Console, total: int, what: str, *, shown: bool
) -> Iterator[Callable[[], None]]:
    """A progress line on ``console`` for ``total`` items: yields the function to call as
    each item is done. Nothing is shown unless ``shown`` (the caller knows whether the
    console's stream is a terminal that nothing else is being written to) and there is more
    than one item. The line is redrawn only as items are done (no thread of its own, so it
    never writes between two of the command's own lines) and is gone when the block ends."""
    if not shown or total <= 1:
        yield lambda: None
        return
    # Imported here: Rich's progress bar (with its live display and spinners) is a fifth of
    # a one-file rate's start-up, and only a run over many files at a terminal shows it.
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
    )

    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        console=console,
        auto_refresh=False,
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    task = bar.add_task(what, total=total)

    def advance() -> None:
        bar.advance(task)
        bar.refresh()

    with bar:  # drawn as it starts
        yield advance


# ---------------------------------------------------------------------------- the pager


def pager_command(environ: Mapping[str, str] | None = None) -> str | None:
    """The pager to start (a shell command, as git runs ``PAGER``), or None for none:
    ``RATINGBOOK_PAGER``, else ``PAGER``, else ``less``; empty or ``cat`` means none."""
    env = os.environ if environ is None else environ
    for name in PAGER_ENV:
        if name in env:
            command = env[name].strip()
            return None if command in NO_PAGER else command
    return DEFAULT_PAGER


def pager_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The pager's environment: ``LESS=FRX`` and ``LV=-c`` unless set, as git gives them."""
    env = dict(os.environ if environ is None else environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    return env


class PagedBuffer(io.StringIO):
    """Standard output while a command runs for the pager: the text is kept, and the command
    lays it out as for the terminal underneath (its width, its colours)."""

    def __init__(self, terminal: TextIO) -> None:
        super().__init__()
        self._terminal = terminal

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._terminal.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._terminal, "encoding", None) or "utf-8"


def page(text: str, command: str, terminal: TextIO, *, encoding: str | None = None) -> None:
    """Show ``text`` through the pager ``command`` on ``terminal``; wait for it to end.

    A pager that cannot be started (or that the shell cannot find or run) leaves the text
    written to the terminal as it is. A reader who quits the pager before the end makes this
    raise BrokenPipeError, which the CLI ends quietly, as for any closed pipe.
    """
    if not text:
        return
    data = text.encode(encoding or getattr(terminal, "encoding", None) or "utf-8", "replace")
    terminal.flush()
    import subprocess  # only when there is a pager to start

    try:
        pager = subprocess.Popen(
            command, shell=True, stdin=subprocess.PIPE, env=pager_environment()
        )
    except OSError:
        _plain(text, terminal)
        return
    assert pager.stdin is not None
    broken = False
    # The pager reads Ctrl-C itself (less stops a search with it); this process waits for it
    # rather than ending under it, as git does.
    with _ignoring_interrupts():
        try:
            pager.stdin.write(data)
            pager.stdin.close()
        except BrokenPipeError:
            broken = True
            with contextlib.suppress(OSError):
                pager.stdin.close()
        status = pager.wait()
    if status in _COULD_NOT_START:
        _plain(text, terminal)
    elif broken:
        raise BrokenPipeError("the pager was closed before the end of the output")


def _plain(text: str, terminal: TextIO) -> None:
    terminal.write(text)
    terminal.flush()


@contextlib.contextmanager
def _ignoring_interrupts() -> Iterator[None]:
    import signal  # only while a pager runs: a command printing to a pipe never needs it

    try:
        before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to ignore
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
