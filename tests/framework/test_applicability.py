"""Which cases each yot-2020 key question counts, attribute by attribute."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from ratingbook import evaluate, to_json
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result
from ratingbook.framework.views.phrases import say, worded

REPO = Path(__file__).resolve().parents[2]

# The oracle, written from docs/decisions.md D10-D13 (not read from the framework):
# which key questions apply to a case, given its disposal and attributes.
ALWAYS = lambda a: True  # noqa: E731
APPLIES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "2.1.1": ALWAYS,
    "2.1.2": ALWAYS,
    "2.1.3": ALWAYS,
    "2.2.1": ALWAYS,
    "2.2.2": lambda a: a.get("safety_factors", False),
    "2.2.3": lambda a: a.get("harm_factors", False),
    "2.3.1": ALWAYS,
    "2.3.2": lambda a: a.get("safety_factors", False),
    "2.3.3": lambda a: a.get("harm_factors", False),
    "2.4.1": lambda a: a.get("desistance_changed", False),
    "2.4.2": lambda a: a.get("safety_changed", False),
    "2.4.3": lambda a: a.get("harm_changed", False),
    "3.1.1": ALWAYS,
    "3.1.2": ALWAYS,
    "3.1.3": ALWAYS,
    "3.2.1": ALWAYS,
    "3.2.2": lambda a: a.get("safety_factors", False),
    "3.2.3": lambda a: a.get("harm_factors", False),
    "3.3.1": ALWAYS,
    "3.3.2": lambda a: a.get("safety_factors", False),
    "3.3.3": lambda a: a.get("harm_factors", False),
    "3.4.1": ALWAYS,
    "3.4.2": lambda a: a.get("disposal_type") == "youth conditional caution",
}

# libyaml's safe dumper writes the same text as yaml.safe_dump, four times faster.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def applicable(disposal: str, attributes: dict[str, Any]) -> list[str]:
    domain = "2." if disposal == "court" else "3."
    return [k for k, rule in APPLIES.items() if k.startswith(domain) and rule(attributes)]


def case(
    case_id: str,
    disposal: str,
    answer: str = "yes",
    extra: dict[str, str] | None = None,
    **attributes: Any,
) -> dict[str, Any]:
    """A case answering exactly the key questions the oracle says apply to it."""
    if disposal == "out-of-court":
        attributes.setdefault("disposal_type", "community resolution")
    answers: dict[str, str] = {k: answer for k in applicable(disposal, attributes)}
    answers.update(extra or {})
    return {"id": case_id, "disposal": disposal, "attributes": attributes, "answers": answers}


def rate(tmp_path: Path, fw: Framework, cases: list[dict[str, Any]]) -> Result:
    data = {
        "format": "ratingbook/inspection-v1",
        "service": "Applicability test",
        "framework": "yot-2020",
        "domain1": {"1.1": "Good", "1.2": "Good", "1.3": "Good", "1.4": "Good"},
        "cases": cases,
    }
    path = tmp_path / "inspection.yaml"
    path.write_text(yaml.dump(data, Dumper=DUMPER, sort_keys=False), encoding="utf-8")
    return evaluate(fw, load_inspection(str(path)))


def counted(result: Result, kq_id: str) -> list[str]:
    k = result.key_question(kq_id)
    assert k is not None
    return [c.case for c in k.counted]


def excluded(result: Result, kq_id: str) -> dict[str, str]:
    k = result.key_question(kq_id)
    assert k is not None
    return {c.case: say(c.reason) for c in k.excluded}


def input_warnings(result: Result) -> list[str]:
    """Warnings about the data, leaving out the ones about standards with no relevant cases."""
    return [
        d.message
        for d in result.diagnostics
        if "is not rated" not in d.message and "no overall rating" not in d.message
    ]


# ---------------------------------------------------------------------------- disposal


def test_disposal_decides_domain_two_or_three(yot_2020: Framework, tmp_path: Path) -> None:
    result = rate(tmp_path, yot_2020, [case("C1", "court"), case("O1", "out-of-court")])
    assert input_warnings(result) == []
    for kq in ("2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.3.1"):
        assert counted(result, kq) == ["C1"]
        assert excluded(result, kq) == {
            "O1": "domain 2 is for cases where disposal = court; disposal is out-of-court"
        }
    for kq in ("3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.3.1", "3.4.1"):
        assert counted(result, kq) == ["O1"]
        assert excluded(result, kq) == {
            "C1": "domain 3 is for cases where disposal = out-of-court; disposal is court"
        }


def test_a_court_case_answering_a_domain_three_question_is_warned_and_left_out(
    yot_2020: Framework, tmp_path: Path
) -> None:
    result = rate(
        tmp_path,
        yot_2020,
        [case("C1", "court", extra={"3.1.1": "yes"}), case("O1", "out-of-court")],
    )
    assert input_warnings(result) == [
        "case C1 answers 3.1.1, which does not apply to it "
        "(domain 3 is for cases where disposal = out-of-court; disposal is court); the answer is left out of the counts"
    ]
    assert counted(result, "3.1.1") == ["O1"]
    k = result.key_question("3.1.1")
    assert k is not None and (k.relevant, k.yes) == (1, 1)


# ---------------------------------------------------------------------------- flags

FLAG_CASES = [
    ("safety_factors", "court", ["2.2.2", "2.3.2"]),
    ("safety_factors", "out-of-court", ["3.2.2", "3.3.2"]),
    ("harm_factors", "court", ["2.2.3", "2.3.3"]),
    ("harm_factors", "out-of-court", ["3.2.3", "3.3.3"]),
    ("desistance_changed", "court", ["2.4.1"]),
    ("safety_changed", "court", ["2.4.2"]),
    ("harm_changed", "court", ["2.4.3"]),
]


@pytest.mark.parametrize(
    ("flag", "disposal", "kqs"), FLAG_CASES, ids=[f"{f}-{d}" for f, d, _ in FLAG_CASES]
)
def test_a_flag_decides_its_sub_sample(
    yot_2020: Framework, tmp_path: Path, flag: str, disposal: str, kqs: list[str]
) -> None:
    cases = [
        case("A", disposal, **{flag: True}),
        case("B", disposal, **{flag: False}),
        case("C", disposal),  # not stated: the default is no
        case("D", disposal, answer="no", **{flag: True}),
    ]
    result = rate(tmp_path, yot_2020, cases)
    assert input_warnings(result) == []
    for kq in kqs:
        assert counted(result, kq) == ["A", "D"]
        k = result.key_question(kq)
        assert k is not None and (k.relevant, k.yes, k.percent) == (2, 1, 50)
        reasons = excluded(result, kq)
        assert reasons["B"] == f"needs {flag}; {flag} is no"
        assert reasons["C"] == f"needs {flag}; {flag} is no"
    # the flag changes nothing else: the questions that apply to all cases count all four
    all_cases = "2.1.1" if disposal == "court" else "3.1.1"
    assert counted(result, all_cases) == ["A", "B", "C", "D"]


def test_flags_given_as_the_words_yes_and_no(yot_2020: Framework, tmp_path: Path) -> None:
    result = rate(
        tmp_path,
        yot_2020,
        [case("A", "court", safety_factors=True), case("B", "court", safety_factors=False)],
    )
    text = (tmp_path / "inspection.yaml").read_text(encoding="utf-8")
    words = text.replace("safety_factors: true", "safety_factors: 'yes'").replace(
        "safety_factors: false", "safety_factors: 'no'"
    )
    assert words != text
    (tmp_path / "words.yaml").write_text(words, encoding="utf-8")
    again = evaluate(yot_2020, load_inspection(str(tmp_path / "words.yaml")))
    assert counted(again, "2.2.2") == counted(result, "2.2.2") == ["A"]


# ---------------------------------------------------------------------------- disposal type


def test_youth_conditional_cautions_only_for_3_4_2(yot_2020: Framework, tmp_path: Path) -> None:
    cases = [
        case("O1", "out-of-court", disposal_type="youth conditional caution"),
        case("O2", "out-of-court", disposal_type="youth caution"),
        case("O3", "out-of-court", disposal_type="community resolution"),
    ]
    result = rate(tmp_path, yot_2020, cases)
    assert input_warnings(result) == []
    assert counted(result, "3.4.2") == ["O1"]
    assert (
        excluded(result, "3.4.2")["O2"]
        == 'needs disposal_type = "youth conditional caution"; disposal_type is youth caution'
    )
    assert counted(result, "3.4.1") == ["O1", "O2", "O3"]


def test_an_out_of_court_case_must_give_its_disposal_type(
    yot_2020: Framework, tmp_path: Path
) -> None:
    bare = {
        "id": "O1",
        "disposal": "out-of-court",
        "answers": {k: "yes" for k in applicable("out-of-court", {})},
    }
    with pytest.raises(DiagnosticsError) as err:
        rate(tmp_path, yot_2020, [bare])
    assert [d.message for d in err.value.diagnostics] == [
        "case O1 does not say its disposal_type, which 3.4.2 needs to decide whether it applies; add it under attributes"
    ]


# ---------------------------------------------------------------------------- answers that do not apply


def test_an_answer_for_a_question_that_does_not_apply_is_left_out_with_a_warning(
    yot_2020: Framework, tmp_path: Path
) -> None:
    cases = [
        case("C1", "court", safety_factors=True),
        case("C2", "court", answer="no", safety_factors=False, extra={"2.2.2": "yes"}),
    ]
    result = rate(tmp_path, yot_2020, cases)
    assert input_warnings(result) == [
        "case C2 answers 2.2.2, which does not apply to it (needs safety_factors; safety_factors is no); "
        "the answer is left out of the counts"
    ]
    (finding,) = [d for d in result.diagnostics if "C2 answers" in d.message]
    assert finding.severity == "warning"
    text = (tmp_path / "inspection.yaml").read_text(encoding="utf-8").splitlines()
    line = int(finding.where.split(":")[1])  # type: ignore[union-attr]
    assert "2.2.2" in text[line - 1]
    k = result.key_question("2.2.2")
    assert k is not None and (k.relevant, k.yes) == (1, 1)
    assert [(c.case, c.answer) for c in k.excluded] == [("C2", "yes")]


# ---------------------------------------------------------------------------- n/a and prompts


def test_n_a_on_a_where_applicable_prompt_is_excluded(yot_2020: Framework, tmp_path: Path) -> None:
    cases = [
        case("C1", "court", extra={"2.1.1.d": "n/a", "2.1.1.a": "yes"}),
        case("C2", "court", extra={"2.1.1.d": "yes", "2.1.1.a": "no"}),
        case("C3", "court", extra={"2.1.1.d": "no", "2.1.1.a": "yes"}),
    ]
    result = rate(tmp_path, yot_2020, cases)
    assert input_warnings(result) == []
    k = result.key_question("2.1.1")
    assert k is not None
    prompts = {p.id: p for p in k.prompts}
    d = prompts["2.1.1.d"]
    assert (d.relevant, d.yes, d.na, d.percent, d.basis) == (2, 1, 1, 50, "cases")
    a = prompts["2.1.1.a"]
    assert (a.relevant, a.yes, a.na, a.percent) == (3, 2, 0, 67)
    assert prompts["2.1.1.b"].basis == "none"
    # prompts never change the key question
    assert (k.relevant, k.yes, k.percent) == (3, 3, 100)


def test_n_a_is_refused_on_a_prompt_that_is_not_where_applicable(
    yot_2020: Framework, tmp_path: Path
) -> None:
    with pytest.raises(DiagnosticsError) as err:
        rate(tmp_path, yot_2020, [case("C1", "court", extra={"2.1.1.a": "n/a"})])
    assert [d.message for d in err.value.diagnostics] == [
        "case C1: n/a is not allowed for prompt 2.1.1.a (it is not 'where applicable')"
    ]


def test_n_a_is_refused_on_a_key_question(yot_2020: Framework, tmp_path: Path) -> None:
    with pytest.raises(DiagnosticsError) as err:
        rate(tmp_path, yot_2020, [case("C1", "court", extra={"2.2.1": "n/a"})])
    (d,) = err.value.diagnostics
    assert d.message == (
        "case C1: n/a is not allowed for 2.2.1 (it is not a 'where applicable' question and applies "
        "to this case: disposal is court); answer yes or no"
    )


def test_a_prompt_answer_under_a_question_that_does_not_apply_is_left_out(
    yot_2020: Framework, tmp_path: Path
) -> None:
    result = rate(tmp_path, yot_2020, [case("C1", "court", extra={"2.2.2.a": "yes"})])
    assert input_warnings(result) == [
        "case C1 answers prompt 2.2.2.a, but its key question 2.2.2 is not counted for this case; the answer is left out"
    ]


def test_excluded_cases_are_listed_with_reasons_in_the_result(
    yot_2020: Framework, tmp_path: Path
) -> None:
    cases = [
        case("C1", "court", harm_factors=True),
        case("C2", "court"),
        case("O1", "out-of-court", harm_factors=True),
    ]
    result = rate(tmp_path, yot_2020, cases)
    k = result.key_question("2.2.3")
    assert k is not None
    assert [(c.case, c.answer, say(c.reason)) for c in k.counted] == [
        ("C1", "yes", "disposal is court; harm_factors is yes")
    ]
    assert [(c.case, c.answer, say(c.reason)) for c in k.excluded] == [
        ("C2", None, "needs harm_factors; harm_factors is no"),
        ("O1", None, "domain 2 is for cases where disposal = court; disposal is out-of-court"),
    ]
    as_json = worded(to_json(result))["standards"]["2.2"]["key_questions"]["2.2.3"]
    assert as_json["cases_excluded"] == [
        {"case": "C2", "answer": None, "reason": "needs harm_factors; harm_factors is no"},
        {
            "case": "O1",
            "answer": None,
            "reason": "domain 2 is for cases where disposal = court; disposal is out-of-court",
        },
    ]


def test_the_oracle_agrees_with_the_shipped_example() -> None:
    """Every case of the made-up example answers exactly the key questions the oracle names."""
    data = yaml.safe_load(
        (REPO / "standards" / "yot" / "examples" / "example-2020.yaml").read_text(encoding="utf-8")
    )
    for c in data["cases"]:
        answered = sorted(k for k in c["answers"] if k.count(".") == 2)
        assert answered == applicable(c["disposal"], c.get("attributes", {})), c["id"]


def _all_messages(tmp_path: Path, fw: Framework, data: dict[str, Any]) -> list[str]:
    """Every diagnostic the data gives, whether it stops the rating (errors) or not (warnings)."""
    body = {
        "format": "ratingbook/inspection-v1",
        "service": "S",
        "framework": "yot-2020",
        "domain1": {"1.1": "Good", "1.2": "Good", "1.3": "Good", "1.4": "Good"},
        **data,
    }
    path = tmp_path / "d1.yaml"
    path.write_text(yaml.dump(body, Dumper=DUMPER, sort_keys=False), encoding="utf-8")
    try:
        return [d.message for d in evaluate(fw, load_inspection(str(path))).diagnostics]
    except DiagnosticsError as err:
        return [d.message for d in err.diagnostics]


def test_a_case_answering_a_domain_one_question_is_not_silently_ignored(
    yot_2020: Framework, tmp_path: Path
) -> None:
    """Domain one is judged by the lead inspector: a case answer to 1.2.1 applies to nothing."""
    messages = _all_messages(
        tmp_path, yot_2020, {"cases": [case("C1", "court", extra={"1.2.1": "no"})]}
    )
    assert any("C1" in m and "1.2.1" in m for m in messages), messages


def test_counts_for_a_domain_one_question_are_not_silently_ignored(
    yot_2020: Framework, tmp_path: Path
) -> None:
    messages = _all_messages(tmp_path, yot_2020, {"counts": {"1.1.1": {"relevant": 3, "yes": 0}}})
    assert any("1.1.1" in m for m in messages), messages
