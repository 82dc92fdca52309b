"""Positions in source text: a Span is born on a token and travels with the node."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from ratingbook._record import record

_BREAK = re.compile(r"\r\n|\r|\n")


def lines_of(text: str) -> Iterator[str]:
    """The lines of a text, each with its line break (as :func:`text_lines` counts them)."""
    for m in _LINE.finditer(text):
        yield m.group()


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def text_lines(text: str) -> list[str]:
    """The lines of a text as ``file:line`` counts them, without their breaks.

    Only ``\n``, ``\r\n`` and ``\r`` end a line. ``str.splitlines`` also breaks at U+2028,
    U+2029, U+0085 and a few control characters, which editors, ``grep -n`` and every line
    number a user reads do not count: a cited document holding one would have every citation
    after it point one line off.
    """
    # Without a carriage return only \n can end a line, and str.split finds those ten times
    # faster than the pattern: the cited documents (over 300 KB for the shipped versions) are
    # split at every load of a version, cached or not.
    lines = text.split("\n") if "\r" not in text else _BREAK.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


@record(kw_only=False)
class Span:
    """A region of a file, 1-based lines and columns; ``end_col`` is exclusive."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"

    @property
    def where(self) -> str:
        """``file:line`` (what a reader needs to open the rule)."""
        return f"{self.path}:{self.line}"


class Source:
    """A file's text with an index of line starts, to turn offsets into spans.

    The index is built when a position is first asked for, so a large file that is only
    read, never reported on, costs nothing extra.
    """

    __slots__ = ("path", "text", "_starts")

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self._starts: list[int] | None = None

    def __repr__(self) -> str:
        return f"Source({self.path!r}, <{len(self.text)} characters>)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Source) and (self.path, self.text) == (other.path, other.text)

    def __hash__(self) -> int:
        return hash((self.path, self.text))

    @property
    def starts(self) -> list[int]:
        """The offset at which each line starts."""
        if self._starts is None:
            lengths = (len(line) + 1 for line in self.text.split("\n"))
            self._starts = [0, *itertools.accumulate(lengths)][:-1]
        return self._starts

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        starts = self.starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        line, col = self.line_col(start)
        end_line, end_col = self.line_col(max(start, end))
        return Span(self.path, line, col, end_line, end_col)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        starts = self.starts
        if line < 1 or line > len(starts):
            return ""
        start = starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end >= 0 else len(self.text)]

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self.starts)
