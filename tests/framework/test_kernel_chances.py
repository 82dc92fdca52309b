"""rules.kernel.chances adds exact probabilities up as whole numbers: held to every
combination of outcomes listed one by one (kernel.brute_force), each combination's chance the
product of its parts' fractions, on parts, weights and rules hypothesis writes; floats and
whole numbers are folded as they were."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from ratingbook.framework.rules import kernel

_WEIGHT = st.fractions(min_value=0, max_value=1, max_denominator=10**6)
_PART = st.dictionaries(st.one_of(st.none(), st.integers(0, 3)), _WEIGHT, min_size=1, max_size=4)
# A rule reads a state: the sum of the scores so far (None adds nothing) capped at a limit,
# and the lowest score seen; it rates a state by a threshold on each.
_RULES = st.tuples(st.integers(1, 12), st.integers(0, 3), st.integers(0, 12))


def _rule(
    cap: int, floor: int, pass_mark: int
) -> tuple[Callable[[tuple[int, int], int, int | None], tuple[int, int]], Callable[..., object]]:
    def step(state: tuple[int, int], i: int, o: int | None) -> tuple[int, int]:
        total, lowest = state
        return (min(cap, total + (o or 0)), lowest if o is None else min(lowest, o))

    def finish(state: tuple[int, int]) -> object:
        total, lowest = state
        return (total >= pass_mark, lowest >= floor)

    return step, finish


@given(st.lists(_PART, max_size=5), _RULES)
def test_the_chances_are_those_of_every_combination(
    parts: list[dict[int | None, Fraction]], rule: tuple[int, int, int]
) -> None:
    step, finish = _rule(*rule)
    start = (0, 3)

    def rate(combo: tuple[int | None, ...]) -> object:
        state = start
        for i, o in enumerate(combo):
            state = step(state, i, o)
        return finish(state)

    expected: dict[object, Fraction] = {}
    for combo, result in kernel.brute_force(parts, rate):
        chance = Fraction(1)
        for part, o in zip(parts, combo, strict=True):
            chance *= part[o]
        expected[result] = expected.get(result, Fraction(0)) + chance
    got = kernel.chances(parts, start, step, finish)
    assert got == expected
    if parts:  # none: the ring's one, the whole number 1, as the fold gives it
        assert all(type(p) is Fraction for p in got.values())


@given(st.lists(st.dictionaries(st.integers(0, 3), st.floats(0, 1), min_size=1), max_size=4))
def test_floats_are_folded_as_floats(parts: list[dict[int, float]]) -> None:
    def step(state: int, i: int, o: int) -> int:
        return state + o

    def finish(state: int) -> int:
        return state

    got = kernel.chances(parts, 0, step, finish)
    assert got == kernel.results(kernel.fold(parts, 0, step, kernel.CHANCE), finish, kernel.CHANCE)
