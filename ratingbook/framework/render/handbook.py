"""Renderers for ``ratingbook publish``: a self-contained, accessible HTML page (no script, no
external resource: its stylesheet is in the page; on paper, A4 pages numbered "Page N of M"
by the print rule it shares with the report, :mod:`ratingbook.framework.render.paper`) and
Markdown.

What is shown comes from :mod:`ratingbook.framework.views.handbook`; this module lays it out.
"""

from __future__ import annotations

from html import escape
from typing import assert_never

from ratingbook.framework.render.audit import audit_markdown
from ratingbook.framework.render.palette import rating_class, rating_css
from ratingbook.framework.render.paper import PRINT_CSS
from ratingbook.framework.views import phrases as P
from ratingbook.framework.views.handbook import (
    Block,
    HandbookView,
    Heading,
    ListBlock,
    Paragraph,
    Quotation,
    TableBlock,
)

CSS = """\
:root { color: #1b1b1b; background: #fff; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; }
header, nav, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 2px solid #1d70b8; padding-bottom: .5rem; }
h1 { font-size: 1.8rem; margin: 1rem 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 .5rem; border-bottom: 1px solid #b1b4b6; }
h3 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
nav ol { padding-left: 1.4rem; }
blockquote { margin: .4rem 0 .6rem; padding: .2rem .8rem; border-left: 4px solid #b1b4b6; }
blockquote p { margin: .2rem 0; }
blockquote footer { font-size: .85rem; color: #505a5f; max-width: none; padding: 0; }
.label { font-weight: 600; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #b1b4b6; padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.rating { font-weight: 600; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #fd0; }
body > footer .audit { font-family: monospace; font-size: .8rem; overflow-wrap: anywhere; }
body > footer { border-top: 1px solid #b1b4b6; margin-top: 2rem; padding: .5rem 1rem 2rem; color: #505a5f; }
/* On a phone a wide table scrolls inside its own box, never the page. */
@media screen and (max-width: 40rem) {
  table { display: block; max-width: 100%; overflow-x: auto; }
}
@media print {
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  p.label { break-after: avoid; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _html_block(b: Block) -> list[str]:
    match b:
        case Heading(level=level, text=text, anchor=anchor):
            return [f'<h{level} id="{_e(anchor)}">{_e(text)}</h{level}>']
        case Paragraph(text=text, label=label):
            lead = f'<span class="label">{_e(label)}:</span> ' if label else ""
            return [f"<p>{lead}{_e(text)}</p>"]
        case Quotation(text=text, cite=cite, label=label):
            lead = f'<span class="label">{_e(label)}:</span> ' if label else ""
            out = ["<blockquote>", f"<p>{lead}{_e(text)}</p>"]
            if cite:
                out.append(f"<footer><cite>{_e(cite)}</cite></footer>")
            return [*out, "</blockquote>"]
        case TableBlock(
            caption=caption, headers=headers, rows=rows, numeric=numeric, ratings=ratings
        ):
            out = ["<table>", f"<caption>{_e(caption)}</caption>", "<thead>", "<tr>"]
            out += [f'<th scope="col">{_e(h)}</th>' for h in headers]
            out += ["</tr>", "</thead>", "<tbody>"]

            def kind(i: int, cell: str) -> str:
                if i in ratings and cell:
                    return f' class="rating {rating_class(cell)}"'
                return ' class="num"' if i in numeric else ""

            for row in rows:
                cells = [f'<th scope="row"{kind(0, row[0])}>{_e(row[0])}</th>']
                cells += [f"<td{kind(i, c)}>{_e(c)}</td>" for i, c in enumerate(row[1:], 1)]
                out.append("<tr>" + "".join(cells) + "</tr>")
            return [*out, "</tbody>", "</table>"]
        case ListBlock(items=items, label=label):
            out = [f'<p class="label">{_e(label)}:</p>'] if label else []
            return [*out, "<ul>", *(f"<li>{_e(i)}</li>" for i in items), "</ul>"]
        case _:
            assert_never(b)


def render_handbook_html(view: HandbookView) -> str:
    """The handbook as one HTML page: a header with the version's facts, the contents as a
    navigation landmark, the handbook in ``main``, and a footer saying how it was made."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(view.title)}</title>",
        "<style>",
        CSS.rstrip("\n"),
        *rating_css(view.scale),
        PRINT_CSS.rstrip("\n"),
        "</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(view.title)}</h1>",
        '<dl class="facts">',
    ]
    for label, value in view.facts:
        lines += [f"<dt>{_e(label)}</dt>", f"<dd>{_e(value)}</dd>"]
    lines += [
        "</dl>",
        "</header>",
        f'<nav aria-label="{P.HEADING_CONTENTS}">',
        f"<h2>{P.HEADING_CONTENTS}</h2>",
        "<ol>",
    ]
    lines += [f'<li><a href="#{_e(anchor)}">{_e(text)}</a></li>' for anchor, text in view.contents]
    lines += ["</ol>", "</nav>", "<main>"]
    for b in view.blocks:
        lines += _html_block(b)
    lines += ["</main>", "<footer>", f"<p>{_e(view.footer)}</p>"]
    if view.audit:
        lines.append('<p class="audit">' + "<br>".join(_e(line) for line in view.audit) + "</p>")
    lines += ["</footer>", "</body>", "</html>"]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Text that Markdown shows as it is: its own markup characters escaped."""
    out = text
    for ch in ("\\", "*", "_", "`", "[", "]", "<", "|"):
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", " ")


def _slug(text: str) -> str:
    """The anchor Markdown renderers (GitHub's, and most others) give a heading."""
    kept = "".join(c for c in text.lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def _md_block(b: Block) -> list[str]:
    match b:
        case Heading(level=level, text=text):
            return ["#" * level + " " + _md(text), ""]
        case Paragraph(text=text, label=label):
            lead = f"**{_md(label)}:** " if label else ""
            return [lead + _md(text), ""]
        case Quotation(text=text, cite=cite, label=label):
            lead = f"**{_md(label)}:** " if label else ""
            out = [f"> {lead}{_md(text)}"]
            if cite:
                out += [">", f"> — {_md(cite)}"]
            return [*out, ""]
        case TableBlock(caption=caption, headers=headers, rows=rows, numeric=numeric):
            align = ["---:" if i in numeric else "---" for i in range(len(headers))]
            out = [f"*{_md(caption)}*", ""]
            out += ["| " + " | ".join(_md(h) for h in headers) + " |", "|" + "|".join(align) + "|"]
            out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
            return [*out, ""]
        case ListBlock(items=items, label=label):
            out = [f"**{_md(label)}:**", ""] if label else []
            return [*out, *(f"- {_md(i)}" for i in items), ""]
        case _:
            assert_never(b)


def render_handbook_markdown(view: HandbookView) -> str:
    """The handbook as Markdown: the title and facts, the contents, the blocks, the footer."""
    lines = [f"# {_md(view.title)}", ""]
    lines += [f"- **{_md(label)}:** {_md(value)}" for label, value in view.facts]
    lines += ["", f"## {P.HEADING_CONTENTS}", ""]
    lines += [f"{i}. [{_md(text)}](#{_slug(text)})" for i, (_, text) in enumerate(view.contents, 1)]
    lines.append("")
    for b in view.blocks:
        lines += _md_block(b)
    lines += ["---", "", _md(view.footer)]
    if view.audit:
        lines += ["", audit_markdown(view.audit)]
    return "\n".join(lines) + "\n"
