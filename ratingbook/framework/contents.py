"""A version as merged: every item and rule, each clause with the file and line that set it,
and its status against the version it is based on (``ratingbook show``).

A clause is *new* on an item the base does not have, *changed* when its value differs from
the base's, *restated* when the version's own file gives it again unchanged (perhaps cited
from a later document), and *inherited*
when it comes, unchanged, from a file below. An item takes the strongest status of its
clauses (changed, then restated, then inherited), and is *new* when the base lacks it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Final, Literal

from ratingbook._record import record
from ratingbook.dsl.span import Span
from ratingbook.framework import conditions
from ratingbook.framework.errors import InputError
from ratingbook.framework.model import (
    Characteristic,
    Domain,
    Framework,
    KeyQuestion,
    Prompt,
    Quote,
    Standard,
)

Status = Literal["new", "changed", "restated", "inherited"]
STATUSES: Final[tuple[Status, ...]] = ("new", "changed", "restated", "inherited")
ALL_CASES: Final = "all cases"
ALL_OF_THE_DOMAIN: Final = "all the cases its domain covers"
FORMAT: Final = "ratingbook/show-v1"


@record
class Clause:
    """One clause of an item or rule, its value as the language writes it, and where it is set."""

    what: str  # "wording", "applies to", "relevance", "score", "says", ...
    value: str
    cite: str | None  # where published: "wm_2020 line 504"
    where: str | None  # where set: "standards/yot/2020.framework:118"
    status: Status
    rule: bool  # decides ratings (applicability, where applicable, rated by, bands, ...)


@record
class Entry:
    """An item (domain, standard, key question, prompt) or a rule, with its clauses."""

    kind: str  # "domain", ..., "prompt"; "rating", "percentage", "band", "overall", ...
    id: str  # the item's id, or the rule's name (a rating, "rounding", ...)
    title: str  # the item's name or wording, or the rule as written
    status: Status
    where: str | None  # the statement that declared or restated it (or the first clause
    # the version's own file changes in place)
    clauses: tuple[Clause, ...]
    domain: str | None = None  # the domain an item belongs to (None for a rule)

    @property
    def label(self) -> str:
        return f"{self.kind} {self.id}"


@record
class Contents:
    """What ``ratingbook show`` lists: the version's items, then its rules."""

    id: str
    title: str
    path: str
    based_on: str | None
    base_path: str | None
    effective_from: str | None
    effective_until: str | None
    items: tuple[Entry, ...]
    rules: tuple[Entry, ...]
    selection: str | None = None  # "domain 2", "standard 2.2", with " (rules only)"

    def counts(self) -> dict[Status, int]:
        """How many items and rules shown have each status."""
        found = Counter(e.status for e in (*self.items, *self.rules))
        return {s: found[s] for s in STATUSES}


# ---------------------------------------------------------------------------- building

# (what, value, cite, span, rule): a clause before its status is known.
_Raw = tuple[str, str, str | None, Span | None, bool]


def _cite(cite: str) -> str | None:
    """A band's citation as the other clauses show theirs: ``wm_2020 line 878``."""
    return cite.removeprefix("from ").strip() or None


def _where(span: Span | None) -> str | None:
    return None if span is None or span.line == 0 else f"{span.path}:{span.line}"


def _quote(what: str, q: Quote | None, rule: bool = False) -> list[_Raw]:
    return [] if q is None else [(what, q.text, q.cited or None, q.span, rule)]


def _characteristics(chars: tuple[Characteristic, ...]) -> list[_Raw]:
    return [
        (f"characteristic ({c.rating})", c.text.text, c.text.cited or None, c.text.span, False)
        for c in chars
    ]


def _says(says: tuple[Quote, ...]) -> list[_Raw]:
    return [("says", q.text, q.cited or None, q.span, False) for q in says]


def _applies(
    condition: conditions.Condition | None, span: Span | None, everything: str = ALL_CASES
) -> _Raw:
    value = everything if condition is None else "cases where " + conditions.text(condition)
    return ("applies to", value, None, span, True)


def _domain(d: Domain) -> list[_Raw]:
    out: list[_Raw] = [("name", d.name, None, d.name_span or d.span, False)]
    out += _quote("intro", d.intro)
    out.append(_applies(d.condition, d.condition_span))
    if d.rated_by is not None:
        out.append(("rated by", d.rated_by, None, d.rated_by_span, True))
    if d.no_prompts is not None:
        out.append(("no prompts", d.no_prompts, None, d.no_prompts_span, False))
    return out + _characteristics(d.characteristics) + _says(d.says)


def _standard(s: Standard) -> list[_Raw]:
    out: list[_Raw] = [("name", s.name, None, s.name_span or s.span, False)]
    out += _quote("statement", s.statement)
    out.append(("rated by", s.rated_by, None, s.rated_by_span, True))
    if s.no_prompts is not None:
        out.append(("no prompts", s.no_prompts, None, s.no_prompts_span, False))
    return out + _characteristics(s.characteristics) + _says(s.says)


def _key_question(k: KeyQuestion) -> list[_Raw]:
    out = _quote("wording", k.text)
    out.append(_applies(k.condition, k.condition_span, ALL_OF_THE_DOMAIN))
    out += _quote("relevance", k.relevance)
    if k.where_applicable:
        out.append(("where applicable", "yes", None, k.where_applicable_span, True))
    if k.no_prompts is not None:
        out.append(("no prompts", k.no_prompts, None, k.no_prompts_span, False))
    return out


def _prompt(p: Prompt) -> list[_Raw]:
    out = _quote("wording", p.text)
    if p.where_applicable:
        out.append(("where applicable", "yes", None, p.where_applicable_span, False))
    return out


def _item_clauses(fw: Framework) -> Iterator[tuple[str, str, str, list[_Raw], Span, str]]:
    """(kind, id, title, clauses, span, domain) of every item, in the framework's order."""
    for d in fw.domains:
        yield "domain", d.id, d.name, _domain(d), d.span, d.id
        for s in d.standards:
            yield "standard", s.id, s.name, _standard(s), s.span, d.id
            for k in s.key_questions:
                yield "key question", k.id, k.text.text, _key_question(k), k.span, d.id
                for p in k.prompts:
                    yield "prompt", p.id, p.text.text, _prompt(p), p.span, d.id


def _rule_clauses(fw: Framework) -> Iterator[tuple[str, str, str, list[_Raw], Span | None]]:
    """(kind, id, title, clauses, span) of every rule and declaration."""
    for a in fw.attributes:
        value = a.declaration
        raw: list[_Raw] = [("declared", value, None, a.span, True)]
        if a.description:
            raw.append(("meaning", a.description, None, a.span, False))
        yield "attribute", a.name, value, raw, a.span
    for r in fw.ratings:
        yield (
            "rating",
            r.name,
            f"score {r.score}",
            [("score", str(r.score), None, r.span, True)],
            r.span,
        )
    banding = fw.banding
    yield (
        "percentage",
        "rounding",
        f"rounded {banding.rounding}",
        [("rounded", banding.rounding, None, banding.rounding_span, True), *_says(banding.says)],
        banding.rounding_span,
    )
    for b in banding.bands:
        text = b.rule_text.removeprefix("band ")
        yield "band", b.rating, text, [("band", text, _cite(b.cite), b.span, True)], b.span
    overall = fw.overall
    scored = sum(len(d.standards) for d in fw.domains)
    yield (
        "overall",
        "scale",
        f"{overall.low}..{overall.high}",
        [
            (
                "scale",
                f"{overall.low}..{overall.high} ({scored} standards scored "
                f"{min(r.score for r in fw.ratings)}..{fw.top_score})",
                None,
                None,
                True,
            ),
            *_says(overall.says),
        ],
        None,
    )
    for b in overall.bands:
        text = f"{b.low}..{b.high} {b.rating}"
        yield "overall band", b.rating, text, [("band", text, _cite(b.cite), b.span, True)], b.span
    policy = fw.discretion
    if policy is not None:
        raw = [("in domains", ", ".join(policy.domains), None, policy.span, True)]
        for rule in policy.rules:
            condition = conditions.text(rule.condition)
            described = f'{condition} "{rule.description}"' if rule.description else condition
            raw.append(("eligible when", described, None, rule.span, True))
        yield (
            "discretion",
            "policy",
            "in domains " + ", ".join(policy.domains),
            raw + _says(policy.says),
            policy.span,
        )


def _statuses(
    raw: list[_Raw], base: list[_Raw] | None, own: str
) -> tuple[Status, tuple[Clause, ...]]:
    """Each clause's status against the base item's clauses, and the item's own."""
    if base is None:
        clauses = tuple(
            Clause(what=w, value=v, cite=c, where=_where(s), status="new", rule=r)
            for w, v, c, s, r in raw
        )
        return "new", clauses
    # A clause is compared by its value: the same words cited from another document (a
    # later report publishing them again) are restated, not changed.
    before: dict[str, list[str]] = {}
    for w, v, *_ in base:
        before.setdefault(w, []).append(v)
    out = []
    for w, v, c, s, r in raw:
        status: Status
        if v not in before.get(w, []):
            status = "changed"
        elif s is not None and s.path == own:
            status = "restated"
        else:
            status = "inherited"
        out.append(Clause(what=w, value=v, cite=c, where=_where(s), status=status, rule=r))
    dropped = {w for w, *_ in base} - {w for w, *_ in raw}
    statuses = {c.status for c in out}
    item: Status = (
        "changed"
        if dropped or "changed" in statuses
        else "restated"
        if "restated" in statuses
        else "inherited"
    )
    return item, tuple(out)


def contents(framework: Framework, base: Framework | None) -> Contents:
    """The version's items and rules, each clause with where it is set and its status."""
    own = framework.path
    base_items = {} if base is None else {(k, i): c for k, i, _, c, _, _ in _item_clauses(base)}
    base_rules = {} if base is None else {(k, i): c for k, i, _, c, _ in _rule_clauses(base)}
    items = []
    for kind, item_id, title, raw, span, domain in _item_clauses(framework):
        before = base_items.get((kind, item_id)) if base is not None else None
        status, clauses = _statuses(raw, before, own)
        where = _where(span)
        if span.path != own:
            # Changed in place (`change KIND ID`): where the change is written, not the base.
            here = [c.where for c in clauses if c.where and c.where.startswith(own + ":")]
            where = here[0] if here else where
        items.append(
            Entry(
                kind=kind,
                id=item_id,
                title=title,
                status=status,
                where=where,
                clauses=clauses,
                domain=domain,
            )
        )
    rules = []
    for kind, name, title, raw, rule_span in _rule_clauses(framework):
        before = base_rules.get((kind, name)) if base is not None else None
        status, clauses = _statuses(raw, before, own)
        rules.append(
            Entry(
                kind=kind,
                id=name,
                title=title,
                status=status,
                where=_where(rule_span),
                clauses=clauses,
            )
        )
    return Contents(
        id=framework.id,
        title=framework.title,
        path=framework.path,
        based_on=framework.based_on,
        base_path=None if base is None else base.path,
        effective_from=framework.effective_from,
        effective_until=framework.effective_until,
        items=tuple(items),
        rules=tuple(rules),
    )


def _rules_of(e: Entry) -> Entry:
    """An entry with only the clauses that decide ratings, and the status they give it."""
    clauses = tuple(x for x in e.clauses if x.rule)
    found = {x.status for x in clauses}
    status: Status
    if e.status == "new":
        status = "new"
    elif "changed" in found:
        status = "changed"
    elif "restated" in found:
        status = "restated"
    else:
        status = "inherited"
    return Entry(
        kind=e.kind,
        id=e.id,
        title=e.title,
        status=status,
        where=e.where,
        clauses=clauses,
        domain=e.domain,
    )


def select(
    c: Contents,
    *,
    domain: str | None = None,
    standard: str | None = None,
    rules_only: bool = False,
) -> Contents:
    """Only one domain's or one standard's items (without the version's rules), and with
    ``rules_only`` only the clauses that decide ratings (no prompts, no published prose)."""
    items = c.items
    rules = c.rules
    parts = []
    if standard is not None:
        known = [e.id for e in items if e.kind == "standard"]
        if standard not in known:
            raise InputError(
                f"{c.id} has no standard {standard}; its standards are {', '.join(known)}"
            )
        parent = standard.split(".")[0]
        items = tuple(
            e
            for e in items
            if (e.kind == "domain" and e.id == parent)
            or e.id == standard
            or e.id.startswith(standard + ".")
        )
        rules, parts = (), [f"standard {standard}"]
    elif domain is not None:
        known = [e.id for e in items if e.kind == "domain"]
        if domain not in known:
            raise InputError(f"{c.id} has no domain {domain}; its domains are {', '.join(known)}")
        items = tuple(e for e in items if e.domain == domain)
        rules, parts = (), [f"domain {domain}"]
    if rules_only:
        items = tuple(_rules_of(e) for e in items if e.kind != "prompt")
        rules = tuple(_rules_of(e) for e in rules)
        parts.append("rules only")
    return Contents(
        id=c.id,
        title=c.title,
        path=c.path,
        based_on=c.based_on,
        base_path=c.base_path,
        effective_from=c.effective_from,
        effective_until=c.effective_until,
        items=items,
        rules=rules,
        selection=", ".join(parts) or None,
    )
