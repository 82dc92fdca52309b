"""``rated by decision table``: rows tried in order, the first whose counts all hold gives the
rating; ``otherwise`` holds always.

```
rated by decision table
  Outstanding when every key question is Outstanding
  Good when at least 2 key questions are Good or better and no key question is Inadequate
  "Requires improvement" when no key question is Inadequate
  Inadequate otherwise
```

A table reads only how many key questions are in each band, so the checker can try every
combination a standard can have and prove that some row always applies (:meth:`Table.gaps`)
and that each row can be reached (:meth:`Table.unreachable`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import ClassVar

from ratingbook.framework.model import Row, Rule
from ratingbook.framework.rules.base import BandForm, Figure, Scale
from ratingbook.framework.rules.tallies import Atoms, Test, all_hold


class Table(BandForm):
    name: ClassVar[str] = "decision table"
    summary: ClassVar[str] = "rows in order, the first that holds gives the rating"
    sentence: ClassVar[str] = "the first row of its decision table that holds"
    decided_by: ClassVar[str] = "decision table"
    set_by: ClassVar[str] = ""
    handbook: ClassVar[str] = (
        "Rated from the case judgements: each key question's percentage of yes answers is put in its band, and the first row of the standard's decision table that holds for those bands gives its rating."
    )
    domain_words: ClassVar[str] = (
        "by the first row of their decision table that holds for their key questions' bands"
    )

    def __init__(
        self, scale: Scale, params: tuple[int, ...] = (), rule: Rule | None = None
    ) -> None:
        super().__init__(scale, params, rule)
        self.rows: tuple[Row, ...] = () if rule is None else rule.rows
        self.atoms = Atoms()
        every = frozenset(scale.score[b.rating] for b in scale.bands)
        self._rows: dict[tuple[int, ...], int | None] = {}
        self.tests: tuple[tuple[Test, ...], ...] = tuple(
            tuple(self.atoms.compile(t, dict(scale.score), None, every) for t in row.when)
            for row in self.rows
        )

    def _counts(self, bands: tuple[int, ...]) -> tuple[int, ...]:
        counts = self.atoms.start()
        for i, b in enumerate(bands):
            counts = self.atoms.add(counts, i, b)
        return counts

    def row_for(self, bands: tuple[int, ...]) -> int | None:
        """The index of the first row that holds for these band scores (None: no row); a
        table has few combinations of bands, so each is worked out once."""
        if bands in self._rows:
            return self._rows[bands]
        counts = self._counts(bands)
        found = None
        for i, tests in enumerate(self.tests):
            if all_hold(tests, counts):
                found = i
                break
        self._rows[bands] = found
        return found

    def of_bands(self, bands: tuple[int, ...]) -> int:
        i = self.row_for(bands)
        # The checker proves every table complete for its standards; a gap cannot be rated.
        if i is None:
            raise LookupError("no row of the decision table holds")
        return self.scale.score[self.rows[i].rating]

    def deciding(self, figures: Sequence[Figure], score: int) -> tuple[int, ...]:
        """The key questions the matched row counted (all of them for ``otherwise``)."""
        bands = tuple(sorted(f.band for f in figures))
        i = self.row_for(bands)
        if i is None or not self.tests[i]:
            return tuple(range(len(figures)))
        counted: set[int] = set()
        for t in self.tests[i]:
            counted |= self.atoms.atoms[t.atom].scores
        chosen = tuple(j for j, f in enumerate(figures) if f.band in counted)
        return chosen or tuple(range(len(figures)))

    # ------------------------------------------------------------------ for the checker
    def _combinations(self, k: int) -> list[tuple[int, ...]]:
        scores = sorted({self.scale.score[b.rating] for b in self.scale.bands})
        out: list[tuple[int, ...]] = []
        for n in range(1, k + 1):
            out += list(itertools.combinations_with_replacement(scores, n))
        return out

    def gaps(self, k: int) -> list[tuple[int, ...]]:
        """Band scores of 1..k rated key questions that no row covers."""
        return [c for c in self._combinations(k) if self.row_for(c) is None]

    def unreachable(self, k: int) -> list[int]:
        """Rows that are never the first to hold, for a standard of k key questions."""
        used = {self.row_for(c) for c in self._combinations(k)}
        return [i for i in range(len(self.rows)) if i not in used]
