"""Explanations: the trace in a Result, arranged as a tree an auditor can read.

The tree is built from the Result alone (nothing is recomputed) and is the one structure
that the text, Markdown, HTML and JSON explanations render.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import field
from typing import TYPE_CHECKING, Final, TypeVar

from ratingbook._record import record
from ratingbook.framework import ids, messages
from ratingbook.framework.certainty import (
    Certainty,
    key_question_certainty,
    overall_certainty,
    standard_certainty,
)
from ratingbook.framework.errors import InputError
from ratingbook.framework.phrase import Phrase, Say, quoted, said
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

# A line's status where it is not a rating or a band: a code, or a phrase the views word
# (the JSON writes its words).
NO_BAND: Final = said(Say.STATUS_NO_BAND)
UNDETERMINED: Final = "undetermined"
NOT_INSPECTED: Final = said(Say.STATUS_NOT_INSPECTED)
NOT_RATED: Final = said(Say.STATUS_NOT_RATED)

_K = TypeVar("_K", bound=Hashable)


class Node:
    """One line of an explanation, with the rule that decided it and what lies beneath.

    A line says what it means as a :class:`~ratingbook.framework.phrase.Phrase` (its
    ``label``, and its ``warning``): the words are the views' (``views/phrases.py``).

    What lies beneath is worked out when it is first read: an explanation of a whole
    inspection costs nothing until it is shown, and a pruned one shows only what it keeps.

    A ``quiet`` line carries no warning and has none beneath it (a key question's cases); a
    line given ``loud`` lines can list the lines beneath it that are not quiet without
    working out the others, so what counts warnings need not decide every case.
    """

    __slots__ = (
        "kind",
        "label",
        "id",
        "status",
        "rule",
        "warning",
        "cases",
        "quiet",
        "_children",
        "_below",
        "_loud",
        "_hidden",
    )

    def __init__(
        self,
        kind: str,
        label: Phrase,
        *,
        id: str | None = None,
        # A rating or band, "yes"/"no"/"unknown" for a check, or a status the views word
        # (no band, not inspected, eligible or not for discretion).
        status: str | Phrase | None = None,
        rule: RuleRef | None = None,
        warning: Phrase | None = None,
        cases: tuple[str, ...] = (),
        children: Iterable[Node] | None = None,
        below: Callable[[], Iterable[Node]] | None = None,
        loud: Callable[[], Iterable[Node]] | None = None,
        quiet: bool = False,
        hidden: Callable[[], int] | int = 0,
    ) -> None:
        self.kind, self.label, self.id, self.status = kind, label, id, status
        self.rule, self.warning = rule, warning
        self.cases = cases  # the cases a group of cases names, in the data's order
        self.quiet = quiet
        self._children = None if children is None else tuple(children)
        self._below = below
        self._loud = loud  # the lines beneath that are not quiet, in order
        self._hidden = hidden

    @property
    def children(self) -> tuple[Node, ...]:
        """The lines beneath this one."""
        if self._children is None:
            self._children = tuple(self._below()) if self._below is not None else ()
            self._below = None
        return self._children

    def each_child(self) -> Iterator[Node]:
        """The lines beneath this one, worked out one at a time and not kept (those already
        worked out are used as they are): for writing an explanation of 200,000 cases."""
        if self._children is not None:
            return iter(self._children)
        return iter(self._below()) if self._below is not None else iter(())

    def each_loud_child(self) -> Iterator[Node]:
        """The lines beneath this one that are not quiet, in order, worked out one at a time
        (the quiet ones are not worked out where this line knows its loud ones)."""
        if self._children is None and self._loud is not None:
            return iter(self._loud())
        return (c for c in self.each_child() if not c.quiet)

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
            quiet=self.quiet,
            hidden=hidden,
        )


def _size(node: Node) -> int:
    return sum(1 + _size(c) for c in node.children)


def prune(node: Node, depth: int | None) -> Node:
    """Cut the tree ``depth`` levels below ``node``; record how many lines were hidden."""
    if depth is None:
        return node
    if depth <= 0:
        return node.cut(below=tuple, hidden=lambda: _size(node))
    return node.cut(below=lambda: [prune(c, depth - 1) for c in node.children])


# ------------------------------------------------------------------------------ key questions


def _data_line(k: KeyQuestionResult, *path: str) -> str | None:
    """Where the data holds ``path``: ``data line 120`` (None: the data does not hold it)."""
    data = None if k.source is None else k.source.inspection
    if data is None or (path[0] == "counts" and path[1] not in data.counts):
        return None
    return data.where(*path)


def _given(uses: Iterable[CaseUse]) -> tuple[Node, ...]:
    """The reasons the data gives for these cases' answers, each with who judged the case."""
    return tuple(_reason_node(c.case, c.given, c.inspector) for c in uses if c.given)


def _reason_node(case: str, reason: str, inspector: str | None) -> Node:
    """The reason the data gives for a case's answer, and who judged the case."""
    return Node(
        "answer_reason",
        said(Say.ANSWER_REASON, case=case, inspector=inspector, reason=reason),
        id=case,
    )


def key_question_node(k: KeyQuestionResult, *, limiting: bool = False) -> Node:
    """A key question: its figure, band, applicability, sample, cases and prompts.

    ``limiting``: of its cases only those answered no, of its prompts only those with a no.
    """
    status = k.band or NO_BAND
    if k.undetermined is not None:
        status = UNDETERMINED
    elif k.not_inspected is not None:
        status = NOT_INSPECTED
    return Node(
        "key_question",
        said(Say.KEY_QUESTION, id=k.id, text=k.text),
        id=k.id,
        status=status,
        below=lambda: _key_question_lines(k, limiting),
        loud=lambda: _key_question_lines(k, limiting, cases=False),
    )


def _grouped(uses: Iterable[tuple[_K, CaseUse]]) -> dict[_K, list[CaseUse]]:
    """The cases by what is said of them, each group in the data's order."""
    groups: dict[_K, list[CaseUse]] = {}
    for key, c in uses:
        groups.setdefault(key, []).append(c)
    return groups


def _answered(c: CaseUse) -> str | None:
    """The answer a case left out gave, where that answer is not counted."""
    return c.answer if c.answer not in (None, "n/a") else None


def _case_lines(k: KeyQuestionResult, limiting: bool) -> list[Node]:
    """The cases counted, grouped by answer, and those left out, grouped by why: each reason
    is said once, with the cases it is true of (not once per case)."""
    # Worked out afresh and not kept on the result, nor on a trace the result keeps (a
    # report's tables keep each key question's for its prompts): once these lines are
    # written, a 200,000-case key question's cases are let go.
    trace = k.passing_trace()
    counted: tuple[CaseUse, ...] = () if trace is None else tuple(trace.each_counted())
    excluded: tuple[CaseUse, ...] = () if trace is None else tuple(trace.each_excluded())
    # Each case's reason said once per reason: cases decided alike share one (trace.Decisions),
    # and every reason is alive while these lines are made, so its id names it.
    said_of: dict[int, Phrase] = {}

    def reason_of(c: CaseUse) -> Phrase:
        found = said_of.get(id(c.why))
        if found is None:
            found = said_of[id(c.why)] = c.reason
        return found

    out: list[Node] = []
    if counted:
        with_reasons = [(reason_of(c), c) for c in counted]
        reasons = {reason for reason, _ in with_reasons}
        shared = next(iter(reasons)) if len(reasons) == 1 else None
        groups: list[Node] = []
        for answer in ("no", "yes"):
            if limiting and answer == "yes":
                continue
            mine = ((reason, c) for reason, c in with_reasons if c.answer == answer)
            for reason, uses in _grouped(mine).items():
                names = tuple(c.case for c in uses)
                groups.append(
                    Node(
                        "case_group",
                        said(
                            Say.ANSWERED_GROUP,
                            answer=answer,
                            reason=None if shared is not None else reason,
                            cases=names,
                        ),
                        status=answer,
                        cases=names,
                        children=_given(uses),
                    )
                )
        if groups:
            out.append(
                Node(
                    "cases",
                    said(Say.CASES_COUNTED, cases=len(counted), shared=shared),
                    children=tuple(groups),
                    quiet=True,
                )
            )
    if excluded and not limiting:
        left_out = _grouped(((reason_of(c), _answered(c)), c) for c in excluded)
        out.append(
            Node(
                "cases",
                said(Say.CASES_LEFT_OUT, cases=len(excluded)),
                quiet=True,
                children=tuple(
                    _left_out_group(reason, answered, uses)
                    for (reason, answered), uses in left_out.items()
                ),
            )
        )
    return out


def _left_out_group(reason: Phrase, answered: str | None, uses: list[CaseUse]) -> Node:
    """The cases left out for one reason (and with one answer not counted)."""
    names = tuple(c.case for c in uses)
    return Node(
        "case_group",
        said(Say.LEFT_OUT_GROUP, reason=reason, answered=answered, cases=names),
        cases=names,
        children=_given(uses),
    )


def _undetermined_lines(k: KeyQuestionResult) -> list[Node]:
    """Why the data cannot decide a key question, what it could be, and what would settle it."""
    u = k.undetermined
    assert u is not None
    children: list[Node] = []
    report, data = k.report_line, _data_line(k, "counts", k.id)
    if k.basis == "counts" and k.relevant is not None:
        children.append(
            Node(
                "figure",
                said(
                    Say.UNDETERMINED_COUNTS,
                    yes=k.yes,
                    relevant=k.relevant,
                    report_line=report,
                    data_line=data,
                ),
            )
        )
    elif k.basis == "percent" and k.published is not None:
        children.append(
            Node(
                "figure",
                said(
                    Say.UNDETERMINED_PERCENT,
                    published=k.published,
                    report_line=report,
                    data_line=data,
                ),
            )
        )
    elif k.basis == "cases" and k.relevant:
        children.append(
            Node("figure", said(Say.UNDETERMINED_CASES, yes=k.yes, relevant=k.relevant))
        )
    children.append(
        Node(
            "undetermined",
            said(Say.UNDETERMINED_KEY_QUESTION, reason=u.reason),
            status=UNDETERMINED,
            warning=said(Say.UNDETERMINED_KEY_QUESTION_WARNING),
            children=(
                Node(
                    "possible",
                    said(
                        Say.POSSIBLE,
                        low=u.percent_low,
                        high=u.percent_high,
                        bands=u.bands,
                        unrated=u.bands.unrated,
                    ),
                ),
                Node("settle", said(Say.SETTLED_BY, settle=u.settle)),
            ),
        )
    )
    children.append(_applies_node(k))
    return children


def _applies_node(k: KeyQuestionResult) -> Node:
    return Node("applies", said(Say.APPLIES_TO, applies=k.applies), rule=k.applies_rule)


def _key_question_lines(k: KeyQuestionResult, limiting: bool, *, cases: bool = True) -> list[Node]:
    """The lines beneath a key question; ``cases=False`` leaves out its cases (quiet lines,
    the costly ones to work out)."""
    if k.undetermined is not None:
        return _undetermined_lines(k)
    children: list[Node] = []
    if k.not_inspected is not None:
        ni = k.not_inspected
        return [
            Node(
                "not_inspected",
                said(Say.NOT_INSPECTED, report_line=ni.line, reason=ni.reason),
                status=NOT_INSPECTED,
            ),
            _applies_node(k),
        ]
    if k.basis in ("cases", "counts") and k.relevant:
        children.append(
            Node(
                "figure",
                said(
                    Say.FIGURE_COUNTED,
                    yes=k.yes,
                    relevant=k.relevant or 0,
                    no=k.no,
                    basis=k.basis,
                    report_line=k.report_line if k.basis == "counts" else None,
                    data_line=_data_line(k, "counts", k.id) if k.basis == "counts" else None,
                    exact=k.exact,
                    rounding=k.rounding.text,
                    percent=k.percent,
                ),
                rule=k.rounding,
            )
        )
    elif k.basis == "percent":
        children.append(
            Node(
                "figure",
                said(
                    Say.FIGURE_PUBLISHED,
                    percent=k.percent,
                    report_line=k.report_line,
                    data_line=_data_line(k, "counts", k.id),
                ),
            )
        )
    else:
        children.append(Node("figure", said(Say.FIGURE_NO_RELEVANT_CASES)))
    if k.band_rule is not None:
        children.append(
            Node(
                "band",
                said(Say.FALLS_IN, figure=k.percent, percent=True, rule=k.band_rule.text),
                status=k.band,
                rule=k.band_rule,
            )
        )
    if k.discretion is not None:
        children.append(_discretion_tree(k.discretion, k.id, k.band, None, "key question"))
    children.append(_applies_node(k))
    if k.interval is not None and k.relevant:
        iv = k.interval
        sure = None if k.source is None else key_question_certainty(k.source.plan, k)
        children.append(
            Node(
                "sample",
                said(
                    Say.SAMPLE,
                    cases=k.relevant,
                    low=iv.low,
                    high=iv.high,
                    sure=sure,
                ),
                warning=None if sure is None else sure.warning,
            )
        )
    if cases:
        children += _case_lines(k, limiting)
    answered = [p for p in k.prompts if p.basis != "none"]
    if limiting:
        # What pulled it down: the prompts some counted case answered no (or only a figure).
        answered = [p for p in answered if p.relevant is None or (p.yes or 0) < p.relevant]
    if answered:
        children.append(
            Node(
                "prompts",
                said(Say.PROMPTS, count=len(answered)),
                below=lambda: (
                    Node(
                        "prompt",
                        said(
                            Say.PROMPT_FIGURES,
                            id=p.id,
                            text=p.text,
                            yes=p.yes,
                            relevant=p.relevant,
                            percent=p.percent,
                            na=p.na,
                        ),
                        id=p.id,
                    )
                    for p in answered
                ),
            )
        )
    return children


# ------------------------------------------------------------------------------ standards


def _step_node(st: Step) -> Node:
    return Node("step", said(Say.STEP, step=st), id=st.key_question, status=st.band_after)


def _change_node(m: Move, *, overall: bool) -> Node:
    """One direction of a what-if: how many judgements, to what, and the changes it takes."""
    if m.state != "found":
        return Node(
            "change",
            said(Say.CHANGE_NONE, direction=m.direction, state=m.state, reason=m.reason),
        )
    assert m.judgements is not None
    label = said(
        Say.CHANGE,
        direction=m.direction,
        to=m.to,
        judgements=m.judgements,
        aside=tuple(m.sets_aside) if overall else (),
    )
    children: list[Node] = []
    for c in m.changes:
        if overall:
            children.append(
                Node(
                    "move",
                    said(
                        Say.CHANGE_STANDARD,
                        standard=c.standard,
                        rating_from=c.rating_from,
                        rating_to=c.rating_to,
                        set_aside=c.decision_set_aside,
                        banded_from=c.banded_from,
                        banded_to=c.banded_to,
                        judgements=c.judgements,
                    ),
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
                        said(
                            Say.DECISION_NO_LONGER_APPLIES,
                            banded_to=c.banded_to,
                            rating_from=c.rating_from,
                        ),
                    )
                )
    stand = m.decisions_stand
    if stand is not None:
        children.append(
            Node(
                "note",
                said(
                    Say.WHILE_DECISIONS_STAND,
                    found=stand.state == "found",
                    direction=stand.direction,
                    to=stand.to,
                    judgements=stand.judgements,
                    reason=stand.reason,
                ),
            )
        )
    return Node("change", label, status=m.to, children=tuple(children))


def _what_if_node(w: WhatIf, title: Phrase) -> Node:
    overall = w.item == "overall"
    if w.up.state == w.down.state and w.up.state in ("undetermined", "not rated"):
        return Node(
            "changes",
            said(Say.CHANGES_NONE, title=title, state=w.up.state, reason=w.up.reason),
        )
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
            lines.append(Node("change", said(Say.BANDED_CHANGE_NONE, direction=direction)))
            continue
        steps = tuple(
            Node(
                "step",
                said(
                    Say.BANDED_STEP,
                    key_question=st.key_question,
                    cases=st.cases,
                    answer_from=st.answer_from,
                    answer_to=st.answer_to,
                    percent_after=st.percent_after,
                    band_after=st.band_after,
                ),
                id=st.key_question,
                status=st.band_after,
            )
            for st in m.steps
        )
        lines.append(
            Node(
                "change",
                said(
                    Say.CHANGE,
                    direction=direction,
                    to=m.to,
                    judgements=m.judgements or 0,
                    aside=(),
                ),
                status=m.to,
                children=steps,
            )
        )
    return Node(
        "changes",
        said(Say.WHAT_WOULD_CHANGE_BANDED, banded=s.banded),
        children=tuple(lines),
    )


def _certainty_node(c: Certainty) -> Node:
    """How sure a rating is: the chance of each rating under the sampling model."""
    return Node(
        "probabilities",
        said(Say.HOW_SURE, sure=c),
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
            said(Say.SAMPLE_DOMAIN, domain=d, policy=policy),
            id=d.domain,
            status={True: "yes", False: "no", None: "unknown"}[d.meets],
            warning=said(Say.SAMPLE_TOO_SMALL) if d.meets is False else None,
        )
        for d in found
    )
    return Node(
        "sampling",
        said(
            Say.SAMPLING_POLICY,
            confidence=policy.confidence,
            margin=policy.margin,
            split=tuple(policy.split),
        ),
        children=lines,
    )


def _changes_nodes(r: Result, s: StandardResult) -> list[Node]:
    w = standard_what_if(r, s)
    if w is None:
        return []
    state = s.rating or (UNDETERMINED if s.undetermined else NOT_RATED)
    out = [_what_if_node(w, said(Say.WHAT_WOULD_CHANGE_RATING, rating=state))]
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
    note: Phrase | None = None,
) -> Node:
    """Professional discretion for a standard or a key question: the policy's checks, and
    the panel's decision if any."""
    state = (
        said(Say.STATUS_ELIGIBILITY, eligible=d.eligible)
        if d.in_policy
        else said(Say.STATUS_NOT_IN_POLICY)
    )
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
        warning: Phrase | None = None
        if d.override and not d.eligible:
            warning = said(Say.APPLIED_BY_OVERRIDE, kind=kind)
        elif not d.eligible:
            warning = note
        children.append(
            Node(
                "decision",
                said(
                    Say.PANEL_DECISION,
                    banded=banded,
                    rating=d.rating,
                    report_line=d.report_line,
                    data_line=data_line,
                    reason=d.reason,
                ),
                status=d.rating,
                warning=warning,
            )
        )
    return Node(
        "discretion",
        said(Say.DISCRETION, state=state, applied=d.applied),
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
        mean = sum(float(x or 0) for x in shares) / len(shares) if shares else 0.0
        return Node(
            "lowest",
            said(
                Say.DECIDED_BY_MEAN,
                decided_by=form.decided_by,
                banded=s.banded,
                shares=tuple((k.id, float(k.share or 0)) for k in rated),
                mean=mean,
            ),
            status=s.banded,
        )
    if isinstance(form, Table):
        bands = tuple(sorted(s.plan.form.scale.score[k.final or ""] for k in rated))
        i = form.row_for(bands)
        row = "" if i is None else form.rows[i].text
        return Node(
            "lowest",
            said(Say.DECIDED_BY_TABLE, decided_by=form.decided_by, row=row),
            status=s.banded,
        )
    lows = tuple((k.id, k.percent) for k in s.key_questions if k.id in s.lowest)
    return Node(
        "lowest",
        said(Say.DECIDED_BY_KEY_QUESTIONS, decided_by=form.decided_by, banded=s.banded, lows=lows),
        status=s.banded,
    )


def standard_node(r: Result, s: StandardResult, *, limiting: bool = False) -> Node:
    """A standard: its rule, what set its band, its key questions, discretion and notes.

    ``limiting``: only what pulled the rating down (the key questions in its lowest band and
    their "no" answers; for a judged standard, the judgement without the characteristics).
    """
    status = s.rating
    u = s.undetermined
    if u is not None and s.rating is None:
        status = UNDETERMINED
    return Node(
        "standard",
        said(
            Say.STANDARD,
            id=s.id,
            name=s.name,
            rating=s.rating,
            banded=s.banded,
            show_banded=s.banded != s.rating and s.judged is None,
            score=s.score,
            undetermined=u,
        ),
        id=s.id,
        status=status,
        below=lambda: _standard_lines(r, s, limiting),
    )


def _standard_lines(r: Result, s: StandardResult, limiting: bool) -> list[Node]:
    children: list[Node] = [Node("rule", quoted(s.rule.text), rule=s.rule)]
    if s.judged is not None:
        j = s.judged
        given = r.data.judgements.get(s.id)
        key = "domain1" if given is None else given.key
        if j.scores:
            total = sum(n for _, n in j.scores)
            most = s.plan.form.params[1] * len(j.scores)
            children.append(
                Node(
                    "judgement",
                    said(
                        Say.INSPECTOR_SCORES,
                        report_line=j.report_line,
                        data_line=r.data.where(key, s.id),
                        scores=tuple(j.scores),
                        total=total,
                        most=most,
                        rounding=s.plan.rule.framework.banding.rounding,
                        percent=j.percent,
                        rating=j.rating,
                    ),
                    status=j.rating,
                )
            )
        elif j.rating:
            children.append(
                Node(
                    "judgement",
                    said(
                        Say.LEAD_INSPECTOR_RATING,
                        rating=j.rating,
                        report_line=j.report_line,
                        data_line=r.data.where(key, s.id),
                    ),
                    status=j.rating,
                )
            )
        if j.evidence:
            children.append(Node("evidence", said(Say.EVIDENCE, evidence=j.evidence)))
        if j.characteristics and not limiting:
            children.append(
                Node(
                    "characteristics",
                    said(Say.CHARACTERISTICS, rating=j.rating),
                    children=tuple(Node("characteristic", quoted(t)) for t in j.characteristics),
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
    status = o.rating
    if o.undetermined is not None and o.rating is None:
        status = UNDETERMINED
    return Node(
        "overall",
        said(
            Say.OVERALL,
            service=r.service,
            rating=o.rating,
            score=o.score,
            max=o.max,
            undetermined=o.undetermined,
            framework=r.framework_id,
        ),
        status=status,
        below=lambda: _overall_lines(r, limiting),
    )


def _overall_lines(r: Result, limiting: bool) -> list[Node]:
    o = r.overall
    children: list[Node] = []
    u = o.undetermined
    what_would_move = said(Say.WHAT_WOULD_MOVE_OVERALL)
    if u is not None:
        parts: list[int | tuple[int | None, int | None] | None] = []
        for s in r.standards:
            su = s.undetermined
            if s.score is None and su is not None and su.score_low is not None:
                parts.append((su.score_low, su.score_high))
            else:
                parts.append(s.score)
        children.append(
            Node(
                "sum",
                said(
                    Say.SUM_UNDETERMINED,
                    parts=tuple(parts),
                    low=u.score_low,
                    high=u.score_high,
                    max=o.max,
                ),
            )
        )
        children.append(
            Node(
                "undetermined",
                said(Say.OVERALL_UNDETERMINED, standards=tuple(u.standards), rating=u.rating),
                status=UNDETERMINED,
                warning=said(Say.OVERALL_UNDETERMINED_WARNING),
            )
        )
        children.append(_what_if_node(overall_what_if(r), what_would_move))
        children.append(_certainty_node(overall_certainty(r)))
        children += [standard_node(r, s, limiting=limiting) for s in r.standards]
        return children
    scored = tuple(s.score for s in r.standards if s.scored)
    unscored = tuple(s.id for s in r.standards if not s.scored)
    if o.score is not None:
        children.append(Node("sum", said(Say.SUM, scores=scored, total=o.score, max=o.max)))
    if unscored:
        children.append(Node("note", said(Say.NOT_SCORED, standards=unscored)))
    if o.band_rule is not None:
        given = o.given or o.rating
        children.append(
            Node(
                "band",
                said(Say.FALLS_IN, figure=o.score, percent=False, rule=o.band_rule.text),
                status=given,
                rule=o.band_rule,
            )
        )
    if o.row_rule is not None and o.row is not None:
        table = r.framework.overall.rule
        row = "" if table is None else table.rows[o.row].text
        children.append(
            Node(
                "band",
                said(Say.OVERALL_TABLE, row=row),
                status=o.given or o.rating,
                rule=o.row_rule,
            )
        )
    for ref in o.limit_rules:
        children.append(
            Node("limit", said(Say.LIMITED_BY, rule=ref.text), status=o.rating, rule=ref)
        )
    if o.missing:
        children.append(
            Node(
                "note",
                said(Say.OVERALL_NOT_RATED, standards=tuple(o.missing)),
                warning=said(Say.NO_OVERALL_RATING),
            )
        )
    children.append(_what_if_node(overall_what_if(r), what_would_move))
    children.append(_certainty_node(overall_certainty(r)))
    sampling = _sampling_node(r)
    if sampling is not None:
        children.append(sampling)
    children += [standard_node(r, s, limiting=limiting) for s in r.standards]
    return children


# ------------------------------------------------------------------------------ prompts


def _prompt_figure(k: KeyQuestionResult, pid: str) -> Phrase:
    p = next((p for p in k.prompts if p.id == pid), None)
    if p is None or p.basis == "none":
        return said(Say.NO_FIGURES)
    if p.relevant is None:
        return said(Say.PROMPT_PUBLISHED, percent=p.percent)
    counts = p.basis == "counts"
    return said(
        Say.PROMPT_COUNTED,
        yes=p.yes,
        relevant=p.relevant,
        percent=p.percent,
        na=p.na,
        counts=counts,
        report_line=_count_line(k, pid) if counts else None,
        data_line=_data_line(k, "counts", pid) if counts else None,
    )


def _count_line(k: KeyQuestionResult, item: str) -> int | None:
    data = None if k.source is None else k.source.inspection
    count = None if data is None else data.counts.get(item)
    return None if count is None else count.line


def _feeds(result: Result, k: KeyQuestionResult) -> Node:
    """What a key question's figure goes on to decide: its band, and its standard's."""
    s = next(s for s in result.standards if any(q.id == k.id for q in s.key_questions))
    return Node(
        "feeds",
        said(
            Say.FEEDS,
            key_question=k.id,
            percent=k.percent,
            band=k.band,
            lowest=k.id in s.lowest,
            standard=s.id,
            banded=s.banded,
            lowest_ids=tuple(s.lowest),
            name=s.name,
            rating=s.rating,
        ),
        id=s.id,
        status=s.rating,
    )


def prompt_node(result: Result, k: KeyQuestionResult, prompt: Prompt) -> Node:
    """A prompt: its wording and citation, its figures and answers, and what it feeds."""
    return Node(
        "prompt",
        said(Say.PROMPT, id=prompt.id, text=prompt.text.text),
        id=prompt.id,
        below=lambda: _prompt_lines(result, k, prompt),
    )


def _prompt_lines(result: Result, k: KeyQuestionResult, prompt: Prompt) -> list[Node]:
    children = [
        Node("note", said(Say.PROMPTS_DO_NOT_RATE, prompt=prompt.id, key_question=k.id)),
        Node(
            "citation",
            said(Say.CITATION, cited=prompt.text.cited),
            rule=RuleRef(text=f"prompt {prompt.id}", span=prompt.span, framework=result.framework),
        ),
    ]
    if prompt.where_applicable:
        children.append(Node("applies", said(Say.WHERE_APPLICABLE)))
    children.append(Node("figure", _prompt_figure(k, prompt.id)))
    answered = [
        (c, ans) for c in result.data.cases if (ans := c.answers.get(prompt.id)) is not None
    ]
    if answered:
        groups = []
        for answer in ("no", "yes", "n/a"):
            mine = [c for c, ans in answered if ans == answer]
            if mine:
                names = tuple(c.id for c in mine)
                groups.append(
                    Node(
                        "case_group",
                        said(Say.ANSWERED_GROUP, answer=answer, reason=None, cases=names),
                        status=answer,
                        cases=names,
                        children=tuple(
                            _reason_node(c.id, c.reasons[prompt.id], c.inspector)
                            for c in mine
                            if prompt.id in c.reasons
                        ),
                    )
                )
        children.append(
            Node("cases", said(Say.ANSWERED_IN, cases=len(answered)), children=tuple(groups))
        )
    children.append(_feeds(result, k))
    return children


# ------------------------------------------------------------------------------ cases


def case_node(result: Result, case: Case) -> Node:
    """A case: who judged it, its facts and note, and every judgement with what it fed."""
    first, _ = case.split(result.framework.domain_attributes)
    return Node(
        "case_record",
        said(
            Say.CASE_RECORD,
            id=case.id,
            values=tuple(v for _, v in first),
            inspector=case.inspector,
        ),
        id=case.id,
        below=lambda: _case_record_lines(result, case),
    )


def _case_record_lines(result: Result, case: Case) -> list[Node]:
    data = result.data
    where = data.where("cases", case.index)
    first, rest = case.split(result.framework.domain_attributes)
    children = [
        Node("where", said(Say.CASE_WHERE, path=data.path, where=where)),
        Node(
            "attributes",
            said(Say.CASE_FACTS, domain=tuple(first), facts=tuple(rest)),
        ),
    ]
    if case.note:
        children.append(Node("case_note", said(Say.CASE_NOTE, note=case.note)))
    not_applicable: list[Node] = []
    for s in result.standards:
        for k in s.key_questions:
            # This case alone, from the masks, and the trace not kept: one case of 200,000
            # is explained without deciding (or holding) every case of every key question.
            trace = k.passing_trace()
            use = None if trace is None else trace.use_of(case)
            if use is None:
                continue
            assert trace is not None
            if use.answer is not None and (trace.counts(case) or use.answer == "n/a"):
                children.append(_judgement_node(result, case, s, k, use))
            elif type(use.why).__name__ != "OutsideDomain":
                not_applicable.append(
                    Node(
                        "case",
                        said(Say.KEY_QUESTION_DOES_NOT_APPLY, id=k.id, reason=use.reason),
                        id=k.id,
                    )
                )
    if not_applicable:
        children.append(
            Node(
                "not_applicable",
                said(Say.KEY_QUESTIONS_DO_NOT_APPLY, count=len(not_applicable)),
                children=not_applicable,
            )
        )
    return children


def _judgement_node(
    result: Result, case: Case, s: StandardResult, k: KeyQuestionResult, use: CaseUse
) -> Node:
    children: list[Node] = []
    if use.given:
        children.append(Node("answer_reason", said(Say.REASON_GIVEN, reason=use.given)))
    for p in k.plan.prompts:
        ans = case.answers.get(p.id)
        if ans is not None:
            reason = case.reasons.get(p.id)
            children.append(
                Node(
                    "prompt_answer",
                    said(Say.PROMPT_ANSWER, id=p.id, answer=ans),
                    id=p.id,
                    status=ans,
                    children=(Node("answer_reason", said(Say.REASON_GIVEN, reason=reason)),)
                    if reason
                    else (),
                )
            )
    return Node(
        "answer",
        said(
            Say.CASE_ANSWER,
            key_question=k.id,
            text=k.text,
            answer=use.answer,
            counted=use.answer != "n/a",
            percent=k.percent,
            band=k.band,
            sets=k.id in s.lowest,
            standard=s.id,
            name=s.name,
            rating=s.rating,
        ),
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
    # A case written without its leading zeros (C1 for C01) is suggested whatever the others.
    hint = did_you_mean(item, same[:1], cutoff=0.0) or did_you_mean(item, known + cases)
    return InputError(
        messages.explain_no_such(
            item=item,
            standards=[s.id for s in result.standards],
            first_case=cases[0] if cases else None,
            hint=hint,
        )
    )


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
        raise InputError(messages.explain_only(only=only, choices=ONLY))
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
    owner_kq = None if kind is None else result.key_question(ids.parent(item))
    if kind == "prompt" and owner_kq is not None:
        prompt = next((p for p in owner_kq.plan.prompts if p.id == item), None)
        if prompt is not None:
            return prompt_node(result, owner_kq, prompt)
    # A case: its id is the data's, and may be written as an item's is (1, 2.5, 2.2.1.z) where
    # no item has it (an item that has it is explained instead, above).
    case = result.data.case(item)
    if case is not None:
        return case_node(result, case)
    if kind is None:  # not an item's id: a case's
        if not result.data.cases:
            raise InputError(messages.explain_no_cases(item=item, inspection=result.inspection))
        raise _no_such(result, item)
    parent = ids.parent(item)
    if kind == "prompt" and owner_kq is not None:
        from ratingbook.dsl.diagnostics import did_you_mean

        prompts = [p.id for p in owner_kq.plan.prompts]
        raise InputError(
            messages.explain_no_such_prompt(
                item=item,
                key_question=parent,
                prompts=prompts,
                framework=result.framework_id,
                hint=did_you_mean(item, prompts),
            )
        )
    owner = result.standard(parent)
    if kind == "key question" and owner is not None:
        if owner.judged is not None:
            raise InputError(
                messages.explain_judged_key_question(item=item, standard=owner.id, name=owner.name)
            )
        from ratingbook.dsl.diagnostics import did_you_mean

        have = [k.id for k in owner.key_questions]
        raise InputError(
            messages.explain_no_such_key_question(
                item=item,
                standard=owner.id,
                name=owner.name,
                key_questions=have,
                hint=did_you_mean(item, have),
            )
        )
    raise _no_such(result, item)


@record
class Explanation:
    """The explanation of one item (or the overall rating) of a Result, as a tree."""

    result: Result
    root: Node
    item: str | None = None
    depth: int | None = field(default=None)
    only: str | None = None


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
