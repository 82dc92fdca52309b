"""The JSON records of a result and an explanation (``ratingbook/result-v1``,
``ratingbook/explain-v1``), made by the JSON renderer rather than by the records themselves.

The parts that grow with the cases (each key question's cases counted and left out, each
case's provenance, an explanation's lines) are :class:`Items` and :class:`Pairs`: pulled one
at a time as they are written, each key question's cases worked out afresh and not kept, so a
200,000-case result is written in the memory of one case at a time.
:func:`as_json` gives the same document as plain data, for a program that wants it whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ratingbook.framework.render.json_stream import Items, Pairs, Walk

if TYPE_CHECKING:
    from ratingbook.framework.explain import Explanation, Node
    from ratingbook.framework.plan import RuleRef
    from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult


def _rule(rule: RuleRef) -> dict[str, str]:
    return {"rule": rule.text, "where": rule.where, "snippet": rule.snippet}


def key_question_record(k: KeyQuestionResult) -> Walk:
    """One key question's figures, rules, cases and prompts."""
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
        out["band_rule"] = _rule(k.band_rule)
    out["rounding"] = _rule(k.rounding)
    interval = k.interval
    if interval is not None:
        out["interval_95"] = interval.to_json()
    trace = k.passing_trace()
    if trace is not None and trace.has_cases:
        out["cases_counted"] = Items(c.to_json() for c in trace.each_counted())
        out["cases_excluded"] = Items(c.to_json() for c in trace.each_excluded())
    prompts = () if trace is None else trace.prompts
    if prompts:
        out["prompts"] = {p.id: p.to_json() for p in prompts}
    if k.report_line is not None:
        out["report_line"] = k.report_line
    if k.undetermined is not None:
        out["undetermined"] = k.undetermined.to_json()
    if k.not_inspected is not None:
        out["not_inspected"] = {"reason": k.not_inspected.reason}
        if k.not_inspected.line is not None:
            out["not_inspected"]["line"] = k.not_inspected.line
    if k.discretion is not None:
        out["discretion"] = k.discretion.to_json()
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
            "rule": _rule(s.rule),
        }
    )
    if not s.scored:
        out["scored"] = False
    if s.judged is not None:
        out["judgement"] = s.judged.to_json()
    else:
        out["key_questions"] = Pairs((k.id, key_question_record(k)) for k in s.key_questions)
        out["lowest"] = list(s.lowest)
        up, down = s.move("up"), s.move("down")
        out["what_would_change"] = {
            "up": None if up is None else up.band_json(),
            "down": None if down is None else down.band_json(),
        }
    if s.discretion is not None:
        out["discretion"] = s.discretion.to_json()
    if s.undetermined is not None:
        out["undetermined"] = s.undetermined.to_json()
    note = s.note
    if note:
        out["note"] = note
    return out


def result_record(r: Result) -> Walk:
    """A rated inspection: ``ratingbook/result-v1`` (docs/result-format.md)."""
    from ratingbook.framework.result import RESULT_FORMAT

    out = Walk(
        {
            "format": RESULT_FORMAT,
            "service": r.service,
            "inspection": r.inspection,
            "audit": r.audit.to_json(),
            "framework": {
                "id": r.framework_id,
                "family": r.family,
                "version": r.version,
                "title": r.framework_title,
                "path": r.framework_path,
            },
            "overall": r.overall.to_json(),
            "domains": dict(r.domains),
            "bands": [{"low": lo, "high": hi, "rating": rating} for lo, hi, rating in r.bands],
            "standards": Pairs((s.id, standard_record(s)) for s in r.standards),
        }
    )
    if r.data.cases:
        out["cases"] = Pairs((c.id, c.to_json()) for c in r.each_case())
    out["diagnostics"] = [d.to_json() for d in r.diagnostics]
    return out


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
            "rule": None
            if rule is None
            else {"rule": rule.text, "where": rule.where, "snippet": rule.snippet},
            "warning": node.warning,
            "cases": list(node.cases),
            "hidden": node.hidden,
            "children": Items(node_record(c) for c in node.each_child()),
        }
    )


def explanation_record(e: Explanation) -> Walk:
    """An explanation: ``ratingbook/explain-v1`` (docs/explain-format.md)."""
    from ratingbook.framework.certainty import certainties
    from ratingbook.framework.explain import EXPLAIN_FORMAT, sampling_json, what_ifs

    result, item = e.result, e.item
    return Walk(
        {
            "format": EXPLAIN_FORMAT,
            "service": result.service,
            "inspection": result.inspection,
            "framework": result.framework_id,
            "audit": result.audit.to_json(),
            "item": item or "overall",
            "depth": e.depth,
            "only": e.only,
            "tree": node_record(e.root),
            "what_would_move": [w.to_json() for w in what_ifs(result, item)],
            "probabilities": [c.to_json() for c in certainties(result, item)],
            "sampling": sampling_json(result) if item in (None, "overall") else None,
            "diagnostics": [d.to_json() for d in result.diagnostics],
        }
    )


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
