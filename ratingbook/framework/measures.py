"""The measures a discretion rule may test, what each means, and how each is worked out.

A discretion rule is a condition over these names (``boundary_distance <= 5``). The checker
refuses any other name; the evaluator computes each from a standard's key-question figures.
A measure is unknown (None) when the data cannot give it, e.g. ``judgements_to_change``
for an inspection that publishes percentages but not case counts.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any, Final

from ratingbook.framework import conditions
from ratingbook.framework.conditions import Condition, Test, Truth

Values = Mapping[str, int | None]

MEASURES: Final[dict[str, str]] = {
    "lowest_percent": "the lowest key-question percentage, after rounding",
    "boundary_distance": "points between the lowest percentage and the nearest boundary of its band",
    "judgements_to_change": "the fewest case judgements that would move the standard's band",
    "sample_size": "relevant cases behind the lowest key question",
}


def _test(values: Values, t: Test) -> Truth:
    have = values.get(t.name)
    if have is None:
        return None
    if t.op == "is":
        return bool(have)
    if t.op in ("in", "not in"):
        inside = have in {v.value for v in t.values}
        return inside if t.op == "in" else not inside
    want = t.value
    if not isinstance(want, (int, float)):
        return None
    match t.op:
        case "=":
            return have == want
        case "!=":
            return have != want
        case "<":
            return have < want
        case "<=":
            return have <= want
        case ">":
            return have > want
        case _:
            return have >= want


Rule = Callable[[Values], Truth]


def _combine(pick: Callable[[list[Truth]], Truth]) -> Callable[[list[Rule]], Rule]:
    return lambda parts: lambda values: pick([part(values) for part in parts])


# The three-valued logic over rules rather than values: folding a condition with it compiles
# the condition, once, into a function of the measure values.
_RULES: conditions.Logic[Rule] = conditions.Logic(
    all=_combine(conditions.KLEENE.all),
    any=_combine(conditions.KLEENE.any),
    not_=lambda part: lambda values: conditions.KLEENE.not_(part(values)),
)


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _compile_test(t: Test) -> Rule:
    """One test as a function of the measure values (a comparison with a number, usually)."""
    compare = _ORDER.get(t.op)
    if compare is None or not isinstance(t.value, (int, float)):
        return lambda values: _test(values, t)
    name, want = t.name, t.value

    def rule(values: Values) -> Truth:
        have = values.get(name)
        return None if have is None else compare(have, want)

    return rule


def compile_rule(rule: Condition) -> Rule:
    """A discretion rule as a function of the measure values: True, False or unknown (None)."""
    return conditions.evaluate(rule, _compile_test, _RULES)


def holds(rule: Condition, values: Values) -> Truth:
    """Whether a discretion rule holds for these measure values: True, False or unknown (None)."""
    return compile_rule(rule)(values)
