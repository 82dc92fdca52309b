"""Explanations: the trace in a Result, arranged as a tree an auditor can read.

The tree is built from the Result alone (nothing is recomputed) and is the one structure
that the text, Markdown, HTML and JSON explanations render.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ratingbook.framework import ids
from ratingbook.framework.certainty import (
    Certainty,
    certainties,
    key_question_certainty,
    overall_certainty,
    standard_certainty,
)
from ratingbook.framework.errors import InputError
from ratingbook.framework.result import (
    Discretion,
    KeyQuestionResult,
    Result,
    RuleRef,
    StandardResult,
)
from ratingbook.framework.rules import Table
from ratingbook.framework.trace import CaseUse
from ratingbook.framework.whatif import (
    Move,
    Step,
    WhatIf,
    counts_unknown,
    overall_what_if,
    standard_what_if,
)

if TYPE_CHECKING:
    from ratingbook.framework.inspection import Case
    from ratingbook.framework.model import Prompt

EXPLAIN_FORMAT = "ratingbook/explain-v1"


class Node:
    """One line of an explanation, with the rule that decided it and what lies beneath.

    What lies beneath is worked out when it is first read: an explanation of a whole
    inspection costs nothing until it is shown, and a pruned one shows only what it keeps.
    """

    __slots__ = (
        "kind",
        "label",
        "id",
        "status",
        "rule",
        "warning",
        "cases",
        "_children",
        "_below",
        "_hidden",
    )

    def __init__(
        self,
        kind: str,
        label: str,
        *,
        id: str | None = None,
        status: str | None = None,  # a rating or band, or "yes"/"no"/"unknown" for a check
        rule: RuleRef | None = None,
        warning: str | None = None,
        cases: tuple[str, ...] = (),
        children: Iterable[Node] | None = None,
        below: Callable[[], Iterable[Node]] | None = None,
        hidden: Callable[[], int] | int = 0,
    ) -> None:
        self.kind, self.label, self.id, self.status = kind, label, id, status
        self.rule, self.warning = rule, warning
        self.cases = cases  # the cases a group of cases names, in the data's order
        self._children = None if children is None else tuple(children)
        self._below = below
        self._hidden = hidden

    @property
    def children(self) -> tuple[Node, ...]:
        """The lines beneath this one."""
        if self._children is None:
            self._children = tuple(self._below()) if self._below is not None else ()
            self._below = None
        return self._children

    @property
    def hidden(self) -> int:
        """How many lines beneath this one were cut off by ``--depth``."""
        if callable(self._hidden):
            self._hidden = self._hidden()
        return self._hidden

    def cut(self, below: Callable[[], Iterable[Node]], hidden: Callable[[], int] | int = 0) -> Node:
        """This line with other lines beneath it (and a count of those cut off)."""
        return Node(
            self.kind,
            self.label,
            id=self.id,
            status=self.status,
            rule=self.rule,
            warning=self.warning,
            cases=self.cases,
            below=below,
            hidden=hidden,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "label": self.label,
            "status": self.status,
            "rule": None
            if self.rule is None
            else {"rule": self.rule.text, "where": self.rule.where, "snippet": self.rule.snippet},
            "warning": self.warning,
            "cases": list(self.cases),
            "hidden": self.hidden,
            "children": [c.to_json() for c in self.children],
        }


def _size(node: Node) -> int:
    return sum(1 + _size(c) for c in node.children)


def prune(node: Node, depth: int | None) -> Node:
    """Cut the tree ``depth`` levels below ``node``; record how many lines were hidden."""
    if depth is None:
        return node
    if depth <= 0:
        return node.cut(below=tuple, hidden=lambda: _size(node))
    return node.cut(below=lambda: [prune(c, depth - 1) for c in node.children])


def _pct(x: float | None) -> str:
    return "?" if x is None else f"{x:.1f}".rstrip("0").rstrip(".")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# ------------------------------------------------------------------------------ key questions


def _data_line(k: KeyQuestionResult, *path: str) -> str | None:
    """Where the data holds ``path``: ``data line 120`` (None: the data does not hold it)."""
    data = None if k.source is None else k.source.inspection
    if data is None or (path[0] == "counts" and path[1] not in data.counts):
        return None
    return data.where(*path)


def _lines(report: int | None, data: str | None) -> str:
    """`` (report line 503; data line 120)``: whose line is whose, where there are lines."""
    parts = ([f"report line {report}"] if report else []) + ([data] if data else [])
    return f" ({'; '.join(parts)})" if parts else ""


def _given(uses: Iterable[CaseUse]) -> tuple[Node, ...]:
    """The reasons the data gives for these cases' answers, each with who judged the case."""
    return tuple(_reason_node(c.case, c.given, c.inspector) for c in uses if c.given)


def _reason_node(case: str, reason: str, inspector: str | None) -> Node:
    """The reason the data gives for a case's answer, and who judged the case."""
    by = f", judged by {inspector}" if inspector else ""
    return Node("answer_reason", f"{case}{by}: {reason}", id=case)


def key_question_node(k: KeyQuestionResult, *, limiting: bool = False) -> Node:
    """A key question: its figure, band, applicability, sample, cases and prompts.

    ``limiting``: of its cases only those answered no, of its prompts only those with a no.
    """
    status = k.band or "no band"
    if k.undetermined is not None:
        status = "undetermined"
    elif k.not_inspected is not None:
        status = "not inspected"
    return Node(
        "key_question",
        f"{k.id} {k.text}",
        id=k.id,
        status=status,
        below=lambda: _key_question_lines(k, limiting),
    )


def case_runs(names: Sequence[str]) -> str:
    """Case ids as a reader scans them: ``C01–C07, C09, C12–C14`` (runs of three or more
    numbered ids that follow each other in the data are joined; every id is still named)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(f"{run[0]}–{run[-1]}")
        else:
            out.extend(run)
        run.clear()

    previous: tuple[str, int, int] | None = None
    for name in names:
        m = _NUMBERED.match(name)
        here = (m.group(1), int(m.group(2)), len(m.group(2))) if m else None
        follows = (
            here is not None
            and previous is not None
            and here[0] == previous[0]
            and here[2] == previous[2]
            and here[1] == previous[1] + 1
        )
        if not follows:
            flush()
        run.append(name)
        previous = here
    flush()
    return ", ".join(out)


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def _grouped(uses: Iterable[CaseUse], key: Callable[[CaseUse], str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for c in uses:
        groups.setdefault(key(c), []).append(c.case)
    return groups


def _left_out_reason(c: CaseUse) -> str:
    answered = f" (answered {c.answer}, not counted)" if c.answer not in (None, "n/a") else ""
    return c.reason + answered


def _case_lines(k: KeyQuestionResult, limiting: bool) -> list[Node]:
    """The cases counted, grouped by answer, and those left out, grouped by why: each reason
    is said once, with the cases it is true of (not once per case)."""
    counted, excluded = k.counted, k.excluded
    out: list[Node] = []
    if counted:
        reasons = {c.reason for c in counted}
        shared = next(iter(reasons)) if len(reasons) == 1 else None
        groups: list[Node] = []
        for answer in ("no", "yes"):
            if limiting and answer == "yes":
                continue
            mine = [c for c in counted if c.answer == answer]
            for reason, names in _grouped(mine, lambda c: c.reason).items():
                why = "" if shared is not None else f", {reason}"
                groups.append(
                    Node(
                        "case_group",
                        f"answered {answer}: {len(names)}{why} ({case_runs(names)})",
                        status=answer,
                        cases=tuple(names),
                        children=_given(c for c in mine if c.reason == reason),
                    )
                )
        if groups:
            why = f" ({shared})" if shared is not None else ""
            out.append(
                Node(
                    "cases",
                    f"counted: {_plural(len(counted), 'case')}{why}",
                    children=tuple(groups),
                )
            )
    if excluded and not limiting:
        out.append(
            Node(
                "cases",
                f"left out: {_plural(len(excluded), 'case')}",
                children=tuple(
                    Node(
                        "case_group",
                        f"{reason}: {_plural(len(names), 'case')} ({case_runs(names)})",
                        cases=tuple(names),
                        children=_given(c for c in excluded if _left_out_reason(c) == reason),
                    )
                    for reason, names in _grouped(excluded, _left_out_reason).items()
                ),
            )
        )
    return out


def _undetermined_lines(k: KeyQuestionResult) -> list[Node]:
    """Why the data cannot decide a key question, what it could be, and what would settle it."""
    u = k.undetermined
    assert u is not None
    children: list[Node] = []
    line = _lines(k.report_line, _data_line(k, "counts", k.id))
    if k.basis == "counts" and k.relevant is not None:
        children.append(
            Node(
                "figure",
                f"the data's figures: {k.yes} of {_plural(k.relevant, 'relevant case')} answered "
                f"yes{line}, counted under another condition",
            )
        )
    elif k.basis == "percent" and k.published is not None:
        children.append(
            Node(
                "figure",
                f"the data's figure: {_pct(k.published)}%{line}, counted under another condition",
            )
        )
    elif k.basis == "cases" and k.relevant:
        children.append(
            Node(
                "figure",
                f"{k.yes} of {_plural(k.relevant, 'case')} that were asked answered yes",
            )
        )
    span = (
        f"{u.percent_low}%"
        if u.percent_low == u.percent_high
        else f"{u.percent_low}% to {u.percent_high}%"
    )
    children.append(
        Node(
            "undetermined",
            f"undetermined: {u.reason}",
            status="undetermined",
            warning="this data cannot decide this key question under this version",
            children=(
                Node(
                    "possible",
                    f"possible: {span}, so {u.bands.text('no band')}"
                    + (" (no relevant cases: left out of the standard)" if u.bands.unrated else ""),
                ),
                Node("settle", f"settled by {u.settle}"),
            ),
        )
    )
    children.append(Node("applies", f"applies to {k.applies}", rule=k.applies_rule))
    return children


def _key_question_lines(k: KeyQuestionResult, limiting: bool) -> list[Node]:
    if k.undetermined is not None:
        return _undetermined_lines(k)
    children: list[Node] = []
    if k.not_inspected is not None:
        ni = k.not_inspected
        line = _lines(ni.line, None)
        return [
            Node(
                "not_inspected",
                f"not inspected{line}: {ni.reason}; left out of the standard's lowest band",
                status="not inspected",
            ),
            Node("applies", f"applies to {k.applies}", rule=k.applies_rule),
        ]
    if k.basis in ("cases", "counts") and k.relevant:
        source = (
            "case judgements"
            if k.basis == "cases"
            else "published counts" + _lines(k.report_line, _data_line(k, "counts", k.id))
        )
        children.append(
            Node(
                "figure",
                f"{k.yes} of {_plural(k.relevant or 0, 'relevant case')} answered yes ({k.no} no), from {source}: "
                f"{_pct(k.exact)}%, {k.rounding.text.replace('percentage ', '')} to {k.percent}%",
                rule=k.rounding,
            )
        )
    elif k.basis == "percent":
        where = _lines(k.report_line, _data_line(k, "counts", k.id))
        children.append(
            Node("figure", f"published figure {k.percent}%{where}; case counts are not known")
        )
    else:
        children.append(
            Node(
                "figure",
                "no relevant cases: this key question has no band and is left out of the standard's lowest band",
            )
        )
    if k.band_rule is not None:
        children.append(
            Node(
                "band", f"{k.percent}% falls in {k.band_rule.text}", status=k.band, rule=k.band_rule
            )
        )
    if k.discretion is not None:
        children.append(_discretion_tree(k.discretion, k.id, k.band, None, "key question"))
    children.append(Node("applies", f"applies to {k.applies}", rule=k.applies_rule))
    if k.interval is not None and k.relevant:
        iv = k.interval
        sure = None if k.source is None else key_question_certainty(k.source.plan, k)
        chance = "" if sure is None or sure.state != "known" else f"; chance: {sure.text()}"
        spread = f"95% interval {_pct(iv.low)}-{_pct(iv.high)}%"
        if sure is not None and sure.model is not None:
            chance += f" ({sure.model.text()})"
            if sure.model.code == "census":
                spread = "every eligible case"  # nothing unseen: no interval to give
        children.append(
            Node(
                "sample",
                f"{_plural(k.relevant, 'case')}, {spread}{chance}",
                warning=None if sure is None else sure.warning,
            )
        )
    children += _case_lines(k, limiting)
    answered = [p for p in k.prompts if p.basis != "none"]
    if limiting:
        # What pulled it down: the prompts some counted case answered no (or only a figure).
        answered = [p for p in answered if p.relevant is None or (p.yes or 0) < p.relevant]
    if answered:
        children.append(
            Node(
                "prompts",
                f"prompts: {len(answered)}",
                below=lambda: (
                    Node(
                        "prompt",
                        f"{p.id} {p.text}: "
                        + (
                            f"{p.yes} of {p.relevant}"
                            + (f" ({p.percent}%)" if p.percent is not None else "")
                            if p.relevant is not None
                            else f"{p.percent}%"
                        )
                        + (f", {p.na} n/a" if p.na else ""),
                        id=p.id,
                    )
                    for p in answered
                ),
            )
        )
    return children


# ------------------------------------------------------------------------------ standards


def _step_node(st: Step) -> Node:
    return Node("step", st.text(), id=st.key_question, status=st.band_after)


def _change_node(m: Move, *, overall: bool) -> Node:
    """One direction of a what-if: how many judgements, to what, and the changes it takes."""
    if m.state != "found":
        return Node("change", f"{m.direction}: {m.state} ({m.reason})")
    assert m.judgements is not None
    aside = m.sets_aside
    label = f"{m.direction} to {m.to}: {_plural(m.judgements, 'differing judgement')}"
    if aside and overall:
        label += (
            f", setting aside the panel's decision on {', '.join(aside)} "
            "(its banded rating changes)"
        )
    children: list[Node] = []
    for c in m.changes:
        if overall:
            banded = (
                f" (banded {c.banded_from} -> {c.banded_to}; the panel's decision no longer applies)"
                if c.decision_set_aside
                else ""
            )
            children.append(
                Node(
                    "move",
                    f"{c.standard} {c.rating_from} -> {c.rating_to}{banded}: "
                    f"{_plural(c.judgements, 'judgement')}",
                    id=c.standard,
                    status=c.rating_to,
                    children=tuple(_step_node(st) for st in c.steps),
                )
            )
        else:
            children += [_step_node(st) for st in c.steps]
            if c.decision_set_aside:
                children.append(
                    Node(
                        "note",
                        f"the banded rating becomes {c.banded_to}, so the panel's decision "
                        f"({c.rating_from}) no longer applies",
                    )
                )
    stand = m.decisions_stand
    if stand is not None:
        if stand.state == "found":
            assert stand.judgements is not None
            text = f"{stand.direction} to {stand.to}: {_plural(stand.judgements, 'differing judgement')}"
        else:
            text = stand.reason
        children.append(Node("note", f"while the panel's decisions stand: {text}"))
    return Node("change", label, status=m.to, children=tuple(children))


def _what_if_node(w: WhatIf, title: str) -> Node:
    overall = w.item == "overall"
    if w.up.state == w.down.state and w.up.state in ("undetermined", "not rated"):
        return Node("changes", f"{title}: {w.up.state} ({w.up.reason})")
    return Node(
        "changes",
        title,
        below=lambda: (_change_node(w.down, overall=overall), _change_node(w.up, overall=overall)),
    )


def _banded_changes_node(s: StandardResult) -> Node:
    """The fewest judgements that move the banded rating (what discretion eligibility reads)."""
    lines = []
    for direction in ("up", "down"):
        m = s.move(direction)
        if m is None:
            edge = "highest" if direction == "up" else "lowest"
            lines.append(
                Node(
                    "change",
                    f"{direction}: none (already the {edge} band, or no number of judgements reaches another band)",
                )
            )
            continue
        steps = tuple(
            Node(
                "step",
                f"{st.key_question}: {_plural(st.cases, 'case')} from {st.answer_from} to {st.answer_to} -> {st.percent_after}% ({st.band_after})",
                id=st.key_question,
                status=st.band_after,
            )
            for st in m.steps
        )
        lines.append(
            Node(
                "change",
                f"{direction} to {m.to}: {_plural(m.judgements or 0, 'differing judgement')}",
                status=m.to,
                children=steps,
            )
        )
    return Node(
        "changes",
        f"what would change the banded rating ({s.banded}), before the panel's decision",
        children=tuple(lines),
    )


def _certainty_node(c: Certainty) -> Node:
    """How sure a rating is: the chance of each rating under the sampling model."""
    model = "" if c.model is None else f" ({c.model.text()})"
    return Node(
        "probabilities",
        f"how sure: {c.text()}{model}",
        status=c.rating if c.state == "known" else c.state,
        warning=c.warning,
    )


def _sampling_node(r: Result) -> Node | None:
    """Whether the samples meet the version's sampling policy, domain by domain."""
    from ratingbook.framework.sampling import adequacy

    policy = r.framework.sampling
    if policy is None:
        return None
    found = adequacy(r)
    lines = tuple(
        Node(
            "sample_domain",
            d.text(policy),
            id=d.domain,
            status={True: "yes", False: "no", None: "unknown"}[d.meets],
            warning="the sample is smaller than the policy asks for" if d.meets is False else None,
        )
        for d in found
    )
    split = (
        "; split " + ", ".join(f"domain {d} {p}%" for d, p in policy.split) if policy.split else ""
    )
    return Node(
        "sampling",
        f"sampling policy: {policy.confidence}% confidence, margin of error {policy.margin}{split}",
        children=lines,
    )


def _changes_nodes(r: Result, s: StandardResult) -> list[Node]:
    w = standard_what_if(r, s)
    if w is None:
        return []
    out = [
        _what_if_node(
            w,
            f"what would change the rating ({s.rating or ('undetermined' if s.undetermined else 'not rated')})",
        )
    ]
    d = s.discretion
    if d is not None and d.applied and s.banded is not None and not counts_unknown(s):
        out.append(_banded_changes_node(s))
    return out


def _discretion_node(r: Result, s: StandardResult) -> Node | None:
    d = s.discretion
    if d is None:
        return None
    # Applied though this version would not make it eligible: the standard's note says so.
    return _discretion_tree(d, s.id, s.banded, r.data.where("discretion", s.id), "standard", s.note)


def _discretion_tree(
    d: Discretion,
    item: str,
    banded: str | None,
    data_line: str | None,
    kind: str,
    note: str | None = None,
) -> Node:
    """Professional discretion for a standard or a key question: the policy's checks, and
    the panel's decision if any."""
    state = {True: "eligible", False: "not eligible", None: "eligibility unknown"}[d.eligible]
    if not d.in_policy:
        state = "not covered by the discretion policy"
    children: list[Node] = []
    for c in d.checks:
        mark = {True: "yes", False: "no", None: "unknown"}[c.holds]
        children.append(
            Node(
                "check",
                c.detail,
                status=mark,
                rule=c.rule_ref,
            )
        )
    if d.applied:
        warning = None
        if d.override and not d.eligible:
            warning = f"applied by override: the policy does not make this {kind} eligible"
        elif not d.eligible:
            warning = note
        line = _lines(d.report_line, data_line)
        children.append(
            Node(
                "decision",
                f"panel decision: {banded} -> {d.rating}{line}: {d.reason}",
                status=d.rating,
                warning=warning,
            )
        )
    return Node(
        "discretion",
        f"professional discretion: {state}" + (", applied" if d.applied else ""),
        status=state,
        children=tuple(children),
    )


def _decided_node(s: StandardResult) -> Node:
    """What set the standard's band, in its rule form's words: the key questions in that band
    (``lowest key-question band: Good (2.1.2 at 70%)``), the mean, or the table's row."""
    form = s.plan.form
    rated = [k for k in s.key_questions if k.final is not None]
    if form.reads == "shares":
        shares = [k.share for k in rated]
        figures = ", ".join(f"{k.id} {_pct(float(k.share or 0))}%" for k in rated)
        mean = sum(float(x or 0) for x in shares) / len(shares) if shares else 0.0
        return Node(
            "lowest",
            f"{form.decided_by}: {s.banded} (the mean of {figures} is {_pct(mean)}%)",
            status=s.banded,
        )
    if isinstance(form, Table):
        bands = tuple(sorted(s.plan.form.scale.score[k.final or ""] for k in rated))
        i = form.row_for(bands)
        row = "" if i is None else form.rows[i].text
        return Node("lowest", f"{form.decided_by}: {row}", status=s.banded)
    lows = ", ".join(f"{k.id} at {k.percent}%" for k in s.key_questions if k.id in s.lowest)
    return Node("lowest", f"{form.decided_by}: {s.banded} ({lows})", status=s.banded)


def standard_node(r: Result, s: StandardResult, *, limiting: bool = False) -> Node:
    """A standard: its rule, what set its band, its key questions, discretion and notes.

    ``limiting``: only what pulled the rating down (the key questions in its lowest band and
    their "no" answers; for a judged standard, the judgement without the characteristics).
    """
    banded = f" (banded {s.banded})" if s.banded != s.rating and s.judged is None else ""
    score = f", score {s.score}" if s.score is not None else ""
    rating = s.rating or "not rated"
    status = s.rating
    u = s.undetermined
    if u is not None:
        if s.rating is None:
            rating, banded, status = f"undetermined ({u.rating.text()})", "", "undetermined"
            score = f", score {u.score_low}..{u.score_high}" if u.score_low is not None else ""
        else:
            banded = f" (banded undetermined: {u.banded.text()})"
    return Node(
        "standard",
        f"{s.id} {s.name}: {rating}{banded}{score}",
        id=s.id,
        status=status,
        below=lambda: _standard_lines(r, s, limiting),
    )


def _standard_lines(r: Result, s: StandardResult, limiting: bool) -> list[Node]:
    children: list[Node] = [Node("rule", s.rule.text, rule=s.rule)]
    if s.judged is not None:
        j = s.judged
        given = r.data.judgements.get(s.id)
        key = "domain1" if given is None else given.key
        if j.scores:
            line = _lines(j.report_line, r.data.where(key, s.id))
            total = sum(n for _, n in j.scores)
            most = s.plan.form.params[1] * len(j.scores)
            listed = ", ".join(f"{item} {n}" for item, n in j.scores)
            children.append(
                Node(
                    "judgement",
                    f"the inspector's scores{line}: {listed}; {total} of {most} = "
                    f"{_pct(100 * total / most)}%, {s.plan.rule.framework.banding.rounding} to "
                    f"{j.percent}%: {j.rating}",
                    status=j.rating,
                )
            )
        elif j.rating:
            line = _lines(j.report_line, r.data.where(key, s.id))
            children.append(
                Node("judgement", f"the lead inspector's rating: {j.rating}{line}", status=j.rating)
            )
        if j.evidence:
            children.append(Node("evidence", f"evidence: {j.evidence}"))
        if j.characteristics and not limiting:
            children.append(
                Node(
                    "characteristics",
                    f"published characteristics of {j.rating}",
                    children=tuple(Node("characteristic", t) for t in j.characteristics),
                )
            )
    else:
        if s.lowest:
            children.append(_decided_node(s))
        children += [
            key_question_node(k, limiting=limiting)
            for k in s.key_questions
            if not limiting or k.id in s.lowest
        ]
        children += _changes_nodes(r, s)
        children.append(_certainty_node(standard_certainty(r, s)))
    disc = _discretion_node(r, s)
    if disc:
        children.append(disc)
    if s.note and not (s.discretion and s.discretion.applied):
        children.append(Node("note", s.note, warning=s.note))
    return children


def overall_node(r: Result, *, limiting: bool = False) -> Node:
    """The overall rating: the sum of the scores, its band, and every standard beneath."""
    o = r.overall
    score = f" (score {o.score}/{o.max})" if o.score is not None else ""
    rating, status = o.rating or "not rated", o.rating
    u = o.undetermined
    if u is not None:
        score = f" (score {u.score_low}..{u.score_high}/{o.max}, undetermined)"
        if o.rating is None:
            rating, status = f"undetermined ({u.rating.text()})", "undetermined"
    return Node(
        "overall",
        f"{r.service}: overall {rating}{score} under {r.framework_id}",
        status=status,
        below=lambda: _overall_lines(r, limiting),
    )


def _overall_lines(r: Result, limiting: bool) -> list[Node]:
    o = r.overall
    children: list[Node] = []
    u = o.undetermined
    if u is not None:
        parts = []
        for s in r.standards:
            su = s.undetermined
            if s.score is None and su is not None and su.score_low is not None:
                parts.append(f"{su.score_low}..{su.score_high}")
            else:
                parts.append(str(s.score))
        children.append(
            Node(
                "sum",
                f"sum of the {len(parts)} standard scores: {' + '.join(parts)} = "
                f"{u.score_low}..{u.score_high} of {o.max}",
            )
        )
        children.append(
            Node(
                "undetermined",
                f"undetermined: standard{'s' if len(u.standards) > 1 else ''} "
                f"{', '.join(u.standards)} cannot be decided from this data; the overall "
                f"rating could be {u.rating.text()}",
                status="undetermined",
                warning="this data cannot decide the overall score under this version",
            )
        )
        children.append(_what_if_node(overall_what_if(r), "what would move the overall rating"))
        children.append(_certainty_node(overall_certainty(r)))
        children += [standard_node(r, s, limiting=limiting) for s in r.standards]
        return children
    scored = [(s.id, s.score) for s in r.standards if s.scored]
    unscored = [s.id for s in r.standards if not s.scored]
    if o.score is not None:
        sums = " + ".join(str(sc) for _, sc in scored)
        children.append(
            Node("sum", f"sum of the {len(scored)} standard scores: {sums} = {o.score} of {o.max}")
        )
    if unscored:
        children.append(
            Node(
                "note",
                f"not scored: {', '.join(unscored)} (rated, but not added to the overall score)",
            )
        )
    if o.band_rule is not None:
        given = o.given or o.rating
        children.append(
            Node("band", f"{o.score} falls in {o.band_rule.text}", status=given, rule=o.band_rule)
        )
    if o.row_rule is not None and o.row is not None:
        table = r.framework.overall.rule
        row = "" if table is None else table.rows[o.row].text
        children.append(
            Node(
                "band",
                f"the overall decision table: {row}",
                status=o.given or o.rating,
                rule=o.row_rule,
            )
        )
    for ref in o.limit_rules:
        children.append(Node("limit", f"limited by {ref.text}", status=o.rating, rule=ref))
    if o.missing:
        children.append(
            Node(
                "note",
                f"not rated: {', '.join(o.missing)} have no rating",
                warning="no overall rating",
            )
        )
    children.append(_what_if_node(overall_what_if(r), "what would move the overall rating"))
    children.append(_certainty_node(overall_certainty(r)))
    sampling = _sampling_node(r)
    if sampling is not None:
        children.append(sampling)
    children += [standard_node(r, s, limiting=limiting) for s in r.standards]
    return children


# ------------------------------------------------------------------------------ prompts


def _prompt_figure(k: KeyQuestionResult, pid: str) -> str | None:
    p = next((p for p in k.prompts if p.id == pid), None)
    if p is None or p.basis == "none":
        return None
    if p.relevant is None:
        return f"published figure {p.percent}%"
    pct = f" ({p.percent}%)" if p.percent is not None else ""
    na = f", {p.na} n/a" if p.na else ""
    if p.basis == "counts":
        lines = _lines(_count_line(k, pid), _data_line(k, "counts", pid))
        return f"{p.yes} of {_plural(p.relevant, 'relevant case')} answered yes{pct}{na}, from published counts{lines}"
    return f"{p.yes} of {_plural(p.relevant, 'relevant case')} answered yes{pct}{na}, from case judgements"


def _count_line(k: KeyQuestionResult, item: str) -> int | None:
    data = None if k.source is None else k.source.inspection
    count = None if data is None else data.counts.get(item)
    return None if count is None else count.line


def _feeds(result: Result, k: KeyQuestionResult) -> Node:
    """What a key question's figure goes on to decide: its band, and its standard's."""
    s = next(s for s in result.standards if any(q.id == k.id for q in s.key_questions))
    band = f"{k.percent}%, {k.band}" if k.band else "no band"
    sets = (
        f"one of the lowest, so it sets {s.id}'s band ({s.banded})"
        if k.id in s.lowest
        else f"not the lowest in {s.id} ({', '.join(s.lowest) or 'none'} set its band)"
    )
    return Node(
        "feeds",
        f"feeds {k.id} ({band}): {sets}; {s.id} {s.name} is rated {s.rating or 'not rated'}",
        id=s.id,
        status=s.rating,
    )


def prompt_node(result: Result, k: KeyQuestionResult, prompt: Prompt) -> Node:
    """A prompt: its wording and citation, its figures and answers, and what it feeds."""
    return Node(
        "prompt",
        f"{prompt.id} {prompt.text.text}",
        id=prompt.id,
        below=lambda: _prompt_lines(result, k, prompt),
    )


def _prompt_lines(result: Result, k: KeyQuestionResult, prompt: Prompt) -> list[Node]:
    children = [
        Node(
            "note",
            f"prompts do not rate: {prompt.id} is evidence for key question {k.id}, and only "
            f"the answers to {k.id} itself are counted",
        ),
        Node(
            "citation",
            f"published in {prompt.text.cited}" if prompt.text.cited else "cites no source",
            rule=RuleRef(text=f"prompt {prompt.id}", span=prompt.span, framework=result.framework),
        ),
    ]
    if prompt.where_applicable:
        children.append(
            Node("applies", "where applicable: a case may answer it n/a, and is then left out")
        )
    figure = _prompt_figure(k, prompt.id)
    children.append(
        Node("figure", figure or "no figures: the data gives no answers or counts for it")
    )
    answered = [
        (c, ans) for c in result.data.cases if (ans := c.answers.get(prompt.id)) is not None
    ]
    if answered:
        groups = []
        for answer in ("no", "yes", "n/a"):
            mine = [c for c, ans in answered if ans == answer]
            if mine:
                names = [c.id for c in mine]
                groups.append(
                    Node(
                        "case_group",
                        f"answered {answer}: {len(names)} ({case_runs(names)})",
                        status=answer,
                        cases=tuple(names),
                        children=tuple(
                            _reason_node(c.id, c.reasons[prompt.id], c.inspector)
                            for c in mine
                            if prompt.id in c.reasons
                        ),
                    )
                )
        children.append(
            Node(
                "cases",
                f"answered in {_plural(len(answered), 'case')}",
                children=tuple(groups),
            )
        )
    children.append(_feeds(result, k))
    return children


# ------------------------------------------------------------------------------ cases


def case_node(result: Result, case: Case) -> Node:
    """A case: who judged it, its facts and note, and every judgement with what it fed."""
    by = f": judged by {case.inspector}" if case.inspector else ": inspector not recorded"
    first, _ = case.split(result.framework.domain_attributes)
    label = f" ({', '.join(v for _, v in first)})" if first else ""
    return Node(
        "case_record",
        f"case {case.id}{label}{by}",
        id=case.id,
        below=lambda: _case_record_lines(result, case),
    )


def _case_record_lines(result: Result, case: Case) -> list[Node]:
    data = result.data
    line = data.line("cases", case.index)
    first, rest = case.split(result.framework.domain_attributes)
    facts = ", ".join(f"{k} {v}" for k, v in rest) or (
        "no attributes given (the framework's defaults apply)"
    )
    domain = ", ".join(f"{k} {v}" for k, v in first)
    children = [
        Node("where", f"{data.path}" + (f", data line {line}" if line else "")),
        Node("attributes", f"facts: {domain}; {facts}" if domain else f"facts: {facts}"),
    ]
    if case.note:
        children.append(Node("case_note", f"note: {case.note}"))
    not_applicable: list[Node] = []
    for s in result.standards:
        for k in s.key_questions:
            use = next((u for u in (*k.counted, *k.excluded) if u.case == case.id), None)
            if use is None:
                continue
            if use.answer is not None and (use in k.counted or use.answer == "n/a"):
                children.append(_judgement_node(result, case, s, k, use))
            elif type(use.why).__name__ != "OutsideDomain":
                not_applicable.append(Node("case", f"{k.id}: {use.reason}", id=k.id))
    if not_applicable:
        children.append(
            Node(
                "not_applicable",
                f"{_plural(len(not_applicable), 'key question')} of its domain do not apply",
                children=not_applicable,
            )
        )
    return children


def _judgement_node(
    result: Result, case: Case, s: StandardResult, k: KeyQuestionResult, use: CaseUse
) -> Node:
    counted = use.answer != "n/a"
    if counted:
        fed = f"{k.id} is at {k.percent}%, {k.band}" if k.percent is not None else k.id
        sets = f", and sets {s.id}'s band" if k.id in s.lowest else ""
        what = f"counted ({fed}{sets}); {s.id} {s.name}: {s.rating or 'not rated'}"
    else:
        what = "n/a: left out of the relevant cases"
    children: list[Node] = []
    if use.given:
        children.append(Node("answer_reason", f"reason given: {use.given}"))
    for p in k.plan.prompts:
        ans = case.answers.get(p.id)
        if ans is not None:
            reason = case.reasons.get(p.id)
            children.append(
                Node(
                    "prompt_answer",
                    f"prompt {p.id}: {ans}",
                    id=p.id,
                    status=ans,
                    children=(Node("answer_reason", f"reason given: {reason}"),) if reason else (),
                )
            )
    return Node(
        "answer",
        f"{k.id} {k.text}: {use.answer} — {what}",
        id=k.id,
        status=use.answer,
        children=children,
    )


# ------------------------------------------------------------------------------ any id


def _loose(name: str) -> str:
    """An id as a typing slip may give it: any case, numbers without leading zeros."""
    return re.sub(r"0+(?=\d)", "", name.lower())


def _no_such(result: Result, item: str) -> InputError:
    """An id that names nothing: what it could be, and the closest one that exists."""
    from ratingbook.dsl.diagnostics import did_you_mean

    fw = result.framework
    known = [s.id for s in result.standards]
    known += [k.id for s in result.standards for k in s.key_questions]
    known += [p.id for p in fw.prompts()]
    cases = [c.id for c in result.data.cases]
    same = [c for c in cases if _loose(c) == _loose(item)]  # C1 for C01, c01 for C01
    hint = f"; did you mean {same[0]}?" if same else did_you_mean(item, known + cases)
    standards = ", ".join(s.id for s in result.standards)
    what = (
        f"give a standard ({standards}), a key question like 2.2.1, a prompt like 2.2.1.a, "
        + ("a case id" + (f" ({cases[0]}, ...)" if cases else "") + ", " if cases else "")
        + "or nothing for the overall rating"
    )
    return InputError(f"nothing to explain as '{item}': {what}{hint}")


ONLY: Final = ("limiting",)
"""What ``--only`` can keep: ``limiting``, only what pulled each rating down."""


def explain(result: Result, item: str | None = None, *, only: str | None = None) -> Node:
    """The explanation tree for the overall rating, a standard, a key question, a prompt or a
    case (by its id in the data).

    ``only="limiting"`` keeps only what pulled each rating down: of a standard rated by its key
    questions, those in its lowest band and, in them, the cases answered no and the prompts
    with a no; of a judged standard, the judgement and its evidence.
    """
    if only is not None and only not in ONLY:
        raise InputError(f"--only {only!r}: the choices are {', '.join(ONLY)}")
    limiting = only == "limiting"
    if item is None or item == "overall":
        return overall_node(result, limiting=limiting)
    s = result.standard(item)
    if s is not None:
        return standard_node(result, s, limiting=limiting)
    k = result.key_question(item)
    if k is not None:
        return key_question_node(k, limiting=limiting)
    kind = ids.kind_of(item)
    if kind is None:  # not an item's id: a case's
        case = result.data.case(item)
        if case is not None:
            return case_node(result, case)
        if not result.data.cases:
            raise InputError(
                f"nothing to explain as '{item}': {result.inspection} gives counts, not cases "
                "(the cases are not in the data), so no case can be explained; explain a "
                "standard, a key question or a prompt instead"
            )
        raise _no_such(result, item)
    parent = ids.parent(item)
    owner_kq = result.key_question(parent)
    if kind == "prompt" and owner_kq is not None:
        prompt = next((p for p in owner_kq.plan.prompts if p.id == item), None)
        if prompt is not None:
            return prompt_node(result, owner_kq, prompt)
        from ratingbook.dsl.diagnostics import did_you_mean

        have = ", ".join(p.id for p in owner_kq.plan.prompts)
        raise InputError(
            f"nothing to explain as '{item}': key question {parent} has "
            + (f"prompts {have}" if have else f"no prompts in {result.framework_id}")
            + did_you_mean(item, [p.id for p in owner_kq.plan.prompts])
        )
    owner = result.standard(parent)
    if kind == "key question" and owner is not None:
        if owner.judged is not None:
            raise InputError(
                f"nothing to explain as '{item}': standard {owner.id} ({owner.name}) is rated by "
                f"inspector judgement, not from its key questions; explain {owner.id} shows the "
                "rating, its evidence and the published characteristics"
            )
        from ratingbook.dsl.diagnostics import did_you_mean

        have = ", ".join(k.id for k in owner.key_questions) or "no key questions"
        raise InputError(
            f"nothing to explain as '{item}': standard {owner.id} ({owner.name}) has {have}"
            + did_you_mean(item, [k.id for k in owner.key_questions])
        )
    raise _no_such(result, item)


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """The explanation of one item (or the overall rating) of a Result, as a tree."""

    result: Result
    root: Node
    item: str | None = None
    depth: int | None = field(default=None)
    only: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": EXPLAIN_FORMAT,
            "service": self.result.service,
            "inspection": self.result.inspection,
            "framework": self.result.framework_id,
            "audit": self.result.audit.to_json(),
            "item": self.item or "overall",
            "depth": self.depth,
            "only": self.only,
            "tree": self.root.to_json(),
            "what_would_move": [w.to_json() for w in what_ifs(self.result, self.item)],
            "probabilities": [c.to_json() for c in certainties(self.result, self.item)],
            "sampling": sampling_json(self.result) if self.item in (None, "overall") else None,
            "diagnostics": [d.to_json() for d in self.result.diagnostics],
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
        "domains": [d.to_json() for d in adequacy(result)],
    }


def what_ifs(result: Result, item: str | None = None) -> list[WhatIf]:
    """What would move the ratings an explanation covers: the overall rating and every standard
    (final, and banded where a panel decision was applied), or one standard; none for a key
    question."""
    if item is None or item == "overall":
        chosen, out = list(result.standards), [overall_what_if(result)]
    else:
        s = result.standard(item)
        chosen, out = ([] if s is None else [s]), []
    for s in chosen:
        w = standard_what_if(result, s)
        if w is None:
            continue
        out.append(w)
        d = s.discretion
        if d is not None and d.applied:
            banded = standard_what_if(result, s, "banded")
            if banded is not None:
                out.append(banded)
    return out


def build(
    result: Result, item: str | None = None, depth: int | None = None, only: str | None = None
) -> Explanation:
    """The explanation of ``item`` (None: the overall rating), cut ``depth`` levels down;
    ``only="limiting"`` keeps only what pulled the ratings down (see :func:`explain`)."""
    return Explanation(
        result=result,
        root=prune(explain(result, item, only=only), depth),
        item=item,
        depth=depth,
        only=only,
    )
