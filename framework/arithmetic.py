"""Exact percentage arithmetic: rounding, bands, the fewest judgements that move a band, intervals."""

from __future__ import annotations

import math
from fractions import Fraction

from ratingbook.framework.model import Band, Banding


def percent(yes: int, relevant: int) -> Fraction:
    return Fraction(100 * yes, relevant)


def round_percent(value: Fraction | float, mode: str) -> int:
    """Round to a whole number the way the framework says. Python's round() is half even."""
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


def band_of(banding: Banding, yes: int, relevant: int) -> tuple[int, Band | None]:
    p = round_percent(percent(yes, relevant), banding.rounding)
    return p, banding.band_for(p)


def fewest_to_reach(
    banding: Banding,
    yes: int,
    relevant: int,
    above_score: int | None,
    below_score: int | None,
    score: dict[str, int],
) -> tuple[int, int, Band] | None:
    """Fewest no->yes (above) or yes->no (below) changes taking a key question's band past a score.

    Returns (changes, percent after, band after), or None when no number of changes does it.
    """
    if above_score is not None:
        for k in range(1, relevant - yes + 1):
            p, band = band_of(banding, yes + k, relevant)
            if band is not None and score[band.rating] > above_score:
                return k, p, band
        return None
    assert below_score is not None
    for k in range(1, yes + 1):
        p, band = band_of(banding, yes - k, relevant)
        if band is not None and score[band.rating] < below_score:
            return k, p, band
    return None


def boundary_distance(banding: Banding, value: int) -> tuple[int, int] | None:
    """Points from a percentage to the nearest boundary of its band, and that boundary."""
    band = banding.band_for(value)
    if band is None:
        return None
    lowest, highest = banding.bands[0].low, banding.bands[-1].high
    options = []
    if band.low > lowest:
        options.append((value - band.low, band.low))
    if band.high < highest:
        options.append((band.high + 1 - value, band.high + 1))
    return min(options) if options else None


def wilson(yes: int, relevant: int, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score interval for yes/relevant, as percentages."""
    n = relevant
    p = yes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, (centre - half) * 100), min(100.0, (centre + half) * 100)
