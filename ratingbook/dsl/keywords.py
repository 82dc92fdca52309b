"""The words that start a statement and those that start a clause.

Kept apart from the grammar so that what only needs the words (the statement splitter, the
formatter, the syntax highlighter) does not load pyparsing.
"""

from __future__ import annotations

HEAD_KEYWORDS = (
    "framework",
    "source",
    "attribute",
    "rating",
    "percentage",
    "band",
    "overall",
    "limit",
    "discretion",
    "sampling",
    "domain",
    "standard",
    "key",
    "prompt",
    "remove",
    "change",
)
CLAUSE_KEYWORDS = (
    "effective",
    "based",
    "says",
    "published",
    "file",
    "intro",
    "statement",
    "applies",
    "relevance",
    "where",
    "rated",
    "characteristic",
    "no",
    "eligible",
    "from",
    "default",
    "draft",
    "clear",
    "split",
    "stratified",
)
