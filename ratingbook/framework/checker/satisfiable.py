"""What a condition means, decided exactly: whether it can hold, whether it always holds,
whether one implies another, each with the values that show it.

A condition tests names (case attributes, or the discretion measures), each of which takes
values from a domain: a flag's yes and no, an enumeration or an order, a vocabulary; a free
text, a number or a date takes any of infinitely many, but a condition can tell apart only
the values it names and what lies between and beyond them. So each name is given a finite
set of *representative* values (:func:`representatives`) that decides every test on it
exactly: the values it lists; or the constants the conditions compare with, their neighbours
(for numbers and dates: one below and one above each, within a declared range) and one value
that stands for all the others. Over these, a condition is decided by searching the
combinations of the names it tests, with three-valued evaluation of partial combinations so
that a combination is abandoned as soon as it decides the condition. No solver is needed.

Everything here works on the syntax-free conditions of :mod:`ratingbook.framework.conditions`
and plain values, so the rules' analyses (decision tables, limits) can use it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field
from typing import Final

from ratingbook._record import record
from ratingbook.framework import conditions
from ratingbook.framework.conditions import Condition, Test

Assignment = Mapping[str, str]
"""Values for some names, each as text (a flag's ``yes``, a number's digits, an ISO date)."""

Passes = Callable[[Test], Callable[[str], bool]]
"""How a test judges one value of its name (``passes(test)(value)``)."""

OTHER: Final = "\x00another value"
"""Stands for every value of a free text that no condition names."""

_FAR: Final = 10**12


@record
class Variable:
    """A name a condition may test and the values it can take.

    ``kind`` is an attribute kind (``flag``, ``enum``, ``ordered``, ``text``, ``number``,
    ``date``) or ``measure`` (a whole number). ``values`` are the values a listed kind
    allows (lowest first for ``ordered``; a text's vocabulary; none for free text, numbers and
    dates); ``low`` and ``high`` bound a number or a measure where a range is known.
    """

    name: str
    kind: str
    values: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None

    @property
    def listed(self) -> tuple[str, ...] | None:
        """The values it can take, where its kind lists them (None: any of its kind)."""
        if self.kind == "flag":
            return ("yes", "no")
        if self.kind in ("enum", "ordered") or (self.kind == "text" and self.values):
            return self.values
        return None

    def rank(self, value: str) -> int | None:
        """Where a value stands in the order (None: no order, or not a value of its kind)."""
        if self.kind == "ordered":
            return self.values.index(value) if value in self.values else None
        if self.kind in ("number", "measure"):
            try:
                return int(value)
            except ValueError:
                return None
        if self.kind == "date":
            try:
                return dt.date.fromisoformat(value).toordinal()
            except ValueError:
                return None
        return None

    def representatives(self, named: Iterable[str]) -> tuple[str, ...]:
        """Values that decide every test naming ``named``: see the module's docstring."""
        listed = self.listed
        if listed is not None:
            return listed
        named = set(named)
        if self.kind in ("number", "measure"):
            low = self.low if self.low is not None else -_FAR
            high = self.high if self.high is not None else _FAR
            places = {n for v in named if (n := self.rank(v)) is not None}
            near = {x + d for x in places for d in (-1, 0, 1)} | {low, high}
            return tuple(str(x) for x in sorted(near) if low <= x <= high)
        if self.kind == "date":
            days = {n for v in named if (n := self.rank(v)) is not None}
            first, last = dt.date.min.toordinal(), dt.date.max.toordinal()
            near = {x + d for x in days for d in (-1, 0, 1)} or {dt.date(2000, 1, 1).toordinal()}
            return tuple(
                dt.date.fromordinal(x).isoformat() for x in sorted(near) if first <= x <= last
            )
        return (*sorted(named), OTHER)  # free text


def passes_for(variables: Mapping[str, Variable]) -> Passes:
    """Tests as the evaluator applies them (:func:`conditions.passes`, the one definition),
    each value placed in its variable's order."""

    def passes(test: Test) -> Callable[[str], bool]:
        variable = variables.get(test.name)
        return conditions.passes(test, variable.rank if variable is not None else _no_rank)

    return passes


def _no_rank(value: str) -> int | None:
    return None


def decidable(cond: Condition, variables: Mapping[str, Variable]) -> bool:
    """Whether every test names a known variable with values of its kind (the checker
    reports the others; a condition it refused is not analysed)."""
    for t in conditions.tests(cond):
        variable = variables.get(t.name)
        if variable is None:
            return False
        listed = variable.listed
        if t.op == "is":
            if variable.kind != "flag":
                return False
            continue
        for v in t.values:
            text = str(v.value)
            if listed is not None and text not in listed:
                return False
            if variable.kind in ("number", "measure", "date"):
                place = variable.rank(text)
                if place is None:
                    return False
                if variable.kind == "number" and not (
                    (variable.low is None or variable.low <= place)
                    and (variable.high is None or place <= variable.high)
                ):
                    return False  # outside the declared range: the checker refuses it
        if t.op in ("<", "<=", ">", ">=") and variable.kind not in (
            "ordered",
            "number",
            "measure",
            "date",
        ):
            return False
    return True


@record
class Space:
    """The representative values of every name some conditions test, and how tests judge
    them: the finite world in which those conditions are decided exactly."""

    values: Mapping[str, tuple[str, ...]]
    passes: Passes
    _judges: dict[Test, Callable[[str], bool]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, variables: Mapping[str, Variable], conds: Iterable[Condition | None]) -> Space:
        """The space that decides ``conds`` (and any condition on the constants they name)."""
        named: dict[str, set[str]] = {}
        for c in conds:
            if c is None:
                continue
            for t in conditions.tests(c):
                named.setdefault(t.name, set()).update(str(v.value) for v in t.values)
        values = {n: variables[n].representatives(vs) for n, vs in named.items() if n in variables}
        return cls(values=values, passes=passes_for(variables))

    def holds(self, cond: Condition, assignment: Assignment) -> bool | None:
        """Whether ``cond`` holds for these values: None while a name it needs has none."""
        judges = self._judges

        def test(t: Test) -> bool | None:
            value = assignment.get(t.name)
            if value is None:
                return None
            judge = judges.get(t)
            if judge is None:
                judge = judges[t] = self.passes(t)
            return judge(value)

        return conditions.evaluate(cond, test, conditions.KLEENE)

    def find(self, cond: Condition) -> dict[str, str] | None:
        """Values that make ``cond`` hold, only for the names that decide it; None: none do."""
        names = [n for n in conditions.names(cond) if n in self.values]
        return self._search(cond, names, {})

    def _search(
        self, cond: Condition, names: Sequence[str], given: dict[str, str]
    ) -> dict[str, str] | None:
        truth = self.holds(cond, given)
        if truth is not None:
            return dict(given) if truth else None
        name = next((n for n in names if n not in given), None)
        if name is None:
            return None  # a name with no values (not a variable): undecidable, so no example
        for value in self.values[name]:
            given[name] = value
            found = self._search(cond, names, given)
            if found is not None:
                del given[name]
                return found
        del given[name]
        return None

    def every(self, names: Sequence[str]) -> Iterable[dict[str, str]]:
        """Every combination of the representative values of ``names`` (for brute force)."""
        combos: list[dict[str, str]] = [{}]
        for n in names:
            combos = [{**c, n: v} for c in combos for v in self.values[n]]
        return combos


@record
class Decision:
    """What a condition does within a space: a combination where it holds and one where it
    does not (None where there is none: it never holds, or always does)."""

    holds: dict[str, str] | None
    fails: dict[str, str] | None

    @property
    def never(self) -> bool:
        return self.holds is None

    @property
    def always(self) -> bool:
        return self.fails is None


def decide(cond: Condition, space: Space, within: Condition | None = None) -> Decision:
    """Whether ``cond`` can hold and can fail, among the cases that meet ``within``."""
    scope = [] if within is None else [within]
    yes = conditions.conjoin(*scope, cond)
    no = conditions.conjoin(*scope, conditions.Not(operand=cond))
    assert yes is not None and no is not None
    return Decision(holds=space.find(yes), fails=space.find(no))


def differs(
    a: Condition | None, b: Condition | None, space: Space, within: Condition | None = None
) -> dict[str, str] | None:
    """Values (meeting ``within``) for which ``a`` and ``b`` disagree; None: they are the same
    there. A missing condition is one that always holds."""
    left = a if a is not None else conditions.AllOf(operands=())
    right = b if b is not None else conditions.AllOf(operands=())
    one = conditions.AllOf(operands=(left, conditions.Not(operand=right)))
    other = conditions.AllOf(operands=(right, conditions.Not(operand=left)))
    scope = [] if within is None else [within]
    for c in (one, other):
        joined = conditions.conjoin(*scope, c)
        assert joined is not None
        found = space.find(joined)
        if found is not None:
            return found
    return None


def shown(assignment: Assignment) -> str:
    """Values as a message gives them: ``disposal = court, harm_factors = no``."""
    return ", ".join(
        f"{n} = {'another value' if v == OTHER else conditions.Value(value=v).text()}"
        for n, v in assignment.items()
    )
