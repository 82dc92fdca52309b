"""The words the editor support offers and highlights are the language's: dsl/keywords.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ratingbook.dsl.keywords import CLAUSE_KEYWORDS, HEAD_KEYWORDS
from ratingbook.framework.lsp.features import CLAUSES, STATEMENTS
from ratingbook.framework.render.lexer import FrameworkLexer
from tests.conftest import tool


def test_every_keyword_is_offered_somewhere() -> None:
    """The phrases are kept with dsl/keywords.py: every head and clause word starts one."""
    firsts = {phrase.split()[0] for phrase, _ in STATEMENTS}
    assert firsts == set(HEAD_KEYWORDS)
    clause_firsts = {phrase.split()[0] for phrases in CLAUSES.values() for phrase, _ in phrases}
    assert set(CLAUSE_KEYWORDS) <= clause_firsts


REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "editors" / "vscode"


def test_the_vscode_grammar_is_the_one_made_from_the_keywords() -> None:
    """The committed grammar is what tools/vscode_grammar.py writes from dsl/keywords.py."""
    committed = json.loads(
        (EXTENSION / "syntaxes" / "ratingbook.tmLanguage.json").read_text("utf-8")
    )
    assert committed == tool("vscode_grammar").grammar()


def test_the_vscode_grammar_highlights_exactly_the_keywords() -> None:
    grammar = json.loads((EXTENSION / "syntaxes" / "ratingbook.tmLanguage.json").read_text("utf-8"))
    by_name = {p.get("name"): p for p in grammar["patterns"]}

    def words(name: str) -> set[str]:
        pattern = by_name[name]["match"]
        inside = re.search(r"\(\?:(.*?)\)", pattern)
        assert inside is not None
        return {w.replace("\\", "") for w in inside.group(1).split("|")}

    assert words("keyword.declaration.statement.ratingbook") == set(HEAD_KEYWORDS)
    assert words("keyword.other.clause.ratingbook") == set(CLAUSE_KEYWORDS)
    statement = re.compile(by_name["keyword.declaration.statement.ratingbook"]["match"])
    # Every statement of the shipped versions starts with a word the grammar marks.
    for line in (REPO / "standards" / "yot" / "2020.framework").read_text("utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            assert statement.match(line), line


def test_the_vscode_extension_is_for_framework_files() -> None:
    package = json.loads((EXTENSION / "package.json").read_text("utf-8"))
    (language,) = package["contributes"]["languages"]
    assert language["extensions"] == [".framework"]
    assert FrameworkLexer.filenames == ["*.framework"]
    assert "ratingbook" in FrameworkLexer.aliases
    assert package["contributes"]["configuration"]["properties"]["ratingbook.command"][
        "default"
    ] == ["ratingbook", "lsp"]
