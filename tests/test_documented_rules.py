"""Every rule docs/inspection-format.md states, held to what ratingbook does.

Each case quotes the rule (shortened) and gives data that breaks it; the command must refuse
it (exit 2) with the message the rule leads a reader to expect, or, where the document says
the data is used with a warning, rate it (exit 0) and warn.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

RunCli = Callable[..., tuple[int, str, str]]

HEAD = "format: ratingbook/inspection-v1\nservice: X\nframework: yot-2020\n"
ALL_21 = (
    '  "2.1.1": {relevant: 3, yes: 2}\n  "2.1.2": {relevant: 3, yes: 3}\n'
    '  "2.1.3": {relevant: 3, yes: 3}\n'
)

RULES: list[tuple[str, str, int, str]] = [
    (
        "Ratings are exactly Outstanding, Good, Requires improvement and Inadequate",
        'domain1: {"1.1": Great}\n',
        2,
        "'Great' is not a rating",
    ),
    (
        "key questions of a judged standard: answers or counts are refused",
        'counts: {"1.1.1": {relevant: 3, yes: 2}}\n',
        2,
        "rated by inspector judgement",
    ),
    (
        "disposal is court or out-of-court",
        "cases: [{id: C1, disposal: other}]\n",
        2,
        "disposal is 'other', not one of court, out-of-court",
    ),
    (
        "a case's id is unique in the file",
        "cases: [{id: C1, disposal: court}, {id: C1, disposal: court}]\n",
        2,
        "case C1 appears twice",
    ),
    (
        "it must answer every key question that applies to it",
        "cases: [{id: C1, disposal: court, answers: {}}]\n",
        2,
        "has no answer for 2.1.1, which applies to it",
    ),
    (
        "n/a is accepted only for an item the framework marks where applicable",
        'cases: [{id: C1, disposal: court, answers: {"2.1.1": n/a}}]\n',
        2,
        "n/a is not allowed for 2.1.1",
    ),
    (
        "For one key question, data comes from cases or from counts, never both",
        'cases: [{id: C1, disposal: court, answers: {"2.1.1": yes}}]\n'
        'counts: {"2.1.1": {relevant: 3, yes: 2}}\n',
        2,
        "2.1.1 has both case answers and counts",
    ),
    (
        "An entry has either relevant and yes (with yes <= relevant) or percent, never both",
        f"counts:\n{ALL_21.replace('yes: 2}', 'yes: 2, percent: 67}')}",
        2,
        "not both",
    ),
    (
        "yes <= relevant",
        f"counts:\n{ALL_21.replace('yes: 2}', 'yes: 4}')}",
        2,
        "yes (4) is more than relevant (3)",
    ),
    (
        "percent: a published whole-number percentage, used as given",
        'counts: {"2.1.1": {percent: 64.5}}\n',
        2,
        "expected a whole number, got 64.5",
    ),
    (
        "A prompt id the version does not know, for a key question that has prompts, is an error",
        f'counts:\n{ALL_21}  "2.1.1.z": {{relevant: 3, yes: 2}}\n',
        2,
        "unknown prompt 2.1.1.z",
    ),
    (
        "A decision on a standard that is not eligible is an error unless override: true",
        'domain1: {"1.1": Good}\ndiscretion: {"1.1": {rating: Good, reason: "x"}}\n',
        2,
        "the policy does not make this standard eligible",
    ),
    (
        "fieldwork: an ISO date",
        "fieldwork: 2020-02-30\n",
        2,
        "'2020-02-30' is not a date in the calendar",
    ),
]


@pytest.mark.parametrize(
    ("rule", "data", "status", "message"), RULES, ids=[r[0][:40] for r in RULES]
)
def test_a_documented_rule_behaves_as_written(
    run_cli: RunCli, tmp_path: Path, rule: str, data: str, status: int, message: str
) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(HEAD + data, encoding="utf-8")
    code, _, err = run_cli("rate", str(path))
    assert code == status, (rule, err)
    assert message in err, (rule, err)


def test_an_answer_to_a_question_that_does_not_apply_is_left_out_with_a_warning(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """'It is left out of the counts with a warning (code input-data, exit status 0) at the
    answer's line, saying why the question does not apply.'"""
    example = Path("standards/yot/examples/example-2020.yaml").read_text(encoding="utf-8")
    # C03 has no safety factors, so 2.2.2 does not apply to it; give it an answer anyway.
    assert "  - id: C03\n" in example
    head, rest = example.split("  - id: C03\n", 1)
    answers = rest.index("    answers:\n") + len("    answers:\n")
    changed = head + "  - id: C03\n" + rest[:answers] + '      "2.2.2": yes\n' + rest[answers:]
    path = tmp_path / "data.yaml"
    path.write_text(changed, encoding="utf-8")
    code, out, err = run_cli("rate", str(path))
    assert code == 0, err
    assert "warning: case C03 answers 2.2.2, which does not apply to it" in out
    code, out, _ = run_cli("rate", "--format", "json", str(path))
    assert '"code": "input-data"' in out and "data.yaml:" in out
