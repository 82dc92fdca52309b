"""A checked framework compiled for rating: what every evaluation needs, worked out once.

The plan holds, per key question, the one condition that admits a case (its domain's and its
own, joined), the rules that decide each figure as :class:`RuleRef` values, a table from
whole percentage to band, the scores by rating, and the ids the data may use. Evaluation only
reads it. A framework is compiled the first time it is rated; the plan is kept with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field
from typing import Final

from ratingbook._record import record
from ratingbook.dsl.span import Span
from ratingbook.framework import conditions, measures, rules
from ratingbook.framework.arithmetic import Rounder, rounder
from ratingbook.framework.conditions import Condition, Test, Truth
from ratingbook.framework.model import (
    Band,
    DiscretionRule,
    Domain,
    Framework,
    KeyQuestion,
    Prompt,
    Standard,
)
from ratingbook.framework.rules import OverallRule, Scale, StandardForm

_PLAN_KEY: Final = "compiled plan"


@record
class RuleRef:
    """A rule of the framework that decided something, and where it is written."""

    text: str
    span: Span
    framework: Framework = field(compare=False, repr=False)

    @property
    def where(self) -> str:
        """``file:line``: what a reader needs to open the rule."""
        return f"{self.span.path}:{self.span.line}"

    @property
    def snippet(self) -> str:
        """The framework text of the rule, as written (read when shown, not when rating)."""
        return self.framework.snippet(self.span)


@record
class KeyQuestionPlan:
    """One key question, ready to rate."""

    key_question: KeyQuestion
    standard: Standard
    domain: Domain
    admits: Condition | None  # the domain's condition and the key question's, joined
    domain_slot: int  # where the plan keeps the domain's condition (see Plan.conditions)
    own_slot: int  # and the key question's own
    domain_needs: tuple[str, ...]  # attributes the conditions test that have no default
    own_needs: tuple[str, ...]
    strict_prompts: tuple[str, ...]  # prompts that may not be answered n/a
    applies: str  # the same, as text: "disposal = court and safety_factors", or "all cases"
    applies_rule: RuleRef | None
    prompts: tuple[Prompt, ...]
    rounding_rule: RuleRef
    band_rules: tuple[RuleRef | None, ...]  # by whole percentage 0..100
    band_bounds: tuple[int, ...]  # where each band above the lowest begins

    @property
    def id(self) -> str:
        return self.key_question.id


@record
class StandardPlan:
    """One standard, ready to rate."""

    standard: Standard
    domain: Domain
    rule: RuleRef
    form: StandardForm  # the standard's rule, compiled (framework/rules/)
    key_questions: tuple[KeyQuestionPlan, ...]
    in_policy: bool  # the discretion policy covers it
    kq_policy: bool  # the policy covers its key questions (``eligible for key questions``)
    kq_ids: frozenset[str]  # its key questions' ids
    framework_id: str
    characteristics: dict[str, tuple[str, ...]]  # the published wording, by rating

    @property
    def id(self) -> str:
        return self.standard.id


@record
class Plan:
    """A framework compiled for rating."""

    framework: Framework
    standards: tuple[StandardPlan, ...]
    key_questions: dict[str, KeyQuestionPlan]
    prompts: dict[str, tuple[Prompt, KeyQuestionPlan]]
    standard_by_id: dict[str, StandardPlan]
    conditions: tuple[Condition | None, ...]  # every distinct condition, by slot (0: none)
    judged_items: dict[str, StandardPlan]  # key questions and prompts of judged standards
    known_items: frozenset[str]  # every key question and prompt id
    judged_ids: frozenset[str]
    declared_attributes: frozenset[str]  # the attributes a case may give
    domain_attributes: tuple[str, ...]  # those the domains' conditions test (what a case is)
    nearest_boundary: tuple[tuple[int, int] | None, ...]  # by percentage: (points, boundary)
    score: dict[str, int]
    rating_by_score: dict[int, str]
    top_score: int
    bottom_score: int
    round: Rounder
    up_to: dict[int, int]  # by score: the lowest whole percentage of a higher-scoring band
    down_to: dict[int, int]  # by score: the highest whole percentage of a lower-scoring band
    eligible_when: tuple[Callable[[Mapping[str, int | None]], Truth], ...]  # per discretion rule
    kq_eligible_when: tuple[Callable[[Mapping[str, int | None]], Truth], ...]  # key questions'
    scale: Scale
    overall: OverallRule
    limit_rules: tuple[RuleRef, ...]  # each limit on the overall rating, where it is written
    overall_rule: RuleRef | None  # ``overall rated by ...``, where it is written
    rounding_rule: RuleRef
    bands: tuple[Band | None, ...]  # by whole percentage 0..100
    band_names: tuple[str | None, ...]  # the rating of each, by whole percentage
    band_rules: dict[Band, RuleRef]
    overall_rules: dict[Band, RuleRef]
    discretion_rules: tuple[tuple[DiscretionRule, RuleRef], ...]  # the policy's standard rules
    kq_discretion_rules: tuple[tuple[DiscretionRule, RuleRef], ...]  # and key-question rules
    # Each test of the conditions as a function of one value, compiled when first asked.
    _passes: dict[Test, Callable[[str | None], bool]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def band_for(self, percent: int) -> Band | None:
        return self.bands[percent] if 0 <= percent <= 100 else None

    def passes(self, test: Test) -> Callable[[str | None], bool]:
        """Whether a value (as text; None: not given) passes ``test``, placed in order by its
        attribute's declaration. Compiled once per test."""
        found = self._passes.get(test)
        if found is None:
            attr = self.framework.attribute(test.name)
            found = self._passes[test] = conditions.passes(
                test, attr.rank if attr is not None else _no_rank
            )
        return found

    def default(self, name: str) -> str | None:
        """The value an attribute takes where a case does not give it (None: it has none)."""
        attr = self.framework.attribute(name)
        return None if attr is None else attr.default


def _no_rank(value: str) -> int | None:
    """The order of a name the version does not declare: none."""
    return None


def compile_framework(framework: Framework) -> Plan:
    """The plan of a framework, compiled on first use and kept with the framework."""
    found = framework.derived.get(_PLAN_KEY)
    if isinstance(found, Plan):
        return found
    plan = _compile(framework)
    framework.derived[_PLAN_KEY] = plan
    return plan


def _nearest_boundary(
    bands: tuple[Band, ...], band: Band | None, value: int
) -> tuple[int, int] | None:
    """Points from a percentage to the nearest boundary of its band, and that boundary."""
    if band is None:
        return None
    options = []
    if band.low > bands[0].low:
        options.append((value - band.low, band.low))
    if band.high < bands[-1].high:
        options.append((band.high + 1 - value, band.high + 1))
    return min(options) if options else None


def _rule(framework: Framework, text: str, span: Span) -> RuleRef:
    return RuleRef(text=text, span=span, framework=framework)


def _compile(fw: Framework) -> Plan:
    policy = fw.discretion
    scale = Scale.of(fw)
    std_rules = tuple(r for r in (policy.rules if policy else ()) if r.level == "standard")
    kq_rules = tuple(r for r in (policy.rules if policy else ()) if r.level == "key question")
    bands = tuple(fw.banding.band_for(p) for p in range(101))
    band_rules = {b: _rule(fw, b.rule_text, b.span) for b in fw.banding.bands}
    rules_by_percent = tuple(None if b is None else band_rules[b] for b in bands)
    bounds = tuple(b.low for b in fw.banding.bands[1:])
    rounding_rule = _rule(fw, f"percentage rounded {fw.banding.rounding}", fw.banding.rounding_span)
    slots: dict[Condition | None, int] = {None: 0}

    def slot(cond: Condition | None) -> int:
        return slots.setdefault(cond, len(slots))

    def needs(cond: Condition | None) -> tuple[str, ...]:
        if cond is None:
            return ()
        out = []
        for name in conditions.names(cond):
            attr = fw.attribute(name)
            if attr is None or attr.default is None:
                out.append(name)
        return tuple(out)

    standards: list[StandardPlan] = []
    key_questions: dict[str, KeyQuestionPlan] = {}
    prompts: dict[str, tuple[Prompt, KeyQuestionPlan]] = {}
    judged: dict[str, StandardPlan] = {}
    for domain in fw.domains:
        for std in domain.standards:
            kq_plans = []
            for kq in std.key_questions:
                admits = conditions.conjoin(domain.condition, kq.condition)
                parts = [c for c in (domain.condition, kq.condition) if c is not None]
                applies = " and ".join(conditions.text(c, 2) for c in parts) or "all cases"
                span = (
                    kq.condition_span
                    if kq.condition is not None
                    else domain.condition_span
                    if domain.condition is not None
                    else None
                )
                kp = KeyQuestionPlan(
                    key_question=kq,
                    standard=std,
                    domain=domain,
                    admits=admits,
                    domain_slot=slot(domain.condition),
                    own_slot=slot(kq.condition),
                    domain_needs=needs(domain.condition),
                    own_needs=needs(kq.condition),
                    strict_prompts=tuple(p.id for p in kq.prompts if not p.where_applicable),
                    applies=applies,
                    applies_rule=None
                    if span is None
                    else _rule(fw, f"applies to cases where {applies}", span),
                    prompts=kq.prompts,
                    rounding_rule=rounding_rule,
                    band_rules=rules_by_percent,
                    band_bounds=bounds,
                )
                kq_plans.append(kp)
                key_questions[kq.id] = kp
                for p in kq.prompts:
                    prompts[p.id] = (p, kp)
            covered = policy is not None and domain.id in policy.domains and not std.judged
            sp = StandardPlan(
                standard=std,
                domain=domain,
                rule=_rule(fw, std.rule.text, std.rated_by_span or std.span),
                form=rules.form_of(std.rule, scale),
                key_questions=tuple(kq_plans),
                kq_ids=frozenset(k.id for k in kq_plans),
                in_policy=covered,
                kq_policy=covered and bool(kq_rules),
                framework_id=fw.id,
                characteristics={
                    r.name: tuple(c.text.text for c in std.characteristics if c.rating == r.name)
                    for r in fw.ratings
                },
            )
            standards.append(sp)
            if std.judged:
                for kq in std.key_questions:
                    judged[kq.id] = sp
                    for p in kq.prompts:
                        judged[p.id] = sp
    score = {r.name: r.score for r in fw.ratings}
    kq_bands = fw.banding.bands
    up_to = {
        s: min(b.low for b in kq_bands if score[b.rating] > s)
        for s in score.values()
        if any(score[b.rating] > s for b in kq_bands)
    }
    down_to = {
        s: max(b.high for b in kq_bands if score[b.rating] < s)
        for s in score.values()
        if any(score[b.rating] < s for b in kq_bands)
    }
    return Plan(
        framework=fw,
        standards=tuple(standards),
        key_questions=key_questions,
        prompts=prompts,
        standard_by_id={s.id: s for s in standards},
        conditions=tuple(slots),
        judged_items=judged,
        known_items=frozenset(key_questions) | frozenset(prompts),
        judged_ids=frozenset(judged),
        declared_attributes=frozenset(a.name for a in fw.attributes),
        domain_attributes=fw.domain_attributes,
        nearest_boundary=tuple(
            _nearest_boundary(fw.banding.bands, bands[p], p) for p in range(101)
        ),
        score=score,
        rating_by_score={r.score: r.name for r in fw.ratings},
        top_score=max(score.values()),
        bottom_score=min(score.values()),
        round=rounder(fw.banding.rounding),
        up_to=up_to,
        down_to=down_to,
        eligible_when=tuple(measures.compile_rule(r.condition) for r in std_rules),
        kq_eligible_when=tuple(measures.compile_rule(r.condition) for r in kq_rules),
        scale=scale,
        overall=rules.overall_rule(fw),
        limit_rules=tuple(_rule(fw, lim.text, lim.span) for lim in fw.overall.limits),
        overall_rule=None
        if fw.overall.rule is None
        else _rule(fw, "overall " + fw.overall.rule.text, fw.overall.rule.span),
        rounding_rule=rounding_rule,
        bands=bands,
        band_names=tuple(None if b is None else b.rating for b in bands),
        band_rules=band_rules,
        overall_rules={
            b: _rule(fw, f"overall {b.low}..{b.high} {b.rating}", b.span) for b in fw.overall.bands
        },
        discretion_rules=tuple(
            (r, _rule(fw, f"eligible when {conditions.text(r.condition)}", r.span))
            for r in std_rules
        ),
        kq_discretion_rules=tuple(
            (
                r,
                _rule(
                    fw, f"eligible for key questions when {conditions.text(r.condition)}", r.span
                ),
            )
            for r in kq_rules
        ),
    )
