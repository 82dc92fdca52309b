"""A Pygments lexer for the framework language, so Rich can highlight framework snippets."""

from __future__ import annotations

from collections.abc import Callable
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

_RATINGS = ("Outstanding", "Good", "Inadequate")
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

    tokens: ClassVar[dict[str, list]] = {  # type: ignore[type-arg]
        "root": [
            (r"\s+", Whitespace),
            (r"#.*$", Comment.Single),
            (r'"Requires improvement"', Name.Constant),
            (r'"(?:[^"\\\n]|\\.)*"', String.Double),
            (r"(from)(\s+)([A-Za-z_][\w-]*)", _bygroups(Keyword, Whitespace, Name.Label)),
            (words(HEAD_KEYWORDS, suffix=r"\b"), Keyword.Declaration),
            (words(CLAUSE_KEYWORDS, suffix=r"\b"), Keyword),
            (words(_OTHER, suffix=r"\b"), Keyword),
            (words(_RATINGS, suffix=r"\b"), Name.Constant),
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
