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

from collections.abc import Callable, Collection, Sequence
from typing import Any, Final

from ratingbook.framework.inspection import CODE, CaseTable
from ratingbook.framework.loading.inspections import SHORTHAND, _CaseRecord, _Index, id_key
from ratingbook.framework.loading.table import (
    _ITEM_ID,
    CASE_FACTS,
    INSPECTOR,
    NOTE,
    Header,
    _case_required,
    _Problem,
)

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

    def __init__(
        self, texts: list[list[str]], codes: list[Any], rows: int, cells: dict[int, Any]
    ) -> None:
        self.texts = texts  # by the header's column (empty for the inspection's and ``cells``)
        self.codes = codes  # numpy arrays, by the header's column (None for the inspection's)
        self.rows = rows
        self.cells = cells  # the columns read whole: pyarrow's arrays of each row's text
        # Each column's code of the empty cell (-1: no cell of the column is empty).
        self.empty = [next((i for i, t in enumerate(c) if not t), -1) for c in texts]


def read(
    data: bytes,
    width: int,
    skip: int,
    unescape: Any,
    rows: int,
    whole: Collection[int] = (),
) -> Codes | None:
    """Rows of a table (UTF-8, each ending in LF, no header) as codes, the column ``skip``
    (the inspection's) left out, and the columns ``whole`` as their cells' texts (a case's
    facts: compared with the case's first row, not coded, which takes pyarrow about a fifth
    of the time); None where pyarrow or numpy is missing, or pyarrow reads another number of
    rows than ``rows`` or cannot read the text (a ragged row): the rows are then read in
    Python, which says why.

    ``unescape`` is applied to every distinct text (a cell written safe for spreadsheets)."""
    found = modules()
    if found is None:
        return None
    np, pa, csv = found
    # Texts as bytes (the reading layer has checked the file is UTF-8), decoded once each.
    dictionary = pa.dictionary(pa.int32(), pa.binary())
    names = [str(j) for j in range(width)]  # by position: the header is not read again
    wanted = [n for j, n in enumerate(names) if j != skip]
    try:
        reader = csv.open_csv(
            pa.BufferReader(data),
            read_options=csv.ReadOptions(use_threads=False, block_size=_BLOCK, column_names=names),
            parse_options=csv.ParseOptions(newlines_in_values=False),
            convert_options=csv.ConvertOptions(
                column_types={n: pa.binary() if int(n) in whole else dictionary for n in wanted},
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
                if j in whole:
                    parts[j].append(column)
                    continue
                # Each block has a dictionary of its own: its codes are mapped onto the rows'
                # (the first block's are theirs, its dictionary's texts being distinct).
                local = [t.decode("utf-8") for t in column.dictionary.to_pylist()]
                known = seen[j]
                indices = _integers(np, column.indices)
                if known or len(set(local)) != len(local):
                    mapping = np.fromiter(
                        (known.setdefault(t, len(known)) for t in local),
                        dtype=np.int32,
                        count=len(local),
                    )
                    mapped = mapping[indices] if len(local) else indices.astype(np.int32)
                else:
                    known.update(zip(local, range(len(local)), strict=True))
                    mapped = indices
                parts[j].append(mapped.astype(np.uint16) if len(known) < 1 << 16 else mapped)
        cells = {
            j: pa.concat_arrays(parts[j]) if parts[j] else pa.array([], pa.binary()) for j in whole
        }
    except (pa.ArrowException, ValueError):
        return None
    if count != rows:
        return None
    texts: list[list[str]] = [[unescape(t) for t in known] for known in seen]
    codes: list[Any] = [
        None
        if j == skip or j in whole
        else (np.concatenate(parts[j]) if parts[j] else np.zeros(0, np.uint16))
        for j in range(width)
    ]
    return Codes(texts, codes, rows, cells)


def _integers(np: Any, array: Any, dtype: str = "int32") -> Any:
    """A pyarrow array of whole numbers as numpy's, read from its buffer (``to_numpy`` would
    load pandas, a quarter of a second in every worker process)."""
    if array.null_count:
        raise ValueError("a code is missing")  # never: no cell is read as null
    data = np.frombuffer(array.buffers()[1], dtype=dtype, count=array.offset + len(array))
    return data[array.offset :]


def _arrow(np: Any, pa: Any, values: Any) -> Any:
    """A numpy array of whole numbers (int64) or truth values as pyarrow's, through its buffer
    (``pyarrow.array`` would load pandas)."""
    if values.dtype == np.bool_:
        bits = np.packbits(values, bitorder="little")
        return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)])
    numbers = np.ascontiguousarray(values, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(numbers), [None, pa.py_buffer(numbers)])


# What a case's facts make of it: its attributes, those given at its top, its note, inspector.
_Made = tuple[dict[str, str], frozenset[str], str | None, str | None]


class Segment:
    """Some inspections' rows as codes (each inspection's rows together, one inspection after
    another), with what every one's index needs worked out for all of them at once, in a few
    array operations over all their rows: where each case and item first appears, the answers
    as one matrix per inspection, and which inspections have something to report."""

    def __init__(
        self,
        header: Header,
        codes: Codes,
        spans: Sequence[tuple[str, int]],
        unescape: Callable[[str], str],
    ) -> None:
        """``spans``: each inspection with the row past its last (the first starts at 0)."""
        import numpy as np

        h, texts, columns = header, codes.texts, codes.codes
        self.header, self.codes = header, codes
        self.number = {key: k for k, (key, _) in enumerate(spans)}
        count = len(spans)
        bounds = np.array([0, *(end for _, end in spans)], dtype=np.int64)
        insp = np.repeat(np.arange(count, dtype=np.int64), np.diff(bounds))
        bad = np.zeros(count, dtype=bool)

        def report(rows: Any) -> None:  # the inspections of these rows go the careful way
            bad[insp[rows]] = True

        # Each row's answer code (0: not yes, no or n/a: a row of a case's facts alone, or an
        # answer to report).
        lut = np.array([CODE.get(t, 0) for t in texts[h.answer]], dtype=np.uint8)
        answers = lut[columns[h.answer]]
        report(answers == 0)
        # Items that are not an item's id (or none), cases without an id.
        ids = np.array([bool(_ITEM_ID.fullmatch(t)) for t in texts[h.item]], dtype=bool)
        report(~ids[columns[h.item]])
        if codes.empty[h.case] >= 0:
            report(columns[h.case] == codes.empty[h.case])
        # Cases and items in the order they first appear in their inspection.
        case_of, case_first, case_start = _firsts(np, insp, columns[h.case], count)
        item_of, item_first, item_start = _firsts(np, insp, columns[h.item], count)
        # The case's facts, the same on every row of it, and given where they are required.
        names = [h.names[j] for j in h.facts]
        required = {h.facts[names.index(k)] for k in _case_required() if k in names}
        self.on_first: dict[int, Any] = {}  # each case's code of the fact
        self.fact_texts: dict[int, list[str]] = {}  # the texts of those codes
        whole = _Whole(np, case_of, case_first) if codes.cells else None
        for j in h.facts:
            if whole is not None and j in codes.cells:
                first, self.fact_texts[j] = whole.compare(codes.cells[j], report, unescape)
            else:
                column = columns[j]
                first = column[case_first]
                report(column != first[case_of])
                self.fact_texts[j] = texts[j]
            if j in required and "" in self.fact_texts[j]:
                report(case_first[first == self.fact_texts[j].index("")])
            self.on_first[j] = first
        # The answers, as a matrix of items by cases for each inspection, one after another.
        cases, items = np.diff(case_start), np.diff(item_start)
        local_case = case_of - case_start[insp]
        local_item = item_of - item_start[insp]
        offsets = np.concatenate([[0], np.cumsum(items * cases)])
        cell = offsets[insp] + local_item * cases[insp] + local_case
        twice = np.flatnonzero(np.bincount(cell, minlength=int(offsets[-1])) > 1)
        bad[np.searchsorted(offsets, twice, side="right") - 1] = True  # an answer given twice
        matrix = np.zeros(int(offsets[-1]), dtype=np.uint8)
        matrix[cell] = answers
        # The rows that give a reason.
        if h.reason is None:
            given = np.zeros(0, dtype=np.int64)
        elif codes.empty[h.reason] >= 0:
            given = np.flatnonzero(columns[h.reason] != codes.empty[h.reason])
        else:
            given = np.arange(len(insp))
        self.bad = bad.tolist()
        self.case_first, self.case_start = case_first, case_start.tolist()
        self.item_first, self.item_start = item_first, item_start.tolist()
        self.offsets = offsets.tolist()
        self.matrix = matrix
        self.local_case, self.local_item = local_case, local_item
        self.given, self.given_start = given, np.searchsorted(given, bounds).tolist()
        self.rows = np.diff(bounds).tolist()
        # What a case's facts make of it, by the codes of its facts (cases alike share it).
        self.names = names
        self.attribute_names = [n for n in names if n not in CASE_FACTS or n in SHORTHAND]
        self._made: dict[tuple[int, ...], _Made] = {}
        self._attribute_values: dict[int, list[str | None]] = {}
        # For an attribute with few texts (flags, one-of values), each text's cases in all
        # the inspections as one bitmask (bit i: the segment's case i): an inspection's mask
        # of a value is a slice of it, as the case table would make it from the column.
        self._bits: dict[int, list[int]] = {}
        for j in h.facts:
            if h.names[j] in self.attribute_names and len(self.fact_texts[j]) <= _FEW:
                first = self.on_first[j]
                self._bits[j] = [
                    int.from_bytes(np.packbits(first == c, bitorder="little").tobytes(), "little")
                    for c in range(len(self.fact_texts[j]))
                ]

    def index(self, key: str) -> _Index:
        """The inspection's index (its records and answer columns), as the rows read in
        Python build it.

        Raises:
            _Problem: the rows have something to report.
        """
        import numpy as np

        k = self.number[key]
        if self.bad[k]:
            raise _Problem
        h, codes = self.header, self.codes
        texts = codes.texts
        c0, c1 = self.case_start[k], self.case_start[k + 1]
        i0, i1 = self.item_start[k], self.item_start[k + 1]
        size = c1 - c0
        firsts = self.case_first[c0:c1]
        case_texts = texts[h.case]
        ids = [case_texts[c] for c in codes.codes[h.case][firsts].tolist()]
        position = dict(zip(ids, range(size), strict=True))
        if len(position) != size or len({id_key(cid) for cid in ids}) != size:
            raise _Problem  # two ids that are one, once unescaped or compared as ids
        item_texts = texts[h.item]
        items = [item_texts[c] for c in codes.codes[h.item][self.item_first[i0:i1]].tolist()]
        if len(set(items)) != len(items):
            raise _Problem  # as for the ids
        matrix = self.matrix[self.offsets[k] : self.offsets[k + 1]].reshape(len(items), size)
        flat = matrix.tobytes()  # an item's answers, case by case, one row of the matrix each
        answers = {item: flat[r * size : (r + 1) * size] for r, item in enumerate(items)}
        masks = _masks(np, matrix, items)
        reasons: dict[int, dict[str, str]] = {}
        if h.reason is not None:
            reason_texts, column = texts[h.reason], codes.codes[h.reason]
            for r in self.given[self.given_start[k] : self.given_start[k + 1]].tolist():
                reasons.setdefault(int(self.local_case[r]), {})[items[self.local_item[r]]] = (
                    reason_texts[column[r]]
                )
        facts = [self.on_first[j][c0:c1].tolist() for j in h.facts]
        attribute_names = self.attribute_names
        records: list[_CaseRecord] = []
        made = self._made
        for i, (cid, combo) in enumerate(zip(ids, zip(*facts, strict=True), strict=True)):
            found = made.get(combo)
            if found is None:
                found = made[combo] = self._make(combo)
            given, at_top, note, inspector = found
            records.append(
                _CaseRecord(cid, dict(given), at_top, note, inspector, reasons.get(i, {}))
            )
        attributes: dict[str, list[str | None]] = {}
        for j, column in zip(h.facts, facts, strict=True):
            name = h.names[j]
            if name in attribute_names:
                values = self._values(j)
                attributes[name] = [values[c] for c in column]
        named = {name for name, column in attributes.items() if any(column)}
        value_masks: dict[tuple[str, str | None], int] = {}
        full = (1 << size) - 1
        for j, column in zip(h.facts, facts, strict=True):
            bits = self._bits.get(j)
            name = h.names[j]
            if bits is None or name not in named:
                continue
            values = self._values(j)
            for c in set(column):
                value = (name, values[c])  # (two texts may be one value once unescaped)
                value_masks[value] = value_masks.get(value, 0) | ((bits[c] >> c0) & full)
        index = _Index()
        index.size = size
        index.columns = answers
        index.attributes = {n: attributes[n] for n in attribute_names if n in named}
        index.named = named
        index.cases = records
        index.ids = set(position)
        index.masks = masks
        index.value_masks = value_masks
        return index

    def _make(self, combo: tuple[int, ...]) -> _Made:
        """What a case with these facts' codes gives: its attributes, those given at its top,
        its note and inspector."""
        texts = self.fact_texts
        values = {
            name: texts[j][c]
            for name, j, c in zip(self.names, self.header.facts, combo, strict=True)
        }
        given = {n: values[n] for n in self.attribute_names if values[n]}
        return (
            given,
            frozenset(n for n in SHORTHAND if n in given),
            values.get(NOTE) or None,
            values.get(INSPECTOR) or None,
        )

    def _values(self, j: int) -> list[str | None]:
        """The texts of column ``j`` as attribute values (an empty cell: not given)."""
        found = self._attribute_values.get(j)
        if found is None:
            found = self._attribute_values[j] = [t or None for t in self.fact_texts[j]]
        return found


class _Whole:
    """Compares columns read whole (a case's facts, pyarrow's arrays of each row's text) with
    each case's first row, and codes the first rows' texts."""

    def __init__(self, np: Any, case_of: Any, case_first: Any) -> None:
        import pyarrow
        import pyarrow.compute

        self.np, self.pa, self.pc = np, pyarrow, pyarrow.compute
        rows = len(case_of)
        # Most rows follow a row of their case: each is compared with the row before it. The
        # others, but a case's first row (a case whose rows are apart), with that first row.
        follows = np.zeros(rows, dtype=bool)
        follows[1:] = case_of[1:] == case_of[:-1]
        opens = np.zeros(rows, dtype=bool)
        opens[case_first] = True
        self.apart = np.flatnonzero(~follows & ~opens)
        self.follows = _arrow(np, pyarrow, follows[1:])
        self.firsts = _arrow(np, pyarrow, case_first)
        self.apart_rows = _arrow(np, pyarrow, self.apart)
        self.apart_firsts = _arrow(np, pyarrow, case_first[case_of[self.apart]])

    def compare(
        self, column: Any, report: Callable[[Any], None], unescape: Callable[[str], str]
    ) -> tuple[Any, list[str]]:
        """Reports the rows that differ from their case's first row; each case's code of the
        column, and the texts of the codes."""
        np, pc = self.np, self.pc
        if len(column) > 1:
            differ = pc.and_(pc.not_equal(column[1:], column[:-1]), self.follows)
            report(_integers(np, pc.indices_nonzero(differ), "uint64") + 1)
        if len(self.apart):
            differ = pc.not_equal(column.take(self.apart_rows), column.take(self.apart_firsts))
            report(self.apart[_integers(np, pc.indices_nonzero(differ), "uint64")])
        coded = column.take(self.firsts).dictionary_encode()
        texts = [unescape(t.decode("utf-8")) for t in coded.dictionary.to_pylist()]
        return _integers(np, coded.indices), texts


def _firsts(np: Any, insp: Any, column: Any, count: int) -> tuple[Any, Any, Any]:
    """The values of a column (codes) numbered in the order they first appear in their
    inspection, inspection after inspection: each row's number, the row where each number
    first appears, and where each inspection's numbers start (``count + 1`` of them).

    ``insp`` is each row's inspection; an inspection's rows are together, in order."""
    rows = len(column)
    distinct = int(column.max()) + 1 if rows else 1
    group = insp * distinct + column  # an inspection's value
    first = np.full(count * distinct, rows, dtype=np.int64)
    np.minimum.at(first, group, np.arange(rows, dtype=np.int64))
    firsts = np.sort(first[first < rows])  # by inspection, then where it first appears
    number = np.zeros(count * distinct, dtype=np.int64)
    number[group[firsts]] = np.arange(len(firsts), dtype=np.int64)
    start = np.searchsorted(insp[firsts], np.arange(count + 1))
    return number[group], firsts, start


_CODES: Final = (CODE["yes"], CODE["no"], CODE["n/a"])
# An attribute with at most this many texts in a segment has its values' masks made there.
_FEW: Final = CaseTable.INDEX_AT_LOAD


def _masks(np: Any, matrix: Any, items: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """For each item (a row of the matrix of answer codes), the cases that answered it yes,
    no and n/a, as bitmasks (bit i: the case at index i), as the case table makes them."""
    rows, size = matrix.shape
    if size <= 64:
        # Each mask one little-endian word: numpy hands back every mask as a Python int.
        packed = np.packbits(
            matrix[None, :, :] == np.array(_CODES, dtype=matrix.dtype)[:, None, None],
            axis=2,
            bitorder="little",
        )
        words = np.zeros((3, rows, 8), dtype=np.uint8)
        words[:, :, : packed.shape[2]] = packed
        yes, no, na = words.view("<u8")[:, :, 0].tolist()
        return dict(zip(items, zip(yes, no, na, strict=True), strict=True))
    return _masks_wide(np, matrix, items)


def _masks_wide(np: Any, matrix: Any, items: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """:func:`_masks` for any number of cases, each mask read from its bytes."""
    packed = [np.packbits(matrix == code, axis=1, bitorder="little") for code in _CODES]
    width = packed[0].shape[1]
    raw = [p.tobytes() for p in packed]
    out: dict[str, tuple[int, int, int]] = {}
    for r, item in enumerate(items):
        at, to = r * width, (r + 1) * width
        yes, no, na = (int.from_bytes(b[at:to], "little") for b in raw)
        out[item] = (yes, no, na)
    return out
