"""Text laid out as blocks, without Rich: what a text renderer hands Rich, described as data.

A page (render/pages.py) is a sequence of blocks: paragraphs (:class:`Para`, Rich's
``Text``), tables (:class:`Grid`, Rich's ``Table`` with the options the text renderers use)
and a choice of layouts (:class:`Fit`, render/layout.py's ``Fitted``). Two writers draw them:
Rich (``render/layout.to_rich`` makes the renderables, for a console with colour) and the plain
writer (render/plain.py, the same characters with no colour, without loading Rich). Styles are
names from render/theme.py's THEME (and a framework's rating styles); the plain writer ignores
them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, Literal

from ratingbook._record import record

Span = tuple[str, str | None]  # some text and its style (None: the paragraph's own)
Justify = Literal["left", "right"]
Overflow = Literal["fold", "ellipsis", "ignore"]


def rating_style(rating: str | None) -> str:
    """The style of a rating (``rating.requires-improvement``); ``rating.none`` for none.
    What it looks like comes from the rating's place on its scale (theme.rating_theme)."""
    if not rating:
        return "rating.none"
    return "rating." + rating.lower().replace(" ", "-")


@record
class Para:
    """A paragraph: Rich's ``Text.assemble(*spans, style=style)`` (``Text(text, style=style)``
    when it is one span without a style of its own), wrapped at the width unless ``no_wrap``;
    a word wider than a line is folded, or, with ``overflow="ignore"`` and ``no_wrap``, the
    line is written whole."""

    spans: tuple[Span, ...]
    style: str | None = None
    no_wrap: bool = False
    overflow: Overflow | None = None

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.spans)


def para(text: str, style: str | None = None) -> Para:
    """``Text(text, style=style)``."""
    return Para(spans=((text, None),), style=style)


def assemble(*parts: str | Span | Para) -> Para:
    """``Text.assemble(*parts)``: strings, (text, style) pairs and paragraphs (each with its
    own style) run together."""
    spans: list[Span] = []
    for part in parts:
        if isinstance(part, str):
            spans.append((part, None))
        elif isinstance(part, Para):
            spans += [(text, style or part.style) for text, style in part.spans]
        else:
            spans.append(part)
    return Para(spans=tuple(spans))


EMPTY: Final = para("")


@record
class Column:
    """A column of a :class:`Grid`: Rich's ``add_column`` with these options (overflow
    ``ellipsis`` is Rich's default)."""

    header: str
    min_width: int | None = None
    no_wrap: bool = False
    justify: Justify = "left"
    overflow: Overflow = "ellipsis"


@record
class Grid:
    """A table as the text renderers make it: Rich's ``Table(box=box.SIMPLE_HEAVY,
    pad_edge=False)``, a header row, each row's cells (:class:`Para`) and a section line
    before every row in ``sections``."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Para, ...], ...]
    sections: frozenset[int] = frozenset()  # rows after which a section ends
    title: Para | None = None  # above the table, on the left, as wide as the table


@record
class Fit:
    """The first layout whose narrowest form fits the width; the last otherwise."""

    layouts: tuple[Grid, ...]


@record
class Code:
    """Framework text as the explanations quote it: Rich's ``Syntax(text, lexer,
    background_color="default", word_wrap=True)``, no line numbers, each line wrapped at the
    width. ``ratings`` are the names the lexer colours as ratings (the framework's scale)."""

    text: str
    ratings: tuple[str, ...] = ()


Part = Para | Code  # what a line of a tree shows, one beneath the other


@record
class Branches:
    """A tree drawn as its lines are read: Rich's ``Tree`` with its guides ``muted``, whose
    lines are ``root`` and, beneath each line, its ``each_child()``, one at a time, never held
    whole (an explanation's lines: views/explanation.py's ``Line``). Each line shows
    the parts ``label`` gives it."""

    root: Any  # a line: anything with each_child()
    label: Callable[[Any], tuple[Part, ...]]


Block = Para | Grid | Fit | Branches


def audit_blocks(lines: tuple[str, ...] | list[str]) -> tuple[Para, ...]:
    """An audit header, muted: its first line (the ratingbook version and the run) wrapped at
    the width, then one line per file read, with its role, version, path and hash, never
    wrapped nor cut, so that a path stays beside its own hash at any width (the text is
    printed uncropped, and a terminal folds a long line as it shows it)."""
    first = para(lines[0] if lines else "", "muted")
    if len(lines) <= 1:
        return (first,)
    files = Para(
        spans=(("\n".join(lines[1:]), None),), style="muted", no_wrap=True, overflow="ignore"
    )
    return (first, files)
