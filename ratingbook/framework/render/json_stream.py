"""JSON documents written as they are made, byte for byte as ``json.dumps(..., indent=2)``.

A document with parts too large to hold (a result's cases, an explanation's lines) is given as
a :class:`Walk` whose values may be :class:`Items` (a list) or :class:`Pairs` (an object), each
an iterable pulled only as :func:`write_json` writes it, so what is held at once is one item.
If pulling an item fails, the lists and objects still open are closed before the error goes
on: what was written stays valid JSON, and the command's exit status and message say it is cut.

A corpus command's JSON holds one entry per inspection. Holding every entry until the end
would make memory grow with the corpus; these writers put each entry out as it comes, in the
layout ``json.dumps`` would give the whole document. A document whose summary comes before
its list (``compare``) keeps the entries in a temporary file (in memory while small) until the
summary is known.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any, Final

Write = Callable[[str], object]

_HOLE: Final = "\x00ratingbook: the list goes here\x00"
_SPOOL_IN_MEMORY: Final = 1024 * 1024


def spool_file() -> Any:
    """A temporary text file that stays in memory until it holds a megabyte, then moves to
    disk, so what a corpus command keeps aside costs at most that much memory."""
    return tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY, mode="w+", encoding="utf-8")


# Set (by the CLI) when standard output cannot encode every character: JSON is then written
# with \u escapes, which read back as the same text, instead of losing characters.
ASCII_ONLY: list[bool] = [False]


# A document is written here, not by json.dumps: asked to indent, the json module encodes in
# Python, by generators, and that took most of the time of ``explain --format json``. Its
# rules are followed one by one (json.encoder's _make_iterencode with indent=2, its default
# options and ``default=_words``), so the bytes are the same, and an error is the same
# exception with the same message (a later Python's json adds notes saying where): a text by
# json's C escaping; a whole number (an IntEnum too) by int.__repr__, a fraction by
# float.__repr__ and NaN and Infinity by name; a list or a tuple as a list; an object's keys
# in their order, a key that is not a text as the JSON of its value (True as "true"), a key
# of another kind refused with its TypeError; a value it cannot write given to _words, and
# what that gives written in its place; a list, an object or such a value inside itself
# refused with its ValueError. A text, a whole number, true, false and null alone (each key
# and each figure a streamed document writes) are written at once.
_WORDS: Final = {None: "null", True: "true", False: "false"}
_INFINITY: Final = float("inf")
_Escape = Callable[[str], str]


def dumps(data: Any) -> str:
    """One JSON value as ratingbook prints it: indented by two, UTF-8 as it is (escaped to
    ASCII when the output cannot encode it). It is the text, and raises the error, that
    ``json.dumps(data, indent=2, ensure_ascii=ASCII_ONLY[0], default=_words)`` would."""
    kind = type(data)
    escape = encode_basestring_ascii if ASCII_ONLY[0] else encode_basestring
    if kind is str:
        return escape(data)
    if kind is int:
        return int.__repr__(data)
    if kind is bool or data is None:
        return _WORDS[data]
    out: list[str] = []
    _value(data, out, "\n", escape, {})
    return "".join(out)


def _value(data: Any, out: list[str], pad: str, escape: _Escape, open_: dict[int, Any]) -> None:
    """``data`` added to ``out`` by json's tests in json's order, its lines started by
    ``pad``; ``open_`` holds (by id) each list, object and value given to _words that
    ``data`` is inside."""
    if isinstance(data, str):
        out.append(escape(data))
    elif data is None:
        out.append("null")
    elif data is True:
        out.append("true")
    elif data is False:
        out.append("false")
    elif isinstance(data, int):
        out.append(int.__repr__(data))
    elif isinstance(data, float):
        out.append(_float(data))
    elif isinstance(data, list | tuple):
        _list(data, out, pad, escape, open_)
    elif isinstance(data, dict):
        _object(data, out, pad, escape, open_)
    else:
        _enter(data, open_)
        _value(_words(data), out, pad, escape, open_)
        del open_[id(data)]


def _list(
    items: list[Any] | tuple[Any, ...],
    out: list[str],
    pad: str,
    escape: _Escape,
    open_: dict[int, Any],
) -> None:
    if not items:
        out.append("[]")
        return
    _enter(items, open_)
    inner = pad + "  "
    before = "[" + inner  # as json, the bracket goes out with the first item
    for item in items:
        out.append(before)
        before = "," + inner
        # The kinds a document is made of, at once (_value's tests give them the same way);
        # a list or an object one call deeper, as json's generators go one deeper.
        kind = type(item)
        if kind is str:
            out.append(escape(item))
        elif kind is int:
            out.append(int.__repr__(item))
        elif kind is dict:
            _object(item, out, inner, escape, open_)
        elif kind is list or kind is tuple:
            _list(item, out, inner, escape, open_)
        else:
            _value(item, out, inner, escape, open_)
    out.append(pad + "]")
    del open_[id(items)]


def _object(
    members: dict[Any, Any], out: list[str], pad: str, escape: _Escape, open_: dict[int, Any]
) -> None:
    if not members:
        out.append("{}")
        return
    _enter(members, open_)
    inner = pad + "  "
    out.append("{" + inner)  # as json, the brace goes out before the first key is made
    before = ""
    for key, value in members.items():
        out.append(before + escape(key if type(key) is str else _key(key)) + ": ")
        before = "," + inner
        kind = type(value)  # as in _list
        if kind is str:
            out.append(escape(value))
        elif kind is int:
            out.append(int.__repr__(value))
        elif kind is dict:
            _object(value, out, inner, escape, open_)
        elif kind is list or kind is tuple:
            _list(value, out, inner, escape, open_)
        else:
            _value(value, out, inner, escape, open_)
    out.append(pad + "}")
    del open_[id(members)]


def _key(key: object) -> str:
    """A key that is not a text as json makes it one, or json's TypeError."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True or key is False or key is None:
        return _WORDS[key]
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def _float(number: float) -> str:
    """A fraction as json writes it (allowing NaN, its default): NaN, Infinity and
    -Infinity by name, any other by float.__repr__ (a subclass's too)."""
    if number != number:
        return "NaN"
    if number == _INFINITY:
        return "Infinity"
    if number == -_INFINITY:
        return "-Infinity"
    return float.__repr__(number)


def _enter(data: object, open_: dict[int, Any]) -> None:
    """``data`` marked as being written, or json's ValueError if it is already (it is
    inside itself)."""
    if id(data) in open_:
        raise ValueError("Circular reference detected")
    open_[id(data)] = data


def _words(value: object) -> str:
    """A field a record gives as a phrase (a code and figures) is prose: its words come from
    the views' one registry, so the JSON says what the text, Markdown and HTML say."""
    from ratingbook.framework.views.common import json_words

    return json_words(value)


def _item(data: Any, level: int) -> str:
    pad = "  " * (level + 1)
    return pad + dumps(data).replace("\n", "\n" + pad)


def write_list(items: Iterable[Any], write: Write, level: int = 0) -> int:
    """A JSON list of ``items`` (each JSON data, or JSON text already dumped), written as it
    comes, as nested ``level`` deep; returns how many there were."""
    count = 0
    for item in items:
        # JSON text comes as its emitter wrote it, ended by a line end.
        text = item.removesuffix("\n") if isinstance(item, str) else dumps(item)
        pad = "  " * (level + 1)
        write(("[\n" if count == 0 else ",\n") + pad + text.replace("\n", "\n" + pad))
        count += 1
    write("[]" if count == 0 else "\n" + "  " * level + "]")
    return count


class Walk(dict[str, Any]):
    """A JSON object whose values may be written as they come (:class:`Items`,
    :class:`Pairs`, :class:`Walk`); any other value is written whole."""

    __slots__ = ()


class Items:
    """A JSON list whose items are pulled from ``items`` one at a time as they are written."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


class Pairs:
    """A JSON object whose members are pulled from ``pairs`` (key, value) as they are written."""

    __slots__ = ("pairs",)

    def __init__(self, pairs: Iterable[tuple[str, Any]]) -> None:
        self.pairs = pairs


def write_json(value: Any, write: Write, level: int = 0) -> None:
    """``value`` as ``json.dumps(value, indent=2)`` writes it, nested ``level`` deep, its
    :class:`Walk`, :class:`Items` and :class:`Pairs` written as they are pulled."""
    if isinstance(value, Walk):
        _members(iter(value.items()), True, write, level)
    elif isinstance(value, Pairs):
        _members(iter(value.pairs), True, write, level)
    elif isinstance(value, Items):
        _members(((None, v) for v in value.items), False, write, level)
    else:
        text = dumps(value)
        write(text.replace("\n", "\n" + "  " * level) if level else text)


def _members(
    members: Iterator[tuple[str | None, Any]], keyed: bool, write: Write, level: int
) -> None:
    opening, closing = ("{", "}") if keyed else ("[", "]")
    pad = "\n" + "  " * (level + 1)
    first = True
    while True:
        try:
            found = next(members, None)
        except OSError:  # the output itself failed: nothing more can be written
            raise
        except Exception:
            # Cut by an error: close what is open so the output stays valid JSON.
            write(opening + closing if first else "\n" + "  " * level + closing)
            raise
        if found is None:
            break
        key, value = found
        write((opening if first else ",") + pad + (dumps(key) + ": " if keyed else ""))
        first = False
        try:
            write_json(value, write, level + 1)
        except OSError:
            raise
        except Exception:
            write("\n" + "  " * level + closing)
            raise
    write(opening + closing if first else "\n" + "  " * level + closing)


class Spool:
    """List items kept aside, in order, until the document around them can be written."""

    def __init__(self) -> None:
        self._file = spool_file()
        self.count = 0

    def add(self, data: Any, level: int = 1) -> None:
        """One more item of a list nested ``level`` deep."""
        self._file.write(("" if self.count == 0 else ",\n") + _item(data, level))
        self.count += 1

    def write_document(self, head: dict[str, Any], key: str, write: Write) -> None:
        """``head`` with the items as its last key ``key`` (a list one level deep)."""
        before, after = dumps({**head, key: _HOLE}).split(json.dumps(_HOLE), 1)
        write(before)
        if self.count == 0:
            write("[]")
        else:
            write("[\n")
            self._file.seek(0)
            while chunk := self._file.read(1 << 16):
                write(chunk)
            write("\n  ]")
        write(after)
        self._file.close()
