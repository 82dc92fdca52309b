"""Conditions: attribute declarations, the names and values a condition tests, and compiling it.

A condition as written (``dsl.ast``) is checked against the attributes a version declares (or,
in discretion rules, against the measures), then compiled once into the syntax-free records
of :mod:`ratingbook.framework.conditions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import assert_never

from ratingbook.dsl import ast
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework import codes
from ratingbook.framework import conditions as cond_model
from ratingbook.framework.checker.findings import Findings
from ratingbook.framework.measures import MEASURES

# How the DSL spells each attribute kind, for messages.
_KIND_WORDS = {"enum": "one-of"}


def compile_condition(cond: ast.Cond) -> cond_model.Condition:
    """A condition as written, compiled once into the syntax-free condition model."""

    def value(v: ast.Value) -> cond_model.Value:
        return cond_model.Value(value=v.value, quoted=v.quoted)

    match cond:
        case ast.Truthy(name=name):
            return cond_model.Test(name=name.name, op="is")
        case ast.Compare(op=op, name=name, value=v):
            return cond_model.Test(name=name.name, op=op, values=(value(v),))
        case ast.InList(name=name, values=values, negated=negated):
            return cond_model.Test(
                name=name.name,
                op="not in" if negated else "in",
                values=tuple(value(v) for v in values),
            )
        case ast.Not(operand=op):
            return cond_model.Not(operand=compile_condition(op))
        case ast.And(operands=ops):
            return cond_model.AllOf(operands=tuple(compile_condition(o) for o in ops))
        case ast.Or(operands=ops):
            return cond_model.AnyOf(operands=tuple(compile_condition(o) for o in ops))
        case _:
            assert_never(cond)


def check_attributes(attributes: Mapping[str, ast.AttributeDecl], findings: Findings) -> None:
    """An attribute lists each value once, and its default is one of its values."""
    for a in attributes.values():
        values = [str(v.value) for v in a.values]
        for v in a.values:
            if values.count(str(v.value)) > 1:
                findings.error(codes.DUPLICATE_ID, f"value {v.value} is listed twice", v.span)
        if a.default is not None:
            allowed = {"flag": ["yes", "no"], "enum": values}.get(a.kind)
            if allowed is not None and str(a.default.value) not in allowed:
                findings.error(
                    codes.UNKNOWN_REF,
                    f"default {a.default.value} is not a value of {a.name} ({', '.join(allowed)})",
                    a.default.span,
                )


class Conditions:
    """Checks that a condition tests declared names with values of the right kind."""

    __slots__ = ("_attributes", "_findings")

    def __init__(self, attributes: Mapping[str, ast.AttributeDecl], findings: Findings) -> None:
        self._attributes = attributes
        self._findings = findings

    def check(self, cond: ast.Cond, *, measures: bool = False) -> None:
        """Check every test in a condition: over attributes, or over the measures (discretion)."""
        match cond:
            case ast.And(operands=ops) | ast.Or(operands=ops):
                for op in ops:
                    self.check(op, measures=measures)
            case ast.Not(operand=op):
                self.check(op, measures=measures)
            case ast.Truthy(name=name):
                kind = self._kind_of(name, measures)
                if kind not in (None, "flag"):
                    self._findings.error(
                        codes.BAD_CONDITION,
                        f"{name.name} is not a flag: compare it, e.g. '{name.name} = VALUE'",
                        name.span,
                    )
            case ast.Compare(op=op, name=name, value=value):
                kind = self._kind_of(name, measures)
                if kind == "measure":
                    if not isinstance(value.value, (int, float)):
                        self._findings.error(
                            codes.BAD_CONDITION, f"{name.name} is a number", value.span
                        )
                elif kind is not None:
                    if op not in ("=", "!="):
                        self._findings.error(
                            codes.BAD_CONDITION,
                            f"'{op}' compares numbers; {name.name} is a {_KIND_WORDS.get(kind, kind)} "
                            "attribute: use = or !=",
                            cond.span,
                        )
                    self._check_value(name, value)
            case ast.InList(name=name, values=values):
                kind = self._kind_of(name, measures)
                if kind == "measure":
                    self._findings.error(
                        codes.BAD_CONDITION, f"{name.name} is a number: compare it", cond.span
                    )
                elif kind is not None:
                    for v in values:
                        self._check_value(name, v)
            case _:
                assert_never(cond)

    def _kind_of(self, name: ast.Name, measures: bool) -> str | None:
        if measures:
            if name.name in MEASURES:
                return "measure"
            hint = did_you_mean(name.name, MEASURES)
            self._findings.error(
                codes.DISCRETION,
                f"unknown measure '{name.name}'{hint}",
                name.span,
                "measures: " + ", ".join(MEASURES),
            )
            return None
        attr = self._attributes.get(name.name)
        if attr is None:
            hint = did_you_mean(name.name, self._attributes)
            self._findings.error(
                codes.UNKNOWN_REF,
                f"unknown attribute '{name.name}'{hint}",
                name.span,
                "declared attributes: " + ", ".join(self._attributes),
            )
            return None
        return attr.kind

    def _check_value(self, name: ast.Name, value: ast.Value) -> None:
        attr = self._attributes[name.name]
        if attr.kind == "text":
            return
        allowed = ["yes", "no"] if attr.kind == "flag" else [str(v.value) for v in attr.values]
        if str(value.value) not in allowed:
            hint = did_you_mean(str(value.value), allowed)
            self._findings.error(
                codes.UNKNOWN_REF,
                f"{value.value} is not a value of {name.name} ({', '.join(allowed)}){hint}",
                value.span,
            )
