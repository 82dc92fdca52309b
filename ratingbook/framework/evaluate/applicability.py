"""Which cases each key question applies to, as bitmasks over the inspection's cases.

A condition is evaluated once per evaluation over all cases at a time: each test is a union of
the inspection's value masks, and ``and``/``or``/``not`` are integer operations. A case that
does not give an attribute a condition needs (and has no default) is an error.
"""

from __future__ import annotations

from ratingbook.framework import conditions
from ratingbook.framework.conditions import Test
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.inspection import indexes as bits
from ratingbook.framework.plan import Plan


class Applicability:
    """Condition masks for one inspection under one plan, each worked out once."""

    def __init__(self, plan: Plan, inspection: Inspection, problems: Problems) -> None:
        self.plan = plan
        self.inspection = inspection
        self.table = inspection.table
        self.problems = problems
        self.logic = conditions.mask_logic(self.table.everyone)
        # The mask of each of the plan's conditions, by slot, once worked out; slot 0 is "no
        # condition": every case.
        self.slots: list[int | None] = [None] * len(plan.conditions)
        self.slots[0] = self.table.everyone
        self._reported: set[tuple[int, str]] = set()
        self._required: set[tuple[tuple[str, ...], int]] = set()

    def _test(self, t: Test) -> int:
        # Each value that occurs is tested once (a case that gives none has the default), and
        # the masks of those that pass are joined: as many tests as distinct values, not cases.
        passes, default = self.plan.passes(t), self.plan.default(t.name)
        accepted = [v for v in self.table.distinct(t.name) if passes(default if v is None else v)]
        return self.table.mask_of(t.name, accepted)

    def admits(self, cond: conditions.Condition) -> int:
        """The cases a condition admits (worked out each time it is asked)."""
        return conditions.evaluate(cond, self._test, self.logic)

    def mask(self, slot: int) -> int:
        """The cases the plan's condition in ``slot`` admits."""
        found = self.slots[slot]
        if found is None:
            cond = self.plan.conditions[slot]
            assert cond is not None
            found = self.slots[slot] = self.admits(cond)
        return found

    def lacking(self, names: tuple[str, ...], within: int) -> dict[str, int]:
        """The cases in ``within`` that do not give each of ``names``, where any do not."""
        out = {}
        for name in names:
            missing = within & self.table.value_mask(name, None)
            if missing:
                out[name] = missing
        return out

    def require(self, names: tuple[str, ...], within: int, needed_by: str) -> None:
        """An error for each case in ``within`` that does not give one of ``names``."""
        # Every key question of a domain asks the same of the same cases: once is enough.
        if (names, within) in self._required:
            return
        self._required.add((names, within))
        for name in names:
            missing = within & self.table.value_mask(name, None)
            for i in bits(missing):
                if (i, name) in self._reported:
                    continue
                self._reported.add((i, name))
                case = self.inspection.cases[i]
                self.problems.error(
                    f"case {case.id} does not say its {name}, which {needed_by} needs to decide "
                    "whether it applies; add it under attributes",
                    "cases",
                    i,
                )
