"""Layout helpers shared by the text renderers."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from ratingbook.framework.render.blocks import Block, Fit, Grid, Para, audit_blocks


def audit_text(lines: Sequence[str]) -> RenderableType:
    """An audit header (render/blocks.py's ``audit_blocks``) as Rich text."""
    return to_rich(audit_blocks(tuple(lines)))


def text_of(p: Para) -> Text:
    """A paragraph as Rich's Text (render/blocks.py's :class:`~.blocks.Para`)."""
    no_wrap = True if p.no_wrap else None
    if len(p.spans) == 1 and p.spans[0][1] is None:
        return Text(p.spans[0][0], style=p.style or "", no_wrap=no_wrap, overflow=p.overflow)
    spans = [(text, style or "") for text, style in p.spans]  # Rich's unstyled span: ""
    return Text.assemble(*spans, style=p.style or "", no_wrap=no_wrap, overflow=p.overflow)


def table_of(grid: Grid) -> Table:
    """A grid as Rich's Table: ``box.SIMPLE_HEAVY``, ``pad_edge=False``, its title on the
    left."""
    title = None if grid.title is None else text_of(grid.title)
    table = Table(box=box.SIMPLE_HEAVY, pad_edge=False, title=title, title_justify="left")
    for column in grid.columns:
        table.add_column(
            # As Text: what Rich makes of the plain string (markup and emoji codes parsed),
            # since no header has either, without loading Rich's markup parser and emoji table
            # to find that out (tests/render/test_text_headers.py holds the two equal).
            Text(column.header),
            min_width=column.min_width,
            no_wrap=column.no_wrap,
            justify=column.justify,
            overflow=column.overflow,
        )
    for index, row in enumerate(grid.rows):
        if index - 1 in grid.sections:
            table.add_section()
        table.add_row(*map(text_of, row))
    return table


def to_rich(blocks: Sequence[Block]) -> RenderableType:
    """Blocks as Rich renderables: one alone, several as a Group."""
    made: list[RenderableType] = []
    for block in blocks:
        if isinstance(block, Para):
            made.append(text_of(block))
        elif isinstance(block, Grid):
            made.append(table_of(block))
        elif isinstance(block, Fit):
            made.append(Fitted(*map(table_of, block.layouts)))
        else:  # drawn as it is read: render/text.py's StreamedTree
            raise TypeError("a tree of blocks is drawn by render/text.py's StreamedTree")
    return made[0] if len(made) == 1 else Group(*made)


class Fitted:
    """The first of several layouts whose narrowest form fits the width; the last otherwise.

    A table that does not fit makes Rich drop whole columns; a narrower layout keeps every
    figure and wraps instead."""

    def __init__(self, *layouts: RenderableType) -> None:
        self.layouts = layouts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        unlimited = options.update_width(1 << 16)  # measured unclamped by the width
        for layout in self.layouts[:-1]:
            if Measurement.get(console, unlimited, layout).minimum <= options.max_width:
                yield layout
                return
        yield self.layouts[-1]


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
