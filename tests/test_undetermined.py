"""Undetermined results: what the data cannot give under a version is said, never guessed.

Rated under the version the data names, a key question the count data leaves out is an
error unless the data marks it not inspected. Under another version (``--framework``,
``compare --candidate``), a key question the data cannot decide is *undetermined*: a
changed applicability condition on count data, a key question the data has no figures for,
cases never asked it, a fact the cases do not record. The standard and the overall then show
the range still possible, computed exactly, and ``compare`` never exits 0.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook import to_json
from ratingbook.framework import conditions as c
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.evaluate.origin import relation
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.loading.inspections import load_inspection, load_inspection_text
from ratingbook.framework.model import Framework
from ratingbook.framework.plan import compile_framework
from ratingbook.framework.views.phrases import range_words
from tests.conftest import budget

REPO = Path(__file__).resolve().parents[1]
CORPUS = "standards/yot/inspections/"
WM = REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
LOW_RISK = "docs/examples/low-risk-excluded.framework"
DATA = "tests/data/undetermined"
NEW_KQ = f"{DATA}/new-key-question.framework"
PROMPT_REMOVED = f"{DATA}/prompt-removed.framework"
UNRECORDED = f"{DATA}/unrecorded-attribute.framework"

RunCli = Callable[..., tuple[int, str, str]]


def wm_copy(tmp_path: Path, *, drop: str | None = None, extra: str = "") -> Path:
    """A copy of Windsor & Maidenhead without one key question's count, plus ``extra`` text."""
    lines = WM.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if drop is None or not ln.lstrip().startswith(f'"{drop}":')]
    text = "".join(kept).replace("file: ../sources/", f"file: {REPO}/standards/yot/sources/")
    path = tmp_path / "wm.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- the done-when


def test_the_low_risk_candidate_is_undetermined_on_count_data_and_compare_says_so(
    run_subprocess: RunCli,
) -> None:
    """Excluding low-risk cases from 2.2.3 cannot be evaluated on counts: every published
    inspection shows 2.2.3 undetermined with its range, none says "no change", exit 3."""
    code, out, err = run_subprocess(
        "--width",
        "200",
        "--no-color",
        "compare",
        "--base",
        "yot-2020",
        "--candidate",
        LOW_RISK,
        CORPUS,
    )
    assert code == 3, (out, err)
    assert "Traceback" not in err
    assert err.startswith("undetermined: 8 results in 4 inspections cannot be decided")
    assert "no change" not in out
    assert out.count("2.2.3 Does planning focus sufficiently on keeping other people safe?") == 4
    assert out.count("undetermined (Inadequate to Outstanding, or no band) ?") == 4
    assert "it would be settled by case-level data that records harm_factors and rosh" in out
    assert out.rstrip().endswith(
        "0 of 4 inspections affected: 0 ratings up, 0 down, 0 other changes; "
        "4 with undetermined results (8 results this data cannot decide)"
    )


def test_compare_json_counts_undetermined_results_apart(run_cli: RunCli) -> None:
    code, out, _ = run_cli(
        "compare", "--base", "yot-2020", "--candidate", LOW_RISK, CORPUS, "--format", "json"
    )
    assert code == 3
    data = json.loads(out)
    assert data["summary"]["undetermined"] == 4
    assert data["summary"]["undetermined_results"] == 8
    assert data["summary"]["affected"] == 0
    by_file = {Path(i["inspection"]).stem: i for i in data["inspections"]}
    derby = {(u["item"], u["what"]): u for u in by_file["derby-2018"]["undetermined"]}
    assert derby[("2.2.3", "band")]["other"] == "Requires improvement"
    assert derby[("2.2.3", "band")]["possible"] == "Inadequate to Outstanding, or no band"
    assert derby[("2.2", "rating")]["possible"] == "Inadequate to Good"
    assert derby[("overall", "rating")]["possible"] == "Requires improvement to Good"
    assert {u["side"] for u in derby.values()} == {"candidate"}
    # In Windsor & Maidenhead, 2.2.1 is already Inadequate: 2.2.3 cannot change 2.2.
    wm = by_file["windsor-maidenhead-2020"]["undetermined"]
    assert [(u["item"], u["what"]) for u in wm] == [("2.2.3", "band")]


def test_rate_and_explain_say_undetermined_with_the_range(run_cli: RunCli) -> None:
    derby = "standards/yot/inspections/derby-2018.yaml"
    code, out, _ = run_cli("--width", "200", "rate", derby, "--framework", LOW_RISK)
    assert code == 0
    assert "undetermined (Requires improvement to Good)" in out
    assert "18-20/36" in out
    assert "undetermined (Inadequate to Good)" in out
    assert "? 2.2.3 undetermined, could be Inadequate to Outstanding, or no band" in out
    code, out, _ = run_cli("rate", derby, "--framework", LOW_RISK, "--format", "json")
    data = json.loads(out)
    assert data["overall"]["rating"] is None and data["overall"]["score"] is None
    assert data["overall"]["undetermined"] == {
        "standards": ["2.2"],
        "rating": {"lowest": "Requires improvement", "highest": "Good", "unrated": False},
        "score": {"low": 18, "high": 20},
    }
    s22 = data["standards"]["2.2"]
    assert (s22["rating"], s22["banded"], s22["score"]) == (None, None, None)
    assert s22["undetermined"]["banded"] == {
        "lowest": "Inadequate",
        "highest": "Good",
        "unrated": False,
    }
    k = s22["key_questions"]["2.2.3"]
    assert (k["percent"], k["band"], k["basis"]) == (None, None, "percent")
    assert k["undetermined"]["percent"] == {"low": 0, "high": 100}
    assert k["undetermined"]["bands"]["unrated"] is True
    code, out, _ = run_cli("explain", derby, "2.2.3", "--framework", LOW_RISK, "--format", "json")
    assert code == 0
    tree = json.loads(out)
    schema = json.loads(
        (REPO / "ratingbook/framework/schema/explain-v1.json").read_text(encoding="utf-8")
    )
    jsonschema.validate(tree, schema)
    kinds = [c["kind"] for c in tree["tree"]["children"]]
    assert kinds == ["figure", "undetermined", "applies"]
    assert tree["tree"]["status"] == "undetermined"
    code, out, _ = run_cli("explain", derby, "--framework", LOW_RISK, "--format", "json")
    jsonschema.validate(json.loads(out), schema)


# ---------------------------------------------------------------------------- missing figures


def test_a_key_question_missing_from_count_data_is_an_error_under_its_own_version(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = wm_copy(tmp_path, drop="2.2.1")
    code, out, err = run_cli("rate", str(path))
    assert (code, out) == (2, "")
    assert f"{path}:37:1: error: no figures for key question 2.2.1, although the data gives " in err
    assert "list it under not_inspected with the reason" in err


def test_a_key_question_marked_not_inspected_is_left_out_with_its_reason(
    tmp_path: Path, run_cli: RunCli
) -> None:
    extra = 'not_inspected:\n  "2.2.1": {reason: "Made up for the test: no planning was inspected.", line: 503}\n'
    path = wm_copy(tmp_path, drop="2.2.1", extra=extra)
    code, out, err = run_cli("rate", str(path), "--format", "json")
    assert code == 0, err
    s22 = json.loads(out)["standards"]["2.2"]
    assert s22["banded"] == "Good"  # 2.2.2 and 2.2.3 are 2 of 3
    k = s22["key_questions"]["2.2.1"]
    assert k["basis"] == "none" and k["band"] is None
    assert k["not_inspected"] == {
        "reason": "Made up for the test: no planning was inspected.",
        "line": 503,
    }
    code, out, _ = run_cli("explain", str(path), "2.2.1")
    assert "not inspected (report line 503): Made up for the test" in out


def test_not_inspected_and_counts_for_the_same_key_question_is_an_error(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = wm_copy(tmp_path, extra='not_inspected:\n  "2.2.1": "a reason"\n')
    code, _, err = run_cli("rate", str(path))
    assert code == 2
    assert "2.2.1 is marked not inspected but has counts too" in err


def test_a_key_question_missing_from_count_data_is_undetermined_under_another_version(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = wm_copy(tmp_path, drop="2.2.1")
    code, out, err = run_cli("rate", str(path), "--framework", NEW_KQ, "--format", "json")
    assert code == 0, err
    k = json.loads(out)["standards"]["2.2"]["key_questions"]["2.2.1"]
    assert k["undetermined"]["reason"] == (
        "the data has no figures for 2.2.1 (the data gives figures for the other key questions "
        "of its standard)"
    )


def test_a_new_key_question_is_undetermined_in_compare(run_cli: RunCli) -> None:
    code, out, _ = run_cli(
        "compare", "--base", "yot-2020", "--candidate", NEW_KQ, str(WM), EXAMPLE, "--format", "json"
    )
    assert code == 3
    wm, example = json.loads(out)["inspections"]
    first = wm["undetermined"][0]
    assert (first["item"], first["other"], first["possible"]) == (
        "2.1.4",
        "no such key question",
        "Inadequate to Outstanding, or no band",
    )
    assert (
        "yot-2020, the version the data was recorded under, has no such key question"
        in (first["why"][0])
    )
    # Case data: the 30 court cases were never asked 2.1.4, which has no "where applicable".
    asked = example["undetermined"][0]
    assert asked["item"] == "2.1.4"
    assert asked["possible"] == "Inadequate to Outstanding"
    assert asked["why"][0].startswith("30 cases that yot-2020-newkq applies 2.1.4 to (C01, C02")


def test_a_fact_the_cases_do_not_record_is_undetermined(run_cli: RunCli) -> None:
    code, out, _ = run_cli(
        "compare", "--base", "yot-2020", "--candidate", UNRECORDED, EXAMPLE, "--format", "json"
    )
    assert code == 3
    (example,) = json.loads(out)["inspections"]
    first = example["undetermined"][0]
    assert first["item"] == "2.2.3"
    assert first["why"] == [
        "30 cases do not record looked_after, which yot-2020-looked's condition for 2.2.3 tests "
        "(it applies to cases where disposal = court and harm_factors and looked_after); the "
        "data was recorded under yot-2020",
        "it would be settled by looked_after recorded for every case",
    ]


def test_prompt_figures_for_a_prompt_the_version_lacks_are_a_note(run_cli: RunCli) -> None:
    code, out, err = run_cli(
        "--width",
        "200",
        "compare",
        "--base",
        "yot-2020",
        "--candidate",
        PROMPT_REMOVED,
        CORPUS,
        EXAMPLE,
    )
    assert code == 0, err
    assert out.count("no change") == 5
    assert out.count("note: data for 1 item that yot-2020-noprompt does not have (2.3.1.g)") == 2
    # rate --framework is another version too: the rating stands, with the note.
    code, out, _ = run_cli("--width", "200", "rate", str(WM), "--framework", PROMPT_REMOVED)
    assert code == 0
    assert "warning: data for 1 item that yot-2020-noprompt does not have (2.3.1.g)" in out


def test_an_unknown_prompt_under_the_datas_own_version_is_still_an_error(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = wm_copy(tmp_path)
    text = path.read_text(encoding="utf-8").replace('"2.2.1.a":', '"2.2.1.z":')
    path.write_text(text, encoding="utf-8")
    code, _, err = run_cli("rate", str(path))
    assert code == 2
    assert "unknown prompt 2.2.1.z" in err


# ---------------------------------------------------------------------------- exactness


@pytest.fixture(scope="module")
def low_risk() -> Framework:
    return load_framework(str(REPO / LOW_RISK))


def _counts_text(figures: dict[str, tuple[int, int]]) -> str:
    body = "\n".join(f'  "{kq}": {{relevant: {r}, "yes": {y}}}' for kq, (r, y) in figures.items())
    return (
        "format: ratingbook/inspection-v1\nservice: made up\nframework: yot-2020\n"
        "domain1: {'1.1': Good, '1.2': Good, '1.3': Good, '1.4': Good}\n"
        f"counts:\n{body}\n"
    )


KQS_2020 = [
    "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3",
    "2.4.1", "2.4.2", "2.4.3", "3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3",
    "3.3.1", "3.3.2", "3.3.3", "3.4.1", "3.4.2",
]  # fmt: skip


@st.composite
def count_data(draw: st.DrawFn) -> dict[str, tuple[int, int]]:
    out = {}
    for kq in KQS_2020:
        relevant = draw(st.integers(min_value=0, max_value=12))
        out[kq] = (relevant, draw(st.integers(min_value=0, max_value=relevant)))
    return out


@settings(max_examples=budget(12), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(figures=count_data())
def test_the_range_is_exactly_the_ratings_some_answer_would_give(
    low_risk: Framework, yot_2020: Framework, figures: dict[str, tuple[int, int]]
) -> None:
    """Every percentage 2.2.3 could have (and having none) is rated under the candidate as if
    the counts were its own: the lowest and highest standard and overall ratings are the
    range reported, and the range holds nothing more."""
    inspection = load_inspection_text(_counts_text(figures), "made-up.yaml")
    result = evaluate(low_risk, inspection, recorded_under=yot_2020)
    k = result.key_question("2.2.3")
    assert k is not None
    u = k.undetermined
    relevant, yes = figures["2.2.3"]
    if relevant == 0:
        assert u is None and k.band is None  # no cases before, none now
        return
    assert u is not None
    options: list[tuple[int, int]] = [(0, 0)] if u.bands.unrated else []
    assert u.percent_low is not None and u.percent_high is not None
    options += [(100, p) for p in range(u.percent_low, u.percent_high + 1)]
    score = compile_framework(low_risk).score
    seen_std, seen_overall = set(), set()
    for r, y in options:
        settled = load_inspection_text(_counts_text({**figures, "2.2.3": (r, y)}), "x.yaml")
        # The same data read as the candidate's own: 2.2.3's figures are then its own.
        other = evaluate(low_risk, settled)
        seen_std.add(other.standard("2.2").banded)  # type: ignore[union-attr]
        seen_overall.add(other.overall.rating)
    s = result.standard("2.2")
    assert s is not None

    def span(values: set[str | None]) -> tuple[str | None, str | None, bool]:
        rated = [v for v in values if v is not None]
        by = sorted(rated, key=lambda v: score[v])
        return (by[0] if by else None, by[-1] if by else None, None in values)

    low, high, unrated = span(seen_std)
    if s.undetermined is None:
        assert (low, high, unrated) == (s.banded, s.banded, False)
    else:
        b = s.undetermined.banded
        assert (b.lowest, b.highest, b.unrated) == (low, high, unrated)
    low, high, unrated = span(seen_overall)
    o = result.overall
    if o.undetermined is None:
        assert (low, high, unrated) == (o.rating, o.rating, o.rating is None)
    else:
        rr = o.undetermined.rating
        assert (rr.lowest, rr.highest, rr.unrated) == (low, high, unrated)


def test_all_yes_counts_narrowed_can_only_stay_at_100_or_have_no_cases(
    low_risk: Framework, yot_2020: Framework
) -> None:
    figures = {kq: (4, 3) for kq in KQS_2020} | {"2.2.3": (5, 5)}
    inspection = load_inspection_text(_counts_text(figures), "x.yaml")
    k = evaluate(low_risk, inspection, recorded_under=yot_2020).key_question("2.2.3")
    assert k is not None and k.undetermined is not None
    assert (k.undetermined.percent_low, k.undetermined.percent_high) == (100, 100)
    assert range_words(k.undetermined.bands, band=True) == "Outstanding, or no band"


# ---------------------------------------------------------------------------- no cost when determined


def test_data_rated_under_its_own_version_builds_no_origin(yot_2020: Framework) -> None:
    """The same version given as the data's own is no other version: nothing extra is done."""
    from ratingbook.framework.evaluate import _origin

    inspection = load_inspection(str(WM))
    plan = compile_framework(yot_2020)
    assert _origin(plan, yot_2020, inspection) is None
    assert _origin(plan, None, inspection) is None
    a = to_json(evaluate(yot_2020, inspection, recorded_under=yot_2020))
    assert a == to_json(evaluate(yot_2020, inspection))


# ---------------------------------------------------------------------------- relations


def _flag(name: str) -> c.Test:
    return c.Test(name=name, op="is")


def _ne(name: str, value: str) -> c.Test:
    return c.Test(name=name, op="!=", values=(c.Value(value=value),))


def test_conditions_are_related_by_the_cases_they_admit(yot_2020: Framework) -> None:
    plans = (compile_framework(yot_2020),)
    harm, rosh_not_low = _flag("harm_factors"), _ne("rosh", "low")
    both = c.AllOf(operands=(harm, rosh_not_low))
    assert relation(both, c.AllOf(operands=(rosh_not_low, harm)), plans) == "same"
    assert relation(both, harm, plans) == "narrower"
    assert relation(harm, both, plans) == "wider"
    assert relation(rosh_not_low, harm, plans) == "different"
    assert relation(c.Not(operand=c.Not(operand=harm)), harm, plans) == "same"
    assert relation(None, harm, plans) == "wider"


def test_the_candidate_fixture_is_the_annexes_rule(low_risk: Framework) -> None:
    """The 2020 Annexe leaves out cases whose risk of serious harm is low: ``rosh != low``."""
    kq = compile_framework(low_risk).key_questions["2.2.3"]
    assert kq.applies == "disposal = court and harm_factors and rosh != low"


def test_what_would_move_an_undetermined_standard_is_not_known_and_says_why(
    run_cli: RunCli,
) -> None:
    derby = "standards/yot/inspections/derby-2018.yaml"
    code, out, _ = run_cli(
        "--width", "300", "explain", derby, "--framework", LOW_RISK, "--depth", "0"
    )
    assert code == 0
    row = next(line for line in out.splitlines() if line.lstrip().startswith("2.2 "))
    assert "undetermined (Inadequate to Good)" in row
    assert row.count("not known (undetermined under this version)") == 2
    assert "percentages only" not in row


def test_answers_the_data_was_asked_but_a_version_no_longer_counts_are_one_note(
    tmp_path: Path, run_cli: RunCli
) -> None:
    """Under a narrower condition, case C05 (harm factors, made low risk here) was asked 2.2.3
    by the data's own version: its answers are left out with one note, not one per answer."""
    text = (REPO / EXAMPLE).read_text(encoding="utf-8")
    start, end = text.index("- id: C05"), text.index("- id: C06")
    case = text[start:end]
    assert "harm_factors: true" in case and "rosh: low" not in case
    for level in ("medium", "high", '"very high"'):
        case = case.replace(f"rosh: {level}", "rosh: low")
    path = tmp_path / "example-low.yaml"
    path.write_text(text[:start] + case + text[end:], encoding="utf-8")
    code, out, err = run_cli("rate", str(path), "--framework", LOW_RISK, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    warnings = [d["message"] for d in data["diagnostics"]]
    assert warnings == [
        "1 case (C05) answers 2.2.3, which yot-2020-lowrisk does not apply to it: the data was "
        "recorded under yot-2020, and the answers are left out of the counts"
    ]
    k = data["standards"]["2.2"]["key_questions"]["2.2.3"]
    assert (k["relevant"], k["undetermined"] if "undetermined" in k else None) == (16, None)
    # Under its own version the same answer is counted: nothing is left out there.
    code, out, _ = run_cli("rate", str(path), "--format", "json")
    assert json.loads(out)["standards"]["2.2"]["key_questions"]["2.2.3"]["relevant"] == 17


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_names_the_undetermined_key_question_its_range_and_what_settles_it(
    run_cli: RunCli, fmt: str
) -> None:
    derby = "standards/yot/inspections/derby-2018.yaml"
    code, out, _ = run_cli(
        "--width", "400", "rate", derby, "--framework", LOW_RISK, "--format", fmt
    )
    assert code == 0
    out = " ".join(out.split())  # as read, whatever the lines wrap at
    assert "undetermined (Inadequate to Good)" in out  # 2.2
    assert "undetermined (Requires improvement to Good)" in out  # overall
    assert "could be Inadequate to Outstanding, or no band" in out  # 2.2.3
    assert "settled by case-level data that records harm_factors and rosh" in out
