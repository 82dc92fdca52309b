"""The checker: one test per refusal (code, message, line), warnings, shipped files, versions."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import TINY_SECTIONS

from ratingbook.dsl import Diagnostic, Severity
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.loading.frameworks import check_path

REPO = Path(__file__).resolve().parents[2]
WM_TEXT = REPO / "standards" / "yot" / "sources" / "windsor-maidenhead-2020.txt"

Tiny = Callable[..., str]


def check(tmp_path: Path, text: str, name: str = "t.framework") -> CheckResult:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def repository(tmp_path: Path) -> None:
    """Make ``tmp_path`` a framework repository whose versions are the files in it, so that
    a version based on another written there finds it by id."""
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")


def line_of(text: str, needle: str, nth: int = 1) -> int:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return text.count("\n", 0, start) + 1


def col_of(text: str, needle: str, nth: int = 1) -> int:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return start - (text.rfind("\n", 0, start) + 1) + 1


def only(result: CheckResult, code: str) -> Diagnostic:
    found = [d for d in result.diagnostics if d.code == code]
    assert len(found) == 1, [d.headline() for d in result.diagnostics]
    return found[0]


def codes(result: CheckResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def refused(result: CheckResult, code: str) -> Diagnostic:
    d = only(result, code)
    assert d.severity is Severity.ERROR
    assert not result.ok and result.framework is None
    return d


def where(d: Diagnostic) -> tuple[int, int]:
    assert d.span is not None
    return d.span.line, d.span.col


# ---------------------------------------------------------------------------- the baseline


def test_the_tiny_framework_checks_clean(tmp_path: Path, tiny: Tiny) -> None:
    result = check(tmp_path, tiny())
    assert result.diagnostics == []
    assert result.ok
    fw = result.framework
    assert fw is not None and fw.id == "tiny-1"
    assert [s.id for s in fw.standards()] == ["1.1", "1.2"]
    assert (fw.overall.low, fw.overall.high) == (0, 6)


@pytest.mark.parametrize("path", ["standards/yot/2018.framework", "standards/yot/2020.framework"])
def test_shipped_files_check_clean(path: str) -> None:
    result = check_path(REPO / path)
    assert result.diagnostics == [], [d.headline() for d in result.diagnostics]
    assert result.ok
    assert result.framework is not None
    assert len(list(result.framework.standards())) == 12
    assert len(list(result.framework.key_questions())) == 37


def test_the_prose_fixture_is_refused_with_the_overall_scale_error_only() -> None:
    path = REPO / "tests" / "data" / "check" / "prose-2020.framework"
    result = check_path(path)
    d = refused(result, "overall-scale")
    assert [x.code for x in result.diagnostics] == ["overall-scale"]
    assert where(d) == (18, 15)
    assert d.message == (
        "overall scale 0..30 does not add up: 12 standards are scored (1.1-1.4, 2.1-2.4, 3.1-3.4) "
        "with scores 0..3, so the overall score runs 0..36"
    )


# ---------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("extra", "needle", "message"),
    [
        (
            'standard 1.1 "Again"\n',
            "standard 1.1 ",
            "standard 1.1 is declared twice (first at line {first})",
        ),
        (
            'key question 1.1.1 "Again?" from doc line 1\n',
            "key question 1.1.1 ",
            "key question 1.1.1 is declared twice (first at line {first})",
        ),
        (
            'prompt 1.1.1.a "Again?" from doc line 1\n',
            "prompt 1.1.1.a ",
            "prompt 1.1.1.a is declared twice (first at line {first})",
        ),
        ('domain 1 "Again"\n', "domain 1", "domain 1 is declared twice (first at line {first})"),
        (
            'source doc "Again"\n',
            "source doc",
            "source doc is declared twice (first at line {first})",
        ),
        (
            "attribute risky flag\n",
            "attribute risky",
            "attribute risky is declared twice (first at line {first})",
        ),
    ],
    ids=["standard", "key-question", "prompt", "domain", "source", "attribute"],
)
def test_duplicate_id(tmp_path: Path, tiny: Tiny, extra: str, needle: str, message: str) -> None:
    text = tiny(extra=extra)
    d = refused(check(tmp_path, text), "duplicate-id")
    assert d.message == message.format(first=line_of(text, needle))
    assert d.span is not None and d.span.line == line_of(text, needle, 2)


def test_duplicate_rating(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra="rating Good score 2\n")
    d = only(check(tmp_path, text), "duplicate-id")
    assert (
        d.message == f"rating Good is declared twice (first at line {line_of(text, 'rating Good')})"
    )
    assert d.span is not None and d.span.line == line_of(text, "rating Good", 2)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('domain 1.5 "X"\n', "'1.5' is not a domain id: expected a number like 2"),
        ('standard 1 "X"\n', "'1' is not a standard id: expected two numbers like 2.1"),
        ('standard 1.1.1 "X"\n', "'1.1.1' is not a standard id: expected two numbers like 2.1"),
        (
            'key question 1.1 "X?" from doc line 1\n',
            "'1.1' is not a key question id: expected three numbers like 2.1.1",
        ),
        (
            'key question 1.1.a "X?" from doc line 1\n',
            "'1.1.a' is not a key question id: expected three numbers like 2.1.1",
        ),
        (
            'prompt 1.1.1.1 "X?" from doc line 1\n',
            "'1.1.1.1' is not a prompt id: expected a key question id and a letter like 2.1.1.a",
        ),
        (
            'prompt 1.1.1.A "X?" from doc line 1\n',
            "'1.1.1.A' is not a prompt id: expected a key question id and a letter like 2.1.1.a",
        ),
        (
            'prompt 1.1.a "X?" from doc line 1\n',
            "'1.1.a' is not a prompt id: expected a key question id and a letter like 2.1.1.a",
        ),
    ],
    ids=[
        "domain-dotted",
        "standard-one-part",
        "standard-three-parts",
        "kq-two-parts",
        "kq-letter",
        "prompt-number",
        "prompt-capital",
        "prompt-too-short",
    ],
)
def test_malformed_id(tmp_path: Path, tiny: Tiny, extra: str, message: str) -> None:
    text = tiny(extra=extra)
    d = refused(check(tmp_path, text), "malformed-id")
    assert d.message == message
    bad_id = message.split("'")[1]
    last = text.splitlines()[-1]
    assert where(d) == (text.count("\n"), last.index(f" {bad_id} ") + 2)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('standard 2.1 "Orphan"\n', "standard 2.1 belongs to domain 2, which is not declared"),
        (
            'key question 1.3.1 "Orphan?" from doc line 1\n',
            "key question 1.3.1 belongs to standard 1.3, which is not declared",
        ),
        (
            'prompt 1.1.2.a "Orphan?" from doc line 1\n',
            "prompt 1.1.2.a belongs to key question 1.1.2, which is not declared",
        ),
    ],
    ids=["standard", "key-question", "prompt"],
)
def test_missing_parent(tmp_path: Path, tiny: Tiny, extra: str, message: str) -> None:
    text = tiny(extra=extra)
    d = refused(check(tmp_path, text), "missing-parent")
    assert d.message == message
    item_id = message.split(" belongs")[0].split()[-1]
    last = text.splitlines()[-1]
    assert where(d) == (text.count("\n"), last.index(f" {item_id} ") + 2)


def test_no_header(tmp_path: Path, tiny: Tiny) -> None:
    d = refused(check(tmp_path, tiny(header="")), "no-header")
    assert d.message == "a framework file starts with 'framework FAMILY VERSION \"TITLE\"'"
    assert where(d) == (1, 1)


# ---------------------------------------------------------------------------- citations


def test_unknown_source_in_a_citation(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra='key question 1.2.2 "X?" from dco line 1\n  no prompts\n')
    d = refused(check(tmp_path, text), "unknown-ref")
    assert d.message == "unknown source 'dco'; did you mean doc?"
    assert d.notes == ('declare it with: source ID "TITLE" file "PATH"',)
    assert where(d) == (line_of(text, "from dco"), col_of(text, "from dco"))


def test_missing_citation_on_a_key_question(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra='key question 1.2.2 "Is it cited?"\n  no prompts\n')
    d = refused(check(tmp_path, text), "missing-citation")
    assert d.message == (
        "the wording of key question 1.2.2 is published wording: say where it was published, "
        "e.g. 'from wm_2020 line 504'"
    )
    assert where(d) == (line_of(text, "Is it cited?"), col_of(text, '"Is it cited?"'))


def test_missing_citation_on_a_relevance_rule(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(
        extra='key question 1.2.2 "X?" from doc line 1\n  relevance "Only some."\n  no prompts\n'
    )
    d = refused(check(tmp_path, text), "missing-citation")
    assert d.message.startswith("a relevance rule is published wording")
    assert d.span is not None and d.span.line == line_of(text, "relevance")


def test_bad_citation_range(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra='key question 1.2.2 "X?" from doc lines 5-3\n  no prompts\n')
    d = refused(check(tmp_path, text), "bad-citation")
    assert d.message == "lines 5-3 are not a range"
    assert where(d) == (line_of(text, "lines 5-3"), col_of(text, "from doc lines 5-3"))


def test_citation_past_the_end_of_the_source_file(tmp_path: Path, tiny: Tiny) -> None:
    (tmp_path / "doc.txt").write_text("one\ntwo\nthree\n", encoding="utf-8")
    text = tiny(
        sources='source doc "The document" file "doc.txt"\n',
        items=TINY_ITEMS_CITING_LINES_1_TO_3,
        extra='key question 1.2.2 "X?" from doc line 7\n  no prompts\n',
    )
    result = check(tmp_path, text)
    d = refused(result, "bad-citation")
    assert d.message == "doc has 3 lines; line 7 is past its end"
    assert d.span is not None and d.span.line == line_of(text, "from doc line 7")


# The tiny items with quotations that are really in doc.txt ("one", "two", "three").
TINY_ITEMS_CITING_LINES_1_TO_3 = (
    'domain 1 "Cases"\n'
    "  applies to cases where disposal = court\n"
    "  rated by lowest key question band\n"
    'standard 1.1 "First"\n'
    'key question 1.1.1 "one" from doc line 1\n'
    'prompt 1.1.1.a "two" from doc line 2\n'
    'standard 1.2 "Second"\n'
    'key question 1.2.1 "three" from doc line 3\n'
    'prompt 1.2.1.a "three" from doc line 3\n'
)


@pytest.fixture
def wm_copy(tmp_path: Path) -> Path:
    """A real published source, copied beside the test framework."""
    (tmp_path / "sources").mkdir()
    shutil.copy(WM_TEXT, tmp_path / "sources" / "wm.txt")
    return tmp_path


def with_wm(tiny: Tiny, extra: str) -> str:
    return tiny(
        sources='source doc "The document"\nsource wm "W&M" file "sources/wm.txt"\n', extra=extra
    )


def test_a_correct_quotation_passes(wm_copy: Path, tiny: Tiny) -> None:
    text = with_wm(
        tiny,
        'key question 1.2.2 "Does planning focus sufficiently on keeping the child safe?" from wm line 504\n'
        "  no prompts\n",
    )
    assert check(wm_copy, text).diagnostics == []


def test_a_quotation_is_compared_ignoring_whitespace_and_footnote_markers(
    wm_copy: Path, tiny: Tiny
) -> None:
    # wm line 504 reads "... keeping the child safe? ¹⁰"
    text = with_wm(
        tiny,
        'key question 1.2.2 "Does planning   focus sufficiently on keeping the child safe?¹⁰" from wm line 504\n'
        "  no prompts\n",
    )
    assert check(wm_copy, text).diagnostics == []


def test_quote_not_found_for_a_wrong_quotation(wm_copy: Path, tiny: Tiny) -> None:
    text = with_wm(
        tiny,
        'key question 1.2.2 "Is the moon made of green cheese?" from wm line 504\n  no prompts\n',
    )
    result = check(wm_copy, text)
    d = only(result, "quote-not-found")
    assert d.severity is Severity.WARNING
    assert result.ok, "a quotation warning does not stop the framework"
    assert d.message == "this text is not at wm line 504, nor anywhere in sources/wm.txt"
    assert where(d) == (line_of(text, "green cheese"), col_of(text, "from wm line 504"))


def test_quote_not_found_names_where_the_text_really_is(wm_copy: Path, tiny: Tiny) -> None:
    # The quotation is exactly wm line 504; line 503 only starts with the same 30 characters.
    text = with_wm(
        tiny,
        'key question 1.2.2 "Does planning focus sufficiently on keeping the child safe?" from wm line 300\n'
        "  no prompts\n",
    )
    d = only(check(wm_copy, text), "quote-not-found")
    assert d.message == "this text is not at wm line 300: it starts at line 504"
    assert d.notes == (
        "cite it as 'from wm line 504'; 'ratingbook fmt --fix-citations FILE' rewrites every "
        "such citation",
    )
    assert d.fix == "from wm line 504"


def test_quote_not_found_for_a_misquotation(wm_copy: Path, tiny: Tiny) -> None:
    text = with_wm(
        tiny,
        'key question 1.2.2 "An element of professional discretion may be applied to the standards '
        'ratings in domains four and five." from wm line 885\n  no prompts\n',
    )
    d = only(check(wm_copy, text), "quote-not-found")
    assert d.message == "this text starts at wm line 885 but does not match the source there"


def test_a_source_file_that_cannot_be_read_is_a_warning(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(sources='source doc "The document" file "missing.txt"\n')
    result = check(tmp_path, text)
    assert result.ok
    assert {d.code for d in result.diagnostics} == {"bad-citation"}
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)
    assert (
        result.diagnostics[0].message
        == "source doc names the file 'missing.txt', which cannot be read"
    )


# ---------------------------------------------------------------------------- conditions


def kq_with(condition: str) -> str:
    return f'key question 1.2.2 "X?" from doc line 1\n  applies to cases where {condition}\n  no prompts\n'


def test_unknown_attribute_in_a_condition(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra=kq_with("riskk"))
    d = refused(check(tmp_path, text), "unknown-ref")
    assert d.message == "unknown attribute 'riskk'; did you mean risky?"
    assert d.notes == ("declared attributes: disposal, risky, kind, level",)
    assert where(d) == (line_of(text, "riskk"), col_of(text, "riskk"))


def test_unknown_attribute_without_a_close_match(tmp_path: Path, tiny: Tiny) -> None:
    d = refused(check(tmp_path, tiny(extra=kq_with("zebra"))), "unknown-ref")
    assert d.message == "unknown attribute 'zebra'"


def test_unknown_value_for_an_enum_attribute(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra=kq_with("level = medium"))
    d = refused(check(tmp_path, text), "unknown-ref")
    assert d.message == "medium is not a value of level (low, high, very high)"
    assert where(d) == (line_of(text, "level = medium"), col_of(text, "medium"))


def test_unknown_value_in_a_list_with_did_you_mean(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra=kq_with("level in [low, hihg]"))
    d = refused(check(tmp_path, text), "unknown-ref")
    assert d.message == "hihg is not a value of level (low, high, very high); did you mean high?"
    assert where(d) == (line_of(text, "hihg"), col_of(text, "hihg"))


def test_unknown_value_for_a_flag(tmp_path: Path, tiny: Tiny) -> None:
    d = refused(check(tmp_path, tiny(extra=kq_with("risky = maybe"))), "unknown-ref")
    assert d.message == "maybe is not a value of risky (yes, no)"


def test_a_text_attribute_takes_any_value(tmp_path: Path, tiny: Tiny) -> None:
    assert check(tmp_path, tiny(extra=kq_with('kind = "anything at all"'))).diagnostics == []


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        (
            "level < high",
            "'<' puts values in order, but level is declared 'one of', whose values have no "
            "order: declare it ordered, lowest first ('attribute level ordered low, high, "
            "\"very high\"'), or use 'level in [...]' with the values it should admit",
        ),
        (
            "kind >= 3",
            "'>=' puts values in order, but kind is free text, which has no order: use "
            "'kind = ...' or 'kind in [...]' with the values it should admit",
        ),
        (
            "risky > no",
            "'>' puts values in order, but risky is a flag (yes or no): test it on its own, "
            "'risky' or 'not risky'",
        ),
    ],
)
def test_ordering_an_attribute_without_an_order(
    tmp_path: Path, tiny: Tiny, condition: str, message: str
) -> None:
    text = tiny(extra=kq_with(condition))
    d = refused(check(tmp_path, text), "unordered")
    assert d.message == message
    assert where(d) == (line_of(text, condition), col_of(text, condition))


def test_a_flag_on_its_own_must_be_a_flag(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra=kq_with("level"))
    d = refused(check(tmp_path, text), "bad-condition")
    assert d.message == "level is not a flag: compare it, e.g. 'level = VALUE'"


def test_applies_to_on_a_standard_is_refused(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra='standard 1.3 "Third"\n  applies to cases where risky\n')
    d = only(check(tmp_path, text), "bad-condition")
    assert d.message == "'applies to' belongs on a domain or a key question, not on a standard"
    assert d.span is not None and d.span.line == line_of(text, "applies to cases where risky", 2)


# ---------------------------------------------------------------------------- ratings and bands

BANDS = (
    "band 0..49 Inadequate\n"
    'band 50..64 "Requires improvement"\n'
    "band 65..79 Good\n"
    "band 80..100 Outstanding\n"
)


def test_unknown_rating_in_a_band(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(bands=BANDS.replace('"Requires improvement"', '"Requires Improvement"'))
    result = check(tmp_path, text)
    d = [x for x in result.diagnostics if x.code == "unknown-ref"][0]
    assert d.is_error and not result.ok
    assert d.message == "unknown rating 'Requires Improvement'; did you mean Requires improvement?"
    assert d.notes == ("declared ratings: Outstanding, Good, Requires improvement, Inadequate",)
    assert where(d) == (
        line_of(text, "Requires Improvement"),
        col_of(text, '"Requires Improvement"'),
    )


def test_band_gap(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(bands=BANDS.replace("50..64", "50..63"))
    d = refused(check(tmp_path, text), "band-gap")
    assert d.message == "no band covers 64: the bands jump from 50..63 to 65..79"
    assert where(d) == (line_of(text, "band 65..79"), 1)


def test_band_gap_at_the_start_and_end(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(bands=BANDS.replace("0..49", "1..49"))
    d = refused(check(tmp_path, text), "band-gap")
    assert d.message == "no band covers 0: the first band starts at 1"
    assert d.span is not None and d.span.line == line_of(text, "band 1..49")
    text = tiny(bands=BANDS.replace("80..100", "80..98"))
    d = refused(check(tmp_path, text, "u.framework"), "band-gap")
    assert d.message == "no band covers 99..100: the last band ends at 98"
    assert d.span is not None and d.span.line == line_of(text, "band 80..98")


def test_band_overlap(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(bands=BANDS.replace("50..64", "50..66"))
    d = refused(check(tmp_path, text), "band-overlap")
    assert d.message == "band 65..79 overlaps 50..66"
    assert where(d) == (line_of(text, "band 65..79"), 1)


def test_band_out_of_0_to_100(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(bands=BANDS.replace("80..100", "80..101"))
    result = check(tmp_path, text)
    d = refused(result, "band-range")
    assert d.message == "band 80..101 runs outside 0..100"
    assert where(d) == (line_of(text, "80..101"), col_of(text, "80..101"))


def test_band_low_end_above_high_end(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(bands=BANDS.replace("50..64", "64..50"))
    result = check(tmp_path, text)
    d = refused(result, "band-range")
    assert d.message == "band 64..50: its low end is above its high end"
    assert where(d) == (line_of(text, "64..50"), col_of(text, "64..50"))


def test_band_order(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(
        bands='band 0..49 Inadequate\nband 50..64 Good\nband 65..79 "Requires improvement"\nband 80..100 Outstanding\n'
    )
    d = refused(check(tmp_path, text), "band-order")
    assert d.message == (
        "band 65..79 gives Requires improvement (score 1), no higher than 50..64 which gives Good (score 2)"
    )
    assert where(d) == (line_of(text, "band 65..79"), 1)


def test_duplicate_scores(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(
        ratings='rating Outstanding score 3\nrating Good score 2\nrating "Requires improvement" score 2\n'
        "rating Inadequate score 0\n"
    )
    result = check(tmp_path, text)
    d = [x for x in result.diagnostics if x.code == "score"]
    assert len(d) == 1 and d[0].is_error and not result.ok
    assert (
        d[0].message
        == "Requires improvement and Good both score 2: each rating needs its own score"
    )
    assert where(d[0]) == (line_of(text, 'rating "Requires improvement"'), 1)


def test_no_ratings_at_all(tmp_path: Path, tiny: Tiny) -> None:
    result = check(tmp_path, tiny(ratings=""))
    assert "score" in codes(result)
    assert not result.ok


# ---------------------------------------------------------------------------- the overall scale

OVERALL = (
    "overall 0..1 Inadequate\n"
    'overall 2..3 "Requires improvement"\n'
    "overall 4..5 Good\n"
    "overall 6..6 Outstanding\n"
)


def test_overall_scale_that_agrees_is_accepted(tmp_path: Path, tiny: Tiny) -> None:
    assert check(tmp_path, tiny(overall="overall scale 0..6\n" + OVERALL)).diagnostics == []


def test_overall_scale_mismatch(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(overall='overall scale 0..10 "a 0-10 scale"\n' + OVERALL)
    d = refused(check(tmp_path, text), "overall-scale")
    assert d.message == (
        "overall scale 0..10 does not add up: 2 standards are scored (1.1-1.2) with scores 0..3, "
        "so the overall score runs 0..6"
    )
    assert d.notes == ("either state 'overall scale 0..6' or change the standards or scores",)
    assert where(d) == (line_of(text, "overall scale"), col_of(text, "scale 0..10") + len("scale "))


def test_overall_gap(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(overall=OVERALL.replace("overall 2..3", "overall 3..3"))
    d = refused(check(tmp_path, text), "overall-gap")
    assert d.message == "no overall band covers 2: the overall bands jump from 0..1 to 3..3"
    assert where(d) == (line_of(text, "overall 3..3"), 1)


def test_overall_gap_at_the_top(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(overall=OVERALL.replace("overall 6..6 Outstanding\n", ""))
    d = refused(check(tmp_path, text), "overall-gap")
    assert d.message == "no overall band covers 6: the last overall band ends at 5"


def test_overall_overlap(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(overall=OVERALL.replace("overall 0..1", "overall 0..2"))
    d = refused(check(tmp_path, text), "overall-overlap")
    assert d.message == "overall band 2..3 overlaps 0..2"
    assert where(d) == (line_of(text, "overall 2..3"), 1)


def test_overall_out_of_range(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(overall=OVERALL.replace("overall 6..6", "overall 6..7"))
    result = check(tmp_path, text)
    d = refused(result, "overall-range")
    assert d.message == "overall band 6..7 runs outside 0..6"
    assert where(d) == (line_of(text, "overall 6..7"), col_of(text, "6..7"))


# ---------------------------------------------------------------------------- discretion


def test_discretion_with_an_unknown_measure(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(discretion="discretion in domains 1\n  eligible when sample_sise <= 5\n")
    d = refused(check(tmp_path, text), "discretion")
    assert d.message == "unknown measure 'sample_sise'; did you mean sample_size?"
    assert d.notes == (
        "measures: lowest_percent, boundary_distance, judgements_to_change, sample_size",
    )
    assert where(d) == (line_of(text, "sample_sise"), col_of(text, "sample_sise"))


def test_discretion_with_an_attribute_instead_of_a_measure(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(discretion="discretion in domains 1\n  eligible when risky\n")
    d = refused(check(tmp_path, text), "discretion")
    assert d.message == "unknown measure 'risky'"


def test_discretion_with_an_unknown_domain(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(discretion="discretion in domains 1, 4\n  eligible when sample_size <= 5\n")
    d = refused(check(tmp_path, text), "discretion")
    assert d.message == "discretion names domain 4, which is not declared (domains: 1)"
    assert where(d) == (line_of(text, "discretion in"), col_of(text, "4\n"))


def test_discretion_compares_a_measure_with_a_number(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(discretion="discretion in domains 1\n  eligible when sample_size <= five\n")
    d = refused(check(tmp_path, text), "bad-condition")
    assert d.message == "sample_size is a number"
    assert d.span is not None and d.span.line == line_of(text, "<= five")


# ---------------------------------------------------------------------------- warnings


def test_key_question_without_prompts_warns(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(extra='key question 1.2.2 "Is there more?" from doc line 5\n')
    result = check(tmp_path, text)
    d = only(result, "no-prompts")
    assert d.severity is Severity.WARNING
    assert result.ok
    assert d.message == "key question 1.2.2 has no prompts"
    assert d.notes == ('if none are published, say so with: no prompts "WHY"',)
    assert where(d) == (line_of(text, "1.2.2"), col_of(text, "1.2.2"))


@pytest.mark.parametrize(
    "where_clause",
    ["key question", "standard", "domain"],
)
def test_no_prompts_silences_the_warning(tmp_path: Path, tiny: Tiny, where_clause: str) -> None:
    items = TINY_ITEMS_WITHOUT_PROMPTS
    if where_clause == "key question":
        items = items.replace(
            "from doc line 1\n", 'from doc line 1\n  no prompts "none published"\n'
        )
        items = items.replace("from doc line 3\n", "from doc line 3\n  no prompts\n")
    elif where_clause == "standard":
        items = items.replace(
            'standard 1.1 "First"\n', 'standard 1.1 "First"\n  no prompts "none"\n'
        )
        items = items.replace(
            'standard 1.2 "Second"\n', 'standard 1.2 "Second"\n  no prompts "none"\n'
        )
    else:
        items = items.replace('domain 1 "Cases"\n', 'domain 1 "Cases"\n  no prompts "none"\n')
    assert check(tmp_path, tiny(items=items)).diagnostics == []


TINY_ITEMS_WITHOUT_PROMPTS = (
    'domain 1 "Cases"\n'
    "  applies to cases where disposal = court\n"
    "  rated by lowest key question band\n"
    'standard 1.1 "First"\n'
    'key question 1.1.1 "Is the first thing done?" from doc line 1\n'
    'standard 1.2 "Second"\n'
    'key question 1.2.1 "Is the second thing done?" from doc line 3\n'
)


def test_key_questions_of_judged_standards_need_no_prompts(tmp_path: Path, tiny: Tiny) -> None:
    items = TINY_ITEMS_WITHOUT_PROMPTS.replace(
        "rated by lowest key question band", "rated by inspector judgement"
    )
    assert check(tmp_path, tiny(items=items)).diagnostics == []


def test_standard_without_key_questions_is_refused(tmp_path: Path, tiny: Tiny) -> None:
    # Three scored standards: the overall scale is 0..9.
    overall = (
        "overall 0..2 Inadequate\n"
        'overall 3..5 "Requires improvement"\n'
        "overall 6..8 Good\n"
        "overall 9..9 Outstanding\n"
    )
    text = tiny(overall=overall, extra='standard 1.3 "Empty"\n')
    d = refused(check(tmp_path, text), "no-key-questions")
    assert d.message == (
        "standard 1.3 has no key questions: it is rated by lowest key question band, so every "
        "inspection would be left without a rating for 1.3, and so without an overall rating"
    )
    assert where(d) == (line_of(text, "standard 1.3"), col_of(text, "1.3"))
    # A judged standard is rated without them: a warning.
    judged = tiny(overall=overall, extra='standard 1.3 "Empty"\n  rated by inspector judgement\n')
    result = check(tmp_path, judged)
    d = only(result, "no-key-questions")
    assert d.severity is Severity.WARNING and result.ok
    assert d.message == "standard 1.3 has no key questions"
    assert where(d) == (line_of(text, "standard 1.3"), col_of(text, "1.3"))


def test_standard_without_a_rating_rule(tmp_path: Path, tiny: Tiny) -> None:
    items = TINY_SECTIONS_ITEMS.replace("  rated by lowest key question band\n", "")
    text = tiny(items=items)
    result = check(tmp_path, text)
    found = [d for d in result.diagnostics if d.code == "rating-rule"]
    assert [d.message for d in found] == [
        "standard 1.1 has no rating rule: add 'rated by lowest key question band' or "
        "'rated by inspector judgement' to it or to domain 1",
        "standard 1.2 has no rating rule: add 'rated by lowest key question band' or "
        "'rated by inspector judgement' to it or to domain 1",
    ]
    assert not result.ok


# The tiny framework's items, for tests that restate or remove some of them.
TINY_SECTIONS_ITEMS = TINY_SECTIONS["items"]


def test_several_refusals_are_reported_together(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(
        bands=BANDS.replace("50..64", "50..63"),
        overall=OVERALL.replace("overall 0..1", "overall 0..2"),
        extra='standard 2.1 "Orphan"\n' + kq_with("riskk"),
    )
    result = check(tmp_path, text)
    assert {"band-gap", "overall-overlap", "missing-parent", "unknown-ref"} <= set(codes(result))
    assert not result.ok


# ---------------------------------------------------------------------------- versions


BASE = "1.framework"
DERIVED = "2.framework"


def derived(text: str) -> str:
    return (
        'framework tiny 2 "A tiny framework, revised"\n  effective from 2021-01-01\n  based on tiny 1\n'
        + text
    )


@pytest.fixture
def base_dir(tmp_path: Path, tiny: Tiny) -> Path:
    repository(tmp_path)
    (tmp_path / BASE).write_text(tiny(), encoding="utf-8")
    return tmp_path


def test_based_on_a_missing_version(tmp_path: Path, tiny: Tiny) -> None:
    text = tiny(header='framework tiny 2 "T"\n  based on tiny 0\n')
    d = refused(check(tmp_path, text), "missing-base")
    assert d.message == (
        "based on tiny 0, but no shipped version has that id, and it is in no framework "
        "repository; known versions: yot-2018, yot-2020"
    )
    assert where(d) == (2, 3)


def test_based_on_a_missing_version_suggests_a_close_one(tmp_path: Path) -> None:
    text = 'framework yot 2021 "T"\n  based on yot 2019\n'
    d = refused(check(tmp_path, text), "missing-base")
    assert d.message.endswith("known versions: yot-2018, yot-2020; did you mean yot-2018?")


def test_a_version_based_on_a_local_file_checks(base_dir: Path) -> None:
    result = check(
        base_dir,
        derived('key question 1.1.1 "Is the first thing done well?" from doc line 7\n'),
        DERIVED,
    )
    assert result.diagnostics == []
    fw = result.framework
    assert fw is not None
    assert (fw.id, fw.based_on, fw.title, fw.effective_from) == (
        "tiny-2",
        "tiny-1",
        "A tiny framework, revised",
        "2021-01-01",
    )


def test_restated_text_replaces_and_unrestated_clauses_are_kept(base_dir: Path) -> None:
    text = derived(
        'key question 1.2.1 "Is the second thing done at all?" from doc line 9\n'
        'prompt 1.2.1.a "Where applicable, is it done well enough?" from doc line 10\n'
    )
    fw = check(base_dir, text, DERIVED).framework
    assert fw is not None
    kq = next(k for k in fw.key_questions() if k.id == "1.2.1")
    assert (
        kq.text.text,
        kq.text.cite and kq.text.cite.source,
        kq.text.cite and kq.text.cite.first,
    ) == (
        "Is the second thing done at all?",
        "doc",
        9,
    )
    # the base's applicability is kept
    assert kq.condition is not None and kq.condition.name == "risky"
    prompt = kq.prompts[0]
    assert prompt.text.text == "Where applicable, is it done well enough?"
    assert prompt.where_applicable, "where applicable is kept from the base"
    # the domain's condition and rule, untouched, are kept
    assert fw.domains[0].condition is not None
    assert fw.standards().__next__().rated_by == "lowest key question band"


def test_a_restated_clause_replaces_the_base_clause(base_dir: Path) -> None:
    text = derived(
        'key question 1.2.1 "Is the second thing done?" from doc line 3\n  applies to cases where level = high\n'
    )
    fw = check(base_dir, text, DERIVED).framework
    assert fw is not None
    kq = next(k for k in fw.key_questions() if k.id == "1.2.1")
    assert kq.condition.name == "level"


def test_applies_to_all_cases_clears_an_inherited_condition(base_dir: Path) -> None:
    text = derived(
        'key question 1.2.1 "Is the second thing done?" from doc line 3\n  applies to all cases\n'
    )
    fw = check(base_dir, text, DERIVED).framework
    assert fw is not None
    kq = next(k for k in fw.key_questions() if k.id == "1.2.1")
    assert kq.condition is None


def test_a_restated_section_replaces_the_whole_base_section(base_dir: Path) -> None:
    text = derived(
        "percentage rounded down\nband 0..59 Inadequate\n"
        'band 60..69 "Requires improvement"\nband 70..89 Good\nband 90..100 Outstanding\n'
    )
    fw = check(base_dir, text, DERIVED).framework
    assert fw is not None
    assert fw.banding.rounding == "down"
    assert [(b.low, b.high, b.rating) for b in fw.banding.bands] == [
        (0, 59, "Inadequate"),
        (60, 69, "Requires improvement"),
        (70, 89, "Good"),
        (90, 100, "Outstanding"),
    ]
    # sections not restated are inherited whole
    assert [(b.low, b.high) for b in fw.overall.bands] == [(0, 1), (2, 3), (4, 5), (6, 6)]
    assert fw.discretion is not None and len(fw.discretion.rules) == 3


def test_remove_drops_an_item_and_everything_under_it(base_dir: Path) -> None:
    text = derived(
        "remove standard 1.2\n"
        "overall 0..0 Inadequate\n"
        'overall 1..1 "Requires improvement"\n'
        "overall 2..2 Good\n"
        "overall 3..3 Outstanding\n"
    )
    result = check(base_dir, text, DERIVED)
    assert result.diagnostics == []
    fw = result.framework
    assert fw is not None
    assert [s.id for s in fw.standards()] == ["1.1"]
    assert [k.id for k in fw.key_questions()] == ["1.1.1"]
    assert [p.id for p in fw.prompts()] == ["1.1.1.a"]
    assert (fw.overall.low, fw.overall.high) == (0, 3)


def test_removing_a_standard_without_restating_the_overall_bands_is_refused(base_dir: Path) -> None:
    text = derived("remove standard 1.2\n")
    result = check(base_dir, text, DERIVED)
    d = refused(result, "overall-scale")
    assert codes(result) == ["overall-scale"]  # not a gap at the base file's lines
    assert d.message == (
        "the overall scale is now 0..3 (1 standard scored 0..3), but the overall bands, "
        "inherited from tiny-1, cover 0..6"
    )
    assert where(d) == (line_of(text, "remove standard"), 1)


def test_remove_of_an_item_the_base_lacks(base_dir: Path) -> None:
    text = derived("remove prompt 1.1.1.z\n")
    d = refused(check(base_dir, text, DERIVED), "bad-remove")
    assert d.message == "cannot remove prompt 1.1.1.z: tiny-1 has no such item"
    assert where(d) == (line_of(text, "remove prompt"), 1)


def test_remove_of_the_wrong_kind_is_refused(base_dir: Path) -> None:
    text = derived("remove key question 1.1\n")
    d = refused(check(base_dir, text, DERIVED), "bad-remove")
    assert d.message == "cannot remove key question 1.1: tiny-1 has no such item"


def test_whitespace_only_restatement_warns(base_dir: Path) -> None:
    text = derived('prompt 1.1.1.a "Is it  done well?" from doc line 2\n')
    result = check(base_dir, text, DERIVED)
    d = only(result, "whitespace-only")
    assert d.severity is Severity.WARNING
    assert result.ok
    assert d.message == (
        "prompt 1.1.1.a: the wording differs from the base version only in whitespace; "
        "restate it exactly or change the words"
    )
    assert where(d) == (line_of(text, "prompt 1.1.1.a"), col_of(text, '"Is it  done'))


def test_whitespace_only_restatement_of_a_clause_text_warns(tmp_path: Path, tiny: Tiny) -> None:
    """Any text, not only a title, that differs from the based-on version only in whitespace warns."""
    repository(tmp_path)
    items = TINY_SECTIONS_ITEMS.replace(
        'standard 1.1 "First"\n',
        'standard 1.1 "First"\n  statement "The first standard is met." from doc line 9\n',
    )
    (tmp_path / BASE).write_text(tiny(items=items), encoding="utf-8")
    text = derived(
        'standard 1.1 "First"\n  statement "The first  standard is met." from doc line 9\n'
    )
    result = check(tmp_path, text, DERIVED)
    d = only(result, "whitespace-only")
    assert d.span is not None and d.span.line == line_of(text, "statement")
    assert "standard 1.1" in d.message


def test_an_exact_restatement_does_not_warn(base_dir: Path) -> None:
    text = derived('prompt 1.1.1.a "Is it done well?" from doc line 2\n')
    assert check(base_dir, text, DERIVED).diagnostics == []


def test_a_base_with_errors_makes_the_derived_version_fail(tmp_path: Path, tiny: Tiny) -> None:
    repository(tmp_path)
    (tmp_path / BASE).write_text(tiny(bands=BANDS.replace("50..64", "50..63")), encoding="utf-8")
    result = check(tmp_path, derived(""), DERIVED)
    assert "band-gap" in codes(result)
    d = only(result, "missing-base")
    assert d.message == "based on tiny 1, which has errors (shown above)"
    assert not result.ok


def test_versions_based_on_each_other_in_a_circle(tmp_path: Path, tiny: Tiny) -> None:
    repository(tmp_path)
    (tmp_path / "1.framework").write_text(
        tiny(header='framework tiny 1 "T"\n  based on tiny 2\n'), encoding="utf-8"
    )
    result = check(tmp_path, 'framework tiny 2 "T"\n  based on tiny 1\n', "2.framework")
    assert "missing-base" in codes(result)
    assert any("in a circle" in d.message for d in result.diagnostics)
    assert not result.ok


def test_the_2020_framework_is_2018_with_changes(yot_2018, yot_2020) -> None:  # type: ignore[no-untyped-def]
    assert yot_2020.based_on == "yot-2018"
    assert len(list(yot_2018.prompts())) == 0
    assert len(list(yot_2020.prompts())) == 93
    # rules are inherited unchanged
    assert yot_2020.banding == yot_2018.banding
    assert [(b.low, b.high, b.rating) for b in yot_2020.overall.bands] == [
        (0, 6, "Inadequate"),
        (7, 18, "Requires improvement"),
        (19, 30, "Good"),
        (31, 36, "Outstanding"),
    ]


# ---------------------------------------------------------------------------- the stage itself


def test_the_stage_checks_parsed_files_and_document_texts_without_reading_files(
    tiny: Tiny,
) -> None:
    from ratingbook.dsl import parse_text
    from ratingbook.framework import checker

    base = parse_text(
        tiny(
            sources='source doc "The document" file "sources/doc.txt"\n',
            items=TINY_ITEMS_CITING_LINES_1_TO_3,
        ),
        "nowhere/1.framework",
    )
    own = parse_text(derived('key question 1.2.1 "three" from doc line 9\n'), "nowhere/2.framework")
    document = checker.SourceDocument.from_text("one\ntwo\nthree\n")
    assert (
        checker.document_key("nowhere/1.framework", "sources/doc.txt") == "nowhere/sources/doc.txt"
    )
    result = checker.check([own, base], {"nowhere/sources/doc.txt": document})
    d = refused(result, "bad-citation")
    assert d.message == "doc has 3 lines; line 9 is past its end"
    assert d.span is not None and d.span.path == "nowhere/2.framework"
    assert set(result.sources) == {"nowhere/1.framework", "nowhere/2.framework"}

    good = checker.check([base], {"nowhere/sources/doc.txt": document})
    assert good.ok and good.diagnostics == []
    unreadable = checker.check([base], {"nowhere/sources/doc.txt": None})
    assert unreadable.ok
    assert {d.message for d in unreadable.diagnostics} == {
        "source doc names the file 'sources/doc.txt', which cannot be read"
    }


def test_the_stage_says_why_a_base_was_not_given(tiny: Tiny) -> None:
    from ratingbook.dsl import parse_text
    from ratingbook.framework import checker

    own = parse_text(derived(""), "2.framework")
    d = refused(checker.check([own], {}, missing_base="it is on holiday"), "missing-base")
    assert d.message == "based on tiny 1, but it is on holiday"


MISTAKES_ON_PURPOSE = {"good-from-70-two-bands.framework"}  # docs/worked-example.md's mistake


@pytest.mark.parametrize(
    "path",
    sorted(
        str(p.relative_to(REPO))
        for p in (REPO / "docs" / "examples").rglob("*.framework")
        if p.name not in MISTAKES_ON_PURPOSE
    ),
)
def test_the_docs_examples_check_clean_even_strictly(path: str) -> None:
    """No finding at all, warnings included: what `check --strict` accepts."""
    result = check_path(REPO / path)
    assert [d.headline() for d in result.diagnostics] == []
    assert result.ok


def test_a_cited_document_is_numbered_as_an_editor_numbers_it(tiny: Tiny) -> None:
    """U+2028, U+2029, U+0085 and form feeds do not end a line in an editor or in `grep -n`;
    counting them as breaks put every citation after one a line off."""
    from hypothesis import given
    from hypothesis import strategies as st

    from ratingbook.dsl import parse_text
    from ratingbook.dsl.span import text_lines
    from ratingbook.framework import checker
    from ratingbook.framework.model import SourceTexts

    text = "one \u2028 still one\x0c\u0085\ntwo\u2029\r\nthree\rfour"
    assert text_lines(text) == ["one \u2028 still one\x0c\u0085", "two\u2029", "three", "four"]
    assert SourceTexts({"d": text}).lines("d", 3, 3) == ["three"]
    base = parse_text(
        tiny(
            sources='source doc "The document" file "sources/doc.txt"\n',
            items=TINY_ITEMS_CITING_LINES_1_TO_3,
        ),
        "nowhere/1.framework",
    )
    document = checker.SourceDocument.from_text("one\u2028\ntwo\u2029\nthree\n")
    assert document.lines == ("one\u2028", "two\u2029", "three")
    assert checker.check([base], {"nowhere/sources/doc.txt": document}).ok

    line = st.text(st.characters(blacklist_characters="\r\n"))

    @given(st.lists(line, min_size=1), st.sampled_from(["\n", "\r\n", "\r"]))
    def numbered_as_written(lines: list[str], end: str) -> None:
        text = "".join(part + end for part in lines)
        assert text_lines(text) == lines
        assert text_lines(text + "tail") == [*lines, "tail"]

    numbered_as_written()


# ---------------------------------------------------------------------------- fixes in the framework's words

_OWN_SCALE = {
    "ratings": 'rating Strong score 2\nrating "Needs work" score 1\nrating Weak score 0\n',
    "bands": 'band 0..49 Weak\nband 50..79 "Needs work"\nband 80..100 Strong\n',
    "overall": 'overall 0..1 Weak\noverall 2..3 "Needs work"\noverall 4..4 Strong\n',
}


def _said(result: CheckResult) -> list[str]:
    return [part for d in result.diagnostics for part in (d.message, *d.notes)]


def test_a_table_fix_names_the_frameworks_own_ratings(tmp_path: Path, tiny: Tiny) -> None:
    """A framework whose ratings are not Inadequate..Outstanding is told to end its tables
    with its own lowest rating, and shown a row in its own words (it was told 'Inadequate')."""
    items = TINY_SECTIONS["items"].replace(
        "  rated by lowest key question band\n",
        "  rated by decision table\n    Strong when every key question is Strong\n",
    )
    said = _said(check(tmp_path, tiny(**_OWN_SCALE, items=items)))
    assert "add a row for them, or end the table with 'Weak otherwise' (or another rating)" in said
    said = _said(check(tmp_path, tiny(**_OWN_SCALE, extra="overall rated by decision table\n")))
    assert (
        'a decision table needs rows: write one per line under it, such as \'"Needs work" when '
        "at least 2 standards are \"Needs work\" or better', and end with 'Weak otherwise'"
    ) in said
    extra = "overall rated by decision table\n  Strong when every standard is Strong\n"
    said = _said(check(tmp_path, tiny(**_OWN_SCALE, extra=extra)))
    assert "add a row for them, or end the table with 'Weak otherwise'" in said
    assert not [s for s in said if "Inadequate" in s]


def test_the_overall_rule_fix_gives_an_example_in_the_frameworks_own_scale(
    tmp_path: Path, tiny: Tiny
) -> None:
    """'overall rated by <not a table>' is told how an overall band is written: in the
    framework's own ratings and scores (it was told 'overall 19..30 Good ...', the shipped
    scale's band, whatever the framework's were)."""
    wrong = "overall rated by lowest key question band\n"

    def fix(**sections: str) -> list[str]:
        said = _said(check(tmp_path, tiny(**sections, extra=wrong)))
        return [s for s in said if s.startswith("the overall rating cannot be")]

    assert fix(**_OWN_SCALE) == [
        "the overall rating cannot be 'lowest key question band': it is rated by the bands of "
        "the overall score ('overall 2..3 \"Needs work\" ...') or by 'overall rated by decision "
        "table'"
    ]
    # Without an overall band for that rating, its range is the whole overall scale (0..4).
    unbanded = fix(**{**_OWN_SCALE, "overall": "overall 0..4 Weak\n"})
    assert [s for s in unbanded if "('overall 0..4 \"Needs work\" ...')" in s] == unbanded != []
    # The shipped scale's words, as they were.
    assert fix() == [
        "the overall rating cannot be 'lowest key question band': it is rated by the bands of "
        "the overall score ('overall 4..5 Good ...') or by 'overall rated by decision table'"
    ]


def test_a_document_edited_between_checks_is_read_as_it_now_is(
    tmp_path: Path, tiny: Tiny, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documents a process has compared quotations with are kept by their content: a
    document edited between two checks in one process (as in an editor) is compared as it now
    is, and put back, as it was."""
    monkeypatch.setenv("RATINGBOOK_NO_CACHE", "1")
    doc = tmp_path / "doc.txt"
    text = tiny(
        sources='source doc "The document" file "doc.txt"\n', items=TINY_ITEMS_CITING_LINES_1_TO_3
    )
    doc.write_text("one\ntwo\nthree\n", encoding="utf-8")
    assert check(tmp_path, text).ok
    doc.write_text("one\nsomething else\nthree\n", encoding="utf-8")
    d = [d for d in check(tmp_path, text).diagnostics if d.code == "quote-not-found"]
    assert [x.message for x in d] == [
        "this text is not at doc line 2, nor anywhere in doc.txt",
    ]
    doc.write_text("one\ntwo\nthree\n", encoding="utf-8")
    assert not [d for d in check(tmp_path, text).diagnostics if d.code == "quote-not-found"]
