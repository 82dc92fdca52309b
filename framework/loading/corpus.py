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

import os
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
    Only a file of another known kind (an expectations file among inspections) is left out.
    Suffixes match whatever their case (``.YAML``, ``.Json``)."""
    if path.suffix.lower() not in kind.suffixes:
        return False
    found = format_of(path)
    return not any(found == other.format for other in KINDS if other is not kind)


def _walk(folder: Path, seen: set[str]) -> Iterator[tuple[Path, bool]]:
    """Every file under a folder, depth first in name order, links to folders followed (each
    folder once, so a loop of links ends). A folder that cannot be listed is given itself, so
    that the loader reports it: nothing under it is lost without a word."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(folder) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError:
        yield folder, True
        return
    for name in names:
        path = folder / name
        try:
            is_folder = path.is_dir()
        except OSError:  # a name that cannot be looked at: the loader says why
            is_folder = False
        if is_folder:
            yield from _walk(path, seen)
        else:
            yield path, False


def _is_folder(path: Path) -> bool:
    """Whether a path names a folder; False when it cannot be looked at (the loader says why)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def discover(paths: Sequence[str], kind: Kind, *, missing_ok: bool = False) -> list[Path]:
    """The files of ``kind`` named, or found under named folders, in a stable order.

    In a folder, every file with one of the kind's suffixes (whatever their case) is returned
    unless it declares another known format: a file that cannot be read, is not UTF-8,
    declares no format or an unknown one is returned too, and so is a folder that cannot be
    listed, so that the loader reports it and the command counts it as an error. Nothing in a
    corpus is skipped without a word.

    With ``missing_ok``, a name that does not exist is returned too, for the loader to report
    among the others (``rate`` carries on past a bad file).

    Raises:
        InputError: a path is empty, or does not exist (without ``missing_ok``).
    """
    found: list[Path] = []
    seen: set[str] = set()
    for raw in paths:
        if not raw.strip():
            raise InputError(
                f"{raw!r}: an empty path; name an inspection file or a folder ('-' reads "
                "standard input)"
            )
        p = Path(raw)
        if raw == "-":
            found.append(p)
        elif _is_folder(p):
            found += [f for f, unlisted in _walk(p, seen) if unlisted or _wanted(f, kind)]
        elif os.path.lexists(p) or missing_ok or _unreachable(p):
            found.append(p)
        else:
            raise InputError(f"{raw}: no such file or folder")
    return found


def _unreachable(path: Path) -> bool:
    """Whether a path cannot be looked at (a folder on its way cannot be searched, a loop of
    links): it is given to the loader, which says so."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True
    return False


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
        _compare_file,
        expand(paths),
        setup=_versions,
        args=(base, candidate),
        jobs=jobs,
        lost=_compare_lost,
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
