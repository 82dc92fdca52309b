"""What ``ratingbook sample-size`` shows: a version's sampling policy applied to populations."""

from __future__ import annotations

from ratingbook._record import record
from ratingbook.framework.errors import InputError
from ratingbook.framework.model import Framework
from ratingbook.framework.sampling import DomainSample, plan, z_value
from ratingbook.framework.views import phrases


@record
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
        raise InputError(phrases.no_sampling_policy(framework=framework.id))
    sampled = [
        d.id for d in framework.domains if d.standards and any(not s.judged for s in d.standards)
    ]
    unknown = sorted(set(by_domain) - set(sampled))
    if unknown:
        raise InputError(
            phrases.population_not_sampled(
                domains=tuple(unknown), framework=framework.id, sampled=tuple(sampled)
            )
        )
    populations: dict[str, int | None] = {d: by_domain.get(d, every) for d in sampled}
    missing = [d for d, n in populations.items() if n is None]
    if missing:
        raise InputError(phrases.no_population(domains=tuple(missing)))
    found = plan(framework, populations)
    z = z_value(policy.confidence)
    n0 = z * z * 0.25 / (policy.margin / 100) ** 2
    lines = [
        phrases.sample_plan_policy(
            framework=framework.id, confidence=policy.confidence, margin=policy.margin
        ),
    ]
    for d in found:
        lines.append(
            phrases.sample_plan_domain(
                domain=d.domain,
                name=d.name,
                population=d.population,
                needed=d.needed,
                confidence=policy.confidence if d.sized_by == "confidence" else None,
                margin=policy.margin,
                share=d.share,
            )
        )
    lines.append(phrases.sample_plan_total(cases=sum(d.needed or 0 for d in found)))
    if policy.strata:
        lines.append(phrases.sample_plan_strata(strata=tuple(q.text for q in policy.strata)))
    lines.append(
        phrases.sample_plan_formula(n0=n0, z=z, confidence=policy.confidence, margin=policy.margin)
    )
    return SamplePlanView(
        framework_id=framework.id,
        confidence=policy.confidence,
        margin=policy.margin,
        domains=found,
        lines=tuple(lines),
    )
