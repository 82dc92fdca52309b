"""A standard's rating: its rule form applied to its key questions (or the inspector's
judgement), the panel's decisions on key questions and on the standard, and, where the data
cannot decide some key question, the ratings still possible.

Everything about *how* a standard is rated comes from its form (framework/rules/): which
figures it reads, the rating they give, which key questions set it, and the ratings still
possible. This module only feeds the form the key questions' figures.
"""

from __future__ import annotations

import dataclasses

from ratingbook.framework.evaluate.binding import check_rating
from ratingbook.framework.evaluate.discretion import Measures, boundary, decide, decide_key_question
from ratingbook.framework.evaluate.key_questions import KeyQuestions
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.plan import Plan, StandardPlan
from ratingbook.framework.result import (
    Judged,
    KeyQuestionResult,
    Range,
    StandardResult,
    StandardSummary,
    StandardUndetermined,
    kq_figures,
    range_of,
)
from ratingbook.framework.rules import (
    BandForm,
    Figure,
    ItemScores,
    Outcome,
    PartRange,
    ShareRange,
    StandardForm,
)
from ratingbook.framework.rules.moves import Move, banded_moves, fewest_to_change, reach


def judged(
    plan: Plan, inspection: Inspection, problems: Problems, sp: StandardPlan, *, strict: bool
) -> StandardResult:
    """A standard rated by the inspector: a rating, or item scores banded."""
    std = sp.standard
    j = inspection.judgements.get(std.id)
    scores: tuple[tuple[str, int], ...] = ()
    percent: int | None = None
    rating: str | None = None
    form = sp.form
    if isinstance(form, ItemScores):
        if j is not None:
            scores, percent, rating = _item_scores(
                plan, problems, sp, form, j.scores, j.rating, j.key
            )
    elif j is not None:
        if j.scores is not None:
            problems.error(
                f"standard {std.id} is rated by {std.rule.words}, so its judgement is a rating "
                f'("{std.id}": Good), not item scores',
                j.key,
                std.id,
                "scores",
            )
        rating = j.rating if j.rating in plan.score else None
    if j is None:
        example = (
            "{scores: {" + ", ".join(f'"{k.id}": 3' for k in std.key_questions[:2]) + "}}"
            if isinstance(form, ItemScores)
            else "Good"
        )
        problems.warn(
            f"no rating for standard {std.id} ({std.name}), which is rated by "
            f'{std.rule.words}; add it under judgements, e.g. "{std.id}": {example}',
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
            scores=scores,
            percent=percent,
        ),
        unrated=None if rating else "no judgement",
        plan=sp,
    )


def _item_scores(
    plan: Plan,
    problems: Problems,
    sp: StandardPlan,
    form: ItemScores,
    given: object,
    rating: str | None,
    key: str,
) -> tuple[tuple[tuple[str, int], ...], int | None, str | None]:
    """The item scores of a standard rated by them, checked: one score per item, each in
    range; the percentage and the band they give."""
    std = sp.standard
    if rating is not None and given is None:
        problems.error(
            f"standard {std.id} is rated by {std.rule.words}: give a score for each of its items "
            f"({', '.join(k.id for k in std.key_questions)}), not a rating; the rating is worked "
            "out from them",
            key,
            std.id,
        )
        return (), None, None
    scores = dict(given) if isinstance(given, dict) else {}
    items = [k.id for k in std.key_questions]
    ok = True
    for item, n in scores.items():
        if item not in items:
            problems.error(
                f"{item} is not an item of standard {std.id} (its items: {', '.join(items)})",
                key,
                std.id,
                "scores",
                item,
                key=True,
            )
            ok = False
        elif not form.lowest <= n <= form.highest:
            problems.error(
                f"{item}'s score {n} is outside {form.lowest}..{form.highest}, the range "
                f"standard {std.id}'s items are scored in",
                key,
                std.id,
                "scores",
                item,
            )
            ok = False
    missing = [i for i in items if i not in scores]
    if missing:
        problems.error(
            f"standard {std.id} has no score for {', '.join(missing)}: every item is scored "
            f"({form.lowest} to {form.highest})",
            key,
            std.id,
            "scores",
        )
        ok = False
    if not ok:
        return (), None, None
    ordered = tuple((i, scores[i]) for i in items)
    percent = form.percent(dict(ordered))
    band = plan.band_for(percent)
    return ordered, percent, None if band is None else band.rating


def banded(
    plan: Plan,
    inspection: Inspection,
    problems: Problems,
    sp: StandardPlan,
    rater: KeyQuestions,
    *,
    strict: bool,
) -> StandardResult:
    """A standard rated from its key questions by its rule form."""
    std = sp.standard
    kqs = tuple([rater.rate(k) for k in sp.key_questions])
    if sp.kq_policy or (inspection.discretion and not sp.kq_ids.isdisjoint(inspection.discretion)):
        kqs = tuple(
            _key_question_discretion(plan, inspection, problems, sp, k, strict) for k in kqs
        )
    score = plan.score
    for k in kqs:
        if k.undetermined is not None:
            return _undetermined(plan, inspection, problems, sp, kqs, strict=strict)
    rated = [k for k in kqs if k.final is not None]
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
    form = sp.form
    if isinstance(form, BandForm) and type(form).deciding is StandardForm.deciding:
        # Rating by bands alone: no figure records, the bands' scores are enough (the same
        # rating, key questions that set it and percentage as the general path below).
        finals = [score[k.final or ""] for k in rated]
        got = form.of_bands(tuple(sorted(finals)))
        deciding = [k for k, f in zip(rated, finals, strict=True) if f == got]
        lowest = tuple(k.id for k in deciding)
        percent = min((k.percent for k in deciding if k.percent is not None), default=None)
    else:
        figures = [_figure(plan, k) for k in rated]
        found = form.rate(figures)
        if found is None:  # a percentage in no band: the checker makes bands cover 0..100
            raise AssertionError(f"standard {std.id}: its rule gives no band")
        got = found
        lowest = tuple(rated[i].id for i in form.deciding(figures, got))
        percent = form.deciding_percent(figures, got)
    rating = plan.rating_by_score[got]
    distance, edge = boundary(plan, percent)
    counts_known = all(k.relevant is not None and k.yes is not None for k in rated)
    sizes = [k.relevant for k in rated if k.id in lowest]
    holder: list[StandardResult] = []
    values = Measures(
        {
            "lowest_percent": percent,
            "boundary_distance": distance,
            "judgements_to_change": None,
            "sample_size": None if any(n is None for n in sizes) else min(sizes, default=None),  # type: ignore[type-var]
        },
        (lambda: fewest_to_change(form.scale, form, kq_figures(sp, kqs), got))
        if counts_known
        else None,
    )
    decision = inspection.discretion.get(std.id)

    def moves() -> tuple[Move, ...]:
        if holder:
            return holder[0].moves
        if not counts_known:
            return ()
        decided = decision.rating if decision is not None and decision.rating in score else None
        return banded_moves(
            form.scale,
            form,
            kq_figures(sp, kqs),
            std.id,
            rating,
            None,
            None if decided is None else score[decided],
        )

    summary = StandardSummary(lowest, moves, edge)
    discretion, final = decide(
        plan,
        inspection,
        problems,
        sp,
        banded=rating,
        values=values,
        summary=summary,
        strict=strict,
    )
    result = StandardResult(
        id=std.id,
        rating=final,
        banded=rating,
        score=None if final is None else plan.score[final],
        key_questions=kqs,
        lowest=lowest,
        discretion=discretion,
        plan=sp,
    )
    holder.append(result)
    return result


def _figure(plan: Plan, k: KeyQuestionResult) -> Figure:
    assert k.final is not None and k.percent is not None
    return Figure(band=plan.score[k.final], percent=k.percent, relevant=k.relevant, yes=k.yes)


def _key_question_discretion(
    plan: Plan,
    inspection: Inspection,
    problems: Problems,
    sp: StandardPlan,
    k: KeyQuestionResult,
    strict: bool,
) -> KeyQuestionResult:
    """A key question with the panel's decision on it (and its eligibility), if any."""
    decision = inspection.discretion.get(k.id)
    if decision is not None:
        check_rating(plan, problems, decision.rating, "discretion", k.id, "rating")

    def fewest() -> int | None:
        if k.relevant is None or k.yes is None or k.band is None:
            return None
        reaches = reach(plan.scale, k.relevant, k.yes)
        now = plan.score[k.band]
        return min((r.cost for s, r in reaches.items() if s != now), default=None)

    d = decide_key_question(plan, inspection, problems, sp, k, fewest, strict=strict)
    return k if d is None else dataclasses.replace(k, discretion=d)


def possible_of(
    plan: Plan, sp: StandardPlan, kqs: tuple[KeyQuestionResult, ...]
) -> frozenset[Outcome]:
    """The banded ratings (scores; None: not rated) the standard can still have, from what each
    key question can still be."""
    parts = []
    for k in kqs:
        u = k.undetermined
        if u is None:
            band = k.final
            if band is None:
                parts.append(PartRange(bands=frozenset({None})))
                continue
            share = _figure(plan, k).share
            parts.append(
                PartRange(
                    bands=frozenset({plan.score[band]}),
                    shares=ShareRange(low=share, high=share),
                )
            )
            continue
        names = plan.scale.score
        bands: set[Outcome] = set()
        if u.percent_low is not None and u.percent_high is not None:
            for p in range(u.percent_low, u.percent_high + 1):
                b = plan.band_names[p]
                if b is not None:
                    bands.add(names[b])
        if u.bands.unrated:
            bands.add(None)
        parts.append(PartRange(bands=frozenset(bands), shares=u.shares))
    return sp.form.possible(parts)


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
    banded_range = range_of(possible_of(plan, sp, kqs), plan.rating_by_score)
    rating = banded_range.single
    lowest: tuple[str, ...] = ()
    if rating is not None:
        rated = [k for k in kqs if k.final is not None and k.undetermined is None]
        figures = [_figure(plan, k) for k in rated]
        if figures and sp.form.rate(figures) == plan.score[rating]:
            lowest = tuple(rated[i].id for i in sp.form.deciding(figures, plan.score[rating]))
    open_ids = tuple(k.id for k in kqs if k.undetermined is not None)
    discretion, final = decide(
        plan,
        inspection,
        problems,
        sp,
        banded=rating,
        summary=StandardSummary(lowest, lambda: (), None),
        strict=strict,
        undetermined=open_ids,
    )
    if rating is not None:
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
