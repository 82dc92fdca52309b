"""A run of expectation files in no format: what ``ratingbook test`` found, expectation by
expectation. It is the one record of a run that every format reads: the text report (in
pytest's layout, :func:`ratingbook.framework.views.reports.expectations_report` and
``expectations_audit``), and the JSON and JUnit XML a CI server reads.

Each expectation file is a suite and each expectation a case, as pytest writes a test module
and its tests. An expectation passes, fails (a figure is not what it says, or a refusal it
expects did not come) or is an error (it could not be rated, or is itself wrong).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from ratingbook._record import record
from ratingbook.framework.expectations import Outcome
from ratingbook.framework.model import Framework
from ratingbook.framework.phrase import Phrase
from ratingbook.framework.result import FileDigest, framework_files, ratingbook_version
from ratingbook.framework.views import phrases
from ratingbook.framework.views.phrases import say

Status = Literal["passed", "failed", "error"]


@record
class MismatchRecord:
    """A figure that is not what the expectation says, and the trace behind it."""

    what: str  # standards."2.4".rating
    expected: Any  # as the expectation file gives it (JSON data), or words
    got: Any
    trace: str


@record
class CaseRecord:
    """One expectation and how it came out."""

    name: str
    nodeid: str  # FILE::NAME, as the text report names it
    framework: str | None  # the version it was rated under (None: not rated)
    inspection: str | None  # the data file rated (None: inline data, or not rated)
    status: Status
    invalid: bool  # the expectation itself is wrong (the command exits 2)
    message: str | None  # one line: the first mismatch, or the first line of the error
    error: str | None  # the whole error message
    mismatches: tuple[MismatchRecord, ...]
    seconds: float

    @property
    def passed(self) -> bool:
        return self.status == "passed"


@record
class SuiteRecord:
    """One expectation file's expectations."""

    file: str
    sha256: str | None
    cases: tuple[CaseRecord, ...]

    def count(self, status: Status) -> int:
        return sum(c.status == status for c in self.cases)

    @property
    def seconds(self) -> float:
        return sum(c.seconds for c in self.cases)


@record
class TestRunView:
    """A run: its suites in the order run, the totals, and what it was made from."""

    __test__ = False  # not a pytest class, whatever its name

    suites: tuple[SuiteRecord, ...]
    seconds: float
    ratingbook: str
    frameworks: tuple[tuple[str, tuple[FileDigest, ...]], ...]  # each version rated under
    data: tuple[FileDigest, ...]  # each data file rated

    def count(self, status: Status) -> int:
        return sum(s.count(status) for s in self.suites)

    @property
    def tests(self) -> int:
        return sum(len(s.cases) for s in self.suites)


def _status(o: Outcome) -> Status:
    if o.error is not None:
        return "error"
    return "failed" if o.mismatches else "passed"


def _message(o: Outcome) -> str | None:
    if o.error is not None:
        lines = o.error.strip().splitlines()
        return lines[0] if lines else phrases.NOT_RATED_AT_ALL
    if o.mismatches:
        m = o.mismatches[0]
        return phrases.test_mismatch(
            what=m.what, expected=repr(_shown(m.expected)), got=repr(_shown(m.got))
        )
    return None


def _shown(value: Any) -> Any:
    """An expected or found value: data as it is, a phrase (``no such standard``) in words."""
    return say(value) if isinstance(value, Phrase) else value


def _case(o: Outcome) -> CaseRecord:
    r = o.result
    data = r.audit.data.path if r is not None else None
    return CaseRecord(
        name=o.expectation.name,
        nodeid=o.expectation.nodeid,
        framework=r.framework.id if r is not None else None,
        inspection=data if data is not None and not data.startswith("<") else None,
        status=_status(o),
        invalid=o.invalid,
        message=_message(o),
        error=o.error,
        mismatches=tuple(
            MismatchRecord(
                what=m.what,
                expected=_shown(m.expected),
                got=_shown(m.got),
                trace=say(m.trace),
            )
            for m in o.mismatches
        ),
        seconds=o.seconds,
    )


def test_run_view(outcomes: Sequence[Outcome], seconds: float) -> TestRunView:
    """What a run found, file by file, in the order run."""
    suites: dict[str, list[Outcome]] = {}
    for o in outcomes:
        suites.setdefault(o.expectation.shown, []).append(o)
    versions: dict[str, Framework] = {}
    data: dict[str, FileDigest] = {}
    for o in outcomes:
        if o.result is not None:
            versions.setdefault(o.result.framework.id, o.result.framework)
            d = o.result.audit.data
            if not d.path.startswith("<"):
                data.setdefault(d.path, d)
    return TestRunView(
        suites=tuple(
            SuiteRecord(file=file, sha256=run[0].expectation.sha256, cases=tuple(map(_case, run)))
            for file, run in suites.items()
        ),
        seconds=seconds,
        ratingbook=ratingbook_version(),
        frameworks=tuple((i, framework_files(fw)) for i, fw in sorted(versions.items())),
        data=tuple(data.values()),
    )


test_run_view.__test__ = False  # type: ignore[attr-defined]
