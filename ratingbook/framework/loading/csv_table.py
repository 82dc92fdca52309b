"""A long table of inspections as CSV: ``table.csv`` and ``table.inspections.csv`` beside it.

CSV as RFC 4180 and spreadsheets write it: comma-separated, a cell with a comma, a quote or
a line break in quotes with each quote doubled, UTF-8 (a byte order mark, as Excel writes,
is accepted), lines ending in LF or CRLF. Both files are read by the one reading layer
(:mod:`.files`: size limit, UTF-8, control characters) and cells are taken as text, never
evaluated: a cell ``=cmd|' /C calc'!A0`` is that text (and fails as an answer or an id).

Reading a national corpus is mostly finding each inspection's rows. When the ``inspection``
column comes first and no cell holds a line break, the rows of an inspection are found by
probing the text (an inspection's rows usually come together, so a handful of probes find
where each run of them ends) and checked by counting, not by reading every row; each
inspection's rows are then split where they lie. Otherwise every row is read once, in
order, to find them. Either way, rows of one inspection need not be together.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import codes, registry
from ratingbook.framework.errors import DiagnosticsError, InputError, RatingbookError
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.loading import files, readers, table_codes
from ratingbook.framework.loading import table as long_table
from ratingbook.framework.loading.inspections import _Index
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.loading.table import (
    FACT_COLUMNS,
    REQUIRED,
    Cell,
    Columns,
    Row,
    Table,
    _Problem,
    main_path,
    read_fact_header,
    read_header,
    side_path,
    tuple_facts,
)

# A quoted cell: its quotes doubled inside (the unrolled form, fast on long cells).
_QUOTED: Final = re.compile(r'(?:^|(?<=,))"[^"]*(?:""[^"]*)*"', re.M)
# A cell ratingbook wrote safe for spreadsheets ('=..., '+..., '-..., '@..., ''...): read
# with the apostrophe taken away (export.py writes them so).
_ESCAPED: Final = re.compile(r"""(?:^|,)"?'[=+\-@']""", re.M)


def unescape(text: str) -> str:
    """A cell as written, less the apostrophe that kept a spreadsheet from running it."""
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "'") else text


def _unescaped(rows: list[list[str]]) -> list[list[str]]:
    return [[unescape(c) for c in row] for row in rows]


def _escaped(block: str) -> bool:
    """Whether some cell of the rows may start with a spreadsheet-safe apostrophe."""
    return "'" in block and _ESCAPED.search(block) is not None


def _needs_reading(block: str) -> bool:
    """Whether rows must be read cell by cell: a quoted cell, or an apostrophe to take away."""
    return '"' in block or _escaped(block)


def _split_facts(written: str) -> list[str]:
    return written.split(",")


# Probes start this far apart; below it, rows are read one after another.
_STEP: Final = 4096
# An inspection's rows are taken about this many characters at a time.
_CHUNK: Final = 1 << 20
_LINEAR: Final = 512


def _decode(data: bytes, display: str) -> str:
    """The file's text, line breaks as LF (as YAML reads them)."""
    return _lf(files.decode(data, display))


def _lf(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _first_row(text: str, display: str, what: str) -> tuple[list[str], int]:
    """The header's cells and the offset where the rows start."""
    end = text.find("\n")
    first = text if end < 0 else text[: end + 1]
    if not first.strip() and not text[len(first) : len(first) + 4096].strip():
        raise InputError(
            f"{display}: the file is empty; {what} starts with its header line "
            f"({','.join(REQUIRED if what.startswith('a table') else FACT_COLUMNS)})"
        )
    if '"' in first:  # a quoted name may hold a line break: read on, a little
        first = text[: max(len(first), 65536)]
    reader = csv.reader(io.StringIO(first, newline=""), strict=True)
    try:
        header = next(reader)
    except csv.Error as err:
        raise _syntax(display, text, 1, f"the header line cannot be read ({err})") from err
    if reader.line_num != 1:
        raise _syntax(display, text, 1, "a column name holds a line break; remove it")
    return header, len(text) if end < 0 else end + 1


def _syntax(display: str, text: str, line: int, message: str) -> DiagnosticsError:
    span = Span(display, line, 1, line, 2)
    return DiagnosticsError(
        [Diagnostic.error(codes.INPUT_TABLE, message, span)], {display: Source(display, text)}
    )


# ---------------------------------------------------------------------------- cell positions


def cell_offsets(text: str, start: int) -> list[tuple[int, int]]:
    """The start and end offsets of each cell of the row that begins at ``start``."""
    cells: list[tuple[int, int]] = []
    n = len(text)
    i = start
    while True:
        j = i
        if j < n and text[j] == '"':
            j += 1
            while True:
                j = text.find('"', j)
                if j < 0:
                    j = n
                    break
                if j + 1 < n and text[j + 1] == '"':
                    j += 2
                    continue
                j += 1
                break
        comma, newline = text.find(",", j), text.find("\n", j)
        ends = [k for k in (comma, newline) if k >= 0]
        end = min(ends) if ends else n
        cells.append((i, end))
        if end >= n or text[end] == "\n":
            return cells
        i = end + 1


# ---------------------------------------------------------------------------- finding each inspection's rows

Block = tuple[int, int]  # the start and end offsets of a run of one inspection's rows


def _probe(text: str | bytes, start: int) -> tuple[dict[str, list[Block]], dict[str, int]] | None:
    """Each inspection's runs of rows, found by probing (the ``inspection`` column first), and
    each inspection's number of rows; None when the text is not laid out for it (a cell with a
    line break, a blank line) or a run does not check out, and every row must be read instead.

    ``text`` is the file's text, or its bytes where they are ASCII with no quote and no
    carriage return (then every offset is the same in both)."""
    nl: Any = "\n" if isinstance(text, str) else b"\n"  # of the text's own type
    n = len(text)
    while n > start and text[n - 1 : n] == nl:
        n -= 1  # blank lines at the end
    if n == start:
        return {}, {}
    # A blank line among the rows is found by the checks below (it starts no run).
    if isinstance(text, str) and '"' in text:
        if any("\n" in m.group() for m in _QUOTED.finditer(text, start)):
            return None
    blocks: dict[str, list[Block]] = {}
    rows: dict[str, int] = {}
    pos = start
    while pos < n:
        found = _first_cell(text, pos, n)
        if found is None:
            return None
        key, prefix = found
        end = _run_end(text, pos, n, prefix)
        # Checked by counting: every line break inside the run starts one of its rows.
        inner = max(pos, end - 1)
        breaks = text.count(nl, pos, inner)
        if breaks != text.count(nl + prefix, pos, inner + len(prefix)):
            return None  # the run is not all one inspection's rows: read every row
        blocks.setdefault(key, []).append((pos, end))
        rows[key] = rows.get(key, 0) + breaks + 1
        pos = end + (1 if end == n else 0)
    return blocks, rows


def _first_cell(text: str | bytes, pos: int, n: int) -> tuple[str, Any] | None:
    """The first cell of the row at ``pos`` and the text it starts with (cell and comma)."""
    if isinstance(text, bytes):  # ASCII, no quote
        comma = text.find(b",", pos, n)
        newline = text.find(b"\n", pos, n)
        if comma < 0 or (0 <= newline < comma):
            return None
        return unescape(text[pos:comma].decode("ascii")), text[pos : comma + 1]
    if text.startswith('"', pos):
        match = _QUOTED.match(text, pos)
        if match is None or not text.startswith(",", match.end()):
            return None
        raw = match.group()
        return unescape(raw[1:-1].replace('""', '"')), raw + ","
    comma = text.find(",", pos, n)
    newline = text.find("\n", pos, n)
    if comma < 0 or (0 <= newline < comma):
        return None
    return unescape(text[pos:comma]), text[pos : comma + 1]


def _next_row(text: str | bytes, at: int, n: int) -> int:
    """The start of the first row after offset ``at`` (``n``: there is none)."""
    found = text.find("\n" if isinstance(text, str) else b"\n", at, n)  # type: ignore[arg-type]
    return n if found < 0 else found + 1


def _run_end(text: str | bytes, pos: int, n: int, prefix: Any) -> int:
    """Where the run of rows starting with ``prefix`` from ``pos`` ends: the start of the
    first row that does not (``n``: the end). Probes forward doubling the step, then halves
    the gap; assumes the run is unbroken (checked by counting afterwards)."""
    lo, step = pos, _STEP
    while True:
        r = _next_row(text, lo + step, n)
        if r >= n:
            hi = n
            break
        if text.startswith(prefix, r):
            lo, step = r, step * 2
        else:
            hi = r
            break
    while hi - lo > _LINEAR:
        r = _next_row(text, (lo + hi) // 2, n)
        if r >= hi:
            break
        if text.startswith(prefix, r):
            lo = r
        else:
            hi = r
    r = lo
    while True:
        r = _next_row(text, r, n)
        if r >= hi or not text.startswith(prefix, r):
            return min(r, hi)


def _read_runs(
    text: str, start: int, column: int, display: str
) -> tuple[dict[str, list[Block]], list[Diagnostic]]:
    """Each inspection's runs of rows, found by reading every row in order."""
    starts = Source(display, text).starts
    blocks: dict[str, list[Block]] = {}
    problems: list[Diagnostic] = []
    reader = csv.reader(io.StringIO(text[start:], newline=""), strict=True)
    first_line = text.count("\n", 0, start) + 1
    before = 0  # the lines read so far, past the header
    current: str | None = None
    run_start = run_end = 0  # lines, 1-based, of the run's first and last rows
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            before = reader.line_num
            continue  # reported where the inspection's rows are read
        top, before = first_line + before, reader.line_num
        bottom = first_line + before - 1
        if not row:
            continue
        key = unescape(row[column]) if column < len(row) else ""
        if not key:
            problems.append(
                Diagnostic.error(
                    codes.INPUT_TABLE,
                    "no inspection id: say which inspection this row belongs to",
                    Span(display, top, 1, top, 2),
                )
            )
            continue
        if key != current:
            if current is not None:
                blocks.setdefault(current, []).append(_block(starts, run_start, run_end, text))
            current, run_start = key, top
        run_end = bottom
    if current is not None:
        blocks.setdefault(current, []).append(_block(starts, run_start, run_end, text))
    return blocks, problems


def _block(starts: list[int], first: int, last: int, text: str) -> Block:
    return starts[first - 1], starts[last] if last < len(starts) else len(text)


# ---------------------------------------------------------------------------- the table


class CsvTable(Table):
    """A CSV table and its inspections file, read whole and indexed by inspection."""

    def __init__(self, path: str) -> None:
        # Named as every output names a file (relative to the working folder when under it).
        self.display = registry.display_path(path)
        self.side_display = registry.display_path(side_path(path))
        self._offsets: dict[tuple[bool, int], list[tuple[int, int]]] = {}
        raw = files.read_bytes(path, path, what="a table of inspections")
        # The hash is worked out on another thread while the text is decoded and indexed
        # (hashlib lets go of the interpreter while it hashes).
        digest = hashlib.sha256()
        hashing = threading.Thread(target=digest.update, args=(raw,))
        hashing.start()
        try:
            side_raw = self._read(raw)
        finally:
            hashing.join()
        digest.update(side_raw)
        self.digest = digest.hexdigest()
        self._read_facts()

    def _read(self, raw: bytes) -> bytes:
        """Reads the table's text and header, finds each inspection's rows; the bytes of the
        inspections file."""
        path, side = self.display, self.side_display
        self._source: Source | None = None
        # ASCII with no quote and no carriage return (as export writes a table, and most
        # databases): its text is its bytes, a character a byte, so the bytes are kept and the
        # text is made only where a row is read in Python or a place is reported. The rows are
        # found in the bytes and handed to pyarrow as they lie, without a copy.
        self._raw: bytes | None = None
        self._text: str | None = None
        if not files.ascii_text(raw, path):
            self._text = _decode(raw, path)
        elif b"\r" in raw or b'"' in raw:
            self._text = _lf(raw.decode("ascii"))
        else:
            self._raw = raw
        body: str | bytes
        if self._raw is None:
            assert self._text is not None
            body = head = self._text
        else:
            body, end = raw, raw.find(b"\n")
            head = raw[: (len(raw) if end < 0 else end + 1) + 4096].decode("ascii")
        names, start = _first_row(head, path, "a table of inspections")
        names = [unescape(n) for n in names]
        if {"key", "field", "value"} <= set(names):
            raise InputError(
                f"{path}: this is the inspections file of a table; name the table itself "
                "(the file beside it with the case answers)"
            )
        header, problems = read_header(names, lambda i: self._header_place(False, i), path)
        if not os.path.lexists(side):
            problems.append(
                Diagnostic.error(
                    codes.INPUT_TABLE,
                    f"the table's inspections file {side} is not there; it gives each "
                    "inspection's service, framework and other facts (docs/long-table.md)",
                    Span(path, 1, 1, 1, 2),
                )
            )
        if problems or header is None:
            raise DiagnosticsError(
                problems, {path: self.source}, f"{path}: not read (its header; see above)"
            )
        self.header = header
        # The answer's own columns first (in any order), the case's facts after them: then a
        # row is split once after its answer and the facts are compared as written.
        lead = [header.inspection, header.case, header.item, header.answer]
        lead += [] if header.reason is None else [header.reason]
        self._lead = len(lead) if sorted(lead) == list(range(len(lead))) and header.facts else None
        side_raw = files.read_bytes(side, side, what="an inspections file")
        self.side_text = _decode(side_raw, side)
        self.side_source = Source(side, self.side_text)
        with long_table.collector_paused():
            probed = _probe(body, start) if header.inspection == 0 else None
            # Laid out plainly (rows found by probing, no quoted cell): pyarrow may read it.
            self._plain = probed is not None and (self._raw is not None or '"' not in body)
            if probed is None or "" in probed[0]:  # rows without an inspection id: say where
                found, self._problems = _read_runs(self.text, start, header.inspection, path)
                self._rows: dict[str, int] = {}
                self._plain = False
            else:
                found, self._rows = probed
                self._problems = []
        self.blocks = found
        # The codes of the inspections last prepared, and the row past each one's last.
        self._codes: table_codes.Codes | None = None
        self._segment: table_codes.Segment | None = None
        self._runs: dict[str, int] = {}
        return side_raw

    @property
    def text(self) -> str:
        """The table's text (made from its bytes the first time it is asked for)."""
        if self._text is None:
            assert self._raw is not None
            self._text = self._raw.decode("ascii")
        return self._text

    @property
    def source(self) -> Source:  # type: ignore[override]
        """The table's text, for places and excerpts."""
        if self._source is None:
            self._source = Source(self.display, self.text)
        return self._source

    @property
    def plain(self) -> bool:
        """Whether the table is laid out plainly, so that pyarrow may read its cells."""
        return self._plain

    def prepare(self, keys: Iterable[str] | None = None) -> None:
        """Reads the rows of these inspections (None: every one) with pyarrow, where it is
        installed and the table is laid out plainly (:mod:`.table_codes`), so that each one's
        index is built from codes. A corpus run asks for a few inspections at a time, in the
        process that rates them (each worker reads its own), so no process reads the whole
        table's cells alone; the codes of the last inspections asked for are kept, no more."""
        if not self._plain:
            return
        wanted = [k for k in (self.order if keys is None else keys) if k in self.blocks]
        if all(k in self._runs for k in wanted):
            return
        spans: list[tuple[str, int]] = []
        ranges: list[list[int]] = []
        row = 0
        for key in wanted:
            for lo, hi in self.blocks[key]:
                if ranges and ranges[-1][1] == lo:
                    ranges[-1][1] = hi  # the next inspection's rows follow: one range
                else:
                    ranges.append([lo, hi])
            row += self._rows[key]
            spans.append((key, row))
        self._runs = dict(spans)
        # The inspections' runs one after another (a run at the end of the file may lack its
        # line break): their rows are together in what pyarrow reads.
        data: Any
        if self._raw is not None:
            raw = memoryview(self._raw)
            pieces: list[Any] = []
            for lo, hi in ranges:
                pieces.append(raw[lo:hi])
                if raw[hi - 1] != 10:  # the file's last row, without its line break
                    pieces.append(b"\n")
            data = pieces[0] if len(pieces) == 1 else b"".join(pieces)
        else:
            text = self.text
            data = "".join(
                text[lo:hi] if text[hi - 1] == "\n" else text[lo:hi] + "\n" for lo, hi in ranges
            ).encode("utf-8")
        self._codes = table_codes.read(
            data,
            self.header.width,
            self.header.inspection,
            unescape,
            row,
            # A case's facts are read whole and compared with its first row: they are only
            # coded there (once a case, not once a row).
            whole=frozenset(self.header.facts),
        )
        self._segment = (
            None
            if self._codes is None
            else table_codes.Segment(self.header, self._codes, spans, unescape)
        )

    def quick_index(self, key: str) -> _Index | None:
        # Only for inspections prepared (a corpus run): reading every cell to index one
        # inspection named alone would cost more than taking its rows apart.
        if self._segment is None or key not in self._runs:
            return None
        return self._segment.index(key)

    def _read_facts(self) -> None:
        problems = self._problems
        side, text = self.side_display, self.side_text
        names, _ = _first_row(text, side, "an inspections file")
        names = [unescape(n) for n in names]
        columns, header_problems = read_fact_header(names, lambda i: self._header_place(True, i))
        problems += header_problems
        facts: dict[str, list[Row]] = {}
        if columns is not None:
            key_column = columns["inspection"]
            reader = csv.reader(io.StringIO(text, newline=""), strict=True)
            next(reader)
            before = 1
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as err:
                    problems.append(self._quote_problem(True, before + 1, err))
                    before = reader.line_num
                    continue
                top, before = before + 1, reader.line_num
                if not row:
                    continue
                row = [unescape(c) for c in row]
                if len(row) != len(names):
                    problems.append(
                        Diagnostic.error(
                            codes.INPUT_TABLE,
                            f"this row has {len(row)} cells and the header {len(names)}; give "
                            "every row one cell per column (an empty cell for no value)",
                            self.place(Cell(True, top, min(len(row), len(names)) - 1)),
                        )
                    )
                    continue
                key = row[key_column]
                if not key:
                    problems.append(
                        Diagnostic.error(
                            codes.INPUT_TABLE,
                            "no inspection id: say which inspection this row belongs to",
                            self.place(Cell(True, top, key_column)),
                        )
                    )
                    continue
                facts.setdefault(key, []).append(Row(top, row))
        if problems:
            raise DiagnosticsError(
                problems,
                {self.display: self.source, side: self.side_source},
                f"{self.display}: not read ({len(problems)} problem"
                f"{'' if len(problems) == 1 else 's'} with its rows or columns; see above)",
            )
        self.facts = facts
        self.fact_columns = columns or {}
        self.order = dict.fromkeys([*facts, *self.blocks])

    def _header_place(self, side: bool, column: int) -> Span:
        return self.place(Cell(side, 1, column))

    def _quote_problem(self, side: bool, line: int, err: csv.Error) -> Diagnostic:
        return Diagnostic.error(
            codes.INPUT_TABLE,
            f"a quote out of place ({err}); a cell with a comma, a quote or a line break is "
            'written in quotes, each quote in it doubled ("say ""no""")',
            self.place(Cell(side, line, 0)),
        )

    # -------------------------------------------------------------------- rows

    def columns(self, key: str) -> Iterator[Columns]:
        for start, end in self.blocks.get(key, ()):
            text = self._text
            if text is None:  # the bytes kept (no quote): this run's text alone
                assert self._raw is not None
                text, start, end = self._raw[start:end].decode("ascii"), 0, end - start
            elif '"' in text[start:end]:
                yield self._columns(text[start:end])  # a quoted cell may hold a line break
                continue
            while start < end:
                cut = _next_row(text, min(start + _CHUNK, end), end)
                yield self._columns(text[start:cut])
                start = cut

    def _columns(self, piece: str) -> Columns:
        """Rows of one inspection by column."""
        h = self.header
        lead = self._lead
        if lead is not None and not _needs_reading(piece):
            # Each row split after its answer: the case's facts stay one string, compared
            # whole and split once per case.
            lines = piece.split("\n")
            if lines[-1] == "":
                lines.pop()
            rows = [line.split(",", lead) for line in lines]
            if set(map(len, rows)) != {lead + 1}:
                raise _Problem  # a ragged row or a blank line
            cells = list(zip(*rows, strict=True))
            return Columns(
                inspections=None,  # the rows were found by their inspection
                cases=cells[h.case],
                items=cells[h.item],
                answers=cells[h.answer],
                reasons=None if h.reason is None else cells[h.reason],
                facts=cells[lead],
                split=_split_facts,
            )
        if '"' in piece:
            try:
                found = list(csv.reader(io.StringIO(piece, newline=""), strict=True))
            except csv.Error as err:
                raise _Problem from err
        else:
            lines = piece.split("\n")
            if lines[-1] == "":
                lines.pop()
            found = [line.split(",") for line in lines]
        if _escaped(piece):
            found = _unescaped(found)
        if set(map(len, found)) != {h.width}:
            raise _Problem  # a ragged row or a blank line
        return tuple_facts(h, list(zip(*found, strict=True)))

    def rows(self, key: str, problems: list[Diagnostic]) -> Iterator[Row]:
        for start, end in self.blocks.get(key, ()):
            line = self.source.line_col(start)[0]
            reader = csv.reader(io.StringIO(self.text[start:end], newline=""), strict=True)
            before = 0
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as err:
                    problems.append(self._quote_problem(False, line + before, err))
                    before = reader.line_num
                    continue
                top, before = line + before, reader.line_num
                if row:
                    yield Row(top, [unescape(c) for c in row])

    def place(self, cell: Cell) -> Span:
        source = self.side_source if cell.side else self.source
        offsets = self._offsets.get((cell.side, cell.line))
        starts = source.starts
        if cell.line > len(starts):
            return Span(source.path, cell.line, 1, cell.line, 2)
        if offsets is None:
            offsets = self._offsets[(cell.side, cell.line)] = cell_offsets(
                source.text, starts[cell.line - 1]
            )
        start, end = offsets[min(cell.column, len(offsets) - 1)]
        if cell.column >= len(offsets):  # a cell the row leaves out: just past its end
            start = end
        line, col = source.line_col(start)
        end_line, end_col = source.line_col(max(end, start + 1))
        return Span(source.path, line, col, end_line, end_col)


# ---------------------------------------------------------------------------- the reader (readers.py)

_OPEN: dict[str, tuple[tuple[Any, ...], CsvTable]] = {}
_KEEP: Final = 2


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


def open_table(path: str) -> CsvTable:
    """The table at ``path``, read once per process while its files are unchanged (the
    worker processes of a corpus run share the reading their parent did)."""
    signature = _signature(path)
    kept = _OPEN.get(path)
    if kept is not None and kept[0] == signature:
        return kept[1]
    table = CsvTable(path)
    while len(_OPEN) >= _KEEP:
        _OPEN.pop(next(iter(_OPEN)))
    _OPEN[path] = (signature, table)
    return table


def recognise(path: Path) -> str | None:
    """A table by its header (``inspection,case,item,answer,...``); its inspections file by
    its own (``inspection,key,item,field,value``); None when it cannot be read."""
    try:
        text = files.decode(files.read_bytes(path, str(path)), str(path))
    except RatingbookError:
        return None
    end = text.find("\n")
    line = text[: end if end >= 0 else len(text)].rstrip("\r")
    try:
        names = {unescape(n).strip().lower() for n in next(csv.reader([line]), [])}
    except csv.Error:
        return readers.UNKNOWN
    if {"key", "field", "value"} <= names:
        # Read with its table; without one, it is returned so that reading it says so.
        return readers.PART if os.path.exists(main_path(str(path))) else readers.UNKNOWN
    if len(names & set(REQUIRED)) >= 2:
        return readers.INSPECTION
    return readers.UNKNOWN


def entries(path: str) -> list[Entry]:
    found = long_table.entries_of(path, open_table)
    if len(found) > 1 and open_table(path).plain:
        # A corpus run: its worker processes read the cells (read_together); pyarrow is
        # loaded here, once, so that the workers forked from this process share it.
        table_codes.modules()
    return found


def read_together(path: str, keys: Sequence[str]) -> None:
    """Read these inspections' rows together (a corpus run's next few), where it is quicker."""
    open_table(path).prepare(keys)


def load(found: Entry) -> Inspection:
    return long_table.load_entry(found, open_table)


def document(found: Entry) -> dict[str, Any]:
    return long_table.document_of(found, open_table)
