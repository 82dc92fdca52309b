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

from typing import Final

from ratingbook.framework.inspection import indexes
from ratingbook.framework.phrase import Say, said
from ratingbook.framework.plan import Plan, compile_framework
from ratingbook.framework.result import KeyQuestionResult, Result, StandardResult
from ratingbook.framework.rules.kernel import Way
from ratingbook.framework.rules.moves import (
    Direction,
    Kind,
    Move,
    Option,
    StandardChange,
    State,
    Step,
    WhatIf,
    steps,
)

__all__ = [
    "Direction",
    "Kind",
    "Move",
    "State",
    "StandardChange",
    "Step",
    "WhatIf",
    "overall_what_if",
    "standard_what_if",
]

_INF: Final = 1 << 60


def _candidates(k: KeyQuestionResult, answer: str) -> tuple[str, ...]:
    """The counted cases that gave ``answer``, in the data's order (from the masks: no trace)."""
    if k.source is None:
        return ()
    inspection = k.source.inspection
    yes_m, no_m, _ = inspection.table.answer_masks(k.id)
    chosen = k.counted_cases & (yes_m if answer == "yes" else no_m)
    return tuple(inspection.cases[i].id for i in indexes(chosen))


def _steps(s: StandardResult, o: Option) -> tuple[Step, ...]:
    """An option's steps, naming the cases where the data has them."""
    out = []
    for st in steps(s.figures(), o):
        k = s.key_questions[
            next(i for i, kk in enumerate(s.key_questions) if kk.id == st.key_question)
        ]
        if k.basis == "cases":
            out.append(
                Step(
                    key_question=st.key_question,
                    answer_from=st.answer_from,
                    answer_to=st.answer_to,
                    cases=st.cases,
                    percent_after=st.percent_after,
                    band_after=st.band_after,
                    candidates=_candidates(k, st.answer_from),
                )
            )
        else:
            out.append(st)
    return tuple(out)


# ---------------------------------------------------------------------------- standards


def counts_unknown(s: StandardResult) -> bool:
    return any(
        k.band is not None and (k.relevant is None or k.yes is None) for k in s.key_questions
    )


def _decision(s: StandardResult) -> str | None:
    d = s.discretion
    return d.rating if d is not None and d.applied else None


def _change(plan: Plan, s: StandardResult, o: Option) -> StandardChange:
    name = plan.rating_by_score
    return StandardChange(
        standard=s.id,
        judgements=o.cost,
        rating_from=s.rating or "",
        rating_to=name[o.final],
        banded_from=s.banded or "",
        banded_to=name[o.banded],
        decision_set_aside=o.set_aside,
        steps=_steps(s, o),
    )


def _beyond(direction: Direction, value: int, now: int) -> bool:
    """Whether a score lies the given way from the score now."""
    return value > now if direction == "up" else value < now


def standard_what_if(result: Result, s: StandardResult, kind: Kind = "final") -> WhatIf | None:
    """What would move a standard's final (or banded) rating; None for a judged standard."""
    if s.judged is not None:
        return None
    plan = compile_framework(result.framework)
    now_name = s.rating if kind == "final" else s.banded
    open_kqs = s.undetermined_key_questions
    if open_kqs or s.undetermined is not None:
        reason = said(Say.WHATIF_UNDECIDED, items=tuple(k.id for k in open_kqs), overall=False)
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item=s.id, kind=kind, rating=now_name, up=moves[0], down=moves[1])
    if now_name is None or s.banded is None:
        reason = said(Say.WHATIF_STANDARD_NOT_RATED)
        moves = [Move(direction=d, state="not rated", reason=reason) for d in ("up", "down")]
        return WhatIf(item=s.id, kind=kind, rating=now_name, up=moves[0], down=moves[1])
    if counts_unknown(s):
        reason = said(Say.WHATIF_PERCENT_ONLY, standards=())
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item=s.id, kind=kind, rating=now_name, up=moves[0], down=moves[1])
    now = plan.score[now_name]
    options = s.options()
    decision = _decision(s)

    def move(direction: Direction) -> Move:
        pick = [
            o for o in options if _beyond(direction, o.final if kind == "final" else o.banded, now)
        ]
        if not pick:
            top = plan.top_score if direction == "up" else plan.bottom_score
            if now == top:
                reason = said(Say.WHATIF_AT_EDGE, direction=direction)
            elif kind == "final" and decision is not None and s.banded is not None:
                reason = said(
                    Say.WHATIF_PANEL_STANDS,
                    direction=direction,
                    banded=s.banded,
                    banded_at_edge=plan.score[s.banded] == top,
                    decision=decision,
                )
            else:
                reason = said(Say.WHATIF_UNREACHABLE, direction=direction, overall=False)
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


def _ways(s: StandardResult, options: list[Option]) -> dict[int | None, tuple[Way, Option | None]]:
    """A standard's final ratings, each with the cheapest option that gives it."""
    out: dict[int | None, tuple[Way, Option | None]] = {}
    for o in options:
        have = out.get(o.final)
        if have is None or o.cost < have[0].cost:
            out[o.final] = (Way(cost=o.cost, rank=(), picks=()), o)
    return out


def overall_what_if(result: Result) -> WhatIf:
    """What would move the overall rating up or down, with every standard it takes: the
    overall rule folded over each standard's final ratings and their cheapest ways."""
    plan = compile_framework(result.framework)
    o = result.overall
    if o.undetermined is not None or any(s.undetermined is not None for s in result.standards):
        reason = said(
            Say.WHATIF_UNDECIDED,
            items=tuple(s.id for s in result.standards if s.undetermined is not None),
            overall=True,
        )
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item="overall", kind="final", rating=o.rating, up=moves[0], down=moves[1])
    if o.rating is None:
        reason = said(Say.WHATIF_NO_OVERALL, missing=tuple(o.missing))
        moves = [Move(direction=d, state="not rated", reason=reason) for d in ("up", "down")]
        return WhatIf(item="overall", kind="final", rating=None, up=moves[0], down=moves[1])
    unknown = [s.id for s in result.standards if s.judged is None and counts_unknown(s)]
    if unknown:
        reason = said(Say.WHATIF_PERCENT_ONLY, standards=tuple(unknown))
        moves = [Move(direction=d, state="undetermined", reason=reason) for d in ("up", "down")]
        return WhatIf(item="overall", kind="final", rating=o.rating, up=moves[0], down=moves[1])

    standards = list(result.standards)
    free: list[dict[int | None, tuple[Way, Option | None]]] = []
    standing: list[dict[int | None, tuple[Way, Option | None]]] = []
    for s in standards:
        if s.judged is not None or s.banded is None:
            keep: dict[int | None, tuple[Way, Option | None]] = {
                s.score: (Way(cost=0, rank=(), picks=()), None)
            }
            free.append(keep)
            standing.append(keep)
            continue
        opts = s.options()
        free.append(_ways(s, opts))
        standing.append(_ways(s, [x for x in opts if not x.set_aside]))
    now = plan.score[o.rating]
    decided = any(_decision(s) is not None for s in standards)
    rule = plan.overall

    def solve(
        choices: list[dict[int | None, tuple[Way, Option | None]]], direction: Direction
    ) -> Move:
        table = (
            rule.cheapest_scores([{k: w for k, (w, _) in c.items()} for c in choices])
            if rule.uses_score
            else {
                (0, r): w
                for r, w in rule.cheapest(
                    [{k: w for k, (w, _) in c.items()} for c in choices]
                ).items()
            }
        )
        found = [
            (way.cost, r if direction == "up" else -r, total, r, way)
            for (total, r), way in table.items()
            if r is not None and _beyond(direction, r, now)
        ]
        if not found:
            top = plan.top_score if direction == "up" else plan.bottom_score
            reason = (
                said(Say.WHATIF_AT_EDGE, direction=direction)
                if now == top
                else said(Say.WHATIF_UNREACHABLE, direction=direction, overall=True)
            )
            return Move(direction=direction, state="none", reason=reason)
        cost, _, _, reached, way = min(found, key=lambda f: (f[0], f[1], f[2]))
        changes = []
        for i, (s, pick) in enumerate(zip(standards, way.picks, strict=True)):
            option = choices[i][pick][1]  # type: ignore[index]
            if option is not None and (option.cost or option.set_aside):
                changes.append(_change(plan, s, option))
        return Move(
            direction=direction,
            state="found",
            judgements=cost,
            to=plan.rating_by_score[reached],
            changes=tuple(changes),
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
