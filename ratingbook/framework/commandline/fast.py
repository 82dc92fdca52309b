"""``rate``'s arguments read without click, for the argument lists it understands completely.

:func:`parse_rate` reads the options declared in
:mod:`ratingbook.framework.commandline.options` the way click reads them: the global options
before the command's name (``--width 80``, ``--width=80``, ``--no-color``), then the
command's options and its inspections in any order, the global options ``--width``,
``--no-color`` and ``--no-pager`` among them, ``-f ID`` or ``-fID``, ``-j 4`` or ``-j4``,
``--`` ending the options, ``-`` standard input; a repeated option's last value counts.

It is conservative: anything it does not take (another command, ``--help``, an option it
does not know, a value out of range, a missing value, a value that starts with ``-``, an
empty inspection, a request for shell completion, ...) gives None, and click reads the same
list, so that every message and status of a mistake is click's. Where it gives a request,
click's reading gives the same values (``tests/cli/test_fast_rate.py`` holds it to that).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import NamedTuple

from ratingbook.framework.commandline.options import (
    GLOBAL_OPTIONS,
    RATE_FORMAT,
    RATE_OPTIONS,
    Option,
)

# click answers shell completion when this is set (``_{PROG_NAME}_COMPLETE``).
COMPLETE_ENV = "_RATINGBOOK_COMPLETE"

# On Windows click expands ~, variables and wildcards in the arguments it reads from the
# command line itself; an argument that could expand is left to it.
_EXPANDED = re.compile(r"[*?\[~$%]")
_DIGITS = re.compile(r"[0-9]+")


class RateRequest(NamedTuple):
    """``rate``'s arguments as the command's function takes them, and the global options as
    they end (given after the command's name, --width overrides the one before it)."""

    inspections: tuple[str, ...]
    framework: str | None
    fmt: str
    jobs: int | None = None
    width: int | None = None
    no_color: bool = False
    no_pager: bool = False
    max_bytes: int | None = None


def _names(options: Sequence[Option]) -> dict[str, Option]:
    return {name: option for option in options for name in option.names}


_BEFORE = _names(GLOBAL_OPTIONS)
_AFTER = _names((*(o for o in GLOBAL_OPTIONS if o.after_command), *RATE_OPTIONS))


def _value(option: Option, text: str) -> object:
    """The option's value from ``text``, or None where click might read it otherwise or
    refuse it."""
    if not text or text.startswith("-"):
        return None
    if option.kind == "int":
        if not _DIGITS.fullmatch(text):
            return None
        number = int(text)
        low = option.minimum if option.minimum is not None else number
        high = option.maximum if option.maximum is not None else number
        return number if low <= number <= high else None
    if option.kind == "format":
        from ratingbook.framework.emit import formats_for

        return text if text in formats_for(option.command) else None
    return text


def _option(args: Sequence[str], i: int, known: dict[str, Option], into: dict[str, object]) -> int:
    """Read the option at ``args[i]`` into ``into``: the index after it, or -1 if it is not
    one this parser takes."""
    arg = args[i]
    if arg.startswith("--"):
        name, equals, attached = arg.partition("=")
        option = known.get(name)
        if option is None:
            return -1
        if option.kind == "flag":
            if equals:  # click: "does not take a value"
                return -1
            into[option.dest] = True
            return i + 1
        given = attached if equals else None
    else:
        # A short option takes the rest of the word as its value (-j4, and -f=x is "=x" to
        # click too); none of the short options here is a flag.
        option = known.get(arg[:2])
        if option is None or option.kind == "flag":
            return -1
        given = arg[2:] or None
    after = i + 1
    if given is None:
        if after == len(args):
            return -1
        given, after = args[after], after + 1
    value = _value(option, given)
    if value is None:
        return -1
    into[option.dest] = value
    return after


def parse_rate(args: Sequence[str]) -> RateRequest | None:
    """``ratingbook ARGS`` as a ``rate`` request, or None for click to read (see above)."""
    if COMPLETE_ENV in os.environ or (os.name == "nt" and any(map(_EXPANDED.search, args))):
        return None
    before: dict[str, object] = {}
    i = 0
    while True:  # the global options, up to the command's name
        if i == len(args):
            return None
        arg = args[i]
        if arg == "rate":
            break
        if not arg.startswith("--") or arg == "--":
            return None  # another command, -h, or '--' (click would read the name after it)
        i = _option(args, i, _BEFORE, before)
        if i < 0:
            return None
    i += 1
    after: dict[str, object] = {}
    inspections: list[str] = []
    while i < len(args):
        arg = args[i]
        if arg == "--":  # the rest are inspections, whatever they look like
            inspections.extend(args[i + 1 :])
            break
        if arg.startswith("-") and arg != "-":
            i = _option(args, i, _AFTER, after)
            if i < 0:
                return None
        else:
            inspections.append(arg)
            i += 1
    if not inspections or not all(path.strip() for path in inspections):
        return None  # click says what is missing, or that an empty path names nothing
    width = after.get("width", before.get("width"))
    return RateRequest(
        inspections=tuple(inspections),
        framework=after.get("framework"),  # type: ignore[arg-type]
        fmt=after.get("fmt", RATE_FORMAT.default),  # type: ignore[arg-type]
        jobs=after.get("jobs"),  # type: ignore[arg-type]
        width=width,  # type: ignore[arg-type]
        no_color=bool(before.get("no_color") or after.get("no_color")),
        no_pager=bool(before.get("no_pager") or after.get("no_pager")),
        max_bytes=before.get("max_bytes"),  # type: ignore[arg-type]
    )
