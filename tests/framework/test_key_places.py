"""Where a key is written, found without reading every value's position again (explain asks
for a judgement's or a panel decision's line): the places noted while a file is first read
(_Shallow) and those found in the parser's events (_key_span_of) are held to the full reading
with positions, brute force over every key of every shipped inspection, keys that are not
there, and repeated values (YAML aliases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.dsl.span import Source
from ratingbook.framework import api
from ratingbook.framework.loading.inspections import (
    _key_span_of,
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
