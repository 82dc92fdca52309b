"""What the ``test``, ``frameworks`` and ``check`` commands report, decided apart from printing.

- :func:`expectations_report`: a run of expectation files, in pytest's layout: what was
  collected, one line (or one character) per expectation, each failure with its mismatches
  and traces, the short summary, the time and the last line CI tools read.
- :func:`coverage_view`: what the expectations exercise of each version's rules
  (``test --coverage``).
- :func:`frameworks_view`: the shipped framework versions as a table.
- :func:`checked_file`: one framework file checked: ok with what it holds, or failed with
  how many errors and warnings, and the diagnostics.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Protocol

from ratingbook._record import record
from ratingbook.dsl import render_diagnostics
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.coverage import KINDS, VersionCoverage
from ratingbook.framework.views import phrases
from ratingbook.framework.views.common import file_shown, version_files
from ratingbook.framework.views.testrun import TestRunView

# ---------------------------------------------------------------------------- test

FAILURES_TITLE: Final = phrases.FAILURES_TITLE
SHORT_SUMMARY_TITLE: Final = phrases.SHORT_SUMMARY_TITLE


@record
class ExpectationLine:
    """An expectation and whether it passed (``-v``: one line each)."""

    nodeid: str
    passed: bool
    status: str  # PASSED | FAILED


@record
class MismatchView:
    """A figure that is not what the expectation says, and the trace behind the figure."""

    what: str  # e.g. standards."2.4".rating
    expected: str  # as Python writes it: 'Good', 24, None
    got: str
    trace: str


@record
class FailureView:
    """A failed expectation: why it could not be rated, or what did not match."""

    nodeid: str
    error: str | None
    mismatches: tuple[MismatchView, ...]


@record
class ExpectationsReport:
    """A run of expectation files, as ``ratingbook test`` reports it."""

    collected: str  # "collected 11 expectations"
    lines: tuple[ExpectationLine, ...]  # one per expectation with ``-v``; else none
    progress: str | None  # without ``-v``: "." for each that passed, "F" for each that failed
    failures: tuple[FailureView, ...]
    short_summary: tuple[str, ...]  # "FAILED nodeid - the first mismatch"
    time: str  # "in 0.34s"
    summary: str  # the last line: "9 passed, 2 failed"
    failed: int


def expectations_audit(run: TestRunView) -> tuple[str, ...]:
    """The audit header of a test run: the ratingbook version, every framework version rated
    under with its files' hashes, each expectation file's hash and each data file's hash (data
    written inline in an expectation file is covered by that file's hash)."""
    lines = [f"ratingbook {run.ratingbook}"]
    for _, files in run.frameworks:
        shown = (file_shown(f.path, f.sha256, f.id) for f in files)
        lines += [f.line for f in version_files("framework", shown)]
    lines += [f"expectations {file_shown(s.file, s.sha256).words}" for s in run.suites]
    lines += [f"data {file_shown(d.path, d.sha256).words}" for d in run.data]
    return tuple(lines)


def expectations_report(run: TestRunView, *, verbose: bool) -> ExpectationsReport:
    """What ``ratingbook test`` reports of a run (the neutral record the JSON and JUnit XML
    emitters read too)."""
    cases = [c for s in run.suites for c in s.cases]
    failed = [c for c in cases if not c.passed]
    return ExpectationsReport(
        collected=phrases.collected(expectations=len(cases)),
        lines=tuple(
            ExpectationLine(
                nodeid=c.nodeid, passed=c.passed, status="PASSED" if c.passed else "FAILED"
            )
            for c in cases
        )
        if verbose
        else (),
        progress=None if verbose else "".join("." if c.passed else "F" for c in cases),
        failures=tuple(
            FailureView(
                nodeid=c.nodeid,
                error=c.error,
                mismatches=tuple(
                    MismatchView(
                        what=m.what,
                        expected=repr(m.expected),
                        got=repr(m.got),
                        trace=m.trace,
                    )
                    for m in c.mismatches
                ),
            )
            for c in failed
        ),
        short_summary=tuple(
            phrases.failed_line(
                nodeid=c.nodeid, what=c.mismatches[0].what if c.mismatches else None
            )
            for c in failed
        ),
        time=phrases.run_time(seconds=run.seconds),
        summary=phrases.run_summary(passed=len(cases) - len(failed), failed=len(failed)),
        failed=len(failed),
    )


# ---------------------------------------------------------------------------- test --coverage

COVERAGE_TITLE: Final = phrases.COVERAGE_TITLE


@record
class VersionCoverageView:
    """One version's rules: how many of each kind the expectations exercise, and the rest."""

    heading: str  # "yot-2020: 30 of 30 exercised"
    counts: tuple[str, ...]  # "band edges: 6 of 6", ...
    missing: tuple[str, ...]  # "band edge 49% (Inadequate), just below ...  file:line"


def coverage_view(found: Iterable[VersionCoverage]) -> tuple[VersionCoverageView, ...]:
    """What ``ratingbook test --coverage`` shows of each version the tests rated under."""
    out = []
    for c in found:
        total = len(c.targets)
        done = total - len(c.missing)
        out.append(
            VersionCoverageView(
                heading=phrases.coverage_heading(
                    version=c.version, done=done, total=total, complete=c.complete
                ),
                counts=tuple(
                    phrases.coverage_count(kind=kind, done=n, of=of)
                    for kind in KINDS
                    for n, of in (c.count(kind),)
                    if of
                ),
                missing=tuple(
                    phrases.not_exercised(kind=t.kind, label=t.label, where=t.where)
                    for t in c.missing
                ),
            )
        )
    return tuple(out)


# ---------------------------------------------------------------------------- frameworks


@record
class FrameworksView:
    """The shipped framework versions as a table."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class Version(Protocol):
    """What the table reads of a shipped version (the registry's entries have it)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def effective_from(self) -> str | None: ...
    @property
    def effective_until(self) -> str | None: ...
    @property
    def based_on(self) -> str | None: ...
    @property
    def file(self) -> str: ...


def frameworks_view(entries: Iterable[Version], repository: bool = False) -> FrameworksView:
    """The versions known by id: id, title, dates, the version each is based on, and its file
    (``repository``: the framework repository's versions are among them)."""
    return FrameworksView(
        title=phrases.FRAMEWORKS_TITLE_REPOSITORY if repository else phrases.FRAMEWORKS_TITLE,
        columns=phrases.FRAMEWORKS_COLUMNS,
        rows=tuple(
            (
                e.id,
                e.title,
                e.effective_from or "",
                e.effective_until or "",
                e.based_on or "",
                e.file,
            )
            for e in entries
        ),
    )


# ---------------------------------------------------------------------------- check


@record
class CheckedFile:
    """One framework file checked: whether it passed, what it holds or what is wrong."""

    path: str  # as shipped files show (``standards/yot/2020.framework``), else as given
    ok: bool
    summary: str  # "yot-2020: 3 domains, 12 standards, ..." or "2 errors, 0 warnings"
    diagnostics: str | None  # each diagnostic with its source line, as ``file:line:col: ...``


def passes(result: CheckResult, *, strict: bool) -> bool:
    """Whether a checked file passes: no errors, and with ``strict`` no warnings either."""
    warnings = sum(not d.is_error for d in result.diagnostics)
    return result.framework is not None and not (strict and warnings)


def checked_file(path: str, result: CheckResult, *, strict: bool) -> CheckedFile:
    """The report on the framework file shown as ``path``; with ``strict``, a warning fails it."""
    errors = sum(d.is_error for d in result.diagnostics)
    warnings = len(result.diagnostics) - errors
    fw = result.framework
    ok = fw is not None and not (strict and warnings)
    if fw is not None and ok:
        n_std = sum(1 for _ in fw.standards())
        n_kq = sum(1 for _ in fw.key_questions())
        n_pr = sum(1 for _ in fw.prompts())
        summary = phrases.checked_summary(
            id=fw.id,
            domains=len(fw.domains),
            standards=n_std,
            key_questions=n_kq,
            prompts=n_pr,
            warnings=warnings,
        )
    else:
        summary = phrases.checked_errors(errors=errors, warnings=warnings)
    return CheckedFile(
        path=path,
        ok=ok,
        summary=summary,
        diagnostics=render_diagnostics(result.diagnostics, result.sources)
        if result.diagnostics
        else None,
    )
