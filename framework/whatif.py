"""What would move a rating: the fewest differing case judgements, found exactly.

A *differing judgement* is one case's answer to one key question the other way: a yes that
could have been a no, or a no that could have been a yes (prompts guide a judgement, they do
not rate, so they are never counted). Applicability, n/a answers, the lead inspector's
domain-one ratings and the panel's decisions are facts, not judgements, and stay as they are.

How the search works, and why it is exact (not greedy):

1. **Key question.** For each band, the yes count nearest to the one recorded whose rounded
   percentage falls in that band: the cost of reaching the band is the distance. Every yes
   count from 0 to the relevant cases is tried, so any rounding rule is handled.
2. **Standard.** A standard's banded rating is its lowest key-question band, so the cheapest
   way to a banded rating B keeps every key question at B or above (each at its cheapest band
   >= B) and puts at least one exactly at B (the one for which that costs least extra). Each
   banded rating a standard can reach has one exact cost.
3. **Final rating.** A recorded panel decision stands while the standard's banded rating is the
   one it was applied to; once judgements change the banded rating, the decision no longer
   applies (the panel decided about another rating) and the standard takes its new banded
   rating. No decision is assumed for a rating the panel did not see.
4. **Overall.** The overall score is the sum of the standard scores, so the cheapest way to
   each possible score is a small knapsack over the standards (each standard's options from
   step 3; a domain-one standard keeps its inspector rating). The fewest judgements that move
   the overall rating up (down) is the cheapest score whose overall band is higher (lower).

Where a key question gives only a published percentage, the number of cases behind it is not
known and nothing can be counted: the answer is *undetermined*, never a guess.

Nothing here runs while rating: ``explain`` and the views ask for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from ratingbook.framework.arithmetic import least_yes_reaching, most_yes_within
from ratingbook.framework.inspection import indexes
from ratingbook.framework.plan import Plan, compile_framework
from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult

Direction = Literal["up", "down"]
State = Literal["found", "none", "undetermined", "not rated"]
Kind = Literal["final", "banded"]

_INF: Final = 1 << 60


@dataclass(frozen=True, slots=True, kw_only=True)
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

    def text(self) -> str:
        """``2.2.1: 1 case from no to yes -> 67% (Good)``, naming the cases where the data has them."""
        n, before, after = self.cases, self.answer_from, self.answer_to
        if not self.candidates:
            what = f"{n} case{'' if n == 1 else 's'} from {before} to {after}"
        elif n == len(self.candidates):
            every = "the one case" if n == 1 else f"all {n} cases"
            what = f"{every} that answered {before} ({', '.join(self.examples)}) to {after}"
        else:
            of = len(self.candidates)
            what = (
                f"{n} of the {of} cases that answered {before} "
                f"(e.g. {', '.join(self.examples)}) to {after}"
            )
        return f"{self.key_question}: {what} -> {self.percent_after}% ({self.band_after})"

    def to_json(self) -> dict[str, Any]:
        return {
            "key_question": self.key_question,
            "from": self.answer_from,
            "to": self.answer_to,
            "cases": self.cases,
            "percent_after": self.percent_after,
            "band_after": self.band_after,
            "candidates": list(self.candidates),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
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

    def to_json(self) -> dict[str, Any]:
        return {
            "standard": self.standard,
            "judgements": self.judgements,
            "rating_from": self.rating_from,
            "rating_to": self.rating_to,
            "banded_from": self.banded_from,
            "banded_to": self.banded_to,
            "decision_set_aside": self.decision_set_aside,
            "changes": [s.to_json() for s in self.steps],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Move:
    """The fewest differing judgements that move a rating one way, or why there is none."""

    direction: Direction
    state: State
    judgements: int | None = None
    to: str | None = None  # the rating reached
    changes: tuple[StandardChange, ...] = ()
    reason: str = ""  # for none, undetermined, not rated: why, in words
    # Where the fewest set a recorded panel decision aside: the fewest while every decision
    # stands (its state ``none`` where no number of judgements then moves the rating).
    decisions_stand: Move | None = None

    @property
    def sets_aside(self) -> tuple[str, ...]:
        """The standards whose recorded panel decision this move sets aside."""
        return tuple(c.standard for c in self.changes if c.decision_set_aside)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "state": self.state,
            "judgements": self.judgements,
            "to": self.to,
            "standards": [c.to_json() for c in self.changes],
        }
        if self.reason:
            out["reason"] = self.reason
        if self.decisions_stand is not None:
            out["while_decisions_stand"] = self.decisions_stand.to_json()
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class WhatIf:
    """What would move one rating (overall, or a standard's final or banded rating)."""

    item: str  # ``overall`` or a standard id
    kind: Kind
    rating: str | None
    up: Move
    down: Move

    def move(self, direction: Direction) -> Move:
        return self.up if direction == "up" else self.down

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "kind": self.kind,
            "rating": self.rating,
            "up": self.up.to_json(),
            "down": self.down.to_json(),
        }


# ---------------------------------------------------------------------------- key questions


@dataclass(frozen=True, slots=True)
class _Reach:
    """Reaching a band in one key question: the yes count, its distance, and the percentage."""

    yes: int
    cost: int
    percent: int
    band: str


def _reach(plan: Plan, k: KeyQuestionResult) -> dict[int, _Reach]:
    """By band score: the cheapest way for a key question to land in that band.

    Rounding never falls as yes answers rise, so the yes counts that give a band are one run
    of whole numbers, found from the band's edges without trying every count; the cheapest of
    them is the one nearest today's count. Where bands share a score, the cheaper wins, and
    at equal cost the one with fewer yes answers (as trying every count upwards would)."""
    relevant, yes = k.relevant or 0, k.yes or 0
    found: dict[int, _Reach] = {}
    if relevant <= 0:
        return found
    for band in plan.framework.banding.bands:
        least = least_yes_reaching(plan.round, relevant, band.low)
        most = most_yes_within(plan.round, relevant, band.high)
        if least is None or most is None or least > most:
            continue
        y = min(max(yes, least), most)
        s, cost = plan.score[band.rating], abs(y - yes)
        have = found.get(s)
        if have is None or cost < have.cost or (cost == have.cost and y < have.yes):
            p = plan.round(y, relevant)
            found[s] = _Reach(yes=y, cost=cost, percent=p, band=band.rating)
    return found


def _candidates(k: KeyQuestionResult, answer: str) -> tuple[str, ...]:
    """The counted cases that gave ``answer``, in the data's order (from the masks: no trace)."""
    if k.source is None:
        return ()
    inspection = k.source.inspection
    yes_m, no_m, _ = inspection.table.answer_masks(k.id)
    chosen = k.counted_cases & (yes_m if answer == "yes" else no_m)
    return tuple(inspection.cases[i].id for i in indexes(chosen))


def _step(k: KeyQuestionResult, r: _Reach) -> Step:
    up = r.yes > (k.yes or 0)
    before, after = ("no", "yes") if up else ("yes", "no")
    return Step(
        key_question=k.id,
        answer_from=before,
        answer_to=after,
        cases=r.cost,
        percent_after=r.percent,
        band_after=r.band,
        candidates=_candidates(k, before) if k.basis == "cases" else (),
    )


# ---------------------------------------------------------------------------- standards


@dataclass(frozen=True, slots=True)
class _Option:
    """One way a standard could end: banded and final score, cost, and the key-question changes."""

    banded: int
    final: int
    cost: int
    reaches: tuple[tuple[KeyQuestionResult, _Reach], ...]  # only the key questions that change
    set_aside: bool


def counts_unknown(s: StandardResult) -> bool:
    return any(
        k.band is not None and (k.relevant is None or k.yes is None) for k in s.key_questions
    )


def _decision(s: StandardResult) -> str | None:
    d = s.discretion
    return d.rating if d is not None and d.applied else None


def _options(plan: Plan, s: StandardResult) -> list[_Option]:
    """Every banded rating a standard rated by key questions can reach, each at its least cost."""
    score = plan.score
    rated = [k for k in s.key_questions if k.band is not None]
    reach = [(k, _reach(plan, k)) for k in rated]
    banded_now = score[s.banded] if s.banded else None
    decision = _decision(s)
    out: list[_Option] = []
    for b in sorted(plan.rating_by_score):
        total, chosen = 0, []
        best_extra, forced = _INF, -1
        for i, (_, r) in enumerate(reach):
            above = [(v.cost, bs) for bs, v in r.items() if bs >= b]
            if not above:
                total = _INF
                break
            cost, bs = min(above)
            total += cost
            chosen.append(r[bs])
            exact = r.get(b)
            if exact is not None and exact.cost - cost < best_extra:
                best_extra, forced = exact.cost - cost, i
        if total >= _INF or forced < 0:
            continue
        chosen[forced] = reach[forced][1][b]
        total += best_extra
        same = b == banded_now
        final = score[decision] if decision is not None and same else b
        out.append(
            _Option(
                banded=b,
                final=final,
                cost=total,
                reaches=tuple((k, c) for (k, _), c in zip(reach, chosen, strict=True) if c.cost),
                set_aside=decision is not None and not same,
            )
        )
    return out


def _change(plan: Plan, s: StandardResult, o: _Option) -> StandardChange:
    name = plan.rating_by_score
    return StandardChange(
        standard=s.id,
        judgements=o.cost,
        rating_from=s.rating or "",
        rating_to=name[o.final],
        banded_from=s.banded or "",
        banded_to=name[o.banded],
        decision_set_aside=o.set_aside,
        steps=tuple(_step(k, r) for k, r in o.reaches),
    )


def _beyond(direction: Direction, value: int, now: int) -> bool:
    """Whether a score lies the given way from the score now."""
    return value > now if direction == "up" else value < now


def _edge(direction: Direction) -> str:
    return "highest" if direction == "up" else "lowest"


def standard_what_if(result: Result, s: StandardResult, kind: Kind = "final") -> WhatIf | None:
    """What would move a standard's final (or banded) rating; None for a judged standard."""
    if s.judged is not None:
        return None
    plan = compile_framework(result.framework)
    now_name = s.rating if kind == "final" else s.banded
    open_kqs = s.undetermined_key_questions
    if open_kqs or s.undetermined is not None:
        reason = (
            f"{', '.join(k.id for k in open_kqs) or 'its rating'} cannot be worked out from this "
            "data, so neither can what would move it"
        )
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item=s.id, kind=kind, rating=now_name, up=moves[0], down=moves[1])
    if now_name is None or s.banded is None:
        reason = "the standard is not rated"
        moves = [Move(direction=d, state="not rated", reason=reason) for d in ("up", "down")]
        return WhatIf(item=s.id, kind=kind, rating=now_name, up=moves[0], down=moves[1])
    if counts_unknown(s):
        reason = (
            "the data gives percentages, not case counts, so the cases behind them are not known"
        )
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item=s.id, kind=kind, rating=now_name, up=moves[0], down=moves[1])
    now = plan.score[now_name]
    options = _options(plan, s)
    decision = _decision(s)

    def move(direction: Direction) -> Move:
        pick = [
            o for o in options if _beyond(direction, o.final if kind == "final" else o.banded, now)
        ]
        if not pick:
            edge = _edge(direction)
            top = plan.top_score if direction == "up" else plan.bottom_score
            if now == top:
                reason = f"already the {edge} rating"
            elif kind == "final" and decision is not None and s.banded is not None:
                b_edge = plan.score[s.banded] == (
                    plan.top_score if direction == "up" else plan.bottom_score
                )
                why = (
                    f"its banded rating ({s.banded}) is already the {edge}"
                    if b_edge
                    else f"no number of judgements moves its banded rating ({s.banded}) {direction}"
                )
                reason = (
                    f"{why}, and the panel's decision ({decision}) stands while the banded "
                    "rating is unchanged"
                )
            else:
                reason = f"no number of differing judgements reaches a {'higher' if direction == 'up' else 'lower'} rating"
            return Move(direction=direction, state="none", reason=reason)
        # The fewest judgements; among equals, the nearest rating.
        o = min(pick, key=lambda o: (o.cost, o.final if direction == "up" else -o.final, o.banded))
        c = _change(plan, s, o)
        return Move(
            direction=direction,
            state="found",
            judgements=o.cost,
            to=c.rating_to if kind == "final" else c.banded_to,
            changes=(c,),
        )

    return WhatIf(item=s.id, kind=kind, rating=now_name, up=move("up"), down=move("down"))


# ---------------------------------------------------------------------------- overall


def _knapsack(
    choices: list[list[_Option]],
) -> dict[int, tuple[int, tuple[int, ...]]]:
    """By total score: the least cost, and which option of each standard gives it."""
    table: dict[int, tuple[int, tuple[int, ...]]] = {0: (0, ())}
    for opts in choices:
        nxt: dict[int, tuple[int, tuple[int, ...]]] = {}
        for total, (cost, picked) in sorted(table.items()):
            for j, o in enumerate(opts):
                t, c = total + o.final, cost + o.cost
                have = nxt.get(t)
                if have is None or c < have[0]:
                    nxt[t] = (c, (*picked, j))
        table = nxt
    return table


def overall_what_if(result: Result) -> WhatIf:
    """What would move the overall rating up or down, with every standard it takes."""
    plan = compile_framework(result.framework)
    fw = result.framework
    o = result.overall
    if o.undetermined is not None or any(s.undetermined is not None for s in result.standards):
        reason = (
            "this data cannot decide "
            f"{', '.join(s.id for s in result.standards if s.undetermined is not None)} "
            "under this version, so neither what would move the overall rating"
        )
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item="overall", kind="final", rating=o.rating, up=moves[0], down=moves[1])
    if o.rating is None:
        reason = "there is no overall rating: " + (
            f"standards {', '.join(o.missing)} are not rated"
            if o.missing
            else "the score is in no band"
        )
        moves = [Move(direction=d, state="not rated", reason=reason) for d in ("up", "down")]
        return WhatIf(item="overall", kind="final", rating=None, up=moves[0], down=moves[1])
    unknown = [s.id for s in result.standards if s.judged is None and counts_unknown(s)]
    if unknown:
        reason = (
            f"standards {', '.join(unknown)} give percentages, not case counts, so the cases "
            "behind them are not known"
        )
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item="overall", kind="final", rating=o.rating, up=moves[0], down=moves[1])

    standards = list(result.standards)
    free: list[list[_Option]] = []
    standing: list[list[_Option]] = []
    for s in standards:
        if s.judged is not None:
            keep = [
                _Option(
                    banded=s.score or 0, final=s.score or 0, cost=0, reaches=(), set_aside=False
                )
            ]
            free.append(keep)
            standing.append(keep)
            continue
        opts = _options(plan, s)
        free.append(opts)
        standing.append([x for x in opts if not x.set_aside])
    now = plan.score[o.rating]
    band_score: dict[int, int] = {}
    for total in range(fw.overall.low, fw.overall.high + 1):
        band = fw.overall.band_for(total)
        if band is not None:
            band_score[total] = plan.score[band.rating]
    decided = any(_decision(s) is not None for s in standards)

    def solve(choices: list[list[_Option]], direction: Direction) -> Move:
        table = _knapsack(choices)
        found = [
            (cost, band_score[t] if direction == "up" else -band_score[t], t, picked)
            for t, (cost, picked) in table.items()
            if t in band_score and _beyond(direction, band_score[t], now)
        ]
        if not found:
            edge = _edge(direction)
            top = plan.top_score if direction == "up" else plan.bottom_score
            reason = (
                f"already the {edge} rating"
                if now == top
                else f"no number of differing judgements reaches a {'higher' if direction == 'up' else 'lower'} overall rating"
            )
            return Move(direction=direction, state="none", reason=reason)
        cost, _, total, picked = min(found)
        changes = tuple(
            _change(plan, s, choices[i][j])
            for i, (s, j) in enumerate(zip(standards, picked, strict=True))
            if choices[i][j].cost or choices[i][j].set_aside
        )
        band = fw.overall.band_for(total)
        assert band is not None
        return Move(
            direction=direction, state="found", judgements=cost, to=band.rating, changes=changes
        )

    def move(direction: Direction) -> Move:
        m = solve(free, direction)
        if decided and (m.state != "found" or m.sets_aside):
            stand = solve(standing, direction)
            if m.state == "found":
                return Move(
                    direction=m.direction,
                    state=m.state,
                    judgements=m.judgements,
                    to=m.to,
                    changes=m.changes,
                    decisions_stand=stand,
                )
        return m

    return WhatIf(item="overall", kind="final", rating=o.rating, up=move("up"), down=move("down"))
