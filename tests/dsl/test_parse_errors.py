"""Syntax errors: exact messages and places, recovery after an error, and how they render."""

from __future__ import annotations

import pytest

from ratingbook.dsl import ast, parse_text
from ratingbook.dsl.diagnostics import Severity, render_diagnostics, render_plain

HEADER = 'framework yot 2020 "T"\n'


def errors(text: str) -> list[tuple[int, int, str, str]]:
    parsed = parse_text(text, "e.framework")
    return [(d.span.line, d.span.col, d.code, d.message) for d in parsed.diagnostics if d.span]


# (id, text, line, col, message): one statement with one mistake, after a valid header.
SYNTAX_ERRORS = [
    (
        "missing-rating-at-end",
        HEADER + "band 0..49\n",
        2,
        11,
        'expected rating like Good or "Requires improvement", found the end of the statement',
    ),
    (
        "wrong-token-in-a-range",
        HEADER + "band 0.. Inadequate\n",
        2,
        10,
        "expected whole number, found 'Inadequate'",
    ),
    (
        "token-after-a-complete-statement",
        HEADER + "rating Good score 2 extra\n",
        2,
        21,
        "unexpected 'extra': this statement is complete",
    ),
    (
        "missing-score-keyword",
        HEADER + "rating Good 2\n",
        2,
        13,
        "expected 'score', found '2'",
    ),
    (
        "missing-title",
        "framework yot 2020\n",
        1,
        19,
        "expected quoted text, found the end of the statement",
    ),
    (
        "malformed-date",
        HEADER + "  effective from 2020-6-1\n",
        2,
        18,
        "expected date like 2020-06-01, found '2020-6-1'",
    ),
    (
        "unknown-rounding-mode",
        HEADER + "percentage rounded sideways\n",
        2,
        20,
        "expected 'half up', 'half even', 'down' or 'up', found 'sideways'",
    ),
    (
        "unknown-attribute-kind",
        HEADER + "attribute x maybe\n",
        2,
        13,
        "expected 'flag', 'text', 'one of ...', 'ordered ...', 'number' or 'date', found 'maybe'",
    ),
    (
        "ordered-without-values",
        HEADER + "attribute r ordered\n",
        2,
        20,
        "expected value (a number, a date, a word or quoted text), found the end of the statement",
    ),
    (
        "vocabulary-without-values",
        HEADER + "attribute t text vocabulary\n",
        2,
        28,
        "expected value (a number, a date, a word or quoted text), found the end of the statement",
    ),
    (
        "number-range-without-its-end",
        HEADER + "attribute m number 0..\n",
        2,
        23,
        "expected whole number, found the end of the statement",
    ),
    (
        "number-range-with-a-fraction",
        HEADER + "attribute m number 0..1.5\n",
        2,
        24,
        "unexpected '.5': this statement is complete",
    ),
    (
        "number-range-written-with-a-dash",
        HEADER + "attribute m number 0-120\n",
        2,
        20,
        "unexpected '0-120': this statement is complete",
    ),
    (
        "date-written-day-first",
        HEADER
        + 'key question 2.1.1 "Q?" from a line 1\n  applies to cases where d >= 01-06-2020\n',
        3,
        33,
        "unexpected '-06-2020': this statement is complete",
    ),
    (
        "unknown-item-kind-in-remove",
        HEADER + "remove thing 2.1\n",
        2,
        8,
        "expected 'domain', 'standard', 'key question' or 'prompt', found 'thing'",
    ),
    (
        "misspelt-second-word-of-key-question",
        HEADER + 'key qestion 2.1.1 "Q?"\n',
        2,
        5,
        "expected 'question', found 'qestion'",
    ),
    (
        "unknown-clause-word",
        HEADER + 'standard 2.1 "A"\n  statment "x"\n',
        3,
        3,
        "unexpected 'statment': this statement is complete; did you mean 'statement'?",
    ),
    (
        "citation-range-without-its-end",
        HEADER + 'key question 2.1.1 "Q?" from wm lines 3\n',
        2,
        40,
        "expected '-', found the end of the statement",
    ),
    (
        "unclosed-list",
        HEADER + 'key question 2.1.1 "Q?" from a line 1\n  applies to cases where rosh in [low\n',
        3,
        38,
        "expected ']', found the end of the statement",
    ),
    (
        "unclosed-parenthesis",
        HEADER + 'key question 2.1.1 "Q?" from a line 1\n  applies to cases where (a or b\n',
        3,
        33,
        "expected ')', found the end of the statement",
    ),
    (
        "double-equals",
        HEADER + 'key question 2.1.1 "Q?" from a line 1\n  applies to cases where rosh == low\n',
        3,
        32,
        "expected value (a number, a date, a word or quoted text), found '='",
    ),
    (
        "unterminated-string",
        'framework yot 2020 "T\n',
        1,
        20,
        "unclosed quote: this text has no closing '\"' on its line "
        '(a text is written on one line; write a quote inside it as \\")',
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "col", "message"),
    [c[1:] for c in SYNTAX_ERRORS],
    ids=[c[0] for c in SYNTAX_ERRORS],
)
def test_syntax_error(text: str, line: int, col: int, message: str) -> None:
    assert errors(text) == [(line, col, "syntax", message)]


def test_syntax_errors_are_errors_and_the_file_is_not_ok() -> None:
    parsed = parse_text(HEADER + "band 0..49\n", "e.framework")
    assert [d.severity for d in parsed.diagnostics] == [Severity.ERROR]
    assert not parsed.ok


def test_an_unterminated_string_costs_only_its_own_statement() -> None:
    parsed = parse_text('framework yot 2020 "T\nsource wm "W"\n', "e.framework")
    assert [(d.span.line, d.code) for d in parsed.diagnostics if d.span] == [(1, "syntax")]
    assert parsed.ast.statements == (ast.SourceDecl(id="wm", title="W"),)


# Messages are for the methodology team: they name what was expected in the language's words,
# never the parser library's internal expressions (' - ', ' | ', 'Suppress', "'or' operations").
LIBRARY_WORDS = (" - ", " | ", "Suppress", "operations", "{", "}")
PLAIN_MESSAGES = [
    (
        "citation-without-source",
        HEADER + 'key question 2.1.1 "Q?" from line 3\n',
        2,
        30,
        "expected source name like wm_2020, found 'line'",
    ),
    (
        "empty-eligible-condition",
        HEADER + "discretion in domains 2\n  eligible when\n",
        3,
        16,
        "expected a condition such as 'safety_factors' or 'disposal = court', found the end of the statement",
    ),
    (
        "condition-without-a-name",
        HEADER + 'key question 2.1.1 "Q?" from a line 1\n  applies to cases where = court\n',
        3,
        26,
        "expected a condition such as 'safety_factors' or 'disposal = court', found '='",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "col", "message"),
    [c[1:] for c in PLAIN_MESSAGES],
    ids=[c[0] for c in PLAIN_MESSAGES],
)
def test_syntax_messages_do_not_leak_parser_internals(
    text: str, line: int, col: int, message: str
) -> None:
    found = errors(text)
    assert len(found) == 1
    leaked = [w for w in LIBRARY_WORDS if w in found[0][3]]
    assert not leaked, f"message shows parser internals {leaked}: {found[0][3]}"
    assert found == [(line, col, "syntax", message)]


def test_several_errors_are_reported_in_one_run_and_good_statements_still_parse() -> None:
    text = (
        HEADER  # 1
        + "band 0..49\n"  # 2: rating missing
        + 'band 50..64 "Requires improvement"\n'  # 3: fine
        + "rating Good\n"  # 4: score missing
        + 'standrd 2.1 "A"\n'  # 5: unknown statement
        + "source\n"  # 6: id missing
        + "rating Good score 2\n"  # 7: fine
    )
    parsed = parse_text(text, "m.framework")
    assert [(d.span.line, d.span.col, d.code) for d in parsed.diagnostics if d.span] == [
        (2, 11, "syntax"),
        (4, 12, "syntax"),
        (5, 1, "unknown-statement"),
        (6, 7, "syntax"),
    ]
    assert [type(s).__name__ for s in parsed.ast.statements] == [
        "FrameworkDecl",
        "BandDecl",
        "RatingDecl",
    ]


# ---------------------------------------------------------------------------- unknown statements

NOTE = (
    "a statement starts with one of: framework, source, attribute, rating, percentage, band, "
    "overall, limit, discretion, sampling, domain, standard, key question, prompt, remove, change"
)


@pytest.mark.parametrize(
    ("word", "hint"),
    [
        ("standrd", "; did you mean 'standard'?"),
        ("bnad", "; did you mean 'band'?"),
        ("keyquestion", "; did you mean 'key question'?"),
        ("promt", "; did you mean 'prompt'?"),
        ("Inadequate", ""),
    ],
)
def test_unknown_statement_word_with_did_you_mean(word: str, hint: str) -> None:
    parsed = parse_text(HEADER + f'{word} 2.1 "A"\n', "u.framework")
    (d,) = parsed.diagnostics
    assert d.code == "unknown-statement"
    assert d.message == f"'{word}' does not start a statement{hint}"
    assert (d.span.line, d.span.col, d.span.end_col) == (2, 1, 1 + len(word))
    assert d.notes == (NOTE,)


# ---------------------------------------------------------------------------- rendering


def test_rendering_gives_headline_source_line_and_caret_under_the_column() -> None:
    text = HEADER + "band 0.. Inadequate\n"
    parsed = parse_text(text, "r.framework")
    (d,) = parsed.diagnostics
    assert render_plain(d, {"r.framework": parsed.source}) == (
        "r.framework:2:10: error: expected whole number, found 'Inadequate' [syntax]\n"
        "    band 0.. Inadequate\n"
        "             ^~~~~~~~~~"
    )


def test_rendering_a_missing_token_puts_one_caret_after_the_line() -> None:
    parsed = parse_text(HEADER + "band 0..49\n", "r.framework")
    (d,) = parsed.diagnostics
    rendered = render_plain(d, {"r.framework": parsed.source}).splitlines()
    assert rendered[0] == (
        'r.framework:2:11: error: expected rating like Good or "Requires improvement", '
        "found the end of the statement [syntax]"
    )
    assert rendered[1] == "    band 0..49"
    assert rendered[2] == "    " + " " * 10 + "^"


def test_rendering_shows_notes_after_the_caret() -> None:
    parsed = parse_text(HEADER + 'standrd 2.1 "A"\n', "r.framework")
    (d,) = parsed.diagnostics
    assert render_plain(d, {"r.framework": parsed.source}).splitlines() == [
        "r.framework:2:1: error: 'standrd' does not start a statement; did you mean 'standard'? [unknown-statement]",
        '    standrd 2.1 "A"',
        "    ^~~~~~~",
        f"  note: {NOTE}",
    ]


def test_rendering_keeps_tabs_so_the_caret_lines_up() -> None:
    parsed = parse_text(HEADER + "\tband 0.. Inadequate\n", "r.framework")
    (d,) = parsed.diagnostics
    lines = render_plain(d, {"r.framework": parsed.source}).splitlines()
    assert lines[0].startswith("r.framework:2:11: error:")
    assert lines[1] == "    \tband 0.. Inadequate"
    assert lines[2] == "    \t         ^~~~~~~~~~"


def test_rendering_without_the_source_text_gives_the_headline_only() -> None:
    parsed = parse_text(HEADER + "band 0..49\n", "r.framework")
    (d,) = parsed.diagnostics
    assert render_plain(d, {}) == d.headline()


def test_render_diagnostics_sorts_by_place() -> None:
    parsed = parse_text(HEADER + "rating Good\nband 0..49\n", "r.framework")
    rendered = render_diagnostics(reversed(parsed.diagnostics), {"r.framework": parsed.source})
    heads = [line for line in rendered.splitlines() if line.startswith("r.framework:")]
    assert [h.split(": ")[0] for h in heads] == ["r.framework:2:12", "r.framework:3:11"]
