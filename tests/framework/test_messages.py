"""Messages at the line the editor wrote, saying what is true and the fix: a change after a
remove, an id declared twice, a scale changed by a standard added or removed, a standard left
without key questions, a panel decision on a judged standard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ratingbook.dsl import Diagnostic, Severity
from ratingbook.framework import api
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.loading.frameworks import check_path

DRAFT = 'framework yot 2021 "Inspection"\n  draft\n  based on yot 2020\n'
REPO = Path(__file__).resolve().parents[2]


def check(tmp_path: Path, text: str) -> CheckResult:
    path = tmp_path / "2021.framework"
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def line(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def only(result: CheckResult, code: str) -> Diagnostic:
    found = [d for d in result.diagnostics if d.code == code]
    assert len(found) == 1, [d.headline() for d in result.diagnostics]
    d = found[0]
    assert d.span is not None and Path(d.span.path).name == "2021.framework", d.headline()
    return d


# ---------------------------------------------------------------------------- remove, then change


@pytest.mark.parametrize(
    ("removed", "changed"),
    [
        ("key question 2.2.3", "key question 2.2.3"),
        ("key question 3.2.2", "prompt 3.2.2.b"),  # removed with the key question it is under
        ("standard 2.4", "key question 2.4.1"),
    ],
)
def test_a_change_after_a_remove_says_the_remove(
    tmp_path: Path, removed: str, changed: str
) -> None:
    text = DRAFT + f"remove {removed}\nchange {changed}\n  where applicable\n"
    d = only(check(tmp_path, text), "bad-change")
    assert d.severity is Severity.ERROR
    assert d.message == (
        f"cannot change {changed}: this file removes it before, with 'remove {removed}' at line 4"
    )
    assert d.notes == (
        f"to keep {changed} with this change, drop the 'remove'; to drop it, drop this 'change'",
    )
    assert d.span is not None and d.span.line == 5
    # the same change without the remove is fine
    assert check(tmp_path, DRAFT + f"change {changed}\n  where applicable\n").ok


def test_a_remove_of_something_already_removed(tmp_path: Path) -> None:
    text = DRAFT + "remove key question 2.2.3\nremove prompt 2.2.3.a\n"
    d = only(check(tmp_path, text), "bad-remove")
    assert d.message == (
        "cannot remove prompt 2.2.3.a: this file already removes it "
        "('remove key question 2.2.3' at line 4)"
    )
    assert d.notes == ("drop this 'remove'",)


# ---------------------------------------------------------------------------- a new id twice


@pytest.mark.parametrize("item", ["key question 2.1.4", "prompt 2.1.3.d", "standard 2.5"])
def test_a_new_id_declared_twice_is_not_said_to_be_in_the_base(tmp_path: Path, item: str) -> None:
    body = '  no prompts "new"\n' if item.startswith("key") else ""
    text = DRAFT + f'{item} "First wording?"\n{body}{item} "Second wording?"\n{body}'
    result = check(tmp_path, text)
    assert not any("already in" in d.message for d in result.diagnostics)
    d = only(result, "duplicate-id")
    assert d.message == f"{item} is declared twice (first at line 4)"
    assert d.span is not None and d.span.line == line(text, f'{item} "Second')


# ---------------------------------------------------------------------------- the overall scale


@pytest.mark.parametrize(
    ("added", "scale", "count"),
    [
        ('standard 3.5 "Resettlement"\nkey question 3.5.1 "Is resettlement planned?"\n', 39, 13),
        (
            'standard 2.5 "Transitions"\nkey question 2.5.1 "Is the move to adult services planned?"\n',
            39,
            13,
        ),
        (
            'standard 1.5 "Learning"\n  rated by inspector judgement\n'
            'key question 1.5.1 "Does the service learn?"\n'
            'standard 1.6 "Voice"\n  rated by inspector judgement\n'
            'key question 1.6.1 "Is the child\'s voice heard?"\n',
            42,
            14,
        ),
    ],
)
def test_an_added_standard_says_the_new_scale_at_its_line(
    tmp_path: Path, added: str, scale: int, count: int
) -> None:
    text = DRAFT + added.replace('?"\n', '?"\n  no prompts "new"\n')
    result = check(tmp_path, text)
    d = only(result, "overall-scale")
    assert [x.code for x in result.diagnostics if x.is_error] == ["overall-scale"]
    assert d.message == (
        f"the overall scale is now 0..{scale} ({count} standards scored 0..3), but the overall "
        "bands, inherited from yot-2020, cover 0..36"
    )
    assert d.span is not None and d.span.line == 4  # the first standard added
    assert d.notes[-1] == (
        f"restate the overall bands in this version so that they cover 0..{scale} (restating "
        "one replaces them all); 'overall 31..36 Outstanding' no longer fits"
    )


def test_the_same_standard_with_the_overall_bands_restated_passes(tmp_path: Path) -> None:
    text = DRAFT + (
        'standard 3.5 "Resettlement"\n'
        'key question 3.5.1 "Is resettlement planned?"\n  no prompts "new"\n'
        "overall 0..6 Inadequate\n"
        'overall 7..19 "Requires improvement"\n'
        "overall 20..32 Good\n"
        "overall 33..39 Outstanding\n"
    )
    assert check(tmp_path, text).diagnostics == []


def test_scores_restated_change_the_scale_too(tmp_path: Path) -> None:
    text = DRAFT + (
        "rating Outstanding score 4\n"
        "rating Good score 3\n"
        'rating "Requires improvement" score 2\n'
        "rating Inadequate score 1\n"
    )
    d = only(check(tmp_path, text), "overall-scale")
    assert d.message == (
        "the overall scale is now 12..48 (12 standards scored 1..4), but the overall bands, "
        "inherited from yot-2020, cover 0..36"
    )
    assert d.notes[0] == "the ratings' scores are restated at line 4"
    assert d.notes[1].endswith(
        "'overall 0..6 Inadequate', 'overall 7..18 \"Requires improvement\"', "
        "'overall 31..36 Outstanding' no longer fit"
    )


# ---------------------------------------------------------------------------- no key questions


@pytest.mark.parametrize("standard", ["3.4", "2.4", "1.2"])
def test_removing_every_key_question_of_a_standard(tmp_path: Path, standard: str) -> None:
    fw = api.load_framework("yot-2020")
    (std,) = [s for d in fw.domains for s in d.standards if s.id == standard]
    removes = "".join(f"remove key question {k.id}\n" for k in std.key_questions)
    text = DRAFT + removes
    result = check(tmp_path, text)
    if std.judged:
        # Domain one is judged by the lead inspector: the rating does not need them.
        d = only(result, "no-key-questions")
        assert d.severity is Severity.WARNING and result.ok
        return
    d = only(result, "no-key-questions")
    assert d.severity is Severity.ERROR and not result.ok
    assert d.message == (
        f"standard {standard} has no key questions left: it is rated by lowest key question "
        f"band, so every inspection would be left without a rating for {standard}, and so "
        "without an overall rating"
    )
    last = std.key_questions[-1].id
    assert d.span is not None and d.span.line == line(text, f"remove key question {last}")
    assert d.notes[0] == "this version removes " + ", ".join(
        f"key question {k.id} (line {line(text, f'remove key question {k.id}')})"
        for k in std.key_questions
    )
    # keeping one is fine
    assert check(tmp_path, DRAFT + removes.split("\n", 1)[1]).ok


# ---------------------------------------------------------------------------- judged + discretion


def test_a_panel_decision_on_a_judged_standard_says_why(tmp_path: Path) -> None:
    data = (REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml").read_text("utf-8")
    data = data.replace("framework: yot-2020", "framework: judged.framework")
    data = re.sub(r'(?m)^\s+"3\.2\.[^\n]*\n', "", data)
    data = re.sub(r"(?ms)^source:.*?\n\n", "", data)
    data = data.replace("domain1:\n", 'domain1:\n  "3.2":\n    rating: Good\n', 1)
    data = data.replace(
        "discretion:\n",
        'discretion:\n  "3.2":\n    rating: Requires improvement\n    reason: "Agreed."\n',
        1,
    )
    (tmp_path / "i.yaml").write_text(data, encoding="utf-8")
    (tmp_path / "judged.framework").write_text(
        DRAFT + "change standard 3.2\n  rated by inspector judgement\n", encoding="utf-8"
    )
    with pytest.raises(DiagnosticsError) as caught:
        inspection = api.load_inspection(tmp_path / "i.yaml")
        api.evaluate(api.framework_for(inspection), inspection)
    messages = [d.message for d in caught.value.diagnostics]
    assert messages == [
        "discretion for 3.2: the policy does not make this standard eligible (3.2 is rated by "
        "inspector judgement, and discretion is exercised over ratings worked out from key "
        "questions only); if the panel's decision stands anyway, add 'override: true' to it"
    ]
    assert not any("covers domains" in m for m in messages)


def test_a_standard_made_not_scored_says_the_new_scale_at_that_line(tmp_path: Path) -> None:
    text = DRAFT + "change standard 2.4\n  not scored\n"
    d = only(check(tmp_path, text), "overall-scale")
    assert d.message == (
        "the overall scale is now 0..33 (11 standards scored 0..3), but the overall bands, "
        "inherited from yot-2020, cover 0..36"
    )
    assert d.notes[0] == "standard 2.4 is made 'not scored' at line 5"
    assert d.span is not None and d.span.line == 5


def test_a_finding_a_change_causes_in_a_base_file_is_shown_at_this_files_line(
    tmp_path: Path,
) -> None:
    """Checks run over the merged version; what this version's change breaks in a base file
    is reported at this file's 'based on' line, saying where it shows."""
    from conftest import tiny_framework

    (tmp_path / "doc.txt").write_text(
        "Is the first thing done?\nIs it done well?\nIs the second thing done?\nWhere applicable, "
        "is it done well?\n",
        encoding="utf-8",
    )
    (tmp_path / "other.txt").write_text("Something else entirely.\n", encoding="utf-8")
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")
    base = tiny_framework(sources='source doc "The document" file "doc.txt"\n')
    (tmp_path / "1.framework").write_text(base, encoding="utf-8")
    assert check_path(tmp_path / "1.framework").diagnostics == []
    derived = (
        'framework tiny 2 "Revised"\n  draft\n  based on tiny 1\n'
        'source doc "The document" file "other.txt"\n'
    )
    (tmp_path / "2.framework").write_text(derived, encoding="utf-8")
    result = check_path(tmp_path / "2.framework")
    assert result.diagnostics
    for d in result.diagnostics:
        assert d.span is not None and Path(d.span.path).name == "2.framework"
        assert d.span.line == 3  # based on tiny 1
        assert d.notes[0].startswith(f"it shows at {tmp_path / '1.framework'} line ")
        assert d.notes[0].endswith(
            ", inherited from tiny-1: it follows from a change in this version"
        )
