"""The one place an output format is chosen: a registry of emitters, one module per format.

Each command hands a document (:mod:`.documents`: what it produced, in no format) and the
format asked for to :func:`emit`, with a writable stream. Each format is a module here
(``text``, ``json``, ``markdown``, ``html``, ``junit``, ``github``), as ruff's emitters are
one per format behind one interface: the module reads the kinds of document it writes
(``KINDS``, its line of :data:`KINDS_OF`) and writes them (``emit``), using the views to
decide what is shown and the renderers to lay it out. A command's ``--format`` choices are
:func:`formats_for` its kind, so its help, its shell completion and what :func:`emit`
accepts cannot disagree.

Emitters write as they go: a corpus's inspections, an explanation's lines and a result's
cases are written as they are produced, never gathered into one string first.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:
    from rich.console import Console

    from ratingbook.framework.emit.documents import Document
    from ratingbook.framework.emit.text import Consoles

# Every format, in the order a command's choices list them.
FORMATS: Final = ("text", "json", "markdown", "html", "junit", "github")

# The kinds of document (commands) each format can write. The table is the registry's, and
# each format module reads its own line of it (``KINDS``): listing a command's ``--format``
# choices, which every command's start-up does, loads no emitter.
KINDS_OF: Final[dict[str, frozenset[str]]] = {
    "text": frozenset(
        {"rate", "explain", "diff", "show", "sample-size", "frameworks", "check", "compare", "test"}
    ),
    "json": frozenset(
        {"rate", "explain", "diff", "show", "sample-size", "frameworks", "check", "compare", "test"}
    ),
    "markdown": frozenset({"rate", "explain", "diff", "show", "compare", "publish"}),
    "html": frozenset({"rate", "explain", "publish"}),
    "junit": frozenset({"test"}),
    "github": frozenset({"check"}),
}


class Stream(Protocol):
    """Where an emitter writes: anything with ``write(str)`` (a file, standard output)."""

    def write(self, text: str, /) -> object: ...


class NotEmittable(ValueError):
    """A document asked for in a format its kind has no emitter for."""


def _module(format: str) -> ModuleType:
    if format not in FORMATS:
        raise NotEmittable(f"{format!r} is not an output format; the formats: {', '.join(FORMATS)}")
    return importlib.import_module(f"ratingbook.framework.emit.{format}")


def formats_for(kind: str) -> tuple[str, ...]:
    """The formats a kind of document (a command: ``rate``, ``test``, ...) can be emitted as,
    in the order of :data:`FORMATS`, from :data:`KINDS_OF` (no format module is loaded)."""
    return tuple(f for f in FORMATS if kind in KINDS_OF[f])


def uses_console(format: str) -> bool:
    """Whether ``format`` is laid out on a console (its width and colours matter), so a
    command makes one only for it (JSON, Markdown and HTML never load Rich)."""
    return bool(getattr(_module(format), "CONSOLE", False))


def one_document(format: str) -> bool:
    """Whether an output in ``format`` holds one inspection only (an HTML page is one
    report): a command refuses to put two in one output."""
    return bool(getattr(_module(format), "ONE_DOCUMENT", False))


def emit(
    view: Document,
    format: str,
    stream: Stream,
    *,
    console: Console | None = None,
    errors: Console | None = None,
    consoles: Consoles | None = None,
) -> None:
    """Write ``view`` to ``stream`` in ``format``.

    Args:
        view: what a command produced (:mod:`ratingbook.framework.emit.documents`).
        format: one of :func:`formats_for` the view's kind.
        stream: where the output goes, written as it is produced.
        console: for text, the Rich console writing to ``stream`` (its width and colours);
            without one, plain text 100 columns wide.
        errors: for text, the console of the error stream, where ``check`` reports problems.
        consoles: for text, instead of ``console`` and ``errors``: their settings, and the
            consoles made only when Rich draws (text with no colour is drawn without Rich).

    Raises:
        NotEmittable: the view's kind cannot be written in ``format``.
    """
    module = _module(format)
    if view.KIND not in module.KINDS:
        raise NotEmittable(
            f"{view.KIND} cannot be written as {format}; it can be: "
            + ", ".join(formats_for(view.KIND))
        )
    if getattr(module, "CONSOLE", False):
        if consoles is not None:
            module.emit(view, stream, console=console, errors=errors, consoles=consoles)
        else:
            module.emit(view, stream, console=console, errors=errors)
        return
    # Written in chunks as it is produced: a streamed document is many small pieces, and a
    # write per piece would cost more than making them.
    chunks = _Chunks(stream)
    try:
        module.emit(view, chunks, console=console, errors=errors)
    finally:
        chunks.flush()


class _Chunks:
    """A stream that passes what is written on in pieces of about 64 KiB."""

    __slots__ = ("_stream", "_parts", "_size")

    LIMIT: Final = 1 << 16

    def __init__(self, stream: Stream) -> None:
        self._stream = stream
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str, /) -> int:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self.LIMIT:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            text = "".join(self._parts)
            self._parts.clear()
            self._size = 0
            self._stream.write(text)
