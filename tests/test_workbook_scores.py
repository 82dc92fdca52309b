"""A workbook for a version rated by item scores (the rule sketch docs/examples/rules/
cqc-sketch.framework): the Judgements sheet holds a score per item, and the round trip
rates the same."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl

from ratingbook.framework.loading import workbook_layout as lay

RunCli = Callable[..., tuple[int, str, str]]
RULES = Path(__file__).resolve().parents[1] / "docs/examples/rules"


def test_item_scores_round_trip_and_a_score_out_of_range_is_named(
    tmp_path: Path, run_cli: RunCli
) -> None:
    for name in ("cqc-sketch.framework", "cqc-example.yaml"):
        shutil.copy(RULES / name, tmp_path / name)
    book, back = tmp_path / "cqc.xlsx", tmp_path / "back.yaml"
    args = ("workbook", "cqc-sketch.framework", "--from", "cqc-example.yaml", "-o", "cqc.xlsx")
    code, _, err = run_cli(*args, cwd=tmp_path)
    assert code == 0, err
    code, _, err = run_cli("import", "cqc.xlsx", "-o", "back.yaml", cwd=tmp_path)
    assert code == 0, err
    assert "scores: {" in back.read_text(encoding="utf-8")
    rated = []
    for data in ("cqc-example.yaml", "back.yaml", "cqc.xlsx"):
        code, out, err = run_cli("rate", data, "--framework", "cqc-sketch.framework", cwd=tmp_path)
        assert code == 0, err
        rated.append([line for line in out.splitlines() if data not in line])
    assert rated[0] == rated[1] == rated[2]
    wb = openpyxl.load_workbook(book)
    ws = wb[lay.JUDGEMENTS]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "1.1.1")
    ws.cell(row=row, column=3).value = 7
    wb.save(book)
    code, out, err = run_cli("import", "cqc.xlsx", cwd=tmp_path)
    assert code == 2 and out == ""
    assert f"Judgements!C{row}: 7 is not a score from 1 to 4" in err
