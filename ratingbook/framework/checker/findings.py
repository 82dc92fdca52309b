"""The diagnostics a check collects, in the order the checks find them, and what a version
inherits from its base (so that a finding is reported where the version changed something)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field

from ratingbook._record import record
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


@record
class Lineage:
    """What a version has from its base: item ids, bands and overall bands as they were, and
    what the version's own file removes (so that a finding is reported at that line).

    ``based`` is False for a version based on none, where everything is its own.
    """

    based: bool = False
    own_file: str = ""
    base_id: str = ""
    items: frozenset[tuple[str, str]] = frozenset()
    bands: frozenset[tuple[int, int, str]] = frozenset()
    overall_bands: frozenset[tuple[int, int, str]] = frozenset()
    removed: Mapping[tuple[str, str], Span] = field(default_factory=dict)
    applies: Mapping[tuple[str, str], ast.Cond] = field(default_factory=dict)
    cleared: Mapping[tuple[str, str, str], Span] = field(default_factory=dict)
    attributes: Mapping[str, ast.AttributeDecl] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        header: ast.FrameworkDecl,
        base: Sequence[ast.Statement] | None,
        own: Sequence[ast.Statement] = (),
    ) -> Lineage:
        """The lineage of the version whose (merged) header is ``header``; ``own`` are the
        statements of its own file."""
        if base is None:
            return cls(own_file=header.span.path)
        return cls(
            based=True,
            own_file=header.span.path,
            base_id="-".join(header.based_on) if header.based_on else "the base version",
            items=frozenset((s.kind, s.id) for s in base if isinstance(s, ast.ItemDecl)),
            bands=frozenset(
                (s.range.low, s.range.high, s.rating) for s in base if isinstance(s, ast.BandDecl)
            ),
            overall_bands=frozenset(
                (s.range.low, s.range.high, s.rating)
                for s in base
                if isinstance(s, ast.OverallBandDecl)
            ),
            removed={(s.kind, s.id): s.span for s in own if isinstance(s, ast.RemoveDecl)},
            attributes={s.name: s for s in base if isinstance(s, ast.AttributeDecl)},
            cleared={
                (s.kind, s.id, clause): span
                for s in own
                if isinstance(s, ast.ChangeDecl)
                for clause, span in zip(s.clears, s.clear_spans, strict=False)
            },
            applies={
                (s.kind, s.id): s.applies
                for s in base
                if isinstance(s, ast.ItemDecl)
                and s.applies is not None
                and not isinstance(s.applies, ast.AllCases)
            },
        )

    def is_new(self, kind: str, item_id: str) -> bool:
        """Whether this version adds the item (every item, in a version based on none)."""
        return not self.based or (kind, item_id) not in self.items

    def inherited(self, span: Span | None) -> bool:
        """Whether a clause at ``span`` comes from a base version's file, not this version's."""
        return self.based and span is not None and span.path != self.own_file

    def removal(self, kind: str, item_id: str) -> Span | None:
        """Where this version's file removes the item, or an item it belongs to (None if it
        does not)."""
        found = self.removed.get((kind, item_id))
        if found is not None:
            return found
        return next(
            (span for (_, i), span in self.removed.items() if item_id.startswith(i + ".")), None
        )


def at_editors_line(
    found: Sequence[Diagnostic],
    base_found: Sequence[Diagnostic],
    own_file: str,
    based_on: Span,
    base_id: str,
) -> list[Diagnostic]:
    """The findings of a version written as changes, each at a line of its own file.

    The checks run over the merged version, so a finding may land on a line of a base
    version's file, which the editor may not be able to edit (a shipped version). One that
    the base's own check made too is the base's, and stays where it is (a shipped base has
    none: it checks clean); any other follows from a change in this version, and is reported
    at its ``based on`` line, with a note saying where in the base it shows.
    """
    theirs = set(base_found)
    out: list[Diagnostic] = []
    for d in found:
        span = d.span
        if span is None or span.path == own_file or d in theirs:
            out.append(d)
        else:
            out.append(
                Diagnostic(
                    severity=d.severity,
                    code=d.code,
                    message=d.message,
                    span=based_on,
                    notes=(
                        f"it shows at {span.path} line {span.line}, inherited from {base_id}: "
                        "it follows from a change in this version",
                        *d.notes,
                    ),
                )
            )
    return out
