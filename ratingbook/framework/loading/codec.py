"""A JSON form of checked frameworks, diagnostics and parsed files, read back strictly.

Each record is written as a JSON object tagged with its type (``{"$": "model.Band", ...}``)
and fields left at their defaults are left out. Reading calls only the constructors of the
registered record types: the model's frozen dataclasses, the condition records, the AST's
nodes, ``Span``, ``Diagnostic`` and ``SourceTexts``; a ``Code`` or a ``Severity`` is looked up
among the known ones. Lists read back as tuples. Anything else (an object without a tag, an
unknown tag or code, a field a constructor does not take) raises :class:`DecodeError`, so a
file can never make the reader build another type or run code.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable
from typing import Any, Final

from ratingbook.dsl.codes import Code
from ratingbook.dsl.diagnostics import Diagnostic, Severity
from ratingbook.dsl.span import Span
from ratingbook.framework import conditions, model
from ratingbook.framework.codes import ALL_CODES

TAG: Final = "$"


class DecodeError(ValueError):
    """The text is not a form this codec writes."""


class EncodeError(TypeError):
    """The value holds something that is not a registered record type."""


def _dataclasses(module: object) -> list[type]:
    return [
        v
        for v in vars(module).values()
        if isinstance(v, type)
        and dataclasses.is_dataclass(v)
        and v.__module__ == getattr(module, "__name__", None)
    ]


_RECORDS: dict[type, str] = {
    **{cls: f"model.{cls.__name__}" for cls in _dataclasses(model)},
    **{cls: f"cond.{cls.__name__}" for cls in _dataclasses(conditions) if cls.__name__ != "Logic"},
    Span: "Span",
    Diagnostic: "Diagnostic",
}
# The fields each record is built from (those its constructor takes), and their defaults.
_FIELDS: dict[type, tuple[tuple[str, object], ...]] = {}
_CODES: dict[str, Code] = {str(c): c for c in ALL_CODES}
_SYNTAX: Final = "ratingbook.dsl.ast"


def _register(cls: type, tag: str) -> None:
    _RECORDS[cls] = tag
    _FIELDS[cls] = tuple((f.name, f.default) for f in dataclasses.fields(cls) if f.init)


for _cls, _tag in list(_RECORDS.items()):
    _register(_cls, _tag)


def _register_syntax() -> None:
    """The syntax tree's records, registered when a parsed file is first written or read (a
    checked framework needs none of them, nor the module that defines them)."""
    from ratingbook.dsl import ast

    for cls in _dataclasses(ast):
        if cls is not ast.Node and cls not in _RECORDS:
            _register(cls, f"ast.{cls.__name__}")
            _DECODERS[f"ast.{cls.__name__}"] = _record(cls)


# ---------------------------------------------------------------------------- writing


def _encode(value: object) -> Any:
    kind = type(value)
    if value is None or kind is str or kind is int or kind is float or kind is bool:
        return value
    if kind is tuple or kind is list:
        return [_encode(v) for v in value]  # type: ignore[attr-defined]
    if isinstance(value, Code):
        return {TAG: "Code", "name": str(value)}
    if isinstance(value, Severity):
        return {TAG: "Severity", "value": value.value}
    if isinstance(value, model.SourceTexts):
        return {TAG: "SourceTexts", "texts": [[path, value[path]] for path in value]}
    tag = _RECORDS.get(kind)
    if tag is None and kind.__module__ == _SYNTAX:
        _register_syntax()
        tag = _RECORDS.get(kind)
    if tag is None:
        raise EncodeError(f"{kind.__name__} is not a registered record type")
    out: dict[str, Any] = {TAG: tag}
    for name, default in _FIELDS[kind]:
        field_value = getattr(value, name)
        if default is not dataclasses.MISSING and (
            type(field_value) is type(default) and field_value == default
        ):
            continue
        out[name] = _encode(field_value)
    return out


def dumps(value: object) -> str:
    """The JSON text of a value made of registered records, tuples and plain scalars."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------- reading


def _tuples(value: Any) -> Any:
    if type(value) is list:
        return tuple(_tuples(v) for v in value)
    return value


def _record(cls: type) -> Callable[[dict[str, Any]], object]:
    names = frozenset(name for name, _ in _FIELDS[cls])

    def build(obj: dict[str, Any]) -> object:
        if not obj.keys() <= names:
            raise DecodeError(f"{cls.__name__} has no field {sorted(obj.keys() - names)[0]!r}")
        try:
            return cls(**{k: _tuples(v) for k, v in obj.items()})
        except TypeError as err:  # a field it needs is missing
            raise DecodeError(f"{cls.__name__}: {err}") from err

    return build


def _code(obj: dict[str, Any]) -> Code:
    name = obj.get("name")
    if obj.keys() != {"name"} or not isinstance(name, str) or name not in _CODES:
        raise DecodeError(f"unknown code {name!r}")
    return _CODES[name]


def _severity(obj: dict[str, Any]) -> Severity:
    if obj.keys() != {"value"}:
        raise DecodeError("a severity is its value")
    try:
        return Severity(obj["value"])
    except ValueError as err:
        raise DecodeError(str(err)) from err


def _source_texts(obj: dict[str, Any]) -> model.SourceTexts:
    pairs = obj.get("texts")
    if obj.keys() != {"texts"} or not isinstance(pairs, list):
        raise DecodeError("SourceTexts holds a list of [path, text]")
    texts: dict[str, str] = {}
    for pair in pairs:
        if not (
            isinstance(pair, list)
            and len(pair) == 2
            and isinstance(pair[0], str)
            and isinstance(pair[1], str)
        ):
            raise DecodeError("SourceTexts holds a list of [path, text]")
        texts[pair[0]] = pair[1]
    return model.SourceTexts(texts)


_DECODERS: dict[str, Callable[[dict[str, Any]], object]] = {
    **{tag: _record(cls) for cls, tag in _RECORDS.items()},
    "Code": _code,
    "Severity": _severity,
    "SourceTexts": _source_texts,
}


def _hook(obj: dict[str, Any]) -> object:
    tag = obj.pop(TAG, None)
    decode = _DECODERS.get(tag) if isinstance(tag, str) else None
    if decode is None and isinstance(tag, str) and tag.startswith("ast."):
        _register_syntax()
        decode = _DECODERS.get(tag)
    if decode is None:
        raise DecodeError(f"not a registered record type: {tag!r}")
    return decode(obj)


def loads(text: str | bytes) -> Any:
    """A value from :func:`dumps`'s text (lists as tuples); DecodeError for anything else.

    The same text read again in this process gives the same value, kept for the last
    :data:`KEPT` texts read: everything the codec builds is immutable (frozen records, tuples,
    strings, numbers; a version's source texts, whose line splitting is kept inside), so a
    value kept is the value a fresh reading would build. A process that reads a version's
    entry many times (`test` of many expectations files, a worker of `compare`, the language
    server's checks, the test suite) decodes it once. A text that is refused is not kept."""
    return _decoded(text)


KEPT: Final = 16
"""How many texts' values :func:`loads` keeps (a checked version decodes to a few MB)."""


@functools.lru_cache(maxsize=KEPT)
def _decoded(text: str | bytes) -> Any:
    try:
        return _tuples(json.loads(text, object_hook=_hook))
    except RecursionError as err:
        raise DecodeError("nested too deeply") from err
    except json.JSONDecodeError as err:
        raise DecodeError(str(err)) from err
