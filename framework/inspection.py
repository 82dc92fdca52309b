"""Inspection data (``ratingbook/inspection-v1``): load YAML or JSON, validate, keep positions.

Every problem found is reported at once, each at its line in the data file. Keys are read
from the text as written, so a bare ``1.1`` (which YAML reads as a number) and a quoted
``"1.1"`` are the same id; bare ``yes``/``no`` answers (booleans to YAML) are answers.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

import jsonschema
import yaml

from ratingbook.dsl import Diagnostic, Source, Span
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework.errors import DiagnosticsError, InputError

FORMAT = "ratingbook/inspection-v1"
PathKey = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    disposal: str
    attributes: dict[str, str]  # every value as text: flags are "yes"/"no"
    answers: dict[str, str]  # "yes" | "no" | "n/a"
    index: int


@dataclass(frozen=True, slots=True)
class Count:
    relevant: int | None
    yes: int | None
    percent: float | None
    line: int | None


@dataclass(frozen=True, slots=True)
class Judgement:
    rating: str
    evidence: str | None
    line: int | None


@dataclass(frozen=True, slots=True)
class Decision:
    rating: str
    reason: str
    override: bool
    line: int | None


@dataclass(frozen=True)
class Inspection:
    """Validated inspection data, with the position of every value for later messages."""

    path: str
    service: str
    framework: str | None
    fieldwork: str | None
    judgements: dict[str, Judgement]
    cases: tuple[Case, ...]
    counts: dict[str, Count]
    discretion: dict[str, Decision]
    source: dict[str, str] | None
    text: Source
    spans: dict[PathKey, Span] = field(repr=False)
    key_spans: dict[PathKey, Span] = field(repr=False)

    def span(self, *path: str | int) -> Span | None:
        """The position of the value at ``path`` (or of its nearest enclosing value)."""
        p: PathKey = tuple(path)
        while p:
            if p in self.spans:
                return self.spans[p]
            p = p[:-1]
        return self.spans.get(())

    def key_span(self, *path: str | int) -> Span | None:
        return self.key_spans.get(tuple(path)) or self.span(*path)


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


# ------------------------------------------------------------------------------ reading


class _Reader:
    """Builds plain data from YAML nodes, noting where each value and key sits."""

    def __init__(self, source: Source, loader: yaml.SafeLoader) -> None:
        self.source = source
        self.loader = loader
        self.spans: dict[PathKey, Span] = {}
        self.key_spans: dict[PathKey, Span] = {}
        self.duplicates: list[tuple[PathKey, Span]] = []

    def span(self, node: yaml.Node) -> Span:
        start, end = node.start_mark, node.end_mark
        if end.line > start.line and isinstance(node, yaml.ScalarNode) is False:
            end = start
        return Span(
            self.source.path, start.line + 1, start.column + 1, end.line + 1, end.column + 1
        )

    def read(self, node: yaml.Node, path: PathKey) -> Any:
        self.spans[path] = self.span(node)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.key(key_node)
                if key in out:
                    self.duplicates.append(((*path, key), self.span(key_node)))
                self.key_spans[(*path, key)] = self.span(key_node)
                out[key] = self.read(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.read(item, (*path, i)) for i, item in enumerate(node.value)]
        value = self.loader.construct_object(node, deep=True)
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()[:10]
        return value

    def key(self, node: yaml.Node) -> str:
        if isinstance(node, yaml.ScalarNode):
            return str(node.value)
        return str(self.loader.construct_object(node, deep=True))


def _read_text(path: str) -> tuple[str, str]:
    if path == "-":
        return sys.stdin.read(), "<stdin>"
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file; check the path (use '-' to read from stdin)")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not an inspection file")
    try:
        return p.read_text(encoding="utf-8"), path
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from err


def _select(node: yaml.Node, within: PathKey) -> yaml.Node | None:
    """The node at ``within`` (mapping keys and list indexes) below ``node``."""
    for part in within:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            found = [v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part]
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


def _parse(text: str, display: str, within: PathKey = ()) -> tuple[Any, _Reader]:
    source = Source(display, text)
    if display.endswith(".json"):
        try:
            json.loads(text)
        except json.JSONDecodeError as err:
            span = Span(display, err.lineno, err.colno, err.lineno, err.colno + 1)
            raise DiagnosticsError(
                [Diagnostic.error("input-syntax", f"malformed JSON: {err.msg}", span)],
                {display: source},
            ) from err
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise DiagnosticsError(
                [
                    Diagnostic.error(
                        "input-syntax",
                        "the file is empty: expected an inspection mapping",
                        Span(display, 1, 1, 1, 2),
                    )
                ],
                {display: source},
            )
        reader = _Reader(source, loader)
        selected = _select(node, within)
        if selected is None:
            raise InputError(f"{display}: nothing at {format_path(within)}")
        return reader.read(selected, ()), reader
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = err.problem or "malformed YAML"
        raise DiagnosticsError(
            [
                Diagnostic.error(
                    "input-syntax",
                    f"malformed YAML: {problem}" + (f" ({err.context})" if err.context else ""),
                    Span(display, line, col, line, col + 1),
                )
            ],
            {display: source},
        ) from err
    except yaml.YAMLError as err:
        raise InputError(f"{display}: malformed YAML: {err}") from err
    finally:
        loader.dispose()


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("ratingbook.framework").joinpath("schema/inspection-v1.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _schema_message(err: jsonschema.ValidationError) -> tuple[PathKey, str, bool]:
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
        options = ", ".join(str(o) for o in allowed_values if isinstance(o, str))
        return path, f"{err.instance!r} is not allowed here: use one of {options}", False
    if v == "type":
        want = err.validator_value
        want = " or ".join(want) if isinstance(want, list) else want
        return path, f"expected {want}, got {err.instance!r}", False
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
            return path, f"{err.instance!r} is not a date like 2020-08-24", False
        return path, f"{err.instance!r} does not have the expected form", False
    if v == "anyOf":
        return (
            path,
            "give either 'relevant' and 'yes' (counts) or 'percent' (a published figure)",
            False,
        )
    if v == "oneOf":
        return path, "expected a rating, or a mapping with 'rating' and optional 'evidence'", False
    if v in ("minimum", "maximum"):
        return path, f"{err.instance!r} is out of range ({v} {err.validator_value})", False
    if v == "minLength":
        return path, "must not be empty", False
    return path, err.message, False


def load_inspection(path: str) -> Inspection:
    """Read, parse and validate an inspection file; raise with every problem found."""
    text, display = _read_text(path)
    return load_inspection_text(text, display)


def load_inspection_text(text: str, display: str, within: PathKey = ()) -> Inspection:
    """Parse and validate inspection data given as text; ``display`` names it in messages.

    ``within`` picks inspection data held inside a larger document (an expectations file's
    inline ``tests[N].inspection``); messages then give lines of the whole document.
    """
    data, reader = _parse(text, display, within)
    source = reader.source
    problems: list[Diagnostic] = []
    if not isinstance(data, dict):
        raise DiagnosticsError(
            [
                Diagnostic.error(
                    "input-schema",
                    "expected a mapping with format, service, ...",
                    reader.spans.get(()),
                )
            ],
            {display: source},
        )
    data = _normalise(data)
    for where, key_span in reader.duplicates:
        problems.append(
            Diagnostic.error(
                "input-schema",
                f"{format_path(where)}: given twice in the same mapping; keep one (YAML would silently use the last)",
                key_span,
            )
        )
    validator = jsonschema.Draft7Validator(schema())
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        where, message, is_key = _schema_message(err)
        span = reader.key_spans.get(where) if is_key else None
        span = span or _nearest(reader.spans, where)
        problems.append(Diagnostic.error("input-schema", f"{format_path(where)}: {message}", span))
    cases = data.get("cases", []) if isinstance(data.get("cases"), list) else []
    seen: dict[str, int] = {}
    for i, case in enumerate(cases):
        cid = str(case.get("id")) if isinstance(case, dict) else None
        if cid is None:
            continue
        if cid in seen:
            problems.append(
                Diagnostic.error(
                    "input-schema",
                    f"cases[{i}].id: case {cid} appears twice (first as cases[{seen[cid]}])",
                    _nearest(reader.spans, ("cases", i, "id")),
                )
            )
        seen.setdefault(cid, i)
    for key, count in (
        (data.get("counts") or {}).items() if isinstance(data.get("counts"), dict) else ()
    ):
        if (
            isinstance(count, dict)
            and isinstance(count.get("yes"), int)
            and isinstance(count.get("relevant"), int)
        ):
            if count["yes"] > count["relevant"]:
                problems.append(
                    Diagnostic.error(
                        "input-schema",
                        f'counts."{key}": yes ({count["yes"]}) is more than relevant ({count["relevant"]})',
                        _nearest(reader.spans, ("counts", key, "yes")),
                    )
                )
    if problems:
        raise DiagnosticsError(
            problems,
            {display: source},
            f"{display}: {len(problems)} problem(s) in the inspection data",
        )
    return Inspection(
        path=display,
        service=data["service"],
        framework=data.get("framework"),
        fieldwork=data.get("fieldwork"),
        judgements={
            k: Judgement(v, None, None)
            if isinstance(v, str)
            else Judgement(v["rating"], v.get("evidence"), v.get("line"))
            for k, v in (data.get("domain1") or {}).items()
        },
        cases=tuple(
            Case(
                id=str(c["id"]),
                disposal=str(c["disposal"]),
                attributes={k: _text(v) for k, v in (c.get("attributes") or {}).items()},
                answers={k: _answer(v) for k, v in (c.get("answers") or {}).items()},
                index=i,
            )
            for i, c in enumerate(cases)
        ),
        counts={
            k: Count(v.get("relevant"), v.get("yes"), v.get("percent"), v.get("line"))
            for k, v in (data.get("counts") or {}).items()
        },
        discretion={
            k: Decision(v["rating"], v["reason"], bool(v.get("override", False)), v.get("line"))
            for k, v in (data.get("discretion") or {}).items()
        },
        source=data.get("source"),
        text=source,
        spans=reader.spans,
        key_spans=reader.key_spans,
    )


def _nearest(spans: dict[PathKey, Span], path: PathKey) -> Span | None:
    p = path
    while p:
        if p in spans:
            return spans[p]
        p = p[:-1]
    return spans.get(())


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    """What YAML reads loosely, made exact before validation (ids are already text)."""
    if isinstance(data.get("service"), (int, float)):
        data["service"] = str(data["service"])
    return data


def _text(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _answer(value: Any) -> str:
    return _text(value).lower()
