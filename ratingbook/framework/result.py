"""The Result of rating an inspection: every figure, and the trace that names its inputs and rules.

Records are frozen and built by keyword. Figures are computed while rating; the trace behind
them (which cases, why, the text of each rule) is read lazily from :mod:`.trace` and the
:class:`~ratingbook.framework.plan.RuleRef` values, so building a Result costs little more than
counting. The records know no output format: the JSON renderer
(:mod:`ratingbook.framework.emit.records`) writes the ``ratingbook/result-v1`` document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple

from ratingbook._lazy import lazy_names
from ratingbook._record import record
from ratingbook.framework import conditions
from ratingbook.framework.arithmetic import wilson
from ratingbook.framework.inspection import Inspection, NotInspected
from ratingbook.framework.model import DiscretionRule, Framework, RatedBy
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.plan import KeyQuestionPlan, Plan, RuleRef, StandardPlan
from ratingbook.framework.rules import ShareRange
from ratingbook.framework.rules.moves import (
    KqFigures,
    Move,
    Option,
    banded_moves,
    standard_options,
)

if TYPE_CHECKING:
    from fractions import Fraction

    from ratingbook.framework.trace import (
        Basis,
        CaseUse,
        Decisions,
        KeyQuestionTrace,
        PromptResult,
    )


class Evaluation:
    """What a Result was rated from (plan and data), and the traces worked out from them so far."""

    __slots__ = ("plan", "inspection", "_traces", "_decisions")

    def __init__(self, plan: Plan, inspection: Inspection) -> None:
        self.plan, self.inspection = plan, inspection
        self._traces: dict[str, KeyQuestionTrace] = {}
        self._decisions: Decisions | None = None  # made with the first trace

    def trace(self, kq: KeyQuestionResult, *, keep: bool = True) -> KeyQuestionTrace:
        found = self._traces.get(kq.id)
        if found is None:
            # The trace's module loads with the first trace read: rating never needs it.
            from ratingbook.framework.trace import Decisions, KeyQuestionTrace

            if self._decisions is None:
                self._decisions = Decisions()
            found = KeyQuestionTrace(
                plan=self.plan,
                kq=kq.plan,
                inspection=self.inspection,
                admitted=kq.admitted,
                counted=kq.counted_cases,
                from_cases=kq.basis == "cases",
                memo=self._decisions,
            )
            if keep:
                self._traces[kq.id] = found
        return found


@record
class Interval:
    """A 95% Wilson score interval for a key question's percentage (here, not with the
    traces, because the ratings table shows it and rating never loads the traces)."""

    low: float
    high: float
    crosses: tuple[int, ...]  # band boundaries inside the interval


RESULT_FORMAT: Final = "ratingbook/result-v1"

# The trace's records, under the names this module has always offered them by.
__getattr__ = lazy_names(
    __name__, dict.fromkeys(("CaseUse", "PromptResult"), "ratingbook.framework.trace")
)


__all__ = [
    "RESULT_FORMAT",
    "CaseUse",
    "Check",
    "Discretion",
    "Finding",
    "Interval",
    "Judged",
    "KeyQuestionResult",
    "Move",
    "OverallUndetermined",
    "Range",
    "StandardUndetermined",
    "Undetermined",
    "OverallResult",
    "PromptResult",
    "Result",
    "RuleRef",
    "StandardResult",
]


# ---------------------------------------------------------------------------- undetermined


@record
class Range:
    """The ratings still possible where the data cannot decide one (lowest and highest)."""

    lowest: str | None  # None: no rating is possible, only "not rated"
    highest: str | None
    unrated: bool  # "not rated" (for a key question: no band) is possible too
    # Where only some ratings between the lowest and the highest are possible (a decision
    # table, a limit): exactly those, lowest first; empty: every one between them.
    only: tuple[str, ...] = ()

    @property
    def single(self) -> str | None:
        """The one rating possible, if the range holds only one."""
        return self.lowest if self.lowest == self.highest and not self.unrated else None


def range_of(possible: frozenset[int | None], names: dict[int, str]) -> Range:
    """The record of a set of possible scores (None: not rated)."""
    scores = sorted(s for s in possible if s is not None)
    if not scores:
        return Range(lowest=None, highest=None, unrated=None in possible)
    between = [s for s in sorted(names) if scores[0] <= s <= scores[-1]]
    only = () if between == scores else tuple(names[s] for s in scores)
    return Range(
        lowest=names[scores[0]],
        highest=names[scores[-1]],
        unrated=None in possible,
        only=only,
    )


@record
class Undetermined:
    """Why a key question cannot be worked out from this data, and what it could still be."""

    reason: Phrase  # why (the views word it)
    settle: Phrase  # the data that would settle it
    percent_low: int | None  # the lowest and highest whole percentages possible
    percent_high: int | None
    bands: Range  # the bands possible; ``unrated``: having no relevant cases is possible
    # The exact percentages (0..100) still possible, for rules that read them (None: the
    # key question may have none, i.e. no relevant cases, and nothing else is known).
    shares: ShareRange | None = None


@record
class StandardUndetermined:
    """A standard whose rating the data cannot decide: the ratings and scores still possible."""

    key_questions: tuple[str, ...]  # the undetermined key questions behind it
    banded: Range
    rating: Range
    score_low: int | None
    score_high: int | None


@record
class OverallUndetermined:
    """An overall rating the data cannot decide: the ratings and scores still possible."""

    standards: tuple[str, ...]  # the undetermined standards behind it
    rating: Range
    score_low: int | None
    score_high: int | None


# ---------------------------------------------------------------------------- key questions


@record
class KeyQuestionResult:
    """A key question's figures and band, with the trace behind them."""

    id: str
    basis: Basis  # cases | counts | percent | none
    relevant: int | None
    yes: int | None
    percent: int | None
    band: str | None
    published: float | None = None  # the published percentage, where only that is known
    report_line: int | None = None
    undetermined: Undetermined | None = None  # the data cannot decide it under this version
    not_inspected: NotInspected | None = None  # the data says it was not inspected, and why
    discretion: Discretion | None = None  # key-question discretion, where the policy has it
    # The cases the key question admits and those it counts (case data: bit i, case i).
    admitted: int = field(default=0, repr=False)
    counted_cases: int = field(default=0, repr=False)
    plan: KeyQuestionPlan = field(compare=False, repr=False)
    source: Evaluation | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.plan.key_question.text.text

    @property
    def rounding(self) -> RuleRef:
        """The rounding rule, and where it is written."""
        return self.plan.rounding_rule

    @property
    def applies(self) -> str:
        """The condition that admits a case, as text ("all cases" when there is none)."""
        return self.plan.applies

    @property
    def applies_rule(self) -> RuleRef | None:
        return self.plan.applies_rule

    @property
    def band_rule(self) -> RuleRef | None:
        """The band the percentage falls in, and where it is written."""
        return None if self.percent is None else self.plan.band_rules[self.percent]

    @property
    def no(self) -> int | None:
        if self.relevant is None or self.yes is None:
            return None
        return self.relevant - self.yes

    @property
    def final(self) -> str | None:
        """The band its standard's rule reads: the panel's, where a key-question decision
        applies, else its own."""
        d = self.discretion
        return d.rating if d is not None and d.applied and d.rating else self.band

    @property
    def share(self) -> Fraction | None:
        """The exact percentage (0..100): from counts, or the published figure as given."""
        from fractions import Fraction

        if self.basis == "percent":
            return None if self.published is None else Fraction(self.published)
        if self.yes is None or not self.relevant:
            return None
        return Fraction(100 * self.yes, self.relevant)

    @property
    def exact(self) -> float | None:
        """The unrounded percentage: from counts, or the published figure as given."""
        if self.basis == "percent":
            return self.published
        if self.yes is None or not self.relevant:
            return None
        return 100 * self.yes / self.relevant  # int / int: the nearest float to the fraction

    @property
    def trace(self) -> KeyQuestionTrace | None:
        """Which cases and prompts are behind the figures (worked out on first use)."""
        if self.source is None or self.basis == "none" or self.not_inspected is not None:
            return None
        return self.source.trace(self)

    def passing_trace(self) -> KeyQuestionTrace | None:
        """The trace, worked out afresh and not kept (the one kept is used if there is one):
        for an output that writes 200,000 cases once and should not hold them after."""
        if self.source is None or self.basis == "none" or self.not_inspected is not None:
            return None
        return self.source.trace(self, keep=False)

    @property
    def counted(self) -> tuple[CaseUse, ...]:
        """The cases counted, each with the facts that admit it (case data only)."""
        trace = self.trace
        return () if trace is None else trace.counted

    @property
    def excluded(self) -> tuple[CaseUse, ...]:
        """The cases left out, each with the reason (case data only)."""
        trace = self.trace
        return () if trace is None else trace.excluded

    @property
    def na(self) -> int:
        return sum(1 for c in self.excluded if c.answer == "n/a")

    @property
    def prompts(self) -> tuple[PromptResult, ...]:
        """The prompts' figures."""
        trace = self.trace
        return () if trace is None else trace.prompts

    @property
    def interval(self) -> Interval | None:
        """A 95% Wilson interval around the percentage, where counts are known."""
        if not self.relevant or self.yes is None:
            return None
        low, high = wilson(self.yes, self.relevant)
        crosses = tuple(b for b in self.plan.band_bounds if low < b <= high)
        return Interval(low=low, high=high, crosses=crosses)


# ---------------------------------------------------------------------------- what would change
# One what-would-move computation and one Move type: ratingbook.framework.rules.moves.


# ---------------------------------------------------------------------------- discretion


@record
class Check:
    """One discretion rule, whether it holds (None: unknown), and the measures it read."""

    condition: conditions.Condition
    description: str | None
    holds: bool | None
    values: Mapping[str, int | None] = field(compare=False, repr=False)
    result: StandardSummary = field(compare=False, repr=False)
    rule_ref: RuleRef = field(compare=False, repr=False)

    @property
    def rule(self) -> str:
        """The rule's condition, as the framework writes it."""
        return conditions.text(self.condition)

    @property
    def where(self) -> str:
        return self.rule_ref.where

    @property
    def snippet(self) -> str:
        return self.rule_ref.snippet

    @property
    def detail(self) -> Phrase:
        """What the measures were (worded by the messages registry), the description first."""
        return said(Say.DISCRETION_CHECK, check=self)


class StandardSummary(NamedTuple):
    """What a discretion measure's wording needs to know of its standard (or key question)."""

    lowest: tuple[str, ...]  # the key questions that set the rating
    moves: Callable[[], tuple[Move, ...]]  # what would move its band (worked out when asked)
    boundary: int | None  # the band boundary nearest the percentage that set it
    undetermined: tuple[str, ...] = ()  # key questions the data cannot decide


@record
class Discretion:
    """Professional discretion for a standard: eligibility, and the panel's decision if any."""

    in_policy: bool
    eligible: bool | None
    measures: Mapping[str, int | None]
    # Each rule of the policy, where it is written, and its test of the measures.
    rules: tuple[tuple[DiscretionRule, RuleRef], ...] = ()
    tests: tuple[Callable[[Mapping[str, int | None]], bool | None], ...] = field(
        default=(), compare=False, repr=False
    )
    summary: StandardSummary | None = field(default=None, compare=False, repr=False)
    applied: bool = False
    rating: str | None = None
    reason: str | None = None
    override: bool = False
    report_line: int | None = None
    _memo: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def holds(self) -> tuple[bool | None, ...]:
        """Whether each rule holds (None: unknown), worked out when first read: eligibility
        stops at the first rule that holds, so a measure only the later rules read is worked
        out only when it is shown."""
        found = self._memo.get("holds")
        if found is None:
            found = self._memo["holds"] = tuple(test(self.measures) for test in self.tests)
        return tuple(found)

    @property
    def checks(self) -> tuple[Check, ...]:
        """Each rule of the policy, with the measures it read and whether it holds."""
        summary = self.summary or StandardSummary((), tuple, None)
        return tuple(
            Check(
                condition=rule.condition,
                description=rule.description,
                holds=holds,
                values=self.measures,
                result=summary,
                rule_ref=ref,
            )
            for (rule, ref), holds in zip(self.rules, self.holds, strict=True)
        )

    @property
    def reasons(self) -> list[Phrase]:
        """Why the standard is eligible: the rules that hold (the views word them)."""
        return [c.detail for c in self.checks if c.holds]

    @property
    def basis(self) -> Phrase:
        """Why the panel could use discretion: the policy's reasons or an override."""
        if self.eligible and self.reasons:
            return said(Say.ELIGIBLE_BECAUSE, reasons=tuple(self.reasons))
        if self.override:
            return said(Say.ELIGIBLE_BY_OVERRIDE)
        return said(Say.ELIGIBILITY_NOT_DECIDED)


# ---------------------------------------------------------------------------- standards


@record
class Judged:
    """A standard rated by judgement: the lead inspector's rating and the published guidance."""

    rating: str | None
    evidence: str | None
    characteristics: tuple[str, ...]
    report_line: int | None
    # A standard rated by item scores: each item's score, and the percentage they give.
    scores: tuple[tuple[str, int], ...] = ()
    percent: int | None = None


def kq_figures(plan: StandardPlan, kqs: tuple[KeyQuestionResult, ...]) -> tuple[KqFigures, ...]:
    """A standard's key questions as what-would-move reads them: counts, band, the panel's band."""
    score = plan.form.scale.score
    out = []
    for k in kqs:
        decided = k.discretion.rating if k.discretion and k.discretion.applied else None
        out.append(
            KqFigures(
                id=k.id,
                relevant=k.relevant or 0,
                yes=k.yes or 0,
                band=None if k.band is None else score[k.band],
                decided=None if decided is None else score[decided],
            )
        )
    return tuple(out)


Unrated = Literal["no judgement", "no relevant cases"]


@record
class StandardResult:
    """A standard's final and banded ratings, its score, and what decided them."""

    id: str
    rating: str | None
    banded: str | None
    score: int | None
    key_questions: tuple[KeyQuestionResult, ...] = ()
    lowest: tuple[str, ...] = ()
    discretion: Discretion | None = None
    judged: Judged | None = None
    unrated: Unrated | None = None
    undetermined: StandardUndetermined | None = None  # the ratings still possible
    plan: StandardPlan = field(compare=False, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def name(self) -> str:
        return self.plan.standard.name

    @property
    def domain(self) -> str:
        """The id of the standard's domain."""
        return self.plan.domain.id

    @property
    def rated_by(self) -> RatedBy:
        return self.plan.standard.rated_by

    @property
    def scored(self) -> bool:
        """Whether its score is added to the overall score."""
        return self.plan.standard.scored

    @property
    def rule(self) -> RuleRef:
        """The standard's rating rule, and where it is written."""
        return self.plan.rule

    @property
    def framework_id(self) -> str:
        return self.plan.framework_id

    def figures(self) -> tuple[KqFigures, ...]:
        """Its key questions as what-would-move reads them."""
        return kq_figures(self.plan, self.key_questions)

    def fewest_to_change(self) -> int | None:
        """The fewest differing judgements that change its banded rating either way (the
        discretion measure ``judgements_to_change``)."""
        return min((m.judgements or 0 for m in self.moves), default=None)

    def options(self) -> list[Option]:
        """Every banded rating differing judgements can give it, each at its fewest (worked
        out once, when first asked; empty where the counts are not known)."""
        found = self._memo.get("options")
        if found is None:
            if (
                self.judged is not None
                or self.banded is None
                or self.undetermined is not None
                or any(k.undetermined is not None for k in self.key_questions)
                or any(
                    k.band is not None and (k.relevant is None or k.yes is None)
                    for k in self.key_questions
                )
            ):
                found = []
            else:
                scale = self.plan.form.scale
                d = self.discretion
                decision = d.rating if d is not None and d.applied and d.rating else None
                found = standard_options(
                    scale,
                    self.plan.form,
                    self.figures(),
                    scale.score[self.banded],
                    None if decision is None else scale.score[decision],
                )
            self._memo["options"] = found
        return list(found)

    @property
    def moves(self) -> tuple[Move, ...]:
        """The fewest case judgements that would move its banded rating up, and down."""
        found = self._memo.get("moves")
        if found is None:
            found = ()
            options = self.options()
            if self.banded is not None and options:
                d = self.discretion
                decided = d.rating if d is not None and d.applied and d.rating else None
                scale = self.plan.form.scale
                found = banded_moves(
                    scale,
                    self.plan.form,
                    self.figures(),
                    self.id,
                    self.banded,
                    self.rating,
                    None if decided is None else scale.score[decided],
                    options,
                )
            self._memo["moves"] = found
        return tuple(found)

    def move(self, direction: str) -> Move | None:
        return next((m for m in self.moves if m.direction == direction), None)

    @property
    def undetermined_key_questions(self) -> tuple[KeyQuestionResult, ...]:
        """The key questions the data cannot decide under this version."""
        return tuple(k for k in self.key_questions if k.undetermined is not None)

    @property
    def note(self) -> Phrase | None:
        """What a reader must know about this rating, if anything."""
        if self.undetermined is not None:
            u = self.undetermined
            if self.rating is not None:
                return said(
                    Say.NOTE_BANDED_UNDETERMINED, key_questions=u.key_questions, possible=u.banded
                )
            return said(Say.NOTE_UNDETERMINED, key_questions=u.key_questions, possible=u.rating)
        open_kqs = self.undetermined_key_questions
        if open_kqs:
            return said(Say.NOTE_DOES_NOT_DEPEND, key_questions=tuple(k.id for k in open_kqs))
        d = self.discretion
        against_policy = d is not None and d.applied and not d.eligible
        if against_policy and d is not None and not d.override:
            return said(Say.NOTE_NOT_ELIGIBLE_UNDER, framework=self.framework_id)
        if self.unrated is not None:
            return said(Say.NOTE_NOT_RATED, unrated=self.unrated)
        if against_policy:
            return said(Say.NOTE_BY_OVERRIDE)
        return None


# ---------------------------------------------------------------------------- overall


@record
class OverallResult:
    """The overall score and rating."""

    rating: str | None
    score: int | None
    max: int
    scores: tuple[tuple[str, int | None], ...]
    band_rule: RuleRef | None
    missing: tuple[str, ...] = ()
    undetermined: OverallUndetermined | None = None  # the ratings and scores still possible
    given: str | None = None  # what the bands (or the table) gave, before the limits
    row: int | None = None  # ``overall rated by decision table``: the row that held
    limits: tuple[int, ...] = ()  # the limits that lowered the rating, in order
    plan: Plan | None = field(default=None, compare=False, repr=False)

    @property
    def limit_rules(self) -> tuple[RuleRef, ...]:
        """The limits that lowered the rating, each with where it is written."""
        if self.plan is None:
            return ()
        return tuple(self.plan.limit_rules[i] for i in self.limits)

    @property
    def row_rule(self) -> RuleRef | None:
        """``overall rated by decision table``: the table, where it is written."""
        return None if self.plan is None or self.row is None else self.plan.overall_rule


@record
class Finding:
    """A diagnostic about the inspection data that did not stop the rating."""

    severity: str
    code: str
    message: str
    where: str | None


# ---------------------------------------------------------------------------- audit


def ratingbook_version() -> str:
    """ratingbook's version, as the package states it (the same in a checkout and installed)."""
    from ratingbook._version import __version__

    return __version__


def text_digest(text: str) -> str:
    """The sha256 of a text in UTF-8: of the file's bytes when its line breaks are ``\\n``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@record
class FileDigest:
    """A file a result was made from, and the sha256 of its content; a framework file also
    with the version it declares (``id``)."""

    path: str
    sha256: str | None
    id: str | None = None


@record
class Audit:
    """What a result was made from, so that anyone can check they have the same: the
    ratingbook version, every framework file read (the version and those it is based on)
    and the data file, each with its content hash, and the inspection's fieldwork date and
    lead inspector. Nothing in it depends on when or where it was made."""

    ratingbook: str
    framework: str
    framework_files: tuple[FileDigest, ...]
    data: FileDigest
    fieldwork: str | None
    lead_inspector: str | None
    report: str | None  # the source document the data was transcribed from


def framework_files(framework: Framework) -> tuple[FileDigest, ...]:
    """Every file a framework version was read from (its own, then those it is based on),
    each with its content hash."""
    texts = framework.texts
    ids = dict(framework.file_ids)
    files = tuple(
        FileDigest(
            path=p, sha256=text_digest(texts[p]), id=ids.get(p, framework.id if i == 0 else None)
        )
        for i, p in enumerate(texts)
    )
    return files or (FileDigest(path=framework.path, sha256=None, id=framework.id),)


def audit_of(framework: Framework, data: Inspection) -> Audit:
    """The audit record of ``data`` rated under ``framework``."""
    files = framework_files(framework)
    source = data.source or {}
    return Audit(
        ratingbook=ratingbook_version(),
        framework=framework.id,
        framework_files=files,
        data=FileDigest(path=data.path, sha256=data.digest),
        fieldwork=data.fieldwork,
        lead_inspector=data.lead_inspector,
        report=source.get("title") or source.get("file"),
    )


# ---------------------------------------------------------------------------- provenance


@record
class CaseRecord:
    """Who judged a case, the notes on it, and the reasons given for its answers."""

    id: str
    attributes: tuple[tuple[str, str], ...]  # (name, value) as the case gives them
    inspector: str | None
    note: str | None
    reasons: tuple[tuple[str, str], ...]  # (item, reason), in the data's order


@record
class Result:
    """An inspection rated under a framework version."""

    framework: Framework = field(repr=False)
    data: Inspection = field(repr=False)
    overall: OverallResult
    standards: tuple[StandardResult, ...]
    diagnostics: tuple[Finding, ...] = ()
    _index: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def service(self) -> str:
        return self.data.service

    @property
    def inspection(self) -> str:
        """The data file as given, or ``<stdin>``."""
        return self.data.path

    @property
    def framework_id(self) -> str:
        return self.framework.id

    @property
    def audit(self) -> Audit:
        """The version, files and hashes this result was made from."""
        found = self._memo.get("audit")
        if not isinstance(found, Audit):
            found = self._memo["audit"] = audit_of(self.framework, self.data)
        return found

    @property
    def cases(self) -> tuple[CaseRecord, ...]:
        """Each case's provenance: inspector, note and the reasons given for its answers."""
        return tuple(self.each_case())

    def each_case(self) -> Iterator[CaseRecord]:
        """The same, one case at a time, none kept."""
        for c in self.data.cases:
            yield CaseRecord(
                id=c.id,
                attributes=tuple(c.attributes.items()),
                inspector=c.inspector,
                note=c.note,
                reasons=tuple(c.reasons.items()),
            )

    @property
    def family(self) -> str:
        return self.framework.family

    @property
    def version(self) -> str:
        return self.framework.version

    @property
    def framework_title(self) -> str:
        return self.framework.title

    @property
    def framework_path(self) -> str:
        return self.framework.path

    @property
    def domains(self) -> tuple[tuple[str, str], ...]:
        """Each domain's id and name."""
        return tuple((d.id, d.name) for d in self.framework.domains)

    @property
    def bands(self) -> tuple[tuple[int, int, str], ...]:
        """The key-question bands, ascending: (low, high, rating)."""
        return tuple((b.low, b.high, b.rating) for b in self.framework.banding.bands)

    def domain_name(self, domain_id: str) -> str:
        d = self.framework.domain(domain_id)
        return "" if d is None else d.name

    def standard(self, standard_id: str) -> StandardResult | None:
        if not self._index:
            for s in self.standards:
                self._index[s.id] = s
                for k in s.key_questions:
                    self._index[k.id] = k
        found = self._index.get(standard_id)
        return found if isinstance(found, StandardResult) else None

    @property
    def undetermined(self) -> tuple[KeyQuestionResult, ...]:
        """The key questions this data cannot decide under this version, in order."""
        return tuple(k for s in self.standards for k in s.undetermined_key_questions)

    def key_question(self, kq_id: str) -> KeyQuestionResult | None:
        self.standard("")
        found = self._index.get(kq_id)
        return found if isinstance(found, KeyQuestionResult) else None
