"""``rated by item scores N..M``: the inspector scores each of the standard's key questions
(its items) from N to M; the standard's percentage is the sum of the scores over the most they
could sum to, rounded as the version's ``percentage`` rule says and banded with its bands (a
CQC-style scoring rule: four items scored 3, 4, 2, 3 of 4 give 12/16 = 75%)."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import ClassVar

from ratingbook.framework.rules.base import JudgedForm, Reads


class ItemScores(JudgedForm):
    name: ClassVar[str] = "item scores N..M"
    reads: ClassVar[Reads] = "scores"
    summary: ClassVar[str] = "the band of the inspector's item scores, summed, over their maximum"
    sentence: ClassVar[str] = (
        "the band of the sum of the inspector's scores for its items ({n} to {m} each) over "
        "the most they could sum to"
    )
    handbook: ClassVar[str] = (
        "Rated by the inspector's scores: each item is scored from {n} to {m}, and the standard's percentage is the sum of its scores over the most they could sum to, rounded and put in its band."
    )
    domain_words: ClassVar[str] = (
        "by the inspector's scores for their items, summed over the most they could sum to, and banded"
    )

    @property
    def lowest(self) -> int:
        return self.params[0]

    @property
    def highest(self) -> int:
        return self.params[1]

    def share(self, scores: Mapping[str, int]) -> Fraction:
        """The percentage (0..100, exact) of item scores."""
        return Fraction(100 * sum(scores.values()), self.highest * len(scores))

    def percent(self, scores: Mapping[str, int]) -> int:
        return self.scale.percent(self.share(scores))

    def of_scores(self, scores: Mapping[str, int]) -> int | None:
        """The band score the item scores give (None: the percentage is in no band)."""
        return self.scale.band_score(self.percent(scores))

    def percent_span(self, items: int) -> tuple[int, int]:
        """The lowest and highest percentage the items can give."""
        return (
            (
                self.scale.percent(Fraction(100 * self.lowest, self.highest)),
                100,
            )
            if items
            else (0, 0)
        )
