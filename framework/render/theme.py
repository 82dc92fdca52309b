"""Styles named by meaning, resolved in one Theme."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass

from rich.console import Console, RenderableType
from rich.theme import Theme

THEME = Theme(
    {
        "rating.outstanding": "bold green",
        "rating.good": "green",
        "rating.requires-improvement": "yellow",
        "rating.inadequate": "bold red",
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
    """The style of a rating (``rating.requires-improvement``); ``rating.none`` for none."""
    if not rating:
        return "rating.none"
    return "rating." + rating.lower().replace(" ", "-")


PIPE_WIDTH = 120


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsoleSettings:
    """What decides how Rich lays text out, so that another process lays it out the same."""

    width: int
    color_system: str | None
    terminal: bool
    no_color: bool


def settings_of(console: Console) -> ConsoleSettings:
    """The settings a console resolved (its width, colours, whether it writes to a terminal)."""
    return ConsoleSettings(
        width=console.width,
        color_system=console.color_system,
        terminal=console.is_terminal,
        no_color=console.no_color,
    )


def capture(settings: ConsoleSettings, renderable: RenderableType) -> str:
    """What a console with these settings would print for ``renderable``."""
    console = Console(
        file=io.StringIO(),
        theme=THEME,
        width=settings.width,
        color_system=settings.color_system,  # type: ignore[arg-type]
        force_terminal=settings.terminal,
        no_color=settings.no_color,
        highlight=False,
        soft_wrap=False,
        legacy_windows=False,
    )
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def make_console(
    *, stderr: bool = False, width: int | None = None, color: bool | None = None
) -> Console:
    """A console for the CLI; tests pass ``width`` and ``color=False`` for exact output.

    Written to a file or a pipe, there is no terminal to fit, and Rich's fallback of 80
    columns wraps the ratings table badly; such output is 120 columns wide unless
    ``--width`` or ``COLUMNS`` says otherwise.
    """
    stream = sys.stderr if stderr else sys.stdout
    if width is None and "COLUMNS" not in os.environ and not stream.isatty():
        width = PIPE_WIDTH
    return Console(
        theme=THEME,
        stderr=stderr,
        width=width,
        no_color=color is False,
        color_system=None if color is False else "auto",
        highlight=False,
        soft_wrap=False,
    )
