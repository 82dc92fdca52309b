"""Rating data under a version other than the one it was recorded under.

Data records what its own version asked: counts were taken over the cases that version's
conditions admitted, and cases were asked the key questions that version applied to them.
Rated under another version, a key question whose condition admits different cases, or
that the data's version did not have, cannot be worked out from counts, and cases that were
never asked it have no answer: the key question is *undetermined*, and the ratings above it
show the range still possible. :class:`Origin` answers, once per key question, how the two
versions' conditions relate; the relation is decided over every combination of the values
the conditions test, so two conditions written differently that admit the same cases are the
same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import product
from typing import Final, Literal

from ratingbook._record import record
from ratingbook.framework import conditions
from ratingbook.framework.conditions import Condition, Test
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.model import iso_date, whole_number
from ratingbook.framework.plan import KeyQuestionPlan, Plan

Relation = Literal["same", "narrower", "wider", "different", "new"]
"""How the rating version's condition for a key question relates to the data's version's:
``narrower`` admits only cases the data's version admitted, ``wider`` every one of them and
more, ``new``: the data's version has no such key question."""

_OTHER: Final = "\x00another value"  # stands for every text value no condition names


def _values(name: str, plans: tuple[Plan, ...], tests: list[Test]) -> tuple[str, ...]:
    """The values a name can take, as far as the conditions can tell them apart: a listed
    kind's own values; for a number or a date, each value a condition names and its
    neighbours (which stand for every value between two named ones, or beyond the last)."""
    named = {str(v.value) for t in tests if t.name == name for v in t.values}
    for plan in plans:
        attr = plan.framework.attribute(name)
        if attr is None:
            continue
        listed = attr.listed
        if listed is not None:
            return listed
        if attr.kind == "number":
            places = sorted({n for v in named if (n := whole_number(v)) is not None})
            low = attr.low if attr.low is not None else -(10**12)
            high = attr.high if attr.high is not None else 10**12
            near = {x + d for x in places for d in (-1, 0, 1)} or {max(low, min(high, 0))}
            return tuple(str(x) for x in sorted(near) if low <= x <= high)
        if attr.kind == "date":
            days = sorted({d.toordinal() for v in named if (d := iso_date(v)) is not None})
            first, last = dt.date.min.toordinal(), dt.date.max.toordinal()
            near = {x + d for x in days for d in (-1, 0, 1)} or {dt.date(2000, 1, 1).toordinal()}
            return tuple(
                dt.date.fromordinal(x).isoformat() for x in sorted(near) if first <= x <= last
            )
        break  # free text: the values named, and one that stands for every other
    return (*sorted(named), _OTHER)


def relation(mine: Condition | None, theirs: Condition | None, plans: tuple[Plan, ...]) -> Relation:
    """How condition ``mine`` relates to ``theirs``, decided over every combination of values.

    ``plans`` are the rating version's and the data's: each condition's tests are placed in
    order by its own version's declarations.
    """
    if mine == theirs:
        return "same"
    found = [t for c in (mine, theirs) if c is not None for t in conditions.tests(c)]
    names = list(dict.fromkeys(t.name for t in found))
    domains = [_values(n, plans, found) for n in names]
    rows = list(product(*domains))
    everyone = (1 << len(rows)) - 1
    logic = conditions.mask_logic(everyone)
    column = {n: i for i, n in enumerate(names)}

    def tester(plan: Plan) -> Callable[[Test], int]:
        def test(t: Test) -> int:
            i, passes = column[t.name], plan.passes(t)
            hits = 0
            for bit, row in enumerate(rows):
                if passes(row[i]):
                    hits |= 1 << bit
            return hits

        return test

    a = everyone if mine is None else conditions.evaluate(mine, tester(plans[0]), logic)
    b = everyone if theirs is None else conditions.evaluate(theirs, tester(plans[-1]), logic)
    if a == b:
        return "same"
    if a & ~b == 0:
        return "narrower"
    if b & ~a == 0:
        return "wider"
    return "different"


@record
class Change:
    """How a key question of the rating version differs from the data's version's."""

    relation: Relation
    theirs: KeyQuestionPlan | None  # the data's version's key question, if it has one


class Origin:
    """The version the data was recorded under, as seen from the version rating it."""

    __slots__ = ("plan", "mine", "inspection", "_changes", "_masks")

    def __init__(self, mine: Plan, plan: Plan, inspection: Inspection) -> None:
        self.mine, self.plan, self.inspection = mine, plan, inspection
        # The relations depend on the two versions only: kept with the rating version, so a
        # corpus works each out once.
        key = f"relations to {plan.framework.id} at {plan.framework.path}"
        kept = mine.framework.derived.get(key)
        if not isinstance(kept, dict):
            kept = mine.framework.derived[key] = {}
        self._changes: dict[str, Change] = kept
        self._masks: object | None = None

    @property
    def id(self) -> str:
        return self.plan.framework.id

    def change(self, kq: KeyQuestionPlan) -> Change:
        """How ``kq``'s condition relates to the data's version's (worked out once)."""
        found = self._changes.get(kq.id)
        if found is None:
            theirs = self.plan.key_questions.get(kq.id)
            if theirs is None:
                found = Change(relation="new", theirs=None)
            else:
                rel = relation(kq.admits, theirs.admits, (self.mine, self.plan))
                found = Change(relation=rel, theirs=theirs)
            self._changes[kq.id] = found
        return found

    def admitted(self, kq_id: str) -> int:
        """The cases the data's version applies ``kq_id`` to (none if it has no such question).

        Only asked when cases lack an answer, so data that is complete costs nothing here.
        """
        from ratingbook.framework.evaluate.applicability import Applicability
        from ratingbook.framework.evaluate.problems import Problems

        theirs = self.plan.key_questions.get(kq_id)
        if theirs is None:
            return 0
        masks = self._masks
        if not isinstance(masks, Applicability):
            masks = self._masks = Applicability(
                self.plan, self.inspection, Problems(self.inspection)
            )
        return masks.mask(theirs.domain_slot) & masks.mask(theirs.own_slot)
