"""``rated by highest key question band``: the standard takes the highest band of its key
questions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ratingbook.framework.rules.base import BandForm, Outcome, PartMoves, fewest_for_extreme


class Highest(BandForm):
    name: ClassVar[str] = "highest key question band"
    summary: ClassVar[str] = "the highest band of its key questions"
    sentence: ClassVar[str] = "the highest band among its key questions"
    decided_by: ClassVar[str] = "highest key-question band"
    set_by: ClassVar[str] = "highest: "
    handbook: ClassVar[str] = (
        "Rated from the case judgements: each key question's percentage of yes answers is put in its band, and the standard takes the highest band among its key questions."
    )
    domain_words: ClassVar[str] = (
        "at the highest band among their key questions that have relevant cases (a key question with no relevant cases has no band and is left out)"
    )

    def of_bands(self, bands: tuple[int, ...]) -> int:
        return bands[-1]

    def grow(self, state: tuple[int, ...], i: int, o: Outcome) -> tuple[int, ...]:
        # Only the highest band so far decides: keep that alone.
        if o is None:
            return state
        return (o,) if not state else (max(state[0], o),)

    def fewest(self, parts: Sequence[PartMoves]) -> dict[Outcome, int]:
        # The same figures as the kernel's fold (the tests hold the two together), in one
        # pass over the key questions: rating discretion eligibility asks for it every time.
        return fewest_for_extreme(parts, False)
