"""AST nodes: frozen dataclasses carrying a source Span that takes no part in equality."""

from __future__ import annotations

from dataclasses import field
from typing import Literal, TypeAlias

from ratingbook._record import record
from ratingbook.dsl.span import Span

_NOWHERE = Span("<none>", 0, 0, 0, 0)


@record
class Node:
    span: Span = field(default=_NOWHERE, compare=False, repr=False)


# ---------------------------------------------------------------- text and citations


@record
class Cite(Node):
    """``from wm_2020 line 504`` or ``lines 877-881``."""

    source: str
    first: int
    last: int

    def __str__(self) -> str:
        if self.first == self.last:
            return f"from {self.source} line {self.first}"
        return f"from {self.source} lines {self.first}-{self.last}"


@record
class Text(Node):
    """A quoted string and, for published wording, where it was published."""

    value: str
    cite: Cite | None = None


# ---------------------------------------------------------------- conditions


@record
class Value(Node):
    """A literal: a number, a plain word (``court``), ``yes``/``no``, or quoted text."""

    value: str | int
    quoted: bool = False


@record
class Name(Node):
    name: str


@record
class Truthy(Node):
    """A flag on its own: ``safety_factors``."""

    name: Name


@record
class Compare(Node):
    op: Literal["=", "!=", "<", "<=", ">", ">="]
    name: Name
    value: Value


@record
class InList(Node):
    name: Name
    values: tuple[Value, ...]
    negated: bool = False


@record
class Not(Node):
    operand: Cond


@record
class And(Node):
    operands: tuple[Cond, ...]


@record
class Or(Node):
    operands: tuple[Cond, ...]


Cond: TypeAlias = Truthy | Compare | InList | Not | And | Or


# ---------------------------------------------------------------- statements


@record
class FrameworkDecl(Node):
    family: str
    version: str
    title: str
    effective_from: str | None = None
    effective_until: str | None = None
    based_on: tuple[str, str] | None = None
    based_on_span: Span | None = field(default=None, compare=False, repr=False)
    says: tuple[Text, ...] = ()
    # ``draft``: a version being written; its own wording needs no citation, it has no
    # effective date and it is never shipped.
    draft: bool = False
    draft_span: Span | None = field(default=None, compare=False, repr=False)
    effective_span: Span | None = field(default=None, compare=False, repr=False)


@record
class SourceDecl(Node):
    id: str
    title: str
    published: str | None = None
    file: str | None = None


AttributeKind = Literal["flag", "text", "enum", "ordered", "number", "date"]
"""``flag``; ``text`` (with a vocabulary when ``values`` are given); ``one of`` (``enum``,
unordered); ``ordered`` (lowest first); ``number`` (whole numbers, optionally within a range);
``date`` (ISO dates)."""


@record
class AttributeDecl(Node):
    name: str
    kind: AttributeKind
    values: tuple[Value, ...] = ()  # the enumeration, the order, or a text's vocabulary
    range: Range | None = None  # a number's declared range
    default: Value | None = None
    description: str | None = None


@record
class RatingDecl(Node):
    rating: str
    rating_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    score: int


RoundingMode = Literal["half up", "half even", "down", "up"]


@record
class RoundingDecl(Node):
    mode: RoundingMode
    says: tuple[Text, ...] = ()


@record
class Range(Node):
    low: int
    high: int

    def __str__(self) -> str:
        return f"{self.low}..{self.high}"


@record
class BandDecl(Node):
    range: Range
    rating: str
    rating_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    label: str | None = None
    cite: Cite | None = None
    says: tuple[Text, ...] = ()


@record
class OverallScaleDecl(Node):
    range: Range
    label: str | None = None
    cite: Cite | None = None
    says: tuple[Text, ...] = ()


@record
class OverallBandDecl(Node):
    range: Range
    rating: str
    rating_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    label: str | None = None
    cite: Cite | None = None
    says: tuple[Text, ...] = ()


@record
class EligibleRule(Node):
    condition: Cond
    description: str | None = None
    # ``eligible for key questions when ...``: the rule is about key questions, not standards.
    level: Literal["standard", "key question"] = "standard"


# ---------------------------------------------------------------- rules


@record
class Tally(Node):
    """A count over key questions (or standards): ``at least 2 key questions are Good or
    better``, ``every standard in domain 2 is Good``, ``no key question is Inadequate``."""

    quantifier: Literal["every", "any", "no", "at least", "at most"]
    count: int = 0  # for "at least" and "at most"
    parts: Literal["key question", "standard"]
    domains: tuple[Value, ...] = ()
    rating: str
    rating_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    direction: Literal["exactly", "or better", "or worse"] = "exactly"


@record
class Row(Node):
    """One row of a decision table: the rating it gives, and when (every count holds); a row
    with no counts is ``otherwise``."""

    rating: str
    rating_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    when: tuple[Tally, ...] = ()
    cite: Cite | None = None


@record
class RuleSpec(Node):
    """``rated by WORDS`` and, for a decision table, its rows. The words name a rule form;
    which forms exist is the rating layer's business, not the grammar's."""

    words: tuple[str, ...]
    words_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    rows: tuple[Row, ...] = ()

    @property
    def name(self) -> str:
        return " ".join(self.words)


@record
class OverallRuleDecl(Node):
    """``overall rated by decision table`` and its rows: the overall rating from the
    standards' ratings rather than from bands of the overall score."""

    rule: RuleSpec
    says: tuple[Text, ...] = ()


@record
class LimitDecl(Node):
    """``limit overall to RATING when COUNTS``: the overall rating is no higher than RATING
    when every count holds (applied after the overall band or table, in order)."""

    rating: str
    rating_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    when: tuple[Tally, ...]
    cite: Cite | None = None
    says: tuple[Text, ...] = ()


@record
class DiscretionDecl(Node):
    domains: tuple[Value, ...]
    rules: tuple[EligibleRule, ...] = ()
    says: tuple[Text, ...] = ()


@record
class SplitClause(Node):
    """``split domain 2 60``: a domain's per cent of the combined case sample."""

    domain: Value
    percent: int
    cite: Cite | None = None


@record
class Stratum(Node):
    """``stratified by "gender"``: a characteristic the sample's ratios match, as published."""

    text: Text


@record
class SamplingDecl(Node):
    """The sampling policy: confidence level, margin of error, split and stratification."""

    confidence: int
    margin: int
    cite: Cite | None = None
    splits: tuple[SplitClause, ...] = ()
    strata: tuple[Stratum, ...] = ()
    says: tuple[Text, ...] = ()


ItemKind = Literal["domain", "standard", "key question", "prompt"]
ClauseName = Literal[
    "intro",
    "statement",
    "applies",
    "relevance",
    "where_applicable",
    "rated_by",
    "not_scored",
    "characteristics",
    "no_prompts",
    "says",
]
"""The clauses ``clear`` can take away from an inherited item (as ItemDecl names them)."""


@record
class AllCases(Node):
    """``applies to all cases``: clears an inherited condition."""


@record
class Characteristic(Node):
    rating: str
    text: Text


@record
class ItemDecl(Node):
    """A domain, standard, key question or prompt, with the clauses given for it.

    A clause that is not given is ``None`` (or empty), which matters for versions written as
    changes: only the clauses a restatement gives replace the base version's.
    """

    kind: ItemKind
    id: str
    id_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    text: Text
    intro: Text | None = None
    statement: Text | None = None
    applies: Cond | AllCases | None = None
    relevance: Text | None = None
    where_applicable: bool = False
    where_applicable_span: Span | None = field(default=None, compare=False, repr=False)
    rated_by: RuleSpec | None = None
    rated_by_span: Span | None = field(default=None, compare=False, repr=False)
    # ``not scored``: rated, but not added to the overall score.
    not_scored: bool = False
    not_scored_span: Span | None = field(default=None, compare=False, repr=False)
    characteristics: tuple[Characteristic, ...] = ()
    no_prompts: str | None = None
    no_prompts_span: Span | None = field(default=None, compare=False, repr=False)
    says: tuple[Text, ...] = ()
    clears: tuple[ClauseName, ...] = ()
    clear_spans: tuple[Span, ...] = field(default=(), compare=False, repr=False)


@record
class ChangeDecl(Node):
    """``change KIND ID ["TEXT" [CITATION]]`` and clauses: an inherited item, changed in place.

    Only what is given changes: new wording if ``text`` is given, each clause given, and the
    clauses named by ``clear`` taken away. The rest is kept from the base version.
    """

    kind: ItemKind
    id: str
    id_span: Span = field(default=_NOWHERE, compare=False, repr=False)
    text: Text | None = None
    intro: Text | None = None
    statement: Text | None = None
    applies: Cond | AllCases | None = None
    relevance: Text | None = None
    where_applicable: bool = False
    where_applicable_span: Span | None = field(default=None, compare=False, repr=False)
    rated_by: RuleSpec | None = None
    rated_by_span: Span | None = field(default=None, compare=False, repr=False)
    # ``not scored``: rated, but not added to the overall score.
    not_scored: bool = False
    not_scored_span: Span | None = field(default=None, compare=False, repr=False)
    characteristics: tuple[Characteristic, ...] = ()
    no_prompts: str | None = None
    no_prompts_span: Span | None = field(default=None, compare=False, repr=False)
    says: tuple[Text, ...] = ()
    clears: tuple[ClauseName, ...] = ()
    clear_spans: tuple[Span, ...] = field(default=(), compare=False, repr=False)


@record
class RemoveDecl(Node):
    kind: ItemKind
    id: str


Statement: TypeAlias = (
    FrameworkDecl
    | SourceDecl
    | AttributeDecl
    | RatingDecl
    | RoundingDecl
    | BandDecl
    | OverallScaleDecl
    | OverallBandDecl
    | OverallRuleDecl
    | LimitDecl
    | DiscretionDecl
    | ItemDecl
    | ChangeDecl
    | RemoveDecl
)


@record
class FrameworkFile(Node):
    """A parsed file: its statements in order, and the comment lines that precede each."""

    path: str
    statements: tuple[Statement, ...]
    comments: tuple[tuple[str, ...], ...] = ()
    trailing_comments: tuple[str, ...] = ()

    @property
    def header(self) -> FrameworkDecl | None:
        for s in self.statements:
            if isinstance(s, FrameworkDecl):
                return s
        return None
