"""The mistakes that used to pass ``check``, even ``--strict``: each is now refused or warned
about at the line and column where it was made."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import TINY_SECTIONS

from ratingbook.dsl import Diagnostic, Severity
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.loading.frameworks import check_path

Tiny = Callable[..., str]
DRAFT = (
    'framework yot 2021 "Inspection of youth offending services"\n  draft\n  based on yot 2020\n'
)


def check(tmp_path: Path, text: str, name: str = "2021.framework") -> CheckResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def place(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1


def at(d: Diagnostic) -> tuple[str, int, int]:
    assert d.span is not None
    return Path(d.span.path).name, d.span.line, d.span.col


def only(result: CheckResult, code: str) -> Diagnostic:
    found = [d for d in result.diagnostics if d.code == code]
    assert len(found) == 1, [d.headline() for d in result.diagnostics]
    return found[0]


def codes(result: CheckResult) -> list[str]:
    return [d.code for d in result.diagnostics]


# ---------------------------------------------------------------------------- ids and parents


def test_a_prompt_whose_id_does_not_extend_the_key_question_it_is_written_under(
    tmp_path: Path,
) -> None:
    text = DRAFT + (
        'key question 2.1.4 "Does assessment consider education?"\n'
        'prompt 2.1.3.d "Is the school consulted?"\n'
    )
    result = check(tmp_path, text)
    d = only(result, "wrong-parent")
    assert d.severity is Severity.WARNING
    assert d.message == (
        "prompt 2.1.3.d is written under key question 2.1.4, but its id puts it under "
        "key question 2.1.3"
    )
    assert at(d) == ("2021.framework", *place(text, "2.1.3.d"))
    # and 2.1.4, left without the prompt meant for it, is warned about too
    assert only(result, "no-prompts").message == "key question 2.1.4 has no prompts"


def test_a_key_question_under_the_wrong_standard(tmp_path: Path, tiny: Tiny) -> None:
    items = TINY_SECTIONS["items"] + 'key question 1.1.2 "Is a third thing done?" from doc line 5\n'
    text = tiny(items=items)
    d = only(check(tmp_path, text, "t.framework"), "wrong-parent")
    assert d.message == (
        "key question 1.1.2 is written under standard 1.2, but its id puts it under standard 1.1"
    )
    assert at(d) == ("t.framework", *place(text, "1.1.2"))


def test_ids_in_published_order_are_not_warned_about(tmp_path: Path, tiny: Tiny) -> None:
    assert check(tmp_path, tiny(), "t.framework").diagnostics == []


def test_a_new_prompt_reusing_a_published_id_is_refused(tmp_path: Path) -> None:
    text = DRAFT + 'prompt 2.1.3.b "Does assessment consider the child\'s online life?"\n'
    result = check(tmp_path, text)
    d = only(result, "replaces-wording")
    assert d.severity is Severity.ERROR and not result.ok
    assert d.message == (
        'prompt 2.1.3.b is already in yot-2020 with other wording ("Does assessment draw '
        'sufficiently on available sources of...", from wm_2020 line 489); this statement '
        "would replace it"
    )
    assert d.notes == (
        "to add a new prompt, give it a free id such as 2.1.3.d",
        'to reword prompt 2.1.3.b on purpose, write: change prompt 2.1.3.b "..."',
    )
    assert at(d) == ("2021.framework", *place(text, "2.1.3.b"))


def test_an_explicit_rewording_or_a_cited_restatement_is_accepted(tmp_path: Path) -> None:
    reworded = (
        DRAFT + 'change prompt 2.1.3.b "Does assessment consider the child\'s online life?"\n'
    )
    assert check(tmp_path, reworded).diagnostics == []
    # Restating the same wording, uncited, changes nothing and is fine.
    same = DRAFT + (
        'prompt 2.1.3.b "Does assessment draw sufficiently on available sources of information, '
        'including past behaviour and convictions, and involve other agencies where appropriate?"\n'
    )
    assert check(tmp_path, same).diagnostics == []


def test_an_inherited_no_prompts_does_not_silence_a_new_key_question(tmp_path: Path) -> None:
    # yot-2018's domains two and three say `no prompts`: a version based on it that adds a
    # key question without prompts is warned, and told how to clear the inherited clause.
    text = (
        'framework yot 2019 "T"\n  draft\n  based on yot 2018\n'
        'key question 2.1.4 "Does assessment consider education?"\n'
    )
    d = only(check(tmp_path, text, "2019.framework"), "no-prompts")
    assert d.message == "key question 2.1.4 has no prompts"
    assert d.notes[-1] == (
        "the 'no prompts' of domain 2 is inherited from the base version and covers only the key "
        "questions it had; clear it with: change domain 2 / clear no prompts"
    )
    assert at(d) == ("2019.framework", *place(text, "2.1.4"))
    # Its own `no prompts`, or the domain's restated in this version, silences it.
    own = text + '  no prompts "none yet"\n'
    assert check(tmp_path, own, "2019.framework").diagnostics == []
    restated = text + 'change domain 2\n  no prompts "none in this version either"\n'
    assert check(tmp_path, restated, "2019.framework").diagnostics == []


def test_gaps_in_prompt_lettering_are_warned_about(tmp_path: Path) -> None:
    text = DRAFT + 'prompt 2.1.3.e "A fifth prompt?"\n'
    d = only(check(tmp_path, text), "id-gap")
    assert d.severity is Severity.WARNING
    assert d.message == (
        "prompt 2.1.3.e skips 2.1.3.d: prompts are lettered a, b, c, ... in published order"
    )
    assert d.notes == ("if it is the next one, call it 2.1.3.d",)
    assert at(d) == ("2021.framework", *place(text, "2.1.3.e"))


def test_gaps_in_key_question_numbers_are_warned_about(tmp_path: Path) -> None:
    text = DRAFT + 'key question 2.1.5 "A fifth question?"\n  no prompts "new"\n'
    d = only(check(tmp_path, text), "id-gap")
    assert d.message.startswith("key question 2.1.5 skips 2.1.4")


def test_a_gap_left_by_removing_a_published_prompt_is_not_warned_about(tmp_path: Path) -> None:
    assert check(tmp_path, DRAFT + "remove prompt 2.1.3.b\n").diagnostics == []


# ---------------------------------------------------------------------------- bands


BANDS = (
    "band 0..49 Inadequate\n"
    'band 50..64 "Requires improvement"\n'
    "band 65..79 Good\n"
    "band 80..100 Outstanding\n"
)


@pytest.mark.parametrize(
    ("edit", "edited", "code", "message"),
    [
        # the edited band sorts first: it used to be reported at the unchanged 65..79
        (
            ("50..64", "50..70"),
            "50..70",
            "band-overlap",
            "band 50..70 overlaps 65..79",
        ),
        # the edited band sorts second: reported there, as before
        (
            ("65..79", "60..79"),
            "60..79",
            "band-overlap",
            "band 60..79 overlaps 50..64",
        ),
        (
            ("50..64", "50..60"),
            "50..60",
            "band-gap",
            "no band covers 61..64: the bands jump from 50..60 to 65..79",
        ),
        (
            ("65..79", "67..79"),
            "67..79",
            "band-gap",
            "no band covers 65..66: the bands jump from 50..64 to 67..79",
        ),
    ],
)
def test_overlaps_and_gaps_are_reported_at_the_band_that_was_edited(
    tmp_path: Path, edit: tuple[str, str], edited: str, code: str, message: str
) -> None:
    text = DRAFT + BANDS.replace(*edit)
    d = only(check(tmp_path, text), code)
    assert d.message == message
    assert at(d) == ("2021.framework", *place(text, f"band {edited}"))


def test_overall_bands_too(tmp_path: Path) -> None:
    overall = (
        "overall 0..6 Inadequate\n"
        'overall 7..20 "Requires improvement"\n'
        "overall 19..30 Good\n"
        "overall 31..36 Outstanding\n"
    )
    text = DRAFT + overall
    d = only(check(tmp_path, text), "overall-overlap")
    assert d.message == "overall band 7..20 overlaps 19..30"
    assert at(d) == ("2021.framework", *place(text, "overall 7..20"))


def test_an_undeclared_rating_is_one_error_not_a_cascade(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(bands=TINY_SECTIONS["bands"].replace("Good", "Goood"))
    result = check(tmp_path, text, "t.framework")
    assert codes(result) == ["unknown-ref"]
    d = result.diagnostics[0]
    assert d.message == "unknown rating 'Goood'; did you mean Good?"
    assert at(d) == ("t.framework", *place(text, "Goood"))


# ---------------------------------------------------------------------------- the text


@pytest.mark.parametrize(
    ("text", "needle", "message"),
    [
        (
            'key question 2.1.4 "Does assessment consider education?\n  no prompts "x"\n',
            '"Does',
            "unclosed quote: this text has no closing '\"' on its line (a text is written on "
            'one line; write a quote inside it as \\")',
        ),
        (
            "key question 2.1.4 \u201cDoes assessment consider education?\u201d\n",
            "\u201c",
            "'\u201c' is a curly quote: texts are written between straight double quotes (\"...\")",
        ),
        (
            'key question 2.1.4 "Does assessment consider education?"\n  relevence "Only some."\n',
            "relevence",
            "unexpected 'relevence': this statement is complete; did you mean 'relevance'?",
        ),
        (
            'key question 2.1.4 "Does assessment consider education?"\n  wher applicable\n',
            "wher",
            "unexpected 'wher': this statement is complete; did you mean 'where applicable'?",
        ),
        (
            'key question 2.1.4 "Does assessment consider education?" frm wm_2020 line 5\n',
            "frm",
            "unexpected 'frm': this statement is complete; did you mean 'from'?",
        ),
    ],
    ids=["unclosed", "curly", "relevence", "wher-applicable", "frm"],
)
def test_quotes_and_misspelt_clauses_are_named(
    tmp_path: Path, text: str, needle: str, message: str
) -> None:
    text = DRAFT + text
    d = only(check(tmp_path, text), "syntax")
    assert d.message == message
    assert at(d) == ("2021.framework", *place(text, needle))


def test_removing_a_standard_says_the_new_scale_at_the_remove(tmp_path: Path) -> None:
    text = DRAFT + "remove standard 3.4\n"
    result = check(tmp_path, text)
    d = only(result, "overall-scale")
    assert [x.code for x in result.diagnostics] == ["overall-scale"]
    assert d.message == (
        "the overall scale is now 0..33 (11 standards scored 0..3), but the overall bands, "
        "inherited from yot-2020, cover 0..36"
    )
    assert d.notes == (
        "standard 3.4 is removed at line 4",
        "restate the overall bands in this version so that they cover 0..33 (restating one "
        "replaces them all); 'overall 31..36 Outstanding' no longer fits",
    )
    assert at(d) == ("2021.framework", *place(text, "remove standard 3.4"))
