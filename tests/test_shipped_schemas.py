"""The JSON Schemas ratingbook ships for expectation files and the project file.

- every property of each is described (an editor shows it on hover);
- every shipped expectation file (standards/, docs/examples/) is valid under the expectation
  schema, and so is every project file `init` writes and docs/workspace.md shows;
- the schemas agree with what ratingbook reads: what the schema refuses, ratingbook refuses
  too (each mistake below, both ways);
- `ratingbook schema expectations|project` prints them.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import ratingbook
from ratingbook.framework.loading import scaffold

RunCli = Callable[..., tuple[int, str, str]]
REPO = Path(__file__).resolve().parents[1]
EXPECTATION_FILES = sorted(
    p
    for folder in (REPO / "standards", REPO / "docs" / "examples")
    for p in folder.rglob("*.yaml")
    if "format: ratingbook/expectations-v1" in p.read_text(encoding="utf-8")
)


def _schemas(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema a property is described by, with where it is."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{where}.{name}", sub
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            yield f"{where}.*", extra
        items = node.get("items")
        if isinstance(items, dict):
            yield f"{where}[]", items
        for key, value in node.items():
            if key in ("properties",):
                for name, sub in value.items():
                    yield from _schemas(sub, f"{where}.{name}")
            elif key in ("additionalProperties", "items"):
                yield from _schemas(value, f"{where}.*" if key != "items" else f"{where}[]")
            elif key in ("anyOf", "oneOf", "allOf"):
                for sub in value:
                    yield from _schemas(sub, where)


@pytest.mark.parametrize("name", ["expectations", "project"])
def test_every_property_is_described(name: str) -> None:
    schema = ratingbook.shipped_schema(name)
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["description"]
    undescribed = [where for where, sub in _schemas(schema) if not sub.get("description")]
    assert not undescribed, undescribed


def test_there_are_shipped_expectation_files() -> None:
    names = {p.name for p in EXPECTATION_FILES}
    assert {"published.yaml", "made-up.yaml", "good-from-70.expectations.yaml"} <= names


@pytest.mark.parametrize("path", EXPECTATION_FILES, ids=[p.name for p in EXPECTATION_FILES])
def test_every_shipped_expectation_file_is_valid(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, ratingbook.shipped_schema("expectations"))


def test_the_project_files_init_writes_and_the_docs_show_are_valid() -> None:
    schema = ratingbook.shipped_schema("project")
    jsonschema.validate(tomllib.loads(scaffold.project_text()), schema)
    doc = (REPO / "docs" / "workspace.md").read_text(encoding="utf-8")
    shown = doc.split("```toml\n")[1:]
    assert len(shown) >= 2
    for block in shown:
        jsonschema.validate(tomllib.loads(block.split("```")[0]), schema)


GOOD_TEST = {
    "name": "n",
    "framework": "yot-2020",
    "inspection": "../examples/example-2020.yaml",
    "expect": {"overall": {"rating": "Good"}},
}

# Each is refused by the schema and by `ratingbook test`.
BAD_EXPECTATIONS = {
    "no format": {"tests": [GOOD_TEST]},
    "no tests": {"format": "ratingbook/expectations-v1", "tests": []},
    "unknown expect key": {"expect": {"overal": {"rating": "Good"}}},
    "unknown standard key": {"expect": {"standards": {"2.4": {"ratin": "Good"}}}},
    "percent over 100": {"expect": {"key_questions": {"2.3.3": {"percent": 101}}}},
    "a rating as a number": {"expect": {"overall": {"rating": 3}}},
    "error with others": {"expect": {"error": "x", "overall": {"rating": "Good"}}},
    "flag as text": {"expect": {"standards": {"2.4": {"discretion_eligible": "yes"}}}},
    "unknown range key": {"expect": {"overall": {"undetermined": {"low": "Good"}}}},
}


def _document(change: dict[str, Any]) -> dict[str, Any]:
    if "expect" in change:
        return {"format": "ratingbook/expectations-v1", "tests": [{**GOOD_TEST, **change}]}
    return change


@pytest.mark.parametrize("name", list(BAD_EXPECTATIONS))
def test_what_the_expectation_schema_refuses_test_refuses(
    run_cli: RunCli, tmp_path: Path, name: str
) -> None:
    data = _document(BAD_EXPECTATIONS[name])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, ratingbook.shipped_schema("expectations"))
    folder = tmp_path / "expectations"
    folder.mkdir()
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "example-2020.yaml").write_text(
        (REPO / "standards/yot/examples/example-2020.yaml").read_text("utf-8"), "utf-8"
    )
    path = folder / "bad.yaml"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run_cli("test", str(path), cwd=tmp_path)
    assert code == 2, out + err


BAD_PROJECTS = [
    'version = ["versions"]\n',
    "versions = 3\n",
    "versions = []\n",
    'sources = ["a", "b"]\n',
    'replaces = "yot-2020"\n',
    'replaces = ["2020"]\n',
]


@pytest.mark.parametrize("text", BAD_PROJECTS)
def test_what_the_project_schema_refuses_ratingbook_refuses(
    run_cli: RunCli, tmp_path: Path, text: str
) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(tomllib.loads(text), ratingbook.shipped_schema("project"))
    (tmp_path / "ratingbook.toml").write_text(text, encoding="utf-8")
    (tmp_path / "versions").mkdir()
    code, _, err = run_cli("frameworks", cwd=tmp_path)
    assert code == 2 and "ratingbook.toml" in err, err


@pytest.mark.parametrize("name", ["expectations", "project"])
def test_schema_prints_the_shipped_schema(run_cli: RunCli, name: str) -> None:
    code, out, err = run_cli("schema", name)
    assert code == 0, err
    printed = json.loads(out)
    assert printed.pop("$comment").startswith("made by ratingbook ")
    assert printed == ratingbook.shipped_schema(name)


def test_schema_of_a_version_still_prints_its_data_schema(run_cli: RunCli) -> None:
    code, out, _ = run_cli("schema", "yot-2020")
    assert code == 0 and json.loads(out)["properties"]["framework"]
