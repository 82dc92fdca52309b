"""Cited source documents, as the check reads them: the lines citations number, and the key
a document is known by. Apart from the check, so that reading a framework from the cache
(which hashes the documents a version cites) needs neither the parser's records nor the
check's."""

from __future__ import annotations

import re
from dataclasses import field
from functools import lru_cache
from pathlib import PurePath

from ratingbook._record import record
from ratingbook.dsl.span import text_lines

_SUPERSCRIPTS = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰")
_HYPHEN = re.compile(r"(\w)- (\w)")


class _Normalised:
    """A document's lines without footnote markers, and the runs of them compared so far."""

    __slots__ = ("_lines", "_plain", "windows")

    def __init__(self, lines: tuple[str, ...]) -> None:
        self._lines = lines
        self._plain: tuple[str, ...] | None = None
        self.windows: dict[tuple[int, int], str] = {}

    @property
    def plain(self) -> tuple[str, ...]:
        if self._plain is None:
            self._plain = tuple(line.translate(_SUPERSCRIPTS) for line in self._lines)
        return self._plain


@record
class SourceDocument:
    """The text of a cited source document, as the lines that citations number.

    Keeps the runs of lines it has compared quotations with, normalised, so the citations of
    a version and of the versions based on it do not normalise the same text again.
    """

    lines: tuple[str, ...]
    _normalised: _Normalised = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_normalised", _Normalised(self.lines))

    @classmethod
    def from_text(cls, text: str) -> SourceDocument:
        """A document from its whole text."""
        return cls(lines=tuple(text_lines(text)))

    def plain(self) -> tuple[str, ...]:
        """The lines without footnote markers (superscript digits)."""
        return self._normalised.plain

    def window(self, start: int, end: int) -> str:
        """Lines ``start`` to ``end`` (0-based, end excluded), joined and normalised."""
        windows = self._normalised.windows
        found = windows.get((start, end))
        if found is None:
            found = windows[(start, end)] = _tidy(" ".join(self.plain()[start:end]))
        return found


@lru_cache(maxsize=4096)
def document_key(declared_in: str, file: str) -> str:
    """The key of a source's document: its ``file``, relative to the file declaring the source.

    ``declared_in`` is the declaring file as messages show it (``standards/yot/2020.framework``),
    so the key reads as the document's path would be shown (``standards/yot/sources/x.txt``).
    Remembered: the checks ask for it at every citation, and paths are slow to build.
    """
    return str(PurePath(declared_in).parent / file)


def _tidy(text: str) -> str:
    """Normalised text, once footnote markers are gone: OCR hyphens joined, spaces collapsed."""
    if "- " in text:
        text = _HYPHEN.sub(r"\1-\2", text)  # an OCR line-break artefact in the seeds
    return " ".join(text.split())
