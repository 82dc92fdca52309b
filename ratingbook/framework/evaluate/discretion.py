"""Professional discretion: whether the policy makes a standard (or a key question) eligible,
and the panel's decision.

The measures a policy's rules test are worked out from the standard's rule form: the
percentage that set the rating (the form says which key questions set it), its distance from
the nearest band boundary, the relevant cases behind it, and the fewest differing judgements
that would change the banded rating (the one what-would-move computation,
:mod:`ratingbook.framework.rules.moves`). That last one is worked out only when a rule needs
it, or when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from ratingbook.framework import measures, messages
from ratingbook.framework.conditions import Truth
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.plan import Plan, StandardPlan
from ratingbook.framework.result import Discretion, KeyQuestionResult, StandardSummary


class Measures(Mapping[str, int | None]):
    """The discretion measures of one standard or key question; ``judgements_to_change`` is
    worked out the first time it is read."""

    __slots__ = ("_values", "_fewest", "_done")

    def __init__(
        self, values: dict[str, int | None], fewest: Callable[[], int | None] | None
    ) -> None:
        self._values = values
        self._fewest = fewest
        self._done = fewest is None

    def __getitem__(self, name: str) -> int | None:
        if name == "judgements_to_change" and not self._done:
            self._values[name] = None if self._fewest is None else self._fewest()
            self._done = True
        return self._values[name]

    def get(self, name: str, default: int | None = None) -> int | None:  # type: ignore[override]
        # What a rule reads (as Mapping.get does, without its two calls more).
        if name == "judgements_to_change" and not self._done:
            return self[name]
        return self._values.get(name, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values)))


def boundary(plan: Plan, percent: int | None) -> tuple[int | None, int | None]:
    """Points from a percentage to the nearest boundary of its band, and that boundary."""
    if percent is None:
        return None, None
    nearest = plan.nearest_boundary[percent]
    return (None, None) if nearest is None else nearest


def _eligibility(
    tests: tuple[Callable[[Mapping[str, int | None]], Truth], ...],
    values: Mapping[str, int | None],
    rated: bool,
) -> bool | None:
    """Eligible when any rule holds (unknown when none does and some cannot be told): the
    rules are tried in order and the first that holds decides, so a measure only later rules
    read (the fewest judgements, which takes a search) is worked out only when needed."""
    if not rated:
        return False
    unknown = False
    for test in tests:
        held = test(values)
        if held:
            return True
        unknown = unknown or held is None
    return None if unknown else False


def decide(
    plan: Plan,
    inspection: Inspection,
    problems: Problems,
    sp: StandardPlan,
    *,
    banded: str | None,
    values: Measures | None = None,
    summary: StandardSummary | None = None,
    strict: bool,
    undetermined: tuple[str, ...] = (),
) -> tuple[Discretion | None, str | None]:
    """A standard's discretion (None where none applies) and its final rating.

    ``values`` are the standard's measures (None: not rated, or undetermined). With ``strict``
    (the default when rating), a decision the policy does not allow is an error unless the
    data says ``override: true``; otherwise (comparing versions) it is applied with a warning,
    since it was made under another version's rules.
    """
    policy = plan.framework.discretion
    decision = inspection.discretion.get(sp.id)
    if policy is None or (not sp.in_policy and decision is None):
        return None, banded
    measured: Mapping[str, int | None] = Measures(dict.fromkeys(measures.MEASURES), None)
    rated = sp.in_policy and (banded is not None or bool(undetermined))
    if rated and undetermined:
        # The measures need every key question's figures: none of them is known.
        summary = StandardSummary(summary.lowest if summary else (), lambda: (), None, undetermined)
    elif rated and values is not None:
        measured = values
    eligible = _eligibility(plan.eligible_when, measured, rated)
    # A decision with a rating the version does not have was refused when the data was bound.
    taken = decision if decision is not None and decision.rating in plan.score else None
    d = Discretion(
        in_policy=sp.in_policy,
        eligible=eligible,
        measures=measured,
        rules=plan.discretion_rules if rated else (),
        tests=plan.eligible_when if rated else (),
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
            why = messages.discretion_judged(standard=sp.id, rule=sp.standard.rule.words)
        elif not sp.in_policy:
            why = messages.discretion_outside_domains(domains=policy.domains)
        elif undetermined:
            # Not the data's fault: the version asks for what the data cannot give.
            problems.warn(
                messages.discretion_cannot_be_shown(
                    standard=sp.id, framework=plan.framework.id, undetermined=undetermined
                ),
                "discretion",
                sp.id,
            )
            return d, taken.rating
        elif eligible is None:
            why = messages.discretion_percentages_only()
        elif not d.rules:
            why = messages.discretion_no_standard_rule()
        else:
            why = none_holds(d)
        report = problems.error if strict else problems.warn
        report(messages.discretion_not_eligible(standard=sp.id, why=why), "discretion", sp.id)
    return d, taken.rating


def none_holds(d: Discretion) -> str:
    """Why no rule of the policy makes a standard or key question eligible, in words: each
    rule with what it read (a rule that reads no measure, by its own text)."""
    return messages.none_holds(d.checks)


def decide_key_question(
    plan: Plan,
    inspection: Inspection,
    problems: Problems,
    sp: StandardPlan,
    k: KeyQuestionResult,
    fewest: Callable[[], int | None],
    *,
    strict: bool,
) -> Discretion | None:
    """A key question's discretion (None where none applies): eligibility under the policy's
    ``eligible for key questions`` rules, and the panel's decision (the band it gave)."""
    decision = inspection.discretion.get(k.id)
    if not sp.kq_policy and decision is None:
        return None
    rated = sp.kq_policy and k.band is not None and k.undetermined is None
    measured: Mapping[str, int | None] = Measures(dict.fromkeys(measures.MEASURES), None)
    summary = None
    if rated:
        distance, edge = boundary(plan, k.percent)
        counts_known = k.relevant is not None and k.yes is not None
        measured = Measures(
            {
                "lowest_percent": k.percent,
                "boundary_distance": distance,
                "judgements_to_change": None,
                "sample_size": k.relevant,
            },
            fewest if counts_known else None,
        )
        summary = StandardSummary((k.id,), lambda: (), edge)
    eligible = _eligibility(plan.kq_eligible_when, measured, rated)
    taken = decision if decision is not None and decision.rating in plan.score else None
    d = Discretion(
        in_policy=sp.kq_policy,
        eligible=eligible,
        measures=measured,
        rules=plan.kq_discretion_rules if rated else (),
        tests=plan.kq_eligible_when if rated else (),
        summary=summary,
        applied=taken is not None,
        rating=None if taken is None else taken.rating,
        reason=None if taken is None else taken.reason,
        override=taken is not None and taken.override,
        report_line=None if taken is None else taken.line,
    )
    if taken is not None and not eligible and not taken.override:
        if not sp.kq_policy:
            why = (
                messages.discretion_no_key_question_rule()
                if plan.framework.discretion is not None
                else messages.discretion_no_policy(framework=plan.framework.id)
            )
        elif k.band is None:
            why = messages.discretion_no_band()
        elif eligible is None:
            why = messages.discretion_percentages_only()
        elif k.undetermined is not None:
            why = messages.discretion_undetermined_key_question()
        else:
            why = none_holds(d)
        report = problems.error if strict else problems.warn
        report(
            messages.discretion_key_question_not_eligible(key_question=k.id, why=why),
            "discretion",
            k.id,
        )
    return d
