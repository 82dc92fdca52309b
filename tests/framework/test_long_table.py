"""Long tables (docs/long-table.md): export and read back, the two reading paths, the format.

Every shipped inspection, case-level and counts-only alike, is exported to a table (CSV and
Parquet) and read back: the records, the rated JSON and the explanation are those of the file
it came from. Generated inspections (with reasons, notes and text a CSV file must quote) do
the same. The common path, which takes a table column by column, and the careful path, which
reads it row by row with positions, build the same records.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook import evaluate, explain, to_json
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.inspection import CODE, CaseTable, Inspection
from ratingbook.framework.loading import csv_table, readers, table_codes
from ratingbook.framework.loading import table as long_table
from ratingbook.framework.loading.export import csv_bytes, export, safe_cell
from ratingbook.framework.loading.frameworks import framework_for
from ratingbook.framework.loading.inspections import load_inspection_text
from ratingbook.framework.views.phrases import worded
from tests.conftest import budget

SHIPPED = [
    "standards/yot/inspections/derby-2018.yaml",
    "standards/yot/inspections/oldham-2019.yaml",
    "standards/yot/inspections/western-bay-2019.yaml",
    "standards/yot/inspections/windsor-maidenhead-2020.yaml",
    "standards/yot/examples/example-2020.yaml",
    "docs/examples/provenance.yaml",
]
FORMATS = [".csv", ".parquet"]
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def has_pyarrow() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def needs(suffix: str) -> None:
    if suffix == ".parquet" and not has_pyarrow():
        pytest.skip("pyarrow is not installed (pip install 'ratingbook[parquet]')")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The shipped inspections as one table in each format."""
    folder = tmp_path_factory.mktemp("tables")
    out = {".csv": export(SHIPPED, folder / "shipped.csv").table}
    if has_pyarrow():
        out[".parquet"] = export(SHIPPED, folder / "shipped.parquet").table
    return out


def records(inspection: Inspection) -> dict[str, Any]:
    """An inspection's records, less where it was read from."""
    fields = (
        "service framework fieldwork note population source lead_inspector judgements counts "
        "discretion not_inspected cases"
    ).split()
    out = {name: getattr(inspection, name) for name in fields}
    if out["source"] and "file" in out["source"]:
        # A path relative to the data file, rewritten by export to be relative to the table:
        # the same file either way.
        beside = Path(readers.entry(inspection.path).path).parent / out["source"]["file"]
        out["source"] = {**out["source"], "file": str(beside.resolve())}
    table = inspection.table
    out["masks"] = {item: table.answer_masks(item) for item in sorted(table.items())}
    out["attributes"] = {
        name: list(table.values(name)) for name in sorted({"disposal", *table.attribute_names()})
    }
    out["named"] = table.attribute_names()
    # The bitmasks evaluation reads (a long table's codes make some of them for the table).
    out["value_masks"] = {
        (name, value): table.value_mask(name, value)
        for name in sorted(table.attribute_names())
        for value in table.distinct(name)
    }
    out["prompt_masks"] = table.prompt_masks
    return out


def rated(inspection: Inspection) -> tuple[dict[str, Any], dict[str, Any]]:
    """The rated JSON, less the data file's name and hash, and the explanation's, less where
    each value is written too (a line of a YAML file, or of a table's files)."""
    result = evaluate(framework_for(inspection, None), inspection)
    doc = to_json(result)
    tree = worded(to_json(explain(result)))
    for d in (doc, tree):
        d.pop("inspection", None)
        d["audit"].pop("data")
    text = json.dumps(tree, sort_keys=True).replace(inspection.path, "DATA")
    text = re.sub(r"(data|[^ ;(]+\.inspections\.(csv|parquet)) line \d+", "LINE", text)
    return doc, json.loads(text)


# ---------------------------------------------------------------------------- round trips


Original = tuple[Inspection, dict[str, Any], tuple[dict[str, Any], dict[str, Any]]]


@pytest.fixture(scope="module")
def original() -> Callable[[str], Original]:
    """A shipped inspection as read from its own file, its records and its rated JSON and
    explanation: what each format's table is compared with, worked out once for both formats
    (the tests only compare them)."""
    found: dict[str, Original] = {}

    def of(path: str) -> Original:
        if path not in found:
            inspection = readers.load(path)
            found[path] = inspection, records(inspection), rated(inspection)
        return found[path]

    return of


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("path", SHIPPED)
def test_every_shipped_inspection_reads_back_from_a_table(
    exported: dict[str, Path], original: Callable[[str], Original], suffix: str, path: str
) -> None:
    needs(suffix)
    inspection, its_records, its_rating = original(path)
    key = Path(path).stem
    from_table = readers.load(f"{exported[suffix]}#{key}")
    assert from_table.path == f"{exported[suffix]}#{key}"
    assert records(from_table) == its_records
    doc, tree = rated(from_table)
    assert (doc, tree) == its_rating
    assert "LINE" in json.dumps(tree) or not inspection.cases  # the lines were there to compare


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_table_lists_its_inspections_in_order(exported: dict[str, Path], suffix: str) -> None:
    needs(suffix)
    found = readers.entries(str(exported[suffix]))
    assert [e.key for e in found] == [Path(p).stem for p in SHIPPED]
    assert readers.recognise(exported[suffix]) == readers.INSPECTION
    side = long_table.side_path(str(exported[suffix]))
    assert readers.recognise(Path(side)) == readers.PART


def test_csv_and_parquet_hold_the_same(exported: dict[str, Path]) -> None:
    needs(".parquet")
    for path in SHIPPED:
        key = Path(path).stem
        a = readers.load(f"{exported['.csv']}#{key}")
        b = readers.load(f"{exported['.parquet']}#{key}")
        assert records(a) == records(b)


def test_the_two_paths_build_the_same_records(exported: dict[str, Path]) -> None:
    """The common path (by codes where pyarrow is installed: the table is plain) and the
    careful one."""
    csv_table._OPEN.clear()
    table = csv_table.open_table(str(exported[".csv"]))
    table.prepare()
    for key in table.keys():
        quick = long_table._quick(table, key)
        careful = long_table._careful(table, key)
        assert records(quick) == records(careful)
        assert list(quick.table.items()) == list(careful.table.items())


def test_a_table_converts_to_parquet_and_back(exported: dict[str, Path], tmp_path: Path) -> None:
    needs(".parquet")
    again = export([str(exported[".parquet"])], tmp_path / "again.csv").table
    assert again.read_bytes() == exported[".csv"].read_bytes()
    side = Path(long_table.side_path(str(again)))
    assert side.read_bytes() == Path(long_table.side_path(str(exported[".csv"]))).read_bytes()


# ---------------------------------------------------------------------------- generated inspections

TEXT = st.text(
    alphabet=st.sampled_from(list("ab ,\"'=+-@\n;é") + ["\u2028"]), min_size=1, max_size=12
).filter(lambda t: t.strip() == t and t.strip())


@st.composite
def inspections(draw: st.DrawFn) -> dict[str, Any]:
    """A yot-2020 inspection with the awkward parts a table must carry: reasons, notes,
    inspectors, n/a, text with commas, quotes, line breaks and formula-like starts, counts
    for some key questions and a panel decision."""
    cases = []
    n = draw(st.integers(min_value=1, max_value=6))
    for i in range(n):
        court = draw(st.booleans())
        answers: dict[str, Any] = {}
        for kq in ("2.1.1", "2.1.2", "2.1.3") if court else ("3.1.1", "3.1.2", "3.1.3"):
            answer = draw(st.sampled_from(["yes", "no"]))
            if draw(st.booleans()):
                answers[kq] = {"answer": answer, "reason": draw(TEXT)}
            else:
                answers[kq] = answer
        if court and draw(st.booleans()):
            answers["2.1.1.d"] = "n/a"
        case: dict[str, Any] = {
            "id": draw(st.sampled_from(["C", "-C", "=C", "'C", "C,1"])) + str(i),
            "disposal": "court" if court else "out-of-court",
            "attributes": {"rosh": draw(st.sampled_from(["low", "very high"]))},
            "answers": answers,
        }
        if draw(st.booleans()):
            case["note"] = draw(TEXT)
        if draw(st.booleans()):
            case["inspector"] = draw(TEXT)
        cases.append(case)
    data: dict[str, Any] = {
        "format": "ratingbook/inspection-v1",
        "service": draw(TEXT),
        "framework": "yot-2020",
        "fieldwork": "2021-03-15",
        "population": {"2": draw(st.integers(min_value=0, max_value=99))},
        "domain1": {"1.1": {"rating": "Good", "evidence": draw(TEXT)}},
        "cases": cases,
        "counts": {"2.2.1": {"relevant": 5, "yes": draw(st.integers(0, 5)), "line": 3}},
    }
    if draw(st.booleans()):
        data["discretion"] = {"2.2": {"rating": "Good", "reason": draw(TEXT), "override": True}}
    return data


@settings(
    max_examples=budget(15),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=inspections(), suffix=st.sampled_from(FORMATS))
def test_any_inspection_reads_back_from_a_table(
    tmp_path: Path, data: dict[str, Any], suffix: str
) -> None:
    if suffix == ".parquet" and not has_pyarrow():
        suffix = ".csv"
    source = tmp_path / "generated.yaml"
    source.write_text(yaml.dump(data, Dumper=DUMPER, sort_keys=False), encoding="utf-8")
    original = readers.load(str(source))
    table = export([str(source)], tmp_path / f"generated{suffix}").table
    back = readers.load(f"{table}#generated")
    assert records(back) == records(original)
    if suffix == ".csv":
        opened = csv_table.open_table(str(table))
        assert records(long_table._careful(opened, "generated")) == records(original)


# ---------------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    ("written", "safe"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("'=x", "''=x"),
        ("''", "'''"),
        ("it's", "it's"),
        ("'a", "'a"),
        ("a=b", "a=b"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_written_safe(written: str, safe: str) -> None:
    assert safe_cell(written) == safe
    assert csv_table.unescape(safe) == written


def test_a_csv_written_by_export_starts_no_cell_with_a_formula(exported: dict[str, Path]) -> None:
    data = csv_bytes(["inspection", "case"], [["=1+1", "@x"], ["-2", "ok"]]).decode()
    assert data == "inspection,case\n'=1+1,'@x\n'-2,ok\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("010", "starts with a zero; write the number without it (10)"),
        ("1e400", "written with an exponent"),
        ("1E3", "written with an exponent"),
        ("1,5", "write decimals with a point and no thousands separators"),
        ("1,500", "write decimals with a point and no thousands separators"),
        (" 3", "has spaces around it"),
        ("9" * 5000, "a number of 5,000 digits is out of range"),
        ("+3", "write the number without '+'"),
        ("", "no number given"),
        ("inf", "'inf' is not a number"),
    ],
)
def test_a_number_must_be_written_plainly(text: str, message: str) -> None:
    value, why = long_table.typed(("counts", "2.1.1", "relevant"), text)
    assert why is not None and message in why
    assert value == text  # kept as written, so that its place is still reported


@pytest.mark.parametrize(
    ("path", "text", "value"),
    [
        (("counts", "2.1.1", "relevant"), "3", 3),
        (("counts", "2.1.1", "relevant"), "3.0", 3.0),
        (("counts", "2.1.1", "relevant"), "-1", -1),  # the schema says it is out of range
        (("discretion", "2.2", "override"), "yes", True),
        (("discretion", "2.2", "override"), "false", False),
        (("service",), "010", "010"),
        (("domain1", "1.1"), "Good", "Good"),
        (("population", "2"), "36", 36),
        (("no_such_key",), "3", "3"),
    ],
)
def test_a_value_is_read_as_the_schema_asks(path: tuple[str, ...], text: str, value: Any) -> None:
    assert long_table.typed(path, text) == (value, None)


def test_an_address_names_one_inspection_of_a_table(tmp_path: Path) -> None:
    assert readers.entry("t.csv#derby-2018") == readers.Entry(path="t.csv", key="derby-2018")
    assert readers.entry("T.CSV#a#b") == readers.Entry(path="T.CSV", key="a#b")
    assert readers.entry("x.yaml#1") == readers.Entry(path="x.yaml#1")
    odd = tmp_path / "odd#name.csv"
    odd.write_text("", encoding="utf-8")
    assert readers.entry(str(odd)) == readers.Entry(path=str(odd))


@pytest.mark.parametrize("name", ["x.csv", "X.CSV", "x.Csv", "x.parquet", "x.PARQUET"])
def test_a_reader_is_chosen_by_suffix_whatever_its_case(name: str) -> None:
    reader = readers.reader_for(name)
    assert reader is not None and reader.table


@pytest.mark.parametrize("name", ["x.yaml", "x.YML", "x.Json"])
def test_yaml_and_json_hold_one_inspection(name: str) -> None:
    reader = readers.reader_for(name)
    assert reader is not None and not reader.table
    assert readers.entries(name) == [readers.Entry(path=name)]


def test_reading_yaml_loads_no_table_reader() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ratingbook.framework.loading import readers\n"
        "readers.load('standards/yot/examples/example-2020.yaml')\n"
        "print(sorted(m for m in sys.modules if m in ('csv', 'pyarrow') or m.startswith('pyarrow.')\n"
        "    or (m.startswith('ratingbook') and ('csv' in m or 'table' in m))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_a_yaml_file_read_through_the_seam_is_read_as_before() -> None:
    text = Path("standards/yot/examples/example-2020.yaml").read_text(encoding="utf-8")
    direct = load_inspection_text(text, "standards/yot/examples/example-2020.yaml")
    assert records(readers.load("standards/yot/examples/example-2020.yaml")) == records(direct)


# ---------------------------------------------------------------------------- finding the rows


def _reordered(exported: dict[str, Path], folder: Path, order: Any) -> Path:
    """The shipped table with its rows rearranged by ``order(header, rows)``."""
    source = exported[".csv"]
    header, *rows = source.read_text(encoding="utf-8").splitlines(keepends=True)
    path = folder / "reordered.csv"
    path.write_text("".join(order(header, rows)), encoding="utf-8")
    side = Path(long_table.side_path(str(source)))
    (folder / "reordered.inspections.csv").write_bytes(side.read_bytes())
    return path


@pytest.mark.parametrize(
    "how", ["hidden in another", "interleaved", "inspection column last", "blank lines"]
)
def test_rows_are_found_however_they_are_laid_out(
    exported: dict[str, Path], tmp_path: Path, how: str
) -> None:
    """An inspection's rows hidden in the middle of another's (where probing the text would
    step over them), interleaved row by row, found with the inspection column last (every
    row read), or with blank lines: each inspection reads back the same."""

    def order(header: str, rows: list[str]) -> list[str]:
        example = [r for r in rows if r.startswith("example-2020,")]
        others = [r for r in rows if not r.startswith("example-2020,")]
        if how == "hidden in another":
            middle = len(example) // 2
            return [header, *example[:middle], *others, *example[middle:]]
        if how == "interleaved":
            mixed = [r for pair in zip(example, others, strict=False) for r in pair]
            return [header, *mixed, *example[len(others) :]]
        if how == "blank lines":
            return [header, "\n", *example[:10], "\n\n", *example[10:], *others, "\n"]
        cells = [r.rstrip("\n").split(",", 1) for r in [header, *rows]]
        return [f"{rest},{first}\n" for first, rest in cells]

    path = _reordered(exported, tmp_path, order)
    for key in ("example-2020", "provenance"):
        original = readers.load(f"{exported['.csv']}#{key}")
        assert records(readers.load(f"{path}#{key}")) == records(original)


# ---------------------------------------------------------------------------- the coded path

# A plainly laid-out table (no quoted cell, rows of an inspection together), where pyarrow
# reads every cell and an inspection's index is built from codes (loading/table_codes.py).
PLAIN_HEADER = "inspection,case,item,answer,reason,disposal,inspector,rosh\n"
PLAIN_SIDE = (
    "inspection,key,item,field,value\n"
    "{key},service,,,Plainshire\n"
    "{key},framework,,,yot-2020\n"
    "{key},fieldwork,,,2021-03-15\n"
)
PLAIN_ITEMS = ["2.1.1", "2.1.2", "2.1.1.a", "3.1.1", "2.2.2"]


@st.composite
def plain_rows(draw: st.DrawFn) -> list[list[str]]:
    """Rows of one or two inspections, mostly sound, with the slips the common path must
    hand on to be reported: an answer that is not one, an answer given twice, a case whose
    rows disagree, a row without its disposal or answer, two ids that are one, a ragged
    row; and reasons."""
    rows: list[list[str]] = []
    # (hostile cells as well: a formula-like one, written as is or escaped as export writes it)
    for key in draw(st.sampled_from([["i1"], ["i1", "i2"]])):
        for c in range(draw(st.integers(min_value=1, max_value=5))):
            cid = draw(st.sampled_from(["C", "c", "C "])) + str(c)
            disposal = draw(st.sampled_from(["court", "court", "out-of-court", ""]))
            inspector = draw(st.sampled_from(["", "ab", "'=x", "=cmd|' /C calc'!A0"]))
            rosh = draw(st.sampled_from(["low", "high", ""]))
            items = draw(st.lists(st.sampled_from(PLAIN_ITEMS), min_size=1, max_size=4))
            for item in items:
                answer = draw(st.sampled_from(["yes", "no", "n/a", "yes", "no", "Yes", ""]))
                reason = draw(st.sampled_from(["", "", "why"]))
                rows.append([key, cid, item, answer, reason, disposal, inspector, rosh])
        if draw(st.booleans()):  # one row's fact differs from its case's other rows
            row = draw(st.sampled_from(rows))
            rows.append([*row[:5], "out-of-court" if row[5] == "court" else "court", *row[6:]])
    if draw(st.booleans()):  # the rows of each case out of order (an inspection's together)
        rows = [*draw(st.permutations(rows))]
        rows.sort(key=lambda r: r[0])
    if draw(st.integers(min_value=0, max_value=5)) == 0:  # a ragged row
        at = draw(st.integers(min_value=0, max_value=len(rows) - 1))
        rows[at] = rows[at][:-1] if draw(st.booleans()) else [*rows[at], "extra"]
    return rows


def _outcome(path: Path, key: str) -> Any:
    try:
        return records(readers.load(f"{path}#{key}"))
    except Exception as err:  # noqa: BLE001 - the message is what is compared
        return f"{type(err).__name__}: {err}"


@settings(
    # A few in the default run; RATINGBOOK_FUZZ=long reads 2,000 tables both ways.
    max_examples=budget(25, long=2_000),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=plain_rows())
def test_the_coded_path_reads_what_the_rows_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[list[str]]
) -> None:
    """Read with pyarrow's codes and without (each row taken apart in Python), a plainly
    laid-out table gives the same records, or the same problems at the same cells."""
    pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    path = tmp_path / "plain.csv"
    path.write_text(PLAIN_HEADER + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    keys = list(dict.fromkeys(r[0] for r in rows))
    side = "".join(PLAIN_SIDE.format(key=k).split("\n", 1)[1] for k in keys)
    (tmp_path / "plain.inspections.csv").write_text(
        PLAIN_SIDE.split("\n", 1)[0] + "\n" + side, encoding="utf-8"
    )
    csv_table._OPEN.clear()
    table = csv_table.open_table(str(path))
    table.prepare()
    ragged = any(len(r) != PLAIN_HEADER.count(",") + 1 for r in rows)
    assert (table._codes is None) == ragged  # the coded path is the one taken, if it can be
    coded = {key: _outcome(path, key) for key in keys}
    for key in keys:
        try:
            quick = records(long_table._quick(table, key))
        except long_table._Problem:
            continue
        assert quick == records(long_table._careful(table, key))
    csv_table._OPEN.clear()
    alone = csv_table.open_table(str(path))
    width = PLAIN_HEADER.count(",") + 1
    for key in keys:  # as a corpus run's workers read them: a few inspections at a time
        alone.prepare([key])
        assert (alone._codes is None) == any(len(r) != width for r in rows if r[0] == key)
        assert _outcome(path, key) == coded[key]
    csv_table._OPEN.clear()
    with monkeypatch.context() as patched:  # (one fixture for every example: undone each time)
        patched.setattr(table_codes, "modules", lambda: None)  # as without pyarrow
        unread = csv_table.open_table(str(path))
        unread.prepare()
        assert unread.quick_index(keys[0]) is None
        assert {key: _outcome(path, key) for key in keys} == coded
    csv_table._OPEN.clear()


@settings(deadline=None, derandomize=bool(os.environ.get("CI")))
@given(
    cases=st.integers(min_value=0, max_value=140),
    items=st.integers(min_value=0, max_value=6),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_answer_masks_from_codes_are_the_case_tables(cases: int, items: int, seed: int) -> None:
    """Each item's yes, no and n/a bitmasks made from a matrix of answer codes (one word a
    mask up to 64 cases, from bytes above) are those the case table makes from the columns."""
    np = pytest.importorskip("numpy")
    codes = np.array([0, *(CODE[a] for a in ("yes", "no", "n/a"))], dtype=np.uint8)
    matrix = codes[np.random.default_rng(seed).integers(0, 4, size=(items, cases))]
    names = [f"1.1.{i}" for i in range(items)]
    columns = {n: row.tobytes() for n, row in zip(names, matrix, strict=True)}
    plain = CaseTable(cases, columns, {})
    assert table_codes._masks(np, matrix, names) == plain.masks


def _whole_outcome(path: Path) -> dict[str, Any]:
    """Every inspection of a table as a corpus run reads it (the rows prepared together), or
    its problems as they are shown: places and excerpts."""
    csv_table._OPEN.clear()
    table = csv_table.open_table(str(path))
    table.prepare()
    out: dict[str, Any] = {}
    for key in table.keys():
        try:
            out[key] = records(long_table.load(table, key))
        except DiagnosticsError as err:
            out[key] = err.format_message()
    return out


@settings(
    max_examples=budget(15, long=500),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=plain_rows())
def test_a_tables_bytes_read_as_its_text(tmp_path: Path, rows: list[list[str]]) -> None:
    """A table in ASCII with no quote and no carriage return is read from its bytes (its text
    made only where a row is read in Python or a place is reported); the same table with CRLF
    line breaks is read from its text. Both give the same records, or the same problems at
    the same places, and so does the first without its last line break."""
    keys = list(dict.fromkeys(r[0] for r in rows))
    side = "".join(PLAIN_SIDE.format(key=k).split("\n", 1)[1] for k in keys)
    (tmp_path / "plain.inspections.csv").write_text(
        PLAIN_SIDE.split("\n", 1)[0] + "\n" + side, encoding="utf-8"
    )
    path = tmp_path / "plain.csv"
    text = PLAIN_HEADER + "".join(",".join(r) + "\n" for r in rows)
    found = []
    for written, kept in ((text, True), (text.replace("\n", "\r\n"), False), (text[:-1], True)):
        path.write_bytes(written.encode("ascii"))
        found.append(_whole_outcome(path))
        assert (csv_table.open_table(str(path))._raw is not None) == kept
    csv_table._OPEN.clear()
    assert found[0] == found[1] == found[2]


def _cells(path: Path) -> list[Any]:
    """Each column's text on every row, as the codes of the whole table read together give
    them (every inspection's rows prepared at once)."""
    csv_table._OPEN.clear()
    table = csv_table.open_table(str(path))
    table.prepare()
    codes = table._codes
    assert codes is not None
    out: list[Any] = []
    for texts, column in zip(codes.texts, codes.codes, strict=True):
        out.append(None if column is None else [texts[c] for c in column.tolist()])
    out.append({j: cells.to_pylist() for j, cells in codes.cells.items()})
    return out


def test_rows_read_in_many_blocks_give_the_same_codes(
    exported: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyarrow reads many rows in blocks, each with a dictionary of its own whose codes are
    mapped onto the texts of the blocks before it: read a few hundred bytes at a time, the
    shipped inspections' table gives every row the same texts, and the same records."""
    pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    path = exported[".csv"]
    cells, whole = _cells(path), _whole_outcome(path)
    monkeypatch.setattr(table_codes, "_BLOCK", 700)
    assert _cells(path) == cells
    assert _whole_outcome(path) == whole
    csv_table._OPEN.clear()


def test_which_tables_are_read_by_codes(exported: dict[str, Path], tmp_path: Path) -> None:
    """The shipped inspections' table is plain (so the round trips above read it by codes,
    where pyarrow is installed); a quoted cell leaves a table to Python's reading."""
    pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    table = csv_table.open_table(str(exported[".csv"]))
    table.prepare()
    assert table._codes is not None
    for key in table.keys():  # every shipped inspection with answers is indexed from codes
        assert (table.quick_index(key) is not None) == (key in table.blocks)
    text = exported[".csv"].read_text(encoding="utf-8")
    quoted = tmp_path / "quoted.csv"
    quoted.write_text(text.replace(",court,", ',"court",', 1), encoding="utf-8")
    side = Path(long_table.side_path(str(exported[".csv"])))
    (tmp_path / "quoted.inspections.csv").write_bytes(side.read_bytes())
    table = csv_table.open_table(str(quoted))
    table.prepare()
    assert table._codes is None
    key = Path(SHIPPED[0]).stem
    assert records(readers.load(f"{quoted}#{key}")) == records(readers.load(SHIPPED[0]))
