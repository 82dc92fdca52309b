"""Exact percentage arithmetic: rounding, the fewest judgements that move a band, intervals.

Percentages are worked out in whole numbers (``100 * yes / relevant`` as a fraction, never as
a float) and rounded the way the framework says, so a result never depends on binary
floating point.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from ratingbook.framework.model import RoundingMode

if TYPE_CHECKING:
    from fractions import Fraction

Rounder = Callable[[int, int], int]
"""``(yes, relevant) -> whole percentage``, for relevant > 0."""


def _half_up(yes: int, relevant: int) -> int:
    return (200 * yes + relevant) // (2 * relevant)


def _half_even(yes: int, relevant: int) -> int:
    q, r = divmod(100 * yes, relevant)
    twice = 2 * r
    if twice > relevant or (twice == relevant and q % 2 == 1):
        return q + 1
    return q


def _down(yes: int, relevant: int) -> int:
    return (100 * yes) // relevant


def _up(yes: int, relevant: int) -> int:
    return -((-100 * yes) // relevant)


ROUNDERS: dict[str, Rounder] = {
    "half up": _half_up,
    "half even": _half_even,
    "down": _down,
    "up": _up,
}


def rounder(mode: RoundingMode) -> Rounder:
    """How a framework rounds ``yes`` of ``relevant`` to a whole percentage."""
    return ROUNDERS[mode]


def percent(yes: int, relevant: int) -> Fraction:
    """The exact percentage, unrounded."""
    from fractions import Fraction  # rating itself works in whole numbers, never needs it

    return Fraction(100 * yes, relevant)


def round_percent(value: Fraction | float, mode: str) -> int:
    """Round a percentage to a whole number the way the framework says."""
    from fractions import Fraction

    v = Fraction(value)
    if mode == "half up":
        return math.floor(v + Fraction(1, 2))
    if mode == "half even":
        return round(v)
    if mode == "down":
        return math.floor(v)
    if mode == "up":
        return math.ceil(v)
    raise ValueError(f"unknown rounding mode {mode!r}")


def _least_half_up(relevant: int, low: int) -> int:
    # (200y + r) // 2r >= L  <=>  200y >= r(2L - 1)
    return -(-(relevant * (2 * low - 1)) // 200)


def _least_down(relevant: int, low: int) -> int:
    # 100y // r >= L  <=>  100y >= rL
    return -(-(relevant * low) // 100)


def _least_up(relevant: int, low: int) -> int:
    # ceil(100y / r) >= L  <=>  100y > r(L - 1)
    return (relevant * (low - 1)) // 100 + 1


_LEAST: dict[Rounder, Callable[[int, int], int]] = {
    _half_up: _least_half_up,
    _down: _least_down,
    _up: _least_up,
}


def least_yes_reaching(rounding: Rounder, relevant: int, low: int) -> int | None:
    """The fewest yes answers out of ``relevant`` whose rounded percentage is at least ``low``.

    None when even all of them fall short. Rounding never falls as yes answers rise, so where
    there is no formula for the rounding mode a binary search finds it.
    """
    formula = _LEAST.get(rounding)
    if formula is not None:
        if low > 100:
            return None
        return min(max(formula(relevant, low), 0), relevant)
    if rounding(relevant, relevant) < low:
        return None
    if low <= rounding(0, relevant):
        return 0
    lo, hi = 0, relevant
    while lo < hi:
        mid = (lo + hi) // 2
        if rounding(mid, relevant) >= low:
            hi = mid
        else:
            lo = mid + 1
    return lo


def most_yes_within(rounding: Rounder, relevant: int, high: int) -> int | None:
    """The most yes answers out of ``relevant`` whose rounded percentage is at most ``high``.

    None when even no yes answer at all rounds above ``high``.
    """
    if rounding(0, relevant) > high:
        return None
    above = least_yes_reaching(rounding, relevant, high + 1)
    return relevant if above is None else above - 1


def wilson(yes: int, relevant: int, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score interval for yes/relevant, as percentages."""
    n = relevant
    p = yes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, (centre - half) * 100), min(100.0, (centre + half) * 100)
