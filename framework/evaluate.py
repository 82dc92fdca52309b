"""Pure evaluation: ``evaluate(framework, inspection) -> Result``, with the trace in the Result.

Input problems that the schema cannot see (unknown ids, missing answers, ``n/a`` where it is
not allowed, a discretion decision the policy does not allow) are collected and raised
together as one ``DiagnosticsError`` (exit status 2). Problems that do not stop a rating are
kept in ``Result.diagnostics`` as warnings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict

from ratingbook.dsl import Diagnostic, ast
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.dsl.printer import condition_text
from ratingbook.dsl.span import Span
from ratingbook.framework import arithmetic
from ratingbook.framework.checker import MEASURES
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.inspection import Case, Inspection
from ratingbook.framework.model import Band, Framework, KeyQuestion, Standard, id_key, id_ranges
from ratingbook.framework.result import (
    CaseUse,
    Check,
    Discretion,
    Finding,
    Interval,
    Judged,
    KeyQuestionResult,
    Move,
    MoveStep,
    OverallResult,
    PromptResult,
    Result,
    RuleRef,
    StandardResult,
)

Truth = bool | None

# The code of a warning about data the version cannot use (compare reports these as notes).
UNUSED_DATA = "input-unused"


class _Common(TypedDict):
    """The fields of a KeyQuestionResult that do not depend on where its figures came from."""

    id: str
    text: str
    rounding: RuleRef
    applies: str
    applies_rule: RuleRef | None


def _where(span: Span) -> str:
    return f"{span.path}:{span.line}"


def _rule(fw: Framework, text: str, span: Span) -> RuleRef:
    return RuleRef(text, _where(span), fw.snippet(span))


def _band_ref(fw: Framework, band: Band) -> RuleRef:
    label = f' "{band.label}"' if band.label else ""
    return _rule(fw, f"band {band.low}..{band.high} {band.rating}{label}", band.span)


def evaluate(
    framework: Framework, inspection: Inspection, *, strict_discretion: bool = True
) -> Result:
    """Rate an inspection under a framework version. Raises DiagnosticsError on bad data.

    With ``strict_discretion=False`` (used by ``compare``), a panel decision that this version
    would not allow is still applied and reported as a warning instead of an error: the
    decision was made under another version's rules.
    """
    return _Evaluator(framework, inspection, strict_discretion).run()


class _Evaluator:
    def __init__(self, fw: Framework, insp: Inspection, strict_discretion: bool = True) -> None:
        self.fw = fw
        self.insp = insp
        self.strict_discretion = strict_discretion
        self.problems: list[Diagnostic] = []
        self.score = {r.name: r.score for r in fw.ratings}
        self.rating_by_score = {r.score: r.name for r in fw.ratings}
        self._missing_attr_reported: set[tuple[str, str]] = set()

    # ------------------------------------------------------------------ helpers
    def error(self, message: str, *path: str | int, key: bool = False) -> None:
        span = self.insp.key_span(*path) if key else self.insp.span(*path)
        self.problems.append(Diagnostic.error("input-data", message, span))

    def warn(
        self, message: str, *path: str | int, key: bool = False, code: str = "input-data"
    ) -> None:
        span = self.insp.key_span(*path) if key else self.insp.span(*path)
        self.problems.append(Diagnostic.warning(code, message, span))

    def check_rating(self, name: str, *path: str | int) -> bool:
        if name in self.score:
            return True
        known = [r.name for r in reversed(self.fw.ratings)]
        same_letters = [k for k in known if k.lower() == name.strip().lower()]
        suggestion = (
            f"; did you mean {same_letters[0]}?"
            if same_letters
            else did_you_mean(name, known, cutoff=0.4)
        )
        self.error(f"'{name}' is not a rating{suggestion} (ratings: {', '.join(known)})", *path)
        return False

    # ------------------------------------------------------------------ conditions
    def attribute_value(self, case: Case, name: str, why_needed: str) -> str | None:
        if name == "disposal":
            return case.disposal
        if name in case.attributes:
            return case.attributes[name]
        attr = self.fw.attribute(name)
        if attr is not None and attr.default is not None:
            return attr.default
        if (case.id, name) not in self._missing_attr_reported:
            self._missing_attr_reported.add((case.id, name))
            self.error(
                f"case {case.id} does not say its {name}, which {why_needed} needs to decide "
                f"whether it applies; add it under attributes",
                "cases",
                case.index,
            )
        return None

    def holds(self, cond: ast.Cond, case: Case, why: str) -> tuple[bool, str]:
        """Whether a condition holds for a case, and the facts that decided it."""
        match cond:
            case ast.Truthy(name=name):
                v = self.attribute_value(case, name.name, why)
                return v == "yes", f"{name.name} is {v or 'not given'}"
            case ast.Compare(op=op, name=name, value=value):
                v = self.attribute_value(case, name.name, why)
                want = str(value.value)
                ok = (v == want) if op == "=" else (v != want) if op == "!=" else False
                return ok, f"{name.name} is {v or 'not given'}"
            case ast.InList(name=name, values=values, negated=negated):
                v = self.attribute_value(case, name.name, why)
                inside = v in {str(x.value) for x in values}
                return (inside != negated), f"{name.name} is {v or 'not given'}"
            case ast.Not(operand=op):
                ok, text = self.holds(op, case, why)
                return not ok, text
            case ast.And(operands=ops):
                parts = [self.holds(o, case, why) for o in ops]
                if all(ok for ok, _ in parts):
                    return True, "; ".join(t for _, t in parts)
                return False, "; ".join(t for ok, t in parts if not ok)
            case ast.Or(operands=ops):
                parts = [self.holds(o, case, why) for o in ops]
                if any(ok for ok, _ in parts):
                    return True, "; ".join(t for ok, t in parts if ok)
                return False, "; ".join(t for _, t in parts)
        raise AssertionError(cond)

    # ------------------------------------------------------------------ references
    def check_references(self) -> None:
        kqs = {k.id: k for k in self.fw.key_questions()}
        prompts = {p.id for p in self.fw.prompts()}
        standards = {s.id: s for s in self.fw.standards()}

        def known(item_id: str) -> bool:
            return item_id in kqs or item_id in prompts

        judged_kq = {k.id: s for s in standards.values() if s.judged for k in s.key_questions}

        def judged_owner(item_id: str) -> Standard | None:
            kq_id = item_id if item_id in kqs else item_id.rsplit(".", 1)[0]
            return judged_kq.get(kq_id)

        def judged_message(item_id: str, std: Standard, given: str) -> str:
            return (
                f"{item_id} belongs to standard {std.id} ({std.name}), which is rated by inspector "
                f"judgement, so {given} would not count; give the rating under domain1: {std.id}"
            )

        # Prompt-level data for a key question that this version gives no prompts (yot-2018's
        # reports publish none) is not a typo but data from another version: it cannot affect a
        # rating, so it is left out with one warning instead of one error per prompt.
        unused: dict[str, set[str]] = {}

        def unused_prompt(item_id: str) -> bool:
            kq = kqs.get(item_id.rsplit(".", 1)[0]) if item_id.count(".") == 3 else None
            if kq is None or kq.prompts:
                return False
            unused.setdefault(kq.id, set()).add(item_id)
            return True

        def unknown_message(item_id: str) -> str:
            parent = item_id.rsplit(".", 1)[0]
            if item_id.count(".") == 3:
                kq = kqs.get(parent)
                if kq is not None:
                    have = ", ".join(p.id for p in kq.prompts) or "no prompts"
                    return f"unknown prompt {item_id}; key question {parent} has {have}"
                return f"unknown prompt {item_id}; there is no key question {parent}"
            std = standards.get(parent)
            if std is not None and std.key_questions:
                ids = [k.id for k in std.key_questions]
                return f"unknown key question {item_id}; standard {parent} has {ids[0]}-{ids[-1]}"
            return f"unknown key question {item_id}; {self.fw.id} has no standard {parent}"

        disposal = self.fw.attribute("disposal")
        for case in self.insp.cases:
            if (
                disposal is not None
                and disposal.kind == "enum"
                and case.disposal not in disposal.values
            ):
                self.error(
                    f"case {case.id}: disposal '{case.disposal}' is not one of {', '.join(disposal.values)}",
                    "cases",
                    case.index,
                    "disposal",
                )
            for name, value in case.attributes.items():
                attr = self.fw.attribute(name)
                if attr is None or name == "disposal":
                    names = [a.name for a in self.fw.attributes if a.name != "disposal"]
                    hint = did_you_mean(name, names)
                    where = (
                        "disposal is given at the top of the case"
                        if name == "disposal"
                        else f"attributes: {', '.join(names)}"
                    )
                    self.error(
                        f"case {case.id}: unknown attribute '{name}'{hint} ({where})",
                        "cases",
                        case.index,
                        "attributes",
                        name,
                        key=True,
                    )
                    continue
                allowed = {"flag": ("yes", "no"), "enum": attr.values}.get(attr.kind)
                if allowed is not None and value not in allowed:
                    self.error(
                        f"case {case.id}: {name} is '{value}', not one of {', '.join(allowed)}",
                        "cases",
                        case.index,
                        "attributes",
                        name,
                    )
            for item_id in case.answers:
                if unused_prompt(item_id):
                    continue
                if not known(item_id):
                    self.error(
                        unknown_message(item_id), "cases", case.index, "answers", item_id, key=True
                    )
                elif (owner := judged_owner(item_id)) is not None:
                    self.error(
                        judged_message(item_id, owner, f"case {case.id}'s answer"),
                        "cases",
                        case.index,
                        "answers",
                        item_id,
                        key=True,
                    )
                elif item_id in self.insp.counts:
                    self.error(
                        f"{item_id} has both case answers and counts: give one or the other "
                        f"(case {case.id} answers it)",
                        "cases",
                        case.index,
                        "answers",
                        item_id,
                        key=True,
                    )
        for item_id in self.insp.counts:
            if unused_prompt(item_id):
                continue
            if not known(item_id):
                self.error(unknown_message(item_id), "counts", item_id, key=True)
            elif (owner := judged_owner(item_id)) is not None:
                self.error(judged_message(item_id, owner, "counts"), "counts", item_id, key=True)
        if unused:
            ids = sorted(unused, key=id_key)
            n = sum(len(v) for v in unused.values())
            self.warn(
                f"prompt-level data for {n} prompt{'s' if n != 1 else ''} of "
                f"{len(ids)} key question{'s' if len(ids) != 1 else ''} ({id_ranges(ids)}) is "
                f"not used: {self.fw.id} gives no prompts for them; key-question figures are "
                "rated as usual",
                code=UNUSED_DATA,
            )
        for sid, judgement in self.insp.judgements.items():
            std = standards.get(sid)
            if std is None:
                self.error(f"unknown standard {sid} in domain1", "domain1", sid, key=True)
            elif not std.judged:
                self.error(
                    f"standard {sid} is rated by {std.rated_by}, not by inspector judgement; "
                    "give its key-question data instead",
                    "domain1",
                    sid,
                    key=True,
                )
            self.check_rating(judgement.rating, "domain1", sid)
        for sid, decision in self.insp.discretion.items():
            if sid not in standards:
                self.error(f"unknown standard {sid} in discretion", "discretion", sid, key=True)
            self.check_rating(decision.rating, "discretion", sid, "rating")

    # ------------------------------------------------------------------ key questions
    def key_question(self, kq: KeyQuestion) -> KeyQuestionResult:
        fw = self.fw
        domain = fw.domain_of(kq.id)
        rounding = _rule(fw, f"percentage rounded {fw.banding.rounding}", fw.banding.rounding_span)
        parts = [c for c in (domain.condition, kq.condition) if c is not None]
        applies = " and ".join(condition_text(c, 2) for c in parts) if parts else "all cases"
        applies_span = kq.condition_span or domain.condition_span
        applies_rule = (
            _rule(fw, f"applies to cases where {applies}", applies_span) if applies_span else None
        )
        common: _Common = {
            "id": kq.id,
            "text": kq.text.text,
            "rounding": rounding,
            "applies": applies,
            "applies_rule": applies_rule,
        }

        count = self.insp.counts.get(kq.id)
        prompts = tuple(
            self.prompt_from_counts(p.id, p.text.text)
            for p in kq.prompts
            if p.id in self.insp.counts
        )
        if count is not None:
            if count.relevant is not None and count.yes is not None:
                return self.banded(
                    common, "counts", count.relevant, count.yes, prompts=prompts, line=count.line
                )
            assert count.percent is not None
            p = arithmetic.round_percent(count.percent, fw.banding.rounding)
            band = fw.banding.band_for(p)
            return KeyQuestionResult(
                **common,
                basis="percent",
                relevant=None,
                yes=None,
                percent=p,
                exact=float(count.percent),
                band=band.rating if band else None,
                band_rule=_band_ref(self.fw, band) if band else None,
                prompts=prompts,
                data_line=count.line,
            )

        counted: list[CaseUse] = []
        excluded: list[CaseUse] = []
        for case in self.insp.cases:
            answer = case.answers.get(kq.id)
            reason = self.applicability(kq, case)
            if reason is not None:
                excluded.append(CaseUse(case.id, answer, reason))
                if answer is not None:
                    self.warn(
                        f"case {case.id} answers {kq.id}, which does not apply to it ({reason}); "
                        "the answer is left out of the counts",
                        "cases",
                        case.index,
                        "answers",
                        kq.id,
                        key=True,
                    )
                continue
            admitted = self.admitted(kq, case)
            if answer is None:
                self.error(
                    f"case {case.id} has no answer for {kq.id}, which applies to it ({admitted}); "
                    f"answer yes or no" + (" or n/a" if kq.where_applicable else ""),
                    "cases",
                    case.index,
                    "answers" if "answers" in self._case_keys(case) else "id",
                )
                continue
            if answer == "n/a":
                if not kq.where_applicable:
                    self.error(
                        f"case {case.id}: n/a is not allowed for {kq.id} (it is not a 'where "
                        f"applicable' question and applies to this case: {admitted}); answer yes or no",
                        "cases",
                        case.index,
                        "answers",
                        kq.id,
                    )
                    continue
                excluded.append(CaseUse(case.id, answer, "answered n/a"))
                continue
            counted.append(CaseUse(case.id, answer, admitted))
        prompt_results = tuple(
            self.prompt_from_cases(kq, p.id, p.text.text, p.where_applicable, counted)
            for p in kq.prompts
        )
        if not self.insp.cases:
            return KeyQuestionResult(
                **common,
                basis="none",
                relevant=None,
                yes=None,
                percent=None,
                exact=None,
                band=None,
                band_rule=None,
            )
        yes = sum(1 for c in counted if c.answer == "yes")
        return self.banded(common, "cases", len(counted), yes, counted, excluded, prompt_results)

    def _case_keys(self, case: Case) -> set[str]:
        return {
            str(k[2])
            for k in self.insp.spans
            if len(k) >= 3 and k[0] == "cases" and k[1] == case.index
        }

    def banded(
        self,
        common: _Common,
        basis: str,
        relevant: int,
        yes: int,
        counted: Iterable[CaseUse] = (),
        excluded: Iterable[CaseUse] = (),
        prompts: tuple[PromptResult, ...] = (),
        line: int | None = None,
    ) -> KeyQuestionResult:
        if relevant == 0:
            return KeyQuestionResult(
                **common,
                basis=basis,
                relevant=0,
                yes=0,
                percent=None,
                exact=None,
                band=None,
                band_rule=None,
                counted=tuple(counted),
                excluded=tuple(excluded),
                prompts=prompts,
                data_line=line,
            )
        exact = arithmetic.percent(yes, relevant)
        p, band = arithmetic.band_of(self.fw.banding, yes, relevant)
        low, high = arithmetic.wilson(yes, relevant)
        crosses = tuple(b.low for b in self.fw.banding.bands[1:] if low < b.low <= high)
        return KeyQuestionResult(
            **common,
            basis=basis,
            relevant=relevant,
            yes=yes,
            percent=p,
            exact=float(exact),
            band=band.rating if band else None,
            band_rule=_band_ref(self.fw, band) if band else None,
            counted=tuple(counted),
            excluded=tuple(excluded),
            prompts=prompts,
            interval=Interval(low, high, crosses),
            data_line=line,
        )

    def applicability(self, kq: KeyQuestion, case: Case) -> str | None:
        """None when the key question applies to the case; otherwise why it does not."""
        domain = self.fw.domain_of(kq.id)
        if domain.condition is not None:
            ok, why = self.holds(domain.condition, case, f"domain {domain.id}")
            if not ok:
                return f"domain {domain.id} is for cases where {condition_text(domain.condition)}; {why}"
        if kq.condition is not None:
            ok, why = self.holds(kq.condition, case, kq.id)
            if not ok:
                return f"needs {condition_text(kq.condition)}; {why}"
        return None

    def admitted(self, kq: KeyQuestion, case: Case) -> str:
        domain = self.fw.domain_of(kq.id)
        facts = []
        for cond, who in ((domain.condition, f"domain {domain.id}"), (kq.condition, kq.id)):
            if cond is not None:
                facts.append(self.holds(cond, case, who)[1])
        return "; ".join(facts) if facts else "applies to every case"

    def prompt_from_counts(self, pid: str, text: str) -> PromptResult:
        c = self.insp.counts[pid]
        if c.relevant is not None and c.yes is not None:
            p = (
                arithmetic.round_percent(
                    arithmetic.percent(c.yes, c.relevant), self.fw.banding.rounding
                )
                if c.relevant
                else None
            )
            return PromptResult(pid, text, c.relevant, c.yes, 0, p, "counts")
        assert c.percent is not None
        return PromptResult(
            pid,
            text,
            None,
            None,
            0,
            arithmetic.round_percent(c.percent, self.fw.banding.rounding),
            "counts",
        )

    def prompt_from_cases(
        self, kq: KeyQuestion, pid: str, text: str, where_applicable: bool, counted: list[CaseUse]
    ) -> PromptResult:
        if pid in self.insp.counts:
            return self.prompt_from_counts(pid, text)
        counted_ids = {c.case for c in counted}
        relevant = yes = na = 0
        answered = False
        for case in self.insp.cases:
            answer = case.answers.get(pid)
            if answer is None:
                continue
            answered = True
            if case.id not in counted_ids:
                self.warn(
                    f"case {case.id} answers prompt {pid}, but its key question {kq.id} is not "
                    "counted for this case; the answer is left out",
                    "cases",
                    case.index,
                    "answers",
                    pid,
                    key=True,
                )
                continue
            if answer == "n/a":
                if not where_applicable:
                    self.error(
                        f"case {case.id}: n/a is not allowed for prompt {pid} (it is not 'where applicable')",
                        "cases",
                        case.index,
                        "answers",
                        pid,
                    )
                na += 1
                continue
            relevant += 1
            yes += answer == "yes"
        if not answered:
            return PromptResult(pid, text, None, None, 0, None, "none")
        p = (
            arithmetic.round_percent(arithmetic.percent(yes, relevant), self.fw.banding.rounding)
            if relevant
            else None
        )
        return PromptResult(pid, text, relevant, yes, na, p, "cases")

    # ------------------------------------------------------------------ standards
    def standard(self, std: Standard) -> StandardResult:
        fw = self.fw
        domain = fw.domain_of(std.id)
        rule_span = std.rated_by_span or std.span
        rule = _rule(fw, f"rated by {std.rated_by}", rule_span)
        if std.judged:
            j = self.insp.judgements.get(std.id)
            rating = j.rating if j and j.rating in self.score else None
            if j is None:
                self.warn(
                    f"no rating for standard {std.id} ({std.name}), which is rated by inspector "
                    f'judgement; add it under domain1, e.g. "{std.id}": Good',
                )
            chars = tuple(c.text.text for c in std.characteristics if rating and c.rating == rating)
            judged = Judged(rating, j.evidence if j else None, chars, j.line if j else None)
            result = StandardResult(
                std.id,
                std.name,
                domain.id,
                std.rated_by,
                rule,
                rating,
                rating,
                self.score.get(rating) if rating else None,
                judged=judged,
                note=None if rating else "not rated: no inspector judgement given",
            )
            return self.with_discretion(result, std, None)

        kqs = tuple(self.key_question(k) for k in std.key_questions)
        rated = [k for k in kqs if k.band is not None]
        if not rated:
            self.warn(
                f"standard {std.id} ({std.name}) is not rated: none of its key questions "
                f"({', '.join(k.id for k in kqs)}) has relevant cases"
            )
            result = StandardResult(
                std.id,
                std.name,
                domain.id,
                std.rated_by,
                rule,
                None,
                None,
                None,
                kqs,
                note="not rated: no key question has relevant cases",
            )
            return self.with_discretion(result, std, None)
        low_score = min(self.score[k.band] for k in rated if k.band)
        banded = self.rating_by_score[low_score]
        lowest = tuple(k.id for k in rated if self.score[k.band or ""] == low_score)
        moves = self.moves(kqs, low_score)
        result = StandardResult(
            std.id,
            std.name,
            domain.id,
            std.rated_by,
            rule,
            banded,
            banded,
            low_score,
            kqs,
            lowest,
            moves=moves,
        )
        return self.with_discretion(result, std, kqs)

    def moves(self, kqs: tuple[KeyQuestionResult, ...], low_score: int) -> tuple[Move, ...]:
        rated = [k for k in kqs if k.band is not None]
        if any(k.relevant is None or k.yes is None for k in rated):
            return ()
        banding, score = self.fw.banding, self.score
        out: list[Move] = []
        if low_score < max(score.values()):
            steps: list[MoveStep] = []
            after: dict[str, int] = {k.id: score[k.band or ""] for k in rated}
            for k in rated:
                if score[k.band or ""] != low_score:
                    continue
                found = arithmetic.fewest_to_reach(
                    banding, k.yes or 0, k.relevant or 0, low_score, None, score
                )
                if found is None:
                    steps = []
                    break
                n, p, band = found
                steps.append(MoveStep(k.id, "no", "yes", n, p, band.rating))
                after[k.id] = score[band.rating]
            if steps:
                out.append(
                    Move(
                        "up",
                        sum(s.cases for s in steps),
                        self.rating_by_score[min(after.values())],
                        tuple(steps),
                    )
                )
        if low_score > min(score.values()):
            best: MoveStep | None = None
            for k in rated:
                found = arithmetic.fewest_to_reach(
                    banding, k.yes or 0, k.relevant or 0, None, low_score, score
                )
                if found is not None and (best is None or found[0] < best.cases):
                    n, p, band = found
                    best = MoveStep(k.id, "yes", "no", n, p, band.rating)
            if best is not None:
                out.append(Move("down", best.cases, best.band_after, (best,)))
        return tuple(out)

    def measures(self, result: StandardResult) -> dict[str, float | int | None]:
        lowest = [k for k in result.key_questions if k.id in result.lowest]
        values: dict[str, float | int | None] = dict.fromkeys(MEASURES)
        if not lowest:
            return values
        low = min(k.percent for k in lowest if k.percent is not None)
        values["lowest_percent"] = low
        dist = arithmetic.boundary_distance(self.fw.banding, low)
        values["boundary_distance"] = dist[0] if dist else None
        if all(k.relevant is not None for k in lowest):
            values["sample_size"] = min(k.relevant or 0 for k in lowest)
        if any(k.relevant is None or k.yes is None for k in result.key_questions if k.band):
            values["judgements_to_change"] = None
        else:
            counts = [m.judgements for m in result.moves]
            values["judgements_to_change"] = min(counts) if counts else None
        return values

    def describe(
        self, name: str, values: dict[str, float | int | None], result: StandardResult
    ) -> str:
        v = values[name]
        if v is None:
            return f"{name} is unknown (the data gives percentages, not case counts)"
        if name == "boundary_distance":
            low = values["lowest_percent"]
            dist = arithmetic.boundary_distance(self.fw.banding, int(low or 0))
            boundary = dist[1] if dist else "?"
            return f"the lowest key question is at {low}%, {v} point{'s' if v != 1 else ''} from the {boundary}% boundary"
        if name == "judgements_to_change":
            parts = []
            for m in result.moves:
                steps = ", ".join(f"{s.cases} in {s.key_question}" for s in m.steps)
                parts.append(
                    f"{m.judgements} differing judgement{'s' if m.judgements != 1 else ''} ({steps}) would move it {m.direction} to {m.to}"
                )
            return "; ".join(parts) if parts else f"{name} = {v}"
        if name == "sample_size":
            ids = ", ".join(result.lowest)
            return f"the rating rests on {v} relevant case{'s' if v != 1 else ''} ({ids})"
        return f"the lowest key-question percentage is {v}%"

    def with_discretion(
        self, result: StandardResult, std: Standard, kqs: tuple[KeyQuestionResult, ...] | None
    ) -> StandardResult:
        policy = self.fw.discretion
        decision = self.insp.discretion.get(std.id)
        in_policy = policy is not None and result.domain in policy.domains and not std.judged
        if policy is None or (not in_policy and decision is None):
            return result
        checks: list[Check] = []
        values: dict[str, float | int | None] = dict.fromkeys(MEASURES)
        if in_policy and result.banded is not None:
            values = self.measures(result)
            for rule in policy.rules:
                holds = _truth(rule.condition, values)
                names = sorted(_names(rule.condition))
                detail = "; ".join(self.describe(n, values, result) for n in names)
                if rule.description:
                    detail = f"{rule.description}: {detail}"
                checks.append(
                    Check(
                        condition_text(rule.condition),
                        rule.description,
                        holds,
                        detail,
                        _where(rule.span),
                        self.fw.snippet(rule.span),
                    )
                )
        eligible: bool | None
        if not in_policy or result.banded is None:
            eligible = False
        elif any(c.holds for c in checks):
            eligible = True
        elif any(c.holds is None for c in checks):
            eligible = None
        else:
            eligible = False
        d = Discretion(in_policy, eligible, tuple(checks), values)
        rating, note = result.rating, result.note
        if decision is not None and decision.rating in self.score:
            if not eligible and not decision.override:
                why = (
                    f"the discretion policy covers domains {', '.join(policy.domains)} only"
                    if not in_policy
                    else "eligibility cannot be shown from this data (percentages only)"
                    if eligible is None
                    else "none of the policy's conditions holds: "
                    + "; ".join(c.detail for c in checks)
                )
                report = self.error if self.strict_discretion else self.warn
                report(
                    f"discretion for {std.id}: the policy does not make this standard eligible ({why}); "
                    "if the panel's decision stands anyway, add 'override: true' to it",
                    "discretion",
                    std.id,
                )
                if not self.strict_discretion:
                    note = f"discretion applied, but {self.fw.id} would not make this standard eligible"
            d = Discretion(
                in_policy,
                eligible,
                tuple(checks),
                values,
                True,
                decision.rating,
                decision.reason,
                decision.override,
                decision.line,
            )
            rating = decision.rating
            if decision.override and not eligible and note is None:
                note = "discretion applied by override: the policy does not make this standard eligible"
        score = self.score.get(rating) if rating else None
        return StandardResult(
            result.id,
            result.name,
            result.domain,
            result.rated_by,
            result.rule,
            rating,
            result.banded,
            score,
            result.key_questions,
            result.lowest,
            d,
            result.moves,
            result.judged,
            note,
        )

    # ------------------------------------------------------------------ overall
    def run(self) -> Result:
        fw = self.fw
        self.check_references()
        if any(d.is_error for d in self.problems):
            raise self.failure()
        standards = tuple(self.standard(s) for s in fw.standards())
        if any(d.is_error for d in self.problems):
            raise self.failure()
        scores = tuple((s.id, s.score) for s in standards)
        missing = tuple(sid for sid, sc in scores if sc is None)
        rating = band_rule = None
        total = None
        if missing:
            self.warn(f"no overall rating: standards {', '.join(missing)} are not rated")
        else:
            total = sum(sc or 0 for _, sc in scores)
            band = fw.overall.band_for(total)
            if band is not None:
                rating = band.rating
                band_rule = _rule(fw, f"overall {band.low}..{band.high} {band.rating}", band.span)
        overall = OverallResult(rating, total, fw.overall.high, scores, band_rule, missing)
        findings = tuple(
            Finding(d.severity.value, d.code, d.message, str(d.span) if d.span else None)
            for d in self.problems
        )
        return Result(
            service=self.insp.service,
            inspection=self.insp.path,
            framework_id=fw.id,
            family=fw.family,
            version=fw.version,
            framework_title=fw.title,
            framework_path=fw.path,
            overall=overall,
            standards=standards,
            domains=tuple((d.id, d.name) for d in fw.domains),
            diagnostics=findings,
            bands=tuple((b.low, b.high, b.rating) for b in fw.banding.bands),
        )

    def failure(self) -> DiagnosticsError:
        errors = [d for d in self.problems if d.is_error]
        return DiagnosticsError(
            errors,
            {self.insp.path: self.insp.text},
            f"{self.insp.path}: {len(errors)} problem{'s' if len(errors) != 1 else ''} "
            f"with the inspection data under {self.fw.id}",
        )


def _names(cond: ast.Cond) -> set[str]:
    match cond:
        case ast.Truthy(name=n) | ast.Compare(name=n) | ast.InList(name=n):
            return {n.name}
        case ast.Not(operand=op):
            return _names(op)
        case ast.And(operands=ops) | ast.Or(operands=ops):
            return set().union(*(_names(o) for o in ops))
    raise AssertionError(cond)


def _truth(cond: ast.Cond, values: dict[str, float | int | None]) -> Truth:
    """Three-valued: a condition over an unknown measure is unknown, not false."""
    match cond:
        case ast.Compare(op=op, name=n, value=v):
            x = values.get(n.name)
            if x is None or not isinstance(v.value, (int, float)):
                return None
            y = v.value
            return {"=": x == y, "!=": x != y, "<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[
                op
            ]
        case ast.Truthy(name=n):
            x = values.get(n.name)
            return None if x is None else bool(x)
        case ast.InList(name=n, values=vs, negated=neg):
            x = values.get(n.name)
            return None if x is None else ((x in [v.value for v in vs]) != neg)
        case ast.Not(operand=op):
            t = _truth(op, values)
            return None if t is None else not t
        case ast.And(operands=ops):
            ts = [_truth(o, values) for o in ops]
            return False if False in ts else None if None in ts else True
        case ast.Or(operands=ops):
            ts = [_truth(o, values) for o in ops]
            return True if True in ts else None if None in ts else False
    raise AssertionError(cond)
