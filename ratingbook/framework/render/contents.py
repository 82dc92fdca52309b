"""Renderers for ``ratingbook show``: Rich text and Markdown (JSON: ``emit/records.py``).

What is shown comes from :mod:`ratingbook.framework.views.contents`; this module lays it out.
"""

from __future__ import annotations

from typing import assert_never

from rich.console import Group, RenderableType
from rich.text import Text

from ratingbook.framework.render.audit import audit_markdown
from ratingbook.framework.render.layout import Hanging, audit_text
from ratingbook.framework.views.contents import ClauseLine, ContentsView, EntryBlock, Status


def _status_style(status: Status) -> str:
    match status:
        case "new":
            return "change.up"
        case "changed":
            return "warning"
        case "restated":
            return "trace.case"
        case "inherited":
            return "muted"
        case _:
            assert_never(status)


def _clause_text(c: ClauseLine) -> Text:
    return Text.assemble(
        (f"{c.what}: ", "muted"),
        (c.value, "bold" if c.emphasised else ""),
        (f" ({c.cite})" if c.cite else "", "muted"),
        "  ",
        (c.status, _status_style(c.status)),
        (f" {c.where}" if c.where else "", "trace.where"),
    )


def _block_lines(b: EntryBlock) -> list[RenderableType]:
    indent = 2 * b.depth
    head = Text.assemble(
        (b.label, "domain" if b.depth == 0 and b.label.startswith("domain") else "bold"),
        "  ",
        (b.status, _status_style(b.status)),
        (f"  {b.where}" if b.where else "", "trace.where"),
    )
    lines: list[RenderableType] = [Hanging(head, indent, indent + 4)]
    lines += [Hanging(_clause_text(c), indent + 2, indent + 6) for c in b.clauses]
    return lines


def render_contents(view: ContentsView, *, audit: tuple[str, ...] = ()) -> RenderableType:
    """The version as Rich text: the audit header, its facts and counts, its items, then its
    rules."""
    parts: list[RenderableType] = [Text(view.heading, style="heading")]
    if audit:
        parts.append(audit_text(audit))
    width = max(len(label) for label, _ in view.facts)
    parts += [
        Hanging(Text.assemble((label.ljust(width), "muted"), "  ", value), 2, width + 4)
        for label, value in view.facts
    ]
    parts.append(Text(view.counts))
    for title, blocks in ((view.items_title, view.items), (view.rules_title, view.rules)):
        if title is None:
            continue
        parts.append(Text(f"\n{title}", style="heading"))
        for b in blocks:
            parts += _block_lines(b)
    return Group(*parts)


def _md(text: str) -> str:
    return text.replace("\n", " ").replace("*", "\\*").replace("_", "\\_")


def _md_clause(c: ClauseLine) -> str:
    value = f"**{_md(c.value)}**" if c.emphasised else _md(c.value)
    cite = f" ({c.cite})" if c.cite else ""
    status = f"**{c.status}**" if c.emphasised else c.status
    where = f", `{c.where}`" if c.where else ""
    return f"{c.what}: {value}{cite} — {status}{where}"


def markdown_contents(view: ContentsView, *, audit: tuple[str, ...] = ()) -> str:
    """The version as Markdown: the audit header, a list of facts, then items and rules as
    nested lists."""
    lines = [f"# {view.heading.replace('  ', ': ', 1)}", ""]
    if audit:
        lines += [audit_markdown(audit), ""]
    lines += [f"- **{label}**: {value}" for label, value in view.facts]
    lines += ["", view.counts + "."]
    for title, blocks in ((view.items_title, view.items), (view.rules_title, view.rules)):
        if title is None:
            continue
        lines += ["", f"## {title}", ""]
        for b in blocks:
            pad = "  " * b.depth
            status = f"**{b.status}**" if b.status in ("new", "changed") else b.status
            where = f", `{b.where}`" if b.where else ""
            lines.append(f"{pad}- **{b.label}** — {status}{where}")
            lines += [f"{pad}  - {_md_clause(c)}" for c in b.clauses]
    return "\n".join(lines) + "\n"
