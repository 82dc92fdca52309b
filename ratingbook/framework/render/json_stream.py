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


# Each key and each figure is written alone: the json module writes one with a new encoder
# each time (and, asked to indent, in Python). A text, a whole number, true, false and null
# are written here as it writes them, by its own C escaping for a text.
_WORDS: Final = {None: "null", True: "true", False: "false"}


def dumps(data: Any) -> str:
    """One JSON value as ratingbook prints it: indented by two, UTF-8 as it is (escaped to
    ASCII when the output cannot encode it)."""
    kind = type(data)
    if kind is str:
        return (encode_basestring_ascii if ASCII_ONLY[0] else encode_basestring)(data)
    if kind is int:
        return int.__repr__(data)
    if kind is bool or data is None:
        return _WORDS[data]
    return json.dumps(data, indent=2, ensure_ascii=ASCII_ONLY[0], default=_words)


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
