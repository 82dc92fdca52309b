"""Styles named by meaning, resolved in one Theme."""

from __future__ import annotations

from rich.console import Console
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
    if not rating:
        return "rating.none"
    return "rating." + rating.lower().replace(" ", "-")


def make_console(
    *, stderr: bool = False, width: int | None = None, color: bool | None = None
) -> Console:
    """A console for the CLI; tests pass ``width`` and ``color=False`` for exact output."""
    return Console(
        theme=THEME,
        stderr=stderr,
        width=width,
        no_color=color is False,
        color_system=None if color is False else "auto",
        highlight=False,
        soft_wrap=False,
    )
