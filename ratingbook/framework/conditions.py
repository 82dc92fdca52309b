"""Conditions, free of syntax: which cases a rule applies to, and when discretion is possible.

The checker compiles each condition of the framework text once into these records. There is
one way to evaluate a condition, :func:`evaluate`, which folds it over a *logic*: the same
condition gives a bitmask of cases (applicability over a whole inspection), a yes/no/unknown
(discretion over measures that may be unknown), or a yes/no with the facts that decided it
(the explanation of one case). There is one text form, :func:`text`.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator
from typing import Generic, Literal, TypeAlias, TypeVar, assert_never

from ratingbook._record import record

Op = Literal["is", "=", "!=", "<", "<=", ">", ">=", "in", "not in"]
Scalar: TypeAlias = str | int | float

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@record
class Value:
    """A value in a condition: a number, a word (``court``) or quoted text."""

    value: Scalar
    quoted: bool = False

    def text(self) -> str:
        """The value as the framework language writes it."""
        if isinstance(self.value, str) and (
            self.quoted or not (_PLAIN.match(self.value) or _DATE.match(self.value))
        ):
            escaped = self.value.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}"'
        return str(self.value)


@record
class Test:
    """One test of one name: a flag on its own (``is``), a comparison, or membership of a list."""

    name: str
    op: Op
    values: tuple[Value, ...] = ()

    @property
    def value(self) -> Scalar:
        """The value compared with (for the comparison operators)."""
        return self.values[0].value


@record
class Not:
    """Holds when its operand does not."""

    operand: Condition


@record
class AllOf:
    """Holds when every operand holds (``and``)."""

    operands: tuple[Condition, ...]


@record
class AnyOf:
    """Holds when some operand holds (``or``)."""

    operands: tuple[Condition, ...]


Condition: TypeAlias = Test | Not | AllOf | AnyOf

T = TypeVar("T")


@record
class Logic(Generic[T]):
    """What ``and``, ``or`` and ``not`` mean for one kind of truth value."""

    all: Callable[[list[T]], T]
    any: Callable[[list[T]], T]
    not_: Callable[[T], T]


def evaluate(cond: Condition, test: Callable[[Test], T], logic: Logic[T]) -> T:
    """Fold a condition: each test by ``test``, the connectives by ``logic``."""
    match cond:
        case Test():
            return test(cond)
        case Not(operand=op):
            return logic.not_(evaluate(op, test, logic))
        case AllOf(operands=ops):
            return logic.all([evaluate(o, test, logic) for o in ops])
        case AnyOf(operands=ops):
            return logic.any([evaluate(o, test, logic) for o in ops])
        case _:
            assert_never(cond)


def tests(cond: Condition) -> Iterator[Test]:
    """Every test in a condition, left to right."""
    match cond:
        case Test():
            yield cond
        case Not(operand=op):
            yield from tests(op)
        case AllOf(operands=ops) | AnyOf(operands=ops):
            for o in ops:
                yield from tests(o)
        case _:
            assert_never(cond)


def names(cond: Condition) -> list[str]:
    """The names a condition tests, each once, in order of first use."""
    return list(dict.fromkeys(t.name for t in tests(cond)))


def text(cond: Condition, parent: int = 0) -> str:
    """The canonical text of a condition; parentheses only where precedence needs them."""
    match cond:
        case Test(name=name, op="is"):
            return name
        case Test(name=name, op="in" | "not in" as op, values=values):
            return f"{name} {op} [{', '.join(v.text() for v in values)}]"
        case Test(name=name, op=op, values=values):
            return f"{name} {op} {values[0].text()}"
        case Not(operand=op):
            return f"not {text(op, 3)}"
        case AllOf(operands=ops):
            joined = " and ".join(text(o, 2) for o in ops)
            return f"({joined})" if parent > 2 else joined
        case AnyOf(operands=ops):
            joined = " or ".join(text(o, 1) for o in ops)
            return f"({joined})" if parent > 1 else joined
        case _:
            assert_never(cond)


_ORDER: dict[Op, Callable[[int, int], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def passes(test: Test, rank: Callable[[str], int | None]) -> Callable[[str | None], bool]:
    """A test as a function of one value: the value as text (a flag's ``yes``, a number's
    digits, a date's ``2020-06-01``), None where the case gives none.

    ``rank`` places a value in its attribute's order (None: no place), for ``<``, ``<=``, ``>``
    and ``>=``; a value with no place, or none, passes no comparison of order. Every way of
    evaluating a test over cases (a mask of values, one case, every combination of values)
    asks this, so they cannot disagree.
    """
    op = test.op
    if op == "is":
        return lambda v: v == "yes"
    if op in ("=", "in", "!=", "not in"):
        wanted = frozenset(str(v.value) for v in test.values)
        if op in ("=", "in"):
            return lambda v: v in wanted
        return lambda v: v not in wanted
    bound = rank(str(test.value))
    if bound is None:  # the checker refuses such a test; nothing passes it
        return lambda v: False
    compare = _ORDER[op]

    def ordered(v: str | None) -> bool:
        if v is None:
            return False
        place = rank(v)
        return place is not None and compare(place, bound)

    return ordered


def conjoin(*conds: Condition | None) -> Condition | None:
    """The conditions that are given, joined by ``and`` (None when none is given)."""
    given = [c for c in conds if c is not None]
    if not given:
        return None
    return given[0] if len(given) == 1 else AllOf(operands=tuple(given))


# ---------------------------------------------------------------------------- logics

Truth = bool | None


def _kleene_all(values: list[Truth]) -> Truth:
    return False if False in values else None if None in values else True


def _kleene_any(values: list[Truth]) -> Truth:
    return True if True in values else None if None in values else False


KLEENE: Logic[Truth] = Logic(
    all=_kleene_all, any=_kleene_any, not_=lambda t: None if t is None else not t
)
"""Three-valued: a condition over an unknown value is unknown, not false."""


def mask_logic(everyone: int) -> Logic[int]:
    """Sets of cases as bitmasks (bit i for the case at index i): and, or, not within ``everyone``."""

    def all_(masks: list[int]) -> int:
        out = everyone
        for m in masks:
            out &= m
        return out

    def any_(masks: list[int]) -> int:
        out = 0
        for m in masks:
            out |= m
        return out

    return Logic(all=all_, any=any_, not_=lambda m: everyone & ~m)


Decided = tuple[bool, tuple[str, ...]]
"""Whether a condition holds for one case, and the names whose values decided it."""


def _decided_all(parts: list[Decided]) -> Decided:
    if all(ok for ok, _ in parts):
        return True, tuple(n for _, ns in parts for n in ns)
    return False, tuple(n for ok, ns in parts if not ok for n in ns)


def _decided_any(parts: list[Decided]) -> Decided:
    if any(ok for ok, _ in parts):
        return True, tuple(n for ok, ns in parts if ok for n in ns)
    return False, tuple(n for _, ns in parts for n in ns)


DECIDED: Logic[Decided] = Logic(all=_decided_all, any=_decided_any, not_=lambda d: (not d[0], d[1]))
"""For one case: whether it holds, and the names of the tests that decided it."""
