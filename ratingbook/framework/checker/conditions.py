"""Conditions: attribute declarations, the names and values a condition tests, and compiling it.

A condition as written (``dsl.ast``) is checked against the attributes a version declares (or,
in discretion rules, against the measures), then compiled once into the syntax-free records
of :mod:`ratingbook.framework.conditions`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import assert_never

from ratingbook.dsl import ast
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework import codes
from ratingbook.framework import conditions as cond_model
from ratingbook.framework.checker.findings import Findings
from ratingbook.framework.measures import MEASURES
from ratingbook.framework.model import Attribute, iso_date


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


def attribute_model(decl: ast.AttributeDecl) -> Attribute:
    """An attribute as written, as the model holds it: every value as text."""
    return Attribute(
        name=decl.name,
        kind=decl.kind,
        values=tuple(str(v.value) for v in decl.values),
        low=decl.range.low if decl.range is not None else None,
        high=decl.range.high if decl.range is not None else None,
        default=str(decl.default.value) if decl.default is not None else None,
        description=decl.description,
        span=decl.span,
    )


def check_attributes(attributes: Mapping[str, ast.AttributeDecl], findings: Findings) -> None:
    """An attribute lists each value once, a number's range runs upwards, and a default is a
    value of its attribute."""
    for a in attributes.values():
        values = [str(v.value) for v in a.values]
        for v in a.values:
            if values.count(str(v.value)) > 1:
                findings.error(codes.DUPLICATE_ID, f"value {v.value} is listed twice", v.span)
        if a.range is not None and a.range.low > a.range.high:
            findings.error(
                codes.OUT_OF_RANGE,
                f"the range {a.range} of {a.name} runs backwards: write its lowest number "
                f"first ({a.range.high}..{a.range.low})",
                a.range.span,
            )
        if a.default is not None:
            _check_value(attribute_model(a), a.default, findings, what="its default")


def _check_value(
    attr: Attribute, value: ast.Value, findings: Findings, *, what: str | None = None
) -> None:
    """A value of ``attr`` in the framework text (a default, or compared with in a condition):
    of the attribute's kind, in its list, within its range. ``what`` names a default."""
    name, given = attr.name, value.value
    listed = attr.listed
    if listed is not None:
        if str(given) not in listed:
            hint = did_you_mean(str(given), listed)
            subject = f"default {given}" if what else str(given)
            if attr.kind == "text":  # a vocabulary: its values are phrases, so quoted
                quoted = [cond_model.Value(value=v).text() for v in listed]
                near = did_you_mean(value_text(value), quoted)
                findings.error(
                    codes.UNKNOWN_REF,
                    f"{value_text(value)} is not in the vocabulary of {name} "
                    f"({', '.join(quoted)}){near}",
                    value.span,
                    f"to allow it, add it to the vocabulary where {name} is declared",
                )
            else:
                findings.error(
                    codes.UNKNOWN_REF,
                    f"{subject} is not a value of {name} ({', '.join(listed)}){hint}",
                    value.span,
                )
        return
    code = codes.BAD_ATTRIBUTE if what else codes.BAD_CONDITION
    match attr.kind:
        case "number":
            if not isinstance(given, int) or value.quoted:
                findings.error(
                    code,
                    f"{name} is a whole number, so {what or 'it'} must be one "
                    f"(written without quotes or decimals, e.g. 12), not {value_text(value)}",
                    value.span,
                )
            elif (attr.low is not None and given < attr.low) or (
                attr.high is not None and given > attr.high
            ):
                findings.error(
                    codes.OUT_OF_RANGE,
                    f"{given} is outside the range declared for {name} ({attr.low}..{attr.high}): "
                    "no case can have it",
                    value.span,
                    f"use a number from {attr.low} to {attr.high}, or widen the range where "
                    f"{name} is declared",
                )
        case "date":
            text = str(given)
            if isinstance(given, int) or not _DATE_LIKE.fullmatch(text):
                findings.error(
                    code if not _DATE_ISH.fullmatch(text) else codes.BAD_DATE,
                    f"{name} is a date, so {what or 'it'} must be one written "
                    f"YEAR-MONTH-DAY, like 2020-06-01, not {value_text(value)}",
                    value.span,
                )
            elif iso_date(text) is None:
                findings.error(
                    codes.BAD_DATE,
                    f"{text} is not a date in the calendar (month 01-12, and a day the month has)",
                    value.span,
                )
        case "flag" | "text" | "enum" | "ordered":
            pass  # flags, lists and vocabularies are checked above; free text takes anything
        case _:
            assert_never(attr.kind)


# Written like a date (so a quoted date that is malformed is a bad date, not a bad kind).
_DATE_LIKE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_ISH = re.compile(r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}")


def value_text(value: ast.Value) -> str:
    """A value as the framework text writes it."""
    return cond_model.Value(value=value.value, quoted=value.quoted).text()


def _unordered(attr: Attribute, op: str, cond: ast.Compare) -> str:
    """Why ``op`` cannot order ``attr``'s values, and what to write instead."""
    name = attr.name
    intro = f"'{op}' puts values in order, but {name}"
    match attr.kind:
        case "flag":
            return f"{intro} is a flag (yes or no): test it on its own, '{name}' or 'not {name}'"
        case "enum":
            listed = ", ".join(cond_model.Value(value=v).text() for v in attr.values)
            return (
                f"{intro} is declared 'one of', whose values have no order: declare it "
                f"ordered, lowest first ('attribute {name} ordered {listed}'), or use "
                f"'{name} in [...]' with the values it should admit"
            )
        case "text":
            kind = "a text with a vocabulary" if attr.values else "free text"
            return (
                f"{intro} is {kind}, which has no order: use '{name} = ...' or "
                f"'{name} in [...]' with the values it should admit"
            )
        case "ordered" | "number" | "date":  # pragma: no cover - these have an order
            return intro
        case _:
            assert_never(attr.kind)


class Conditions:
    """Checks that a condition tests declared names with values of the right kind."""

    __slots__ = ("_attributes", "_findings")

    def __init__(self, attributes: Mapping[str, ast.AttributeDecl], findings: Findings) -> None:
        self._attributes = {name: attribute_model(a) for name, a in attributes.items()}
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
                    attr = self._attributes[name.name]
                    if op not in ("=", "!=") and not attr.ordered:
                        self._findings.error(codes.UNORDERED, _unordered(attr, op, cond), cond.span)
                    _check_value(attr, value, self._findings)
            case ast.InList(name=name, values=values):
                kind = self._kind_of(name, measures)
                if kind == "measure":
                    self._findings.error(
                        codes.BAD_CONDITION, f"{name.name} is a number: compare it", cond.span
                    )
                elif kind is not None:
                    for v in values:
                        _check_value(self._attributes[name.name], v, self._findings)
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
