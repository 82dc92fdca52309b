"""Styles named by meaning, resolved in one Theme."""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Final, TextIO, cast

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.theme import Theme

from ratingbook._record import record
from ratingbook.framework.views.tones import TONES, tones

THEME = Theme(
    {
        "rating.none": "dim",
        "heading": "bold",
        "domain": "bold cyan",
        "muted": "dim",
        "trace.rule": "magenta",
        "trace.where": "dim cyan",
        "trace.case": "cyan",
        "discretion": "bold magenta",
        "warning": "yellow",
        "error": "bold red",
        "ok": "green",
        "change.up": "green",
        "change.down": "red",
    }
)


def rating_style(rating: str | None) -> str:
    """The style of a rating (``rating.requires-improvement``); ``rating.none`` for none.
    What it looks like comes from the rating's place on its scale (:func:`rating_theme`)."""
    if not rating:
        return "rating.none"
    return "rating." + rating.lower().replace(" ", "-")


# The palette, best to worst, one style per step of views.common.TONES: a scale of four
# takes steps 0, 1, 3 and 4 (the shipped versions: Outstanding bold green, Good green,
# Requires improvement yellow, Inadequate bold red).
RATING_TONES: Final = ("bold green", "green", "bright_yellow", "yellow", "bold red")
assert len(RATING_TONES) == TONES


def rating_theme(scale: Sequence[str]) -> Theme:
    """The styles of a framework's ratings (best first), each from its place on the scale."""
    return Theme(
        {rating_style(name): RATING_TONES[step] for name, step in tones(scale)}, inherit=False
    )


class Themed:
    """A renderable drawn with a framework's rating styles added to the console's theme."""

    def __init__(self, renderable: RenderableType, scale: Sequence[str]) -> None:
        self.renderable = renderable
        self.theme = rating_theme(scale)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # The renderable is drawn while this generator waits at its yield: the styles are in
        # the theme for exactly that long.
        console.push_theme(self.theme)
        try:
            yield self.renderable
        finally:
            console.pop_theme()


PIPE_WIDTH = 120
MIN_COLUMNS, MAX_COLUMNS = 20, 10_000  # a COLUMNS outside these is ignored


def columns() -> int | None:
    """The width COLUMNS gives, if it gives a sensible one."""
    raw = os.environ.get("COLUMNS", "").strip()
    if not raw.isdigit() or not MIN_COLUMNS <= int(raw) <= MAX_COLUMNS:
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


def settings_of(console: Console) -> ConsoleSettings:
    """The settings a console resolved (its width, colours, whether it writes to a terminal)."""
    return ConsoleSettings(
        width=console.width,
        color_system=console.color_system,
        terminal=console.is_terminal,
        no_color=console.no_color,
        trim=isinstance(console.file, TrimmedStream),
    )


def capture(settings: ConsoleSettings, renderable: RenderableType) -> str:
    """What a console with these settings would print for ``renderable``."""
    buffer = io.StringIO()
    console_over(buffer, replace(settings, trim=False)).print(renderable, crop=False)
    out = buffer.getvalue()  # (crop=False: an audit header's lines are never cut)
    return trim_lines(out) if settings.trim else out


def console_over(stream: Any, settings: ConsoleSettings) -> Console:
    """A console with these settings writing to ``stream`` (without trailing spaces when
    ``settings.trim``): what another process's console would print, written as it comes."""
    return Console(
        file=cast("TextIO", TrimmedStream(stream)) if settings.trim else stream,
        theme=THEME,
        width=settings.width,
        color_system=settings.color_system,  # type: ignore[arg-type]
        force_terminal=settings.terminal,
        no_color=settings.no_color,
        highlight=False,
        soft_wrap=False,
        legacy_windows=False,
    )


def make_console(
    *, stderr: bool = False, width: int | None = None, color: bool | None = None
) -> Console:
    """A console for the CLI; tests pass ``width`` and ``color=False`` for exact output.

    ``color``: False never colours, True always does (``FORCE_COLOR``), None colours a
    terminal only (see :func:`color_wanted`). Written to a file or a pipe, there is no
    terminal to fit, and Rich's fallback of 80 columns wraps the ratings table badly; such
    output is 120 columns wide unless ``--width`` or ``COLUMNS`` says otherwise, and its
    lines carry no trailing spaces.
    """
    stream = sys.stderr if stderr else sys.stdout
    terminal = stream.isatty()
    if width is None and columns() is None:
        # No usable COLUMNS (unset, or not a width: 0, -5, "wide"): the terminal's own width,
        # or PIPE_WIDTH when there is no terminal. Rich would take COLUMNS=0 at its word.
        width = _terminal_width(stream) if terminal else PIPE_WIDTH
    console = Console(
        theme=THEME,
        file=stream if terminal else cast("TextIO", TrimmedStream(stream)),
        width=width,
        no_color=color is False,
        color_system=None if color is False else "auto",
        force_terminal=True if color else None,
        highlight=False,
        soft_wrap=False,
    )
    # Rich ends the process with status 1 when the reader of a pipe goes away; the CLI ends
    # it as every command does (quietly, 141), so the pipe's closing is passed on to it.
    console.on_broken_pipe = _pass_on_broken_pipe  # type: ignore[method-assign]
    return console


def _pass_on_broken_pipe() -> None:
    raise BrokenPipeError("the reader of the output went away")
