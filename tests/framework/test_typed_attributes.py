"""Typed attributes in the checker: ordered, number, date and text with a vocabulary.

Each refusal is shown twice: a framework that triggers it (code, message, line and column),
and the same framework written correctly, which checks clean.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.dsl import Diagnostic
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.loading.frameworks import check_path

Tiny = Callable[..., str]

TYPED = (
    'attribute disposal one of court, out-of-court "how the case was disposed of"\n'
    'attribute risky flag default no "there is a risk"\n'
    'attribute kind text "the kind of disposal"\n'
    'attribute level one of low, high, "very high" "the level"\n'
    'attribute rosh ordered low, medium, high, "very high" "risk of serious harm"\n'
    'attribute dtype text vocabulary "youth caution", "youth conditional caution" "the kind"\n'
    'attribute months number 0..120 "months since the disposal"\n'
    'attribute count number "a number with no range"\n'
    'attribute when date "the date of the disposal"\n'
)


def check(tmp_path: Path, text: str) -> CheckResult:
    path = tmp_path / "t.framework"
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def framework(tiny: Tiny, condition: str | None = None, attributes: str = TYPED) -> str:
    extra = ""
    if condition is not None:
        extra = (
            'key question 1.2.2 "X?" from doc line 1\n'
            f"  applies to cases where {condition}\n"
            "  no prompts\n"
        )
    return str(tiny(attributes=attributes, extra=extra))


def at(text: str, needle: str) -> tuple[int, int]:
    start = text.rindex(needle)
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1


def only_error(result: CheckResult) -> Diagnostic:
    assert len(result.diagnostics) == 1, [d.headline() for d in result.diagnostics]
    d = result.diagnostics[0]
    assert d.is_error and not result.ok
    return d


def test_the_typed_attributes_check_clean(tmp_path: Path, tiny: Tiny) -> None:
    result = check(tmp_path, framework(tiny))
    assert result.diagnostics == []
    assert result.framework is not None
    rosh = result.framework.attribute("rosh")
    months = result.framework.attribute("months")
    dtype = result.framework.attribute("dtype")
    assert rosh is not None and rosh.kind == "ordered"
    assert rosh.values == ("low", "medium", "high", "very high")
    assert months is not None and (months.kind, months.low, months.high) == ("number", 0, 120)
    assert dtype is not None and dtype.kind == "text"
    assert dtype.values == ("youth caution", "youth conditional caution")


@pytest.mark.parametrize(
    "condition",
    [
        "rosh >= medium",
        'rosh < "very high"',
        "rosh in [low, medium] or rosh = high",
        "months <= 12",
        "months > 0 and count >= -3",
        "when >= 2020-06-01",
        'when < "2021-01-01"',
        "when in [2020-06-01, 2020-06-02]",
        'dtype = "youth caution"',
        'dtype not in ["youth conditional caution"]',
        "not (rosh > low and months < 6)",
    ],
)
def test_conditions_over_typed_attributes_check_clean(
    tmp_path: Path, tiny: Tiny, condition: str
) -> None:
    assert check(tmp_path, framework(tiny, condition)).diagnostics == []


# (id, the condition that is refused, the code, the message, where, the same condition corrected)
REFUSALS = [
    (
        "ordering-a-one-of",
        "level >= high",
        "unordered",
        "'>=' puts values in order, but level is declared 'one of', whose values have no order: "
        "declare it ordered, lowest first ('attribute level ordered low, high, \"very high\"'), "
        "or use 'level in [...]' with the values it should admit",
        "level >= high",
        'level in [high, "very high"]',
    ),
    (
        "ordering-a-text-with-no-vocabulary",
        "kind < b",
        "unordered",
        "'<' puts values in order, but kind is free text, which has no order: use 'kind = ...' "
        "or 'kind in [...]' with the values it should admit",
        "kind < b",
        "kind = b",
    ),
    (
        "ordering-a-text-with-a-vocabulary",
        'dtype > "youth caution"',
        "unordered",
        "'>' puts values in order, but dtype is a text with a vocabulary, which has no order: "
        "use 'dtype = ...' or 'dtype in [...]' with the values it should admit",
        'dtype > "youth caution"',
        'dtype = "youth caution"',
    ),
    (
        "ordering-a-flag",
        "risky >= yes",
        "unordered",
        "'>=' puts values in order, but risky is a flag (yes or no): test it on its own, "
        "'risky' or 'not risky'",
        "risky >= yes",
        "risky",
    ),
    (
        "a-value-outside-an-order",
        "rosh >= meduim",
        "unknown-ref",
        "meduim is not a value of rosh (low, medium, high, very high); did you mean medium?",
        "meduim",
        "rosh >= medium",
    ),
    (
        "a-value-outside-a-vocabulary",
        'dtype = "youth cation"',
        "unknown-ref",
        '"youth cation" is not in the vocabulary of dtype ("youth caution", '
        '"youth conditional caution"); did you mean "youth caution"?',
        '"youth cation"',
        'dtype = "youth caution"',
    ),
    (
        "a-number-outside-its-range",
        "months <= 150",
        "out-of-range",
        "150 is outside the range declared for months (0..120): no case can have it",
        "150",
        "months <= 12",
    ),
    (
        "a-number-below-its-range",
        "months > -1",
        "out-of-range",
        "-1 is outside the range declared for months (0..120): no case can have it",
        "-1",
        "months > 0",
    ),
    (
        "a-word-for-a-number",
        "months <= twelve",
        "bad-condition",
        "months is a whole number, so it must be one (written without quotes or decimals, "
        "e.g. 12), not twelve",
        "twelve",
        "months <= 12",
    ),
    (
        "a-fraction-for-a-number",
        "months <= 1.5",
        "bad-condition",
        "months is a whole number, so it must be one (written without quotes or decimals, "
        "e.g. 12), not 1.5",
        "1.5",
        "months <= 1",
    ),
    (
        "a-quoted-number",
        'count = "3"',
        "bad-condition",
        "count is a whole number, so it must be one (written without quotes or decimals, "
        'e.g. 12), not "3"',
        '"3"',
        "count = 3",
    ),
    (
        "a-date-not-in-the-calendar",
        "when >= 2020-02-30",
        "bad-date",
        "2020-02-30 is not a date in the calendar (month 01-12, and a day the month has)",
        "2020-02-30",
        "when >= 2020-02-29",
    ),
    (
        "a-date-in-another-order",
        'when < "01/06/2020"',
        "bad-date",
        "when is a date, so it must be one written YEAR-MONTH-DAY, like 2020-06-01, not "
        '"01/06/2020"',
        '"01/06/2020"',
        "when < 2020-06-01",
    ),
    (
        "a-number-for-a-date",
        "when < 2020",
        "bad-condition",
        "when is a date, so it must be one written YEAR-MONTH-DAY, like 2020-06-01, not 2020",
        "2020",
        "when < 2020-01-01",
    ),
]


@pytest.mark.parametrize(
    ("condition", "code", "message", "place", "corrected"),
    [r[1:] for r in REFUSALS],
    ids=[r[0] for r in REFUSALS],
)
def test_a_refused_condition_and_its_correction(
    tmp_path: Path,
    tiny: Tiny,
    condition: str,
    code: str,
    message: str,
    place: str,
    corrected: str,
) -> None:
    text = framework(tiny, condition)
    d = only_error(check(tmp_path, text))
    assert (d.code, d.message) == (code, message)
    assert d.span is not None and (d.span.line, d.span.col) == at(text, place)
    assert check(tmp_path, framework(tiny, corrected)).diagnostics == []


def test_a_refused_vocabulary_value_says_how_to_allow_it(tmp_path: Path, tiny: Tiny) -> None:
    d = only_error(check(tmp_path, framework(tiny, 'dtype = "community resolution"')))
    assert d.notes == ("to allow it, add it to the vocabulary where dtype is declared",)


def test_a_number_out_of_range_says_the_fix(tmp_path: Path, tiny: Tiny) -> None:
    d = only_error(check(tmp_path, framework(tiny, "months >= 121")))
    assert d.notes == ("use a number from 0 to 120, or widen the range where months is declared",)


# (id, the declaration refused, the code, the message, where, the declaration corrected)
DECLARATIONS = [
    (
        "a-range-that-runs-backwards",
        "attribute m number 120..0\n",
        "out-of-range",
        "the range 120..0 of m runs backwards: write its lowest number first (0..120)",
        "120..0",
        "attribute m number 0..120\n",
    ),
    (
        "a-number-default-outside-the-range",
        "attribute m number 0..120 default 200\n",
        "out-of-range",
        "200 is outside the range declared for m (0..120): no case can have it",
        "200",
        "attribute m number 0..120 default 20\n",
    ),
    (
        "a-word-for-a-number-default",
        "attribute m number default none\n",
        "bad-attribute",
        "m is a whole number, so its default must be one (written without quotes or "
        "decimals, e.g. 12), not none",
        "none",
        "attribute m number default 0\n",
    ),
    (
        "a-date-default-not-in-the-calendar",
        "attribute d date default 2021-02-29\n",
        "bad-date",
        "2021-02-29 is not a date in the calendar (month 01-12, and a day the month has)",
        "2021-02-29",
        "attribute d date default 2020-02-29\n",
    ),
    (
        "a-word-for-a-date-default",
        "attribute d date default today\n",
        "bad-attribute",
        "d is a date, so its default must be one written YEAR-MONTH-DAY, like 2020-06-01, "
        "not today",
        "today",
        "attribute d date default 2020-06-01\n",
    ),
    (
        "an-order-default-outside-it",
        "attribute r ordered low, high default middle\n",
        "unknown-ref",
        "default middle is not a value of r (low, high)",
        "middle",
        "attribute r ordered low, high default low\n",
    ),
    (
        "a-vocabulary-default-outside-it",
        'attribute t text vocabulary "a b", "c d" default "a c"\n',
        "unknown-ref",
        '"a c" is not in the vocabulary of t ("a b", "c d"); did you mean "a b"?',
        '"a c"',
        'attribute t text vocabulary "a b", "c d" default "c d"\n',
    ),
    (
        "an-order-with-a-value-twice",
        "attribute r ordered low, high, low\n",
        "duplicate-id",
        "value low is listed twice",
        "low, high, low",
        "attribute r ordered low, high\n",
    ),
]


@pytest.mark.parametrize(
    ("declaration", "code", "message", "place", "corrected"),
    [r[1:] for r in DECLARATIONS],
    ids=[r[0] for r in DECLARATIONS],
)
def test_a_refused_declaration_and_its_correction(
    tmp_path: Path,
    tiny: Tiny,
    declaration: str,
    code: str,
    message: str,
    place: str,
    corrected: str,
) -> None:
    text = framework(tiny, attributes=TYPED + declaration)
    found = [d for d in check(tmp_path, text).diagnostics if d.is_error]
    assert [(d.code, d.message) for d in found][:1] == [(code, message)]
    d = found[0]
    assert d.span is not None and (d.span.line, d.span.col) == at(text, place)
    assert check(tmp_path, framework(tiny, attributes=TYPED + corrected)).diagnostics == []
