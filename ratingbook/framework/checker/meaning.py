"""What the conditions of a version mean, checked exactly (:mod:`.satisfiable`): a condition
that can never hold, one that always holds, one its domain's condition makes impossible or
makes say nothing, and a change of an inherited condition that changes nothing. Each is
reported at the condition this version wrote, with the values that show it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from ratingbook.dsl import ast
from ratingbook.dsl.span import Span
from ratingbook.framework import codes, rules
from ratingbook.framework import conditions as cond_model
from ratingbook.framework.checker.conditions import compile_condition
from ratingbook.framework.checker.findings import Findings, Lineage
from ratingbook.framework.checker.satisfiable import (
    OTHER,
    Decision,
    Space,
    Variable,
    decidable,
    decide,
    differs,
    shown,
)
from ratingbook.framework.ids import ranges as id_ranges
from ratingbook.framework.model import (
    Band,
    Banding,
    DiscretionPolicy,
    Domain,
    OverallScale,
    RatingLevel,
    Rule,
    Standard,
)
from ratingbook.framework.rules.base import PartRange, Scale, ShareRange


def variables_of(attributes: Mapping[str, ast.AttributeDecl]) -> dict[str, Variable]:
    """The case attributes as the variables conditions test."""
    return {
        a.name: Variable(
            name=a.name,
            kind=a.kind,
            values=tuple(str(v.value) for v in a.values),
            low=a.range.low if a.range is not None else None,
            high=a.range.high if a.range is not None else None,
        )
        for a in attributes.values()
    }


def _values(names: Sequence[str], space: Space) -> str:
    """``disposal (court, out-of-court) and harm_factors (yes, no)``: the values tried."""

    def one(name: str) -> str:
        vs = [
            "another value" if v == OTHER else cond_model.Value(value=v).text()
            for v in space.values.get(name, ())
        ]
        return f"{name} ({', '.join(vs)})"

    parts = [one(n) for n in names]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


class _Meaning:
    __slots__ = ("variables", "findings", "lineage")

    def __init__(
        self, variables: Mapping[str, Variable], findings: Findings, lineage: Lineage
    ) -> None:
        self.variables = variables
        self.findings = findings
        self.lineage = lineage

    def written_here(self, span: Span | None) -> bool:
        return span is not None and not self.lineage.inherited(span)

    def alone(
        self, cond: cond_model.Condition, span: Span, what: str, counted: str, space: Space
    ) -> Decision:
        """A condition that never holds (an error: nothing is counted) or always holds (a
        warning: it leaves out nothing, which is seldom what was meant)."""
        found = decide(cond, space)
        names = cond_model.names(cond)
        if found.never:
            self.findings.error(
                codes.NEVER_HOLDS,
                f"the condition of {what} can never hold: it is false whatever the values of "
                f"{_values(names, space)}",
                span,
                f"no case would ever count for {what}, so {counted}; check each value and each "
                "'and', 'or' and 'not' against the cases meant",
            )
        elif found.always:
            self.findings.warn(
                codes.ALWAYS_HOLDS,
                f"the condition of {what} always holds: it is true whatever the values of "
                f"{_values(names, space)}, so it leaves out no case",
                span,
                "remove it, or write the condition meant (a change clears an inherited one "
                "with 'applies to all cases')",
            )
        return found

    def key_question(
        self, cond: cond_model.Condition, span: Span, k_id: str, d: Domain, space: Space
    ) -> None:
        """A key question's condition, on top of its domain's."""
        what = f"key question {k_id}"
        alone = self.alone(
            cond, span, what, "it would have no band and be left out of its standard", space
        )
        if alone.never or alone.always or d.condition is None:
            return
        scoped = decide(cond, space, within=d.condition)
        domain_text = cond_model.text(d.condition)
        if scoped.never:
            outside = alone.holds or {}
            self.findings.error(
                codes.NEVER_HOLDS,
                f"no case can reach {what}: domain {d.id} applies to cases where {domain_text}, "
                f"and for those this condition is false (it holds only for cases such as "
                f"{shown(outside)}, which are not in domain {d.id})",
                span,
                f"a key question's condition applies on top of its domain's: write it for the "
                f"cases of domain {d.id}",
            )
        elif scoped.always:
            self.findings.warn(
                codes.ALWAYS_HOLDS,
                f"the condition of {what} leaves out no case of domain {d.id}: the domain "
                f"applies to cases where {domain_text}, and every such case meets it",
                span,
                "remove it, or write the condition meant",
            )

    def unchanged(
        self,
        cond: cond_model.Condition | None,
        span: Span,
        k_id: str,
        d: Domain,
        variables: Mapping[str, Variable],
    ) -> None:
        """A change of an inherited key question's condition that admits the same cases."""
        before = self.lineage.applies.get(("key question", k_id))
        if before is None or cond is None:
            return
        old = compile_condition(before)
        if old == cond or not decidable(old, variables):
            return
        space = Space.of(variables, [cond, old, d.condition])
        if differs(cond, old, space, within=d.condition) is not None:
            return
        self.findings.warn(
            codes.CHANGES_NOTHING,
            f"this condition changes nothing: for the cases of domain {d.id} it admits exactly "
            f"those that the inherited condition, {cond_model.text(old)} "
            f"({before.span.path} line {before.span.line}), admits",
            span,
            "remove the change, or write the condition meant",
        )


def check_meaning(
    domains: Sequence[Domain],
    attributes: Mapping[str, ast.AttributeDecl],
    findings: Findings,
    lineage: Lineage,
) -> None:
    """Every condition this version wrote, decided over the values its attributes can take."""
    variables = variables_of(attributes)
    meaning = _Meaning(variables, findings, lineage)
    for d in domains:
        if d.condition is not None and d.condition_span is not None:
            if meaning.written_here(d.condition_span) and decidable(d.condition, variables):
                space = Space.of(variables, [d.condition])
                meaning.alone(
                    d.condition,
                    d.condition_span,
                    f"domain {d.id}",
                    "none of its standards could be rated",
                    space,
                )
        domain_ok = d.condition is None or decidable(d.condition, variables)
        for s in d.standards:
            for k in s.key_questions:
                cond, span = k.condition, k.condition_span
                if cond is None or span is None or not meaning.written_here(span):
                    continue
                if not domain_ok or not decidable(cond, variables):
                    continue
                space = Space.of(variables, [cond, d.condition])
                meaning.key_question(cond, span, k.id, d, space)
                meaning.unchanged(cond, span, k.id, d, variables)


# ---------------------------------------------------------------------------- discretion

_PERCENT_MEASURES = ("lowest_percent", "boundary_distance")


def _distance(bands: Sequence[Band], percent: int) -> int | None:
    """Points from a percentage to the nearest boundary of its band (as the evaluator has it:
    the first band has no lower boundary, the last no upper one)."""
    band = next((b for b in bands if b.contains(percent)), None)
    if band is None:
        return None
    options = []
    if band.low > bands[0].low:
        options.append(percent - band.low)
    if band.high < bands[-1].high:
        options.append(band.high + 1 - percent)
    return min(options) if options else None


def _worlds(
    rule: cond_model.Condition, bands: Sequence[Band], space: Space
) -> list[tuple[int | None, dict[str, str]]]:
    """Every combination of measure values a standard can show, as far as ``rule`` can tell
    them apart: each whole percentage with the boundary distance the bands give it, times the
    representative values of the other measures it tests. Each with its percentage (None when
    the rule tests neither percentage measure)."""
    names = cond_model.names(rule)
    others = [n for n in names if n not in _PERCENT_MEASURES and n in space.values]
    combos = list(space.every(others))
    if not any(n in _PERCENT_MEASURES for n in names):
        return [(None, c) for c in combos]
    out: list[tuple[int | None, dict[str, str]]] = []
    for p in range(bands[0].low, bands[-1].high + 1):
        d = _distance(bands, p)
        if d is None:
            continue  # no band: no rating, so no measures
        fixed = {"lowest_percent": str(p), "boundary_distance": str(d)}
        out += [(p, {**fixed, **c}) for c in combos]
    return out


def check_discretion_meaning(
    policy: DiscretionPolicy | None,
    banding: Banding | None,
    findings: Findings,
    lineage: Lineage,
) -> None:
    """Each discretion rule this version wrote, over every figure a standard can show: one
    that can never hold, one that always holds (every standard eligible), and one that holds
    at every percentage of a band (a threshold wider than the band)."""
    if policy is None or banding is None or not banding.bands:
        return
    bands = banding.bands
    variables = {
        "lowest_percent": Variable(
            name="lowest_percent", kind="measure", low=bands[0].low, high=bands[-1].high
        ),
        "boundary_distance": Variable(name="boundary_distance", kind="measure", low=0),
        "judgements_to_change": Variable(name="judgements_to_change", kind="measure", low=1),
        "sample_size": Variable(name="sample_size", kind="measure", low=1),
    }
    for rule in policy.rules:
        cond = rule.condition
        if lineage.inherited(rule.span) or not decidable(cond, variables):
            continue
        space = Space.of(variables, [cond])
        worlds = _worlds(cond, bands, space)
        truths = [(p, w, space.holds(cond, w) is True) for p, w in worlds]
        shown_rule = cond_model.text(cond)
        tested = _values_of_measures(cond, bands, space)
        if not any(t for _, _, t in truths):
            findings.error(
                codes.NEVER_HOLDS,
                f"'eligible when {shown_rule}' can never hold: {tested}",
                rule.span,
                "no standard would ever be eligible by this rule; check the number and the "
                "comparison (<, <=, >, >=)",
            )
            continue
        if all(t for _, _, t in truths):
            findings.error(
                codes.ALWAYS_HOLDS,
                f"'eligible when {shown_rule}' always holds, so every standard would be "
                f"eligible for discretion: {tested}",
                rule.span,
                "check the number (a threshold of 50 typed for 5 makes every standard eligible)",
            )
            continue
        if "boundary_distance" not in cond_model.names(cond):
            continue
        whole = [
            b
            for b in bands
            if all(t for p, _, t in truths if p is not None and b.contains(p))
            and _distance(bands, b.low) is not None
        ]
        if whole:
            widest = min(
                max(d for p in range(b.low, b.high + 1) if (d := _distance(bands, p)) is not None)
                for b in whole
            )
            findings.warn(
                codes.ALWAYS_HOLDS,
                f"'eligible when {shown_rule}' holds at every percentage of "
                + " and ".join(f"band {b.low}..{b.high} ({b.rating})" for b in whole)
                + ": the threshold is wider than the band, so every standard whose lowest key "
                "question falls in it would be eligible",
                rule.span,
                f"a threshold of at most {widest - 1} leaves part of each band out",
            )


def _values_of_measures(cond: cond_model.Condition, bands: Sequence[Band], space: Space) -> str:
    """What the measures a rule tests can be, in words."""
    parts = []
    for name in cond_model.names(cond):
        if name == "boundary_distance":
            ds = [
                d
                for p in range(bands[0].low, bands[-1].high + 1)
                if (d := _distance(bands, p)) is not None
            ]
            parts.append(
                f"with bands {', '.join(f'{b.low}..{b.high}' for b in bands)}, boundary_distance "
                f"runs {min(ds)}..{max(ds)}"
            )
        elif name == "lowest_percent":
            parts.append(f"lowest_percent runs {bands[0].low}..{bands[-1].high}")
        elif name in ("judgements_to_change", "sample_size"):
            parts.append(f"{name} is 1 or more")
    return "; ".join(parts)


# ---------------------------------------------------------------------------- ratings


def _covers(bands: Sequence[Band], low: int, high: int) -> bool:
    """Whether the bands cover low..high without gaps or overlaps (else that is reported)."""
    expected = low
    for b in sorted(bands, key=lambda b: b.low):
        if b.low != expected:
            return False
        expected = b.high + 1
    return expected == high + 1


def check_reachable(
    levels: Sequence[RatingLevel] | None,
    banding: Banding | None,
    overall: OverallScale | None,
    domains: Sequence[Domain],
    findings: Findings,
    lineage: Lineage,
) -> None:
    """A declared rating that no key-question band gives, while standards are rated by their
    key questions' bands (none of them could be given it); and an overall band that no total
    of the standards' scores reaches. Both before any discretion; both reported at the line
    of this version that made them so (an overall band the base has is named in a note)."""
    if not levels or banding is None or overall is None:
        return
    if not _covers(banding.bands, 0, 100) or (
        overall.bands and not _covers(overall.bands, overall.low, overall.high)
    ):
        return  # the gap or overlap is reported
    score = {r.name: r.score for r in levels}
    scale = Scale(
        rounding=banding.rounding,
        bands=banding.bands,
        score=score,
        names={r.score: r.name for r in levels},
    )
    # The scores each standard can be given, before discretion, by its rule's form: a judged
    # rating any; a decision table its rows' (checked with the table); the others, every
    # combination of their key questions' bands (the form's own analysis says which).
    band_scores = frozenset(score[b.rating] for b in banding.bands if b.rating in score)
    every_band = PartRange(
        bands=band_scores, shares=ShareRange(low=Fraction(0), high=Fraction(100))
    )
    banded: list[Standard] = []
    can: dict[str, set[int]] = {}
    known: dict[tuple[Rule, int], set[int]] = {}  # standards alike are worked out once
    for d in domains:
        for s in d.standards:
            form = rules.form_of(s.rule, scale)
            if isinstance(form, rules.Judgement):
                can[s.id] = set(score.values())
            elif isinstance(form, rules.Table):
                can[s.id] = {score[r.rating] for r in s.rule.rows if r.rating in score}
            elif isinstance(form, rules.ItemScores):
                banded.append(s)
                can[s.id] = set(band_scores)
            else:
                banded.append(s)
                key = (s.rule, len(s.key_questions))
                if key not in known:
                    parts = [every_band] * max(1, len(s.key_questions))
                    known[key] = {o for o in form.possible(parts) if o is not None}
                can[s.id] = known[key]
    given = {b.rating for b in banding.bands}
    edited = [
        b.span
        for b in banding.bands
        if not lineage.inherited(b.span) and (b.low, b.high, b.rating) not in lineage.bands
    ]
    own_bands = edited or [b.span for b in banding.bands if not lineage.inherited(b.span)]
    own_levels = [r.span for r in levels if not lineage.inherited(r.span)]
    missing = [r.name for r in levels if r.name not in given] if banded else []
    possible = {0}
    for d in domains:
        for s in d.standards:
            if s.scored and can[s.id]:
                possible = {p + o for p in possible for o in can[s.id]}
    lowest, highest = min(possible), max(possible)
    unreached = [b for b in overall.bands if not any(b.contains(p) for p in possible)]
    if overall.rule is not None:
        unreached = []  # the overall rating comes from its rule, not from these bands

    def first(spans: Sequence[Span]) -> Span:
        return min(spans, key=lambda sp: (sp.line, sp.col))

    inherited_unreached = [b for b in unreached if lineage.inherited(b.span)]
    if missing:
        at = own_bands or own_levels or ([] if lineage.based else [levels[-1].span])
        names = " or ".join(missing)
        if at:
            findings.error(
                codes.UNREACHABLE,
                f"no key-question band gives {names}: the {len(banded)} standards rated by "
                f"their key questions' bands ({id_ranges([s.id for s in banded])}) could never "
                f"be rated {names}",
                first(at),
                "the bands are "
                + ", ".join(f"{b.low}..{b.high} {b.rating}" for b in banding.bands)
                + f"; give {names} a band (the bands still cover 0..100 without overlaps)",
                *(
                    f"so overall band {b.low}..{b.high} {b.rating} can never be reached either: "
                    f"the standards' scores add up to {lowest}..{highest}"
                    for b in inherited_unreached
                ),
            )
            unreached = [b for b in unreached if not lineage.inherited(b.span)]
    for b in unreached:
        at = [b.span] if not lineage.inherited(b.span) else own_bands or own_levels
        if not at:
            continue  # as the base version has it: reported there
        findings.error(
            codes.UNREACHABLE,
            f"overall band {b.low}..{b.high} {b.rating} can never be reached: the standards' "
            f"scores add up to {lowest}..{highest}",
            first(at),
            "restate the overall bands for the totals the standards can reach, or the "
            "key-question bands so that every rating can be given",
        )


# ---------------------------------------------------------------------------- attributes


def check_restated_defaults(
    domains: Sequence[Domain],
    attributes: Mapping[str, ast.AttributeDecl],
    findings: Findings,
    lineage: Lineage,
) -> None:
    """An attribute restated with another default: for every case that does not state it,
    each condition that tests it may now decide otherwise, without a word in those
    conditions. Reported at the attribute, naming the conditions whose cases change."""
    variables = variables_of(attributes)
    for name, decl in attributes.items():
        old = lineage.attributes.get(name)
        if old is None or lineage.inherited(decl.span):
            continue
        if old.default is None or decl.default is None:
            continue  # a case that must state it and does not is refused in the data: not silent
        before, now = str(old.default.value), str(decl.default.value)
        if before == now:
            continue
        changed = []
        for d in domains:
            owners = [(f"domain {d.id}", d.condition)] + [
                (f"key question {k.id}", k.condition) for s in d.standards for k in s.key_questions
            ]
            for label, cond in owners:
                if cond is None or name not in cond_model.names(cond):
                    continue
                if not decidable(cond, variables):
                    continue
                space = Space.of(variables, [cond])
                others = [n for n in cond_model.names(cond) if n != name and n in space.values]
                if any(
                    space.holds(cond, {**row, name: before})
                    != space.holds(cond, {**row, name: now})
                    for row in space.every(others)
                ):
                    changed.append(label)
        if not changed:
            continue
        domains_hit = [c.split()[-1] for c in changed if c.startswith("domain")]
        questions = [c.split()[-1] for c in changed if c.startswith("key question")]
        named = [
            *(
                [f"domain{'s' * (len(domains_hit) > 1)} {_listed(domains_hit)}"]
                if domains_hit
                else []
            ),
            *(
                [f"key question{'s' * (len(questions) > 1)} {_listed(questions)}"]
                if questions
                else []
            ),
        ]
        findings.warn(
            codes.CHANGES_CASES,
            f"the default of {name} changes from {before} to {now}: for every case that does "
            f"not state {name}, the conditions of {' and '.join(named)} now decide otherwise",
            decl.default.span,
            f"if that is meant, the cases those count change from this version on; if not, "
            f"restate it with 'default {before}', as {lineage.base_id} has it",
        )


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
