"""A Pygments lexer for the framework language, so Rich can highlight framework snippets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from pygments.lexer import RegexLexer, bygroups, words
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    Whitespace,
)

from ratingbook.dsl.keywords import CLAUSE_KEYWORDS, HEAD_KEYWORDS

# types-Pygments leaves bygroups unannotated; it returns a callback that RegexLexer calls.
_bygroups: Callable[..., Any] = bygroups

# A rating's name is highlighted as a constant. The lexer knows the ratings a file declares
# (`rating Good score 3`, `rating "Needs work" score 1`), those it is given (a snippet's
# version), and, without either, a capitalised word where a name goes: only a rating's name is
# written so in the language.
_DECLARED = re.compile(r'^[ \t]*rating[ \t]+("(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*)', re.MULTILINE)
_NAMED = (Name.Variable, String.Double)
_QUOTED = r'"(?:[^"\\\n]|\\.)*"'
_OTHER = (
    "question",
    "from",
    "line",
    "lines",
    "to",
    "cases",
    "all",
    "by",
    "lowest",
    "band",
    "inspector",
    "judgement",
    "half",
    "up",
    "even",
    "down",
    "rounded",
    "score",
    "scale",
    "one",
    "of",
    "flag",
    "text",
    "until",
    "on",
    "applicable",
    "prompts",
    "characteristics",
    "when",
    "domains",
    "in",
    "and",
    "or",
    "not",
)


class FrameworkLexer(RegexLexer):
    """Highlights ``.framework`` files: statements, clauses, ids, ratings, citations, conditions."""

    name = "ratingbook framework"
    aliases: ClassVar[list[str]] = ["ratingbook", "framework-dsl"]
    filenames: ClassVar[list[str]] = ["*.framework"]

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.ratings = frozenset(options.get("ratings", ()))

    def get_tokens_unprocessed(  # type: ignore[override]
        self, text: str, stack: tuple[str, ...] = ("root",)
    ) -> Iterator[tuple[int, Any, str]]:
        """The tokens, with every name of a rating the text declares or the lexer was given
        (quoted or not) as a constant."""
        names = self.ratings | {_unquoted(m.group(1)) for m in _DECLARED.finditer(text)}
        for index, token, value in super().get_tokens_unprocessed(text, stack):
            if token in _NAMED and _unquoted(value) in names:
                token = Name.Constant
            yield index, token, value

    tokens: ClassVar[dict[str, list]] = {  # type: ignore[type-arg]
        "root": [
            (r"\s+", Whitespace),
            (r"#.*$", Comment.Single),
            # Where the grammar puts a rating's name, a quoted one is a rating's too.
            (
                rf"(band|overall)(\s+)(\d+\.\.\d+)(\s+)({_QUOTED})",
                _bygroups(
                    Keyword.Declaration, Whitespace, Number.Integer, Whitespace, Name.Constant
                ),
            ),
            (
                rf"(limit)(\s+)(overall)(\s+)(to)(\s+)({_QUOTED})",
                _bygroups(
                    Keyword.Declaration,
                    Whitespace,
                    Keyword.Declaration,
                    Whitespace,
                    Keyword,
                    Whitespace,
                    Name.Constant,
                ),
            ),
            (r'"(?:[^"\\\n]|\\.)*"', String.Double),
            (r"(from)(\s+)([A-Za-z_][\w-]*)", _bygroups(Keyword, Whitespace, Name.Label)),
            (words(HEAD_KEYWORDS, suffix=r"\b"), Keyword.Declaration),
            (words(CLAUSE_KEYWORDS, suffix=r"\b"), Keyword),
            (words(_OTHER, suffix=r"\b"), Keyword),
            (r"[A-Z][\w-]*", Name.Constant),  # a capitalised name is a rating's
            (r"\d+\.\d+(?:\.\d+)*(?:\.[a-z]+)?", Name.Tag),  # ids like 2.1.1.a
            (r"\d{4}-\d{2}-\d{2}", Number.Other),
            (r"\d+\.\.\d+", Number.Integer),
            (r"\d+", Number.Integer),
            (r"!=|<=|>=|=|<|>", Operator),
            (r"[\[\],()-]", Punctuation),
            (r"[A-Za-z_][\w-]*", Name.Variable),
            (r".", Text),
        ]
    }


def _unquoted(name: str) -> str:
    return name[1:-1] if len(name) >= 2 and name[0] == name[-1] == '"' else name
