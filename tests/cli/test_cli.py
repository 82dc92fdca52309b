"""The command line: every bad input exits 2 with a located message and no traceback.

The runs are declared in RUNS. Each runs in this process (conftest's ``run_cli``, which
prints what ``python -m ratingbook`` prints) the first time a test reads it, in a folder of
its own; each test then reads its own run's (exit code, stdout, stderr). What only a real
process shows (the interpreter's exit status, stdin, pipes) is in test_subprocess.py.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ratingbook.framework.commandline import rate as rating

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "standards" / "yot" / "examples" / "example-2020.yaml"

HEAD = (
    "format: ratingbook/inspection-v1\n"  # 1
    'service: "CLI test service"\n'  # 2
    "framework: yot-2020\n"  # 3
    'domain1: {"1.1": Good, "1.2": Good, "1.3": Good, "1.4": Good}\n'  # 4
)
ELIGIBLE_NOT = (
    "counts:\n"  # 5
    '  "2.1.1": {relevant: 100, yes: 90}\n'  # 6
    '  "2.1.2": {relevant: 100, yes: 90}\n'  # 7
    '  "2.1.3": {relevant: 100, yes: 90}\n'  # 8
    "discretion:\n"  # 9
)
COURT_CASE_ANSWERS = '{"2.1.1": yes, "2.1.2": yes, "2.1.3": yes, "2.2.1": yes, "2.3.1": yes}'


@dataclass
class Run:
    args: list[str]
    files: dict[str, str] = field(default_factory=dict)
    input: str | None = None
    cwd_is_repo: bool = False


RUNS: dict[str, Run] = {
    # ---------------------------------------------------------------- files that cannot be read
    "missing-file": Run(["rate", "nope.yaml"]),
    "directory": Run(["rate", "adir"], files={"adir/keep.txt": ""}),
    "framework-directory": Run(
        ["rate", "ok.yaml", "--framework", "adir"], files={"adir/keep.txt": "", "ok.yaml": HEAD}
    ),
    "malformed-yaml": Run(
        ["rate", "bad.yaml"],
        files={"bad.yaml": HEAD + "cases:\n  - id: C1\n    disposal: [court\n"},
    ),
    "malformed-json": Run(
        ["rate", "bad.json"],
        files={
            "bad.json": '{\n  "format": "ratingbook/inspection-v1",\n  "service": "S"\n  "cases": []\n}\n'
        },
    ),
    "not-utf8": Run(["rate", "bin.yaml"], files={}),
    "usage-error": Run(["rate"]),
    "check-missing-file": Run(["check", "nope.framework"]),
    "one-bad-among-several": Run(
        ["rate", "ok.yaml", "nope.yaml", "--format", "json"],
        files={"ok.yaml": HEAD + ELIGIBLE_NOT.replace("discretion:\n", "")},
    ),
    # ---------------------------------------------------------------- ids
    "unknown-key-question-in-counts": Run(
        ["rate", "kq.yaml"], files={"kq.yaml": HEAD + 'counts:\n  "2.2.9": {relevant: 3, yes: 1}\n'}
    ),
    "unknown-key-question-in-a-case": Run(
        ["rate", "kq.yaml"],
        files={
            "kq.yaml": HEAD
            + 'cases:\n  - id: C1\n    disposal: court\n    answers: {"2.2.9": yes}\n'
        },
    ),
    "unknown-prompt": Run(
        ["rate", "p.yaml"], files={"p.yaml": HEAD + 'counts:\n  "2.2.1.z": {relevant: 3, yes: 1}\n'}
    ),
    "unknown-standard-in-domain1": Run(
        ["rate", "s.yaml"], files={"s.yaml": HEAD.replace('"1.4": Good', '"1.5": Good')}
    ),
    # ---------------------------------------------------------------- ratings
    "not-a-rating": Run(
        ["rate", "r.yaml"],
        files={
            "r.yaml": HEAD.replace(
                'domain1: {"1.1": Good, "1.2": Good, "1.3": Good, "1.4": Good}',
                'domain1: {"1.1": "Good ", "1.2": good, "1.3": Requires Improvement, "1.4": Satisfactory}',
            )
        },
    ),
    # ---------------------------------------------------------------- answers and counts
    "missing-answer": Run(
        ["rate", "m.yaml"],
        files={
            "m.yaml": HEAD
            + 'cases:\n  - id: C1\n    disposal: court\n    answers: {"2.1.1": yes, "2.1.2": yes, "2.1.3": yes, "2.2.1": yes}\n'
        },
    ),
    "n-a-not-allowed": Run(
        ["rate", "na.yaml"],
        files={
            "na.yaml": HEAD
            + "cases:\n  - id: C1\n    disposal: court\n    answers: "
            + COURT_CASE_ANSWERS.replace('"2.2.1": yes', '"2.2.1": n/a')
            + "\n"
        },
    ),
    "yes-more-than-relevant": Run(
        ["rate", "y.yaml"], files={"y.yaml": HEAD + 'counts:\n  "2.2.1": {relevant: 3, yes: 4}\n'}
    ),
    "cases-and-counts-mixed": Run(
        ["rate", "mix.yaml"],
        files={
            "mix.yaml": HEAD
            + "cases:\n  - id: C1\n    disposal: court\n    answers: "
            + COURT_CASE_ANSWERS
            + '\ncounts:\n  "2.2.1": {relevant: 3, yes: 1}\n'
        },
    ),
    # ---------------------------------------------------------------- discretion
    "discretion-not-eligible": Run(
        ["rate", "d.yaml"],
        files={
            "d.yaml": HEAD + ELIGIBLE_NOT + '  "2.1": {rating: Good, reason: "The panel agreed."}\n'
        },
    ),
    "discretion-override-json": Run(
        ["rate", "d.yaml", "--format", "json"],
        files={
            "d.yaml": HEAD
            + ELIGIBLE_NOT
            + '  "2.1": {rating: Good, reason: "The panel agreed.", override: true}\n'
        },
    ),
    "discretion-override-text": Run(
        ["--width", "200", "--no-color", "rate", "d.yaml"],
        files={
            "d.yaml": HEAD
            + ELIGIBLE_NOT
            + '  "2.1": {rating: Good, reason: "The panel agreed.", override: true}\n'
        },
    ),
    "discretion-override-markdown": Run(
        ["rate", "d.yaml", "--format", "markdown"],
        files={
            "d.yaml": HEAD
            + ELIGIBLE_NOT
            + '  "2.1": {rating: Good, reason: "The panel agreed.", override: true}\n'
        },
    ),
    # ---------------------------------------------------------------- frameworks
    "unknown-framework-option": Run(
        ["rate", "ok.yaml", "--framework", "yot-2002"], files={"ok.yaml": HEAD}
    ),
    "unknown-framework-in-data": Run(
        ["rate", "f.yaml"], files={"f.yaml": HEAD.replace("yot-2020", "yot-2030")}
    ),
    # ---------------------------------------------------------------- stdin
    "stdin": Run(["rate", "-", "--format", "json"], input=EXAMPLE.read_text(encoding="utf-8")),
    "stdin-bad": Run(["rate", "-"], input=HEAD + 'counts:\n  "2.2.9": {relevant: 3, yes: 1}\n'),
    # ---------------------------------------------------------------- commands that work
    "frameworks": Run(["frameworks", "--format", "json"]),
    "frameworks-text": Run(["--width", "200", "frameworks"]),
    "check-shipped": Run(
        ["check", "standards/yot/2018.framework", "standards/yot/2020.framework"], cwd_is_repo=True
    ),
    "check-prose": Run(["check", "tests/data/check/prose-2020.framework"], cwd_is_repo=True),
    "help": Run(["--help"]),
    "rate-json": Run(
        ["rate", "standards/yot/inspections/windsor-maidenhead-2020.yaml", "--format", "json"],
        cwd_is_repo=True,
    ),
}


class Results(dict[str, tuple[int, str, str]]):
    """Each run's (exit code, stdout, stderr), run when a test first asks for it."""

    def __init__(self, run_cli: Callable[..., tuple[int, str, str]], root: Path) -> None:
        super().__init__()
        self.run_cli = run_cli
        self.root = root

    def __missing__(self, name: str) -> tuple[int, str, str]:
        run = RUNS[name]
        cwd = REPO if run.cwd_is_repo else self.root / name
        cwd.mkdir(parents=True, exist_ok=True)
        if name == "not-utf8":
            (cwd / "bin.yaml").write_bytes(b"\xff\xfeformat: x\n")
        for rel, text in run.files.items():
            path = cwd / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        self[name] = self.run_cli(*run.args, input=run.input, cwd=cwd)
        return self[name]


@pytest.fixture(scope="module")
def results(
    tmp_path_factory: pytest.TempPathFactory, run_cli: Callable[..., tuple[int, str, str]]
) -> dict[str, tuple[int, str, str]]:
    return Results(run_cli, tmp_path_factory.mktemp("cli"))


def failed(results: dict[str, tuple[int, str, str]], name: str) -> str:
    """The run exited 2 with no traceback; its stderr, for the message checks."""
    code, out, err = results[name]
    assert "Traceback" not in err and "Traceback" not in out, err
    assert code == 2, (code, out, err)
    return err


def test_every_run_is_checked_by_a_test() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    tests = source[source.index("def test_every_run_is_checked_by_a_test") :]
    assert [name for name in RUNS if f'"{name}"' not in tests] == []


# ---------------------------------------------------------------------------- files


def test_missing_file(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "missing-file")
    assert (
        err.strip() == "error: nope.yaml: no such file; check the path (use '-' to read from stdin)"
    )


def test_a_directory_passed_as_a_file(results: dict[str, tuple[int, str, str]]) -> None:
    # rate reads a folder as a corpus; this one holds no inspection.
    assert failed(results, "directory").strip() == "error: no inspection files found in adir"
    assert failed(results, "framework-directory").strip() == (
        "error: adir: is a directory; name a .framework file or a version id"
    )


def test_a_file_that_is_not_utf8(results: dict[str, tuple[int, str, str]]) -> None:
    assert (
        failed(results, "not-utf8").strip()
        == "bin.yaml:1:1: error: not UTF-8 text (byte 0xff: invalid start byte); save the file "
        "as UTF-8 [input-text]\nbin.yaml: not read"
    )


def test_a_usage_error(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "usage-error")
    assert "Missing argument 'INSPECTION...'" in err


def test_check_a_missing_framework_file(results: dict[str, tuple[int, str, str]]) -> None:
    assert (
        failed(results, "check-missing-file").strip()
        == "error: nope.framework: no such framework file"
    )


def test_one_bad_inspection_among_several_still_rates_the_others(
    results: dict[str, tuple[int, str, str]],
) -> None:
    code, out, err = results["one-bad-among-several"]
    assert code == 2
    assert "Traceback" not in err
    assert "nope.yaml: no such file" in err
    assert "1 of 2 inspections could not be rated" in err
    rated = json.loads(out)
    assert [r["inspection"] for r in rated] == ["ok.yaml"]


def test_malformed_yaml(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "malformed-yaml")
    first = err.splitlines()[0]
    assert first.startswith("bad.yaml:8:")
    assert ": error: malformed YAML: " in first and first.endswith("[input-syntax]")


def test_malformed_json(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "malformed-json")
    assert (
        err.splitlines()[0]
        == "bad.json:4:3: error: malformed JSON: Expecting ',' delimiter [input-syntax]"
    )
    assert err.splitlines()[1] == '      "cases": []'


# ---------------------------------------------------------------------------- ids


def test_unknown_key_question_names_the_standards_range(
    results: dict[str, tuple[int, str, str]],
) -> None:
    err = failed(results, "unknown-key-question-in-counts")
    assert err.splitlines()[0] == (
        "kq.yaml:6:3: error: unknown key question 2.2.9; standard 2.2 has 2.2.1-2.2.3 [input-data]"
    )
    assert err.splitlines()[1] == '      "2.2.9": {relevant: 3, yes: 1}'
    assert err.splitlines()[2] == "      ^~~~~~~"
    assert "kq.yaml: 1 problem with the inspection data under yot-2020" in err


def test_unknown_key_question_in_a_case(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "unknown-key-question-in-a-case")
    assert err.splitlines()[0] == (
        "kq.yaml:8:15: error: unknown key question 2.2.9; standard 2.2 has 2.2.1-2.2.3 [input-data]"
    )


def test_unknown_prompt(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "unknown-prompt")
    assert err.splitlines()[0] == (
        "p.yaml:6:3: error: unknown prompt 2.2.1.z; key question 2.2.1 has 2.2.1.a, 2.2.1.b, 2.2.1.c, "
        "2.2.1.d, 2.2.1.e, 2.2.1.f [input-data]"
    )


def test_unknown_standard_in_domain1(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "unknown-standard-in-domain1")
    assert "s.yaml:4:" in err
    assert "unknown standard 1.5 in domain1" in err


# ---------------------------------------------------------------------------- ratings


def test_a_rating_not_one_of_the_four_suggests_the_nearest(
    results: dict[str, tuple[int, str, str]],
) -> None:
    err = failed(results, "not-a-rating")
    heads = [line for line in err.splitlines() if line.startswith("r.yaml:4:")]
    ratings = "(ratings: Outstanding, Good, Requires improvement, Inadequate) [input-data]"
    assert heads == [
        f"r.yaml:4:18: error: 'Good ' is not a rating; did you mean Good? {ratings}",
        f"r.yaml:4:34: error: 'good' is not a rating; did you mean Good? {ratings}",
        f"r.yaml:4:47: error: 'Requires Improvement' is not a rating; did you mean Requires improvement? {ratings}",
        f"r.yaml:4:76: error: 'Satisfactory' is not a rating {ratings}",
    ]
    assert "r.yaml: 4 problems with the inspection data under yot-2020" in err


# ---------------------------------------------------------------------------- answers and counts


def test_a_case_with_no_answer_for_a_question_that_applies(
    results: dict[str, tuple[int, str, str]],
) -> None:
    err = failed(results, "missing-answer")
    assert err.splitlines()[0].startswith("m.yaml:8:")
    assert err.splitlines()[0].endswith(
        "error: case C1 has no answer for 2.3.1, which applies to it (disposal is court); answer yes or no [input-data]"
    )


def test_n_a_where_it_is_not_allowed(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "n-a-not-allowed")
    line = err.splitlines()[0]
    assert line.startswith("na.yaml:8:")
    assert line.endswith(
        "error: case C1: n/a is not allowed for 2.2.1 (it is not a 'where applicable' question and applies "
        "to this case: disposal is court); answer yes or no [input-data]"
    )
    col = int(line.split(":")[2])
    assert err.splitlines()[1][4:][col - 1 : col + 2] == "n/a"


def test_counts_with_yes_more_than_relevant(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "yes-more-than-relevant")
    assert (
        err.splitlines()[0]
        == 'y.yaml:6:31: error: counts."2.2.1": yes (4) is more than relevant (3) [input-schema]'
    )


def test_cases_and_counts_mixed_for_one_key_question(
    results: dict[str, tuple[int, str, str]],
) -> None:
    err = failed(results, "cases-and-counts-mixed")
    line = err.splitlines()[0]
    assert line.startswith("mix.yaml:8:")
    assert line.endswith(
        "error: 2.2.1 has both case answers and counts: give one or the other (case C1 answers it) [input-data]"
    )


# ---------------------------------------------------------------------------- discretion


def test_a_discretion_decision_the_policy_does_not_allow(
    results: dict[str, tuple[int, str, str]],
) -> None:
    err = failed(results, "discretion-not-eligible")
    line = err.splitlines()[0]
    assert line.startswith(
        "d.yaml:10:10: error: discretion for 2.1: the policy does not make this standard eligible ("
    )
    assert "the lowest key question is at 90%, 10 points from the 80% boundary" in line
    assert "11 differing judgements (11 in 2.1.1) would move it down to Good" in line
    assert "the rating rests on 100 relevant cases (2.1.1, 2.1.2, 2.1.3)" in line
    assert line.endswith(
        "if the panel's decision stands anyway, add 'override: true' to it [input-data]"
    )


def test_the_same_decision_is_accepted_with_override_and_flagged_in_json(
    results: dict[str, tuple[int, str, str]],
) -> None:
    code, out, err = results["discretion-override-json"]
    assert code == 0, err
    s = json.loads(out)["standards"]["2.1"]
    assert (s["banded"], s["rating"], s["score"]) == ("Outstanding", "Good", 2)
    d = s["discretion"]
    assert (d["eligible"], d["applied"], d["override"], d["reason"]) == (
        False,
        True,
        True,
        "The panel agreed.",
    )
    assert (
        s["note"]
        == "discretion applied by override: the policy does not make this standard eligible"
    )


def test_an_override_is_flagged_in_the_text_output(
    results: dict[str, tuple[int, str, str]],
) -> None:
    code, out, err = results["discretion-override-text"]
    assert code == 0, err
    assert (
        "2.1 professional discretion by override (not eligible under the policy): banded Outstanding → Good."
        in out
    )


def test_an_override_is_flagged_in_the_markdown_output(
    results: dict[str, tuple[int, str, str]],
) -> None:
    code, out, err = results["discretion-override-markdown"]
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if x.startswith("- **2.1**")]
    assert "override" in line
    assert "banded Outstanding, rated Good" in line
    # The line must not claim the standard was eligible.
    assert "Eligible because" not in line


# ---------------------------------------------------------------------------- frameworks


def test_unknown_framework_id_with_did_you_mean(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "unknown-framework-option")
    assert (
        err.strip()
        == "error: unknown framework 'yot-2002'; known versions: yot-2018, yot-2020; did you mean yot-2020?"
    )


def test_unknown_framework_id_in_the_data_names_the_file_and_line(
    results: dict[str, tuple[int, str, str]],
) -> None:
    err = failed(results, "unknown-framework-in-data")
    assert "unknown framework 'yot-2030'" in err
    assert "did you mean yot-2020?" in err
    assert "f.yaml:3" in err, (
        f"the message does not say where the data names the framework: {err!r}"
    )


# ---------------------------------------------------------------------------- stdin


def test_stdin_with_dash(results: dict[str, tuple[int, str, str]]) -> None:
    code, out, err = results["stdin"]
    assert code == 0, err
    data = json.loads(out)
    assert data["inspection"] == "<stdin>"
    assert data["service"] == "Exampleshire Youth Justice Service (made-up example data)"


def test_bad_data_on_stdin_is_located_in_stdin(results: dict[str, tuple[int, str, str]]) -> None:
    err = failed(results, "stdin-bad")
    assert (
        err.splitlines()[0]
        == "<stdin>:6:3: error: unknown key question 2.2.9; standard 2.2 has 2.2.1-2.2.3 [input-data]"
    )


# ---------------------------------------------------------------------------- commands that work


def test_frameworks_lists_both_versions(results: dict[str, tuple[int, str, str]]) -> None:
    code, out, err = results["frameworks"]
    assert code == 0, err
    entries = {e["id"]: e for e in json.loads(out)}
    assert set(entries) == {"yot-2018", "yot-2020"}
    assert (entries["yot-2018"]["effective_from"], entries["yot-2018"]["effective_until"]) == (
        "2018-06-01",
        "2020-05-31",
    )
    assert (entries["yot-2020"]["effective_from"], entries["yot-2020"]["based_on"]) == (
        "2020-06-01",
        "yot-2018",
    )
    assert entries["yot-2020"]["path"] == "standards/yot/2020.framework"
    code, out, err = results["frameworks-text"]
    assert code == 0, err
    assert "yot-2018" in out and "yot-2020" in out


def test_check_the_shipped_frameworks(results: dict[str, tuple[int, str, str]]) -> None:
    code, out, err = results["check-shipped"]
    assert code == 0, err
    assert err == ""
    assert (
        "standards/yot/2018.framework: ok (yot-2018: 3 domains, 12 standards, 37 key questions, 0 prompts)"
        in out
    )
    assert (
        "standards/yot/2020.framework: ok (yot-2020: 3 domains, 12 standards, 37 key questions, 93 prompts)"
        in out
    )


def test_check_refuses_the_prose_scale(results: dict[str, tuple[int, str, str]]) -> None:
    code, out, err = results["check-prose"]
    assert code == 1
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[0] == (
        "tests/data/check/prose-2020.framework:18:15: error: overall scale 0..30 does not add up: "
        "12 standards are scored (1.1-1.4, 2.1-2.4, 3.1-3.4) with scores 0..3, so the overall score "
        "runs 0..36 [overall-scale]"
    )
    assert lines[1] == '    overall scale 0..30 "on a 0-30 scale" from wm_2020 line 897'
    assert lines[2] == "    " + " " * 14 + "^~~~~"
    assert "tests/data/check/prose-2020.framework: failed (1 error, 0 warnings)" in err


def test_help(results: dict[str, tuple[int, str, str]]) -> None:
    code, out, err = results["help"]
    assert code == 0, err
    assert "Usage:" in out
    for command in ("check", "rate", "explain", "diff", "compare", "test", "fmt", "frameworks"):
        assert f"  {command}" in out


def test_rate_json_has_the_contract_keys_of_result_format_md(
    results: dict[str, tuple[int, str, str]], yot_2020
) -> None:  # type: ignore[no-untyped-def]
    code, out, err = results["rate-json"]
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "ratingbook/result-v1"
    assert data["service"] == "Windsor & Maidenhead Youth Offending Service"
    assert {"id": "yot-2020", "family": "yot", "version": "2020"}.items() <= data[
        "framework"
    ].items()
    assert {"rating": "Good", "score": 23, "max": 36}.items() <= data["overall"].items()
    assert data["diagnostics"] == []
    assert list(data["standards"]) == [s.id for s in yot_2020.standards()], "every standard appears"
    for sid, s in data["standards"].items():
        assert {"rating", "banded", "score", "rated_by"} <= set(s), sid
        assert s["rated_by"] in ("lowest key question band", "inspector judgement")
        if s["rated_by"] == "lowest key question band":
            for k in s["key_questions"].values():
                assert {"relevant", "yes", "percent", "band"} <= set(k)
            assert {"eligible", "reasons", "applied"} <= set(s["discretion"])
    s22 = data["standards"]["2.2"]
    assert (s22["rating"], s22["banded"], s22["score"]) == ("Requires improvement", "Inadequate", 1)
    assert s22["key_questions"]["2.2.1"] == {
        **s22["key_questions"]["2.2.1"],
        "relevant": 3,
        "yes": 1,
        "percent": 33,
        "band": "Inadequate",
    }
    d = s22["discretion"]
    assert (d["eligible"], d["applied"]) == (True, True)
    assert d["reason"].startswith("Due to the size of the sample")
    assert isinstance(d["reasons"], list) and len(d["reasons"]) == 2


# ---------------------------------------------------------------------------- the in-process runner


def test_run_cli_puts_everything_back_even_when_the_command_crashes(
    run_cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash propagates with what the command wrote to stderr, and nothing leaks out of it."""

    def crash(*args: object) -> None:
        print("half a message", file=sys.stderr)
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(rating, "_rated", crash)  # rate's own module, which both routes run
    before = (sys.stdin, sys.stdout, sys.stderr, os.getcwd(), dict(os.environ))
    with pytest.raises(ZeroDivisionError) as info:
        run_cli("rate", "x.yaml", cwd=REPO / "docs", env={"COLUMNS": "33", "HOME": None})
    assert "half a message" in "".join(getattr(info.value, "__notes__", []))
    assert (sys.stdin, sys.stdout, sys.stderr, os.getcwd(), dict(os.environ)) == before
