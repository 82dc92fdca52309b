"""The checked, immutable framework model. Built only by the checker; read by everything else."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final

from ratingbook.dsl import ast
from ratingbook.dsl.span import Span

RatedBy = str  # "inspector judgement" | "lowest key question band"
JUDGEMENT: Final = "inspector judgement"
LOWEST_BAND: Final = "lowest key question band"


def id_key(item_id: str) -> tuple[tuple[int, str], ...]:
    """Sort key for ids: numbers numerically, letters alphabetically (2.10 after 2.9)."""
    return tuple((int(p), "") if p.isdigit() else (0, p) for p in item_id.split("."))


def _next_sibling(before: str, after: str) -> bool:
    """2.1.1 then 2.1.2, or 2.1.1.a then 2.1.1.b."""
    (parent_a, a), (parent_b, b) = before.rsplit(".", 1), after.rsplit(".", 1)
    if parent_a != parent_b:
        return False
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return len(a) == len(b) == 1 and ord(b) == ord(a) + 1


def id_ranges(ids: Iterable[str]) -> str:
    """``2.1.1-2.1.3, 2.2.1`` for messages: runs of consecutive siblings written as a range."""
    runs: list[list[str]] = []
    for i in ids:
        if runs and _next_sibling(runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


@dataclass(frozen=True, slots=True)
class Quote:
    """Published wording and where it was published."""

    text: str
    source: str | None
    first: int | None
    last: int | None
    span: Span = field(compare=False, repr=False)

    @property
    def cited(self) -> str:
        if self.source is None:
            return ""
        if self.first == self.last:
            return f"{self.source} line {self.first}"
        return f"{self.source} lines {self.first}-{self.last}"


@dataclass(frozen=True, slots=True)
class SourceDoc:
    id: str
    title: str
    published: str | None
    file: str | None
    span: Span = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Attribute:
    name: str
    kind: str  # flag | text | enum
    values: tuple[str, ...]
    default: str | None
    description: str | None
    span: Span = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class RatingLevel:
    name: str
    score: int
    span: Span = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Band:
    low: int
    high: int
    rating: str
    label: str | None
    cite: str
    span: Span = field(compare=False, repr=False)

    def contains(self, value: int) -> bool:
        return self.low <= value <= self.high


def band_containing(bands: tuple[Band, ...], value: int) -> Band | None:
    return next((b for b in bands if b.contains(value)), None)


@dataclass(frozen=True, slots=True)
class Banding:
    """How a key question's percentage is rounded and which band it falls in."""

    rounding: str
    bands: tuple[Band, ...]  # ascending
    rounding_span: Span = field(compare=False, repr=False)
    says: tuple[Quote, ...] = ()

    def band_for(self, percent: int) -> Band | None:
        return band_containing(self.bands, percent)


@dataclass(frozen=True, slots=True)
class OverallScale:
    low: int
    high: int
    bands: tuple[Band, ...]
    span: Span = field(compare=False, repr=False)
    says: tuple[Quote, ...] = ()

    def band_for(self, score: int) -> Band | None:
        return band_containing(self.bands, score)


@dataclass(frozen=True, slots=True)
class DiscretionRule:
    condition: ast.Cond
    description: str | None
    span: Span = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DiscretionPolicy:
    domains: tuple[str, ...]
    rules: tuple[DiscretionRule, ...]
    says: tuple[Quote, ...]
    span: Span = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Characteristic:
    rating: str
    text: Quote


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    text: Quote
    where_applicable: bool
    span: Span = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class KeyQuestion:
    id: str
    text: Quote
    condition: ast.Cond | None
    relevance: Quote | None
    where_applicable: bool
    prompts: tuple[Prompt, ...]
    span: Span = field(compare=False, repr=False)
    condition_span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Standard:
    id: str
    name: str
    statement: Quote | None
    rated_by: RatedBy
    characteristics: tuple[Characteristic, ...]
    key_questions: tuple[KeyQuestion, ...]
    says: tuple[Quote, ...]
    span: Span = field(compare=False, repr=False)
    rated_by_span: Span | None = field(default=None, compare=False, repr=False)

    @property
    def judged(self) -> bool:
        return self.rated_by == JUDGEMENT


@dataclass(frozen=True, slots=True)
class Domain:
    id: str
    name: str
    intro: Quote | None
    condition: ast.Cond | None
    rated_by: RatedBy | None
    characteristics: tuple[Characteristic, ...]
    standards: tuple[Standard, ...]
    says: tuple[Quote, ...]
    span: Span = field(compare=False, repr=False)
    condition_span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Framework:
    """One checked version of a framework."""

    family: str
    version: str
    title: str
    effective_from: str | None
    effective_until: str | None
    based_on: str | None
    path: str
    sources: tuple[SourceDoc, ...]
    attributes: tuple[Attribute, ...]
    ratings: tuple[RatingLevel, ...]  # lowest score first
    banding: Banding
    overall: OverallScale
    discretion: DiscretionPolicy | None
    domains: tuple[Domain, ...]
    span: Span = field(compare=False, repr=False)
    says: tuple[Quote, ...] = ()
    # The text of every file the version was read from (itself and its bases), for snippets.
    texts: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def id(self) -> str:
        return f"{self.family}-{self.version}"

    def snippet(self, span: Span, max_lines: int = 8) -> str:
        """The framework text a span covers (whole lines), for showing the rule that decided."""
        text = self.texts.get(span.path)
        if text is None:
            return ""
        lines = text.splitlines()[span.line - 1 : min(span.end_line, span.line - 1 + max_lines)]
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

    def domain_of(self, item_id: str) -> Domain:
        top = item_id.split(".")[0]
        return next(d for d in self.domains if d.id == top)

    def standard(self, standard_id: str) -> Standard | None:
        return next((s for s in self.standards() if s.id == standard_id), None)

    def key_question(self, kq_id: str) -> KeyQuestion | None:
        return next((k for k in self.key_questions() if k.id == kq_id), None)

    def rating(self, name: str) -> RatingLevel | None:
        return next((r for r in self.ratings if r.name == name), None)

    def attribute(self, name: str) -> Attribute | None:
        return next((a for a in self.attributes if a.name == name), None)

    @property
    def top_score(self) -> int:
        return max(r.score for r in self.ratings)
