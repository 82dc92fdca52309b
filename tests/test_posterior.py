"""The per-key-question model of "how sure", against brute force and closed forms.

- **Brute force.** For small populations, every completion of the unseen cases (each unseen
  case yes or no, 2^M of them) is weighed by the prior predictive (the probability that the
  Beta prior and the sample give that exact sequence, a fraction for a rational prior),
  banded by the framework's own rounding of yes / eligible, and summed per band.
- **Closed forms.** The incomplete beta function with whole-number parameters is a binomial
  tail, summed exactly; with half-whole ones, its power series, summed in fractions.
- **Limits.** A census has no uncertainty; a very large population gives the unlimited
  model's figures; the series used for large populations agrees with the term-by-term sum.
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook import evaluate, load_framework
from ratingbook.framework import posterior
from ratingbook.framework.arithmetic import rounder
from ratingbook.framework.certainty import certainties, key_question_certainty
from ratingbook.framework.loading.inspections import load_inspection, load_inspection_text
from ratingbook.framework.phrase import Say, said
from ratingbook.framework.plan import compile_framework
from ratingbook.framework.posterior import (
    CORPUS,
    JEFFREYS,
    PRIORS,
    UNIFORM,
    Model,
    Prior,
    incomplete_beta,
    sampling,
    unseen_cdf,
)
from ratingbook.framework.result import Result
from ratingbook.framework.views.phrases import _prior_words, _sampling_words, model_words, say
from tests.conftest import budget

REPO = Path(__file__).resolve().parents[1]
PLAN = compile_framework(load_framework("yot-2020"))
WM = REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = REPO / "standards/yot/examples/example-2020.yaml"


def rated_text(text: str) -> Result:
    inspection = load_inspection_text(text, "test.yaml")
    return evaluate(load_framework(inspection.framework or "yot-2020"), inspection)


def with_population(path: Path, population: str) -> str:
    text = path.read_text(encoding="utf-8")
    marker = "\nfieldwork: "
    assert marker in text
    return text.replace(marker, f"\npopulation: {population}{marker}", 1)


# ---------------------------------------------------------------------------- brute force


def brute_force(
    yes: int, relevant: int, eligible: int, prior: Prior, rounding: str
) -> dict[int, Fraction]:
    """Every completion of the unseen cases, weighed by the prior predictive, by band score."""
    a, b = prior.alpha + yes, prior.beta + (relevant - yes)
    round_ = rounder(rounding)  # type: ignore[arg-type]
    out: dict[int, Fraction] = {}
    unseen = eligible - relevant
    for sequence in itertools.product((0, 1), repeat=unseen):
        # Polya's urn: the chance of this exact sequence of unseen answers.
        weight, ones, zeros = Fraction(1), 0, 0
        for answer in sequence:
            if answer:
                weight *= (a + ones) / (a + b + ones + zeros)
                ones += 1
            else:
                weight *= (b + zeros) / (a + b + ones + zeros)
                zeros += 1
        band = PLAN.band_names[round_(yes + ones, eligible)]
        assert band is not None
        score = PLAN.score[band]
        out[score] = out.get(score, Fraction(0)) + weight
    return out


@settings(max_examples=budget(40), deadline=None)
@given(
    eligible=st.integers(1, 11),
    data=st.data(),
    prior=st.sampled_from(list(PRIORS.values())),
)
def test_band_probabilities_are_those_of_every_completion_of_the_unseen_cases(
    eligible: int, data: st.DataObject, prior: Prior
) -> None:
    relevant = data.draw(st.integers(1, eligible))
    yes = data.draw(st.integers(0, relevant))
    model = Model(
        yes=yes,
        relevant=relevant,
        sampling=sampling(relevant, domain="2", population=eligible, sampled=relevant),
        prior=prior,
    )
    got = model.band_distribution(PLAN)
    want = brute_force(yes, relevant, eligible, prior, "half up")
    assert set(got) == {s for s, p in want.items() if p > 0}
    for score, p in want.items():
        assert abs(float(got.get(score, 0)) - float(p)) < 1e-11, (score, got, want)
    assert sum(got.values()) == 1


@pytest.mark.parametrize("rounding", ["half up", "half even", "down", "up"])
def test_every_rounding_rule_is_the_frameworks_own(rounding: str) -> None:
    # 200 eligible cases: 157 yes is 78.5%, a tie the rounding rules settle differently.
    for yes, relevant, eligible in [(157, 199, 200), (7, 9, 10), (3, 4, 8)]:
        model = Model(
            yes=yes,
            relevant=relevant,
            sampling=sampling(relevant, population=eligible, sampled=relevant),
            prior=JEFFREYS,
        )
        got = model.at_least(rounding, (79, 80))  # type: ignore[arg-type]
        a, b = JEFFREYS.alpha + yes, JEFFREYS.beta + (relevant - yes)
        round_ = rounder(rounding)  # type: ignore[arg-type]
        unseen = eligible - relevant
        for low, p in zip((79, 80), got, strict=True):
            exact = sum(
                (
                    _pmf(unseen, a, b, u)
                    for u in range(unseen + 1)
                    if round_(yes + u, eligible) >= low
                ),
                Fraction(0),
            )
            assert abs(float(p) - float(exact)) < 1e-11, (rounding, low)


def _pmf(m: int, a: Fraction, b: Fraction, k: int) -> Fraction:
    """P(U = k), U ~ BetaBinomial(m, a, b), in fractions."""
    num = Fraction(1)
    for i in range(k):
        num *= a + i
    for i in range(m - k):
        num *= b + i
    den = Fraction(1)
    for i in range(m):
        den *= a + b + i
    return math.comb(m, k) * num / den


@settings(max_examples=budget(25), deadline=None)
@given(
    unseen=st.integers(1, 50),
    yes=st.integers(0, 30),
    no=st.integers(0, 30),
    prior=st.sampled_from(list(PRIORS.values())),
    data=st.data(),
)
def test_the_beta_binomial_sum_is_the_exact_one(
    unseen: int, yes: int, no: int, prior: Prior, data: st.DataObject
) -> None:
    a, b = prior.alpha + yes, prior.beta + no
    u = data.draw(st.integers(0, unseen - 1))
    exact = sum((_pmf(unseen, a, b, k) for k in range(u + 1)), Fraction(0))
    (got,) = unseen_cdf(unseen, float(a), float(b), (u,))
    assert abs(got - float(exact)) < 1e-12


@settings(max_examples=budget(25), deadline=None)
@given(
    unseen=st.integers(300, 4000),
    yes=st.integers(0, 60),
    no=st.integers(0, 60),
    prior=st.sampled_from(list(PRIORS.values())),
    data=st.data(),
)
def test_the_series_for_large_populations_agrees_with_the_term_by_term_sum(
    unseen: int, yes: int, no: int, prior: Prior, data: st.DataObject
) -> None:
    # Past DIRECT_UP_TO unseen cases a series takes over; where both can be worked out, they
    # agree far beyond the four places the JSON shows.
    a, b = float(prior.alpha) + yes, float(prior.beta) + no
    points = sorted(set(data.draw(st.lists(st.integers(0, unseen - 1), min_size=1, max_size=4))))
    direct = posterior._direct_cdf(unseen, a, b, points)
    series = [posterior._series_cdf(unseen, a, b, u) for u in points]
    for d, s in zip(direct, series, strict=True):
        assert abs(d - s) < 1e-10


# ---------------------------------------------------------------------------- closed forms


@pytest.mark.parametrize(
    "x", [Fraction(1, 10), Fraction(159, 200), Fraction(1, 2), Fraction(9, 10)]
)
@pytest.mark.parametrize(("a", "b"), [(1, 1), (3, 2), (4, 1), (19, 5), (150, 52)])
def test_the_incomplete_beta_function_is_a_binomial_tail_for_whole_parameters(
    x: Fraction, a: int, b: int
) -> None:
    # I_x(a, b) = P(Binomial(a + b - 1, x) >= a).
    n = a + b - 1
    exact = sum((math.comb(n, j) * x**j * (1 - x) ** (n - j) for j in range(a, n + 1)), Fraction(0))
    assert abs(incomplete_beta(a, b, float(x)) - float(exact)) < 1e-12


@pytest.mark.parametrize("x", [Fraction(1, 10), Fraction(3, 10), Fraction(1, 2)])
@pytest.mark.parametrize(("a", "b"), [(0.5, 0.5), (3.4, 1.4), (20.4, 3.4), (2.5, 17.5)])
def test_the_incomplete_beta_function_agrees_with_its_power_series(
    x: Fraction, a: float, b: float
) -> None:
    # I_x(a, b) = x^a (1-x)^b / (a B(a, b)) * sum_j (a+b)_j / (a+1)_j x^j, summed in fractions
    # (every parameter here is a multiple of a tenth, so each term is exact).
    fa, fb = Fraction(a).limit_denominator(10), Fraction(b).limit_denominator(10)
    term, total = Fraction(1), Fraction(0)
    for j in range(400):
        total += term
        term = term * (fa + fb + j) / (fa + 1 + j) * x
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    assert abs(incomplete_beta(a, b, float(x)) - front * float(total) / a) < 1e-12


# ---------------------------------------------------------------------------- the sampling model


def test_a_census_has_no_sampling_uncertainty() -> None:
    model = Model(yes=2, relevant=3, sampling=sampling(3, population=3, sampled=3))
    assert model.code == "census"
    assert model.band_distribution(PLAN) == {PLAN.score["Good"]: 1}
    assert model_words(model) == "census of 3 eligible: no sampling uncertainty"
    assert model.share_cdf(Fraction(2, 3)) == 1.0 and model.share_cdf(Fraction(1, 2)) == 0.0


def test_a_sub_population_is_scaled_from_its_domain_and_rounded_up() -> None:
    # 27 of 60 cases read counted for the key question; 60 unseen domain cases -> 27 more.
    s = sampling(27, domain="2", population=120, sampled=60)
    assert (s.code, s.eligible, s.estimated) == ("finite", 54, True)
    assert (
        _sampling_words(s) == "drawn at random from about 54 eligible (scaled from domain 2's 120)"
    )
    # One unseen domain case and a key question for 1 case in 3: never a census by rounding.
    s = sampling(1, domain="2", population=4, sampled=3)
    assert (s.code, s.eligible) == ("finite", 2)
    # A domain read in full: every sub-population is known exactly.
    s = sampling(1, domain="2", population=3, sampled=3)
    assert (s.code, s.eligible, s.estimated) == ("census", 1, False)
    # A key question for every case read: the domain's own population.
    s = sampling(60, domain="2", population=120, sampled=60)
    assert (s.code, s.eligible, s.estimated) == ("finite", 120, False)
    assert _sampling_words(s) == "drawn at random from 120 eligible"


def test_without_a_population_the_model_says_it_treats_it_as_unlimited() -> None:
    model = Model(yes=18, relevant=20, sampling=sampling(20))
    assert model.code == "unlimited"
    assert model_words(model) == "population not given: unlimited; prior Beta(3.4, 1.4)"
    assert _prior_words(model.prior, basis=True) == "prior Beta(3.4, 1.4) from published shares"


def test_a_large_population_gives_the_unlimited_figures() -> None:
    unlimited = Model(yes=16, relevant=20, sampling=sampling(20)).band_distribution(PLAN)
    for population, tolerance in [(10**9, 1e-6), (10**30, 1e-11), (10**400, 1e-12)]:
        finite = Model(
            yes=16, relevant=20, sampling=sampling(20, population=population, sampled=20)
        ).band_distribution(PLAN)
        for score, p in unlimited.items():
            assert abs(float(finite[score]) - float(p)) < tolerance, population


def test_a_smaller_population_is_surer() -> None:
    # The fewer unseen cases, the less a full count can differ from the sample.
    chances = []
    for population in (20, 25, 40, 100, 1000, None):
        model = Model(yes=16, relevant=20, sampling=sampling(20, population=population, sampled=20))
        chances.append(model.band_distribution(PLAN)[PLAN.score["Outstanding"]])
    assert chances[0] == 1
    assert all(x >= y for x, y in zip(chances, chances[1:], strict=False))


def test_the_percentage_distribution_adds_up_to_the_bands() -> None:
    for sampling_ in (sampling(20), sampling(20, population=55, sampled=20)):
        model = Model(yes=13, relevant=20, sampling=sampling_)
        percents = model.percent_distribution("half up")
        assert len(percents) == 101 and sum(percents) == 1
        by_band: dict[int, Fraction] = {}
        for pct, p in enumerate(percents):
            band = PLAN.band_names[pct]
            assert band is not None
            by_band[PLAN.score[band]] = by_band.get(PLAN.score[band], Fraction(0)) + p
        assert {s: p for s, p in by_band.items() if p} == model.band_distribution(PLAN)


def test_the_figures_are_the_same_every_time() -> None:
    one = Model(yes=17, relevant=20, sampling=sampling(20, population=300, sampled=20))
    two = Model(yes=17, relevant=20, sampling=sampling(20, population=300, sampled=20))
    posterior._at_least.cache_clear()
    first = one.band_distribution(PLAN)
    posterior._at_least.cache_clear()
    assert two.band_distribution(PLAN) == first
    assert all(p.denominator <= 10**posterior.DIGITS for p in first.values())


def test_the_corpus_prior_is_the_fit_to_the_published_shares() -> None:
    # tools/calibration.py --fit prints the fit; the prior is it, to one decimal place.
    from conftest import tool

    module = tool("calibration")
    shares = module.corpus_shares()
    _, _, a, b = module.fit(shares)
    assert len(shares) == 115
    assert (round(a, 1), round(b, 1)) == (float(CORPUS.alpha), float(CORPUS.beta))
    assert _prior_words(UNIFORM, basis=True) == "prior Beta(1, 1) (uniform)"


# ---------------------------------------------------------------------------- in the data


def test_windsor_with_its_census_population_gives_its_published_ratings_with_certainty() -> None:
    # 3 court and 2 out-of-court cases, each domain read in full (a hypothetical population:
    # the report does not state it, so the shipped data does not give it).
    r = rated_text(with_population(WM, '{"2": 3, "3": 2}'))
    published = {s.id: s.rating for s in r.standards} | {"overall": r.overall.rating}
    for c in certainties(r):
        if c.kind == "key_question":
            assert c.probabilities == ((c.rating, Fraction(1)),), c.item
            continue
        assert c.state == "known" and c.probabilities == ((published[c.item], Fraction(1)),), c.item
        assert c.model is not None and c.model.code in ("census", "judged"), c.item
        assert c.warning is None
    overall = certainties(r)[0]
    assert overall.rating == "Good"
    assert overall.model is not None and model_words(overall.model) == (
        "census of domain 2's 3 and domain 3's 2 eligible: no sampling uncertainty"
    )


def test_a_population_smaller_than_the_cases_read_is_not_weighed() -> None:
    r = rated_text(with_population(WM, '{"2": 2}'))
    k = r.key_question("2.1.1")
    assert k is not None
    c = key_question_certainty(r, k)
    assert c.state == "undetermined" and c.probabilities == ()
    assert c.reason == said(Say.POPULATION_BELOW_READ, domain="2", population=2, read=3)
    assert say(c.reason) == (
        "the data gives domain 2 an eligible population of 2, fewer than the 3 cases read: give "
        "under population the number of cases the sample was drawn from"
    )
    overall = certainties(r)[0]
    assert overall.state == "undetermined" and overall.reason is not None
    assert say(overall.reason) == "standard 2.1: " + say(c.reason)
    assert not overall.percent_only


def test_case_data_counts_the_domains_cases_read() -> None:
    # The example reads 30 court cases; 2.2.2 counts only those with safety factors.
    r = rated_text(with_population(EXAMPLE, '{"2": 90, "3": 20}'))
    k = r.key_question("2.2.2")
    assert k is not None and k.relevant is not None
    c = key_question_certainty(r, k)
    assert c.model is not None and c.model.key_question is not None
    s = c.model.key_question.sampling
    assert (s.domain_population, s.domain_sampled, s.estimated) == (90, 30, True)
    assert s.eligible == k.relevant + -(-60 * k.relevant // 30)
    three = r.key_question("3.1.1")
    assert three is not None
    sure = key_question_certainty(r, three)
    assert sure.model is not None and sure.model.code == "census"


def test_the_shipped_data_without_a_population_is_treated_as_unlimited() -> None:
    inspection = load_inspection(str(WM))
    assert not inspection.population  # the report does not state it (see the docs)
    r = evaluate(load_framework("yot-2020"), inspection)
    for c in certainties(r):
        if c.model is not None and c.kind != "standard":
            assert c.model.code in ("unlimited", "judged")


def test_share_points_give_every_share_of_a_small_population_exactly() -> None:
    # For rules that read percentages: 7 of 9 read, 12 eligible -> shares 7/12 .. 10/12.
    prior = CORPUS
    model = Model(yes=7, relevant=9, sampling=sampling(9, population=12, sampled=9), prior=prior)
    points = posterior.share_points(model)
    a, b = prior.alpha + 7, prior.beta + 2
    assert [p for p, _ in points] == [Fraction(100 * y, 12) for y in range(7, 11)]
    for (_, chance), u in zip(points, range(4), strict=True):
        assert abs(chance - float(_pmf(3, a, b, u))) < 1e-12
    census = Model(yes=7, relevant=9, sampling=sampling(9, population=9, sampled=9))
    assert posterior.share_points(census) == ((Fraction(700, 9), 1.0),)


@pytest.mark.parametrize("population", [None, 5000, 10**30])
def test_share_points_on_a_grid_add_up_to_one_and_centre_on_the_posterior(
    population: int | None,
) -> None:
    model = Model(yes=16, relevant=20, sampling=sampling(20, population=population, sampled=20))
    points = posterior.share_points(model)
    assert abs(sum(p for _, p in points) - 1) < 1e-9
    mean = sum(float(x) * p for x, p in points)
    a, b = float(CORPUS.alpha) + 16, float(CORPUS.beta) + 4
    assert abs(mean - 100 * a / (a + b)) < 0.5  # the grid's cells are a quarter point wide


@pytest.mark.parametrize(("m", "a", "b"), [(15000, 3000.4, 2000.4), (20000, 9000.5, 40.5)])
def test_a_large_samples_window_holds_all_of_its_mass(m: int, a: float, b: float) -> None:
    # Past DIRECT_UP_TO unseen cases a large sample's terms are summed only within 40
    # standard deviations of the mode: the same as summing them all.
    mean = m * a / (a + b)
    var = m * a * b * (a + b + m) / ((a + b) ** 2 * (a + b + 1))
    half = math.ceil(40 * math.sqrt(var)) + 50
    window = (max(math.floor(mean) - half, 0), min(math.ceil(mean) + half, m))
    assert window != (0, m)
    points = [window[0] - 1, window[0] + 1, int(mean) - 30, int(mean), int(mean) + 30]
    full = posterior._direct_cdf(m, a, b, points)
    windowed = posterior._direct_cdf(m, a, b, points, window=window)
    for x, y in zip(full, windowed, strict=True):
        assert abs(x - y) < 1e-12


def test_a_million_cases_from_a_larger_population_are_weighed_without_a_term_per_case() -> None:
    # The largest counts the data accepts, from populations of 2 and 10^9: the window and the
    # series from its peak keep each to a few thousand terms, not one per case.
    for population in (2 * 10**6, 10**9):
        model = Model(
            yes=654_321,
            relevant=10**6,
            sampling=sampling(10**6, population=population, sampled=10**6),
        )
        dist = model.band_distribution(PLAN)
        assert sum(dist.values()) == 1
        assert dist[PLAN.score["Good"]] > Fraction(999, 1000)
