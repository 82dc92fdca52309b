"""The shipped expectation files, run by pytest as well as by ``ratingbook test``."""

from __future__ import annotations

import pytest

from framework.expectations import Expectation, collect, run

EXPECTATIONS = list(collect(["standards/yot"]))


def test_the_published_corpus_has_expectations() -> None:
    names = {e.name for e in EXPECTATIONS}
    assert {
        "Derby 2018: published ratings",
        "Oldham 2019: published ratings",
        "Western Bay 2019: published ratings",
        "Windsor & Maidenhead 2020: published ratings",
    } <= names


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=[e.name for e in EXPECTATIONS])
def test_expectation(expectation: Expectation) -> None:
    outcome = run(expectation)
    assert outcome.error is None, outcome.error
    problems = [
        f"{m.what}: expected {m.expected!r}, got {m.got!r} ({m.trace})" for m in outcome.mismatches
    ]
    assert not problems, "\n".join(problems)
