"""An expectation's words: its traces and mismatches are phrases the views word, and its
input errors are messages of the registry below the views, each word for word as before.

``ratingbook test`` shows, for a figure that is not what an expectation says, how the version
got it (the trace). :mod:`ratingbook.framework.expectations` gives the trace as a phrase;
:mod:`ratingbook.framework.views.phrases` words it. An expectation file of the wrong shape is
an input error, worded by :mod:`ratingbook.framework.messages`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ratingbook.framework.app.expectations import load, run
from ratingbook.framework.errors import InputError
from ratingbook.framework.expectations import FORMAT, Mismatch, parse
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.views.phrases import say
from ratingbook.framework.views.testrun import test_run_view

REPO = Path(__file__).resolve().parents[1]
WINDSOR = REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"
DERBY = REPO / "standards/yot/inspections/derby-2018.yaml"
LOW_RISK = REPO / "docs/examples/low-risk-excluded.framework"
WHERE = "(yot-2018 standards/yot/2018.framework:"


def _mismatches(tmp_path: Path, framework: str, inspection: Path, expect: str) -> list[Mismatch]:
    path = tmp_path / "e.yaml"
    path.write_text(
        f"format: {FORMAT}\ntests:\n  - name: t\n    framework: {framework}\n"
        f"    inspection: {inspection}\n    expect: {expect}\n",
        encoding="utf-8",
    )
    (expectation,) = load(path)
    return run(expectation).mismatches


def _traces(mismatches: list[Mismatch]) -> dict[str, tuple[Any, Any, str]]:
    """Each mismatch as the test report shows it: expected, got and the trace, in words."""
    out = {}
    for m in mismatches:
        assert isinstance(m.trace, Phrase)  # the analysis words nothing
        shown = [say(v) if isinstance(v, Phrase) else v for v in (m.expected, m.got)]
        out[m.what] = (shown[0], shown[1], say(m.trace))
    return out


def test_the_traces_of_a_rated_inspection(tmp_path: Path) -> None:
    expect = (
        "{overall: {score: 1}, standards: {'1.1': {score: 9}, '2.2': {score: 9}, '9.9': {}}, "
        "key_questions: {'2.2.1': {relevant: 9}, '9.9.9': {relevant: 1}}}"
    )
    traces = _traces(_mismatches(tmp_path, "yot-2018", WINDSOR, expect))
    assert traces == {
        "overall.score": (1, 23, f"sum of standard scores 23 -> overall 19..30 Good {WHERE}77)"),
        'standards."1.1".score': (9, 2, f"1.1: inspector judgement Good {WHERE}102)"),
        'standards."2.2".score': (
            9,
            1,
            f"2.2: rated by lowest key question band {WHERE}255); lowest 2.2.1 33% -> band "
            f'0..49 Inadequate "Minority" {WHERE}65); discretion applied: Requires improvement',
        ),
        'standards."9.9"': ("a standard", "no such standard", "yot-2018 has no standard 9.9"),
        'key_questions."2.2.1".relevant': (
            9,
            3,
            "2.2.1: 1/3 = 33.33%, percentage rounded half up -> 33% -> band 0..49 Inadequate "
            f'"Minority" {WHERE}65)',
        ),
        'key_questions."9.9.9"': (
            "a key question",
            "no such key question",
            "yot-2018 has no key question 9.9.9",
        ),
    }


def test_the_traces_where_the_data_cannot_decide(tmp_path: Path) -> None:
    expect = (
        "{overall: {score: 1}, standards: {'2.2': {score: 9}}, "
        "key_questions: {'2.1.1': {relevant: 9, undetermined: {lowest: Inadequate}}}}"
    )
    traces = _traces(_mismatches(tmp_path, str(LOW_RISK), DERBY, expect))
    assert traces["overall.score"] == (
        1,
        None,
        "undetermined: score 18..20, standards 2.2 undetermined",
    )
    assert traces['standards."2.2".score'] == (
        9,
        None,
        "2.2: undetermined, could be Inadequate to Good: 2.2.3 cannot be worked out from this data",
    )
    expected, got, trace = traces['key_questions."2.1.1".undetermined']
    assert (expected, got) == ({"lowest": "Inadequate"}, "determined (Good)")
    assert trace.startswith("2.1.1: published percentage, percentage rounded half up -> 77% ")


def test_a_refusal_expected_of_data_that_rates(tmp_path: Path) -> None:
    mismatches = _mismatches(tmp_path, "yot-2018", WINDSOR, "{error: nothing}")
    assert mismatches == [
        Mismatch(
            "error",
            "nothing",
            said(Say.RATED_INSTEAD, rating="Good"),
            said(Say.TRACE_EXPECTS_REFUSAL, index=0),
        )
    ]
    assert [say(m.got) + "; " + say(m.trace) for m in mismatches] == [
        "rated: overall Good; tests[0] expects the data to be refused"
    ]


def test_the_test_run_view_words_what_the_analysis_said(tmp_path: Path) -> None:
    """The view every format reads (text, JSON, JUnit XML) holds the words, never a phrase."""
    path = tmp_path / "e.yaml"
    path.write_text(
        f"format: {FORMAT}\ntests:\n  - name: t\n    framework: yot-2018\n"
        f"    inspection: {WINDSOR}\n    expect: {{standards: {{'9.9': {{}}}}}}\n",
        encoding="utf-8",
    )
    view = test_run_view([run(e) for e in load(path)], 0.0)
    (case,) = view.suites[0].cases
    assert case.message == "standards.\"9.9\": expected 'a standard', got 'no such standard'"
    (m,) = case.mismatches
    assert (m.expected, m.got, m.trace) == (
        "a standard",
        "no such standard",
        "yot-2018 has no standard 9.9",
    )


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        (
            said(
                Say.TRACE_KEY_QUESTION,
                id="2.1.4",
                yes=None,
                relevant=0,
                exact=None,
                published=False,
                rounding="percentage rounded half up",
                percent=None,
                band=None,
            ),
            "2.1.4: no relevant cases, percentage rounded half up -> None%",
        ),
        (
            said(Say.TRACE_OVERALL_NOT_RATED, missing=("2.1", "2.2")),
            "not rated: 2.1, 2.2 not rated",
        ),
        (
            said(Say.TRACE_JUDGED, id="1.1", rating=None, where="f:3"),
            "1.1: inspector judgement not given (f:3)",
        ),
        (said(Say.TRACE_ERROR_MUST_CONTAIN), "the error message must contain the text"),
        (said(Say.DETERMINED, rating=None), "determined (None)"),
        (said(Say.RATED_INSTEAD, rating=None), "rated: overall not rated"),
    ],
)
def test_the_words_of_a_trace_no_shipped_inspection_gives(phrase: Phrase, words: str) -> None:
    assert say(phrase) == words


# ---------------------------------------------------------------------------- input errors

_T = {"name": "n", "inspection": "x.yaml"}


def _test(expect: Any) -> dict[str, Any]:
    return {"format": FORMAT, "tests": [{**_T, "expect": expect}]}


_AT = "e.yaml: tests[0].expect"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": "nope"}, f"e.yaml: expected 'format: {FORMAT}' at the top"),
        ({"format": FORMAT, "tests": []}, "e.yaml: expected a non-empty list under 'tests'"),
        (
            {"format": FORMAT, "tests": [3]},
            "e.yaml: tests[0]: expected a mapping with name, framework, inspection, expect",
        ),
        (
            {"format": FORMAT, "tests": [{"name": "n"}]},
            "e.yaml: tests[0]: missing inspection, expect",
        ),
        (
            _test(3),
            f"{_AT}: expected a mapping of overall, standards, key_questions (or error)",
        ),
        (
            _test({"overall": 1, "bogus": 2}),
            f"{_AT}: unknown key(s) bogus; use overall, standards, key_questions, error",
        ),
        (
            _test({"error": "x", "overall": {}, "standards": {}}),
            f"{_AT}: 'error' expects the data to be refused, so it stands alone: remove overall, "
            "standards",
        ),
        (_test({"error": ""}), f"{_AT}.error: expected the text the error message must contain"),
        (
            _test({"overall": 1}),
            f"{_AT}.overall: expected a mapping of max, rating, score, undetermined",
        ),
        (
            _test({"overall": {"nope": 1}}),
            f"{_AT}.overall: unknown key 'nope'; use max, rating, score, undetermined",
        ),
        (
            _test({"overall": {"undetermined": "x"}}),
            f"{_AT}.overall.undetermined: expected true, false, or a mapping of the range, got 'x'",
        ),
        (
            _test({"overall": {"undetermined": {"what": 1}}}),
            f"{_AT}.overall.undetermined: unknown key 'what'; use highest, lowest, score_high, "
            "score_low, unrated",
        ),
        (
            _test({"overall": {"undetermined": {"unrated": 1}}}),
            f"{_AT}.overall.undetermined.unrated: expected true or false, got 1",
        ),
        (
            _test({"overall": {"undetermined": {"lowest": 1}}}),
            f"{_AT}.overall.undetermined.lowest: expected a rating name, got 1",
        ),
        (
            _test({"overall": {"undetermined": {"score_low": 10**40}}}),
            f"{_AT}.overall.undetermined.score_low: expected a whole number from 0 to 1000000, got a "
            "huge number",
        ),
        (
            _test({"overall": {"rating": [1]}}),
            f"{_AT}.overall.rating: expected a rating name, got a list",
        ),
        (
            _test({"overall": {"score": "x" * 100}}),
            f"{_AT}.overall.score: expected a whole number from 0 to 1000000, got '{'x' * 56}...",
        ),
        (
            _test({"standards": 3}),
            f"{_AT}.standards: expected a mapping from ids to expected values",
        ),
        (
            _test({"standards": {"2.1": {"discretion_applied": "yes"}}}),
            f"{_AT}.standards.\"2.1\".discretion_applied: expected true or false, got 'yes'",
        ),
        (
            _test({"key_questions": {"2.1.1": {"undetermined": {"percent_low": 2.5}}}}),
            f'{_AT}.key_questions."2.1.1".undetermined.percent_low: expected a whole number from 0 '
            "to 100, got 2.5",
        ),
    ],
)
def test_an_expectation_file_of_the_wrong_shape_is_told_where_and_what(
    data: Any, message: str
) -> None:
    with pytest.raises(InputError) as raised:
        parse(data, Path("e.yaml"), "e.yaml", "0")
    assert raised.value.format_message() == f"error: {message}"
