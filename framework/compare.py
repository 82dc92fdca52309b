"""Re-rate a corpus under two versions and say which ratings move, and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ratingbook.framework.codes import INPUT_UNUSED as UNUSED_DATA
from ratingbook.framework.errors import InputError, RatingbookError
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.inspection import FORMAT as INSPECTION_FORMAT
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result, StandardResult


@dataclass(frozen=True)
class RatingMove:
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


@dataclass(frozen=True)
class InspectionComparison:
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


@dataclass(frozen=True)
class Comparison:
    base: str
    candidate: str
    base_path: str
    candidate_path: str
    inspections: tuple[InspectionComparison, ...]

    @property
    def moved(self) -> bool:
        return any(i.moves for i in self.inspections)

    def count(self, direction: str) -> int:
        return sum(
            1
            for i in self.inspections
            for m in i.moves
            if m.what == "rating" and m.direction == direction
        )

    def summary(self) -> dict[str, int]:
        return {
            "inspections": len(self.inspections),
            "affected": sum(1 for i in self.inspections if i.moves),
            "ratings_up": self.count("up"),
            "ratings_down": self.count("down"),
            "other_changes": sum(
                1 for i in self.inspections for m in i.moves if m.what != "rating"
            ),
            "errors": sum(1 for i in self.inspections if i.error),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "ratingbook/compare-v1",
            "base": {"id": self.base, "path": self.base_path},
            "candidate": {"id": self.candidate, "path": self.candidate_path},
            "summary": self.summary(),
            "inspections": [i.to_json() for i in self.inspections],
        }


def discover(paths: Sequence[str]) -> list[Path]:
    """Inspection files named, or found under named folders (by their format line)."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted([*p.rglob("*.yaml"), *p.rglob("*.yml"), *p.rglob("*.json")]):
                try:
                    if INSPECTION_FORMAT in f.read_text(encoding="utf-8")[:4000]:
                        found.append(f)
                except (OSError, UnicodeDecodeError):
                    continue
        elif p.is_file():
            found.append(p)
        else:
            raise InputError(f"{raw}: no such file or folder")
    if not found:
        raise InputError(f"no inspection files found in {', '.join(paths)}")
    return found


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
                    s.id,
                    s.name,
                    "rating",
                    s.rating,
                    None,
                    "changed",
                    ("standard removed in the candidate",),
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
                moves.append(RatingMove(s.id, s.name, what, va, vb, direction, _why_standard(s, t)))
    for t in b.standards:
        if t.id not in {s.id for s in a.standards}:
            moves.append(
                RatingMove(
                    t.id,
                    t.name,
                    "rating",
                    None,
                    t.rating,
                    "changed",
                    ("standard added in the candidate",),
                )
            )
    oa, ob = a.overall, b.overall
    changed = [f"{m.item} {m.base} → {m.candidate}" for m in moves if m.what == "rating"]
    band = f"{ob.band_rule.text} ({ob.band_rule.where})" if ob.band_rule else "no overall band"
    if oa.rating != ob.rating:
        direction = _direction(score_a.get(oa.rating or ""), score_b.get(ob.rating or ""))
        why = (f"score {oa.score}/{oa.max} → {ob.score}/{ob.max}", f"candidate {band}", *changed)
        moves.append(
            RatingMove("overall", "Overall rating", "rating", oa.rating, ob.rating, direction, why)
        )
    elif oa.score != ob.score or oa.max != ob.max:
        direction = (
            "changed"
            if oa.score is None or ob.score is None
            else ("up" if ob.score > oa.score else "down")
        )
        moves.append(
            RatingMove(
                "overall",
                "Overall score",
                "score",
                f"{oa.score}/{oa.max}",
                f"{ob.score}/{ob.max}",
                direction,
                tuple(changed) or (f"candidate {band}",),
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
    return InspectionComparison(a.inspection, a.service, tuple(moves), notes)


def compare(base: Framework, candidate: Framework, paths: Sequence[str]) -> Comparison:
    score_a = {r.name: r.score for r in base.ratings}
    score_b = {r.name: r.score for r in candidate.ratings}
    out: list[InspectionComparison] = []
    for path in discover(paths):
        try:
            inspection = load_inspection(str(path))
        except RatingbookError as err:
            out.append(InspectionComparison(str(path), "", error=err.format_message()))
            continue
        try:
            a = evaluate(base, inspection, strict_discretion=False)
            b = evaluate(candidate, inspection, strict_discretion=False)
        except RatingbookError as err:
            out.append(
                InspectionComparison(str(path), inspection.service, error=err.format_message())
            )
            continue
        out.append(compare_results(a, b, score_a, score_b))
    return Comparison(base.id, candidate.id, base.path, candidate.path, tuple(out))
