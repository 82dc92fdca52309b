"""The reading layer's rules for workbooks: size limits, no macros, formulas, versions, and
bad files refused with a message, never a traceback. Every command that reads inspection data
takes a workbook (rate, explain, compare, a folder of them)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from ratingbook.framework.loading import readers
from ratingbook.framework.loading import workbook as wbk
from ratingbook.framework.loading import workbook_layout as lay
from ratingbook.framework.loading.files import DEFAULT_MAX_BYTES, MAX_BYTES_ENV
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.loading.workbook_write import build

RunCli = Callable[..., tuple[int, str, str]]
REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "standards/yot/examples/example-2020.yaml"
_BOOK: dict[str, bytes] = {}


def _example() -> bytes:
    if "book" not in _BOOK:
        _BOOK["book"] = build(load_framework("yot-2020"), readers.document(str(EXAMPLE)))
    return _BOOK["book"]


def _book(tmp_path: Path, name: str = "book.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(_example())
    return path


def _refused(run_cli: RunCli, *args: str) -> str:
    # --max-bytes sets the limit in the environment for the processes a run starts: removed
    # again after the run, so that it does not hold for the tests after it in this process.
    code, out, err = run_cli(*args, env={MAX_BYTES_ENV: str(DEFAULT_MAX_BYTES)})
    assert code == 2 and out == "", err
    assert "Traceback" not in err and err.startswith("error: "), err
    return err


def test_a_workbook_over_the_size_limit_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    book = _book(tmp_path)
    err = _refused(run_cli, "--max-bytes", "1000", "import", str(book))
    assert "book.xlsx" in err and ("1,000" in err or "1000" in err)


def test_a_workbook_that_expands_too_far_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    """A zip whose contents expand past eight times the size limit (a zip bomb) is refused
    before openpyxl opens it."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b'<workbook name="ratingbook"/>')
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    err = _refused(run_cli, "--max-bytes", "100000", "import", str(path))
    assert "expands to" in err and "eight times the size limit" in err


def test_macros_are_never_opened(tmp_path: Path, run_cli: RunCli) -> None:
    err = _refused(run_cli, "import", str(_book(tmp_path, "book.xlsm")))
    assert "macro-enabled workbook" in err and "never opens macros" in err
    # A VBA project inside a file named .xlsx is refused too.
    hidden = tmp_path / "hidden.xlsx"
    with zipfile.ZipFile(io.BytesIO(_example())) as source, zipfile.ZipFile(hidden, "w") as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        out.writestr("xl/vbaProject.bin", b"not run")
    err = _refused(run_cli, "rate", str(hidden))
    assert "holds macros (a VBA project)" in err


def test_a_formula_without_a_saved_value_is_refused_at_its_cell(
    tmp_path: Path, run_cli: RunCli
) -> None:
    """openpyxl saves no value for a formula: ratingbook never calculates, so it says so at
    the cell (a workbook saved by a spreadsheet has the values: the LibreOffice test reads
    them)."""
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb[lay.CASES]["A4"] = '=CONCATENATE("C","01")'
    wb.save(book)
    err = _refused(run_cli, "import", str(book))
    assert 'Cases!A4: a formula (=CONCATENATE("C","01")) with no saved value' in err
    assert "ratingbook never calculates" in err


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (b"", "is not an Excel workbook"),
        (b"PK\x03\x04 a broken zip", "is not an Excel workbook"),
        (None, "is not a ratingbook recording workbook"),
    ],
)
def test_files_that_are_no_recording_workbook_are_refused(
    tmp_path: Path, run_cli: RunCli, damage: bytes | None, says: str
) -> None:
    path = tmp_path / "other.xlsx"
    if damage is None:
        wb = openpyxl.Workbook()
        wb.active["A1"] = "a spreadsheet of something else"
        wb.save(path)
    else:
        path.write_bytes(damage)
    for command in ("import", "rate", "explain"):
        assert says in _refused(run_cli, command, str(path))


def test_a_newer_instrument_is_refused_and_a_changed_one_is_named(
    tmp_path: Path, run_cli: RunCli
) -> None:
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb[lay.META]["B1"] = lay.INSTRUMENT + 1
    wb.save(book)
    err = _refused(run_cli, "import", str(book))
    assert f"instrument {lay.INSTRUMENT + 1}; this one reads up to {lay.INSTRUMENT}" in err
    wb[lay.META]["B2"] = None
    wb.save(book)
    assert "does not say which version and instrument made it" in _refused(
        run_cli, "import", str(book)
    )


def test_a_workbook_for_an_older_version_says_which_made_it(
    tmp_path: Path, run_cli: RunCli
) -> None:
    """A workbook made for yot-2018, without the optional Reasons sheet (as an earlier
    instrument could be), is read under its own version; rated under yot-2020, the data
    keeps naming yot-2018."""
    book = tmp_path / "old.xlsx"
    assert run_cli("workbook", "yot-2018", "-o", str(book))[0] == 0
    wb = openpyxl.load_workbook(book)
    del wb[lay.REASONS]
    wb[lay.INSPECTION]["B2"] = "Oldshire (made-up)"
    wb.save(book)
    code, out, err = run_cli("import", str(book))
    assert code == 0, err
    assert "a recording workbook for yot-2018, instrument 1 (made by ratingbook" in err
    assert "framework: yot-2018" in out and 'service: "Oldshire (made-up)"' in out


def test_rate_explain_and_compare_take_a_workbook(tmp_path: Path, run_cli: RunCli) -> None:
    book = _book(tmp_path)
    code, out, err = run_cli("explain", str(book), "C03")
    assert code == 0, err
    assert "book.xlsx, Cases row 6" in out
    code, out, err = run_cli("compare", "--base", "yot-2020", "--candidate", "yot-2018", str(book))
    assert code in (0, 1, 3), err
    assert "book.xlsx" in out
    # A folder: the workbook is found beside YAML files without a format line of its own.
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "book.xlsx").write_bytes(_example())
    (tmp_path / "corpus" / "example.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"))
    code, out, err = run_cli("rate", str(tmp_path / "corpus"))
    assert code == 0, err
    assert "corpus/book.xlsx" in out and "corpus/example.yaml" in out
    assert wbk.recognise(tmp_path / "corpus" / "book.xlsx") == readers.INSPECTION


def test_data_a_workbook_cannot_hold_is_refused_not_dropped(
    tmp_path: Path, run_cli: RunCli
) -> None:
    published = REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"
    err = _refused(
        run_cli, "workbook", "yot-2020", "--from", str(published), "-o", str(tmp_path / "w.xlsx")
    )
    assert "the workbook records cases only, so they would be lost" in err
    assert not (tmp_path / "w.xlsx").exists()
    derby = REPO / "standards/yot/inspections/derby-2018.yaml"
    err = _refused(
        run_cli, "workbook", "yot-2020", "--from", str(derby), "-o", str(tmp_path / "d.xlsx")
    )
    assert "recorded under yot-2018, not yot-2020" in err


def test_a_workbook_for_a_draft_names_its_file(tmp_path: Path, run_cli: RunCli) -> None:
    """A version that is not shipped is found by its file, beside the workbook, and the
    imported data names it as an inspection file would (``framework: draft.framework``)."""
    draft = REPO / "docs/examples/good-from-70.framework"
    (tmp_path / "draft.framework").write_text(draft.read_text(encoding="utf-8"))
    (tmp_path / "books").mkdir()
    book = tmp_path / "books" / "draft.xlsx"
    code, _, err = run_cli("workbook", str(tmp_path / "draft.framework"), "-o", str(book))
    assert code == 0, err
    wb = openpyxl.load_workbook(book)
    wb[lay.INSPECTION]["B2"] = "Draftshire (made-up)"
    wb.save(book)
    code, out, err = run_cli("import", str(book), "-o", str(tmp_path / "books" / "d.yaml"))
    assert code == 0, err
    assert "framework: ../draft.framework" in (tmp_path / "books" / "d.yaml").read_text()
    code, out, err = run_cli("rate", str(book))
    assert code == 0, err
