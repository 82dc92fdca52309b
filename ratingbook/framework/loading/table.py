"""Inspection data as a long table: the part that does not depend on the file format.

A long table ([long-table.md](../../docs/long-table.md)) is two tables: the *table*, one row
per case answer (inspection, case, item, answer, reason, and the case's facts repeated on
each of its rows: disposal, inspector, note and one column per attribute), and beside it the
*inspections file*, one row per fact of an inspection (its service, framework, counts,
judgements, ...: the inspection format's keys, as ``key``, ``item``, ``field`` and ``value``).
``csv_table.py`` and ``parquet_table.py`` read the cells; this module checks them and builds
the records.

Two paths, as for YAML:

- **The common path** takes one inspection's rows column by column (:class:`Columns`)
  straight into the case table's answer columns: set operations check the values, a loop of
  a few dictionary steps per row places the answers. No per-case mapping is built, and no
  position is kept.
- **When there is a problem**, the inspection's rows are read again one by one with their
  lines, built into the inspection format's mappings, and checked by the same schema and rules
  as a YAML file, with the table's own rules (ragged rows, a case whose rows disagree, the same
  answer twice); every problem is reported at once, each at its row and cell.

A cell's place is ``FILE:LINE:COLUMN``: for CSV the line of the file and the character column
where the cell starts (so editors and ``file:line:col`` tools jump to it); for Parquet, which
has no lines, the row counted as a spreadsheet counts it (the header is row 1) and the
column's number.
"""

from __future__ import annotations

import operator
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final

from ratingbook._record import record
from ratingbook.dsl.diagnostics import Diagnostic, did_you_mean
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import codes
from ratingbook.framework.errors import DiagnosticsError, InputError, RatingbookError
from ratingbook.framework.inspection import CODE, FORMAT, Inspection, PathKey, format_path
from ratingbook.framework.loading.inspections import (
    SHORTHAND,
    _CaseRecord,
    _collector_paused,
    _Index,
    _inspection,
    _normalise,
    _rule_problems,
    _schema_message,
    _short,
    id_key,
)
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.loading.schema import explainer, inspection_check, inspection_schema

# ---------------------------------------------------------------------------- the columns

INSPECTION: Final = "inspection"
CASE: Final = "case"
ITEM: Final = "item"
ANSWER: Final = "answer"
REASON: Final = "reason"
INSPECTOR: Final = "inspector"
NOTE: Final = "note"
DISPOSAL: Final = "disposal"
REQUIRED: Final = (INSPECTION, CASE, ITEM, ANSWER)
# The table's own columns; every other column is an attribute of the case.
NAMED: Final = (*REQUIRED, REASON, INSPECTOR, NOTE, DISPOSAL)
# A case's facts, the same on every row of the case, in the order export writes them.
CASE_FACTS: Final = (DISPOSAL, INSPECTOR, NOTE)
FACT_COLUMNS: Final = (INSPECTION, "key", "item", "field", "value")
ANSWERS: Final = frozenset(CODE)
SIDE: Final = ".inspections"
"""``table.csv``'s inspections file is ``table.inspections.csv``."""

_ITEM_ID: Final = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+(\.[a-z]+)?")


def side_path(path: str) -> str:
    """The inspections file of a table: ``table.inspections.csv`` beside ``table.csv``."""
    p = Path(path)
    return str(p.with_name(f"{p.stem}{SIDE}{p.suffix}"))


def main_path(path: str) -> str:
    """The table an inspections file belongs to: ``table.csv`` for ``table.inspections.csv``."""
    p = Path(path)
    stem = p.stem[: -len(SIDE)] if p.stem.endswith(SIDE) else p.stem
    return str(p.with_name(f"{stem}{p.suffix}"))


class _Problem(Exception):
    """The common path found something to report: read again, one row at a time."""


collector_paused = _collector_paused
"""Python's cycle collector off while a table's (acyclic) rows are built."""


@record
class Header:
    """The table's columns: where each of its own is, and which are the case's facts."""

    names: tuple[str, ...]
    inspection: int
    case: int
    item: int
    answer: int
    reason: int | None
    facts: tuple[int, ...]  # disposal, inspector, note and every attribute, by position

    @property
    def width(self) -> int:
        return len(self.names)

    def column(self, name: str) -> int | None:
        return self.names.index(name) if name in self.names else None


@cache
def _case_required() -> tuple[str, ...]:
    """The keys every case must give, by the schema (``id`` is the ``case`` column)."""
    cases = inspection_schema()["properties"]["cases"]["items"]
    return tuple(k for k in cases.get("required", ()) if k != "id")


def read_header(
    names: Sequence[str], place: Callable[[int], Span], display: str
) -> tuple[Header | None, list[Diagnostic]]:
    """The table's header, or every problem with it, each at its cell."""
    problems: list[Diagnostic] = []

    def problem(message: str, column: int) -> None:
        problems.append(Diagnostic.error(codes.INPUT_TABLE, message, place(column)))

    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if not name.strip():
            problem(f"column {i + 1} has no name; name it or remove the column", i)
            continue
        if name in seen:
            problem(
                f'column "{name}" appears twice (columns {seen[name] + 1} and {i + 1}); keep one',
                i,
            )
            continue
        seen[name] = i
        plain = name.strip().lower().replace(" ", "_")
        if name != plain and plain in NAMED:
            problem(f'column "{name}": did you mean "{plain}"? (write column names as shown)', i)
        elif name != name.strip():
            problem(f'column "{name}" has spaces around its name; remove them', i)
    near = {n.strip().lower().replace(" ", "_") for n in names}
    for name in REQUIRED:
        if name not in seen and name not in near:
            problem(
                f'no column "{name}": every row gives its inspection, case, item and answer '
                "(see docs/long-table.md)",
                0,
            )
    for key in _case_required():
        if key not in seen and key not in near and key in NAMED:
            problem(f'no column "{key}": every case needs its {key}', 0)
    if problems or any(n not in seen for n in REQUIRED):
        return None, problems
    facts = tuple(i for i, n in enumerate(names) if n not in (*REQUIRED, REASON))
    return (
        Header(
            names=tuple(names),
            inspection=seen[INSPECTION],
            case=seen[CASE],
            item=seen[ITEM],
            answer=seen[ANSWER],
            reason=seen.get(REASON),
            facts=facts,
        ),
        [],
    )


def read_fact_header(
    names: Sequence[str], place: Callable[[int], Span]
) -> tuple[dict[str, int] | None, list[Diagnostic]]:
    """The inspections file's header: exactly its five columns, in any order."""
    problems: list[Diagnostic] = []
    seen: dict[str, int] = {}
    listed = ", ".join(FACT_COLUMNS)
    for i, name in enumerate(names):
        if name in seen:
            problems.append(
                Diagnostic.error(
                    codes.INPUT_TABLE,
                    f'column "{name}" appears twice (columns {seen[name] + 1} and {i + 1}); keep one',
                    place(i),
                )
            )
        elif name not in FACT_COLUMNS:
            hint = did_you_mean(name.strip().lower(), FACT_COLUMNS, quoted=True)
            problems.append(
                Diagnostic.error(
                    codes.INPUT_TABLE,
                    f'column "{name}" is not a column of an inspections file{hint} '
                    f"(its columns: {listed})",
                    place(i),
                )
            )
        else:
            seen[name] = i
    for name in FACT_COLUMNS:
        if name not in seen:
            problems.append(
                Diagnostic.error(
                    codes.INPUT_TABLE,
                    f'no column "{name}": an inspections file has the columns {listed}',
                    place(0),
                )
            )
    return (None if problems else seen), problems


# ---------------------------------------------------------------------------- cells and rows


@record(kw_only=False)
class Row:
    """One row of a table as read one at a time: its line (a Parquet row's number, counting
    the header as 1) and its cells as text (an empty cell: "")."""

    line: int
    cells: Sequence[str]


@record(kw_only=False)
class Cell:
    """Where a value is: which file (the table, or its inspections file), line and column."""

    side: bool
    line: int
    column: int


class Table(ABC):
    """A long table opened for reading: its header, its inspections, and their rows.

    A format supplies the cells; everything else is here."""

    display: str  # the table's name as given
    side_display: str  # its inspections file's
    digest: str  # the sha256 of the table's bytes followed by its inspections file's
    header: Header
    source: Source  # the table's text, for excerpts (empty for a format without lines)
    side_source: Source
    facts: dict[str, list[Row]]  # each inspection's rows of the inspections file
    fact_columns: dict[str, int]
    order: dict[str, None]  # the inspections, in the order they first appear

    @abstractmethod
    def columns(self, key: str) -> Iterator[Columns]:
        """The inspection's rows by column (the common path), a few tens of thousands at a
        time.

        Raises:
            _Problem: the rows cannot be taken column by column (a ragged row, ...).
        """

    @abstractmethod
    def rows(self, key: str, problems: list[Diagnostic]) -> Iterator[Row]:
        """The inspection's rows one at a time, with their lines; a row that cannot be read
        (a quote out of place) is added to ``problems``."""

    @abstractmethod
    def place(self, cell: Cell) -> Span:
        """Where a cell is written."""

    def keys(self) -> list[str]:
        """The inspections, in the order they first appear (the inspections file first)."""
        return list(self.order)

    def quick_index(self, key: str) -> _Index | None:
        """The inspection's index built by the format's own fast path, or None where it has
        none (then its rows are taken by :meth:`columns`).

        Raises:
            _Problem: the rows have something to report.
        """
        return None


# ---------------------------------------------------------------------------- the inspections file


_NUMBER: Final = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_MAX_DIGITS: Final = 18


@cache
def _leaf_types(path: tuple[str, ...]) -> frozenset[str]:
    """The JSON types the schema allows at ``path`` (ids and names as written); empty where
    it knows no such key (the schema then says what is wrong)."""
    nodes: list[dict[str, Any]] = [inspection_schema()]
    for part in path:
        following: list[dict[str, Any]] = []
        for node in _branches(nodes):
            props = node.get("properties", {})
            if part in props:
                following.append(props[part])
            elif isinstance(node.get("additionalProperties"), dict):
                following.append(node["additionalProperties"])
        nodes = following
    types: set[str] = set()
    for node in _branches(nodes):
        kind = node.get("type")
        if isinstance(kind, str):
            types.add(kind)
        elif isinstance(kind, list):
            types.update(kind)
        elif "const" in node or "enum" in node:
            types.add("string")
    return frozenset(types)


def _branches(nodes: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in nodes:
        out.append(node)
        for key in ("oneOf", "anyOf"):
            out += _branches(node.get(key, ()))
    return out


def typed(path: tuple[str, ...], text: str) -> tuple[Any, str | None]:
    """A cell of the inspections file as the value the schema asks for at ``path``: a whole
    number, a number, yes/no for true/false, else the text; with the reason when the cell is
    not the number it must be (the text is kept, so the place is still reported)."""
    types = _leaf_types(path)
    if "boolean" in types and text in ("yes", "no", "true", "false"):
        return text in ("yes", "true"), None
    if not types & {"integer", "number"}:
        return text, None
    if text != text.strip():
        return text, f"{_short(text)} has spaces around it; write the number alone"
    match = _NUMBER.fullmatch(text)
    if match is None:
        if "string" in types:
            return text, None
        return text, _why_not_a_number(text)
    whole, decimals = match.group(0).split(".")[0], match.group(2)
    if len(whole.lstrip("-")) > _MAX_DIGITS:
        return text, f"a number of {len(whole.lstrip('-')):,} digits is out of range"
    if decimals is not None:
        return float(text), None
    return int(text), None


def _why_not_a_number(text: str) -> str:
    shown = _short(text)
    plain = text.lstrip("+-")
    if not text:
        return "no number given; give a whole number"
    if re.fullmatch(r"[+-]?0[0-9]+(\.[0-9]+)?", text):
        return f"{shown} starts with a zero; write the number without it ({text.lstrip('+').lstrip('0') or '0'})"
    if text.startswith("+") and _NUMBER.fullmatch(plain):
        return f"{shown}: write the number without '+'"
    if re.fullmatch(r"[+-]?[0-9.]+[eE][+-]?[0-9]+", text):
        return f"{shown} is written with an exponent; write the number out in digits"
    if re.fullmatch(r"[+-]?[0-9]+(,[0-9]+)+", text):
        return (
            f"{shown} is not a number as ratingbook reads one: write decimals with a point and "
            "no thousands separators (1.5, 1500)"
        )
    return f"{shown} is not a number"


@dataclass
class Places:
    """Where each value and key of one inspection is written, found as it is read."""

    values: dict[PathKey, Cell] = field(default_factory=dict)
    keys: dict[PathKey, Cell] = field(default_factory=dict)
    written: dict[PathKey, set[str]] = field(default_factory=dict)
    unreadable: set[PathKey] = field(default_factory=set)  # values reported as they were read
    # A case's answers, many to an inspection, kept small: (case, item) -> its row's line,
    # and the columns of the table's item, answer and reason.
    answers: dict[tuple[int, str], int] = field(default_factory=dict)
    answer_columns: tuple[int, int, int | None] = (0, 0, None)

    def answer(self, path: PathKey, key: bool) -> Cell | None:
        """Where a case's answer (or its item, or its reason) is written."""
        if len(path) < 4 or path[0] != "cases" or path[2] != "answers":
            return None
        line = self.answers.get((path[1], path[3]))  # type: ignore[arg-type]
        if line is None:
            return None
        item, answer, reason = self.answer_columns
        if len(path) == 4:
            return Cell(False, line, item if key else answer)
        return Cell(False, line, reason if path[4] == "reason" and reason is not None else answer)

    def reported(self, path: PathKey) -> bool:
        """Whether a problem at ``path`` comes from a value already reported as unreadable
        (a number that is not one makes its mapping fail the schema too)."""
        return any(path == bad[: len(path)] or bad == path[: len(bad)] for bad in self.unreadable)

    def add(self, path: PathKey, value: Cell, key: Cell | None = None) -> None:
        self.values.setdefault(path, value)
        self.keys.setdefault(path, key or value)
        if path:
            self.written.setdefault(path[:-1], set()).add(str(path[-1]))

    def nearest(self, path: PathKey, *, key: bool = False) -> Cell | None:
        found = self.answer(path, key)
        if found is not None:
            return found
        if key and path in self.keys:
            return self.keys[path]
        p = path
        while p:
            if p in self.values:
                return self.values[p]
            p = p[:-1]
        return self.values.get(())


def read_facts(
    rows: Sequence[Row],
    columns: dict[str, int],
    places: Places,
    problems: list[Diagnostic],
    place: Callable[[Cell], Span | None],
) -> dict[str, Any]:
    """One inspection's rows of the inspections file as the inspection format's mapping,
    each value typed as the schema asks; problems are added to ``problems``."""
    data: dict[str, Any] = {}
    k, i, f, v = (columns[c] for c in ("key", "item", "field", "value"))

    def error(message: str, cell: Cell, code: Any = codes.INPUT_TABLE) -> None:
        problems.append(Diagnostic.error(code, message, place(cell)))

    first: dict[PathKey, int] = {}
    for row in rows:
        cells = row.cells
        key, item, fld, value = cells[k], cells[i], cells[f], cells[v]
        at = Cell(True, row.line, v)
        if not key:
            error("no key: say what the value is (service, counts, ...)", Cell(True, row.line, k))
            continue
        parts = [key, *([item] if item else []), *(fld.split("/") if fld else [])]
        if any(not p for p in parts):
            error(f"{fld!r}: a field's names are separated by single '/'", Cell(True, row.line, f))
            continue
        path: tuple[str, ...] = tuple(parts)
        last = Cell(True, row.line, f if fld else i if item else k)
        if path in first:
            error(
                f"{format_path(path)} is given twice (first on line {first[path]}); keep one",
                last,
            )
            continue
        node = data
        for depth, part in enumerate(path[:-1]):
            prefix = path[: depth + 1]
            found = node.setdefault(part, {})
            if not isinstance(found, dict):
                error(
                    f"{format_path(prefix)} is given as a value on line {first[prefix]} and as "
                    f"a mapping here ({format_path(path)}); give one",
                    last,
                )
                break
            if prefix not in places.values:
                column = k if depth == 0 else i if (item and depth == 1) else f
                places.add(prefix, Cell(True, row.line, column))
            node = found
        else:
            if path[-1] in node:
                error(
                    f"{format_path(path)} is given as a mapping (line "
                    f"{places.values[path].line}) and as a value here; give one",
                    last,
                )
                continue
            value_of, why = typed(path, value)
            if why is not None:
                error(f"{format_path(path)}: {why}", at, codes.INPUT_TABLE)
                places.unreadable.add(path)
            node[path[-1]] = value_of
            first[path] = row.line
            places.add(path, at, last)
    data.setdefault("format", FORMAT)
    return data


# ---------------------------------------------------------------------------- the common path


def _quick(table: Table, key: str) -> Inspection:
    """The common path: raises _Problem at the first thing that needs a message."""
    problems: list[Diagnostic] = []
    data = read_facts(table.facts.get(key, []), table.fact_columns, Places(), problems, _no_place)
    if problems:
        raise _Problem
    index = table.quick_index(key)
    if index is None:
        index = _index_columns(table.header, table.columns(key), key)
    data = _normalise(data)
    if not inspection_check()(data) or _rule_problems(data):
        raise _Problem
    return _build(table, key, data, index)


def _no_place(cell: Cell) -> Span | None:  # the common path keeps no positions
    return None


@record
class Columns:
    """One inspection's rows, column by column, as a format hands them to the common path.

    ``facts`` holds, for each row, the case's facts in a form that is equal for rows that give
    the same facts: a tuple of the cells, or the cells as written, one string (a CSV row's
    text after its answer). ``split`` turns one row's into the cells, in the header's order.
    """

    inspections: Sequence[str] | None  # None: the format found the rows by their inspection
    cases: Sequence[str]
    items: Sequence[str]
    answers: Sequence[str]
    reasons: Sequence[str] | None
    facts: Sequence[Any]
    split: Callable[[Any], Sequence[str]]


def tuple_facts(header: Header, columns: Sequence[Sequence[str]]) -> Columns:
    """Columns from every cell of every row (the facts as tuples of cells)."""
    fact_columns = [columns[j] for j in header.facts]
    facts: Sequence[Any] = (
        list(zip(*fact_columns, strict=True)) if fact_columns else [()] * len(columns[0])
    )
    return Columns(
        inspections=columns[header.inspection],
        cases=columns[header.case],
        items=columns[header.item],
        answers=columns[header.answer],
        reasons=None if header.reason is None else columns[header.reason],
        facts=facts,
        split=_same,
    )


def _same(facts: Sequence[str]) -> Sequence[str]:
    return facts


def _index_columns(header: Header, chunks: Iterable[Columns], key: str) -> _Index:
    """One inspection's answers, column by column, into the case table's index.

    The rows come in chunks (a format hands over a few tens of thousands at a time), so that
    memory holds the index and one chunk, not every row of a large inspection at once."""
    position: dict[str, int] = {}  # each case's index, in the order cases first appear
    written: list[Any] = []  # each case's facts as its first row gives them
    answer_columns: dict[str, bytearray] = {}
    reasons: dict[int, dict[str, str]] = {}
    answered = 0
    split: Callable[[Any], Sequence[str]] = _same
    for columns in chunks:
        cases, items, answers = columns.cases, columns.items, columns.answers
        split = columns.split
        if not cases:
            continue
        if columns.inspections is not None and set(columns.inspections) != {key}:
            raise _Problem
        if not set(answers) <= ANSWERS:
            raise _Problem  # an answer to report, or a row of a case's facts alone
        # The case's facts, the same on every row of it: compared whole, split once per case.
        by_case = dict(zip(cases, columns.facts, strict=True))
        if any(map(operator.ne, map(by_case.__getitem__, cases), columns.facts)):
            raise _Problem  # a case's rows disagree
        for cid, facts in by_case.items():
            i = position.get(cid)
            if i is None:
                position[cid] = len(written)
                written.append(facts)
            elif written[i] != facts:
                raise _Problem  # ... with a row of an earlier chunk
        size = len(written)
        for column in answer_columns.values():
            column.extend(bytes(size - len(column)))
        for item in dict.fromkeys(items):
            if item not in answer_columns:
                answer_columns[item] = bytearray(size)
        at = list(map(position.__getitem__, cases))
        for item, i, code in zip(items, at, bytes(map(CODE.__getitem__, answers)), strict=True):
            answer_columns[item][i] = code
        answered += len(items)
        if columns.reasons is not None and any(columns.reasons):
            for item, i, reason in zip(items, at, columns.reasons, strict=True):
                if reason:
                    reasons.setdefault(i, {})[item] = reason
    return index_of(header, position, written, answer_columns, reasons, answered, split)


def index_of(
    header: Header,
    position: dict[str, int],
    written: list[Any],
    answer_columns: dict[str, bytearray],
    reasons: dict[int, dict[str, str]],
    answered: int,
    split: Callable[[Any], Sequence[str]],
) -> _Index:
    """The index of one inspection's rows, gathered by a format's common path: each case's
    position (in the order cases first appear) and facts as its first row gives them, each
    item's answer codes by case, the reasons, and how many answers the rows gave.

    Raises:
        _Problem: something the careful path must report (two ids that are one, an answer
            given twice, a case without its disposal, ...).
    """
    index = _Index()
    if not written:
        return index
    if len({id_key(cid) for cid in position}) != len(position):
        raise _Problem  # two ids that are one written two ways
    if "" in position or "" in answer_columns:
        raise _Problem  # a row without its case, or an answer without its item
    if sum(len(c) - c.count(0) for c in answer_columns.values()) != answered:
        raise _Problem  # an answer given twice
    if not all(_ITEM_ID.fullmatch(item) for item in answer_columns):
        raise _Problem
    names = [header.names[j] for j in header.facts]
    case_facts = [split(w) for w in written]
    required = [names.index(k) for k in _case_required() if k in names]
    if any(len(f) != len(names) or any(not f[j] for j in required) for f in case_facts):
        raise _Problem  # a ragged row, or a case without its disposal
    # The disposal column is the inspection format's shorthand for an attribute given at the
    # top of a case (SHORTHAND); the other facts that are not the table's own are attributes.
    attribute_names = [n for n in names if n not in CASE_FACTS or n in SHORTHAND]
    attributes: dict[str, list[str | None]] = {n: [] for n in attribute_names}
    records = []
    named: set[str] = set()
    for (cid, i), facts in zip(position.items(), case_facts, strict=True):
        values = dict(zip(names, facts, strict=True))
        given_attributes = {}
        for name in attribute_names:
            value = values[name]
            attributes[name].append(value or None)
            if value:
                given_attributes[name] = value
        named.update(given_attributes)
        records.append(
            _CaseRecord(
                cid,
                given_attributes,
                frozenset(n for n in SHORTHAND if n in given_attributes),
                values.get(NOTE) or None,
                values.get(INSPECTOR) or None,
                reasons.get(i, {}),
            )
        )
    for name in attribute_names:
        if name not in named:
            del attributes[name]
    index.size = len(written)
    index.answers = answer_columns
    index.attributes = attributes
    index.named = named
    index.cases = records
    index.ids = set(position)
    return index


# ---------------------------------------------------------------------------- the careful path


@dataclass
class _Case:
    """A case as its rows build it up."""

    index: int
    row: Row
    facts: tuple[str, ...]
    answers: dict[str, Any] = field(default_factory=dict)
    answered_on: dict[str, int] = field(default_factory=dict)


def _case_rows(
    table: Table, key: str, rows: Iterable[Row], places: Places, problems: list[Diagnostic]
) -> list[dict[str, Any]]:
    """The inspection's rows as the inspection format's cases, checked by the table's rules."""
    h = table.header
    names = [h.names[j] for j in h.facts]
    places.answer_columns = (h.item, h.answer, h.reason)

    def error(message: str, row: Row, column: int) -> None:
        problems.append(
            Diagnostic.error(codes.INPUT_TABLE, message, table.place(Cell(False, row.line, column)))
        )

    cases: dict[str, _Case] = {}
    written_as: dict[str, tuple[str, int]] = {}  # an id as compared: as first written, where
    for row in rows:
        cells = row.cells
        if len(cells) != h.width:
            column = min(len(cells), h.width) - (len(cells) < h.width)
            error(
                f"this row has {len(cells)} cell{'s' if len(cells) != 1 else ''} and the header "
                f"{h.width}; give every row one cell per column (an empty cell for no value)",
                row,
                max(0, column),
            )
            continue
        if cells[h.inspection] != key:  # pragma: no cover - rows are grouped by inspection
            continue
        cid = cells[h.case]
        if not cid:
            error("no case id: say which case this row is about", row, h.case)
            continue
        facts = tuple(cells[j] for j in h.facts)
        case = cases.get(cid)
        if case is None:
            first = written_as.setdefault(id_key(cid), (cid, row.line))
            if first[0] != cid:
                error(
                    f"case {_shown(cid)} is case {_shown(first[0])} (line {first[1]}) written "
                    "another way: ids are compared without spaces at their ends, invisible "
                    "characters or differences of Unicode form (NFKC); give each case an id of "
                    "its own",
                    row,
                    h.case,
                )
                continue
        if case is None:
            case = cases[cid] = _Case(index=len(cases), row=row, facts=facts)
            i = case.index
            places.add(("cases", i), Cell(False, row.line, h.case))
            places.add(("cases", i, "id"), Cell(False, row.line, h.case))
            for j, name in zip(h.facts, names, strict=True):
                if not cells[j]:
                    continue
                where = (
                    ("cases", i, name) if name in CASE_FACTS else ("cases", i, "attributes", name)
                )
                places.add(where, Cell(False, row.line, j))
        elif facts != case.facts:
            for j, name, mine, theirs in zip(h.facts, names, facts, case.facts, strict=True):
                if mine != theirs:
                    error(
                        f"case {cid}: {name} is {_shown(mine)} here but {_shown(theirs)} on "
                        f"line {case.row.line}, the case's first row; every row of a case "
                        "gives the same facts",
                        row,
                        j,
                    )
        item, answer = cells[h.item], cells[h.answer]
        reason = cells[h.reason] if h.reason is not None else ""
        if not item and not answer:
            if reason:
                error(f"case {cid}: a reason with no item and no answer", row, h.reason or 0)
            continue  # a row of the case's facts alone
        if not item:
            error(
                f"case {cid}: the answer {_shown(answer)} has no item; say which key question "
                "or prompt it answers",
                row,
                h.item,
            )
            continue
        if not answer:
            error(
                f"case {cid}: no answer to {item}; answer yes, no or n/a (a row with neither "
                "item nor answer gives a case's facts alone)",
                row,
                h.answer,
            )
            continue
        if answer not in ANSWERS:
            error(f"case {cid}, {item}: {_answer_problem(answer)}", row, h.answer)
            continue
        if item in case.answers:
            error(
                f"case {cid} answers {item} twice (first on line {case.answered_on[item]}); "
                "keep one",
                row,
                h.item,
            )
            continue
        if not case.answers:
            places.add(("cases", case.index, "answers"), Cell(False, row.line, h.item))
        case.answered_on[item] = row.line
        case.answers[item] = {"answer": answer, "reason": reason} if reason else answer
        places.answers[(case.index, item)] = row.line
    out: list[dict[str, Any]] = []
    for cid, case in cases.items():
        values = dict(zip(names, case.facts, strict=True))
        raw: dict[str, Any] = {"id": cid}
        for name in CASE_FACTS:
            if values.get(name):
                raw[name] = values[name]
        attributes = {n: v for n, v in values.items() if n not in CASE_FACTS and v}
        if attributes:
            raw["attributes"] = attributes
            places.add(("cases", case.index, "attributes"), Cell(False, case.row.line, h.case))
        if case.answers:
            raw["answers"] = case.answers
        out.append(raw)
    return out


def _shown(value: str) -> str:
    return "empty" if not value else _short(value)


def _answer_problem(answer: str) -> str:
    plain = answer.strip().lower()
    hint = ""
    if plain in ANSWERS:
        hint = f"; did you mean {plain}?"
    elif plain in ("y", "true", "1"):
        hint = "; did you mean yes?"
    elif plain in ("n", "false", "0"):
        hint = "; did you mean no?"
    elif plain in ("na", "n.a.", "not applicable", "n / a"):
        hint = "; did you mean n/a?"
    return f"{_short(answer)} is not yes, no or n/a{hint}"


def _describe(path: PathKey, cases: Sequence[dict[str, Any]]) -> str:
    """A data path as a table's reader says it: ``case C04, 2.1.1`` for a case's answer,
    the inspection format's path (``counts."2.1.1".yes``) for the inspections file."""
    if len(path) >= 2 and path[0] == "cases" and isinstance(path[1], int):
        i = path[1]
        cid = cases[i].get("id") if i < len(cases) else None
        rest = [str(p) for p in path[2:] if p not in ("answers", "attributes", "answer")]
        return ", ".join([f"case {cid}", *rest]) if rest else f"case {cid}"
    return format_path(path)


def _careful(table: Table, key: str) -> Inspection:
    """The path with positions: every problem reported at once, or the inspection."""
    problems, data, places = read_positions(table, key)
    if problems:
        count = len(problems)
        raise DiagnosticsError(
            problems,
            {table.source.path: table.source, table.side_source.path: table.side_source},
            f"{table.display}#{key}: {count} problem{'' if count == 1 else 's'} in the "
            "inspection data",
        )
    index = _Index(typed=False)  # a table's cells are all text: "12" is a number there
    for raw in data.get("cases") or ():
        index.add(raw)
    data["cases"] = []
    return _build(table, key, data, index, places)


def read_positions(table: Table, key: str) -> tuple[list[Diagnostic], dict[str, Any], Places]:
    """One inspection read row by row: its problems, its data and where each value is."""

    problems: list[Diagnostic] = []
    places = Places()
    facts = table.facts.get(key, [])
    if facts:
        places.add((), Cell(True, facts[0].line, table.fact_columns[INSPECTION]))
    data = read_facts(facts, table.fact_columns, places, problems, table.place)
    first: list[Row] = []

    def rows() -> Iterator[Row]:
        for row in table.rows(key, problems):
            if not first:
                first.append(row)
            yield row

    cases = _case_rows(table, key, rows(), places, problems)
    if not facts and first:
        at = Cell(False, first[0].line, table.header.inspection)
        places.add((), at)
        problems.append(
            Diagnostic.error(
                codes.INPUT_TABLE,
                f"inspection {key} has rows here but none in {table.side_display}; give its "
                "service there (and its framework, fieldwork, ...)",
                table.place(at),
            )
        )
    if cases:
        data["cases"] = cases
    data = _normalise(data)

    def error(message: str, where: PathKey, cell: Cell | None) -> None:
        if not places.reported(where):  # a value that cannot be read is reported once
            span = None if cell is None else table.place(cell)
            problems.append(Diagnostic.error(codes.INPUT_SCHEMA, message, span))

    validator = explainer()
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        where, message, is_key = _schema_message(err)
        error(f"{_describe(where, cases)}: {message}", where, places.nearest(where, key=is_key))
    for what, where, message in _rule_problems(data):
        error(f"{_describe(what, cases)}: {message}", where, places.nearest(where))
    return problems, data, places


# ---------------------------------------------------------------------------- the records


@dataclass
class TableLocator:
    """Where a table inspection's values are: read again, row by row, the first time a
    position is asked for."""

    table: Table
    key: str
    _places: Places | None = field(default=None, repr=False)

    @property
    def source(self) -> Source:
        """The table's text (a CSV table's is made from its bytes when first asked for)."""
        return self.table.source

    def places(self) -> Places:
        if self._places is None:
            self._places = read_positions(self.table, self.key)[2]
        return self._places

    def span(self, path: PathKey) -> Span | None:
        cell = self.places().nearest(path)
        return None if cell is None else self.table.place(cell)

    def key_span(self, path: PathKey) -> Span | None:
        cell = self.places().nearest(path, key=True)
        return None if cell is None else self.table.place(cell)

    def keys(self, path: PathKey) -> frozenset[str]:
        return frozenset(self.places().written.get(path, ()))


def _build(
    table: Table, key: str, data: dict[str, Any], index: _Index, places: Places | None = None
) -> Inspection:
    locator = TableLocator(table, key, places)
    return _inspection(
        data,
        index,
        locator,  # type: ignore[arg-type]
        table.digest,
        path=f"{table.display}#{key}",
    )


def load(table: Table, key: str) -> Inspection:
    """One inspection of an opened table, validated.

    Raises:
        InputError: the table has no such inspection.
        DiagnosticsError: its rows have problems, each at its row and cell.
    """
    if key not in table.order:
        known = table.keys()
        hint = did_you_mean(key, known, quoted=True) if len(known) < 10_000 else ""
        listed = ", ".join(known[:3]) + (", ..." if len(known) > 3 else "")
        raise InputError(
            f"{table.display}: no inspection {key!r}{hint} (it holds {len(known):,}: {listed})"
        )
    try:
        return _quick(table, key)
    except _Problem:
        return _careful(table, key)


def pick(table: Table, found: Entry) -> str:
    """The inspection an entry names: its key, or the table's only inspection."""
    if found.key is not None:
        return found.key
    known = table.keys()
    if len(known) == 1:
        return known[0]
    if not known:
        raise InputError(f"{table.display}: the table holds no inspection")
    raise InputError(
        f"{table.display} holds {len(known):,} inspections; name one as "
        f"{table.display}#ID (the first is {table.display}#{known[0]}), or rate or "
        "compare the whole table"
    )


# ---------------------------------------------------------------------------- a reader's functions

# What the readers' registry asks of a table format (readers.py), written once for every format:
# each format's module supplies only how its file is opened.


def entries_of(path: str, open_table: Callable[[str], Table]) -> list[Entry]:
    """Each inspection of the table; the table itself when it cannot be opened (reading it
    then reports why)."""
    try:
        table = open_table(path)
    except RatingbookError:
        return [Entry(path=path)]
    return [Entry(path=path, key=key) for key in table.keys()]


def load_entry(found: Entry, open_table: Callable[[str], Table]) -> Inspection:
    """The inspection an entry names, validated."""
    table = open_table(found.path)
    with collector_paused():
        return load(table, pick(table, found))


def document_of(found: Entry, open_table: Callable[[str], Table]) -> dict[str, Any]:
    """The inspection an entry names, as plain data."""
    table = open_table(found.path)
    return document(table, pick(table, found))


def document(table: Table, key: str) -> dict[str, Any]:
    """One inspection of a table as plain data in the inspection format's shape."""
    load(table, key)  # validated first: export writes only data that reads cleanly
    _, data, _ = read_positions(table, key)
    return data
