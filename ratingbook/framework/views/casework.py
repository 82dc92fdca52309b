"""What the HTML report shows beneath the ratings: the key-question tables and the cases.

Per standard rated by its key questions, a table like the published reports' (each key
question's relevant cases, number "yes" and percentage, then each key question's prompts).
Per domain, a grid of cases against key questions, and each case's answers to the key
questions and their prompts. Everything is read from the Result and its trace; nothing is
counted again.
"""

from __future__ import annotations

import shlex
from typing import Final

from ratingbook._record import record
from ratingbook.framework.inspection import indexes
from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult
from ratingbook.framework.trace import PromptResult
from ratingbook.framework.views import phrases
from ratingbook.framework.views.common import Mark, Rating, rating
from ratingbook.framework.views.ratings import banded, mark

NOT_RELEVANT: Final = phrases.NOT_RELEVANT
NO_FIGURE: Final = "–"

SHOWN_CASES: Final = 1_000
"""The most cases the HTML report shows in its case grids and "each case's answers": the
first ones in the data. Every inspection sampled under the shipped policy is shown whole (the
largest sample it asks for is 274 cases, for an unlimited population), and the page stays a
few megabytes that a phone opens in seconds: each case shown adds about 3 KB and 160 elements
to the page, so 200,000 cases would be over 600 MB, which no browser opens. Past the limit
the report says how many cases it left out and how to see them (docs/cli.md)."""


# ---------------------------------------------------------------------------- key-question tables


@record
class PromptRow:
    """A prompt's figures, as the published reports give them."""

    id: str
    text: str
    relevant: str  # ``30``; ``–`` where the data gives a percentage only
    yes: str
    percent: str  # ``93%``; ``–`` where nothing is known
    na: str  # cases answered n/a; empty where none


@record
class KeyQuestionRow:
    """A key question's figures, and its prompts."""

    id: str
    text: str
    relevant: str
    yes: str
    percent: str
    band: Rating | None  # None: no relevant cases, no band
    sets_band: bool
    prompts: tuple[PromptRow, ...]


@record
class StandardTable:
    """A standard's key questions and prompts, as in the published reports."""

    id: str
    name: str
    rating: Rating
    mark: Mark | None
    banded: Rating | None
    basis: str  # where the figures come from: cases in the data, published counts or percentages
    rows: tuple[KeyQuestionRow, ...]


def _figure(n: int | None) -> str:
    return NO_FIGURE if n is None else str(n)


def _percent(p: int | None) -> str:
    return NO_FIGURE if p is None else f"{p}%"


def prompt_row(p: PromptResult) -> PromptRow:
    """A prompt's row."""
    return PromptRow(
        id=p.id,
        text=p.text,
        relevant=_figure(p.relevant),
        yes=_figure(p.yes),
        percent=_percent(p.percent),
        na=str(p.na) if p.na else "",
    )


def key_question_row(k: KeyQuestionResult, *, sets_band: bool) -> KeyQuestionRow:
    """A key question's row and its prompts' (those the data gives figures for)."""
    return KeyQuestionRow(
        id=k.id,
        text=k.text,
        relevant=_figure(k.relevant),
        yes=_figure(k.yes),
        percent=_percent(k.percent),
        band=rating(k.band) if k.band else None,
        sets_band=sets_band,
        prompts=tuple(prompt_row(p) for p in k.prompts if p.basis != "none"),
    )


def _basis(s: StandardResult) -> str:
    bases = {k.basis for k in s.key_questions}
    if bases <= {"cases", "none"}:
        most = max((k.relevant or 0 for k in s.key_questions), default=0)
        return phrases.basis_cases(most=most)
    if "percent" in bases:
        return phrases.BASIS_PERCENTAGES
    return phrases.BASIS_COUNTS


def standard_table(s: StandardResult) -> StandardTable:
    """A standard's key-question table."""
    return StandardTable(
        id=s.id,
        name=s.name,
        rating=rating(s.rating),
        mark=mark(s),
        banded=banded(s),
        basis=_basis(s),
        rows=tuple(key_question_row(k, sets_band=k.id in s.lowest) for k in s.key_questions),
    )


# ---------------------------------------------------------------------------- the case grid


@record
class GridColumn:
    """A key question, as a column of the grid."""

    id: str
    text: str


@record
class GridRow:
    """A case's answers to a domain's key questions (empty: the key question is not relevant)."""

    case: str
    cells: tuple[str, ...]  # "yes", "no", "n/a" or ""
    noes: int  # how many of them are "no"


@record
class Grid:
    """A domain's cases against its key questions."""

    id: str  # the domain's
    name: str
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]  # the cases shown (the first SHOWN_CASES of the data, at most)
    total: int = 0  # the domain's cases in the data, shown or not

    @property
    def with_no(self) -> int:
        """How many cases answered no to at least one key question."""
        return sum(1 for r in self.rows if r.noes)


def _answers(k: KeyQuestionResult, limit: int) -> tuple[int, dict[int, str]]:
    """The cases a key question counts or that answered it n/a (a mask of the data's cases),
    and the answers of those among the first ``limit`` cases, by index: its grid column.

    Read from the rating's masks and the data's table, not from the key question's trace: a
    trace of 200,000 cases kept for every key question would be held for the whole report."""
    if k.source is None:
        return 0, {}
    table = k.source.inspection.table
    counted = k.counted_cases
    answered = counted | (k.admitted & ~counted)  # counted, or admitted and answered n/a
    shown: dict[int, str] = {
        i: (table.answer(k.id, i) or "") if (counted >> i) & 1 else "n/a"
        for i in indexes(answered & ((1 << limit) - 1))
    }
    return answered, shown


def grids(result: Result, limit: int | None = None) -> tuple[Grid, ...]:
    """One grid per domain rated from cases: the cases it covers, in the data's order, of the
    first ``limit`` cases in the data (:data:`SHOWN_CASES` when not given)."""
    limit = SHOWN_CASES if limit is None else limit
    cases = result.data.cases
    out = []
    for domain_id, domain_name in result.domains:
        kqs = [
            k
            for s in result.standards
            if s.domain == domain_id and s.judged is None
            for k in s.key_questions
            if k.basis == "cases"
        ]
        if not kqs:
            continue
        everyone = 0
        answers = []
        for k in kqs:
            mask, shown = _answers(k, limit)
            everyone |= mask
            answers.append(shown)
        rows = []
        for i in indexes(everyone & ((1 << limit) - 1)):
            cells = tuple(a.get(i, "") for a in answers)
            rows.append(GridRow(case=cases[i].id, cells=cells, noes=cells.count("no")))
        out.append(
            Grid(
                id=domain_id,
                name=domain_name,
                columns=tuple(GridColumn(id=k.id, text=k.text) for k in kqs),
                rows=tuple(rows),
                total=everyone.bit_count(),
            )
        )
    return tuple(out)


# ---------------------------------------------------------------------------- each case's answers


@record
class PromptAnswer:
    """A case's answer to a prompt: ``a`` for ``2.1.1.a``."""

    id: str
    letter: str
    text: str
    answer: str
    reason: str | None = None  # why it was answered so, where the data says


@record
class CaseItem:
    """A case's answer to a key question, and to its prompts."""

    id: str
    text: str
    answer: str
    prompts: tuple[PromptAnswer, ...]
    reason: str | None = None  # why it was answered so, where the data says


@record
class CaseAnswers:
    """One case: what it is, the facts recorded about it, who judged it, its note and its
    answers (with the reasons the data gives for them)."""

    id: str
    label: str  # the values that decide its domain ("court"), or ""
    facts: tuple[tuple[str, str], ...]  # the others, by name
    note: str | None
    items: tuple[CaseItem, ...]
    inspector: str | None = None  # who judged the case, where the data says

    @property
    def noes(self) -> int:
        """Key questions answered no."""
        return sum(1 for i in self.items if i.answer == "no")


def case_answers(result: Result, limit: int | None = None) -> tuple[CaseAnswers, ...]:
    """The first ``limit`` cases in the data (:data:`SHOWN_CASES` when not given) with their
    answers, key questions in the framework's order."""
    limit = SHOWN_CASES if limit is None else limit
    kqs = [k for s in result.standards for k in s.key_questions]
    domain_attributes = result.framework.domain_attributes
    out = []
    for case in result.data.cases[:limit]:
        first, rest = case.split(domain_attributes)
        given, reasons = case.answers, case.reasons
        items = []
        for k in kqs:
            prompts = tuple(
                PromptAnswer(
                    id=p.id,
                    letter=p.id.rsplit(".", 1)[-1],
                    text=p.text.text,
                    answer=given[p.id],
                    reason=reasons.get(p.id),
                )
                for p in k.plan.prompts
                if p.id in given
            )
            if k.id in given or prompts:
                items.append(
                    CaseItem(
                        id=k.id,
                        text=k.text,
                        answer=given.get(k.id, ""),
                        prompts=prompts,
                        reason=reasons.get(k.id),
                    )
                )
        out.append(
            CaseAnswers(
                id=case.id,
                label=", ".join(v for _, v in first),
                facts=tuple(sorted(rest)),
                note=case.note,
                items=tuple(items),
                inspector=case.inspector,
            )
        )
    return tuple(out)


def cases_note(result: Result) -> str | None:
    """What a reader must know when the data holds no cases (published counts only)."""
    if result.data.cases or all(s.judged is not None for s in result.standards):
        return None
    return phrases.NO_CASES_IN_DATA


@record
class CasesLeftOut:
    """The cases the report does not show, past :data:`SHOWN_CASES`, and how to see them."""

    shown: int
    total: int
    one_case: str  # the command that shows one case's answers
    every_case: str  # the command that gives every case's answer to every key question

    @property
    def left_out(self) -> int:
        return self.total - self.shown


def cases_left_out(result: Result, limit: int | None = None) -> CasesLeftOut | None:
    """What the report leaves out of the cases, where the data has more than ``limit``
    (:data:`SHOWN_CASES` when not given)."""
    limit = SHOWN_CASES if limit is None else limit
    total = len(result.data.cases)
    if total <= limit:
        return None
    data = shlex.quote(result.inspection)
    return CasesLeftOut(
        shown=limit,
        total=total,
        one_case=phrases.one_case_command(data=data),
        every_case=phrases.every_case_command(data=data),
    )
