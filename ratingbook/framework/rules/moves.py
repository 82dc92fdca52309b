"""What would move a rating: the one computation, and its records.

A *differing judgement* is one case's answer to one key question the other way (a yes that
could have been a no, or the reverse). For each key question, :func:`reach` finds the fewest
differing judgements that put it in each band; a standard's form then finds, through the
kernel, the fewest that give the standard each rating (:func:`standard_ways`); and the overall
rule does the same over the standards. Rating (``what_would_change``, the discretion measure
``judgements_to_change``), ``explain`` and the views all read these records, so a move is
worked out one way only.

A recorded panel decision stands while the rating it was applied to (the key question's band,
or the standard's banded rating) is unchanged; a move that changes that rating sets the
decision aside.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from typing import Final, Literal

from ratingbook._record import record
from ratingbook.framework.arithmetic import least_yes_reaching, most_yes_within
from ratingbook.framework.phrase import Phrase, Say
from ratingbook.framework.rules.base import Outcome, PartMoves, Scale, StandardForm

Direction = Literal["up", "down"]
_NO_BAND: Final = PartMoves(costs={None: 0})
State = Literal["found", "none", "undetermined", "not rated"]
Kind = Literal["final", "banded"]


@record(kw_only=False)
class Reach:
    """Reaching a band in one key question: the yes count, its distance from the recorded
    count (the differing judgements), the percentage and the band."""

    yes: int
    cost: int
    percent: int
    band: str


def reach(scale: Scale, relevant: int, yes: int) -> dict[int, Reach]:
    """By band score: the cheapest way for a key question to land in a band of that score.

    Rounding never falls as yes answers rise, so the yes counts that give a band are one run
    of whole numbers, found from the band's edges without trying every count; the cheapest of
    them is the one nearest today's count. Where bands share a score, the cheaper wins, and at
    equal cost the one with fewer yes answers."""
    key = ("reach", relevant, yes)
    kept = scale.memo.get(key)
    if kept is not None:
        return kept  # type: ignore[return-value]
    found: dict[int, Reach] = {}
    if relevant <= 0:
        return found
    rnd = scale.round
    for band in scale.bands:
        least = least_yes_reaching(rnd, relevant, band.low)
        most = most_yes_within(rnd, relevant, band.high)
        if least is None or most is None or least > most:
            continue
        y = min(max(yes, least), most)
        s, cost = scale.score[band.rating], abs(y - yes)
        have = found.get(s)
        if have is None or cost < have.cost or (cost == have.cost and y < have.yes):
            found[s] = Reach(yes=y, cost=cost, percent=rnd(y, relevant), band=band.rating)
    return scale.keep(key, found)


def finals(
    reaches: Mapping[int, Reach], banded_now: int | None, decided: int | None
) -> dict[Outcome, tuple[int, int, bool]]:
    """A key question's outcomes for its standard's rule: by the band the rule reads (the
    panel's while the band it was decided on stands), the cost, the band reached and whether
    the decision is set aside."""
    out: dict[Outcome, tuple[int, int, bool]] = {}
    for band, r in sorted(reaches.items()):
        final, aside = band, False
        if decided is not None:
            if band == banded_now:
                final = decided
            else:
                aside = True
        have = out.get(final)
        if have is None or r.cost < have[0]:
            out[final] = (r.cost, band, aside)
    return out


@record(kw_only=False)
class KqFigures:
    """A key question as what-would-move reads it: its counts, its band's score (None: no
    band) and the band the panel gave it (None: no key-question decision)."""

    id: str
    relevant: int
    yes: int
    band: int | None
    decided: int | None = None


@record(kw_only=False)
class Change:
    """One key question's part in an option: which, how it gets there, and whether its
    panel decision is set aside."""

    index: int
    reach: Reach
    set_aside: bool = False


@record(kw_only=False)
class Option:
    """One way a standard could end: its banded and final scores, the fewest differing
    judgements, the key questions that change, and whether its panel decision is set aside."""

    banded: int
    final: int
    cost: int
    set_aside: bool
    changes: tuple[Change, ...]


def standard_options(
    scale: Scale,
    form: StandardForm,
    kqs: Sequence[KqFigures],
    banded_now: int | None,
    decision: int | None,
) -> list[Option]:
    """Every banded rating a standard rated from its key questions can reach, each at its
    fewest differing judgements (the form's kernel, or its own search), lowest first."""
    parts: list[PartMoves] = []
    tables: list[tuple[dict[int, Reach], dict[Outcome, tuple[int, int, bool]]] | None] = []
    for k in kqs:
        if k.band is None or k.relevant <= 0:
            parts.append(PartMoves(costs={None: 0}))
            tables.append(None)
            continue
        reaches = reach(scale, k.relevant, k.yes)
        outcomes = finals(reaches, k.band, k.decided)
        parts.append(
            PartMoves(
                costs={o: c for o, (c, _, _) in outcomes.items()},
                relevant=k.relevant,
                yes=k.yes,
            )
        )
        tables.append((reaches, outcomes))
    out: list[Option] = []
    for banded, way in sorted(
        form.cheapest(parts).items(), key=lambda kv: (kv[0] is None, kv[0] or 0)
    ):
        if banded is None:
            continue
        changes: list[Change] = []
        for i, pick in enumerate(way.picks):
            k, table = kqs[i], tables[i]
            if table is None:
                continue
            if form.reads == "shares":
                y = pick if isinstance(pick, int) else k.yes
                if y != k.yes:
                    p = scale.round(y, k.relevant)
                    score = scale.band_score(p)
                    changes.append(
                        Change(
                            index=i,
                            reach=Reach(
                                yes=y,
                                cost=abs(y - k.yes),
                                percent=p,
                                band="" if score is None else scale.names[score],
                            ),
                        )
                    )
                continue
            reaches, outcomes = table
            cost, band, aside = outcomes[pick]  # type: ignore[index]
            if cost or aside:
                changes.append(Change(index=i, reach=reaches[band], set_aside=aside))
        same = banded == banded_now
        out.append(
            Option(
                banded=banded,
                final=decision if decision is not None and same else banded,
                cost=way.cost,
                set_aside=decision is not None and not same,
                changes=tuple(changes),
            )
        )
    return out


def fewest_to_change(
    scale: Scale, form: StandardForm, kqs: Sequence[KqFigures], now: int
) -> int | None:
    """The fewest differing judgements that change a standard's banded rating either way
    (the discretion measure ``judgements_to_change``); None when none can."""
    parts = []
    for k in kqs:
        if k.band is None or k.relevant <= 0:
            parts.append(_NO_BAND)
            continue
        if k.decided is None:
            # A key question's part depends on its counts alone: kept with its reach.
            key = ("part", k.relevant, k.yes)
            part = scale.memo.get(key)
            if part is None:
                reaches = reach(scale, k.relevant, k.yes)
                costs: dict[Outcome, int] = {s: r.cost for s, r in reaches.items()}
                part = scale.keep(key, PartMoves(costs=costs, relevant=k.relevant, yes=k.yes))
            parts.append(part)  # type: ignore[arg-type]
            continue
        reaches = reach(scale, k.relevant, k.yes)
        costs = {o: c for o, (c, _, _) in finals(reaches, k.band, k.decided).items()}
        parts.append(PartMoves(costs=costs, relevant=k.relevant, yes=k.yes))
    costs = form.fewest(parts)
    return min((c for o, c in costs.items() if o is not None and o != now), default=None)


def banded_moves(
    scale: Scale,
    form: StandardForm,
    kqs: Sequence[KqFigures],
    standard: str,
    banded: str,
    rating: str | None,
    decision: int | None,
    options: Sequence[Option] | None = None,
) -> tuple[Move, ...]:
    """The fewest differing judgements that move a standard's banded rating up, and down
    (what rating reports as ``what_would_change``, and the discretion measure reads)."""
    now = scale.score[banded]
    if options is None:
        options = standard_options(scale, form, kqs, now, decision)
    out = []
    directions: tuple[Direction, Direction] = ("up", "down")
    for direction in directions:
        o = nearest(options, now, direction, final=False)
        if o is None:
            continue
        out.append(
            Move(
                direction=direction,
                state="found",
                judgements=o.cost,
                to=scale.names[o.banded],
                changes=(
                    StandardChange(
                        standard=standard,
                        judgements=o.cost,
                        rating_from=rating or "",
                        rating_to=scale.names[o.final],
                        banded_from=banded,
                        banded_to=scale.names[o.banded],
                        decision_set_aside=o.set_aside,
                        steps=steps(kqs, o),
                    ),
                ),
            )
        )
    return tuple(out)


def steps(kqs: Sequence[KqFigures], option: Option) -> tuple[Step, ...]:
    """An option's key-question changes as steps (without the cases, which only the data
    knows: see ``explain``)."""
    out = []
    for c in option.changes:
        k = kqs[c.index]
        up = c.reach.yes > k.yes
        before, after = ("no", "yes") if up else ("yes", "no")
        out.append(
            Step(
                key_question=k.id,
                answer_from=before,
                answer_to=after,
                cases=c.reach.cost,
                percent_after=c.reach.percent,
                band_after=c.reach.band,
            )
        )
    return tuple(out)


def nearest(
    options: Sequence[Option], now: int, direction: Direction, final: bool
) -> Option | None:
    """The fewest differing judgements that move the (final or banded) rating the given way;
    among equals, the nearest rating."""

    def key(o: Option) -> int:
        return o.final if final else o.banded

    pick = [o for o in options if (key(o) > now if direction == "up" else key(o) < now)]
    if not pick:
        return None
    return min(pick, key=lambda o: (o.cost, key(o) if direction == "up" else -key(o), o.banded))


# ---------------------------------------------------------------------------- records


@record
class Step:
    """Case judgements of one key question changed from one answer to the other."""

    key_question: str
    answer_from: str
    answer_to: str
    cases: int
    percent_after: int
    band_after: str
    # Case data: the cases that gave ``answer_from`` (any ``cases`` of them would do); empty
    # for published counts, where the cases are not in the data.
    candidates: tuple[str, ...] = ()

    @property
    def examples(self) -> tuple[str, ...]:
        """The first ``cases`` candidates in the data's order: one choice among equals."""
        return self.candidates[: self.cases]


@record
class StandardChange:
    """How one standard changes within a move: its ratings before and after, and the steps."""

    standard: str
    judgements: int
    rating_from: str
    rating_to: str
    banded_from: str
    banded_to: str
    decision_set_aside: bool  # a recorded panel decision no longer applies
    steps: tuple[Step, ...]


@record
class Move:
    """The fewest differing judgements that move a rating one way, or why there is none."""

    direction: Direction
    state: State
    judgements: int | None = None
    to: str | None = None  # the rating reached
    changes: tuple[StandardChange, ...] = ()
    reason: Phrase | None = None  # for none, undetermined, not rated: why (the views word it)
    # Where the fewest set a recorded panel decision aside: the fewest while every decision
    # stands (its state ``none`` where no number of judgements then moves the rating).
    decisions_stand: Move | None = field(default=None)

    @property
    def percent_only(self) -> bool:
        """Undetermined because the data gives percentages, not case counts."""
        return self.reason is not None and self.reason.code is Say.WHATIF_PERCENT_ONLY

    @property
    def sets_aside(self) -> tuple[str, ...]:
        """The standards whose recorded panel decision this move sets aside."""
        return tuple(c.standard for c in self.changes if c.decision_set_aside)

    @property
    def steps(self) -> tuple[Step, ...]:
        """Every key question's changes in the move, in order."""
        return tuple(st for c in self.changes for st in c.steps)


@record
class WhatIf:
    """What would move one rating (overall, or a standard's final or banded rating)."""

    item: str  # ``overall`` or a standard id
    kind: Kind
    rating: str | None
    up: Move
    down: Move

    def move(self, direction: Direction) -> Move:
        return self.up if direction == "up" else self.down
