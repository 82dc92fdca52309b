"""Inspection input: one reader per file format, chosen by the file's suffix.

Inspection data reaches ratingbook as a YAML or JSON file (one inspection each) or as a long
table (CSV or Parquet: a whole corpus in one file, [long-table.md](../../docs/long-table.md)).
Each format has a :class:`Reader`, registered here under its suffixes (matched whatever their
case), whose module supplies four functions:

- ``recognise(path) -> str | None``: what the file holds (:data:`INSPECTION`,
  :data:`EXPECTATIONS`, :data:`PART` of another file, :data:`UNKNOWN`), or None when it
  cannot be read. Corpus discovery asks this instead of looking inside files itself.
- ``entries(path) -> list[Entry]``: the inspections the file holds, in its order (a YAML file
  one, a table each of its inspections).
- ``load(entry) -> Inspection``: one inspection, validated, with a ``Locator`` that places
  every value of it in the file (a line and column; a table's row and cell).
- ``document(entry) -> dict``: the same inspection as plain data in the shape of the
  inspection format (``ratingbook export`` writes it out in another format).

A reader's module is imported only when a file of its format is read, so rating a YAML file
never loads the table readers (nor pyarrow). A file whose suffix no reader claims is read
as YAML when it is named on its own (as it always was); in a folder only the registered
suffixes are looked at.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, cast

from ratingbook._record import record
from ratingbook.framework.errors import InputError, RatingbookError

if TYPE_CHECKING:
    from ratingbook.framework.inspection import Inspection

INSPECTION: Final = "inspection"
"""The file holds inspection data (one inspection, or a table of them)."""
EXPECTATIONS: Final = "expectations"
"""The file is an expectations file (``ratingbook test``)."""
PART: Final = "part"
"""The file is part of another file's data (a table's inspections file): it is read with it."""
UNKNOWN: Final = ""
"""The file can be read but holds nothing ratingbook recognises."""


@record
class Entry:
    """One inspection of a corpus: a file, or one inspection of a table (``key``)."""

    path: str  # the file, as it was named
    key: str | None = None  # the inspection's id in a table; None: the file's one inspection

    @property
    def shown(self) -> str:
        """What outputs and messages call it: ``table.csv#derby-2018``, or the path."""
        return self.path if self.key is None else f"{self.path}#{self.key}"


@record
class Reader:
    """A file format inspection data can be read from."""

    name: str  # "YAML", "CSV", ... as messages call it
    suffixes: tuple[str, ...]  # lower case, with the dot
    module: str  # the module with recognise, entries, load and document
    table: bool = False  # one file holds many inspections, addressed as FILE#ID

    def functions(self) -> ModuleType:
        """The reader's module, imported when first used."""
        return importlib.import_module(self.module)


_READERS: dict[str, Reader] = {}
_YAML = "ratingbook.framework.loading.inspections"


def register(reader: Reader) -> None:
    """Make a format readable wherever inspection data is read (a later reader of the same
    suffix replaces an earlier one)."""
    for suffix in reader.suffixes:
        _READERS[suffix.lower()] = reader


register(Reader(name="YAML", suffixes=(".yaml", ".yml"), module=_YAML))
register(Reader(name="JSON", suffixes=(".json",), module=_YAML))
register(
    Reader(
        name="CSV",
        suffixes=(".csv",),
        module="ratingbook.framework.loading.csv_table",
        table=True,
    )
)
register(
    Reader(
        name="Parquet",
        suffixes=(".parquet",),
        module="ratingbook.framework.loading.parquet_table",
        table=True,
    )
)
register(
    Reader(
        name="workbook",
        # .xlsm is claimed so that a macro-enabled workbook is refused with a message, not
        # passed over: ratingbook never opens macros.
        suffixes=(".xlsx", ".xlsm"),
        module="ratingbook.framework.loading.workbook",
    )
)


def suffixes() -> frozenset[str]:
    """Every suffix a reader claims, in lower case: the files a folder is searched for."""
    return frozenset(_READERS)


def reader_for(path: str | Path) -> Reader | None:
    """The reader of a file by its suffix, whatever its case; None when no reader claims it."""
    return _READERS.get(Path(path).suffix.lower())


def _reader(path: str) -> Reader:
    """The reader that reads ``path``: by suffix, else YAML (a file named on its own)."""
    return reader_for(path) or _READERS[".yaml"]


_ADDRESS: Final = re.compile(r"(?P<file>.*?\.(?:csv|parquet))#(?P<key>.*)", re.IGNORECASE | re.S)


def entry(name: str) -> Entry:
    """The entry a name on the command line (or in an expectations file) stands for:
    ``table.csv#derby-2018`` is one inspection of a table, anything else a file."""
    if "#" in name and not os.path.lexists(name):
        match = _ADDRESS.fullmatch(name)
        if match is not None and (reader_for(match["file"]) or _READERS[".yaml"]).table:
            return Entry(path=match["file"], key=match["key"])
    return Entry(path=name)


def recognise(path: Path) -> str | None:
    """What a file holds, as its reader recognises it (see the module's constants); None when
    it cannot be read. Only files with a registered suffix are recognised."""
    reader = reader_for(path)
    if reader is None:
        return UNKNOWN
    found = cast("Callable[[Path], str | None]", reader.functions().recognise)
    return found(path)


def is_table(path: str | Path) -> bool:
    """Whether the file is read as a table of inspections (by its suffix)."""
    reader = reader_for(path)
    return reader is not None and reader.table


def entries(path: str) -> list[Entry]:
    """The inspections a file holds, in its order (a table: each one; standard input and
    every other file: itself)."""
    found = entry(path)
    if found.key is not None or path == "-":
        return [found]
    make = cast("Callable[[str], list[Entry]]", _reader(path).functions().entries)
    return make(path)


def load(which: Entry | str) -> Inspection:
    """One inspection, validated: from an entry, or a name (``x.yaml``, ``table.csv#id``,
    ``-`` for standard input).

    Raises:
        InputError: the file cannot be read, or the name does not say which inspection.
        DiagnosticsError: the data has problems, each at its place.
    """
    found = entry(which) if isinstance(which, str) else which
    read = cast("Callable[[Entry], Inspection]", _reader(found.path).functions().load)
    return read(found)


def read_together(found: Sequence[Entry]) -> None:
    """Let the readers of tables read these inspections' rows at once (a corpus run's next
    few, in the process about to load them), where that is quicker than one by one; what
    cannot be read is left for :func:`load` to report."""
    keys: dict[str, list[str]] = {}
    for one in found:
        if one.key is not None:
            keys.setdefault(one.path, []).append(one.key)
    for path, wanted in keys.items():
        together = getattr(_reader(path).functions(), "read_together", None)
        if together is None:
            continue
        try:
            together(path, wanted)
        except RatingbookError:
            pass  # the table cannot be read: loading each inspection says why


def together_for(found: Sequence[Entry]) -> Callable[[Sequence[Entry]], None] | None:
    """:func:`read_together` where some of these inspections are a table's (read several at a
    time, and a worker is handed more of them at once), else None: files are read one by one,
    and a worker handed fewer holds fewer results while the output is written."""
    return read_together if any(one.key is not None for one in found) else None


def document(which: Entry | str) -> dict[str, Any]:
    """The inspection as plain data, in the inspection format's shape (validated first)."""
    found = entry(which) if isinstance(which, str) else which
    read = cast("Callable[[Entry], dict[str, Any]]", _reader(found.path).functions().document)
    return read(found)


def one_inspection(found: Entry, kind: str) -> None:
    """Refuse an address (``FILE#ID``) into a file that holds one inspection."""
    if found.key is not None:
        raise InputError(
            f"{found.shown}: a {kind} file holds one inspection; name the file alone "
            "(FILE#ID picks an inspection of a table)"
        )
