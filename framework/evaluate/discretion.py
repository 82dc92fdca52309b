"""Professional discretion: whether the policy makes a standard eligible, and the panel's decision."""

from __future__ import annotations

from ratingbook.framework import measures
from ratingbook.framework.conditions import Truth
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.plan import Plan, StandardPlan
from ratingbook.framework.result import Discretion, KeyQuestionResult, Moved, StandardSummary


def _measures(
    plan: Plan,
    kqs: tuple[KeyQuestionResult, ...],
    lowest_ids: tuple[str, ...],
    moves: tuple[Moved, ...],
) -> tuple[dict[str, int | None], int | None]:
    """The discretion measures of a rated standard, and the band boundary nearest its lowest figure."""
    low: int | None = None
    sample: int | None = None
    sizes_known = counts_known = True
    for k in kqs:
        if k.band is not None and (k.relevant is None or k.yes is None):
            counts_known = False
        if k.id in lowest_ids:
            if k.percent is not None and (low is None or k.percent < low):
                low = k.percent
            if k.relevant is None:
                sizes_known = False
            elif sample is None or k.relevant < sample:
                sample = k.relevant
    if low is None:
        return dict.fromkeys(measures.MEASURES), None
    nearest = plan.nearest_boundary[low]
    fewest = min((m[1] for m in moves), default=None) if counts_known else None
    values: dict[str, int | None] = {
        "lowest_percent": low,
        "boundary_distance": None if nearest is None else nearest[0],
        "judgements_to_change": fewest,
        "sample_size": sample if sizes_known else None,
    }
    return values, None if nearest is None else nearest[1]


def decide(
    plan: Plan,
    inspection: Inspection,
    problems: Problems,
    sp: StandardPlan,
    *,
    banded: str | None,
    key_questions: tuple[KeyQuestionResult, ...] = (),
    lowest: tuple[str, ...] = (),
    moves: tuple[Moved, ...] = (),
    strict: bool,
    undetermined: tuple[str, ...] = (),
) -> tuple[Discretion | None, str | None]:
    """A standard's discretion (None where none applies) and its final rating.

    With ``strict`` (the default when rating), a decision the policy does not allow is an error
    unless the data says ``override: true``; otherwise (comparing versions) it is applied with
    a warning, since it was made under another version's rules.
    """
    policy = plan.framework.discretion
    decision = inspection.discretion.get(sp.id)
    if policy is None or (not sp.in_policy and decision is None):
        return None, banded
    values: dict[str, int | None] = dict.fromkeys(measures.MEASURES)
    holds: tuple[Truth, ...] = ()
    summary = None
    rated = sp.in_policy and (banded is not None or bool(undetermined))
    if rated and undetermined:
        # The measures need every key question's figures: none of them is known.
        summary = StandardSummary(lowest, (), None, undetermined)
        holds = tuple([rule(values) for rule in plan.eligible_when])
    elif rated:
        values, boundary = _measures(plan, key_questions, lowest, moves)
        summary = StandardSummary(lowest, moves, boundary)
        holds = tuple([rule(values) for rule in plan.eligible_when])
    eligible: bool | None
    if not rated:
        eligible = False
    elif True in holds:
        eligible = True
    elif None in holds:
        eligible = None
    else:
        eligible = False
    # A decision with a rating the version does not have was refused when the data was bound.
    taken = decision if decision is not None and decision.rating in plan.score else None
    d = Discretion(
        in_policy=sp.in_policy,
        eligible=eligible,
        measures=values,
        rules=plan.discretion_rules if rated else (),
        holds=holds,
        summary=summary,
        applied=taken is not None,
        rating=None if taken is None else taken.rating,
        reason=None if taken is None else taken.reason,
        override=taken is not None and taken.override,
        report_line=None if taken is None else taken.line,
    )
    if taken is None:
        return d, banded
    if not eligible and not taken.override:
        if not sp.in_policy and sp.standard.judged:
            why = (
                f"{sp.id} is rated by inspector judgement, and discretion is exercised over "
                "ratings worked out from key questions only"
            )
        elif not sp.in_policy:
            why = f"the discretion policy covers domains {', '.join(policy.domains)} only"
        elif undetermined:
            # Not the data's fault: the version asks for what the data cannot give.
            problems.warn(
                f"discretion for {sp.id}: eligibility cannot be shown under "
                f"{plan.framework.id}, because {', '.join(undetermined)} cannot be worked out "
                "from this data; the panel's decision is applied as recorded",
                "discretion",
                sp.id,
            )
            return d, taken.rating
        elif eligible is None:
            why = "eligibility cannot be shown from this data (percentages only)"
        else:
            why = "none of the policy's conditions holds: " + "; ".join(c.detail for c in d.checks)
        report = problems.error if strict else problems.warn
        report(
            f"discretion for {sp.id}: the policy does not make this standard eligible ({why}); "
            "if the panel's decision stands anyway, add 'override: true' to it",
            "discretion",
            sp.id,
        )
    return d, taken.rating
