"""Where a key is written, found without reading every value's position again (explain asks
for a judgement's or a panel decision's line): the places noted while a file is first read
(_Shallow) and those found in the parser's events (_key_span_of, and _key_spans_of for many
keys in one reading) are held to the full reading with positions, brute force over every key
of every shipped inspection, keys that are not there, and repeated values (YAML aliases); the
places found together are held to those found one by one, and a rating's problems to the
places each key gives alone."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from test_properties import DUMPER, PROPERTY_SETTINGS, inspections

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import api
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.loading.inspections import (
    _key_span_of,
    _key_spans_of,
    _LazyLocator,
    _nearest,
    _read_with_positions,
)

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    str(p.relative_to(REPO))
    for p in (
        *(REPO / "standards/yot/inspections").glob("*.yaml"),
        REPO / "standards/yot/examples/example-2020.yaml",
    )
)


def _asked(key_spans: dict[tuple[str | int, ...], object]) -> list[tuple[str | int, ...]]:
    """Every key, and keys that are not there below and beside them."""
    paths = list(key_spans)
    paths += [(*p, "no-such-key") for p in paths[:200]]
    paths += [(*p[:-1], "no-such-key") for p in paths[:200] if p]
    paths += [
        ("no-such-key",),
        ("discretion", "9.9"),
        ("cases", 0),
        ("cases", 10**6),
        ("cases", "x"),
    ]
    return paths


@pytest.mark.parametrize("path", SHIPPED)
def test_places_noted_in_passing_are_the_full_readings(path: str) -> None:
    inspection = api.load_inspection(path)
    locator = inspection.locator
    shallow = locator.shallow  # type: ignore[attr-defined]
    assert shallow is not None and shallow.whole
    reader = locator.reader()  # type: ignore[attr-defined]
    answered = 0
    for asked in _asked(reader.key_spans):
        noted = shallow.key_span(asked, locator.source.path)  # type: ignore[attr-defined]
        if noted is False:
            continue  # not noted: the full reading answers
        answered += 1
        assert noted == (reader.key_spans.get(asked) or _nearest(reader.spans, asked)), asked
    assert answered > 10


def _spread(paths: list[tuple[str | int, ...]]) -> list[tuple[str | int, ...]]:
    """Every key outside the cases, and every key of the first five cases and of the last.

    Each search reads the file's events from its start, so asking every key of a 50-case
    file is quadratic (11 s of the suite's CPU for the example alone). The cases are written
    alike: the first five and the last hold every shape a case's keys take (and the keys
    nearest each end of the list), and every key outside the cases is still asked.
    """
    cases = [p[1] for p in paths if len(p) > 1 and p[0] == "cases" and isinstance(p[1], int)]
    if not cases:
        return paths
    last = max(cases)
    return [
        p
        for p in paths
        if not (len(p) > 1 and p[0] == "cases" and isinstance(p[1], int) and 5 <= p[1] < last)
    ]


@pytest.mark.parametrize("path", SHIPPED)
def test_places_found_in_the_events_are_the_full_readings(path: str) -> None:
    source = Source(path, (REPO / path).read_text(encoding="utf-8"))
    _, reader = _read_with_positions(source)
    for asked in _spread(_asked(reader.key_spans)):
        found = _key_span_of(source, asked)
        assert found == (reader.key_spans.get(asked) or _nearest(reader.spans, asked)), asked


def test_repeated_values_are_left_to_the_full_reading() -> None:
    source = Source(
        "alias.yaml",
        "format: ratingbook/inspection-v1\na: &x {p: 1, q: [1, 2]}\nb: *x\nc:\n  d: *x\n  e: 3\n",
    )
    _, reader = _read_with_positions(source)
    for asked in [("a",), ("b",), ("c", "d"), ("c", "e"), ("c", "nope"), ("nope",), ("a", "p")]:
        assert _key_span_of(source, asked) == (
            reader.key_spans.get(asked) or _nearest(reader.spans, asked)
        ), asked
    assert _key_span_of(source, ("b", "p")) is None  # inside a repeated value: not settled


@pytest.mark.parametrize("path", SHIPPED)
def test_places_found_together_are_the_full_readings_and_those_found_one_by_one(
    path: str,
) -> None:
    """Every key (and keys that are not there) in one reading of the events, against the
    full reading; a random part of them against the search for each alone (each of those
    reads the events from the start, so asking every key alone is quadratic), each asked
    together with the others and in a list of its own."""
    source = Source(path, (REPO / path).read_text(encoding="utf-8"))
    _, reader = _read_with_positions(source)
    asked = _asked(reader.key_spans)
    together = _key_spans_of(source, asked)
    assert set(together) == set(asked)
    for key in asked:
        assert together[key] == (reader.key_spans.get(key) or _nearest(reader.spans, key)), key
    some = random.Random(path).sample(asked, 40)
    assert _key_spans_of(source, some) == {key: _key_span_of(source, key) for key in some}
    for key in some[:5]:
        assert _key_spans_of(source, [key]) == {key: _key_span_of(source, key)}


def test_repeated_values_found_together_are_those_found_one_by_one() -> None:
    """Aliases, keys that are not plain text and a file that does not parse settle some keys
    or none, together as alone."""
    texts = [
        "format: ratingbook/inspection-v1\na: &x {p: 1, q: [1, 2]}\nb: *x\nc:\n  d: *x\n  e: 3\n",
        "a: 1\n? [x, y]\n: 2\nb: {c: 3}\n",
        "a: 1\nb: [1, 2\nc: 3\n",
        "a: [{b: 1}, {b: 2, c: [3, 4]}]\nd: ~\n",
    ]
    asked = [
        *[("a",), ("b",), ("c",), ("d",), ("nope",), ("a", "p"), ("a", "q", 1), ("b", "p")],
        *[("c", "d"), ("c", "e"), ("c", "nope"), ("a", 0, "b"), ("a", 1, "c", 1), ("a", 2)],
        *[("b", "c"), ("a", 1, "c", 5), ("d", "x")],
    ]
    for n, text in enumerate(texts):
        source = Source(f"doc{n}.yaml", text)
        assert _key_spans_of(source, asked) == {key: _key_span_of(source, key) for key in asked}


def _one_by_one(self: _LazyLocator, paths: list[tuple[str | int, ...]]) -> list[Span | None]:
    return [self.key_span(path) for path in paths]


def test_a_ratings_errors_are_placed_as_each_key_alone_places_them() -> None:
    """Answers to questions the framework does not have, and an attribute it does not have,
    in several cases of the example: each error at its key, placed together (the events read
    once for all of them) as each key alone places it."""
    text = (REPO / "standards/yot/examples/example-2020.yaml").read_text(encoding="utf-8")
    text = text.replace('      "2.1.1": yes\n', '      "2.1.1": yes\n      "2.1.9": no\n', 3)
    text = text.replace("{safety_factors:", "{safty_factors: true, safety_factors:", 2)
    framework = api.load_framework("yot-2020")

    def errors() -> list[Diagnostic]:
        with pytest.raises(DiagnosticsError) as raised:
            api.evaluate(framework, api.load_inspection_text(text, "example.yaml"))
        return raised.value.diagnostics

    together = errors()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_LazyLocator, "key_spans", _one_by_one)
        alone = errors()
    assert together == alone
    assert len({d.span for d in together}) == len(together) == 5
    assert all(d.span is not None and d.span.path == "example.yaml" for d in together)


@PROPERTY_SETTINGS
@given(inspections())
def test_a_ratings_warnings_are_placed_as_each_key_alone_places_them(data: dict[str, Any]) -> None:
    """Generated inspections answer key questions that do not apply to a case: a warning at
    each such answer's key, placed together as each key alone places it."""
    text = yaml.dump(data, Dumper=DUMPER, sort_keys=False)
    framework = api.load_framework("yot-2020")
    together = api.evaluate(framework, api.load_inspection_text(text, "<generated>"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_LazyLocator, "key_spans", _one_by_one)
        alone = api.evaluate(framework, api.load_inspection_text(text, "<generated>"))
    assert together.diagnostics == alone.diagnostics
