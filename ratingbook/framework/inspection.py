"""Inspection data (format ``ratingbook/inspection-v1``), validated and indexed for rating.

An :class:`Inspection` holds what one inspection recorded: the lead inspector's judgements,
the published counts, the panel's decisions and the cases. Cases are also indexed by column
(:class:`CaseTable`): for each item, which cases answered yes, no and n/a, as bitmasks, and
for each attribute, which cases have which value. Rating then counts with a few integer
operations per key question, however many cases there are. The index is built once, when the
data is loaded, and does not depend on any framework version.

Positions in the data file are not kept: a :class:`Locator` finds them again when there is a
problem to report.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import field
from typing import Final, Literal, Protocol

from ratingbook._record import record
from ratingbook.dsl.span import Source, Span

FORMAT: Final = "ratingbook/inspection-v1"
PathKey = tuple[str | int, ...]
Answer = Literal["yes", "no", "n/a"]

# How an answer is stored in a column: one byte per case.
ABSENT: Final = 0
CODE: Final[dict[str, int]] = {"yes": ord("y"), "no": ord("n"), "n/a": ord("a")}
ANSWER_OF: Final[dict[int, Answer]] = {ord("y"): "yes", ord("n"): "no", ord("a"): "n/a"}


@record
class Count:
    """Published figures for a key question or prompt: counts, or a percentage alone."""

    relevant: int | None = None
    yes: int | None = None
    percent: float | None = None
    line: int | None = None  # where the figure is printed in the source report


@record
class Judgement:
    """The inspector's judgement of a standard rated by judgement: a rating, or, for a
    standard rated by item scores, a score per item (key question)."""

    rating: str | None = None
    scores: Mapping[str, int] | None = None
    evidence: str | None = None
    line: int | None = None
    key: str = "domain1"  # where the data gives it: "domain1" or "judgements"


@record
class NotInspected:
    """A key question the data says was not inspected, and why: it is left out of the rating."""

    reason: str
    line: int | None = None


@record
class Decision:
    """A ratings panel decision: the rating it gave a standard (or the band it gave a key
    question), and why."""

    rating: str
    reason: str
    override: bool = False
    line: int | None = None


class Locator(Protocol):
    """Finds where a value sits in the data file (read again only when a problem is reported)."""

    source: Source

    def span(self, path: PathKey) -> Span | None:
        """The value at ``path``, or its nearest enclosing value."""

    def key_span(self, path: PathKey) -> Span | None:
        """The key of the value at ``path`` (the value itself where the key has no place)."""

    def keys(self, path: PathKey) -> frozenset[str]:
        """The keys written in the mapping at ``path``."""


# For each answer code, a translation of a column into b"0"/b"1" digits for that code.
_DIGITS: Final[dict[int, bytes]] = {
    code: bytes(49 if b == code else 48 for b in range(256)) for code in CODE.values()
}


def _mask(column: bytes, code: int) -> int:
    """Bit i set where ``column[i] == code``."""
    if code not in column:  # most items have no n/a: no digits to write and read
        return 0
    return int(column.translate(_DIGITS[code])[::-1], 2)


_NO_MASKS: Final = (0, 0, 0)

# Each item seen: the key question it is a prompt of (2.1.1 for 2.1.1.a), or None.
_PROMPT_OF: dict[str, str | None] = {}


def _prompt_of(item: str) -> str | None:
    found = _PROMPT_OF.get(item, "")
    if found == "":
        if len(_PROMPT_OF) >= 4096:  # items a process has read: rarely more than a few hundred
            _PROMPT_OF.clear()
        found = _PROMPT_OF[item] = item.rsplit(".", 1)[0] if item.count(".") == 3 else None
    return found


class CaseTable:
    """The cases by column: per item the answer codes and bitmasks; per attribute the values.

    Bit ``i`` of a mask stands for the case at index ``i``.
    """

    __slots__ = (
        "size",
        "everyone",
        "_answers",
        "masks",
        "_attributes",
        "_value_masks",
        "_distinct",
        "_named",
        "prompt_masks",
    )

    # Attribute values are indexed as masks at load time when an attribute has at most this
    # many distinct values (flags and one-of attributes); others are indexed when first tested.
    INDEX_AT_LOAD: Final = 16

    def __init__(
        self,
        size: int,
        answers: Mapping[str, bytes],
        attributes: Mapping[str, Sequence[str | None]],
        named: frozenset[str] = frozenset(),
        *,
        masks: Mapping[str, tuple[int, int, int]] | None = None,
        value_masks: Mapping[tuple[str, str | None], int] | None = None,
    ) -> None:
        self.size = size
        self.everyone = (1 << size) - 1
        self._answers = dict(answers)
        # For each item, the cases that answered it yes, no and n/a (``masks``: made so by
        # the reader, for the same items in the same order, as a long table's codes give them).
        self.masks: dict[str, tuple[int, int, int]] = (
            {
                item: (_mask(col, CODE["yes"]), _mask(col, CODE["no"]), _mask(col, CODE["n/a"]))
                for item, col in self._answers.items()
            }
            if masks is None
            else dict(masks)
        )
        # For each key question id, the cases that answer any prompt under it, and those
        # that answer one n/a: a key question's prompts are checked in one step.
        self.prompt_masks: dict[str, tuple[int, int]] = {}
        for item, (yes, no, na) in self.masks.items():
            kq = _prompt_of(item)
            if kq is not None:
                answered, not_applicable = self.prompt_masks.get(kq, (0, 0))
                self.prompt_masks[kq] = (answered | yes | no | na, not_applicable | na)
        self._attributes = {name: list(col) for name, col in attributes.items()}
        self._named = named
        # (``value_masks``: some made so by the reader, as value_mask makes them.)
        self._value_masks: dict[tuple[str, str | None], int] = dict(value_masks or {})
        self._distinct = {name: frozenset(col) for name, col in self._attributes.items()}
        made = self._value_masks
        for name, values in self._distinct.items():
            if len(values) <= self.INDEX_AT_LOAD:
                for value in values:
                    if (name, value) not in made:
                        self.value_mask(name, value)

    def items(self) -> frozenset[str]:
        """Every item (key question or prompt) that some case answers."""
        return frozenset(self._answers)

    def answer_masks(self, item: str) -> tuple[int, int, int]:
        """The cases that answered ``item`` yes, no and n/a."""
        return self.masks.get(item, _NO_MASKS)

    def answer(self, item: str, index: int) -> Answer | None:
        column = self._answers.get(item)
        return None if column is None else ANSWER_OF.get(column[index])

    def answered_items(self, index: int) -> Iterator[str]:
        """The items the case at ``index`` answers."""
        return (item for item, col in self._answers.items() if col[index] != ABSENT)

    def attribute_names(self) -> frozenset[str]:
        """The attribute names some case gives under its ``attributes``."""
        return self._named

    def distinct(self, name: str) -> frozenset[str | None]:
        """The values of an attribute that occur (None: some case does not give it)."""
        return self._distinct.get(name, frozenset([None]) if self.size else frozenset())

    def values(self, name: str) -> Sequence[str | None]:
        """Each case's value of an attribute (None where the case does not give it)."""
        return self._attributes.get(name, [None] * self.size)

    def mask_of(self, name: str, values: Collection[str | None]) -> int:
        """The cases whose attribute ``name`` is one of ``values`` (None: not given)."""
        column = self._attributes.get(name)
        if column is None or len(values) <= 2 or len(self._distinct[name]) <= self.INDEX_AT_LOAD:
            found = 0
            for value in values:
                found |= self.value_mask(name, value)
            return found
        # Many values of an attribute with many (numbers, dates): one pass over the column
        # rather than one per value.
        wanted = frozenset(values)
        bits = "".join("1" if v in wanted else "0" for v in reversed(column))
        return int(bits, 2) if bits else 0

    def value_mask(self, name: str, value: str | None) -> int:
        """The cases whose attribute ``name`` is ``value`` (None: not given)."""
        key = (name, value)
        found = self._value_masks.get(key)
        if found is None:
            col = self._attributes.get(name)
            if col is None:
                found = self.everyone if value is None else 0
            else:
                bits = "".join("1" if v == value else "0" for v in reversed(col))
                found = int(bits, 2) if bits else 0
            self._value_masks[key] = found
        return found


class AnswersView(Mapping[str, Answer]):
    """One case's answers, read from the columns of its table."""

    __slots__ = ("_table", "_index")

    def __init__(self, table: CaseTable, index: int) -> None:
        self._table, self._index = table, index

    def __getitem__(self, item: str) -> Answer:
        found = self._table.answer(item, self._index)
        if found is None:
            raise KeyError(item)
        return found

    def __iter__(self) -> Iterator[str]:
        return self._table.answered_items(self._index)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@record
class Case:
    """One inspected case: the facts recorded about it and its answers."""

    id: str
    index: int
    attributes: Mapping[str, str]  # every value as text: flags "yes"/"no", dates 2020-06-01
    at_top: frozenset[str] = frozenset()  # those given at the top of the case (``disposal:``)
    answers: Mapping[str, Answer]
    note: str | None = None
    inspector: str | None = None  # who judged the case
    reasons: Mapping[str, str] = field(default_factory=dict)  # why an item was answered so

    def split(
        self, names: Sequence[str]
    ) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        """The facts of ``names`` the case gives (in that order), and the others (in the
        case's order): a case is shown by what decides its domain, then the rest."""
        first = tuple((n, self.attributes[n]) for n in names if n in self.attributes)
        rest = tuple((n, v) for n, v in self.attributes.items() if n not in names)
        return first, rest


@record
class Inspection:
    """One inspection's validated data."""

    path: str
    service: str
    framework: str | None = None
    fieldwork: str | None = None
    note: str | None = None
    # The eligible population (cases the sample was drawn from) of each sampled domain, by id.
    population: Mapping[str, int] = field(default_factory=dict)
    source: Mapping[str, str] | None = None
    lead_inspector: str | None = None
    digest: str | None = None  # sha256 of the file's bytes (of the text, for standard input)
    judgements: Mapping[str, Judgement] = field(default_factory=dict)
    counts: Mapping[str, Count] = field(default_factory=dict)
    discretion: Mapping[str, Decision] = field(default_factory=dict)
    not_inspected: Mapping[str, NotInspected] = field(default_factory=dict)
    cases: Sequence[Case] = ()
    # By attribute, the cases (indexes) that give it as quoted digits ("12"), which a number
    # attribute refuses: it wants a number.
    quoted_numbers: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    table: CaseTable = field(compare=False, repr=False)
    locator: Locator = field(compare=False, repr=False)

    @property
    def text(self) -> Source:
        """The data file's text, for showing the line a message is about."""
        return self.locator.source

    def span(self, *path: str | int) -> Span | None:
        """Where the value at ``path`` (or its nearest enclosing value) is written."""
        return self.locator.span(tuple(path))

    def line(self, *path: str | int) -> int | None:
        """The line of the data file where the entry at ``path`` starts: its key's line, or
        for an item of a list, the item's (None: nowhere)."""
        span = self.locator.key_span(tuple(path))
        return None if span is None else span.line

    def where(self, *path: str | int) -> str | None:
        """Where the entry at ``path`` is written, as outputs say it: ``data line 43`` in the
        data file, ``FILE line 43`` in another file read with it (a table's inspections
        file); None: nowhere."""
        # A reader may say it in its own words (a workbook: ``Cases row 6``).
        own = getattr(self.locator, "where", None)
        if own is not None:
            said: str | None = own(tuple(path))
            return said
        span = self.locator.key_span(tuple(path))
        if span is None:
            return None
        if span.path == self.text.path:
            return f"data line {span.line}"
        return f"{span.path} line {span.line}"

    def case(self, case_id: str) -> Case | None:
        """The case with this id, if the data has it."""
        return next((c for c in self.cases if c.id == case_id), None)

    def key_span(self, *path: str | int) -> Span | None:
        """Where the key of the value at ``path`` is written."""
        return self.locator.key_span(tuple(path))

    def key_spans(self, paths: list[PathKey]) -> list[Span | None]:
        """:meth:`key_span` of each path, found together where the reader can (a data file's
        events read once for all of them)."""
        together = getattr(self.locator, "key_spans", None)
        if together is None:
            return [self.locator.key_span(tuple(path)) for path in paths]
        spans: list[Span | None] = together([tuple(path) for path in paths])
        return spans

    @staticmethod
    def attribute_path(case: Case, name: str) -> PathKey:
        """Where a case gives an attribute: under its ``attributes``, or at its top."""
        if name in case.at_top:
            return ("cases", case.index, name)
        return ("cases", case.index, "attributes", name)


def indexes(mask: int) -> list[int]:
    """The indexes of the set bits of a mask (the cases it holds), lowest first."""
    digits = bin(mask)[:1:-1]  # least significant first
    return [i for i, d in enumerate(digits) if d == "1"]


def format_path(path: PathKey) -> str:
    """``cases[3].answers."2.2.9"``: keys that are not plain names (ids, numbers) are quoted."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            plain = part.isidentifier() or part.replace("-", "_").isidentifier()
            key = part if plain else f'"{part}"'
            out += f".{key}" if out else key
    return out or "(top level)"
