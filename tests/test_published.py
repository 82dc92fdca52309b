"""The four published inspections reproduce every published rating, score and key-question band.

Expected values are read from standards/yot/expectations/published.yaml (transcribed from the
reports) and compared with ``evaluate`` directly, without the expectations runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ratingbook import evaluate, load_framework, load_inspection
from ratingbook.framework.result import Result
from ratingbook.framework.views.phrases import say

REPO = Path(__file__).resolve().parents[1]
EXPECTATIONS = REPO / "standards" / "yot" / "expectations" / "published.yaml"
SPEC = yaml.safe_load(EXPECTATIONS.read_text(encoding="utf-8"))
TESTS: dict[str, dict[str, Any]] = {Path(t["inspection"]).stem: t for t in SPEC["tests"]}

_results: dict[str, Result] = {}


def rated(stem: str) -> Result:
    if stem not in _results:
        t = TESTS[stem]
        inspection = load_inspection(str((EXPECTATIONS.parent / t["inspection"]).resolve()))
        _results[stem] = evaluate(load_framework(t["framework"]), inspection)
    return _results[stem]


def test_the_expectations_cover_the_four_published_inspections() -> None:
    assert sorted(TESTS) == [
        "derby-2018",
        "oldham-2019",
        "western-bay-2019",
        "windsor-maidenhead-2020",
    ]
    assert {TESTS[s]["framework"] for s in TESTS} == {"yot-2018", "yot-2020"}


# ---------------------------------------------------------------------------- every published figure


@pytest.mark.parametrize("stem", sorted(TESTS))
def test_overall_rating_and_score(stem: str) -> None:
    result = rated(stem)
    expect = TESTS[stem]["expect"]["overall"]
    assert result.overall.rating == expect["rating"]
    assert result.overall.score == expect["score"]
    if "max" in expect:
        assert result.overall.max == expect["max"]
    assert result.diagnostics == ()


@pytest.mark.parametrize("stem", sorted(TESTS))
def test_every_standard_rating(stem: str) -> None:
    result = rated(stem)
    expected = TESTS[stem]["expect"]["standards"]
    assert [s.id for s in result.standards] == list(expected)
    got = {}
    want = {}
    for sid, e in expected.items():
        s = result.standard(sid)
        assert s is not None
        got[sid] = {"rating": s.rating}
        want[sid] = {"rating": e["rating"]}
        if "banded" in e:
            got[sid]["banded"] = s.banded
            want[sid]["banded"] = e["banded"]
        if "discretion_eligible" in e:
            assert s.discretion is not None
            got[sid]["eligible"] = s.discretion.eligible
            want[sid]["eligible"] = e["discretion_eligible"]
    assert got == want


@pytest.mark.parametrize("stem", sorted(TESTS))
def test_every_key_question_percent_and_band(stem: str) -> None:
    result = rated(stem)
    expected = TESTS[stem]["expect"]["key_questions"]
    got = {}
    for kid in expected:
        k = result.key_question(kid)
        assert k is not None, kid
        got[kid] = {"percent": k.percent, "band": k.band}
    assert got == expected


@pytest.mark.parametrize(
    ("stem", "score"),
    [
        ("derby-2018", 19),
        ("oldham-2019", 21),
        ("western-bay-2019", 6),
        ("windsor-maidenhead-2020", 23),
    ],
)
def test_published_scores(stem: str, score: int) -> None:
    result = rated(stem)
    assert result.overall.score == score
    assert sum(s.score or 0 for s in result.standards) == score


@pytest.mark.parametrize("stem", sorted(TESTS))
def test_standards_without_discretion_take_the_lowest_band(stem: str) -> None:
    result = rated(stem)
    for s in result.standards:
        if s.rated_by != "lowest key question band":
            continue
        bands = [k.band for k in s.key_questions if k.band]
        lowest = min(bands, key=["Inadequate", "Requires improvement", "Good", "Outstanding"].index)
        assert s.banded == lowest, s.id
        if s.discretion is None or not s.discretion.applied:
            assert s.rating == s.banded, s.id


# ---------------------------------------------------------------------------- Windsor & Maidenhead in detail


def test_windsor_maidenhead_overall() -> None:
    result = rated("windsor-maidenhead-2020")
    assert result.framework_id == "yot-2020"
    assert (result.overall.rating, result.overall.score, result.overall.max) == ("Good", 23, 36)


def test_windsor_maidenhead_2_2_planning() -> None:
    s = rated("windsor-maidenhead-2020").standard("2.2")
    assert s is not None
    assert (s.banded, s.rating, s.score) == ("Inadequate", "Requires improvement", 1)
    assert s.lowest == ("2.2.1",)
    k = s.key_questions[0]
    assert (k.id, k.relevant, k.yes, k.percent, k.band) == ("2.2.1", 3, 1, 33, "Inadequate")
    d = s.discretion
    assert d is not None
    assert (d.in_policy, d.eligible, d.applied, d.override, d.rating) == (
        True,
        True,
        True,
        False,
        "Requires improvement",
    )
    assert d.measures == {
        "lowest_percent": 33,
        "boundary_distance": 17,
        "judgements_to_change": 1,
        "sample_size": 3,
    }
    assert [c.holds for c in d.checks] == [False, True, True]
    assert [say(r) for r in d.reasons] == [
        "a differing judgement in one case would result in a change in rating: "
        "1 differing judgement (1 in 2.2.1) would move it up to Good",
        "the rating is based upon a sample or sub-sample of five cases or fewer: "
        "the rating rests on 3 relevant cases (2.2.1)",
    ]
    assert d.reason is not None and "professional discretion" in d.reason


def test_windsor_maidenhead_every_other_standard_is_banded_without_discretion() -> None:
    result = rated("windsor-maidenhead-2020")
    applied = [s.id for s in result.standards if s.discretion is not None and s.discretion.applied]
    assert applied == ["2.2"]


# ---------------------------------------------------------------------------- the three panel decisions


@pytest.mark.parametrize(
    ("stem", "sid", "banded", "rating"),
    [
        ("derby-2018", "2.4", "Requires improvement", "Good"),
        ("western-bay-2019", "3.3", "Requires improvement", "Inadequate"),
        ("windsor-maidenhead-2020", "2.2", "Inadequate", "Requires improvement"),
    ],
)
def test_published_panel_decisions_are_eligible_and_applied(
    stem: str, sid: str, banded: str, rating: str
) -> None:
    s = rated(stem).standard(sid)
    assert s is not None
    assert (s.banded, s.rating) == (banded, rating)
    assert s.discretion is not None
    assert s.discretion.eligible is True
    assert s.discretion.applied and not s.discretion.override
