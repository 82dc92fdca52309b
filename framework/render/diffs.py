"""Renderers for version diffs and corpus comparisons: Rich, Markdown (JSON is ``to_json``)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from ratingbook.framework.compare import Comparison
from ratingbook.framework.diff import Change, Diff

_TITLES = {
    "added": "Items added",
    "removed": "Items removed",
    "reworded": "Wording changed",
    "applicability": "Applicability changed",
    "rules": "Rating rules changed",
    "metadata": "Version details",
}


def _words_text(change: Change) -> Text:
    t = Text()
    for w in change.words:
        if w.op == "equal":
            t.append(w.old + " ")
        if w.op in ("delete", "replace"):
            t.append(w.old, style="red strike")
            t.append(" ")
        if w.op in ("insert", "replace"):
            t.append(w.new, style="bold green")
            t.append(" ")
    return t


def _locations(change: Change) -> str:
    return "  ".join(
        x
        for x in (
            f"old {change.old_where}" if change.old_where else "",
            f"new {change.new_where}" if change.new_where else "",
        )
        if x
    )


def render_diff(d: Diff) -> RenderableType:
    parts: list[RenderableType] = [
        Text.assemble((f"{d.old} → {d.new}", "heading"), f"  ({len(d.changes)} changes)")
    ]
    if d.phrase_changes:
        parts.append(Text("\nRecurring rewordings", style="heading"))
        for old, new, n in d.phrase_changes:
            parts.append(
                Text.assemble("  ", (f'"{old}"', "red"), " → ", (f'"{new}"', "green"), f"  ×{n}")
            )
    for section in _TITLES:
        items = d.section(section)
        if not items:
            continue
        parts.append(Text(f"\n{_TITLES[section]} ({len(items)})", style="heading"))
        for c in items:
            head = Text.assemble(
                "  ",
                (c.item, "bold"),
                f" {c.what}" if c.section not in ("added", "removed") else "",
                ("  " + _locations(c), "trace.where"),
            )
            parts.append(head)
            if c.words:
                body = _words_text(c)
                body.pad_left(4)
                parts.append(body)
            elif c.old is not None or c.new is not None:
                if c.old is not None and c.section != "added":
                    parts.append(Text.assemble("    - ", (c.old, "red")))
                if c.new is not None and c.section != "removed":
                    parts.append(Text.assemble("    + ", (c.new, "green")))
    if not d.changes:
        parts.append(Text("no differences"))
    return Group(*parts)


def _md(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " / ")


def markdown_diff(d: Diff) -> str:
    lines = [
        f"# {d.old} → {d.new}",
        "",
        f"{len(d.changes)} changes: "
        + ", ".join(f"{len(d.section(s))} {s}" for s in _TITLES if d.section(s))
        + ".",
    ]
    if d.phrase_changes:
        lines += ["", "## Recurring rewordings", "", "| old | new | times |", "|---|---|---:|"]
        lines += [f"| {_md(o)} | {_md(n)} | {k} |" for o, n, k in d.phrase_changes]
    for section, title in _TITLES.items():
        items = d.section(section)
        if not items:
            continue
        lines += ["", f"## {title} ({len(items)})", ""]
        for c in items:
            where = ", ".join(
                x
                for x in (
                    f"old `{c.old_where}`" if c.old_where else "",
                    f"new `{c.new_where}`" if c.new_where else "",
                )
                if x
            )
            what = "" if c.section in ("added", "removed") else f" ({c.what})"
            if c.words:
                body = " ".join(
                    w.old
                    if w.op == "equal"
                    else " ".join(
                        x
                        for x in (
                            (f"~~{w.old}~~" if w.old else ""),
                            (f"**{w.new}**" if w.new else ""),
                        )
                        if x
                    )
                    for w in c.words
                )
            elif c.section == "added":
                body = _md(c.new)
            elif c.section == "removed":
                body = f"~~{_md(c.old)}~~"
            else:
                body = f"{_md(c.old) or '(none)'} → {_md(c.new) or '(none)'}"
            lines.append(f"- **{c.item}**{what}: {body} — {where}")
    if not d.changes:
        lines += ["", "No differences."]
    return "\n".join(lines) + "\n"


_ARROW = {"up": ("↑", "change.up"), "down": ("↓", "change.down"), "changed": ("→", "muted")}


def render_comparison(c: Comparison) -> RenderableType:
    parts: list[RenderableType] = [
        Text.assemble(
            ("Base ", "muted"),
            (c.base, "heading"),
            ("  candidate ", "muted"),
            (c.candidate, "heading"),
        )
    ]
    for i in c.inspections:
        title = i.service or i.path
        if i.error:
            parts.append(Text.assemble("\n", (title, "bold"), ("  could not be rated", "error")))
            parts.append(Text(i.error, style="muted"))
            continue
        if not i.moves:
            parts.append(Text.assemble("\n", (title, "bold"), ("  no change", "ok")))
            parts += [Text(f"    note: {note}", style="warning") for note in i.notes]
            continue
        parts.append(Text.assemble("\n", (title, "bold"), (f"  {i.path}", "trace.where")))
        for m in i.moves:
            arrow, style = _ARROW[m.direction]
            label = {"rating": "", "banded": " (banded, before discretion)", "score": ""}[m.what]
            parts.append(
                Text.assemble(
                    f"  {m.item} {m.name}{label}: ",
                    (str(m.base), "muted"),
                    " → ",
                    (str(m.candidate), style),
                    (f" {arrow}", style),
                )
            )
            for reason in m.why:
                parts.append(Text(f"      because {reason}", style="trace.rule"))
        for note in i.notes:
            parts.append(Text(f"    note: {note}", style="warning"))
    s = c.summary()
    parts.append(
        Text(
            f"\n{s['affected']} of {s['inspections']} inspections affected: "
            f"{s['ratings_up']} rating(s) up, {s['ratings_down']} down, {s['other_changes']} other change(s)"
            + (f", {s['errors']} could not be rated" if s["errors"] else ""),
            style="heading",
        )
    )
    return Group(*parts)


def markdown_comparison(c: Comparison) -> str:
    s = c.summary()
    lines = [
        f"# {c.base} → {c.candidate}",
        "",
        f"{s['affected']} of {s['inspections']} inspections affected: {s['ratings_up']} rating(s) up, "
        f"{s['ratings_down']} down, {s['other_changes']} other change(s)"
        + (f", {s['errors']} could not be rated" if s["errors"] else "")
        + ".",
    ]
    for i in c.inspections:
        lines += ["", f"## {_md(i.service or i.path)}", ""]
        if i.error:
            lines.append(f"Could not be rated: {_md(i.error)}")
            continue
        if not i.moves:
            lines.append("No change.")
            lines += [f"- note: {_md(n)}" for n in i.notes]
            continue
        lines += ["| | | what | base | candidate | why |", "|---|---|---|---|---|---|"]
        for m in i.moves:
            lines.append(
                f"| {m.item} | {_md(m.name)} | {m.what} | {m.base} | {m.candidate} {_ARROW[m.direction][0]} | {_md('; '.join(m.why))} |"
            )
        lines += [f"- note: {_md(n)}" for n in i.notes]
    return "\n".join(lines) + "\n"
