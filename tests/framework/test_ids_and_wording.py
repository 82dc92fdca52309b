"""Ids under the item they are written under (a ``change`` included), and wording pasted from
another item of the same scope."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratingbook.dsl import Severity
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.checker.items import NEAR, distance, normalised
from ratingbook.framework.loading.frameworks import check_path

DRAFT = 'framework yot 2021 "Inspection"\n  draft\n  based on yot 2020\n'
PASTED = "Does assessment sufficiently analyse how to support the child's desistance?"  # 2.1.1


def check(tmp_path: Path, text: str) -> CheckResult:
    path = tmp_path / "2021.framework"
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def place(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1


def of(result: CheckResult, code: str) -> list[tuple[str, tuple[int, int], tuple[str, ...]]]:
    return [
        (d.message, (d.span.line, d.span.col), d.notes)
        for d in result.diagnostics
        if d.code == code and d.span is not None
    ]


# ---------------------------------------------------------------------------- wrong parent


@pytest.mark.parametrize(
    ("changed", "written", "parent", "right"),
    [
        ("standard 2.2", "key question 2.1.4", "standard 2.1", "key question 2.2.4"),
        ("standard 3.3", "key question 3.2.4", "standard 3.2", "key question 3.3.4"),
        ("key question 3.2.1", "prompt 3.1.1.h", "key question 3.1.1", "prompt 3.2.1.h"),
        ("key question 2.4.2", "prompt 2.4.3.e", "key question 2.4.3", "prompt 2.4.2.d"),
    ],
)
def test_an_item_under_a_change_of_another_item(
    tmp_path: Path, changed: str, written: str, parent: str, right: str
) -> None:
    kind, _, item_id = changed.rpartition(" ")
    change = f"change {changed}\n" + (
        '  statement "Reworded."\n' if kind == "standard" else '  relevance "Reworded."\n'
    )
    new_kind, _, new_id = written.rpartition(" ")
    body = f'{new_kind} {{}} "Is something new done?"\n' + (
        '  no prompts "new"\n' if new_kind == "key question" else ""
    )
    text = DRAFT + change + body.format(new_id)
    found = of(check(tmp_path, text), "wrong-parent")
    letter = "N" if new_kind == "key question" else "x"
    assert found == [
        (
            f"{written} is written under 'change {changed}', but its id puts it under {parent}",
            place(text, new_id),
            (
                f"if it belongs to {changed}, give it the next free id under {item_id} "
                f"({item_id}.{letter}); if not, move it under {parent}",
            ),
        )
    ]
    # The same, numbered for the item it is written under, is not warned about.
    right_id = right.rpartition(" ")[2]
    fixed = check(tmp_path, DRAFT + change + body.format(right_id))
    assert of(fixed, "wrong-parent") == []


def test_changes_one_after_another_are_not_warned_about(tmp_path: Path) -> None:
    text = DRAFT + (
        "change key question 2.2.3\n  applies to cases where harm_factors\n"
        'change prompt 2.3.1.g "Where it is required, is enforcement action taken?"\n'
        "change key question 3.4.2\n  clear relevance\n"
        "remove prompt 3.4.2.b\n"
        'key question 2.1.4 "Does assessment consider education?"\n  no prompts "new"\n'
    )
    assert of(check(tmp_path, text), "wrong-parent") == []


# ---------------------------------------------------------------------------- same wording


@pytest.mark.parametrize(
    ("wording", "how"),
    [
        (PASTED, "the same wording"),
        (PASTED.upper().replace("?", ""), "the same wording"),  # case and punctuation aside
        (PASTED.replace("child's", "childs"), "nearly the same wording"),
        (PASTED.replace("analyse", "analyze"), "nearly the same wording"),
    ],
)
def test_a_key_question_pasted_from_another_in_its_domain(
    tmp_path: Path, wording: str, how: str
) -> None:
    text = DRAFT + f'key question 2.2.4 "{wording}"\n  no prompts "new"\n'
    result = check(tmp_path, text)
    ((message, at, notes),) = of(result, "same-wording")
    assert message.startswith(
        f"key question 2.2.4 has {how} as key question 2.1.1 (yot-2020 standards/yot/2020.framework line 88)"
    )
    assert at == place(text, f'"{wording}"')
    assert notes == (
        "a wording pasted from key question 2.1.1? give key question 2.2.4 its own wording; "
        "items in one domain ask different things",
    )
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)


def test_a_key_question_with_its_own_wording_passes(tmp_path: Path) -> None:
    own = "Does planning sufficiently consider the child's education?"
    text = DRAFT + f'key question 2.2.4 "{own}"\n  no prompts "new"\n'
    assert check(tmp_path, text).diagnostics == []


def test_a_twin_in_the_other_domain_is_not_warned_about(tmp_path: Path) -> None:
    # 2.1.1 and 3.1.1 ask the same of court and out-of-court cases: so may a new pair.
    text = DRAFT + (
        'key question 2.4.4 "Does reviewing consider the child\'s education?"\n'
        '  no prompts "new"\n'
        'key question 3.4.3 "Does reviewing consider the child\'s education?"\n'
        '  no prompts "new"\n'
    )
    assert of(check(tmp_path, text), "same-wording") == []


def test_a_prompt_pasted_within_its_key_question(tmp_path: Path) -> None:
    pasted = (
        "Does planning take sufficient account of the diversity and wider familial and social "
        "context of the child?"
    )  # 2.2.1.b
    text = DRAFT + f'prompt 2.2.1.g "{pasted}"\n'
    ((message, at, _),) = of(check(tmp_path, text), "same-wording")
    assert message == (
        "prompt 2.2.1.g has the same wording as prompt 2.2.1.b "
        "(yot-2020 standards/yot/2020.framework line 118)"
    )
    assert at == place(text, f'"{pasted}"')
    # Under another key question a prompt may repeat (the 2020 report does).
    assert of(check(tmp_path, DRAFT + f'prompt 2.3.1.h "{pasted}"\n'), "same-wording") == []


def test_a_rewording_that_pastes_another_items_wording(tmp_path: Path) -> None:
    text = DRAFT + f'change key question 2.1.3 "{PASTED}"\n'
    ((message, _, _),) = of(check(tmp_path, text), "same-wording")
    assert message.startswith("key question 2.1.3 has the same wording as key question 2.1.1")


def test_the_shipped_versions_and_examples_repeat_no_wording() -> None:
    examples = sorted(Path("docs/examples").glob("*.framework"))
    for path in [Path("standards/yot/2018.framework"), Path("standards/yot/2020.framework")]:
        assert of(check_path(path), "same-wording") == []
    for path in examples:
        assert of(check_path(path), "same-wording") == [], path


def _levenshtein(a: str, b: str) -> int:
    """The textbook recurrence, written out in full: the oracle for the bounded version."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb)))
        row = new
    return row[-1]


@given(st.text("abc ", max_size=12), st.text("abc ", max_size=12), st.integers(0, 4))
def test_the_bounded_distance_agrees_with_the_full_one(a: str, b: str, limit: int) -> None:
    full = _levenshtein(a, b)
    assert distance(a, b, limit) == min(full, limit + 1)


def test_normalised_sets_aside_case_punctuation_and_spacing() -> None:
    assert normalised("Does  the child's PLAN — work?") == "does the child s plan work"
    assert NEAR == 2
