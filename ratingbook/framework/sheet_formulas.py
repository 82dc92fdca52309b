"""Conditions as spreadsheet formulas: the one translator from the condition language.

The recording workbook (``ratingbook workbook``) greys out, live, every answer cell whose
question does not apply to its row's attributes. It does so with conditional-formatting
formulas made here from the framework's own conditions (:mod:`.conditions`), so the sheet
and ratingbook cannot disagree about who a question applies to (the tests evaluate every
formula against ratingbook's applicability, with a small evaluator and with LibreOffice).

Each test is written to mean exactly what :func:`conditions.passes` means, over what the
workbook holds: a cell left empty takes the attribute's default (``IF($E4="","no",$E4)``);
text is compared exactly, case and spaces included (``EXACT``), because ratingbook compares
exactly; an order (``rosh > low``) is the list of values above the bound; numbers and dates
are compared as numbers (a date cell is a day number), and a cell that holds no number
passes no comparison of order. The formulas use only functions every spreadsheet has:
``AND``, ``OR``, ``NOT``, ``IF``, ``EXACT``, ``ISNUMBER``, ``DATE``.
"""

from __future__ import annotations

from collections.abc import Callable

from ratingbook.framework import conditions
from ratingbook.framework.conditions import Condition, Test
from ratingbook.framework.model import Attribute, iso_date, whole_number

FALSE = "FALSE"
TRUE = "TRUE"


def text_literal(value: str) -> str:
    """A text as a formula writes it: in double quotes, each quote doubled."""
    return '"' + value.replace('"', '""') + '"'


def _date(value: str) -> str | None:
    day = iso_date(value)
    return None if day is None else f"DATE({day.year},{day.month},{day.day})"


def _literal(attribute: Attribute, value: str) -> str | None:
    """A value of the attribute's kind as a formula constant (None: not of its kind)."""
    match attribute.kind:
        case "number":
            number = whole_number(value)
            return None if number is None else str(number)
        case "date":
            return _date(value)
        case _:
            return text_literal(value)


def _value(attribute: Attribute, ref: str) -> str:
    """The cell's value, or the attribute's default where the cell is empty."""
    if attribute.default is None:
        return ref
    default = _literal(attribute, attribute.default)
    return ref if default is None else f'IF({ref}="",{default},{ref})'


def _any(parts: list[str]) -> str:
    if not parts:
        return FALSE
    return parts[0] if len(parts) == 1 else f"OR({','.join(parts)})"


def _test(test: Test, attribute: Attribute | None, ref: str) -> str:
    if attribute is None:  # the checker refuses a name the version does not declare
        return FALSE
    value = _value(attribute, ref)
    numeric = attribute.kind in ("number", "date")
    op = test.op
    if op == "is":
        return f'EXACT({value},"yes")'
    if op in ("=", "in", "!=", "not in"):
        if numeric:
            constants = [_literal(attribute, str(v.value)) for v in test.values]
            equal = _any([f"{value}={c}" for c in constants if c is not None])
            held = FALSE if equal == FALSE else f"AND(ISNUMBER({value}),{equal})"
        else:
            held = _any([f"EXACT({value},{text_literal(str(v.value))})" for v in test.values])
        return held if op in ("=", "in") else f"NOT({held})"
    # An order: <, <=, >, >=.
    passes = conditions.passes(test, attribute.rank)
    if attribute.kind == "ordered":
        above = [v for v in attribute.values if passes(v)]
        return _any([f"EXACT({value},{text_literal(v)})" for v in above])
    if not numeric:
        return FALSE  # no order: nothing passes (the checker refuses such a test)
    bound = _literal(attribute, str(test.value))
    if bound is None:
        return FALSE
    return f"AND(ISNUMBER({value}),{value}{op}{bound})"


def formula(
    cond: Condition,
    ref: Callable[[str], str],
    attribute: Callable[[str], Attribute | None],
) -> str:
    """The formula (without a leading ``=``) that is TRUE where ``cond`` holds for a row.

    Args:
        cond: the condition.
        ref: the cell reference of an attribute on the row (``$E4``).
        attribute: the declaration of an attribute by name (None: not declared).
    """

    def test(t: Test) -> str:
        return _test(t, attribute(t.name), ref(t.name))

    logic: conditions.Logic[str] = conditions.Logic(
        all=lambda parts: parts[0] if len(parts) == 1 else f"AND({','.join(parts)})",
        any=_any,
        not_=lambda part: f"NOT({part})",
    )
    return conditions.evaluate(cond, test, logic)


__all__ = ["FALSE", "TRUE", "formula", "text_literal"]
