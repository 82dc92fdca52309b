"""Finding the files of a corpus: the inspections `rate` and `compare` read, the expectation
files `test` runs. One discovery serves all three (comparing a corpus is
:mod:`ratingbook.framework.app.corpus`).

A file named on the command line is taken as it is (the loader says what is wrong with it).
A folder is searched, depth first in name order, for files with a suffix a reader claims
(:mod:`.readers`: YAML, JSON, and long tables as CSV or Parquet), and each is recognised by
its reader: a YAML file by its ``format:`` line, a table by its columns. A file in a folder
that cannot be read, is not UTF-8 text, or holds nothing its reader recognises is returned
too, for the loader to report: nothing in a corpus is skipped without a word. Only files of
another known kind (an expectations file among inspections) and a table's inspections file
(read with its table) are left out.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from ratingbook._record import record
from ratingbook.framework.errors import InputError
from ratingbook.framework.loading import readers
from ratingbook.framework.loading.readers import Entry


@record
class Kind:
    """A kind of file in a corpus: what its reader calls it and the suffixes looked at."""

    name: str  # readers.INSPECTION, readers.EXPECTATIONS
    format: str  # the value of its format: line, in YAML
    suffixes: tuple[str, ...] | None  # lower case; None: every suffix a reader claims

    def looks_at(self, path: Path) -> bool:
        """Whether a file in a folder is looked at, by its suffix (whatever its case)."""
        suffix = path.suffix.lower()
        return suffix in (readers.suffixes() if self.suffixes is None else self.suffixes)


INSPECTIONS: Final = Kind(name=readers.INSPECTION, format="ratingbook/inspection-v1", suffixes=None)
EXPECTATIONS: Final = Kind(
    name=readers.EXPECTATIONS, format="ratingbook/expectations-v1", suffixes=(".yaml", ".yml")
)
KINDS: Final = (INSPECTIONS, EXPECTATIONS)


def is_kind(path: Path, kind: Kind) -> bool | None:
    """Whether a file is of ``kind`` as its reader recognises it; None when it cannot be read."""
    found = readers.recognise(path)
    return None if found is None else found == kind.name


def _wanted(path: Path, kind: Kind) -> bool:
    """Whether a file found in a folder is returned for the loader: one of ``kind``, and any
    file its reader does not recognise or cannot read (the loader says what is wrong with it).
    Only a file of another known kind (an expectations file among inspections) and a part of
    another file (a table's inspections file) are left out. Suffixes match whatever their
    case (``.YAML``, ``.Csv``)."""
    if not kind.looks_at(path):
        return False
    found = readers.recognise(path)
    return found not in (*(other.name for other in KINDS if other is not kind), readers.PART)


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


def files_under(folder: Path, suffix: str) -> list[tuple[Path, bool]]:
    """Every file under ``folder`` whose suffix is ``suffix`` (lower case; matched whatever
    its case), in a stable order, each with False; and each folder under it that cannot be
    listed, with True, so that the caller reports it (see :func:`_walk`)."""
    return [
        (path, unlisted)
        for path, unlisted in _walk(folder, set())
        if unlisted or path.suffix.lower() == suffix
    ]


def is_folder(path: Path) -> bool:
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
        elif is_folder(p):
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
