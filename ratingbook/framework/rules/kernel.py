"""One fold over independent parts, three ways of adding up: the kernel every analysis uses.

A standard is rated from its key questions, the overall rating from the standards. Each part
(a key question, a standard) can end in one of a few outcomes (a band, a rating, or none), and
a rule reads the parts' outcomes through a small *state*: the sorted band scores of a standard's
key questions, or the overall score and the counts the framework's tables and limits look at.
Folding the parts one at a time, merging equal states, visits every combination of outcomes
without listing them: a standard of four key questions with five outcomes each has 625
combinations but at most 35 states.

What is added up at each state is a *ring*:

- :data:`POSSIBLE`: whether the state can happen at all (the range of ratings the data cannot
  narrow further: ``undetermined``);
- :func:`cheapest`: the fewest differing judgements that reach it, with one way to do so (what
  would move a rating);
- :data:`CHANCE`: its probability, the parts being independent (how sure a rating is).

The same fold with the same state and the same rule gives all three, so an analysis is never
re-derived by hand for a rule: a rule form only says how its state grows and what rating a
state gives.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Generic, TypeVar, cast

from ratingbook._record import record

Out = TypeVar("Out", bound=Hashable)  # a part's outcome
S = TypeVar("S", bound=Hashable)  # the state a rule reads
W = TypeVar("W")  # what is added up
R = TypeVar("R", bound=Hashable)  # a result (a rating's score, or None)


@record(kw_only=False)
class Ring(Generic[W]):
    """How weights combine: along one combination (``times``) and across combinations that
    reach the same state (``plus``)."""

    one: W
    times: Callable[[W, W], W]
    plus: Callable[[W, W], W]


POSSIBLE: Ring[bool] = Ring(one=True, times=lambda a, b: a and b, plus=lambda a, b: a or b)
# ``one`` is the whole number 1, so exact fractions stay exact and floats stay floats.
CHANCE: Ring[float] = Ring(one=1, times=lambda a, b: a * b, plus=lambda a, b: a + b)


@record(kw_only=False)
class Way:
    """A way to reach a state: its cost (differing judgements), a key that orders ways of equal
    cost (so that the choice among equals is the same on every run), and the outcome chosen for
    each part, in the parts' order."""

    cost: int
    rank: tuple[tuple[object, ...], ...]
    picks: tuple[object, ...]

    # Ordered as ``@dataclass(order=True)`` orders it (the fields as a tuple, against a Way
    # only), written here since ``record`` makes no order methods: dataclasses would write and
    # compile these four and six more at every start (tests/framework/test_kernel_way.py).
    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return _fields(self) < _fields(other)
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return _fields(self) <= _fields(other)
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return _fields(self) > _fields(other)
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return _fields(self) >= _fields(other)
        return NotImplemented


def _fields(way: Way) -> tuple[int, tuple[tuple[object, ...], ...], tuple[object, ...]]:
    return (way.cost, way.rank, way.picks)


def _cheaper(a: Way, b: Way) -> Way:
    return a if (a.cost, a.rank) <= (b.cost, b.rank) else b


def _join(a: Way, b: Way) -> Way:
    return Way(cost=a.cost + b.cost, rank=a.rank + b.rank, picks=a.picks + b.picks)


CHEAPEST: Ring[Way] = Ring(one=Way(cost=0, rank=(), picks=()), times=_join, plus=_cheaper)
COST: Ring[int] = Ring(one=0, times=lambda a, b: a + b, plus=min)
"""The fewest judgements alone, without a way to reach them (what a measure needs)."""


def fold(
    parts: Sequence[Mapping[Out, W]],
    start: S,
    step: Callable[[S, int, Out], S],
    ring: Ring[W],
) -> dict[S, W]:
    """Every state the parts can reach, each with its weight added up over the combinations
    of outcomes that reach it. ``parts[i]`` maps each outcome of part ``i`` to its weight."""
    table: dict[S, W] = {start: ring.one}
    for i, options in enumerate(parts):
        grown: dict[S, W] = {}
        for state, weight in table.items():
            for outcome, w in options.items():
                after = step(state, i, outcome)
                both = ring.times(weight, w)
                have = grown.get(after)
                grown[after] = both if have is None else ring.plus(have, both)
        table = grown
    return table


def results(table: Mapping[S, W], finish: Callable[[S], R], ring: Ring[W]) -> dict[R, W]:
    """The weights of each result, adding up the states that give it."""
    out: dict[R, W] = {}
    for state, weight in table.items():
        r = finish(state)
        have = out.get(r)
        out[r] = weight if have is None else ring.plus(have, weight)
    return out


def chances(
    parts: Sequence[Mapping[Out, W]],
    start: S,
    step: Callable[[S, int, Out], S],
    finish: Callable[[S], R],
) -> dict[R, W]:
    """Each result's probability (:data:`CHANCE`): :func:`fold` then :func:`results`.

    Exact fractions are added up as whole numbers: each part's weights are scaled by the
    least common multiple of their denominators, the fold multiplies and adds integers, and
    each result is divided by the product of the scales once, at the end. The fractions are
    exactly those the fold over fractions gives (a fraction is kept in lowest terms either
    way), without the greatest common divisor each fraction's sum and product works out,
    which was most of the time of a probability's fold. Floats are folded as they are.
    """
    every = [w for part in parts for w in part.values()]
    if not any(isinstance(w, Fraction) for w in every) or not all(
        isinstance(w, (int, Fraction)) for w in every
    ):
        return results(fold(parts, start, step, CHANCE), finish, CHANCE)
    scaled: list[dict[Out, int]] = []
    scale = 1
    for part in parts:
        # A whole number is a fraction too: its denominator is 1.
        exact = cast("Mapping[Out, Fraction]", part)
        common = math.lcm(*(w.denominator for w in exact.values()))
        scaled.append({o: w.numerator * (common // w.denominator) for o, w in exact.items()})
        scale *= common
    counted = results(fold(scaled, start, step, CHANCE), finish, CHANCE)
    return cast("dict[R, W]", {r: Fraction(cast(int, n), scale) for r, n in counted.items()})


def ways(options: Mapping[Out, int], rank: Callable[[Out], tuple[object, ...]]) -> dict[Out, Way]:
    """A part's outcomes as single-part ways: each outcome's cost, its rank, and itself."""
    return {o: Way(cost=c, rank=(rank(o),), picks=(o,)) for o, c in options.items()}


def brute_force(
    parts: Sequence[Iterable[Out]], rate: Callable[[tuple[Out, ...]], R]
) -> Iterable[tuple[tuple[Out, ...], R]]:
    """Every combination of outcomes with the result the rule gives it, one at a time: the
    oracle the tests hold the fold to (never used by ratingbook itself)."""
    import itertools

    for combo in itertools.product(*[list(p) for p in parts]):
        yield combo, rate(combo)
