"""A small spreadsheet-formula evaluator for the workbook's tests (the oracle's other side).

It evaluates the formulas :mod:`ratingbook.framework.sheet_formulas` writes, with a
spreadsheet's meaning: an empty cell equals ``""`` and counts as 0 beside a number, text
compares greater than any number, ``=`` on text ignores case (``EXACT`` does not), a date is
its day number. Only what the translator uses is known (``AND``, ``OR``, ``NOT``, ``IF``,
``EXACT``, ``ISNUMBER``, ``DATE``, ``TRUE``, ``FALSE``, comparisons); anything else fails
the test loudly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

_TOKEN = re.compile(
    r'\s*(?:(?P<str>"(?:[^"]|"")*")|(?P<ref>\$?[A-Z]{1,3}\$?[0-9]+)|(?P<num>-?[0-9]+(?:\.[0-9]+)?)'
    r"|(?P<name>[A-Z][A-Z0-9.]*)|(?P<op><>|<=|>=|[=<>(),]))"
)
EPOCH = dt.date(1899, 12, 30)


def serial(day: dt.date) -> int:
    """A date as a spreadsheet's day number."""
    return (day - EPOCH).days


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            if text[pos:].strip() == "":
                break
            raise ValueError(f"cannot read the formula at {text[pos:]!r}")
        kind = m.lastgroup
        assert kind is not None
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def _compare(op: str, a: Any, b: Any) -> bool:
    # An empty cell is "" beside text and 0 beside a number; a typed "" is text.
    if isinstance(a, bool) or isinstance(b, bool):
        raise ValueError("comparing a truth value")
    if a is None:
        a = "" if isinstance(b, str) or b is None else 0
    if b is None:
        b = "" if isinstance(a, str) else 0
    a_text, b_text = isinstance(a, str), isinstance(b, str)
    if a_text and b_text:
        a, b = a.lower(), b.lower()
        key_a, key_b = (1, a), (1, b)
    elif a_text:
        key_a, key_b = (1, 0), (0, b)  # text is greater than any number
    elif b_text:
        key_a, key_b = (0, a), (1, 0)
    else:
        key_a, key_b = (0, a), (0, b)
    if op in ("=", "<>"):
        equal = key_a == key_b if (a_text == b_text) else False
        return equal if op == "=" else not equal
    return {"<": key_a < key_b, "<=": key_a <= key_b, ">": key_a > key_b, ">=": key_a >= key_b}[op]


def _truth(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if v is None:
        return False
    if isinstance(v, (int, float)):
        return v != 0
    raise ValueError(f"{v!r} is not a truth value")


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


_FUNCTIONS: dict[str, Callable[[list[Any]], Any]] = {
    "AND": lambda a: all(_truth(x) for x in a),
    "OR": lambda a: any(_truth(x) for x in a),
    "NOT": lambda a: not _truth(a[0]),
    "IF": lambda a: a[1] if _truth(a[0]) else a[2],
    "EXACT": lambda a: _text(a[0]) == _text(a[1]),
    "ISNUMBER": lambda a: isinstance(a[0], (int, float)) and not isinstance(a[0], bool),
    "DATE": lambda a: serial(dt.date(int(a[0]), int(a[1]), int(a[2]))),
    "TRUE": lambda a: True,
    "FALSE": lambda a: False,
}


def compile_formula(formula: str) -> Callable[[Mapping[str, Any]], Any]:
    """``formula`` (without ``=``) read once, as a function of the row's cells, each looked up
    by its column letters (``$E4`` -> ``E``); a missing cell is empty."""
    tokens = _tokens(formula)
    pos = 0
    Node = Callable[[Mapping[str, Any]], Any]

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, str]:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def primary() -> Node:
        kind, text = take()
        if kind == "str":
            literal = text[1:-1].replace('""', '"')
            return lambda cells: literal
        if kind == "num":
            number = float(text) if "." in text else int(text)
            return lambda cells: number
        if kind == "ref":
            letters = re.sub(r"[$0-9]", "", text)
            return lambda cells: cells.get(letters)
        if kind == "name":
            args: list[Node] = []
            if peek() == ("op", "("):
                take()
                if peek() != ("op", ")"):
                    args.append(expression())
                    while peek() == ("op", ","):
                        take()
                        args.append(expression())
                assert take() == ("op", ")")
            if text not in _FUNCTIONS:
                raise ValueError(f"unknown function {text}")
            function = _FUNCTIONS[text]
            return lambda cells: function([a(cells) for a in args])
        if (kind, text) == ("op", "("):
            inner = expression()
            assert take() == ("op", ")")
            return inner
        raise ValueError(f"unexpected {text!r}")

    def expression() -> Node:
        left = primary()
        nxt = peek()
        if nxt is not None and nxt[0] == "op" and nxt[1] in ("=", "<>", "<", "<=", ">", ">="):
            take()
            right, op = primary(), nxt[1]
            return lambda cells: _compare(op, left(cells), right(cells))
        return left

    tree = expression()
    if pos != len(tokens):
        raise ValueError(f"left over: {tokens[pos:]}")
    return tree


_COMPILED: dict[str, Callable[[Mapping[str, Any]], Any]] = {}


def evaluate(formula: str, cells: Mapping[str, Any]) -> Any:
    """The value of ``formula`` (without ``=``) over a row's cells (see compile_formula)."""
    found = _COMPILED.get(formula)
    if found is None:
        found = _COMPILED[formula] = compile_formula(formula)
    return found(cells)
