"""What a plain YAML value means in ratingbook's files: numbers and flags that mean what they say.

PyYAML reads YAML 1.1, where ``010`` is 8 (octal), ``1:30`` is 90 (base 60), ``1_000`` is
1000 and ``on``/``off`` are true and false; YAML 1.2 reads the same text as 10, the words
``1:30`` and ``1_000``, and the words ``on`` and ``off``. An inspection read by the one would
rate differently from the same file read by the other, without a word. So ratingbook reads
every plain (unquoted) value by these rules, and refuses what the two versions read
differently instead of picking one:

- **numbers** are YAML 1.2's: ``12``, ``-3``, ``+4``, ``3.0``, ``1e3``, ``.5``, ``.inf``,
  ``.nan``. A whole number written with a leading zero (``010``), in hexadecimal (``0x1F``)
  or octal (``0o17``) is refused: write it in decimal, or quote it if it is text.
  ``1:30``, ``1_000`` and ``0b101`` are words (text), so a count given so is refused by
  the schema as not a number;
- **flags**: ``true`` and ``false`` (also ``True``, ``TRUE``, ...) are true and false, and so
  are ``yes`` and ``no`` in any capitals, as answers have always been written (they mean
  yes and no). ``on`` and ``off`` (any capitals) are refused: write yes or no, or quote them
  for the words. ``y`` and ``n`` are words;
- **nothing**: ``null``, ``Null``, ``NULL``, ``~`` and an empty value;
- **dates** are never read as dates: ``2020-06-01`` is the text it is, checked as a date
  where a date is wanted, so a date and time is never cut to its day without a word;
- **tags** (``!!int``, ``!!set``, ``!custom``) are refused on any value, except ``!!str``;
- **keys** are the text as written: a bare ``2.10`` is the id ``2.10``, not the number 2.1.

Quoted values are always text. A whole number of more than 4,300 digits is refused where it
is written.

PyYAML is imported when :data:`Loader` or :data:`PyLoader` is first asked for, not with this
module: a read of inspection data served from the cache (:mod:`.cache`) never loads it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import yaml

PLAIN: Final = "tag:ratingbook,2026:plain"
"""The tag a plain scalar is given while it is read: its meaning is decided here."""
STR: Final = "tag:yaml.org,2002:str"
MAP: Final = "tag:yaml.org,2002:map"
SEQ: Final = "tag:yaml.org,2002:seq"

_NULL: Final = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE: Final = frozenset({"true", "True", "TRUE", "yes", "Yes", "YES"})
_FALSE: Final = frozenset({"false", "False", "FALSE", "no", "No", "NO"})
_ON_OFF: Final = frozenset({"on", "On", "ON", "off", "Off", "OFF"})
_DECIMAL: Final = re.compile(r"[-+]?[0-9]+")
_LEADING_ZERO: Final = re.compile(r"[-+]?0[0-9]+")
_RADIX: Final = re.compile(r"[-+]?0(?:[xX][0-9a-fA-F_]+|[oO][0-7_]+)")
_FLOAT: Final = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF: Final = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN: Final = re.compile(r"\.(?:nan|NaN|NAN)")
MAX_DIGITS: Final = 4300
"""The most digits of a whole number read (Python's own limit on turning text into a number)."""


_UNSHOWABLE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
"""What an escape (``"\\u001b"``, ``"\\ud800"``) can put in a value that the text itself may
not hold: control characters (tab and line breaks aside) and lone surrogates."""


def unshowable(text: str) -> str | None:
    """Why a value (or key) written with an escape holds a character no file of ratingbook's
    may hold, or None. A control character would reach the terminal, Markdown and HTML as it
    is (ESC can retitle a terminal or forge a line of output); a lone surrogate is no
    character at all and cannot be written out."""
    found = _UNSHOWABLE.search(text)
    if found is None:
        return None
    char = found.group()
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return (
            f"a lone surrogate U+{code:04X} (written as an escape, \\u{code:04x}) is not a "
            "character: write the character itself, or remove the escape"
        )
    return (
        f"a control character U+{code:04X} (written as an escape, \\u{code:04x}): the files "
        "hold text only, so remove it (it would reach the terminal and reports as it is)"
    )


class Refused(ValueError):
    """A plain value that is not read, with the reason and the fix."""


def plain(text: str) -> Any:
    """The value of a plain (unquoted) scalar, by the rules above.

    Raises:
        Refused: a form YAML 1.1 and 1.2 read differently, or a number too long to read.
    """
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    first = text[:1]
    if not (first.isdigit() or first in "+-."):
        if text in _ON_OFF:
            raise Refused(
                f"{text} means yes or no to some YAML readers and is the word {text!r} to "
                f'others: write yes or no, or quote it ("{text}") for the word'
            )
        return text
    if _DECIMAL.fullmatch(text):
        if _LEADING_ZERO.fullmatch(text):
            raise Refused(
                f"{text} is written with a leading zero: some YAML readers read it as "
                f"{_octal(text)} and others as {int(text)}; write {int(text)}, or quote it "
                f'("{text}") if it is text'
            )
        if len(text.lstrip("+-")) > MAX_DIGITS:
            raise Refused(
                f"a number of more than {MAX_DIGITS:,} digits; no count, line or figure is "
                "that long: check what was pasted here"
            )
        return int(text)
    if _RADIX.fullmatch(text):
        raise Refused(
            f"{text} is a number written in hexadecimal or octal: write it in decimal, or "
            f'quote it ("{text}") if it is text'
        )
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


def _octal(text: str) -> str:
    """What YAML 1.1 makes of a number with a leading zero: octal, or text (08, 09)."""
    try:
        value = int(text.lstrip("+-"), 8)
    except ValueError:
        return "text"
    return f"the octal number {'-' if text.startswith('-') else ''}{value}"


_ALLOWED_TAGS: Final = {
    "a value": frozenset({None, "!", PLAIN, STR}),
    "a mapping": frozenset({None, "!", MAP}),
    "a list": frozenset({None, "!", SEQ}),
}


def tag_problem(tag: str | None, what: str) -> str | None:
    """Why an explicit tag is refused (None: the value may carry it). ``what`` is "a value",
    "a mapping" or "a list"."""
    if tag in _ALLOWED_TAGS[what]:
        return None
    shown = str(tag)
    if shown.startswith("tag:yaml.org,2002:"):
        shown = "!!" + shown.removeprefix("tag:yaml.org,2002:")
    return (
        f"a YAML tag ({shown}) on {what}: ratingbook's files use none; write the value plainly "
        "(quote it if it is text)"
    )


@cache
def _loaders() -> tuple[type[Any], type[Any]]:
    """:data:`Loader` and :data:`PyLoader`, made (and PyYAML imported) when first asked for."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc]
        """libyaml's loader, with every plain scalar tagged :data:`PLAIN` so that
        :func:`plain` decides what it means, and no other implicit tag."""

        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            if kind is yaml.ScalarNode:
                return PLAIN if implicit[0] else STR
            return SEQ if kind is yaml.SequenceNode else MAP

    class PyLoader(yaml.SafeLoader):
        """PyYAML's own loader with the same tagging, for files libyaml refuses (its
        messages say more about what is wrong)."""

        resolve = Loader.resolve

    return Loader, PyLoader


def __getattr__(name: str) -> Any:
    """``Loader`` and ``PyLoader`` (see :func:`_loaders`), made when first asked for and the
    same classes after."""
    if name in ("Loader", "PyLoader"):
        loader, py_loader = _loaders()
        globals().update(Loader=loader, PyLoader=py_loader)
        return loader if name == "Loader" else py_loader
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def scalar(node: yaml.ScalarNode) -> Any:
    """A composed scalar's value (see :class:`Loader`).

    Raises:
        Refused: a plain value :func:`plain` refuses, or a tag.
    """
    if node.tag == PLAIN:
        return plain(node.value)
    problem = tag_problem(node.tag, "a value") or unshowable(node.value)
    if problem is not None:
        raise Refused(problem)
    return node.value


def collection_problem(node: yaml.Node) -> str | None:
    """Why a list or mapping's tag is refused, if it is."""
    import yaml

    what = "a mapping" if isinstance(node, yaml.MappingNode) else "a list"
    return tag_problem(node.tag, what)


def key_text(node: yaml.Node) -> str | None:
    """A mapping key as written (None: a list or mapping, which is not a key)."""
    import yaml

    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    return None


def select(node: yaml.Node | None, path: tuple[str | int, ...]) -> yaml.Node | None:
    """The node at ``path`` (mapping keys as written, list indexes) below ``node``; None when
    there is no such node. A key written twice: its last value, as the reading keeps."""
    import yaml

    for part in path:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            found = [v for k, v in node.value if key_text(k) == part]
            if not found:
                return None
            node = found[-1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return None
            node = node.value[part]
        else:
            return None
    return node


def check_strings(value: Any) -> str | None:
    """Why any text in ``value`` (keys included) is :func:`unshowable`, or None."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            problem = unshowable(item)
            if problem is not None:
                return problem
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None
