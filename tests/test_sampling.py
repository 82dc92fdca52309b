"""The sampling policy: as framework data, the sizes it asks for, and whether a sample met it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ratingbook import evaluate, load_framework, to_json
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.sampling import achieved_margin, adequacy, needed, plan, z_value
from ratingbook.framework.views.phrases import _sample_words, worded

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"


def test_the_sample_size_formula_against_a_hand_computed_value() -> None:
    # z(80%) = 1.28155; n0 = 1.28155^2 x 0.25 / 0.05^2 = 164.24; with N = 100:
    # 164.24 / (1 + 163.24 / 100) = 62.39, so 63 cases.
    assert z_value(80) == pytest.approx(1.28155, abs=1e-5)
    assert needed(80, 5) == 165
    assert needed(80, 5, 100) == 63
    assert needed(80, 5, 3) == 3  # a population smaller than the sample: read every case
    assert needed(80, 5, 0) == 0
    # 30 of 40: 100 x 1.28155 x sqrt(0.25 / 30) x sqrt(10 / 39) = 5.93 points.
    assert achieved_margin(80, 30, 40) == pytest.approx(5.93, abs=0.01)
    assert achieved_margin(80, 3, 3) == 0.0
    assert achieved_margin(80, 3, None) is None


def test_the_shipped_versions_state_the_reports_policy() -> None:
    for version in ("yot-2018", "yot-2020"):
        policy = load_framework(version).sampling
        assert policy is not None
        assert (policy.confidence, policy.margin) == (80, 5)
        assert [q.text for q in policy.strata] == [
            "gender",
            "sentence or disposal type",
            "risk of serious harm",
            "risk to safety and wellbeing classifications",
        ]
    assert load_framework("yot-2018").sampling.split == ()  # type: ignore[union-attr]
    assert load_framework("yot-2020").sampling.split == (("2", 60), ("3", 40))  # type: ignore[union-attr]


def test_a_plan_under_the_2020_split() -> None:
    fw = load_framework("yot-2020")
    d2, d3 = plan(fw, {"2": 100, "3": 80})
    assert (d2.domain, d2.needed, d2.sized_by) == ("2", 63, "confidence")
    # Domain three takes 40/60 of domain two's 63: 42.
    assert (d3.domain, d3.needed, d3.sized_by, d3.share) == ("3", 42, "split", 40)


def test_a_plan_under_2018_sizes_each_domain_by_itself() -> None:
    fw = load_framework("yot-2018")
    d2, d3 = plan(fw, {"2": 100, "3": 30})
    assert (d2.needed, d3.needed) == (63, needed(80, 5, 30))
    assert d3.sized_by == "confidence"


def test_windsor_without_a_population_cannot_be_checked() -> None:
    inspection = load_inspection(WM)
    result = evaluate(load_framework("yot-2020"), inspection)
    d2, d3 = adequacy(result)
    assert (d2.sampled, d3.sampled) == (3, 2)
    assert d2.meets is None and d2.margin is None
    assert "cannot be checked without the eligible population" in _sample_words(
        d2,
        result.framework.sampling,  # type: ignore[arg-type]
    )


def test_a_population_in_the_data_is_checked(tmp_path: Path) -> None:
    text = Path(WM).read_text(encoding="utf-8")
    data = tmp_path / "wm.yaml"
    data.write_text(
        text.replace(
            "fieldwork: 2020-08-24", 'fieldwork: 2020-08-24\npopulation: {"2": 3, "3": 4}'
        ).replace("file: ../sources/", "file: ../../standards/yot/sources/"),
        encoding="utf-8",
    )
    result = evaluate(load_framework("yot-2020"), load_inspection(str(data)))
    d2, d3 = adequacy(result)
    assert (d2.population, d2.needed, d2.sampled, d2.meets, d2.margin) == (3, 3, 3, True, 0.0)
    # Domain three: 40/60 of 3 is 2; 2 of 4 read, margin 100 x 1.2816 x sqrt(1/8) x sqrt(2/3).
    assert (d3.needed, d3.sampled, d3.meets) == (2, 2, True)
    assert d3.margin == pytest.approx(37.0, abs=0.1)
    assert json.dumps([to_json(d) for d in (d2, d3)])


def test_explain_reports_whether_the_sample_meets_the_policy() -> None:
    from ratingbook.framework.explain import build

    inspection = load_inspection(WM)
    result = evaluate(load_framework("yot-2020"), inspection)
    data = worded(to_json(build(result)))
    assert data["sampling"]["confidence"] == 80 and data["sampling"]["split"] == {"2": 60, "3": 40}
    assert [d["sampled"] for d in data["sampling"]["domains"]] == [3, 2]
    node = next(n for n in data["tree"]["children"] if n["kind"] == "sampling")
    assert node["label"] == (
        "sampling policy: 80% confidence, margin of error 5; split domain 2 60%, domain 3 40%"
    )
    assert "cannot be checked without the eligible population" in node["children"][0]["label"]


def test_sample_size_on_the_command_line(run_cli: object) -> None:
    code, out, err = run_cli("sample-size", "yot-2020", "--population", "100")  # type: ignore[operator]
    assert code == 0, err
    assert "domain 2 (Court disposals): eligible population 100; sample 63" in out
    assert "domain 3 (Out-of-court disposals): eligible population 100; sample 42" in out
    code, out, err = run_cli(  # type: ignore[operator]
        "sample-size",
        "yot-2018",
        "--population",
        "2=100",
        "--population",
        "3=30",
        "--format",
        "json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert [(d["domain"], d["needed"]) for d in data["domains"]] == [
        ("2", 63),
        ("3", needed(80, 5, 30)),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--population", "lots"], "give a whole number of cases"),
        (["--population", "7=10"], "does not rate from case samples"),
        (["--population", "2=10"], "no eligible population for domain 3"),
    ],
)
def test_sample_size_refuses_what_it_cannot_plan(
    run_cli: object, args: list[str], message: str
) -> None:
    code, _, err = run_cli("sample-size", "yot-2020", *args)  # type: ignore[operator]
    assert code == 2 and message in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("sampling confidence 80 margin 5\n  split domain 1 60\n", "adds up to 60%, not 100%"),
        ("sampling confidence 80 margin 5\n  split domain 9 100\n", "split names domain 9"),
        ("sampling confidence 100 margin 5\n", "confidence 100 is not a per cent"),
        ("sampling confidence 80 margin 0\n", "margin of error 0 is not"),
    ],
)
def test_the_checker_refuses_a_policy_out_of_range(
    tmp_path: Path, tiny: Any, extra: str, message: str
) -> None:
    from ratingbook.framework.loading.frameworks import check_path

    path = tmp_path / "tiny.framework"
    path.write_text(tiny(extra=extra), encoding="utf-8")
    result = check_path(path)
    assert not result.ok
    found = [d.message for d in result.diagnostics if str(d.code) == "sampling"]
    assert any(message in m for m in found), found


def test_a_tiny_policy_parses_checks_and_plans(tmp_path: Path, tiny: Any) -> None:
    from ratingbook.framework.loading.frameworks import check_path

    path = tmp_path / "tiny.framework"
    path.write_text(
        tiny(extra='sampling confidence 90 margin 10\n  stratified by "gender" from doc line 1\n'),
        encoding="utf-8",
    )
    result = check_path(path)
    assert result.ok and result.framework is not None
    policy = result.framework.sampling
    assert policy is not None and (policy.confidence, policy.margin, policy.split) == (90, 10, ())
    (d1,) = plan(result.framework, {"1": 50})
    assert d1.needed == needed(90, 10, 50)
