"""How sure a rating is, calibrated: among ratings given probability p, about p of them are right.

tools/calibration.py simulates inspections whose full counts are known (populations, samples
under yot-2020's sampling policy, the rating of both) and tallies every probability
``explain`` gives against what the full count gives. Two checks:

- **Coherence.** True shares drawn from the model's own prior, every key question applying
  to every case, the population given: the model is then exactly the simulation's, so each
  bin's share right may differ from its mean probability only by the noise of the run.
- **The corpus.** True shares from the published key-question shares, key questions applying
  as in the example: the prior is a fit to that spread, not the spread itself, and a key
  question's share of its domain is estimated, so a bin may be off by up to 5 points more
  (whole percentages are what the outputs show; docs/explain-format.md gives the long run's
  table, where no bin is off by more than 4). The probabilities must also beat trusting the
  sample outright (a lower Brier score).

**Tolerance.** A bin's share right is a proportion over its n probabilities: were they
exact, it would differ from their mean p by about sigma = sqrt(p(1 - p) / n). The items of a
kind are independent in the simulation, and of one item's ratings at most one is right,
which can only narrow the spread; so 4 sigma (a 1 in 15,000 chance for one bin) bounds the
noise. Bins of fewer than 30 probabilities are not judged. Spiegelhalter's z (a normal
deviate under calibration) must be within 4 as well where the model is the truth.

The default runs are small and seeded (a few seconds); ``RATINGBOOK_FUZZ=long`` runs 1,000
inspections each (400 with large populations).
"""

from __future__ import annotations

import statistics

from conftest import LONG, tool

from ratingbook.framework.posterior import DEFAULT

SIGMAS = 4.0
SMALLEST_BIN = 30


calibration = tool("calibration")


def _check(tally: object, slack: float) -> None:
    for kind in calibration.KINDS:
        pairs = tally.pairs[kind]  # type: ignore[attr-defined]
        for row in calibration.reliability(pairs):
            if row.n < SMALLEST_BIN:
                continue
            gap = abs(row.right - row.mean)
            assert gap <= SIGMAS * row.sigma + slack, (kind, row)
        if not slack:  # where the model is the truth, the z of the whole run too
            z = calibration.spiegelhalter(pairs)
            assert abs(z) <= SIGMAS, (kind, z)


def test_the_model_is_calibrated_where_it_is_the_truth() -> None:
    tally = calibration.simulate(
        1000 if LONG else 60, 7, DEFAULT, "given", truths="prior", applies="all"
    )
    _check(tally, slack=0.0)


def test_the_model_is_calibrated_against_the_published_spread_of_shares() -> None:
    tally = calibration.simulate(1000 if LONG else 80, 11, DEFAULT, "given")
    _check(tally, slack=0.05)
    for kind in calibration.KINDS:
        assert statistics.fmean(tally.brier[kind]) < statistics.fmean(tally.naive[kind]), kind


def test_without_a_population_a_large_one_is_calibrated_too() -> None:
    # Populations of 1,000 to 5,000 not given: the unlimited model is then near enough.
    tally = calibration.simulate(400 if LONG else 12, 13, DEFAULT, "large")
    _check(tally, slack=0.05)
