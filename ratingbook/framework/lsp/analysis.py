"""One check of an editor's text, as the language server shows it: the findings ``ratingbook
check`` would report for the file if it were saved, and the index of every name in it.

:func:`analyse` runs in the checking process (:mod:`.worker`); an :class:`Analysis` is sent
to the server whole. It reads files only through the loading layer.
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from ratingbook._record import record
from ratingbook.dsl.diagnostics import Diagnostic, sort_unique
from ratingbook.framework.errors import DiagnosticsError, InputError

if TYPE_CHECKING:
    from ratingbook.framework.lsp.index import Index


@record
class Analysis:
    """The check of one text of a document, and what the server needs to answer about it.

    ``findings`` are the check's diagnostics, sorted by place as ``check`` prints them; some
    may lie in other files of the chain (a base with errors). ``problem`` is a file of the
    chain that cannot be read at all, which ``check`` reports as an input error, not a finding.
    ``files`` maps each file of the chain, as shown in the findings, to where it was read.
    """

    display: str
    findings: tuple[Diagnostic, ...]
    problem: str | None
    index: Index | None
    files: dict[str, str] = field(default_factory=dict)
    framework: str | None = None  # the version's id, when it checked without errors
    # False: a file of the chain does not parse, or a base is missing or cannot be read, so
    # the reading stopped there and the index holds none of what lies beyond it.
    whole: bool = True

    @property
    def ok(self) -> bool:
        return self.framework is not None


def analyse(path: Path, text: str, display: str) -> Analysis:
    """Check ``text`` as the content of ``path`` (shown as ``display``) and index it."""
    from ratingbook.dsl import ast
    from ratingbook.framework.checker.documents import document_key
    from ratingbook.framework.loading.frameworks import check_unsaved
    from ratingbook.framework.lsp.index import build_index

    try:
        unsaved = check_unsaved(path, text, display)
    except DiagnosticsError as err:
        return Analysis(
            display=display,
            findings=tuple(sort_unique(err.diagnostics)),
            problem=None,
            index=_own_index(text, display),
            files={display: str(path)},
            whole=False,
        )
    except InputError as err:
        return Analysis(
            display=display,
            findings=(),
            problem=err.message,
            index=_own_index(text, display),
            files={display: str(path)},
            whole=False,
        )
    result = unsaved.result
    files = {shown: str(p.resolve()) for shown, p in unsaved.paths.items()}
    for parsed in unsaved.files:  # the documents each file cites, where they are
        folder = unsaved.folders[parsed.source.path]
        for s in parsed.ast.statements:
            if isinstance(s, ast.SourceDecl) and s.file is not None:
                files.setdefault(
                    document_key(parsed.source.path, s.file), str((folder / s.file).resolve())
                )
    return Analysis(
        display=display,
        findings=tuple(sort_unique(result.diagnostics)),
        problem=None,
        index=build_index(unsaved.files, unsaved.documents),
        files=files,
        framework=result.framework.id if result.ok and result.framework is not None else None,
        whole=unsaved.whole,
    )


def _own_index(text: str, display: str) -> Index | None:
    """The index of the text alone, when its chain could not be read."""
    from ratingbook.dsl.parser import parse_text
    from ratingbook.framework.lsp.index import build_index

    return build_index([parse_text(text.replace("\r\n", "\n").replace("\r", "\n"), display)], {})
