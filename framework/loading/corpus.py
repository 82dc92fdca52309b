"""Finding the files of a corpus: the inspections `rate` and `compare` read, the expectation
files `test` runs. One discovery serves all three.

A file named on the command line is taken as it is (the loader says what is wrong with it).
A folder is searched, depth first in name order, for files of the kind asked for, recognised
by their ``format:`` line. A file in a folder that cannot be read or is not UTF-8 text cannot
be recognised, so it is returned too, for the loader to report: nothing in a corpus is
skipped without a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ratingbook.framework.compare import Comparison, InspectionComparison, compare_inspection
from ratingbook.framework.errors import InputError, RatingbookError
from ratingbook.framework.loading.frameworks import recorded_under
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.loading.parallel import run_each
from ratingbook.framework.model import Framework


@dataclass(frozen=True, slots=True, kw_only=True)
class Kind:
    """A kind of file in a corpus: what it is called and how it is recognised."""

    name: str  # "inspection", "expectations"
    format: str  # the value of its format: line
    suffixes: tuple[str, ...]

    def marker(self) -> re.Pattern[str]:
        quoted = re.escape(self.format)
        return re.compile(
            rf"""^(?:format:[ \t]*["']?{quoted}["']?[ \t]*(?:\#.*)?|\s*"format"\s*:\s*"{quoted}"\s*,?)$""",
            re.M,
        )


INSPECTIONS: Final = Kind(
    name="inspection", format="ratingbook/inspection-v1", suffixes=(".yaml", ".yml", ".json")
)
EXPECTATIONS: Final = Kind(
    name="expectations", format="ratingbook/expectations-v1", suffixes=(".yaml", ".yml")
)


def is_kind(path: Path, kind: Kind) -> bool | None:
    """Whether a file is of ``kind`` by its format line; None when it cannot be read as text."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return kind.marker().search(text) is not None


def discover(paths: Sequence[str], kind: Kind, *, missing_ok: bool = False) -> list[Path]:
    """The files of ``kind`` named, or found under named folders, in a stable order.

    With ``missing_ok``, a name that does not exist is returned too, for the loader to report
    among the others (``rate`` carries on past a bad file).

    Raises:
        InputError: a path does not exist (without ``missing_ok``).
    """
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if raw == "-":
            found.append(p)
        elif p.is_dir():
            candidates = sorted(
                f for f in p.rglob("*") if f.suffix in kind.suffixes and f.is_file()
            )
            found += [f for f in candidates if is_kind(f, kind) is not False]
        elif p.exists() or missing_ok:
            found.append(p)
        else:
            raise InputError(f"{raw}: no such file or folder")
    return found


def inspections(paths: Sequence[str], *, missing_ok: bool = False) -> list[Path]:
    """Inspection files named, or found under named folders (see :func:`discover`).

    Raises:
        InputError: a path does not exist, or no inspection is found.
    """
    found = discover(paths, INSPECTIONS, missing_ok=missing_ok)
    if not found:
        raise InputError(f"no inspection files found in {', '.join(paths)}")
    return found


def _versions(base: Framework, candidate: Framework) -> tuple[Framework, Framework]:
    return base, candidate


def _compare_file(versions: tuple[Framework, Framework], path: Path) -> InspectionComparison:
    try:
        inspection = load_inspection(str(path))
    except RatingbookError as err:
        return InspectionComparison(path=str(path), service="", error=err.format_message())
    return compare_inspection(*versions, inspection, recorded_under=recorded_under(inspection))


def compare_each(
    base: Framework, candidate: Framework, paths: Sequence[Path], *, jobs: int | None = None
) -> Iterator[InspectionComparison]:
    """Each inspection file compared under both versions, in order, on ``jobs`` processes
    (None: every core); a file that cannot be read or rated is an entry with its error."""
    return run_each(_compare_file, paths, setup=_versions, args=(base, candidate), jobs=jobs)


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
