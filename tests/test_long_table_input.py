"""Long tables through the commands, and every way one can be wrong (docs/long-table.md).

Each problem is reported at its row and cell (``FILE:LINE:COLUMN``), every problem of an
inspection at once, with exit status 2; an inspection with a problem never stops the others.
The hostile input of tests/test_robustness.py is here for tables too: encodings, the size
limit, numbers that are not plain, ragged rows, headers missing, repeated or extra, cells
that look like formulas, the same answer twice, and many rows.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.framework.loading import files

RunCli = Callable[..., tuple[int, str, str]]

HEADER = "inspection,case,item,answer,reason,disposal,inspector,note,safety_factors,rosh\n"
CASES = {
    "C01": ("court", "A. Smith", "", "no", "low"),
    "C02": ("court", "", "Moved area", "no", "medium"),
    "C03": ("court", "", "", "no", "low"),
}
ANSWERS = {
    "C01": ["2.1.1,yes,", '2.1.2,no,"Not enough, sadly"', "2.1.3,yes,", "2.2.1,yes,", "2.3.1,yes,"],
    "C02": ["2.1.1,yes,", "2.1.2,yes,", "2.1.3,no,", "2.2.1,no,", "2.3.1,yes,"],
    "C03": ["2.1.1,no,", "2.1.2,yes,", "2.1.3,yes,", "2.2.1,yes,", "2.3.1,yes,"],
}
FACTS = """inspection,key,item,field,value
{k},service,,,Service {k}
{k},framework,,,yot-2020
{k},fieldwork,,,2021-03-15
{k},domain1,1.1,,Good
{k},domain1,1.2,,Good
{k},domain1,1.3,,Good
{k},domain1,1.4,,Good
{k},counts,2.4.1,relevant,2
{k},counts,2.4.1,yes,2
{k},counts,3.1.1,relevant,4
{k},counts,3.1.1,yes,3
{k},counts,3.2.1,relevant,4
{k},counts,3.2.1,yes,3
{k},counts,3.3.1,relevant,4
{k},counts,3.3.1,yes,3
{k},counts,3.4.1,relevant,4
{k},counts,3.4.1,yes,3
"""


def rows(key: str) -> list[str]:
    return [
        f"{key},{cid},{answer},{','.join(CASES[cid])}\n"
        for cid, answers in ANSWERS.items()
        for answer in answers
    ]


def table_text(keys: tuple[str, ...] = ("p", "q")) -> str:
    return HEADER + "".join(r for k in keys for r in rows(k))


def facts_text(keys: tuple[str, ...] = ("p", "q")) -> str:
    head, *_ = FACTS.split("\n", 1)
    return head + "\n" + "".join(FACTS.split("\n", 1)[1].format(k=k) for k in keys)


def write_table(
    folder: Path, table: str | bytes | None = None, facts: str | bytes | None = None
) -> Path:
    """``t.csv`` and ``t.inspections.csv`` in ``folder`` (the valid ones unless given)."""
    path = folder / "t.csv"
    for p, content in ((path, table), (folder / "t.inspections.csv", facts)):
        if content is None:
            content = table_text() if p == path else facts_text()
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", newline="")
    return path


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def refused(run_cli: RunCli, path: Path | str, *args: str) -> str:
    code, _, err = run_cli("rate", str(path), *args)
    assert code == 2, err
    assert "Traceback" not in err
    return err


def changed(old: str, new: str, text: str | None = None, count: int = 1) -> str:
    text = table_text() if text is None else text
    assert old in text
    return text.replace(old, new, count)


# ---------------------------------------------------------------------------- the commands


def test_a_table_is_rated_inspection_by_inspection(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path)
    code, out, err = run_cli("rate", str(path), "--format", "json")
    assert code == 0, err
    results = json.loads(out)
    assert [r["inspection"] for r in results] == [f"{path}#p", f"{path}#q"]
    assert [r["service"] for r in results] == ["Service p", "Service q"]
    code, out, _ = run_cli("rate", f"{path}#q")
    assert code == 0 and "Service q" in out and "Service p" not in out
    assert f"data {path}#q sha256:" in out


def test_the_audit_hash_is_of_both_files(run_cli: RunCli, tmp_path: Path) -> None:
    import hashlib

    path = write_table(tmp_path)
    code, out, _ = run_cli("rate", f"{path}#p", "--format", "json")
    assert code == 0
    both = path.read_bytes() + (tmp_path / "t.inspections.csv").read_bytes()
    assert json.loads(out)["audit"]["data"]["sha256"] == hashlib.sha256(both).hexdigest()


def test_explain_needs_one_inspection(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path)
    code, _, err = run_cli("explain", str(path))
    assert code == 2
    assert f"{path} holds 2 inspections; name one as {path}#ID (the first is {path}#p)" in err
    code, out, err = run_cli("explain", f"{path}#p", "C02")
    assert code == 0, err
    assert f"{path}#p, data line {line_of(table_text(), 'p,C02,2.1.1')}" in out
    assert "note: Moved area" in out
    code, _, err = run_cli("explain", f"{path}#nope")
    assert code == 2 and "no inspection 'nope'" in err


def test_explain_says_which_file_a_count_is_written_in(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path)
    code, out, _ = run_cli("explain", f"{path}#p", "2.4.1")
    assert code == 0
    line = line_of(facts_text(), "p,counts,2.4.1,relevant")
    assert f"{tmp_path / 't.inspections.csv'} line {line}" in out


def test_compare_and_test_take_a_table(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path)
    code, out, err = run_cli(
        "compare", "--base", "yot-2020", "--candidate", "yot-2018", str(path), "--format", "json"
    )
    assert code in (0, 1, 3), err
    assert [i["inspection"] for i in json.loads(out)["inspections"]] == [
        f"{path}#p",
        f"{path}#q",
    ]
    expectations = tmp_path / "e.yaml"
    expectations.write_text(
        "format: ratingbook/expectations-v1\ntests:\n"
        "  - name: from a table\n    inspection: t.csv#q\n"
        "    expect: {overall: {rating: Good}}\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("test", str(expectations))
    assert code in (0, 1), err
    assert "1 passed" in out or "1 failed" in out


def test_one_bad_inspection_does_not_stop_the_others(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path, changed("q,C02,2.1.2,yes", "q,C02,2.1.2,maybe"))
    code, out, err = run_cli("rate", str(path))
    assert code == 2
    assert "Service p" in out
    assert "1 of 2 inspections could not be rated" in err
    line = line_of(table_text(), "q,C02,2.1.2,yes")
    assert f"{path}:{line}:13: error: case C02, 2.1.2: 'maybe' is not yes, no or n/a" in err


# ---------------------------------------------------------------------------- the table's own rules


def test_a_mistyped_answer_is_reported_at_its_cell(run_cli: RunCli, tmp_path: Path) -> None:
    text = changed("p,C01,2.1.1,yes", "p,C01,2.1.1,Yes ")
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert (
        "t.csv:2:13: error: case C01, 2.1.1: 'Yes ' is not yes, no or n/a; did you mean yes?"
        in (err)
    )
    assert "    p,C01,2.1.1,Yes ,,court" in err  # the line, with a caret under the cell
    assert "               ^~~~" in err


@pytest.mark.parametrize(
    ("cell", "hint"),
    [("Y", "did you mean yes?"), ("N", "did you mean no?"), ("NA", "did you mean n/a?")],
)
def test_answers_are_written_out(run_cli: RunCli, tmp_path: Path, cell: str, hint: str) -> None:
    err = refused(
        run_cli, f"{write_table(tmp_path, changed('p,C01,2.1.1,yes', f'p,C01,2.1.1,{cell}'))}#p"
    )
    assert hint in err


def test_ragged_rows_are_reported(run_cli: RunCli, tmp_path: Path) -> None:
    text = changed("p,C01,2.1.3,yes,,court,A. Smith,,no,low", "p,C01,2.1.3,yes,,court,A. Smith,,no")
    text = changed(
        "p,C02,2.1.1,yes,,court,,Moved area,no,medium",
        "p,C02,2.1.1,yes,,court,,Moved area,no,medium,extra",
        text,
    )
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert "t.csv:4:" in err and "this row has 9 cells and the header 10" in err
    assert "t.csv:7:" in err and "this row has 11 cells and the header 10" in err


def test_a_case_whose_rows_disagree(run_cli: RunCli, tmp_path: Path) -> None:
    text = changed(
        "p,C01,2.1.3,yes,,court,A. Smith,,no,low", "p,C01,2.1.3,yes,,court,A. Smith,,yes,low"
    )
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert (
        "t.csv:4:34: error: case C01: safety_factors is 'yes' here but 'no' on line 2, the "
        "case's first row; every row of a case gives the same facts" in err
    )


def test_the_same_answer_twice(run_cli: RunCli, tmp_path: Path) -> None:
    text = changed("p,C01,2.1.3,yes", "p,C01,2.1.1,no")
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert "t.csv:4:7: error: case C01 answers 2.1.1 twice (first on line 2); keep one" in err


def test_an_answer_needs_its_item_and_an_item_its_answer(run_cli: RunCli, tmp_path: Path) -> None:
    text = changed("p,C01,2.1.3,yes", "p,C01,,yes")
    text = changed("p,C02,2.1.3,no", "p,C02,2.1.3,", text)
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert "case C01: the answer 'yes' has no item" in err
    assert "case C02: no answer to 2.1.3; answer yes, no or n/a" in err


def test_a_case_with_no_answers_is_a_row_of_its_facts(run_cli: RunCli, tmp_path: Path) -> None:
    text = table_text() + "p,C04,,,,court,,,no,low\n"
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    # It is a case: the framework asks for its answers, at its row.
    line = text.count("\n")
    assert f"t.csv:{line}:3: error: case C04 has no answer for 2.1.1" in err


def test_a_row_without_a_case_id(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(run_cli, f"{write_table(tmp_path, changed('p,C01,2.1.3', 'p,,2.1.3'))}#p")
    assert "t.csv:4:3: error: no case id: say which case this row is about" in err


def test_a_row_without_an_inspection_stops_the_table(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path, changed("q,C01,2.1.3", ",C01,2.1.3"))
    err = refused(run_cli, path)
    line = line_of(table_text(), "q,C01,2.1.3")
    assert f"t.csv:{line}:1: error: no inspection id" in err


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (HEADER.replace("answer,", ""), 'no column "answer": every row gives its inspection'),
        (HEADER.replace(",rosh", ",case"), 'column "case" appears twice (columns 2 and 10)'),
        (HEADER.replace(",rosh", ","), "column 10 has no name"),
        (HEADER.replace("answer,", "Answer,"), 'column "Answer": did you mean "answer"?'),
        (HEADER.replace("answer,", " answer,"), 'column " answer": did you mean "answer"?'),
    ],
)
def test_header_problems_stop_the_table(
    run_cli: RunCli, tmp_path: Path, header: str, message: str
) -> None:
    err = refused(run_cli, write_table(tmp_path, header + "".join(rows("p"))))
    assert re.search(r"t\.csv:1:\d+: error: ", err), err
    assert message in err


def test_disposal_is_an_attribute_column_like_any_other(run_cli: RunCli, tmp_path: Path) -> None:
    """Without a disposal column the table is read; the framework's conditions then need it
    of every case, and an unknown column is an unknown attribute at its cell."""
    err = refused(
        run_cli, write_table(tmp_path, HEADER.replace("disposal,", "place,") + "".join(rows("p")))
    )
    assert "t.csv:2:" in err and "case C01: unknown attribute 'place'" in err
    assert 'no column "disposal"' not in err


def test_a_misspelt_attribute_column_is_named_by_the_framework(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = table_text().replace(",rosh\n", ",rossh\n", 1)
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert "t.csv:2:" in err and "case C01: unknown attribute 'rossh'; did you mean rosh?" in err


def test_the_inspections_file_must_be_there(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path)
    (tmp_path / "t.inspections.csv").unlink()
    err = refused(run_cli, path)
    assert "the table's inspections file" in err and "t.inspections.csv is not there" in err
    err = refused(run_cli, tmp_path / "missing.csv")
    assert "missing.csv: no such file" in err


def test_naming_the_inspections_file_points_at_the_table(run_cli: RunCli, tmp_path: Path) -> None:
    write_table(tmp_path)
    err = refused(run_cli, tmp_path / "t.inspections.csv")
    assert "this is the inspections file of a table; name the table itself" in err


def test_an_inspection_needs_its_facts(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path, facts=facts_text(("p",)))
    err = refused(run_cli, f"{path}#q")
    line = line_of(table_text(), "q,C01,2.1.1")
    assert f"t.csv:{line}:1: error: inspection q has rows here but none in" in err


# ---------------------------------------------------------------------------- the inspections file


def fact_error(run_cli: RunCli, tmp_path: Path, old: str, new: str) -> str:
    facts = facts_text()
    assert old in facts
    path = write_table(tmp_path, facts=facts.replace(old, new, 1))
    return refused(run_cli, f"{path}#p")


def test_an_unknown_key_gets_a_suggestion(run_cli: RunCli, tmp_path: Path) -> None:
    err = fact_error(run_cli, tmp_path, "p,service,", "p,servce,")
    assert (
        "t.inspections.csv:2:3: error: servce: unknown key 'servce'; did you mean 'service'?" in err
    )
    assert "missing 'service'" in err


def test_a_fact_given_twice(run_cli: RunCli, tmp_path: Path) -> None:
    err = fact_error(
        run_cli,
        tmp_path,
        "p,framework,,,yot-2020\n",
        "p,framework,,,yot-2020\np,framework,,,yot-2018\n",
    )
    assert (
        "t.inspections.csv:4:3: error: framework is given twice (first on line 3); keep one" in err
    )


def test_a_value_and_a_mapping_at_once(run_cli: RunCli, tmp_path: Path) -> None:
    err = fact_error(
        run_cli,
        tmp_path,
        "p,domain1,1.1,,Good\n",
        "p,domain1,1.1,,Good\np,domain1,1.1,rating,Good\n",
    )
    assert 'domain1."1.1" is given as a value on line 5 and as a mapping here' in err


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1e400", "'1e400' is written with an exponent; write the number out in digits"),
        ("010", "'010' starts with a zero; write the number without it (10)"),
        ("1,5", "write decimals with a point and no thousands separators"),
        ("9" * 5000, "a number of 5,000 digits is out of range"),
        ("3.5", "expected a whole number, got 3.5"),
        ("-1", "-1 is out of range (minimum 0)"),
        ("=1+1", "'=1+1' is not a number"),
    ],
)
def test_numbers_that_are_not_plain(
    run_cli: RunCli, tmp_path: Path, value: str, message: str
) -> None:
    cell = f'"{value}"' if "," in value else value
    err = fact_error(
        run_cli, tmp_path, "p,counts,2.4.1,relevant,2", f"p,counts,2.4.1,relevant,{cell}"
    )
    line = line_of(facts_text(), "p,counts,2.4.1,relevant")
    assert f't.inspections.csv:{line}:25: error: counts."2.4.1".relevant: ' in err
    assert message in err
    assert err.count("error:") == 1 or "yes (2) is more than" in err


def test_the_counts_rules_hold_in_a_table(run_cli: RunCli, tmp_path: Path) -> None:
    err = fact_error(run_cli, tmp_path, "p,counts,2.4.1,yes,2", "p,counts,2.4.1,yes,3")
    line = line_of(facts_text(), "p,counts,2.4.1,yes")
    assert (
        f't.inspections.csv:{line}:20: error: counts."2.4.1": yes (3) is more than relevant (2)'
        in err
    )
    err = fact_error(
        run_cli,
        tmp_path,
        "p,counts,2.4.1,yes,2\n",
        "p,counts,2.4.1,yes,2\np,counts,2.4.1,percent,100\n",
    )
    assert "give either 'relevant' and 'yes'" in err and "not both" in err


# ---------------------------------------------------------------------------- the framework's rules, at cells


def test_an_unknown_item_is_reported_at_its_cell(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(
        run_cli, f"{write_table(tmp_path, changed('p,C01,2.1.3,yes', 'p,C01,2.1.9,yes'))}#p"
    )
    assert "t.csv:4:7: error: unknown key question 2.1.9; standard 2.1 has 2.1.1-2.1.3" in err


def test_n_a_where_it_is_not_allowed(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(
        run_cli, f"{write_table(tmp_path, changed('p,C01,2.1.3,yes', 'p,C01,2.1.3,n/a'))}#p"
    )
    assert "t.csv:4:13: error: case C01: n/a is not allowed for 2.1.3" in err


def test_a_missing_answer_is_reported_at_the_case(run_cli: RunCli, tmp_path: Path) -> None:
    text = table_text().replace("p,C02,2.2.1,no,,court,,Moved area,no,medium\n", "")
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    line = line_of(text, "p,C02,")
    assert f"t.csv:{line}:7: error: case C02 has no answer for 2.2.1" in err


def test_an_answer_that_does_not_apply_is_a_warning_at_its_cell(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = table_text().replace(
        "p,C03,2.3.1,yes,,court,,,no,low\n",
        "p,C03,2.3.1,yes,,court,,,no,low\np,C03,2.2.2,yes,,court,,,no,low\n",
    )
    code, out, err = run_cli("rate", f"{write_table(tmp_path, text)}#p", "--format", "json")
    assert code == 0, err
    line = line_of(text, "p,C03,2.2.2")
    warnings = [f["where"] for f in json.loads(out)["diagnostics"]]
    assert f"{tmp_path / 't.csv'}:{line}:7" in warnings


@pytest.mark.parametrize("column", ["answer", "item", "rosh"])
def test_a_cell_that_looks_like_a_formula_is_only_text(
    run_cli: RunCli, tmp_path: Path, column: str
) -> None:
    """Never evaluated: it is no answer, no id and no value, and says so."""
    formula = "=cmd|' /C calc'!A0"
    old = {"answer": "p,C01,2.1.1,yes", "item": "p,C01,2.1.1,", "rosh": "Smith,,no,low"}
    new = {
        "answer": f"p,C01,2.1.1,{formula}",
        "item": f"p,C01,{formula},",
        "rosh": f"Smith,,no,{formula}",
    }
    text = changed(old[column], new[column], count=-1 if column == "rosh" else 1)
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert "=cmd|" in err and "t.csv:2:" in err


# ---------------------------------------------------------------------------- text


def test_latin1_is_refused_at_its_place(run_cli: RunCli, tmp_path: Path) -> None:
    data = changed("Moved area", "Moved \xe9rea").encode("latin-1")
    err = refused(run_cli, write_table(tmp_path, data))
    assert re.search(r"t\.csv:\d+:\d+: error: not UTF-8 text \(byte 0xe9", err), err
    assert "save the file as UTF-8" in err


def test_a_byte_order_mark_and_windows_line_ends_are_read(run_cli: RunCli, tmp_path: Path) -> None:
    table = b"\xef\xbb\xbf" + table_text().replace("\n", "\r\n").encode()
    facts = b"\xef\xbb\xbf" + facts_text().replace("\n", "\r\n").encode()
    code, out, err = run_cli("rate", str(write_table(tmp_path, table, facts)), "--format", "json")
    assert code == 0, err
    plain = tmp_path / "plain"
    plain.mkdir()
    code, again, _ = run_cli("rate", str(write_table(plain)), "--format", "json")
    strip = [
        {k: v for k, v in r.items() if k not in ("inspection", "audit")} for r in json.loads(out)
    ]
    assert strip == [
        {k: v for k, v in r.items() if k not in ("inspection", "audit")} for r in json.loads(again)
    ]


@pytest.mark.parametrize("char", ["\x00", "\x1b"])
def test_control_characters_are_refused(run_cli: RunCli, tmp_path: Path, char: str) -> None:
    err = refused(run_cli, write_table(tmp_path, changed("Moved area", f"Moved{char}area")))
    assert f"control character U+{ord(char):04X}" in err


def test_a_table_over_the_size_limit(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(files.MAX_BYTES_ENV, "")
    path = write_table(tmp_path)
    code, _, err = run_cli("rate", str(path), env={files.MAX_BYTES_ENV: "200"})
    assert code == 2 and "t.csv: larger than the limit of 200 bytes" in err


def test_quoted_cells_with_commas_and_line_breaks(run_cli: RunCli, tmp_path: Path) -> None:
    text = changed('"Not enough, sadly"', '"Not ""enough"",\nsadly"')
    text = changed("p,C02,2.1.2,yes", "p,C02,2.1.2,Yes", text)  # below the line break
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    line = line_of(text, "p,C02,2.1.2,Yes")
    assert f"t.csv:{line}:13: error: case C02, 2.1.2: 'Yes' is not yes, no or n/a" in err
    text = changed("p,C02,2.1.2,Yes", "p,C02,2.1.2,yes", text)
    code, out, err = run_cli("explain", f"{write_table(tmp_path, text)}#p", "C01")
    assert code == 0, err
    assert 'Not "enough",' in out


def test_a_quote_out_of_place(run_cli: RunCli, tmp_path: Path) -> None:
    path = write_table(tmp_path, changed(",Moved area,", ',"Moved" area,'))
    err = refused(run_cli, f"{path}#p")
    assert "a quote out of place" in err


def test_rows_in_any_order_rate_the_same(run_cli: RunCli, tmp_path: Path) -> None:
    lines = table_text().split("\n")
    shuffled = HEADER + "\n".join(reversed([line for line in lines[1:] if line])) + "\n"
    shuffled = shuffled.replace("\n", "\n\n", 3)  # blank lines too
    code, out, err = run_cli("rate", str(write_table(tmp_path, shuffled)), "--format", "json")
    assert code == 0, err
    plain = tmp_path / "plain"
    plain.mkdir()
    _, again, _ = run_cli("rate", str(write_table(plain)), "--format", "json")
    by_service = {r["service"]: r["overall"] for r in json.loads(out)}
    assert by_service == {r["service"]: r["overall"] for r in json.loads(again)}


def test_every_problem_at_once_but_not_all_shown(run_cli: RunCli, tmp_path: Path) -> None:
    text = HEADER + "".join(f"p,C{i:03},2.1.1,maybe,,court,,,no,low\n" for i in range(120))
    err = refused(run_cli, f"{write_table(tmp_path, text)}#p")
    assert "... and 70 more" in err
    assert "120 problems in the inspection data" in err


def test_a_table_of_many_rows(run_cli: RunCli, tmp_path: Path) -> None:
    from ratingbook.framework.loading import readers

    keys = tuple(f"i{n:03}" for n in range(400))  # 6,000 rows
    path = write_table(tmp_path, table_text(keys), facts_text(keys))
    assert [e.key for e in readers.entries(str(path))] == list(keys)
    code, out, err = run_cli("rate", f"{path}#i399", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["service"] == "Service i399"


# ---------------------------------------------------------------------------- export


def test_export_writes_nothing_when_an_inspection_cannot_be_read(
    run_cli: RunCli, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: ratingbook/inspection-v1\nservice: [\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    code, _, err = run_cli(
        "export", "standards/yot/inspections/derby-2018.yaml", str(bad), "-o", str(out)
    )
    assert code == 2
    assert "bad.yaml:" in err and f"nothing was written to {out}" in err
    assert out.read_text(encoding="utf-8") == "old"
    assert not (tmp_path / "out.inspections.csv").exists()


def test_export_writes_a_table_and_says_so(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "corpus.csv"
    code, _, err = run_cli("export", "standards/yot/inspections/", "-o", str(out))
    assert code == 0, err
    assert (
        f"wrote {out} (0 rows: 0 cases of 4 inspections) and {tmp_path / 'corpus.inspections.csv'}"
        in err
    )
    code, out_text, _ = run_cli("rate", str(out))
    assert code == 0 and "Derby" in out_text and "Windsor" in out_text
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_names_a_table_format(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, err = run_cli("export", "standards/yot/inspections/", "-o", str(tmp_path / "x.yaml"))
    assert code == 2 and "export writes a long table; name a .csv or .parquet file" in err


def test_export_refuses_what_a_table_cannot_tell_apart(run_cli: RunCli, tmp_path: Path) -> None:
    data = Path("docs/examples/provenance.yaml").read_text(encoding="utf-8")
    odd = tmp_path / "odd.yaml"
    odd.write_text(
        data.replace('note: "Transferred', 'note: ""\n    x_: "Transferred'.replace("x_", "#"), 1),
        encoding="utf-8",
    )
    code, _, err = run_cli("export", str(odd), "-o", str(tmp_path / "odd.csv"))
    assert code == 2, err
    assert "case C01's note is empty text, which a table cannot tell from no note" in err


def test_two_inspections_would_share_an_id(run_cli: RunCli, tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.yaml").write_text(
            Path("docs/examples/provenance.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
    code, _, err = run_cli(
        "export",
        str(tmp_path / "a" / "x.yaml"),
        str(tmp_path / "b" / "x.yaml"),
        "-o",
        str(tmp_path / "t.csv"),
    )
    assert code == 2 and "would both be inspection 'x'" in err


# ---------------------------------------------------------------------------- Parquet


def test_parquet_without_pyarrow_names_the_extra(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # importing it fails
    (tmp_path / "t.parquet").write_bytes(b"PAR1")
    (tmp_path / "t.inspections.parquet").write_bytes(b"PAR1")
    code, _, err = run_cli("rate", str(tmp_path / "t.parquet"))
    assert code == 2
    assert "needs pyarrow, which is not installed" in err
    assert "pip install 'ratingbook[parquet]'" in err
    code, _, err = run_cli(
        "export", "docs/examples/provenance.yaml", "-o", str(tmp_path / "x.parquet")
    )
    assert code == 2 and "pip install 'ratingbook[parquet]'" in err


def test_a_parquet_problem_is_at_its_row_and_column(run_cli: RunCli, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (the parquet extra)")
    import csv
    import io

    from ratingbook.framework.loading.parquet_table import table_bytes

    path = write_table(tmp_path, changed("p,C01,2.1.3,yes", "p,C01,2.1.3,maybe"))
    target = tmp_path / "t.parquet"

    def convert(source: Path, target: Path) -> None:
        found = list(csv.reader(io.StringIO(source.read_text(encoding="utf-8"), newline="")))
        target.write_bytes(table_bytes(found[0], found[1:]))

    convert(path, target)
    convert(tmp_path / "t.inspections.csv", tmp_path / "t.inspections.parquet")
    err = refused(run_cli, f"{target}#p")
    assert "t.parquet:4:4: error: case C01, 2.1.3: 'maybe' is not yes, no or n/a" in err


def test_a_file_that_is_not_parquet(run_cli: RunCli, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (the parquet extra)")
    (tmp_path / "t.parquet").write_bytes(b"not parquet at all")
    (tmp_path / "t.inspections.parquet").write_bytes(b"nor this")
    err = refused(run_cli, tmp_path / "t.parquet")
    assert "t.parquet: not a Parquet file that can be read" in err


def test_parquet_cells_of_other_kinds(run_cli: RunCli, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (the parquet extra)")
    import pyarrow.parquet as pq

    path = write_table(tmp_path)
    code, _, err = run_cli("export", str(path), "-o", str(tmp_path / "t.parquet"))
    assert code == 0, err
    table = pq.read_table(tmp_path / "t.parquet")
    # Flags as booleans read as yes/no; a list column is refused by name.
    flags = pa.array([v.as_py() == "yes" for v in table.column("safety_factors")], pa.bool_())
    pq.write_table(table.set_column(8, "safety_factors", flags), tmp_path / "t.parquet")
    code, _, err = run_cli("rate", str(tmp_path / "t.parquet"))
    assert code == 0, err
    listed = pa.array([[1]] * table.num_rows)
    pq.write_table(table.set_column(9, "rosh", listed), tmp_path / "t.parquet")
    err = refused(run_cli, tmp_path / "t.parquet")
    assert 'column "rosh" holds list<' in err
    control = pa.array(["lo\x00w"] * table.num_rows)
    pq.write_table(table.set_column(9, "rosh", control), tmp_path / "t.parquet")
    err = refused(run_cli, tmp_path / "t.parquet")
    assert 't.parquet:2:10: error: control character U+0000 in a cell of column "rosh"' in err


def test_a_name_too_long_for_the_system(run_cli: RunCli, tmp_path: Path) -> None:
    """A name past the file system's limit (an inspection id of 5,000 characters) is no
    such inspection, not a crash."""
    path = write_table(tmp_path)
    err = refused(run_cli, f"{path}#{'9' * 5000}")
    assert "no inspection '99999" in err
    err = refused(run_cli, str(tmp_path / ("x" * 5000 + ".csv")))
    assert "cannot be read" in err or "no such file" in err


# ---------------------------------------------------------------------------- tables in folders


def test_a_folder_holds_tables_beside_inspection_files(run_cli: RunCli, tmp_path: Path) -> None:
    """Discovery asks each reader what a file is: a table by its columns (its inspections file
    is read with it, not on its own), YAML by its format line. A file no reader recognises is
    reported and counted, never skipped."""
    folder = tmp_path / "corpus"
    (folder / "deeper").mkdir(parents=True)
    write_table(folder / "deeper")
    (folder / "deeper" / "t.csv").rename(folder / "deeper" / "T.CSV")
    (folder / "deeper" / "t.inspections.csv").rename(folder / "deeper" / "T.inspections.CSV")
    (folder / "derby.yaml").write_bytes(
        Path("standards/yot/inspections/derby-2018.yaml").read_bytes()
    )
    (folder / "published.yaml").write_text(
        "format: ratingbook/expectations-v1\ntests: []\n", encoding="utf-8"
    )
    code, out, err = run_cli("rate", str(folder), "--format", "json", "--jobs", "1")
    assert code == 0, err
    assert sorted(r["inspection"] for r in json.loads(out)) == [
        str(folder / "deeper" / "T.CSV#p"),
        str(folder / "deeper" / "T.CSV#q"),
        str(folder / "derby.yaml"),
    ]
    (folder / "notes.csv").write_text("when,who\nMonday,Jo\n", encoding="utf-8")
    (folder / "lone.inspections.csv").write_text(facts_text(("p",)), encoding="utf-8")
    code, out, err = run_cli("rate", str(folder), "--format", "json", "--jobs", "1")
    assert code == 2
    assert len(json.loads(out)) == 3
    assert 'notes.csv:1:1: error: no column "inspection"' in err
    assert "lone.inspections.csv: this is the inspections file of a table" in err
    assert "2 of 5 inspections could not be rated" in err
    code, out, err = run_cli(
        "compare", "--base", "yot-2020", "--candidate", "yot-2018", str(folder / "deeper")
    )
    assert code in (0, 1, 3), err
    assert "T.CSV#p" in out and "T.CSV#q" in out
