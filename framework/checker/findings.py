"""The diagnostics a check collects, in the order the checks find them, and what a version
inherits from its base (so that a finding is reported where the version changed something)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ratingbook.dsl import Diagnostic, ast
from ratingbook.dsl.codes import Code
from ratingbook.dsl.span import Span


class Findings:
    """A list of diagnostics that every family of checks adds to."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def error(
        self, code: Code, message: str, span: Span | None, *notes: str, fix: str | None = None
    ) -> None:
        """Record an error: the framework cannot be used until it is fixed."""
        self.items.append(Diagnostic.error(code, message, span, *notes, fix=fix))

    def warn(
        self, code: Code, message: str, span: Span | None, *notes: str, fix: str | None = None
    ) -> None:
        """Record a warning: worth fixing, but the framework can be used.

        ``fix`` is the text that replaces ``span`` to fix it, where there is one.
        """
        self.items.append(Diagnostic.warning(code, message, span, *notes, fix=fix))


@dataclass(frozen=True, slots=True, kw_only=True)
class Lineage:
    """What a version has from its base: item ids, bands and overall bands as they were.

    ``based`` is False for a version based on none, where everything is its own.
    """

    based: bool = False
    own_file: str = ""
    items: frozenset[tuple[str, str]] = frozenset()
    bands: frozenset[tuple[int, int, str]] = frozenset()
    overall_bands: frozenset[tuple[int, int, str]] = frozenset()

    @classmethod
    def of(cls, header: ast.FrameworkDecl, base: Sequence[ast.Statement] | None) -> Lineage:
        """The lineage of the version whose (merged) header is ``header``."""
        if base is None:
            return cls(own_file=header.span.path)
        return cls(
            based=True,
            own_file=header.span.path,
            items=frozenset((s.kind, s.id) for s in base if isinstance(s, ast.ItemDecl)),
            bands=frozenset(
                (s.range.low, s.range.high, s.rating) for s in base if isinstance(s, ast.BandDecl)
            ),
            overall_bands=frozenset(
                (s.range.low, s.range.high, s.rating)
                for s in base
                if isinstance(s, ast.OverallBandDecl)
            ),
        )

    def is_new(self, kind: str, item_id: str) -> bool:
        """Whether this version adds the item (every item, in a version based on none)."""
        return not self.based or (kind, item_id) not in self.items

    def inherited(self, span: Span | None) -> bool:
        """Whether a clause at ``span`` comes from a base version's file, not this version's."""
        return self.based and span is not None and span.path != self.own_file
