"""The sampling policy at work: how many cases a sample needs, and whether a sample met it.

A version's ``sampling`` statement says the confidence level and margin of error a sample is
set to achieve, and may split the combined sample between domains. The sizes follow the
usual formula for estimating a proportion, with the finite population correction:

- ``n0 = z² · p(1 − p) / e²``, with ``p = 0.5`` (the most cases any proportion needs), ``e``
  the margin of error as a fraction (5 → 0.05) and ``z`` the two-sided normal quantile of the
  confidence level (80% → 1.2816);
- for an eligible population of ``N`` cases, ``n = n0 / (1 + (n0 − 1) / N)``, rounded up
  (never more than ``N``).

With no split, every domain rated from case samples is sized by this formula from its own
eligible population. With a split (e.g. 60% domain two, 40% domain three), the domain with the
largest share is sized by the formula and each other domain in proportion to its share
(``n · 40 / 60``, rounded up, never more than its own population).

The margin of error a sample of ``n`` achieves is ``100 · z · √(p(1 − p) / n) · √((N − n) /
(N − 1))`` percentage points (0 when every eligible case was read; without ``N`` it is not
known).

Nothing here runs while rating: ``explain`` and ``sample-size`` ask for it.
"""

from __future__ import annotations

import math
import sys
from statistics import NormalDist
from typing import Literal

from ratingbook._record import record
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result

SizedBy = Literal["confidence", "split"]


def z_value(confidence: float) -> float:
    """The two-sided normal quantile of a confidence level in per cent (80 -> 1.2816)."""
    return NormalDist().inv_cdf(0.5 + confidence / 200)


def needed(confidence: float, margin: float, population: int | None = None) -> int:
    """The sample a proportion needs for ``margin`` points at ``confidence`` per cent."""
    z = z_value(confidence)
    n0 = z * z * 0.25 / (margin / 100) ** 2
    if population is None:
        return math.ceil(n0 - 1e-9)
    if population <= 0:
        return 0
    # A population past what a float holds (10^309 is valid data) is, for the size needed,
    # as good as unlimited: dividing by it is dividing by the largest float there is.
    n = n0 / (1 + (n0 - 1) / min(population, sys.float_info.max))
    return min(population, math.ceil(n - 1e-9))


def achieved_margin(confidence: float, sampled: int, population: int | None) -> float | None:
    """The margin of error, in points, a sample of ``sampled`` achieves (None: not known)."""
    if sampled <= 0 or population is None:
        return None
    if sampled >= population:
        return 0.0
    fpc = math.sqrt((population - sampled) / (population - 1)) if population > 1 else 0.0
    return 100 * z_value(confidence) * math.sqrt(0.25 / sampled) * fpc


@record
class DomainSample:
    """One domain's sample: what the policy asks, and (for an inspection) what was read."""

    domain: str
    name: str
    population: int | None
    needed: int | None  # None: the population is not known, so neither is the size needed
    sized_by: SizedBy
    share: int | None = None  # the domain's per cent of the combined sample, under a split
    sampled: int | None = None  # cases read (an inspection only)
    margin: float | None = None  # the margin of error achieved, in points

    @property
    def meets(self) -> bool | None:
        """Whether the sample read is at least the size needed (None: not known)."""
        if self.sampled is None or self.needed is None:
            return None
        return self.sampled >= self.needed


def _sampled_domains(framework: Framework) -> list[tuple[str, str]]:
    """The domains rated from case samples (by their key questions), in order."""
    return [
        (d.id, d.name)
        for d in framework.domains
        if any(not s.judged for s in d.standards) and d.standards
    ]


def plan(
    framework: Framework, populations: dict[str, int | None], sampled: dict[str, int] | None = None
) -> tuple[DomainSample, ...]:
    """Each sampled domain's size under the version's policy, for the populations given."""
    policy = framework.sampling
    if policy is None:
        return ()
    domains = _sampled_domains(framework)
    shares = dict(policy.split)
    lead = max(policy.split, key=lambda ds: ds[1])[0] if policy.split else None
    out: list[DomainSample] = []
    lead_needed: int | None = None
    if lead is not None:
        lead_needed = needed(policy.confidence, policy.margin, populations.get(lead))
        if populations.get(lead) is None:
            lead_needed = None
    for did, name in domains:
        population = populations.get(did)
        got = None if sampled is None else sampled.get(did)
        if lead is None or did == lead or did not in shares:
            size = (
                None if population is None else needed(policy.confidence, policy.margin, population)
            )
            by: SizedBy = "confidence"
        else:
            by = "split"
            size = None
            if lead_needed is not None:
                size = math.ceil(lead_needed * shares[did] / shares[lead] - 1e-9)
                if population is not None:
                    size = min(size, population)
        out.append(
            DomainSample(
                domain=did,
                name=name,
                population=population,
                needed=size,
                sized_by=by,
                share=shares.get(did),
                sampled=got,
                margin=None if got is None else achieved_margin(policy.confidence, got, population),
            )
        )
    return tuple(out)


def sampled_per_domain(result: Result) -> dict[str, int]:
    """The cases an inspection read in each domain rated from case samples.

    Case data: the cases the domain's condition admits. Published counts: the most relevant
    cases of any of the domain's key questions (the reports' tables count every case read for
    a key question that applies to all of them).
    """
    out: dict[str, int] = {}
    for s in result.standards:
        if s.judged is not None:
            continue
        for k in s.key_questions:
            if k.basis == "cases":
                n = k.admitted.bit_count()
            elif k.relevant is not None:
                n = k.relevant
            else:
                continue
            out[s.domain] = max(out.get(s.domain, 0), n)
    return out


def adequacy(result: Result) -> tuple[DomainSample, ...]:
    """Whether an inspection's samples meet its version's policy, domain by domain."""
    populations: dict[str, int | None] = dict(getattr(result.data, "population", {}) or {})
    return plan(result.framework, populations, sampled_per_domain(result))
