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
    """By score: the probability of each final rating of a standard (or why there is none)."""
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
    scores = sorted(plan.rating_by_score)
    each = [band_probabilities(plan, k.yes or 0, k.relevant or 0) for k in rated]
    at_least: dict[int, Fraction] = {}
    for b in scores:
        prod = _ONE
        for dist in each:
            prod *= sum((p for s_, p in dist.items() if s_ >= b), _ZERO)
        at_least[b] = prod
    banded: dict[int, Fraction] = {}
    for i, b in enumerate(scores):
        above = at_least[scores[i + 1]] if i + 1 < len(scores) else _ZERO
        p = at_least[b] - above
        if p:
            banded[b] = p
    d = s.discretion
    if d is None or not d.applied or d.rating is None:
        return banded
    now, decided = plan.score[s.banded], plan.score[d.rating]
    final: dict[int, Fraction] = {}
    for b, p in banded.items():
        target = decided if b == now else b
        final[target] = final.get(target, _ZERO) + p
    return final


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
    """The probability of each overall rating."""
    plan = compile_framework(result.framework)
    fw = result.framework
    o = result.overall
    totals: dict[int, Fraction] = {0: _ONE}
    for s in result.standards:
        dist = _standard_distribution(plan, s)
        if isinstance(dist, Certainty):
            return Certainty(
                item="overall",
                kind="overall",
                rating=o.rating,
                state=dist.state,
                reason=f"standard {s.id}: {dist.reason}",
            )
        nxt: dict[int, Fraction] = {}
        for t, p in totals.items():
            for sc, q in dist.items():
                nxt[t + sc] = nxt.get(t + sc, _ZERO) + p * q
        totals = nxt
    by_score: dict[int, Fraction] = {}
    for t, p in totals.items():
        band = fw.overall.band_for(t)
        if band is not None:
            sc = plan.score[band.rating]
            by_score[sc] = by_score.get(sc, _ZERO) + p
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
