"""rules.kernel.Way is a record with its order written by hand: held to the class
``@dataclass(frozen=True, slots=True, order=True)`` makes of the same fields (what it was), on
values hypothesis writes: every comparison, equality, hash, repr, fields and match args, and
the refusal to compare with anything else."""

from __future__ import annotations

import dataclasses
import operator
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratingbook.framework.rules.kernel import Way


@dataclasses.dataclass(frozen=True, slots=True, order=True)
class Way_:  # noqa: N801 - the twin: the same fields as Way, ordered by dataclasses
    cost: int
    rank: tuple[tuple[object, ...], ...]
    picks: tuple[object, ...]


_SMALL = st.integers(min_value=-2, max_value=2)
_RANKS = st.lists(st.tuples(st.booleans(), _SMALL), max_size=2).map(tuple)
_PICKS = st.lists(st.one_of(_SMALL, st.none()), max_size=3).map(tuple)
_FIELDS = st.fixed_dictionaries({"cost": _SMALL, "rank": _RANKS, "picks": _PICKS})
_OPS = (operator.lt, operator.le, operator.gt, operator.ge, operator.eq, operator.ne)


def _outcome(op: object, a: object, b: object) -> object:
    try:
        return op(a, b)  # type: ignore[operator]
    except TypeError as err:
        return ("TypeError", str(err).replace("Way_", "Way"))


@given(_FIELDS, _FIELDS)
def test_way_compares_as_the_dataclass_does(a: dict[str, object], b: dict[str, object]) -> None:
    ours, theirs = (Way(**a), Way(**b)), (Way_(**a), Way_(**b))  # type: ignore[arg-type]
    for op in _OPS:
        assert _outcome(op, *ours) == _outcome(op, *theirs)
    assert (hash(ours[0]) == hash(ours[1])) == (hash(theirs[0]) == hash(theirs[1]))
    assert hash(ours[0]) == hash(theirs[0])
    assert repr(ours[0]) == repr(theirs[0]).replace("Way_(", "Way(", 1)
    assert pickle.loads(pickle.dumps(ours[0])) == ours[0]
    assert _sorted(ours[::-1]) == _sorted(theirs[::-1])


def _sorted(ways: tuple[object, ...]) -> object:
    try:
        return [vars_of(w) for w in sorted(ways)]  # type: ignore[type-var, arg-type]
    except TypeError as err:
        return ("TypeError", str(err).replace("Way_", "Way"))


def vars_of(way: Way | Way_) -> dict[str, object]:
    return {f.name: getattr(way, f.name) for f in dataclasses.fields(way)}


@pytest.mark.parametrize("other", [0, (0, (), ()), None, "way"])
@pytest.mark.parametrize("op", _OPS)
def test_way_refuses_to_order_against_anything_else(other: object, op: object) -> None:
    ours, theirs = Way(cost=0, rank=(), picks=()), Way_(cost=0, rank=(), picks=())
    assert _outcome(op, ours, other) == _outcome(op, theirs, other)
    assert _outcome(op, other, ours) == _outcome(op, other, theirs)


def test_way_has_the_dataclass_fields_and_match_args() -> None:
    assert [(f.name, f.type) for f in dataclasses.fields(Way)] == [
        (f.name, f.type) for f in dataclasses.fields(Way_)
    ]
    assert Way.__match_args__ == Way_.__match_args__
    assert Way.__slots__ == Way_.__slots__  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Way(cost=0, rank=(), picks=()).cost = 1  # type: ignore[misc]
    assert Way(0, (), ()) == Way(cost=0, rank=(), picks=())
