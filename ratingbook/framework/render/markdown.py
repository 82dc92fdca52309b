"""Markdown reports: read well on their own, in a pull request or an email.

Everything shown comes from a view (:mod:`ratingbook.framework.views`); this module only lays
it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ratingbook.framework.views import phrases as P
from ratingbook.framework.views.common import (
    APPLIED,
    FINDINGS_TITLE,
    WARNING_MARK,
    AuditView,
    FindingView,
)
from ratingbook.framework.views.explanation import ExplanationView, Line
from ratingbook.framework.views.phrases import (
    COLUMN_BANDED_BEFORE_DISCRETION,
    COLUMN_HOW_SURE,
    COLUMN_RATING,
    COLUMN_SCORE,
    COLUMN_SET_BY,
    COLUMN_STANDARD,
    COLUMN_WOULD_MOVE,
    HEADING_SUMMARY,
)
from ratingbook.framework.views.ratings import RatingsView


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_findings(found: tuple[FindingView, ...]) -> list[str]:
    """The notes on the data, as a list under their heading (nothing when there are none)."""
    if not found:
        return []
    return [
        "",
        f"{FINDINGS_TITLE}:",
        "",
        *(
            f"- {f.severity}: {_cell(f.message)}" + (f" (`{f.where}`)" if f.where else "")
            for f in found
        ),
    ]


def render_audit(audit: AuditView) -> str:
    """The audit header, one line each: the run, then every file with its role, version,
    path and hash in code, then the report the data was read from."""
    files = [f"{f.role} `{f.file.name}` `sha256:{f.file.short}`" for f in audit.files]
    report = [_cell(audit.report_line)] if audit.report_line else []
    return "<br>\n".join([_cell(audit.run), *files, *report])


def render_ratings(view: RatingsView) -> str:
    """The ratings table, the discretion notes and the notes on the data."""
    o = view.overall
    lines = [
        f"# {_cell(view.service)}",
        "",
        render_audit(view.audit),
        "",
        P.rated_under(framework=f"**{view.framework_id}**", title=view.framework_title),
        "",
        f"**{o.label}: {o.rating.text}** ({o.score_phrase})",
        "",
        f"| | {COLUMN_STANDARD} | {COLUMN_RATING} | {COLUMN_SCORE} | "
        f"{COLUMN_BANDED_BEFORE_DISCRETION} | {COLUMN_SET_BY} |",
        "|---|---|---|---:|---|---|",
    ]
    for domain in view.domains:
        lines.append(f"| **{domain.id}.** | **{_cell(domain.name)}** | | | | |")
        for row in domain.items:
            rating = row.rating.text + (f" {row.mark.symbol}" if row.mark else "")
            banded = row.banded.text if row.banded else ""
            lines.append(
                f"| {row.id} | {_cell(row.name)} | {rating} | {row.score} | {banded} | {row.set_by} |"
            )
    if view.discretion:
        lines += ["", f"{APPLIED.symbol} {P.PROFESSIONAL_DISCRETION}:", ""]
        for note in view.discretion:
            lines.append(
                "- "
                + P.discretion_item(
                    id=f"**{note.id}**",
                    by_override=note.by_override,
                    banded=note.banded.text,
                    rating=note.rating.text,
                    basis=note.basis,
                    reason=_cell(note.reason),
                )
            )
    if view.undetermined:
        lines += ["", P.UNDETERMINED_INTRO, ""]
        for u in view.undetermined:
            lines.append(
                f"- {u.symbol} "
                + P.undetermined_item(
                    id=f"**{u.id}**",
                    possible=u.possible,
                    reason=_cell(u.reason),
                    settle=_cell(u.settle),
                )
            )
    for mark in view.legend:
        lines += ["", f"{mark.symbol} {mark.sentence}"]
    if view.provenance:
        lines += ["", f"{P.PROVENANCE}: {_cell(view.provenance)}."]
    lines += render_findings(view.findings)
    return "\n".join(lines) + "\n"


def render_summary(view: RatingsView) -> list[str]:
    """The ratings first: what set each, what would move each, and how sure each is."""
    o = view.overall
    lines = [
        f"## {HEADING_SUMMARY}",
        "",
        f"| | {COLUMN_STANDARD} | {COLUMN_RATING} | {COLUMN_SET_BY} | {COLUMN_WOULD_MOVE} | "
        f"{COLUMN_HOW_SURE} |",
        "|---|---|---|---|---|---|",
        f"| | **{o.label}** | **{o.rating.text}** {o.score_figure} | {o.set_by} | {_cell('; '.join(o.moves))} | {_cell(o.sure)} |",
    ]
    for domain in view.domains:
        for row in domain.items:
            rating = row.rating.text + (f" {row.mark.symbol}" if row.mark else "")
            if row.banded:
                rating += f" (banded {row.banded.text})"
            lines.append(
                f"| {row.id} | {_cell(row.name)} | {rating} | {_cell(row.set_by)} | "
                f"{_cell('; '.join(row.moves))} | {_cell(row.sure)} |"
            )
    for mark in (*view.legend, *(APPLIED for _ in view.discretion[:1])):
        lines += ["", f"{mark.symbol} {mark.sentence}"]
    if view.cases_note is not None:
        lines += ["", view.cases_note]
    return [*lines, "", "## Details", ""]


def _code(text: str) -> str:
    """Text as a Markdown code span, whatever backticks it holds."""
    run = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_explanation(view: ExplanationView) -> str:
    """The summary (for the overall rating), then a nested list that reads on its own; each
    deciding rule cited by its file and line, and quoted as framework text where it first
    appears: on the line itself, after its place (``file:line: `text```), when the rule is one
    line, else in a block beneath. Compact, so that a whole inspection's explanation fits a
    pull-request comment (65,536 characters)."""
    return "".join(f"{line}\n" for line in explanation_lines(view))


def explanation_lines(view: ExplanationView) -> Iterator[str]:
    """:func:`render_explanation` line by line (without their line ends), each made as it is
    read: the tree's lines are worked out as they are written and not kept, so that an
    explanation of 200,000 cases is written in the memory of one key question's cases."""
    yield from (
        f"# {P.why_title(service=_cell(view.service))}",
        "",
        render_audit(view.audit),
        "",
        P.rated_from(framework=f"**{view.framework_id}**", data=f"`{view.inspection}`"),
        "",
    )
    if view.summary is not None:
        yield from render_summary(view.summary)
    if view.only is not None:
        yield from (P.showing_only(only=view.only, option=f"`{P.ONLY_LIMITING_OPTION}`"), "")

    def walk(line: Line, level: int) -> Iterator[str]:
        """The line, then the lines beneath it one level in."""
        pad = "  " * level
        check = f"{line.check.symbol} " if line.check else ""
        text = f"**{line.label}**" if line.heading else line.label
        status = f" — *{line.badge.text}*" if line.badge else ""
        where = f" {_code(line.where)}" if line.where is not None else ""
        snippet = line.snippet.splitlines() if line.snippet is not None else []
        quoted = f": {_code(snippet[0].strip())}" if len(snippet) == 1 else ""
        yield f"{pad}- {check}{text}{status}{where}{quoted}"
        if line.warning:
            yield f"{pad}  - {WARNING_MARK} {line.warning}"
        if len(snippet) > 1:
            yield f"{pad}  ```"
            yield from (f"{pad}  {code.strip()}" for code in snippet)
            yield f"{pad}  ```"
        if line.more is not None:
            yield f"{pad}  - {line.more}"
        for child in line.each_child():
            yield from walk(child, level + 1)

    yield from walk(view.tree.root, 0)
    yield from render_findings(view.findings)
