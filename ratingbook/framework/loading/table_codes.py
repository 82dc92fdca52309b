"""A long table's cells as whole-number codes, read by pyarrow's CSV reader (written in C).

The common path of a CSV table (:mod:`.csv_table`) takes each inspection's rows apart in
Python, about a microsecond a row: for a national corpus, most of the time ``compare``
takes. Where pyarrow (the optional ``parquet`` extra) and numpy are installed, a table rated
or compared whole is read by pyarrow instead, a few inspections at a time, in the process
that rates them (:meth:`.csv_table.CsvTable.prepare`, called by a corpus run's ``together``:
each worker reads the inspections it is handed), each column as a small dictionary of the
texts it holds and a code per row; an inspection's index (the case table's answer columns, each
case's facts, the reasons) is then built from its rows' codes with a few array operations,
whatever the number of rows, and the texts looked up once per case, not once per row.

This path is taken only for a table laid out plainly (the ``inspection`` column first, each
inspection's rows together, no quoted cell, no blank line, every row as wide as the header),
where pyarrow and Python's ``csv`` module cannot read a cell differently. Anything else (and
any row the codes show needs a message) is left to the rows read in Python, which report it
at its row and column; both give the same records (tests/framework/test_long_table.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from ratingbook.framework.inspection import CODE
from ratingbook.framework.loading.inspections import _Index
from ratingbook.framework.loading.table import Header, _Problem, index_of

# Rows handed to pyarrow at a time: its blocks, read one after another on this thread (a
# corpus run in one process may fork worker processes later, which pyarrow's thread pool must
# not be running across).
_BLOCK: Final = 1 << 24


def modules() -> tuple[Any, Any, Any] | None:
    """numpy, pyarrow and pyarrow.csv, or None where one is not installed."""
    try:
        import numpy
        import pyarrow
        import pyarrow.csv
    except ImportError:
        return None
    return numpy, pyarrow, pyarrow.csv


class Codes:
    """Every column of some rows but ``inspection``: per column, the distinct texts and each
    row's code (an index into them), row 0 being the first row read."""

    def __init__(self, texts: list[list[str]], codes: list[Any], rows: int) -> None:
        self.texts = texts  # by the header's column (the inspection column's is empty)
        self.codes = codes  # numpy arrays, by the header's column (None for the inspection's)
        self.rows = rows
        # Each column's code of the empty cell (-1: no cell of the column is empty).
        self.empty = [next((i for i, t in enumerate(c) if not t), -1) for c in texts]


def read(data: bytes, width: int, skip: int, unescape: Any, rows: int) -> Codes | None:
    """Rows of a table (UTF-8, each ending in LF, no header) as codes, the column ``skip``
    (the inspection's) left out; None where pyarrow or numpy is missing, or pyarrow reads
    another number of rows than ``rows`` or cannot read the text (a ragged row): the rows are
    then read in Python, which says why.

    ``unescape`` is applied to every distinct text (a cell written safe for spreadsheets)."""
    found = modules()
    if found is None:
        return None
    np, pa, csv = found
    dictionary = pa.dictionary(pa.int32(), pa.string())
    names = [str(j) for j in range(width)]  # by position: the header is not read again
    wanted = [n for j, n in enumerate(names) if j != skip]
    try:
        reader = csv.open_csv(
            pa.BufferReader(data),
            read_options=csv.ReadOptions(use_threads=False, block_size=_BLOCK, column_names=names),
            parse_options=csv.ParseOptions(newlines_in_values=False),
            convert_options=csv.ConvertOptions(
                column_types=dict.fromkeys(wanted, dictionary),
                include_columns=wanted,
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                null_values=[],
            ),
        )
        seen: list[dict[str, int]] = [{} for _ in names]
        parts: list[list[Any]] = [[] for _ in names]
        count = 0
        # Block by block, each turned into the rows' codes at once (a block's own arrays are
        # let go before the next is read): memory holds the codes, not every block.
        for batch in reader:
            count += batch.num_rows
            for name in wanted:
                j = int(name)
                column = batch.column(batch.schema.get_field_index(name))
                # Each block has a dictionary of its own: its codes are mapped onto the rows'.
                local = column.dictionary.to_pylist()
                known = seen[j]
                mapping = np.fromiter(
                    (known.setdefault(t, len(known)) for t in local),
                    dtype=np.int32,
                    count=len(local),
                )
                indices = _integers(np, column.indices)
                mapped = mapping[indices] if len(local) else indices.astype(np.int32)
                parts[j].append(mapped.astype(np.uint16) if len(known) < 1 << 16 else mapped)
    except (pa.ArrowException, ValueError):
        return None
    if count != rows:
        return None
    texts: list[list[str]] = [[unescape(t) for t in known] for known in seen]
    codes: list[Any] = [
        (np.concatenate(parts[j]) if parts[j] else np.zeros(0, np.uint16)) if j != skip else None
        for j in range(width)
    ]
    return Codes(texts, codes, rows)


def _integers(np: Any, array: Any) -> Any:
    """A pyarrow array of 32-bit codes as numpy's, read from its buffer (``to_numpy`` would
    load pandas, a quarter of a second in every worker process)."""
    if array.null_count:
        raise ValueError("a code is missing")  # never: no cell is read as null
    data = np.frombuffer(array.buffers()[1], dtype=np.int32, count=array.offset + len(array))
    return data[array.offset :]


def index(header: Header, codes: Codes, runs: Sequence[tuple[int, int]]) -> _Index:
    """One inspection's index from its runs of rows (first row, row past the last).

    Raises:
        _Problem: the rows have something to report (an answer that is not yes, no or n/a, a
            case whose rows disagree, an answer given twice, ...).
    """
    import numpy as np

    if not runs:
        return _Index()  # an inspection of counts alone: no rows in the table

    def rows(j: int) -> Any:
        column = codes.codes[j]
        if len(runs) == 1:
            lo, hi = runs[0]
            return column[lo:hi]
        return np.concatenate([column[lo:hi] for lo, hi in runs])

    answers = rows(header.answer)
    if not len(answers):
        return _Index()
    # Each distinct answer text's code in a column (0: not yes, no or n/a).
    lut = np.array([CODE.get(t, 0) for t in codes.texts[header.answer]], dtype=np.uint8)
    answer_codes = lut[answers]
    if not answer_codes.all():
        raise _Problem  # an answer to report, or a row of a case's facts alone
    # Cases in the order they first appear, and each row's case by that order.
    cases = rows(header.case)
    case_order, case_at = _by_first(np, cases)
    size = len(case_order)
    # Each case's first row: where each position first occurs (every position occurs).
    firsts = np.unique(case_at, return_index=True)[1]
    # The case's facts, the same on every row of it.
    facts = []
    for j in header.facts:
        column = rows(j)
        on_first = column[firsts]
        if (column != on_first[case_at]).any():
            raise _Problem  # a case's rows disagree
        texts = codes.texts[j]
        facts.append([texts[c] for c in on_first.tolist()])
    case_texts = codes.texts[header.case]
    position = {case_texts[c]: i for i, c in enumerate(case_order)}
    if len(position) != size:
        raise _Problem  # two ids that are one once unescaped: read row by row
    written: list[Any] = list(zip(*facts, strict=True)) if facts else [()] * size
    # Items in the order they first appear; the answers as one matrix of items by cases.
    item_order, item_at = _by_first(np, rows(header.item))
    cells = item_at * size + case_at
    if np.bincount(cells).max() > 1:
        raise _Problem  # an answer given twice
    matrix = np.zeros((len(item_order), size), dtype=np.uint8)
    matrix[item_at, case_at] = answer_codes
    item_texts = codes.texts[header.item]
    answer_columns = {
        item_texts[c]: bytearray(matrix[k].tobytes()) for k, c in enumerate(item_order)
    }
    if len(answer_columns) != len(item_order):
        raise _Problem  # as for the ids
    reasons: dict[int, dict[str, str]] = {}
    if header.reason is not None:
        reason_texts = codes.texts[header.reason]
        column = rows(header.reason)
        given = np.flatnonzero(column != codes.empty[header.reason])
        names = list(answer_columns)
        for r in given.tolist():
            reasons.setdefault(int(case_at[r]), {})[names[int(item_at[r])]] = reason_texts[
                int(column[r])
            ]
    return index_of(header, position, written, answer_columns, reasons, len(answers), _same)


def _by_first(np: Any, codes: Any) -> tuple[list[int], Any]:
    """The distinct codes in the order they first appear, and each row's place in that
    order (a handful of distinct codes among thousands of rows: found through Python's
    ordered dictionary, placed by a binary search over them)."""
    order = list(dict.fromkeys(codes.tolist()))
    distinct = np.array(order, dtype=codes.dtype)
    sorter = np.argsort(distinct)
    return order, sorter[np.searchsorted(distinct, codes, sorter=sorter)]


def _same(facts: Sequence[str]) -> Sequence[str]:
    return facts
