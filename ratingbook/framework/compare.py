"""Rate an inspection under two versions and say which ratings move, and why.

:func:`compare_inspection` compares one loaded inspection; reading a corpus of files (on every
core, streamed) is :func:`ratingbook.framework.app.corpus.compare_each`.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ratingbook._record import record
from ratingbook.framework.codes import INPUT_UNUSED as UNUSED_DATA
from ratingbook.framework.errors import RatingbookError
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.model import Framework
from ratingbook.framework.phrase import Phrase, Say, quoted, said
from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult


@record
class RatingMove:
    """A rating (or the overall score) that differs between the two versions, and why."""

    item: str  # "overall" or a standard id
    name: Phrase  # the standard's name, quoted, or the overall rating's or score's
    what: str  # rating | banded | score
    base: Any
    candidate: Any
    direction: str  # up | down | changed
    why: tuple[Phrase, ...]


@record
class UndeterminedResult:
    """A result one version gives that the data cannot decide: what it could be, and why."""

    item: str  # "overall", a standard id or a key question id
    name: Phrase  # the standard's name or the key question's wording, quoted, or the overall's
    what: str  # rating | banded | score | band
    side: str  # base | candidate: the version under which it is undetermined
    version: str  # that version's id
    other: Phrase  # the other version's result
    possible: Phrase  # the results still possible
    why: tuple[Phrase, ...]  # the reason, and the data that would settle it


@record
class InspectionComparison:
    """One inspection under both versions: what moved, what the data cannot decide, notes, or
    why it could not be rated."""

    path: str
    service: str
    moves: tuple[RatingMove, ...] = ()
    undetermined: tuple[UndeterminedResult, ...] = ()
    notes: tuple[Phrase, ...] = ()
    error: str | None = None
    sha256: str | None = None  # of the data file, for the audit (None: it could not be read)


@record
class Tally:
    """The summary of a comparison, counted as inspections come in."""

    inspections: int = 0
    affected: int = 0
    ratings_up: int = 0
    ratings_down: int = 0
    other_changes: int = 0
    errors: int = 0
    undetermined: int = 0  # inspections with results the data cannot decide
    undetermined_results: int = 0  # those results, under either version

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
            undetermined=self.undetermined + bool(i.undetermined),
            undetermined_results=self.undetermined_results + len(i.undetermined),
        )

    @property
    def moved(self) -> bool:
        return self.affected > 0

    def counts(self) -> dict[str, int]:
        """Each count by its name, in the order of the fields."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@record
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
        """The counts of the tally by name (each field's)."""
        return self.tally.counts()


def _direction(score_base: int | None, score_cand: int | None) -> str:
    if score_base is None or score_cand is None or score_base == score_cand:
        return "changed"
    return "up" if score_cand > score_base else "down"


def _band_rule(k: KeyQuestionResult) -> tuple[str | None, str | None]:
    """A key question's band rule and where it is written (None, None: no band)."""
    r = k.band_rule
    return (None, None) if r is None else (r.text, r.where)


def _why_standard(a: StandardResult, b: StandardResult) -> tuple[Phrase, ...]:
    reasons: list[Phrase] = []
    kb = {k.id: k for k in b.key_questions}
    for ka in a.key_questions:
        kc = kb.get(ka.id)
        if kc is None:
            reasons.append(said(Say.COMPARE_NOT_IN_CANDIDATE, id=ka.id))
            continue
        if ka.undetermined is not None or kc.undetermined is not None:
            side = a if ka.undetermined is not None else b
            reasons.append(
                said(
                    Say.COMPARE_KEY_QUESTION_UNDETERMINED,
                    id=ka.id,
                    framework=side.plan.framework_id,
                )
            )
            continue
        if ka.band != kc.band or ka.percent != kc.percent:
            (old, old_where), (new, new_where) = _band_rule(ka), _band_rule(kc)
            reasons.append(
                said(
                    Say.COMPARE_BAND,
                    id=ka.id,
                    base_percent=ka.percent,
                    candidate_percent=kc.percent,
                    rounding=kc.rounding.text,
                    base_rule=old,
                    base_where=old_where,
                    candidate_rule=new,
                    candidate_where=new_where,
                )
            )
        if ka.relevant != kc.relevant:
            reasons.append(
                said(
                    Say.COMPARE_RELEVANT,
                    id=ka.id,
                    base=ka.relevant,
                    candidate=kc.relevant,
                    base_applies=ka.applies,
                    candidate_applies=kc.applies,
                )
            )
    if a.rule.text != b.rule.text:
        reasons.append(
            said(Say.COMPARE_RULE, base=a.rule.text, candidate=b.rule.text, where=b.rule.where)
        )
    if a.lowest != b.lowest and b.lowest:
        reasons.append(said(Say.COMPARE_LOWEST, key_questions=tuple(b.lowest)))
    da, db = a.discretion, b.discretion
    if da is not None and da.applied:
        reasons.append(said(Say.COMPARE_PANEL_DECISION, rating=da.rating))
    if da is not None and db is not None and da.eligible != db.eligible:
        reasons.append(said(Say.COMPARE_ELIGIBILITY, base=da.eligible, candidate=db.eligible))
    if a.judged is not None and a.score != b.score:
        reasons.append(said(Say.COMPARE_SCORE_OF, rating=a.rating, base=a.score, candidate=b.score))
    return tuple(reasons) or (said(Say.COMPARE_RULES_CHANGED),)


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
                    name=quoted(s.name),
                    what="rating",
                    base=s.rating,
                    candidate=None,
                    direction="changed",
                    why=(said(Say.COMPARE_STANDARD_REMOVED),),
                )
            )
            continue
        for what in ("rating", "banded"):
            if _open(s, what) or _open(t, what):
                continue  # undetermined under a version: listed apart, never as a move
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
                        name=quoted(s.name),
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
                    name=quoted(t.name),
                    what="rating",
                    base=None,
                    candidate=t.rating,
                    direction="changed",
                    why=(said(Say.COMPARE_STANDARD_ADDED),),
                )
            )
    oa, ob = a.overall, b.overall
    changed = [
        said(Say.COMPARE_RATING_MOVED, item=m.item, base=m.base, candidate=m.candidate)
        for m in moves
        if m.what == "rating"
    ]
    band = said(
        Say.COMPARE_CANDIDATE_BAND,
        rule=ob.band_rule.text if ob.band_rule else None,
        where=ob.band_rule.where if ob.band_rule else None,
    )
    overall_open = oa.undetermined is not None or ob.undetermined is not None
    if overall_open and (oa.rating is None or ob.rating is None):
        pass  # the rating is undetermined under a version: listed apart
    elif oa.rating != ob.rating:
        direction = _direction(score_a.get(oa.rating or ""), score_b.get(ob.rating or ""))
        score = said(
            Say.COMPARE_SCORE,
            base=oa.score,
            base_max=oa.max,
            candidate=ob.score,
            candidate_max=ob.max,
        )
        why = (score, band, *changed)
        moves.append(
            RatingMove(
                item="overall",
                name=said(Say.COMPARE_OVERALL_RATING),
                what="rating",
                base=oa.rating,
                candidate=ob.rating,
                direction=direction,
                why=why,
            )
        )
    elif not overall_open and (oa.score != ob.score or oa.max != ob.max):
        direction = (
            "changed"
            if oa.score is None or ob.score is None
            else ("up" if ob.score > oa.score else "down")
        )
        moves.append(
            RatingMove(
                item="overall",
                name=said(Say.COMPARE_OVERALL_SCORE),
                what="score",
                base=f"{oa.score}/{oa.max}",
                candidate=f"{ob.score}/{ob.max}",
                direction=direction,
                why=tuple(changed) or (band,),
            )
        )
    # What a reviewer must know to trust the comparison: a panel decision the candidate would
    # not allow, and data one of the versions could not use (its message names the version).
    settled = [
        said(Say.SETTLED_UNDER, id=s.id, name=s.name, note=s.note, framework=r.framework_id)
        for r in (a, b)
        for s in r.standards
        if s.undetermined is None and s.undetermined_key_questions
    ]
    notes = tuple(
        dict.fromkeys(
            settled
            + [quoted(f.message) for f in a.diagnostics if f.code == UNUSED_DATA]
            + [
                quoted(f.message)
                for f in b.diagnostics
                if f.code == UNUSED_DATA or (f.severity == "warning" and "discretion" in f.message)
            ]
        )
    )
    return InspectionComparison(
        path=a.inspection,
        service=a.service,
        sha256=a.data.digest,
        moves=tuple(moves),
        undetermined=(
            *undetermined_results(a, b, "base"),
            *undetermined_results(b, a, "candidate"),
        ),
        notes=notes,
    )


def _open(s: StandardResult, what: str) -> bool:
    """Whether a standard's rating (or banded rating) is undetermined."""
    return s.undetermined is not None and getattr(s, what) is None


def _band_outcome(k: KeyQuestionResult | None) -> Phrase:
    return said(
        Say.OUTCOME,
        value=None if k is None else k.band,
        range=None if k is None or k.undetermined is None else k.undetermined.bands,
        band=True,
        missing=k is None,
        not_inspected=k is not None and k.not_inspected is not None,
    )


def _rating_outcome(value: str | None, s: StandardResult | None, what: str) -> Phrase:
    open_range = None
    if s is not None and s.undetermined is not None and value is None:
        open_range = s.undetermined.rating if what == "rating" else s.undetermined.banded
    return said(
        Say.OUTCOME,
        value=value,
        range=open_range,
        band=False,
        missing=s is None,
        not_inspected=False,
    )


def undetermined_results(r: Result, other: Result, side: str) -> list[UndeterminedResult]:
    """What ``r`` leaves undetermined, each beside what ``other`` gives."""
    out: list[UndeterminedResult] = []
    version = r.framework_id
    for s in r.standards:
        t = other.standard(s.id)
        for k in s.undetermined_key_questions:
            u = k.undetermined
            assert u is not None
            out.append(
                UndeterminedResult(
                    item=k.id,
                    name=quoted(k.text),
                    what="band",
                    side=side,
                    version=version,
                    other=_band_outcome(other.key_question(k.id)),
                    possible=said(Say.RANGE, range=u.bands, band=True),
                    why=(u.reason, said(Say.COMPARE_SETTLED_BY, settle=u.settle)),
                )
            )
        if s.undetermined is None:
            continue
        what = "rating" if s.rating is None else "banded"
        value = getattr(t, what) if t is not None else None
        su = s.undetermined
        out.append(
            UndeterminedResult(
                item=s.id,
                name=quoted(s.name),
                what=what,
                side=side,
                version=version,
                other=_rating_outcome(value, t, what),
                possible=said(
                    Say.RANGE, range=su.rating if what == "rating" else su.banded, band=False
                ),
                why=(
                    said(
                        Say.COMPARE_STANDARD_UNDETERMINED,
                        key_questions=su.key_questions,
                        framework=version,
                    ),
                ),
            )
        )
    ou = r.overall.undetermined
    if ou is not None:
        oo = other.overall
        what = "rating" if r.overall.rating is None else "score"
        if what == "rating":
            shown = said(
                Say.OUTCOME,
                value=oo.rating,
                range=oo.undetermined.rating
                if (oo.undetermined is not None and oo.rating is None)
                else None,
                band=False,
                missing=False,
                not_inspected=False,
            )
            possible = said(Say.RANGE, range=ou.rating, band=False)
        else:
            shown = said(Say.SCORE_SPAN, low=oo.score, high=None, max=oo.max)
            possible = said(Say.SCORE_SPAN, low=ou.score_low, high=ou.score_high, max=r.overall.max)
        out.append(
            UndeterminedResult(
                item="overall",
                name=said(
                    Say.COMPARE_OVERALL_RATING if what == "rating" else Say.COMPARE_OVERALL_SCORE
                ),
                what=what,
                side=side,
                version=version,
                other=shown,
                possible=possible,
                why=(
                    said(
                        Say.COMPARE_OVERALL_UNDETERMINED,
                        low=ou.score_low,
                        high=ou.score_high,
                        max=r.overall.max,
                        standards=ou.standards,
                        framework=version,
                    ),
                ),
            )
        )
    return out


def compare_inspection(
    base: Framework,
    candidate: Framework,
    inspection: Inspection,
    *,
    recorded_under: Framework | None = None,
) -> InspectionComparison:
    """One inspection rated under both versions, and what moved.

    Panel decisions in the data were made under one version's rules, so each version applies
    them even where it would not make the standard eligible (with a note); a problem that
    stops either rating is the comparison's error, not an exception. ``recorded_under`` is
    the version the data was recorded under (without it, ``base``): under the other, what the
    data cannot give is undetermined.
    """
    own = recorded_under or base
    try:
        a = evaluate(base, inspection, strict_discretion=False, recorded_under=own)
        b = evaluate(candidate, inspection, strict_discretion=False, recorded_under=own)
    except RatingbookError as err:
        return InspectionComparison(
            path=inspection.path,
            service=inspection.service,
            error=err.format_message(),
            sha256=inspection.digest,
        )
    score_a = {r.name: r.score for r in base.ratings}
    score_b = {r.name: r.score for r in candidate.ratings}
    return compare_results(a, b, score_a, score_b)
