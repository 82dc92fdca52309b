"""A corpus of inspections compared under two versions: each file found and read (loading),
each inspection compared (:func:`ratingbook.framework.compare.compare_inspection`), on
``jobs`` worker processes, in order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ratingbook._record import record
from ratingbook.framework.compare import Comparison, InspectionComparison, compare_inspection
from ratingbook.framework.errors import RatingbookError
from ratingbook.framework.loading import readers
from ratingbook.framework.loading.corpus import expand, inspections
from ratingbook.framework.loading.frameworks import recorded_under
from ratingbook.framework.loading.parallel import run_each
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.loading.table import collector_paused
from ratingbook.framework.model import Framework


@record(kw_only=False)
class _Versions:
    """What each worker of a comparison holds: the two versions, and the version each
    inspection was recorded under, found once per framework reference it names."""

    base: Framework
    candidate: Framework
    recorded: dict[tuple[str | None, str | None, str], Framework | None]


def _versions(base: Framework, candidate: Framework) -> _Versions:
    return _Versions(base, candidate, {})


def _compare_file(versions: _Versions, found: Entry) -> InspectionComparison:
    try:
        inspection = readers.load(found)
    except RatingbookError as err:
        return InspectionComparison(path=found.shown, service="", error=err.format_message())
    # The version a reference names is the same for every inspection naming it from the same
    # folder: found once per run, not hashed again for each of a table's inspections.
    ref = (inspection.framework, inspection.fieldwork, str(Path(inspection.path).parent))
    if ref not in versions.recorded:
        versions.recorded[ref] = recorded_under(inspection)
    # The comparison's objects are young for as long as it takes: a collection in the middle
    # of it walks them and moves them on for nothing (it frees nothing they do not free when
    # it ends). The collector runs as usual between comparisons.
    with collector_paused():
        return compare_inspection(
            versions.base, versions.candidate, inspection, recorded_under=versions.recorded[ref]
        )


def compare_each(
    base: Framework,
    candidate: Framework,
    paths: Sequence[Path | Entry],
    *,
    jobs: int | None = None,
) -> Iterator[InspectionComparison]:
    """Each inspection of the files compared under both versions, in order, on ``jobs``
    processes (None: every core); a file or inspection that cannot be read or rated is an
    entry with its error."""
    found = expand(paths)
    return run_each(
        _compare_file,
        found,
        setup=_versions,
        args=(base, candidate),
        jobs=jobs,
        lost=_compare_lost,
        together=readers.together_for(found),
    )


def _compare_lost(found: Entry, why: str) -> InspectionComparison:
    """The entry of an inspection whose worker process died while comparing it."""
    return InspectionComparison(path=found.shown, service="", error=f"error: {found.shown}: {why}")


def compare(
    base: Framework, candidate: Framework, paths: Sequence[str], *, jobs: int | None = 1
) -> Comparison:
    """A corpus (inspection files, or folders holding them) compared under two versions."""
    return Comparison(
        base=base.id,
        candidate=candidate.id,
        base_path=base.path,
        candidate_path=candidate.path,
        inspections=tuple(compare_each(base, candidate, inspections(paths), jobs=jobs)),
    )
