"""Places in ratingbook's terms (1-based lines and columns in characters) and the protocol's
(0-based lines, columns in the code units the client and server agreed: UTF-16 by default)."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from ratingbook.dsl.span import Span


class Lines:
    """A text's lines, for turning places into the protocol's positions and back."""

    __slots__ = ("codec", "lines")

    def __init__(self, text: str, codec: PositionCodec) -> None:
        self.lines: Sequence[str] = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.codec = codec

    def position(self, line: int, col: int) -> types.Position:
        """The protocol's position of a 1-based line and column (clamped into the text)."""
        index = min(max(line - 1, 0), len(self.lines) - 1)
        text = self.lines[index]
        column = min(max(col - 1, 0), len(text))
        return types.Position(line=index, character=self.codec.client_num_units(text[:column]))

    def range(self, span: Span) -> types.Range:
        start = self.position(span.line, span.col)
        end = self.position(span.end_line, span.end_col)
        if (end.line, end.character) < (start.line, start.character):
            end = start
        return types.Range(start=start, end=end)

    def place(self, position: types.Position) -> tuple[int, int]:
        """The 1-based line and column (in characters) of a protocol position."""
        index = min(max(position.line, 0), len(self.lines) - 1)
        text = self.lines[index]
        units = 0
        for i, char in enumerate(text):
            if units >= position.character:
                return index + 1, i + 1
            units += self.codec.client_num_units(char)
        return index + 1, len(text) + 1

    def offset(self, line: int, col: int) -> int:
        """The offset in the text (lines joined by '\\n') of a 1-based line and column."""
        index = min(max(line - 1, 0), len(self.lines) - 1)
        return sum(len(t) + 1 for t in self.lines[:index]) + min(col - 1, len(self.lines[index]))

    def whole(self) -> types.Range:
        """The range of the whole text."""
        last = len(self.lines) - 1
        return types.Range(
            start=types.Position(line=0, character=0),
            end=types.Position(line=last, character=self.codec.client_num_units(self.lines[last])),
        )
