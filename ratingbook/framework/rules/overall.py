"""The overall rating from the standards' ratings: the band of the overall score (the sum of
the scored standards' scores), or a decision table over the standards; then the limits, in
order, each a cap that applies when its counts hold.

```
overall 19..30 Good from wm_2020 line 902            # bands of the score (the published rule)
overall rated by decision table                      # or a table over the standards
  Good when at least 2 standards in domain 2 are Good or better
  Inadequate otherwise
limit overall to "Requires improvement" when any standard in domain 2 is Inadequate
```

A standard that is not rated leaves the overall unrated when it is scored, and takes no part
otherwise. The kernel folds the standards into a state of the score and the counts that the
table and the limits read, so the range, the cheapest ways and the chances of the overall
rating come from :meth:`OverallRule.finish`, the same function that rates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from ratingbook._record import record
from ratingbook.framework.model import Band, Framework, Limit, Row
from ratingbook.framework.rules import kernel
from ratingbook.framework.rules.base import Outcome
from ratingbook.framework.rules.kernel import CHEAPEST, POSSIBLE, Way
from ratingbook.framework.rules.tallies import Atoms, Test, all_hold

State = tuple[int, int, tuple[int, ...]]  # unrated scored standards (0/1), score, counts


@record(kw_only=False)
class OverallOutcome:
    """How the overall rating came about: the score, what the band or table gave, each limit
    that lowered it, and the rating."""

    score: int | None  # the sum of the scored standards' scores (None: one is not rated)
    band: Band | None  # the overall band the score falls in (score-band rule)
    row: int | None  # the table's row that held (table rule)
    given: int | None  # the rating's score before the limits
    limits: tuple[int, ...]  # the limits (indices) that lowered it, in order
    rating: int | None  # the rating's score after the limits (None: not rated)


class OverallRule:
    """A version's overall rule, compiled over its standards (in the framework's order)."""

    def __init__(self, framework: Framework) -> None:
        fw = framework
        self.framework = fw
        self.score = {r.name: r.score for r in fw.ratings}
        self.names = {r.score: r.name for r in fw.ratings}
        standards = list(fw.standards())
        self.ids = tuple(s.id for s in standards)
        self.scored = tuple(s.scored for s in standards)
        domain_of = {s.id: d.id for d in fw.domains for s in d.standards}
        self.domains = tuple(domain_of[s.id] for s in standards)
        self.bands = fw.overall.bands
        self.rule = fw.overall.rule
        self.rows: tuple[Row, ...] = () if self.rule is None else self.rule.rows
        self.limits: tuple[Limit, ...] = fw.overall.limits
        self.atoms = Atoms()
        every = frozenset(self.score.values())

        def scope(domains: tuple[str, ...]) -> frozenset[int] | None:
            if not domains:
                return None
            return frozenset(i for i, d in enumerate(self.domains) if d in domains)

        score = dict(self.score)
        self.row_tests: tuple[tuple[Test, ...], ...] = tuple(
            tuple(self.atoms.compile(t, score, scope(t.domains), every) for t in row.when)
            for row in self.rows
        )
        self.limit_tests: tuple[tuple[Test, ...], ...] = tuple(
            tuple(self.atoms.compile(t, score, scope(t.domains), every) for t in limit.when)
            for limit in self.limits
        )
        self.uses_score = self.rule is None

    # ------------------------------------------------------------------ rating
    def start(self) -> State:
        return (0, 0, self.atoms.start())

    def step(self, state: State, i: int, outcome: Outcome) -> State:
        missing, total, counts = state
        if outcome is None:
            return (1, total, counts) if self.scored[i] else state
        if self.scored[i] and self.uses_score:
            total += outcome
        return (missing, total, self.atoms.add(counts, i, outcome))

    def outcome(self, state: State) -> OverallOutcome:
        missing, total, counts = state
        if missing:
            return OverallOutcome(
                score=None, band=None, row=None, given=None, limits=(), rating=None
            )
        band = row = None
        given: int | None = None
        if self.rule is None:
            band = next((b for b in self.bands if b.low <= total <= b.high), None)
            given = None if band is None else self.score[band.rating]
        else:
            for j, tests in enumerate(self.row_tests):
                if all_hold(tests, counts):
                    row, given = j, self.score[self.rows[j].rating]
                    break
        rating = given
        lowered: list[int] = []
        if rating is not None:
            for j, tests in enumerate(self.limit_tests):
                cap = self.score[self.limits[j].rating]
                if cap < rating and all_hold(tests, counts):
                    rating = cap
                    lowered.append(j)
        return OverallOutcome(
            score=total if self.uses_score else None,
            band=band,
            row=row,
            given=given,
            limits=tuple(lowered),
            rating=rating,
        )

    def finish(self, state: State) -> Outcome:
        return self.outcome(state).rating

    def rate(self, scores: Sequence[Outcome]) -> OverallOutcome:
        """The overall rating from each standard's final rating's score (None: not rated)."""
        state = self.start()
        for i, s in enumerate(scores):
            state = self.step(state, i, s)
        return self.outcome(state)

    def total(self, scores: Sequence[Outcome]) -> int:
        """The overall score: the sum of the rated, scored standards' scores."""
        return sum(
            s for s, scored in zip(scores, self.scored, strict=True) if s is not None and scored
        )

    # ------------------------------------------------------------------ analyses
    def possible(self, parts: Sequence[frozenset[Outcome]]) -> frozenset[Outcome]:
        table = kernel.fold(
            [dict.fromkeys(p, True) for p in parts], self.start(), self.step, POSSIBLE
        )
        return frozenset(kernel.results(table, self.finish, POSSIBLE))

    def score_range(self, parts: Sequence[frozenset[Outcome]]) -> tuple[int, int] | None:
        """The lowest and highest overall score still possible (None: none is, or the rule
        reads no score)."""
        if not self.uses_score:
            return None
        table = kernel.fold(
            [dict.fromkeys(p, True) for p in parts], self.start(), self.step, POSSIBLE
        )
        totals = [total for missing, total, _ in table if not missing]
        return (min(totals), max(totals)) if totals else None

    def cheapest(self, parts: Sequence[Mapping[Outcome, Way]]) -> dict[Outcome, Way]:
        """By overall rating: the cheapest combination of the standards' ways (``parts[i]``:
        each reachable final rating of standard i, with its cheapest way)."""
        wrapped = [
            {o: Way(cost=w.cost, rank=((o is None, o or 0),), picks=(o,)) for o, w in p.items()}
            for p in parts
        ]
        table = kernel.fold(wrapped, self.start(), self.step, CHEAPEST)
        return kernel.results(table, self.finish, CHEAPEST)

    def cheapest_scores(
        self, parts: Sequence[Mapping[Outcome, Way]]
    ) -> dict[tuple[int, Outcome], Way]:
        """The same by (overall score, rating): what the score-band rule's moves report."""
        wrapped = [
            {o: Way(cost=w.cost, rank=((o is None, o or 0),), picks=(o,)) for o, w in p.items()}
            for p in parts
        ]
        table = kernel.fold(wrapped, self.start(), self.step, CHEAPEST)
        out: dict[tuple[int, Outcome], Way] = {}
        for state, way in table.items():
            if state[0]:
                continue
            key = (state[1], self.finish(state))
            have = out.get(key)
            out[key] = way if have is None else CHEAPEST.plus(have, way)
        return out

    def distribution(
        self, parts: Sequence[Mapping[Outcome, float]] | Sequence[Mapping[Outcome, Fraction]]
    ) -> dict[Outcome, float]:
        weights: list[dict[Outcome, float]] = [dict(p) for p in parts]  # type: ignore[arg-type]
        return kernel.chances(weights, self.start(), self.step, self.finish)

    # ------------------------------------------------------------------ for the checker
    def unused_limits(self, options: Sequence[frozenset[Outcome]]) -> list[int]:
        """Limits that can never lower the rating, whatever the standards' ratings (each
        standard taking any rating in ``options[i]``)."""
        table = kernel.fold(
            [dict.fromkeys(p, True) for p in options], self.start(), self.step, POSSIBLE
        )
        bites: set[int] = set()
        for state in table:
            bites |= set(self.outcome(state).limits)
        return [j for j in range(len(self.limits)) if j not in bites]

    def gaps(self, options: Sequence[frozenset[Outcome]]) -> list[tuple[Outcome, ...]]:
        """For a table: combinations of the standards' ratings that no row covers (one
        example per uncovered state; at most a few)."""
        if self.rule is None:
            return []
        found: list[tuple[Outcome, ...]] = []
        wrapped = [{o: Way(cost=0, rank=(), picks=(o,)) for o in p} for p in options]
        table = kernel.fold(wrapped, self.start(), self.step, CHEAPEST)
        for state, way in table.items():
            if state[0]:
                continue
            if self.outcome(state).row is None:
                found.append(tuple(way.picks))  # type: ignore[arg-type]
                if len(found) >= 3:
                    break
        return found

    def unreachable_rows(self, options: Sequence[frozenset[Outcome]]) -> list[int]:
        table = kernel.fold(
            [dict.fromkeys(p, True) for p in options], self.start(), self.step, POSSIBLE
        )
        used = {self.outcome(s).row for s in table if not s[0]}
        return [j for j in range(len(self.rows)) if j not in used]
