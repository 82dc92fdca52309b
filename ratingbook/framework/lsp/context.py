"""What is being written at the cursor, read from the text alone (no parse: it must answer
while the statement is half-written, in well under the 100 ms completion may take).

The statement around the cursor is found as the parser finds statements (a line starting
with a head keyword, or an unindented line that does not continue one), and its words up to
the cursor say what may come next: a keyword, an id, an attribute or one of its values, a
rating, a source, a rule's words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, Literal

from ratingbook._record import record
from ratingbook.dsl.keywords import CLAUSE_KEYWORDS, HEAD_KEYWORDS

Want = Literal[
    "nothing",
    "statement",  # a head keyword
    "clause",  # a clause keyword of the statement (or a new statement)
    "new id",  # the id of a new item of ``kind``
    "id",  # the id of an item of ``kind`` the version has
    "item kind",  # after change / remove
    "domain",  # a domain's id (discretion, split, tallies)
    "source",
    "attribute",
    "measure",
    "value",  # a value of the attribute ``kind``
    "rating",
    "form",  # a rule form's words
    "family",
    "version",  # a version of the family ``kind``
    "words",  # one of ``choices``
]

_TOKEN: Final = re.compile(r'"(?:[^"\\\n]|\\.)*"?|\.\.|!=|<=|>=|[\[\],=<>()]|[^\s"\[\],=<>()#]+')
_WORD: Final = re.compile(r"[A-Za-z0-9_.-]*$")
_FIRST: Final = re.compile(r"[ \t]*([A-Za-z_][A-Za-z0-9_-]*)")
_CONTINUATION: Final = frozenset({*CLAUSE_KEYWORDS, "and", "or", "not", "in"})
_ITEM_KINDS: Final = (("key", "question"), ("domain",), ("standard",), ("prompt",))
_CONDITION_WORDS: Final = frozenset({"and", "or", "not", "in", "(", ")", "[", "]", ",", "=", "!="})
_OPERATORS: Final = frozenset({"=", "!=", "<", "<=", ">", ">="})


@record
class Context:
    """What may be written at the cursor."""

    want: Want
    kind: str | None = None  # an item kind, an attribute (for values) or a family
    statement: tuple[str, ...] = ()  # the statement's first words ("key", "question")
    words: tuple[str, ...] = ()  # the statement's words before the cursor
    prefix: str = ""  # the part of a word already typed before the cursor
    start: int = 0  # the 1-based column where the replaced text starts
    typed: str = ""  # what is replaced (the prefix, or a rule's words so far)
    parent: str | None = None  # the nearest item id above the cursor, for a new id
    choices: tuple[str, ...] = ()
    line_start: bool = False  # the prefix is the first word of its line


def _statement_start(lines: list[str], index: int) -> int:
    """The line (0-based) the statement holding line ``index`` starts on."""
    for i in range(index, -1, -1):
        body = lines[i]
        stripped = body.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = _FIRST.match(body)
        word = m.group(1) if m else ""
        if word in HEAD_KEYWORDS or (body[:1] not in (" ", "\t") and word not in _CONTINUATION):
            return i
    return 0


def _nearest_item(lines: list[str], before: int) -> str | None:
    """The id of the nearest item statement above a line."""
    pattern = re.compile(
        r"\s*(?:change\s+)?(?:domain|standard|key\s+question|prompt)\s+([0-9][0-9A-Za-z.]*)"
    )
    for i in range(before, -1, -1):
        m = pattern.match(lines[i])
        if m is not None:
            return m.group(1)
    return None


def _code(line: str) -> str:
    """A line without its comment (a '#' outside quotes)."""
    inside = False
    for i, ch in enumerate(line):
        if ch == '"' and (i == 0 or line[i - 1] != "\\"):
            inside = not inside
        elif ch == "#" and not inside:
            return line[:i]
    return line


def context_at(text: str, line: int, col: int) -> Context:
    """What may be written at a 1-based line and column of ``text``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not 1 <= line <= len(lines):
        return Context(want="nothing")
    index = line - 1
    here = lines[index][: col - 1]
    if _in_string_or_comment(here):
        return Context(want="nothing")
    m = _WORD.search(here)
    prefix = m.group(0) if m else ""
    start = col - len(prefix)
    before_word = here[: len(here) - len(prefix)]
    first = _statement_start(lines, index)
    body = " ".join(_code(lines[i]) for i in range(first, index)) + " " + _code(before_word)
    words = tuple(t for t in _TOKEN.findall(body) if not t.startswith("#"))
    line_start = not before_word.strip()
    base = Context(
        want="nothing",
        prefix=prefix,
        start=start,
        typed=prefix,
        statement=_head(words) if words else (),
        words=words,
        line_start=line_start,
    )
    if not words or (line_start and index == first):
        return replace(base, want="statement")
    if line_start:
        return replace(base, want="clause")
    return _after(words, lines, index, base)


def _in_string_or_comment(here: str) -> bool:
    inside = False
    for i, ch in enumerate(here):
        if ch == '"' and (i == 0 or here[i - 1] != "\\"):
            inside = not inside
        elif ch == "#" and not inside:
            return True
    return inside


def _head(words: tuple[str, ...]) -> tuple[str, ...]:
    """The first words of a statement that say what it is."""
    if words[0] in ("change", "remove"):
        return words[:3] if words[1:2] == ("key",) else words[:2]
    return words[:2] if words[0] == "key" else words[:1]


def _kind_at(words: tuple[str, ...]) -> str | None:
    """The item kind the words spell exactly (``key question``), if any."""
    for kind in _ITEM_KINDS:
        if words == kind:
            return " ".join(kind)
    return None


def _after(words: tuple[str, ...], lines: list[str], index: int, base: Context) -> Context:
    """What may follow the words of a statement."""
    last = words[-1]
    head = words[0]
    # An item statement's id: a new item, or one the version has.
    kind = _kind_at(words)
    if kind is not None:
        return replace(base, want="new id", kind=kind, parent=_nearest_item(lines, index - 1))
    if head in ("change", "remove"):
        if len(words) == 1:
            return replace(base, want="item kind")
        kind = _kind_at(words[1:])
        if kind is not None:
            return replace(base, want="id", kind=kind)
        if words[1:] == ("key",):
            return replace(base, want="words", choices=("question",))
    if head == "key" and len(words) == 1:
        return replace(base, want="words", choices=("question",))
    # A rule's words, after 'rated by': what is replaced runs from the first of them.
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1 : i + 1] == ("rated", "by"):
            after = words[i + 1 :]
            if any(w in CLAUSE_KEYWORDS or w.startswith('"') for w in after):
                break
            typed = " ".join((*after, base.prefix)).strip()
            if after:
                line = lines[index][: base.start - 1]
                at = line.rfind(after[0])
                if at < 0:  # the words began on an earlier line: complete the last word only
                    return replace(base, want="form", typed=base.prefix)
                return replace(base, want="form", typed=typed, start=at + 1)
            return replace(base, want="form", typed=typed)
        # Conditions: 'applies to cases where ...' and 'eligible ... when ...'.
    condition = _condition(words)
    if condition is not None:
        return _in_condition(condition, base)
    if last == "from" and len(words) >= 2 and words[-2] != "effective":
        return Context(want="source")
    if words[-2:] == ("based", "on"):
        return replace(base, want="family")
    if len(words) >= 3 and words[-3:-1] == ("based", "on"):
        return replace(base, want="version", kind=last)
    if head in ("band", "overall") and len(words) == 4 and words[2] == "..":
        return replace(base, want="rating")
    if last == "characteristic" or words[-3:] == ("limit", "overall", "to"):
        return replace(base, want="rating")
    if last in ("is", "are"):
        return replace(base, want="rating")
    if last in ("domain", "domains") or (
        last == "," and any(w in ("domain", "domains") for w in words)
    ):
        if head in ("discretion", "sampling", "overall", "limit", "domain", "standard") or (
            "split" in words or "in" in words
        ):
            return replace(base, want="domain")
    if last == "clear":
        return replace(base, want="words", choices=CLEARABLE)
    if words[-2:] == ("percentage", "rounded"):
        return replace(base, want="words", choices=("half up", "half even", "down", "up"))
    if head == "attribute" and len(words) == 2:
        kinds = ("flag", "one of", "ordered", "text", "text vocabulary", "number", "date")
        return replace(base, want="words", choices=kinds)
    if last == "applies":
        return replace(base, want="words", choices=("to cases where", "to all cases"))
    if last == "where":
        return replace(base, want="words", choices=("applicable",))
    if last == "eligible":
        choices = ("when", "for key questions when", "for standards when")
        return replace(base, want="words", choices=choices)
    if last == "rated":
        return replace(base, want="words", choices=("by",))
    if last == "no":
        return replace(base, want="words", choices=("prompts",))
    if last == "effective":
        return replace(base, want="words", choices=("from",))
    if head == "discretion" and len(words) == 1:
        return replace(base, want="words", choices=("in domains",))
    return replace(base, want="nothing")


CLEARABLE: Final = (
    "no prompts",
    "where applicable",
    "applies to",
    "relevance",
    "rated by",
    "not scored",
    "intro",
    "statement",
    "characteristics",
    "says",
)


def _condition(words: tuple[str, ...]) -> tuple[bool, tuple[str, ...]] | None:
    """The words of the condition being written at the end of ``words`` (and whether it is
    a discretion rule's, over measures), or None when the cursor is not in a condition."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "where" and i > 0 and words[i - 1] == "cases":
            return False, words[i + 1 :]
        if w == "when" and "eligible" in words[:i]:
            return True, words[i + 1 :]
        if w in CLAUSE_KEYWORDS or w in HEAD_KEYWORDS or w.startswith('"'):
            return None
    return None


def _in_condition(found: tuple[bool, tuple[str, ...]], base: Context) -> Context:
    measures, words = found
    name_wanted: Want = "measure" if measures else "attribute"
    if not words or words[-1] in ("and", "or", "not", "("):
        return replace(base, want=name_wanted)
    last = words[-1]
    if last in _OPERATORS and len(words) >= 2 and not measures:
        return replace(base, want="value", kind=words[-2])
    # Inside a list: 'rosh in [high, ' or 'rosh not in ['.
    if last in ("[", ",") and not measures:
        depth = 0
        for i in range(len(words) - 1, -1, -1):
            if words[i] == "]":
                depth += 1
            elif words[i] == "[":
                if depth == 0:
                    j = i - 1
                    if j >= 0 and words[j] == "in":
                        j -= 1
                        if j >= 0 and words[j] == "not":
                            j -= 1
                        if j >= 0:
                            return replace(base, want="value", kind=words[j])
                    break
                depth -= 1
    if last not in _CONDITION_WORDS and last not in _OPERATORS:
        # After a name or a value: a connective, or 'in' after a name.
        return replace(base, want="words", choices=("and", "or", "in", "not in"))
    return replace(base, want="nothing")
