"""Loading inspection data: YAML's loose typing made exact, JSON, and every schema problem at once."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ratingbook.framework.errors import DiagnosticsError, InputError
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.inspection import Inspection, format_path
from ratingbook.framework.loading.inspections import load_inspection, load_inspection_text
from ratingbook.framework.model import Framework

REPO = Path(__file__).resolve().parents[2]

HEAD = "format: ratingbook/inspection-v1\nservice: Test service\n"


def load(tmp_path: Path, text: str, name: str = "i.yaml") -> Inspection:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_inspection(str(path))


def problems(tmp_path: Path, text: str, name: str = "i.yaml") -> list[tuple[int, str]]:
    with pytest.raises(DiagnosticsError) as err:
        load(tmp_path, text, name)
    out = []
    for d in err.value.diagnostics:
        assert d.span is not None, d.message
        assert d.span.path.endswith(name)
        out.append((d.span.line, d.message))
    return sorted(out)


# ---------------------------------------------------------------------------- YAML's loose typing


@pytest.mark.parametrize("written", ["2020-08-24", '"2020-08-24"', "'2020-08-24'"])
def test_fieldwork_dates_bare_or_quoted(tmp_path: Path, written: str) -> None:
    assert load(tmp_path, HEAD + f"fieldwork: {written}\n").fieldwork == "2020-08-24"


def test_a_date_with_a_time_is_not_a_fieldwork_date(tmp_path: Path) -> None:
    # YAML 1.1 reads it as a datetime (and a zone could move it to another day); fieldwork
    # is the plain ISO date the format asks for, so it is refused, never cut to its day.
    with pytest.raises(DiagnosticsError) as err:
        load(tmp_path, HEAD + "fieldwork: 2020-08-24 10:00:00\n")
    assert "is a date and a time" in err.value.format_message()


def test_bare_and_quoted_ids(tmp_path: Path) -> None:
    text = HEAD + (
        "domain1:\n"
        "  1.1: Good\n"  # a float to YAML
        '  "1.2": Good\n'
        "  '1.3': Good\n"
        "  1.10: Good\n"  # would be 1.1 if read as a number
        "counts:\n"
        "  2.1.1: {relevant: 3, yes: 2}\n"
        '  "2.1.2": {relevant: 3, yes: 3}\n'
    )
    insp = load(tmp_path, text)
    assert list(insp.judgements) == ["1.1", "1.2", "1.3", "1.10"]
    assert list(insp.counts) == ["2.1.1", "2.1.2"]


def test_bare_yes_and_no(tmp_path: Path) -> None:
    text = HEAD + (
        "cases:\n"
        "  - id: C1\n"
        "    disposal: court\n"
        "    attributes: {safety_factors: yes, harm_factors: no, rosh: low}\n"
        '    answers: {"2.1.1": yes, "2.1.2": no, "2.1.3": "yes", "2.2.1": "no", "2.3.1": true, "2.2.2": false,'
        ' "2.1.1.d": n/a}\n'
        "counts:\n"
        '  "3.1.1": {relevant: 3, yes: 2}\n'  # a bare `yes` key
    )
    insp = load(tmp_path, text)
    (c,) = insp.cases
    assert c.answers == {
        "2.1.1": "yes",
        "2.1.2": "no",
        "2.1.3": "yes",
        "2.2.1": "no",
        "2.3.1": "yes",
        "2.2.2": "no",
        "2.1.1.d": "n/a",
    }
    # The top-level disposal is an attribute like any other, given first.
    assert c.attributes == {
        "disposal": "court",
        "safety_factors": "yes",
        "harm_factors": "no",
        "rosh": "low",
    }
    assert c.at_top == {"disposal"}
    assert (insp.counts["3.1.1"].relevant, insp.counts["3.1.1"].yes) == (3, 2)


def test_numeric_case_ids_and_service_are_text(tmp_path: Path) -> None:
    text = (
        "format: ratingbook/inspection-v1\nservice: 2020\ncases:\n  - id: 7\n    disposal: court\n"
    )
    insp = load(tmp_path, text)
    assert insp.service == "2020"
    assert insp.cases[0].id == "7"


def test_domain1_entries_as_a_rating_or_a_mapping(tmp_path: Path) -> None:
    text = HEAD + (
        "domain1:\n"
        '  "1.1": Good\n'
        '  "1.2": {rating: Requires improvement, evidence: "Supervision is irregular.", line: 410}\n'
    )
    insp = load(tmp_path, text)
    assert (insp.judgements["1.1"].rating, insp.judgements["1.1"].evidence) == ("Good", None)
    j = insp.judgements["1.2"]
    assert (j.rating, j.evidence, j.line) == (
        "Requires improvement",
        "Supervision is irregular.",
        410,
    )


def test_counts_percentages_and_discretion(tmp_path: Path) -> None:
    text = HEAD + (
        "framework: yot-2018\n"
        "counts:\n"
        '  "3.1.2": {percent: 45, line: 12}\n'
        "discretion:\n"
        '  "2.4": {rating: Good, reason: "Limited discretion.", line: 729, override: true}\n'
    )
    insp = load(tmp_path, text)
    assert insp.framework == "yot-2018"
    c = insp.counts["3.1.2"]
    assert (c.relevant, c.yes, c.percent, c.line) == (None, None, 45, 12)
    d = insp.discretion["2.4"]
    assert (d.rating, d.reason, d.override, d.line) == ("Good", "Limited discretion.", True, 729)


# ---------------------------------------------------------------------------- JSON


def test_json_input(tmp_path: Path) -> None:
    data = {
        "format": "ratingbook/inspection-v1",
        "service": "JSON service",
        "framework": "yot-2020",
        "fieldwork": "2021-03-15",
        "domain1": {"1.1": "Good", "1.2": {"rating": "Outstanding", "evidence": "E."}},
        "cases": [
            {
                "id": "C1",
                "disposal": "court",
                "attributes": {"safety_factors": True},
                "answers": {"2.1.1": "yes", "2.2.2": False},
            }
        ],
        "counts": {"3.1.1": {"relevant": 2, "yes": 1}},
    }
    insp = load(tmp_path, json.dumps(data, indent=2), "i.json")
    assert (insp.service, insp.framework, insp.fieldwork) == (
        "JSON service",
        "yot-2020",
        "2021-03-15",
    )
    assert insp.judgements["1.2"].rating == "Outstanding"
    assert insp.cases[0].answers == {"2.1.1": "yes", "2.2.2": "no"}
    assert insp.cases[0].attributes == {"disposal": "court", "safety_factors": "yes"}
    assert insp.counts["3.1.1"].yes == 1


def test_json_schema_problems_have_json_lines(tmp_path: Path) -> None:
    text = '{\n  "format": "ratingbook/inspection-v1",\n  "service": "S",\n  "counts": {\n    "2.2.1": {"relevant": 3}\n  }\n}\n'
    assert problems(tmp_path, text, "i.json") == [
        (
            5,
            "counts.\"2.2.1\": give either 'relevant' and 'yes' (counts) or 'percent' (a published figure)",
        )
    ]


def test_tab_indented_json_problems_are_placed_not_called_malformed(tmp_path: Path) -> None:
    # Tabs may not indent YAML, but they may indent JSON: the file is valid, its problem is not
    # a syntax error.
    data = {"format": "ratingbook/inspection-v1", "service": {"nested": "no"}}
    text = json.dumps(data, indent="\t")
    with pytest.raises(DiagnosticsError) as err:
        load(tmp_path, text, "tabs.json")
    (d,) = err.value.diagnostics
    assert d.code == "input-schema"
    assert d.span is not None and (d.span.line, d.span.col) == (3, 13)


def test_malformed_json_is_reported_at_its_line(tmp_path: Path) -> None:
    text = '{\n  "format": "ratingbook/inspection-v1",\n  "service": "S"\n  "cases": []\n}\n'
    with pytest.raises(DiagnosticsError) as err:
        load(tmp_path, text, "bad.json")
    (d,) = err.value.diagnostics
    assert d.code == "input-syntax"
    assert d.message == "malformed JSON: Expecting ',' delimiter"
    assert d.span is not None and (d.span.line, d.span.col) == (4, 3)


def test_malformed_yaml_is_reported_at_its_line(tmp_path: Path) -> None:
    text = HEAD + "cases:\n  - id: C1\n    disposal: [court\n"
    with pytest.raises(DiagnosticsError) as err:
        load(tmp_path, text)
    (d,) = err.value.diagnostics
    assert d.code == "input-syntax"
    assert d.message.startswith("malformed YAML: ")
    assert d.span is not None and d.span.line == 6


def test_an_empty_file(tmp_path: Path) -> None:
    assert problems(tmp_path, "") == [(1, "the file is empty: expected an inspection mapping")]


def test_a_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    assert problems(tmp_path, "- a\n- b\n") == [(1, "expected a mapping with format, service, ...")]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(HEAD + 'domain1: {"1.1": Good}\n'))
    insp = load_inspection("-")
    assert insp.path == "<stdin>"
    assert insp.judgements["1.1"].rating == "Good"


def test_a_missing_file_and_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_inspection(str(tmp_path / "nope.yaml"))
    assert (
        err.value.message
        == f"{tmp_path / 'nope.yaml'}: no such file; check the path (use '-' to read from stdin)"
    )
    with pytest.raises(InputError) as err:
        load_inspection(str(tmp_path))
    assert err.value.message == f"{tmp_path}: is a directory, not an inspection file"


# ---------------------------------------------------------------------------- every schema problem at once


def test_all_schema_problems_are_reported_at_once_with_paths_and_lines(tmp_path: Path) -> None:
    text = (
        "format: ratingbook/inspection-v2\n"  # 1
        'service: ""\n'  # 2
        "fieldwork: 24/08/2020\n"  # 3
        "colour: blue\n"  # 4
        "cases:\n"  # 5
        "  - id: C1\n"  # 6
        "    disposal: court\n"  # 7
        "    answers:\n"  # 8
        '      "2.1.1": maybe\n'  # 9
        "  - disposal: court\n"  # 10
        "counts:\n"  # 11
        '  "2.2.1": {relevant: 3}\n'  # 12
        '  "2.2.3": {percent: 101}\n'  # 13
        '  "2.2.2": {relevant: 2, yes: 3}\n'  # 14
        "discretion:\n"  # 15
        '  "2.2": {rating: Good}\n'  # 16
        "domain1:\n"  # 17
        '  "1.1": {rating: Good, evidence: 3}\n'  # 18
    )
    assert problems(tmp_path, text) == sorted(
        [
            (1, "format: must be 'ratingbook/inspection-v1'"),
            (2, "service: must not be empty"),
            (3, "fieldwork: '24/08/2020' is not a date like 2020-08-24"),
            (
                4,
                "colour: unknown key 'colour'; expected one of: format, service, framework, fieldwork, note, population, lead_inspector, "
                "source, domain1, judgements, cases, counts, discretion, not_inspected",
            ),
            (9, "cases[0].answers.\"2.1.1\": 'maybe' is not allowed here: use one of yes, no, n/a"),
            (10, "cases[1]: missing 'id'"),
            (
                12,
                "counts.\"2.2.1\": give either 'relevant' and 'yes' (counts) or 'percent' (a published figure)",
            ),
            (13, 'counts."2.2.3".percent: 101 is out of range (maximum 100)'),
            (14, 'counts."2.2.2": yes (3) is more than relevant (2)'),
            (16, "discretion.\"2.2\": missing 'reason'"),
            (
                18,
                "domain1.\"1.1\": expected a rating, or a mapping with 'rating' and optional 'evidence'",
            ),
        ]
    )


def test_a_near_miss_of_an_answer_says_which_was_meant(tmp_path: Path) -> None:
    """As the workbook's import does: a typed answer close to one allowed names it; one
    close to none (``maybe``) is told the choices alone."""
    text = (
        "format: ratingbook/inspection-v1\n"  # 1
        "service: X\n"  # 2
        "cases:\n"  # 3
        "  - id: C1\n"  # 4
        "    disposal: court\n"  # 5
        "    answers:\n"  # 6
        '      "2.1.1": yess\n'  # 7
        '      "2.1.2": maybe\n'  # 8
        '      "2.1.3": {answer: noo, reason: r}\n'  # 9
    )
    choices = "is not allowed here: use one of yes, no, n/a"
    assert problems(tmp_path, text) == [
        (7, f"cases[0].answers.\"2.1.1\": 'yess' {choices}; did you mean yes?"),
        (8, f"cases[0].answers.\"2.1.2\": 'maybe' {choices}"),
        (9, f"cases[0].answers.\"2.1.3\".answer: 'noo' {choices}; did you mean no?"),
    ]


def test_the_summary_counts_the_problems(tmp_path: Path) -> None:
    with pytest.raises(DiagnosticsError) as err:
        load(tmp_path, 'format: x\nservice: ""\n')
    assert len(err.value.diagnostics) == 2
    assert str(tmp_path / "i.yaml") in err.value.message


def test_an_unknown_key_suggests_the_nearest(tmp_path: Path) -> None:
    assert problems(tmp_path, "format: ratingbook/inspection-v1\nservce: S\n") == sorted(
        [
            (1, "(top level): missing 'service'"),
            (2, "servce: unknown key 'servce'; did you mean 'service'?"),
        ]
    )


def test_an_unknown_key_inside_a_case(tmp_path: Path) -> None:
    text = HEAD + "cases:\n  - id: C1\n    disposal: court\n    anwsers: {}\n"
    assert problems(tmp_path, text) == [
        (6, "cases[0].anwsers: unknown key 'anwsers'; did you mean 'answers'?")
    ]


def test_a_case_id_given_twice(tmp_path: Path) -> None:
    text = HEAD + "cases:\n  - id: C1\n    disposal: court\n  - id: C1\n    disposal: court\n"
    assert problems(tmp_path, text) == [
        (6, "cases[1].id: case C1 appears twice (first as cases[0])")
    ]


def test_a_malformed_id_key_is_reported_at_its_own_line_with_its_path(tmp_path: Path) -> None:
    text = HEAD + (
        "cases:\n"  # 3
        "  - id: C1\n"  # 4
        "    disposal: court\n"  # 5
        "    answers:\n"  # 6
        '      "2.1.1": yes\n'  # 7
        '      "2.1": yes\n'  # 8: a standard id where a key question id belongs
        "domain1:\n"  # 9
        '  "1.1": Good\n'  # 10
        '  "1": Good\n'  # 11: a domain id where a standard id belongs
    )
    found = problems(tmp_path, text)
    assert [line for line, _ in found] == [8, 11]
    assert found[0][1].startswith('cases[0].answers."2.1": ')
    assert found[1][1].startswith('domain1."1": ')


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (("cases", 3, "answers", "2.2.9"), 'cases[3].answers."2.2.9"'),
        (("counts", "2.2.1", "yes"), 'counts."2.2.1".yes'),
        (("service",), "service"),
        ((), "(top level)"),
    ],
)
def test_format_path(path: tuple[str | int, ...], text: str) -> None:
    assert format_path(path) == text


def test_load_inspection_text_names_the_data_in_messages() -> None:
    with pytest.raises(DiagnosticsError) as err:
        load_inspection_text("format: x\nservice: S\n", "<generated>")
    (d,) = err.value.diagnostics
    assert d.span is not None and d.span.path == "<generated>"


def test_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    text = (
        HEAD + 'cases:\n  - id: C1\n    disposal: court\n    answers: {"2.1.1": yes, "2.1.1": no}\n'
    )
    found = problems(tmp_path, text)
    assert len(found) == 1
    line, message = found[0]
    assert line == 6
    assert message.startswith('cases[0].answers."2.1.1": given twice')


# ---------------------------------------------------------------------------- which version rates the data


@pytest.mark.parametrize(
    ("fieldwork", "framework_id"),
    [
        ("2018-06-01", "yot-2018"),
        ("2020-05-31", "yot-2018"),
        ("2020-06-01", "yot-2020"),
        ("2024-01-01", "yot-2020"),
    ],
)
def test_the_version_in_force_on_the_fieldwork_date(
    tmp_path: Path, fieldwork: str, framework_id: str
) -> None:
    from ratingbook.framework.loading.frameworks import framework_for

    insp = load(tmp_path, HEAD + f"fieldwork: {fieldwork}\n")
    assert framework_for(insp, None).id == framework_id
    assert framework_for(insp, "yot-2018").id == "yot-2018", "--framework wins"


def test_no_version_in_force_is_an_input_error(tmp_path: Path) -> None:
    from ratingbook.framework.loading.frameworks import framework_for

    insp = load(tmp_path, HEAD + "fieldwork: 2018-05-31\n")
    with pytest.raises(InputError) as err:
        framework_for(insp, None)
    assert "no shipped framework was in force on 2018-05-31" in err.value.message
    insp = load(tmp_path, HEAD, "none.yaml")
    with pytest.raises(InputError) as err:
        framework_for(insp, None)
    assert "names no framework and no fieldwork date" in err.value.message


# ---------------------------------------------------------------------------- data from another version


def test_prompt_data_for_a_version_without_prompts_is_left_out_with_one_warning(
    yot_2018: Framework,
) -> None:
    """The 2020 report's prompt figures, rated under yot-2018 (which has no prompts)."""
    insp = load_inspection(str(REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"))
    result = evaluate(yot_2018, insp)
    notes = [d.message for d in result.diagnostics if "prompt-level" in d.message]
    assert [d.code for d in result.diagnostics if "prompt-level" in d.message] == ["input-unused"]
    assert notes == [
        "prompt-level data for 93 prompts of 23 key questions (2.1.1-2.1.3, 2.2.1-2.2.3, "
        "2.3.1-2.3.3, 2.4.1-2.4.3, 3.1.1-3.1.3, 3.2.1-3.2.3, 3.3.1-3.3.3, 3.4.1-3.4.2) is not "
        "used: yot-2018 gives no prompts for them; key-question figures are rated as usual"
    ]
    assert result.overall.score == 23
    assert all(k.prompts == () for s in result.standards for k in s.key_questions)


def test_an_unknown_prompt_of_a_key_question_with_prompts_is_still_an_error(
    yot_2020: Framework, tmp_path: Path
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        HEAD + 'framework: yot-2020\ncounts:\n  "2.1.1": {relevant: 3, "yes": 2}\n'
        '  "2.1.1.z": {relevant: 3, "yes": 2}\n',
        encoding="utf-8",
    )
    with pytest.raises(DiagnosticsError) as err:
        evaluate(yot_2020, load_inspection(str(path)))
    (d,) = [d for d in err.value.diagnostics if "2.1.1.z" in d.message]
    assert d.message.startswith("unknown prompt 2.1.1.z; key question 2.1.1 has 2.1.1.a, ")


# ---------------------------------------------------------------------------- the cases, made when read


def test_an_inspections_cases_are_the_tuple_of_its_cases() -> None:
    """The cases are made the first time one is read (a corpus compare reads none), and are
    in every way the tuple the records make: length, truth, items, slices, order, equality
    both ways, hash, repr, pickling and copying."""
    import copy
    import pickle

    from ratingbook.framework.inspection import AnswersView, Case

    cased = 0
    yot = REPO / "standards/yot"
    for path in [*sorted((yot / "inspections").glob("*.yaml")), yot / "examples/example-2020.yaml"]:
        lazy = load_inspection(str(path)).cases
        untouched = load_inspection(str(path)).cases
        assert len(lazy) == len(untouched) and bool(lazy) == bool(untouched)
        table = load_inspection(str(path)).table
        eager = tuple(
            Case(
                id=c.id,
                index=c.index,
                attributes=c.attributes,
                at_top=c.at_top,
                answers=AnswersView(table, c.index),
                note=c.note,
                inspector=c.inspector,
                reasons=c.reasons,
            )
            for c in lazy
        )
        assert [c.index for c in eager] == list(range(len(eager)))
        assert lazy == eager and eager == lazy and not lazy != eager
        assert untouched == lazy
        hashes = []
        for cases in (lazy, eager):
            try:
                hashes.append(hash(cases))
            except TypeError as err:  # a case's attributes are a dict
                hashes.append(str(err))
        assert hashes[0] == hashes[1]
        assert repr(lazy) == repr(tuple(lazy))
        assert lazy[1:3] == eager[1:3] and list(reversed(lazy)) == list(reversed(eager))
        if eager:  # (some of the shipped inspections give counts, not cases)
            assert lazy[0] == eager[0] and lazy[-1] == eager[-1] and eager[0] in lazy
            cased += 1
        assert pickle.loads(pickle.dumps(lazy)) == eager == copy.deepcopy(lazy)
        assert lazy != list(eager)  # as a tuple is not its list
    assert cased
