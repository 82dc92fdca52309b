"""A rating's colour, decided by its place on its framework's scale, never by its name.

The renderers hold one palette of :data:`TONES` steps, from the best (0) to the worst
(``TONES - 1``), and read each rating's step from :func:`tones`: the terminal's theme, the
report's stylesheet and the handbook's alike. A framework with three, four or five ratings,
named as it likes ("Needs work", "Requires improvement"), gets a colour for each. This
module imports nothing, so a console can be made without loading the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

TONES: Final = 5


def tone(position: int, count: int) -> int:
    """The palette step of the rating at ``position`` (0 the best) on a scale of ``count``.

    The best rating takes the first step and the worst the last; the others are spread
    evenly between, rounded half up to the nearest step. Up to TONES ratings, each takes a
    step of its own (four: steps 0, 1, 3 and 4; three: 0, 2 and 4); past that, neighbours
    may share one.
    """
    if count <= 1:
        return 0
    if not 0 <= position < count:
        raise ValueError(f"position {position} is not on a scale of {count}")
    return int(position * (TONES - 1) / (count - 1) + 0.5)


def tones(scale: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """Each rating of a scale (best first) with its palette step."""
    return tuple((name, tone(i, len(scale))) for i, name in enumerate(scale))
