"""Citations: each names a declared source, and quoted wording is found in that source's text.

The texts of the source documents are given to the check (the loading layer reads them),
keyed by :func:`document_key`; this module never opens a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from ratingbook._record import record
from ratingbook.dsl import ast
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework import codes
from ratingbook.framework.checker.documents import _SUPERSCRIPTS, SourceDocument, _tidy
from ratingbook.framework.checker.documents import document_key as document_key
from ratingbook.framework.checker.findings import Findings
from ratingbook.framework.model import Citation, Quote


def quote(text: ast.Text) -> Quote:
    """Wording as the model keeps it, with where it was published."""
    c = text.cite
    cite = None if c is None else Citation(source=c.source, first=c.first, last=c.last)
    return Quote(text=text.value, cite=cite, span=text.span)


@lru_cache(maxsize=8192)
def _normalise(text: str) -> str:
    """Quoted wording as it is compared: remembered, since each check of a version normalises
    the wording of the versions it is based on again."""
    return _tidy(text.translate(_SUPERSCRIPTS))


def _starts_on(doc: SourceDocument, line: int, want: str, last: int) -> bool:
    """Whether the quotation starts on ``line`` (0-based) and runs on from there.

    It may run on past page breaks and footnotes, up to 40 lines after ``last`` (the cited
    range's last line, 0-based), but its first words must be on ``line`` itself.
    """
    plain = doc.plain()
    if not 0 <= line < len(plain):
        return False
    first = len(_tidy(plain[line]))
    # Most quotations lie within their line: look there first, then over the lines after.
    if 0 <= doc.window(line, line + 1).find(want) < first:
        return True
    found = doc.window(line, max(line, last) + 41).find(want)
    return 0 <= found < first


@record
class Located:
    """Where a quotation is in its document: the line it starts on (1-based), and whether the
    whole of it is found there (else only its opening words are)."""

    line: int
    whole: bool


def locate(doc: SourceDocument, want: str, near: int) -> Located | None:
    """Where a normalised quotation starts: of the lines where the whole of it starts, the one
    nearest ``near`` (1-based); else, of those with its opening words, the nearest; else None."""
    head = want[:30]
    plain = doc.plain()
    starts = [i for i, line in enumerate(plain) if head in _tidy(line)]
    if not starts:
        return None
    whole = [i for i in starts if _starts_on(doc, i, want, i)]
    pool = whole or starts
    best = min(pool, key=lambda i: (abs(i + 1 - near), i))
    return Located(line=best + 1, whole=bool(whole))


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
                codes.BAD_CITATION,
                f"lines {cite.first}-{cite.last} are not a range",
                cite.span,
                "cite the first line, then the last (lines count from 1): "
                f"lines {min(cite.first, cite.last)}-{max(cite.first, cite.last)}",
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
        if not want or _starts_on(document, cite.first - 1, want, cite.last - 1):
            return
        self._misquoted(cite, source, document, want)

    def _misquoted(
        self, cite: ast.Cite, source: ast.SourceDecl, document: SourceDocument, want: str
    ) -> None:
        """A quotation that does not start on its cited line: say where it is, if anywhere."""
        found = locate(document, want, cite.first)
        name = source.id
        if found is not None and found.whole:
            moved = _moved(cite, found.line)
            self._findings.warn(
                codes.QUOTE_NOT_FOUND,
                f"this text is not at {name} line {cite.first}: it starts at line {found.line}",
                cite.span,
                f"cite it as '{moved}'; 'ratingbook fmt --fix-citations FILE' rewrites every "
                "such citation",
                fix=str(moved),
            )
        elif found is not None and found.line == cite.first:
            self._findings.warn(
                codes.QUOTE_NOT_FOUND,
                f"this text starts at {name} line {cite.first} but does not match the source there",
                cite.span,
                "quote the source word for word (spaces and footnote markers aside)",
            )
        elif found is not None:
            self._findings.warn(
                codes.QUOTE_NOT_FOUND,
                f"this text is not at {name} line {cite.first}; its opening words are at line "
                f"{found.line}, but the rest does not match the source there",
                cite.span,
                f"cite line {found.line} and quote the source word for word",
            )
        else:
            self._findings.warn(
                codes.QUOTE_NOT_FOUND,
                f"this text is not at {name} line {cite.first}, nor anywhere in {source.file}",
                cite.span,
                "quote the source word for word, and cite the line where the quotation starts",
            )


def _moved(cite: ast.Cite, line: int) -> ast.Cite:
    """The citation moved to start at ``line``, its range keeping its length."""
    return ast.Cite(
        source=cite.source, first=line, last=line + (cite.last - cite.first), span=cite.span
    )
