"""The checking stage itself: a version's chain of parsed files and the cited documents'
texts in, a :class:`~ratingbook.framework.checker.CheckResult` out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from typing import TYPE_CHECKING

from ratingbook._record import record
from ratingbook.dsl import ast
from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source
from ratingbook.framework import codes
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.checker.build import build
from ratingbook.framework.checker.dates import check_base_dates
from ratingbook.framework.checker.documents import SourceDocument
from ratingbook.framework.checker.findings import at_editors_line
from ratingbook.framework.checker.items import check_file
from ratingbook.framework.checker.versions import merge
from ratingbook.framework.model import Framework

if TYPE_CHECKING:
    from ratingbook.dsl.parser import ParsedFile


@record
class _Checked:
    """One version of the chain, checked: with its merged statements, for the versions on it."""

    framework: Framework | None
    diagnostics: list[Diagnostic]
    sources: dict[str, Source]
    statements: list[ast.Statement]
    drafts: frozenset[str] = frozenset()  # the files of the chain that are drafts
    file_ids: dict[str, str] = field(default_factory=dict)  # the version each file declares

    @property
    def ok(self) -> bool:
        return self.framework is not None and not any(d.is_error for d in self.diagnostics)


def check(
    files: Sequence[ParsedFile],
    documents: Mapping[str, SourceDocument | None],
    *,
    missing_base: str | None = None,
) -> CheckResult:
    """Check a version: ``files`` is its own file, then its base, then that one's base, ...

    ``documents`` holds the text of each document a ``source`` names (None where it cannot be
    read), by :func:`document_key`. When the last file is based on a version that is not given,
    ``missing_base`` says why (``it is not shipped ...``) for the diagnostic.
    """
    if not files:
        raise ValueError("check needs the version's own file")
    checked = _check_chain(files, 0, documents, missing_base)
    return CheckResult(
        framework=checked.framework, diagnostics=checked.diagnostics, sources=checked.sources
    )


# The checks of base versions this process has made, by everything each is made from: a
# version's files from the base down (their names and texts), the documents given and why
# the last base is missing. A draft is checked again and again on the same base (by the
# language server at every change, by `check` over a repository's drafts, by `test`), and
# its base's check is the same each time; the last few are kept.
_BASES: dict[tuple[object, ...], _Checked] = {}
_BASES_KEPT = 8


def _check_base(
    files: Sequence[ParsedFile],
    at: int,
    documents: Mapping[str, SourceDocument | None],
    missing_base: str | None,
) -> _Checked:
    """:func:`_check_chain` of a base version, made once for the same inputs."""
    key = (
        at,
        tuple((f.source.path, f.source.text) for f in files[at:]),
        tuple(sorted(((k, None if d is None else d.lines) for k, d in documents.items()))),
        missing_base,
    )
    found = _BASES.get(key)
    if found is None:
        found = _check_chain(files, at, documents, missing_base)
        while len(_BASES) >= _BASES_KEPT:
            _BASES.pop(next(iter(_BASES)), None)
        _BASES[key] = found
    return found


def _check_chain(
    files: Sequence[ParsedFile],
    at: int,
    documents: Mapping[str, SourceDocument | None],
    missing_base: str | None,
) -> _Checked:
    parsed = files[at]
    sources = {parsed.source.path: parsed.source}
    diagnostics = list(parsed.diagnostics)
    if not parsed.ok:
        return _Checked(framework=None, diagnostics=diagnostics, sources=sources, statements=[])
    tree = parsed.ast
    own = list(tree.statements)
    header = tree.header
    diagnostics += check_file(tree)
    statements = own
    base_statements: list[ast.Statement] | None = None
    base: _Checked | None = None
    drafts = frozenset({parsed.source.path} if header is not None and header.draft else ())
    file_ids = {} if header is None else {parsed.source.path: f"{header.family}-{header.version}"}
    if header is not None and header.based_on is not None:
        family, version = header.based_on
        where = header.based_on_span or header.span
        if at + 1 >= len(files):
            why = missing_base or "it was not given"
            diagnostics.append(
                Diagnostic.error(
                    codes.MISSING_BASE, f"based on {family} {version}, but {why}", where
                )
            )
            return _Checked(framework=None, diagnostics=diagnostics, sources=sources, statements=[])
        base = _check_base(files, at + 1, documents, missing_base)
        sources.update(base.sources)
        if not base.ok:
            diagnostics.append(
                Diagnostic.error(
                    codes.MISSING_BASE,
                    f"based on {family} {version}, which has errors (shown above)",
                    where,
                )
            )
            return _Checked(
                framework=None,
                diagnostics=base.diagnostics + diagnostics,
                sources=sources,
                statements=[],
            )
        base_header = files[at + 1].ast.header
        if base_header is not None:
            diagnostics += check_base_dates(header, base_header)
        if base_header is not None and base_header.draft and not header.draft:
            diagnostics.append(
                Diagnostic.error(
                    codes.DRAFT,
                    f"based on {family} {version}, which is a draft: adopt that version "
                    "first (remove its 'draft'), or mark this one 'draft' too",
                    where,
                )
            )
        drafts |= base.drafts
        file_ids.update(base.file_ids)
        base_statements = base.statements
        statements, merge_problems = merge(base.statements, own, f"{family}-{version}")
        diagnostics += merge_problems
    framework, found = build(
        statements,
        {k: v.text for k, v in sources.items()},
        documents,
        base=base_statements,
        drafts=drafts,
        own=own,
        file_ids=file_ids,
    )
    if base is not None and header is not None and header.based_on is not None:
        found = at_editors_line(
            found,
            base.diagnostics,
            parsed.source.path,
            header.based_on_span or header.span,
            "-".join(header.based_on),
        )
    diagnostics += found
    ok = framework is not None and not any(d.is_error for d in diagnostics)
    return _Checked(
        framework=framework if ok else None,
        diagnostics=diagnostics,
        sources=sources,
        statements=statements,
        drafts=drafts,
        file_ids=file_ids,
    )
