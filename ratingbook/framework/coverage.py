"""Which rules of a version the expectation files exercise (``ratingbook test --coverage``).

A rule is exercised when a test pins a figure it decided: a band edge when a test expects a
key question (or a standard rated by item scores) whose percentage lies on either side of a
band boundary (64 and 65, say); a decision table's row when a test expects a rating the row
gave; a limit, lowering the rating and not, when a test expects the overall rating; an
applicability condition, true and false, when a test expects a key question (for a domain's
condition, any key question of the domain) and the case data has a case for which the
condition holds and one for which it does not; a discretion trigger, true and false, when a
test expects a standard's rating, banded rating or eligibility and the trigger holds, or does
not; an overall band when a test expects the overall rating or score and the score falls in
it. Only tests that pass count. Rules are known by where they are written, so a rule a version inherits is exercised by a
test under the version that wrote it too. Undetermined figures exercise nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal

from ratingbook._record import record
from ratingbook.dsl.span import Span
from ratingbook.framework.conditions import Condition, text
from ratingbook.framework.evaluate.applicability import Applicability
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.expectations import Expectation, Outcome
from ratingbook.framework.model import Framework
from ratingbook.framework.plan import compile_framework
from ratingbook.framework.result import Result
from ratingbook.framework.rules import Table

Kind = Literal[
    "band edge", "applicability", "discretion trigger", "table row", "overall band", "limit"
]
KINDS: Final[tuple[Kind, ...]] = (
    "band edge",
    "applicability",
    "discretion trigger",
    "table row",
    "overall band",
    "limit",
)
Key = tuple[str, ...]


@record
class Target:
    """One thing a version's rules can be exercised on."""

    kind: Kind
    key: Key
    label: str  # ``64% (Requires improvement), below the 65% boundary``
    where: str  # ``file:line`` of the rule


def _where(span: Span | None) -> str:
    return "?" if span is None else f"{span.path}:{span.line}"


def targets(fw: Framework) -> tuple[Target, ...]:
    """Everything ``fw``'s rules can be exercised on, in the order the rules are written."""
    out: list[Target] = []
    bands = fw.banding.bands
    for lower, upper in zip(bands, bands[1:], strict=False):
        b = upper.low
        edge = ("edge", _where(lower.span), _where(upper.span))
        out.append(
            Target(
                kind="band edge",
                key=(*edge, str(b - 1)),
                label=f"{b - 1}% ({lower.rating}), just below the {b}% boundary",
                where=_where(lower.span),
            )
        )
        out.append(
            Target(
                kind="band edge",
                key=(*edge, str(b)),
                label=f"{b}% ({upper.rating}), on the {b}% boundary",
                where=_where(upper.span),
            )
        )
    plan = compile_framework(fw)
    seen: set[str] = set()
    for sp in plan.standards:
        if sp.standard.judged:
            continue
        for kp in sp.key_questions:
            conds: list[tuple[str, Span | None, Condition]] = []
            if kp.domain.condition is not None and kp.domain.id not in seen:
                seen.add(kp.domain.id)
                conds.append(
                    (f"domain {kp.domain.id}", kp.domain.condition_span, kp.domain.condition)
                )
            if kp.key_question.condition is not None:
                conds.append((kp.id, kp.key_question.condition_span, kp.key_question.condition))
            for name, span, cond in conds:
                for truth in ("true", "false"):
                    out.append(
                        Target(
                            kind="applicability",
                            key=("applies", _where(span), truth),
                            label=f"{name}: {text(cond)} is {truth} for a case",
                            where=_where(span),
                        )
                    )
    for rule, ref in (*plan.discretion_rules, *plan.kq_discretion_rules):
        for truth in ("true", "false"):
            out.append(
                Target(
                    kind="discretion trigger",
                    key=("discretion", ref.where, truth),
                    label=f"{rule.description or ref.text} holds: {truth}",
                    where=ref.where,
                )
            )
    # What each rule form can be exercised on beyond its bands: a decision table's rows.
    rows_seen: set[str] = set()
    for sp in plan.standards:
        for row in sp.standard.rule.rows:
            where = _where(row.span)
            if where not in rows_seen:
                rows_seen.add(where)
                out.append(
                    Target(
                        kind="table row",
                        key=("row", where),
                        label=f"{sp.standard.rule.form} row: {row.text}",
                        where=where,
                    )
                )
    if fw.overall.rule is not None:
        for row in fw.overall.rule.rows:
            where = _where(row.span)
            out.append(
                Target(
                    kind="table row",
                    key=("row", where),
                    label=f"overall decision table row: {row.text}",
                    where=where,
                )
            )
    for band in fw.overall.bands:
        out.append(
            Target(
                kind="overall band",
                key=("overall", _where(band.span)),
                label=f"overall {band.low}..{band.high} {band.rating}",
                where=_where(band.span),
            )
        )
    for limit in fw.overall.limits:
        where = _where(limit.span)
        for bites in ("lowers the rating", "leaves the rating as it is"):
            out.append(
                Target(
                    kind="limit",
                    key=("limit", where, bites),
                    label=f"{limit.text}: {bites}",
                    where=where,
                )
            )
    return tuple(out)


def exercised(e: Expectation, r: Result) -> set[Key]:
    """What one test exercises of the rules it was rated under."""
    found: set[Key] = set()
    expect = e.expect
    pinned_kqs = {str(k) for k in (expect.get("key_questions") or {})}
    pinned_stds = {
        str(sid)
        for sid, fields in (expect.get("standards") or {}).items()
        if set(fields or {}) & {"rating", "banded", "score", "discretion_eligible"}
    }
    fw = r.framework
    bands = fw.banding.bands
    plan = compile_framework(fw)
    for s in r.standards:
        j = s.judged
        if j is not None and j.percent is not None and s.id in pinned_stds:
            # Item scores banded: the standard's own percentage lies at a band edge.
            for lower, upper in zip(bands, bands[1:], strict=False):
                if j.percent in (upper.low - 1, upper.low):
                    found.add(("edge", _where(lower.span), _where(upper.span), str(j.percent)))
        for k in s.key_questions:
            if k.id not in pinned_kqs or k.percent is None or k.undetermined is not None:
                continue
            for lower, upper in zip(bands, bands[1:], strict=False):
                if k.percent in (upper.low - 1, upper.low):
                    edge = ("edge", _where(lower.span), _where(upper.span))
                    found.add((*edge, str(k.percent)))
            kd = k.discretion
            if kd is not None and (k.id in pinned_kqs or s.id in pinned_stds):
                for c in kd.checks:
                    if c.holds is not None:
                        found.add(("discretion", c.where, "true" if c.holds else "false"))
        d = s.discretion
        if s.id in pinned_stds and d is not None:
            for c in d.checks:
                if c.holds is not None:
                    found.add(("discretion", c.where, "true" if c.holds else "false"))
        form = s.plan.form
        if s.id in pinned_stds and isinstance(form, Table) and s.undetermined is None:
            finals = tuple(
                sorted(plan.score[k.final] for k in s.key_questions if k.final is not None)
            )
            i = form.row_for(finals) if finals else None
            if i is not None:
                found.add(("row", _where(form.rows[i].span)))
    o = r.overall
    if o.score is not None and set(expect.get("overall") or {}) & {"rating", "score"}:
        band = fw.overall.band_for(o.score)
        if band is not None:
            found.add(("overall", _where(band.span)))
    if (
        o.rating is not None
        and o.undetermined is None
        and "rating" in (expect.get("overall") or {})
    ):
        rule = fw.overall.rule
        if rule is not None and o.row is not None:
            found.add(("row", _where(rule.rows[o.row].span)))
        for n, limit in enumerate(fw.overall.limits):
            bites = "lowers the rating" if n in o.limits else "leaves the rating as it is"
            found.add(("limit", _where(limit.span), bites))
    if r.data.cases and pinned_kqs:
        masks = Applicability(plan, r.data, Problems(r.data))
        everyone = r.data.table.everyone
        domains_done: set[str] = set()
        for kp in plan.key_questions.values():
            if kp.id not in pinned_kqs:
                continue
            rated = r.key_question(kp.id)
            if rated is None or rated.undetermined is not None:
                continue
            domain = masks.mask(kp.domain_slot)
            if kp.domain.condition is not None and kp.domain.id not in domains_done:
                domains_done.add(kp.domain.id)
                where = _where(kp.domain.condition_span)
                if domain:
                    found.add(("applies", where, "true"))
                if everyone & ~domain:
                    found.add(("applies", where, "false"))
            if kp.key_question.condition is not None:
                own = masks.mask(kp.own_slot)
                where = _where(kp.key_question.condition_span)
                if domain & own:
                    found.add(("applies", where, "true"))
                if domain & ~own:
                    found.add(("applies", where, "false"))
    return found


@record
class VersionCoverage:
    """What the expectations exercise of one version's rules."""

    version: str
    targets: tuple[Target, ...]
    covered: frozenset[Key]

    def count(self, kind: Kind) -> tuple[int, int]:
        """How many of ``kind`` are exercised, of how many."""
        mine = [t for t in self.targets if t.kind == kind]
        return sum(t.key in self.covered for t in mine), len(mine)

    @property
    def missing(self) -> tuple[Target, ...]:
        return tuple(t for t in self.targets if t.key not in self.covered)

    @property
    def complete(self) -> bool:
        return not self.missing


def coverage(outcomes: Iterable[Outcome]) -> tuple[VersionCoverage, ...]:
    """For each version the tests rated under (in the order first met), what they exercise."""
    versions: dict[str, Framework] = {}
    found: set[Key] = set()
    for o in outcomes:
        r = o.result
        if r is None or not o.passed:
            continue  # a figure that does not hold tests nothing
        versions.setdefault(r.framework_id, r.framework)
        found |= exercised(o.expectation, r)
    return tuple(
        VersionCoverage(
            version=vid,
            targets=(ts := targets(fw)),
            covered=frozenset(t.key for t in ts if t.key in found),
        )
        for vid, fw in versions.items()
    )
