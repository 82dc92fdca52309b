"""The analyses keep no English of their own: their wording is the phrases module's.

Issue 14 (rules as data), "Architecture": results carry codes and figures, and one phrases
module in the view layer words them (:mod:`ratingbook.framework.views.phrases`); words that
are text by nature (an input error, a finding recorded while rating) are kept in the
registry below the views (:mod:`ratingbook.framework.messages`). This test reads each module
moved there and fails on a string literal of two or more words that is not a docstring: a
wording written in the module again. Ids, codes and the framework's own text are figures,
not wording; the few literals that look like words but are codes are listed with why.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FRAMEWORK = REPO / "ratingbook" / "framework"

# Two words in a row: what a wording has and an id, a code or a format string has not.
_WORDS = re.compile(r"[A-Za-z]+ +[A-Za-z]+")

# Each module whose wording has moved, with the literals it keeps that are codes, not words.
MOVED: dict[str, dict[str, str]] = {
    "certainty.py": {"not rated": "a Certainty's state (a code, as 'known')"},
    "evaluate/discretion.py": {},
    "expectations.py": {},
    "posterior.py": {
        "half up": "a rounding mode's name, as the framework language writes it",
        "half even": "a rounding mode's name, as the framework language writes it",
    },
    "compare.py": {},
    "views/comparison.py": {
        "X X": "a standard's id and name (figures): what moved, as a label",
        "X sha256:X": "a data file and its hash, for the audit (a path and a code)",
        "unknown direction X": "a programming error no record can cause (a direction is a "
        "code compare.py gives), never shown to a user",
    },
    "views/diff.py": {
        "X X": "a count and a kind of change's code (``12 reworded``), as diff --summary counts",
        "unknown word operation X": "a programming error no record can cause (an operation is "
        "difflib's code), never shown to a user",
    },
    # A diff's items and clauses are named as the framework language writes them: the names
    # are ids (diff-v1's "item" and "what", which a program matches on), not ratingbook's prose.
    "diff.py": {
        "applies to": "a clause's name, as the framework language writes it",
        "rated by": "a clause's name, as the framework language writes it",
        "no prompts": "a clause's name, as the framework language writes it",
        "where applicable": "a clause's name, as the framework language writes it",
        "all cases": "the condition 'applies to all cases' writes, quoted",
        "key question": "an item's kind, as the statement that declares it starts",
        "X X": "an item's kind and id (``key question 2.2.1``): the change's item",
        "score of X": "a rule's id in a diff (a rating's score), a key of diff-v1",
        "percentage rounding": "a rule's id in a diff ('percentage rounded ...'), a key of diff-v1",
        "band X": "a rule's id in a diff (a band by its rating), a key of diff-v1",
        "overall scale": "a rule's id, as the framework language writes it",
        "overall band X": "a rule's id in a diff (an overall band by its rating), a key of diff-v1",
        "discretion domains": "a rule's id in a diff ('discretion in domains ...'), a key of diff-v1",
        "discretion rule X": "a rule's id in a diff (the n-th discretion rule), a key of diff-v1",
        "attribute X": "an attribute's id in a diff, as its declaration starts",
        "effective from": "a version's detail, as the framework language writes it",
        "effective until": "a version's detail ('effective from ... until'), a key of diff-v1",
        "based on": "a version's detail, as the framework language writes it",
    },
    "render/diffs.py": {
        "red strike": "a Rich style (deleted words), not words",
        "bold green": "a Rich style (inserted words), not words",
        "X X": "figures side by side: a location's side (old, new) and its file:line, or a "
        "count and a kind of change's code",
        "| X | X | X | X | X X | X |": "a move's figures in a Markdown row (a rating and its arrow)",
        "| | | base | candidate X | why |": "the Markdown table's columns, named as the records' "
        "fields are (base, candidate, why), with the undetermined mark",
    },
}


def _docstrings(tree: ast.AST) -> set[int]:
    """The string expressions that stand alone (a module's, class's or function's docstring,
    or an attribute's, right below it): documentation, not output."""
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for statement in body:
            if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                found.add(id(statement.value))
    return found


def wordings(source: str) -> list[tuple[int, str]]:
    """The string literals of a module that hold two or more words: (line, text), an
    f-string's replacement fields shown as ``X``."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)  # read as part of their f-string
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in skip:
                continue
            text = node.value
        else:
            continue
        if _WORDS.search(str(text)):
            found.append((node.lineno, str(text)))
    return sorted(found)


@pytest.mark.parametrize("module", sorted(MOVED))
def test_a_moved_module_keeps_no_wording_of_its_own(module: str) -> None:
    path = FRAMEWORK / module
    kept = MOVED[module]
    found = wordings(path.read_text(encoding="utf-8"))
    bad = [f"line {line}: {text!r}" for line, text in found if text not in kept]
    assert not bad, (
        f"{path.relative_to(REPO)} words something itself (give a phrase the views word, "
        "or a message of framework/messages.py):\n" + "\n".join(bad)
    )


@pytest.mark.parametrize("module", sorted(MOVED))
def test_every_code_kept_is_still_there(module: str) -> None:
    found = {text for _, text in wordings((FRAMEWORK / module).read_text(encoding="utf-8"))}
    assert [text for text in MOVED[module] if text not in found] == []
    assert all(MOVED[module].values())


def test_the_detector_finds_a_wording_and_passes_codes_and_docstrings() -> None:
    source = (
        '"""A module: its docstring has words."""\n'
        "def f(s):\n"
        '    """So has this one."""\n'
        '    state = "known"\n'
        '    ident = f"{s.id}.{s.key}"\n'
        '    return f"{s.id}: inspector judgement {s.rating}"\n'
        'NAMES = ("no relevant cases",)\n'
    )
    assert wordings(source) == [
        (6, "X: inspector judgement X"),
        (7, "no relevant cases"),
    ]
