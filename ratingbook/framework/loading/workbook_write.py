"""``ratingbook workbook VERSION``: the inspectors' recording workbook for a version.

Written with openpyxl (docs/decisions.md D22: the one library that both writes the
workbook and reads it back). The sheets (docs/workbook.md):

- **Instructions**: how to fill it in, and each key question's relevance in the published
  words.
- **Cases**: a row per case. The id, the inspector, a note and the attributes, each with a
  drop-down or a check from its type; a column per key question and prompt, grouped under
  their standard and labelled with the id and the wording, answers yes/no (n/a only where
  the item is ``where applicable``). A cell whose question does not apply to its row is
  greyed out, live, by a conditional-formatting formula made from the framework's condition
  (:mod:`ratingbook.framework.sheet_formulas`).
- **Judgements**: a rating drop-down (or item scores) and evidence for each judged standard.
- **Discretion**: the panel's decisions. **Reasons**: why an answer was given, by case and
  item. **Inspection**: the service, fieldwork, lead inspector, source, population.

Headers and ids are locked (sheet protection without a password: it guards against
accidents, not people); the cells people type in are open. A hidden sheet (``ratingbook``)
and two defined names record the framework version and the instrument's version, so import
can say what made the workbook.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Mapping, Sequence
from typing import Any, Final

from ratingbook._version import __version__
from ratingbook.framework import conditions, sheet_formulas
from ratingbook.framework.errors import InputError
from ratingbook.framework.loading import workbook_layout as lay
from ratingbook.framework.loading.workbook_layout import Column
from ratingbook.framework.model import Framework, iso_date

SPARE_ROWS: Final = 200  # empty case rows made ready beyond those filled
GREY: Final = "D9D9D9"
HEAD: Final = "DDEBF7"


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    return {
        "bold": Font(bold=True),
        "head": PatternFill(fill_type="solid", start_color=HEAD, end_color=HEAD),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "open": Protection(locked=False),
        "locked": Protection(locked=True),
    }


def _protect(ws: Any) -> None:
    # No password: the protection keeps headers and ids from being changed by accident;
    # anyone may lift it (Review > Unprotect), and import checks every cell anyway.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.protection.sort = False


def _list_validation(formula: str, title: str, prompt: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.error = prompt
    dv.errorTitle = title
    dv.prompt = prompt
    dv.showErrorMessage = True
    dv.showInputMessage = True
    return dv


class _Lists:
    """The hidden sheet of drop-down values: one column per list, each kept once."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.known: dict[tuple[str, ...], str] = {}

    def range(self, values: Sequence[str]) -> str:
        key = tuple(values)
        found = self.known.get(key)
        if found is None:
            col = len(self.known) + 1
            for i, v in enumerate(values, start=1):
                self.ws.cell(row=i, column=col, value=v)
            letter = lay.column_letter(col)
            found = self.known[key] = f"{lay.LISTS}!${letter}$1:${letter}${len(values)}"
        return found


def _cell_value(value: Any) -> Any:
    """A value as the workbook holds it: dates as dates, numbers as numbers, else text."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value


def build(
    fw: Framework, document: Mapping[str, Any] | None = None, *, framework_file: str | None = None
) -> bytes:
    """The workbook for ``fw`` as .xlsx bytes, filled from ``document`` (inspection data in
    the inspection format's shape) when given.

    ``framework_file`` is recorded for a version that is not shipped (a draft): its file,
    relative to the workbook's folder, as an inspection file names it (``framework:``).

    Raises:
        InputError: the document holds what a workbook cannot record (counts, key questions
            not inspected) or was recorded under another version.
    """
    lay.require_openpyxl()
    from openpyxl import Workbook
    from openpyxl.workbook.defined_name import DefinedName

    doc = dict(document or {})
    _refuse_unrecordable(fw, doc)
    st = _styles()
    wb = Workbook()
    instructions = wb.active
    instructions.title = lay.INSTRUCTIONS
    cases_ws = wb.create_sheet(lay.CASES)
    judgements_ws = wb.create_sheet(lay.JUDGEMENTS)
    discretion_ws = wb.create_sheet(lay.DISCRETION)
    reasons_ws = wb.create_sheet(lay.REASONS)
    inspection_ws = wb.create_sheet(lay.INSPECTION)
    lists = _Lists(wb.create_sheet(lay.LISTS))
    lists.ws.sheet_state = "hidden"
    meta = wb.create_sheet(lay.META)
    meta.sheet_state = "veryHidden"

    cols = lay.columns(fw)
    cases = list(doc.get("cases") or [])
    _instructions(instructions, fw, cols, st)
    _cases(cases_ws, fw, cols, cases, lists, st)
    _judgements(judgements_ws, fw, doc, lists, st)
    _discretion(discretion_ws, fw, doc, lists, st)
    _reasons(reasons_ws, cases, st)
    _inspection(inspection_ws, fw, doc, st)

    meta["A1"], meta["B1"] = "instrument", lay.INSTRUMENT
    meta["A2"], meta["B2"] = "framework", fw.id
    meta["A3"], meta["B3"] = "made by", f"ratingbook {__version__}"
    if framework_file is not None:
        meta["A5"], meta["B5"] = "framework file", framework_file
    meta["A4"] = "Cases columns"
    for i, c in enumerate(cols, start=1):
        meta.cell(row=4, column=1 + i, value=c.key)
    wb.defined_names[lay.NAME_FRAMEWORK] = DefinedName(
        lay.NAME_FRAMEWORK, attr_text=f"{lay.META}!$B$2"
    )
    wb.defined_names[lay.NAME_INSTRUMENT] = DefinedName(
        lay.NAME_INSTRUMENT, attr_text=f"{lay.META}!$B$1"
    )
    wb.active = 1  # open on Cases
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _refuse_unrecordable(fw: Framework, doc: Mapping[str, Any]) -> None:
    recorded = doc.get("framework")
    if recorded is not None and str(recorded) != fw.id:
        raise InputError(
            f"the data was recorded under {recorded}, not {fw.id}; make the workbook for "
            f"{recorded} (ratingbook workbook {recorded} --from ...), so that its columns are "
            "the questions the data answers"
        )
    for key, what in (("counts", "counts"), ("not_inspected", "key questions not inspected")):
        if doc.get(key):
            raise InputError(
                f"the data holds {what} ({', '.join(map(str, doc[key]))}); the workbook "
                "records cases only, so they would be lost: keep this inspection in YAML"
            )
    for case in doc.get("cases") or ():
        extra = set(case) - {"id", "attributes", "answers", "inspector", "note", "disposal"}
        if extra:
            raise InputError(
                f"case {case.get('id')} has {', '.join(sorted(extra))}, which the workbook has "
                "no place for; keep this inspection in YAML"
            )


def _instructions(ws: Any, fw: Framework, cols: list[Column], st: Mapping[str, Any]) -> None:
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 60
    lines = [
        f"Recording workbook for {fw.id}: {fw.title}",
        "",
        "How to fill it in",
        "1. Inspection: the service's name, the fieldwork date, the lead inspector and, where "
        "known, the eligible population of each sampled domain.",
        "2. Cases: one row per case. Give the case's reference (unique), who judged it, and "
        "its attributes from the drop-downs. A question that does not apply to the case turns "
        "grey as you choose the attributes: leave grey cells empty.",
        "3. Answer every key question that applies (white cells) with yes or no; n/a only "
        "where the drop-down offers it (the framework's 'where applicable' items). Prompts "
        "are grouped under their key question (the + and - above the columns).",
        "4. Judgements: a rating from the drop-down (or item scores) for each standard rated by "
        "the inspector, with the evidence.",
        "5. Discretion: only the ratings panel's decisions, each with its reason.",
        "6. Reasons (optional): why an answer was given, by case and item.",
        "Headers and ids are locked; do not rename, move or add columns. Then run: "
        "ratingbook import THIS-FILE.xlsx -o inspection.yaml (every problem is listed with "
        "its sheet and cell), or rate it directly: ratingbook rate THIS-FILE.xlsx",
        "",
        "Key questions: who each applies to",
    ]
    for i, line in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=line)
    ws["A1"].font = st["bold"]
    ws["A3"].font = st["bold"]
    ws.cell(row=len(lines), column=1).font = st["bold"]
    row = len(lines) + 1
    for j, head in enumerate(("key question", "wording", "applies to", "relevance"), start=1):
        c = ws.cell(row=row, column=j, value=head)
        c.font, c.fill = st["bold"], st["head"]
    for c in cols:
        if c.kind != "question" or c.question is None:
            continue
        row += 1
        kq = c.question
        ws.cell(row=row, column=1, value=kq.id).alignment = st["wrap"]
        ws.cell(row=row, column=2, value=kq.text.text).alignment = st["wrap"]
        applies = "all cases" if c.applies is None else conditions.text(c.applies)
        ws.cell(row=row, column=3, value=applies).alignment = st["wrap"]
        if kq.relevance is not None:
            ws.cell(row=row, column=4, value=kq.relevance.text).alignment = st["wrap"]
        # A spreadsheet keeps a row's height as written: tall enough for the wrapped text.
        longest = max(
            len(kq.text.text) / 70,
            len(applies) / 40,
            len(kq.relevance.text) / 60 if kq.relevance is not None else 0,
        )
        ws.row_dimensions[row].height = 15 * max(1, math.ceil(longest))
    _protect(ws)


def _attribute_value(attr: Any, value: Any) -> Any:
    if attr is None:
        return _cell_value(value)
    if attr.kind == "date" and isinstance(value, str):
        day = iso_date(value)
        return day if day is not None else value
    if attr.kind == "flag":
        return _cell_value(value)
    return value


def _answer_value(value: Any) -> Any:
    if isinstance(value, dict):
        value = value.get("answer")
    return _cell_value(value)


def _cases(
    ws: Any,
    fw: Framework,
    cols: list[Column],
    cases: list[Mapping[str, Any]],
    lists: _Lists,
    st: Mapping[str, Any],
) -> None:
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    last = lay.FIRST_ROW + len(cases) + SPARE_ROWS - 1
    where = {c.key: i for i, c in enumerate(cols, start=1)}
    grey = PatternFill(fill_type="solid", start_color=GREY, end_color=GREY, bgColor=GREY)
    answers = {False: lists.range(["yes", "no"]), True: lists.range(["yes", "no", "n/a"])}
    previous_group = ""
    for i, c in enumerate(cols, start=1):
        letter = lay.column_letter(i)
        if c.group and c.group != previous_group:
            ws.cell(row=lay.GROUP_ROW, column=i, value=c.group).font = st["bold"]
        previous_group = c.group or previous_group
        head = ws.cell(row=lay.HEADER_ROW, column=i, value=c.key)
        head.font, head.fill = st["bold"], st["head"]
        ws.cell(row=lay.WORDING_ROW, column=i, value=c.wording).alignment = st["wrap"]
        dim = ws.column_dimensions[letter]
        dim.width = 12 if c.kind in ("question", "prompt") else 16
        dim.protection = st["open"]
        area = f"{letter}{lay.FIRST_ROW}:{letter}{last}"
        dv = None
        if c.kind in ("question", "prompt"):
            allowed = "yes, no or n/a" if c.na else "yes or no"
            dv = _list_validation(answers[c.na], f"{c.key}: {allowed}", f"Answer {allowed}.")
            if c.kind == "prompt":
                dim.outlineLevel = 1
            if c.applies is not None:

                def ref(name: str) -> str:
                    return f"${lay.column_letter(where[name])}{lay.FIRST_ROW}"

                applies = sheet_formulas.formula(c.applies, ref, fw.attribute)
                ws.conditional_formatting.add(
                    area, FormulaRule(formula=[f"NOT({applies})"], fill=grey, stopIfTrue=False)
                )
        elif c.kind == "attribute" and c.attribute is not None:
            a = c.attribute
            listed = a.listed
            if listed is not None:
                dv = _list_validation(
                    lists.range(listed), f"{a.name}: {a.declared}", f"One of: {', '.join(listed)}."
                )
            elif a.kind == "number":
                low = -(10**9) if a.low is None else a.low
                high = 10**9 if a.high is None else a.high
                dv = DataValidation(
                    type="whole", operator="between", formula1=str(low), formula2=str(high)
                )
                dv.error = f"{a.name}: a whole number from {low} to {high}"
            elif a.kind == "date":
                dv = DataValidation(type="date", operator="greaterThan", formula1="1")
                dv.error = f"{a.name}: a date"
                for r in range(lay.FIRST_ROW, last + 1):
                    ws.cell(row=r, column=i).number_format = "yyyy-mm-dd"
            if dv is not None:
                dv.showErrorMessage = True
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(area)
    ws.row_dimensions[lay.WORDING_ROW].height = 90
    ws.freeze_panes = ws.cell(row=lay.FIRST_ROW, column=2)
    ws.sheet_properties.outlinePr.summaryRight = False
    for r, case in enumerate(cases, start=lay.FIRST_ROW):
        given = dict(case.get("attributes") or {})
        if "disposal" in case:
            given["disposal"] = case["disposal"]
        values: dict[str, Any] = {
            "id": case.get("id"),
            "inspector": case.get("inspector"),
            "note": case.get("note"),
        }
        for name, value in given.items():
            values[name] = _attribute_value(fw.attribute(name), value)
        for item, value in (case.get("answers") or {}).items():
            values[item] = _answer_value(value)
        for key, value in values.items():
            if value is None:
                continue
            col = where.get(key)
            if col is None:
                raise InputError(
                    f"case {case.get('id')} gives {key}, which {fw.id} does not have; the "
                    "workbook has no column for it"
                )
            c = ws.cell(row=r, column=col, value=value)
            c.protection = st["open"]
            if isinstance(value, dt.date):
                c.number_format = "yyyy-mm-dd"
    _protect(ws)
    ws.protection.formatCells = False


def _judgements(
    ws: Any, fw: Framework, doc: Mapping[str, Any], lists: _Lists, st: Mapping[str, Any]
) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    given: dict[str, Any] = {}
    for key in ("domain1", "judgements"):
        given.update({str(k): v for k, v in (doc.get(key) or {}).items()})
    for j, head in enumerate(lay.JUDGEMENT_HEADERS, start=1):
        c = ws.cell(row=1, column=j, value=head)
        c.font, c.fill = st["bold"], st["head"]
    for letter, width in zip("ABCDE", (12, 40, 22, 110, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ratings = [r.name for r in reversed(fw.ratings)]
    rating_dv = _list_validation(lists.range(ratings), "a rating", f"One of: {', '.join(ratings)}.")
    line_dv = DataValidation(type="whole", operator="greaterThan", formula1="0")
    ws.add_data_validation(rating_dv)
    ws.add_data_validation(line_dv)
    row = 1
    for std in lay.judged_standards(fw):
        row += 1
        entry = given.get(std.id)
        mapping = entry if isinstance(entry, dict) else {"rating": entry}
        ws.cell(row=row, column=1, value=std.id).font = st["bold"]
        ws.cell(row=row, column=2, value=std.name).alignment = st["wrap"]
        scores = lay.item_scores(std)
        if scores is None:
            rating_dv.add(f"C{row}")
            _open(ws, row, 3, mapping.get("rating"), st)
        _open(ws, row, 4, mapping.get("evidence"), st)
        _open(ws, row, 5, mapping.get("line"), st)
        line_dv.add(f"E{row}")
        if scores is not None:
            low, high = scores
            given_scores = {str(k): v for k, v in (mapping.get("scores") or {}).items()}
            dv = DataValidation(
                type="whole", operator="between", formula1=str(low), formula2=str(high)
            )
            dv.error = f"a score from {low} to {high}"
            ws.add_data_validation(dv)
            for kq in std.key_questions:
                row += 1
                ws.cell(row=row, column=1, value=kq.id)
                ws.cell(row=row, column=2, value=kq.text.text).alignment = st["wrap"]
                _open(ws, row, 3, given_scores.get(kq.id), st)
                dv.add(f"C{row}")
    _protect(ws)


def _open(ws: Any, row: int, column: int, value: Any, st: Mapping[str, Any]) -> Any:
    c = ws.cell(row=row, column=column, value=value)
    c.protection = st["open"]
    return c


def _discretion(
    ws: Any, fw: Framework, doc: Mapping[str, Any], lists: _Lists, st: Mapping[str, Any]
) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    for j, head in enumerate(lay.DISCRETION_HEADERS, start=1):
        c = ws.cell(row=1, column=j, value=head)
        c.font, c.fill = st["bold"], st["head"]
        ws.column_dimensions[lay.column_letter(j)].protection = st["open"]
    for letter, width in zip("ABCDE", (12, 22, 80, 10, 12), strict=True):
        ws.column_dimensions[letter].width = width
    items = [s.id for s in lay.rated_standards(fw)] + [
        k.id for s in lay.rated_standards(fw) for k in s.key_questions
    ]
    ratings = [r.name for r in reversed(fw.ratings)]
    decisions = list((doc.get("discretion") or {}).items())
    last = 1 + len(decisions) + 50
    for dv, col in (
        (_list_validation(lists.range(items), "an item", "A rated standard or key question."), "A"),
        (_list_validation(lists.range(ratings), "a rating", f"One of: {', '.join(ratings)}."), "B"),
        (_list_validation(lists.range(["yes", "no"]), "override", "yes or no"), "D"),
        (DataValidation(type="whole", operator="greaterThan", formula1="0"), "E"),
    ):
        ws.add_data_validation(dv)
        dv.add(f"{col}2:{col}{last}")
    for row, (key, value) in enumerate(decisions, start=2):
        override = value.get("override")
        cells = (str(key), value.get("rating"), value.get("reason"), override, value.get("line"))
        for j, v in enumerate(cells, start=1):
            _open(ws, row, j, None if v is None else _cell_value(v), st)
    ws.freeze_panes = "A2"
    _protect(ws)


def _reasons(ws: Any, cases: list[Mapping[str, Any]], st: Mapping[str, Any]) -> None:
    for j, head in enumerate(lay.REASON_HEADERS, start=1):
        c = ws.cell(row=1, column=j, value=head)
        c.font, c.fill = st["bold"], st["head"]
        ws.column_dimensions[lay.column_letter(j)].protection = st["open"]
    for letter, width in zip("ABC", (12, 12, 90), strict=True):
        ws.column_dimensions[letter].width = width
    row = 1
    for case in cases:
        for item, value in (case.get("answers") or {}).items():
            if isinstance(value, dict) and value.get("reason"):
                row += 1
                for j, v in enumerate((case.get("id"), str(item), value["reason"]), start=1):
                    _open(ws, row, j, v, st)
    ws.freeze_panes = "A2"
    _protect(ws)


def _inspection(ws: Any, fw: Framework, doc: Mapping[str, Any], st: Mapping[str, Any]) -> None:
    for j, head in enumerate(("field", "value", "what it is"), start=1):
        c = ws.cell(row=1, column=j, value=head)
        c.font, c.fill = st["bold"], st["head"]
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 70
    source = doc.get("source") or {}
    fieldwork = doc.get("fieldwork")
    values: dict[str, Any] = {
        "service": doc.get("service"),
        "fieldwork": iso_date(str(fieldwork)) if fieldwork is not None else None,
        "lead inspector": doc.get("lead_inspector"),
        "note": doc.get("note"),
        "source title": source.get("title"),
        "source file": source.get("file"),
        "source lines": source.get("lines"),
    }
    fields = list(lay.INSPECTION_FIELDS)
    population = {str(k): v for k, v in (doc.get("population") or {}).items()}
    sampled = list(dict.fromkeys(d.id for d in fw.domains for s in d.standards if not s.judged))
    for d in sampled:
        domain = fw.domain(d)
        name = domain.name if domain is not None else d
        fields.append((f"population {d}", f"the eligible population of domain {d} ({name})"))
        values[f"population {d}"] = population.get(d)
    for row, (key, what) in enumerate(fields, start=2):
        ws.cell(row=row, column=1, value=key).font = st["bold"]
        c = _open(ws, row, 2, values.get(key), st)
        if key == "fieldwork":
            c.number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=3, value=what)
    _protect(ws)
