"""``rated by mean key question percentage``: the unrounded percentages of the rated key
questions are averaged, the average is rounded as the version's ``percentage`` rule says, and
banded with the key-question bands.

This form reads exact percentages, not bands, so its analyses are its own:

- **possible ratings** (undetermined data): each key question's percentage lies in a range
  (a published whole percentage stands for every value that rounds to it), and the average of
  values in ranges is every value between the average of the lows and the average of the highs;
- **the fewest judgements** to each rating: changing one case's answer moves the average by
  ``100 / (k x relevant)`` points, the same amount every time for a given key question. Where
  every such step is narrower than the target band, taking the largest steps first reaches the
  band in the fewest changes and cannot jump over it; key questions with steps as wide as the
  band (a handful of cases) are tried in every way. So the search is exact and fast;
- **how sure**: the chance of each average, from each key question's chances, added up over the
  combinations (exactly where there are few, on a fine grid otherwise).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from fractions import Fraction
from typing import ClassVar

from ratingbook.framework.rules.base import (
    Figure,
    Outcome,
    PartChances,
    PartMoves,
    PartRange,
    StandardForm,
)
from ratingbook.framework.rules.kernel import Way

_EXACT_COMBINATIONS = 20_000  # up to this many, chances are added up exactly
_GRID = 2_000  # otherwise each percentage is placed on a grid of this many steps


class Mean(StandardForm):
    name: ClassVar[str] = "mean key question percentage"
    reads = "shares"
    summary: ClassVar[str] = "the band of the average of its key questions' percentages"
    sentence: ClassVar[str] = (
        "the band of the average of its key questions' unrounded percentages, rounded as the "
        "percentage rule says"
    )
    decided_by: ClassVar[str] = "band of the mean key-question percentage"
    set_by: ClassVar[str] = "mean of "
    handbook: ClassVar[str] = (
        "Rated from the case judgements: the percentages of yes answers of its key questions are averaged, unrounded; the average is rounded and put in its band."
    )
    domain_words: ClassVar[str] = (
        "at the band of the average of their key questions' percentages, unrounded, then rounded (a key question with no relevant cases is left out)"
    )

    def _of_mean(self, mean: Fraction) -> int | None:
        return self.scale.band_score(self.scale.percent(mean))

    def rate(self, figures: Sequence[Figure]) -> int | None:
        if not figures:
            return None
        return self._of_mean(sum((f.share for f in figures), Fraction(0)) / len(figures))

    def deciding(self, figures: Sequence[Figure], score: int) -> tuple[int, ...]:
        return tuple(range(len(figures)))

    def deciding_percent(self, figures: Sequence[Figure], score: int) -> int | None:
        if not figures:
            return None
        return self.scale.percent(sum((f.share for f in figures), Fraction(0)) / len(figures))

    # ------------------------------------------------------------------ undetermined
    def possible(self, parts: Sequence[PartRange]) -> frozenset[Outcome]:
        out: set[Outcome] = set()
        maybe_absent = [i for i, p in enumerate(parts) if None in p.bands or p.shares is None]
        must = [i for i, p in enumerate(parts) if p.shares is not None and None not in p.bands]
        optional = [i for i in maybe_absent if parts[i].shares is not None]
        for r in range(len(optional) + 1):
            for chosen in itertools.combinations(optional, r):
                present = must + list(chosen)
                if not present:
                    out.add(None)
                    continue
                ranges = [parts[i].shares for i in present]
                k = len(present)
                low = sum((s.low for s in ranges if s), Fraction(0)) / k
                high = sum((s.high for s in ranges if s), Fraction(0)) / k
                low_open = any(s.low_open for s in ranges if s)
                high_open = any(s.high_open for s in ranges if s)
                a, b = self.scale.percent_range(low, high, low_open, high_open)
                for p in range(a, b + 1):
                    out.add(self.scale.band_score(p))
        return frozenset(out)

    # ------------------------------------------------------------------ what would move it
    def cheapest(self, parts: Sequence[PartMoves]) -> dict[Outcome, Way]:
        rated = [i for i, p in enumerate(parts) if p.relevant > 0]
        out: dict[Outcome, Way] = {}
        if not rated:
            out[None] = Way(cost=0, rank=(), picks=tuple(None for _ in parts))
            return out
        k = len(rated)
        for band in self.scale.bands:
            target = self.scale.score[band.rating]
            way = self._reach(parts, rated, k, band.low, band.high)
            if way is not None:
                have = out.get(target)
                if have is None or (way.cost, way.rank) < (have.cost, have.rank):
                    out[target] = way
        return out

    def _inside(self, total: Fraction, k: int, low: int, high: int) -> int:
        """-1, 0 or 1: the average of ``total / k`` rounds below, inside or above low..high."""
        p = self.scale.percent(total / k)
        return -1 if p < low else 1 if p > high else 0

    def _reach(
        self, parts: Sequence[PartMoves], rated: list[int], k: int, low: int, high: int
    ) -> Way | None:
        """The fewest changed yes counts that put the average in low..high (whole
        percentages), or None when no counts do."""
        # In units of the average: a key question's step, and the band's width.
        width = Fraction(high - low + 1)
        step = {i: Fraction(100, k * parts[i].relevant) for i in rated}
        coarse = [i for i in rated if step[i] >= width]
        fine = sorted((i for i in rated if step[i] < width), key=lambda i: (-step[i], i))
        best: Way | None = None
        choices = [range(parts[i].relevant + 1) for i in coarse]
        for combo in itertools.product(*choices):
            yes = {i: parts[i].yes for i in rated}
            cost = 0
            for i, y in zip(coarse, combo, strict=True):
                yes[i] = y
                cost += abs(y - parts[i].yes)
            if best is not None and cost > best.cost:
                continue
            done = self._greedy(parts, yes, fine, k, low, high)
            if done is None:
                continue
            extra, final = done
            picks = tuple(final.get(i) for i in range(len(parts)))
            way = Way(
                cost=cost + extra, rank=(tuple((y is None, y or 0) for y in picks),), picks=picks
            )
            if best is None or (way.cost, way.rank) < (best.cost, best.rank):
                best = way
        return best

    def _greedy(
        self,
        parts: Sequence[PartMoves],
        yes: dict[int, int],
        fine: list[int],
        k: int,
        low: int,
        high: int,
    ) -> tuple[int, dict[int, int]] | None:
        """From ``yes``, the fewest steps of the fine key questions (largest first) that bring
        the average into the band; each step is narrower than the band, so the first that gets
        there stays in it."""
        yes = dict(yes)

        def total() -> Fraction:
            return sum((Fraction(100 * yes[i], parts[i].relevant) for i in yes), Fraction(0))

        where = self._inside(total(), k, low, high)
        if where == 0:
            return 0, yes
        up = where < 0
        cost = 0
        for i in fine:
            room = parts[i].relevant - yes[i] if up else yes[i]
            if room <= 0:
                continue
            # How many steps of this key question until the average reaches the band: the
            # rounding is monotone, so search the count rather than solve for it.
            lo, hi = 1, room
            if self._inside(self._with(parts, yes, i, room if up else -room), k, low, high) == (
                -1 if up else 1
            ):
                yes[i] += room if up else -room
                cost += room
                continue
            while lo < hi:
                mid = (lo + hi) // 2
                side = self._inside(self._with(parts, yes, i, mid if up else -mid), k, low, high)
                if side == (-1 if up else 1):
                    lo = mid + 1
                else:
                    hi = mid
            yes[i] += lo if up else -lo
            cost += lo
            return (cost, yes) if self._inside(total(), k, low, high) == 0 else None
        return None

    @staticmethod
    def _with(parts: Sequence[PartMoves], yes: dict[int, int], i: int, delta: int) -> Fraction:
        return sum(
            (Fraction(100 * (yes[j] + (delta if j == i else 0)), parts[j].relevant) for j in yes),
            Fraction(0),
        )

    # ------------------------------------------------------------------ how sure
    def distribution(self, parts: Sequence[PartChances]) -> dict[Outcome, float]:
        present = [p for p in parts if p.shares]
        if not present:
            return {None: 1.0}
        k = len(present)
        sizes = [len(p.shares) for p in present]
        out: dict[Outcome, float] = {}
        if math.prod(sizes) <= _EXACT_COMBINATIONS:
            sums: dict[Fraction, float] = {Fraction(0): 1.0}
            for p in present:
                grown: dict[Fraction, float] = {}
                for s, w in sums.items():
                    for share, c in p.shares:
                        key = s + share
                        grown[key] = grown.get(key, 0.0) + w * c
                sums = grown
            for total, w in sums.items():
                r = self._of_mean(total / k)
                out[r] = out.get(r, 0.0) + w
            return out
        # On a grid: each percentage to the nearest 1/_GRID of 100, the sums added up.
        grid: dict[int, float] = {0: 1.0}
        for p in present:
            steps: dict[int, float] = {}
            for share, c in p.shares:
                j = round(share * _GRID / 100)
                steps[j] = steps.get(j, 0.0) + c
            grown_grid: dict[int, float] = {}
            for at, w in grid.items():
                for j, c in steps.items():
                    v = w * c
                    if v > 1e-15:
                        grown_grid[at + j] = grown_grid.get(at + j, 0.0) + v
            grid = grown_grid
        for at, w in grid.items():
            r = self._of_mean(Fraction(at * 100, _GRID * k))
            out[r] = out.get(r, 0.0) + w
        return out
