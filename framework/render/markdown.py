"""Markdown reports: read well on their own, in a pull request or an email."""

from __future__ import annotations

from ratingbook.framework.explain import Explanation, Node
from ratingbook.framework.render.text import lowest_summary
from ratingbook.framework.result import Result


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_ratings(result: Result) -> str:
    o = result.overall
    score = f"{o.score}/{o.max}" if o.score is not None else f"not scored (of {o.max})"
    lines = [
        f"# {_cell(result.service)}",
        "",
        f"Rated under **{result.framework_id}** ({result.framework_title}).",
        "",
        f"**Overall rating: {o.rating or 'not rated'}** (score {score})",
        "",
        "| | Standard | Rating | Score | Banded (before discretion) | Set by |",
        "|---|---|---|---:|---|---|",
    ]
    domain = None
    for s in result.standards:
        if s.domain != domain:
            domain = s.domain
            lines.append(f"| **{domain}.** | **{_cell(result.domain_name(domain))}** | | | | |")
        rating = s.rating or "not rated"
        if s.discretion is not None and s.discretion.applied:
            rating += " ◆"
        lowest = "inspector judgement" if s.judged else lowest_summary(s)
        banded = "" if s.judged or s.banded == s.rating else (s.banded or "")
        score_cell = "" if s.score is None else str(s.score)
        lines.append(
            f"| {s.id} | {_cell(s.name)} | {rating} | {score_cell} | {banded} | {lowest or (s.note or '')} |"
        )
    notes = [s for s in result.standards if s.discretion is not None and s.discretion.applied]
    if notes:
        lines += ["", "◆ Professional discretion:", ""]
        for s in notes:
            d = s.discretion
            assert d is not None
            how = " by override" if d.override and not d.eligible else ""
            lines.append(
                f"- **{s.id}**{how}: banded {s.banded}, rated {d.rating}. {d.basis} "
                f"Panel: {_cell(d.reason or '')}"
            )
    if result.diagnostics:
        lines += ["", "Notes on the data:", ""]
        lines += [f"- {f.severity}: {_cell(f.message)}" for f in result.diagnostics]
    return "\n".join(lines) + "\n"


def render_explanation(explanation: Explanation) -> str:
    """A nested list that reads on its own; each deciding rule quoted as framework text."""
    r = explanation.result
    lines = [
        f"# Why: {_cell(r.service)}",
        "",
        f"Rated under **{r.framework_id}** from `{r.inspection}`.",
        "",
    ]

    def walk(node: Node, level: int) -> None:
        pad = "  " * level
        mark = (
            {"yes": "✓ ", "no": "✗ ", "unknown": "? "}.get(node.status or "", "")
            if node.kind == "check"
            else ""
        )
        text = (
            f"**{node.label}**"
            if node.kind in ("overall", "standard", "key_question")
            else node.label
        )
        status = (
            f" — *{node.status}*"
            if node.status
            and node.kind in ("key_question", "band", "lowest", "judgement", "decision", "change")
            else ""
        )
        where = f" (`{node.rule.where}`)" if node.rule else ""
        lines.append(f"{pad}- {mark}{text}{status}{where}")
        if node.warning:
            lines.append(f"{pad}  - ⚠ {node.warning}")
        if node.rule is not None and node.rule.snippet:
            lines.append("")
            lines.append(f"{pad}  ```")
            lines.extend(f"{pad}  {line.strip()}" for line in node.rule.snippet.splitlines())
            lines.append(f"{pad}  ```")
            lines.append("")
        if node.hidden:
            lines.append(f"{pad}  - … {node.hidden} more (raise `--depth`)")
        for child in node.children:
            walk(child, level + 1)

    walk(explanation.root, 0)
    if r.diagnostics:
        lines += ["", "Notes on the data:", ""] + [
            f"- {f.severity}: {_cell(f.message)}" for f in r.diagnostics
        ]
    return "\n".join(lines) + "\n"
