"""The commands that show a version: ``diff`` (colour or markers), ``show`` and ``publish``,
through the command line as a user runs them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

RunCli = Callable[..., tuple[int, str, str]]
CANDIDATE = "tests/data/diff/candidate-2021.framework"


def test_diff_piped_marks_the_words_it_deletes_and_inserts(run_cli: RunCli) -> None:
    code, out, err = run_cli("diff", "yot-2018", "yot-2020", env={"NO_COLOR": None})
    assert code == 0, err
    assert "for all [-children and young people?-]{+children?+}" in out.replace("\n    ", " ")
    assert "\x1b[" not in out


def test_diff_in_colour_strikes_out_instead_of_marking(run_cli: RunCli) -> None:
    code, out, err = run_cli(
        "diff", "yot-2018", "yot-2020", env={"NO_COLOR": None, "FORCE_COLOR": "1"}
    )
    assert code == 0, err
    assert "\x1b[" in out and "[-children" not in out and "{+children" not in out


def test_diff_summary(run_cli: RunCli) -> None:
    code, out, err = run_cli("--width", "100", "diff", "yot-2020", CANDIDATE, "--summary")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "yot-2020 → yot-2021  (9 changes)"
    assert lines[1].startswith("ratingbook ")  # the audit header: version, then old and new
    assert "2 rules, 1 applicability, 1 reworded, 1 added, 1 removed, 3 metadata" in lines
    assert "  key question 2.2.3         applicability (applies to)" in out


def test_show_lists_a_version_with_where_each_clause_is_set(run_cli: RunCli) -> None:
    code, out, err = run_cli("--width", "200", "show", CANDIDATE, "--standard", "2.2")
    assert code == 0, err
    assert "  key question 2.2.3  changed  tests/data/diff/candidate-2021.framework:16" in out
    assert (
        "applies to: cases where harm_factors and rosh != low  changed "
        "tests/data/diff/candidate-2021.framework:17"
    ) in out
    assert "prompt 2.2.3.e" not in out  # removed by the candidate


def test_show_json_is_one_document(run_cli: RunCli) -> None:
    import json

    code, out, err = run_cli("show", "yot-2020", "--rules-only", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["format"] == "ratingbook/show-v1" and doc["selection"] == "rules only"
    assert {r["kind"] for r in doc["rules"]} >= {"band", "overall band", "rating", "discretion"}


def test_show_refuses_what_the_version_does_not_have(run_cli: RunCli) -> None:
    code, out, err = run_cli("show", "yot-2020", "--domain", "7")
    assert code == 2 and "Traceback" not in err
    assert "yot-2020 has no domain 7; its domains are 1, 2, 3" in err
    code, out, err = run_cli("show", "yot-2020", "--domain", "2", "--standard", "2.2")
    assert code == 2 and "give --domain or --standard, not both" in err
    code, out, err = run_cli("show", "yot-2099")
    assert code == 2 and "unknown framework 'yot-2099'" in err


def test_publish_writes_the_handbook_to_a_file(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "handbook.html"
    code, out, err = run_cli("publish", "yot-2020", "-o", str(target))
    assert code == 0, err
    assert out == "" and f"wrote {target}" in err
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert oct(target.stat().st_mode & 0o777) != "0o600"  # not a temporary file's mode
    code, out, err = run_cli("publish", "yot-2020", "--format", "markdown")
    assert code == 0 and out.startswith("# Inspection of youth offending services (yot-2020)")
    # Replaced whole, never appended to.
    code, _, _ = run_cli("publish", "yot-2018", "-o", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").count("<!DOCTYPE html>") == 1


def test_publish_to_a_folder_that_is_not_there(run_cli: RunCli, tmp_path: Path) -> None:
    code, out, err = run_cli("publish", "yot-2020", "-o", str(tmp_path / "nope" / "h.html"))
    assert code == 2 and "Traceback" not in err
    assert "cannot be written" in err
