"""``ratingbook lsp``: the language server, on pygls, speaking the protocol over stdin/stdout.

The server keeps each open ``.framework`` document's text (pygls does), has it checked in a
process of its own (:mod:`.worker`) a moment after each change, and answers the editor from
the newest :class:`~.analysis.Analysis`: the findings of ``ratingbook check`` as
diagnostics, and hover, definitions, references, completion, formatting, the outline and
quick fixes from its index. While that check did not read the whole chain (a text that does
not parse is checked alone), what the version inherits is read from the newest check that did
(:attr:`Document.inherited`). Nothing is ever written: formatting and quick fixes are edits
the editor applies.
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from ratingbook._version import __version__
from ratingbook.dsl.diagnostics import Diagnostic, Severity
from ratingbook.dsl.span import Span
from ratingbook.framework.lsp import features
from ratingbook.framework.lsp.analysis import Analysis
from ratingbook.framework.lsp.index import Index
from ratingbook.framework.lsp.positions import Lines
from ratingbook.framework.lsp.worker import Checks, Job

DEBOUNCE: Final = 0.1
"""Seconds after a change before the text is checked: typing on does not start a check a
keystroke."""

WAIT: Final = 30.0
"""The longest a request waits for the check of the text it is about (the first check in a
new server imports the checker and parses the base versions: a few seconds on a busy
machine); past it, the request is answered from the newest check there is."""

_SEVERITY: Final = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.NOTE: types.DiagnosticSeverity.Information,
}


@dataclass(eq=False, slots=True, kw_only=True)
class Document:
    """What the server keeps of an open document beside its text."""

    uri: str
    path: Path
    folder: Path  # the workspace folder it lies in (or its own folder)
    display: str  # as ``check`` run from that folder names it
    analysis: Analysis | None = None  # the newest check delivered
    # The newest check that read the whole chain (``analysis`` itself, when it did). A text
    # being typed often does not parse, or names a base not there yet; its check reads the
    # text alone, and what the version inherits is read from this one meanwhile.
    last_whole: Analysis | None = None
    version: int | None = None  # the version of the text that check is of
    tried: int | None = None  # the version whose check ended last (delivered or failed)
    text: str | None = None  # the text that check is of
    debounce: asyncio.TimerHandle | None = None
    waiting: list[asyncio.Future[None]] = field(default_factory=list)

    def lines(self, codec: Any) -> Lines:
        return Lines(self.text or "", codec)

    @property
    def inherited(self) -> Index | None:
        """Where what the version inherits is read from while the newest check did not read
        the whole chain: the index of :attr:`last_whole` (None when the newest check did, or
        none has). Its places in this document's own file are an older text's: only those in
        other files may be used."""
        if self.analysis is None or self.analysis.whole or self.last_whole is None:
            return None
        return self.last_whole.index


class RatingbookServer(LanguageServer):
    """The server and the documents it has open."""

    def __init__(self) -> None:
        super().__init__(
            "ratingbook",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.documents: dict[str, Document] = {}
        self._checks: Checks | None = None
        self._told_of_bug = False

    # ------------------------------------------------------------------ documents

    def folder_of(self, path: Path) -> Path:
        """The workspace folder a file lies in (the innermost), else the file's own folder."""
        best: Path | None = None
        folders = [f.uri for f in self.workspace.folders.values()]
        if self.workspace.root_uri:
            folders.append(self.workspace.root_uri)
        for uri in folders:
            fs = to_fs_path(uri)
            if fs is None:
                continue
            root = Path(fs).resolve()
            if path.resolve().is_relative_to(root) and (
                best is None or len(root.parts) > len(best.parts)
            ):
                best = root
        return best or path.parent.resolve()

    def document(self, uri: str) -> Document:
        known = self.documents.get(uri)
        if known is not None:
            return known
        path = _path_of(uri)
        folder = self.folder_of(path)
        display = _display(path, folder)
        made = Document(uri=uri, path=path, folder=folder, display=display)
        self.documents[uri] = made
        return made

    def uri_of(self, doc: Document, shown: str) -> str | None:
        """The URI of a file of a document's chain (or a document it cites), as shown."""
        for analysis in (doc.analysis, doc.last_whole):  # a base, while it was not read
            if analysis is not None and shown in analysis.files:
                uri: str | None = from_fs_path(analysis.files[shown])
                return uri
        if shown == doc.display:
            return doc.uri
        return None

    # ------------------------------------------------------------------ checking

    @property
    def checks(self) -> Checks:
        if self._checks is None:
            self._checks = Checks(
                asyncio.get_running_loop(), self._deliver, self._failed, self._log
            )
        return self._checks

    def changed(self, uri: str, immediately: bool = False) -> None:
        """A document's text changed: check it a moment from now (at once when opened)."""
        doc = self.document(uri)
        text_doc = self.workspace.get_text_document(uri)
        version = text_doc.version or 0
        self.checks.changed(uri, version)
        if doc.debounce is not None:
            doc.debounce.cancel()
        loop = asyncio.get_running_loop()
        if immediately:
            doc.debounce = None
            self._submit(uri)
        else:
            doc.debounce = loop.call_later(DEBOUNCE, self._submit, uri)

    def _submit(self, uri: str) -> None:
        doc = self.documents.get(uri)
        if doc is None:
            return
        doc.debounce = None
        text_doc = self.workspace.get_text_document(uri)
        self.checks.check(
            Job(
                id=self.checks.new_id(),
                uri=uri,
                version=text_doc.version or 0,
                path=str(doc.path),
                text=text_doc.source,
                display=doc.display,
                folder=str(doc.folder),
            )
        )

    def _deliver(self, job: Job, analysis: Analysis) -> None:
        doc = self.documents.get(job.uri)
        if doc is None:
            return
        doc.analysis, doc.version, doc.text = analysis, job.version, job.text
        if analysis.whole and analysis.index is not None:
            doc.last_whole = analysis
        doc.tried = job.version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=job.uri, version=job.version, diagnostics=self.diagnostics(doc)
            )
        )
        for waiter in doc.waiting:
            if not waiter.done():
                waiter.set_result(None)
        doc.waiting.clear()

    def _failed(self, job: Job, details: str) -> None:
        self._log(f"internal error while checking {job.display}:\n{details}")
        if not self._told_of_bug:
            self._told_of_bug = True
            self.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Error,
                    message=(
                        f"ratingbook: internal error while checking {job.display}; this is a "
                        "bug, please report it (the details are in the language server's log)"
                    ),
                )
            )
        doc = self.documents.get(job.uri)
        if doc is not None:
            doc.tried = job.version
            for waiter in doc.waiting:
                if not waiter.done():
                    waiter.set_result(None)
            doc.waiting.clear()

    def _log(self, text: str) -> None:
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Log, message=text))

    async def current(self, uri: str) -> Document:
        """The document, once the check of its present text has ended (or after
        :data:`WAIT`, with the newest check there is)."""
        doc = self.document(uri)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT
        while uri in self.documents and uri in self.workspace.text_documents:
            if doc.tried == self.workspace.get_text_document(uri).version:
                break
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            waiter: asyncio.Future[None] = loop.create_future()
            doc.waiting.append(waiter)
            try:
                await asyncio.wait_for(waiter, remaining)
            except TimeoutError:
                break
        return doc

    def close(self, uri: str) -> None:
        doc = self.documents.pop(uri, None)
        if doc is not None and doc.debounce is not None:
            doc.debounce.cancel()
        if self._checks is not None:
            self._checks.forget(uri)
        if doc is not None:
            for waiter in doc.waiting:
                if not waiter.done():
                    waiter.set_result(None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    def stop_checks(self) -> None:
        if self._checks is not None:
            self._checks.close()

    # ------------------------------------------------------------------ diagnostics

    def diagnostics(self, doc: Document) -> list[types.Diagnostic]:
        """The check's findings as the editor shows them: those in the document at their
        place; those in another file of its chain (a base with errors) at its ``based on``
        line, naming the place; a file that cannot be read at the top."""
        analysis = doc.analysis
        if analysis is None:
            return []
        lines = doc.lines(self.workspace.position_codec)
        top = types.Range(
            start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)
        )
        based_on = _based_on(analysis)
        out: list[types.Diagnostic] = []
        if analysis.problem is not None:
            out.append(
                types.Diagnostic(
                    range=lines.range(based_on) if based_on is not None else top,
                    severity=types.DiagnosticSeverity.Error,
                    source="ratingbook",
                    message=analysis.problem,
                )
            )
        for d in analysis.findings:
            out.append(self._diagnostic(doc, d, lines, based_on, top))
        return out

    def _diagnostic(
        self, doc: Document, d: Diagnostic, lines: Lines, based_on: Span | None, top: types.Range
    ) -> types.Diagnostic:
        message = d.message
        if d.notes:
            message += "\n" + "\n".join(f"note: {n}" for n in d.notes)
        related = None
        span = d.span
        if span is None:
            where = lines.range(based_on) if based_on is not None else top
        elif span.path == doc.display:
            where = lines.range(span)
        else:
            where = lines.range(based_on) if based_on is not None else top
            message = f"{span}: {message}"
            uri = self.uri_of(doc, span.path)
            analysis = doc.analysis
            other = None if analysis is None or analysis.index is None else analysis.index.texts
            if uri is not None and other is not None and span.path in other:
                related = [
                    types.DiagnosticRelatedInformation(
                        location=types.Location(
                            uri=uri,
                            range=Lines(other[span.path], self.workspace.position_codec).range(
                                span
                            ),
                        ),
                        message=d.message,
                    )
                ]
        return types.Diagnostic(
            range=where,
            severity=_SEVERITY[d.severity],
            code=str(d.code),
            source="ratingbook",
            message=message,
            related_information=related,
            data={"fix": d.fix} if d.fix is not None else None,
        )


def _based_on(analysis: Analysis) -> Span | None:
    index = analysis.index
    if index is None:
        return None
    for o in index.occurrences:
        if o.span.path == index.own and o.key[0] == "version" and o.role == "refers":
            return o.span
    return None


def _path_of(uri: str) -> Path:
    """The file a document is (an unsaved one is taken to be in the current folder)."""
    fs = to_fs_path(uri)
    if fs is not None and urlparse(uri).scheme == "file":
        return Path(fs)
    name = Path(unquote(urlparse(uri).path)).name or "untitled.framework"
    return Path.cwd() / name


def _display(path: Path, folder: Path) -> str:
    """The file as ``ratingbook check`` run from ``folder`` names it."""
    from ratingbook.framework import registry

    try:
        shown = Path(os.path.relpath(path.resolve(), folder))
    except ValueError:  # another drive (Windows)
        shown = path
    if shown.parts and shown.parts[0] == "..":
        shown = path.resolve()
    return registry.display_path(shown if not shown.is_absolute() else path)


# ---------------------------------------------------------------------------- the protocol


def make_server() -> RatingbookServer:
    """A server with every feature registered."""
    server = RatingbookServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: RatingbookServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.changed(params.text_document.uri, immediately=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: RatingbookServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: RatingbookServer, params: types.DidSaveTextDocumentParams) -> None:
        # A saved file may be the base of another open document: check every other again.
        for uri in list(ls.documents):
            if uri != params.text_document.uri:
                ls.changed(uri, immediately=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: RatingbookServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: RatingbookServer, params: None) -> None:
        ls.stop_checks()

    features.register(server)
    return server


def serve() -> None:
    """Run the server on standard input and output until the editor ends it."""
    # The protocol owns standard output: anything else printed (by this process or the
    # checking process it starts, which inherits it) goes to the error stream, the log.
    try:
        out = sys.stdout.fileno()
        protocol_out: Any = os.fdopen(os.dup(out), "wb")
        os.dup2(sys.stderr.fileno(), out)
        sys.stdout = sys.stderr
    except (AttributeError, OSError, ValueError):  # not a file (run inside another program)
        protocol_out = sys.stdout.buffer
    server = make_server()
    try:
        server.start_io(sys.stdin.buffer, protocol_out)
    finally:
        server.stop_checks()
