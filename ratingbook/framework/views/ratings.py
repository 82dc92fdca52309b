"""What a rated inspection shows: the ratings table, its notes, the key-question charts and trees.

:func:`ratings_view` decides, once for text, Markdown and HTML, every mark, label and note:
which standards carry the discretion mark, where the banded rating is shown, what "set by"
says, what each discretion note says (the renderers add only their own joining words), the
bands the charts are drawn against (the framework's own), and the explanation trees of the
HTML report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from ratingbook._record import record
from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult
from ratingbook.framework.views import phrases
from ratingbook.framework.views.common import (
    APPLIED,
    ELIGIBLE,
    UNDETERMINED,
    UNDETERMINED_SYMBOL,
    AuditView,
    FindingView,
    Mark,
    Rating,
    audit_view,
    capitalised,
    findings,
    plural,
    provenance_summary,
    rating,
    scale,
    undetermined,
)
from ratingbook.framework.views.phrases import (
    certainty_words,
    model_short,
    model_words,
    percent_words,
    range_words,
    say,
)

if TYPE_CHECKING:
    from ratingbook.framework.certainty import Certainty
    from ratingbook.framework.views.casework import (
        CaseAnswers,
        CasesLeftOut,
        Grid,
        StandardTable,
    )
    from ratingbook.framework.views.explanation import Tree
    from ratingbook.framework.whatif import Move, WhatIf

T = TypeVar("T")

OVERALL_LABEL: Final = phrases.OVERALL_LABEL
OVERALL_SET_BY: Final = phrases.OVERALL_SET_BY
OVERALL_TABLE: Final = phrases.OVERALL_TABLE
NOT_SCORED: Final = phrases.NOT_SCORED
JUDGED_SET_BY: Final = phrases.JUDGED_SET_BY
PERCENT_ONLY: Final = phrases.PERCENT_ONLY
OPEN_ONLY: Final = phrases.OPEN_ONLY
NO_RELEVANT_CASES: Final = phrases.NO_RELEVANT_CASES


@record
class Domain(Generic[T]):
    """A domain's id and name, and what is shown under it."""

    id: str
    name: str
    items: tuple[T, ...]


def by_domain(result: Result, items: list[tuple[str, T]]) -> tuple[Domain[T], ...]:
    """Items grouped under their domain, in order; a domain shows once for each run of items."""
    groups: list[tuple[str, list[T]]] = []
    for domain, item in items:
        if not groups or groups[-1][0] != domain:
            groups.append((domain, []))
        groups[-1][1].append(item)
    return tuple(
        Domain(id=d, name=result.domain_name(d), items=tuple(found)) for d, found in groups
    )


# ---------------------------------------------------------------------------- the table


# What a row works out from its result when first read (how sure, what would move it) is
# read by each layout that draws the row (the wide and the narrow summary, a table measured
# before it is drawn): kept for the result last read, by its identity (a result never
# changes), so each is worked out once. One result at a time: a corpus's results are not kept.
_worked_out: list[tuple[Result, dict[object, object]]] = []


def worked_out(result: Result, key: object, make: Callable[..., T], *args: Any) -> T:
    """``make(*args)``, worked out once for ``result`` (see above) under ``key``."""
    kept = _worked_out[0] if _worked_out else None
    if kept is None or kept[0] is not result:
        kept = (result, {})
        _worked_out[:] = [kept]  # one assignment: a thread on another result keeps its own
    values = kept[1]
    if key not in values:
        values[key] = make(*args)
    return values[key]  # type: ignore[return-value]


def _overall_sure(result: Result) -> str:
    from ratingbook.framework.certainty import overall_certainty

    return sure_text(overall_certainty(result))


@record
class OverallRow:
    """The overall rating and score, in the words each place needs."""

    rating: Rating
    score: str  # ``23/36``; ``not scored (of 36)`` where a standard has no rating
    score_figure: str  # in a narrow column: ``23/36``, ``-/36``
    score_phrase: str  # in a sentence: ``score 23/36``, ``not scored (of 36)``
    score_heading: str  # on its own: ``Score 23/36``, ``Not scored (of 36)``
    label: str = OVERALL_LABEL
    set_by: str = OVERALL_SET_BY
    source: Result | None = field(default=None, compare=False, repr=False)

    @property
    def moves(self) -> tuple[str, ...]:
        """The fewest differing judgements that would move it, up then down (worked out when
        first read); nothing where the row was made without its result."""
        if self.source is None:
            return ()
        return worked_out(self.source, "moves", overall_moves, self.source)

    @property
    def sure(self) -> str:
        """How sure the rating is (its chance, and any other rating of 20% or more); empty
        where the row was made without its result."""
        if self.source is None:
            return ""
        return worked_out(self.source, "sure", _overall_sure, self.source)


@record
class StandardRow:
    """One standard's row of the ratings table."""

    id: str
    name: str
    rating: Rating
    mark: Mark | None  # discretion applied, or eligible but not applied
    score: str  # empty where the standard has no score
    banded: Rating | None  # before discretion, only where it differs from the final rating
    set_by: str  # the key questions that set the band, "inspector judgement", or a note
    source: tuple[Result, StandardResult] | None = field(default=None, compare=False, repr=False)

    @property
    def moves(self) -> tuple[str, ...]:
        """The fewest differing judgements that would move its final rating, up then down
        (worked out when first read)."""
        if self.source is None:
            return ()
        return worked_out(self.source[0], ("moves", self.source[1].id), moves, *self.source)

    @property
    def sure(self) -> str:
        """How sure the rating is: its chance under the sampling model, any other rating of 20%
        or more, and the cases the limiting key question rests on."""
        if self.source is None:
            return ""
        return worked_out(self.source[0], ("sure", self.source[1].id), sure, *self.source)


@record
class DiscretionNote:
    """A panel's decision to use professional discretion, and why it could."""

    id: str
    banded: Rating  # the rating the rules gave
    rating: Rating  # the panel's rating
    by_override: bool  # applied by override: the policy does not make the standard eligible
    basis: str  # the eligibility sentence ("Eligible because ...")
    reason: str  # the panel's reason


def mark(s: StandardResult) -> Mark | None:
    """◆ where discretion was applied (to the standard or one of its key questions), ◇ where
    the standard is eligible but it was not."""
    d = s.discretion
    if (d is not None and d.applied) or any(
        k.discretion is not None and k.discretion.applied for k in s.key_questions
    ):
        return APPLIED
    if d is not None and d.eligible:
        return ELIGIBLE
    return None


def banded(s: StandardResult) -> Rating | None:
    """The banded rating, shown only where it differs from the final one (never when judged)."""
    if s.undetermined is not None and s.rating is not None:
        return undetermined(
            range_words(s.undetermined.banded)
        )  # the panel's decision set the rating
    if s.judged is not None or s.banded == s.rating or not s.banded:
        return None
    return rating(s.banded)


def final_rating(s: StandardResult) -> Rating:
    """The standard's rating, or, where the data cannot decide it, what it could be."""
    if s.undetermined is not None and s.rating is None:
        return undetermined(range_words(s.undetermined.rating))
    return rating(s.rating)


def lowest_summary(s: StandardResult) -> str:
    """``2.3.1, 2.3.2: 67% (2/3)``: the key questions that set the band, grouped by figure."""
    groups: dict[str, list[str]] = {}
    for k in s.key_questions:
        if k.id in s.lowest:
            counts = f" ({k.yes}/{k.relevant})" if k.relevant is not None else ""
            groups.setdefault(f"{k.percent}%{counts}", []).append(k.id)
    return "; ".join(f"{', '.join(ids)}: {figure}" for figure, ids in groups.items())


def set_by(s: StandardResult) -> str:
    """What set the standard's rating: the inspector, its lowest key questions (in its rule
    form's words), or why nothing did."""
    if s.judged is not None:
        j = s.judged
        if j.scores:
            total = sum(n for _, n in j.scores)
            most = s.plan.form.params[1] * len(j.scores)
            return phrases.item_scores(total=total, most=most, percent=j.percent)
        return JUDGED_SET_BY
    open_kqs = [k.id for k in s.undetermined_key_questions]
    if s.undetermined is not None:
        return f"{', '.join(open_kqs)} {UNDETERMINED}"
    if not s.lowest:
        return say(s.note) if s.note else ""
    prefix = s.plan.form.set_by
    if open_kqs:
        return phrases.set_by_open(set_by=prefix + lowest_summary(s), open=tuple(open_kqs))
    return prefix + lowest_summary(s)


def _move_text(m: Move, arrow: str, *, overall: bool) -> str:
    """``↓ Inadequate: 1 (2.1.2)`` for a standard (its key questions), ``↓ Requires
    improvement: 3 (2.1, 2.3, 2.4)`` overall (the standards), or why there is none."""
    if m.state == "found":
        if overall:
            where = ", ".join(c.standard for c in m.changes)
        else:
            where = ", ".join(
                st.key_question if st.cases == 1 else f"{st.cases} in {st.key_question}"
                for c in m.changes
                for st in c.steps
            )
        return phrases.move_found(
            arrow=arrow,
            to=m.to,
            judgements=m.judgements,
            where=where,
            aside=tuple(m.sets_aside),
            overall=overall,
        )
    if m.state == "undetermined":
        return f"{arrow} {PERCENT_ONLY}"
    return phrases.move_none(arrow=arrow)


def _what_if_texts(w: WhatIf) -> tuple[str, ...]:
    if w.up.state == w.down.state == "undetermined":
        return (PERCENT_ONLY,)
    out = []
    overall = w.item == "overall"
    for m, arrow in ((w.up, "↑"), (w.down, "↓")):
        out.append(_move_text(m, arrow, overall=overall))
        stand = m.decisions_stand
        if stand is not None and m.sets_aside:
            out.append(
                phrases.while_decisions_stand(move=_move_text(stand, arrow, overall=overall))
            )
    return tuple(out)


def moves(result: Result, s: StandardResult) -> tuple[str, ...]:
    """``↑ Outstanding: 3 (3 in 2.1.2)``, ``↓ Requires improvement: 2 (2 in 2.1.2)``: the
    fewest differing case judgements that would move the standard's final rating up and down
    (nothing for a judged standard: no count of cases moves it)."""
    from ratingbook.framework.whatif import standard_what_if

    if s.undetermined_key_questions or s.undetermined is not None:
        return (OPEN_ONLY,)
    rated = [k for k in s.key_questions if k.band]
    if s.judged is not None or not rated:
        return ()
    w = standard_what_if(result, s)
    return () if w is None else _what_if_texts(w)


def overall_moves(result: Result) -> tuple[str, ...]:
    """The fewest differing case judgements that would move the overall rating up and down."""
    from ratingbook.framework.whatif import overall_what_if

    if any(s.undetermined is not None for s in result.standards):
        return (OPEN_ONLY,)
    if result.overall.rating is None:
        return ()
    return _what_if_texts(overall_what_if(result))


def sure_text(c: Certainty, said: str | None = None) -> str:
    """``Good 65%; Requires improvement 31% (population not given)``: the chance of the rating
    given, then of any other rating at least 20% likely, then the sampling model in a few words
    unless it is ``said`` already (by the overall rating's row of the same table); why not
    where the chance cannot be worked out."""
    if c.state == "undetermined":
        return PERCENT_ONLY if c.percent_only else "undetermined"
    if c.state != "known":
        return ""
    parts = [f"{c.rating} {percent_words(c.of(c.rating))}"]
    parts += [f"{r} {percent_words(p)}" for r, p in c.likely_others]
    short = None if c.model is None else model_short(c.model)
    return "; ".join(parts) + ("" if short in (None, said) else f" ({short})")


def sure(result: Result, s: StandardResult) -> str:
    """How sure a standard's rating is (``Good 65%; Requires improvement 31%``), and the cases
    and 95% interval of the key question in its lowest band with the fewest cases
    (``2.1.2: 30 cases, 95% 52-83%``)."""
    from ratingbook.framework.certainty import overall_words, standard_certainty

    limiting = [k for k in s.key_questions if k.id in s.lowest]
    if s.undetermined is not None:
        return OPEN_ONLY
    if s.judged is not None or not limiting:
        return ""
    if any(k.relevant is None for k in limiting):
        return PERCENT_ONLY
    k = min(limiting, key=lambda k: k.relevant or 0)
    c = standard_certainty(result, s)
    said = worked_out(result, "model", lambda: model_short(overall_words(result)))
    chance = sure_text(c, said=said)
    iv = k.interval
    census = c.model is not None and c.model.code == "census"  # no interval: nothing unseen
    interval = "" if iv is None or census else f", 95% {iv.low:.0f}-{iv.high:.0f}%"
    return f"{chance}; {k.id}: {plural(k.relevant or 0, 'case')}{interval}"


def standard_row(result: Result, s: StandardResult) -> StandardRow:
    """A standard's row of the ratings table."""
    return StandardRow(
        id=s.id,
        name=s.name,
        rating=final_rating(s),
        mark=mark(s),
        score=score_text(s),
        banded=banded(s),
        set_by=set_by(s),
        source=(result, s),
    )


def score_text(s: StandardResult) -> str:
    """A standard's score; ``0-2`` where the data cannot decide it; ``not scored`` where the
    framework rates it but does not add it to the overall score."""
    if not s.scored:
        return NOT_SCORED
    u = s.undetermined
    if s.score is None and u is not None and u.score_low is not None:
        return f"{u.score_low}-{u.score_high}"
    return "" if s.score is None else str(s.score)


def overall_row(result: Result) -> OverallRow:
    """The overall rating and its score."""
    o = result.overall
    u = o.undetermined
    if o.score is not None:
        score = figure = f"{o.score}/{o.max}"
        phrase = phrases.score_phrase(score=score)
    elif u is not None:
        figure = f"{u.score_low}-{u.score_high}/{o.max}"
        score = phrases.score_undetermined(low=u.score_low, high=u.score_high, max=o.max)
        phrase = phrases.score_phrase(score=score)
        return OverallRow(
            rating=rating(o.rating) if o.rating else undetermined(range_words(u.rating)),
            score=score,
            score_figure=figure,
            score_phrase=phrase,
            score_heading=capitalised(phrase),
        )
    else:
        score = phrase = phrases.not_scored_of(max=o.max)
        figure = f"-/{o.max}"
    return OverallRow(
        rating=rating(o.rating),
        score=score,
        score_figure=figure,
        score_phrase=phrase,
        score_heading=capitalised(phrase),
        set_by=overall_set_by(result),
        source=result,
    )


def overall_set_by(result: Result) -> str:
    """What set the overall rating: the sum of the scores (or the decision table), and the
    limits that lowered it."""
    o = result.overall
    return phrases.overall_set_by(
        table=result.framework.overall.rule is not None,
        limits=tuple(ref.text for ref in o.limit_rules) if o.limits else (),
    )


def discretion_notes(result: Result) -> tuple[DiscretionNote, ...]:
    """One note for each standard, and each key question, where the panel applied discretion."""
    notes = []
    for s in result.standards:
        for k in s.key_questions:
            kd = k.discretion
            if kd is not None and kd.applied:
                notes.append(
                    DiscretionNote(
                        id=k.id,
                        banded=rating(k.band),
                        rating=rating(kd.rating),
                        by_override=kd.override and not kd.eligible,
                        basis=say(kd.basis),
                        reason=kd.reason or "",
                    )
                )
        d = s.discretion
        if d is not None and d.applied:
            notes.append(
                DiscretionNote(
                    id=s.id,
                    banded=rating(s.banded),
                    rating=rating(d.rating),
                    by_override=d.override and not d.eligible,
                    basis=say(d.basis),
                    reason=d.reason or "",
                )
            )
    return tuple(notes)


@record
class UndeterminedNote:
    """A key question the data cannot decide under this version: why, what it could be, and
    the data that would settle it."""

    id: str
    symbol: str
    possible: str  # ``Inadequate to Outstanding, or no band``
    reason: str
    settle: str


def undetermined_notes(result: Result) -> tuple[UndeterminedNote, ...]:
    """One note for each key question the data cannot decide."""
    notes = []
    for k in result.undetermined:
        u = k.undetermined
        assert u is not None
        notes.append(
            UndeterminedNote(
                id=k.id,
                symbol=UNDETERMINED_SYMBOL,
                possible=range_words(u.bands, band=True),
                reason=say(u.reason),
                settle=say(u.settle),
            )
        )
    return tuple(notes)


# ---------------------------------------------------------------------------- the charts


@record
class Band:
    """A key-question band: the percentages it covers and the rating it gives."""

    low: int
    high: int
    rating: str


@record
class ChartRow:
    """A key question against the bands: its bar, and the words beside and over it."""

    id: str
    text: str  # the key question's wording
    percent: int | None  # None: no relevant cases, so no bar
    band: str | None
    figure: str  # ``67% (2/3 yes)``, ``64% (published figure)``; empty with no bar
    label: str  # beside the bar: figure, band, whether it sets the standard's band
    summary: str  # in the chart's description: ``67% (2/3 yes), Good``
    hover: str  # the key question in full, shown on hovering its row
    sets_band: bool  # one of the key questions in the standard's lowest band
    n: int | None = None  # relevant cases; None where the data gives a percentage only
    low: float | None = None  # the 95% interval, where the number of cases is known
    high: float | None = None
    source: KeyQuestionResult | None = field(default=None, compare=False, repr=False)

    @property
    def chance(self) -> str:
        """The chance of each band, and the model it comes from (worked out when first read)."""
        k = self.source
        if k is None or k.source is None:
            return ""
        from ratingbook.framework.certainty import key_question_certainty

        c = key_question_certainty(k.source.plan, k)
        if c.state != "known":
            return ""
        return certainty_words(c) + ("" if c.model is None else f" ({model_words(c.model)})")

    @property
    def chance_warning(self) -> str | None:
        """Where another band is at least 20% likely, which (worked out when first read)."""
        k = self.source
        if k is None or k.source is None:
            return None
        from ratingbook.framework.certainty import key_question_certainty

        warning = key_question_certainty(k.source.plan, k).warning
        return None if warning is None else say(warning)


@record
class Chart:
    """A standard rated by its key questions, drawn against the bands."""

    id: str
    name: str
    rating: Rating
    mark: Mark | None
    banded: Rating | None
    rows: tuple[ChartRow, ...]


def figure_text(k: KeyQuestionResult) -> str:
    """``67% (2/3 yes)`` from case counts, ``64% (published figure)`` from a percentage."""
    counted = k.relevant is not None and k.yes is not None
    return phrases.figure_text(
        percent=k.percent, yes=k.yes if counted else None, relevant=k.relevant if counted else None
    )


def chart_row(k: KeyQuestionResult, *, sets_band: bool) -> ChartRow:
    """A key question's row of its standard's chart."""
    if k.undetermined is not None or k.not_inspected is not None:
        if k.undetermined is not None:
            label = f"{UNDETERMINED}: {range_words(k.undetermined.bands, band=True)}"
            why = say(k.undetermined.reason)
        else:
            assert k.not_inspected is not None
            label, why = phrases.NOT_INSPECTED, k.not_inspected.reason
        return ChartRow(
            id=k.id,
            text=k.text,
            percent=None,
            band=None,
            figure="",
            label=label,
            summary=label,
            hover=f"{k.id} {k.text}: {label} ({why})",
            sets_band=sets_band,
        )
    if k.percent is None or k.band is None:
        return ChartRow(
            id=k.id,
            text=k.text,
            percent=None,
            band=None,
            figure="",
            label=NO_RELEVANT_CASES,
            summary=NO_RELEVANT_CASES,
            hover=phrases.chart_hover_no_cases(id=k.id, text=k.text),
            sets_band=sets_band,
        )
    figure = figure_text(k)
    counted = k.relevant is not None and k.yes is not None
    iv = k.interval if k.relevant else None
    interval = None if iv is None else (iv.low, iv.high)
    return ChartRow(
        id=k.id,
        text=k.text,
        percent=k.percent,
        band=k.band,
        figure=figure,
        label=phrases.chart_label(
            figure=figure, band=k.band, interval=interval, sets_band=sets_band
        ),
        summary=phrases.chart_summary(figure=figure, band=k.band, interval=interval),
        hover=phrases.chart_hover(
            id=k.id,
            text=k.text,
            percent=k.percent,
            yes=k.yes if counted else None,
            relevant=k.relevant if counted else None,
            band=k.band,
            interval=interval,
            sets_band=sets_band,
        ),
        sets_band=sets_band,
        n=k.relevant,
        low=None if iv is None else iv.low,
        high=None if iv is None else iv.high,
        source=k,
    )


def chart(s: StandardResult) -> Chart:
    """A standard's key questions against the bands."""
    return Chart(
        id=s.id,
        name=s.name,
        rating=final_rating(s),
        mark=mark(s),
        banded=banded(s),
        rows=tuple(chart_row(k, sets_band=k.id in s.lowest) for k in s.key_questions),
    )


def bands(result: Result) -> tuple[Band, ...]:
    """The framework's key-question bands, ascending."""
    return tuple(Band(low=lo, high=hi, rating=r) for lo, hi, r in sorted(result.bands))


# ---------------------------------------------------------------------------- what would move


@record
class MoveSummary:
    """What would move one rating, down and up, in a few words each (a summary table's row)."""

    id: str  # ``overall`` or a standard id
    label: str  # ``Overall rating`` or ``2.2 Planning``
    rating: Rating
    down: str  # ``3 judgements: Requires improvement``; ``none: already the lowest rating``
    up: str
    note: str  # a panel decision a move sets aside, and the fewest while it stands; or empty


def move_phrase(m: Move) -> str:
    """A move in a few words: how many judgements and the rating they reach, or why none."""
    if m.state == "found" and m.judgements is not None:
        return f"{plural(m.judgements, 'judgement')}: {m.to}"
    if m.state == "undetermined":
        return phrases.UNDETERMINED_PERCENTAGES if m.percent_only else "undetermined"
    return f"{m.state}: {say(m.reason)}" if m.reason is not None else m.state


def move_note(w: WhatIf) -> str:
    """Where a move sets a panel decision aside, which, and the fewest while decisions stand."""
    notes = []
    for m in (w.down, w.up):
        aside = m.sets_aside
        if not aside:
            continue
        stand = m.decisions_stand
        notes.append(
            phrases.move_note(
                direction=m.direction,
                aside=tuple(aside),
                stands=None if stand is None else stand.state == "found",
                stand=move_phrase(stand) if stand is not None else "",
            )
        )
    return "; ".join(notes)


def move_summaries(result: Result) -> tuple[MoveSummary, ...]:
    """What would move the overall rating and each standard rated by key questions."""
    from ratingbook.framework.whatif import overall_what_if, standard_what_if

    rows = []
    w = overall_what_if(result)
    rows.append(
        MoveSummary(
            id="overall",
            label=OVERALL_LABEL,
            rating=rating(w.rating),
            down=move_phrase(w.down),
            up=move_phrase(w.up),
            note=move_note(w),
        )
    )
    for s in result.standards:
        one = standard_what_if(result, s)
        if one is None:
            continue
        rows.append(
            MoveSummary(
                id=s.id,
                label=f"{s.id} {s.name}",
                rating=rating(one.rating),
                down=move_phrase(one.down),
                up=move_phrase(one.up),
                note=move_note(one),
            )
        )
    return tuple(rows)


# ---------------------------------------------------------------------------- the view


@record
class RatingsView:
    """Everything a rated inspection shows, in every format."""

    service: str
    framework_id: str
    framework_title: str
    framework_path: str
    inspection: str
    overall: OverallRow
    domains: tuple[Domain[StandardRow], ...]
    discretion: tuple[DiscretionNote, ...]
    undetermined: tuple[UndeterminedNote, ...]  # key questions the data cannot decide
    legend: tuple[Mark, ...]  # marks in the table that no note explains (◇)
    findings: tuple[FindingView, ...]
    bands: tuple[Band, ...]
    charts: tuple[Domain[Chart], ...]  # standards rated by their key questions
    audit: AuditView  # what the result was made from
    provenance: str | None  # who judged the cases, reasons and notes, where the data has them
    scale: tuple[str, ...]  # the framework's ratings, best first: each one's colour
    result: Result = field(compare=False, repr=False)
    only: str | None = None  # the trees keep only what pulled each rating down ("limiting")
    depth: int | None = None  # the trees are cut this many levels below the overall rating
    # The most cases the grids and each case's answers show (None: casework.SHOWN_CASES); the
    # report says what it left out and how to see it.
    shown_cases: int | None = None

    @property
    def tables(self) -> tuple[Domain[StandardTable], ...]:
        """Each standard's key questions and prompts, as the published reports give them."""
        from ratingbook.framework.views.casework import standard_table

        return by_domain(
            self.result,
            [
                (s.domain, standard_table(s))
                for s in self.result.standards
                if s.judged is None and s.key_questions
            ],
        )

    @property
    def grids(self) -> tuple[Grid, ...]:
        """Per domain rated from cases, its cases against its key questions."""
        from ratingbook.framework.views.casework import grids

        return grids(self.result, self.shown_cases)

    @property
    def cases(self) -> tuple[CaseAnswers, ...]:
        """Every case's answers to the key questions and their prompts."""
        from ratingbook.framework.views.casework import case_answers

        return case_answers(self.result, self.shown_cases)

    @property
    def cases_left_out(self) -> CasesLeftOut | None:
        """How many cases the report leaves out, past the most it shows, and how to see them."""
        from ratingbook.framework.views.casework import cases_left_out

        return cases_left_out(self.result, self.shown_cases)

    @property
    def cases_note(self) -> str | None:
        """Why there are no cases to show, when the data holds none."""
        from ratingbook.framework.views.casework import cases_note

        return cases_note(self.result)

    @property
    def what_would_move(self) -> tuple[MoveSummary, ...]:
        """The fewest judgements that would move each rating (worked out when first read)."""
        return move_summaries(self.result)

    @property
    def summary(self) -> Tree | None:
        """How the overall rating is reached, without the standards (the HTML report's)."""
        from ratingbook.framework.explain import explain
        from ratingbook.framework.views.explanation import tree

        overall = explain(self.result)
        how = tuple(c for c in overall.children if c.kind != "standard")
        if not how:
            return None
        return tree(overall.cut(below=lambda: how), (True,))

    @property
    def trees(self) -> tuple[Domain[Tree], ...]:
        """Each standard's explanation, starting closed (the HTML report's)."""
        from ratingbook.framework.explain import explain, prune
        from ratingbook.framework.views.explanation import tree

        # Each standard starts closed (its summary line gives the result); opened, its first
        # level shows, and the cases and prompts beneath stay folded. A standard is one level
        # below the overall rating: --depth N shows N - 1 levels beneath it.
        depth = None if self.depth is None else max(self.depth - 1, 0)
        return by_domain(
            self.result,
            [
                (
                    s.domain,
                    tree(prune(explain(self.result, s.id, only=self.only), depth), (False, True)),
                )
                for s in self.result.standards
            ],
        )


def ratings_view(
    result: Result,
    *,
    only: str | None = None,
    depth: int | None = None,
    shown_cases: int | None = None,
) -> RatingsView:
    """What text, Markdown and HTML show of a rated inspection; ``only`` and ``depth`` cut the
    HTML report's explanation trees as ``explain`` cuts its tree; ``shown_cases`` is the most
    cases its case grids show (:data:`~ratingbook.framework.views.casework.SHOWN_CASES` when
    not given)."""
    standards = result.standards
    eligible = any(
        s.discretion is not None and s.discretion.eligible and not s.discretion.applied
        for s in standards
    )
    return RatingsView(
        service=result.service,
        framework_id=result.framework_id,
        framework_title=result.framework_title,
        framework_path=result.framework_path,
        inspection=result.inspection,
        overall=overall_row(result),
        domains=by_domain(result, [(s.domain, standard_row(result, s)) for s in standards]),
        discretion=discretion_notes(result),
        undetermined=undetermined_notes(result),
        legend=(ELIGIBLE,) if eligible else (),
        findings=findings(result.diagnostics),
        bands=bands(result),
        charts=by_domain(
            result,
            [(s.domain, chart(s)) for s in standards if s.judged is None and s.key_questions],
        ),
        audit=audit_view(result.audit),
        provenance=provenance_summary(result.cases),
        scale=scale(result.framework),
        result=result,
        only=only,
        depth=depth,
        shown_cases=shown_cases,
    )
