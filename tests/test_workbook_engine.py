"""The workbook in a real spreadsheet engine: LibreOffice, headless.

The generated example workbook's greying formulas (its conditional formatting) are copied,
cell by cell, into a sheet of their own as ordinary formulas over the Cases sheet; LibreOffice
opens the workbook, recalculates it and exports it (``soffice --headless --convert-to
xlsx``), and the values it computed must equal ratingbook's own applicability on every cell
of the example (every case row, every key question and prompt). The same file also shows
that LibreOffice opens what ratingbook writes, validations, protection and outline included.

Opt in with RATINGBOOK_SPREADSHEET=1 (.ci/run sets it and installs LibreOffice); skipped,
with the reason, where soffice is missing.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from conftest import OPTIONAL

from ratingbook.framework.evaluate.applicability import Applicability
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import indexes
from ratingbook.framework.loading import readers
from ratingbook.framework.loading import workbook as wbk
from ratingbook.framework.loading import workbook_layout as lay
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.loading.workbook_write import build
from ratingbook.framework.plan import compile_framework

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "standards/yot/examples/example-2020.yaml"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("RATINGBOOK_SPREADSHEET") != "1",
        reason=f"{OPTIONAL} spreadsheet-engine checks are opt-in: set RATINGBOOK_SPREADSHEET=1",
    ),
    pytest.mark.skipif(
        SOFFICE is None,
        reason=f"{OPTIONAL} LibreOffice (soffice) is not installed: no spreadsheet engine",
    ),
]

_REF = re.compile(r'("(?:[^"]|"")*")|(\$?[A-Z]{1,3})\$?([0-9]+)')


def _on_row(formula: str, row: int) -> str:
    """A greying formula (written for the first case row) as a cell formula for ``row`` on
    another sheet: each reference points into Cases, at that row. Text in quotes is kept."""

    def move(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(1)
        assert m.group(3) == str(lay.FIRST_ROW), formula
        return f"{lay.CASES}!{m.group(2)}{row}"

    return "=" + _REF.sub(move, formula)


def _convert(source: Path, out: Path, profile: Path) -> Path:
    assert SOFFICE is not None
    out.mkdir()
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    made = out / source.name
    assert done.returncode == 0 and made.exists(), done.stdout + done.stderr
    return made


def test_libreoffice_greys_exactly_the_cells_ratingbook_says_do_not_apply(tmp_path: Path) -> None:
    fw = load_framework("yot-2020")
    data = build(fw, readers.document(str(EXAMPLE)))
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cases_ws = wb[lay.CASES]
    header = {cell.column_letter: cell.value for cell in cases_ws[lay.HEADER_ROW]}
    check = wb.create_sheet("Check")
    inspection = readers.load(str(EXAMPLE))
    n = len(inspection.cases)
    placed: dict[str, str] = {}  # column letter -> item
    for cf in cases_ws.conditional_formatting:
        letter = str(cf.sqref).split(":")[0].rstrip("0123456789")
        (rule,) = cf.rules
        (formula,) = rule.formula
        placed[letter] = header[letter]
        for i in range(n):
            row = lay.FIRST_ROW + i
            check[f"{letter}{row}"] = _on_row(formula, row)
    # A formula in a cell import reads: LibreOffice saves its value, which import takes.
    first_answer = next(k for k, v in header.items() if v == "2.1.1")
    saved_answer = cases_ws[f"{first_answer}{lay.FIRST_ROW}"].value
    cases_ws[f"{first_answer}{lay.FIRST_ROW}"] = f'=IF(1=1,"{saved_answer}","never")'
    source = tmp_path / "example-check.xlsx"
    wb.save(source)

    made = _convert(source, tmp_path / "out", tmp_path / "profile")
    computed = openpyxl.load_workbook(made, data_only=True)
    plan = compile_framework(fw)
    masks = Applicability(plan, inspection, Problems(inspection))
    questions = [c for c in lay.columns(fw) if c.kind in ("question", "prompt")]
    checked = 0
    for col in questions:
        kq = plan.key_questions[col.question.id if col.question else col.key]
        if kq.admits is None:
            assert col.key not in placed.values()
            continue
        letter = next(k for k, v in placed.items() if v == col.key)
        applies = set(indexes(masks.admits(kq.admits)))
        for i, case in enumerate(inspection.cases):
            value = computed["Check"][f"{letter}{lay.FIRST_ROW + i}"].value
            assert value is (i not in applies), (col.key, case.id, value)
            checked += 1
    assert checked > 4000
    # What LibreOffice saved reads back as the same inspection (its dates, its text).
    again = wbk.read_workbook(str(made))
    assert again.document == wbk.read_workbook(str(_plain(tmp_path, data))).document
    assert again.notes == ["1 formula cells read as the values the spreadsheet saved"]


def _plain(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "plain.xlsx"
    path.write_bytes(data)
    return path
