"""What one key question's sample says about the share a full count would give.

This is the per-key-question model behind "how sure"; how the key questions' figures combine
into a standard's and the overall rating is the propagation's business (``certainty.py``).

**The question.** An inspection reads ``relevant`` cases for a key question and finds ``yes``
of them answered yes. Had every eligible case been read, the key question would have a share
``Y / N`` (``N`` eligible cases, ``Y`` of them yes) and the band that share's rounded
percentage falls in. The model gives the probability of each band.

**The model.**

- *Prior.* Before the sample, the share is taken to follow a Beta(alpha, beta) distribution:
  :data:`CORPUS` (fitted to the spread of the published key-question shares, the default),
  :data:`JEFFREYS` or :data:`UNIFORM`. docs/explain-format.md compares them, with figures.
- *Finite population* (the data gives the domain's eligible population). The cases read are
  a simple random sample, drawn without replacement, of the ``N`` eligible cases; the
  ``M = N - relevant`` unseen cases' yes count ``U`` then follows the beta-binomial
  distribution BetaBinomial(M, alpha + yes, beta + no), and ``Y = yes + U``. A census
  (``M = 0``) has no sampling uncertainty: the share is known exactly.
- *Sub-populations.* The population is given per domain, but a key question with its own
  condition (or with n/a answers) covers only part of the domain, of a size no data gives.
  It is estimated: the domain's unseen cases scaled by the share of the domain's cases read
  that the key question counted, rounded up (``N = relevant + ceil((N_d - n_d) * relevant /
  n_d)``). It is exact when the domain was read in full (a census stays a census), and it
  never turns a domain read in part into a census of the key question.
- *Unknown population.* Without a population the eligible cases are treated as unlimited
  (sampling with replacement, the limit of large ``N``): the share follows
  Beta(alpha + yes, beta + no).

The share is placed in bands as its percentage would be after the framework's rounding, so
band probabilities follow from the distribution at each band's lowest whole percentage.

**Arithmetic.** Floating point, with no random numbers: the regularised incomplete beta
function by its continued fraction for an unlimited population; for a finite one, the
beta-binomial probabilities summed term by term (up to :data:`DIRECT_UP_TO` unseen cases;
past that, for a large sample, within 40 standard deviations of the mode), or by a series
summed from its largest term, whose length grows with the sample, not the population. Every probability is
kept to :data:`DIGITS` decimal places (far beyond the four the JSON shows), as a fraction,
so that the band probabilities add up to exactly one and the same inputs give the same
figures on every run.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Literal

from ratingbook._record import record
from ratingbook.framework.arithmetic import least_yes_reaching, rounder
from ratingbook.framework.model import RoundingMode
from ratingbook.framework.phrase import Phrase, Say, said

if TYPE_CHECKING:
    from ratingbook.framework.inspection import Inspection
    from ratingbook.framework.plan import Plan
    from ratingbook.framework.result import KeyQuestionResult

DIGITS: Final = 12
"""Probabilities are kept to this many decimal places."""

DIRECT_UP_TO: Final = 20_000
"""Up to this many unseen cases, the beta-binomial probabilities are summed term by term."""

AS_GOOD_AS_UNLIMITED: Final = 10**18
"""Past this many eligible cases, a finite population's figures equal an unlimited one's to
far more than :data:`DIGITS` places (they differ by about the sample over the population), so
they are worked out as for an unlimited population, and no number is too large to weigh."""

_SCALE: Final = 10**DIGITS
_ONE: Final = Fraction(1)
_ZERO: Final = Fraction(0)

# ---------------------------------------------------------------------------- the prior

PriorCode = Literal["corpus", "jeffreys", "uniform"]


@record
class Prior:
    """What the share is taken to be before the sample: Beta(alpha, beta)."""

    code: PriorCode
    alpha: Fraction
    beta: Fraction

    @property
    def mean(self) -> Fraction:
        return self.alpha / (self.alpha + self.beta)


CORPUS: Final = Prior(
    code="corpus",
    alpha=Fraction(17, 5),
    beta=Fraction(7, 5),
)
"""Beta(3.4, 1.4): the method-of-moments fit, to one decimal, of the 115 key-question shares
of the four published inspections and the example (mean 70.7%, standard deviation 18.9
points). ``tools/calibration.py --fit`` recomputes it; docs/explain-format.md compares it with
the others."""

JEFFREYS: Final = Prior(
    code="jeffreys",
    alpha=Fraction(1, 2),
    beta=Fraction(1, 2),
)
UNIFORM: Final = Prior(code="uniform", alpha=_ONE, beta=_ONE)

PRIORS: Final = {p.code: p for p in (CORPUS, JEFFREYS, UNIFORM)}
DEFAULT: Final = CORPUS

_PRIOR: ContextVar[Prior] = ContextVar("prior", default=DEFAULT)


def current_prior() -> Prior:
    """The prior models are made with: :data:`DEFAULT`, unless :func:`using_prior` says."""
    return _PRIOR.get()


@contextmanager
def using_prior(prior: Prior) -> Iterator[None]:
    """Make models with ``prior`` within the block (to compare priors: tools/calibration.py)."""
    token = _PRIOR.set(prior)
    try:
        yield
    finally:
        _PRIOR.reset(token)


# ---------------------------------------------------------------------------- the sampling model

SamplingCode = Literal["census", "finite", "unlimited"]


@record
class Sampling:
    """How one key question's cases were drawn: from how many eligible cases, if known."""

    code: SamplingCode
    relevant: int  # the cases the key question counted
    eligible: int | None  # its eligible cases (N); None: not known, treated as unlimited
    domain: str | None = None
    domain_population: int | None = None  # as the data gives it
    domain_sampled: int | None = None  # the domain's cases read
    estimated: bool = False  # N scaled from the domain's population (not given as such)

    @property
    def unseen(self) -> int | None:
        return None if self.eligible is None else self.eligible - self.relevant


def sampling(
    relevant: int,
    *,
    domain: str | None = None,
    population: int | None = None,
    sampled: int | None = None,
) -> Sampling:
    """The sampling model of a key question that counted ``relevant`` of the ``sampled`` cases
    read in a domain of ``population`` eligible cases (None: not given).

    The key question's own eligible cases are estimated from the domain's (see the module's
    words); a population smaller than the cases read is the caller's to refuse.
    """
    if population is None:
        return Sampling(
            code="unlimited",
            relevant=relevant,
            eligible=None,
            domain=domain,
            domain_sampled=sampled,
        )
    read = relevant if sampled is None else max(sampled, relevant)
    unseen_domain = max(population - read, 0)
    if read == 0 or relevant == read or unseen_domain == 0:
        eligible, estimated = relevant + unseen_domain, False
    else:
        # Rounded up: a domain read in part never makes a key question a census.
        eligible = relevant + -(-unseen_domain * relevant // read)
        estimated = True
    return Sampling(
        code="census" if eligible == relevant else "finite",
        relevant=relevant,
        eligible=eligible,
        domain=domain,
        domain_population=population,
        domain_sampled=read,
        estimated=estimated,
    )


# ---------------------------------------------------------------------------- the model


@record
class Model:
    """One key question's model: what was found, how the cases were drawn, and the prior."""

    yes: int
    relevant: int
    sampling: Sampling
    prior: Prior = DEFAULT

    @property
    def code(self) -> SamplingCode:
        return self.sampling.code

    # The distribution, through module-level caches: the same key question is asked for by
    # the tree, the summary and the JSON.

    def at_least(self, mode: RoundingMode, lows: Sequence[int]) -> tuple[Fraction, ...]:
        """For each whole percentage in ``lows``: the probability that the full count's
        percentage, rounded as ``mode`` says, is at least that."""
        a = self.prior.alpha + self.yes
        b = self.prior.beta + (self.relevant - self.yes)
        return _at_least(mode, tuple(lows), self.yes, self.relevant, self.sampling.eligible, a, b)

    def percent_distribution(self, mode: RoundingMode) -> tuple[Fraction, ...]:
        """The probability of each whole percentage 0..100 a full count would give, rounded
        as ``mode`` says (for rules that read percentages rather than bands)."""
        tail = (*self.at_least(mode, range(1, 101)), _ZERO)
        return tuple(hi - lo for hi, lo in zip((_ONE, *tail[:-1]), tail, strict=True))

    def share_cdf(self, x: Fraction | float) -> float:
        """P(the full count's share <= x), the share unrounded."""
        a = float(self.prior.alpha) + self.yes
        b = float(self.prior.beta) + (self.relevant - self.yes)
        x = Fraction(x)
        if x < 0:
            return 0.0
        if x >= 1:
            return 1.0
        n = self.sampling.eligible
        if n is None or n > AS_GOOD_AS_UNLIMITED:
            return incomplete_beta(a, b, float(x))
        u = math.floor(x * n) - self.yes  # the most unseen yes answers within x
        return unseen_cdf(n - self.relevant, a, b, (u,))[0]

    def band_distribution(self, plan: Plan) -> dict[int, Fraction]:
        """By band score: the probability that a full count's share lies in that band."""
        return band_distribution(self, plan)


def band_distribution(model: Model, plan: Plan) -> dict[int, Fraction]:
    """By band score: the probability that a full count's share lies in that band."""
    bands = plan.framework.banding.bands
    lows = sorted({b.low for b in bands} | {b.high + 1 for b in bands if b.high < 100})
    at = dict(zip(lows, model.at_least(plan.framework.banding.rounding, lows), strict=True))
    at[101] = _ZERO
    out: dict[int, Fraction] = {}
    for band in bands:
        p = at.get(band.low, _ONE if band.low <= 0 else _ZERO) - at.get(band.high + 1, _ZERO)
        if p:
            s = plan.score[band.rating]
            out[s] = out.get(s, _ZERO) + p
    return out


def share_points(model: Model, steps: int = 400) -> tuple[tuple[Fraction, float], ...]:
    """The full count's exact percentage as points with their chances, for rules that read
    percentages rather than bands.

    A finite population of at most ``steps`` eligible cases gives every share it can have,
    exactly; otherwise the share's distribution is taken on a grid of ``steps`` cells, each
    cell's chance at its midpoint."""
    a = float(model.prior.alpha) + model.yes
    b = float(model.prior.beta) + (model.relevant - model.yes)
    n = model.sampling.eligible
    if n is not None and n <= steps:
        unseen = n - model.relevant
        below = (0.0, *unseen_cdf(unseen, a, b, range(unseen + 1))) if unseen else (0.0, 1.0)
        return tuple(
            (Fraction(100 * (model.yes + u), n), below[u + 1] - below[u])
            for u in range(unseen + 1)
            if below[u + 1] - below[u] > 1e-15
        )
    edges = [Fraction(i, steps) for i in range(1, steps + 1)]
    if n is None or n > AS_GOOD_AS_UNLIMITED:
        cdfs = [incomplete_beta(a, b, float(e)) if e < 1 else 1.0 for e in edges]
    else:
        points = [math.floor(e * n) - model.yes for e in edges]
        cdfs = list(unseen_cdf(n - model.relevant, a, b, points))
    out = []
    prev = 0.0
    for i, cdf in enumerate(cdfs, start=1):
        if cdf - prev > 1e-15:
            out.append((Fraction(100 * (2 * i - 1), 2 * steps), cdf - prev))
        prev = cdf
    return tuple(out)


def model_of(plan: Plan, k: KeyQuestionResult, prior: Prior | None = None) -> Model | None:
    """A key question result's model (None: it has no case counts to model).

    The domain's eligible population comes from the data the result was rated from; the
    domain's cases read, from the same data (see :func:`domain_sampled`).
    """
    if k.relevant is None or k.yes is None or not k.relevant:
        return None
    population: int | None = None
    read: int | None = None
    kq = k.plan
    domain = kq.domain.id
    source = k.source
    if source is not None:
        population = source.inspection.population.get(domain)
        read = domain_sampled(source.plan, source.inspection, domain)
    return Model(
        yes=k.yes,
        relevant=k.relevant,
        sampling=sampling(k.relevant, domain=domain, population=population, sampled=read),
        prior=current_prior() if prior is None else prior,
    )


def population_problem(plan: Plan, k: KeyQuestionResult) -> Phrase | None:
    """Why the data's eligible population cannot be what a key question was sampled from
    (fewer eligible cases than were read), or None: a phrase with the domain, its population
    and the cases read (the views word it)."""
    source = k.source
    if source is None:
        return None
    domain = k.plan.domain.id
    population = source.inspection.population.get(domain)
    if population is None:
        return None
    read = max(domain_sampled(source.plan, source.inspection, domain), k.relevant or 0)
    if population >= read:
        return None
    return said(Say.POPULATION_BELOW_READ, domain=domain, population=population, read=read)


def domain_sampled(plan: Plan, inspection: Inspection, domain: str) -> int:
    """The cases an inspection read in a domain: with case data, those the domain's condition
    admits; with published counts, the most relevant cases of any of its key questions (the
    reports count every case read for a key question that applies to all of them)."""
    kqs = [kq for kq in plan.key_questions.values() if kq.domain.id == domain]
    found = 0
    if inspection.cases and kqs:
        from ratingbook.framework.evaluate.applicability import Applicability
        from ratingbook.framework.evaluate.problems import Problems

        masks = Applicability(plan, inspection, Problems(inspection))
        found = masks.mask(kqs[0].domain_slot).bit_count()
    for kq in kqs:
        c = inspection.counts.get(kq.id)
        if c is not None and c.relevant is not None:
            found = max(found, c.relevant)
    return found


# ---------------------------------------------------------------------------- the words

WordsCode = Literal["census", "finite", "unlimited", "mixed", "judged"]


@record
class DomainModel:
    """How one domain's cases were drawn, for the figures that combine its key questions."""

    domain: str
    code: SamplingCode
    population: int | None  # as the data gives it
    sampled: int | None  # the domain's cases read (known where the population is)


@record
class Words:
    """The model behind a figure, as data (the views word it: ``phrases.model_words``).

    ``code``: ``census`` (every key question behind it was read in full), ``finite`` (drawn
    from a known population), ``unlimited`` (no population given), ``mixed`` (domains of
    different kinds), ``judged`` (a rating the lead inspector gives, not from a sample).
    """

    code: WordsCode
    domains: tuple[DomainModel, ...] = ()
    prior: Prior | None = None  # None where no figure depends on it (a census, a judgement)
    independent: bool = False  # several uncertain key questions combined as independent
    key_question: Model | None = None  # for one key question, its model


def key_question_words(model: Model) -> Words:
    """The words of one key question's figures."""
    s = model.sampling
    domain = (
        ()
        if s.domain is None
        else (
            DomainModel(
                domain=s.domain,
                code=_domain_code(s),
                population=s.domain_population,
                sampled=s.domain_sampled,
            ),
        )
    )
    return Words(
        code=model.code,
        domains=domain,
        prior=None if model.code == "census" else model.prior,
        key_question=model,
    )


def _domain_code(s: Sampling) -> SamplingCode:
    if s.domain_population is None:
        return "unlimited"
    if s.domain_sampled is not None and s.domain_sampled >= s.domain_population:
        return "census"
    return "finite"


def combined_words(models: Sequence[Model], *, judged: bool = False) -> Words:
    """The words of a figure that combines key questions (a standard, the overall rating):
    each domain's sampling model, the prior where any figure depends on it, and whether key
    questions were combined as independent. ``judged``: the figure also rests on ratings the
    lead inspector gives (which add no sampling model of their own)."""
    if not models:
        return Words(code="judged" if judged else "census")
    by_domain: dict[str, DomainModel] = {}
    for m in models:
        s = m.sampling
        key = s.domain or ""
        if key not in by_domain:
            by_domain[key] = DomainModel(
                domain=key,
                code=_domain_code(s),
                population=s.domain_population,
                sampled=s.domain_sampled,
            )
    domains = tuple(by_domain.values())
    codes = {d.code for d in domains}
    code: WordsCode = codes.pop() if len(codes) == 1 else "mixed"
    uncertain = [m for m in models if m.code != "census"]
    return Words(
        code=code,
        domains=domains,
        prior=uncertain[0].prior if uncertain else None,
        independent=len(uncertain) > 1,
    )


# ---------------------------------------------------------------------------- the arithmetic


def _quantise(p: float) -> Fraction:
    """A probability kept to :data:`DIGITS` places, clipped to [0, 1]."""
    return Fraction(min(max(round(p * _SCALE), 0), _SCALE), _SCALE)


def share_threshold(mode: RoundingMode, low: int) -> Fraction:
    """The least share whose percentage, rounded as ``mode`` says, is at least ``low`` (for a
    share that can take any value, where a tie on a boundary has no probability)."""
    if low <= 0:
        return _ZERO
    if low > 100:
        return Fraction(2)
    if mode in ("half up", "half even"):
        return Fraction(2 * low - 1, 200)
    if mode == "down":
        return Fraction(low, 100)
    return Fraction(low - 1, 100)  # up: any share above low - 1


@lru_cache(maxsize=4096)
def _at_least(
    mode: RoundingMode,
    lows: tuple[int, ...],
    yes: int,
    relevant: int,
    eligible: int | None,
    a: Fraction,
    b: Fraction,
) -> tuple[Fraction, ...]:
    if eligible is None or eligible > AS_GOOD_AS_UNLIMITED:
        fa, fb = float(a), float(b)
        out = []
        for low in lows:
            x = share_threshold(mode, low)
            if x <= 0:
                out.append(_ONE)
            elif x > 1:
                out.append(_ZERO)
            else:
                out.append(_ONE - _quantise(incomplete_beta(fa, fb, float(x))))
        return tuple(out)
    unseen = eligible - relevant
    rounding = rounder(mode)
    # The least yes count Y of the eligible cases reaching each low, as unseen yes answers.
    needs: list[int | None] = []
    for low in lows:
        least = None if low > 100 else least_yes_reaching(rounding, eligible, low)
        needs.append(None if least is None else least - yes)
    points = sorted({u - 1 for u in needs if u is not None and 0 < u <= unseen})
    cdf = dict(zip(points, unseen_cdf(unseen, float(a), float(b), points), strict=True))
    out = []
    for u in needs:
        if u is None or u > unseen:
            out.append(_ZERO)
        elif u <= 0:
            out.append(_ONE)
        else:
            out.append(_ONE - _quantise(cdf[u - 1]))
    return tuple(out)


def incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b): P(share <= x) for a share that
    follows Beta(a, b). By its continued fraction, with the modified Lentz method, on the
    side where it converges quickly."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    if x < (a + 1) / (a + b + 2):
        return _beta_front(a, b, x) * _beta_fraction(a, b, x) / a
    return 1.0 - _beta_front(b, a, 1.0 - x) * _beta_fraction(b, a, 1.0 - x) / b


def _beta_front(a: float, b: float, x: float) -> float:
    return math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny, eps = 1e-300, 1e-16
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 100_000):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < eps:
            break
    return h


def unseen_cdf(unseen: int, a: float, b: float, points: Sequence[int]) -> tuple[float, ...]:
    """P(U <= u) for each u of ``points``, where U ~ BetaBinomial(unseen, a, b): the yes
    answers among the unseen cases."""
    if unseen <= DIRECT_UP_TO:
        return _direct_cdf(unseen, a, b, points)
    if a >= 1 and b >= 1:
        # A large sample: the mass lies within a narrow window about the mode, cheaper to sum
        # term by term than the series (whose length grows with the sample).
        mean, var = unseen * a / (a + b), unseen * a * b * (a + b + unseen)
        half = math.ceil(40 * math.sqrt(var / ((a + b) ** 2 * (a + b + 1)))) + 50
        if 2 * half < a + b:
            lo, hi = max(math.floor(mean) - half, 0), min(math.ceil(mean) + half, unseen)
            return _direct_cdf(unseen, a, b, points, window=(lo, hi))
    return tuple(_series_cdf(unseen, a, b, u) for u in points)


def _direct_cdf(
    m: int, a: float, b: float, points: Sequence[int], window: tuple[int, int] | None = None
) -> tuple[float, ...]:
    """Every term of the beta-binomial, relative to its largest, by the ratio of neighbours.

    The distribution is unimodal (a or b is at least 1 once a case is read), so the terms
    are worked out from the mode outwards; their scale cancels when they are normalised. With
    a ``window`` (lo, hi), only the terms within it: the caller has made sure that the mass
    outside it is far below the last digit (40 standard deviations each side, of a
    distribution whose tails fall at least exponentially)."""
    lo, hi = (0, m) if window is None else window
    mode = 0 if a + b <= 2 else min(max(round(m * (a - 1) / (a + b - 2)), lo), hi)
    w = [0.0] * (hi - lo + 1)
    w[mode - lo] = 1.0
    for u in range(mode, hi):  # upwards: P(u + 1) / P(u)
        w[u + 1 - lo] = w[u - lo] * (m - u) * (u + a) / ((u + 1) * (m - u - 1 + b))
    for u in range(mode, lo, -1):  # downwards: P(u - 1) / P(u)
        w[u - 1 - lo] = w[u - lo] * u * (m - u + b) / ((m - u + 1) * (u - 1 + a))
    total = math.fsum(w)
    out = []
    for u in points:
        if u < lo:
            out.append(0.0)
        elif u >= hi:
            out.append(1.0)
        elif u - lo < (hi - lo) // 2:
            out.append(math.fsum(w[: u - lo + 1]) / total)
        else:
            out.append(1.0 - math.fsum(w[u - lo + 1 :]) / total)
    return tuple(out)


def _log_gamma_ratio(x: float, h: float) -> float:
    """log(Gamma(x + h) / Gamma(x)), without the cancellation of two large log-gammas."""
    if x < 1e4:
        return math.lgamma(x + h) - math.lgamma(x)

    def corr(z: float) -> float:  # Stirling's series past its leading terms
        z2 = z * z
        return (1 / 12 - (1 / 360 - 1 / (1260 * z2)) / z2) / z

    return h * math.log(x) + (x + h - 0.5) * math.log1p(h / x) - h + corr(x + h) - corr(x)


def _series_cdf(m: int, a: float, b: float, u: int) -> float:
    """P(U <= u), U ~ BetaBinomial(m, a, b), by a series whose length grows with a + b (the
    sample), not with m (the unseen cases).

    P(U <= u) = P(share <= Z) for Z ~ Beta(u + 1, m - u) independent of the share ~ Beta(a,
    b); expanding I_z(a, b) = z^a (1 - z)^b / (a B(a, b)) * sum_j (a + b)_j / (a + 1)_j z^j
    and taking the expectation over Z term by term gives a series of positive terms whose
    ratio tends to about (u + a) / (m + a + b). The side where that is at most a half is
    summed; the other is one minus it. The terms rise to one peak, where the ratio of
    neighbours passes one (a linear equation in j), and fall on either side: the sum starts
    at the peak and goes each way until the terms are e^-40 of it.
    """
    if u < 0:
        return 0.0
    if u >= m:
        return 1.0
    if (u + a) / (m + a + b) > 0.5:
        return 1.0 - _series_cdf(m, b, a, m - u - 1)
    p, q = u + 1.0, float(m - u)
    peak = max(math.floor(((a + b) * (p + a) - (a + 1) * (p + q + a + b)) / (1 + q)), 0)
    log_peak = (
        math.lgamma(a + b)
        - math.lgamma(a)
        - math.lgamma(b)
        - math.log(a)
        + _log_gamma_ratio(p, a)
        + _log_gamma_ratio(q, b)
        - _log_gamma_ratio(p + q, a + b)
    )
    if peak:
        log_peak += (
            _log_gamma_ratio(a + b, peak)
            - _log_gamma_ratio(a + 1, peak)
            + _log_gamma_ratio(p + a, peak)
            - _log_gamma_ratio(p + q + a + b, peak)
        )

    def log_ratio(j: int) -> float:  # log(t[j + 1] / t[j])
        return math.log((a + b + j) / (a + 1 + j)) + math.log((p + a + j) / (p + q + a + b + j))

    terms = [1.0]
    log_t, j = 0.0, peak
    while log_t > -40:  # upwards from the peak
        log_t += log_ratio(j)
        j += 1
        terms.append(math.exp(log_t))
    log_t, j = 0.0, peak
    while j > 0 and log_t > -40:  # downwards to the first term
        j -= 1
        log_t -= log_ratio(j)
        terms.append(math.exp(log_t))
    return min(math.exp(log_peak) * math.fsum(terms), 1.0)


__all__ = [
    "CORPUS",
    "DomainModel",
    "Words",
    "combined_words",
    "current_prior",
    "using_prior",
    "key_question_words",
    "DEFAULT",
    "JEFFREYS",
    "PRIORS",
    "UNIFORM",
    "Model",
    "Prior",
    "Sampling",
    "band_distribution",
    "domain_sampled",
    "incomplete_beta",
    "model_of",
    "population_problem",
    "share_points",
    "share_threshold",
    "sampling",
    "unseen_cdf",
]
