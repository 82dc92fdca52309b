"""The colours of ratings in HTML (the report and the handbook), by place on the scale.

Which palette step a rating takes is decided by :func:`ratingbook.framework.views.tones.tones`,
as for the terminal; this module holds the steps' colours and writes the stylesheet rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ratingbook.framework.views.tones import TONES, tones


def rating_class(rating: str | None) -> str:
    """``r-requires-improvement`` for "Requires improvement"; ``r-none`` for no rating."""
    if not rating:
        return "r-none"
    return "r-" + (re.sub(r"[^a-z0-9]+", "-", rating.lower()).strip("-") or "none")


# The palette, best to worst, one entry per step of views.tones.TONES: a rating's label
# (background, text; contrast 4.5:1 or more) and its band in a chart. A scale of four takes
# steps 0, 1, 3 and 4 (the shipped versions' Outstanding, Good, Requires improvement and
# Inadequate); three take 0, 2 and 4.
LABEL_TONES: Final = (
    ("#00703c", "#ffffff"),
    ("#cce2d8", "#0b3b24"),
    ("#e9f1c4", "#384000"),
    ("#fff2b3", "#4a3b00"),
    ("#a4161a", "#ffffff"),
)
BAND_TONES: Final = ("#a9d5bc", "#d9ede2", "#eaf2cc", "#fdf0bd", "#f5d0d0")
assert len(LABEL_TONES) == len(BAND_TONES) == TONES


def rating_css(scale: Sequence[str]) -> tuple[str, ...]:
    """The rules colouring each rating's label (a framework's ratings, best first), each by
    its place on the scale."""
    return tuple(
        f".{rating_class(name)} {{ background: {LABEL_TONES[step][0]}; color: {LABEL_TONES[step][1]}; }}"
        for name, step in tones(scale)
    )


def band_css(scale: Sequence[str]) -> tuple[str, ...]:
    """The rules colouring each rating's band in a chart and its swatch in the legend."""
    rules = []
    for name, step in tones(scale):
        c, colour = rating_class(name), BAND_TONES[step]
        rules.append(f"svg .band.{c}, .swatch.{c} {{ fill: {colour}; background: {colour}; }}")
    return tuple(rules)
