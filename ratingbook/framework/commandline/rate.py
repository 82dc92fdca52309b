"""``ratingbook rate``: what the command does once its arguments are read, whichever parser
read them (the fast one of :mod:`ratingbook.framework.commandline.fast`, or click in
``cli.py``, whose ``rate`` command calls :func:`rate`), and what its worker processes run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ratingbook._record import record
from ratingbook.framework.commandline.output import Output, _print_error
from ratingbook.framework.commandline.running import UsageProblem, plural

if TYPE_CHECKING:
    from ratingbook.framework.loading.readers import Entry
    from ratingbook.framework.render.theme import ConsoleSettings
    from ratingbook.framework.result import Result


def _rated(path: str | Entry, framework: str | None) -> Result:
    from ratingbook.framework import api

    inspection = api.load_inspection(path if isinstance(path, str) else path.shown)
    # Under a version the data does not name, what it cannot give is undetermined.
    own = api.recorded_under(inspection) if framework else None
    return api.evaluate(api.framework_for(inspection, framework), inspection, recorded_under=own)


@record
class _RateJob:
    """What each worker of a ``rate`` over many files needs to know."""

    framework: str | None
    fmt: str
    console: ConsoleSettings | None


def _render_rating(result: Result, fmt: str, console: ConsoleSettings | None) -> str:
    """One inspection's ratings as its emitter writes them (in a worker process), for the
    command to write out unchanged."""
    import io

    from ratingbook.framework.emit import emit
    from ratingbook.framework.emit.documents import Ratings
    from ratingbook.framework.emit.text import ConsolesOver

    buffer = io.StringIO()
    shown = ConsolesOver(buffer, console) if console is not None else None
    emit(Ratings(result=result), fmt, buffer, consoles=shown)
    if shown is not None:
        shown.flush()
    return buffer.getvalue()


def _rate_setup(job: _RateJob) -> _RateJob:
    return job


def _rate_file(job: _RateJob, found: Entry) -> tuple[bool, str, int, bool]:
    """Rate and render one inspection: (rated, what to print, exit status, whether it is
    located)."""
    from ratingbook.framework.errors import DiagnosticsError, RatingbookError

    try:
        result = _rated(found, job.framework)
    except RatingbookError as err:
        return False, err.format_message(), err.exit_code, isinstance(err, DiagnosticsError)
    return True, _render_rating(result, job.fmt, job.console), 0, False


def _rate_lost(found: Entry, why: str) -> tuple[bool, str, int, bool]:
    """What is said of an inspection whose worker process died while rating it."""
    return False, f"error: {found.shown}: {why}", 2, False


def rate(
    out: Output, inspections: Sequence[str], framework: str | None, fmt: str, jobs: int | None
) -> None:
    """Rate inspections (YAML or JSON files, long tables, or folders of them; '-' reads stdin)."""
    from ratingbook.framework.emit import one_document, uses_console
    from ratingbook.framework.emit.documents import Ratings, RatingsList
    from ratingbook.framework.errors import InputError
    from ratingbook.framework.loading import readers

    html_once = f"--format {fmt} writes one self-contained report: give one inspection at a time"
    if one_document(fmt) and len(inspections) > 1:
        raise UsageProblem(html_once)
    only = inspections[0]
    found: list[Entry] | None = None
    if len(inspections) == 1 and (only == "-" or not os.path.isdir(only)):
        # A table named alone is each of its inspections; anything else is one.
        found = readers.entries(only)
    if found is not None and len(found) == 1:
        # One inspection: its problem is the command's, with that problem's exit status.
        out.emit(Ratings(result=_rated(found[0], framework)), fmt)
        return
    from ratingbook.framework.loading.corpus import expand
    from ratingbook.framework.loading.corpus import inspections as find
    from ratingbook.framework.loading.parallel import run_each

    paths = found if found is not None else expand(find(inspections, missing_ok=True))
    if one_document(fmt) and len(paths) > 1:
        raise UsageProblem(html_once)
    if "-" in inspections:
        jobs = 1  # standard input is this process's to read
    job = _RateJob(
        framework=framework, fmt=fmt, console=out.settings() if uses_console(fmt) else None
    )
    bad = 0

    def rated() -> Iterator[str]:
        nonlocal bad
        with out.progress(len(paths), "rating") as advance:
            for ok, shown, status, located in run_each(
                _rate_file,
                paths,
                setup=_rate_setup,
                args=(job,),
                jobs=jobs,
                lost=_rate_lost,
                together=readers.together_for(paths),
            ):
                advance()
                if ok:
                    yield shown
                else:
                    bad += 1
                    _print_error(out.err, shown, status, located)

    out.emit(RatingsList(emitted=rated()), fmt)
    if bad:
        raise InputError(
            f"{bad} of {plural(len(paths), 'inspection')} could not be rated (see above)"
        )
