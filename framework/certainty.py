"""How sure a rating is: the probability of each rating under a stated sampling model.

**The model.** An inspection reads a sample of cases. For a key question with ``yes`` of
``relevant`` cases answered yes, the share of all eligible cases that would be answered yes
is unknown; with no other knowledge (a uniform prior), what the sample says about it is the
Beta(yes + 1, no + 1) distribution. The key question's band is the band that share falls in,
placed in bands as its percentage would be after the framework's rounding (half up: a share
of 79.5% or more is in the 80..100 band). Key questions are treated as independent of each
other (the same cases answer several key questions, so this is an approximation; it is
stated wherever the figures are shown).

**Propagation, exactly.** A standard's banded rating is its lowest key-question band, so the
probability that it is at least B is the product of each key question's probability of a band
at least B. A recorded panel decision stands while the banded rating is the one it was
applied to (the rule ``what would move`` uses too), so the decision's rating takes the
probability of that banded rating. A domain-one standard keeps its inspector rating. The
overall score is the sum of the standard scores, so its distribution is the convolution of
theirs, and each overall band takes the probability of its scores.

Every figure is an exact fraction (the Beta distribution function with whole-number
parameters is a binomial tail), so the output is the same on every run and machine; it is
rounded only when shown.

**Warnings.** A rating is flagged when another rating has a probability of at least
:data:`LIKELY` (20%): a one-in-five chance that a full count of the eligible cases would give
another rating is one an auditor should know of. Where the data gives percentages only, the
number of cases behind them is not known, and the probabilities are undetermined.

Nothing here runs while rating: ``explain`` and the views ask for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import comb, exp, lgamma, log, log1p
from typing import Any, Final, Literal

from ratingbook.framework.plan import Plan, compile_framework
from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult
from ratingbook.framework.rules import PartChances

LIKELY: Final = Fraction(1, 5)
"""Another rating at least this probable is worth a warning (20%)."""

MODEL: Final = (
    "Beta(yes + 1, no + 1) per key question, key questions independent, propagated exactly"
)

State = Literal["known", "undetermined", "not rated"]
Kind = Literal["overall", "standard", "key_question"]

_ZERO: Final = Fraction(0)
_SHOWN: Final = Fraction(1, 200)  # a chance under half a per cent is left out of the words
_ONE: Final = Fraction(1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Certainty:
    """The probability of each rating (or band) of one item, and whether another is likely."""

    item: str  # ``overall``, a standard id or a key question id
    kind: Kind
    rating: str | None  # the rating (or band) given
    state: State
    # Each rating with a probability above zero, highest score first.
    probabilities: tuple[tuple[str, Fraction], ...] = ()
    reason: str = ""  # for undetermined or not rated: why

    def of(self, rating: str | None) -> Fraction:
        return next((p for r, p in self.probabilities if r == rating), _ZERO)

    @property
    def likely_others(self) -> tuple[tuple[str, Fraction], ...]:
        """Other ratings at least :data:`LIKELY`, most probable first."""
        others = [(r, p) for r, p in self.probabilities if r != self.rating and p >= LIKELY]
        return tuple(sorted(others, key=lambda rp: -rp[1]))

    @property
    def warning(self) -> str | None:
        """Where another rating is reasonably likely, which, and how likely."""
        others = self.likely_others
        if not others:
            return None
        listed = ", ".join(f"{r} {percent_text(p)}" for r, p in others)
        return f"another rating is reasonably likely (20% or more): {listed}"

    def text(self) -> str:
        """``Good 62%, Requires improvement 25%, Outstanding 13%``, most likely first; a rating
        under half a per cent is left out of the words (not of the JSON) unless it is the one
        given."""
        if self.state != "known":
            return f"{self.state} ({self.reason})"
        ranked = sorted(self.probabilities, key=lambda rp: -rp[1])
        return ", ".join(
            f"{r} {percent_text(p)}" for r, p in ranked if p >= _SHOWN or r == self.rating
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "item": self.item,
            "kind": self.kind,
            "rating": self.rating,
            "state": self.state,
            "probabilities": {r: round(float(p), 4) for r, p in self.probabilities},
            "warning": self.warning,
        }
        if self.reason:
            out["reason"] = self.reason
        return out


def percent_text(p: Fraction) -> str:
    """A probability as a whole percentage; ``<1%`` and ``>99%`` rather than 0% or 100%."""
    if p <= 0:
        return "0%"
    if p >= 1:
        return "100%"
    whole = int(p * 100 + Fraction(1, 2))
    if whole < 1:
        return "<1%"
    if whole > 99:
        return ">99%"
    return f"{whole}%"


# ---------------------------------------------------------------------------- key questions


EXACT_UP_TO: Final = 200
"""Up to this many relevant cases the Beta distribution function is summed exactly; above it,
it is worked out in floating point (a continued fraction), which takes a few hundred steps
where the exact sum would take one term per case, each a number thousands of digits long."""


def beta_cdf(x: Fraction, yes: int, relevant: int) -> Fraction:
    """P(share <= x) for share ~ Beta(yes + 1, relevant - yes + 1).

    With whole-number parameters a and b, the Beta distribution function at x is the
    probability that a binomial(a + b - 1, x) count is at least a: summed exactly up to
    :data:`EXACT_UP_TO` relevant cases, in floating point above (exact to about fifteen
    figures, far beyond the whole percentages shown).
    """
    if x <= 0:
        return _ZERO
    if x >= 1:
        return _ONE
    if relevant > EXACT_UP_TO:
        return Fraction(_incomplete_beta(yes + 1, relevant - yes + 1, float(x)))
    a, n = yes + 1, relevant + 1
    p, q = x.numerator, x.denominator
    total = sum(comb(n, j) * p**j * (q - p) ** (n - j) for j in range(a, n + 1))
    return Fraction(total, q**n)


def _incomplete_beta(a: int, b: int, x: float) -> float:
    """The regularised incomplete Beta function I_x(a, b), by its continued fraction
    (evaluated with the modified Lentz method on the side where it converges quickly)."""
    if x < (a + 1) / (a + b + 2):
        return _beta_front(a, b, x) * _beta_fraction(a, b, x) / a
    return 1.0 - _beta_front(b, a, 1.0 - x) * _beta_fraction(b, a, 1.0 - x) / b


def _beta_front(a: int, b: int, x: float) -> float:
    return exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x))


def _beta_fraction(a: int, b: int, x: float) -> float:
    tiny, eps = 1e-300, 1e-15
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


def _threshold(plan: Plan, low: int) -> Fraction:
    """The least share whose percentage, rounded as the framework says, is at least ``low``."""
    if low <= 0:
        return _ZERO
    if low > 100:
        return _ONE
    mode = plan.framework.banding.rounding
    if mode in ("half up", "half even"):
        return Fraction(2 * low - 1, 200)
    if mode == "down":
        return Fraction(low, 100)
    return Fraction(low - 1, 100)  # up: any share above low - 1


def band_probabilities(plan: Plan, yes: int, relevant: int) -> dict[int, Fraction]:
    """By band score: the probability that the key question's share lies in that band."""
    out: dict[int, Fraction] = {}
    for band in plan.framework.banding.bands:
        lo, hi = _threshold(plan, band.low), _threshold(plan, band.high + 1)
        p = beta_cdf(hi, yes, relevant) - beta_cdf(lo, yes, relevant)
        if p:
            s = plan.score[band.rating]
            out[s] = out.get(s, _ZERO) + p
    return out


def _ranked(plan: Plan, by_score: dict[int, Fraction]) -> tuple[tuple[str, Fraction], ...]:
    return tuple(
        (plan.rating_by_score[s], p) for s, p in sorted(by_score.items(), reverse=True) if p
    )


def _percent_only(k: KeyQuestionResult) -> bool:
    return k.band is not None and (k.relevant is None or k.yes is None)


PERCENT_ONLY_REASON: Final = (
    "the data gives percentages, not case counts, so the sample behind them is not known"
)


def key_question_certainty(result: Result | Plan, k: KeyQuestionResult) -> Certainty:
    """The probability of each band of one key question (under a result's or a plan's rules)."""
    plan = result if isinstance(result, Plan) else compile_framework(result.framework)
    if getattr(k, "undetermined", None) is not None:
        return Certainty(
            item=k.id,
            kind="key_question",
            rating=None,
            state="undetermined",
            reason="this data cannot decide the key question under this version",
        )
    if _percent_only(k):
        return Certainty(
            item=k.id,
            kind="key_question",
            rating=k.band,
            state="undetermined",
            reason=PERCENT_ONLY_REASON,
        )
    if not k.relevant or k.yes is None or k.band is None:
        return Certainty(
            item=k.id,
            kind="key_question",
            rating=None,
            state="not rated",
            reason="no relevant cases",
        )
    return Certainty(
        item=k.id,
        kind="key_question",
        rating=k.band,
        state="known",
        probabilities=_ranked(plan, band_probabilities(plan, k.yes, k.relevant)),
    )


# ---------------------------------------------------------------------------- standards, overall


def _standard_distribution(plan: Plan, s: StandardResult) -> dict[int, Fraction] | Certainty:
    """By score: the probability of each final rating of a standard (or why there is none):
    each key question's band probabilities folded through the standard's rule form, then the
    panel's decisions (a key question's or the standard's stands while the band it was made
    on does)."""
    if s.judged is not None:
        if s.rating is None:
            return Certainty(
                item=s.id, kind="standard", rating=None, state="not rated", reason="no judgement"
            )
        return {plan.score[s.rating]: _ONE}
    if getattr(s, "undetermined", None) is not None or any(
        getattr(k, "undetermined", None) is not None for k in s.key_questions
    ):
        return Certainty(
            item=s.id,
            kind="standard",
            rating=s.rating,
            state="undetermined",
            reason="this data cannot decide the standard under this version",
        )
    rated = [k for k in s.key_questions if k.band is not None]
    if any(_percent_only(k) for k in rated):
        return Certainty(
            item=s.id,
            kind="standard",
            rating=s.rating,
            state="undetermined",
            reason=PERCENT_ONLY_REASON,
        )
    if not rated or s.banded is None:
        return Certainty(
            item=s.id, kind="standard", rating=None, state="not rated", reason="no relevant cases"
        )
    form = s.plan.form
    parts = []
    for k in rated:
        dist = band_probabilities(plan, k.yes or 0, k.relevant or 0)
        d = k.discretion
        if d is not None and d.applied and d.rating is not None and k.band is not None:
            now, decided = plan.score[k.band], plan.score[d.rating]
            moved: dict[int | None, Fraction] = {}
            for b, p in dist.items():
                target = decided if b == now else b
                moved[target] = moved.get(target, _ZERO) + p
            bands: dict[int | None, Fraction] = moved
        else:
            bands = {b: p for b, p in dist.items()}
        shares = share_points(k.yes or 0, k.relevant or 0) if form.reads == "shares" else ()
        parts.append(PartChances(bands=bands, shares=shares))
    banded = {b: Fraction(p) for b, p in form.distribution(parts).items() if b is not None and p}
    d = s.discretion
    if d is None or not d.applied or d.rating is None:
        return banded
    now, decided = plan.score[s.banded], plan.score[d.rating]
    final: dict[int, Fraction] = {}
    for b, p in banded.items():
        target = decided if b == now else b
        final[target] = final.get(target, _ZERO) + p
    return final


def share_points(yes: int, relevant: int, steps: int = 400) -> tuple[tuple[Fraction, float], ...]:
    """A key question's exact percentage as points with their chances (for rules that read
    percentages): the model's distribution of the share, on a grid of ``steps`` cells, each
    cell's chance at its midpoint."""
    out = []
    prev = 0.0
    for i in range(1, steps + 1):
        edge = Fraction(i, steps)
        cdf = float(beta_cdf(edge, yes, relevant))
        if cdf - prev > 1e-15:
            out.append((Fraction(100 * (2 * i - 1), 2 * steps), cdf - prev))
        prev = cdf
    return tuple(out)


def standard_certainty(result: Result, s: StandardResult) -> Certainty:
    """The probability of each final rating of a standard."""
    plan = compile_framework(result.framework)
    dist = _standard_distribution(plan, s)
    if isinstance(dist, Certainty):
        return dist
    return Certainty(
        item=s.id,
        kind="standard",
        rating=s.rating,
        state="known",
        probabilities=_ranked(plan, dist),
    )


def overall_certainty(result: Result) -> Certainty:
    """The probability of each overall rating: the standards' distributions folded through
    the version's overall rule (bands of the score, or a table, and the limits)."""
    plan = compile_framework(result.framework)
    o = result.overall
    dists: list[dict[int | None, Fraction]] = []
    for s in result.standards:
        dist = _standard_distribution(plan, s)
        if isinstance(dist, Certainty):
            if not s.scored and dist.state == "not rated":
                dists.append({None: _ONE})
                continue
            return Certainty(
                item="overall",
                kind="overall",
                rating=o.rating,
                state=dist.state,
                reason=f"standard {s.id}: {dist.reason}",
            )
        dists.append({b: p for b, p in dist.items()})
    by_score = {
        sc: Fraction(p)
        for sc, p in plan.overall.distribution(dists).items()
        if sc is not None and p
    }
    return Certainty(
        item="overall",
        kind="overall",
        rating=o.rating,
        state="known",
        probabilities=_ranked(plan, by_score),
    )


def certainties(result: Result, item: str | None = None) -> list[Certainty]:
    """The probabilities an explanation covers: overall, every standard and key question; or one
    standard and its key questions; or one key question."""
    if item is None or item == "overall":
        out = [overall_certainty(result)]
        for s in result.standards:
            out.append(standard_certainty(result, s))
            out += [key_question_certainty(result, k) for k in s.key_questions]
        return out
    one = result.standard(item)
    if one is not None:
        return [standard_certainty(result, one)] + [
            key_question_certainty(result, k) for k in one.key_questions
        ]
    k = result.key_question(item)
    return [] if k is None else [key_question_certainty(result, k)]
