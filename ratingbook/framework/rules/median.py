"""``rated by median key question band``: the standard takes the middle band of its key
questions; with an even number of them, the lower of the two middle bands."""

from __future__ import annotations

from typing import ClassVar

from ratingbook.framework.rules.base import BandForm


class Median(BandForm):
    name: ClassVar[str] = "median key question band"
    summary: ClassVar[str] = (
        "the middle band of its key questions (the lower middle one of an even number)"
    )
    sentence: ClassVar[str] = (
        "the middle band among its key questions (with an even number of them, the lower of "
        "the two middle bands)"
    )
    decided_by: ClassVar[str] = "median key-question band"
    set_by: ClassVar[str] = "median: "
    handbook: ClassVar[str] = (
        "Rated from the case judgements: each key question's percentage of yes answers is put in its band, and the standard takes the middle band among its key questions (with an even number of them, the lower of the two middle bands)."
    )
    domain_words: ClassVar[str] = (
        "at the middle band among their key questions that have relevant cases (the lower of the two middle bands, with an even number; a key question with no relevant cases is left out)"
    )

    def of_bands(self, bands: tuple[int, ...]) -> int:
        return bands[(len(bands) - 1) // 2]
