"""Rich renderables for the ``test``, ``frameworks`` and ``check`` reports.

What is shown comes from :mod:`ratingbook.framework.views.reports`; this module lays it out.
Lines that must stay whole (names and traces a reader copies) are never wrapped or cut: print
the test report with ``crop=False``, and the check lines with ``soft_wrap=True``.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ratingbook.framework.views import phrases as P
from ratingbook.framework.views.reports import (
    COVERAGE_TITLE,
    FAILURES_TITLE,
    SHORT_SUMMARY_TITLE,
    CheckedFile,
    ExpectationsReport,
    FrameworksView,
    VersionCoverageView,
)


def _whole(*parts: str | tuple[str, str], style: str = "") -> Text:
    """A line that is never wrapped or cut, however long."""
    return Text.assemble(*parts, style=style, no_wrap=True, overflow="ignore")


class _Heading:
    """``____ title ____`` across the width, as pytest heads a failure; a long title is whole."""

    def __init__(self, title: str) -> None:
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        title = f" {self.title} "
        fill = max(options.max_width - len(title), 0)
        yield _whole("_" * (fill // 2) + title + "_" * (fill - fill // 2), style="error")


def render_expectations(
    report: ExpectationsReport, *, audit: tuple[str, ...] = ()
) -> RenderableType:
    """The run as pytest lays it out, up to the time, after the audit header; the CLI echoes
    ``report.summary`` last."""
    parts: list[RenderableType] = [_whole(line, style="muted") for line in audit]
    parts.append(_whole(report.collected))
    parts += [
        _whole(f"{line.nodeid} ", (line.status, "ok" if line.passed else "error"))
        for line in report.lines
    ]
    if report.progress is not None:
        parts.append(Text(report.progress))
    if report.failures:
        parts.append(Rule(FAILURES_TITLE))
        for failure in report.failures:
            parts.append(_Heading(failure.nodeid))
            if failure.error:
                parts.append(_whole(failure.error))
            for m in failure.mismatches:
                parts.append(
                    _whole(
                        (m.what, "heading"),
                        f": {P.EXPECTED} ",
                        (m.expected, "ok"),
                        f", {P.GOT} ",
                        (m.got, "error"),
                    )
                )
                parts.append(_whole(f"    {P.TRACE}: {m.trace}", style="muted"))
        parts.append(Rule(SHORT_SUMMARY_TITLE))
        parts += [_whole(line) for line in report.short_summary]
    parts.append(Text(report.time, style="muted"))
    return Group(*parts)


def render_coverage(views: tuple[VersionCoverageView, ...]) -> RenderableType:
    """What the expectations exercise of each version's rules, and what they do not."""
    parts: list[RenderableType] = [Rule(COVERAGE_TITLE)]
    for v in views:
        parts.append(_whole((v.heading, "heading")))
        parts += [_whole(f"  {line}") for line in v.counts]
        parts += [_whole(f"  {line}", style="warning") for line in v.missing]
    return Group(*parts)


def render_frameworks(view: FrameworksView) -> RenderableType:
    """The shipped versions as a table."""
    table = Table(title=view.title, title_justify="left")
    for column in view.columns:
        table.add_column(column, overflow="fold")  # narrow: fold long words, never cut them
    for row in view.rows:
        table.add_row(*row)
    return table


def render_check_diagnostics(checked: CheckedFile) -> RenderableType:
    """The file's diagnostics, each with its source line and a caret."""
    return Text(checked.diagnostics or "")


def render_check_status(checked: CheckedFile) -> RenderableType:
    """``path: ok (...)`` or ``path: failed (...)``."""
    status = (P.CHECK_OK, "ok") if checked.ok else (P.CHECK_FAILED, "error")
    return Text.assemble((f"{checked.path}: ", ""), status, f" ({checked.summary})")
