"""How sure a rating is: the probability of each rating under a stated model.

**One key question** (``posterior.py``): what a full count of the eligible cases would give,
from the cases read, the data's eligible population (drawn without replacement; a census is
known exactly; none given: unlimited) and a prior fitted to the published key-question
shares. Each key question's model comes with its words, shown beside its figures.

**Propagation.** Key questions are treated as independent of each other (the same cases
answer several key questions, so this is an approximation; the words say so). Each key
question's band probabilities are folded through its standard's rule form, then the panel's
decisions (a decision stands while the band it was made on does); the standards' through the
overall rule. A domain-one standard keeps its inspector rating.

The key questions' probabilities are kept to twelve places as fractions and combined exactly,
so the output is the same on every run; it is rounded only when shown.

**Warnings.** A rating is flagged when another rating has a probability of at least
:data:`LIKELY` (20%): a one-in-five chance that a full count of the eligible cases would give
another rating is one an auditor should know of. Where the data gives percentages only, the
number of cases behind them is not known, and the probabilities are undetermined.

Nothing here runs while rating: ``explain`` and the views ask for it.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final, Literal

from ratingbook._record import record
from ratingbook.framework import posterior
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.plan import Plan, compile_framework
from ratingbook.framework.posterior import (
    DEFAULT,
    Model,
    Sampling,
    Words,
    combined_words,
    key_question_words,
    model_of,
    population_problem,
)
from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult
from ratingbook.framework.rules import PartChances

LIKELY: Final = Fraction(1, 5)
"""Another rating at least this probable is worth a warning (20%)."""

State = Literal["known", "undetermined", "not rated"]
Kind = Literal["overall", "standard", "key_question"]

_ZERO: Final = Fraction(0)
SHOWN: Final = Fraction(1, 200)  # a chance under half a per cent is left out of the words
_ONE: Final = Fraction(1)


@record
class Certainty:
    """The probability of each rating (or band) of one item, and whether another is likely."""

    item: str  # ``overall``, a standard id or a key question id
    kind: Kind
    rating: str | None  # the rating (or band) given
    state: State
    # Each rating with a probability above zero, highest score first.
    probabilities: tuple[tuple[str, Fraction], ...] = ()
    reason: Phrase | None = None  # for undetermined or not rated: why (the views word it)
    model: Words | None = None  # the model behind the probabilities (``known`` only)

    def of(self, rating: str | None) -> Fraction:
        return next((p for r, p in self.probabilities if r == rating), _ZERO)

    @property
    def likely_others(self) -> tuple[tuple[str, Fraction], ...]:
        """Other ratings at least :data:`LIKELY`, most probable first."""
        others = [(r, p) for r, p in self.probabilities if r != self.rating and p >= LIKELY]
        return tuple(sorted(others, key=lambda rp: -rp[1]))

    @property
    def warning(self) -> Phrase | None:
        """Where another rating is reasonably likely, which, and how likely."""
        others = self.likely_others
        return None if not others else said(Say.LIKELY_OTHERS, others=others)

    @property
    def percent_only(self) -> bool:
        """Undetermined because the data gives percentages, not case counts (for the overall
        rating, because a standard's data does)."""
        why = self.reason
        while why is not None and why.code is Say.CERTAINTY_OF_STANDARD:
            inner = why.figure("reason")
            why = inner if isinstance(inner, Phrase) else None
        return why is not None and why.code is Say.CERTAINTY_PERCENT_ONLY


# ---------------------------------------------------------------------------- key questions


def band_probabilities(
    plan: Plan, yes: int, relevant: int, model: Model | None = None
) -> dict[int, Fraction]:
    """By band score: the probability that the key question's share lies in that band (under
    ``model``; by default, drawn from an unlimited population under the default prior)."""
    if model is None:
        model = Model(
            yes=yes,
            relevant=relevant,
            sampling=Sampling(code="unlimited", relevant=relevant, eligible=None),
            prior=DEFAULT,
        )
    return model.band_distribution(plan)


def _ranked(plan: Plan, by_score: dict[int, Fraction]) -> tuple[tuple[str, Fraction], ...]:
    return tuple(
        (plan.rating_by_score[s], p) for s, p in sorted(by_score.items(), reverse=True) if p
    )


def _percent_only(k: KeyQuestionResult) -> bool:
    return k.band is not None and (k.relevant is None or k.yes is None)


PERCENT_ONLY_REASON: Final = said(Say.CERTAINTY_PERCENT_ONLY)
"""Why a figure read from percentages alone has no probabilities: the sample is not known."""
_NO_RELEVANT_CASES: Final = said(Say.CERTAINTY_NO_RELEVANT_CASES)


def key_question_certainty(result: Result | Plan, k: KeyQuestionResult) -> Certainty:
    """The probability of each band of one key question (under a result's or a plan's rules)."""
    plan = result if isinstance(result, Plan) else compile_framework(result.framework)
    if getattr(k, "undetermined", None) is not None:
        return Certainty(
            item=k.id,
            kind="key_question",
            rating=None,
            state="undetermined",
            reason=said(Say.CERTAINTY_UNDECIDED, kind="key_question"),
        )
    if _percent_only(k):
        return Certainty(
            item=k.id,
            kind="key_question",
            rating=k.band,
            state="undetermined",
            reason=PERCENT_ONLY_REASON,
        )
    model = model_of(plan, k)
    if model is None or k.band is None:
        return Certainty(
            item=k.id,
            kind="key_question",
            rating=None,
            state="not rated",
            reason=_NO_RELEVANT_CASES,
        )
    problem = population_problem(plan, k)
    if problem is not None:
        return Certainty(
            item=k.id, kind="key_question", rating=k.band, state="undetermined", reason=problem
        )
    return Certainty(
        item=k.id,
        kind="key_question",
        rating=k.band,
        state="known",
        probabilities=_ranked(plan, model.band_distribution(plan)),
        model=key_question_words(model),
    )


# ---------------------------------------------------------------------------- standards, overall


def _models(plan: Plan, rated: list[KeyQuestionResult]) -> list[Model] | Certainty:
    """Each rated key question's model, or why one cannot be worked out."""
    out = []
    for k in rated:
        problem = population_problem(plan, k)
        model = model_of(plan, k)
        if problem is not None or model is None:
            return Certainty(
                item=k.id,
                kind="key_question",
                rating=k.band,
                state="undetermined",
                reason=problem or _NO_RELEVANT_CASES,
            )
        out.append(model)
    return out


def _standard_models(plan: Plan, s: StandardResult) -> list[Model]:
    """The models behind a standard's probabilities (none for a judged standard)."""
    if s.judged is not None:
        return []
    found = _models(plan, [k for k in s.key_questions if k.band is not None])
    return [] if isinstance(found, Certainty) else found


def _standard_distribution(plan: Plan, s: StandardResult) -> dict[int, Fraction] | Certainty:
    """By score: the probability of each final rating of a standard (or why there is none):
    each key question's band probabilities folded through the standard's rule form, then the
    panel's decisions (a key question's or the standard's stands while the band it was made
    on does)."""
    if s.judged is not None:
        if s.rating is None:
            return Certainty(
                item=s.id,
                kind="standard",
                rating=None,
                state="not rated",
                reason=said(Say.CERTAINTY_NO_JUDGEMENT),
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
            reason=said(Say.CERTAINTY_UNDECIDED, kind="standard"),
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
            item=s.id, kind="standard", rating=None, state="not rated", reason=_NO_RELEVANT_CASES
        )
    models = _models(plan, rated)
    if isinstance(models, Certainty):
        return Certainty(
            item=s.id, kind="standard", rating=s.rating, state="undetermined", reason=models.reason
        )
    form = s.plan.form
    parts = []
    for k, model in zip(rated, models, strict=True):
        dist = model.band_distribution(plan)
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
        shares = posterior.share_points(model) if form.reads == "shares" else ()
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
    """A key question's exact percentage as points with their chances, for an unlimited
    population under the default prior (:func:`posterior.share_points` for any model)."""
    model = Model(
        yes=yes,
        relevant=relevant,
        sampling=Sampling(code="unlimited", relevant=relevant, eligible=None),
        prior=DEFAULT,
    )
    return posterior.share_points(model, steps)


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
        model=combined_words(_standard_models(plan, s), judged=s.judged is not None),
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
                reason=said(Say.CERTAINTY_OF_STANDARD, standard=s.id, reason=dist.reason),
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
        model=overall_words(result),
    )


def overall_words(result: Result) -> Words:
    """The model behind the overall rating's probabilities, in words and as data."""
    plan = compile_framework(result.framework)
    models = [m for s in result.standards for m in _standard_models(plan, s)]
    return combined_words(models, judged=any(s.judged is not None for s in result.standards))


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
