"""What each command hands to :func:`ratingbook.framework.emit.emit`: one record per kind of
output, holding the analysis it shows and the choices that shape it, and nothing decided
about any format.

A kind's name (``KIND``) is what the registry lists formats under, so that a command's
``--format`` choices, its help and shell completion come from what its document can be
emitted as. The records only name their parts' types, so importing this module (as the
command line does for its options) loads none of the analyses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal

from ratingbook._record import record

if TYPE_CHECKING:
    from ratingbook.framework.checker import CheckResult
    from ratingbook.framework.compare import InspectionComparison, Tally
    from ratingbook.framework.contents import Contents
    from ratingbook.framework.coverage import VersionCoverage
    from ratingbook.framework.diff import Diff
    from ratingbook.framework.expectations import Outcome
    from ratingbook.framework.explain import Explanation
    from ratingbook.framework.model import Framework
    from ratingbook.framework.result import Result
    from ratingbook.framework.views.handbook import HandbookView
    from ratingbook.framework.views.reports import Version
    from ratingbook.framework.views.sampling import SamplePlanView

Labelled = Sequence[tuple[str, "Framework"]]


@record
class Ratings:
    """``rate``: one inspection's ratings."""

    KIND: ClassVar[str] = "rate"
    result: Result


@record
class RatingsList:
    """``rate`` over many inspections: each one's ratings as its worker process emitted them
    (a :class:`Ratings` in the same format), in order, as they come."""

    KIND: ClassVar[str] = "rate"
    emitted: Iterable[str]


@record
class Explained:
    """``explain``: why the ratings are what they are, cut as asked."""

    KIND: ClassVar[str] = "explain"
    explanation: Explanation
    snippets: bool = True  # the framework text of each deciding rule
    only: Literal["limiting"] | None = None
    depth: int | None = None


@record
class Changes:
    """``diff``: what one version changes from another."""

    KIND: ClassVar[str] = "diff"
    diff: Diff
    versions: Labelled  # (("old", ...), ("new", ...))
    summary: bool = False


@record
class Listing:
    """``show``: a version as merged."""

    KIND: ClassVar[str] = "show"
    contents: Contents
    versions: Labelled


@record
class SamplePlan:
    """``sample-size``: the cases each sampled domain needs."""

    KIND: ClassVar[str] = "sample-size"
    plan: SamplePlanView
    versions: Labelled


@record
class ShippedVersions:
    """``frameworks``: the shipped versions."""

    KIND: ClassVar[str] = "frameworks"
    entries: Sequence[Version]
    repository: bool = False  # inside a framework repository: its own versions are listed too


@record
class CheckedFiles:
    """``check``: framework files checked, each as (the name it is shown by, the result)."""

    KIND: ClassVar[str] = "check"
    files: Iterable[tuple[str, CheckResult]]  # checked as they are written
    strict: bool = False


@record
class Handbook:
    """``publish``: a version as a handbook for readers."""

    KIND: ClassVar[str] = "publish"
    view: HandbookView


@dataclass(slots=True, kw_only=True)
class ComparisonRun:
    """``compare``: every inspection of a corpus under two versions, as each is done.

    Not frozen: the inspections come one at a time from worker processes, and the emitter
    that writes them adds each to ``tally``, which the command reads afterwards for its
    exit status."""

    KIND: ClassVar[str] = "compare"
    base: Framework
    candidate: Framework
    stream: Iterator[InspectionComparison]
    tally: Tally | None = None

    def each(self) -> Iterator[InspectionComparison]:
        """The inspections as they come, each counted."""
        from ratingbook.framework.compare import Tally

        self.tally = Tally()
        for i in self.stream:
            self.tally = self.tally.add(i)
            yield i


@record
class ExpectationRun:
    """``test``: a run of expectation files: every outcome, in the order run, how long it
    took, and (``--coverage``) what the passing ones exercise of each version's rules."""

    KIND: ClassVar[str] = "test"
    outcomes: Sequence[Outcome]
    seconds: float
    verbose: bool = False
    coverage: Sequence[VersionCoverage] | None = None
    names: Sequence[str] = field(default=())  # the paths the run was given


Document = (
    Ratings
    | RatingsList
    | Explained
    | Changes
    | Listing
    | SamplePlan
    | ShippedVersions
    | CheckedFiles
    | Handbook
    | ComparisonRun
    | ExpectationRun
)
