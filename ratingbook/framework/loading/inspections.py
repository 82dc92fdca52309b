"""Reading inspection data: YAML or JSON, checked against the shipped schema, indexed by column.

Two paths:

- **The common path** reads events from libyaml's C parser (or the whole document with the
  ``json`` module), builds one case at a time, checks it with the compiled schema and adds it
  to the column index, so memory holds the index, not the document. Positions are not kept.
- **When there is a problem**, the file is read again by libyaml's composer, which knows where
  every value sits (by PyYAML's own when libyaml refuses the file: its messages are clearer),
  and jsonschema explains each problem; every problem is reported at once, each at its line
  and column.

Keys are read as written, so a bare ``1.1`` (a number to YAML) and a quoted ``"1.1"`` are the
same id; bare ``yes``/``no`` answers (booleans to YAML) are answers.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, TypeGuard, cast, overload

from ratingbook.dsl.diagnostics import MAX_KEPT, Diagnostic, did_you_mean
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import codes, registry
from ratingbook.framework.errors import DiagnosticsError, InputError, RatingbookError
from ratingbook.framework.inspection import (
    CODE,
    FORMAT,
    AnswersView,
    Case,
    CaseTable,
    Count,
    Decision,
    Inspection,
    Judgement,
    NotInspected,
    PathKey,
    format_path,
)
from ratingbook.framework.loading import files, yaml_values
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.loading.yaml_guard import MAX_DEPTH, check_structure

if TYPE_CHECKING:
    import yaml
else:

    class _PyYAML:
        """PyYAML, imported the first time anything of it is used here, when this module's
        name ``yaml`` is bound to the module itself: a read served from the cache parses
        nothing and never loads it."""

        def __getattr__(self, name: str) -> Any:
            global yaml
            import yaml as module

            yaml = module
            return getattr(module, name)

    yaml = _PyYAML()

EXPECTATIONS_FORMAT = "ratingbook/expectations-v1"


class _Problem(Exception):
    """The common path found something to report: read again, with positions."""


# ---------------------------------------------------------------------------- reading text


def read_text(path: str) -> tuple[str, str]:
    """The text of an inspection file (``-``: standard input) and the name to show for it,
    read by the one reading layer (:mod:`.files`: size, file kind, UTF-8, control characters)."""
    display = files.STDIN_DISPLAY if path == files.STDIN else registry.display_path(path)
    return files.read_text(path, display, what="an inspection file"), display


def read_file(path: str) -> tuple[str, str, str]:
    """The text of an inspection file (``-``: standard input), the name to show for it, and
    the sha256 of its bytes, for the audit header."""
    display = files.STDIN_DISPLAY if path == files.STDIN else registry.display_path(path)
    data = files.read_bytes(path, display, what="an inspection file")
    return files.decode(data, display), display, hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------- values as data


def _short(value: Any, limit: int = 60) -> str:
    """A value as a message quotes it: its repr, cut short (a value can be megabytes long)."""
    if isinstance(value, (dict, list)):
        return f"a {'mapping' if isinstance(value, dict) else 'list'}"
    shown = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "a huge number"
    return shown if len(shown) <= limit else f"{shown[: limit - 3]}..."


def _text(value: Any) -> str:
    """An attribute value as text: flags are yes/no, 3.0 is 3."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _answer(value: Any) -> str:
    return _text(value).lower()


def _whole(value: Any) -> int | None:
    """A count: the schema admits 3.0 for 3, which is counted as 3."""
    return None if value is None else int(value)


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    """What YAML reads loosely, made exact before validation (ids are already text)."""
    if isinstance(data.get("service"), (int, float)) and not isinstance(data["service"], bool):
        data["service"] = str(data["service"])
    return data


# ---------------------------------------------------------------------------- the common path


# Attributes a case may give at its top level, as a shorthand for giving them under
# ``attributes`` (every inspection file written before attributes were typed gives
# ``disposal`` so). The format allows it; nothing that rates names it.
SHORTHAND: Final = ("disposal",)


class _CaseRecord(NamedTuple):
    """What a case holds besides its answers, kept until the records are built."""

    id: str
    attributes: dict[str, str]
    at_top: frozenset[str]
    note: str | None
    inspector: str | None
    reasons: dict[str, str]


_INVISIBLE: Final = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)


def id_key(cid: str) -> str:
    """What a case id is compared by: without spaces at its ends, invisible characters (zero
    width spaces and joiners, direction marks, soft hyphens) and differences of Unicode form
    (NFKC: an accent written apart or together, a full-width C1). Two cases whose ids differ
    only so would be counted as two by a reader who sees the same id twice."""
    if cid.isascii():  # no invisible character, and NFKC leaves ASCII as it is
        return cid.strip()
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", cid)).strip()


class _Index:
    """Builds the column index and the Case records, one case at a time."""

    def __init__(self, *, typed: bool = True) -> None:
        # Whether the data says a value's type (YAML, JSON), or gives every value as text (a
        # table's cells): only then is "12" in quotes text rather than a number.
        self.typed = typed
        self.size = 0
        self.answers: dict[str, bytearray] = {}
        self.attributes: dict[str, list[str | None]] = {}
        self.named: set[str] = set()  # the names cases give, at the top or under attributes
        self.cases: list[_CaseRecord] = []
        self.ids: set[str] = set()
        # For each attribute, the cases that give it as quoted digits ("12"): a number
        # attribute wants a number, and the text form alone cannot tell them apart.
        self.quoted_numbers: dict[str, list[int]] = {}
        # Each item's yes, no and n/a bitmasks where a reader made them with its columns (a
        # long table's codes); else the case table makes them from the columns.
        self.masks: dict[str, tuple[int, int, int]] | None = None
        # Attribute values' masks a reader made with its columns, by (name, value): the case
        # table makes the others (a long table's codes give them for a few array operations).
        self.value_masks: dict[tuple[str, str | None], int] | None = None
        # The answer columns whole (each as long as there are cases), where a reader made
        # them so; else they are made from ``answers``.
        self.columns: dict[str, bytes] | None = None

    def add(self, raw: dict[str, Any]) -> None:
        i = self.size
        cid = str(raw["id"])
        key = id_key(cid)
        if key in self.ids:
            raise _Problem(f"case {cid} appears twice")
        self.ids.add(key)
        given = raw.get("attributes") or {}
        attributes: dict[str, str] = {}
        at_top: frozenset[str] = frozenset()
        for name in SHORTHAND:
            if name in raw:
                if name in given:
                    raise _Problem(f"{name} is given twice")
                attributes[name] = _text(raw[name])
                at_top |= {name}
        for name, value in given.items():
            attributes[name] = _text(value)
            if self.typed and isinstance(value, str) and _WHOLE.fullmatch(value):
                self.quoted_numbers.setdefault(name, []).append(i)
        reasons: dict[str, str] = {}
        self.named.update(attributes)
        for name, text in attributes.items():
            self._set(name, i, text)
        for item, value in (raw.get("answers") or {}).items():
            if isinstance(value, dict):  # {answer: no, reason: "..."}
                if value.get("reason"):
                    reasons[item] = value["reason"]
                value = value["answer"]
            column = self.answers.get(item)
            if column is None:
                column = self.answers[item] = bytearray(i)
            elif len(column) < i:
                column.extend(bytes(i - len(column)))
            column.append(CODE[_answer(value)])
        self.cases.append(
            _CaseRecord(cid, attributes, at_top, raw.get("note"), raw.get("inspector"), reasons)
        )
        self.size += 1

    def _set(self, name: str, i: int, value: str) -> None:
        column = self.attributes.get(name)
        if column is None:
            column = self.attributes[name] = [None] * i
        elif len(column) < i:
            column.extend([None] * (i - len(column)))
        column.append(value)

    def table(self) -> CaseTable:
        n = self.size
        columns = self.columns
        if columns is None:
            for column in self.answers.values():
                column.extend(bytes(n - len(column)))
            columns = {k: bytes(v) for k, v in self.answers.items()}
        for values in self.attributes.values():
            values.extend([None] * (n - len(values)))
        return CaseTable(
            n,
            columns,
            self.attributes,
            frozenset(self.named),
            masks=self.masks,
            value_masks=self.value_masks,
        )


_SHALLOW_FILE: Final = "<data>"  # the file's name is put in when a place is asked for


@dataclass
class _Shallow:
    """Where the keys of the document's top two levels, and the values of its top level, are
    written: noted while the file is first read, so that explain can say where a judgement or a
    panel decision is written without reading 200,000 cases again for their positions."""

    keys: dict[PathKey, Span] = field(default_factory=dict)
    values: dict[PathKey, Span] = field(default_factory=dict)
    lengths: dict[PathKey, int] = field(default_factory=dict)  # lists among the values
    whole: bool = True  # False: an alias or a key that is not text; ask the whole reading

    def key_span(self, path: PathKey, name: str) -> Span | None | Literal[False]:
        """As :meth:`_Reader` records it; False where these notes cannot say."""
        if not self.whole or not 0 < len(path) <= 2:
            return False
        found = self.keys.get(path)
        if found is None:
            if len(path) == 2 and isinstance(path[1], int):
                n = self.lengths.get(path[:1])
                if n is None or path[1] < n:
                    return False  # an item of a list (or of nothing noted): not noted here
            found = self.values.get(path[:1]) or self.values.get(())
            if found is None:
                return False
        return replace(found, path=name)


class _Events:
    """Builds plain data from libyaml's events, handing each item of ``cases`` to a callback."""

    def __init__(self, text: str, on_case: Callable[[Any], None]) -> None:
        # PyYAML's loaders are untyped: the parser's event methods are read through Any.
        self.loader: Any = yaml_values.Loader(text)
        self.on_case = on_case
        self.anchors: dict[str, Any] = {}
        self.scalars: dict[str, Any] = {}
        self.shallow = _Shallow()  # where the top two levels' keys are, noted in passing
        self._end: Any = None  # the event that ended the last mapping read

    def _span(self, start: Any, end: Any, scalar: bool) -> Span:
        if end.line > start.line and not scalar:
            end = start
        return Span(_SHALLOW_FILE, start.line + 1, start.column + 1, end.line + 1, end.column + 1)

    def document(self) -> Any:
        try:
            self.loader.get_event()  # stream start
            if self.loader.check_event(yaml.StreamEndEvent):
                return None
            self.loader.get_event()  # document start
            value = self.node(top=True, path=())
            self.loader.get_event()  # document end
            if not self.loader.check_event(yaml.StreamEndEvent):
                raise _Problem("more than one document")
            return value
        finally:
            self.loader.dispose()

    def node(self, top: bool = False, depth: int = 0, path: PathKey | None = None) -> Any:
        """The next value; at ``path`` (the document and its top keys' values), its place is
        noted for :class:`_Shallow`."""
        if depth > MAX_DEPTH:
            raise _Problem("nested too deeply")
        event = self.loader.get_event()
        if isinstance(event, yaml.ScalarEvent):
            value = self.scalar(event)
        elif isinstance(event, yaml.AliasEvent):
            # The value itself, not a copy: building stays as cheap as the text is long.
            if event.anchor not in self.anchors:
                raise _Problem("unknown alias")
            if path is not None:
                self.shallow.whole = False  # its parts are where the other value is
            return self.anchors[event.anchor]
        elif isinstance(event, yaml.SequenceStartEvent):
            if yaml_values.tag_problem(event.tag, "a list") is not None:
                raise _Problem("a tag on a list")
            value = []
            while not self.loader.check_event(yaml.SequenceEndEvent):
                value.append(self.node(depth=depth + 1))
            end = self.loader.get_event()
            if path is not None:
                self.shallow.lengths[path] = len(value)
        elif isinstance(event, yaml.MappingStartEvent):
            if yaml_values.tag_problem(event.tag, "a mapping") is not None:
                raise _Problem("a tag on a mapping")
            value = self.mapping(top, depth, path)
        else:  # pragma: no cover - libyaml gives only the events above here
            raise _Problem(f"unexpected {event}")
        if path is not None:
            scalar = isinstance(event, yaml.ScalarEvent)
            if scalar:
                end_mark = event.end_mark
            elif isinstance(event, yaml.SequenceStartEvent):
                end_mark = end.end_mark
            else:
                end_mark = self._end.end_mark
            self.shallow.values[path] = self._span(event.start_mark, end_mark, scalar)
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.anchors[anchor] = value
        return value

    def mapping(self, top: bool, depth: int, path: PathKey | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        shallow = path is not None and len(path) < 2
        while not self.loader.check_event(yaml.MappingEndEvent):
            key_event = self.loader.peek_event()
            if isinstance(key_event, yaml.ScalarEvent):
                self.loader.get_event()
                key = key_event.value  # as written: 1.1 stays "1.1"
                if not key_event.implicit[0] and yaml_values.unshowable(key) is not None:
                    raise _Problem("a character an escape wrote")
                if shallow:
                    assert path is not None
                    span = self._span(key_event.start_mark, key_event.end_mark, True)
                    self.shallow.keys[(*path, key)] = span
            else:
                key = str(self.node(depth=depth + 1))
                self.shallow.whole = self.shallow.whole and not shallow
            if key in out:
                raise _Problem("a key is given twice")
            if top and key == "cases" and self.loader.check_event(yaml.SequenceStartEvent):
                start = self.loader.get_event()
                if yaml_values.tag_problem(start.tag, "a list") is not None:
                    raise _Problem("a tag on a list")
                n = 0
                while not self.loader.check_event(yaml.SequenceEndEvent):
                    self.on_case(self.node(depth=depth + 2))
                    n += 1
                end = self.loader.get_event()
                self.shallow.lengths[("cases",)] = n
                self.shallow.values[("cases",)] = self._span(start.start_mark, end.end_mark, False)
                out[key] = []
            else:
                below = (*path, key) if path is not None and len(path) < 1 else None
                out[key] = self.node(depth=depth + 1, path=below)
        self._end = self.loader.get_event()
        return out

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted: text, in which an escape may hide anything
                if yaml_values.unshowable(event.value) is not None:
                    raise _Problem("a character an escape wrote")
                return event.value
            found = self.scalars.get(event.value, _NOT_SEEN)
            if found is not _NOT_SEEN:
                return found
            try:
                value = yaml_values.plain(event.value)
            except yaml_values.Refused as err:  # reported with its position
                raise _Problem(str(err)) from err
            if len(event.value) <= 64:
                self.scalars[event.value] = value
            return value
        if yaml_values.tag_problem(tag, "a value") is not None:
            raise _Problem(f"a tag {tag}")
        return event.value


_NOT_SEEN: Final = object()


def _json_document(text: str, on_case: Callable[[Any], None]) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            raise _Problem("a key is given twice")
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except (ValueError, RecursionError) as err:  # malformed, or a number Python will not read
        raise _Problem("malformed JSON") from err
    # Only an escape can put a control character or a lone surrogate in JSON's strings.
    if "\\u" in text and yaml_values.check_strings(data) is not None:
        raise _Problem("a character an escape wrote")
    if isinstance(data, dict) and isinstance(data.get("cases"), list):
        cases, data["cases"] = data["cases"], []
        for i in range(len(cases)):
            on_case(cases[i])
            cases[i] = None  # let each case go once indexed
    return data


class _Read(NamedTuple):
    """What the common path reads of a file: the document (its cases left out), the cases
    indexed, and where the top two levels are written (None for JSON)."""

    data: dict[str, Any]
    indexed: _Index
    shallow: _Shallow | None


def _quick(text: str, display: str) -> _Read:
    """The common path: raises _Problem at the first thing that needs a message."""
    from ratingbook.framework.loading.schema import case_check, inspection_check

    index = _Index()
    check_case = case_check()

    def on_case(raw: Any) -> None:
        if not check_case(raw):
            raise _Problem("a case does not follow the schema")
        index.add(raw)

    shallow = None
    if display.lower().endswith(".json"):
        data = _json_document(text, on_case)
    else:
        try:
            events = _Events(text, on_case)
            data = events.document()
            shallow = events.shallow
        except yaml.YAMLError as err:
            raise _Problem("malformed YAML") from err
    if not isinstance(data, dict):
        raise _Problem("not a mapping")
    data = _normalise(data)
    if not inspection_check()(data):
        raise _Problem("the document does not follow the schema")
    if _rule_problems(data):
        raise _Problem("a rule beyond the schema is broken")
    return _Read(data, index, shallow)


def _rule_problems(data: dict[str, Any]) -> list[tuple[PathKey, PathKey, str]]:
    """What the schema cannot say, for data that follows it (both paths ask this): a count's
    yes above its relevant cases, a count given both as numbers and as a percentage, a
    fieldwork date that is no date. Values of the wrong type are the schema's to report."""
    problems: list[tuple[PathKey, PathKey, str]] = []  # (what it is about, where, message)
    fieldwork = data.get("fieldwork")
    if isinstance(fieldwork, str) and _DATE.fullmatch(fieldwork):
        try:
            dt.date.fromisoformat(fieldwork)
        except ValueError:
            problems.append(
                (("fieldwork",), ("fieldwork",), f"{fieldwork!r} is not a date in the calendar")
            )
    old, new = data.get("domain1"), data.get("judgements")
    if isinstance(old, dict) and isinstance(new, dict):
        for key in new:
            if key in old:
                problems.append(
                    (
                        ("judgements", key),
                        ("judgements", key),
                        f"standard {key} is judged both under domain1 and under judgements: "
                        "give it once (judgements is the place for any judged standard)",
                    )
                )
    counts = data.get("counts")
    for key, count in counts.items() if isinstance(counts, dict) else ():
        if not isinstance(count, dict):
            continue
        yes, relevant = count.get("yes"), count.get("relevant")
        if _is_count(yes) and _is_count(relevant) and yes > relevant:
            problems.append(
                (
                    ("counts", key),
                    ("counts", key, "yes"),
                    f"yes ({_short(_whole(yes))}) is more than relevant ({_short(_whole(relevant))})",
                )
            )
        if "percent" in count and ("relevant" in count or "yes" in count):
            problems.append(
                (
                    ("counts", key),
                    ("counts", key, "percent"),
                    "give either 'relevant' and 'yes' (ratingbook works out the percentage) or "
                    "'percent' (a published figure), not both",
                )
            )
    return problems


def _is_count(value: Any) -> TypeGuard[int | float]:
    """A whole number (3 or 3.0), as the schema's "integer" admits."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]")
_WHOLE = re.compile(r"-?[0-9]+")


# ---------------------------------------------------------------------------- building the records


def _judgement(v: Any, key: str) -> Judgement:
    """A judgement as the data gives it: a rating alone, or a mapping (a rating, or item
    scores, with evidence and a line)."""
    if isinstance(v, str):
        return Judgement(rating=v, key=key)
    scores = v.get("scores")
    return Judgement(
        rating=v.get("rating"),
        scores=None if scores is None else {str(i): int(n) for i, n in scores.items()},
        evidence=v.get("evidence"),
        line=v.get("line"),
        key=key,
    )


class _Cases(Sequence[Case]):
    """An inspection's cases, each record made the first time any is read: rating and
    comparing read a case table's columns and bit sets, not its cases, so a corpus run makes
    none unless something is reported about a case. Equal to (and hashed as) the tuple of
    the cases, which it is in every other way."""

    __slots__ = ("_records", "_table", "_made")

    def __init__(self, records: list[_CaseRecord], table: CaseTable) -> None:
        self._records: list[_CaseRecord] | None = records
        self._table = table
        self._made: tuple[Case, ...] | None = None

    def _cases(self) -> tuple[Case, ...]:
        made = self._made
        if made is None:
            assert self._records is not None
            table = self._table
            made = self._made = tuple(
                Case(
                    id=c.id,
                    index=i,
                    attributes=c.attributes,
                    at_top=c.at_top,
                    answers=AnswersView(table, i),
                    note=c.note,
                    inspector=c.inspector,
                    reasons=c.reasons,
                )
                for i, c in enumerate(self._records)
            )
            self._records = None
        return made

    def __len__(self) -> int:
        return len(self._records) if self._made is None else len(self._made)  # type: ignore[arg-type]

    def __bool__(self) -> bool:
        return len(self) > 0

    @overload
    def __getitem__(self, index: int) -> Case: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Case, ...]: ...

    def __getitem__(self, index: int | slice) -> Case | tuple[Case, ...]:
        return self._cases()[index]

    def __iter__(self) -> Iterator[Case]:
        return iter(self._cases())

    def __reversed__(self) -> Iterator[Case]:
        return reversed(self._cases())

    def __contains__(self, value: object) -> bool:
        return value in self._cases()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Cases):
            return self._cases() == other._cases()
        return isinstance(other, tuple) and self._cases() == other

    def __hash__(self) -> int:
        return hash(self._cases())

    def __repr__(self) -> str:
        return repr(self._cases())

    def __reduce__(self) -> tuple[Any, ...]:
        return tuple, (self._cases(),)  # pickled (or copied) as the tuple it stands for


def _inspection(
    data: dict[str, Any],
    index: _Index,
    locator: _LazyLocator,
    digest: str | None,
    path: str | None = None,
) -> Inspection:
    """The inspection's records; ``path`` names it (by default, its locator's file)."""
    table = index.table()
    cases = _Cases(index.cases, table)
    return Inspection(
        path=locator.source.path if path is None else path,
        service=data["service"],
        framework=data.get("framework"),
        fieldwork=data.get("fieldwork"),
        note=data.get("note"),
        population=dict(data.get("population") or {}),
        source=data.get("source"),
        lead_inspector=data.get("lead_inspector"),
        digest=digest,
        judgements={
            k: _judgement(v, key)
            for key in ("domain1", "judgements")
            for k, v in (data.get(key) or {}).items()
        },
        counts={
            k: Count(
                relevant=_whole(v.get("relevant")),
                yes=_whole(v.get("yes")),
                percent=None if v.get("percent") is None else float(v["percent"]),
                line=_whole(v.get("line")),
            )
            for k, v in (data.get("counts") or {}).items()
        },
        discretion={
            k: Decision(
                rating=v["rating"],
                reason=v["reason"],
                override=bool(v.get("override", False)),
                line=_whole(v.get("line")),
            )
            for k, v in (data.get("discretion") or {}).items()
        },
        not_inspected={
            k: NotInspected(reason=v)
            if isinstance(v, str)
            else NotInspected(reason=v["reason"], line=_whole(v.get("line")))
            for k, v in (data.get("not_inspected") or {}).items()
        },
        cases=cases,
        quoted_numbers={k: tuple(v) for k, v in index.quoted_numbers.items()},
        table=table,
        locator=locator,
    )


# ---------------------------------------------------------------------------- positions


class _Reader:
    """Builds plain data from YAML nodes, noting where each value and key sits."""

    def __init__(self, source: Source, loader: yaml.SafeLoader) -> None:
        self.source = source
        self.loader = loader
        self.spans: dict[PathKey, Span] = {}
        self.key_spans: dict[PathKey, Span] = {}
        self.keys: dict[PathKey, set[str]] = {}
        self.duplicates: list[tuple[PathKey, Span]] = []
        self.bad_values: list[tuple[Span, str]] = []

    def span(self, node: yaml.Node) -> Span:
        start, end = node.start_mark, node.end_mark
        if end.line > start.line and not isinstance(node, yaml.ScalarNode):
            end = start
        return Span(
            self.source.path, start.line + 1, start.column + 1, end.line + 1, end.column + 1
        )

    def read(self, node: yaml.Node, path: PathKey) -> Any:
        if len(path) >= MAX_DEPTH:  # the path grows by one with each level
            mark = node.start_mark
            raise _syntax_error(
                self.source,
                f"nested more than {MAX_DEPTH} lists and mappings deep",
                mark.line + 1,
                mark.column + 1,
            )
        self.spans[path] = self.span(node)
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            problem = yaml_values.collection_problem(node)
            if problem is not None:
                self.bad_values.append((self.span(node), problem))
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            keys = self.keys.setdefault(path, set())
            for key_node, value_node in node.value:
                key = self.key(key_node)
                if key in out:
                    self.duplicates.append(((*path, key), self.span(key_node)))
                keys.add(key)
                self.key_spans[(*path, key)] = self.span(key_node)
                out[key] = self.read(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.read(item, (*path, i)) for i, item in enumerate(node.value)]
        try:
            return yaml_values.scalar(cast("yaml.ScalarNode", node))
        except yaml_values.Refused as err:
            self.bad_values.append((self.span(node), str(err)))
            return repr(node.value)  # shown safely by any message that quotes it

    def key(self, node: yaml.Node) -> str:
        text = yaml_values.key_text(node)
        if text is None:
            self.bad_values.append(
                (self.span(node), "a list or mapping used as a key: a key is an id or a name")
            )
            return f"<key at line {node.start_mark.line + 1}>"
        if node.tag not in (yaml_values.PLAIN, yaml_values.STR):
            problem = yaml_values.tag_problem(node.tag, "a value")
            if problem is not None:
                self.bad_values.append((self.span(node), problem))
        problem = yaml_values.unshowable(text)
        if problem is not None:
            self.bad_values.append((self.span(node), problem))
            return text.encode("utf-8", "backslashreplace").decode("ascii", "replace")
        return text


MAX_DIGITS: Final = 4300
"""The most digits of a whole number read (Python's own limit on turning text into a number)."""
_LONG_NUMBER: Final = re.compile(f"[0-9]{{{MAX_DIGITS + 1},}}")


def _too_many_digits(source: Source) -> DiagnosticsError:
    """A refusal at the first number of more than :data:`MAX_DIGITS` digits."""
    found = _LONG_NUMBER.search(source.text)
    start = 0 if found is None else found.start()
    line = source.text.count("\n", 0, start) + 1
    col = start - (source.text.rfind("\n", 0, start) + 1) + 1
    return _syntax_error(
        source,
        f"a number of more than {MAX_DIGITS:,} digits; no count, line or figure is that long: "
        "check what was pasted here",
        line,
        col,
    )


def _syntax_error(source: Source, message: str, line: int, col: int) -> DiagnosticsError:
    span = Span(source.path, line, col, line, col + 1)
    return DiagnosticsError(
        [Diagnostic.error(codes.INPUT_SYNTAX, message, span)], {source.path: source}
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a reading builds its (acyclic) tables: it would
    otherwise walk them again and again as they grow, for nothing to free."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _read_with_positions(source: Source, within: PathKey = ()) -> tuple[Any, _Reader]:
    """Read the whole document, keeping every value's position; syntax errors are raised."""
    with _collector_paused():
        return _read_positions(source, within)


def _read_positions(source: Source, within: PathKey) -> tuple[Any, _Reader]:
    display, text = source.path, source.text
    if display.lower().endswith(".json"):
        try:
            json.loads(text)
        except RecursionError:
            pass  # nested too deeply: the YAML reading below says where
        except json.JSONDecodeError as err:
            raise _syntax_error(
                source, f"malformed JSON: {err.msg}", err.lineno, err.colno
            ) from err
        except ValueError as err:  # a whole number past Python's limit of digits
            raise _too_many_digits(source) from err
    # libyaml's composer knows where every node sits too, and is several times faster; a file
    # it refuses is read again by PyYAML's own, whose messages say more about what is wrong.
    for make in (yaml_values.Loader, yaml_values.PyLoader):
        loader = make(text)
        try:
            node = loader.get_single_node()
            break
        except yaml.YAMLError as err:
            loader.dispose()
            if make is yaml_values.PyLoader or "nesting depth" in str(getattr(err, "problem", "")):
                # (PyYAML's own parser would recurse through the nesting libyaml refused.)
                raise _yaml_error(source, err) from err
        except RecursionError as err:  # PyYAML's own parser recurses per level
            loader.dispose()
            raise _syntax_error(source, "malformed YAML: nested too deeply", 1, 1) from err
    try:
        if node is None:
            raise _syntax_error(source, "the file is empty: expected an inspection mapping", 1, 1)
        reader = _Reader(source, loader)
        selected = yaml_values.select(node, within)
        if selected is None:
            raise InputError(f"{display}: nothing at {format_path(within)}")
        return reader.read(selected, ()), reader
    except yaml.YAMLError as err:
        raise _yaml_error(source, err) from err
    finally:
        loader.dispose()


RETELL_LIMIT: Final = 1 << 20
"""The largest YAML text (in characters) read a second time, by PyYAML's own slower reader,
to word a syntax error better; a larger one is told in libyaml's words."""


def _yaml_error(source: Source, err: yaml.YAMLError, *, large: bool = False) -> RatingbookError:
    """A YAML error as a diagnostic at its place in the file, where PyYAML gives one."""
    if isinstance(err, yaml.MarkedYAMLError):
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = err.problem or "malformed YAML"
        if "nesting depth" in problem:  # libyaml's own limit, far past ratingbook's
            return _syntax_error(
                source, f"nested more than {MAX_DEPTH} lists and mappings deep", line, col
            )
        context = f" ({err.context})" if err.context else ""
        why = " (said briefly: the file is over 1 MiB, too large to read again)" if large else ""
        return _syntax_error(source, f"malformed YAML: {problem}{context}{why}", line, col)
    return InputError(f"{source.path}: malformed YAML: {err}")


@dataclass
class _LazyLocator:
    """Positions in the data file, found by reading it again the first time one is asked for."""

    source: Source
    within: PathKey
    _reader: _Reader | None = field(default=None, repr=False)
    shallow: _Shallow | None = field(default=None, repr=False)

    def reader(self) -> _Reader:
        if self._reader is None:
            self._reader = _read_with_positions(self.source, self.within)[1]
        return self._reader

    def span(self, path: PathKey) -> Span | None:
        return _nearest(self.reader().spans, path)

    def key_span(self, path: PathKey) -> Span | None:
        if self._reader is None and path and self.shallow is not None and not self.within:
            noted = self.shallow.key_span(path, self.source.path)
            if noted is not False:
                return noted
        if self._reader is None and path:
            # One key asked for (a judgement's line in explain): found in libyaml's events,
            # without building the document or a position for every one of its values, which
            # for 200,000 cases costs gigabytes. Anything that reading cannot settle (an
            # alias, a key that is not plain text, a path not there) is read the whole way.
            found = _key_span_of(self.source, (*self.within, *path))
            if found is not None:
                return found
        return self.reader().key_spans.get(path) or self.span(path)

    def key_spans(self, paths: list[PathKey]) -> list[Span | None]:
        """:meth:`key_span` of each path, with the parser's events read once for all the keys
        the notes cannot place, not once per key: the problems of one rating (an answer
        given where its question does not apply, in every case that has one) are placed
        together. Each place is the one :meth:`key_span` gives."""
        found: dict[PathKey, Span | None] = {}
        if self._reader is None:
            asked: list[PathKey] = []
            for path in dict.fromkeys(paths):
                if not path:
                    continue
                if self.shallow is not None and not self.within:
                    noted = self.shallow.key_span(path, self.source.path)
                    if noted is not False:
                        found[path] = noted
                        continue
                asked.append(path)
            if len(asked) == 1:
                found[asked[0]] = _key_span_of(self.source, (*self.within, *asked[0]))
            elif asked:
                within = len(self.within)
                spans = _key_spans_of(self.source, [(*self.within, *p) for p in asked])
                found.update((target[within:], span) for target, span in spans.items())
        return [
            found.get(path) or self.reader().key_spans.get(path) or self.span(path)
            for path in paths
        ]

    def keys(self, path: PathKey) -> frozenset[str]:
        return frozenset(self.reader().keys.get(path, ()))


def _key_spans_of(source: Source, targets: list[PathKey]) -> dict[PathKey, Span | None]:
    """Where the key at each target is written (see :func:`_key_span_of`), from one reading
    of the parser's events: each decided at the event that decides it there (None where the
    events cannot settle it), the reading stopping once every target is decided."""
    loader: Any = yaml_values.Loader(source.text)
    found: dict[PathKey, Span | None] = {}
    # Each path on the way to a target (the targets too), and the targets under it.
    under: dict[PathKey, list[PathKey]] = {}
    wanted = set(targets)
    if not wanted:
        return {}
    for target in wanted:
        for n in range(len(target) + 1):
            under.setdefault(target[:n], []).append(target)

    def span(start: Any, end: Any, scalar: bool) -> Span:
        if end.line > start.line and not scalar:
            end = start
        return Span(source.path, start.line + 1, start.column + 1, end.line + 1, end.column + 1)

    def decide(path: PathKey, place: Span | None) -> None:
        """The targets at or beneath ``path`` that nothing has decided yet get ``place``."""
        for target in under.get(path, ()):
            found.setdefault(target, place)

    # Each open collection: [is a mapping, its path, the key whose value comes next (None:
    # a key comes next), the next index of a list, where it starts].
    stack: list[list[Any]] = []
    try:
        while len(found) < len(under[()]) and loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                done = stack.pop()
                if done[1] in under:
                    decide(done[1], span(done[4], event.end_mark, False))
                if stack and stack[-1][0]:
                    stack[-1][2] = None
                continue
            if not isinstance(
                event,
                (
                    yaml.ScalarEvent,
                    yaml.AliasEvent,
                    yaml.MappingStartEvent,
                    yaml.SequenceStartEvent,
                ),
            ):
                continue
            if stack and stack[-1][0] and stack[-1][2] is None:
                if not isinstance(event, yaml.ScalarEvent):
                    break  # a key that is not plain text: no target is settled
                parent = stack[-1]
                key = (*parent[1], event.value)
                if key in wanted:  # the key itself (not one on the way: its value decides)
                    found.setdefault(key, span(event.start_mark, event.end_mark, True))
                parent[2] = event.value
                continue
            if not stack:
                path: PathKey = ()
            elif stack[-1][0]:
                path = (*stack[-1][1], stack[-1][2])
            else:
                path = (*stack[-1][1], stack[-1][3])
                stack[-1][3] += 1
            if isinstance(event, yaml.AliasEvent):
                if path in under:
                    decide(path, None)
                if stack and stack[-1][0]:
                    stack[-1][2] = None
                continue
            if isinstance(event, yaml.ScalarEvent):
                if path in under:
                    decide(path, span(event.start_mark, event.end_mark, True))
                if stack and stack[-1][0]:
                    stack[-1][2] = None
                continue
            stack.append(
                [isinstance(event, yaml.MappingStartEvent), path, None, 0, event.start_mark]
            )
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    return {target: found.get(target) for target in under[()]}


def _key_span_of(source: Source, target: PathKey) -> Span | None:
    """Where the key at ``target`` is written, as :class:`_Reader` records it (the key's
    place; where there is no such key, the place of the nearest value above it), found in the
    parser's events and stopping there; None where the events cannot settle it (an alias, a
    key that is not plain text). A file that loaded has no repeated keys, so the first
    match is the only one. One reading, as :func:`_key_spans_of` reads for many keys."""
    return _key_spans_of(source, [target])[target]


# ---------------------------------------------------------------------------- explaining problems


def _schema_message(err: Any) -> tuple[PathKey, str, bool]:
    """A plain-words message for a schema error, the path it is about, and whether the key is meant."""
    path: PathKey = tuple(err.absolute_path)
    v = err.validator
    if v == "required":
        missing = str(err.message).split("'")[1]
        return path, f"missing '{missing}'", False
    if v == "additionalProperties":
        # The keyword sits in an object schema and fails on a mapping, so both are dicts here.
        allowed = list(cast("dict[str, Any]", err.schema).get("properties", {}))
        extras = [k for k in cast("dict[str, Any]", err.instance) if k not in allowed]
        key = extras[0] if extras else "?"
        hint = (
            did_you_mean(str(key), allowed, quoted=True)
            or f"; expected one of: {', '.join(allowed)}"
        )
        return (*path, key), f"unknown key '{key}'{hint}", True
    if v == "const":
        return path, f"must be {err.validator_value!r}", False
    if v == "enum":
        # An enum's value is the list of values it allows.
        allowed_values = cast("list[Any]", err.validator_value)
        words = [o for o in allowed_values if isinstance(o, str)]
        close = did_you_mean(err.instance, words) if isinstance(err.instance, str) else ""
        message = f"{_short(err.instance)} is not allowed here: use one of {', '.join(words)}"
        return path, message + close, False
    if v == "type":
        want = err.validator_value
        want = " or ".join(want) if isinstance(want, list) else want
        want = want.replace("integer", "a whole number")
        return path, f"expected {want}, got {_short(err.instance)}", False
    if "propertyNames" in err.relative_schema_path:
        # jsonschema reports a bad key against its mapping; point at the key itself.
        pattern = str(err.validator_value) if v == "pattern" else ""
        kind = (
            "a standard id like 2.1"
            if pattern.count(".") == 1
            else "a key question or prompt id like 2.1.1 or 2.1.1.a"
        )
        # The instance is the offending key, and _Reader reads every key as text.
        return (*path, cast("str", err.instance)), f"'{err.instance}' is not {kind}", True
    if v == "pattern":
        if path and path[-1] == "fieldwork":
            if isinstance(err.instance, str) and _DATE_TIME.match(err.instance):
                day = err.instance[:10]
                return (
                    path,
                    f"{_short(err.instance)} is a date and a time: fieldwork is the day it "
                    f"started, written alone ({day}), so that no time zone can move it to "
                    "another day",
                    False,
                )
            return path, f"{_short(err.instance)} is not a date like 2020-08-24", False
        return path, f"{_short(err.instance)} does not have the expected form", False
    if v == "anyOf" and "answers" in path:
        return _answer_message(err, path)
    if v == "anyOf":
        return (
            path,
            "give either 'relevant' and 'yes' (counts) or 'percent' (a published figure)",
            False,
        )
    if v == "oneOf":
        return path, "expected a rating, or a mapping with 'rating' and optional 'evidence'", False
    if v in ("minimum", "maximum"):
        return path, f"{_short(err.instance)} is out of range ({v} {err.validator_value})", False
    if v == "minLength":
        return path, "must not be empty", False
    return path, err.message, False


def _answer_message(err: Any, path: PathKey) -> tuple[PathKey, str, bool]:
    """An answer that is neither a short answer nor ``{answer: ..., reason: ...}``."""
    if not isinstance(err.instance, dict):
        answers = list(CODE)  # yes, no, n/a
        close = did_you_mean(err.instance, answers) if isinstance(err.instance, str) else ""
        message = f"{_short(err.instance)} is not allowed here: use one of {', '.join(answers)}"
        return path, message + close, False
    # The mapping form's own problem (an unknown key, no answer, an empty reason).
    within = [e for e in err.context if e.schema_path and e.schema_path[0] == 1]
    if within:
        where, message, is_key = _schema_message(min(within, key=lambda e: len(e.path)))
        if message.startswith("missing 'answer'"):
            message += " (an answer with a reason is written {answer: no, reason: ...})"
        return where, message, is_key
    return path, "expected yes, no or n/a, or {answer: ..., reason: ...}", False


def _nearest(spans: dict[PathKey, Span], path: PathKey) -> Span | None:
    p = path
    while p:
        if p in spans:
            return spans[p]
        p = p[:-1]
    return spans.get(())


class _Found(list[Diagnostic]):
    """A file's problems: the first :data:`MAX_KEPT` kept, the rest only counted."""

    more = 0
    cases_more = 0  # cases past the ones examined that do not follow the schema

    def add(self, d: Diagnostic) -> None:
        if len(self) < MAX_KEPT:
            self.append(d)
        else:
            self.more += 1


def _schema_errors(data: dict[str, Any], problems: _Found) -> list[Any]:
    """jsonschema's findings, at most :data:`MAX_KEPT` of them (the rest counted).

    Explaining a problem costs far more than finding one, so cases are first put through the
    compiled check (as the common path does) and only those it refuses are explained, until
    enough are; past that, the cases it refuses are only counted. A million bad cases thus
    cost a million quick checks, not a million explanations held at once.
    """
    from ratingbook.framework.loading.schema import case_check, explainer, inspection_schema

    validator = explainer()
    kept: list[Any] = []

    def take(errors: Iterator[Any]) -> None:
        for err in errors:
            if len(kept) < MAX_KEPT:
                kept.append(err)
            else:
                problems.more += 1

    cases = data.get("cases")
    if not isinstance(cases, list):
        take(validator.iter_errors(data))
        return kept
    take(validator.iter_errors({**data, "cases": []}))
    items = inspection_schema()["properties"]["cases"]["items"]
    check = case_check()
    for i, case in enumerate(cases):
        if check(case):
            continue
        if len(kept) >= MAX_KEPT:
            problems.cases_more += 1
            continue
        for err in validator.descend(case, items, path=i):
            err.path.appendleft("cases")
            take(iter((err,)))
    return kept


def _problems(data: dict[str, Any], reader: _Reader) -> _Found:
    problems = _Found()

    def error(message: str, span: Span | None) -> None:
        problems.add(Diagnostic.error(codes.INPUT_SCHEMA, message, span))

    for span, message in reader.bad_values:
        problems.add(Diagnostic.error(codes.INPUT_SYNTAX, message, span))
    for where, key_span in reader.duplicates:
        error(
            f"{format_path(where)}: given twice in the same mapping; keep one (YAML would "
            "silently use the last)",
            key_span,
        )
    # A value YAML could not read is reported once, not again as a value of the wrong kind.
    unreadable = {span for span, _ in reader.bad_values}
    kept = _schema_errors(data, problems)
    for err in sorted(kept, key=lambda e: list(map(str, e.absolute_path))):
        where, message, is_key = _schema_message(err)
        at = (reader.key_spans.get(where) if is_key else None) or _nearest(reader.spans, where)
        if at not in unreadable:
            error(f"{format_path(where)}: {message}", at)
    cases = data.get("cases", []) if isinstance(data.get("cases"), list) else []
    seen: dict[str, tuple[int, str]] = {}
    for i, case in enumerate(cases):
        given_id = case.get("id") if isinstance(case, dict) else None
        if given_id is None:  # no id: the schema says so, once
            continue
        cid = str(given_id)
        key = id_key(cid)
        if key in seen:
            first, written = seen[key]
            error(
                f"cases[{i}].id: case {cid} appears twice (first as cases[{first}])"
                if written == cid
                else f"cases[{i}].id: case {_short(cid)} is case {_short(written)} "
                f"(cases[{first}]) written another way: ids are compared without spaces at "
                "their ends, invisible characters or differences of Unicode form (NFKC); give "
                "each case an id of its own",
                _nearest(reader.spans, ("cases", i, "id")),
            )
        seen.setdefault(key, (i, cid))
        given = case.get("attributes") if isinstance(case, dict) else None
        for name in SHORTHAND:
            if (
                isinstance(case, dict)
                and name in case
                and isinstance(given, dict)
                and name in given
            ):
                error(
                    f"cases[{i}]: {name} is given twice, at the top of the case and under "
                    "attributes; keep one",
                    reader.key_spans.get(("cases", i, "attributes", name)),
                )
    for what, where, message in _rule_problems(data):
        at = _nearest(reader.spans, where)
        if at not in unreadable:  # a value YAML could not read is reported once
            error(f"{format_path(what)}: {message}", at)
    return problems


def _careful(text: str, display: str, within: PathKey, digest: str) -> Inspection:
    """The path with positions: every problem reported at once, or the inspection."""
    source = Source(display, text)
    if "*" in text:  # an alias: refused before anything is built if it expands too far
        check_structure(source)
    data, reader = _read_with_positions(source, within)
    if not isinstance(data, dict):
        raise DiagnosticsError(
            [
                Diagnostic.error(
                    codes.INPUT_SCHEMA,
                    "expected a mapping with format, service, ...",
                    reader.spans.get(()),
                )
            ],
            {display: source},
        )
    data = _normalise(data)
    problems = _problems(data, reader)
    if problems or problems.more or problems.cases_more:
        found = len(problems) + problems.more
        summary = f"{display}: {found} problem{'' if found == 1 else 's'} in the inspection data"
        if problems.cases_more:
            summary += (
                f", and {problems.cases_more} more case{'' if problems.cases_more == 1 else 's'}"
                f" that do not follow the format (past the first {MAX_KEPT} problems, cases "
                "are only counted: put the ones shown right and run again)"
            )
        raise DiagnosticsError(problems, {display: source}, summary, more=problems.more)
    index = _Index()
    for raw in data.get("cases") or ():
        index.add(raw)
    locator = _LazyLocator(source, within)
    locator._reader = reader
    return _inspection(data, index, locator, digest)


# ---------------------------------------------------------------------------- entry points


def load_inspection(path: str) -> Inspection:
    """Read and validate an inspection file (``-`` for standard input); raise with every problem."""
    text, display, digest = read_file(path)
    return load_inspection_text(text, display, digest=digest)


def load_inspection_text(
    text: str, display: str, within: PathKey = (), *, digest: str | None = None
) -> Inspection:
    """Validate inspection data given as text; ``display`` names it in messages.

    ``within`` picks inspection data held inside a larger document (an expectations file's
    inline ``tests[N].inspection``); messages then give lines of the whole document.
    ``digest`` is the sha256 of the file's bytes; by default, that of the text in UTF-8.
    """
    origin = "bytes"  # the digest is of the bytes the text was decoded from
    if digest is None:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        origin = "text"
    if not within:
        memo = _Memo.find(text, display, digest, origin)
        if memo is not None and memo.inspection is not None:
            return memo.inspection
        try:
            read = _quick(text, display)
            locator = _LazyLocator(Source(display, text), (), shallow=read.shallow)
            inspection = _inspection(read.data, read.indexed, locator, digest)
            if memo is not None:
                memo.keep(read)
            return inspection
        except _Problem as problem:
            cause = problem.__cause__
            if isinstance(cause, yaml.MarkedYAMLError) and len(text) > RETELL_LIMIT:
                # Malformed YAML in a large file: libyaml has said where. PyYAML's own reader
                # words it better, but reads in pure Python (a minute and gigabytes for an
                # export of 20 MB), so a large file gets libyaml's words, with why.
                raise _yaml_error(Source(display, text), cause, large=True) from cause
            # otherwise read again, with positions, to say what and where
    return _careful(text, display, within, digest)


# ---------------------------------------------------------------------------- the cache

MEMO_MAX_CHARS: Final = 4 << 20
"""The longest text (in characters) whose clean read is kept in the cache (:mod:`.cache`,
``inspections/``): about 4,000 cases as the shipped example writes them, an entry of about
1.4 MB. A longer one is read afresh each time (see :mod:`.cache` for why)."""

# A column of answer codes as an entry writes it: a case that gives no answer is "."
_COLUMN_OUT: Final = bytes.maketrans(b"\0", b".")
_COLUMN_IN: Final = bytes.maketrans(b".", b"\0")
_COLUMN_CODES: Final = frozenset(b".yna")


def _reading_stamp() -> str:
    """What a reading depends on besides the text and ratingbook's code (which every key
    holds): the shipped schema's file and PyYAML's, by size and modification time as
    :func:`.cache.code_digest` takes the code's. PyYAML is found, not imported."""
    import importlib.util
    import os

    stamp = []
    schema = Path(__file__).parents[1] / "schema" / "inspection-v1.json"
    places = [str(schema)]
    spec = importlib.util.find_spec("yaml")
    if spec is not None and spec.origin:
        folder = os.path.dirname(spec.origin)
        try:
            places += sorted(e.path for e in os.scandir(folder) if e.is_file())
        except OSError:
            pass
    for place in places:
        try:
            info = os.stat(place)
        except OSError:
            stamp.append(f"{os.path.basename(place)}\0-")
            continue
        stamp.append(f"{os.path.basename(place)}\0{info.st_size}\0{info.st_mtime_ns}")
    return "\0".join(stamp)


_STAMP: list[str] = []  # the reading stamp, made once per process


class _Memo:
    """A clean read of inspection data kept in the cache, keyed by the digest of its content
    and how it is read (YAML or JSON), never by its name: the entry holds no name, and the
    run's name is put in when it is read back (the positions :class:`_LazyLocator` gives
    are found in the text, read again with positions only when one is asked for)."""

    __slots__ = ("inspection", "name", "store")

    def __init__(self, store: Any, name: str) -> None:
        self.store = store
        self.name = name
        self.inspection: Inspection | None = None

    @classmethod
    def find(cls, text: str, display: str, digest: str, origin: str) -> _Memo | None:
        """The entry for this text (``inspection`` set when it is there and whole); None when
        the cache is off or the text is too long to keep."""
        if len(text) > MEMO_MAX_CHARS:
            return None
        from ratingbook.framework.loading import cache

        store = cache.Cache.from_environment()
        if store is None:
            return None
        if not _STAMP:
            _STAMP.append(_reading_stamp())
        how = "json" if display.lower().endswith(".json") else "yaml"
        memo = cls(store, cache.key(cache.INSPECTIONS, digest, origin, how, _STAMP[0]))
        body = store.text(cache.INSPECTIONS, memo.name)
        if body is not None:
            memo.inspection = _from_entry(body, text, display, digest)
        return memo

    def keep(self, read: _Read) -> None:
        """Keep a clean read (after the inspection was made of it: its columns are whole)."""
        from ratingbook.framework.loading import cache

        body = _entry_of(read)
        if body is not None and len(body) <= cache.largest_inspection():
            self.store.keep_text(cache.INSPECTIONS, self.name, body)


def _entry_of(read: _Read) -> str | None:
    """A clean read as an entry's JSON text; None where it cannot be written so."""
    index = read.indexed
    if index.masks is not None or index.value_masks is not None or index.columns is not None:
        return None  # made by a table's reader, never by this module's
    shallow = read.shallow
    payload = {
        "data": read.data,
        "n": index.size,
        "answers": [
            [k, bytes(v).translate(_COLUMN_OUT).decode("ascii")] for k, v in index.answers.items()
        ],
        "cases": [
            [c.id, c.attributes, sorted(c.at_top), c.note, c.inspector, c.reasons]
            for c in index.cases
        ],
        "quoted": index.quoted_numbers,
        "shallow": None
        if shallow is None
        else {
            "keys": [[k, _span_out(v)] for k, v in shallow.keys.items()],
            "values": [[k, _span_out(v)] for k, v in shallow.values.items()],
            "lengths": [[k, v] for k, v in shallow.lengths.items()],
            "whole": shallow.whole,
        },
    }
    try:
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):  # a value JSON cannot hold
        return None


def _span_out(span: Span) -> list[int]:
    return [span.line, span.col, span.end_line, span.end_col]


def _span_in(place: Any) -> Span:
    line, col, end_line, end_col = (int(n) for n in place)
    return Span(_SHALLOW_FILE, line, col, end_line, end_col)


def _from_entry(body: str, text: str, display: str, digest: str) -> Inspection | None:
    """The inspection an entry holds, named ``display``; None when the entry is not one this
    module writes (it is then read afresh, and written again)."""
    try:
        payload = json.loads(body)
        data = payload["data"]
        n = payload["n"]
        if not (isinstance(data, dict) and type(n) is int and len(payload["cases"]) == n):
            return None
        index = _Index()
        index.size = n
        for i, (cid, attributes, at_top, note, inspector, reasons) in enumerate(payload["cases"]):
            index.named.update(attributes)
            for name, value in attributes.items():
                index._set(name, i, value)
            index.cases.append(
                _CaseRecord(cid, attributes, frozenset(at_top), note, inspector, reasons)
            )
        for item, codes_text in payload["answers"]:
            column = codes_text.encode("ascii")
            if len(column) != n or not _COLUMN_CODES.issuperset(column):
                return None
            index.answers[item] = bytearray(column.translate(_COLUMN_IN))
        index.quoted_numbers = {k: list(v) for k, v in payload["quoted"].items()}
        noted = payload["shallow"]
        shallow = None
        if noted is not None:
            shallow = _Shallow(
                keys={tuple(k): _span_in(v) for k, v in noted["keys"]},
                values={tuple(k): _span_in(v) for k, v in noted["values"]},
                lengths={tuple(k): int(v) for k, v in noted["lengths"]},
                whole=bool(noted["whole"]),
            )
        locator = _LazyLocator(Source(display, text), (), shallow=shallow)
        return _inspection(data, index, locator, digest)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None


# ---------------------------------------------------------------------------- the reader seam
# (readers.py: YAML and JSON are the formats of one inspection per file)


# A format key and its value: at the start of a line (block YAML, after any header comment),
# else anywhere (flow YAML, JSON on one line), quoted or not.
_TOP_FORMAT = re.compile(
    r"""^["']?format["']?[ \t]*:[ \t]*["']?(ratingbook/[A-Za-z0-9_.-]+)""", re.M
)
_ANY_FORMAT = re.compile(
    r"""(?:^|[{,\s])["']?format["']?[ \t]*:[ \t]*["']?(ratingbook/[A-Za-z0-9_.-]+)""", re.M
)


def format_of(path: Path) -> str | None:
    """The ``format:`` a file declares (the first one), "" when it declares none, None when it
    cannot be read as text (too large, unreadable, not UTF-8, not a regular file)."""
    try:
        data = files.read_bytes(path, str(path))
        text = data.decode("utf-8-sig")
    except (InputError, UnicodeDecodeError):
        return None
    # A top-level key at the start of a line first: an inline document's format, or one in a
    # comment, comes after it.
    match = _TOP_FORMAT.search(text) or _ANY_FORMAT.search(text)
    return match.group(1) if match else ""


def recognise(path: Path) -> str | None:
    """What a YAML or JSON file holds, by its ``format:`` line; None when it cannot be read."""
    from ratingbook.framework.loading import readers

    found = format_of(path)
    if found is None:
        return None
    return {FORMAT: readers.INSPECTION, EXPECTATIONS_FORMAT: readers.EXPECTATIONS}.get(
        found, readers.UNKNOWN
    )


def entries(path: str) -> list[Entry]:
    """A YAML or JSON file holds one inspection."""
    return [Entry(path=path)]


def load(found: Entry) -> Inspection:
    """The inspection of a YAML or JSON file (``-``: standard input)."""
    from ratingbook.framework.loading.readers import one_inspection

    one_inspection(found, "YAML or JSON")
    return load_inspection(found.path)


def document(found: Entry) -> dict[str, Any]:
    """The inspection of a YAML or JSON file as plain data, validated first: keys as written
    (``2.10`` stays ``2.10``), dates as ISO text."""
    inspection = load(found)
    data, _ = _read_with_positions(inspection.locator.source)
    return _normalise(data)
