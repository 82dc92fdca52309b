"""What ``ratingbook compare`` shows: each inspection's outcome and moves, and the summary line,
the same in text and Markdown."""

from __future__ import annotations

from typing import Final, Literal

from ratingbook._record import record
from ratingbook.framework.compare import (
    Comparison,
    InspectionComparison,
    RatingMove,
    Tally,
    UndeterminedResult,
)
from ratingbook.framework.model import Framework
from ratingbook.framework.views import phrases
from ratingbook.framework.views.common import versions_audit
from ratingbook.framework.views.phrases import say

Direction = Literal["up", "down", "changed"]
Outcome = Literal["error", "unchanged", "moved", "undetermined"]

UNDETERMINED_MARK: Final = "?"
"""Beside a result the data cannot decide under a version (never "no change")."""

ARROWS: Final[dict[Direction, str]] = {"up": "↑", "down": "↓", "changed": "→"}
# What a move is of, said after the standard's name ("" for its rating or score).
QUALIFIERS: Final = {"rating": "", "banded": phrases.COMPARE_BANDED, "score": ""}


@record
class MoveView:
    """A rating, banded rating or score that moves, and why."""

    item: str  # "overall" or a standard's id
    name: str
    what: str  # rating | banded | score
    qualifier: str  # " (banded, before discretion)" for a banded rating, else ""
    base: str
    candidate: str
    direction: Direction
    arrow: str
    why: tuple[str, ...]

    @property
    def label(self) -> str:
        """What moved, in words: ``2.2 Planning``, or ``Overall rating`` alone."""
        return self.name if self.item == "overall" else f"{self.item} {self.name}"


@record
class UndeterminedView:
    """A result the data cannot decide under one of the versions, beside the other's."""

    item: str
    name: str
    qualifier: str  # " (banded, before discretion)", " (score)", or ""
    base: str  # what the base gives, as text
    candidate: str
    version: str  # the version under which it is undetermined
    side: Literal["base", "candidate"]  # which of the two that is
    possible: str  # what it could still be
    why: tuple[str, ...]

    @property
    def label(self) -> str:
        """What is undetermined, in words: ``2.2 Planning``, or ``Overall rating`` alone."""
        return self.name if self.item == "overall" else f"{self.item} {self.name}"


@record
class InspectionView:
    """One inspection of the corpus: rated under both versions or not, and what moved."""

    title: str  # the service, or the file where it could not be read
    path: str
    data: str  # the path and its short hash, for the audit: ``x.yaml sha256:32c250bcbb17``
    outcome: Outcome
    error: str  # why it could not be rated (outcome "error"), else ""
    moves: tuple[MoveView, ...]
    notes: tuple[str, ...]  # what a reviewer must know to trust the comparison
    undetermined: tuple[UndeterminedView, ...] = ()  # shown after the moves


@record
class ComparisonView:
    """A corpus re-rated under two versions, as shown."""

    base: str
    candidate: str
    inspections: tuple[InspectionView, ...]
    summary: str  # "2 of 5 inspections affected: 1 rating up, ..."
    audit: tuple[str, ...] = ()  # the audit header's lines, where the versions are known


def _direction(direction: str) -> Direction:
    match direction:
        case "up" | "down" | "changed":
            return direction
    raise ValueError(f"unknown direction {direction!r}")


def move_view(m: RatingMove) -> MoveView:
    """One move as shown."""
    direction = _direction(m.direction)
    return MoveView(
        item=m.item,
        name=say(m.name),
        what=m.what,
        qualifier=QUALIFIERS[m.what],
        base=str(m.base),
        candidate=str(m.candidate),
        direction=direction,
        arrow=ARROWS[direction],
        why=tuple(say(w) for w in m.why),
    )


def undetermined_view(u: UndeterminedResult) -> UndeterminedView:
    """One undetermined result as shown: ``undetermined (Inadequate to Good)`` on its side."""
    shown = phrases.compare_undetermined(possible=say(u.possible))
    other = say(u.other)
    qualifier = {"banded": QUALIFIERS["banded"], "score": "", "band": "", "rating": ""}[u.what]
    return UndeterminedView(
        item=u.item,
        name=say(u.name),
        qualifier=qualifier,
        base=shown if u.side == "base" else other,
        candidate=shown if u.side == "candidate" else other,
        version=u.version,
        side="base" if u.side == "base" else "candidate",
        possible=say(u.possible),
        why=tuple(say(w) for w in u.why),
    )


def inspection_view(i: InspectionComparison) -> InspectionView:
    """One inspection's outcome as shown: an inspection with undetermined results never
    shows as unchanged."""
    outcome: Outcome = (
        "error"
        if i.error
        else "moved"
        if i.moves
        else "undetermined"
        if i.undetermined
        else "unchanged"
    )
    return InspectionView(
        title=i.service or i.path,
        path=i.path,
        data=f"{i.path} sha256:{i.sha256[:12]}" if i.sha256 else i.path,
        outcome=outcome,
        error=i.error or "",
        moves=tuple(move_view(m) for m in i.moves),
        notes=tuple(say(n) for n in i.notes),
        undetermined=tuple(undetermined_view(u) for u in i.undetermined),
    )


def summary_line(c: Comparison | Tally) -> str:
    """How many inspections moved, and how, and how many could not be rated."""
    return phrases.compare_summary(**(c.counts() if isinstance(c, Tally) else c.summary()))


def comparison_view(c: Comparison) -> ComparisonView:
    """What text and Markdown show of a comparison."""
    return ComparisonView(
        base=c.base,
        candidate=c.candidate,
        inspections=tuple(inspection_view(i) for i in c.inspections),
        summary=summary_line(c),
    )


def comparison_audit(base: Framework, candidate: Framework) -> tuple[str, ...]:
    """The audit header of a comparison: the ratingbook version, and each version's files
    with their short hashes (each inspection's line names its data file and hash)."""
    return versions_audit((("base", base), ("candidate", candidate)))
