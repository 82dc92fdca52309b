"""The JSON Schema of one version's inspection data (``ratingbook schema VERSION``).

The shipped schema (``schema/inspection-v1.json``) describes the data of every version: ids
are any ids, attributes any values. This module specialises it to one version, for editors
and import tools: the keys of ``answers`` and ``counts`` become the version's key-question and
prompt ids (``n/a`` only where the item is ``where applicable``), a case's ``attributes`` the
attributes it declares, each with its type, list, vocabulary, range or date form, the keys
of ``domain1`` and ``judgements`` its judged standards, and every rating one of its ratings.
Every property carries a description.

It works on a copy of the generic schema and changes only the places it knows: a top-level
key it does not know (one added to the format later) is kept as the generic schema gives it,
with a description, so the specialised schema never says less than the generic one.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from ratingbook.framework import ids
from ratingbook.framework.model import Attribute, Framework, Standard

Schema = dict[str, Any]

# What each key of the inspection format records, by its path (a list's items are "[]"; the
# value of a keyed mapping's entry is "*"). The ids themselves are described from the version.
_DESCRIBED: Final[dict[str, str]] = {
    "format": "the format of the file: always ratingbook/inspection-v1",
    "service": "the inspected service, as the report names it",
    "framework": "the version the data was recorded under",
    "fieldwork": "when the fieldwork was done, as a date (2020-08-24)",
    "note": "free text about the data: where it comes from, what it leaves out",
    "population": "the eligible population of each sampled domain: the cases the sample "
    "was drawn from, by domain id",
    "lead_inspector": "who led the inspection",
    "source": "the document the data was transcribed from",
    "source.title": "the document's title",
    "source.file": "the document's file",
    "source.lines": "the lines of the document the figures come from",
    "domain1": "the inspector's rating of each standard rated by judgement, by standard id "
    "(the older key; judgements is the same)",
    "judgements": "the inspector's rating (or item scores) of each standard rated by "
    "judgement, by standard id",
    "cases": "the inspected cases, each with its attributes and answers",
    "cases[]": "one inspected case",
    "cases[].id": "the case's reference, unique in the file",
    "cases[].note": "free text about the case, shown when it is explained",
    "cases[].inspector": "who judged the case",
    "cases[].attributes": "the facts about the case that decide which key questions apply",
    "cases[].answers": "the inspector's answers, by key-question or prompt id",
    "counts": "published figures, by key-question or prompt id: relevant cases and cases "
    "answered yes, or a published percentage",
    "discretion": "the ratings panel's decisions, by standard (or key-question) id",
    "not_inspected": "key questions the inspection did not inspect, each with the reason",
    "*.rating": "a rating",
    "*.evidence": "the evidence for the rating, as the report gives it",
    "*.line": "the line of the source document where this is printed",
    "*.scores": "the score of each key question, as the inspector gave it",
    "*.relevant": "the number of relevant cases",
    "*.yes": "the number of relevant cases answered yes",
    "*.percent": "the published percentage (a whole number)",
    "*.reason": "why, in the words of the data",
    "*.override": "the panel set the rating aside altogether (not only within one band)",
    "*.answer": "yes, no or n/a",
}


def version_schema(framework: Framework, generic: Mapping[str, Any]) -> Schema:
    """The JSON Schema (draft 7) of ``framework``'s inspection data, from the generic one."""
    out: Schema = copy.deepcopy(dict(generic))
    fw = framework
    out["$id"] = re.sub(r"\.json$", f"/{fw.id}.json", str(out.get("$id", "inspection-v1.json")))
    out["title"] = f"ratingbook inspection data for {fw.id}: {fw.title}"
    out["description"] = (
        f"Inspection data (ratingbook/inspection-v1) as {fw.id} reads it: its ids, "
        "attributes, vocabularies and ratings. Which attributes a case gives beyond those "
        "that decide its domain depends on the conditions that apply to it; ratingbook rate "
        "checks that."
    )
    props: Schema = out.get("properties", {})
    ratings = [r.name for r in reversed(fw.ratings)]  # best first, as a reader lists them
    judged = [s for s in fw.standards() if s.judged]
    rated = [s for s in fw.standards() if not s.judged]
    kqs = [k for s in rated for k in s.key_questions]
    prompts = [p for k in kqs for p in k.prompts]

    if "framework" in props:
        # Not fixed to this version: data recorded under one version may be rated under
        # another (a draft, the next version), and keeps naming its own.
        props["framework"]["description"] = (
            f"the version the data was recorded under ({fw.id} for data recorded under this one)"
        )
    for key in ("domain1", "judgements"):
        if key in props:
            props[key] = _judged(props[key], judged, ratings)
    if "population" in props:
        sampled = list(dict.fromkeys(d.id for d in fw.domains for s in d.standards if not s.judged))
        props["population"] = _keyed(
            props["population"], {d: f"domain {d}: {_domain_name(fw, d)}" for d in sampled}
        )
    shared = _Shared()
    items = {k.id: k.text.text for k in kqs} | {p.id: p.text.text for p in prompts}
    if "counts" in props:
        props["counts"] = _keyed(props["counts"], _ordered(items), shared=(shared, "count"))
    if "not_inspected" in props:
        props["not_inspected"] = _keyed(
            props["not_inspected"],
            {k.id: k.text.text for k in kqs},
            shared=(shared, "not_inspected"),
        )
    if "discretion" in props:
        decided = {s.id: s.name for s in rated} | {k.id: k.text.text for k in kqs}
        template = _ratings(copy.deepcopy(props["discretion"]), ratings)
        props["discretion"] = _keyed(template, _ordered(decided), shared=(shared, "decision"))
    cases = props.get("cases", {}).get("items")
    if isinstance(cases, dict):
        _cases(cases, fw, kqs, prompts, shared)
    if shared.definitions:
        out.setdefault("definitions", {}).update(shared.definitions)
    _describe(out, "")
    for definition in out.get("definitions", {}).values():
        _describe(definition, "*")
    return out


# ---------------------------------------------------------------------------- keyed mappings


def _ordered(found: Mapping[str, str]) -> dict[str, str]:
    return {k: found[k] for k in sorted(found, key=ids.sort_key)}


class _Shared:
    """Value schemas that many keys share (every answer, every count), kept once under
    ``definitions`` and referred to, so the schema stays small enough to read."""

    def __init__(self) -> None:
        self.definitions: dict[str, Schema] = {}
        self._names: dict[str, str] = {}

    def refer(self, name: str, schema: Schema) -> Schema:
        key = json.dumps(schema, sort_keys=True)
        if len(key) < 80:  # small enough to repeat
            return schema
        found = self._names.get(key)
        if found is None:
            found = name
            n = 2
            while found in self.definitions:
                found, n = f"{name}_{n}", n + 1
            self.definitions[found] = schema
            self._names[key] = found
        # Beside $ref a draft-7 validator reads nothing, so the reference sits in allOf and a
        # description can stand beside it.
        return {"allOf": [{"$ref": f"#/definitions/{found}"}]}


def _keyed(
    schema: Schema,
    keys: Mapping[str, str],
    value: Callable[[str, Schema], Schema | None] | None = None,
    shared: tuple[_Shared, str] | None = None,
) -> Schema:
    """A mapping keyed by any id matching a pattern, made one with exactly ``keys`` (each
    described): every value as the generic schema gives it, or as ``value`` makes it (None:
    the key is left out). With ``shared`` (the definitions and a name), a value many keys
    share is written once."""
    template = schema.get("additionalProperties", True)
    pattern = schema.get("propertyNames", {}).get("pattern")
    out = {k: v for k, v in schema.items() if k not in ("propertyNames", "additionalProperties")}
    properties: Schema = {}
    for key, words in keys.items():
        if pattern is not None and not re.search(pattern, key):
            continue  # the format keeps this mapping for other ids
        one = copy.deepcopy(template) if isinstance(template, dict) else {}
        if value is not None:
            made = value(key, one)
            if made is None:
                continue
            one = made
        if shared is not None:
            one = shared[0].refer(shared[1], one)
        one["description"] = f"{key}: {words}"
        properties[key] = one
    out["properties"] = properties
    out["additionalProperties"] = False
    return out


def _domain_name(fw: Framework, domain_id: str) -> str:
    return next((d.name for d in fw.domains if d.id == domain_id), domain_id)


# ---------------------------------------------------------------------------- ratings


def _ratings(schema: Any, ratings: list[str]) -> Any:
    """Every ``rating`` the schema holds (a property so named, or a rating written alone as
    the first choice of a judged standard) made one of the version's ratings."""
    if isinstance(schema, dict):
        for key, sub in schema.get("properties", {}).items():
            if key == "rating" and isinstance(sub, dict):
                sub["enum"] = ratings
            else:
                _ratings(sub, ratings)
        for key in ("additionalProperties", "items"):
            if isinstance(schema.get(key), dict):
                _ratings(schema[key], ratings)
        for key in ("oneOf", "anyOf", "allOf"):
            for sub in schema.get(key, ()):
                _ratings(sub, ratings)
    return schema


def _judged(schema: Schema, standards: list[Standard], ratings: list[str]) -> Schema:
    """``domain1`` or ``judgements``: the judged standards, each with what its rule takes: a
    rating (alone or with its evidence), or item scores of its key questions within the
    rule's range."""

    def value(sid: str, template: Schema) -> Schema | None:
        std = next(s for s in standards if s.id == sid)
        scored = std.rule.form.startswith("item scores")
        # A standard the inspector scores item by item may be given its scores or, as any
        # judged standard, its rating; one rated by judgement, only its rating.
        choices = [
            c
            for c in template.get("oneOf", [template])
            if isinstance(c, dict) and (scored or not _takes_scores(c))
        ]
        if not choices:
            return None  # this mapping cannot hold such a standard
        for choice in choices:
            if choice.get("type") == "string" and "properties" not in choice:
                choice["enum"] = ratings
            scores = choice.get("properties", {}).get("scores")
            if isinstance(scores, dict):
                low, high = std.rule.params[:2] if len(std.rule.params) >= 2 else (None, None)
                each = copy.deepcopy(scores.get("additionalProperties", {}))
                if low is not None:
                    each["minimum"], each["maximum"] = low, high
                choice["properties"]["scores"] = _keyed(
                    {**scores, "additionalProperties": each},
                    {k.id: k.text.text for k in std.key_questions},
                )
        _ratings({"oneOf": choices}, ratings)
        return {"oneOf": choices} if len(choices) > 1 else choices[0]

    return _keyed(schema, {s.id: s.name for s in standards}, value)


def _takes_scores(choice: Schema) -> bool:
    return "scores" in choice.get("properties", {})


# ---------------------------------------------------------------------------- cases


def _cases(
    case: Schema, fw: Framework, kqs: list[Any], prompts: list[Any], shared: _Shared
) -> None:
    props: Schema = case.setdefault("properties", {})
    attributes = {a.name: attribute_schema(a) for a in fw.attributes}
    generic_attributes = props.get("attributes", {})
    props["attributes"] = {
        **{k: v for k, v in generic_attributes.items() if k != "additionalProperties"},
        "type": "object",
        "properties": attributes,
        "additionalProperties": False,
    }
    # A case may give an attribute at its top level (the format's shorthand, ``disposal:``)
    # only where the version declares it.
    for key in list(props):
        if key not in ("id", "note", "inspector", "attributes", "answers"):
            if key in attributes:
                props[key] = copy.deepcopy(attributes[key])
                props[key]["description"] = (
                    f"the case's {key}, given here as under attributes (give it in one "
                    f"place only): {attributes[key].get('description', key)}"
                )
            else:
                del props[key]
    _require_domain_attributes(case, fw, set(props))
    answers = props.get("answers")
    if isinstance(answers, dict):
        template = answers.get("additionalProperties", {})
        strict = _without_na(copy.deepcopy(template))
        relaxed = copy.deepcopy(template)
        where_applicable = {k.id for k in kqs if k.where_applicable} | {
            p.id for p in prompts if p.where_applicable
        }
        items = _ordered({k.id: k.text.text for k in kqs} | {p.id: p.text.text for p in prompts})

        def value(item: str, _: Schema) -> Schema:
            if item in where_applicable:
                return shared.refer("answer_or_not_applicable", copy.deepcopy(relaxed))
            return shared.refer("answer", copy.deepcopy(strict))

        props["answers"] = _keyed(answers, items, value)


def _require_domain_attributes(case: Schema, fw: Framework, top: set[str]) -> None:
    """The attributes the domains' conditions test, without a default, are given by every
    case: under ``attributes``, or (for the shorthand) at the top of the case."""
    needed = []
    for name in fw.domain_attributes:
        attr = fw.attribute(name)
        if attr is None or attr.default is not None:
            continue
        inside = {"properties": {"attributes": {"required": [name]}}, "required": ["attributes"]}
        needed.append({"anyOf": [{"required": [name]}, inside]} if name in top else inside)
    if needed:
        case.setdefault("allOf", []).extend(needed)


def _without_na(schema: Any) -> Any:
    """The answer schema with ``n/a`` taken out of every list of allowed answers."""
    if isinstance(schema, dict):
        if isinstance(schema.get("enum"), list):
            schema["enum"] = [v for v in schema["enum"] if v != "n/a"]
        for value in schema.values():
            _without_na(value)
    elif isinstance(schema, list):
        for value in schema:
            _without_na(value)
    return schema


def attribute_schema(attr: Attribute) -> Schema:
    """The schema of an attribute's value as inspection data gives it: what the reader
    accepts (a flag's ``true`` or ``yes``, a number without quotes, ...)."""
    meaning = attr.description or attr.name.replace("_", " ")
    out: Schema
    listed = attr.listed
    match attr.kind:
        case "number":
            out = {"type": "integer"}
            if attr.low is not None:
                out["minimum"], out["maximum"] = attr.low, attr.high
            kind = "a whole number" + (
                f" from {attr.low} to {attr.high}" if attr.low is not None else ""
            )
        case "date":
            out = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
            kind = "a date, YEAR-MONTH-DAY"
        case "text" if listed is None:
            out = {"type": ["string", "number", "boolean"]}
            kind = "free text"
        case _:
            assert listed is not None
            out = {"enum": list(_forms(listed))}
            kind = {
                "flag": "yes or no",
                "enum": "one of " + ", ".join(listed),
                "ordered": "one of " + ", ".join(listed) + ", lowest first",
                "text": "one of the vocabulary " + ", ".join(f'"{v}"' for v in listed),
            }.get(attr.kind, "")
    if attr.default is not None:
        out["default"] = _json_value(attr.default, attr)
        kind += f"; {attr.default} when not given"
    out["description"] = f"{meaning} ({kind})"
    return out


def _forms(values: Iterable[str]) -> Iterable[Any]:
    """Each listed value, and the JSON value the reader takes as it: ``true`` for ``yes``,
    ``3`` for ``"3"``."""
    for v in values:
        yield v
        if v == "yes":
            yield True
        elif v == "no":
            yield False
        elif re.fullmatch(r"-?[0-9]+", v):
            yield int(v)


def _json_value(text: str, attr: Attribute) -> Any:
    if attr.kind == "number":
        return int(text)
    if attr.kind == "flag":
        return text == "yes"
    return text


# ---------------------------------------------------------------------------- descriptions


def _describe(schema: Any, path: str) -> None:
    """A description on every property: the format's own words, else one naming the key."""
    if not isinstance(schema, dict):
        return
    for key, sub in schema.get("properties", {}).items():
        here = f"{path}.{key}" if path else key
        if isinstance(sub, dict):
            if "description" not in sub:
                sub["description"] = (
                    _DESCRIBED.get(here)
                    or _DESCRIBED.get(f"*.{key}")
                    or f"{key}, as docs/inspection-format.md describes it"
                )
            _describe(sub, here)
    for key in ("additionalProperties",):
        if isinstance(schema.get(key), dict):
            _describe(schema[key], path)
    if isinstance(schema.get("items"), dict):
        _describe(schema["items"], f"{path}[]")
    for key in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(key, ()):
            _describe(sub, path)
