"""The ratings page and the text explanation as blocks (render/blocks.py): one layout, drawn
by Rich with colour (render/text.py's ``render_ratings`` and ``streamed_explanation``) and by
the plain writer without (render/plain.py).

Everything shown comes from a view (:mod:`ratingbook.framework.views`); this module only lays
it out and names the styles. It loads no Rich module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, assert_never

from ratingbook.framework.render.blocks import (
    EMPTY,
    Block,
    Branches,
    Code,
    Column,
    Fit,
    Grid,
    Para,
    Part,
    assemble,
    audit_blocks,
    para,
    rating_style,
)
from ratingbook.framework.views import phrases as P
from ratingbook.framework.views.common import (
    APPLIED,
    WARNING_MARK,
    AuditView,
    FindingView,
    Mark,
    Rating,
)
from ratingbook.framework.views.phrases import (
    COLUMN_BANDED,
    COLUMN_HOW_SURE,
    COLUMN_RATING,
    COLUMN_SCORE,
    COLUMN_SET_BY,
    COLUMN_STANDARD,
    COLUMN_WOULD_MOVE,
    HEADING_SUMMARY,
)
from ratingbook.framework.views.ratings import RatingsView

if TYPE_CHECKING:
    # Only explanations read these; a ratings page does not load them.
    from ratingbook.framework.views.explanation import CheckMark, ExplanationView, Line


def rating(r: Rating) -> Para:
    return para(r.text, rating_style(r.value))


def mark(m: Mark | None) -> Para:
    if m is None:
        return EMPTY
    match m.kind:
        case "applied":
            style = "discretion"
        case "eligible":
            style = "muted"
        case _:
            assert_never(m.kind)
    return para(f" {m.symbol}", style)


def audit(view: AuditView) -> tuple[Para, ...]:
    """The audit header (see ``audit_blocks``), then the report the data was read from,
    wrapped at the width."""
    if view.report_line is None:
        return audit_blocks(view.lines)
    return (*audit_blocks(view.lines), para(view.report_line, "muted"))


def findings(found: tuple[FindingView, ...]) -> list[Para]:
    """Each finding on the data: its severity, message and place."""
    return [
        assemble(
            (f"{f.severity}: ", "warning" if f.severity == "warning" else "error"),
            f.message,
            (f"  ({f.where})" if f.where else "", "muted"),
        )
        for f in found
    ]


def narrow_ratings(view: RatingsView) -> Grid:
    """The ratings as two columns, every figure of a row in words beneath its name."""
    o = view.overall
    rows: list[tuple[Para, ...]] = [
        (
            EMPTY,
            assemble(
                (o.label, "heading"),
                ": ",
                rating(o.rating),
                "\n"
                + P.score_phrase(score=o.score_figure)
                + "; "
                + P.set_by_words(set_by=o.set_by),
            ),
        )
    ]
    sections = set()
    for domain in view.domains:
        sections.add(len(rows) - 1)
        rows.append((para(f"{domain.id}.", "domain"), para(domain.name, "domain")))
        for row in domain.items:
            figures = [P.score_phrase(score=row.score)] if row.score else []
            if row.banded:
                figures.append(P.banded_words(banded=row.banded.text))
            figures.append(P.set_by_words(set_by=row.set_by))
            rows.append(
                (
                    para(row.id),
                    assemble(
                        row.name,
                        ": ",
                        rating(row.rating),
                        mark(row.mark),
                        ("\n" + "; ".join(figures), "muted"),
                    ),
                )
            )
    return Grid(
        columns=(
            Column(header="", no_wrap=True),
            Column(header=COLUMN_STANDARD, overflow="fold"),
        ),
        rows=tuple(rows),
        sections=frozenset(sections),
    )


def wide_ratings(view: RatingsView) -> Grid:
    """The ratings table: a row for the overall rating, then each domain and its standards."""
    o = view.overall
    # Every cell is a paragraph, never a string: a name with square brackets is not markup.
    rows: list[tuple[Para, ...]] = [
        (
            EMPTY,
            para(o.label, "heading"),
            rating(o.rating),
            para(o.score_figure),
            EMPTY,
            para(o.set_by),
        )
    ]
    sections = set()
    for domain in view.domains:
        sections.add(len(rows) - 1)
        rows.append(
            (
                para(f"{domain.id}.", "domain"),
                para(domain.name, "domain"),
                EMPTY,
                EMPTY,
                EMPTY,
                EMPTY,
            )
        )
        for row in domain.items:
            rows.append(
                (
                    para(row.id),
                    para(row.name),
                    assemble(rating(row.rating), mark(row.mark)),
                    para(row.score),
                    rating(row.banded) if row.banded else para("", rating_style(None)),
                    para(row.set_by),
                )
            )
    return Grid(
        columns=(
            Column(header="", no_wrap=True),
            Column(header=COLUMN_STANDARD, min_width=16),
            Column(header=COLUMN_RATING, min_width=11),
            Column(header=COLUMN_SCORE, justify="right", no_wrap=True),
            Column(header=COLUMN_BANDED, no_wrap=True),
            Column(header=COLUMN_SET_BY, min_width=10),
        ),
        rows=tuple(rows),
        sections=frozenset(sections),
    )


def ratings_page(view: RatingsView) -> list[Block]:
    """The title, the audit header, the ratings table (two columns where the table's
    narrowest form does not fit), then provenance, discretion notes, undetermined standards,
    the legend and the findings."""
    title = assemble((view.service, "heading"), ("  ·  ", "muted"), (view.framework_id, "muted"))
    parts: list[Block] = [
        title,
        *audit(view.audit),
        Fit(layouts=(wide_ratings(view), narrow_ratings(view))),
    ]
    if view.provenance:
        parts.append(para(f"{P.PROVENANCE}: {view.provenance}", "muted"))
    for note in view.discretion:
        parts.append(
            assemble(
                (f"{APPLIED.symbol} {note.id} ", "discretion"),
                P.discretion_moved(
                    by_override=note.by_override,
                    banded=note.banded.text,
                    rating=note.rating.text,
                ),
                (note.reason, "muted"),
            )
        )
    for u in view.undetermined:
        parts.append(
            assemble(
                (f"{u.symbol} {u.id} {P.UNDETERMINED}", "warning"),
                P.could_be(possible=u.possible, reason=u.reason),
                (P.settled_by_sentence(settle=u.settle), "muted"),
            )
        )
    parts += [para(f"{m.symbol} {m.meaning}", "muted") for m in view.legend]
    parts += findings(view.findings)
    return parts


# ---------------------------------------------------------------------------- explanations


def _summary_title() -> Para:
    return para(HEADING_SUMMARY, "heading")


def wide_summary(view: RatingsView) -> Grid:
    """The summary: each rating, what set it, what would move it, and how sure it is."""
    o = view.overall
    rows: list[tuple[Para, ...]] = [
        (
            EMPTY,
            para(o.label, "heading"),
            assemble(rating(o.rating), f" {o.score_figure}"),
            para(o.set_by),
            para("\n".join(o.moves)),
            para(o.sure),
        )
    ]
    sections = set()
    for domain in view.domains:
        sections.add(len(rows) - 1)
        for row in domain.items:
            banded = assemble(" (banded ", rating(row.banded), ")") if row.banded else EMPTY
            rows.append(
                (
                    para(row.id),
                    para(row.name),
                    assemble(rating(row.rating), mark(row.mark), banded),
                    para(row.set_by),
                    para("\n".join(row.moves)),
                    para(row.sure),
                )
            )
    return Grid(
        columns=(
            Column(header="", no_wrap=True),
            Column(header=COLUMN_STANDARD, min_width=12),
            Column(header=COLUMN_RATING, min_width=11),
            Column(header=COLUMN_SET_BY, min_width=10),
            Column(header=COLUMN_WOULD_MOVE, min_width=12),
            Column(header=COLUMN_HOW_SURE, min_width=10),
        ),
        rows=tuple(rows),
        sections=frozenset(sections),
        title=_summary_title(),
    )


def narrow_summary(view: RatingsView) -> Grid:
    """The summary as two columns, each row's figures in words beneath its name."""

    def details(set_by: str, moves: tuple[str, ...], sure: str) -> Para:
        lines = [P.set_by_words(set_by=set_by), *(P.would_move_words(move=m) for m in moves)]
        if sure:
            lines.append(P.how_sure_words(sure=sure))
        return para("\n" + "\n".join(lines), "muted")

    o = view.overall
    rows: list[tuple[Para, ...]] = [
        (
            EMPTY,
            assemble(
                (o.label, "heading"),
                ": ",
                rating(o.rating),
                f" {o.score_figure}",
                details(o.set_by, tuple(o.moves), o.sure),
            ),
        )
    ]
    sections = set()
    for domain in view.domains:
        sections.add(len(rows) - 1)
        for row in domain.items:
            banded = assemble(" (banded ", rating(row.banded), ")") if row.banded else EMPTY
            rows.append(
                (
                    para(row.id),
                    assemble(
                        row.name,
                        ": ",
                        rating(row.rating),
                        mark(row.mark),
                        banded,
                        details(row.set_by, tuple(row.moves), row.sure),
                    ),
                )
            )
    return Grid(
        columns=(
            Column(header="", no_wrap=True),
            Column(header=COLUMN_STANDARD, overflow="fold"),
        ),
        rows=tuple(rows),
        sections=frozenset(sections),
        title=_summary_title(),
    )


def summary(view: RatingsView) -> list[Block]:
    """The ratings first (the wide table, or two columns where it does not fit), then the
    legend, the note on cases and the pointer to the standard's discretion."""
    parts: list[Block] = [Fit(layouts=(wide_summary(view), narrow_summary(view)))]
    parts += [para(f"{m.symbol} {m.meaning}", "muted") for m in view.legend]
    if view.cases_note is not None:
        parts.append(para(view.cases_note, "muted"))
    parts += [
        para(f"{APPLIED.symbol} {P.see_the_standard(meaning=APPLIED.meaning)}", "muted")
        for _ in view.discretion[:1]
    ]
    return parts


def check_style(check: CheckMark) -> str:
    match check.status:
        case "yes":
            return "ok"
        case "unknown":
            return "warning"
        case "no" | "none":
            return "muted"
        case _:
            assert_never(check.status)


def line_label(line: Line, scale: tuple[str, ...]) -> tuple[Part, ...]:
    """What a line of an explanation's tree shows: its check mark, words, rating badge and
    where its rule is written (one paragraph), then its warning, its rule's framework text and
    what ``--depth`` hid beneath it, each beneath the other."""
    spans: list[tuple[str, str | None]] = []
    check = line.check
    if check is not None:
        spans.append((f"{check.symbol} ", check_style(check)))
    spans.append((line.label, "heading" if line.heading else None))
    badge = line.badge
    if badge is not None:
        spans.append(("  ", None))
        spans.append((badge.text, rating_style(badge.value)))
    if line.where is not None:
        spans.append((f"  {line.where}", "trace.where"))
    parts: list[Part] = [Para(spans=tuple(spans))]
    if line.warning:
        parts.append(para(f"{WARNING_MARK} {line.warning}", "warning"))
    if line.snippet is not None:
        parts.append(Code(text=line.snippet, ratings=scale))  # a snippet declares none
    if line.more is not None:
        parts.append(para(line.more, "muted"))
    return tuple(parts)


def explanation_page(view: ExplanationView) -> list[Block]:
    """The audit header, the summary (for the overall rating) and a blank line, what
    ``--only`` left out, the tree (its lines read as they are drawn), then the findings."""
    parts: list[Block] = [*audit(view.audit)]
    if view.summary is not None:
        parts += [*summary(view.summary), EMPTY]
    if view.only is not None:
        parts.append(para(P.showing_only(only=view.only, option=P.ONLY_LIMITING_OPTION), "muted"))
    scale = view.scale
    parts.append(Branches(root=view.tree.root, label=lambda line: line_label(line, scale)))
    parts += findings(view.findings)
    return parts
