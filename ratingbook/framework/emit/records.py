"""The JSON of every record: the one place that knows how each record type is written as JSON
(``ratingbook/result-v1``, ``ratingbook/explain-v1``, ``ratingbook/diff-v1``,
``ratingbook/show-v1``, ``ratingbook/compare-v1``, ``ratingbook/check-v1``,
``ratingbook/test-v1``, the list of versions and the parts they share); ``json.py`` only
chooses which to write and writes it. The records
themselves are plain data and know no format, as sqlglot's expressions know no dialect: each
type's shape is one function here, and :func:`data` dispatches any record to its function.

The parts that grow with the cases (each key question's cases counted and left out, each
case's provenance, an explanation's lines) are :class:`Items` and :class:`Pairs`: pulled one
at a time as they are written, each key question's cases worked out afresh and not kept, so a
200,000-case result is written in the memory of one case at a time.
:func:`as_json` gives the same document as plain data, for a program that wants it whole.

Phrases are left as they are (a :class:`~ratingbook.framework.phrase.Phrase`): the JSON writer
words them (``views/common.py``'s ``json_worded``), as every other format does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias, assert_never

from ratingbook.framework.phrase import Say, said
from ratingbook.framework.render.json_stream import Items, Pairs, Walk

if TYPE_CHECKING:
    from ratingbook.dsl.diagnostics import Diagnostic
    from ratingbook.framework.certainty import Certainty
    from ratingbook.framework.checker import CheckResult
    from ratingbook.framework.compare import (
        Comparison,
        InspectionComparison,
        RatingMove,
        Tally,
        UndeterminedResult,
    )
    from ratingbook.framework.contents import Clause, Contents, Entry
    from ratingbook.framework.coverage import VersionCoverage
    from ratingbook.framework.diff import Change, Diff, DomainCount, ItemChanges, WordOp
    from ratingbook.framework.explain import Explanation, Node
    from ratingbook.framework.model import Framework
    from ratingbook.framework.plan import RuleRef
    from ratingbook.framework.posterior import DomainModel, Model, Prior, Sampling, Words
    from ratingbook.framework.result import (
        Audit,
        CaseRecord,
        Check,
        Discretion,
        FileDigest,
        Finding,
        Interval,
        Judged,
        KeyQuestionResult,
        OverallResult,
        OverallUndetermined,
        Range,
        Result,
        StandardResult,
        StandardUndetermined,
        Undetermined,
    )
    from ratingbook.framework.rules.moves import Move, StandardChange, Step, WhatIf
    from ratingbook.framework.sampling import DomainSample
    from ratingbook.framework.trace import CaseUse, PromptResult
    from ratingbook.framework.views.reports import Version
    from ratingbook.framework.views.sampling import SamplePlanView
    from ratingbook.framework.views.testrun import TestRunView

    # Every record this module writes, for :func:`data`.
    Record: TypeAlias = (
        Result
        | KeyQuestionResult
        | StandardResult
        | OverallResult
        | Interval
        | Range
        | Undetermined
        | StandardUndetermined
        | OverallUndetermined
        | Check
        | Discretion
        | Judged
        | Finding
        | FileDigest
        | Audit
        | CaseRecord
        | CaseUse
        | PromptResult
        | Step
        | StandardChange
        | Move
        | WhatIf
        | Certainty
        | Prior
        | Sampling
        | Model
        | DomainModel
        | Words
        | DomainSample
        | Explanation
        | Node
        | WordOp
        | Change
        | DomainCount
        | ItemChanges
        | Diff
        | Clause
        | Entry
        | Contents
        | RatingMove
        | UndeterminedResult
        | InspectionComparison
        | Tally
        | Comparison
        | SamplePlanView
    )


def data(record: Record) -> Any:
    """Any record as the plain JSON data its documents hold it as (dicts, lists, phrases
    unworded): what ``ratingbook.to_json`` gives a program. A diff is its full document
    (``ratingbook/diff-v1``; :func:`diff_summary_json` is ``--summary``'s)."""
    # The classes are imported here, when a record is asked for: the commands call the
    # functions below directly, so rating loads none of the modules it does not use.
    from ratingbook.framework.certainty import Certainty
    from ratingbook.framework.compare import (
        Comparison,
        InspectionComparison,
        RatingMove,
        Tally,
        UndeterminedResult,
    )
    from ratingbook.framework.contents import Clause, Contents, Entry
    from ratingbook.framework.diff import Change, Diff, DomainCount, ItemChanges, WordOp
    from ratingbook.framework.explain import Explanation, Node
    from ratingbook.framework.posterior import DomainModel, Model, Prior, Sampling, Words
    from ratingbook.framework.result import (
        Audit,
        CaseRecord,
        Check,
        Discretion,
        FileDigest,
        Finding,
        Interval,
        Judged,
        KeyQuestionResult,
        OverallResult,
        OverallUndetermined,
        Range,
        Result,
        StandardResult,
        StandardUndetermined,
        Undetermined,
    )
    from ratingbook.framework.rules.moves import Move, StandardChange, Step, WhatIf
    from ratingbook.framework.sampling import DomainSample
    from ratingbook.framework.trace import CaseUse, PromptResult
    from ratingbook.framework.views.sampling import SamplePlanView

    match record:
        case Result():
            return as_json(result_record(record))
        case KeyQuestionResult():
            return as_json(key_question_record(record))
        case StandardResult():
            return as_json(standard_record(record))
        case OverallResult():
            return overall_json(record)
        case Interval():
            return interval_json(record)
        case Range():
            return range_json(record)
        case Undetermined():
            return undetermined_json(record)
        case StandardUndetermined():
            return standard_undetermined_json(record)
        case OverallUndetermined():
            return overall_undetermined_json(record)
        case Check():
            return check_json(record)
        case Discretion():
            return discretion_json(record)
        case Judged():
            return judged_json(record)
        case Finding():
            return finding_json(record)
        case FileDigest():
            return file_json(record)
        case Audit():
            return audit_json(record)
        case CaseRecord():
            return case_json(record)
        case CaseUse():
            return case_use_json(record)
        case PromptResult():
            return prompt_json(record)
        case Step():
            return step_json(record)
        case StandardChange():
            return standard_change_json(record)
        case Move():
            return move_json(record)
        case WhatIf():
            return what_if_json(record)
        case Certainty():
            return certainty_json(record)
        case Prior():
            return prior_json(record)
        case Sampling():
            return model_sampling_json(record)
        case Model():
            return model_json(record)
        case DomainModel():
            return domain_model_json(record)
        case Words():
            return model_words_json(record)
        case DomainSample():
            return domain_sample_json(record)
        case Explanation():
            return as_json(explanation_record(record))
        case Node():
            return as_json(node_record(record))
        case WordOp():
            return word_op_json(record)
        case Change():
            return change_json(record)
        case DomainCount():
            return domain_count_json(record)
        case ItemChanges():
            return item_changes_json(record)
        case Diff():
            return diff_json(record)
        case Clause():
            return clause_json(record)
        case Entry():
            return entry_json(record)
        case Contents():
            return contents_json(record)
        case RatingMove():
            return rating_move_json(record)
        case UndeterminedResult():
            return undetermined_result_json(record)
        case InspectionComparison():
            return inspection_comparison_json(record)
        case Tally():
            return tally_json(record)
        case Comparison():
            return comparison_json(record)
        case SamplePlanView():
            return sample_plan_json(record)
        case _:
            assert_never(record)


def as_json(value: Walk | Items | Pairs | Any) -> Any:
    """A record with every part pulled: plain JSON data (dicts, lists), as a program reads
    the document whole."""
    if isinstance(value, Walk):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, Pairs):
        return {k: as_json(v) for k, v in value.pairs}
    if isinstance(value, Items):
        return [as_json(v) for v in value.items]
    return value


# ---------------------------------------------------------------------------- result-v1


def rule_json(rule: RuleRef) -> dict[str, str]:
    """A rule, where it is written and its text."""
    return {"rule": rule.text, "where": rule.where, "snippet": rule.snippet}


def interval_json(i: Interval) -> dict[str, object]:
    return {
        "low": round(i.low, 1),
        "high": round(i.high, 1),
        "spans_band_boundary": bool(i.crosses),
        "boundaries_inside": list(i.crosses),
    }


def range_json(r: Range) -> dict[str, Any]:
    out: dict[str, Any] = {"lowest": r.lowest, "highest": r.highest, "unrated": r.unrated}
    if r.only:
        out["only"] = list(r.only)
    return out


def _low_high(low: int | None, high: int | None) -> dict[str, int | None] | None:
    return None if low is None else {"low": low, "high": high}


def undetermined_json(u: Undetermined) -> dict[str, Any]:
    return {
        "reason": u.reason,
        "settle": u.settle,
        "percent": _low_high(u.percent_low, u.percent_high),
        "bands": range_json(u.bands),
    }


def standard_undetermined_json(u: StandardUndetermined) -> dict[str, Any]:
    return {
        "key_questions": list(u.key_questions),
        "banded": range_json(u.banded),
        "rating": range_json(u.rating),
        "score": _low_high(u.score_low, u.score_high),
    }


def overall_undetermined_json(u: OverallUndetermined) -> dict[str, Any]:
    return {
        "standards": list(u.standards),
        "rating": range_json(u.rating),
        "score": _low_high(u.score_low, u.score_high),
    }


def case_use_json(c: CaseUse) -> dict[str, object]:
    out: dict[str, object] = {"case": c.case, "answer": c.answer, "reason": c.reason}
    if c.given is not None:
        out["answer_reason"] = c.given
    if c.inspector is not None:
        out["inspector"] = c.inspector
    return out


def prompt_json(p: PromptResult) -> dict[str, object]:
    return {
        "relevant": p.relevant,
        "yes": p.yes,
        "not_applicable": p.na,
        "percent": p.percent,
        "basis": p.basis,
    }


def check_json(c: Check) -> dict[str, Any]:
    return {
        "rule": c.rule,
        "description": c.description,
        "holds": c.holds,
        "detail": c.detail,
        "where": c.where,
        "snippet": c.snippet,
    }


def discretion_json(d: Discretion) -> dict[str, Any]:
    out: dict[str, Any] = {"eligible": d.eligible, "reasons": d.reasons, "applied": d.applied}
    if d.applied:
        out["rating"] = d.rating
        out["reason"] = d.reason
        out["override"] = d.override
        if d.report_line is not None:
            out["report_line"] = d.report_line
    out["in_policy"] = d.in_policy
    out["measures"] = dict(d.measures.items())
    out["checks"] = [check_json(c) for c in d.checks]
    return out


def judged_json(j: Judged) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rating": j.rating,
        "evidence": j.evidence,
        "characteristics": list(j.characteristics),
    }
    if j.scores:
        out["scores"] = dict(j.scores)
        out["percent"] = j.percent
    if j.report_line is not None:
        out["report_line"] = j.report_line
    return out


def key_question_record(k: KeyQuestionResult) -> Walk:
    """One key question's figures, rules, cases and prompts; its cases are worked out afresh
    and let go as they are written."""
    out = Walk(
        {
            "relevant": k.relevant,
            "yes": k.yes,
            "percent": k.percent,
            "band": k.band,
            "basis": k.basis,
            "no": k.no,
            "exact_percent": None if k.exact is None else round(k.exact, 4),
            "applies": k.applies,
        }
    )
    if k.band_rule:
        out["band_rule"] = rule_json(k.band_rule)
    out["rounding"] = rule_json(k.rounding)
    interval = k.interval
    if interval is not None:
        out["interval_95"] = interval_json(interval)
    trace = k.passing_trace()
    if trace is not None and trace.has_cases:
        out["cases_counted"] = Items(case_use_json(c) for c in trace.each_counted())
        out["cases_excluded"] = Items(case_use_json(c) for c in trace.each_excluded())
    prompts = () if trace is None else trace.prompts
    if prompts:
        out["prompts"] = {p.id: prompt_json(p) for p in prompts}
    if k.report_line is not None:
        out["report_line"] = k.report_line
    if k.undetermined is not None:
        out["undetermined"] = undetermined_json(k.undetermined)
    if k.not_inspected is not None:
        out["not_inspected"] = {"reason": k.not_inspected.reason}
        if k.not_inspected.line is not None:
            out["not_inspected"]["line"] = k.not_inspected.line
    if k.discretion is not None:
        out["discretion"] = discretion_json(k.discretion)
    return out


def standard_record(s: StandardResult) -> Walk:
    """One standard's rating, how it was reached, and its key questions."""
    out = Walk(
        {
            "name": s.name,
            "rating": s.rating,
            "banded": s.banded,
            "score": s.score,
            "rated_by": s.rated_by,
            "rule": rule_json(s.rule),
        }
    )
    if not s.scored:
        out["scored"] = False
    if s.judged is not None:
        out["judgement"] = judged_json(s.judged)
    else:
        out["key_questions"] = Pairs((k.id, key_question_record(k)) for k in s.key_questions)
        out["lowest"] = list(s.lowest)
        up, down = s.move("up"), s.move("down")
        out["what_would_change"] = {
            "up": None if up is None else band_move_json(up),
            "down": None if down is None else band_move_json(down),
        }
    if s.discretion is not None:
        out["discretion"] = discretion_json(s.discretion)
    if s.undetermined is not None:
        out["undetermined"] = standard_undetermined_json(s.undetermined)
    note = s.note
    if note:
        out["note"] = note
    return out


def overall_json(o: OverallResult) -> dict[str, Any]:
    out: dict[str, Any] = {"rating": o.rating, "score": o.score, "max": o.max}
    if o.band_rule:
        out["band_rule"] = rule_json(o.band_rule)
    if o.row is not None and o.plan is not None and o.plan.framework.overall.rule:
        out["table_row"] = o.plan.framework.overall.rule.rows[o.row].text
    if o.limits:
        out["before_limits"] = o.given
        out["limits"] = [rule_json(r) for r in o.limit_rules]
    if o.missing:
        out["not_rated"] = list(o.missing)
    if o.undetermined is not None:
        out["undetermined"] = overall_undetermined_json(o.undetermined)
    return out


def finding_json(f: Finding) -> dict[str, Any]:
    return {"severity": f.severity, "code": f.code, "message": f.message, "where": f.where}


def file_json(f: FileDigest) -> dict[str, str | None]:
    """A file a result was made from, with its SHA-256 (and a version's id)."""
    head = {} if f.id is None else {"id": f.id}
    return {**head, "path": f.path, "sha256": f.sha256}


def audit_json(a: Audit) -> dict[str, Any]:
    return {
        "ratingbook": a.ratingbook,
        "framework": {"id": a.framework, "files": [file_json(f) for f in a.framework_files]},
        "data": file_json(a.data),
        "fieldwork": a.fieldwork,
        "lead_inspector": a.lead_inspector,
        "report": a.report,
    }


def case_json(c: CaseRecord) -> dict[str, Any]:
    return {
        "attributes": dict(c.attributes),
        "inspector": c.inspector,
        "note": c.note,
        "reasons": dict(c.reasons),
    }


def result_record(r: Result) -> Walk:
    """A rated inspection: ``ratingbook/result-v1`` (docs/result-format.md)."""
    from ratingbook.framework.result import RESULT_FORMAT

    out = Walk(
        {
            "format": RESULT_FORMAT,
            "service": r.service,
            "inspection": r.inspection,
            "audit": audit_json(r.audit),
            "framework": {
                "id": r.framework_id,
                "family": r.family,
                "version": r.version,
                "title": r.framework_title,
                "path": r.framework_path,
            },
            "overall": overall_json(r.overall),
            "domains": dict(r.domains),
            "bands": [{"low": lo, "high": hi, "rating": rating} for lo, hi, rating in r.bands],
            "standards": Pairs((s.id, standard_record(s)) for s in r.standards),
        }
    )
    if r.data.cases:
        out["cases"] = Pairs((c.id, case_json(c)) for c in r.each_case())
    out["diagnostics"] = [finding_json(d) for d in r.diagnostics]
    return out


# ---------------------------------------------------------------------------- what would move it


def step_json(s: Step, *, candidates: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "key_question": s.key_question,
        "from": s.answer_from,
        "to": s.answer_to,
        "cases": s.cases,
        "percent_after": s.percent_after,
        "band_after": s.band_after,
    }
    if candidates:
        out["candidates"] = list(s.candidates)
    return out


def standard_change_json(c: StandardChange) -> dict[str, Any]:
    return {
        "standard": c.standard,
        "judgements": c.judgements,
        "rating_from": c.rating_from,
        "rating_to": c.rating_to,
        "banded_from": c.banded_from,
        "banded_to": c.banded_to,
        "decision_set_aside": c.decision_set_aside,
        "changes": [step_json(s) for s in c.steps],
    }


def move_json(m: Move) -> dict[str, Any]:
    out: dict[str, Any] = {
        "state": m.state,
        "judgements": m.judgements,
        "to": m.to,
        "standards": [standard_change_json(c) for c in m.changes],
    }
    if m.reason is not None:
        out["reason"] = m.reason
    if m.decisions_stand is not None:
        out["while_decisions_stand"] = move_json(m.decisions_stand)
    return out


def band_move_json(m: Move) -> dict[str, Any]:
    """A standard's banded move as the result's ``what_would_change`` gives it."""
    return {
        "judgements": m.judgements,
        "to": m.to,
        "changes": [step_json(s, candidates=False) for s in m.steps],
    }


def what_if_json(w: WhatIf) -> dict[str, Any]:
    return {
        "item": w.item,
        "kind": w.kind,
        "rating": w.rating,
        "up": move_json(w.up),
        "down": move_json(w.down),
    }


# ---------------------------------------------------------------------------- how sure


def prior_json(p: Prior) -> dict[str, Any]:
    return {
        "code": p.code,
        "alpha": float(p.alpha),
        "beta": float(p.beta),
        "basis": said(Say.PRIOR_BASIS, prior=p.code),
    }


def model_sampling_json(s: Sampling) -> dict[str, Any]:
    return {
        "code": s.code,
        "relevant": s.relevant,
        "eligible": s.eligible,
        "estimated": s.estimated,
        "domain": s.domain,
        "domain_population": s.domain_population,
        "domain_sampled": s.domain_sampled,
    }


def model_json(m: Model) -> dict[str, Any]:
    return {
        "code": m.code,
        "text": said(Say.MODEL, model=m),
        "sampling": model_sampling_json(m.sampling),
        "prior": None if m.code == "census" else prior_json(m.prior),
    }


def domain_model_json(d: DomainModel) -> dict[str, Any]:
    return {"domain": d.domain, "code": d.code, "population": d.population, "sampled": d.sampled}


def model_words_json(w: Words) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": w.code,
        "text": said(Say.MODEL, model=w),
        "domains": [domain_model_json(d) for d in w.domains],
        "prior": None if w.prior is None else prior_json(w.prior),
        "independent": w.independent,
    }
    if w.key_question is not None:
        out["sampling"] = model_sampling_json(w.key_question.sampling)
    return out


def certainty_json(c: Certainty) -> dict[str, Any]:
    out: dict[str, Any] = {
        "item": c.item,
        "kind": c.kind,
        "rating": c.rating,
        "state": c.state,
        "probabilities": {r: round(float(p), 4) for r, p in c.probabilities},
        "warning": c.warning,
    }
    if c.reason:
        out["reason"] = c.reason
    out["model"] = None if c.model is None else model_words_json(c.model)
    return out


# ---------------------------------------------------------------------------- sampling


def domain_sample_json(d: DomainSample) -> dict[str, Any]:
    return {
        "domain": d.domain,
        "population": d.population,
        "needed": d.needed,
        "sized_by": d.sized_by,
        "share": d.share,
        "sampled": d.sampled,
        "margin_achieved": None if d.margin is None else round(d.margin, 2),
        "meets": d.meets,
    }


def sampling_json(result: Result) -> dict[str, Any] | None:
    """The version's sampling policy and whether each domain's sample meets it (None: no policy)."""
    from ratingbook.framework.sampling import adequacy

    policy = result.framework.sampling
    if policy is None:
        return None
    return {
        "confidence": policy.confidence,
        "margin": policy.margin,
        "split": {d: p for d, p in policy.split},
        "stratified_by": [q.text for q in policy.strata],
        "domains": [domain_sample_json(d) for d in adequacy(result)],
    }


def sample_plan_json(view: SamplePlanView) -> dict[str, Any]:
    """``sample-size --format json``: each sampled domain's cases needed, and the total."""
    return {
        "framework": view.framework_id,
        "confidence": view.confidence,
        "margin": view.margin,
        "domains": [domain_sample_json(d) for d in view.domains],
        "total": sum(d.needed or 0 for d in view.domains),
    }


# ---------------------------------------------------------------------------- explain-v1


def node_record(node: Node) -> Walk:
    """One line of an explanation and the lines beneath it, each worked out as it is written
    and not kept."""
    rule = node.rule
    return Walk(
        {
            "kind": node.kind,
            "id": node.id,
            "label": node.label,
            "status": node.status,
            "rule": None if rule is None else rule_json(rule),
            "warning": node.warning,
            "cases": list(node.cases),
            "hidden": node.hidden,
            "children": Items(node_record(c) for c in node.each_child()),
        }
    )


def explanation_record(e: Explanation) -> Walk:
    """An explanation: ``ratingbook/explain-v1`` (docs/explain-format.md)."""
    from ratingbook.framework.certainty import certainties
    from ratingbook.framework.explain import EXPLAIN_FORMAT, what_ifs

    result, item = e.result, e.item
    return Walk(
        {
            "format": EXPLAIN_FORMAT,
            "service": result.service,
            "inspection": result.inspection,
            "framework": result.framework_id,
            "audit": audit_json(result.audit),
            "item": item or "overall",
            "depth": e.depth,
            "only": e.only,
            "tree": node_record(e.root),
            "what_would_move": [what_if_json(w) for w in what_ifs(result, item)],
            "probabilities": [certainty_json(c) for c in certainties(result, item)],
            "sampling": sampling_json(result) if item in (None, "overall") else None,
            "diagnostics": [finding_json(d) for d in result.diagnostics],
        }
    )


# ---------------------------------------------------------------------------- diff-v1


def word_op_json(w: WordOp) -> dict[str, str]:
    return {"op": w.op, "old": w.old, "new": w.new}


def change_json(c: Change) -> dict[str, Any]:
    out: dict[str, Any] = {
        "section": c.section,
        "item": c.item,
        "what": c.what,
        "old": c.old,
        "new": c.new,
        "old_where": c.old_where,
        "new_where": c.new_where,
    }
    if c.words:
        out["words"] = [word_op_json(w) for w in c.words]
    if c.clauses:
        out["clauses"] = [
            {"what": what, "value": value, "where": where} for what, value, where in c.clauses
        ]
    return out


def domain_count_json(d: DomainCount) -> dict[str, Any]:
    return {"domain": d.domain or None, "name": d.name, "counts": dict(d.counts)}


def item_changes_json(i: ItemChanges) -> dict[str, Any]:
    return {"item": i.item, "changes": {s: list(whats) for s, whats in i.kinds}}


def diff_summary_json(d: Diff) -> dict[str, Any]:
    """``diff --summary --format json``: the counts, per domain, and one entry per item."""
    return {
        "format": "ratingbook/diff-summary-v1",
        "old": {"id": d.old, "path": d.old_path},
        "new": {"id": d.new, "path": d.new_path},
        "summary": d.summary(),
        "by_domain": [domain_count_json(c) for c in d.by_domain()],
        "items": [item_changes_json(i) for i in d.items()],
    }


def diff_json(d: Diff) -> dict[str, Any]:
    """``diff --format json``: ``ratingbook/diff-v1``."""
    return {
        "format": "ratingbook/diff-v1",
        "old": {"id": d.old, "path": d.old_path},
        "new": {"id": d.new, "path": d.new_path},
        "summary": d.summary(),
        "common_rewordings": [{"old": o, "new": n, "count": c} for o, n, c in d.phrase_changes],
        "changes": [change_json(c) for c in d.changes],
    }


# ---------------------------------------------------------------------------- show-v1


def clause_json(c: Clause) -> dict[str, Any]:
    return {
        "what": c.what,
        "value": c.value,
        "cite": c.cite,
        "where": c.where,
        "status": c.status,
        "rule": c.rule,
    }


def entry_json(e: Entry) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "id": e.id,
        "title": e.title,
        "status": e.status,
        "where": e.where,
        "clauses": [clause_json(c) for c in e.clauses],
    }


def contents_json(c: Contents) -> dict[str, Any]:
    """``show --format json``: ``ratingbook/show-v1``."""
    from ratingbook.framework.contents import FORMAT

    return {
        "format": FORMAT,
        "id": c.id,
        "title": c.title,
        "path": c.path,
        "based_on": None if c.based_on is None else {"id": c.based_on, "path": c.base_path},
        "effective_from": c.effective_from,
        "effective_until": c.effective_until,
        "selection": c.selection,
        "counts": c.counts(),
        "items": [entry_json(e) for e in c.items],
        "rules": [entry_json(e) for e in c.rules],
    }


# ---------------------------------------------------------------------------- compare-v1


def rating_move_json(m: RatingMove) -> dict[str, Any]:
    return {
        "item": m.item,
        "name": m.name,
        "what": m.what,
        "base": m.base,
        "candidate": m.candidate,
        "direction": m.direction,
        "why": list(m.why),
    }


def undetermined_result_json(u: UndeterminedResult) -> dict[str, Any]:
    return {
        "item": u.item,
        "name": u.name,
        "what": u.what,
        "side": u.side,
        "version": u.version,
        "other": u.other,
        "possible": u.possible,
        "why": list(u.why),
    }


def inspection_comparison_json(i: InspectionComparison) -> dict[str, Any]:
    return {
        "inspection": i.path,
        "sha256": i.sha256,
        "service": i.service,
        "moves": [rating_move_json(m) for m in i.moves],
        "undetermined": [undetermined_result_json(u) for u in i.undetermined],
        "notes": list(i.notes),
        "error": i.error,
    }


def tally_json(t: Tally) -> dict[str, int]:
    return {
        "inspections": t.inspections,
        "affected": t.affected,
        "ratings_up": t.ratings_up,
        "ratings_down": t.ratings_down,
        "other_changes": t.other_changes,
        "errors": t.errors,
        "undetermined": t.undetermined,
        "undetermined_results": t.undetermined_results,
    }


def comparison_json(c: Comparison) -> dict[str, Any]:
    """A corpus compared, whole: ``ratingbook/compare-v1`` without its audit."""
    return {
        "format": "ratingbook/compare-v1",
        "base": {"id": c.base, "path": c.base_path},
        "candidate": {"id": c.candidate, "path": c.candidate_path},
        "summary": tally_json(c.tally),
        "inspections": [inspection_comparison_json(i) for i in c.inspections],
    }


# ---------------------------------------------------------------------------- audits


def versions_audit_json(labelled: Sequence[tuple[str, Framework]]) -> dict[str, object]:
    """The audit of an output made from versions alone, hashes in full:
    ``{"ratingbook": ..., LABEL: {"id", "files"}}`` (``views/common.py``'s ``versions_audit``
    is its text)."""
    from ratingbook.framework.result import framework_files, ratingbook_version

    return {
        "ratingbook": ratingbook_version(),
        **{
            label: {"id": fw.id, "files": [file_json(f) for f in framework_files(fw)]}
            for label, fw in labelled
        },
    }


# ---------------------------------------------------------------------------- check-v1

CHECK_FORMAT: Final = "ratingbook/check-v1"


def diagnostic_json(d: Diagnostic) -> dict[str, object]:
    """One finding as ``check --format json`` gives it (see docs/diagnostics.md)."""
    span = d.span
    return {
        "file": span.path if span else None,
        "line": span.line if span else None,
        "column": span.col if span else None,
        "end": {"line": span.end_line, "column": span.end_col} if span else None,
        "severity": d.severity.value,
        "code": str(d.code),
        "message": d.message,
        "hint": "\n".join(d.notes) if d.notes else None,
        "fix": d.fix,
    }


def checked_json(path: str, result: CheckResult, *, strict: bool) -> dict[str, object]:
    """One framework file checked, for ``check --format json``: its findings sorted by place."""
    errors = sum(d.is_error for d in result.diagnostics)
    warnings = len(result.diagnostics) - errors
    fw = result.framework
    return {
        "file": path,
        "framework": fw.id if fw is not None else None,
        "ok": fw is not None and not (strict and warnings),
        "errors": errors,
        "warnings": warnings,
        "findings": [diagnostic_json(d) for d in _sorted(result.diagnostics)],
    }


def _sorted(found: Sequence[Diagnostic]) -> list[Diagnostic]:
    from ratingbook.dsl.diagnostics import sort_unique

    return list(sort_unique(found))


# ---------------------------------------------------------------------------- frameworks


def versions_json(entries: Iterable[Version]) -> list[dict[str, Any]]:
    """``frameworks --format json``: each version known by id, with its dates and file."""
    return [
        {
            "id": e.id,
            "title": e.title,
            "effective_from": e.effective_from,
            "effective_until": e.effective_until,
            "based_on": e.based_on,
            "path": e.file,
        }
        for e in entries
    ]


# ---------------------------------------------------------------------------- test-v1


TEST_FORMAT: Final = "ratingbook/test-v1"


def _data(value: Any) -> Any:
    """A figure as JSON holds it; anything else an expectation file may hold (a date) as
    its text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): _data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_data(v) for v in value]
    return str(value)


def test_run_json(run: TestRunView) -> dict[str, Any]:
    """A test run as docs/expectations.md describes ``ratingbook/test-v1``."""
    return {
        "format": TEST_FORMAT,
        "audit": {
            "ratingbook": run.ratingbook,
            "frameworks": [
                {"id": version, "files": [file_json(f) for f in files]}
                for version, files in run.frameworks
            ],
            "expectations": [{"path": s.file, "sha256": s.sha256} for s in run.suites],
            "data": [file_json(d) for d in run.data],
        },
        "summary": {
            "tests": run.tests,
            "passed": run.count("passed"),
            "failed": run.count("failed"),
            "errors": run.count("error"),
            "seconds": round(run.seconds, 3),
        },
        "files": [
            {
                "file": s.file,
                "tests": [
                    {
                        "name": c.name,
                        "nodeid": c.nodeid,
                        "status": c.status,
                        "invalid": c.invalid,
                        "framework": c.framework,
                        "inspection": c.inspection,
                        "message": c.message,
                        "error": c.error,
                        "mismatches": [
                            {
                                "what": m.what,
                                "expected": _data(m.expected),
                                "got": _data(m.got),
                                "trace": m.trace,
                            }
                            for m in c.mismatches
                        ],
                        "seconds": round(c.seconds, 3),
                    }
                    for c in s.cases
                ],
            }
            for s in run.suites
        ],
    }


def coverage_json(c: VersionCoverage) -> dict[str, Any]:
    """What the passing expectations exercise of one version's rules (``--coverage``)."""
    from ratingbook.framework.coverage import KINDS

    return {
        "version": c.version,
        "exercised": len(c.targets) - len(c.missing),
        "total": len(c.targets),
        "kinds": {
            kind: {"exercised": n, "total": of} for kind in KINDS for n, of in (c.count(kind),)
        },
        "missing": [{"kind": t.kind, "label": t.label, "where": t.where} for t in c.missing],
    }
