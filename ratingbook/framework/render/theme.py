"""Styles named by meaning, resolved in one Theme."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Final, TextIO, cast

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.theme import Theme

from ratingbook.framework.render.blocks import rating_style
from ratingbook.framework.render.settings import (
    PIPE_WIDTH,
    ConsoleSettings,
    TrimmedStream,
    color_wanted,
    columns,
    resolve,
    trim_line,
    trim_lines,
)
from ratingbook.framework.views.tones import TONES, tones

# Decided without Rich in render/settings.py (and rating_style in render/blocks.py); named
# here too, where the consoles are made.
__all__ = [
    "PIPE_WIDTH",
    "THEME",
    "ConsoleSettings",
    "Themed",
    "TrimmedStream",
    "capture",
    "color_wanted",
    "columns",
    "console_over",
    "make_console",
    "rating_style",
    "settings_of",
    "trim_line",
    "trim_lines",
]

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


def settings_of(console: Console) -> ConsoleSettings:
    """The settings a console resolved (its width, colours, whether it writes to a terminal)."""
    return ConsoleSettings(
        width=console.width,
        color_system=console.color_system,
        terminal=console.is_terminal,
        no_color=console.no_color,
        trim=isinstance(console.file, TrimmedStream),
        encoding=console.encoding,
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
    settings = resolve(stream, width=width, color=color)  # what the plain writer reads too
    console = Console(
        theme=THEME,
        file=cast("TextIO", TrimmedStream(stream)) if settings.trim else stream,
        width=settings.width,
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
