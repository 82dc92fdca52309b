"""Self-contained HTML reports: one file to share, with no scripts and nothing loaded from anywhere.

The report holds the ratings table (as in the published reports' Ratings page), a bar chart of
each rated standard's key questions against the bands, the explanation tree of every standard as
nested ``<details>`` and the notes on the data. Output is deterministic (no dates, no versions),
so it can be compared with a golden file.
"""

from __future__ import annotations

import re
import textwrap
from html import escape

from ratingbook.framework.explain import Explanation, Node, explain
from ratingbook.framework.render.text import DISCRETION_MARK, lowest_summary
from ratingbook.framework.result import Finding, KeyQuestionResult, Result, StandardResult

ELIGIBLE_MARK = "◇"
WARNING_MARK = "⚠"

# Node kinds whose status is a rating or a band, shown as a coloured badge (as the text renderer).
_STATUS_KINDS = ("key_question", "band", "lowest", "judgement", "decision", "change")
_HEADING_KINDS = ("overall", "standard", "key_question")
_CHECK_MARKS = {"yes": ("✓", "holds"), "no": ("✗", "does not hold"), "unknown": ("?", "not known")}

CSS = """\
:root {
  --ink: #1d2327; --muted: #545f66; --line: #c8ced2; --paper: #ffffff; --soft: #f4f6f7;
  --accent: #1d4f91; --warn-bg: #fff4ce; --warn-ink: #5c4300; --code-bg: #f6f8fa;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 1.5rem 1.5rem 3rem; max-width: 72rem; color: var(--ink);
  background: var(--paper); line-height: 1.45;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .5rem; }
a { color: var(--accent); }
code, pre, .where { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
.meta { margin: .1rem 0; color: var(--muted); }
.meta code { color: var(--ink); }
.headline { font-size: 1.15rem; margin: 1rem 0 0; }
.headline .rating { padding: .15rem .55rem; border-radius: .25rem; }
.muted { color: var(--muted); }
/* Ratings: colour and the rating's name together, never colour alone (contrast >= 4.5:1). */
.rating { font-weight: 600; white-space: nowrap; }
.r-outstanding { background: #00703c; color: #ffffff; }
.r-good { background: #cce2d8; color: #0b3b24; }
.r-requires-improvement { background: #fff2b3; color: #4a3b00; }
.r-inadequate { background: #a4161a; color: #ffffff; }
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
figure.chart { margin: .4rem 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: .2rem; }
figure.chart svg { display: block; width: 100%; max-width: 1000px; height: auto; font-family: inherit; }
svg .band.r-outstanding, .swatch.r-outstanding { fill: #a9d5bc; background: #a9d5bc; }
svg .band.r-good, .swatch.r-good { fill: #d9ede2; background: #d9ede2; }
svg .band.r-requires-improvement, .swatch.r-requires-improvement { fill: #fdf0bd; background: #fdf0bd; }
svg .band.r-inadequate, .swatch.r-inadequate { fill: #f5d0d0; background: #f5d0d0; }
svg .band { fill: #eceeef; }
svg .boundary { stroke: #545f66; stroke-width: 1; stroke-dasharray: 3 3; }
svg .frame { fill: none; stroke: #8a9499; stroke-width: 1; }
svg .bar { fill: #55636f; }
svg .bar.lowest { fill: #0b0c0c; }
svg .range { font-size: 11px; fill: #3b4348; }
svg .kq { font-size: 13px; font-weight: 600; fill: #1d2327; }
svg .figure { font-size: 13px; fill: #1d2327; }
svg .figure.lowest { font-weight: 700; }
svg .none { font-size: 13px; font-style: italic; fill: #545f66; }
svg a:hover .bar, svg a:focus .bar { fill: #1d4f91; }
/* Explanation trees */
.tree { margin: .3rem 0 .8rem; }
.tree details, .tree .leaf { margin: .15rem 0 .15rem 1.1rem; }
.tree > details, .tree > .leaf { margin-left: 0; }
.tree details > summary { cursor: pointer; padding: .1rem .2rem; border-radius: .2rem; }
.tree details > summary:hover { background: var(--soft); }
.tree .leaf { padding: .1rem .2rem .1rem 1.1rem; }
.tree details.kind-standard { border: 1px solid var(--line); border-radius: .35rem; padding: .35rem .6rem; margin: .5rem 0; break-inside: avoid-page; }
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
pre.snippet { margin: .25rem 0 .35rem 1.1rem; padding: .35rem .6rem; background: var(--code-bg); border: 1px solid var(--line); border-radius: .25rem; overflow-x: auto; font-size: .82rem; white-space: pre-wrap; }
.more { color: var(--muted); font-style: italic; margin-left: 1.1rem; }
ul.findings li.sev-error strong { color: #a4161a; }
ul.findings li.sev-warning strong { color: #7a5a00; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  tr, figure, .warning, pre { break-inside: avoid; }
  .tree details > summary:hover { background: none; }
}
/* On paper each standard's explanation shows as if opened; deeper levels print as they are. */
@media print {
  details.kind-standard::details-content { content-visibility: visible; }
}
"""


# ---------------------------------------------------------------------------- helpers


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def rating_class(rating: str | None) -> str:
    """``r-requires-improvement`` for "Requires improvement"; ``r-none`` for no rating."""
    if not rating or rating == "no band":
        return "r-none"
    return "r-" + (re.sub(r"[^a-z0-9]+", "-", rating.lower()).strip("-") or "none")


def _rating_span(rating: str | None, extra: str = "") -> str:
    return f'<span class="rating {rating_class(rating)}">{_e(rating or "not rated")}{extra}</span>'


def _page(title: str, body: list[str]) -> str:
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light">',
        f"<title>{_e(title)}</title>",
        "<style>",
        CSS.rstrip("\n"),
        "</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"


def _bands(result: Result) -> list[tuple[int, int, str]]:
    """The key-question bands, ascending: from the Result, else from the band rules it quotes."""
    if result.bands:
        return sorted(result.bands)
    found: dict[tuple[int, int], str] = {}
    for s in result.standards:
        for k in s.key_questions:
            if k.band_rule is not None and k.band:
                m = re.match(r"band (\d+)\.\.(\d+) ", k.band_rule.text)
                if m:
                    found[(int(m.group(1)), int(m.group(2)))] = k.band
    return sorted((lo, hi, r) for (lo, hi), r in found.items())


def _discretion_mark(s: StandardResult) -> str:
    d = s.discretion
    if d is not None and d.applied:
        return f' <span class="discretion-mark" title="professional discretion applied">{DISCRETION_MARK}</span>'
    if d is not None and d.eligible:
        return f' <span class="discretion-mark" title="eligible for professional discretion (not applied)">{ELIGIBLE_MARK}</span>'
    return ""


# ---------------------------------------------------------------------------- the ratings table


def _ratings_section(result: Result) -> list[str]:
    o = result.overall
    score = f"{o.score}/{o.max}" if o.score is not None else f"not scored (of {o.max})"
    out = [
        '<section id="ratings">',
        "<h2>Ratings</h2>",
        '<table class="ratings">',
        "<thead>",
        "<tr>"
        '<th scope="col"><span class="muted">Id</span></th>'
        '<th scope="col">Standard</th>'
        '<th scope="col">Rating</th>'
        '<th scope="col" class="score">Score</th>'
        '<th scope="col">Banded (before discretion)</th>'
        '<th scope="col">Set by</th>'
        "</tr>",
        "</thead>",
        "<tbody>",
        '<tr class="overall">'
        "<td></td>"
        '<th scope="row">Overall rating</th>'
        f'<td class="rating {rating_class(o.rating)}">{_e(o.rating or "not rated")}</td>'
        f'<td class="score">{_e(score)}</td>'
        "<td></td>"
        "<td>sum of scores</td>"
        "</tr>",
        "</tbody>",
    ]
    domain = None
    for s in result.standards:
        if s.domain != domain:
            if domain is not None:
                out.append("</tbody>")
            domain = s.domain
            out.append(f'<tbody id="domain-{_e(domain)}">')
            out.append(
                f'<tr class="domain"><th scope="rowgroup" colspan="6">{_e(domain)}. '
                f"{_e(result.domain_name(domain))}</th></tr>"
            )
        # Banded is shown only where it differs from the final rating (discretion applied).
        banded = "" if s.judged is not None or s.banded == s.rating else (s.banded or "")
        banded_cell = (
            f'<td class="rating {rating_class(banded)}">{_e(banded)}</td>'
            if banded
            else "<td></td>"
        )
        if s.judged is not None:
            set_by = "inspector judgement"
        else:
            set_by = lowest_summary(s) if s.lowest else (s.note or "")
        out.append(
            f'<tr class="standard" id="row-{_e(s.id)}">'
            f'<td class="id"><a href="#why-{_e(s.id)}">{_e(s.id)}</a></td>'
            f'<td class="name">{_e(s.name)}</td>'
            f'<td class="rating {rating_class(s.rating)}">{_e(s.rating or "not rated")}{_discretion_mark(s)}</td>'
            f'<td class="score">{"" if s.score is None else s.score}</td>'
            f"{banded_cell}"
            f"<td>{_e(set_by)}</td>"
            "</tr>"
        )
    if domain is not None:
        out.append("</tbody>")
    out.append("</table>")
    notes = []
    for s in result.standards:
        d = s.discretion
        if d is not None and d.applied:
            notes.append(
                f"<li>{DISCRETION_MARK} <strong>{_e(s.id)}</strong> professional discretion: banded "
                f"{_e(s.banded or 'not rated')}, rated {_e(d.rating or 'not rated')}. "
                f"{_e(d.basis)} Panel: {_e(d.reason or '')}</li>"
            )
    if any(
        s.discretion is not None and s.discretion.eligible and not s.discretion.applied
        for s in result.standards
    ):
        notes.append(
            f'<li class="muted">{ELIGIBLE_MARK} eligible for professional discretion (not applied)</li>'
        )
    if notes:
        out += ['<ul class="notes">', *notes, "</ul>"]
    out.append("</section>")
    return out


# ---------------------------------------------------------------------------- the bar charts

_LABEL_W = 64  # the key question's id, right-aligned before the plot
_SCALE = 5  # pixels per percentage point
_PLOT_W = 100 * _SCALE
_TEXT_X = _LABEL_W + _PLOT_W + 12
_WIDTH = 1000
_TOP = 20  # the strip with the band ranges
_ROW = 24
_BAR = 10


def _figure_text(k: KeyQuestionResult) -> str:
    if k.relevant is not None and k.yes is not None:
        return f"{k.percent}% ({k.yes}/{k.relevant} yes)"
    return f"{k.percent}% (published figure)"


def _hover_text(k: KeyQuestionResult, lowest: bool) -> str:
    if k.percent is None or k.band is None:
        return f"{k.id} {k.text}: no relevant cases, no band"
    if k.relevant is not None and k.yes is not None:
        figure = f"{k.yes} of {k.relevant} relevant cases answered yes: {k.percent}%"
    else:
        figure = f"published figure {k.percent}%"
    sets = "; sets the standard's band" if lowest else ""
    return f"{k.id} {k.text}: {figure}, {k.band}{sets}"


def _chart(s: StandardResult, bands: list[tuple[int, int, str]]) -> list[str]:
    n = len(s.key_questions)
    height = _TOP + n * _ROW + 8
    plot_h = n * _ROW
    chart_id = f"chart-{s.id}"
    desc = "; ".join(
        f"{k.id}: "
        + (
            "no relevant cases"
            if k.percent is None or k.band is None
            else f"{_figure_text(k)}, {k.band}"
        )
        for k in s.key_questions
    )
    ranges = ", ".join(f"{lo}-{hi} {r}" for lo, hi, r in bands)
    out = [
        f'<figure class="chart" id="{_e(chart_id)}">',
        f"<figcaption>{_e(s.id)} {_e(s.name)}: {_rating_span(s.rating, _discretion_mark(s))}"
        + (f' <span class="muted">(banded {_e(s.banded)})</span>' if s.banded != s.rating else "")
        + "</figcaption>",
        f'<svg role="img" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}" '
        f'aria-labelledby="{_e(chart_id)}-title {_e(chart_id)}-desc">',
        f'<title id="{_e(chart_id)}-title">Key questions of {_e(s.id)} {_e(s.name)} against the bands</title>',
        f'<desc id="{_e(chart_id)}-desc">{_e(desc)}. Bands: {_e(ranges)}.</desc>',
    ]
    for i, (lo, hi, r) in enumerate(bands):
        x0 = _LABEL_W + max(0, lo) * _SCALE
        end = bands[i + 1][0] if i + 1 < len(bands) else min(hi + 1, 100)
        x1 = _LABEL_W + min(100, end) * _SCALE
        out.append(
            f'<rect class="band {rating_class(r)}" x="{x0}" y="{_TOP}" width="{x1 - x0}" height="{plot_h}">'
            f"<title>{_e(f'{lo}-{hi}: {r}')}</title></rect>"
        )
        out.append(
            f'<text class="range" x="{(x0 + x1) // 2}" y="{_TOP - 6}" text-anchor="middle">{lo}–{hi}%</text>'
        )
        if i > 0:
            out.append(
                f'<line class="boundary" x1="{x0}" y1="{_TOP}" x2="{x0}" y2="{_TOP + plot_h}"/>'
            )
    out.append(
        f'<rect class="frame" x="{_LABEL_W}" y="{_TOP}" width="{_PLOT_W}" height="{plot_h}"/>'
    )
    for row, k in enumerate(s.key_questions):
        y = _TOP + row * _ROW
        mid = y + _ROW // 2
        lowest = k.id in s.lowest
        low_cls = " lowest" if lowest else ""
        out.append(f'<g class="kq-row{low_cls}">')
        out.append(f"<title>{_e(_hover_text(k, lowest))}</title>")
        out.append(
            f'<text class="kq" x="{_LABEL_W - 8}" y="{mid + 4}" text-anchor="end">{_e(k.id)}</text>'
        )
        if k.percent is None or k.band is None:
            out.append(
                f'<text class="none" x="{_LABEL_W + 8}" y="{mid + 4}">no relevant cases</text>'
            )
        else:
            width = max(2, min(100, max(0, k.percent)) * _SCALE)
            text = f"{_figure_text(k)} {k.band}" + (" · sets the band" if lowest else "")
            out.append(
                f'<a href="#why-{_e(k.id)}"><rect class="bar{low_cls}" x="{_LABEL_W}" y="{mid - _BAR // 2}" '
                f'width="{width}" height="{_BAR}"/></a>'
            )
            out.append(
                f'<text class="figure{low_cls}" x="{_TEXT_X}" y="{mid + 4}">{_e(text)}</text>'
            )
        out.append("</g>")
    out += ["</svg>", "</figure>"]
    return out


def _charts_section(result: Result) -> list[str]:
    rated = [s for s in result.standards if s.judged is None and s.key_questions]
    if not rated:
        return []
    bands = _bands(result)
    out = [
        '<section id="key-questions">',
        "<h2>Key questions against the bands</h2>",
        '<p class="muted">Each bar is a key question\'s percentage of relevant cases answered yes; '
        "the shading shows the band it falls in. A standard is banded by its lowest key question "
        "(in bold: the key questions that set the band).</p>",
    ]
    if bands:
        out.append('<ul class="legend">')
        out += [
            f'<li><span class="swatch {rating_class(r)}"></span>{lo}–{hi}% {_e(r)}</li>'
            for lo, hi, r in bands
        ]
        out.append("</ul>")
    domain = None
    for s in rated:
        if s.domain != domain:
            domain = s.domain
            out.append(f"<h3>{_e(domain)}. {_e(result.domain_name(domain))}</h3>")
        out += _chart(s, bands)
    out.append("</section>")
    return out


# ---------------------------------------------------------------------------- explanation trees


def _warnings_below(node: Node) -> int:
    return sum((1 if c.warning else 0) + _warnings_below(c) for c in node.children)


def _summary_line(node: Node) -> str:
    parts = []
    if node.kind == "check":
        mark, meaning = _CHECK_MARKS.get(node.status or "", ("·", "no status"))
        parts.append(
            f'<span class="mark mark-{_e(node.status or "none")}" title="{meaning}">{mark}</span>'
        )
    strong = " strong" if node.kind in _HEADING_KINDS else ""
    parts.append(f'<span class="label{strong}">{_e(node.label)}</span>')
    if node.status and node.kind in _STATUS_KINDS:
        parts.append(
            f'<span class="badge rating {rating_class(node.status)}">{_e(node.status)}</span>'
        )
    if node.rule is not None:
        parts.append(f'<span class="where">{_e(node.rule.where)}</span>')
    return "".join(parts)


def _tree(node: Node, level: int, is_open: list[bool], ids: set[str]) -> list[str]:
    """A node as ``<details>`` (or a plain line when there is nothing beneath it)."""
    pad = "  " * level
    kind = f"node kind-{re.sub(r'[^a-z0-9_-]+', '-', node.kind)}"
    anchor = ""
    if node.id and node.kind in ("standard", "key_question") and node.id not in ids:
        ids.add(node.id)
        anchor = f' id="why-{_e(node.id)}"'
    warning = (
        f'<span class="warning">{WARNING_MARK} {_e(node.warning)}</span>' if node.warning else ""
    )
    snippet = node.rule.snippet if node.rule is not None else ""
    if not node.children and not snippet and not node.hidden:
        return [f'{pad}<div class="{kind} leaf"{anchor}>{_summary_line(node)}{warning}</div>']
    below = _warnings_below(node)
    count = (
        f'<span class="warn-count" title="warnings further down">{WARNING_MARK} {below}</span>'
        if below
        else ""
    )
    opened = " open" if level < len(is_open) and is_open[level] else ""
    out = [
        f'{pad}<details class="{kind}"{anchor}{opened}>',
        f"{pad}<summary>{_summary_line(node)}{count}{warning}</summary>",
    ]
    if snippet:
        code = textwrap.dedent(snippet).strip("\n")
        out.append(f'{pad}<pre class="snippet"><code>{_e(code)}</code></pre>')
    if node.hidden:
        more = f"… {node.hidden} more line{'s' if node.hidden != 1 else ''} (raise --depth to see them)"
        out.append(f'{pad}<p class="more">{_e(more)}</p>')
    for child in node.children:
        out += _tree(child, level + 1, is_open, ids)
    out.append(f"{pad}</details>")
    return out


def render_tree(node: Node, is_open: list[bool], ids: set[str] | None = None) -> list[str]:
    """The explanation tree; ``is_open[level]`` says whether that level starts open."""
    return ['<div class="tree">', *_tree(node, 0, is_open, set() if ids is None else ids), "</div>"]


def _why_section(result: Result) -> list[str]:
    out = ['<section id="why">', "<h2>Why each rating</h2>"]
    ids: set[str] = set()
    overall = explain(result)
    how = [c for c in overall.children if c.kind != "standard"]
    if how:
        out.append("<h3>Overall</h3>")
        out += render_tree(overall.cut(below=lambda: how), [True], ids)
    domain = None
    for s in result.standards:
        if s.domain != domain:
            domain = s.domain
            out.append(f"<h3>{_e(domain)}. {_e(result.domain_name(domain))}</h3>")
        # Each standard starts closed (its summary line gives the result); opened, its first
        # level shows, and the cases and prompts beneath stay folded.
        out += render_tree(explain(result, s.id), [False, True], ids)
    out.append("</section>")
    return out


def _findings(findings: tuple[Finding, ...]) -> list[str]:
    if not findings:
        return []
    out = ['<section id="diagnostics">', "<h2>Notes on the data</h2>", '<ul class="findings">']
    for f in findings:
        where = f' <span class="where">({_e(f.where)})</span>' if f.where else ""
        out.append(
            f'<li class="sev-{_e(f.severity)}"><strong>{_e(f.severity)}</strong>: {_e(f.message)}'
            f' <span class="muted">[{_e(f.code)}]</span>{where}</li>'
        )
    out += ["</ul>", "</section>"]
    return out


def _header(result: Result, title: str) -> list[str]:
    return [
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Rated under <strong>{_e(result.framework_id)}</strong> '
        f"({_e(result.framework_title)}), framework file <code>{_e(result.framework_path)}</code></p>",
        f'<p class="meta">Inspection data <code>{_e(result.inspection)}</code></p>',
    ]


# ---------------------------------------------------------------------------- pages


def render_report(result: Result) -> str:
    """The whole report as one self-contained HTML5 page (inline CSS, no scripts, no links out)."""
    o = result.overall
    score = f"Score {o.score}/{o.max}" if o.score is not None else f"Not scored (of {o.max})"
    body = [
        *_header(result, result.service),
        f'<p class="headline">Overall rating {_rating_span(o.rating)} <span class="score">{_e(score)}</span></p>',
        "</header>",
        "<main>",
        *_ratings_section(result),
        *_charts_section(result),
        *_why_section(result),
        *_findings(result.diagnostics),
        "</main>",
        "<footer>Made by ratingbook from the inspection data and the framework text quoted above.</footer>",
    ]
    return _page(f"{result.service}: ratings under {result.framework_id}", body)


def render_explanation(explanation: Explanation) -> str:
    """One explanation tree as a page; its top two levels start open."""
    r = explanation.result
    item = explanation.item or "overall"
    body = [
        *_header(r, f"Why: {r.service}"),
        f'<p class="meta">Explaining <strong>{_e(item)}</strong>'
        + (
            f", {explanation.depth} level{'s' if explanation.depth != 1 else ''} deep"
            if explanation.depth is not None
            else ""
        )
        + "</p>",
        "</header>",
        "<main>",
        *render_tree(explanation.root, [True, True]),
        *_findings(r.diagnostics),
        "</main>",
    ]
    return _page(f"Why: {r.service} ({item})", body)
