"""``rated by lowest key question band``: the standard takes the lowest band of its key
questions (the published 2018-2020 rule: "Lowest banding (key question level)")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ratingbook.framework.rules.base import BandForm, Outcome, PartMoves, fewest_for_extreme


class Lowest(BandForm):
    name: ClassVar[str] = "lowest key question band"
    summary: ClassVar[str] = "the lowest band of its key questions"
    sentence: ClassVar[str] = "the lowest band among its key questions"
    decided_by: ClassVar[str] = "lowest key-question band"
    set_by: ClassVar[str] = ""
    handbook: ClassVar[str] = (
        "Rated from the case judgements: each key question's percentage of yes answers is put in its band, and the standard takes the lowest band among its key questions."
    )
    domain_words: ClassVar[str] = (
        "at the lowest band among their key questions that have relevant cases (a key question with no relevant cases has no band and is left out)"
    )

    def of_bands(self, bands: tuple[int, ...]) -> int:
        return bands[0]

    def grow(self, state: tuple[int, ...], i: int, o: Outcome) -> tuple[int, ...]:
        # Only the lowest band so far decides: keep that alone.
        if o is None:
            return state
        return (o,) if not state else (min(state[0], o),)

    def fewest(self, parts: Sequence[PartMoves]) -> dict[Outcome, int]:
        # The same figures as the kernel's fold (the tests hold the two together), in one
        # pass over the key questions: rating discretion eligibility asks for it every time.
        return fewest_for_extreme(parts, True)
