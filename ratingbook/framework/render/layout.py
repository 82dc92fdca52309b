"""Layout helpers shared by the text renderers."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text


def audit_text(lines: Sequence[str]) -> RenderableType:
    """An audit header, muted: its first line (the ratingbook version and the run) wrapped at
    the width, then one line per file read, with its role, version, path and hash, never
    wrapped nor cut, so that a path stays beside its own hash at any width (the text is
    printed uncropped, and a terminal folds a long line as it shows it)."""
    first = Text(lines[0] if lines else "", style="muted")
    if len(lines) <= 1:
        return first
    files = Text("\n".join(lines[1:]), style="muted", no_wrap=True, overflow="ignore")
    return Group(first, files)


class Hanging:
    """Text wrapped to the width with its first line after ``first`` spaces and the lines
    after it under ``rest`` spaces, and no spaces at the ends of lines."""

    def __init__(self, text: Text, first: int, rest: int) -> None:
        self.text, self.first, self.rest = text, first, rest

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text, indent = self.text, self.first
        while text.plain:
            width = max(options.max_width - indent, 20)
            line = text.wrap(console, width)[0]
            # The rest of the text, after the first line and the break (spaces, a new line).
            end = len(line.plain)
            while end < len(text.plain) and text.plain[end].isspace():
                end += 1
            line.rstrip()
            yield Segment(" " * indent)
            yield from line.render(console)
            yield Segment.line()
            text, indent = text[end:], self.rest
