"""The diagnostics a check collects, in the order the checks find them."""

from __future__ import annotations

from ratingbook.dsl import Diagnostic
from ratingbook.dsl.codes import Code
from ratingbook.dsl.span import Span


class Findings:
    """A list of diagnostics that every family of checks adds to."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def error(self, code: Code, message: str, span: Span | None, *notes: str) -> None:
        """Record an error: the framework cannot be used until it is fixed."""
        self.items.append(Diagnostic.error(code, message, span, *notes))

    def warn(self, code: Code, message: str, span: Span | None, *notes: str) -> None:
        """Record a warning: worth fixing, but the framework can be used."""
        self.items.append(Diagnostic.warning(code, message, span, *notes))
