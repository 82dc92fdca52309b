"""Citations: each names a declared source, and quoted wording is found in that source's text.

The texts of the source documents are given to the check (the loading layer reads them),
keyed by :func:`document_key`; this module never opens a file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from ratingbook.dsl import ast
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework import codes
from ratingbook.framework.checker.findings import Findings
from ratingbook.framework.model import Citation, Quote

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


@dataclass(frozen=True, slots=True, kw_only=True)
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
        return cls(lines=tuple(text.splitlines()))

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


def document_key(declared_in: str, file: str) -> str:
    """The key of a source's document: its ``file``, relative to the file declaring the source.

    ``declared_in`` is the declaring file as messages show it (``standards/yot/2020.framework``),
    so the key reads as the document's path would be shown (``standards/yot/sources/x.txt``).
    """
    return str(PurePath(declared_in).parent / file)


def quote(text: ast.Text) -> Quote:
    """Wording as the model keeps it, with where it was published."""
    c = text.cite
    cite = None if c is None else Citation(source=c.source, first=c.first, last=c.last)
    return Quote(text=text.value, cite=cite, span=text.span)


def _tidy(text: str) -> str:
    """Normalised text, once footnote markers are gone: OCR hyphens joined, spaces collapsed."""
    if "- " in text:
        text = _HYPHEN.sub(r"\1-\2", text)  # an OCR line-break artefact in the seeds
    return " ".join(text.split())


def _normalise(text: str) -> str:
    return _tidy(text.translate(_SUPERSCRIPTS))


def _locate(doc: SourceDocument, want: str) -> int | None:
    """The line where a quotation is found: the whole of it if possible, else its opening words."""
    head = want[:30]
    plain = doc.plain()
    starts = [i for i, line in enumerate(plain) if head in _tidy(line)]
    # The quotation starts on line i when it is found in the text from line i on at a position
    # within line i itself.
    whole = (i for i in starts if 0 <= doc.window(i, i + 41).find(want) < len(_tidy(plain[i])))
    first = next(whole, None)
    if first is None and starts:
        first = starts[0]
    return None if first is None else first + 1


class Citations:
    """Checks citations against the sources a version declares and the texts of their files."""

    __slots__ = ("_sources", "_documents", "_findings", "_drafts")

    def __init__(
        self,
        sources: Mapping[str, ast.SourceDecl],
        documents: Mapping[str, SourceDocument | None],
        findings: Findings,
        *,
        drafts: frozenset[str] = frozenset(),
    ) -> None:
        self._sources = sources
        self._documents = documents
        self._findings = findings
        self._drafts = drafts

    def check(self, text: ast.Text | None, *, required: bool, what: str = "") -> None:
        """Published wording (``required``) must cite a source; any citation must be right.

        Wording written in a draft (a file in ``drafts``) is not published yet: it needs none.
        """
        if text is None:
            return
        cite = text.cite
        if cite is None:
            if required and text.span.path not in self._drafts:
                self._findings.error(
                    codes.MISSING_CITATION,
                    f"{what or 'this text'} is published wording: say where it was published, "
                    "e.g. 'from wm_2020 line 504'",
                    text.span,
                )
            return
        self.check_ref(cite, text.value)

    def check_ref(self, cite: ast.Cite, quoted: str | None) -> None:
        """A citation names a declared source and lines within it, where ``quoted`` is found."""
        source = self._sources.get(cite.source)
        if source is None:
            hint = did_you_mean(cite.source, self._sources)
            self._findings.error(
                codes.UNKNOWN_REF,
                f"unknown source '{cite.source}'{hint}",
                cite.span,
                'declare it with: source ID "TITLE" file "PATH"',
            )
            return
        if cite.first > cite.last or cite.first < 1:
            self._findings.error(
                codes.BAD_CITATION, f"lines {cite.first}-{cite.last} are not a range", cite.span
            )
            return
        if source.file is None:
            return
        document = self._documents.get(document_key(source.span.path, source.file))
        if document is None:
            self._findings.warn(
                codes.BAD_CITATION,
                f"source {source.id} names the file '{source.file}', which cannot be read",
                source.span,
            )
            return
        n_lines = len(document.lines)
        if cite.last > n_lines:
            self._findings.error(
                codes.BAD_CITATION,
                f"{source.id} has {n_lines} lines; line {cite.last} is past its end",
                cite.span,
            )
            return
        if quoted is None:
            return
        want = _normalise(quoted)
        head = want[:30]
        # The quotation must start within three lines of the cited line, and may run on past
        # page breaks and footnotes (up to 40 lines after the cited range).
        start_ok = head in document.window(max(0, cite.first - 4), cite.first + 3)
        whole_ok = want in document.window(max(0, cite.first - 4), cite.last + 40)
        if start_ok and whole_ok:
            return
        found = _locate(document, want)
        if found is not None and abs(found - cite.first) <= 3 and not whole_ok:
            message = (
                f"this text starts at {source.id} line {found} but does not match the source there"
            )
        elif found is not None and abs(found - cite.first) > 3:
            message = (
                f"this text is not at {source.id} line {cite.first}; it appears at line {found}"
            )
        else:
            message = (
                f"this text is not at {source.id} line {cite.first}, nor anywhere in {source.file}"
            )
        self._findings.warn(codes.QUOTE_NOT_FOUND, message, cite.span)
