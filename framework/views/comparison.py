"""What ``ratingbook compare`` shows: each inspection's outcome and moves, and the summary line,
the same in text and Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from ratingbook.framework.compare import Comparison, InspectionComparison, RatingMove, Tally
from ratingbook.framework.views.common import plural

Direction = Literal["up", "down", "changed"]
Outcome = Literal["error", "unchanged", "moved"]

ARROWS: Final[dict[Direction, str]] = {"up": "↑", "down": "↓", "changed": "→"}
# What a move is of, said after the standard's name ("" for its rating or score).
QUALIFIERS: Final = {"rating": "", "banded": " (banded, before discretion)", "score": ""}


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class InspectionView:
    """One inspection of the corpus: rated under both versions or not, and what moved."""

    title: str  # the service, or the file where it could not be read
    path: str
    outcome: Outcome
    error: str  # why it could not be rated (outcome "error"), else ""
    moves: tuple[MoveView, ...]
    notes: tuple[str, ...]  # what a reviewer must know to trust the comparison


@dataclass(frozen=True, slots=True, kw_only=True)
class ComparisonView:
    """A corpus re-rated under two versions, as shown."""

    base: str
    candidate: str
    inspections: tuple[InspectionView, ...]
    summary: str  # "2 of 5 inspections affected: 1 rating up, ..."


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
        name=m.name,
        what=m.what,
        qualifier=QUALIFIERS[m.what],
        base=str(m.base),
        candidate=str(m.candidate),
        direction=direction,
        arrow=ARROWS[direction],
        why=m.why,
    )


def inspection_view(i: InspectionComparison) -> InspectionView:
    """One inspection's outcome as shown."""
    outcome: Outcome = "error" if i.error else "moved" if i.moves else "unchanged"
    return InspectionView(
        title=i.service or i.path,
        path=i.path,
        outcome=outcome,
        error=i.error or "",
        moves=tuple(move_view(m) for m in i.moves),
        notes=i.notes,
    )


def summary_line(c: Comparison | Tally) -> str:
    """How many inspections moved, and how, and how many could not be rated."""
    s = c.to_json() if isinstance(c, Tally) else c.summary()
    return (
        f"{s['affected']} of {plural(s['inspections'], 'inspection')} affected: "
        f"{plural(s['ratings_up'], 'rating')} up, {s['ratings_down']} down, "
        f"{plural(s['other_changes'], 'other change')}"
        + (f", {s['errors']} could not be rated" if s["errors"] else "")
    )


def comparison_view(c: Comparison) -> ComparisonView:
    """What text and Markdown show of a comparison."""
    return ComparisonView(
        base=c.base,
        candidate=c.candidate,
        inspections=tuple(inspection_view(i) for i in c.inspections),
        summary=summary_line(c),
    )
