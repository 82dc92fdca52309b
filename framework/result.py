"""The Result of rating an inspection, with its trace. Renderers read it; nothing recomputes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RESULT_FORMAT = "ratingbook/result-v1"


@dataclass(frozen=True, slots=True)
class RuleRef:
    """A rule of the framework that decided something, and where it is written."""

    text: str
    where: str  # file:line
    snippet: str = ""  # the framework text of the rule, as written

    def to_json(self) -> dict[str, str]:
        return {"rule": self.text, "where": self.where, "snippet": self.snippet}


@dataclass(frozen=True, slots=True)
class CaseUse:
    """One case, and why it was counted for (or left out of) a key question or prompt."""

    case: str
    answer: str | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"case": self.case, "answer": self.answer, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Interval:
    """A 95% Wilson score interval for a key question's percentage."""

    low: float
    high: float
    crosses: tuple[int, ...]  # band boundaries inside the interval

    def to_json(self) -> dict[str, Any]:
        return {
            "low": round(self.low, 1),
            "high": round(self.high, 1),
            "spans_band_boundary": bool(self.crosses),
            "boundaries_inside": list(self.crosses),
        }


@dataclass(frozen=True, slots=True)
class PromptResult:
    id: str
    text: str
    relevant: int | None
    yes: int | None
    na: int
    percent: int | None
    basis: str  # cases | counts | none

    def to_json(self) -> dict[str, Any]:
        return {
            "relevant": self.relevant,
            "yes": self.yes,
            "not_applicable": self.na,
            "percent": self.percent,
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class KeyQuestionResult:
    id: str
    text: str
    basis: str  # cases | counts | percent | none
    relevant: int | None
    yes: int | None
    percent: int | None
    exact: float | None  # unrounded, where counts are known
    band: str | None
    band_rule: RuleRef | None
    rounding: RuleRef
    applies: str  # the condition, as text ("all cases of the domain" when none)
    applies_rule: RuleRef | None
    counted: tuple[CaseUse, ...] = ()
    excluded: tuple[CaseUse, ...] = ()
    prompts: tuple[PromptResult, ...] = ()
    interval: Interval | None = None
    data_line: int | None = None

    @property
    def no(self) -> int | None:
        if self.relevant is None or self.yes is None:
            return None
        return self.relevant - self.yes

    @property
    def na(self) -> int:
        return sum(1 for c in self.excluded if c.answer == "n/a")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "relevant": self.relevant,
            "yes": self.yes,
            "percent": self.percent,
            "band": self.band,
            "basis": self.basis,
            "no": self.no,
            "exact_percent": None if self.exact is None else round(self.exact, 4),
            "applies": self.applies,
        }
        if self.band_rule:
            out["band_rule"] = self.band_rule.to_json()
        out["rounding"] = self.rounding.to_json()
        if self.interval is not None:
            out["interval_95"] = self.interval.to_json()
        if self.counted or self.excluded:
            out["cases_counted"] = [c.to_json() for c in self.counted]
            out["cases_excluded"] = [c.to_json() for c in self.excluded]
        if self.prompts:
            out["prompts"] = {p.id: p.to_json() for p in self.prompts}
        if self.data_line is not None:
            out["data_line"] = self.data_line
        return out


@dataclass(frozen=True, slots=True)
class MoveStep:
    key_question: str
    answer_from: str
    answer_to: str
    cases: int
    percent_after: int
    band_after: str

    def to_json(self) -> dict[str, Any]:
        return {
            "key_question": self.key_question,
            "from": self.answer_from,
            "to": self.answer_to,
            "cases": self.cases,
            "percent_after": self.percent_after,
            "band_after": self.band_after,
        }


@dataclass(frozen=True, slots=True)
class Move:
    """The fewest case judgements that would move a standard's band one way."""

    direction: str  # up | down
    judgements: int
    to: str
    steps: tuple[MoveStep, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "judgements": self.judgements,
            "to": self.to,
            "changes": [s.to_json() for s in self.steps],
        }


@dataclass(frozen=True, slots=True)
class Check:
    """One discretion rule, its measure values and whether it holds (None: unknown)."""

    rule: str
    description: str | None
    holds: bool | None
    detail: str
    where: str
    snippet: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "description": self.description,
            "holds": self.holds,
            "detail": self.detail,
            "where": self.where,
            "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class Discretion:
    in_policy: bool
    eligible: bool | None
    checks: tuple[Check, ...]
    measures: dict[str, float | int | None]
    applied: bool = False
    rating: str | None = None
    reason: str | None = None
    override: bool = False
    data_line: int | None = None

    @property
    def reasons(self) -> list[str]:
        return [c.detail for c in self.checks if c.holds]

    @property
    def basis(self) -> str:
        """Why the panel could use discretion, as a sentence: the policy's reasons or an override."""
        if self.eligible and self.reasons:
            return "Eligible because " + "; ".join(self.reasons) + "."
        if self.override:
            return "By override: not eligible under the policy."
        return "Eligibility could not be decided from the data."

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "eligible": self.eligible,
            "reasons": self.reasons,
            "applied": self.applied,
        }
        if self.applied:
            out["rating"] = self.rating
            out["reason"] = self.reason
            out["override"] = self.override
        out["in_policy"] = self.in_policy
        out["measures"] = self.measures
        out["checks"] = [c.to_json() for c in self.checks]
        return out


@dataclass(frozen=True, slots=True)
class Judged:
    """A domain-one standard: the lead inspector's rating and the published guidance for it."""

    rating: str | None
    evidence: str | None
    characteristics: tuple[str, ...]
    data_line: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "rating": self.rating,
            "evidence": self.evidence,
            "characteristics": list(self.characteristics),
        }


@dataclass(frozen=True, slots=True)
class StandardResult:
    id: str
    name: str
    domain: str
    rated_by: str
    rule: RuleRef
    rating: str | None
    banded: str | None
    score: int | None
    key_questions: tuple[KeyQuestionResult, ...] = ()
    lowest: tuple[str, ...] = ()
    discretion: Discretion | None = None
    moves: tuple[Move, ...] = ()
    judged: Judged | None = None
    note: str | None = None

    def move(self, direction: str) -> Move | None:
        return next((m for m in self.moves if m.direction == direction), None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "rating": self.rating,
            "banded": self.banded,
            "score": self.score,
            "rated_by": self.rated_by,
            "rule": self.rule.to_json(),
        }
        if self.judged is not None:
            out["judgement"] = self.judged.to_json()
        else:
            out["key_questions"] = {k.id: k.to_json() for k in self.key_questions}
            out["lowest"] = list(self.lowest)
            out["what_would_change"] = {
                "up": (m.to_json() if (m := self.move("up")) else None),
                "down": (m.to_json() if (m := self.move("down")) else None),
            }
        if self.discretion is not None:
            out["discretion"] = self.discretion.to_json()
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class OverallResult:
    rating: str | None
    score: int | None
    max: int
    scores: tuple[tuple[str, int | None], ...]
    band_rule: RuleRef | None
    missing: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rating": self.rating, "score": self.score, "max": self.max}
        if self.band_rule:
            out["band_rule"] = self.band_rule.to_json()
        if self.missing:
            out["not_rated"] = list(self.missing)
        return out


@dataclass(frozen=True, slots=True)
class Finding:
    """A diagnostic about the inspection data that did not stop the rating."""

    severity: str
    code: str
    message: str
    where: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "where": self.where,
        }


@dataclass(frozen=True, slots=True)
class Result:
    service: str
    inspection: str
    framework_id: str
    family: str
    version: str
    framework_title: str
    framework_path: str
    overall: OverallResult
    standards: tuple[StandardResult, ...]
    domains: tuple[tuple[str, str], ...] = ()  # (id, name)
    diagnostics: tuple[Finding, ...] = field(default=())
    bands: tuple[
        tuple[int, int, str], ...
    ] = ()  # the key-question bands: (low, high, rating), ascending

    def domain_name(self, domain_id: str) -> str:
        return dict(self.domains).get(domain_id, "")

    def standard(self, standard_id: str) -> StandardResult | None:
        return next((s for s in self.standards if s.id == standard_id), None)

    def key_question(self, kq_id: str) -> KeyQuestionResult | None:
        for s in self.standards:
            for k in s.key_questions:
                if k.id == kq_id:
                    return k
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": RESULT_FORMAT,
            "service": self.service,
            "inspection": self.inspection,
            "framework": {
                "id": self.framework_id,
                "family": self.family,
                "version": self.version,
                "title": self.framework_title,
                "path": self.framework_path,
            },
            "overall": self.overall.to_json(),
            "domains": {d: name for d, name in self.domains},
            "bands": [{"low": lo, "high": hi, "rating": r} for lo, hi, r in self.bands],
            "standards": {s.id: s.to_json() for s in self.standards},
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }
