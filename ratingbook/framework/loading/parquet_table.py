"""A long table of inspections as Parquet: ``table.parquet`` and ``table.inspections.parquet``.

The same two tables as the CSV form ([long-table.md](../../docs/long-table.md)), read through
pyarrow, an optional extra (``pip install 'ratingbook[parquet]'``): without it, a Parquet
file is refused with a message that names the extra. Both files are read by the one reading
layer (:mod:`.files`: the size limit, a regular file) and handed to pyarrow as bytes.

Cells may be text, whole numbers, true/false (read as yes/no), dates or nulls (an empty cell);
a text cell is held to what a text file may hold (UTF-8, no control characters). A Parquet
file has no lines: a cell's place is its row as a spreadsheet would number it (the header is
row 1, the first row of data row 2) and its column's number, ``table.parquet:14:4``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import codes, registry
from ratingbook.framework.errors import DiagnosticsError, InputError, RatingbookError
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.loading import files, readers
from ratingbook.framework.loading import table as long_table
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.loading.table import (
    REQUIRED,
    Cell,
    Columns,
    Row,
    Table,
    main_path,
    read_fact_header,
    read_header,
    side_path,
    tuple_facts,
)

EXTRA: Final = "pip install 'ratingbook[parquet]'"
_CHUNK: Final = 65_536  # rows of an inspection taken at a time
# files.CONTROL's characters for pyarrow's regular expressions (RE2).
_CONTROL_RE2: Final = (
    r"[^\t\n\r\x20-\x7e\x{85}\x{a0}-\x{d7ff}\x{e000}-\x{fffd}\x{10000}-\x{10ffff}]"
)


def pyarrow_modules(display: str) -> tuple[Any, Any]:
    """pyarrow and its Parquet module; refused, naming the extra, where it is not installed."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as err:
        raise InputError(
            f"{display}: reading and writing Parquet needs pyarrow, which is not installed; "
            f"install it with: {EXTRA} (or write the table as .csv)"
        ) from err
    return pyarrow, pyarrow.parquet


def _arrow_table(data: bytes, display: str) -> Any:
    pa, pq = pyarrow_modules(display)
    try:
        return pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError, ValueError) as err:
        raise InputError(
            f"{display}: not a Parquet file that can be read ({str(err)[:200]})"
        ) from err


def _texts(display: str, name: str, array: Any) -> list[str]:
    """A column's cells as text: yes/no for true/false, dates as ISO dates, "" for a null.

    Raises:
        InputError: the column holds a kind of value a table cell cannot be.
    """
    import pyarrow as pa

    kind = array.type
    if pa.types.is_dictionary(kind):
        array = array.cast(kind.value_type)
        kind = array.type
    values = array.to_pylist()
    if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_null(kind):
        return ["" if v is None else v for v in values]
    if pa.types.is_boolean(kind):
        return ["" if v is None else "yes" if v else "no" for v in values]
    if pa.types.is_integer(kind):
        return ["" if v is None else str(v) for v in values]
    if pa.types.is_floating(kind):
        return [
            "" if v is None else str(int(v)) if float(v).is_integer() else repr(v) for v in values
        ]
    if pa.types.is_date(kind) or pa.types.is_timestamp(kind):
        return ["" if v is None else v.isoformat()[:10] for v in values]
    raise InputError(
        f'{display}: column "{name}" holds {kind} values; a table\'s cells are text, whole '
        "numbers, true/false or dates"
    )


class ParquetTable(Table):
    """A Parquet table and its inspections file, held as Arrow columns."""

    def __init__(self, path: str) -> None:
        # Named as every output names a file (relative to the working folder when under it).
        self.display = registry.display_path(path)
        self.side_display = side = registry.display_path(side_path(path))
        self.source = Source(path, "")
        self.side_source = Source(side, "")
        raw = files.read_bytes(path, path, what="a table of inspections")
        if not os.path.lexists(side):
            raise InputError(
                f"{path}: the table's inspections file {side} is not there; it gives each "
                "inspection's service, framework and other facts (docs/long-table.md)"
            )
        side_raw = files.read_bytes(side, side, what="an inspections file")
        digest = hashlib.sha256(raw)
        digest.update(side_raw)
        self.digest = digest.hexdigest()
        self._table = _arrow_table(raw, path)
        names = [str(n) for n in self._table.column_names]
        if {"key", "field", "value"} <= set(names):
            raise InputError(
                f"{path}: this is the inspections file of a table; name the table itself "
                "(the file beside it with the case answers)"
            )
        header, problems = read_header(names, lambda i: self.place(Cell(False, 1, i)), path)
        if problems or header is None:
            raise DiagnosticsError(problems, {}, f"{path}: not read (its header; see above)")
        self.header = header
        self._check_text(self._table, path, False)
        self.blocks, problems = self._runs()
        self._read_facts(_arrow_table(side_raw, side), problems)

    def _check_text(self, table: Any, display: str, side: bool) -> None:
        """Text cells hold what a text file may (UTF-8, no control characters): refused at
        the first that does not."""
        import pyarrow as pa
        import pyarrow.compute as pc

        try:
            table.validate(full=True)
        except pa.ArrowException as err:
            raise InputError(
                f"{display}: a text cell is not UTF-8 ({str(err)[:200]}); write the table again"
            ) from err
        for i, name in enumerate(table.column_names):
            column = table.column(i)
            kind = column.type
            if pa.types.is_dictionary(kind):
                column = column.cast(kind.value_type)
                kind = column.type
            if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
                continue
            bad = pc.match_substring_regex(column, _CONTROL_RE2).fill_null(False)
            if not pc.any(bad).as_py():
                continue
            row = bad.to_pylist().index(True)
            value = column[row].as_py()
            char = next(c for c in value if files.CONTROL.match(c))
            raise DiagnosticsError(
                [
                    Diagnostic.error(
                        codes.INPUT_TEXT,
                        f'control character U+{ord(char):04X} in a cell of column "{name}"; '
                        "remove it (only tab, line feed and carriage return are allowed)",
                        self.place(Cell(side, row + 2, i)),
                    )
                ],
                {},
                f"{display}: not read",
            )

    def _runs(self) -> tuple[dict[str, list[tuple[int, int]]], list[Diagnostic]]:
        """Each inspection's runs of rows, from the runs of equal values in its column."""
        import pyarrow as pa
        import pyarrow.compute as pc

        column = self._table.column(self.header.inspection)
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if not pa.types.is_string(column.type) and not pa.types.is_large_string(column.type):
            column = pa.chunked_array(
                [pa.array(_texts(self.display, "inspection", column), pa.string())]
            )
        column = column.fill_null("")
        blocks: dict[str, list[tuple[int, int]]] = {}
        problems: list[Diagnostic] = []
        if len(column) == 0:
            return blocks, problems
        runs = pc.run_end_encode(column.combine_chunks())
        start = 0
        for end, key in zip(runs.run_ends.to_pylist(), runs.values.to_pylist(), strict=True):
            if not key:
                for row in range(start, end):
                    problems.append(
                        Diagnostic.error(
                            codes.INPUT_TABLE,
                            "no inspection id: say which inspection this row belongs to",
                            self.place(Cell(False, row + 2, self.header.inspection)),
                        )
                    )
            else:
                blocks.setdefault(key, []).append((start, end))
            start = end
        return blocks, problems

    def _read_facts(self, side: Any, problems: list[Diagnostic]) -> None:
        names = [str(n) for n in side.column_names]
        columns, header_problems = read_fact_header(names, lambda i: self.place(Cell(True, 1, i)))
        problems += header_problems
        facts: dict[str, list[Row]] = {}
        if columns is not None:
            self._check_text(side, self.side_display, True)
            cells = [_texts(self.side_display, n, side.column(i)) for i, n in enumerate(names)]
            key_column = columns["inspection"]
            for row, values in enumerate(zip(*cells, strict=True)):
                key = values[key_column]
                if not key:
                    problems.append(
                        Diagnostic.error(
                            codes.INPUT_TABLE,
                            "no inspection id: say which inspection this row belongs to",
                            self.place(Cell(True, row + 2, key_column)),
                        )
                    )
                    continue
                facts.setdefault(key, []).append(Row(row + 2, values))
        if problems:
            raise DiagnosticsError(
                problems,
                {},
                f"{self.display}: not read ({len(problems)} problem"
                f"{'' if len(problems) == 1 else 's'} with its rows or columns; see above)",
            )
        self.facts = facts
        self.fact_columns = columns or {}
        self.order = dict.fromkeys([*facts, *self.blocks])

    def _cells(self, key: str) -> Iterator[tuple[range, list[list[str]]]]:
        """The inspection's rows (their lines) and their cells, column by column, a slice of
        rows at a time."""
        for start, end in self.blocks.get(key, ()):
            for first in range(start, end, _CHUNK):
                last = min(end, first + _CHUNK)
                part = self._table.slice(first, last - first)
                yield (
                    range(first + 2, last + 2),
                    [
                        _texts(self.display, name, part.column(i))
                        for i, name in enumerate(self.header.names)
                    ],
                )

    def columns(self, key: str) -> Iterator[Columns]:
        for _, columns in self._cells(key):
            if columns and columns[0]:
                yield tuple_facts(self.header, columns)

    def rows(self, key: str, problems: list[Diagnostic]) -> Iterator[Row]:
        for lines, columns in self._cells(key):
            for line, cells in zip(lines, zip(*columns, strict=True), strict=True):
                yield Row(line, list(cells))

    def place(self, cell: Cell) -> Span:
        path = self.side_display if cell.side else self.display
        return Span(path, cell.line, cell.column + 1, cell.line, cell.column + 2)


def table_bytes(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """A Parquet file of text columns (an empty cell: null)."""
    pa, pq = pyarrow_modules("a .parquet file")
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in header]
    table = pa.table(
        {
            name: pa.array([c or None for c in column], pa.string())
            for name, column in zip(header, columns, strict=True)
        }
    )
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    data: bytes = sink.getvalue().to_pybytes()
    return data


# ---------------------------------------------------------------------------- the reader (readers.py)

_OPEN: dict[str, tuple[tuple[Any, ...], ParquetTable]] = {}


def _signature(path: str) -> tuple[Any, ...]:
    out: list[Any] = []
    for p in (path, side_path(path)):
        try:
            info = os.stat(p)
        except OSError:
            out.append(None)
        else:
            out.append((info.st_mtime_ns, info.st_size, info.st_ino))
    return tuple(out)


def open_table(path: str) -> ParquetTable:
    """The table at ``path``, read once per process while its files are unchanged."""
    signature = _signature(path)
    kept = _OPEN.get(path)
    if kept is not None and kept[0] == signature:
        return kept[1]
    table = ParquetTable(path)
    _OPEN.clear()
    _OPEN[path] = (signature, table)
    return table


def recognise(path: Path) -> str | None:
    """A table or its inspections file by its columns; without pyarrow, a table (reading
    it then says what to install)."""
    try:
        data = files.read_bytes(path, str(path))
    except RatingbookError:
        return None
    try:
        pa, pq = pyarrow_modules(str(path))
    except InputError:
        return readers.INSPECTION
    try:
        names = {str(n).lower() for n in pq.read_schema(pa.BufferReader(data)).names}
    except (pa.ArrowException, OSError, ValueError):
        return readers.UNKNOWN
    if {"key", "field", "value"} <= names:
        return readers.PART if os.path.exists(main_path(str(path))) else readers.UNKNOWN
    if len(names & set(REQUIRED)) >= 2:
        return readers.INSPECTION
    return readers.UNKNOWN


def entries(path: str) -> list[Entry]:
    return long_table.entries_of(path, open_table)


def load(found: Entry) -> Inspection:
    return long_table.load_entry(found, open_table)


def document(found: Entry) -> dict[str, Any]:
    return long_table.document_of(found, open_table)
