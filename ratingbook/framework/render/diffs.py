"""Renderers for version diffs and corpus comparisons: Rich, Markdown (JSON: ``emit/records.py``).

What is shown comes from :mod:`ratingbook.framework.views.diff` and
:mod:`ratingbook.framework.views.comparison`; this module lays it out.
"""

from __future__ import annotations

from typing import Final, assert_never

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from ratingbook.framework.render.audit import audit_markdown
from ratingbook.framework.render.layout import Hanging as _Hanging
from ratingbook.framework.render.layout import audit_text
from ratingbook.framework.views import phrases
from ratingbook.framework.views.common import capitalised, sentence
from ratingbook.framework.views.comparison import (
    UNDETERMINED_MARK,
    ComparisonView,
    Direction,
    InspectionView,
)
from ratingbook.framework.views.diff import (
    ABSENT,
    DELETED,
    INSERTED,
    REWORDINGS_TITLE,
    ChangeView,
    DiffSummaryView,
    DiffView,
    Words,
)

# ---------------------------------------------------------------------------- diff


def _words_text(words: tuple[Words, ...], marked: bool) -> Text:
    """The words of a rewording: struck out and inserted in colour, and between markers
    (``[-old-]{+new+}``) when ``marked``, for output without colour."""
    t = Text()
    deleted, inserted = (DELETED, INSERTED) if marked else (("", ""), ("", ""))

    def old(text: str) -> None:
        t.append(f"{deleted[0]}{text}{deleted[1]}", style="red strike")

    def new(text: str) -> None:
        t.append(f"{inserted[0]}{text}{inserted[1]}", style="bold green")

    for i, w in enumerate(words):
        if i:
            t.append(" ")
        match w.op:
            case "equal":
                t.append(w.old)
            case "delete":
                old(w.old)
            case "insert":
                new(w.new)
            case "replace":
                old(w.old)
                if not marked:
                    t.append(" ")
                new(w.new)
            case _:
                assert_never(w.op)
    return t


def _change_lines(c: ChangeView, marked: bool) -> list[RenderableType]:
    head = Text.assemble(
        (c.item, "bold"),
        f" {c.what}" if c.what is not None else "",
        ("  " + "  ".join(f"{loc.side} {loc.where}" for loc in c.locations), "trace.where"),
    )
    lines: list[RenderableType] = [_Hanging(head, 2, 4)]
    match c.kind:
        case "words":
            lines.append(_Hanging(_words_text(c.words, marked), 4, 4))
        case "added" | "removed" | "changed":
            if c.old is not None:
                lines.append(_hanging("- ", Text(c.old, style="red")))
            if c.new is not None:
                lines.append(_hanging("+ ", Text(c.new, style="green")))
        case _:
            assert_never(c.kind)
    for clause in c.clauses:
        lines.append(
            _hanging(
                "+ ",
                Text.assemble(
                    (f"{clause.what}: ", "muted"),
                    (clause.value, "green"),
                    (f"  {clause.where}" if clause.where else "", "trace.where"),
                ),
            )
        )
    return lines


def _hanging(mark: str, body: Text) -> RenderableType:
    """``    + text`` with the text's wrapped lines under its first word."""
    return _Hanging(Text.assemble(mark, body), 4, 4 + len(mark))


def _diff_head(view: DiffView | DiffSummaryView, audit: tuple[str, ...]) -> list[RenderableType]:
    head = Text.assemble(
        (f"{view.old} → {view.new}", "heading"), f"  ({phrases.diff_changes(total=view.total)})"
    )
    return [head, audit_text(audit)] if audit else [head]


def render_diff(
    view: DiffView, *, marked: bool = False, audit: tuple[str, ...] = ()
) -> RenderableType:
    """The diff as Rich text: the audit header, rewordings that recur, then each section's
    changes. ``marked`` puts markers around deleted and inserted words, for output that has
    no colour."""
    parts = _diff_head(view, audit)
    if view.rewordings:
        parts.append(Text(f"\n{REWORDINGS_TITLE}", style="heading"))
        for r in view.rewordings:
            parts.append(
                Text.assemble(
                    "  ", (f'"{r.old}"', "red"), " → ", (f'"{r.new}"', "green"), f"  ×{r.times}"
                )
            )
    for section in view.sections:
        parts.append(Text(f"\n{section.title} ({len(section.changes)})", style="heading"))
        for c in section.changes:
            parts += _change_lines(c, marked)
    if view.empty is not None:
        parts.append(Text(view.empty))
    return Group(*parts)


def render_diff_summary(view: DiffSummaryView, *, audit: tuple[str, ...] = ()) -> RenderableType:
    """``diff --summary`` as Rich text: the counts, per domain, then one line per item."""
    parts = _diff_head(view, audit)
    if view.empty is not None:
        parts.append(Text(view.empty))
        return Group(*parts)
    parts.append(Text(", ".join(f"{n} {name}" for name, n in view.counts)))
    parts.append(Text(f"\n{phrases.DIFF_BY_DOMAIN}", style="heading"))
    for d in view.domains:
        parts.append(Text.assemble("  ", (d.label, "bold"), f": {d.text}"))
    parts.append(Text(f"\n{phrases.DIFF_ITEMS} ({len(view.items)})", style="heading"))
    width = max(len(i.item) for i in view.items)
    for i in view.items:
        parts.append(Text.assemble("  ", (i.item.ljust(width), "bold"), "  ", i.text))
    return Group(*parts)


def _md(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " / ")


def _md_words(words: tuple[Words, ...]) -> str:
    out = []
    for w in words:
        match w.op:
            case "equal":
                out.append(w.old)
            case "delete" | "insert" | "replace":
                old = f"~~{w.old}~~" if w.old else ""
                new = f"**{w.new}**" if w.new else ""
                out.append(" ".join(x for x in (old, new) if x))
            case _:
                assert_never(w.op)
    return " ".join(out)


def _markdown_head(view: DiffView | DiffSummaryView, audit: tuple[str, ...]) -> list[str]:
    return [f"# {view.old} → {view.new}", "", *([audit_markdown(audit), ""] if audit else [])]


def markdown_diff(view: DiffView, *, audit: tuple[str, ...] = ()) -> str:
    """The diff as Markdown: a summary line, a table of recurring rewordings, then each section."""
    lines = [
        *_markdown_head(view, audit),
        f"{phrases.diff_changes(total=view.total)}: "
        + ", ".join(f"{n} {name}" for name, n in view.counts)
        + ".",
    ]
    if view.rewordings:
        lines += ["", f"## {REWORDINGS_TITLE}", "", "| old | new | times |", "|---|---|---:|"]
        lines += [f"| {_md(r.old)} | {_md(r.new)} | {r.times} |" for r in view.rewordings]
    for section in view.sections:
        lines += ["", f"## {section.title} ({len(section.changes)})", ""]
        for c in section.changes:
            where = ", ".join(f"{loc.side} `{loc.where}`" for loc in c.locations)
            what = f" ({c.what})" if c.what is not None else ""
            match c.kind:
                case "words":
                    body = _md_words(c.words)
                case "added":
                    body = _md(c.new)
                case "removed":
                    body = f"~~{_md(c.old)}~~"
                case "changed":
                    body = f"{_md(c.old) or ABSENT} → {_md(c.new) or ABSENT}"
                case _:
                    assert_never(c.kind)
            lines.append(f"- **{c.item}**{what}: {body} — {where}")
            lines += [
                f"  - {clause.what}: {_md(clause.value)}"
                + (f" — `{clause.where}`" if clause.where else "")
                for clause in c.clauses
            ]
    if view.empty is not None:
        lines += ["", sentence(view.empty)]
    return "\n".join(lines) + "\n"


def markdown_diff_summary(view: DiffSummaryView, *, audit: tuple[str, ...] = ()) -> str:
    """``diff --summary`` as Markdown: the counts, a table per domain, one line per item."""
    lines = _markdown_head(view, audit)
    if view.empty is not None:
        return "\n".join([*lines, sentence(view.empty)]) + "\n"
    lines.append(
        f"{phrases.diff_changes(total=view.total)}: "
        + ", ".join(f"{n} {name}" for name, n in view.counts)
        + "."
    )
    lines += ["", f"## {phrases.DIFF_BY_DOMAIN}", "", "| domain | changes |", "|---|---|"]
    lines += [f"| {_md(d.label)} | {d.text} |" for d in view.domains]
    lines += ["", f"## {phrases.DIFF_ITEMS} ({len(view.items)})", ""]
    lines += [f"- **{i.item}**: {i.text}" for i in view.items]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- compare


def _arrow_style(direction: Direction) -> str:
    match direction:
        case "up":
            return "change.up"
        case "down":
            return "change.down"
        case "changed":
            return "muted"
        case _:
            assert_never(direction)


def comparison_head(base: str, candidate: str, audit: tuple[str, ...] = ()) -> RenderableType:
    """The first lines of a comparison: the two versions, then the audit header."""
    head = Text.assemble(
        ("Base ", "muted"),
        (base, "heading"),
        ("  candidate ", "muted"),
        (candidate, "heading"),
    )
    if not audit:
        return head
    return Group(head, audit_text(audit))


class _Titled:
    """An inspection's title line with its data file and hash after it; where they do not fit
    beside the title, the file and its hash go on the next line, whole (a path is never
    parted from its hash)."""

    def __init__(self, title: Text, data: str) -> None:
        self.title, self.data = title, data

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        line = Text.assemble(self.title, (f"  {self.data}", "trace.where"))
        if max(cell_len(part) for part in line.plain.split("\n")) <= options.max_width:
            yield line
            return
        yield self.title
        yield Text(self.data, style="trace.where", no_wrap=True, overflow="ignore")


def comparison_inspection(i: InspectionView) -> list[RenderableType]:
    """One inspection's lines: what moved and why, or that nothing did, or why it failed."""
    parts: list[RenderableType] = []
    match i.outcome:
        case "error":
            parts.append(
                Text.assemble(
                    "\n", (i.title, "bold"), (f"  {phrases.COMPARE_COULD_NOT_RATE}", "error")
                )
            )
            parts.append(Text(i.error, style="muted"))
            return parts
        case "unchanged":
            parts.append(
                _Titled(
                    Text.assemble(
                        "\n", (i.title, "bold"), (f"  {phrases.COMPARE_NO_CHANGE}", "ok")
                    ),
                    i.data,
                )
            )
        case "undetermined":
            parts.append(
                _Titled(
                    Text.assemble("\n", (i.title, "bold"), ("  undetermined", "warning")), i.data
                )
            )
        case "moved":
            parts.append(_Titled(Text.assemble("\n", (i.title, "bold")), i.data))
            for m in i.moves:
                style = _arrow_style(m.direction)
                parts.append(
                    _result(
                        Text.assemble(
                            f"{m.label}{m.qualifier}: ",
                            (m.base, "muted"),
                            " → ",
                            (m.candidate, style),
                            (f" {m.arrow}", style),
                        )
                    )
                )
                for reason in m.why:
                    parts.append(_reason(phrases.compare_because(reason=reason)))
        case _:
            assert_never(i.outcome)
    for u in i.undetermined:
        parts.append(
            _result(
                Text.assemble(
                    f"{u.label}{u.qualifier}: ",
                    (u.base, "warning" if u.side == "base" else "muted"),
                    " → ",
                    (u.candidate, "warning" if u.side == "candidate" else "muted"),
                    (f" {UNDETERMINED_MARK}", "warning"),
                )
            )
        )
        for reason in u.why:
            parts.append(_reason(reason))
    parts += [_note(note) for note in i.notes]
    return parts


# An inspection's lines in a comparison, each wrapped at the width with its wrapped lines
# further in than its first, so that a reader sees where each begins.


def _result(line: Text) -> RenderableType:
    """A rating that moved, or a result that could not be decided: two spaces in."""
    return _Hanging(line, 2, 4)


def _reason(reason: str) -> RenderableType:
    """A reason beneath one: six spaces in, its wrapped lines two further."""
    return _Hanging(Text(reason, style="trace.rule"), 6, 8)


_NOTE: Final = "note: "


def _note(note: str) -> RenderableType:
    """A note on the inspection: four spaces in, its wrapped lines under the words after
    ``note:``."""
    return _Hanging(Text(f"{_NOTE}{note}", style="warning"), 4, 4 + len(_NOTE))


def comparison_summary(summary: str) -> RenderableType:
    """The last line of a comparison: what moved, over the whole corpus."""
    return Text(f"\n{summary}", style="heading")


def render_comparison(view: ComparisonView) -> RenderableType:
    """The comparison as Rich text: each inspection's moves with their reasons, then the summary."""
    parts = [comparison_head(view.base, view.candidate, view.audit)]
    for i in view.inspections:
        parts += comparison_inspection(i)
    parts.append(comparison_summary(view.summary))
    return Group(*parts)


def markdown_comparison_head(
    base: str, candidate: str, summary: str, audit: tuple[str, ...] = ()
) -> str:
    """The title, the audit header and the summary, which Markdown puts first (no newline at
    the end)."""
    header = ["<br>\n".join(_md(line) for line in audit), ""] if audit else []
    return "\n".join([f"# {base} → {candidate}", "", *header, sentence(summary)])


def markdown_inspection(i: InspectionView) -> str:
    """One inspection's section, starting with the newline that ends the text before it."""
    lines = ["", f"## {_md(i.title)}", "", f"`{i.data}`", ""]
    match i.outcome:
        case "error":
            lines.append(f"{capitalised(phrases.COMPARE_COULD_NOT_RATE)}: {_md(i.error)}")
            return "\n" + "\n".join(lines)
        case "unchanged":
            lines.append(sentence(phrases.COMPARE_NO_CHANGE))
        case "undetermined":
            lines.append(phrases.COMPARE_UNDETERMINED_NO_MOVES)
        case "moved":
            lines += ["| | | what | base | candidate | why |", "|---|---|---|---|---|---|"]
            for m in i.moves:
                lines.append(
                    f"| {m.item} | {_md(m.name)} | {m.what} | {m.base} | {m.candidate} {m.arrow} | {_md('; '.join(m.why))} |"
                )
        case _:
            assert_never(i.outcome)
    if i.undetermined:
        lines += [
            "",
            f"| | | base | candidate {UNDETERMINED_MARK} | why |",
            "|---|---|---|---|---|",
        ]
        for u in i.undetermined:
            lines.append(
                f"| {u.item} | {_md(u.name + u.qualifier)} | {_md(u.base)} | {_md(u.candidate)} | {_md('; '.join(u.why))} |"
            )
    if i.notes:
        # A blank line first: a list straight after a table or a sentence is read as part of
        # it by Markdown renderers stricter than GitHub's.
        lines += ["", *(f"- note: {_md(n)}" for n in i.notes)]
    return "\n" + "\n".join(lines)


def markdown_comparison(view: ComparisonView) -> str:
    """The comparison as Markdown: the summary, then a table of moves for each inspection."""
    head = markdown_comparison_head(view.base, view.candidate, view.summary, view.audit)
    return head + "".join(markdown_inspection(i) for i in view.inspections) + "\n"
