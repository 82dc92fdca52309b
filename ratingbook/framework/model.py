"""The checked, immutable model of one framework version. Built by the checker; read by the rest.

Nothing here refers to syntax: conditions are :mod:`ratingbook.framework.conditions` records,
and positions are :class:`~ratingbook.dsl.span.Span` values, which take no part in equality.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import field, fields
from typing import Final, Literal, assert_never

from ratingbook._record import record
from ratingbook.dsl.span import Span, text_lines
from ratingbook.framework import conditions, ids
from ratingbook.framework.conditions import Condition, Value

RatedBy = str  # the words of a rule form: "lowest key question band", "decision table", ...
JUDGEMENT: Final = "inspector judgement"
LOWEST_BAND: Final = "lowest key question band"
Quantifier = Literal["every", "any", "no", "at least", "at most"]
Direction = Literal["exactly", "or better", "or worse"]
PartKind = Literal["key question", "standard"]
RoundingMode = Literal["half up", "half even", "down", "up"]
AttributeKind = Literal["flag", "text", "enum", "ordered", "number", "date"]
"""How an attribute's values are written and compared: ``flag`` (yes or no), ``text`` (free, or
from a vocabulary), ``enum`` (``one of``: named values with no order), ``ordered`` (named
values, lowest first), ``number`` (whole numbers, within a range where one is declared),
``date`` (ISO dates)."""
ORDERED_KINDS: Final = frozenset({"ordered", "number", "date"})
"""The kinds whose values have an order, so that ``<``, ``<=``, ``>`` and ``>=`` apply."""

_NOWHERE: Final = Span("<none>", 0, 0, 0, 0)

JUDGED_FORMS: Final = frozenset({JUDGEMENT, "item scores N..M"})
"""The rule forms whose figures the inspector gives, not the cases (see framework/rules/)."""


@record
class Citation:
    """Where published wording was published: a source document and its lines."""

    source: str
    first: int
    last: int

    def __str__(self) -> str:
        if self.first == self.last:
            return f"{self.source} line {self.first}"
        return f"{self.source} lines {self.first}-{self.last}"


@record
class Quote:
    """Wording, and where it was published (None for wording that is not a quotation)."""

    text: str
    cite: Citation | None = None
    span: Span = field(default=_NOWHERE, compare=False, repr=False)

    @property
    def cited(self) -> str:
        """``wm_2020 line 504``, or nothing when the wording cites no source."""
        return "" if self.cite is None else str(self.cite)


@record
class SourceDoc:
    """A published document that wording is quoted from."""

    id: str
    title: str
    published: str | None = None
    file: str | None = None
    span: Span = field(default=_NOWHERE, compare=False, repr=False)


_WHOLE: Final = re.compile(r"-?[0-9]+")
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def whole_number(text: str) -> int | None:
    """A whole number written as text (``12``, ``-3``), or None."""
    return int(text) if _WHOLE.fullmatch(text) and len(text) <= 40 else None


def iso_date(text: str) -> dt.date | None:
    """A date written as ``YEAR-MONTH-DAY`` that is in the calendar, or None."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


@record
class Attribute:
    """A fact recorded about each case, which applicability conditions test.

    Values are held as text, as a condition and the data's column index see them: a flag's
    ``yes``/``no``, a number's decimal digits, a date's ``2020-06-01``.
    """

    name: str
    kind: AttributeKind
    values: tuple[str, ...] = ()  # an enumeration, an order (lowest first), or a vocabulary
    low: int | None = None  # a number's declared range, where one is declared
    high: int | None = None
    default: str | None = None
    description: str | None = None
    span: Span = field(default=_NOWHERE, compare=False, repr=False)

    @property
    def ordered(self) -> bool:
        """Whether the values have an order (``<``, ``<=``, ``>``, ``>=`` apply)."""
        return self.kind in ORDERED_KINDS

    @property
    def listed(self) -> tuple[str, ...] | None:
        """The values a case may give, where the kind lists them: a flag's yes and no, an
        enumeration, an order, a vocabulary. None: any text, number or date of its kind."""
        if self.kind == "flag":
            return ("yes", "no")
        if self.kind in ("enum", "ordered") or (self.kind == "text" and self.values):
            return self.values
        return None

    def rank(self, value: str) -> int | None:
        """Where a value stands in the attribute's order: its place in an ordered list, a
        number itself, a date's day number. None: the kind has no order, or the value is not
        one of its kind."""
        match self.kind:
            case "ordered":
                return self.values.index(value) if value in self.values else None
            case "number":
                return whole_number(value)
            case "date":
                day = iso_date(value)
                return None if day is None else day.toordinal()
            case "flag" | "text" | "enum":
                return None
            case _:
                assert_never(self.kind)

    def problem(self, value: str) -> str | None:
        """What is wrong with a value given for this attribute, in words that follow "it is"
        (None: nothing): not of its kind, not in its list, or outside its range."""
        listed = self.listed
        if listed is not None:
            if value in listed:
                return None
            if self.kind == "text":  # a vocabulary's values are phrases: quoted
                shown = ", ".join(Value(value=v, quoted=True).text() for v in listed)
                return f"not in its vocabulary ({shown})"
            return f"not one of {', '.join(listed)}"
        match self.kind:
            case "number":
                number = whole_number(value)
                if number is None:
                    return "not a whole number"
                if (self.low is not None and number < self.low) or (
                    self.high is not None and number > self.high
                ):
                    return f"outside the range {self.low}..{self.high}"
                return None
            case "date":
                if not _ISO_DATE.fullmatch(value):
                    return "not a date written YEAR-MONTH-DAY, like 2020-06-01"
                return None if iso_date(value) is not None else "not a date in the calendar"
            case _:
                return None

    @property
    def declared(self) -> str:
        """The declaration after the name, as the language writes it: ``ordered low, medium,
        high, "very high"``, ``number 0..120``, ``text vocabulary "a", "b"``."""
        values = ", ".join(Value(value=v).text() for v in self.values)
        match self.kind:
            case "flag" | "date":
                return self.kind
            case "text":
                return f"text vocabulary {values}" if self.values else "text"
            case "enum":
                return f"one of {values}"
            case "ordered":
                return f"ordered {values}"
            case "number":
                return "number" if self.low is None else f"number {self.low}..{self.high}"
            case _:
                assert_never(self.kind)

    @property
    def declaration(self) -> str:
        """The declaration after the name with its default: ``flag default no``."""
        if self.default is None:
            return self.declared
        shown = self.default if self.kind == "number" else Value(value=self.default).text()
        return f"{self.declared} default {shown}"


@record
class RatingLevel:
    """A rating and the score it adds to the overall score."""

    name: str
    score: int
    span: Span = field(default=_NOWHERE, compare=False, repr=False)


@record
class Band:
    """A range of whole percentages (or overall scores) and the rating it gives."""

    low: int
    high: int
    rating: str
    label: str | None = None
    cite: str = ""
    span: Span = field(default=_NOWHERE, compare=False, repr=False)

    def contains(self, value: int) -> bool:
        return self.low <= value <= self.high

    @property
    def rule_text(self) -> str:
        """The band as a rule: ``band 65..79 Good "Reasonable majority"``."""
        label = f' "{self.label}"' if self.label else ""
        return f"band {self.low}..{self.high} {self.rating}{label}"


def band_containing(bands: tuple[Band, ...], value: int) -> Band | None:
    """The band a value falls in, if any."""
    return next((b for b in bands if b.contains(value)), None)


@record
class Banding:
    """How a key question's percentage is rounded, and the bands it falls in (ascending)."""

    rounding: RoundingMode
    bands: tuple[Band, ...]
    rounding_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    says: tuple[Quote, ...] = ()

    def band_for(self, percent: int) -> Band | None:
        return band_containing(self.bands, percent)


@record
class OverallScale:
    """The range of the overall score and the bands that turn it into the overall rating."""

    low: int
    high: int
    bands: tuple[Band, ...]
    span: Span = field(default=_NOWHERE, compare=False, repr=False)
    says: tuple[Quote, ...] = ()
    # Another rule than bands of the score (``overall rated by decision table``), if any.
    rule: Rule | None = None
    rule_says: tuple[Quote, ...] = ()
    limits: tuple[Limit, ...] = ()  # caps applied after the band or rule, in order

    def band_for(self, score: int) -> Band | None:
        return band_containing(self.bands, score)


@record
class Tally:
    """A count over the rated key questions of a standard, or the rated standards of the
    framework (in some domains): ``at least 2 key questions are Good or better``.

    ``ratings`` is the set of ratings counted, worked out by the checker from the rating and
    the direction, so that nothing downstream needs the ratings' order again.
    """

    quantifier: Quantifier
    count: int = 0  # for "at least" and "at most"
    parts: PartKind
    domains: tuple[str, ...] = ()  # standards only: in these domains (none: every domain)
    rating: str
    direction: Direction = "exactly"
    ratings: tuple[str, ...]
    span: Span = field(default=_NOWHERE, compare=False, repr=False)

    @property
    def text(self) -> str:
        """The count as the framework language writes it."""
        counted = self.quantifier in ("at least", "at most")
        plural = counted and self.count != 1
        part = self.parts + ("s" if plural else "")
        head = f"{self.quantifier} {self.count}" if counted else self.quantifier
        scope = ""
        if self.domains:
            scope = f" in domain{'s' if len(self.domains) > 1 else ''} {', '.join(self.domains)}"
        rating = self.rating if " " not in self.rating else f'"{self.rating}"'
        tail = "" if self.direction == "exactly" else f" {self.direction}"
        return f"{head} {part}{scope} {'are' if plural else 'is'} {rating}{tail}"


@record
class Row:
    """A row of a decision table: its rating, when every count holds (none: ``otherwise``)."""

    rating: str
    when: tuple[Tally, ...] = ()
    cite: Citation | None = None
    span: Span = field(default=_NOWHERE, compare=False, repr=False)

    @property
    def text(self) -> str:
        rating = self.rating if " " not in self.rating else f'"{self.rating}"'
        if not self.when:
            return f"{rating} otherwise"
        return f"{rating} when " + " and ".join(t.text for t in self.when)


@record
class Rule:
    """How a standard, or the overall rating, is rated: a rule form named by its words (the
    forms are listed in :mod:`ratingbook.framework.rules`), its figures, and a decision
    table's rows."""

    form: str
    params: tuple[int, ...] = ()
    rows: tuple[Row, ...] = ()
    span: Span = field(default=_NOWHERE, compare=False, repr=False)

    @property
    def words(self) -> str:
        """``item scores 1..4``: the form's words with its figures, as written."""
        if not self.params:
            return self.form
        return self.form.replace("N..M", f"{self.params[0]}..{self.params[1]}")

    @property
    def text(self) -> str:
        """The rule as written: ``rated by`` words, and a table's rows one per line."""
        return "\n".join([f"rated by {self.words}", *(f"  {r.text}" for r in self.rows)])


@record
class Limit:
    """``limit overall to RATING when COUNTS``: a cap on the overall rating."""

    rating: str
    when: tuple[Tally, ...]
    cite: Citation | None = None
    says: tuple[Quote, ...] = ()
    span: Span = field(default=_NOWHERE, compare=False, repr=False)

    @property
    def text(self) -> str:
        rating = self.rating if " " not in self.rating else f'"{self.rating}"'
        return f"limit overall to {rating} when " + " and ".join(t.text for t in self.when)


@record
class DiscretionRule:
    """One condition over the discretion measures that makes a standard (or, at the
    ``key question`` level, a key question) eligible."""

    condition: Condition
    description: str | None = None
    level: PartKind = "standard"
    span: Span = field(default=_NOWHERE, compare=False, repr=False)


@record
class DiscretionPolicy:
    """Which domains' standards the ratings panel may rate by discretion, and when."""

    domains: tuple[str, ...]
    rules: tuple[DiscretionRule, ...] = ()
    says: tuple[Quote, ...] = ()
    span: Span = field(default=_NOWHERE, compare=False, repr=False)


@record
class SamplingPolicy:
    """How case samples are sized: confidence level and margin of error (in per cent and
    points), the combined sample's split between domains, and the characteristics whose
    ratios the sample matches (as published)."""

    confidence: int
    margin: int
    split: tuple[tuple[str, int], ...] = ()  # (domain, per cent of the combined sample)
    strata: tuple[Quote, ...] = ()
    says: tuple[Quote, ...] = ()
    span: Span = field(default=_NOWHERE, compare=False, repr=False)


@record
class Characteristic:
    """Published guidance on what a rating of a judged standard looks like."""

    rating: str
    text: Quote


@record
class Prompt:
    """A prompt under a key question (prompts guide judgement; they do not rate)."""

    id: str
    text: Quote
    where_applicable: bool = False
    span: Span = field(default=_NOWHERE, compare=False, repr=False)
    where_applicable_span: Span | None = field(default=None, compare=False, repr=False)


@record
class KeyQuestion:
    """A key question: its wording, the cases it applies to, and its prompts."""

    id: str
    text: Quote
    condition: Condition | None = None
    relevance: Quote | None = None
    where_applicable: bool = False
    no_prompts: str | None = None  # why the key question has no prompts, when it says so
    prompts: tuple[Prompt, ...] = ()
    span: Span = field(default=_NOWHERE, compare=False, repr=False)
    # Where each clause was written (the version's own file, or one it is based on): the
    # applicability clause (a condition or "all cases"), "where applicable", "no prompts".
    condition_span: Span | None = field(default=None, compare=False, repr=False)
    where_applicable_span: Span | None = field(default=None, compare=False, repr=False)
    no_prompts_span: Span | None = field(default=None, compare=False, repr=False)


@record
class Standard:
    """A standard: how it is rated and, when rated from cases, its key questions."""

    id: str
    name: str
    rated_by: RatedBy
    rule: Rule
    scored: bool = True  # ``not scored``: rated, but not added to the overall score
    statement: Quote | None = None
    characteristics: tuple[Characteristic, ...] = ()
    key_questions: tuple[KeyQuestion, ...] = ()
    says: tuple[Quote, ...] = ()
    no_prompts: str | None = None
    span: Span = field(default=_NOWHERE, compare=False, repr=False)
    rated_by_span: Span | None = field(default=None, compare=False, repr=False)
    name_span: Span | None = field(default=None, compare=False, repr=False)
    no_prompts_span: Span | None = field(default=None, compare=False, repr=False)
    not_scored_span: Span | None = field(default=None, compare=False, repr=False)

    @property
    def judged(self) -> bool:
        """Rated by the inspector (a rating, or item scores) rather than from case figures."""
        return self.rule.form in JUDGED_FORMS


@record
class Domain:
    """A domain: the cases it covers and its standards."""

    id: str
    name: str
    intro: Quote | None = None
    condition: Condition | None = None
    rated_by: RatedBy | None = None
    rule: Rule | None = None
    scored: bool | None = None  # ``not scored`` on the domain: False
    characteristics: tuple[Characteristic, ...] = ()
    standards: tuple[Standard, ...] = ()
    says: tuple[Quote, ...] = ()
    no_prompts: str | None = None
    span: Span = field(default=_NOWHERE, compare=False, repr=False)
    condition_span: Span | None = field(default=None, compare=False, repr=False)
    rated_by_span: Span | None = field(default=None, compare=False, repr=False)
    name_span: Span | None = field(default=None, compare=False, repr=False)
    no_prompts_span: Span | None = field(default=None, compare=False, repr=False)
    not_scored_span: Span | None = field(default=None, compare=False, repr=False)


class SourceTexts(Mapping[str, str]):
    """The text of every file a version was read from, by the path shown in messages.

    Splits a text into lines once, when a snippet of it is first asked for.
    """

    __slots__ = ("_texts", "_lines")

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = dict(texts)
        self._lines: dict[str, list[str]] = {}

    def __getitem__(self, path: str) -> str:
        return self._texts[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SourceTexts) and self._texts == other._texts

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._texts)))

    def lines(self, path: str, first: int, last: int) -> list[str]:
        """Lines ``first``..``last`` (1-based, inclusive) of the file at ``path``."""
        if path not in self._texts:
            return []
        if path not in self._lines:
            self._lines[path] = text_lines(self._texts[path])
        return self._lines[path][first - 1 : last]


@record
class Framework:
    """One checked version of a framework."""

    family: str
    version: str
    title: str
    effective_from: str | None = None
    effective_until: str | None = None
    based_on: str | None = None
    draft: bool = False  # a version being written: never in force, never shipped
    path: str
    sources: tuple[SourceDoc, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    ratings: tuple[RatingLevel, ...]  # lowest score first
    banding: Banding
    overall: OverallScale
    discretion: DiscretionPolicy | None = None
    sampling: SamplingPolicy | None = None
    domains: tuple[Domain, ...] = ()
    says: tuple[Quote, ...] = ()
    span: Span = field(default=_NOWHERE, compare=False, repr=False)
    texts: SourceTexts = field(default_factory=lambda: SourceTexts({}), compare=False, repr=False)
    # The version each file of ``texts`` declares, by the file as shown (``yot-2018``): the
    # audit header names every file with its version.
    file_ids: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)
    # Lookups by id, filled on first use.
    _index: dict[str, object] = field(default_factory=dict, init=False, compare=False, repr=False)
    # Work derived from the model and kept with it, such as the compiled plan (see plan.py).
    derived: dict[str, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __getstate__(self) -> list[object]:
        # Pickled to hand a framework to worker processes: what is derived from the model
        # (lookups, the compiled plan with its functions) is worked out again there.
        return [
            {} if f.name in ("_index", "derived") else getattr(self, f.name) for f in fields(self)
        ]

    def __setstate__(self, state: list[object]) -> None:
        for f, value in zip(fields(self), state, strict=True):
            object.__setattr__(self, f.name, value)

    @property
    def id(self) -> str:
        """``yot-2020``: the family and the version."""
        return f"{self.family}-{self.version}"

    def snippet(self, span: Span, max_lines: int = 8) -> str:
        """The framework text a span covers (whole lines), for showing the rule that decided."""
        lines = self.texts.lines(
            span.path, span.line, min(span.end_line, span.line - 1 + max_lines)
        )
        return "\n".join(lines).rstrip()

    def standards(self) -> Iterator[Standard]:
        for d in self.domains:
            yield from d.standards

    def key_questions(self) -> Iterator[KeyQuestion]:
        for s in self.standards():
            yield from s.key_questions

    def prompts(self) -> Iterator[Prompt]:
        for kq in self.key_questions():
            yield from kq.prompts

    def _lookup(self, kind: str, key: str) -> object | None:
        index = self._index
        if not index:
            found: dict[str, dict[str, object]] = {
                name: {}
                for name in ("domain", "standard", "key question", "prompt", "attribute", "rating")
            }
            for d in self.domains:
                found["domain"][d.id] = d
                for s in d.standards:
                    found["standard"][s.id] = s
                    for k in s.key_questions:
                        found["key question"][k.id] = k
                        for p in k.prompts:
                            found["prompt"][p.id] = p
            found["attribute"].update({a.name: a for a in self.attributes})
            found["rating"].update({r.name: r for r in self.ratings})
            index.update(found)
        by_id = index[kind]
        assert isinstance(by_id, dict)
        return by_id.get(key)

    def domain(self, domain_id: str) -> Domain | None:
        found = self._lookup("domain", domain_id)
        return found if isinstance(found, Domain) else None

    def domain_of(self, item_id: str) -> Domain:
        """The domain an item belongs to (the item must be in this framework)."""
        found = self.domain(ids.domain_of(item_id))
        assert found is not None, item_id
        return found

    def standard(self, standard_id: str) -> Standard | None:
        found = self._lookup("standard", standard_id)
        return found if isinstance(found, Standard) else None

    def key_question(self, kq_id: str) -> KeyQuestion | None:
        found = self._lookup("key question", kq_id)
        return found if isinstance(found, KeyQuestion) else None

    def prompt(self, prompt_id: str) -> Prompt | None:
        found = self._lookup("prompt", prompt_id)
        return found if isinstance(found, Prompt) else None

    def rating(self, name: str) -> RatingLevel | None:
        found = self._lookup("rating", name)
        return found if isinstance(found, RatingLevel) else None

    def attribute(self, name: str) -> Attribute | None:
        found = self._lookup("attribute", name)
        return found if isinstance(found, Attribute) else None

    @property
    def domain_attributes(self) -> tuple[str, ...]:
        """The attributes the domains' conditions test, in order of first use: what decides
        which part of the framework a case belongs to (yot: ``disposal``). A case is shown
        by their values (``C01 (court)``)."""
        found: dict[str, None] = {}
        for d in self.domains:
            if d.condition is not None:
                found.update(dict.fromkeys(conditions.names(d.condition)))
        return tuple(found)

    @property
    def top_score(self) -> int:
        return max(r.score for r in self.ratings)
