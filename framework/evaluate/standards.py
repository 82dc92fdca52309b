"""A standard's rating: the lowest key-question band (or the inspector's judgement), and the
fewest case judgements that would move it."""

from __future__ import annotations

from ratingbook.framework import arithmetic
from ratingbook.framework.evaluate.discretion import decide
from ratingbook.framework.evaluate.key_questions import KeyQuestions
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.plan import Plan, StandardPlan
from ratingbook.framework.result import (
    Judged,
    KeyQuestionResult,
    Moved,
    Range,
    StandardResult,
    StandardUndetermined,
)


def judged(
    plan: Plan, inspection: Inspection, problems: Problems, sp: StandardPlan, *, strict: bool
) -> StandardResult:
    """A standard rated by the lead inspector's judgement."""
    std = sp.standard
    j = inspection.judgements.get(std.id)
    rating = j.rating if j is not None and j.rating in plan.score else None
    if j is None:
        problems.warn(
            f"no rating for standard {std.id} ({std.name}), which is rated by inspector "
            f'judgement; add it under domain1, e.g. "{std.id}": Good',
        )
    chars = sp.characteristics[rating] if rating else ()
    discretion, final = decide(plan, inspection, problems, sp, banded=rating, strict=strict)
    return StandardResult(
        id=std.id,
        rating=final,
        banded=rating,
        score=None if final is None else plan.score[final],
        discretion=discretion,
        judged=Judged(
            rating=rating,
            evidence=None if j is None else j.evidence,
            characteristics=chars,
            report_line=None if j is None else j.line,
        ),
        unrated=None if rating else "no judgement",
        plan=sp,
    )


def banded(
    plan: Plan,
    inspection: Inspection,
    problems: Problems,
    sp: StandardPlan,
    rater: KeyQuestions,
    *,
    strict: bool,
) -> StandardResult:
    """A standard rated by its lowest key-question band."""
    std = sp.standard
    kqs = tuple(rater.rate(k) for k in sp.key_questions)
    score = plan.score
    if any(k.undetermined is not None for k in kqs):
        return _undetermined(plan, inspection, problems, sp, kqs, strict=strict)
    rated = [k for k in kqs if k.band is not None]
    if not rated:
        problems.warn(
            f"standard {std.id} ({std.name}) is not rated: none of its key questions "
            f"({', '.join(k.id for k in kqs)}) has relevant cases"
        )
        discretion, final = decide(plan, inspection, problems, sp, banded=None, strict=strict)
        return StandardResult(
            id=std.id,
            rating=final,
            banded=None,
            score=None if final is None else plan.score[final],
            key_questions=kqs,
            discretion=discretion,
            unrated="no relevant cases",
            plan=sp,
        )
    low_score = min(score[k.band] for k in rated if k.band)
    rating = plan.rating_by_score[low_score]
    lowest = tuple(k.id for k in rated if score[k.band or ""] == low_score)
    changes = moves(plan, kqs, low_score)
    discretion, final = decide(
        plan,
        inspection,
        problems,
        sp,
        banded=rating,
        key_questions=kqs,
        lowest=lowest,
        moves=changes,
        strict=strict,
    )
    return StandardResult(
        id=std.id,
        rating=final,
        banded=rating,
        score=None if final is None else plan.score[final],
        key_questions=kqs,
        lowest=lowest,
        discretion=discretion,
        changes=changes,
        plan=sp,
    )


def possible_scores(
    plan: Plan, kqs: tuple[KeyQuestionResult, ...]
) -> tuple[int | None, int | None, bool]:
    """The lowest and highest score the standard's lowest band can still give, and whether it
    may be left with no band at all (every key question that could be rated might not be)."""
    score = plan.score
    decided = [score[k.band] for k in kqs if k.band is not None and k.undetermined is None]
    ranges = [k.undetermined for k in kqs if k.undetermined is not None]
    lows = [score[r.bands.lowest] for r in ranges if r.bands.lowest is not None]
    low = min(decided + lows, default=None)
    # Highest: each open key question at its best band, or left out where it may have none.
    must = decided + [
        score[r.bands.highest] for r in ranges if r.bands.highest and not r.bands.unrated
    ]
    if must:
        high: int | None = min(must)
    else:
        highs = [score[r.bands.highest] for r in ranges if r.bands.highest is not None]
        high = max(highs, default=None)
    unrated = not decided and all(r.bands.unrated for r in ranges)
    return low, high, unrated


def _undetermined(
    plan: Plan,
    inspection: Inspection,
    problems: Problems,
    sp: StandardPlan,
    kqs: tuple[KeyQuestionResult, ...],
    *,
    strict: bool,
) -> StandardResult:
    """A standard with key questions the data cannot decide: its rating where they cannot
    change it, else the ratings still possible. Nothing that needs every figure (what would
    move it, the discretion measures) is worked out."""
    low, high, unrated = possible_scores(plan, kqs)
    names = plan.rating_by_score
    banded_range = Range(
        lowest=None if low is None else names[low],
        highest=None if high is None else names[high],
        unrated=unrated,
    )
    rating = banded_range.single
    lowest: tuple[str, ...] = ()
    if rating is not None:
        lowest = tuple(
            k.id for k in kqs if k.band is not None and plan.score[k.band] == plan.score[rating]
        )
    open_ids = tuple(k.id for k in kqs if k.undetermined is not None)
    discretion, final = decide(
        plan,
        inspection,
        problems,
        sp,
        banded=rating,
        key_questions=kqs,
        lowest=lowest,
        strict=strict,
        undetermined=open_ids,
    )
    if rating is not None:
        final_range = banded_range
        undetermined = None
    else:
        taken = discretion is not None and discretion.applied
        final_range = Range(lowest=final, highest=final, unrated=False) if taken else banded_range
        score = plan.score
        undetermined = StandardUndetermined(
            key_questions=open_ids,
            banded=banded_range,
            rating=final_range,
            score_low=score[final_range.lowest] if final_range.lowest else None,
            score_high=score[final_range.highest] if final_range.highest else None,
        )
    return StandardResult(
        id=sp.standard.id,
        rating=final,
        banded=rating,
        score=None if final is None else plan.score[final],
        key_questions=kqs,
        lowest=lowest,
        discretion=discretion,
        undetermined=undetermined,
        plan=sp,
    )


def moves(plan: Plan, kqs: tuple[KeyQuestionResult, ...], low_score: int) -> tuple[Moved, ...]:
    """The fewest case judgements that would move the standard up, and down, a band.

    Up, every key question in the lowest band must rise out of it; down, the one key question
    that falls into a lower band with the fewest changes.
    """
    rated = [k for k in kqs if k.band is not None]
    for k in rated:
        if k.relevant is None or k.yes is None:
            return ()
    score, rnd, names = plan.score, plan.round, plan.band_names
    least = arithmetic.least_yes_reaching
    out: list[Moved] = []
    target = plan.up_to.get(low_score)
    if target is not None:
        lowest_after = plan.top_score
        total = 0
        steps: list[tuple[str, int, int, str]] = []
        for k in rated:
            relevant, yes = k.relevant or 0, k.yes or 0
            now = score[k.band or ""]
            if now != low_score:
                lowest_after = min(lowest_after, now)
                continue
            need = least(rnd, relevant, target)
            if need is None:
                steps = []
                break
            p = rnd(need, relevant)
            band = names[p] or ""
            steps.append((k.id, need - yes, p, band))
            total += need - yes
            lowest_after = min(lowest_after, score[band])
        if steps:
            out.append(("up", total, plan.rating_by_score[lowest_after], tuple(steps)))
    ceiling = plan.down_to.get(low_score)
    if ceiling is not None:
        fewest, chosen, kept = 0, None, 0
        for k in rated:
            relevant, yes = k.relevant or 0, k.yes or 0
            above = least(rnd, relevant, ceiling + 1)  # the fewest yes answers above the ceiling
            keep = relevant if above is None else above - 1
            if keep >= 0 and yes > keep and (chosen is None or yes - keep < fewest):
                fewest, chosen, kept = yes - keep, k, keep
        if chosen is not None:
            p = rnd(kept, chosen.relevant or 0)
            band = names[p] or ""
            out.append(("down", fewest, band, ((chosen.id, fewest, p, band),)))
    return tuple(out)
