"""The canonical layout of a framework file.

The formatter normalises layout only: statements start at column 0, their clause lines are
indented by two spaces, tokens are separated by single spaces (none inside ``0..49``,
``lines 877-881`` or lists), trailing spaces go, runs of blank lines become one, and the file
ends with one newline. Comments stay exactly where they were, attached to the line they
precede. It never reorders or rewrites words, so meaning cannot change; ``format_source``
still re-parses its output and refuses to return text whose AST differs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TypeVar

from ratingbook.dsl import ast
from ratingbook.dsl.keywords import CLAUSE_KEYWORDS, HEAD_KEYWORDS
from ratingbook.dsl.parser import parse_text
from ratingbook.dsl.span import Source, Span, text_lines

_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"?|#.*|\.\.|!=|<=|>=|[\[\],=<>()]|[^\s"\[\],=<>()#]+')
_FIRST_WORD = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_-]*)")
_CONTINUATION = frozenset({*CLAUSE_KEYWORDS, "and", "or", "not", "in"})
INDENT = "  "


class FormatError(Exception):
    """The text could not be formatted safely (it does not parse, or formatting would change it)."""


def _join(tokens: list[str]) -> str:
    out = ""
    prev = ""
    for i, tok in enumerate(tokens):
        if not out:
            out = tok
        elif tok in (",", "]", ")", "..") or prev in ("[", "(", ".."):
            out += tok
        elif tok.startswith("-") and re.fullmatch(r"-\d+", tok) and re.fullmatch(r"\d+", prev):
            out += tok  # "877 -881" was a range of lines written with a space
        elif _in_range(tokens, i):
            out += tok  # "lines 877 - 881" -> "lines 877-881"
        else:
            out += " " + tok
        prev = tok
    return out


def _in_range(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` continues a range of lines written with spaces around its dash
    (``lines 877 - 881``, ``lines 877- 881``). Tokens, not the joined text, are looked at, so
    a quoted text that says "lines 5 - 9" is left as it is written."""
    tok = tokens[i]
    if tok == "-":
        return i >= 2 and tokens[i - 2] == "lines" and tokens[i - 1].isdigit()
    if not tok.isdigit():
        return False
    prev = tokens[i - 1]
    if prev == "-":
        return i >= 3 and tokens[i - 3] == "lines" and tokens[i - 2].isdigit()
    return i >= 2 and tokens[i - 2] == "lines" and re.fullmatch(r"\d+-", prev) is not None


def _starts_statement(line: str) -> bool:
    m = _FIRST_WORD.match(line)
    word = m.group(1) if m else ""
    return word in HEAD_KEYWORDS or (line[:1] not in (" ", "\t") and word not in _CONTINUATION)


def _layout(text: str) -> str:
    # Lines end as the parser's do (U+2028 inside a quoted text stays in it).
    lines = text_lines(text)
    out: list[str] = []
    pending_comments: list[tuple[bool, str]] = []  # (was indented, text)
    blank = False

    def flush(indent: str | None) -> None:
        """Write waiting comments at ``indent``; None: as they were (a block closing a statement)."""
        for was_indented, c in pending_comments:
            here = indent if indent is not None else (INDENT if was_indented and out else "")
            out.append(here + c)
        pending_comments.clear()

    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            if pending_comments:
                flush(None)
            blank = True
            continue
        if stripped.startswith("#"):
            if blank and out:
                out.append("")
                blank = False
            pending_comments.append((raw[:1] in (" ", "\t"), stripped))
            continue
        indent = "" if _starts_statement(raw) else INDENT
        if blank and out and not pending_comments:
            out.append("")
        blank = False
        flush(indent)
        tokens = _TOKEN.findall(stripped)
        comment = ""
        if tokens and tokens[-1].startswith("#"):
            comment = "  " + tokens.pop()
        out.append(indent + _join(tokens) + comment)
    flush(None)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""


def format_source(text: str, path: str = "<text>") -> str:
    """The canonical layout of ``text``. Raises FormatError if it cannot be done safely."""
    before = parse_text(text, path)
    if not before.ok:
        raise FormatError(
            f"{path}: does not parse; fix the errors reported by 'ratingbook check' first"
        )
    formatted = _layout(text)
    after = parse_text(formatted, path)
    if not after.ok or after.ast.statements != before.ast.statements:
        raise FormatError(
            f"{path}: formatting would change the meaning of the file; please report this"
        )
    return formatted


# ---------------------------------------------------------------------------- citations

_CITE = re.compile(r"from\s+([A-Za-z_][A-Za-z0-9_-]*)\s+lines?\s+(\d+)(?:\s*-\s*(\d+))?")
N = TypeVar("N")


def _cite_of(text: str) -> ast.Cite | None:
    m = _CITE.fullmatch(text.strip())
    if m is None:
        return None
    first = int(m.group(2))
    return ast.Cite(source=m.group(1), first=first, last=int(m.group(3) or first))


def _with_cites(node: N, by_place: dict[tuple[int, int], ast.Cite]) -> N:
    """``node`` with each citation that starts at a place in ``by_place`` replaced."""
    if isinstance(node, tuple):
        return tuple(_with_cites(n, by_place) for n in node)  # type: ignore[return-value]
    if isinstance(node, ast.Cite):
        return by_place.get((node.span.line, node.span.col), node)  # type: ignore[return-value]
    if isinstance(node, ast.Node):
        changes = {}
        for f in dataclasses.fields(node):
            if not f.compare:
                continue
            value = getattr(node, f.name)
            new = _with_cites(value, by_place)
            if new is not value:
                changes[f.name] = new
        return dataclasses.replace(node, **changes) if changes else node
    return node


def fix_citations(text: str, fixes: Sequence[tuple[Span, str]], path: str = "<text>") -> str:
    """``text`` with each citation at a span replaced by the citation given for it.

    Only citations change: the result is parsed again and refused (FormatError) unless it
    says exactly what ``text`` says with those citations, and nothing else, replaced.
    """
    if not fixes:
        return text
    before = parse_text(text, path)
    if not before.ok:
        raise FormatError(
            f"{path}: does not parse; fix the errors reported by 'ratingbook check' first"
        )
    source = Source(path, text)
    edits: list[tuple[int, int, str]] = []
    expected: dict[tuple[int, int], ast.Cite] = {}
    for span, replacement in fixes:
        start = source.line_start(span.line) + span.col - 1
        end = source.line_start(span.end_line) + span.end_col - 1
        written, wanted = _cite_of(text[start:end]), _cite_of(replacement)
        if written is None or wanted is None:
            raise FormatError(f"{span}: '{text[start:end]}' is not a citation; it was not changed")
        edits.append((start, end, str(wanted)))
        expected[(span.line, span.col)] = wanted
    out = text
    for start, end, new in sorted(set(edits), reverse=True):
        out = out[:start] + new + out[end:]
    after = parse_text(out, path)
    if not after.ok or after.ast.statements != _with_cites(before.ast.statements, expected):
        raise FormatError(
            f"{path}: rewriting the citations would change more than the citations; "
            "please report this"
        )
    return out
