"""Outputs that stream: a result's and an explanation's JSON are written as their parts are
pulled, never built whole (no timing here: the order of pulls and writes says it), the JSON is
the bytes ``json.dumps(..., indent=2)`` gives, and an error part-way leaves valid JSON."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook.framework import api
from ratingbook.framework.emit import _Chunks, emit
from ratingbook.framework.emit.documents import Explained, Ratings
from ratingbook.framework.emit.records import as_json, explanation_record, result_record
from ratingbook.framework.errors import InputError
from ratingbook.framework.render.json_stream import Items, Pairs, Walk, dumps, write_json
from ratingbook.framework.result import Result
from tests.conftest import budget

EXAMPLE = "standards/yot/examples/example-2020.yaml"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=12,
)


def _lazy(value: Any, draw: Any) -> Any:
    """The same data with some of its lists and objects made lazy (pulled as written)."""
    if isinstance(value, dict):
        parts = {k: _lazy(v, draw) for k, v in value.items()}
        choice = draw(st.sampled_from(["plain", "walk", "pairs"]))
        if choice == "walk":
            return Walk(parts)
        if choice == "pairs":
            return Pairs(iter(list(parts.items())))
        return value
    if isinstance(value, list):
        parts_list = [_lazy(v, draw) for v in value]
        if draw(st.booleans()):
            return Items(iter(parts_list))
        return value
    return value


@settings(max_examples=budget(60))
@given(st.data())
def test_a_lazy_document_is_written_as_json_dumps_writes_it(data: st.DataObject) -> None:
    value = data.draw(json_values)
    lazy = _lazy(value, data.draw)
    out: list[str] = []
    write_json(lazy, out.append)
    assert "".join(out) == dumps(value)


def test_a_list_is_written_before_its_last_item_is_made() -> None:
    events: list[str] = []

    def made() -> Iterator[dict[str, int]]:
        for i in range(3):
            events.append(f"pulled {i}")
            yield {"n": i}

    def write(text: str) -> None:
        if '"n": 0' in text:
            events.append("wrote 0")

    write_json(Walk({"items": Items(made())}), write)
    assert events.index("wrote 0") < events.index("pulled 2")


def test_json_cut_by_an_error_stays_valid() -> None:
    def made() -> Iterator[dict[str, int]]:
        yield {"n": 0}
        yield {"n": 1}
        raise InputError("the data ran out")

    out: list[str] = []
    doc = Walk({"a": 1, "inner": Walk({"items": Items(made()), "after": 2}), "b": 3})
    with pytest.raises(InputError):
        write_json(doc, out.append)
    assert json.loads("".join(out)) == {"a": 1, "inner": {"items": [{"n": 0}, {"n": 1}]}}


@pytest.fixture(scope="module")
def example() -> Result:
    return api.evaluate(api.load_framework("yot-2020"), api.load_inspection(EXAMPLE))


def test_the_rate_emitter_writes_the_first_case_before_the_last_is_made(
    example: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each case's record is pulled from a generator that notes when it is pulled; the
    stream notes when the first case's record arrives. Chunks are passed on at every write."""
    events: list[str] = []
    real = Result.each_case
    ids = [c.id for c in example.data.cases]

    def each_case(self: Result) -> Iterator[Any]:
        for c in real(self):
            events.append(f"pulled {c.id}")
            yield c

    monkeypatch.setattr(Result, "each_case", each_case)
    monkeypatch.setattr(_Chunks, "LIMIT", 1)

    class Stream:
        def write(self, text: str) -> None:
            if f'"{ids[0]}": ' in text and "wrote first" not in events:
                events.append("wrote first")

    emit(Ratings(result=example), "json", Stream())
    assert events.index("wrote first") < events.index(f"pulled {ids[-1]}")


def test_the_rate_emitter_cut_by_an_error_leaves_valid_json(
    example: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    standards = json.loads(api.report(example, "json"))["standards"]
    real = Result.each_case

    def each_case(self: Result) -> Iterator[Any]:
        for i, c in enumerate(real(self)):
            if i == 3:
                raise InputError("a case could not be read")
            yield c

    monkeypatch.setattr(Result, "each_case", each_case)
    out = io.StringIO()
    with pytest.raises(InputError):
        emit(Ratings(result=example), "json", out)
    doc = json.loads(out.getvalue())
    assert len(doc["cases"]) == 3 and "diagnostics" not in doc
    assert doc["standards"] == standards


def test_the_streamed_records_are_the_whole_documents(example: Result) -> None:
    whole = json.loads(api.report(example, "json"))
    assert json.loads(json.dumps(api.worded(as_json(result_record(example))))) == whole
    explanation = api.explain(example)
    out = io.StringIO()
    emit(Explained(explanation=explanation), "json", out)
    assert (
        json.loads(out.getvalue())["tree"]["kind"]
        == as_json(explanation_record(explanation))["tree"]["kind"]
    )


SHIPPED = [
    "standards/yot/examples/example-2020.yaml",
    "standards/yot/inspections/windsor-maidenhead-2020.yaml",
    "standards/yot/inspections/derby-2018.yaml",
    "standards/yot/inspections/oldham-2019.yaml",
    "standards/yot/inspections/western-bay-2019.yaml",
]


@pytest.mark.parametrize("path", SHIPPED)
def test_the_streamed_documents_are_the_whole_ones(path: str) -> None:
    """What the JSON emitter streams is, byte for byte, the document a program gets whole
    (``ratingbook.to_json``), for the result and explanations of every shipped inspection."""
    r = api.evaluate(api.load_framework("yot-2020"), api.load_inspection(path))
    out = io.StringIO()
    emit(Ratings(result=r), "json", out)
    assert out.getvalue() == dumps(api.to_json(r)) + "\n"
    for item in (None, "2.2", "2.2.1"):
        out = io.StringIO()
        explained = Explained(
            explanation=api.explain(r, item), snippets=True, only=None, depth=None
        )
        emit(explained, "json", out)
        whole = dumps(api.to_json(api.explain(r, item)))  # made once, read by both checks
        assert out.getvalue() == whole + "\n"
        assert dumps(as_json(explanation_record(api.explain(r, item)))) == whole
