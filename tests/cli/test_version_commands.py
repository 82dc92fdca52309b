"""The commands that show a version: ``diff`` (colour or markers), ``show`` and ``publish``,
through the command line as a user runs them."""

from __future__ import annotations

from collections.abc import Callable

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
    assert out.splitlines()[:2] == [
        "yot-2020 → yot-2021  (9 changes)",
        "2 rules, 1 applicability, 1 reworded, 1 added, 1 removed, 3 metadata",
    ]
    assert "  key question 2.2.3         applicability (applies to)" in out
