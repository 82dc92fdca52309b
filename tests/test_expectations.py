"""The shipped expectation files, run by pytest as well as by ``ratingbook test``."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.framework.app.expectations import collect, run
from ratingbook.framework.expectations import Expectation

# The shipped versions' expectations, and those of the rule-form sketches (docs/examples/rules/).
EXPECTATIONS = list(collect(["standards/yot", "docs/examples/rules"]))


def test_the_published_corpus_has_expectations() -> None:
    names = {e.name for e in EXPECTATIONS}
    assert {
        "Derby 2018: published ratings",
        "Oldham 2019: published ratings",
        "Western Bay 2019: published ratings",
        "Windsor & Maidenhead 2020: published ratings",
    } <= names


def test_every_sketch_of_the_rules_language_has_expectations() -> None:
    # docs/dsl.md promises each sketch rates its example data as described.
    frameworks = {Path(e.framework or "").name for e in EXPECTATIONS}
    assert {
        "yot-2021-sketch.framework",
        "median-sketch.framework",
        "cqc-sketch.framework",
    } <= frameworks


def test_each_sketch_says_at_its_top_that_it_is_not_a_transcription() -> None:
    for path in sorted(Path("docs/examples/rules").glob("*.framework")):
        head = path.read_text(encoding="utf-8").split("framework ", 1)[0]
        assert "not a transcription" in head, path


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=[e.name for e in EXPECTATIONS])
def test_expectation(expectation: Expectation) -> None:
    outcome = run(expectation)
    assert outcome.error is None, outcome.error
    problems = [
        f"{m.what}: expected {m.expected!r}, got {m.got!r} ({m.trace})" for m in outcome.mismatches
    ]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------- problems in a test

INLINE = """\
format: ratingbook/expectations-v1
tests:
  - name: inline
    framework: yot-2020
    inspection:
      format: ratingbook/inspection-v1
      service: Inline
      counts:
        "2.1.1": {relevant: 10, "yes": 17}
    expect:
      overall: {rating: Good}
  - name: missing
    inspection: nowhere.yaml
    expect:
      overall: {rating: Good}
"""


def test_a_problem_in_inline_data_gives_the_expectation_files_own_line(tmp_path: Path) -> None:
    path = tmp_path / "inl.yaml"
    path.write_text(INLINE, encoding="utf-8")
    inline, missing = (run(e) for e in collect([str(path)]))
    assert inline.error is not None
    first = inline.error.splitlines()[0]
    assert first == (
        f'{path}:9:40: error: counts."2.1.1": yes (17) is more than relevant (10) [input-schema]'
    )
    assert missing.error is not None
    assert f"{tmp_path / 'nowhere.yaml'}: no such inspection file" in missing.error
    assert f"tests[1].inspection in {path}" in missing.error
    assert "stdin" not in missing.error
