"""json_stream.dumps writes a text, a whole number, true, false and null itself (by the json
module's own escaping), and anything else by json.dumps: every value it writes is exactly
what ``json.dumps(value, indent=2)`` writes, escaped to ASCII or not."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratingbook.framework.render import json_stream

_SCALARS = st.one_of(
    st.text(),
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(),
    st.booleans(),
    st.none(),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


class _Word(enum.StrEnum):
    A = "a word"


class _Count(enum.IntEnum):
    TWO = 2


def _written(value: Any, ascii_only: bool) -> str:
    """What json_stream.dumps writes where the output can (or cannot) encode every character."""
    json_stream.ASCII_ONLY[0] = ascii_only
    try:
        return json_stream.dumps(value)
    finally:
        json_stream.ASCII_ONLY[0] = False


@given(_VALUES, st.booleans())
def test_any_value_is_written_as_json_dumps_writes_it(value: Any, ascii_only: bool) -> None:
    assert _written(value, ascii_only) == json.dumps(value, indent=2, ensure_ascii=ascii_only)


@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf-8", "ascii"])
@pytest.mark.parametrize("value", [_Word.A, _Count.TWO, "\ud800", "\u2028", "\x00\x1f\x7f"])
def test_subclasses_and_odd_characters_are_written_as_json_dumps_writes_them(
    value: Any, ascii_only: bool
) -> None:
    assert _written(value, ascii_only) == json.dumps(value, indent=2, ensure_ascii=ascii_only)
