"""Item ids (``2``, ``2.1``, ``2.1.1``, ``2.1.1.a``): their kind, parent, order and ranges.

Every part of ratingbook that needs to know how ids relate asks this module, so the shape of
an id is written down once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, Literal

ItemKind = Literal["domain", "standard", "key question", "prompt"]

KINDS: Final[tuple[ItemKind, ...]] = ("domain", "standard", "key question", "prompt")

# The shape each kind of id must have, and how messages describe it.
SHAPES: Final[dict[ItemKind, tuple[re.Pattern[str], str]]] = {
    "domain": (re.compile(r"^\d+$"), "a number like 2"),
    "standard": (re.compile(r"^\d+\.\d+$"), "two numbers like 2.1"),
    "key question": (re.compile(r"^\d+\.\d+\.\d+$"), "three numbers like 2.1.1"),
    "prompt": (
        re.compile(r"^\d+\.\d+\.\d+\.[a-z]+$"),
        "a key question id and a letter like 2.1.1.a",
    ),
}

PARENT_KIND: Final[dict[ItemKind, ItemKind]] = {
    "standard": "domain",
    "key question": "standard",
    "prompt": "key question",
}


def well_formed(item_id: str, kind: ItemKind) -> bool:
    """Whether ``item_id`` has the shape ``kind`` needs."""
    return SHAPES[kind][0].match(item_id) is not None


def kind_of(item_id: str) -> ItemKind | None:
    """The kind an id's shape says it is, or None for an id of no kind."""
    return next((k for k in KINDS if well_formed(item_id, k)), None)


def depth(item_id: str) -> int:
    """1 for a domain, 2 for a standard, 3 for a key question, 4 for a prompt."""
    return item_id.count(".") + 1


def parent(item_id: str) -> str:
    """The id without its last part (``2.1.1.a`` -> ``2.1.1``); a domain is its own parent."""
    return item_id.rsplit(".", 1)[0]


def domain_of(item_id: str) -> str:
    """The domain an id belongs to (``2.1.1`` -> ``2``)."""
    return item_id.split(".", 1)[0]


def is_prompt(item_id: str) -> bool:
    return depth(item_id) == 4


def is_key_question(item_id: str) -> bool:
    return depth(item_id) == 3


def descends(item_id: str, ancestor: str) -> bool:
    """Whether ``item_id`` is ``ancestor`` or lies below it."""
    return item_id == ancestor or item_id.startswith(ancestor + ".")


def sort_key(item_id: str) -> tuple[tuple[int, str], ...]:
    """Numbers numerically, letters alphabetically: 2.10 sorts after 2.9."""
    return tuple((int(p), "") if p.isdigit() else (0, p) for p in item_id.split("."))


def next_free(item_id: str, taken: Iterable[str]) -> str:
    """The id after the last of ``item_id``'s siblings in ``taken`` (2.1.3.b -> 2.1.3.d when
    2.1.3.a-c are taken): where a new item would go."""
    if "." not in item_id:  # a domain: the number after the last domain's
        numbers = [int(i) for i in (*taken, item_id) if i.isdigit()]
        return str(max(numbers, default=0) + 1)
    head = parent(item_id)
    lasts = [i.rsplit(".", 1)[1] for i in taken if "." in i and parent(i) == head]
    lasts.append(item_id.rsplit(".", 1)[1])
    if all(p.isdigit() for p in lasts):
        return f"{head}.{max(int(p) for p in lasts) + 1}"
    letters = [p for p in lasts if len(p) == 1 and p.isalpha()]
    last = max(letters, default="a")
    return f"{head}.{chr(ord(last) + 1)}" if last < "z" else f"{head}.{last}a"


def _next_sibling(before: str, after: str) -> bool:
    """2.1.1 then 2.1.2, or 2.1.1.a then 2.1.1.b."""
    if "." not in before or "." not in after:
        return False
    (parent_a, a), (parent_b, b) = before.rsplit(".", 1), after.rsplit(".", 1)
    if parent_a != parent_b:
        return False
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return len(a) == len(b) == 1 and ord(b) == ord(a) + 1


def ranges(ids: Iterable[str]) -> str:
    """``2.1.1-2.1.3, 2.2.1`` for messages: runs of consecutive siblings written as a range."""
    runs: list[list[str]] = []
    for i in ids:
        if runs and _next_sibling(runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
