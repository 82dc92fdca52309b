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
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.evaluate.standards import banded, judged
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.model import Framework
from ratingbook.framework.plan import Plan, compile_framework
from ratingbook.framework.result import Evaluation, OverallResult, Result, StandardResult

__all__ = ["evaluate"]


def evaluate(
    framework: Framework | Plan, inspection: Inspection, *, strict_discretion: bool = True
) -> Result:
    """Rate an inspection under a framework version. Raises DiagnosticsError on bad data.

    With ``strict_discretion=False`` (used by ``compare``), a panel decision that this version
    would not allow is still applied and reported as a warning instead of an error: the
    decision was made under another version's rules.
    """
    plan = framework if isinstance(framework, Plan) else compile_framework(framework)
    fw = plan.framework
    problems = Problems(inspection)
    bind(plan, inspection, problems)
    if problems.errors:
        raise problems.failure(fw.id)
    masks = Applicability(plan, inspection, problems)
    rater = KeyQuestions(plan, inspection, problems, masks, Evaluation(plan, inspection))
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
    missing = tuple(sid for sid, sc in scores if sc is None)
    rating = band_rule = total = None
    if missing:
        problems.warn(f"no overall rating: standards {', '.join(missing)} are not rated")
    else:
        total = sum(sc or 0 for _, sc in scores)
        band = fw.overall.band_for(total)
        if band is not None:
            rating, band_rule = band.rating, plan.overall_rules[band]
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
        ),
        standards=tuple(standards),
        diagnostics=problems.findings(),
    )
