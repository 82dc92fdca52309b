"""Rich renderables for ratings and explanations: a table like the published reports' Ratings page.

Everything shown comes from a view (:mod:`ratingbook.framework.views`); this module only lays
it out and picks the styles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Final

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.containers import Lines
from rich.segment import Segment, Segments
from rich.style import Style, StyleStack
from rich.styled import Styled
from rich.text import Text
from rich.tree import Tree

from ratingbook.framework.render import pages
from ratingbook.framework.render.blocks import Branches, Para, Part
from ratingbook.framework.render.layout import text_of, to_rich
from ratingbook.framework.render.plain import with_last
from ratingbook.framework.render.theme import Themed
from ratingbook.framework.views.common import (
    AuditView,
    FindingView,
)
from ratingbook.framework.views.ratings import RatingsView

if TYPE_CHECKING:
    from rich.console import JustifyMethod, OverflowMethod

    # Only explanations read these; a ratings table does not load them.
    from ratingbook.framework.views.explanation import ExplanationView, Line


def render_audit(audit: AuditView) -> RenderableType:
    """The audit header, then the report the data was read from (render/pages.py's
    ``audit``, as Rich draws it)."""
    return to_rich(pages.audit(audit))


def render_findings(found: tuple[FindingView, ...]) -> list[RenderableType]:
    """Each finding on the data: its severity, message and place (render/pages.py's
    ``findings``, as Rich draws them)."""
    return [text_of(p) for p in pages.findings(found)]


def render_ratings(view: RatingsView) -> RenderableType:
    """The ratings table, then discretion footnotes and warnings (render/pages.py's
    ``ratings_page``, which the plain writer draws too)."""
    from ratingbook.framework.render.pages import ratings_page

    return Themed(to_rich(ratings_page(view)), view.scale)


# ---------------------------------------------------------------------------- explanations


_WORD: Final = re.compile(r"\s*\S+\s*")  # a word and the spaces after it, as Rich wraps


class Label(Text):
    """Rich's :class:`~rich.text.Text`, wrapped as Rich wraps it, faster where every
    character is one cell wide (a line naming thousands of cases).

    Rich measures each word's cells (``rich._wrap.divide_line``); where each character is
    one cell, a word's cells are its length, and the breaks are found by the same rule
    without measuring. Anything else (a character of two cells or none, a word wider than a
    line, tabs, several lines, no wrapping) is Rich's own ``wrap``; the tests hold the two
    to the same lines."""

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        plain = self.plain
        justified = justify or self.justify or "default"
        folded = overflow or self.overflow or "fold"
        breaks = None
        if not (no_wrap or self.no_wrap or overflow == "ignore") and _one_cell_each(plain):
            breaks = _breaks(plain, width)
        if breaks is None:
            return super().wrap(
                console,
                width,
                justify=justify,
                overflow=overflow,
                tab_size=tab_size,
                no_wrap=no_wrap,
            )
        lines = self.divide(breaks)
        for line in lines:
            line.rstrip_end(width)
        if justified:
            lines.justify(console, width, justify=justified, overflow=folded)
        for line in lines:
            line.truncate(width, overflow=folded)
        return lines


def _one_cell_each(plain: str) -> bool:
    """Whether every character of ``plain`` takes one cell (no line ends or tabs)."""
    if plain.isascii():
        return plain.isprintable()
    return all(cell_len(c) == 1 for c in set(plain)) and plain.isprintable()


def _breaks(plain: str, width: int) -> list[int] | None:
    """Where Rich breaks a line of one-cell characters ``width`` cells wide (the rule of
    ``rich._wrap.divide_line``, a word's cells its length); None where a word is wider than
    the line (Rich folds it)."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(plain):
        word = match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            return None
        elif offset and match.start():
            breaks.append(match.start())
            offset = len(word)
    return breaks


def _label_of(p: Para) -> Label:
    """The first part of a line's label as Rich's Text (a :class:`Label`, wrapped faster)."""
    label = Label(style=p.style or "")
    for text, style in p.spans:
        label.append(text, style)
    return label


def _part(part: Part) -> RenderableType:
    if isinstance(part, Para):
        return text_of(part)
    # Highlighting loads Pygments: only explanations with snippets need it.
    from rich.syntax import Syntax

    from ratingbook.framework.render.lexer import FrameworkLexer

    return Syntax(
        part.text,
        FrameworkLexer(ratings=part.ratings),
        theme="ansi_dark",
        background_color="default",
        word_wrap=True,
    )


def _line_label(line: Line, scale: tuple[str, ...]) -> RenderableType:
    """A line of the tree as Rich draws it (render/pages.py's ``line_label``)."""
    first, *rest = pages.line_label(line, scale)
    assert isinstance(first, Para)
    label = _label_of(first)
    return Group(label, *map(_part, rest)) if rest else label


def render_summary(view: RatingsView) -> RenderableType:
    """The ratings first: what set each, what would move each, and how sure each is
    (render/pages.py's ``summary``, as Rich draws it)."""
    return Themed(to_rich(pages.summary(view)), view.scale)


def render_explanation(view: ExplanationView) -> RenderableType:
    """The summary (for the overall rating), then the explanation as a Rich tree, each
    deciding rule with its framework text where it first appears."""

    def add(tree: Tree, line: Line) -> None:
        """Add the lines beneath ``line`` to the branch ``tree``."""
        for child in line.children:
            add(tree.add(_line_label(child, view.scale)), child)

    root = view.tree.root
    tree = Tree(_line_label(root, view.scale), guide_style="muted")
    add(tree, root)
    return _explanation(view, tree)


def streamed_explanation(view: ExplanationView) -> RenderableType:
    """:func:`render_explanation` drawn as it is read: the tree's lines are worked out as
    they are drawn and let go (:class:`StreamedTree`). Printed with :func:`print_as_made`,
    the same characters as the whole tree, in the memory of one key question's cases."""
    return _explanation(
        view, StreamedTree(view.tree.root, lambda line: _line_label(line, view.scale))
    )


def _explanation(view: ExplanationView, tree: RenderableType) -> RenderableType:
    """render/pages.py's ``explanation_page`` as Rich draws it, its tree drawn as ``tree``."""
    made = [
        tree if isinstance(block, Branches) else to_rich([block])
        for block in pages.explanation_page(view)
    ]
    return Themed(Group(*made), view.scale)


class StreamedTree:
    """Rich's tree (:class:`rich.tree.Tree`, as :func:`render_explanation` makes it: every
    line styled ``tree``, its guides ``muted``), drawn from an explanation's lines as they are
    read rather than from a tree built first.

    Rich's drawing, step for step; where Rich asks how many children a line has, this asks
    only whether it has one (the guide Rich picks for a single child is replaced by the last
    child's before it is drawn, so the two draw the same characters). The tests hold it to
    Rich's tree byte for byte."""

    STYLE: Final = "tree"
    GUIDE_STYLE: Final = "muted"

    def __init__(self, root: Line, label: Callable[[Line], RenderableType]) -> None:
        self.root = root
        self.label = label

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        get_style = console.get_style
        null_style = Style.null()
        space, keep_on, fork, end = range(4)

        def make_guide(index: int, style: Style) -> Segment:
            if options.ascii_only:
                line = Tree.ASCII_GUIDES[index]
            else:
                guide = 1 if style.bold else (2 if style.underline2 else 0)
                line = Tree.TREE_GUIDES[0 if options.legacy_windows else guide][index]
            return Segment(line, style)

        guide_style = get_style(self.GUIDE_STYLE, default="") or null_style
        levels: list[Segment] = [make_guide(keep_on, guide_style)]
        stack: list[Iterator[tuple[bool, Line]]] = [with_last([self.root])]
        guide_style_stack = StyleStack(get_style(self.GUIDE_STYLE))
        style_stack = StyleStack(get_style(self.STYLE))
        remove_guide_styles = Style(bold=False, underline2=False)
        new_line = Segment.line()

        while stack:
            lines = stack.pop()
            try:
                last, line = next(lines)
            except StopIteration:
                levels.pop()
                if levels:
                    guide_style = levels[-1].style or null_style
                    levels[-1] = make_guide(fork, guide_style)
                    guide_style_stack.pop()
                    style_stack.pop()
                continue
            stack.append(lines)
            if last:
                levels[-1] = make_guide(end, levels[-1].style or null_style)
            guide_style = guide_style_stack.current + get_style(self.GUIDE_STYLE)
            style = style_stack.current + get_style(self.STYLE)
            prefix = levels[1:]
            drawn = console.render_lines(
                Styled(self.label(line), style),
                options.update(
                    width=options.max_width - sum(level.cell_length for level in prefix),
                    highlight=False,
                    height=None,
                ),
                pad=options.justify is not None,
            )
            for index, segments in enumerate(drawn):
                if prefix:
                    yield from Segment.apply_style(
                        prefix, style.background_style, post_style=remove_guide_styles
                    )
                yield from segments
                yield new_line
                if index == 0 and prefix:
                    prefix[-1] = make_guide(
                        space if last else keep_on, prefix[-1].style or null_style
                    )
            children = with_last(line.each_child())
            first_child = next(children, None)
            if first_child is not None:
                levels[-1] = make_guide(space if last else keep_on, levels[-1].style or null_style)
                levels.append(make_guide(fork, guide_style))
                style_stack.push(get_style(self.STYLE))
                guide_style_stack.push(get_style(self.GUIDE_STYLE))
                stack.append(chain([first_child], children))


BATCH: Final = 4096  # pieces (Rich's segments) drawn before they are written


def print_as_made(
    console: Console, renderable: RenderableType, *, batch: int | None = None
) -> None:
    """Print ``renderable`` as ``console.print(renderable, crop=False)`` does, the same
    characters, but written at the first line end after every ``batch`` pieces as they are
    drawn, rather than once the whole is drawn (Rich holds every piece of one print until it
    ends)."""
    options = console.options.update(
        justify=None, overflow=None, height=None, no_wrap=None, markup=None, highlight=None
    )
    batch = BATCH if batch is None else batch
    pending: list[Segment] = []
    for segment in console.render(renderable, options):
        pending.append(segment)
        # Only at a line's end: Rich flushes its file after each print, and a stream that
        # trims lines (TrimmedStream) would have to write a line it holds unfinished.
        if len(pending) >= batch and segment.text.endswith("\n"):
            console.print(Segments(pending), crop=False)
            pending = []
    if pending:
        console.print(Segments(pending), crop=False)
