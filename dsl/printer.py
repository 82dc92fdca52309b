"""Conditions back to text, in the canonical form the formatter writes."""

from __future__ import annotations

import re

from ratingbook.dsl import ast

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def value_text(v: ast.Value) -> str:
    if isinstance(v.value, str) and (v.quoted or not _PLAIN.match(v.value)):
        escaped = v.value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return str(v.value)


def condition_text(c: ast.Cond, parent: int = 0) -> str:
    """Canonical text of a condition; parentheses only where precedence needs them."""
    match c:
        case ast.Truthy(name=name):
            return name.name
        case ast.Compare(op=op, name=name, value=value):
            return f"{name.name} {op} {value_text(value)}"
        case ast.InList(name=name, values=values, negated=negated):
            inner = ", ".join(value_text(v) for v in values)
            return f"{name.name} {'not in' if negated else 'in'} [{inner}]"
        case ast.Not(operand=op):
            return f"not {condition_text(op, 3)}"
        case ast.And(operands=ops):
            text = " and ".join(condition_text(o, 2) for o in ops)
            return f"({text})" if parent > 2 else text
        case ast.Or(operands=ops):
            text = " or ".join(condition_text(o, 1) for o in ops)
            return f"({text})" if parent > 1 else text
    raise AssertionError(f"unknown condition node {c!r}")
