"""Reading a recording workbook (.xlsx): ``ratingbook import``, and the reader seam's reader.

A workbook made by ``ratingbook workbook`` (:mod:`.workbook_write`) says which version it was
made for and by which instrument (a hidden sheet). Reading it back checks every cell against
that version and reports every problem at once, each at its sheet and cell::

    Cases!H12: "Yes " is not yes, no or n/a (did you mean yes?)

The reading layer's rules hold as for every other file: the file's size limit
(``--max-bytes``), and the zip's expanded size within eight times it; openpyxl in read-only
mode; no macros (a macro-enabled workbook is refused, never opened for its macros); a formula
is read as the value the spreadsheet saved for it, and refused where it saved none
(ratingbook never calculates).

Only when every cell reads cleanly is the inspection built, through the same records, schema
and rules as YAML; positions in it are the Cases sheet's rows.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ratingbook._record import record
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import conditions, registry
from ratingbook.framework.errors import InputError, RatingbookError
from ratingbook.framework.inspection import FORMAT, Inspection, PathKey
from ratingbook.framework.loading import files
from ratingbook.framework.loading import workbook_layout as lay
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.model import Attribute, Framework

MAX_CELLS_PER_ROW: Final = 5_000
MAX_ROWS: Final = 1_048_576  # a spreadsheet's own limit
ANSWERS: Final = ("yes", "no", "n/a")
LIMIT_SHOWN: Final = 200


class WorkbookProblems(InputError):
    """Every problem of a workbook, each at its sheet and cell; exit status 2."""

    def __init__(self, display: str, problems: Sequence[tuple[str, str]]) -> None:
        self.display = display
        self.problems = list(problems)
        n = len(self.problems)
        super().__init__(f"{display}: {n} problem{'' if n == 1 else 's'} in the workbook")

    def format_message(self) -> str:
        lines = [f"error: {self.display}: {where}: {what}" for where, what in self.problems]
        if len(lines) > LIMIT_SHOWN:
            lines = [*lines[:LIMIT_SHOWN], f"... and {len(lines) - LIMIT_SHOWN} more"]
        lines.append(
            f"{self.message}; nothing was rated. Correct the cells named (or make a new "
            "workbook with ratingbook workbook VERSION) and import it again"
        )
        return "\n".join(lines)


@record
class Made:
    """What made a workbook: the version it records and the instrument that laid it out."""

    framework: str
    instrument: int
    made_by: str
    framework_file: str | None = None  # a version not shipped: its file, beside the workbook

    def describe(self) -> str:
        return (
            f"a recording workbook for {self.framework}, instrument {self.instrument} "
            f"(made by {self.made_by})"
        )


@dataclass(slots=True)
class Imported:
    """A workbook read back: the inspection as plain data, and where each case is."""

    display: str
    made: Made
    document: dict[str, Any]
    case_rows: list[int]  # the Cases row of each case, in order
    columns: dict[str, int]  # the Cases column of each header
    digest: str
    # Where each judgement and decision is: ("judgements", "1.1") -> ("Judgements", 2).
    places: dict[PathKey, tuple[str, int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- the file


def _refuse(display: str, why: str) -> InputError:
    return InputError(f"{display}: {why}")


def _check_file(path: str, display: str) -> bytes:
    """The file's bytes, after the reading layer's checks: a regular file within the size
    limit, a zip archive that expands within bounds, without macros."""
    if Path(path).suffix.lower() in (".xlsm", ".xltm"):
        raise _refuse(
            display,
            "is a macro-enabled workbook; ratingbook never opens macros. Save it as an Excel "
            "workbook (.xlsx) and read that",
        )
    try:
        info = os.stat(path)
    except FileNotFoundError as err:
        raise _refuse(display, "no such file") from err
    except OSError as err:
        raise _refuse(display, f"cannot be read ({err.strerror})") from err
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(display, "is not a regular file")
    data = files.read_bytes(path, display)
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise _refuse(
            display,
            "is not an Excel workbook (.xlsx is a zip archive, and this is not one); save it "
            "from the spreadsheet as Excel 2007-365 (.xlsx)",
        ) from err
    expanded = sum(i.file_size for i in names)
    limit = 8 * files.max_bytes()
    if expanded > limit:
        raise _refuse(
            display,
            f"expands to {expanded:,} bytes, more than {limit:,} (eight times the size limit); "
            "raise the limit with --max-bytes if the workbook is really this large",
        )
    if any(i.filename.lower().endswith("vbaproject.bin") for i in names):
        raise _refuse(
            display,
            "holds macros (a VBA project); ratingbook never opens macros. Save it as an Excel "
            "workbook without macros (.xlsx) and read that",
        )
    return data


def _open(data: bytes, display: str, *, values: bool) -> Any:
    import io
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
            return load_workbook(
                io.BytesIO(data), read_only=True, data_only=values, keep_links=False
            )
    except Exception as err:  # openpyxl raises many kinds on a damaged file
        raise _refuse(
            display, f"cannot be read as a workbook ({type(err).__name__}: {err})"
        ) from err


def _rows(wb: Any, name: str, display: str) -> list[list[Any]] | None:
    """A sheet's rows as lists of values (None: no such sheet); bounded."""
    if name not in wb.sheetnames:
        return None
    out: list[list[Any]] = []
    try:
        for row in wb[name].iter_rows(values_only=True):
            if len(out) >= MAX_ROWS:
                raise _refuse(display, f"sheet {name} has more than {MAX_ROWS:,} rows")
            if len(row) > MAX_CELLS_PER_ROW:
                row = row[:MAX_CELLS_PER_ROW]
            out.append(list(row))
    except RatingbookError:
        raise
    except Exception as err:
        raise _refuse(
            display, f"sheet {name} cannot be read ({type(err).__name__}: {err})"
        ) from err
    while out and all(v is None or (isinstance(v, str) and not v.strip()) for v in out[-1]):
        out.pop()
    return out


# ---------------------------------------------------------------------------- values


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is True:
        return "TRUE"
    if value is False:
        return "FALSE"
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value == "")


def suggest(value: Any, options: Sequence[str]) -> str:
    """`` (did you mean X?)`` for a near miss: stray spaces, another case, Y for yes."""
    text = str(value).strip()
    low = text.lower()
    for option in options:
        if low == option.lower():
            return f" (did you mean {option}?)"
    short = {"y": "yes", "n": "no", "na": "n/a", "n.a.": "n/a", "n/a.": "n/a", "none": "n/a"}
    if short.get(low) in options:
        return f" (did you mean {short[low]}?)"
    close = difflib.get_close_matches(low, [o.lower() for o in options], n=1, cutoff=0.6)
    if close:
        original = next(o for o in options if o.lower() == close[0])
        return f" (did you mean {original}?)"
    return ""


def _or_list(options: Sequence[str]) -> str:
    if len(options) == 1:
        return options[0]
    return ", ".join(options[:-1]) + " or " + options[-1]


def _text_value(value: Any) -> str:
    """A cell that holds text as the data wants it (a number typed in a text cell as its
    digits)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else None
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


class _Reading:
    """One workbook being read: its problems gathered as they are found."""

    def __init__(self, display: str, fw: Framework) -> None:
        self.display = display
        self.fw = fw
        self.problems: list[tuple[str, str]] = []
        self.places: dict[PathKey, tuple[str, int]] = {}
        # By a case's attribute values: what it must give, and which questions apply.
        self.combinations: dict[
            tuple[tuple[str, str], ...], tuple[dict[str, str], dict[str, bool]]
        ] = {}

    def problem(self, sheet: str, row: int, column: int, message: str) -> None:
        self.problems.append((lay.cell(sheet, row, column), message))

    def attribute(self, a: Attribute, value: Any, where: tuple[str, int, int]) -> str | None:
        """An attribute's value as text (None: a problem, reported)."""
        listed = a.listed
        if listed is not None:
            text = value if isinstance(value, str) else _text_value(value)
            if text in listed:
                return text
            self.problem(
                *where,
                f"{_shown(value)} is not {'one of ' if len(listed) > 2 else ''}"
                f"{_or_list(list(listed))}, the values of {a.name}{suggest(text, listed)}",
            )
            return None
        match a.kind:
            case "number":
                number = _whole(value)
                if number is None:
                    how = (
                        "typed as text, not a number; type the number alone"
                        if isinstance(value, str)
                        else "not a whole number"
                    )
                    self.problem(*where, f"{_shown(value)} is {how} ({a.name} is a number)")
                    return None
                problem = a.problem(str(number))
                if problem is not None:
                    self.problem(*where, f"{number} is {problem} ({a.name})")
                    return None
                return str(number)
            case "date":
                day = _date(value)
                if day is None:
                    how = "typed as text" if isinstance(value, str) else "not a date"
                    self.problem(
                        *where,
                        f"{_shown(value)} is {how}, not a date; type it as a date (the cell "
                        f"shows it as 2020-06-01) ({a.name} is a date)",
                    )
                    return None
                return day
            case _:
                return _text_value(value)


# ---------------------------------------------------------------------------- reading


def _made(wb: Any, display: str) -> Made:
    rows = _rows(wb, lay.META, display)
    if rows is None:
        raise _refuse(
            display,
            "is not a ratingbook recording workbook (it has no ratingbook sheet); make one with "
            "ratingbook workbook VERSION -o FILE.xlsx, or read YAML, JSON or a long table",
        )
    found = {str(r[0]): r[1] if len(r) > 1 else None for r in rows if r and r[0] is not None}
    framework, instrument = found.get("framework"), _whole(found.get("instrument"))
    if not isinstance(framework, str) or not framework or instrument is None:
        raise _refuse(
            display,
            "its ratingbook sheet does not say which version and instrument made it (it was "
            "changed); make a new workbook with ratingbook workbook VERSION",
        )
    if instrument > lay.INSTRUMENT:
        raise _refuse(
            display,
            f"was made by a newer ratingbook (instrument {instrument}; this one reads up to "
            f"{lay.INSTRUMENT}); upgrade ratingbook to read it",
        )
    made_by = found.get("made by")
    framework_file = found.get("framework file")
    return Made(
        framework=framework,
        instrument=instrument,
        made_by=str(made_by) if made_by else "an unknown ratingbook",
        framework_file=str(framework_file) if framework_file else None,
    )


def _expected_columns(wb: Any, display: str) -> list[str]:
    rows = _rows(wb, lay.META, display) or []
    for r in rows:
        if r and r[0] == "Cases columns":
            return [str(v) for v in r[1:] if v is not None]
    return []


def _formulas(sheets: dict[str, list[list[Any]]]) -> list[tuple[str, int, int]]:
    """Cells that hold a formula (read as its text, ``=...``)."""
    return [
        (name, r, c)
        for name, rows in sheets.items()
        for r, row in enumerate(rows, start=1)
        for c, v in enumerate(row, start=1)
        if isinstance(v, str) and v.startswith("=")
    ]


def read_workbook(path: str) -> Imported:
    """A recording workbook read back as inspection data, every cell checked.

    Raises:
        InputError: the file is no workbook of ratingbook's, or cannot be read.
        WorkbookProblems: cells have problems (every one, each at its sheet and cell).
    """
    from ratingbook.framework.loading.frameworks import load_framework

    display = registry.display_path(path)
    data = _check_file(path, display)
    lay.require_openpyxl()
    digest = hashlib.sha256(data).hexdigest()
    wb = _open(data, display, values=False)
    try:
        made = _made(wb, display)
        expected = _expected_columns(wb, display)
        sheets: dict[str, list[list[Any]]] = {}
        for name in (lay.CASES, lay.JUDGEMENTS, lay.DISCRETION, lay.REASONS, lay.INSPECTION):
            rows = _rows(wb, name, display)
            if rows is not None:
                sheets[name] = rows
    finally:
        wb.close()
    formulas = _formulas(sheets)
    notes: list[str] = []
    refused: list[tuple[str, str]] = []
    if formulas:
        # A formula is read as the value the spreadsheet saved for it (ratingbook never
        # calculates); read again for those values, only when there are formulas.
        saved = _open(data, display, values=True)
        try:
            for name, r, c in formulas:
                row = next(saved[name].iter_rows(min_row=r, max_row=r, values_only=True), ())
                value = row[c - 1] if len(row) >= c else None
                if value is None:
                    refused.append(
                        (
                            lay.cell(name, r, c),
                            f"a formula ({sheets[name][r - 1][c - 1]}) with no saved value; "
                            "ratingbook never calculates: type the value instead, or open and "
                            "save the workbook in a spreadsheet so that it saves the value",
                        )
                    )
                sheets[name][r - 1][c - 1] = value
        finally:
            saved.close()
        notes.append(f"{len(formulas)} formula cells read as the values the spreadsheet saved")
    if lay.CASES not in sheets:
        raise _refuse(display, "has no Cases sheet; make a new workbook with ratingbook workbook")
    # A shipped version by its id; a draft by its file, beside the workbook.
    ref = made.framework
    if made.framework_file is not None:
        ref = str(Path(path).parent / made.framework_file)
    try:
        fw = load_framework(ref)
    except InputError as err:
        raise _refuse(
            display,
            f"was made for {made.framework}, which cannot be loaded ({err.message}); put "
            "that version's file where the workbook says, or make the workbook again",
        ) from err
    reading = _Reading(display, fw)
    reading.problems.extend(refused)
    imported = _read(reading, sheets, expected, made, digest)
    imported.notes.extend(notes)
    if reading.problems:
        raise WorkbookProblems(display, reading.problems)
    return imported


def _read(
    reading: _Reading,
    sheets: dict[str, list[list[Any]]],
    expected: list[str],
    made: Made,
    digest: str,
) -> Imported:
    fw = reading.fw
    doc: dict[str, Any] = {"format": FORMAT}
    _read_inspection(reading, sheets.get(lay.INSPECTION), doc)
    doc["framework"] = made.framework_file or fw.id
    judgements = _read_judgements(reading, sheets.get(lay.JUDGEMENTS) or [])
    if judgements:
        doc["judgements"] = judgements
    cases, rows, where = _read_cases(reading, sheets[lay.CASES], expected)
    _read_reasons(reading, sheets.get(lay.REASONS) or [], cases)
    if cases:
        doc["cases"] = cases
    discretion = _read_discretion(reading, sheets.get(lay.DISCRETION) or [])
    if discretion:
        doc["discretion"] = discretion
    return Imported(
        display=reading.display,
        made=made,
        document=doc,
        case_rows=rows,
        columns=where,
        digest=digest,
        places=reading.places,
    )


def _cell(row: list[Any], column: int) -> Any:
    value = row[column - 1] if len(row) >= column else None
    return None if _empty(value) else value


def _plain_text(
    reading: _Reading, value: Any, where: tuple[str, int, int], what: str
) -> str | None:
    if value is None:
        return None
    text = _text_value(value)
    if not text.strip():
        return None
    if text != text.strip():
        reading.problem(
            *where, f"{_shown(text)} has spaces at its start or end; remove them ({what})"
        )
    return text


def _read_inspection(reading: _Reading, rows: list[list[Any]] | None, doc: dict[str, Any]) -> None:
    S = lay.INSPECTION
    if rows is None:
        reading.problems.append(
            (f"{S}!A1", "the Inspection sheet is missing; the service must be named")
        )
        return
    found: dict[str, tuple[int, Any]] = {}
    for r, row in enumerate(rows[1:], start=2):
        key = _cell(row, 1)
        if key is None:
            if _cell(row, 2) is not None:
                reading.problem(
                    S, r, 1, "a value with no field name; put the name back or clear the row"
                )
            continue
        found[str(key)] = (r, _cell(row, 2))
    known = {k for k, _ in lay.INSPECTION_FIELDS}
    source: dict[str, str] = {}
    population: dict[str, int] = {}
    for key, (r, value) in found.items():
        where = (S, r, 2)
        if key == "fieldwork":
            if value is None:
                continue
            day = _date(value)
            if day is None:
                how = "typed as text" if isinstance(value, str) else "not a date"
                reading.problem(
                    *where,
                    f"{_shown(value)} is {how}, not a date; type the fieldwork date as a date "
                    "(the cell shows it as 2021-03-15)",
                )
            else:
                doc["fieldwork"] = day
        elif key.startswith("population "):
            if value is None:
                continue
            n = _whole(value)
            if n is None or n < 0:
                reading.problem(
                    *where, f"{_shown(value)} is not a whole number of cases (0 or more)"
                )
            else:
                population[key.removeprefix("population ")] = n
        elif key in known:
            text = _plain_text(reading, value, where, key)
            if text is None:
                continue
            if key.startswith("source "):
                source[key.removeprefix("source ")] = text
            else:
                doc[{"lead inspector": "lead_inspector"}.get(key, key)] = text
        else:
            reading.problem(
                S, r, 1, f"{_shown(key)} is not a field of the Inspection sheet; remove the row"
            )
    if "service" not in doc:
        r = found.get("service", (2, None))[0]
        reading.problem(S, r, 2, "the service is not named; type the inspected service's name")
    if source:
        doc["source"] = source
    if population:
        doc["population"] = population


def _read_cases(
    reading: _Reading, rows: list[list[Any]], expected: list[str]
) -> tuple[list[dict[str, Any]], list[int], dict[str, int]]:
    S = lay.CASES
    fw = reading.fw
    cols = {c.key: c for c in lay.columns(fw)}
    header = rows[lay.HEADER_ROW - 1] if len(rows) >= lay.HEADER_ROW else []
    where: dict[str, int] = {}
    unusable: set[int] = set()  # columns whose cells are not read (their header is wrong)
    lost: set[str] = set()  # expected headers that are missing
    for c, value in enumerate(header, start=1):
        if _empty(value):
            if c <= len(expected) and expected[c - 1] not in header:
                lost.add(expected[c - 1])
                reading.problem(
                    S,
                    lay.HEADER_ROW,
                    c,
                    f"the header is missing (the workbook was made with {expected[c - 1]} "
                    "here); put it back: ratingbook reads each column by its header",
                )
            unusable.add(c)
            continue
        key = _text_value(value)
        if key in where:
            reading.problem(
                S,
                lay.HEADER_ROW,
                c,
                f"column {key} appears twice (first in column {lay.column_letter(where[key])}); remove one",
            )
            unusable.add(c)
        elif key not in cols:
            reading.problem(
                S,
                lay.HEADER_ROW,
                c,
                f"{_shown(value)} is not a column of the {fw.id} workbook{suggest(key, list(cols))}; "
                "remove the column (notes on a case go in its note column)",
            )
            unusable.add(c)
        else:
            where[key] = c
    for key in cols:
        if key not in where and key not in lost:
            reading.problems.append(
                (
                    f"{S}!{lay.HEADER_ROW}:{lay.HEADER_ROW}",
                    f"there is no column {key}; put it back (make a new workbook to see where it goes)",
                )
            )
            lost.add(key)
    # A column with no header at all, past the headers or where the workbook had none: its
    # values would be lost, so each is reported (a header reported wrong is reported once).
    headless = {
        c
        for c in unusable
        if _empty(header[c - 1]) and not (c <= len(expected) and expected[c - 1] in lost)
    }
    widest = max((len(r) for r in rows[lay.FIRST_ROW - 1 :]), default=0)
    headless.update(range(len(header) + 1, widest + 1))
    cases: list[dict[str, Any]] = []
    case_rows: list[int] = []
    seen: dict[str, int] = {}
    questions = [c for c in cols.values() if c.kind in ("question", "prompt")]
    attributes = [c for c in cols.values() if c.kind == "attribute"]
    for r, row in enumerate(rows[lay.FIRST_ROW - 1 :], start=lay.FIRST_ROW):
        if all(_empty(v) for v in row):
            continue
        for c in sorted(headless):
            if c <= len(row) and not _empty(row[c - 1]):
                reading.problem(
                    S,
                    r,
                    c,
                    f"{_shown(row[c - 1])} is in a column with no header, which ratingbook does not read; move it or clear it",
                )
        case = _read_case(reading, r, row, where, cols, questions, attributes, seen)
        if case is not None:
            cases.append(case)
            case_rows.append(r)
    return cases, case_rows, where


def _read_case(
    reading: _Reading,
    r: int,
    row: list[Any],
    where: dict[str, int],
    cols: dict[str, lay.Column],
    questions: list[lay.Column],
    attributes: list[lay.Column],
    seen: dict[str, int],
) -> dict[str, Any] | None:
    S = lay.CASES
    fw = reading.fw

    def value(key: str) -> Any:
        c = where.get(key)
        return None if c is None else _cell(row, c)

    raw_id = value("id")
    id_col = where.get("id", 1)
    if raw_id is None:
        reading.problem(
            S,
            r,
            id_col,
            "the row has answers or attributes but no case id; give the case its reference",
        )
        return None
    cid = _text_value(raw_id)
    if cid != cid.strip() or not cid.strip():
        reading.problem(S, r, id_col, f"{_shown(cid)} has spaces at its start or end; remove them")
        cid = cid.strip()
    if cid in seen:
        reading.problem(
            S,
            r,
            id_col,
            f"case {cid} appears twice (first in row {seen[cid]}); give each case its own id",
        )
    seen.setdefault(cid, r)
    case: dict[str, Any] = {"id": cid}
    for key in ("inspector", "note"):
        text = _plain_text(reading, value(key), (S, r, where.get(key, 0)), key)
        if text is not None:
            case[key] = text
    given: dict[str, str] = {}
    bad_attribute = False
    for col in attributes:
        a = col.attribute
        assert a is not None
        v = value(col.key)
        if v is None:
            continue
        text = reading.attribute(a, v, (S, r, where[col.key]))
        if text is None:
            bad_attribute = True
        else:
            given[a.name] = text
    # Which attributes the case must give: those its domain's conditions test, and those
    # its domain's key questions test, where they have no default. Cases share a handful of
    # combinations of values: each is worked out once.
    combination = tuple(sorted(given.items()))
    known = reading.combinations.get(combination)
    if known is None:
        known = reading.combinations[combination] = (
            _needed(fw, given),
            {col.key: _applies(fw, col.applies, given) for col in questions},
        )
    needed, applying = known
    for name, why in needed.items():
        if name not in given and not bad_attribute:
            a = fw.attribute(name)
            choose = f"; choose {_or_list(list(a.listed))}" if a is not None and a.listed else ""
            reading.problem(
                S,
                r,
                where.get(name, 0),
                f"case {cid} does not say its {name}, which {why} needs{choose}",
            )
            bad_attribute = True
    if given:
        case["attributes"] = {k: _typed(fw.attribute(k), v) for k, v in given.items()}
    answers: dict[str, str] = {}
    unreadable: set[str] = set()  # answers reported already
    for col in questions:
        c = where.get(col.key)
        if c is None:
            continue
        v = _cell(row, c)
        if v is None:
            continue
        allowed = ANSWERS if col.na else ANSWERS[:2]
        if not isinstance(v, str) or v not in allowed:
            reading.problem(
                S,
                r,
                c,
                f"{_shown(v)} is not {_or_list(list(allowed))}{suggest(_text_value(v), allowed)}",
            )
            unreadable.add(col.key)
            continue
        answers[col.key] = v
    if not bad_attribute:
        for col in questions:
            c = where.get(col.key)
            if c is None:
                continue
            applies = applying[col.key]
            if col.key in answers and not applies:
                assert col.applies is not None
                reading.problem(
                    S,
                    r,
                    c,
                    f"case {cid} is answered for {col.key}, which does not apply to it (it "
                    f"applies to cases where {conditions.text(col.applies)}); the cell is "
                    "greyed out: clear it, or correct the case's attributes",
                )
            elif (
                col.kind == "question"
                and applies
                and col.key not in answers
                and col.key not in unreadable
            ):
                choose = "yes, no or n/a" if col.na else "yes or no"
                reading.problem(
                    S,
                    r,
                    c,
                    f"case {cid} has no answer to {col.key}, which applies to it; answer {choose}",
                )
    if answers:
        case["answers"] = answers
    return case


def _typed(a: Attribute | None, text: str) -> Any:
    """An attribute's value as the inspection format writes it."""
    if a is not None and a.kind == "number":
        return int(text)
    return text


def _needed(fw: Framework, given: dict[str, str]) -> dict[str, str]:
    """The attributes a case with these values must give, and what needs each."""
    out: dict[str, str] = {}
    for d in fw.domains:
        if d.condition is None:
            continue
        for name in conditions.names(d.condition):
            a = fw.attribute(name)
            if a is not None and a.default is None:
                out.setdefault(name, "every case")
    for d in fw.domains:
        if d.condition is not None and not _applies(fw, d.condition, given):
            continue
        for s in d.standards:
            if s.judged:
                continue
            for kq in s.key_questions:
                if kq.condition is None:
                    continue
                for name in conditions.names(kq.condition):
                    a = fw.attribute(name)
                    if a is not None and a.default is None:
                        out.setdefault(name, f"key question {kq.id}")
    return out


def _applies(fw: Framework, cond: conditions.Condition | None, given: dict[str, str]) -> bool:
    """Whether a condition holds for a case's values (defaults where it gives none), as
    ratingbook's applicability decides it (:func:`conditions.passes`)."""
    if cond is None:
        return True

    def test(t: conditions.Test) -> bool:
        a = fw.attribute(t.name)
        rank = a.rank if a is not None else (lambda v: None)
        v = given.get(t.name)
        if v is None and a is not None:
            v = a.default
        return conditions.passes(t, rank)(v)

    logic: conditions.Logic[bool] = conditions.Logic(all=all, any=any, not_=lambda b: not b)
    return conditions.evaluate(cond, test, logic)


def _header_map(
    reading: _Reading, sheet: str, rows: list[list[Any]], names: Sequence[str]
) -> dict[str, int]:
    header = rows[0] if rows else []
    found: dict[str, int] = {}
    for c, v in enumerate(header, start=1):
        if _empty(v):
            continue
        key = _text_value(v)
        if key in names:
            found[key] = c
        else:
            reading.problem(
                sheet, 1, c, f"{_shown(v)} is not a column of the {sheet} sheet; remove the column"
            )
    for i, name in enumerate(names, start=1):
        if name not in found:
            reading.problem(sheet, 1, i, f"the header {name} is missing; put it back")
    return found


def _read_judgements(reading: _Reading, rows: list[list[Any]]) -> dict[str, Any]:
    S = lay.JUDGEMENTS
    fw = reading.fw
    if not rows:
        return {}
    cols = _header_map(reading, S, rows, lay.JUDGEMENT_HEADERS)
    ratings = [r.name for r in reversed(fw.ratings)]
    judged = {s.id: s for s in lay.judged_standards(fw)}
    item_of = {k.id: s for s in judged.values() for k in s.key_questions}
    out: dict[str, Any] = {}

    def get(row: list[Any], name: str) -> Any:
        c = cols.get(name)
        return None if c is None else _cell(row, c)

    for r, row in enumerate(rows[1:], start=2):
        item = get(row, "item")
        given = get(row, "rating or score")
        evidence = _plain_text(
            reading, get(row, "evidence"), (S, r, cols.get("evidence", 4)), "evidence"
        )
        line = get(row, "source line")
        if item is None:
            if any(v is not None for v in (given, evidence, line)):
                reading.problem(
                    S, r, cols.get("item", 1), "a judgement with no standard id; put the id back"
                )
            continue
        key = _text_value(item)
        at = (S, r, cols.get("rating or score", 3))
        if key in judged:
            std = judged[key]
            entry: dict[str, Any] = {}
            if lay.item_scores(std) is None:
                if given is not None:
                    if isinstance(given, str) and given in ratings:
                        entry["rating"] = given
                    else:
                        reading.problem(
                            *at,
                            f"{_shown(given)} is not a rating ({_or_list(ratings)})"
                            f"{suggest(_text_value(given), ratings)}",
                        )
                elif evidence is not None or line is not None:
                    reading.problem(*at, f"standard {key} has evidence but no rating; choose one")
            elif given is not None:
                reading.problem(
                    *at,
                    f"standard {key} is rated by item scores; score its key questions in the rows below it",
                )
            if evidence is not None:
                entry["evidence"] = evidence
            if line is not None:
                n = _whole(line)
                if n is None or n < 1:
                    reading.problem(
                        S, r, cols.get("source line", 5), f"{_shown(line)} is not a line number"
                    )
                else:
                    entry["line"] = n
            if entry:
                if "rating" not in entry and lay.item_scores(std) is None:
                    continue
                out[key] = entry
                reading.places[("judgements", key)] = (S, r)
        elif key in item_of:
            std = item_of[key]
            bounds = lay.item_scores(std)
            if bounds is None or given is None:
                continue
            n = _whole(given)
            if n is None or not bounds[0] <= n <= bounds[1]:
                reading.problem(
                    *at, f"{_shown(given)} is not a score from {bounds[0]} to {bounds[1]}"
                )
                continue
            entry = out.setdefault(std.id, {})
            entry.setdefault("scores", {})[key] = n
            reading.places.setdefault(("judgements", std.id), (S, r))
        else:
            reading.problem(
                S,
                r,
                cols.get("item", 1),
                f"{_shown(item)} is not a standard rated by judgement in {fw.id}{suggest(key, list(judged))}",
            )
    # A standard scored by items: as a mapping with its scores, evidence after them.
    return {
        k: (
            {"scores": v["scores"], **{x: y for x, y in v.items() if x != "scores"}}
            if "scores" in v
            else v
        )
        for k, v in out.items()
    }


def _read_discretion(reading: _Reading, rows: list[list[Any]]) -> dict[str, Any]:
    S = lay.DISCRETION
    fw = reading.fw
    if not rows:
        return {}
    cols = _header_map(reading, S, rows, lay.DISCRETION_HEADERS)
    ratings = [r.name for r in reversed(fw.ratings)]
    items = [s.id for s in lay.rated_standards(fw)] + [
        k.id for s in lay.rated_standards(fw) for k in s.key_questions
    ]
    out: dict[str, Any] = {}

    def get(row: list[Any], name: str) -> Any:
        c = cols.get(name)
        return None if c is None else _cell(row, c)

    for r, row in enumerate(rows[1:], start=2):
        item, rating, reason = get(row, "item"), get(row, "rating"), get(row, "reason")
        override, line = get(row, "override"), get(row, "source line")
        if all(v is None for v in (item, rating, reason, override, line)):
            continue
        ok = True
        key = _text_value(item) if item is not None else ""
        if key not in items:
            reading.problem(
                S,
                r,
                cols.get("item", 1),
                f"{_shown(item) if item is not None else 'nothing'} is not a rated standard or key question of {fw.id}{suggest(key, items) if key else ''}; choose one",
            )
            ok = False
        elif key in out:
            reading.problem(
                S, r, cols.get("item", 1), f"a decision on {key} is already given; keep one"
            )
            ok = False
        if not (isinstance(rating, str) and rating in ratings):
            reading.problem(
                S,
                r,
                cols.get("rating", 2),
                f"{_shown(rating) if rating is not None else 'nothing'} is not a rating ({_or_list(ratings)}){suggest(_text_value(rating), ratings) if rating is not None else ''}",
            )
            ok = False
        text = _plain_text(reading, reason, (S, r, cols.get("reason", 3)), "reason")
        if text is None:
            reading.problem(
                S,
                r,
                cols.get("reason", 3),
                "the decision has no reason; give it in the panel's words",
            )
            ok = False
        entry: dict[str, Any] = {"rating": rating, "reason": text}
        if override is not None:
            if override not in ("yes", "no"):
                reading.problem(
                    S,
                    r,
                    cols.get("override", 4),
                    f"{_shown(override)} is not yes or no{suggest(_text_value(override), ('yes', 'no'))}",
                )
                ok = False
            elif override == "yes":
                entry["override"] = True
        if line is not None:
            n = _whole(line)
            if n is None or n < 1:
                reading.problem(
                    S, r, cols.get("source line", 5), f"{_shown(line)} is not a line number"
                )
                ok = False
            else:
                entry["line"] = n
        if ok:
            out[key] = entry
            reading.places[("discretion", key)] = (S, r)
    return out


def _read_reasons(reading: _Reading, rows: list[list[Any]], cases: list[dict[str, Any]]) -> None:
    S = lay.REASONS
    if not rows:
        return
    cols = _header_map(reading, S, rows, lay.REASON_HEADERS)
    by_id = {c["id"]: c for c in cases}
    done: dict[tuple[str, str], int] = {}
    for r, row in enumerate(rows[1:], start=2):
        vals = [(_cell(row, cols[n]) if n in cols else None) for n in lay.REASON_HEADERS]
        if all(v is None for v in vals):
            continue
        case_id, item, reason = vals
        cid = _text_value(case_id) if case_id is not None else ""
        key = _text_value(item) if item is not None else ""
        case = by_id.get(cid)
        if case is None:
            reading.problem(
                S,
                r,
                cols.get("case", 1),
                f"{_shown(case_id) if case_id is not None else 'nothing'} is not a case of the Cases sheet; give the case's id",
            )
            continue
        answers = case.get("answers") or {}
        if key not in answers:
            reading.problem(
                S,
                r,
                cols.get("item", 2),
                f"case {cid} has no answer to {_shown(item) if item is not None else 'nothing'}; give the key question or prompt the reason is for",
            )
            continue
        text = _plain_text(reading, reason, (S, r, cols.get("reason", 3)), "reason")
        if text is None:
            reading.problem(
                S, r, cols.get("reason", 3), "no reason is given; type it, or clear the row"
            )
            continue
        if (cid, key) in done:
            reading.problem(
                S,
                r,
                cols.get("item", 2),
                f"a reason for case {cid}'s answer to {key} is already given in row {done[(cid, key)]}; keep one",
            )
            continue
        done[(cid, key)] = r
        answers[key] = {"answer": answers[key], "reason": text}


# ---------------------------------------------------------------------------- the inspection


@dataclass
class WorkbookLocator:
    """Where a workbook's values are, for messages and outputs after reading: each case at
    its Cases row, each judgement and decision at its row. The text shown under a message
    has one line per such row, naming it (``Cases row 6: case C03``)."""

    source: Source
    lines: dict[PathKey, int]  # the line of the text for each located entry
    rows: dict[PathKey, tuple[str, int]]

    def _entry(self, path: PathKey) -> PathKey | None:
        for size in (2,):
            if len(path) >= size and path[:size] in self.lines:
                return path[:size]
        return None

    def span(self, path: PathKey) -> Span | None:
        found = self._entry(path)
        if found is None:
            return None
        line = self.lines[found]
        return Span(self.source.path, line, 1, line, len(self.source.line_text(line)) + 1)

    def key_span(self, path: PathKey) -> Span | None:
        return self.span(path)

    def keys(self, path: PathKey) -> frozenset[str]:
        return frozenset()

    def where(self, path: PathKey) -> str | None:
        """``Cases row 6``: where outputs say an entry is written."""
        found = self._entry(path)
        if found is None:
            return None
        sheet, row = self.rows[found]
        return f"{sheet} row {row}"


def _locator(imported: Imported) -> WorkbookLocator:
    rows: dict[PathKey, tuple[str, int]] = {}
    text: list[str] = []
    cases = imported.document.get("cases") or ()
    for i, (case, row) in enumerate(zip(cases, imported.case_rows, strict=True)):
        rows[("cases", i)] = (lay.CASES, row)
        text.append(f"{lay.CASES} row {row}: case {case['id']}")
    for path, (sheet, row) in imported.places.items():
        rows[path] = (sheet, row)
        text.append(f"{sheet} row {row}: {path[0]} {path[1]}")
    lines = {path: i for i, path in enumerate(rows, start=1)}
    return WorkbookLocator(Source(imported.display, "\n".join(text) + "\n"), lines, rows)


def to_inspection(imported: Imported) -> Inspection:
    """The inspection a workbook holds, through the same records, schema and rules as YAML.

    Raises:
        InputError: the data breaks a rule of the format (every cell was checked first, so
            this names the problem by its path in the data).
    """
    import dataclasses

    from ratingbook.framework.loading import inspections as yaml_reader
    from ratingbook.framework.loading.schema import case_check, inspection_check

    data = imported.document  # read only: the records are built afresh
    # As the YAML reader's common path checks it: each case by the case schema, the rest by
    # the document's (the cases were checked cell by cell against the version already).
    check_case = case_check()
    index = yaml_reader._Index()
    cases = data.get("cases") or ()
    for raw in cases:
        if not check_case(raw):
            raise _schema_problems(imported.display, data)
        index.add(raw)
    top = {k: v for k, v in data.items() if k != "cases"}
    if not inspection_check()(top) or yaml_reader._rule_problems(data):
        raise _schema_problems(imported.display, data)
    locator = _locator(imported)
    inspection = yaml_reader._inspection(data, index, locator, imported.digest)  # type: ignore[arg-type]
    return dataclasses.replace(inspection, path=imported.display)


def _schema_problems(display: str, data: dict[str, Any]) -> InputError:
    import jsonschema

    from ratingbook.framework.inspection import format_path
    from ratingbook.framework.loading.inspections import _rule_problems
    from ratingbook.framework.loading.schema import inspection_schema

    found = [
        f"{format_path(tuple(e.absolute_path))}: {e.message}"
        for e in jsonschema.Draft7Validator(inspection_schema()).iter_errors(data)
    ] + [f"{format_path(w)}: {m}" for w, _, m in _rule_problems(data)]
    return InputError(
        f"{display}: the data read from the workbook breaks the format: " + "; ".join(found)
    )


# ---------------------------------------------------------------------------- the reader seam


def recognise(path: Path) -> str | None:
    """A workbook of ratingbook's (it has the ratingbook sheet) holds an inspection; another
    workbook holds nothing ratingbook recognises; None when it cannot be read."""
    from ratingbook.framework.loading import readers

    try:
        with zipfile.ZipFile(path) as archive:
            book = archive.read("xl/workbook.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    return readers.INSPECTION if f'name="{lay.META}"'.encode() in book else readers.UNKNOWN


def entries(path: str) -> list[Entry]:
    """A workbook holds one inspection."""
    return [Entry(path=path)]


_READ: dict[tuple[str, Any], Imported] = {}


def _imported(path: str) -> Imported:
    try:
        info = os.stat(path)
        key: tuple[str, Any] = (path, (info.st_mtime_ns, info.st_size, info.st_ino))
    except OSError:
        return read_workbook(path)
    found = _READ.get(key)
    if found is None:
        found = read_workbook(path)
        _READ.clear()
        _READ[key] = found
    return found


def load(found: Entry) -> Inspection:
    """The inspection of a workbook."""
    from ratingbook.framework.loading.readers import one_inspection

    one_inspection(found, "workbook")
    return to_inspection(_imported(found.path))


def document(found: Entry) -> dict[str, Any]:
    """The inspection of a workbook as plain data, validated first."""
    import copy

    load(found)
    return copy.deepcopy(_imported(found.path).document)


__all__ = [
    "Imported",
    "Made",
    "WorkbookLocator",
    "WorkbookProblems",
    "document",
    "entries",
    "load",
    "read_workbook",
    "recognise",
    "suggest",
    "to_inspection",
]


# ---------------------------------------------------------------------------- import's output


def _scalar(value: Any) -> str:
    """A value as YAML writes it: ids and text in double quotes (JSON's escapes are YAML's),
    numbers bare, answers and flags as the words."""
    import json

    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _answer(value: str) -> str:
    return value if value in ANSWERS else _scalar(value)


def yaml_text(imported: Imported) -> str:
    """The inspection as an inspection file (``ratingbook/inspection-v1``), in the layout of
    the shipped files: what ``ratingbook import`` writes."""
    doc = imported.document
    out = [
        f"# Imported from {imported.display} by ratingbook import: {imported.made.describe()}.",
        f"format: {FORMAT}",
        f"service: {_scalar(doc['service'])}",
        f"framework: {doc['framework']}",
    ]
    if "fieldwork" in doc:
        out.append(f"fieldwork: {doc['fieldwork']}")
    for key in ("lead_inspector", "note"):
        if key in doc:
            out.append(f"{key}: {_scalar(doc[key])}")
    if "source" in doc:
        out.append("source:")
        out.extend(f"  {k}: {_scalar(v)}" for k, v in doc["source"].items())
    if "population" in doc:
        out.append("population:")
        out.extend(f"  {_scalar(k)}: {v}" for k, v in doc["population"].items())
    if "judgements" in doc:
        out += ["", "judgements:"]
        for key, entry in doc["judgements"].items():
            out.append(f"  {_scalar(key)}:")
            for k, v in entry.items():
                if k == "scores":
                    shown = ", ".join(f"{_scalar(i)}: {n}" for i, n in v.items())
                    out.append(f"    scores: {{{shown}}}")
                else:
                    out.append(f"    {k}: {_scalar(v)}")
    if "cases" in doc:
        out += ["", "cases:"]
        for case in doc["cases"]:
            out.append(f"  - id: {_scalar(case['id'])}")
            for key in ("inspector", "note"):
                if key in case:
                    out.append(f"    {key}: {_scalar(case[key])}")
            if "attributes" in case:
                shown = ", ".join(f"{k}: {_scalar(v)}" for k, v in case["attributes"].items())
                out.append(f"    attributes: {{{shown}}}")
            if "answers" in case:
                out.append("    answers:")
                for item, answer in case["answers"].items():
                    if isinstance(answer, dict):
                        out.append(
                            f"      {_scalar(item)}: {{answer: {_answer(answer['answer'])}, "
                            f"reason: {_scalar(answer['reason'])}}}"
                        )
                    else:
                        out.append(f"      {_scalar(item)}: {_answer(answer)}")
    if "discretion" in doc:
        out += ["", "discretion:"]
        for key, entry in doc["discretion"].items():
            out.append(f"  {_scalar(key)}:")
            out.extend(f"    {k}: {_scalar(v)}" for k, v in entry.items())
    return "\n".join(out) + "\n"
