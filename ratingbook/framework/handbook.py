"""A version as a handbook for people (``ratingbook publish``): its items in reading order, who
each applies to in plain words, and how ratings are worked out, all generated from the rules.

Nothing here is copied from the rules' published prose (``says``): the number of standards,
the range of the overall score, the band thresholds and the discretion triggers are computed
from the model, so the handbook cannot say "ten standards, 0-30 scale" of a version whose
rules score twelve standards from 0 to 36.
"""

from __future__ import annotations

from fractions import Fraction

from ratingbook._record import record
from ratingbook.framework.arithmetic import round_percent
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

Attributes = tuple[Attribute, ...]
"""A version's attributes, as the words of a condition read them (by name)."""

# ---------------------------------------------------------------------------- the handbook


@record
class Published:
    """Published wording and where it was published (``wm_2020 line 504``, or nothing)."""

    text: str
    cite: str | None


def _published(q: Quote | None) -> Published | None:
    return None if q is None else Published(text=q.text, cite=q.cited or None)


@record
class PromptEntry:
    id: str
    text: Published
    not_applicable: bool


@record
class KeyQuestionEntry:
    id: str
    text: Published
    applies_to: Phrase | None  # who it applies to; None for a standard rated by judgement
    relevance: Published | None
    not_applicable: bool
    prompts: tuple[PromptEntry, ...]


@record
class StandardEntry:
    id: str
    name: str
    statement: Published | None
    rated_by: Phrase  # how it is rated
    characteristics: tuple[tuple[str, Published], ...]
    key_questions: tuple[KeyQuestionEntry, ...]


@record
class DomainEntry:
    id: str
    name: str
    intro: Published | None
    covers: Phrase | None  # which cases (None when no standard is rated from cases)
    standards: tuple[StandardEntry, ...]


@record
class BandRow:
    low: int
    high: int
    rating: str
    label: str | None


@record
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


@record
class Handbook:
    id: str
    title: str
    effective: Phrase  # when it is in force
    based_on: str | None
    draft: bool
    sources: tuple[tuple[str, str, str | None], ...]  # id (as cited), title, when published
    case_facts: tuple[tuple[str, Phrase], ...]  # attribute name, what it records and its values
    domains: tuple[DomainEntry, ...]
    ratings: RatingsExplained


def _rated_by(s: Standard) -> Phrase:
    """How the standard is rated, in its rule form's own words (and a table's rows), and
    whether it counts towards the overall score."""
    n, m = (s.rule.params + (0, 0))[:2]
    return said(
        Say.HANDBOOK_RATED_BY,
        form_words=form_class(s.rule.form).handbook.format(n=n, m=m),
        rows=tuple((bool(r.when), r.text) for r in s.rule.rows),
        scored=s.scored,
    )


def _covers(d: Domain, attributes: Attributes) -> Phrase | None:
    if all(s.judged for s in d.standards):
        return None
    return said(Say.HANDBOOK_COVERS, condition=d.condition, attributes=attributes)


def _applies(d: Domain, k: KeyQuestion, attributes: Attributes) -> Phrase:
    return said(
        Say.HANDBOOK_APPLIES,
        domain=d.condition,
        own=k.condition,
        attributes=attributes,
    )


def _band_rows(bands: tuple[Band, ...]) -> tuple[BandRow, ...]:
    return tuple(BandRow(low=b.low, high=b.high, rating=b.rating, label=b.label) for b in bands)


def _ratings(fw: Framework, attributes: Attributes) -> RatingsExplained:
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
                condition=said(Say.CONDITION_WORDS, condition=r.condition, attributes=attributes),
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


def _standard(s: Standard, d: Domain, attributes: Attributes) -> StandardEntry:
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


def handbook(fw: Framework) -> Handbook:
    """The handbook of a version."""
    attributes = tuple(fw.attributes)
    effective = said(
        Say.HANDBOOK_IN_FORCE, start=fw.effective_from or None, until=fw.effective_until or None
    )
    facts = [(a.name, said(Say.HANDBOOK_FACT, attribute=a)) for a in fw.attributes]
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
