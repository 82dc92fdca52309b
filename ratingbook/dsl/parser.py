"""Parse a whole file: split it into statements, parse each, and keep going after an error.

A statement starts on a line whose first word is a head keyword (``domain``, ``band``, ...).
Because each statement is parsed on its own, one mistake costs one diagnostic and the rest of
the file is still read: several errors are reported per run.
"""

from __future__ import annotations

import difflib
import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyparsing as pp

from ratingbook.dsl import ast
from ratingbook.dsl.builder import STATEMENT, reading
from ratingbook.dsl.codes import SYNTAX, UNKNOWN_STATEMENT
from ratingbook.dsl.diagnostics import Diagnostic, did_you_mean
from ratingbook.dsl.grammar import Refusal
from ratingbook.dsl.keywords import CLAUSE_KEYWORDS, HEAD_KEYWORDS
from ratingbook.dsl.span import Source, lines_of

_FIRST_WORD = re.compile(r"[ \t]*([A-Za-z_][A-Za-z0-9_-]*)")
_CONTINUATION_WORDS = frozenset({*CLAUSE_KEYWORDS, "and", "or", "not", "in"})


@dataclass(frozen=True)
class ParsedFile:
    """What parsing a file gives: the AST (every statement that parsed) and the diagnostics."""

    source: Source
    ast: ast.FrameworkFile
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not any(d.is_error for d in self.diagnostics)


@dataclass
class _Chunk:
    start: int
    end: int
    line: int
    indent: int
    first_word: str
    comments: tuple[str, ...]
    unknown: bool = False


def _chunks(source: Source, trailing: list[str]) -> Iterator[_Chunk]:
    """Each statement's extent, yielded once the next one starts (comments after the last
    statement go to ``trailing``). A caller may stop early: the rest is not read."""
    current: _Chunk | None = None
    pending: list[str] = []
    offset = 0
    for number, line in enumerate(lines_of(source.text), start=1):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        line_end = offset + len(body)
        if not stripped:
            pass
        elif stripped.startswith("#"):
            if current is not None and current.end > 0 and _indented(body) and not pending:
                pass  # a comment inside a statement: the grammar skips it
            else:
                pending.append(stripped)
        else:
            m = _FIRST_WORD.match(body)
            word = m.group(1) if m else ""
            starts = word in HEAD_KEYWORDS or (
                not _indented(body) and word not in _CONTINUATION_WORDS
            )
            if starts or current is None:
                if current is not None:
                    yield current
                current = _Chunk(
                    start=offset + (len(body) - len(body.lstrip())),
                    end=line_end,
                    line=number,
                    indent=len(body) - len(body.lstrip()),
                    first_word=word,
                    comments=tuple(pending),
                    unknown=word not in HEAD_KEYWORDS,
                )
                pending = []
            else:
                current.end = line_end
        offset += len(line)
    if current is not None:
        yield current
    trailing.extend(pending)


def _split(source: Source) -> tuple[list[_Chunk], tuple[str, ...], list[Diagnostic]]:
    trailing: list[str] = []
    chunks = list(_chunks(source, trailing))
    return chunks, tuple(trailing), []


def _indented(line: str) -> bool:
    return line[:1] in (" ", "\t")


def _unknown_statement(source: Source, chunk: _Chunk) -> Diagnostic:
    word = chunk.first_word or source.text[chunk.start : chunk.end].split()[0]
    span = source.span(chunk.start, chunk.start + len(word))
    hint = did_you_mean(word, [*HEAD_KEYWORDS, "key question"], quoted=True)
    return Diagnostic.error(
        UNKNOWN_STATEMENT,
        f"'{word}' does not start a statement{hint}",
        span,
        "a statement starts with one of: "
        + ", ".join(k if k != "key" else "key question" for k in HEAD_KEYWORDS),
    )


_CONDITION = "a condition such as 'safety_factors' or 'disposal = court'"


def _plain_expected(expected: str) -> str:
    """What was expected, in the language's words rather than the parser library's."""
    expected = expected.replace("Keyword ", "").replace("{", "").replace("}", "")
    if expected == "condition" or expected.startswith("Forward"):
        return _CONDITION
    if any(leak in expected for leak in (" - ", "Suppress", "Re:(", "W:(", "Located")):
        return "something else here (see docs/dsl.md)"
    return expected


_CURLY = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
_ITEM_HEAD = re.compile(
    r"(change\s+)?(domain|standard|key\s+question|prompt)\s+([0-9][0-9A-Za-z.]*)"
)
# Clause keywords as written, for "did you mean" on a misspelt one.
_CLAUSE_PHRASES = (
    "effective from",
    "based on",
    "draft",
    "says",
    "published",
    "file",
    "intro",
    "statement",
    "applies to",
    "relevance",
    "where applicable",
    "rated by",
    "characteristic",
    "no prompts",
    "clear",
    "eligible when",
    "from",
    "default",
)


def _clause_hint(word: str | None, text: str, at: int) -> str:
    """``; did you mean 'relevance'?`` for a misspelt clause keyword: a word that starts its
    line, or follows a quoted text, and is close to (but not) the first word of a clause."""
    firsts = {p.split()[0]: p for p in _CLAUSE_PHRASES}
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at].strip()
    # A clause starts a line; a citation ('from ...') follows a text's closing quote.
    if not word or word in firsts or (before and not before.endswith('"')):
        return ""
    close = difflib.get_close_matches(word, list(firsts), n=1, cutoff=0.7)
    return f"; did you mean '{firsts[close[0]]}'?" if close else ""


def _syntax_error(source: Source, chunk: _Chunk, err: pp.ParseBaseException) -> Diagnostic:
    start = chunk.start + err.loc
    text = source.text
    m = re.compile(r'"[^"\n]*"?|[^\s"]+').match(text, start) if start < len(text) else None
    found = m.group(0) if m and start < chunk.end else None
    end = start + (len(found) if found else 1)
    expected = _plain_expected(
        err.msg[len("Expected ") :] if err.msg.startswith("Expected ") else err.msg
    )
    notes: list[str] = []
    if isinstance(err, Refusal):
        message = err.msg
    elif found and found[0] in _CURLY:
        end = start + 1
        message = (
            f"{found[0]!r} is a curly quote: texts are written between straight double "
            'quotes ("...")'
        )
    elif found and found.startswith('"') and (len(found) == 1 or not found.endswith('"')):
        message = (
            "unclosed quote: this text has no closing '\"' on its line "
            '(a text is written on one line; write a quote inside it as \\")'
        )
        end = start + 1
    elif expected == "end of statement" and found:
        message = (
            f"unexpected {found!r}: this statement is complete{_clause_hint(found, text, start)}"
        )
    else:
        message = (
            f"expected {expected}, found {found!r}{_clause_hint(found, text, start)}"
            if found
            else f"expected {expected}, found the end of the statement"
        )
        head = _ITEM_HEAD.match(text, chunk.start, chunk.end)
        if expected == "quoted text" and head and not head.group(1) and start >= head.end():
            kind = " ".join(head.group(2).split())
            message += (
                f"; to change a clause of an inherited {kind} without restating its wording, "
                f"write 'change {kind} {head.group(3)}'"
            )
            notes.append("see 'Changing an inherited item' in docs/dsl.md")
    return Diagnostic.error(SYNTAX, message, source.span(start, end), *notes)


# The statements parsed lately, by file, text and position (least recently used dropped
# first). An editor's language server parses the same file after every change: only the
# statements that changed, or moved to another line, are parsed again. Nodes are immutable.
_PARSED: OrderedDict[tuple[str, str, int, int], ast.Statement] = OrderedDict()
_PARSED_MOST = 4096


def parse_text(text: str, path: str = "<text>") -> ParsedFile:
    """Parse framework text; never raises for bad input (problems become diagnostics)."""
    source = Source(path, text)
    chunks, trailing, diagnostics = _split(source)
    statements: list[ast.Statement] = []
    comments: list[tuple[str, ...]] = []
    for chunk in chunks:
        if chunk.unknown:
            diagnostics.append(_unknown_statement(source, chunk))
            continue
        piece = text[chunk.start : chunk.end]
        # A statement's node depends only on its text and where it starts: the same text at
        # the same line and column of the same file parses to the same node.
        key = (path, piece, chunk.line, chunk.indent)
        known = _PARSED.get(key)
        if known is not None:
            _PARSED.move_to_end(key)
            statements.append(known)
            comments.append(chunk.comments)
            continue
        try:
            with reading(source, chunk.start):
                result = STATEMENT.parse_string(piece, parse_all=True)
        except pp.ParseBaseException as err:
            diagnostics.append(_syntax_error(source, chunk, err))
            continue
        except RecursionError:
            diagnostics.append(
                Diagnostic.error(
                    SYNTAX,
                    "this statement is nested too deeply to read",
                    source.span(chunk.start, chunk.start + 1),
                )
            )
            continue
        statements.append(result[0])
        comments.append(chunk.comments)
        _PARSED[key] = result[0]
        if len(_PARSED) > _PARSED_MOST:
            _PARSED.popitem(last=False)
    tree = ast.FrameworkFile(
        path=path,
        statements=tuple(statements),
        comments=tuple(comments),
        trailing_comments=trailing,
        span=source.span(0, len(text)),
    )
    return ParsedFile(source, tree, tuple(diagnostics))


def parse_header(text: str, path: str = "<text>") -> ast.FrameworkDecl | None:
    """The first ``framework`` statement of a text, parsed on its own with its clauses.

    Reads no further than that statement, so a list of versions does not parse whole files.
    None when there is no such statement or it does not parse.
    """
    source = Source(path, text)
    for chunk in _chunks(source, []):
        if chunk.first_word != "framework":
            continue
        try:
            with reading(source, chunk.start):
                result = STATEMENT.parse_string(text[chunk.start : chunk.end], parse_all=True)
        except (pp.ParseBaseException, RecursionError):
            return None
        statement = result[0]
        return statement if isinstance(statement, ast.FrameworkDecl) else None
    return None


def parse_file(path: str | Path, display: str | None = None) -> ParsedFile:
    """Read and parse a ``.framework`` file. ``display`` is the path shown in diagnostics."""
    p = Path(path)
    return parse_text(p.read_text(encoding="utf-8"), display or str(path))
