"""``ratingbook schema VERSION``: the JSON Schema of a version's inspection data.

jsonschema is the judge: every shipped inspection validates against its version's schema,
and each seeded mistake (one the version's rating refuses too) does not.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import tiny_framework

from ratingbook.dsl.span import Source
from ratingbook.framework import api
from ratingbook.framework.data_schema import version_schema
from ratingbook.framework.loading.frameworks import check_path
from ratingbook.framework.loading.inspections import _read_with_positions
from ratingbook.framework.loading.schema import inspection_schema

REPO = Path(__file__).resolve().parents[2]
RunCli = Callable[..., tuple[int, str, str]]


@functools.cache
def _read(path: Path) -> Any:
    """A file's data as the reader sees it (keys as written, an unquoted date as its ISO
    text), as an editor following the schema would see it.

    Read once per file (listing the shipped files and validating them read each again, and
    every seeded mistake the example): nothing changes what it returns (_example gives a
    copy to damage)."""
    text = path.read_text(encoding="utf-8")
    return _read_with_positions(Source(str(path), text))[0]


def _is_inspection(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return text.startswith("format: ratingbook/inspection-v1") or (
        "\nformat: ratingbook/inspection-v1" in text
    )


def _shipped() -> Iterator[tuple[Path, str]]:
    """Every shipped inspection file, with each version it is meant to be read under: the one
    its ``framework`` key names, else those its expectation files rate it under."""
    expected: dict[Path, set[str]] = {}
    for top in ("standards", "docs/examples"):
        for path in sorted((REPO / top).rglob("*.expectations.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for test in data.get("tests", ()):
                if isinstance(test.get("inspection"), str) and test.get("framework"):
                    where = (path.parent / test["inspection"]).resolve()
                    version = test["framework"]
                    if version.endswith(".framework"):
                        version = str((path.parent / version).resolve())
                    expected.setdefault(where, set()).add(version)
    for top in ("standards", "docs/examples"):
        for path in sorted((REPO / top).rglob("*.yaml")):
            if not _is_inspection(path):
                continue
            own = _read(path).get("framework")
            for version in sorted({own} if own else expected.get(path.resolve(), set())):
                yield path, version


SHIPPED = list(_shipped())


@functools.cache
def validator(version: str) -> jsonschema.Draft7Validator:
    schema = api.inspection_schema(version)
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_there_are_shipped_inspections_to_check() -> None:
    names = {p.name for p, _ in SHIPPED}
    assert {"derby-2018.yaml", "windsor-maidenhead-2020.yaml", "example-2020.yaml"} <= names


@pytest.mark.parametrize(
    ("path", "version"),
    SHIPPED,
    ids=[f"{p.relative_to(REPO)}@{Path(v).name}" for p, v in SHIPPED],
)
def test_every_shipped_inspection_validates_against_its_versions_schema(
    path: Path, version: str
) -> None:
    errors = [e.message for e in validator(version).iter_errors(_read(path))]
    assert errors == []


def _example() -> dict[str, Any]:
    """The example's data, a copy of its own for each caller to damage."""
    data: dict[str, Any] = copy.deepcopy(_read(REPO / "standards/yot/examples/example-2020.yaml"))
    return data


# (id, a mistake made in the example, words of the message jsonschema gives for it)
def _answer_unknown(d: dict[str, Any]) -> None:
    d["cases"][0]["answers"]["2.1.9"] = "yes"


def _answer_na(d: dict[str, Any]) -> None:
    d["cases"][0]["answers"]["2.1.1"] = "n/a"  # 2.1.1 is not "where applicable"


def _rosh(d: dict[str, Any]) -> None:
    d["cases"][0]["attributes"]["rosh"] = "meduim"


def _vocabulary(d: dict[str, Any]) -> None:
    d["cases"][30]["attributes"]["disposal_type"] = "caution"


def _unknown_attribute(d: dict[str, Any]) -> None:
    d["cases"][0]["attributes"]["roshh"] = "low"


def _no_disposal(d: dict[str, Any]) -> None:
    del d["cases"][0]["disposal"]


def _disposal(d: dict[str, Any]) -> None:
    d["cases"][0]["disposal"] = "courts"


def _rating(d: dict[str, Any]) -> None:
    d["domain1"]["1.1"]["rating"] = "Great"


def _judged_is_not_case_rated(d: dict[str, Any]) -> None:
    d["domain1"]["2.1"] = "Good"


def _counts_of_a_judged_item(d: dict[str, Any]) -> None:
    d["counts"] = {"1.1.1": {"relevant": 3, "yes": 2}}


def _flag(d: dict[str, Any]) -> None:
    d["cases"][0]["attributes"]["safety_factors"] = "maybe"


MISTAKES: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("an-unknown-key-question", _answer_unknown),
    ("n/a-where-not-applicable", _answer_na),
    ("a-value-outside-an-order", _rosh),
    ("a-value-outside-a-vocabulary", _vocabulary),
    ("an-undeclared-attribute", _unknown_attribute),
    ("a-case-without-its-disposal", _no_disposal),
    ("a-disposal-outside-its-list", _disposal),
    ("a-rating-that-is-not-one", _rating),
    ("a-case-rated-standard-as-judged", _judged_is_not_case_rated),
    ("counts-for-a-judged-key-question", _counts_of_a_judged_item),
    ("a-flag-that-is-not-yes-or-no", _flag),
]


def test_the_example_validates_before_it_is_damaged() -> None:
    assert list(validator("yot-2020").iter_errors(_example())) == []


@pytest.mark.parametrize("mistake", [m for _, m in MISTAKES], ids=[n for n, _ in MISTAKES])
def test_a_seeded_mistake_does_not_validate(
    mistake: Callable[[dict[str, Any]], None], run_cli: RunCli, tmp_path: Path
) -> None:
    data = _example()
    mistake(data)
    assert list(validator("yot-2020").iter_errors(data)) != []
    # ... and rating it under the version is refused too.
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, _ = run_cli("rate", str(path), "--framework", "yot-2020")
    assert code == 2


TYPED_ATTRIBUTES = (
    "attribute disposal one of court, out-of-court\n"
    'attribute risky flag default no "there is a risk"\n'
    'attribute rosh ordered low, medium, high, "very high"\n'
    "attribute months number 0..120 default 0\n"
    "attribute count number\n"
    "attribute when date\n"
    "attribute kind text\n"
    "attribute grade one of 1, 2, 3\n"
)
TYPED_KQ = (
    'key question 1.2.2 "Q?" from doc line 1\n'
    "  applies to cases where months <= 12 and when >= 2020-06-01 and rosh >= medium\n"
    "  no prompts\n"
)


# Checked and made once for the module (it was once for each of its 14 tests): the tests
# only validate against it.
@pytest.fixture(name="typed_schema", scope="module")
def _typed_schema(tmp_path_factory: pytest.TempPathFactory) -> jsonschema.Draft7Validator:
    path = tmp_path_factory.mktemp("typed") / "typed.framework"
    path.write_text(tiny_framework(attributes=TYPED_ATTRIBUTES, extra=TYPED_KQ), encoding="utf-8")
    result = check_path(path)
    assert result.framework is not None, [d.headline() for d in result.diagnostics]
    schema = version_schema(result.framework, inspection_schema())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def _typed_case(**attributes: Any) -> dict[str, Any]:
    return {
        "format": "ratingbook/inspection-v1",
        "service": "S",
        "framework": "tiny-1",
        "cases": [{"id": "C1", "attributes": attributes}],
    }


GOOD = {"disposal": "court", "rosh": "medium", "months": 6, "when": "2020-07-01"}


@pytest.mark.parametrize(
    "attributes",
    [
        GOOD,
        {**GOOD, "months": 6.0},  # a whole number written with a point, as the reader takes it
        {**GOOD, "count": -3, "kind": "anything", "grade": 2},
        {**GOOD, "grade": "2"},
        {"disposal": "out-of-court"},
    ],
)
def test_typed_values_that_validate(
    typed_schema: jsonschema.Draft7Validator, attributes: dict[str, Any]
) -> None:
    assert [e.message for e in typed_schema.iter_errors(_typed_case(**attributes))] == []


@pytest.mark.parametrize(
    "attributes",
    [
        {**GOOD, "months": "6"},  # a number in quotes
        {**GOOD, "months": 6.5},
        {**GOOD, "months": 121},
        {**GOOD, "months": -1},
        {**GOOD, "when": "01/07/2020"},
        {**GOOD, "when": 20200701},
        {**GOOD, "rosh": "Medium"},
        {**GOOD, "grade": 4},
        {"rosh": "low"},  # no disposal: the domain's condition needs it of every case
    ],
)
def test_typed_values_that_do_not_validate(
    typed_schema: jsonschema.Draft7Validator, attributes: dict[str, Any]
) -> None:
    assert list(typed_schema.iter_errors(_typed_case(**attributes))) != []


def _properties(schema: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(schema, dict):
        for key, sub in schema.get("properties", {}).items():
            yield f"{path}.{key}", sub
            yield from _properties(sub, f"{path}.{key}")
        for key, sub in schema.items():
            if key in ("items", "additionalProperties") or key == "definitions":
                if key == "definitions":
                    for name, d in sub.items():
                        yield from _properties(d, f"#{name}")
                else:
                    yield from _properties(sub, path)
            elif key in ("oneOf", "anyOf", "allOf"):
                for one in sub:
                    yield from _properties(one, path)


@pytest.mark.parametrize("version", ["yot-2018", "yot-2020"])
def test_every_property_is_described(version: str) -> None:
    schema = api.inspection_schema(version)
    missing = [p for p, sub in _properties(schema) if not sub.get("description")]
    assert missing == []


def test_the_ids_are_the_versions() -> None:
    schema = api.inspection_schema("yot-2020")
    props = schema["properties"]
    answers = props["cases"]["items"]["properties"]["answers"]["properties"]
    fw = api.load_framework("yot-2020")
    rated = [s for s in fw.standards() if not s.judged]
    kqs = [k.id for s in rated for k in s.key_questions]
    prompts = [p.id for s in rated for k in s.key_questions for p in k.prompts]
    assert set(answers) == set(kqs) | set(prompts)
    assert set(props["counts"]["properties"]) == set(kqs) | set(prompts)
    assert set(props["domain1"]["properties"]) == {"1.1", "1.2", "1.3", "1.4"}
    assert set(props["judgements"]["properties"]) == {"1.1", "1.2", "1.3", "1.4"}
    assert set(props["population"]["properties"]) == {"2", "3"}
    # n/a only for the "where applicable" items
    na = {i for i, s in answers.items() if s["allOf"][0]["$ref"].endswith("not_applicable")}
    where = {p.id for s in rated for k in s.key_questions for p in k.prompts if p.where_applicable}
    assert na == where and len(na) == 22
    attrs = props["cases"]["items"]["properties"]["attributes"]["properties"]
    assert attrs["rosh"]["enum"] == ["low", "medium", "high", "very high"]
    assert "youth conditional caution" in attrs["disposal_type"]["enum"]


def test_a_key_the_format_adds_later_flows_through() -> None:
    generic = copy.deepcopy(inspection_schema())
    generic["properties"]["future"] = {"type": "object", "additionalProperties": {"type": "string"}}
    schema = version_schema(api.load_framework("yot-2020"), generic)
    assert schema["properties"]["future"]["additionalProperties"] == {"type": "string"}
    assert schema["properties"]["future"]["description"]


def test_the_command_prints_the_schema_with_its_audit_note(run_cli: RunCli) -> None:
    code, out, err = run_cli("schema", "yot-2018")
    assert code == 0, err
    schema = json.loads(out)
    assert schema["$comment"].startswith("made by ratingbook ")
    assert "framework yot-2018 standards/yot/2018.framework sha256:" in schema["$comment"]
    assert schema["title"].startswith("ratingbook inspection data for yot-2018")
    jsonschema.Draft7Validator.check_schema(schema)


def test_the_command_writes_a_file(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    code, out, err = run_cli("schema", "yot-2020", "-o", str(target))
    assert code == 0 and out == ""
    assert f"wrote {target}" in err
    assert json.loads(target.read_text(encoding="utf-8"))["$id"].endswith("/yot-2020.json")


def test_an_unknown_version_is_bad_input(run_cli: RunCli) -> None:
    code, _, err = run_cli("schema", "yot-2099")
    assert code == 2 and "yot-2099" in err
