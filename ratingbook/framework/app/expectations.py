"""Running expectation files (``ratingbook test``): found under the paths given, read, each
test's inspection read and rated under its version, and the result judged by
:mod:`ratingbook.framework.expectations`, which does no file I/O of its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source
from ratingbook.framework import codes, registry
from ratingbook.framework.errors import DiagnosticsError, InputError, RatingbookError
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.expectations import (
    FORMAT,
    Expectation,
    Outcome,
    outcome,
    parse,
)
from ratingbook.framework.loading import corpus, files, readers
from ratingbook.framework.loading.frameworks import framework_for, load_framework, recorded_under
from ratingbook.framework.loading.inspections import load_inspection_text
from ratingbook.framework.loading.yaml_guard import load_yaml
from ratingbook.framework.messages import shown_value
from ratingbook.framework.result import Result, text_digest


def discover(paths: Sequence[str]) -> list[Path]:
    """Expectation files named, or found under named folders (by their format line).

    Raises:
        InputError: a path does not exist, or a file named is not an expectations file.
    """
    found = corpus.discover(paths, corpus.EXPECTATIONS)
    for raw in paths:
        p = Path(raw)
        try:
            named_file = p.is_file()
        except OSError:  # cannot be looked at: reported when it is read
            named_file = False
        if named_file and corpus.is_kind(p, corpus.EXPECTATIONS) is False:
            raise InputError(f"{raw}: not an expectations file (it has no 'format: {FORMAT}')")
    return found


def load(path: Path) -> list[Expectation]:
    """The expectations of one file, checked for shape.

    Raises:
        InputError: the file cannot be read, is not YAML, or is not an expectations file.
    """
    # Read as every file is (size, UTF-8, control characters), then as YAML with no endless
    # aliases or deep nesting; every refusal names the line and column.
    shown = registry.display_path(path)
    text = files.read_text(path, shown, what="an expectations file")
    return parse(load_yaml(Source(shown, text)), path, shown, text_digest(text))


def _framework_ref(e: Expectation) -> str | None:
    if not e.framework:
        return None
    candidate = e.file.parent / e.framework
    return (
        str(candidate) if e.framework.endswith(".framework") and candidate.exists() else e.framework
    )


def result_for(e: Expectation) -> Result:
    """The result a test's inspection is rated to under its version (both read here).

    Raises:
        RatingbookError: the inspection or the version cannot be read, or the data is refused.
    """
    if isinstance(e.inspection, dict):
        # Read from the expectations file itself, so that messages give its own lines.
        text = files.read_text(e.file, e.shown, what="an expectations file")
        inspection = load_inspection_text(text, e.shown, ("tests", e.index, "inspection"))
    elif not isinstance(e.inspection, str) or not e.inspection.strip():
        raise _misplaced_inspection(e)
    else:
        # A file, or one inspection of a long table (table.csv#derby-2018).
        found = readers.entry(str(e.file.parent / e.inspection))
        try:
            there = Path(found.path).is_file()
        except OSError:  # a folder on the way cannot be searched: the reader says so
            there = True
        if not there:
            raise InputError(
                f"{found.path}: no such inspection file (tests[{e.index}].inspection in "
                f"{e.shown}; a relative path is read from the expectations file's folder)"
            )
        inspection = readers.load(found)
    ref = _framework_ref(e)
    fw = load_framework(ref, e.file.parent) if ref else framework_for(inspection, None)
    return evaluate(fw, inspection, recorded_under=recorded_under(inspection) if ref else None)


def _misplaced_inspection(e: Expectation) -> RatingbookError:
    """An ``inspection:`` that is neither a file nor inline data, at its place in the file."""
    from ratingbook.framework.loading.yaml_guard import span_of

    given = e.inspection
    what = (
        "is empty"
        if isinstance(given, str) or given is None
        else f"is {shown_value(given) if not isinstance(given, list) else 'a list'}"
    )
    message = (
        f"tests[{e.index}].inspection {what}: give the path of an inspection file (relative "
        "to this file), or the inspection data itself as a mapping"
    )
    try:
        text = files.read_text(e.file, str(e.file), what="an expectations file")
    except RatingbookError:
        return InputError(f"{e.file}: {message}")
    source = Source(str(e.file), text)
    span = span_of(source, ("tests", e.index, "inspection"))
    if span is None:
        return InputError(f"{e.file}: {message}")
    return DiagnosticsError(
        [Diagnostic.error(codes.INPUT_DATA, message, span)], {source.path: source}
    )


def run(e: Expectation) -> Outcome:
    """One test: its data read and rated, and the result judged."""
    try:
        rated: Result | RatingbookError = result_for(e)
    except RatingbookError as err:
        rated = err
    return outcome(e, rated)


def collect(paths: Sequence[str]) -> Iterator[Expectation]:
    for path in discover(paths):
        yield from load(path)


def run_all(
    paths: Sequence[str], *, advance: Callable[[], None] | None = None
) -> tuple[list[Outcome], float]:
    """Every expectation of every file, run. A file found in a folder that cannot be loaded
    (unreadable, not an expectations file, malformed) is an invalid outcome of its own, so
    the other files still run and the command still exits 2; a file named on its own that
    cannot be loaded stops the command with its message, as before. ``advance`` is called
    as each file is done (the CLI's progress line)."""
    start = time.perf_counter()
    named = {Path(p) for p in paths}
    outcomes: list[Outcome] = []
    for path in discover(paths):
        try:
            expectations = load(path)
        except RatingbookError as err:
            if path in named:
                raise
            whole = Expectation(
                path, 0, "(the file)", "", "", {}, display=registry.display_path(path)
            )
            outcomes.append(Outcome(whole, error=err.format_message(), invalid=True))
        else:
            for e in expectations:
                began = time.perf_counter()
                done = run(e)
                done.seconds = time.perf_counter() - began
                outcomes.append(done)
        if advance is not None:
            advance()
    return outcomes, time.perf_counter() - start
