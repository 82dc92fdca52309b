"""Pure evaluation: ``evaluate(framework, inspection) -> Result``.

The stages, each its own module: :mod:`.binding` checks that the data uses only what the
version declares; :mod:`.applicability` finds the cases each key question applies to;
:mod:`.key_questions` counts and bands; :mod:`.standards` rates each standard and finds the
fewest judgements that would move it; :mod:`.discretion` decides eligibility and applies the
panel's decisions. Problems the schema cannot see are collected and raised together as one
``DiagnosticsError`` (exit status 2); problems that do not stop a rating are kept in
``Result.diagnostics`` as warnings.
"""

from __future__ import annotations

from ratingbook.framework.evaluate.applicability import Applicability
from ratingbook.framework.evaluate.binding import bind
from ratingbook.framework.evaluate.key_questions import KeyQuestions
from ratingbook.framework.evaluate.origin import Origin
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.evaluate.standards import banded, judged
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.model import Framework
from ratingbook.framework.plan import Plan, compile_framework
from ratingbook.framework.result import (
    Evaluation,
    OverallResult,
    OverallUndetermined,
    Result,
    StandardResult,
    range_of,
)

__all__ = ["evaluate"]


def evaluate(
    framework: Framework | Plan,
    inspection: Inspection,
    *,
    strict_discretion: bool = True,
    recorded_under: Framework | Plan | None = None,
) -> Result:
    """Rate an inspection under a framework version. Raises DiagnosticsError on bad data.

    With ``strict_discretion=False`` (used by ``compare``), a panel decision that this version
    would not allow is still applied and reported as a warning instead of an error: the
    decision was made under another version's rules.

    ``recorded_under`` is the version the data itself names (or was recorded under). When it
    is another version than ``framework``, what the data cannot give under ``framework`` (a
    key question it has no figures for, counts taken under a different applicability
    condition, cases never asked a key question) is *undetermined*, with the ratings still
    possible, and figures for items ``framework`` does not have are left out with a note.
    Without it, or when it is ``framework`` itself, the data is held to ``framework``.
    """
    plan = framework if isinstance(framework, Plan) else compile_framework(framework)
    fw = plan.framework
    problems = Problems(inspection)
    origin = _origin(plan, recorded_under, inspection)
    bind(plan, inspection, problems, origin)
    if problems.errors:
        raise problems.failure(fw.id)
    masks = Applicability(plan, inspection, problems)
    rater = KeyQuestions(plan, inspection, problems, masks, Evaluation(plan, inspection), origin)
    standards: list[StandardResult] = []
    for sp in plan.standards:
        if sp.standard.judged:
            standards.append(judged(plan, inspection, problems, sp, strict=strict_discretion))
        else:
            standards.append(
                banded(plan, inspection, problems, sp, rater, strict=strict_discretion)
            )
    if problems.errors:
        raise problems.failure(fw.id)
    scores = tuple((s.id, s.score) for s in standards)
    open_ = {s.id: s.undetermined for s in standards if s.undetermined is not None}
    missing = tuple(s.id for s in standards if s.score is None and s.id not in open_ and s.scored)
    rating = band_rule = total = None
    undetermined = None
    limits: tuple[int, ...] = ()
    row: int | None = None
    given: str | None = None
    if missing:
        problems.warn(f"no overall rating: standards {', '.join(missing)} are not rated")
    elif open_:
        undetermined = _overall_range(plan, standards)
        rating = undetermined.rating.single
    else:
        outcome = plan.overall.rate([sc for _, sc in scores])
        total = plan.overall.total([sc for _, sc in scores])
        if outcome.band is not None:
            band_rule = plan.overall_rules[outcome.band]
        row, limits = outcome.row, outcome.limits
        if outcome.given is not None:
            given = plan.rating_by_score[outcome.given]
        if outcome.rating is not None:
            rating = plan.rating_by_score[outcome.rating]
    return Result(
        framework=fw,
        data=inspection,
        overall=OverallResult(
            rating=rating,
            score=total,
            max=fw.overall.high,
            scores=scores,
            band_rule=band_rule,
            missing=missing,
            undetermined=undetermined,
            given=given,
            row=row,
            limits=limits,
            plan=plan,
        ),
        standards=tuple(standards),
        diagnostics=problems.findings(),
    )


def _origin(
    plan: Plan, recorded_under: Framework | Plan | None, inspection: Inspection
) -> Origin | None:
    """The data's own version, when it is another than the one rating it."""
    if recorded_under is None:
        return None
    theirs = (
        recorded_under if isinstance(recorded_under, Plan) else compile_framework(recorded_under)
    )
    mine, other = plan.framework, theirs.framework
    if other is mine or (other.id, other.path) == (mine.id, mine.path):
        return None
    return Origin(plan, theirs, inspection)


def _overall_range(plan: Plan, standards: list[StandardResult]) -> OverallUndetermined:
    """The overall ratings and scores still possible, from what each standard can still be
    (the overall rule folded over every combination, limits included)."""
    options: list[frozenset[int | None]] = []
    for s in standards:
        u = s.undetermined
        if u is None:
            options.append(frozenset({s.score}))
            continue
        found: set[int | None] = set()
        r = u.rating
        if r.lowest is not None and r.highest is not None:
            names = r.only or tuple(
                plan.rating_by_score[x]
                for x in sorted(plan.rating_by_score)
                if plan.score[r.lowest] <= x <= plan.score[r.highest]
            )
            found |= {plan.score[n] for n in names}
        if r.unrated:
            found.add(None)
        options.append(frozenset(found))
    possible = plan.overall.possible(options)
    scores = plan.overall.score_range(options)
    return OverallUndetermined(
        standards=tuple(s.id for s in standards if s.undetermined is not None),
        rating=range_of(possible, plan.rating_by_score),
        score_low=None if scores is None else scores[0],
        score_high=None if scores is None else scores[1],
    )
