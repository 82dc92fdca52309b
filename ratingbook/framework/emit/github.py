"""GitHub Actions annotations: ``check``'s findings as workflow commands, so that a check run
by a GitHub workflow shows each finding on the line of the file it is about, in the pull
request's changed files and the run's summary (as ruff's ``--output-format github`` does).

Each finding is one line::

    ::error file=versions/2021.framework,line=27,col=26,endLine=27,endColumn=39,title=ratingbook check (unknown-ref)::unknown attribute 'safety_factor'; did you mean safety_factors?%0Anote: declared attributes: ...

``error`` for an error, ``warning`` for a warning (``error`` with ``--strict``, under which a
warning fails the check), ``notice`` for a note. The place is the finding's, as ``--format
json`` gives it (lines and columns from 1, the end column just past the last character); a
finding with no place has none. The message is the finding's words, then each of its notes on
a line of its own, as the text report writes them. GitHub's escapes are applied (``%``,
carriage return and line feed in a message; also ``:`` and ``,`` in a property), so any file
name and any message arrive whole. A file that checks clean writes nothing; the exit status
is the text report's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, assert_never

from ratingbook.framework.emit import KINDS_OF
from ratingbook.framework.emit.documents import CheckedFiles

if TYPE_CHECKING:
    from rich.console import Console

    from ratingbook.dsl.diagnostics import Diagnostic
    from ratingbook.framework.emit import Stream
    from ratingbook.framework.emit.documents import Document

KINDS: Final = KINDS_OF["github"]

TITLE: Final = "ratingbook check"
"""What each annotation is headed by, before the finding's code in brackets."""


def emit(
    view: Document, stream: Stream, *, console: Console | None, errors: Console | None
) -> None:
    """Write each finding of each file checked as one workflow command, as it is checked."""
    match view:
        case CheckedFiles():
            from ratingbook.dsl.diagnostics import sort_unique

            for _shown, result in view.files:
                for finding in sort_unique(result.diagnostics):
                    stream.write(annotation(finding, strict=view.strict) + "\n")
        case _:  # every other kind: not in KINDS, so never asked for (see emit.emit)
            raise AssertionError(f"{view.KIND} has no GitHub form")


def annotation(finding: Diagnostic, *, strict: bool = False) -> str:
    """One finding as a GitHub workflow command (see the module's docstring)."""
    from ratingbook.dsl.diagnostics import Severity

    match finding.severity:
        case Severity.ERROR:
            level = "error"
        case Severity.WARNING:
            level = "error" if strict else "warning"
        case Severity.NOTE:
            level = "notice"
        case _:
            assert_never(finding.severity)
    properties = []
    span = finding.span
    if span is not None:
        properties += [
            f"file={_property(span.path)}",
            f"line={span.line}",
            f"col={span.col}",
            f"endLine={span.end_line}",
            f"endColumn={span.end_col}",
        ]
    properties.append(f"title={_property(f'{TITLE} ({finding.code})')}")
    message = "\n".join([finding.message, *(f"note: {note}" for note in finding.notes)])
    return f"::{level} {','.join(properties)}::{_message(message)}"


def _message(text: str) -> str:
    """A workflow command's message, escaped as GitHub's runner reads it back."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A workflow command's property value, escaped as GitHub's runner reads it back."""
    return _message(text).replace(":", "%3A").replace(",", "%2C")
