"""How sure a rating is: the propagation against a seeded simulation, the warnings, the words.

The per-key-question model (prior, population, the arithmetic) is tested against brute force
in test_posterior.py; its calibration, in test_calibration.py."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratingbook import evaluate, load_framework, to_json
from ratingbook.framework.certainty import (
    LIKELY,
    band_probabilities,
    certainties,
    key_question_certainty,
    overall_certainty,
    standard_certainty,
)
from ratingbook.framework.explain import build
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.plan import compile_framework
from ratingbook.framework.posterior import DEFAULT
from ratingbook.framework.result import Result
from ratingbook.framework.views.phrases import (
    certainty_words,
    model_words,
    percent_words,
    say,
    worded,
)

PLAN = compile_framework(load_framework("yot-2020"))
ALPHA, BETA = float(DEFAULT.alpha), float(DEFAULT.beta)
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"


def rated(path: str) -> Result:
    inspection = load_inspection(path)
    return evaluate(load_framework(inspection.framework or "yot-2020"), inspection)


@given(relevant=st.integers(1, 60), data=st.data())
def test_a_key_questions_band_probabilities_add_up_to_one(
    relevant: int, data: st.DataObject
) -> None:
    yes = data.draw(st.integers(0, relevant))
    probs = band_probabilities(PLAN, yes, relevant)
    assert sum(probs.values()) == 1
    assert all(p > 0 for p in probs.values())


@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_every_distribution_adds_up_to_one(path: str) -> None:
    for c in certainties(rated(path)):
        if c.state == "known":
            assert sum(p for _, p in c.probabilities) == 1, c.item


def test_the_example_shows_each_standards_rating_probabilities() -> None:
    r = rated(EXAMPLE)
    s = r.standard("2.2")
    assert s is not None
    c = standard_certainty(r, s)
    assert c.rating == "Requires improvement" and c.state == "known"
    assert certainty_words(c) == "Requires improvement 53%, Good 39%, Inadequate 7%, Outstanding 1%"
    assert (
        c.warning is not None
        and say(c.warning) == "another rating is reasonably likely (20% or more): Good 39%"
    )
    assert c.model is not None and c.model.code == "unlimited"
    words = "population not given: unlimited; prior Beta(3.4, 1.4); key questions independent"
    assert model_words(c.model) == words
    tree = worded(to_json(build(r, "2.2")))["tree"]
    sure = [n for n in tree["children"] if n["kind"] == "probabilities"]
    assert [n["label"] for n in sure] == [
        f"how sure: Requires improvement 53%, Good 39%, Inadequate 7%, Outstanding 1% ({words})"
    ]
    overall = overall_certainty(r)
    assert certainty_words(overall).startswith("Good 90%, Requires improvement 10%")


def test_warnings_only_where_another_rating_is_reasonably_likely() -> None:
    r = rated(EXAMPLE)
    for c in certainties(r):
        if c.state != "known":
            continue
        others = [p for rating, p in c.probabilities if rating != c.rating]
        assert (c.warning is not None) == any(p >= LIKELY for p in others), c.item
    # 18 of 20 yes is safely Outstanding: no other band reaches 20%.
    k = r.key_question("3.1.1")
    assert k is not None
    quiet = key_question_certainty(r, k)
    assert quiet.warning is None and quiet.of("Outstanding") > Fraction(4, 5)


def test_a_panel_decision_takes_the_probability_of_its_banded_rating() -> None:
    r = rated(WM)
    s = r.standard("2.2")
    assert s is not None
    c = standard_certainty(r, s)
    # Banded Inadequate stands for Requires improvement; only other banded ratings move it.
    assert c.rating == "Requires improvement" and c.of("Inadequate") == 0
    assert c.of("Requires improvement") > Fraction(4, 5)


@pytest.mark.parametrize("path", ["standards/yot/inspections/derby-2018.yaml"])
def test_percentages_only_are_undetermined(path: str) -> None:
    c = overall_certainty(rated(path))
    assert c.state == "undetermined" and c.probabilities == () and c.warning is None
    assert c.percent_only and c.reason is not None
    assert "percentages, not case counts" in say(c.reason)


def test_percent_words() -> None:
    assert [percent_words(Fraction(n, 1000)) for n in (0, 3, 5, 994, 996, 1000)] == [
        "0%",
        "<1%",
        "1%",
        "99%",
        ">99%",
        "100%",
    ]


def _simulate(r: Result, draws: int, seed: int) -> dict[str, float]:
    """The overall rating's distribution by drawing every key question's share (seeded)."""
    plan = compile_framework(r.framework)
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    for _ in range(draws):
        total = 0
        for s in r.standards:
            if s.judged is not None:
                total += s.score or 0
                continue
            low = None
            for k in s.key_questions:
                if k.band is None:
                    continue
                share = rng.betavariate(
                    (k.yes or 0) + ALPHA, (k.relevant or 0) - (k.yes or 0) + BETA
                )
                band = plan.band_names[plan.round(round(share * 10**6), 10**6)]
                sc = plan.score[band or ""]
                low = sc if low is None else min(low, sc)
            assert low is not None
            d = s.discretion
            if (
                d is not None
                and d.applied
                and d.rating
                and s.banded
                and low == plan.score[s.banded]
            ):
                low = plan.score[d.rating]
            total += low
        band_ = r.framework.overall.band_for(total)
        assert band_ is not None
        counts[band_.rating] = counts.get(band_.rating, 0) + 1
    return {k: v / draws for k, v in counts.items()}


@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_the_exact_overall_probabilities_agree_with_a_seeded_simulation(path: str) -> None:
    r = rated(path)
    exact = overall_certainty(r)
    simulated = _simulate(r, 4000, seed=20211)
    for rating, p in exact.probabilities:
        assert simulated.get(rating, 0.0) == pytest.approx(float(p), abs=0.03), rating


def test_a_million_cases_are_weighed_without_summing_a_term_per_case() -> None:
    # The largest count the data format accepts: the exact sum would take a million terms,
    # each thousands of digits long, and never finish; the band chances still add up.
    probs = band_probabilities(PLAN, 654_321, 1_000_000)
    assert abs(float(sum(probs.values())) - 1) < 1e-9
    assert max(probs, key=lambda score: probs[score]) == PLAN.score["Good"]
