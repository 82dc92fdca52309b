"""Self-contained HTML reports: one file to share, with no scripts and nothing loaded from anywhere.

One report for ``rate --format html`` and ``explain --format html``: the ratings table (with
what set, would move and bounds each rating), a chart of each rated standard's key questions
against the bands (with each one's 95% interval and number of cases), each standard's
key-question and prompt tables as the published reports give them, a grid of cases against
key questions (a filter shows only the cases with a "no", without scripts) and each case's
answers to the prompts, the explanation tree of every standard as nested ``<details>``, and
the notes on the data. An explanation of one standard or key question is a page of the same
design. A print stylesheet opens every ``<details>``, numbers the pages and keeps headings
with what follows them. Output is deterministic (no dates; the version and content hashes
of the audit header change only with what the report was made from), so it can be compared
with a golden file. What is shown comes from a view (:mod:`ratingbook.framework.views`);
this module lays it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from html import escape
from itertools import chain
from typing import Final

from ratingbook.framework.render.palette import band_css, rating_class, rating_css
from ratingbook.framework.render.paper import PRINT_CSS
from ratingbook.framework.views import phrases as P
from ratingbook.framework.views.casework import CaseAnswers, Grid, StandardTable
from ratingbook.framework.views.common import (
    APPLIED,
    FINDINGS_TITLE,
    WARNING_MARK,
    AuditView,
    FileShown,
    FindingView,
    Mark,
    Rating,
)
from ratingbook.framework.views.explanation import ExplanationView, Line, Tree
from ratingbook.framework.views.phrases import (
    CASES_INTRO,
    CHARTS_INTRO,
    COLUMN_BANDED_BEFORE_DISCRETION,
    COLUMN_HOW_SURE,
    COLUMN_ID,
    COLUMN_RATING,
    COLUMN_SCORE,
    COLUMN_SET_BY,
    COLUMN_STANDARD,
    COLUMN_WOULD_MOVE,
    HEADING_CASES,
    HEADING_CHARTS,
    HEADING_EACH_CASE,
    HEADING_RATINGS,
    HEADING_TABLES,
    HEADING_WHY,
    TABLES_INTRO,
)
from ratingbook.framework.views.ratings import Band, Chart, RatingsView

# The stylesheet, and why some of it is as it is (kept here, not in every page):
# - Charts are drawn in CSS pixels (no viewBox), so their words are the size written here at
#   every width; the plot is placed in percentages of the chart's width.
# - A table wider than the screen scrolls inside its own box (.scroll), never the page; the
#   shadows at its edges show there is more that way: the two white covers scroll with the
#   content (background-attachment local) and hide a shadow where there is no more to see.
# - In the case grid the case's id stays in view (sticky) while the grid scrolls under it, and
#   the caption wraps to the width in view, not the grid's.
# - On a phone (under 44em) the page never scrolls sideways: the ratings table and the
#   key-question and prompt tables become one block per row, each figure led by its column's
#   name (the columns are the same, in the same order, in every such table); the case grid
#   scrolls in its box.
CSS = """\
:root {
  --ink: #1d2327; --muted: #545f66; --line: #c8ced2; --paper: #ffffff; --soft: #f4f6f7;
  --accent: #1d4f91; --warn-bg: #fff4ce; --warn-ink: #5c4300; --code-bg: #f6f8fa;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; padding: 1.5rem 1.5rem 3rem; max-width: 72rem; color: var(--ink);
  background: var(--paper); line-height: 1.45;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .5rem; }
a { color: var(--accent); }
code, pre, .where { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; overflow-wrap: anywhere; }
.meta { margin: .1rem 0; color: var(--muted); overflow-wrap: anywhere; }
.meta code { color: var(--ink); }
.headline { font-size: 1.15rem; margin: 1rem 0 0; }
.headline .rating { padding: .15rem .55rem; border-radius: .25rem; }
.muted { color: var(--muted); }
/* Ratings: colour and the rating's name together, never colour alone (contrast >= 4.5:1). */
.rating { font-weight: 600; white-space: nowrap; }
@RATINGS@
.r-none { background: #eceeef; color: #3b4348; font-weight: 400; font-style: italic; }
table.ratings { border-collapse: collapse; width: 100%; margin: .8rem 0; }
table.ratings th, table.ratings td { padding: .35rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.ratings thead th { border-bottom: 2px solid var(--ink); font-size: .85rem; color: var(--muted); }
table.ratings td.score, table.ratings th.score { text-align: right; font-variant-numeric: tabular-nums; }
table.ratings tr.overall th, table.ratings tr.overall td { border-bottom: 2px solid var(--ink); font-weight: 700; }
table.ratings tr.domain th { background: var(--soft); font-weight: 700; padding-top: .5rem; }
table.ratings td.id { white-space: nowrap; }
@media (min-width: 60rem) { table.ratings td.name { white-space: nowrap; } }
.discretion-mark { font-weight: 700; }
.notes { margin: .6rem 0; padding-left: 1.2rem; }
.notes li { margin: .3rem 0; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; padding: 0; margin: .4rem 0 1rem; font-size: .9rem; }
.swatch { display: inline-block; width: 1.6em; height: 1em; vertical-align: -.15em; margin-right: .4em; border: 1px solid #8a9499; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr)); gap: 0 2rem; }
figure.chart { margin: .4rem 0 1.4rem; min-width: 0; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
figure.chart svg { display: block; width: 100%; overflow: visible; font-family: inherit; }
@BANDS@
svg .band { fill: #eceeef; }
svg.plot { overflow: visible; }
svg.plot * { vector-effect: non-scaling-stroke; }
svg .boundary { stroke: #545f66; stroke-width: 1; stroke-dasharray: 3 3; }
svg .frame { fill: none; stroke: #8a9499; stroke-width: 1; }
svg .bar { fill: #55636f; }
svg .bar.lowest { fill: #0b0c0c; }
svg .range { font-size: 11px; fill: #3b4348; text-anchor: middle; }
svg .figure, svg .none { font-size: 13px; fill: #1d2327; }
svg .aside { font-size: 12px; fill: #3b4348; }
svg text > tspan:first-child { font-weight: 700; font-style: normal; }
svg .lowest :is(.figure, .aside) { font-weight: 700; }
svg .none > tspan + tspan { font-style: italic; fill: #545f66; }
svg .interval { stroke: #1d4f91; stroke-width: 1.5; fill: none; }
svg a:hover .bar, svg a:focus .bar { fill: #1d4f91; }
/* Explanation trees */
.tree { margin: .3rem 0 .8rem; }
.tree details, .tree .leaf { margin: .15rem 0 .15rem 1.1rem; }
.tree > details, .tree > .leaf { margin-left: 0; }
.tree details > summary { cursor: pointer; padding: .1rem .2rem; border-radius: .2rem; }
.tree details > summary:hover { background: var(--soft); }
.tree .leaf { padding: .1rem .2rem .1rem 1.1rem; }
.tree details.kind-standard { border: 1px solid var(--line); border-radius: .35rem; padding: .35rem .6rem; margin: .5rem 0; }
.tree .kind-standard > summary, .tree .kind-overall > summary { font-size: 1.02rem; }
.label.strong { font-weight: 700; }
.badge { display: inline-block; font-size: .82rem; padding: 0 .45rem; margin-left: .4rem; border-radius: .8rem; white-space: nowrap; }
.where { font-size: .8rem; color: var(--muted); margin-left: .5rem; white-space: nowrap; }
.mark { display: inline-block; width: 1.2em; font-weight: 700; }
.mark-yes { color: #00703c; }
.mark-no { color: #545f66; }
.mark-unknown { color: #7a5a00; }
.warning { display: block; margin: .2rem 0 .2rem 1.1rem; padding: .15rem .5rem; background: var(--warn-bg); color: var(--warn-ink); border-left: 4px solid #b88a00; }
.warn-count { font-size: .8rem; margin-left: .5rem; padding: 0 .4rem; background: var(--warn-bg); color: var(--warn-ink); border-radius: .2rem; white-space: nowrap; }
pre.snippet { margin: .25rem 0 .35rem 1.1rem; padding: .35rem .6rem; background: var(--code-bg); border: 1px solid var(--line); border-radius: .25rem; overflow-x: auto; font-size: .82rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.more { color: var(--muted); font-style: italic; margin-left: 1.1rem; }
ul.findings li.sev-error strong { color: #a4161a; }
ul.findings li.sev-warning strong { color: #7a5a00; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
/* Navigation, tables of key questions and prompts, the case grid, each case's answers */
nav.contents ul { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; margin: .8rem 0 0; }
table.figures { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
table.figures caption, table.grid caption, table.ratings caption, table.case caption { text-align: left; font-weight: 600; padding: .2rem 0 .3rem; }
table.figures th, table.figures td { padding: .3rem .5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.figures thead th { border-bottom: 2px solid var(--ink); font-size: .85rem; color: var(--muted); }
table.figures td.num, table.figures th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.figures tbody th { font-weight: 400; }
table.figures tr.sets-band th, table.figures tr.sets-band td { font-weight: 700; }
table.prompts { margin: 0 0 1rem; font-size: .92rem; }
.basis { margin: .2rem 0 .4rem; }
.filter { margin: .4rem 0; }
.filter input { margin-right: .4rem; }
.only-no:checked ~ .grid-scroll tr.no-none { display: none; }
.scroll {
  overflow-x: auto; max-width: 100%;
  background:
    linear-gradient(to right, var(--paper) 30%, rgb(255 255 255 / 0)) left / 2.5rem 100% no-repeat local,
    linear-gradient(to left, var(--paper) 30%, rgb(255 255 255 / 0)) right / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / .35), rgb(0 0 0 / 0)) left / 1rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / .35), rgb(0 0 0 / 0)) right / 1rem 100% no-repeat scroll;
}
.scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table.grid { border-collapse: separate; border-spacing: 0; border-top: 1px solid var(--line); border-left: 1px solid var(--line); margin: .4rem 0 1rem; font-size: .85rem; }
table.grid th, table.grid td { border: solid var(--line); border-width: 0 1px 1px 0; padding: .15rem .35rem; text-align: center; white-space: nowrap; }
table.grid thead th { background: var(--soft); }
table.grid th[scope="row"], table.grid thead th:first-child { text-align: left; position: sticky; left: 0; background: var(--paper); }
table.grid thead th:first-child { background: var(--soft); }
.scroll caption > span { display: inline-block; position: sticky; left: 0; max-width: calc(100vw - 2rem); }
table.grid td.a-no { background: #f5d0d0; color: #5c0f11; font-weight: 700; }
table.grid td.a-yes { color: #0b3b24; }
table.grid td.a-na, table.grid td.a-none { color: var(--muted); }
table.grid td.noes { font-weight: 700; }
details.case { border: 1px solid var(--line); border-radius: .3rem; padding: .25rem .5rem; margin: .3rem 0; }
details.case > summary { cursor: pointer; }
table.case { border-collapse: collapse; width: 100%; margin: .3rem 0; font-size: .88rem; }
table.case tbody th { font-weight: 400; }
table.case th, table.case td { border-bottom: 1px solid var(--line); padding: .2rem .4rem; text-align: left; vertical-align: top; }
.ans-no { font-weight: 700; color: #5c0f11; }
.reason { color: var(--muted); font-style: italic; }
.prompt-answers { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0 .8rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media screen and (max-width: 44rem) {
  body { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.45rem; }
  .where { white-space: normal; overflow-wrap: anywhere; }
  .tree details, .tree .leaf, .warning, pre.snippet, .more { margin-left: .7rem; }
  .tree > details, .tree > .leaf { margin-left: 0; }
  :is(table.ratings, table.figures), :is(table.ratings, table.figures) :is(caption, tbody, tr, th, td) { display: block; }
  :is(table.ratings, table.figures) thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  :is(table.ratings, table.figures) tr { padding: .4rem 0; border-bottom: 1px solid var(--line); }
  :is(table.ratings, table.figures) :is(th, td), table.ratings tr.overall :is(th, td) { border: 0; padding: 0; }
  :is(table.ratings, table.figures) td:empty { display: none; }
  :is(table.ratings, table.figures) td::before { font-weight: 400; color: var(--muted); }
  table.ratings tr { display: grid; grid-template-columns: auto 1fr auto; gap: .15rem .6rem; }
  table.ratings tr.overall { border-bottom: 2px solid var(--ink); }
  table.ratings tr.domain { padding: 0; }
  table.ratings tr.domain th { grid-column: 1 / -1; padding: .35rem .5rem; }
  table.ratings td.id { grid-area: 1 / 1; }
  table.ratings :is(td.name, tr.overall th) { grid-area: 1 / 2; }
  table.ratings td.score { grid-area: 1 / 3; }
  table.ratings td.score::before { content: "@COLUMN_SCORE@ "; }
  table.ratings :is(td.rating, td:nth-child(n+5)) { grid-column: 1 / -1; }
  table.ratings td.rating { justify-self: start; padding: .05rem .45rem; border-radius: .2rem; white-space: normal; }
  table.ratings td:nth-child(n+5)::before { font-weight: 600; }
  table.ratings td:nth-child(5)::before { content: "@COLUMN_BANDED_BEFORE_DISCRETION@: "; }
  table.ratings td:nth-child(6)::before { content: "@COLUMN_SET_BY@: "; }
  table.ratings td:nth-child(7)::before { content: "@COLUMN_WOULD_MOVE@: "; }
  table.ratings td:nth-child(8)::before { content: "@COLUMN_HOW_SURE@: "; }
  table.ratings :is(tr.overall td, td.rating)::before { color: inherit; }
  table.figures tr { display: flex; flex-wrap: wrap; align-items: baseline; gap: .1rem 1rem; }
  table.figures tbody th { flex: 1 0 100%; }
  table.figures td:nth-child(2)::before { content: "@COLUMN_RELEVANT@ "; }
  table.figures td:nth-child(3)::before { content: "@COLUMN_NUMBER_YES@ "; }
  table.figures td:nth-child(4)::before { content: "@COLUMN_PERCENT_YES@ "; }
  table.kq td:nth-child(5)::before { content: "@COLUMN_BAND@ "; }
  table.prompts td:nth-child(5)::before { content: "@COLUMN_NA@ "; }
  table.figures .rating { white-space: normal; }
}
@media print {
  body { padding: 0; max-width: none; font-size: 10pt; }
  .filter { display: none; }
  .charts { grid-template-columns: 1fr 1fr; gap: 0 1.2rem; }
  #key-questions, #standards, #cases, #why { break-before: page; }
  .warning, table.figures, table.case, details.case > p { break-inside: avoid; }
  details.case > summary, details.case > p, .basis { break-after: avoid; }
  .only-no:checked ~ .grid-scroll tr.no-none { display: table-row; }
  .scroll { overflow: visible; background: none; }
  table.grid th[scope="row"], table.grid thead th:first-child { position: static; }
  .tree details > summary:hover { background: none; }
}
"""


# ---------------------------------------------------------------------------- helpers


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _rating_span(r: Rating, extra: str = "") -> str:
    return f'<span class="rating {rating_class(r.value)}">{_e(r.text)}{extra}</span>'


# Opens every folded section (<details>) around the target of an in-page link, so that a link
# never lands on a closed one: on a click (before the browser scrolls), on a change of the
# fragment (back, forward, a typed address) and on opening a page whose address has one. The
# report works without it: folded sections open by hand, and the "no" filter is CSS.
SCRIPT = """\
(() => {
  const open = (hash) => {
    let id = hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* a malformed escape: the id as written */ }
    const target = id ? document.getElementById(id) : null;
    let opened = false;
    for (let el = target; el; el = el.parentElement) {
      if (el.tagName === "DETAILS" && !el.open) { el.open = true; opened = true; }
    }
    return opened ? target : null;
  };
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href^='#']") : null;
    if (link) open(link.getAttribute("href"));
  }, true);
  const follow = () => { const target = open(location.hash); if (target) target.scrollIntoView(); };
  window.addEventListener("hashchange", follow);
  follow();
})();
"""


def stylesheet(scale: Sequence[str]) -> str:
    """The report's stylesheet with the rules for this framework's ratings, and the columns'
    names where a narrow screen writes them before each figure."""
    sheet = CSS.replace("@RATINGS@\n", "".join(f"{r}\n" for r in rating_css(scale))).replace(
        "@BANDS@\n", "".join(f"{r}\n" for r in band_css(scale))
    )
    for name, words in _CSS_LABELS.items():
        sheet = sheet.replace(f"@{name}@", words)
    return sheet


# The columns' names a narrow screen shows before each figure (CSS ``content``), by the name
# the stylesheet gives each (none holds a double quote or a backslash).
_CSS_LABELS: Final = {
    "COLUMN_SCORE": P.COLUMN_SCORE,
    "COLUMN_BANDED_BEFORE_DISCRETION": P.COLUMN_BANDED_BEFORE_DISCRETION,
    "COLUMN_SET_BY": P.COLUMN_SET_BY,
    "COLUMN_WOULD_MOVE": P.COLUMN_WOULD_MOVE,
    "COLUMN_HOW_SURE": P.COLUMN_HOW_SURE,
    "COLUMN_RELEVANT": P.COLUMN_RELEVANT,
    "COLUMN_NUMBER_YES": P.COLUMN_NUMBER_YES,
    "COLUMN_PERCENT_YES": P.COLUMN_PERCENT_YES,
    "COLUMN_BAND": P.COLUMN_BAND,
    "COLUMN_NA": P.COLUMN_NA,
}


def _page(title: str, body: Iterable[str], scale: Sequence[str]) -> Iterator[str]:
    """The page's lines (without their line ends): the head, ``body`` as it is read, the
    foot."""
    yield from [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light">',
        f"<title>{_e(title)}</title>",
        "<style>",
        stylesheet(scale).rstrip("\n"),
        PRINT_CSS.rstrip("\n"),
        "</style>",
        "</head>",
        "<body>",
    ]
    yield from body
    yield from ("<script>", SCRIPT.rstrip("\n"), "</script>", "</body>", "</html>")


def _text(lines: Iterable[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


def _lines(parts: tuple[str, ...]) -> str:
    return "<br>".join(_e(p) for p in parts)


def _mark(m: Mark | None) -> str:
    if m is None:
        return ""
    return f' <span class="discretion-mark" title="{_e(m.meaning)}">{m.symbol}</span>'


# ---------------------------------------------------------------------------- the ratings table


def _ratings_section(view: RatingsView) -> list[str]:
    o = view.overall
    out = [
        '<section id="ratings">',
        f"<h2>{HEADING_RATINGS}</h2>",
        '<table class="ratings">',
        f"<caption>{P.ratings_caption(service=_e(view.service), framework=_e(view.framework_id))}</caption>",
        "<thead>",
        "<tr>"
        f'<th scope="col"><span class="muted">{COLUMN_ID}</span></th>'
        f'<th scope="col">{COLUMN_STANDARD}</th>'
        f'<th scope="col">{COLUMN_RATING}</th>'
        f'<th scope="col" class="score">{COLUMN_SCORE}</th>'
        f'<th scope="col">{COLUMN_BANDED_BEFORE_DISCRETION}</th>'
        f'<th scope="col">{COLUMN_SET_BY}</th>'
        f'<th scope="col">{COLUMN_WOULD_MOVE}</th>'
        f'<th scope="col">{COLUMN_HOW_SURE}</th>'
        "</tr>",
        "</thead>",
        "<tbody>",
        '<tr class="overall">'
        "<td></td>"
        f'<th scope="row">{_e(o.label)}</th>'
        f'<td class="rating {rating_class(o.rating.value)}">{_e(o.rating.text)}</td>'
        f'<td class="score">{_e(o.score)}</td>'
        "<td></td>"
        f"<td>{_e(o.set_by)}</td>"
        f"<td>{_lines(o.moves)}</td>"
        f"<td>{_e(o.sure)}</td>"
        "</tr>",
        "</tbody>",
    ]
    for domain in view.domains:
        out.append(f'<tbody id="domain-{_e(domain.id)}">')
        out.append(
            f'<tr class="domain group"><th scope="rowgroup" colspan="8">{_e(domain.id)}. '
            f"{_e(domain.name)}</th></tr>"
        )
        for row in domain.items:
            banded_cell = (
                f'<td class="rating {rating_class(row.banded.value)}">{_e(row.banded.text)}</td>'
                if row.banded
                else "<td></td>"
            )
            out.append(
                f'<tr class="standard" id="row-{_e(row.id)}">'
                f'<td class="id"><a href="#why-{_e(row.id)}">{_e(row.id)}</a></td>'
                f'<td class="name">{_e(row.name)}</td>'
                f'<td class="rating {rating_class(row.rating.value)}">{_e(row.rating.text)}{_mark(row.mark)}</td>'
                f'<td class="score">{_e(row.score)}</td>'
                f"{banded_cell}"
                f"<td>{_e(row.set_by)}</td>"
                f"<td>{_lines(row.moves)}</td>"
                f"<td>{_e(row.sure)}</td>"
                "</tr>"
            )
        out.append("</tbody>")
    out.append("</table>")
    notes = [
        f"<li>{APPLIED.symbol} "
        + P.discretion_note(
            id=f"<strong>{_e(note.id)}</strong>",
            banded=_e(note.banded.text),
            rating=_e(note.rating.text),
            basis=_e(note.basis),
            reason=_e(note.reason),
        )
        + "</li>"
        for note in view.discretion
    ]
    notes += [
        f"<li>{u.symbol} "
        + P.undetermined_note(
            id=f"<strong>{_e(u.id)}</strong>",
            possible=_e(u.possible),
            reason=_e(u.reason),
            settle=_e(u.settle),
        )
        + "</li>"
        for u in view.undetermined
    ]
    notes += [f'<li class="muted">{m.symbol} {_e(m.meaning)}</li>' for m in view.legend]
    if notes:
        out += ['<ul class="notes">', *notes, "</ul>"]
    out.append("</section>")
    return out


# ---------------------------------------------------------------------------- the bar charts

_TOP = 18  # the strip with the band ranges
_ROW = 56  # a key question: its words, its bar, its interval, the rest of its words
_BAR = 10
_PAD = 4  # the words' distance from the plot's left edge, in CSS pixels


def _pct(value: float) -> str:
    """A place across the plot, as a percentage of the chart's width."""
    return f"{value:g}%"


def _chart(chart: Chart, bands: tuple[Band, ...]) -> list[str]:
    """A standard's key questions against the bands, as SVG drawn in CSS pixels: the chart
    has no viewBox, so its words keep the size the stylesheet gives them (11 to 13 pixels)
    on a phone and on a wide screen alike. The plot (bands, bars, intervals: no words) is an
    inner SVG 100 units across, stretched to the chart's width, its lines kept at their
    width by ``vector-effect``; the words are placed in percentages of the same width. Each
    key question takes three lines: its id, figure and band; its bar and 95% interval; the
    rest of its words (the words never run beside the bar, so never off a narrow chart)."""
    n = len(chart.rows)
    height = _TOP + n * _ROW + 4
    plot_h = n * _ROW
    chart_id = f"chart-{chart.id}"
    desc = "; ".join(f"{row.id}: {row.summary}" for row in chart.rows)
    ranges = ", ".join(f"{b.low}-{b.high} {b.rating}" for b in bands)
    banded = f' <span class="muted">(banded {_e(chart.banded.text)})</span>' if chart.banded else ""
    out = [
        f'<figure class="chart" id="{_e(chart_id)}">',
        f"<figcaption>{_e(chart.id)} {_e(chart.name)}: {_rating_span(chart.rating, _mark(chart.mark))}"
        f"{banded}</figcaption>",
        f'<svg role="img" width="100%" height="{height}" '
        f'aria-labelledby="{_e(chart_id)}-title {_e(chart_id)}-desc">',
        f'<title id="{_e(chart_id)}-title">{P.chart_title(id=_e(chart.id), name=_e(chart.name))}</title>',
        f'<desc id="{_e(chart_id)}-desc">{_e(desc)}. Bands: {_e(ranges)}.</desc>',
    ]
    plot = [
        f'<svg class="plot" y="{_TOP}" width="100%" height="{plot_h}" '
        f'viewBox="0 0 100 {plot_h}" preserveAspectRatio="none">'
    ]
    edges = []
    for i, b in enumerate(bands):
        x0 = max(0, b.low)
        end = bands[i + 1].low if i + 1 < len(bands) else min(b.high + 1, 100)
        x1 = min(100, end)
        plot.append(
            f'<rect class="band {rating_class(b.rating)}" x="{x0}" width="{x1 - x0}" '
            f'height="{plot_h}"/>'
        )
        out.append(
            f'<text class="range" x="{_pct((x0 + x1) / 2)}" y="{_TOP - 5}">{b.low}–{b.high}%</text>'
        )
        if i > 0:
            edges.append(f"M{x0} 0V{plot_h}")
    if edges:
        plot.append(f'<path class="boundary" d="{"".join(edges)}"/>')
    plot.append(f'<rect class="frame" width="100" height="{plot_h}"/>')
    words = []  # after the plot, so that its bands never cover them
    for i, row in enumerate(chart.rows):
        y = _TOP + i * _ROW
        low_cls = " lowest" if row.sets_band else ""
        # The first of the label's parts (figure and band) beside the id; the others (the
        # interval, whether it sets the band) on the line under the interval.
        first, *rest = row.label.split(" · ")
        words.append(f'<g class="kq-row{low_cls}">')
        words.append(f"<title>{_e(row.hover)}</title>")
        if row.percent is None:
            words.append(
                f'<text class="none" x="{_PAD}" y="{y + 17}"><tspan>{_e(row.id)}</tspan> '
                f"<tspan>{_e(row.label)}</tspan></text>"
            )
        else:
            words.append(
                f'<text class="figure" x="{_PAD}" y="{y + 17}"><tspan>{_e(row.id)}</tspan> '
                f"<tspan>{_e(first)}</tspan></text>"
            )
            if rest:
                words.append(
                    f'<text class="aside" x="{_PAD}" y="{y + 52}">{_e(" · ".join(rest))}</text>'
                )
            # A bar of no percentage is still a sliver to see and to click.
            width = max(0.4, min(100, max(0, row.percent)))
            bar_y = i * _ROW + 23
            plot.append(
                f'<a href="#why-{_e(row.id)}"><rect class="bar{low_cls}" y="{bar_y}" '
                f'width="{width:g}" height="{_BAR}"/></a>'
            )
            if row.low is not None and row.high is not None:
                lo = round(max(0.0, row.low), 1)
                hi = round(min(100.0, row.high), 1)
                # Under the bar, so that a dark bar never hides it.
                iy = bar_y + _BAR + 1
                plot.append(f'<path class="interval" d="M{lo:g} {iy}v6m0 -3H{hi:g}m0 -3v6"/>')
        words.append("</g>")
    out += [*plot, "</svg>", *words, "</svg>", "</figure>"]
    return out


def _charts_section(view: RatingsView) -> list[str]:
    if not view.charts:
        return []
    out = [
        '<section id="key-questions">',
        f"<h2>{HEADING_CHARTS}</h2>",
        f'<p class="muted">{CHARTS_INTRO}</p>',
    ]
    if view.bands:
        out.append('<ul class="legend">')
        out += [
            f'<li><span class="swatch {rating_class(b.rating)}"></span>{b.low}–{b.high}% {_e(b.rating)}</li>'
            for b in view.bands
        ]
        out.append("</ul>")
    for domain in view.charts:
        out.append(f"<h3>{_e(domain.id)}. {_e(domain.name)}</h3>")
        out.append('<div class="charts">')
        for chart in domain.items:
            out += _chart(chart, view.bands)
        out.append("</div>")
    out.append("</section>")
    return out


# ---------------------------------------------------------------------------- key questions and prompts


def _standard_table(t: StandardTable, level: int = 4) -> list[str]:
    banded = f' <span class="muted">(banded {_e(t.banded.text)})</span>' if t.banded else ""
    out = [
        f'<section class="standard-figures" id="figures-{_e(t.id)}" aria-labelledby="figures-{_e(t.id)}-h">',
        f'<h{level} id="figures-{_e(t.id)}-h">{_e(t.id)} {_e(t.name)}: '
        f"{_rating_span(t.rating, _mark(t.mark))}{banded}</h{level}>",
        f'<p class="basis muted">{_e(t.basis)}</p>',
        '<table class="figures kq">',
        f"<caption>{P.key_questions_caption(id=_e(t.id), name=_e(t.name))}</caption>",
        "<thead><tr>"
        f'<th scope="col">{P.COLUMN_KEY_QUESTION}</th>'
        f'<th scope="col" class="num">{P.COLUMN_RELEVANT}</th>'
        f'<th scope="col" class="num">{P.COLUMN_NUMBER_YES}</th>'
        f'<th scope="col" class="num">{P.COLUMN_PERCENT_YES}</th>'
        f'<th scope="col">{P.COLUMN_BAND}</th>'
        "</tr></thead>",
        "<tbody>",
    ]
    for row in t.rows:
        band = _rating_span(row.band) if row.band else f'<span class="muted">{P.NO_BAND}</span>'
        sets = ' class="sets-band"' if row.sets_band else ""
        note = f' <span class="muted">{P.SETS_THE_BAND}</span>' if row.sets_band else ""
        out.append(
            f"<tr{sets}>"
            f'<th scope="row"><a href="#why-{_e(row.id)}">{_e(row.id)}</a> {_e(row.text)}{note}</th>'
            f'<td class="num">{_e(row.relevant)}</td>'
            f'<td class="num">{_e(row.yes)}</td>'
            f'<td class="num">{_e(row.percent)}</td>'
            f"<td>{band}</td>"
            "</tr>"
        )
    out += ["</tbody>", "</table>"]
    for row in t.rows:
        if not row.prompts:
            continue
        out += [
            '<table class="figures prompts">',
            f"<caption>{P.prompts_caption(id=_e(row.id), name=_e(row.text))}</caption>",
            "<thead><tr>"
            f'<th scope="col">{P.COLUMN_PROMPT}</th>'
            f'<th scope="col" class="num">{P.COLUMN_RELEVANT}</th>'
            f'<th scope="col" class="num">{P.COLUMN_NUMBER_YES}</th>'
            f'<th scope="col" class="num">{P.COLUMN_PERCENT_YES}</th>'
            f'<th scope="col" class="num">{P.COLUMN_NA}</th>'
            "</tr></thead>",
            "<tbody>",
        ]
        for p in row.prompts:
            out.append(
                "<tr>"
                f'<th scope="row">{_e(p.id)} {_e(p.text)}</th>'
                f'<td class="num">{_e(p.relevant)}</td>'
                f'<td class="num">{_e(p.yes)}</td>'
                f'<td class="num">{_e(p.percent)}</td>'
                f'<td class="num">{_e(p.na)}</td>'
                "</tr>"
            )
        out += ["</tbody>", "</table>"]
    out.append("</section>")
    return out


def _standards_section(view: RatingsView) -> list[str]:
    tables = view.tables
    if not tables:
        return []
    out = [
        '<section id="standards" aria-labelledby="standards-h">',
        f'<h2 id="standards-h">{HEADING_TABLES}</h2>',
        f'<p class="muted">{TABLES_INTRO}</p>',
    ]
    for domain in tables:
        out.append(f"<h3>{_e(domain.id)}. {_e(domain.name)}</h3>")
        for t in domain.items:
            out += _standard_table(t)
    out.append("</section>")
    return out


# ---------------------------------------------------------------------------- cases


_NO = ' class="ans-no"'
_ANSWER_TEXT = {"": "–", "n/a": "n/a", "yes": "yes", "no": "no"}


def _answer_class(answer: str) -> str:
    return {"yes": "a-yes", "no": "a-no", "n/a": "a-na"}.get(answer, "a-none")


def _grid(grid: Grid) -> list[str]:
    box = f"only-no-{_e(grid.id)}"
    n = len(grid.rows)
    count = P.grid_count(shown=n, total=grid.total)
    out = [
        f"<h3>{_e(grid.id)}. {_e(grid.name)}: {count}</h3>",
        '<div class="grid-box">',
        f'<input type="checkbox" class="only-no filter" id="{box}">',
        f'<label class="filter" for="{box}">{P.only_no_filter(with_no=grid.with_no, cases=n)}</label>',
        f'<div class="grid-scroll scroll" tabindex="0" role="region" '
        f'aria-label="{P.grid_region(domain=_e(grid.id))}">',
        f'<table class="grid" id="grid-{_e(grid.id)}">',
        f"<caption><span>{P.grid_caption(domain=_e(grid.id))}</span></caption>",
        "<thead><tr>",
        f'<th scope="col">{P.COLUMN_CASE}</th>',
        *(
            f'<th scope="col"><abbr title="{_e(c.text)}">{_e(c.id)}</abbr></th>'
            for c in grid.columns
        ),
        f'<th scope="col">{P.COLUMN_NO}</th>',
        "</tr></thead>",
        "<tbody>",
    ]
    for row in grid.rows:
        cls = "case-row" + ("" if row.noes else " no-none")
        cells = "".join(
            f'<td class="{_answer_class(a)}">{_e(_ANSWER_TEXT.get(a, a))}</td>' for a in row.cells
        )
        out.append(
            f'<tr class="{cls}"><th scope="row"><a href="#case-{_e(row.case)}">{_e(row.case)}</a></th>'
            f'{cells}<td class="noes">{row.noes or ""}</td></tr>'
        )
    out += ["</tbody>", "</table>", "</div>", "</div>"]
    return out


def _case(case: CaseAnswers) -> list[str]:
    facts = ", ".join(f"{name} {value}" for name, value in case.facts)
    noes = case.noes
    out = [
        f'<details class="case" id="case-{_e(case.id)}">',
        f"<summary><strong>{_e(case.id)}</strong>"
        + (f" · {_e(case.label)}" if case.label else "")
        + f" · {P.answered_no(noes=noes)}"
        + (f" · {P.judged_by(inspector=_e(case.inspector))}" if case.inspector else "")
        + "</summary>",
    ]
    if facts:
        out.append(f'<p class="muted">{P.recorded(facts=_e(facts))}</p>')
    if case.note:
        out.append(f"<p>{P.case_note(note=_e(case.note))}</p>")
    out += [
        '<table class="case">',
        f"<caption>{P.case_caption(id=_e(case.id))}</caption>",
        f'<thead><tr><th scope="col">{P.COLUMN_KEY_QUESTION}</th>'
        f'<th scope="col">{P.COLUMN_ANSWER}</th>'
        f'<th scope="col">{P.COLUMN_PROMPTS}</th></tr></thead>',
        "<tbody>",
    ]
    for item in case.items:
        answer = _ANSWER_TEXT.get(item.answer, item.answer)
        cls = _NO if item.answer == "no" else ""
        prompts = "".join(
            f"<li>{_e(p.letter)} <span{_NO if p.answer == 'no' else ''}>{_e(p.answer)}</span>"
            + (f' <span class="reason">({_e(p.reason)})</span>' if p.reason else "")
            + "</li>"
            for p in item.prompts
        )
        out.append(
            f'<tr><th scope="row">{_e(item.id)}</th>'
            f"<td><span{cls}>{_e(answer)}</span>"
            + (f'<br><span class="reason">{_e(item.reason)}</span>' if item.reason else "")
            + "</td>"
            f'<td><ul class="prompt-answers">{prompts}</ul></td></tr>'
        )
    out += ["</tbody>", "</table>", "</details>"]
    return out


def _cases_section(view: RatingsView) -> list[str]:
    out = [
        '<section id="cases" aria-labelledby="cases-h">',
        f'<h2 id="cases-h">{HEADING_CASES}</h2>',
    ]
    note = view.cases_note
    if note is not None:
        return [*out, f'<p class="cases-note">{_e(note)}</p>', "</section>"]
    out.append(f'<p class="muted">{CASES_INTRO}</p>')
    cut = view.cases_left_out
    if cut is not None:
        words = P.cases_cut(
            shown=cut.shown,
            total=cut.total,
            left_out=cut.left_out,
            one_case=f"<code>{_e(cut.one_case)}</code>",
            every_case=f"<code>{_e(cut.every_case)}</code>",
        )
        out.append(f'<p class="warning cases-cut" id="cases-left-out">{words}</p>')
    for grid in view.grids:
        out += _grid(grid)
    out += [f"<h3>{HEADING_EACH_CASE}</h3>"]
    for case in view.cases:
        out += _case(case)
    if cut is not None:
        above = f'<a href="#cases-left-out">{P.ABOVE}</a>'
        out.append(
            f'<p class="warning cases-cut">{P.cases_more(left_out=cut.left_out, above=above)}</p>'
        )
    out.append("</section>")
    return out


# ---------------------------------------------------------------------------- explanation trees


def _summary_line(line: Line) -> str:
    parts = []
    check = line.check
    if check is not None:
        parts.append(
            f'<span class="mark mark-{_e(check.status)}" title="{check.meaning}">{check.symbol}</span>'
        )
    strong = " strong" if line.heading else ""
    parts.append(f'<span class="label{strong}">{_e(line.label)}</span>')
    badge = line.badge
    if badge is not None:
        parts.append(
            f'<span class="badge rating {rating_class(badge.value)}">{_e(badge.text)}</span>'
        )
    if line.where is not None:
        parts.append(f'<span class="where">{_e(line.where)}</span>')
    return "".join(parts)


def _warnings_beneath(line: Line, counts: list[int]) -> int:
    """How many lines beneath ``line`` carry a warning; ``counts`` gets the number beneath
    each line that is not quiet, in the order the lines are written. A line's summary gives
    the number before its lines are written, so the tree is read twice rather than kept:
    once to count, once to write. The count reads no quiet line (a key question's cases,
    which carry no warning): working them out is most of the writing's cost."""
    at = len(counts)  # noted before the lines beneath, as it is written before them
    counts.append(0)
    total = 0
    for child in line.each_loud_child():
        total += (1 if child.warning else 0) + _warnings_beneath(child, counts)
    counts[at] = total
    return total


def _tree(
    line: Line, level: int, tree: Tree, ids: set[str], counts: Iterator[int] | None
) -> Iterator[str]:
    """A line as ``<details>`` (or a plain line when there is nothing beneath it), and the
    lines beneath it, each written as it is worked out; ``counts`` is None beneath a quiet
    line (no warnings there, and none counted)."""
    pad = "  " * level
    kind = f"node kind-{re.sub(r'[^a-z0-9_-]+', '-', line.kind)}"
    anchor = ""
    if line.anchor is not None and line.anchor not in ids:
        ids.add(line.anchor)
        anchor = f' id="why-{_e(line.anchor)}"'
    warning = (
        f'<span class="warning">{WARNING_MARK} {_e(line.warning)}</span>' if line.warning else ""
    )
    if line.quiet:
        counts = None
    below = 0 if counts is None else next(counts)
    children = line.each_child()
    first = next(children, None)
    if first is None and line.snippet is None and line.more is None:
        yield f'{pad}<div class="{kind} leaf"{anchor}>{_summary_line(line)}{warning}</div>'
        return
    count = (
        f'<span class="warn-count">{WARNING_MARK} {P.warnings_inside(count=below)}</span>'
        if below
        else ""
    )
    opened = " open" if level < len(tree.open_levels) and tree.open_levels[level] else ""
    yield f'{pad}<details class="{kind}"{anchor}{opened}>'
    yield f"{pad}<summary>{_summary_line(line)}{count}{warning}</summary>"
    if line.snippet is not None:
        code = line.snippet.strip("\n")
        yield f'{pad}<pre class="snippet"><code>{_e(code)}</code></pre>'
    if line.more is not None:
        yield f'{pad}<p class="more">{_e(line.more)}</p>'
    if first is not None:
        yield from _tree(first, level + 1, tree, ids, counts)
        for child in children:
            yield from _tree(child, level + 1, tree, ids, counts)
    yield f"{pad}</details>"


def tree_lines(tree: Tree, ids: set[str] | None = None) -> Iterator[str]:
    """The explanation tree as nested ``<details>``, line by line as it is worked out;
    ``ids`` are the anchors already on the page."""
    counts: list[int] = []
    _warnings_beneath(tree.root, counts)
    yield '<div class="tree">'
    yield from _tree(tree.root, 0, tree, set() if ids is None else ids, iter(counts))
    yield "</div>"


def render_tree(tree: Tree, ids: set[str] | None = None) -> list[str]:
    """The explanation tree as nested ``<details>``; ``ids`` are the anchors already on the page."""
    return list(tree_lines(tree, ids))


def _why_section(view: RatingsView) -> Iterator[str]:
    """Each standard's explanation, written as its lines are worked out (never empty: the
    section is always there)."""
    yield '<section id="why" aria-labelledby="why-h">'
    yield f'<h2 id="why-h">{HEADING_WHY}</h2>'
    if view.only is not None or view.depth is not None:
        cut = []
        if view.only is not None:
            cut.append(P.ONLY_LIMITING)
        if view.depth is not None:
            cut.append(P.levels_deep(depth=view.depth))
        yield f'<p class="meta">{P.showing(what=_e(", ".join(cut)))}</p>'
    ids: set[str] = set()
    if view.summary is not None:
        yield f"<h3>{P.HEADING_OVERALL}</h3>"
        yield from tree_lines(view.summary, ids)
    for domain in view.trees:
        yield f"<h3>{_e(domain.id)}. {_e(domain.name)}</h3>"
        for tree in domain.items:
            yield from tree_lines(tree, ids)
    yield "</section>"


def _findings(found: tuple[FindingView, ...]) -> list[str]:
    if not found:
        return []
    out = ['<section id="diagnostics">', f"<h2>{FINDINGS_TITLE}</h2>", '<ul class="findings">']
    for f in found:
        where = f' <span class="where">({_e(f.where)})</span>' if f.where else ""
        out.append(
            f'<li class="sev-{_e(f.severity)}"><strong>{_e(f.severity)}</strong>: {_e(f.message)}'
            f' <span class="muted">[{_e(f.code)}]</span>{where}</li>'
        )
    out += ["</ul>", "</section>"]
    return out


def _provenance(view: RatingsView) -> list[str]:
    if not view.provenance:
        return []
    return [f'<p class="provenance">{P.PROVENANCE}: {_e(view.provenance)}.</p>']


def _header(view: RatingsView | ExplanationView, title: str) -> list[str]:
    return [
        "<header>",
        f"<h1>{_e(title)}</h1>",
        '<p class="meta">'
        + P.rated_under_file(
            framework=f"<strong>{_e(view.framework_id)}</strong>",
            title=_e(view.framework_title),
            file=f"<code>{_e(view.framework_path)}</code>",
        )
        + "</p>",
        f'<p class="meta">{P.inspection_data(data=f"<code>{_e(view.inspection)}</code>")}</p>',
        _audit(view.audit),
    ]


def _audit(audit: AuditView) -> str:
    """The audit header, one line per file; a file's short hash carries the full one as its
    title."""

    def shown(f: FileShown) -> str:
        title = f' title="sha256 {_e(f.sha256)}"' if f.sha256 else ""
        return f'<code>{_e(f.name)}</code> <code class="hash"{title}>sha256:{_e(f.short)}</code>'

    files = [f"{_e(f.role)} {shown(f.file)}" for f in audit.files]
    report = [_e(audit.report_line)] if audit.report_line else []
    return f'<p class="meta audit">{"<br>".join([_e(audit.run), *files, *report])}</p>'


# ---------------------------------------------------------------------------- pages


FOOTER = f"<footer>{P.FOOTER}</footer>"


def _nav(sections: list[tuple[str, str]]) -> list[str]:
    links = "".join(f'<li><a href="#{key}">{_e(title)}</a></li>' for key, title in sections)
    return [f'<nav class="contents" aria-label="Contents"><ul>{links}</ul></nav>']


def render_report(view: RatingsView) -> str:
    """The whole report as one self-contained HTML5 page (inline CSS, no scripts, no links out):
    what ``rate --format html`` and ``explain --format html`` print for an inspection."""
    return _text(report_lines(view))


def report_lines(view: RatingsView) -> Iterator[str]:
    """:func:`render_report` line by line (without their line ends), each made as it is read:
    the explanations, which grow with the cases, are worked out as they are written and not
    kept (the case grids show the first cases only: :data:`~ratingbook.framework.views.
    casework.SHOWN_CASES`)."""
    o = view.overall
    parts: list[tuple[str, str, Iterable[str]]] = [
        ("ratings", HEADING_RATINGS, _ratings_section(view)),
        ("key-questions", HEADING_CHARTS, _charts_section(view)),
        ("", "", _provenance(view)),
        ("standards", HEADING_TABLES, _standards_section(view)),
        ("cases", HEADING_CASES, _cases_section(view)),
        ("why", HEADING_WHY, _why_section(view)),  # written last of all, as it is made
        ("diagnostics", FINDINGS_TITLE, _findings(view.findings)),
    ]
    body = [
        *_header(view, view.service),
        f'<p class="headline">{_e(o.label)} {_rating_span(o.rating)} <span class="score">{_e(o.score_heading)}</span></p>',
        *_nav([(key, title) for key, title, lines in parts if key and lines]),
        "</header>",
        "<main>",
    ]
    foot = ["</main>", FOOTER]
    main = (line for _, _, lines in parts for line in lines)
    yield from _page(
        P.report_title(service=view.service, framework=view.framework_id),
        chain(body, main, foot),
        view.scale,
    )


def render_explanation(view: ExplanationView) -> str:
    """One standard's or key question's explanation as a page of the report's design: the
    standard's key-question table, then the tree, its top two levels open."""
    return _text(explanation_lines(view))


def explanation_lines(view: ExplanationView) -> Iterator[str]:
    """:func:`render_explanation` line by line (without their line ends), the tree's lines
    worked out as they are written."""
    depth = f", {_e(view.depth)}" if view.depth is not None else ""
    only = f", {_e(view.only)}" if view.only is not None else ""
    body = [
        *_header(view, P.why_title(service=view.service)),
        f'<p class="meta">{P.explaining(item=f"<strong>{_e(view.item)}</strong>")}{depth}{only}</p>',
        "</header>",
        "<main>",
        *(_standard_table(view.figures, level=2) if view.figures is not None else []),
    ]
    foot = [*_findings(view.findings), "</main>", FOOTER]
    yield from _page(
        P.why_title(service=f"{view.service} ({view.item})"),
        chain(body, tree_lines(view.tree), foot),
        view.scale,
    )
