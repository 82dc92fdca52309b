"""Every wording lives in one place: the phrases module, or the messages registry.

Issue 14 (rules as data): results carry codes and figures, and one phrases module in the view
layer (``views/phrases.py``) turns them into words for every renderer; words that are text by
nature (an input error, a finding recorded while rating) are kept in the registry below the
views (``framework/messages.py``). The modules listed here once wrote their own labels,
legends, statuses and reasons; now each keeps no English of two or more words of its own. A
string of two or more words in one of them (outside docstrings, markup and stylesheets) fails
this test unless it is listed below with its reason: a code, a keyword or clause name of the
framework language, a style. Like the layering test's exceptions, the list only shrinks.
This is the one detector of wording: every module held to it is listed in ``WORDLESS``.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

from ratingbook import evaluate, load_framework, load_inspection, to_json
from ratingbook.framework import explain
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.views.phrases import say, worded

REPO = Path(__file__).resolve().parents[1]
F = "ratingbook/framework/"

# The modules whose wording moved to the phrases module (or, for text by nature, messages.py).
WORDLESS: tuple[str, ...] = (
    # the analyses
    F + "certainty.py",
    F + "compare.py",
    F + "diff.py",
    F + "evaluate/discretion.py",
    F + "evaluate/key_questions.py",
    F + "expectations.py",
    F + "posterior.py",
    F + "whatif.py",
    # explain, the views and the renderers
    F + "explain.py",
    F + "views/comparison.py",
    F + "views/contents.py",
    F + "views/testrun.py",
    F + "views/tones.py",
    F + "views/diff.py",
    F + "render/diffs.py",
    F + "views/casework.py",
    F + "views/common.py",
    F + "views/explanation.py",
    F + "views/handbook.py",
    F + "views/ratings.py",
    F + "views/reports.py",
    F + "views/sampling.py",
    F + "render/handbook.py",
    F + "render/html.py",
    F + "render/markdown.py",
    F + "render/reports.py",
    F + "render/text.py",
)

# Strings of two or more words that are not wording, by module, and why.
_CLAUSE = "a clause's name, as the framework language writes it (a diff-v1 id)"
_RULE_ID = "a rule's id in a diff, a key of diff-v1 that a program matches on"
_ROUNDING = "a rounding mode's name, as the framework language writes it"
NOT_WORDS: dict[tuple[str, str], str] = {
    (F + "certainty.py", "not rated"): "a Certainty's state (a code, as 'known')",
    (F + "whatif.py", "not rated"): "a move's state (rules.moves.State), a code",
    (F + "evaluate/key_questions.py", "half up"): _ROUNDING,
    (F + "evaluate/key_questions.py", "half even"): _ROUNDING,
    (F + "posterior.py", "half up"): _ROUNDING,
    (F + "posterior.py", "half even"): _ROUNDING,
    # A diff's items and clauses are named as the framework language writes them: the names
    # are ids (diff-v1's "item" and "what", which a program matches on), not ratingbook's prose.
    (F + "diff.py", "applies to"): _CLAUSE,
    (F + "diff.py", "rated by"): _CLAUSE,
    (F + "diff.py", "no prompts"): _CLAUSE,
    (F + "diff.py", "where applicable"): _CLAUSE,
    (F + "diff.py", "all cases"): "the condition 'applies to all cases' writes, quoted",
    (F + "diff.py", "key question"): "an item's kind, as the statement that declares it starts",
    (F + "diff.py", "characteristics (\x00)"): "a clause's id with its rating "
    "(``characteristics (Good)``), a key of diff-v1",
    (F + "diff.py", "score of \x00"): _RULE_ID,
    (F + "diff.py", "percentage rounding"): _RULE_ID,
    (F + "diff.py", "overall scale"): _RULE_ID,
    (F + "diff.py", "overall band \x00"): _RULE_ID,
    (F + "diff.py", "discretion domains"): _RULE_ID,
    (F + "diff.py", "discretion rule \x00"): _RULE_ID,
    (F + "diff.py", "effective from"): _CLAUSE,
    (F + "diff.py", "effective until"): _CLAUSE,
    (F + "diff.py", "based on"): _CLAUSE,
    (F + "render/diffs.py", "red strike"): "a Rich style (deleted words), not words",
    (F + "render/diffs.py", "bold green"): "a Rich style (inserted words), not words",
    (F + "views/comparison.py", "unknown direction \x00"): "a programming error no record can "
    "cause (a direction is a code compare.py gives), never shown to a user",
    (F + "views/tones.py", "position \x00 is not on a scale of \x00"): "a programming error "
    "no record can cause (a position on the framework's own scale), never shown to a user",
    (F + "views/diff.py", "unknown word operation \x00"): "a programming error no record can "
    "cause (an operation is difflib's code), never shown to a user",
    (F + "explain.py", "key question"): "an item's kind (ids.ItemKind), a code",
    (F + "explain.py", "not rated"): "a move's state (rules.moves.State), a code",
    (F + "render/html.py", "node kind-\x00"): "the CSS classes of an explanation line",
}

_TAG = re.compile(r"<[^>]*>")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_TWO_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]* +[A-Za-z(“'][A-Za-z'’]*")
_MARKUP = frozenset({"CSS", "SCRIPT", "PRINT_CSS"})  # a stylesheet or a script, not words
_HOLE = "\x00"  # where an f-string puts a value


def _not_text(tree: ast.Module) -> set[int]:
    """The nodes that are not a module's text: docstrings (of modules, classes, functions and
    names), and stylesheets and scripts."""
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        first = body[0] if body else None
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
        ):
            found.add(id(first.value))
        for before, after in zip(body, body[1:], strict=False):
            if isinstance(before, ast.Assign | ast.AnnAssign) and isinstance(after, ast.Expr):
                found.add(id(after.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in _MARKUP for t in node.targets
        ):
            found |= {id(n) for n in ast.walk(node.value)}
    return found


def wordings(source: str) -> list[tuple[int, str]]:
    """The strings of two or more words a module writes: (line, text), an f-string's values
    written as a hole. Markup tags and stylesheet comments are not words."""
    return list(_wordings(source))


# Every module listed is read by its own test and again by the test of the list of strings
# that are not words: its syntax tree is walked once per source text.
@functools.cache
def _wordings(source: str) -> tuple[tuple[int, str], ...]:
    tree = ast.parse(source)
    skip = _not_text(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            skip |= {id(v) for v in node.values}
            text = "".join(v.value if isinstance(v, ast.Constant) else _HOLE for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        bare = _TAG.sub(_HOLE, _CSS_COMMENT.sub("", text))
        if any(_TWO_WORDS.search(part) for part in bare.split(_HOLE)):
            found.append((node.lineno, text))
    return tuple(sorted(found))


@pytest.mark.parametrize("path", WORDLESS)
def test_a_module_keeps_no_wording_of_its_own(path: str) -> None:
    bad = [
        f"line {line}: {text!r}"
        for line, text in wordings((REPO / path).read_text(encoding="utf-8"))
        if (path, text) not in NOT_WORDS
    ]
    assert not bad, (
        f"{path} words for itself (give a phrase the views word in views/phrases.py, or a "
        "message of framework/messages.py for text by nature):\n" + "\n".join(bad)
    )


def test_every_string_listed_as_not_words_is_still_there() -> None:
    still = {
        (path, text)
        for path in WORDLESS
        for _, text in wordings((REPO / path).read_text(encoding="utf-8"))
    }
    assert [k for k in NOT_WORDS if k not in still] == []
    assert all(NOT_WORDS.values())


def test_the_detector_finds_words_and_leaves_markup_alone() -> None:
    source = (
        '"""A docstring of several words."""\n'
        "CSS = '.muted { color: grey; } /* a comment in words */'\n"
        "A = 'no band'\n"
        "B = f'{n} of {m} relevant cases'\n"
        "C = f'<span class=\"muted\">{x}</span>'\n"
        "D = '<caption>Prompts of</caption>'\n"
        "E = 'undetermined'\n"
        "F = f'{a} · {b}'\n"
        "def f(s):\n"
        '    """So has this one."""\n'
        '    ident = f"{s.id}.{s.key}"\n'
        '    return f"{s.id}: inspector judgement {s.rating}"\n'
    )
    assert wordings(source) == [
        (3, "no band"),
        (4, "\x00 of \x00 relevant cases"),
        (6, "<caption>Prompts of</caption>"),
        (12, "\x00: inspector judgement \x00"),
    ]


# ---------------------------------------------------------------------------- explain's statuses

WM = REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"


def _walk(node: explain.Node) -> list[explain.Node]:
    return [node, *(n for c in node.children for n in _walk(c))]


def test_explain_gives_its_statuses_as_phrases_and_the_views_word_them() -> None:
    assert [say(said(Say.STATUS_ELIGIBILITY, eligible=e)) for e in (True, False, None)] == [
        "eligible",
        "not eligible",
        "eligibility unknown",
    ]
    assert say(said(Say.STATUS_NOT_IN_POLICY)) == "not covered by the discretion policy"
    assert [say(s) for s in (explain.NO_BAND, explain.NOT_INSPECTED, explain.NOT_RATED)] == [
        "no band",
        "not inspected",
        "not rated",
    ]
    result = evaluate(load_framework("yot-2020"), load_inspection(str(WM)))
    explanation = explain.build(result, "2.2")
    (discretion,) = (n for n in _walk(explanation.root) if n.kind == "discretion")
    assert discretion.status == said(Say.STATUS_ELIGIBILITY, eligible=True)
    assert isinstance(discretion.label, Phrase)
    # The JSON holds the words, as it did when explain wrote them itself.
    doc = worded(to_json(explanation))
    (shown,) = (n for n in _json_walk(doc["tree"]) if n["kind"] == "discretion")
    assert shown["status"] == "eligible"
    assert shown["label"] == "professional discretion: eligible, applied"


def _json_walk(node: dict[str, object]) -> list[dict[str, object]]:
    children = node["children"]
    assert isinstance(children, list)
    return [node, *(n for c in children for n in _json_walk(c))]


# ---------------------------------------------------------------------------- the renderers' labels


def test_the_html_stylesheet_names_each_column_in_the_registrys_words() -> None:
    """A narrow screen writes each column's name before its figure: the same words as the
    wide table's heading, from the registry, and no placeholder left unfilled."""
    from ratingbook.framework.render.html import stylesheet
    from ratingbook.framework.views import phrases

    sheet = stylesheet(("Good", "Inadequate"))
    assert not re.search(r"@[A-Z_]+@", sheet)
    for column in (
        phrases.COLUMN_SCORE,
        phrases.COLUMN_RELEVANT,
        phrases.COLUMN_NUMBER_YES,
        phrases.COLUMN_PERCENT_YES,
        phrases.COLUMN_BAND,
        phrases.COLUMN_NA,
    ):
        assert f'content: "{column} "' in sheet
    for column in (
        phrases.COLUMN_BANDED_BEFORE_DISCRETION,
        phrases.COLUMN_SET_BY,
        phrases.COLUMN_WOULD_MOVE,
        phrases.COLUMN_HOW_SURE,
    ):
        assert f'content: "{column}: "' in sheet
