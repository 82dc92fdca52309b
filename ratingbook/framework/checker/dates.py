"""A version's dates: days of the calendar, an end no earlier than its start, a start no
earlier than its base's, and no day on which it and another version of its family are both in
force.

Which version rates an inspection is decided by date (the one in force on its fieldwork
date), so two versions in force on the same day would have one of them rate inspections
without a word. This module is light (no syntax tree, no parser) because the clash with the
other versions is checked on every load, cached or not: the other versions can change
without the checked file changing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ratingbook._record import record
from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Span
from ratingbook.framework import codes

if TYPE_CHECKING:
    from ratingbook.dsl import ast


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _shift(day: str, days: int) -> str:
    found = _day(day)
    return day if found is None else (found + dt.timedelta(days=days)).isoformat()


def check_dates(header: ast.FrameworkDecl) -> list[Diagnostic]:
    """A version's own dates are days of the calendar, and it ends no earlier than it starts."""
    problems: list[Diagnostic] = []
    where = header.effective_span or header.span
    for label, value in (("from", header.effective_from), ("until", header.effective_until)):
        if value is not None and _day(value) is None:
            problems.append(
                Diagnostic.error(
                    codes.DATES,
                    f"effective {label} {value} is not a date in the calendar",
                    where,
                    "write the date as YEAR-MONTH-DAY, e.g. 2021-06-01",
                )
            )
    start, end = header.effective_from, header.effective_until
    if problems or start is None or end is None or end >= start:
        return problems
    problems.append(
        Diagnostic.error(
            codes.DATES,
            f"{header.family}-{header.version} is in force until {end}, before it comes into "
            f"force on {start}: it would be in force on no day",
            where,
            "'until' is the last day the version is in force: make it later than the 'from' "
            "date (or swap them, if they were written the wrong way round)",
        )
    )
    return problems


def check_base_dates(header: ast.FrameworkDecl, base: ast.FrameworkDecl) -> list[Diagnostic]:
    """A version comes into force no earlier than the version it is based on."""
    mine, theirs = header.effective_from, base.effective_from
    if mine is None or theirs is None or _day(mine) is None or _day(theirs) is None:
        return []
    if theirs <= mine:
        return []
    me, it = f"{header.family}-{header.version}", f"{base.family}-{base.version}"
    return [
        Diagnostic.error(
            codes.DATES,
            f"{me} comes into force on {mine}, but the version it is based on, {it}, only "
            f"comes into force on {theirs}: a version builds on one that is already in force",
            header.based_on_span or header.effective_span or header.span,
            f"base {me} on the version in force on {mine}, or move its 'effective from' to "
            f"{theirs} or later",
        )
    ]


@record
class Dated:
    """A version as its header dates it, and the file it is in (as messages show it)."""

    family: str
    version: str
    effective_from: str | None
    effective_until: str | None
    path: str
    shipped: bool = False
    draft: bool = False

    @property
    def id(self) -> str:
        return f"{self.family}-{self.version}"

    @property
    def valid(self) -> bool:
        """Whether it has a start, and its dates are days that run forwards (else the
        version's own check reports them)."""
        start, end = self.effective_from, self.effective_until
        if self.draft or start is None or _day(start) is None:
            return False
        return end is None or (_day(end) is not None and end >= start)


def in_force_twice(
    me: Dated, others: Sequence[Dated], where: Callable[[], Span | None]
) -> list[Diagnostic]:
    """Days on which version ``me`` and another of its family would both be in force.

    A version with no 'until' is in force until the next one comes into force: that is how
    one version takes over from another, not a clash. A clash is two versions coming into
    force on the same day, or an 'until' that runs into another version's time. ``where``
    gives the place to report at (``me``'s dates), asked for only when there is a clash.
    """
    if not me.valid:
        return []
    start, end = me.effective_from, me.effective_until
    assert start is not None
    problems: list[Diagnostic] = []
    for other in others:
        if other.family != me.family or other.id == me.id or not other.valid:
            continue
        o_start, o_end = other.effective_from, other.effective_until
        assert o_start is not None
        also = "" if other.shipped else f", or change the dates of {other.id} in {other.path}"
        # A shipped version's file is already named with its id (yot-2020 standards/...).
        named = (
            other.path if other.path.startswith(f"{other.id} ") else f"{other.id} ({other.path})"
        )
        if o_start == start:
            message = (
                f"{me.id} and {named} both come into force on {start}: "
                "an inspection from that day would be rated under one of them without a word"
            )
            fix = (
                f"give {me.id} another 'effective from' date (or mark it 'draft' until it is "
                f"adopted){also}"
            )
        elif o_start > start and end is not None and end >= o_start:
            message = (
                f"{me.id} is in force until {end}, but {named} comes into "
                f"force on {o_start}: both would be in force from {o_start} to {end}, and "
                f"inspections on those days would be rated under {other.id} without a word"
            )
            fix = (
                f"end {me.id} on {_shift(o_start, -1)}, the day before {other.id} comes into "
                "force, or leave out 'until' (a version is in force until the next one "
                f"starts){also}"
            )
        elif o_start < start and o_end is not None and o_end >= start:
            message = (
                f"{me.id} comes into force on {start}, but {named} is in "
                f"force until {o_end}: both would be in force from {start} to {o_end}, and "
                f"inspections on those days would be rated under {me.id} without a word"
            )
            fix = f"start {me.id} on {_shift(o_end, 1)}, the day after {other.id} ends{also}"
        else:
            continue
        problems.append(Diagnostic.error(codes.IN_FORCE_TWICE, message, where(), fix))
    return problems
