"""JSON documents written as they are made, byte for byte as ``json.dumps(..., indent=2)``.

A corpus command's JSON holds one entry per inspection. Holding every entry until the end
would make memory grow with the corpus; these writers put each entry out as it comes, in the
layout ``json.dumps`` would give the whole document. A document whose summary comes before
its list (``compare``) keeps the entries in a temporary file (in memory while small) until the
summary is known.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable
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


def dumps(data: Any) -> str:
    """One JSON value as ratingbook prints it: indented by two, UTF-8 as it is (escaped to
    ASCII when the output cannot encode it)."""
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
