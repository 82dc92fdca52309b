"""A version as a handbook for people (``ratingbook publish``): its items in reading order, who
each applies to in plain words, and how ratings are worked out, all generated from the rules.

Nothing here is copied from the rules' published prose (``says``): the number of standards,
the range of the overall score, the band thresholds and the discretion triggers are computed
from the model, so the handbook cannot say "ten standards, 0-30 scale" of a version whose
rules score twelve standards from 0 to 36.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Final, assert_never

from ratingbook.framework.arithmetic import round_percent
from ratingbook.framework.conditions import Condition, Logic, Test, evaluate
from ratingbook.framework.measures import MEASURES
from ratingbook.framework.model import (
    Attribute,
    Band,
    Domain,
    Framework,
    KeyQuestion,
    Quote,
    Standard,
)
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.rules import form_class

NOT_APPLICABLE: Final = "Inspectors may answer “not applicable” for a case."
_OPS: Final = {
    "<": "less than",
    "<=": "at most",
    ">": "more than",
    ">=": "at least",
}


# ---------------------------------------------------------------------------- plain words


def _list(words: list[str], last: str = "or") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


# How an order comparison reads, by the kind of value compared (a measure reads as a number).
_ORDER_WORDS: Final[dict[str, dict[str, str]]] = {
    "number": _OPS,
    "ordered": {"<": "lower than", "<=": "{} or lower", ">": "higher than", ">=": "{} or higher"},
    "date": {"<": "before", "<=": "on or before", ">": "after", ">=": "on or after"},
}
_FLIPPED: Final = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def _test(t: Test, attributes: Mapping[str, Attribute], negated: bool) -> str:
    name = t.name
    values = [str(v.value) for v in t.values]
    attr = attributes.get(name)
    subject = name.replace("_", " ")
    if name in MEASURES:
        measure = MEASURES[name].split(",")[0]
        subject = measure if measure.startswith("the ") else "the number of " + measure
    if t.op == "is":
        meaning = attr.description if attr is not None and attr.description else None
        if meaning:
            return f"it is not the case that {meaning}" if negated else meaning
        return f"{subject} is {'no' if negated else 'yes'}"
    if t.op in ("in", "not in"):
        inside = (t.op == "in") != negated
        if inside:
            return f"{subject} is {_list(values)}"
        if len(values) == 1:
            return f"{subject} is not {values[0]}"
        return f"{subject} is none of {_list(values)}"
    value = values[0]
    if t.op in ("=", "!="):
        equal = (t.op == "=") != negated
        return f"{subject} is {value}" if equal else f"{subject} is not {value}"
    op = _FLIPPED[t.op] if negated else t.op
    kind = attr.kind if attr is not None and attr.kind in _ORDER_WORDS else "number"
    words = _ORDER_WORDS[kind][op]
    return (
        f"{subject} is {words.format(value)}" if "{}" in words else f"{subject} is {words} {value}"
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Words:
    """A condition in words, and its negation, from the one fold over conditions: ``not``
    is pushed down to the tests, so it reads as it means (De Morgan)."""

    holds: str
    fails: str
    joined: bool = False  # made of several parts: bracketed inside another condition


def _join(parts: list[_Words], texts: list[str], word: str) -> str:
    inner = [f"({t})" if p.joined else t for p, t in zip(parts, texts, strict=True)]
    out = _list(inner, word)
    return f"either {out}" if word == "or" and len(inner) > 1 else out


def _all(parts: list[_Words]) -> _Words:
    return _Words(
        holds=_join(parts, [p.holds for p in parts], "and"),
        fails=_join(parts, [p.fails for p in parts], "or"),
        joined=len(parts) > 1,
    )


def _any(parts: list[_Words]) -> _Words:
    return _Words(
        holds=_join(parts, [p.holds for p in parts], "or"),
        fails=_join(parts, [p.fails for p in parts], "and"),
        joined=len(parts) > 1,
    )


_PLAIN_WORDS: Final[Logic[_Words]] = Logic(
    all=_all,
    any=_any,
    not_=lambda w: _Words(holds=w.fails, fails=w.holds, joined=w.joined),
)


def english(cond: Condition, attributes: Mapping[str, Attribute]) -> str:
    """A condition in plain words: ``there are factors related to keeping other people safe
    and rosh is not low``. Attributes with a description are said by it; an order reads by
    its kind (``rosh is medium or higher``, ``disposal date is on or after 2020-06-01``)."""

    def test(t: Test) -> _Words:
        return _Words(holds=_test(t, attributes, False), fails=_test(t, attributes, True))

    return evaluate(cond, test, _PLAIN_WORDS).holds


# ---------------------------------------------------------------------------- the handbook


@dataclass(frozen=True, slots=True, kw_only=True)
class Published:
    """Published wording and where it was published (``wm_2020 line 504``, or nothing)."""

    text: str
    cite: str | None


def _published(q: Quote | None) -> Published | None:
    return None if q is None else Published(text=q.text, cite=q.cited or None)


@dataclass(frozen=True, slots=True, kw_only=True)
class PromptEntry:
    id: str
    text: Published
    not_applicable: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyQuestionEntry:
    id: str
    text: Published
    applies_to: str | None  # in plain words; None for a standard rated by judgement
    relevance: Published | None
    not_applicable: bool
    prompts: tuple[PromptEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class StandardEntry:
    id: str
    name: str
    statement: Published | None
    rated_by: str  # a sentence
    characteristics: tuple[tuple[str, Published], ...]
    key_questions: tuple[KeyQuestionEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DomainEntry:
    id: str
    name: str
    intro: Published | None
    covers: str | None  # which cases, in plain words (None when no standard is rated from cases)
    standards: tuple[StandardEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class BandRow:
    low: int
    high: int
    rating: str
    label: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RatingsExplained:
    """How ratings are worked out, every figure taken from the rules."""

    scores: tuple[tuple[str, int], ...]  # highest first
    percentage: Phrase
    rounding: Phrase
    bands: tuple[BandRow, ...]  # lowest first
    standard_rules: tuple[Phrase, ...]  # one sentence per domain
    standards_scored: int
    overall_low: int
    overall_high: int
    overall: Phrase
    overall_bands: tuple[BandRow, ...]
    discretion: Phrase | None
    discretion_triggers: tuple[Phrase, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Handbook:
    id: str
    title: str
    effective: str
    based_on: str | None
    draft: bool
    sources: tuple[tuple[str, str, str | None], ...]  # id (as cited), title, when published
    case_facts: tuple[tuple[str, str], ...]  # attribute name, what it records and its values
    domains: tuple[DomainEntry, ...]
    ratings: RatingsExplained


def _rated_by(s: Standard) -> str:
    """How the standard is rated, in its rule form's own words (and a table's rows), and
    whether it counts towards the overall score."""
    form = form_class(s.rule.form)
    n, m = (s.rule.params + (0, 0))[:2]
    text = form.handbook.format(n=n, m=m)
    if s.rule.rows:
        text += " " + " ".join(
            f"{'Otherwise' if not r.when else f'Row {i}:'} {r.text}."
            for i, r in enumerate(s.rule.rows, 1)
        )
    if not s.scored:
        text += " It is not added to the overall score."
    return text


def _covers(d: Domain, attributes: Mapping[str, Attribute]) -> str | None:
    if all(s.judged for s in d.standards):
        return None
    if d.condition is None:
        return "Every case."
    return f"Cases where {english(d.condition, attributes)}."


def _applies(d: Domain, k: KeyQuestion, attributes: Mapping[str, Attribute]) -> str:
    parts = [english(c, attributes) for c in (d.condition, k.condition) if c is not None]
    if not parts:
        return "Every case."
    if len(parts) == 1 and k.condition is None:
        return f"Every case of the domain: cases where {parts[0]}."
    return "Cases where " + ", and where ".join(parts) + "."


def _band_rows(bands: tuple[Band, ...]) -> tuple[BandRow, ...]:
    return tuple(BandRow(low=b.low, high=b.high, rating=b.rating, label=b.label) for b in bands)


def _ratings(fw: Framework, attributes: Mapping[str, Attribute]) -> RatingsExplained:
    mode = fw.banding.rounding
    examples = [Fraction(129, 2), Fraction(131, 2), Fraction(643, 10)]
    shown = tuple((float(x), round_percent(x, mode)) for x in examples)
    scores = tuple((r.name, r.score) for r in sorted(fw.ratings, key=lambda r: -r.score))
    lowest, top = min(r.score for r in fw.ratings), max(r.score for r in fw.ratings)
    per_domain = [(d, sum(1 for s in d.standards if s.scored)) for d in fw.domains]
    scored = sum(n for _, n in per_domain)
    low, high = scored * lowest, scored * top
    counts = tuple((d.id, n) for d, n in per_domain if n)
    rules = []
    for d in fw.domains:
        kinds = {s.rule.form for s in d.standards}
        unscored = tuple(s.id for s in d.standards if not s.scored)
        rules.append(
            said(
                Say.HANDBOOK_DOMAIN_RULE,
                id=d.id,
                name=d.name,
                # A form's own words (rules/), or None where the domain mixes forms.
                form_words=form_class(next(iter(kinds))).domain_words if len(kinds) == 1 else None,
                unscored=unscored,
                none_scored=bool(unscored) and len(unscored) == len(d.standards),
            )
        )
    policy = fw.discretion
    discretion = None
    triggers: tuple[Phrase, ...] = ()
    if policy is not None:
        discretion = said(Say.HANDBOOK_DISCRETION, domains=tuple(policy.domains))
        triggers = tuple(
            said(
                Say.HANDBOOK_DISCRETION_TRIGGER,
                key_question=r.level == "key question",
                condition=english(r.condition, attributes),
                description=r.description,
            )
            for r in policy.rules
        )
    return RatingsExplained(
        scores=scores,
        percentage=said(Say.HANDBOOK_PERCENTAGE),
        rounding=said(Say.HANDBOOK_ROUNDING, mode=mode, examples=shown),
        bands=_band_rows(fw.banding.bands),
        standard_rules=tuple(rules),
        standards_scored=scored,
        overall_low=low,
        overall_high=high,
        overall=_overall_words(fw, scored, counts, low, high, lowest, top),
        overall_bands=_band_rows(fw.overall.bands),
        discretion=discretion,
        discretion_triggers=triggers,
    )


def _overall_words(
    fw: Framework,
    scored: int,
    counts: tuple[tuple[str, int], ...],
    low: int,
    high: int,
    lowest: int,
    top: int,
) -> Phrase:
    """How the overall rating is worked out: the score and its band (or the decision table),
    then each limit, in order."""
    overall = fw.overall
    limits = tuple((lim.rating, tuple(t.text for t in lim.when)) for lim in overall.limits)
    if overall.rule is not None:
        rows = tuple((bool(r.when), r.text) for r in overall.rule.rows)
        return said(Say.HANDBOOK_OVERALL_TABLE, rows=rows, limits=limits)
    return said(
        Say.HANDBOOK_OVERALL_SCORE,
        every=scored == len(list(fw.standards())),
        scored=scored,
        counts=counts,
        low=low,
        high=high,
        lowest=lowest,
        top=top,
        limits=limits,
    )


def _standard(s: Standard, d: Domain, attributes: Mapping[str, Attribute]) -> StandardEntry:
    judged = s.judged
    return StandardEntry(
        id=s.id,
        name=s.name,
        statement=_published(s.statement),
        rated_by=_rated_by(s),
        characteristics=tuple(
            (c.rating, Published(text=c.text.text, cite=c.text.cited or None))
            for c in s.characteristics
        ),
        key_questions=tuple(
            KeyQuestionEntry(
                id=k.id,
                text=Published(text=k.text.text, cite=k.text.cited or None),
                applies_to=None if judged else _applies(d, k, attributes),
                relevance=_published(k.relevance),
                not_applicable=k.where_applicable,
                prompts=tuple(
                    PromptEntry(
                        id=p.id,
                        text=Published(text=p.text.text, cite=p.text.cited or None),
                        not_applicable=p.where_applicable,
                    )
                    for p in k.prompts
                ),
            )
            for k in s.key_questions
        ),
    )


def _kind_words(a: Attribute) -> str:
    """What values an attribute takes, in words: ``low, medium, high or very high, lowest
    first``, ``a whole number from 0 to 120``."""
    match a.kind:
        case "flag":
            return "yes or no"
        case "text":
            return _list(list(a.values)) if a.values else "free text"
        case "enum":
            return _list(list(a.values))
        case "ordered":
            return f"{_list(list(a.values))}, lowest first"
        case "number":
            if a.low is None:
                return "a whole number"
            return f"a whole number from {a.low} to {a.high}"
        case "date":
            return "a date, written like 2020-06-01"
        case _:
            assert_never(a.kind)


def handbook(fw: Framework) -> Handbook:
    """The handbook of a version."""
    attributes = {a.name: a for a in fw.attributes}
    effective = fw.effective_from or ""
    if fw.effective_from and fw.effective_until:
        effective = f"from {fw.effective_from} until {fw.effective_until}"
    elif fw.effective_from:
        effective = f"from {fw.effective_from}"
    else:
        effective = "not yet in force (no effective date)"
    facts = []
    for a in fw.attributes:
        kind = _kind_words(a)
        meaning = a.description or a.name.replace("_", " ")
        default = f"; {a.default} when a case does not say" if a.default is not None else ""
        facts.append((a.name, f"{meaning} ({kind}{default})"))
    return Handbook(
        id=fw.id,
        title=fw.title,
        effective=effective,
        based_on=fw.based_on,
        draft=fw.draft,
        sources=tuple((s.id, s.title, s.published) for s in fw.sources),
        case_facts=tuple(facts),
        domains=tuple(
            DomainEntry(
                id=d.id,
                name=d.name,
                intro=_published(d.intro),
                covers=_covers(d, attributes),
                standards=tuple(_standard(s, d, attributes) for s in d.standards),
            )
            for d in fw.domains
        ),
        ratings=_ratings(fw, attributes),
    )
