"""Finding the files of a corpus: the inspections `rate` and `compare` read, the expectation
files `test` runs. One discovery serves all three.

A file named on the command line is taken as it is (the loader says what is wrong with it).
A folder is searched, depth first in name order, for files of the kind asked for, recognised
by their ``format:`` line wherever it is. A file in a folder that cannot be read, is not UTF-8
text, or declares no known format cannot be recognised, so it is returned too, for the loader
to report: nothing in a corpus is skipped without a word. Only files that declare another
known format (an expectations file among inspections) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ratingbook.framework.compare import Comparison, InspectionComparison, compare_inspection
from ratingbook.framework.errors import InputError, RatingbookError
from ratingbook.framework.loading import files, readers
from ratingbook.framework.loading.frameworks import recorded_under
from ratingbook.framework.loading.parallel import run_each
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.model import Framework


@dataclass(frozen=True, slots=True, kw_only=True)
class Kind:
    """A kind of file in a corpus: what it is called and how it is recognised."""

    name: str  # "inspection", "expectations"
    format: str  # the value of its format: line
    suffixes: tuple[str, ...]


INSPECTIONS: Final = Kind(
    name="inspection", format="ratingbook/inspection-v1", suffixes=(".yaml", ".yml", ".json")
)
EXPECTATIONS: Final = Kind(
    name="expectations", format="ratingbook/expectations-v1", suffixes=(".yaml", ".yml")
)
KINDS: Final = (INSPECTIONS, EXPECTATIONS)
# Where a folder may hold files of either kind: the suffixes that are looked at.
_SUFFIXES: Final = frozenset(suffix for kind in KINDS for suffix in kind.suffixes)

# A format key and its value: at the start of a line (block YAML, after any header comment),
# else anywhere (flow YAML, JSON on one line), quoted or not.
_TOP_FORMAT: Final = re.compile(
    r"""^["']?format["']?[ \t]*:[ \t]*["']?(ratingbook/[A-Za-z0-9_.-]+)""", re.M
)
_FORMAT: Final = re.compile(
    r"""(?:^|[{,\s])["']?format["']?[ \t]*:[ \t]*["']?(ratingbook/[A-Za-z0-9_.-]+)""", re.M
)


def format_of(path: Path) -> str | None:
    """The ``format:`` a file declares (the first one), "" when it declares none, None when it
    cannot be read as text (too large, unreadable, not UTF-8, not a regular file)."""
    try:
        data = files.read_bytes(path, str(path))
        text = data.decode("utf-8-sig")
    except (InputError, UnicodeDecodeError):
        return None
    # A top-level key at the start of a line first: an inline document's format, or one in a
    # comment, comes after it.
    match = _TOP_FORMAT.search(text) or _FORMAT.search(text)
    return match.group(1) if match else ""


def is_kind(path: Path, kind: Kind) -> bool | None:
    """Whether a file is of ``kind`` by its format line; None when it cannot be read as text."""
    found = format_of(path)
    return None if found is None else found == kind.format


def _wanted(path: Path, kind: Kind) -> bool:
    """Whether a file found in a folder is returned for the loader: one of ``kind``, and any
    file that is of no known kind or cannot be read (the loader says what is wrong with it).
    Only a file of another known kind (an expectations file among inspections) is left out."""
    if path.suffix not in kind.suffixes:
        return False
    found = format_of(path)
    return not any(found == other.format for other in KINDS if other is not kind)


def discover(paths: Sequence[str], kind: Kind, *, missing_ok: bool = False) -> list[Path]:
    """The files of ``kind`` named, or found under named folders, in a stable order.

    In a folder, every file with one of the kind's suffixes is returned unless it declares
    another known format: a file that cannot be read, is not UTF-8, declares no format or an
    unknown one is returned too, so that the loader reports it and the command counts it as
    an error. Nothing in a corpus is skipped without a word.

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
            candidates = sorted(f for f in p.rglob("*") if f.suffix in _SUFFIXES and not f.is_dir())
            found += [f for f in candidates if _wanted(f, kind)]
        elif p.exists() or p.is_symlink() or missing_ok:
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


def expand(paths: Sequence[Path | Entry]) -> list[Entry]:
    """Each inspection of the files named: a YAML or JSON file is one, a table each of its
    inspections (a table is read here, once, so that worker processes share the reading)."""
    out: list[Entry] = []
    for p in paths:
        out += [p] if isinstance(p, Entry) else readers.entries(str(p))
    return out


@dataclass(frozen=True, slots=True)
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
    return run_each(
        _compare_file, expand(paths), setup=_versions, args=(base, candidate), jobs=jobs
    )


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
