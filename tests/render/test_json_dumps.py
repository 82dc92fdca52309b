"""json_stream.dumps writes every value itself, not through json.dumps: a text by the json
module's own escaping, a list or an object by following json's indenting encoder rule by rule.
Every value it writes is exactly what ``json.dumps(value, indent=2, default=_words)`` writes,
escaped to ASCII or not, and what json refuses (a key of another kind, a value inside itself,
a value _words has no words for) it refuses with the same error."""

from __future__ import annotations

import enum
import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratingbook.framework.phrase import Phrase, Say, quoted, said
from ratingbook.framework.render import json_stream

_TEXTS = st.text() | st.text(st.characters(codec="utf-8", max_codepoint=0x2FFF), max_size=8)
_FLOATS = st.floats() | st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1e16, 5e-324])
_BIG = st.integers(min_value=-(10**40), max_value=10**40)


class _Word(enum.StrEnum):
    A = "a word"


class _Count(enum.IntEnum):
    TWO = 2


class _Fraction(float):
    def __repr__(self) -> str:  # json writes a float subclass by float.__repr__, not this
        return "a fraction"


# What the records give json's ``default``: phrases, worded by the views' registry (some with
# a phrase among their figures, worded first).
_PHRASES: st.SearchStrategy[Phrase] = st.one_of(
    st.builds(quoted, _TEXTS),
    st.builds(
        lambda cases, shared: said(Say.CASES_COUNTED, cases=cases, shared=shared),
        st.integers(0, 40),
        st.none() | _TEXTS,
    ),
    st.builds(
        lambda figure, percent, rule: said(Say.FALLS_IN, figure=figure, percent=percent, rule=rule),
        st.integers(-5, 200),
        st.booleans(),
        _TEXTS,
    ),
    st.builds(
        lambda scores: said(Say.SUM, scores=scores, total=sum(s or 0 for s in scores), max=36),
        st.lists(st.none() | st.integers(0, 3), max_size=12).map(tuple),
    ),
    st.builds(
        lambda id_, text: said(Say.KEY_QUESTION, id=id_, text=quoted(text)),
        st.from_regex(r"[1-3]\.[1-3]\.[1-9]", fullmatch=True),
        _TEXTS,
    ),
)
# What json writes as a value and takes as a key alike.
_PLAIN = (_TEXTS, st.integers(), _BIG, _FLOATS, st.booleans(), st.none())
_SCALARS = st.one_of(
    *_PLAIN,
    st.sampled_from([_Word.A, _Count.TWO, _Fraction(2.5), _Fraction(math.nan)]),
    _PHRASES,
)
_KEYS = st.one_of(*_PLAIN, st.sampled_from([_Word.A, _Count.TWO, _Fraction(0.5)]))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(_KEYS, inner, max_size=4),
    ),
    max_leaves=16,
)


def _written(value: Any, ascii_only: bool) -> str:
    """What json_stream.dumps writes where the output can (or cannot) encode every character."""
    json_stream.ASCII_ONLY[0] = ascii_only
    try:
        return json_stream.dumps(value)
    finally:
        json_stream.ASCII_ONLY[0] = False


def _json(value: Any, ascii_only: bool) -> str:
    return json.dumps(value, indent=2, ensure_ascii=ascii_only, default=json_stream._words)


@given(_VALUES)
def test_any_value_is_written_as_json_dumps_writes_it(value: Any) -> None:
    for ascii_only in (False, True):
        assert _written(value, ascii_only) == _json(value, ascii_only)
    assert not json_stream.ASCII_ONLY[0]


@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf-8", "ascii"])
@pytest.mark.parametrize(
    "value",
    [
        _Word.A,
        _Count.TWO,
        "\ud800",
        "\u2028",
        "\x00\x1f\x7f",
        {},
        [],
        (),
        [{}, [], ()],
        {True: 1, False: 2, None: 3, 1.5: 4, math.nan: 5, math.inf: 6, 10**30: 7},
        {-0.0: "-0.0, a key equal to False", -math.inf: 1e-7},
        {_Count.TWO: _Fraction(1.0), _Word.A: [_Fraction(-math.inf)]},
        [quoted("\u00e9t\u00e9"), {"why": [said(Say.CASES_LEFT_OUT, cases=1)]}],
    ],
)
def test_subclasses_odd_characters_and_odd_keys_are_written_as_json_dumps_writes_them(
    value: Any, ascii_only: bool
) -> None:
    assert _written(value, ascii_only) == _json(value, ascii_only)


_PHRASE_WORDS = json_stream._words


def _listed(value: object) -> object:
    """Words that are not a text: a complex number as an object holding a list."""
    if isinstance(value, complex):
        return {"real": [value.real, {1: None}], "imaginary": value.imag}
    return _PHRASE_WORDS(value)


def test_a_value_worded_as_a_list_or_an_object_is_written_in_its_turn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(json_stream, "_words", _listed)
    value = {"a": 1j, "b": [2j, {"c": 3j, "d": quoted("words")}]}
    assert json_stream.dumps(value) == json.dumps(value, indent=2, default=_listed)


def _refusals(value: Any) -> tuple[BaseException, BaseException]:
    with pytest.raises(Exception) as ours:
        json_stream.dumps(value)
    with pytest.raises(Exception) as theirs:
        _json(value, False)
    return ours.value, theirs.value


def _inside_itself() -> list[Any]:
    items: list[Any] = [1]
    items.append({"again": items})
    return items


@pytest.mark.parametrize(
    "value", [_inside_itself(), {"list": _inside_itself()}], ids=["list", "in-an-object"]
)
def test_a_value_inside_itself_is_refused_as_json_refuses_it(value: Any) -> None:
    ours, theirs = _refusals(value)
    assert type(ours) is type(theirs) is ValueError
    assert str(ours) == str(theirs) == "Circular reference detected"


def test_the_same_value_twice_is_written_twice() -> None:
    shared = {"a": (1, []), "b": quoted("words")}
    twice = [shared, [shared, shared]]
    assert json_stream.dumps(twice) == _json(twice, False)


def test_a_value_worded_as_itself_is_refused_as_json_refuses_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(json_stream, "_words", lambda value: value)
    ours, theirs = _refusals([object()])
    assert type(ours) is type(theirs) is ValueError
    assert str(ours) == str(theirs) == "Circular reference detected"


@pytest.mark.parametrize(
    "key",
    [(1, 2), frozenset(), b"bytes", quoted("a phrase")],
    ids=["tuple", "set", "bytes", "phrase"],
)
def test_a_key_json_cannot_write_is_refused_as_json_refuses_it(key: object) -> None:
    ours, theirs = _refusals({"fine": 1, key: 2})
    assert type(ours) is type(theirs) is TypeError
    assert str(ours) == str(theirs)
    assert str(ours).startswith("keys must be str, int, float, bool or None, not ")


@pytest.mark.parametrize(
    "value", [object(), {1, 2}, b"bytes", [1, {"x": 1j}]], ids=["object", "set", "bytes", "nested"]
)
def test_a_value_without_words_is_refused_as_json_refuses_it(value: object) -> None:
    ours, theirs = _refusals(value)
    assert type(ours) is type(theirs) is TypeError
    assert str(ours) == str(theirs)
    assert str(ours).endswith("is not JSON serializable")
