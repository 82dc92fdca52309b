"""The plain writer: blocks (render/blocks.py) drawn as Rich draws them on a console with no
colour, character for character, without loading Rich.

Loading Rich's console, text and table modules is a seventh of a ``rate``'s start-up; text
going to a file, a pipe or ``--no-color`` has no style to draw, and needs none of it. This is
Rich's layout (version 15) for the options the text renderers use, step for step, and no
more: ``Text.wrap`` (``rich._wrap.divide_line``, folding a word wider than a line, trailing
spaces left where Rich leaves them), ``Text.__rich_measure__``, and ``Table`` with
``box.SIMPLE_HEAVY``, ``pad_edge=False``, the default padding (0, 1), a header, sections,
columns with ``min_width``, ``no_wrap``, ``justify`` left or right and ``overflow``, the column
widths of ``_calculate_column_widths`` (collapsing the widest wrapping columns, then reducing
all evenly, when the table is too wide) and a title on the left, render/layout.py's
``Fitted``, Rich's ``Syntax`` as an explanation quotes framework text (word wrapped, no line
numbers), and ``Tree`` as render/text.py's ``StreamedTree`` draws it, line by line as the
tree is read. The tests hold it to Rich byte for byte (tests/render/test_plain.py,
tests/render/test_plain_explain.py).

Cell widths are Rich's (``rich.cells``): a string whose characters all lie in ranges the
tests check against ``rich.cells`` one code point at a time (:data:`ONE_CELL`) is one cell a
character; anything else (a wide character, a combining mark, an emoji) is measured, folded
and cut by ``rich.cells`` itself, loaded then.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Final, TypeVar

from ratingbook.framework.render.blocks import (
    Block,
    Branches,
    Code,
    Column,
    Fit,
    Grid,
    Justify,
    Overflow,
    Para,
    Part,
)

# Code points of one cell each in Rich, and never joined to another (tests/render/
# test_plain.py checks every one against rich.cells): printable ASCII and Latin-1, Latin
# Extended, IPA and spacing modifiers, Greek and Cyrillic, general punctuation (dashes,
# quotes, the bullet, the ellipsis), the arrows ("↑", "↓"), the box drawing and geometric
# shapes ("━", "◇"), and the marks an explanation shows ("⚠", "✓", "✗").
ONE_CELL_RANGES: Final = (
    (0x20, 0x7E),
    (0xA0, 0xAC),
    (0xAE, 0x2FF),
    (0x370, 0x482),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x2190, 0x21FF),
    (0x2500, 0x25FC),
    (0x26A0, 0x26A0),
    (0x2713, 0x2717),
)
ONE_CELL: Final = frozenset(chr(c) for start, end in ONE_CELL_RANGES for c in range(start, end + 1))
_one_cell = ONE_CELL.issuperset

# What Rich's Text drops from a string it is given (rich.control.strip_control_codes): bell,
# backspace, vertical tab, form feed, carriage return.
_STRIPPED: Final = dict.fromkeys((7, 8, 11, 12, 13))
TAB_SIZE: Final = 8  # a console's tab size
_WORD: Final = re.compile(r"\s*\S+\s*")  # rich._wrap.re_word
_TRAILING: Final = re.compile(r"\s+$")  # rich.text._re_whitespace

# ---------------------------------------------------------------------------- cells


def cell_len(text: str) -> int:
    """How many cells ``text`` takes (``rich.cells.cell_len``)."""
    if _one_cell(text):
        return len(text)
    from rich.cells import cell_len as measured

    return measured(text)


def set_cell_size(text: str, total: int) -> str:
    """``text`` cut or padded with spaces to ``total`` cells (``rich.cells.set_cell_size``)."""
    if _one_cell(text):
        return text + " " * (total - len(text)) if len(text) < total else text[:total]
    from rich.cells import set_cell_size as sized

    return sized(text, total)


def chop_cells(text: str, width: int) -> list[str]:
    """``text`` in pieces of at most ``width`` cells (``rich.cells.chop_cells``)."""
    if _one_cell(text):
        return [text[i : i + width] for i in range(0, len(text), width)]
    from rich.cells import chop_cells as chopped

    return chopped(text, width)


# ---------------------------------------------------------------------------- text


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Where Rich breaks ``text`` into lines of ``width`` cells (``rich._wrap.divide_line``)."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = cell_len(word.rstrip())
        if width - offset >= length:
            offset += cell_len(word)
        elif length > width:
            if fold:
                pieces = chop_cells(word, width)
                for i, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if i == len(pieces) - 1:
                        offset = cell_len(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = cell_len(word)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(word)
    return breaks


def expand_tabs(line: str, tab_size: int = TAB_SIZE) -> str:
    """A line's tabs as spaces to the next stop (``Text.expand_tabs``)."""
    parts: list[str] = []
    position = 0
    for part in re.split(r"(?<=\t)", line):
        if part.endswith("\t"):
            part = part[:-1] + " "
            position += cell_len(part)
            if position % tab_size:
                spaces = tab_size - position % tab_size
                part += " " * spaces
                position += spaces
        else:
            position += cell_len(part)
        parts.append(part)
    return "".join(parts)


def _rstrip_end(line: str, size: int) -> str:
    excess = len(line) - size
    if excess > 0:
        found = _TRAILING.search(line)
        if found is not None:
            return line[: len(line) - min(len(found.group()), excess)]
    return line


def _truncate(line: str, width: int, overflow: Overflow, *, pad: bool = False) -> str:
    if overflow == "ignore":
        return line
    length = cell_len(line)
    if length > width:
        if overflow == "ellipsis":
            return set_cell_size(line, width - 1) + "…"
        return set_cell_size(line, width)
    if pad and length < width:
        return line + " " * (width - length)
    return line


def _justify(lines: list[str], width: int, justify: str, overflow: Overflow) -> list[str]:
    if justify == "left":
        return [_truncate(line, width, overflow, pad=True) for line in lines]
    if justify == "right":
        out = []
        for line in lines:
            line = _truncate(_TRAILING.sub("", line), width, overflow)
            out.append(" " * (width - cell_len(line)) + line)
        return out
    return lines  # "default": as they are


def wrap(text: str, width: int, *, justify: str, overflow: Overflow, no_wrap: bool) -> list[str]:
    """The lines of ``text`` at ``width`` (``Text.wrap``, the text without styles)."""
    no_wrap = no_wrap or overflow == "ignore"
    lines: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            line = expand_tabs(line)
        if no_wrap:
            if overflow == "ignore":
                lines.append(line)
                continue
            pieces = [line]
        else:
            breaks = divide_line(line, width, fold=overflow == "fold")
            pieces = [line[a:b] for a, b in zip([0, *breaks], [*breaks, len(line)], strict=True)]
            pieces = [_rstrip_end(piece, width) for piece in pieces]
        pieces = _justify(pieces, width, justify, overflow)
        lines += [_truncate(piece, width, overflow) for piece in pieces]
    return lines


def _normal(low: int, high: int) -> tuple[int, int]:
    low = min(max(0, low), high)
    return max(0, low), max(0, max(low, high))


def _got(low: int, high: int, max_width: int) -> tuple[int, int]:
    """What ``Measurement.get`` makes of a renderable's own measurement."""
    low, high = _normal(low, high)
    low, high = min(low, max_width), min(high, max_width)
    if high < 1:
        return 0, 0
    return _normal(low, high)


def measure(text: str, max_width: int) -> tuple[int, int]:
    """The narrowest and widest ``text`` can be (``Measurement.get`` of a Text): its widest
    word and its widest line."""
    if max_width < 1:
        return 0, 0
    lines = text.splitlines()
    widest = max(cell_len(line) for line in lines) if lines else 0
    words = text.split()
    narrowest = max(cell_len(word) for word in words) if words else widest
    return _got(narrowest, widest, max_width)


def _text(p: Para) -> str:
    return p.plain.translate(_STRIPPED)


def paragraph(p: Para, width: int) -> list[str]:
    """A paragraph on its own, as ``Console.print`` draws a Text: wrapped, folded."""
    return wrap(
        _text(p), width, justify="default", overflow=p.overflow or "fold", no_wrap=p.no_wrap
    )


# ---------------------------------------------------------------------------- tables


def _padding(grid: Grid, index: int) -> tuple[int, int]:
    """A column's padding left and right: one space, none at the table's edges."""
    return (0 if index == 0 else 1), (0 if index == len(grid.columns) - 1 else 1)


def _cells(grid: Grid, index: int) -> Iterator[str]:
    yield grid.columns[index].header.translate(_STRIPPED)
    for row in grid.rows:
        yield _text(row[index])


def _measure_column(grid: Grid, index: int, max_width: int) -> tuple[int, int]:
    """``Table._measure_column``."""
    if max_width < 1:
        return 0, 0
    left, right = _padding(grid, index)
    extra = left + right
    lows, highs = [], []
    for text in _cells(grid, index):
        if max_width - extra < 1:
            low, high = max_width, max_width
        else:
            low, high = measure(text, max_width)
            low, high = min(low + extra, max_width), min(high + extra, max_width)
        low, high = _got(low, high, max_width)
        lows.append(low)
        highs.append(high)
    low, high = (max(lows) if lows else 1), (max(highs) if highs else max_width)
    low, high = min(low, max_width), min(high, max_width)
    column = grid.columns[index]
    if column.min_width is not None:
        floor = max(0, column.min_width + extra)
        low, high = max(low, floor), max(high, floor)
    return low, high


def _ratio_reduce(
    total: int, ratios: Sequence[int], maximums: Sequence[int], values: Sequence[int]
) -> list[int]:
    """``rich._ratio.ratio_reduce``."""
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return list(values)
    remaining = total
    out = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(most, round(ratio * remaining / total_ratio))
            out.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            out.append(value)
    return out


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """``Table._collapse_widths``: the widest wrapping columns narrowed, together."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, can in zip(widths, wrapable, strict=True) if can)
            second = max(
                w if can and w != widest else 0 for w, can in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [
                1 if w == widest and can else 0 for w, can in zip(widths, wrapable, strict=True)
            ]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _extra(grid: Grid) -> int:
    return 2 + len(grid.columns) - 1  # the edges, and a space between columns


def column_widths(grid: Grid, max_width: int) -> list[int]:
    """``Table._calculate_column_widths``: each column's width, its padding included."""
    n = len(grid.columns)
    widths = [_measure_column(grid, i, max_width)[1] or 1 for i in range(n)]
    if sum(widths) > max_width:
        widths = _collapse(widths, [not c.no_wrap for c in grid.columns], max_width)
        if sum(widths) > max_width:  # the last resort: every column narrowed evenly
            widths = _ratio_reduce(sum(widths) - max_width, [1] * n, widths, widths)
        widths = [_measure_column(grid, i, widths[i])[1] or 0 for i in range(n)]
    return widths


def minimum_width(grid: Grid, max_width: int) -> int:
    """The narrowest ``grid`` can be drawn (``Measurement.get`` of the Table)."""
    if max_width < 0:
        return 0
    extra = _extra(grid)
    within = sum(column_widths(grid, max_width - extra))
    measured = [_measure_column(grid, i, within) for i in range(len(grid.columns))]
    low = sum(m[0] for m in measured) + extra
    high = sum(m[1] for m in measured) + extra
    return _got(low, high, max_width)[0]


def _cell(text: str, width: int, column: Column, left: int, right: int) -> list[str]:
    """A cell's lines, each ``width`` cells (Rich's Padding of the cell's Text)."""
    inner = width - left - right
    if width < 1 or inner < 1:
        return []  # Rich draws nothing with no room (Console.render)
    lines = wrap(
        text, inner, justify=column.justify, overflow=column.overflow, no_wrap=column.no_wrap
    )
    return [" " * left + set_cell_size(line, inner) + " " * right for line in lines]


def grid_lines(grid: Grid, max_width: int) -> list[str]:
    """``grid`` drawn ``max_width`` wide at most (``Table.__rich_console__``)."""
    widths = column_widths(grid, max_width - _extra(grid))
    table_width = sum(widths) + _extra(grid)
    out = []
    if grid.title is not None:  # wrapped at the table's width, each line padded to it
        title = wrap(_text(grid.title), table_width, justify="left", overflow="fold", no_wrap=False)
        out += title if table_width >= 1 else []
    out.append(" " * table_width)  # the top edge: SIMPLE_HEAVY draws it with spaces
    rows: list[tuple[str, ...]] = [tuple(c.header for c in grid.columns)]
    rows += [tuple(cell.plain for cell in row) for row in grid.rows]
    for r, texts in enumerate(rows):
        drawn = []
        for i, (text, width) in enumerate(zip(texts, widths, strict=True)):
            left, right = _padding(grid, i)
            lines = _cell(text.translate(_STRIPPED), width, grid.columns[i], left, right)
            drawn.append([set_cell_size(line, width) for line in lines])
        height = max(1, *(len(lines) for lines in drawn))
        for i, lines in enumerate(drawn):
            blank = [" " * widths[i]] * (height - len(lines))
            drawn[i] = blank + lines if r == 0 else lines + blank  # the header at the foot
        for line in range(height):
            out.append(" " + " ".join(lines[line] for lines in drawn) + " ")
        if r == 0:
            out.append(" " + "━" * (table_width - 2) + " ")
        elif r - 1 in grid.sections and r < len(rows) - 1:
            out.append(" " * table_width)
    out.append(" " * table_width)  # the bottom edge
    return out


def fitted(fit: Fit, width: int) -> Grid:
    """The layout render/layout.py's ``Fitted`` draws at ``width``."""
    for layout in fit.layouts[:-1]:
        if minimum_width(layout, 1 << 16) <= width:
            return layout
    return fit.layouts[-1]


# ---------------------------------------------------------------------------- trees

CODE_TAB_SIZE: Final = 4  # Syntax's
BATCH: Final = 512  # lines of a tree drawn before they are written (emit/text.py)


def code_lines(code: Code, width: int) -> list[str]:
    """Framework text as Rich's ``Syntax`` draws it ``width`` wide (``word_wrap``, no line
    numbers, a background of the terminal's default, so no padding): the text as the lexer
    reads it (Syntax's ``_process_code``, then Pygments' preprocessing: no byte order mark,
    line ends made ``\\n``, blank lines at either end stripped, one line end at the end),
    each line wrapped on its own."""
    text = code.text
    ends_on_nl = text.endswith("\n")
    text = (text if ends_on_nl else text + "\n").expandtabs(CODE_TAB_SIZE)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip("\n") + "\n"
    pieces = text.translate(_STRIPPED).split("\n")
    if not ends_on_nl:
        pieces.pop()  # Text.split without blank lines drops the last, empty one
    out: list[str] = []
    for piece in pieces:
        out += wrap(piece, width, justify="default", overflow="fold", no_wrap=False)
    return out


def label_lines(parts: Iterable[Part], width: int) -> list[str]:
    """A tree line's parts drawn ``width`` wide, one beneath the other; nothing where there is
    no room (``Console.render`` draws nothing under one cell)."""
    if width < 1:
        return []
    out: list[str] = []
    for part in parts:
        out += paragraph(part, width) if isinstance(part, Para) else code_lines(part, width)
    return out


_T = TypeVar("_T")


def with_last(items: Iterable[_T]) -> Iterator[tuple[bool, _T]]:
    """Each item and whether it is the last, reading one ahead (how a tree's guides are
    chosen, here and by render/text.py's ``StreamedTree``)."""
    it = iter(items)
    try:
        previous = next(it)
    except StopIteration:
        return
    for item in it:
        yield False, previous
        previous = item
    yield True, previous


SPACE, KEEP_ON, FORK, END = "    ", "│   ", "├── ", "└── "  # Rich's TREE_GUIDES[0]


def tree_lines(tree: Branches, width: int) -> Iterator[str]:
    """The lines of ``tree`` drawn ``width`` wide, made as its lines are read: render/text.py's
    ``StreamedTree`` (Rich's ``Tree``) with no colour, each guide four cells."""
    levels = [KEEP_ON]
    stack: list[Iterator[tuple[bool, object]]] = [with_last([tree.root])]
    label = tree.label
    while stack:
        lines = stack.pop()
        try:
            last, line = next(lines)
        except StopIteration:
            levels.pop()
            if levels:
                levels[-1] = FORK
            continue
        stack.append(lines)
        if last:
            levels[-1] = END
        prefix = levels[1:]
        for index, drawn in enumerate(label_lines(label(line), width - 4 * len(prefix))):
            yield "".join(prefix) + drawn
            if index == 0 and prefix:
                prefix[-1] = SPACE if last else KEEP_ON
        children = with_last(line.each_child())  # type: ignore[attr-defined]
        first_child = next(children, None)
        if first_child is not None:
            levels[-1] = SPACE if last else KEEP_ON
            levels.append(FORK)
            stack.append(chain([first_child], children))


# ---------------------------------------------------------------------------- pages


def lines(blocks: Sequence[Block], width: int) -> Iterator[str]:
    """Every line of ``blocks`` drawn ``width`` wide, as ``Console.print(..., crop=False)``
    draws them with no colour (trailing spaces kept)."""
    for block in blocks:
        if isinstance(block, Para):
            yield from paragraph(block, width)
        elif isinstance(block, Grid):
            yield from grid_lines(block, width)
        elif isinstance(block, Fit):
            yield from grid_lines(fitted(block, width), width)
        else:
            yield from tree_lines(block, width)


def write(blocks: Sequence[Block], width: int) -> str:
    """The text of ``blocks`` drawn ``width`` wide, each line ended."""
    return "".join(line + "\n" for line in lines(blocks, width))


__all__ = ["Justify", "cell_len", "lines", "write"]
