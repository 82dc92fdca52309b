"""Expectations for change work: expecting undetermined results and input errors, and
``ratingbook test --coverage`` (which rules the expectation files exercise)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.framework.app.expectations import load, run, run_all
from ratingbook.framework.coverage import coverage, targets
from ratingbook.framework.errors import InputError
from ratingbook.framework.expectations import Outcome
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.phrase import Say, said
from ratingbook.framework.views.phrases import say

REPO = Path(__file__).resolve().parents[1]
RunCli = Callable[..., tuple[int, str, str]]

DERBY = str(REPO / "standards/yot/inspections/derby-2018.yaml")
LOW_RISK = str(REPO / "docs/examples/low-risk-excluded.framework")


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "e.yaml"
    path.write_text("format: ratingbook/expectations-v1\ntests:\n" + body, encoding="utf-8")
    return path


def outcomes_of(path: Path) -> list[Outcome]:
    return [run(e) for e in load(path)]


# ---------------------------------------------------------------------------- coverage


def test_the_shipped_expectations_exercise_every_rule_of_yot_2020_and_yot_2018() -> None:
    outcomes, _ = run_all([str(REPO / "standards/yot")])
    assert all(o.passed for o in outcomes)
    found = {c.version: c for c in coverage(outcomes)}
    for version in ("yot-2020", "yot-2018"):
        c = found[version]
        assert c.complete, [f"{t.kind} {t.label} {t.where}" for t in c.missing]
        assert [c.count(k) for k in ("band edge", "applicability")] == [(6, 6), (28, 28)]
        assert c.count("discretion trigger") == (6, 6)
        assert c.count("overall band") == (4, 4)


def test_the_published_inspections_alone_leave_rules_unexercised() -> None:
    """Counts hold no cases, and the published figures miss two band edges and two overall
    bands: exactly what made-up.yaml was written to cover."""
    outcomes = outcomes_of(REPO / "standards/yot/expectations/published.yaml")
    found = {c.version: c for c in coverage(outcomes)}
    missing = {(t.kind, t.label) for t in found["yot-2020"].missing}
    assert ("band edge", "49% (Inadequate), just below the 50% boundary") in missing
    assert ("band edge", "79% (Good), just below the 80% boundary") in missing
    assert ("overall band", "overall 7..18 Requires improvement") in missing
    assert ("overall band", "overall 31..36 Outstanding") in missing
    assert found["yot-2020"].count("applicability") == (0, 28)
    assert ("band edge", "65% (Good), on the 65% boundary") not in missing  # Derby 2.3.3


def test_a_figure_not_expected_or_a_failing_test_exercises_nothing(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"""  - name: only the overall
    framework: yot-2018
    inspection: {DERBY}
    expect: {{overall: {{rating: Good}}}}
  - name: a wrong figure
    framework: yot-2018
    inspection: {DERBY}
    expect: {{key_questions: {{"2.3.3": {{percent: 64}}}}}}
""",
    )
    outcomes = outcomes_of(path)
    assert [o.passed for o in outcomes] == [True, False]
    (c,) = coverage(outcomes)
    assert c.count("band edge") == (0, 6)  # 2.3.3 is at 65, but its test failed
    assert c.count("overall band") == (1, 4)


def test_targets_follow_the_versions_own_bands() -> None:
    fw = load_framework(str(REPO / "docs/examples/good-from-70.framework"))
    edges = [t.label for t in targets(fw) if t.kind == "band edge"]
    assert edges[2:4] == [
        "69% (Requires improvement), just below the 70% boundary",
        "70% (Good), on the 70% boundary",
    ]


def test_coverage_is_printed_before_the_last_line(run_cli: RunCli) -> None:
    code, out, _ = run_cli("--width", "100", "test", "standards/yot/", "--coverage")
    assert code == 0
    lines = out.rstrip("\n").splitlines()
    assert lines[-1] == "10 passed, 0 failed"
    assert "yot-2020: 44 of 44 exercised (all)" in lines
    code, out, _ = run_cli("test", "standards/yot/")
    assert "coverage" not in out


# ---------------------------------------------------------------------------- undetermined


def test_expected_undetermined_ranges_pass_and_a_wrong_one_fails_key_by_key(
    tmp_path: Path,
) -> None:
    outcomes = outcomes_of(REPO / "docs/examples/low-risk-excluded.expectations.yaml")
    assert [o.passed for o in outcomes] == [True, True, True]
    path = write(
        tmp_path,
        f"""  - name: wrong range
    framework: {LOW_RISK}
    inspection: {DERBY}
    expect:
      key_questions:
        "2.2.3": {{undetermined: {{lowest: Inadequate, highest: Good}}}}
        "2.2.1": {{undetermined: {{lowest: Good}}}}
      standards:
        "2.2": {{undetermined: false}}
        "2.1": {{undetermined: true}}
""",
    )
    (o,) = outcomes_of(path)
    got = {m.what: (m.expected, m.got) for m in o.mismatches}
    assert got == {
        'key_questions."2.2.3".undetermined.highest': ("Good", "Outstanding"),
        'key_questions."2.2.1".undetermined': (
            {"lowest": "Good"},
            said(Say.DETERMINED, rating="Outstanding"),
        ),
        'standards."2.2".undetermined': (False, True),
        'standards."2.1".undetermined': (True, False),
    }
    phrase = next(m.trace for m in o.mismatches if m.what.startswith('key_questions."2.2.3"'))
    trace = say(phrase)
    assert trace.startswith("2.2.3: undetermined, could be Inadequate to Outstanding, or no band")


def test_an_unknown_key_in_an_undetermined_mapping_stops_the_run(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = write(
        tmp_path,
        f"""  - name: bad
    inspection: {DERBY}
    expect: {{key_questions: {{"2.2.3": {{undetermined: {{score_low: 1}}}}}}}}
""",
    )
    with pytest.raises(InputError, match="undetermined: unknown key 'score_low'; use highest"):
        load(path)
    code, _, err = run_cli("test", str(path))
    assert code == 2 and "unknown key 'score_low'" in err


# ---------------------------------------------------------------------------- input errors


def test_an_expected_input_error_passes_and_its_absence_fails(tmp_path: Path) -> None:
    missing_221 = """    inspection:
      format: ratingbook/inspection-v1
      service: made up
      counts:
        "2.2.2": {relevant: 3, "yes": 2}
        "2.2.3": {relevant: 3, "yes": 2}
"""
    path = write(
        tmp_path,
        f"""  - name: refused
    framework: yot-2020
{missing_221}    expect: {{error: "e.yaml:8:7: error: no figures for key question 2.2.1"}}
  - name: refused for another reason than expected
    framework: yot-2020
{missing_221}    expect: {{error: "unknown prompt"}}
  - name: rated after all
    framework: yot-2018
    inspection: {DERBY}
    expect: {{error: "no figures"}}
""",
    )
    ok, other, rated = outcomes_of(path)
    assert ok.passed, ok.mismatches
    assert not other.passed
    assert other.mismatches[0].what == "error"
    assert "no figures for key question 2.2.1" in other.mismatches[0].got
    assert not rated.passed
    assert rated.mismatches[0].got == said(Say.RATED_INSTEAD, rating="Good")
    assert say(rated.mismatches[0].got) == "rated: overall Good"


def test_an_expected_error_stands_alone(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"""  - name: both
    inspection: {DERBY}
    expect: {{error: "x", overall: {{rating: Good}}}}
""",
    )
    with pytest.raises(InputError, match="'error' expects the data to be refused"):
        load(path)
