"""How text output is laid out, decided without loading Rich: its width (``--width``,
``COLUMNS``, the terminal's, or :data:`PIPE_WIDTH` for a file or a pipe), whether it is coloured
(``--no-color``, ``NO_COLOR``, ``FORCE_COLOR``, and whether Rich would take the stream for a
terminal), and the lines without the trailing spaces a file or a pipe does not need.

:func:`resolve` is the one definition of what a console made for standard output or the error
stream resolves to: render/theme.py's ``make_console`` makes its Rich console from it, and the
text emitter (emit/text.py) writes text with no colour through the plain writer
(render/plain.py) from the same settings, without making a console at all.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Mapping
from typing import TextIO

from ratingbook._record import record

PIPE_WIDTH = 120
MIN_COLUMNS, MAX_COLUMNS = 20, 10_000  # a COLUMNS outside these is ignored


def columns(environ: Mapping[str, str] | None = None) -> int | None:
    """The width COLUMNS gives, if it gives a sensible one."""
    raw = (os.environ if environ is None else environ).get("COLUMNS", "").strip()
    # (isdecimal: "²" is a digit to isdigit, and int() refuses it)
    if not raw.isdecimal() or not MIN_COLUMNS <= int(raw) <= MAX_COLUMNS:
        return None
    return int(raw)


def _terminal_width(stream: object) -> int:
    try:
        found = os.get_terminal_size(stream.fileno()).columns  # type: ignore[attr-defined]
    except (OSError, AttributeError, ValueError):
        return 80
    return found if MIN_COLUMNS <= found <= MAX_COLUMNS else 80


def color_wanted(no_color: bool, environ: Mapping[str, str] | None = None) -> bool | None:
    """Whether to colour text: False for ``--no-color`` or a non-empty ``NO_COLOR``
    (no-color.org), True for a non-empty ``FORCE_COLOR`` (force-color.org: colour even in a
    pipe), None to colour only a terminal. The option beats the variables, and ``NO_COLOR``
    beats ``FORCE_COLOR``."""
    env = os.environ if environ is None else environ
    if no_color or env.get("NO_COLOR", ""):
        return False
    if env.get("FORCE_COLOR", ""):
        return True
    return None


# Spaces (and tabs) at the end of a line, among the style codes that may close it.
_TAIL = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+$")
_BLANKS = re.compile(r"[ \t]+")


def trim_line(line: str) -> str:
    """A line without the spaces Rich pads it with at its end (style codes are kept)."""
    tail = _TAIL.search(line)
    if tail is None:
        return line
    return line[: tail.start()] + _BLANKS.sub("", tail.group())


def trim_lines(text: str) -> str:
    """Every line of ``text`` without trailing spaces."""
    return "\n".join(trim_line(line) for line in text.split("\n"))


class TrimmedStream(io.TextIOBase):
    """A stream that writes whole lines without trailing spaces: what a table padded to the
    width prints into a file or a pipe, where the padding serves no one. A line not yet
    ended is held until it ends or the stream is flushed."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            self._stream.write("\n".join(map(trim_line, lines)) + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._pending)
            self._pending = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._stream, "errors", None)


@record
class ConsoleSettings:
    """What decides how Rich lays text out, so that another process lays it out the same."""

    width: int
    color_system: str | None
    terminal: bool
    no_color: bool
    trim: bool = True  # no trailing spaces: the text goes to a file or a pipe
    encoding: str = "utf-8"  # the stream's: Rich draws ASCII boxes on one that is not UTF


def plain(settings: ConsoleSettings) -> bool:
    """Whether text with these settings is drawn by the plain writer (render/plain.py)
    rather than Rich: the one place that is decided. It is when the text carries no colour
    and no style codes at all (no colour system: a file or a pipe, ``--no-color``,
    ``NO_COLOR``, a dumb terminal), on a UTF stream (Rich draws ASCII boxes on any other),
    and not on Windows (whose consoles Rich may draw with other boxes and one column less)."""
    return (
        settings.color_system is None
        and settings.encoding.startswith("utf")
        and sys.platform != "win32"
    )


DUMB_TERMINALS = ("dumb", "unknown")  # Rich draws 80 columns wide on these, and no colour


def rich_terminal(stream: object, color: bool | None, environ: Mapping[str, str]) -> bool:
    """Whether Rich takes a console over ``stream`` for a terminal (its ``is_terminal``), as
    ``make_console`` makes it: forced by ``color=True``; otherwise ``TTY_COMPATIBLE`` 0 or 1,
    a set ``FORCE_COLOR`` (a terminal unless empty), or the stream's own ``isatty``."""
    if color:
        return True
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    forced = environ.get("FORCE_COLOR")
    if forced is not None:
        return forced != ""
    return is_tty(stream)


def is_tty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except (OSError, ValueError):  # closed
        return False


def resolve(
    stream: TextIO,
    *,
    width: int | None = None,
    color: bool | None = None,
    environ: Mapping[str, str] | None = None,
) -> ConsoleSettings:
    """The settings of the console ``make_console`` makes over ``stream``, worked out as Rich
    works them out. Its ``color_system`` is None where the text has no colour (``color``
    False, or no terminal, or a dumb one), and ``"auto"`` where Rich decides which colours the
    terminal has (the console made from these settings resolves it).

    The width: ``width``, else a usable ``COLUMNS``, else the terminal's width, or
    :data:`PIPE_WIDTH` when the stream is no terminal (Rich's fallback of 80 columns wraps the
    ratings table badly); a dumb terminal is 80 columns whatever is asked, as in Rich."""
    env = os.environ if environ is None else environ
    tty = is_tty(stream)
    if width is None:
        width = columns(env)
    if width is None:
        # No usable COLUMNS (unset, or not a width: 0, -5, "wide"): the terminal's own width,
        # or PIPE_WIDTH when there is no terminal. Rich would take COLUMNS=0 at its word.
        width = _terminal_width(stream) if tty else PIPE_WIDTH
    terminal = rich_terminal(stream, color, env)
    dumb = terminal and env.get("TERM", "").lower() in DUMB_TERMINALS
    return ConsoleSettings(
        width=80 if dumb else width,
        color_system="auto" if terminal and not dumb and color is not False else None,
        terminal=terminal,
        no_color=color is False,
        trim=not tty,
        encoding=stream_encoding(stream),
    )


def stream_encoding(stream: object) -> str:
    """The encoding Rich reads off a console's file (its ``encoding``), lower case."""
    return (getattr(stream, "encoding", None) or "utf-8").lower()
