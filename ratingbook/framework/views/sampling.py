"""What ``ratingbook sample-size`` shows: a version's sampling policy applied to populations."""

from __future__ import annotations

from dataclasses import dataclass

from ratingbook.framework.errors import InputError
from ratingbook.framework.model import Framework
from ratingbook.framework.sampling import DomainSample, plan, z_value


@dataclass(frozen=True, slots=True, kw_only=True)
class SamplePlanView:
    """The policy, each sampled domain's size, and the formula, as lines and as JSON."""

    framework_id: str
    confidence: int
    margin: int
    domains: tuple[DomainSample, ...]
    lines: tuple[str, ...]


def sample_plan_view(
    framework: Framework, every: int | None, by_domain: dict[str, int]
) -> SamplePlanView:
    """The sample each sampled domain needs; an error naming the fix where input is missing."""
    policy = framework.sampling
    if policy is None:
        raise InputError(
            f"{framework.id} states no sampling policy; add a 'sampling confidence C margin M' "
            "statement to the version (docs/dsl.md)"
        )
    sampled = [
        d.id for d in framework.domains if d.standards and any(not s.judged for s in d.standards)
    ]
    unknown = sorted(set(by_domain) - set(sampled))
    if unknown:
        raise InputError(
            f"--population names domain {', '.join(unknown)}, which {framework.id} does not rate "
            f"from case samples (those are: {', '.join(sampled)})"
        )
    populations: dict[str, int | None] = {d: by_domain.get(d, every) for d in sampled}
    missing = [d for d, n in populations.items() if n is None]
    if missing:
        raise InputError(
            f"no eligible population for domain {', '.join(missing)}: give --population N for "
            "every sampled domain, or DOMAIN=N for each"
        )
    found = plan(framework, populations)
    z = z_value(policy.confidence)
    n0 = z * z * 0.25 / (policy.margin / 100) ** 2
    lines = [
        f"{framework.id}: samples set to achieve a confidence level of {policy.confidence}% "
        f"with a margin of error of {policy.margin} points",
    ]
    for d in found:
        how = (
            f"{policy.confidence}% confidence, margin of error {policy.margin}"
            if d.sized_by == "confidence"
            else f"{d.share}% of the combined sample"
        )
        lines.append(
            f"domain {d.domain} ({d.name}): eligible population {d.population}; "
            f"sample {d.needed} ({how})"
        )
    lines.append(f"total: {sum(d.needed or 0 for d in found)} cases")
    if policy.strata:
        lines.append(
            "stratified so that the sample's ratios match the eligible population's for: "
            + ", ".join(q.text for q in policy.strata)
        )
    lines.append(
        f"formula: n0 = z² x 0.25 / e² = {n0:.1f} (z = {z:.4f} for {policy.confidence}%, "
        f"e = {policy.margin / 100:g}); n = n0 / (1 + (n0 - 1) / N), rounded up"
    )
    return SamplePlanView(
        framework_id=framework.id,
        confidence=policy.confidence,
        margin=policy.margin,
        domains=found,
        lines=tuple(lines),
    )
