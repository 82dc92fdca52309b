"""Rich renderables for ratings: a table like the published reports' Ratings page."""

from __future__ import annotations

import textwrap

from rich import box
from rich.console import Group, RenderableType
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ratingbook.framework.explain import Explanation, Node
from ratingbook.framework.render.lexer import FrameworkLexer
from ratingbook.framework.render.theme import rating_style
from ratingbook.framework.result import Result, StandardResult

DISCRETION_MARK = "◆"


def _rating(rating: str | None) -> Text:
    return Text(rating or "not rated", style=rating_style(rating))


def _lowest(s: StandardResult) -> str:
    if s.judged is not None:
        return "inspector judgement"
    if not s.lowest:
        return s.note or ""
    return lowest_summary(s)


def lowest_summary(s: StandardResult) -> str:
    """``2.3.1, 2.3.2 at 67% (2/3)``: the key questions that set the band, grouped by figure."""
    groups: dict[str, list[str]] = {}
    for k in s.key_questions:
        if k.id in s.lowest:
            counts = f" ({k.yes}/{k.relevant})" if k.relevant is not None else ""
            groups.setdefault(f"{k.percent}%{counts}", []).append(k.id)
    return "; ".join(f"{', '.join(ids)}: {figure}" for figure, ids in groups.items())


def render_ratings(result: Result) -> RenderableType:
    """The ratings table, then discretion footnotes and warnings."""
    title = Text.assemble(
        (result.service, "heading"), ("  ·  ", "muted"), (f"{result.framework_id}", "muted")
    )
    table = Table(
        title=title, box=box.SIMPLE_HEAVY, show_lines=False, title_justify="left", pad_edge=False
    )
    table.add_column("", no_wrap=True)
    table.add_column("Standard", min_width=16)
    table.add_column("Rating", min_width=11)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Banded", no_wrap=True)
    table.add_column("Set by", min_width=10)
    o = result.overall
    score = f"{o.score}/{o.max}" if o.score is not None else f"-/{o.max}"
    table.add_row(
        "", Text("Overall rating", style="heading"), _rating(o.rating), score, "", "sum of scores"
    )
    domain = None
    for s in result.standards:
        if s.domain != domain:
            domain = s.domain
            table.add_section()
            table.add_row(
                Text(f"{domain}.", style="domain"),
                Text(result.domain_name(domain), style="domain"),
                "",
                "",
                "",
                "",
            )
        mark = Text("")
        if s.discretion is not None and s.discretion.applied:
            mark = Text(f" {DISCRETION_MARK}", style="discretion")
        elif s.discretion is not None and s.discretion.eligible:
            mark = Text(" ◇", style="muted")
        # Banded is shown only where it differs from the final rating (discretion applied).
        banded = "" if s.judged is not None or s.banded == s.rating else (s.banded or "")
        table.add_row(
            s.id,
            s.name,
            Text.assemble(_rating(s.rating), mark),
            "" if s.score is None else str(s.score),
            Text(banded, style=rating_style(banded)),
            _lowest(s),
        )
    parts: list[RenderableType] = [table]
    notes = []
    for s in result.standards:
        d = s.discretion
        if d is not None and d.applied:
            how = (
                " by override (not eligible under the policy)"
                if d.override and not d.eligible
                else ""
            )
            notes.append(
                Text.assemble(
                    (f"{DISCRETION_MARK} {s.id} ", "discretion"),
                    f"professional discretion{how}: banded {s.banded} → {d.rating}. ",
                    (d.reason or "", "muted"),
                )
            )
    if any(
        s.discretion is not None and s.discretion.eligible and not s.discretion.applied
        for s in result.standards
    ):
        notes.append(Text("◇ eligible for professional discretion (not applied)", style="muted"))
    parts.extend(notes)
    for f in result.diagnostics:
        style = "warning" if f.severity == "warning" else "error"
        parts.append(
            Text.assemble(
                (f"{f.severity}: ", style),
                f.message,
                (f"  ({f.where})" if f.where else "", "muted"),
            )
        )
    return Group(*parts)


# ---------------------------------------------------------------------------- explanations

_CHECK_MARKS = {"yes": ("✓", "ok"), "no": ("✗", "muted"), "unknown": ("?", "warning")}


def _node_label(node: Node, snippets: bool) -> RenderableType:
    label = Text()
    if node.kind == "check":
        mark, style = _CHECK_MARKS.get(node.status or "", ("·", "muted"))
        label.append(f"{mark} ", style=style)
    if node.kind in ("overall", "standard", "key_question"):
        label.append(node.label, style="heading")
    else:
        label.append(node.label)
    if node.status and node.kind in (
        "key_question",
        "band",
        "lowest",
        "judgement",
        "decision",
        "change",
    ):
        label.append("  ")
        label.append(
            node.status, style=rating_style(node.status) if node.status != "no band" else "muted"
        )
    if node.rule is not None:
        label.append(f"  {node.rule.where}", style="trace.where")
    parts: list[RenderableType] = [label]
    if node.warning:
        parts.append(Text(f"⚠ {node.warning}", style="warning"))
    if snippets and node.rule is not None and node.rule.snippet:
        parts.append(
            Syntax(
                textwrap.dedent(node.rule.snippet),
                FrameworkLexer(),
                theme="ansi_dark",
                background_color="default",
                word_wrap=True,
            )
        )
    if node.hidden:
        parts.append(
            Text(
                f"… {node.hidden} more line{'s' if node.hidden != 1 else ''} (raise --depth to see them)",
                style="muted",
            )
        )
    return Group(*parts) if len(parts) > 1 else label


def render_explanation(explanation: Explanation, snippets: bool = True) -> RenderableType:
    """The explanation as a Rich tree, each deciding rule with its framework text."""

    def add(tree: Tree, node: Node) -> None:
        for child in node.children:
            add(tree.add(_node_label(child, snippets)), child)

    root = explanation.root
    tree = Tree(_node_label(root, snippets), guide_style="muted")
    add(tree, root)
    parts: list[RenderableType] = [tree]
    for f in explanation.result.diagnostics:
        parts.append(Text.assemble((f"{f.severity}: ", "warning"), f.message))
    return Group(*parts)
