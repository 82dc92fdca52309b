"""Diagnostics are collected, then rendered: ``file:line:col: error: message [code]``."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import field

from ratingbook._record import record
from ratingbook.dsl.codes import Code
from ratingbook.dsl.span import Source, Span

MAX_WORD = 200
"""The longest run of characters without a space that a message repeats whole; a longer one
(a token of a megabyte, pasted by mistake) is shown as its first :data:`WORD_SHOWN`
characters and ``...``."""
WORD_SHOWN = 100
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def shorten_words(text: str) -> str:
    """``text`` with every run of more than :data:`MAX_WORD` non-space characters cut (the
    same object when there is none)."""
    if len(text) <= MAX_WORD or _LONG_WORD.search(text) is None:
        return text
    return _LONG_WORD.sub(lambda m: f"{m.group()[:WORD_SHOWN]}...", text)


class Severity(enum.Enum):
    """How bad a finding is: an error stops the file from being used, a warning does not."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@record
class Diagnostic:
    """One finding about a file, at a place, with an optional hint on how to fix it.

    ``fix``, when given, is the text that replaces the span to fix it (a citation that names
    the right line, for ``fmt --fix-citations``).
    """

    severity: Severity
    code: Code
    message: str
    span: Span | None = None
    notes: tuple[str, ...] = field(default=())
    fix: str | None = None

    def __post_init__(self) -> None:
        # A message quotes what was written, and what was written can be a megabyte long
        # without a space: each such run is cut (docs/robustness.md "Messages").
        message = shorten_words(self.message)
        if message is not self.message:
            object.__setattr__(self, "message", message)
        notes = tuple(shorten_words(n) for n in self.notes)
        if any(a is not b for a, b in zip(notes, self.notes, strict=True)):
            object.__setattr__(self, "notes", notes)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def headline(self) -> str:
        where = f"{self.span}: " if self.span else ""
        return f"{where}{self.severity.value}: {self.message} [{self.code}]"

    def sort_key(self) -> tuple[str, int, int, str]:
        if self.span is None:
            return ("", 0, 0, self.message)
        return (self.span.path, self.span.line, self.span.col, self.message)

    @staticmethod
    def error(
        code: Code, message: str, span: Span | None = None, *notes: str, fix: str | None = None
    ) -> Diagnostic:
        """An error: the file cannot be used until it is fixed."""
        return Diagnostic(
            severity=Severity.ERROR, code=code, message=message, span=span, notes=notes, fix=fix
        )

    @staticmethod
    def warning(
        code: Code, message: str, span: Span | None = None, *notes: str, fix: str | None = None
    ) -> Diagnostic:
        """A warning: worth fixing, but the file can be used."""
        return Diagnostic(
            severity=Severity.WARNING, code=code, message=message, span=span, notes=notes, fix=fix
        )


def did_you_mean(
    word: str, options: Iterable[str], cutoff: float = 0.6, quoted: bool = False
) -> str:
    """``; did you mean X?`` for the closest option, or nothing when none is close.

    ``quoted`` puts the suggestion in single quotes, for keywords and keys written in a file.
    """
    import difflib  # only a word that is not known needs it

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=cutoff)
    if not close:
        return ""
    return f"; did you mean '{close[0]}'?" if quoted else f"; did you mean {close[0]}?"


def sort_unique(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sorted by place, with exact repeats dropped."""
    seen: set[Diagnostic] = set()
    out: list[Diagnostic] = []
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


EXCERPT_WIDTH = 160
"""The most characters of a source line shown under a diagnostic (a one-line file can be huge)."""


def _window(span: Span, text: str) -> tuple[Span, str]:
    """About EXCERPT_WIDTH characters of a long line around the span, '...' where cut."""
    start = max(0, min(span.col - 1 - EXCERPT_WIDTH // 3, len(text) - EXCERPT_WIDTH))
    end = start + EXCERPT_WIDTH
    head = "..." if start > 0 else ""
    tail = "..." if end < len(text) else ""
    col = span.col - start + len(head)
    end_col = (span.end_col - start + len(head)) if span.end_line == span.line else col + 1
    shown = Span(span.path, span.line, col, span.line, min(end_col, len(head) + EXCERPT_WIDTH + 1))
    return shown, f"{head}{text[start:end]}{tail}"


def render_plain(d: Diagnostic, sources: Mapping[str, Source]) -> str:
    """mypy-style: headline, then the source line and a caret under the span, then notes."""
    lines = [d.headline()]
    span = d.span
    if span is not None and span.path in sources:
        text = sources[span.path].line_text(span.line)
        if len(text) > EXCERPT_WIDTH:  # a long line: the part around the place, marked as cut
            span, text = _window(span, text)
        if text.strip():
            width = (
                (span.end_col - span.col)
                if span.end_line == span.line
                else len(text) - span.col + 1
            )
            width = max(1, min(width, len(text) - span.col + 1))
            prefix = "".join(ch if ch == "\t" else " " for ch in text[: span.col - 1])
            lines.append(f"    {text}")
            lines.append(f"    {prefix}^{'~' * (width - 1)}")
    for note in d.notes:
        lines.append(f"  note: {note}")
    return "\n".join(lines)


def render_diagnostics(
    diagnostics: Iterable[Diagnostic],
    sources: Mapping[str, Source],
    limit: int = 50,
    more: int = 0,
) -> str:
    """Render many diagnostics, sorted, with '... and N more' past ``limit``; ``more`` counts
    problems found but not kept (see :data:`MAX_KEPT`)."""
    items = sort_unique(diagnostics)
    shown = [render_plain(d, sources) for d in items[:limit]]
    rest = max(0, len(items) - limit) + more
    if rest:
        shown.append(f"... and {rest} more")
    return "\n".join(shown)


MAX_KEPT = 200
"""The most problems kept for one file: past it they are counted, not kept, so that a small
file with a million mistakes cannot fill memory with messages nobody reads (50 are shown)."""
