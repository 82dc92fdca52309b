"""The rating rules at every boundary, with tiny inspections (case-level data and counts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import TINY_SECTIONS

from ratingbook import evaluate, to_json
from ratingbook.framework.loading.frameworks import check_path
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result
from ratingbook.framework.rules.moves import Move
from ratingbook.framework.views.phrases import say

Shown = tuple[str, int | None, str | None, tuple[tuple[str, str, str, int, int, str], ...]]


def step(
    kq: str, before: str, after: str, cases: int, percent: int, band: str
) -> tuple[str, str, str, int, int, str]:
    return (kq, before, after, cases, percent, band)


def move(
    direction: str, judgements: int, to: str, steps: tuple[tuple[str, str, str, int, int, str], ...]
) -> Shown:
    return (direction, judgements, to, steps)


def shown(m: Move | None) -> Shown | None:
    """A move as these tests compare it: direction, judgements, rating reached, each step."""
    if m is None:
        return None
    return (
        m.direction,
        m.judgements,
        m.to,
        tuple(
            (
                st.key_question,
                st.answer_from,
                st.answer_to,
                st.cases,
                st.percent_after,
                st.band_after,
            )
            for st in m.steps
        ),
    )


Tiny = Callable[..., str]
RATINGS = ["Inadequate", "Requires improvement", "Good", "Outstanding"]

# libyaml's safe dumper writes the same text as yaml.safe_dump, four times faster.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# ---------------------------------------------------------------------------- helpers


def tiny_fw(tmp_path: Path, tiny: Tiny, **sections: str) -> Framework:
    path = tmp_path / "tiny.framework"
    path.write_text(tiny(**sections), encoding="utf-8")
    result = check_path(path)
    assert result.ok, [d.headline() for d in result.diagnostics]
    assert result.framework is not None
    return result.framework


def rate(tmp_path: Path, fw: Framework, data: dict, name: str = "inspection.yaml") -> Result:  # type: ignore[type-arg]
    """Write the data as YAML in tmp_path, load it as a user would, and evaluate it."""
    body = {"format": "ratingbook/inspection-v1", "service": "Test service", **data}
    path = tmp_path / name
    path.write_text(yaml.dump(body, Dumper=DUMPER, sort_keys=False), encoding="utf-8")
    return evaluate(fw, load_inspection(str(path)))


def counts(**by_kq: tuple[int, int]) -> dict[str, dict[str, int]]:
    """counts(k1_1_1=(yes, relevant)) -> {"1.1.1": {"relevant": ..., "yes": ...}}."""
    return {k[1:].replace("_", "."): {"relevant": r, "yes": y} for k, (y, r) in by_kq.items()}


def court_cases(yes: int, no: int, prefix: str = "C", **attributes: object) -> list[dict]:  # type: ignore[type-arg]
    """Court cases answering tiny's key question 1.1.1 (and 1.2.1 when ``risky``)."""
    out = []
    for i in range(yes + no):
        answer = "yes" if i < yes else "no"
        answers = {"1.1.1": answer}
        if attributes.get("risky"):
            answers["1.2.1"] = answer
        out.append(
            {
                "id": f"{prefix}{i + 1:03d}",
                "disposal": "court",
                "attributes": dict(attributes),
                "answers": answers,
            }
        )
    return out


def kq(result: Result, kq_id: str):  # type: ignore[no-untyped-def]
    found = result.key_question(kq_id)
    assert found is not None
    return found


def std(result: Result, sid: str):  # type: ignore[no-untyped-def]
    found = result.standard(sid)
    assert found is not None
    return found


def messages(result: Result) -> list[str]:
    return [d.message for d in result.diagnostics]


# ---------------------------------------------------------------------------- bands at every boundary

BOUNDARIES = [
    # yes, relevant, percent, band
    (0, 100, 0, "Inadequate"),
    (49, 100, 49, "Inadequate"),
    (50, 100, 50, "Requires improvement"),
    (64, 100, 64, "Requires improvement"),
    (65, 100, 65, "Good"),
    (79, 100, 79, "Good"),
    (80, 100, 80, "Outstanding"),
    (100, 100, 100, "Outstanding"),
    (97, 200, 49, "Inadequate"),  # 48.5 rounds half up to 49
    (99, 200, 50, "Requires improvement"),  # 49.5 rounds half up to 50
    (129, 200, 65, "Good"),  # 64.5 rounds half up to 65
    (159, 200, 80, "Outstanding"),  # 79.5 rounds half up to 80
    (11, 17, 65, "Good"),  # 64.7
    (1, 3, 33, "Inadequate"),
    (2, 3, 67, "Good"),
]


@pytest.mark.parametrize(("yes", "relevant", "percent", "band"), BOUNDARIES)
def test_band_boundaries_from_counts(
    tmp_path: Path, tiny: Tiny, yes: int, relevant: int, percent: int, band: str
) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(yes, relevant), k1_2_1=(1, 1))})
    k = kq(result, "1.1.1")
    assert (k.relevant, k.yes, k.percent, k.band) == (relevant, yes, percent, band)
    assert k.exact == pytest.approx(100 * yes / relevant)
    assert std(result, "1.1").banded == band


@pytest.mark.parametrize(
    ("yes", "relevant", "percent", "band"),
    [
        (49, 100, 49, "Inadequate"),
        (50, 100, 50, "Requires improvement"),
        (64, 100, 64, "Requires improvement"),
        (65, 100, 65, "Good"),
        (79, 100, 79, "Good"),
        (80, 100, 80, "Outstanding"),
        (11, 17, 65, "Good"),
        (129, 200, 65, "Good"),
    ],
)
def test_band_boundaries_from_cases(
    tmp_path: Path, tiny: Tiny, yes: int, relevant: int, percent: int, band: str
) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"cases": court_cases(yes, relevant - yes, risky=True)})
    k = kq(result, "1.1.1")
    assert (k.basis, k.relevant, k.yes, k.percent, k.band) == (
        "cases",
        relevant,
        yes,
        percent,
        band,
    )
    assert len(k.counted) == relevant
    assert result.diagnostics == ()


def test_64_and_a_half_rounds_half_up_where_python_round_would_not(
    tmp_path: Path, tiny: Tiny
) -> None:
    assert round(129 / 200 * 100) == 64, "Python's round() is half even"
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(129, 200), k1_2_1=(1, 1))})
    k = kq(result, "1.1.1")
    assert k.exact == 64.5
    assert (k.percent, k.band) == (65, "Good")


def test_11_of_17_is_65_and_good(tmp_path: Path, tiny: Tiny) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(11, 17), k1_2_1=(1, 1))})
    assert (kq(result, "1.1.1").percent, kq(result, "1.1.1").band) == (65, "Good")


def test_a_published_percentage_is_used_as_given(tmp_path: Path, tiny: Tiny) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": {"1.1.1": {"percent": 64}, "1.2.1": {"percent": 65}}})
    assert (kq(result, "1.1.1").basis, kq(result, "1.1.1").percent, kq(result, "1.1.1").band) == (
        "percent",
        64,
        "Requires improvement",
    )
    assert (kq(result, "1.1.1").relevant, kq(result, "1.1.1").yes) == (None, None)
    assert kq(result, "1.2.1").band == "Good"


# ---------------------------------------------------------------------------- rounding modes

MODES = [
    # yes, relevant, half up, half even, down, up
    (129, 200, 65, 64, 64, 65),  # 64.5
    (131, 200, 66, 66, 65, 66),  # 65.5
    (97, 200, 49, 48, 48, 49),  # 48.5
    (99, 200, 50, 50, 49, 50),  # 49.5
    (159, 200, 80, 80, 79, 80),  # 79.5
    (11, 17, 65, 65, 64, 65),  # 64.7
    (1, 3, 33, 33, 33, 34),  # 33.3
    (2, 3, 67, 67, 66, 67),  # 66.7
    (49, 100, 49, 49, 49, 49),  # exact
]


@pytest.mark.parametrize("mode", ["half up", "half even", "down", "up"])
@pytest.mark.parametrize(("yes", "relevant", "half_up", "half_even", "down", "up"), MODES)
def test_rounding_modes(
    tmp_path: Path,
    tiny: Tiny,
    mode: str,
    yes: int,
    relevant: int,
    half_up: int,
    half_even: int,
    down: int,
    up: int,
) -> None:
    fw = tiny_fw(tmp_path, tiny, percentage=f"percentage rounded {mode}\n")
    assert fw.banding.rounding == mode
    expected = {"half up": half_up, "half even": half_even, "down": down, "up": up}[mode]
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(yes, relevant), k1_2_1=(1, 1))})
    k = kq(result, "1.1.1")
    assert k.percent == expected
    assert k.band == fw.banding.band_for(expected).rating  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("mode", "band"),
    [
        ("half up", "Good"),
        ("half even", "Requires improvement"),
        ("down", "Requires improvement"),
        ("up", "Good"),
    ],
)
def test_the_rounding_mode_decides_the_band_at_64_and_a_half(
    tmp_path: Path, tiny: Tiny, mode: str, band: str
) -> None:
    fw = tiny_fw(tmp_path, tiny, percentage=f"percentage rounded {mode}\n")
    result = rate(tmp_path, fw, {"cases": court_cases(129, 71, risky=True)})
    assert kq(result, "1.1.1").band == band
    assert std(result, "1.1").banded == band


# ---------------------------------------------------------------------------- zero relevant cases


def test_zero_relevant_from_counts_gives_no_band_and_the_standard_is_not_rated(
    tmp_path: Path, tiny: Tiny
) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(0, 0), k1_2_1=(5, 5))})
    k = kq(result, "1.1.1")
    assert (k.relevant, k.yes, k.percent, k.band) == (0, 0, None, None)
    s = std(result, "1.1")
    assert (s.rating, s.banded, s.score) == (None, None, None)
    assert s.note is not None and say(s.note) == "not rated: no key question has relevant cases"
    assert (
        "standard 1.1 (First) is not rated: none of its key questions (1.1.1) has relevant cases"
        in messages(result)
    )
    assert all(d.severity == "warning" for d in result.diagnostics)
    assert (result.overall.rating, result.overall.score, result.overall.missing) == (
        None,
        None,
        ("1.1",),
    )
    assert to_json(result)["overall"]["not_rated"] == ["1.1"]


def test_zero_relevant_from_cases_is_left_out(tmp_path: Path, tiny: Tiny) -> None:
    # 1.2.1 applies only to risky cases; none are.
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"cases": court_cases(3, 1, risky=False)})
    k = kq(result, "1.2.1")
    assert (k.relevant, k.percent, k.band) == (0, None, None)
    assert [c.case for c in k.excluded] == ["C001", "C002", "C003", "C004"]
    assert std(result, "1.2").rating is None
    assert result.overall.rating is None


def test_a_key_question_without_relevant_cases_is_left_out_of_the_lowest(
    tmp_path: Path, tiny: Tiny
) -> None:
    third = 'key question 1.1.2 "Is a third thing done?" from doc line 5\n  no prompts\n'
    items = TINY_SECTIONS["items"].replace('standard 1.2 "Second"', third + 'standard 1.2 "Second"')
    fw = tiny_fw(tmp_path, tiny, items=items)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(0, 0), k1_1_2=(7, 10), k1_2_1=(9, 10))})
    s = std(result, "1.1")
    assert (s.banded, s.rating, s.score) == ("Good", "Good", 2)
    assert s.lowest == ("1.1.2",)
    assert (result.overall.score, result.overall.rating) == (5, "Good")


def test_n_a_on_a_where_applicable_key_question_is_not_a_relevant_case(
    tmp_path: Path, tiny: Tiny
) -> None:
    fw = tiny_fw(
        tmp_path,
        tiny,
        items=TINY_ITEMS_WHERE_APPLICABLE,
    )
    cases = court_cases(2, 1)
    cases.append({"id": "C004", "disposal": "court", "answers": {"1.1.1": "n/a"}})
    result = rate(tmp_path, fw, {"cases": cases})
    k = kq(result, "1.1.1")
    assert (k.relevant, k.yes, k.percent, k.na) == (3, 2, 67, 1)
    assert [(c.case, c.answer, say(c.reason)) for c in k.excluded] == [
        ("C004", "n/a", "answered n/a")
    ]


TINY_ITEMS_WHERE_APPLICABLE = (
    'domain 1 "Cases"\n'
    "  applies to cases where disposal = court\n"
    "  rated by lowest key question band\n"
    'standard 1.1 "First"\n'
    'key question 1.1.1 "Where applicable, is the first thing done?" from doc line 1\n'
    "  where applicable\n"
    "  no prompts\n"
    'standard 1.2 "Second"\n'
    'key question 1.2.1 "Is the second thing done?" from doc line 3\n'
    "  applies to cases where risky\n"
    "  no prompts\n"
)


# ---------------------------------------------------------------------------- the lowest band


def test_a_standard_takes_the_lowest_key_question_band(yot_2020: Framework, tmp_path: Path) -> None:
    result = rate(
        tmp_path, yot_2020, {"counts": counts(k2_2_1=(7, 10), k2_2_2=(5, 10), k2_2_3=(9, 10))}
    )
    s = std(result, "2.2")
    assert [k.band for k in s.key_questions] == ["Good", "Requires improvement", "Outstanding"]
    assert (s.banded, s.rating, s.score, s.lowest) == (
        "Requires improvement",
        "Requires improvement",
        1,
        ("2.2.2",),
    )


def test_several_key_questions_can_share_the_lowest_band(
    yot_2020: Framework, tmp_path: Path
) -> None:
    result = rate(
        tmp_path, yot_2020, {"counts": counts(k2_2_1=(5, 10), k2_2_2=(6, 10), k2_2_3=(9, 10))}
    )
    s = std(result, "2.2")
    assert (s.banded, s.lowest) == ("Requires improvement", ("2.2.1", "2.2.2"))


# ---------------------------------------------------------------------------- scores and overall bands

COUNT_FOR = {
    "Outstanding": (10, 10),
    "Good": (7, 10),
    "Requires improvement": (5, 10),
    "Inadequate": (1, 10),
}
STANDARDS_2020 = [
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "3.1",
    "3.2",
    "3.3",
    "3.4",
]


def all_standards(fw: Framework, ratings: list[str]) -> dict:  # type: ignore[type-arg]
    """Inspection data giving each of yot-2020's 12 standards the rating asked for."""
    assert len(ratings) == 12
    data: dict = {"domain1": {}, "counts": {}}  # type: ignore[type-arg]
    for sid, rating in zip(STANDARDS_2020, ratings, strict=True):
        if sid.startswith("1."):
            data["domain1"][sid] = rating
        else:
            standard = next(s for s in fw.standards() if s.id == sid)
            yes, relevant = COUNT_FOR[rating]
            for k in standard.key_questions:
                data["counts"][k.id] = {"relevant": relevant, "yes": yes}
    return data


OUT, GOOD, RI, INAD = "Outstanding", "Good", "Requires improvement", "Inadequate"

OVERALL = [
    ([INAD] * 12, 0, "Inadequate"),
    ([OUT, OUT] + [INAD] * 10, 6, "Inadequate"),
    ([OUT, OUT, RI] + [INAD] * 9, 7, "Requires improvement"),
    ([OUT] * 6 + [INAD] * 6, 18, "Requires improvement"),
    ([OUT] * 6 + [RI] + [INAD] * 5, 19, "Good"),
    ([GOOD] * 12, 24, "Good"),
    ([OUT] * 10 + [INAD] * 2, 30, "Good"),
    ([OUT] * 10 + [RI] + [INAD], 31, "Outstanding"),
    ([OUT] * 12, 36, "Outstanding"),
]


@pytest.mark.parametrize(
    ("ratings", "score", "overall"), OVERALL, ids=[str(s) for _, s, _ in OVERALL]
)
def test_scores_and_overall_bands(
    yot_2020: Framework, tmp_path: Path, ratings: list[str], score: int, overall: str
) -> None:
    result = rate(tmp_path, yot_2020, all_standards(yot_2020, ratings))
    assert [s.rating for s in result.standards] == ratings
    assert [s.score for s in result.standards] == [RATINGS.index(r) for r in ratings]
    assert (result.overall.score, result.overall.max, result.overall.rating) == (score, 36, overall)
    assert result.diagnostics == ()


# ---------------------------------------------------------------------------- discretion eligibility


def eligibility(tmp_path: Path, tiny: Tiny, data: dict):  # type: ignore[no-untyped-def, type-arg]
    fw = tiny_fw(tmp_path, tiny)
    d = std(rate(tmp_path, fw, data), "1.1").discretion
    assert d is not None and d.in_policy
    return d


def test_eligible_only_because_within_five_points(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"counts": counts(k1_1_1=(67, 100))})
    assert d.measures == {
        "lowest_percent": 67,
        "boundary_distance": 2,
        "judgements_to_change": 3,
        "sample_size": 100,
    }
    assert [c.holds for c in d.checks] == [True, False, False]
    assert d.eligible is True
    assert [say(r) for r in d.reasons] == [
        "within five points: the lowest key question is at 67%, 2 points from the 65% boundary"
    ]


def test_eligible_only_because_one_case_changes_the_band(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"counts": counts(k1_1_1=(4, 7))})  # 57%
    assert d.measures == {
        "lowest_percent": 57,
        "boundary_distance": 7,
        "judgements_to_change": 1,
        "sample_size": 7,
    }
    assert [c.holds for c in d.checks] == [False, True, False]
    assert d.eligible is True
    assert [say(r) for r in d.reasons] == [
        "one case would change it: 1 differing judgement (1 in 1.1.1) would move it up to Good; "
        "1 differing judgement (1 in 1.1.1) would move it down to Inadequate"
    ]


def test_eligible_only_because_the_sample_is_five_or_fewer(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"counts": counts(k1_1_1=(5, 5))})  # 100%
    assert d.measures == {
        "lowest_percent": 100,
        "boundary_distance": 20,
        "judgements_to_change": 2,
        "sample_size": 5,
    }
    assert [c.holds for c in d.checks] == [False, False, True]
    assert d.eligible is True
    assert [say(r) for r in d.reasons] == [
        "five cases or fewer: the rating rests on 5 relevant cases (1.1.1)"
    ]


def test_eligible_from_case_level_data(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"cases": court_cases(2, 1, risky=True)})  # 2 of 3 = 67%
    assert d.measures == {
        "lowest_percent": 67,
        "boundary_distance": 2,
        "judgements_to_change": 1,
        "sample_size": 3,
    }
    assert [c.holds for c in d.checks] == [True, True, True]


def test_not_eligible(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"counts": counts(k1_1_1=(90, 100))})
    assert d.measures == {
        "lowest_percent": 90,
        "boundary_distance": 10,
        "judgements_to_change": 11,
        "sample_size": 100,
    }
    assert [c.holds for c in d.checks] == [False, False, False]
    assert d.eligible is False
    assert d.reasons == []


def test_zero_points_from_the_boundary_is_within_five(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"counts": counts(k1_1_1=(50, 100))})
    assert d.measures["boundary_distance"] == 0
    assert d.checks[0].holds is True


def test_six_points_from_the_boundary_is_not_within_five(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(
        tmp_path, tiny, {"counts": counts(k1_1_1=(71, 100))}
    )  # 71: 6 from 65, 9 from 80
    assert d.measures["boundary_distance"] == 6
    assert d.checks[0].holds is False


def test_six_cases_is_not_a_small_sample(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"counts": counts(k1_1_1=(6, 6))})
    assert d.measures["sample_size"] == 6
    assert d.checks[2].holds is False


def test_with_percentages_only_the_count_measures_are_unknown(tmp_path: Path, tiny: Tiny) -> None:
    d = eligibility(tmp_path, tiny, {"counts": {"1.1.1": {"percent": 72}}})
    assert d.measures == {
        "lowest_percent": 72,
        "boundary_distance": 7,
        "judgements_to_change": None,
        "sample_size": None,
    }
    assert [c.holds for c in d.checks] == [False, None, None]
    assert d.eligible is None, "unknown, not true and not false"


def test_with_percentages_only_the_boundary_can_still_make_it_eligible(
    tmp_path: Path, tiny: Tiny
) -> None:
    d = eligibility(tmp_path, tiny, {"counts": {"1.1.1": {"percent": 62}}})
    assert [c.holds for c in d.checks] == [True, None, None]
    assert d.eligible is True


def test_a_discretion_decision_on_an_eligible_standard_sets_the_final_rating(
    tmp_path: Path, tiny: Tiny
) -> None:
    fw = tiny_fw(tmp_path, tiny)
    data = {
        "counts": counts(k1_1_1=(1, 3), k1_2_1=(3, 3)),
        "discretion": {"1.1": {"rating": "Requires improvement", "reason": "The panel's words."}},
    }
    result = rate(tmp_path, fw, data)
    s = std(result, "1.1")
    assert (s.banded, s.rating, s.score) == ("Inadequate", "Requires improvement", 1)
    assert s.discretion is not None
    assert (
        s.discretion.applied,
        s.discretion.rating,
        s.discretion.reason,
        s.discretion.override,
    ) == (
        True,
        "Requires improvement",
        "The panel's words.",
        False,
    )
    assert result.overall.score == 1 + 3


# ---------------------------------------------------------------------------- moves


def test_moves_for_one_key_question(tmp_path: Path, tiny: Tiny) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(11, 17), k1_2_1=(1, 1))})
    s = std(result, "1.1")
    assert tuple(map(shown, s.moves)) == (
        move("up", 3, "Outstanding", (step("1.1.1", "no", "yes", 3, 82, "Outstanding"),)),
        move(
            "down",
            1,
            "Requires improvement",
            (step("1.1.1", "yes", "no", 1, 59, "Requires improvement"),),
        ),
    )
    assert shown(s.move("up")) == shown(s.moves[0])
    assert s.discretion is not None and s.discretion.measures["judgements_to_change"] == 1


def test_moves_lift_every_lowest_key_question_and_drop_any_one(
    yot_2020: Framework, tmp_path: Path
) -> None:
    result = rate(
        tmp_path, yot_2020, {"counts": counts(k2_2_1=(5, 10), k2_2_2=(6, 10), k2_2_3=(9, 10))}
    )
    s = std(result, "2.2")
    assert tuple(map(shown, s.moves)) == (
        move(
            "up",
            3,
            "Good",
            (
                step("2.2.1", "no", "yes", 2, 70, "Good"),
                step("2.2.2", "no", "yes", 1, 70, "Good"),
            ),
        ),
        move("down", 1, "Inadequate", (step("2.2.1", "yes", "no", 1, 40, "Inadequate"),)),
    )
    assert s.discretion is not None and s.discretion.measures["judgements_to_change"] == 1


def test_an_up_move_can_skip_a_band(tmp_path: Path, tiny: Tiny) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(1, 3), k1_2_1=(1, 1))})
    assert tuple(map(shown, std(result, "1.1").moves)) == (
        move("up", 1, "Good", (step("1.1.1", "no", "yes", 1, 67, "Good"),)),
    )


def test_an_up_move_is_limited_by_the_next_lowest_key_question(
    yot_2020: Framework, tmp_path: Path
) -> None:
    # Lifting 2.2.1 from Inadequate to Outstanding leaves 2.2.2 at Requires improvement.
    result = rate(
        tmp_path, yot_2020, {"counts": counts(k2_2_1=(0, 1), k2_2_2=(5, 10), k2_2_3=(9, 10))}
    )
    s = std(result, "2.2")
    assert s.banded == "Inadequate"
    assert shown(s.move("up")) == move(
        "up", 1, "Requires improvement", (step("2.2.1", "no", "yes", 1, 100, "Outstanding"),)
    )


def test_no_up_move_from_the_top_band_and_no_down_move_from_the_bottom(
    tmp_path: Path, tiny: Tiny
) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": counts(k1_1_1=(10, 10), k1_2_1=(0, 10))})
    assert [m.direction for m in std(result, "1.1").moves] == ["down"]
    assert shown(std(result, "1.1").move("down")) == move(
        "down", 3, "Good", (step("1.1.1", "yes", "no", 3, 70, "Good"),)
    )
    assert tuple(map(shown, std(result, "1.2").moves)) == (
        move(
            "up",
            5,
            "Requires improvement",
            (step("1.2.1", "no", "yes", 5, 50, "Requires improvement"),),
        ),
    )


def test_moves_are_unknown_with_percentages_only(tmp_path: Path, tiny: Tiny) -> None:
    fw = tiny_fw(tmp_path, tiny)
    result = rate(tmp_path, fw, {"counts": {"1.1.1": {"percent": 70}, "1.2.1": {"percent": 70}}})
    assert tuple(map(shown, std(result, "1.1").moves)) == ()
