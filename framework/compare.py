"""Rate an inspection under two versions and say which ratings move, and why.

:func:`compare_inspection` compares one loaded inspection; reading a corpus of files (on every
core, streamed) is :func:`ratingbook.framework.loading.corpus.compare_each`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ratingbook.framework.codes import INPUT_UNUSED as UNUSED_DATA
from ratingbook.framework.errors import RatingbookError
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result, StandardResult


@dataclass(frozen=True, slots=True, kw_only=True)
class RatingMove:
    """A rating (or the overall score) that differs between the two versions, and why."""

    item: str  # "overall" or a standard id
    name: str
    what: str  # rating | banded | score
    base: Any
    candidate: Any
    direction: str  # up | down | changed
    why: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "name": self.name,
            "what": self.what,
            "base": self.base,
            "candidate": self.candidate,
            "direction": self.direction,
            "why": list(self.why),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class InspectionComparison:
    """One inspection under both versions: what moved, notes, or why it could not be rated."""

    path: str
    service: str
    moves: tuple[RatingMove, ...] = ()
    notes: tuple[str, ...] = ()
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "inspection": self.path,
            "service": self.service,
            "moves": [m.to_json() for m in self.moves],
            "notes": list(self.notes),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Tally:
    """The summary of a comparison, counted as inspections come in."""

    inspections: int = 0
    affected: int = 0
    ratings_up: int = 0
    ratings_down: int = 0
    other_changes: int = 0
    errors: int = 0

    def add(self, i: InspectionComparison) -> Tally:
        """The tally with one more inspection counted."""
        ratings = [m.direction for m in i.moves if m.what == "rating"]
        return Tally(
            inspections=self.inspections + 1,
            affected=self.affected + bool(i.moves),
            ratings_up=self.ratings_up + ratings.count("up"),
            ratings_down=self.ratings_down + ratings.count("down"),
            other_changes=self.other_changes + len(i.moves) - len(ratings),
            errors=self.errors + bool(i.error),
        )

    @property
    def moved(self) -> bool:
        return self.affected > 0

    def to_json(self) -> dict[str, int]:
        return {
            "inspections": self.inspections,
            "affected": self.affected,
            "ratings_up": self.ratings_up,
            "ratings_down": self.ratings_down,
            "other_changes": self.other_changes,
            "errors": self.errors,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    """A corpus under two versions."""

    base: str
    candidate: str
    base_path: str
    candidate_path: str
    inspections: tuple[InspectionComparison, ...]

    @property
    def moved(self) -> bool:
        return any(i.moves for i in self.inspections)

    @property
    def tally(self) -> Tally:
        out = Tally()
        for i in self.inspections:
            out = out.add(i)
        return out

    def summary(self) -> dict[str, int]:
        return self.tally.to_json()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "ratingbook/compare-v1",
            "base": {"id": self.base, "path": self.base_path},
            "candidate": {"id": self.candidate, "path": self.candidate_path},
            "summary": self.summary(),
            "inspections": [i.to_json() for i in self.inspections],
        }


def _direction(score_base: int | None, score_cand: int | None) -> str:
    if score_base is None or score_cand is None or score_base == score_cand:
        return "changed"
    return "up" if score_cand > score_base else "down"


def _why_standard(a: StandardResult, b: StandardResult) -> tuple[str, ...]:
    reasons: list[str] = []
    kb = {k.id: k for k in b.key_questions}
    for ka in a.key_questions:
        kc = kb.get(ka.id)
        if kc is None:
            reasons.append(f"{ka.id} is not in the candidate")
            continue
        if ka.band != kc.band or ka.percent != kc.percent:
            figure = (
                f"{ka.percent}%"
                if ka.percent == kc.percent
                else f"{ka.percent}% → {kc.percent}% ({kc.rounding.text})"
            )
            old = f"{ka.band_rule.text} ({ka.band_rule.where})" if ka.band_rule else "no band"
            new = f"{kc.band_rule.text} ({kc.band_rule.where})" if kc.band_rule else "no band"
            reasons.append(f"{ka.id} at {figure}: {old} → {new}")
        if ka.relevant != kc.relevant:
            reasons.append(
                f"{ka.id} relevant cases {ka.relevant} → {kc.relevant} (applies to: {ka.applies} → {kc.applies})"
            )
    if a.rule.text != b.rule.text:
        reasons.append(f"rule {a.rule.text} → {b.rule.text} ({b.rule.where})")
    if a.lowest != b.lowest and b.lowest:
        reasons.append(f"lowest key question now {', '.join(b.lowest)}")
    da, db = a.discretion, b.discretion
    if da is not None and da.applied:
        reasons.append(f"the panel's decision ({da.rating}) applies under both versions")
    if da is not None and db is not None and da.eligible != db.eligible:
        reasons.append(f"discretion eligibility {da.eligible} → {db.eligible}")
    if a.judged is not None and a.score != b.score:
        reasons.append(f"score of {a.rating} {a.score} → {b.score}")
    return tuple(reasons) or ("the rules that rate this standard changed",)


def compare_results(
    a: Result, b: Result, score_a: dict[str, int], score_b: dict[str, int]
) -> InspectionComparison:
    moves: list[RatingMove] = []
    sb = {s.id: s for s in b.standards}
    for s in a.standards:
        t = sb.get(s.id)
        if t is None:
            moves.append(
                RatingMove(
                    item=s.id,
                    name=s.name,
                    what="rating",
                    base=s.rating,
                    candidate=None,
                    direction="changed",
                    why=("standard removed in the candidate",),
                )
            )
            continue
        for what in ("rating", "banded"):
            va, vb = getattr(s, what), getattr(t, what)
            if what == "banded" and (s.rating, t.rating) == (s.banded, t.banded):
                continue  # no discretion on either side: the rating move says it all
            if va != vb:
                direction = _direction(
                    score_a.get(va) if va else None, score_b.get(vb) if vb else None
                )
                moves.append(
                    RatingMove(
                        item=s.id,
                        name=s.name,
                        what=what,
                        base=va,
                        candidate=vb,
                        direction=direction,
                        why=_why_standard(s, t),
                    )
                )
    for t in b.standards:
        if t.id not in {s.id for s in a.standards}:
            moves.append(
                RatingMove(
                    item=t.id,
                    name=t.name,
                    what="rating",
                    base=None,
                    candidate=t.rating,
                    direction="changed",
                    why=("standard added in the candidate",),
                )
            )
    oa, ob = a.overall, b.overall
    changed = [f"{m.item} {m.base} → {m.candidate}" for m in moves if m.what == "rating"]
    band = f"{ob.band_rule.text} ({ob.band_rule.where})" if ob.band_rule else "no overall band"
    if oa.rating != ob.rating:
        direction = _direction(score_a.get(oa.rating or ""), score_b.get(ob.rating or ""))
        why = (f"score {oa.score}/{oa.max} → {ob.score}/{ob.max}", f"candidate {band}", *changed)
        moves.append(
            RatingMove(
                item="overall",
                name="Overall rating",
                what="rating",
                base=oa.rating,
                candidate=ob.rating,
                direction=direction,
                why=why,
            )
        )
    elif oa.score != ob.score or oa.max != ob.max:
        direction = (
            "changed"
            if oa.score is None or ob.score is None
            else ("up" if ob.score > oa.score else "down")
        )
        moves.append(
            RatingMove(
                item="overall",
                name="Overall score",
                what="score",
                base=f"{oa.score}/{oa.max}",
                candidate=f"{ob.score}/{ob.max}",
                direction=direction,
                why=tuple(changed) or (f"candidate {band}",),
            )
        )
    # What a reviewer must know to trust the comparison: a panel decision the candidate would
    # not allow, and data one of the versions could not use (its message names the version).
    notes = tuple(
        dict.fromkeys(
            [f.message for f in a.diagnostics if f.code == UNUSED_DATA]
            + [
                f.message
                for f in b.diagnostics
                if f.code == UNUSED_DATA or (f.severity == "warning" and "discretion" in f.message)
            ]
        )
    )
    return InspectionComparison(
        path=a.inspection, service=a.service, moves=tuple(moves), notes=notes
    )


def compare_inspection(
    base: Framework, candidate: Framework, inspection: Inspection
) -> InspectionComparison:
    """One inspection rated under both versions, and what moved.

    Panel decisions in the data were made under one version's rules, so each version applies
    them even where it would not make the standard eligible (with a note); a problem that
    stops either rating is the comparison's error, not an exception.
    """
    try:
        a = evaluate(base, inspection, strict_discretion=False)
        b = evaluate(candidate, inspection, strict_discretion=False)
    except RatingbookError as err:
        return InspectionComparison(
            path=inspection.path, service=inspection.service, error=err.format_message()
        )
    score_a = {r.name: r.score for r in base.ratings}
    score_b = {r.name: r.score for r in candidate.ratings}
    return compare_results(a, b, score_a, score_b)
