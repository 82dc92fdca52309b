"""The recording workbook: made from a version, read back with every cell problem named.

- The greying formulas are held to brute force: for every case row of the shipped example
  and every question, the generated conditional-formatting formula, evaluated by a small
  spreadsheet evaluator (tests/workbook_formula_eval.py), equals ratingbook's applicability;
  and for generated conditions over every attribute kind, the translator agrees with the
  case masks.
- Round trip: a workbook filled from an inspection reads back as the same inspection
  (hypothesis over generated inspections; the shipped example rated byte for byte the same).
- Ten seeded typing mistakes give ten located messages and nothing rated.

The same formulas are recalculated by LibreOffice in tests/test_workbook_engine.py.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook.framework import conditions as c
from ratingbook.framework import sheet_formulas
from ratingbook.framework.evaluate.applicability import Applicability
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import indexes
from ratingbook.framework.loading import readers
from ratingbook.framework.loading import workbook as wbk
from ratingbook.framework.loading import workbook_layout as lay
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.loading.inspections import load_inspection_text
from ratingbook.framework.loading.workbook_write import build
from ratingbook.framework.plan import compile_framework
from tests.conftest import budget

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "framework"))
import test_typed_evaluation as typed  # noqa: E402  (its typed framework and its oracle)
from workbook_formula_eval import evaluate, serial  # noqa: E402

RunCli = Callable[..., tuple[int, str, str]]
REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "standards/yot/examples/example-2020.yaml"


def _example_workbook() -> bytes:
    fw = load_framework("yot-2020")
    return build(fw, readers.document(str(EXAMPLE)))


def _rules(ws: Any) -> dict[str, str]:
    """The greying formula of each column, by its header (the ids in row 2)."""
    header = {cell.column_letter: cell.value for cell in ws[lay.HEADER_ROW]}
    found: dict[str, str] = {}
    for cf in ws.conditional_formatting:
        (area,) = str(cf.sqref).split()
        letter = area.split(":")[0].rstrip("0123456789")
        assert area.split(":")[0] == f"{letter}{lay.FIRST_ROW}"
        (rule,) = cf.rules
        (formula,) = rule.formula
        found[header[letter]] = formula
    return found


def _cells(ws: Any, row: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for cell in ws[row]:
        value = cell.value
        if isinstance(value, dt.datetime):
            value = serial(value.date())
        out[cell.column_letter] = value
    return out


# ---------------------------------------------------------------------------- applicability


def test_the_greying_formulas_agree_with_ratingbooks_applicability_on_every_cell() -> None:
    data = _example_workbook()
    ws = openpyxl.load_workbook(io.BytesIO(data))[lay.CASES]
    rules = _rules(ws)
    fw = load_framework("yot-2020")
    plan = compile_framework(fw)
    inspection = readers.load(str(EXAMPLE))
    masks = Applicability(plan, inspection, Problems(inspection))
    questions = [col for col in lay.columns(fw) if col.kind in ("question", "prompt")]
    rows = [_cells(ws, lay.FIRST_ROW + i) for i in range(len(inspection.cases))]
    checked = 0
    for col in questions:
        kq = plan.key_questions[col.question.id if col.question else col.key]
        applies = masks.admits(kq.admits) if kq.admits is not None else inspection.table.everyone
        mine = set(indexes(applies))
        assert (col.key in rules) == (kq.admits is not None), col.key
        for i, case in enumerate(inspection.cases):
            assert rows[i]["A"] == case.id
            greyed = evaluate(rules[col.key], rows[i]) if col.key in rules else False
            assert greyed is (i not in mine), (col.key, case.id)
            checked += 1
    assert checked == len(questions) * len(inspection.cases) > 5000


@settings(
    max_examples=budget(25, long=2000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=bool(os.environ.get("CI")),
)
@given(cond=typed.conditions_, rows=typed.cases())
def test_the_translator_agrees_with_the_case_masks_for_every_kind(
    tmp_path_factory: pytest.TempPathFactory, cond: c.Condition, rows: list[dict[str, Any]]
) -> None:
    """Numbers, dates, orders, vocabularies, flags and defaults, under not, and, or: the
    formula a condition becomes holds exactly for the cases ratingbook admits."""
    plan = typed._plan(tmp_path_factory)
    fw = plan.framework
    inspection = typed._inspection(rows)
    admitted = set(indexes(Applicability(plan, inspection, Problems(inspection)).admits(cond)))
    names = [a.name for a in fw.attributes]
    letters = {n: lay.column_letter(i) for i, n in enumerate(names, start=1)}
    formula = sheet_formulas.formula(cond, lambda n: f"${letters[n]}4", fw.attribute)
    for i, row in enumerate(rows):
        cells: dict[str, Any] = {}
        for name, value in row.items():
            kind = typed.KINDS[name][0]
            if kind == "date":
                value = serial(dt.date.fromisoformat(value))
            elif kind == "flag":
                value = "yes" if value else "no"
            cells[letters[name]] = value
        assert evaluate(formula, cells) is (i in admitted), (c.text(cond), row, formula)


# ---------------------------------------------------------------------------- round trip


def test_the_shipped_example_round_trips_byte_for_byte_in_rated_output(
    tmp_path: Path, run_cli: RunCli
) -> None:
    book, back = tmp_path / "example.xlsx", tmp_path / "back.yaml"
    assert run_cli("workbook", "yot-2020", "--from", str(EXAMPLE), "-o", str(book))[0] == 0
    code, _, err = run_cli("import", str(book), "-o", str(back))
    assert code == 0, err
    assert "a recording workbook for yot-2020, instrument 1 (made by ratingbook" in err
    for args in (
        ("rate",),
        ("rate", "--format", "json"),
        ("rate", "--format", "markdown"),
        ("explain",),
    ):
        outputs = []
        for data in (EXAMPLE, back, book):
            code, out, err = run_cli(*args, str(data))
            assert code == 0, err
            # Only the data file's own line differs (its name and hash); explain also says
            # where in the data each judgement is written (a line, or a workbook's row).
            kept = [
                line for line in out.splitlines() if data.name not in line and "sha256" not in line
            ]
            if args == ("explain",):
                kept = [re.sub(r"data line [0-9]+|Judgements row [0-9]+", "WHERE", x) for x in kept]
            outputs.append(kept)
        assert outputs[0] == outputs[1] == outputs[2], args


ATTRIBUTE_VALUES: dict[str, st.SearchStrategy[str]] = {
    "safety_factors": st.sampled_from(["yes", "no"]),
    "harm_factors": st.sampled_from(["yes", "no"]),
    "rosh": st.sampled_from(["low", "medium", "high", "very high"]),
    "desistance_changed": st.sampled_from(["yes", "no"]),
    "safety_changed": st.sampled_from(["yes", "no"]),
    "harm_changed": st.sampled_from(["yes", "no"]),
    "disposal_type": st.sampled_from(
        ["youth conditional caution", "youth caution", "community resolution"]
    ),
}
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
    lambda t: t == t.strip() and not t.startswith("=")
)


@st.composite
def inspections(draw: st.DrawFn) -> dict[str, Any]:
    fw = load_framework("yot-2020")
    cols = [col for col in lay.columns(fw) if col.kind in ("question", "prompt")]
    doc: dict[str, Any] = {"format": "ratingbook/inspection-v1", "service": draw(TEXT)}
    doc["framework"] = "yot-2020"
    if draw(st.booleans()):
        doc["fieldwork"] = draw(st.dates(dt.date(2019, 1, 1), dt.date(2030, 12, 31))).isoformat()
    if draw(st.booleans()):
        doc["lead_inspector"] = draw(TEXT)
    if draw(st.booleans()):
        doc["population"] = {"2": draw(st.integers(0, 500))}
    judged = {}
    for std in lay.judged_standards(fw):
        if draw(st.booleans()):
            entry: dict[str, Any] = {"rating": draw(st.sampled_from([r.name for r in fw.ratings]))}
            if draw(st.booleans()):
                entry["evidence"] = draw(TEXT)
            judged[std.id] = entry
    if judged:
        doc["judgements"] = judged
    cases = []
    for n in range(draw(st.integers(0, 6))):
        disposal = draw(st.sampled_from(["court", "out-of-court"]))
        given = {"disposal": disposal}
        for name, values in ATTRIBUTE_VALUES.items():
            # An out-of-court case must say its disposal type (3.4.2 tests it, no default).
            needed = name == "disposal_type" and disposal == "out-of-court"
            if needed or draw(st.booleans()):
                given[name] = draw(values)
        case: dict[str, Any] = {"id": f"K{n}"}
        if draw(st.booleans()):
            case["inspector"] = draw(TEXT)
        if draw(st.booleans()):
            case["note"] = draw(TEXT)
        case["attributes"] = given
        answers: dict[str, Any] = {}
        for col in cols:
            if col.applies is not None and not wbk._applies(fw, col.applies, given):
                continue
            if col.kind == "prompt" and draw(st.booleans()):
                continue
            answer = draw(st.sampled_from(["yes", "no", "n/a"] if col.na else ["yes", "no"]))
            if draw(st.integers(0, 9)) == 0:
                answers[col.key] = {"answer": answer, "reason": draw(TEXT)}
            else:
                answers[col.key] = answer
        if answers:
            case["answers"] = answers
        cases.append(case)
    if cases:
        doc["cases"] = cases
    if draw(st.booleans()):
        doc["discretion"] = {"2.1": {"rating": "Good", "reason": draw(TEXT), "override": True}}
    return doc


@settings(
    max_examples=budget(8, long=200),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=bool(os.environ.get("CI")),
)
@given(doc=inspections())
def test_a_filled_workbook_reads_back_as_the_same_inspection(
    tmp_path_factory: pytest.TempPathFactory, doc: dict[str, Any]
) -> None:
    fw = load_framework("yot-2020")
    path = tmp_path_factory.mktemp("rt") / "book.xlsx"
    path.write_bytes(build(fw, doc))
    imported = wbk.read_workbook(str(path))
    assert imported.document == doc
    # And what import writes is an inspection file that reads as the same data.
    text = wbk.yaml_text(imported)
    again = load_inspection_text(text, "back.yaml")
    original = wbk.to_inspection(imported)
    assert [x.id for x in again.cases] == [x.id for x in original.cases]
    for a, b in zip(again.cases, original.cases, strict=True):
        assert dict(a.answers) == dict(b.answers)
        assert a.attributes == b.attributes and a.reasons == b.reasons
    assert again.judgements == original.judgements
    assert again.discretion == original.discretion
    assert (again.service, again.fieldwork, again.lead_inspector) == (
        original.service,
        original.fieldwork,
        original.lead_inspector,
    )


# ---------------------------------------------------------------------------- typing mistakes


def _column(ws: Any, key: str) -> int:
    for cell in ws[lay.HEADER_ROW]:
        if cell.value == key:
            return int(cell.column)
    raise AssertionError(key)


def _row(ws: Any, case_id: str) -> int:
    for r in range(lay.FIRST_ROW, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == case_id:
            return r
    raise AssertionError(case_id)


def _seed_mistakes(path: Path) -> dict[str, str]:
    """Ten typing mistakes, each in its own cell; what each cell's message must say."""
    wb = openpyxl.load_workbook(path)
    ws = wb[lay.CASES]
    expected: dict[str, str] = {}

    def put(sheet: Any, row: int, col: int, value: Any, says: str) -> None:
        sheet.cell(row=row, column=col).value = value  # (cell(value=None) would keep it)
        expected[f"{sheet.title}!{lay.column_letter(col)}{row}"] = says

    put(
        ws,
        _row(ws, "C01"),
        _column(ws, "2.1.1"),
        "yes ",
        '"yes " is not yes or no (did you mean yes?)',
    )
    put(ws, _row(ws, "C02"), _column(ws, "2.1.2"), "Y", '"Y" is not yes or no (did you mean yes?)')
    put(ws, _row(ws, "C03"), _column(ws, "rosh"), "meduim", "(did you mean medium?)")
    # An answer where the question does not apply: a court case without safety factors.
    quiet = next(
        r
        for r in range(lay.FIRST_ROW + 4, lay.FIRST_ROW + 30)
        if ws.cell(row=r, column=_column(ws, "safety_factors")).value == "no"
    )
    put(ws, quiet, _column(ws, "2.2.2"), "yes", "which does not apply to it")
    put(ws, _row(ws, "C20"), 1, "C19", "case C19 appears twice")
    put(ws, _row(ws, "C21"), _column(ws, "disposal"), None, "does not say its disposal")
    put(wb[lay.INSPECTION], 3, 2, "15/03/2021", '"15/03/2021" is typed as text, not a date')
    put(wb[lay.JUDGEMENTS], 2, 3, "good", '"good" is not a rating')
    extra = ws.max_column + 1
    put(
        ws, lay.HEADER_ROW, extra, "comments", '"comments" is not a column of the yot-2020 workbook'
    )
    ws.cell(row=lay.FIRST_ROW + 1, column=extra, value="looks fine")
    put(ws, lay.HEADER_ROW, _column(ws, "2.1.1.a"), None, "the header is missing")
    wb.save(path)
    return expected


def test_ten_typing_mistakes_get_ten_located_messages_and_nothing_rated(
    tmp_path: Path, run_cli: RunCli
) -> None:
    book = tmp_path / "mistakes.xlsx"
    book.write_bytes(_example_workbook())
    expected = _seed_mistakes(book)
    assert len(expected) == 10
    code, out, err = run_cli("import", str(book), "-o", str(tmp_path / "out.yaml"))
    assert code == 2 and out == ""
    assert not (tmp_path / "out.yaml").exists()
    lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(lines) == 10, err
    for cell, says in expected.items():
        (line,) = [line for line in lines if f": {cell}: " in line]
        assert says in line, line
    assert "10 problems in the workbook; nothing was rated" in err
    # Rating it directly refuses the same way: nothing rated.
    code, out, err = run_cli("rate", str(book))
    assert code == 2 and out == ""
    assert sum(line.startswith("error: ") for line in err.splitlines()) == 10


def test_a_stray_space_is_named_with_its_fix() -> None:
    assert wbk.suggest("Yes ", ("yes", "no", "n/a")) == " (did you mean yes?)"
    assert wbk.suggest("NA", ("yes", "no", "n/a")) == " (did you mean n/a?)"
    assert wbk.suggest("maybe", ("yes", "no")) == ""
