"""The inspection JSON Schema, compiled into a quick yes/no check.

The shipped schema (``schema/inspection-v1.json``, draft 7) is the one definition of the data
format. jsonschema reads it to explain problems; this module compiles it into plain Python
closures that only say whether data is valid, which is fast enough to check every case of a
national corpus. The two must agree, and a property test holds them to it. The compiler
knows the keywords the schema uses and refuses any other, so the schema cannot outgrow it
unnoticed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

Check = Callable[[Any], bool]

_IGNORED = {"$schema", "$id", "title", "description"}
_KNOWN = {
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "propertyNames",
    "pattern",
    "minimum",
    "maximum",
    "minLength",
    "anyOf",
    "oneOf",
    "items",
}


class SchemaTooNew(Exception):
    """The schema uses a keyword this compiler does not know."""


@cache
def inspection_schema() -> dict[str, Any]:
    """The shipped inspection schema, as data."""
    # Shipped beside the code (package data), so it is read from this package's folder.
    text = (Path(__file__).parents[1] / "schema" / "inspection-v1.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


# ---------------------------------------------------------------------------- values as jsonschema sees them


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _is_integer(x: Any) -> bool:
    # jsonschema's draft-7 "integer" also admits a float with no fractional part (3.0).
    if isinstance(x, bool):
        return False
    return isinstance(x, int) or (isinstance(x, float) and x.is_integer())


_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": _is_number,
    "integer": _is_integer,
}


def _equal_key(x: Any) -> tuple[str, Any]:
    """A key under which two values are equal exactly when jsonschema calls them equal."""
    if isinstance(x, bool):
        return ("bool", x)
    if _is_number(x):
        return ("number", x)
    if isinstance(x, str):
        return ("string", x)
    if x is None:
        return ("null", None)
    return ("json", json.dumps(x, sort_keys=True))


def _enum(values: list[Any]) -> Check:
    allowed = {_equal_key(v) for v in values}
    return lambda x: _hashable_key(x) in allowed


def _hashable_key(x: Any) -> tuple[str, Any]:
    if isinstance(x, float) and math.isnan(x):
        return ("nan", None)  # equal to nothing, itself included
    try:
        return _equal_key(x)
    except (TypeError, ValueError):
        return ("unjsonable", id(x))


# ---------------------------------------------------------------------------- the compiler


def compile_schema(schema: Mapping[str, Any] | bool) -> Check:
    """A function that says whether a value is valid under ``schema``."""
    if schema is True:
        return lambda x: True
    if schema is False:
        return lambda x: False
    unknown = set(schema) - _KNOWN - _IGNORED
    if unknown:
        raise SchemaTooNew(
            f"the schema uses keywords this compiler does not know: {sorted(unknown)}"
        )
    checks: list[Check] = []
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        type_checks = [_TYPES[t] for t in wanted]
        checks.append(lambda x: any(c(x) for c in type_checks))
    if "const" in schema:
        checks.append(_enum([schema["const"]]))
    if "enum" in schema:
        checks.append(_enum(schema["enum"]))
    if "pattern" in schema:
        search = pattern(schema["pattern"]).search
        checks.append(lambda x: not isinstance(x, str) or search(x) is not None)
    if "minLength" in schema:
        least = schema["minLength"]
        checks.append(lambda x: not isinstance(x, str) or len(x) >= least)
    if "minimum" in schema:
        low = schema["minimum"]
        checks.append(lambda x: not _is_number(x) or not x < low)
    if "maximum" in schema:
        high = schema["maximum"]
        checks.append(lambda x: not _is_number(x) or not x > high)
    if any(
        k in schema for k in ("required", "properties", "additionalProperties", "propertyNames")
    ):
        checks.append(_object(schema))
    if "items" in schema:
        item = compile_schema(schema["items"])
        checks.append(lambda x: not isinstance(x, list) or all(item(i) for i in x))
    if "anyOf" in schema:
        options = [compile_schema(s) for s in schema["anyOf"]]
        checks.append(lambda x: any(o(x) for o in options))
    if "oneOf" in schema:
        options = [compile_schema(s) for s in schema["oneOf"]]
        checks.append(lambda x: sum(1 for o in options if o(x)) == 1)
    if len(checks) == 1:
        return checks[0]
    return lambda x: all(c(x) for c in checks)


def _object(schema: Mapping[str, Any]) -> Check:
    required = tuple(schema.get("required", ()))
    properties = {k: compile_schema(v) for k, v in schema.get("properties", {}).items()}
    extra_schema = schema.get("additionalProperties", True)
    extra = compile_schema(extra_schema)
    no_extra = extra_schema is False
    names = schema.get("propertyNames")
    name_check = compile_schema(names) if names is not None else None
    # Keys repeat from case to case ("2.1.1" in every case): each is checked once.
    good_names: set[str] = set()

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        for key in required:
            if key not in x:
                return False
        if name_check is not None:
            fresh = x.keys() - good_names
            for key in fresh:
                if not name_check(key):
                    return False
            good_names.update(fresh)
        for key, value in x.items():
            check_value = properties.get(key)
            if check_value is not None:
                if not check_value(value):
                    return False
            elif no_extra or not extra(value):
                return False
        return True

    return check


@cache
def pattern(text: str) -> re.Pattern[str]:
    """A schema's pattern as it is meant: ``$`` at its end is the end of the text. (Python's
    ``$`` also matches before a final line break, so ``"2020-06-01\n"`` would pass as a date
    and ``"2.1\n"`` as an id.)"""
    if text.endswith("$") and not text.endswith("\\$"):
        text = text[:-1] + r"\Z"
    return re.compile(text)


@cache
def explainer() -> Any:
    """jsonschema's validator of the inspection schema (which says what is wrong, where the
    compiled check only says whether anything is), with patterns read as :func:`pattern`
    reads them, so that the two agree."""
    import jsonschema  # only needed to explain a problem

    def search(validator: Any, wanted: str, instance: Any, schema: Any) -> Any:
        if validator.is_type(instance, "string") and pattern(wanted).search(instance) is None:
            yield jsonschema.ValidationError(f"{instance!r} does not match {wanted!r}")

    draft = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        jsonschema.Draft7Validator, {"pattern": search}
    )
    return draft(inspection_schema())


@cache
def inspection_check() -> Check:
    """The compiled check of a whole inspection document."""
    return compile_schema(inspection_schema())


@cache
def case_check() -> Check:
    """The compiled check of one item of ``cases``, for data read case by case."""
    return compile_schema(inspection_schema()["properties"]["cases"]["items"])
