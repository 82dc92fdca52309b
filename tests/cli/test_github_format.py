"""``check --format github``: each finding as a GitHub Actions annotation on its line.

The golden file holds the layout; the annotations read back as GitHub's runner reads them
(its escapes undone) give exactly ``--format json``'s findings, place, severity, code,
message and notes; a warning is an error under ``--strict``; the exit status is the text
report's; and any message or file name, however written, arrives whole on one line.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, run_cli
from hypothesis import given
from hypothesis import strategies as st

from ratingbook.dsl.diagnostics import Diagnostic, Severity
from ratingbook.dsl.span import Span
from ratingbook.framework.codes import UNKNOWN_REF
from ratingbook.framework.emit import formats_for
from ratingbook.framework.emit.github import TITLE, annotation

ERRORS = "docs/examples/good-from-70-two-bands.framework"  # two errors, each with a note
WARNINGS = "tests/data/diff/candidate-2021.framework"  # two warnings, each with a note
COMMAND = re.compile(r"^::(error|warning|notice) (?:([^:]*))?::(.*)$")


def _unescape(text: str) -> str:
    """What GitHub's runner makes of an escaped message or property value."""
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def _read(line: str) -> dict[str, Any]:
    """One workflow command, as the runner reads it: its level, properties and message."""
    found = COMMAND.match(line)
    assert found is not None, line
    level, properties, message = found.groups()
    read = {k: _unescape(v) for k, v in (p.split("=", 1) for p in (properties or "").split(","))}
    return {"level": level, **read, "message": _unescape(message)}


def _from_json(finding: dict[str, Any], strict: bool) -> dict[str, Any]:
    """What the annotation of a ``--format json`` finding must read back as."""
    level = {"error": "error", "warning": "error" if strict else "warning", "note": "notice"}
    notes = finding["hint"].split("\n") if finding["hint"] else []
    place = {}
    if finding["file"] is not None:
        place = {
            "file": finding["file"],
            "line": str(finding["line"]),
            "col": str(finding["column"]),
            "endLine": str(finding["end"]["line"]),
            "endColumn": str(finding["end"]["column"]),
        }
    return {
        "level": level[finding["severity"]],
        **place,
        "title": f"{TITLE} ({finding['code']})",
        "message": "\n".join([finding["message"], *(f"note: {n}" for n in notes)]),
    }


def test_check_can_write_github_annotations() -> None:
    assert formats_for("check") == ("text", "json", "github")


def test_the_annotations_of_errors_and_warnings(golden: Callable[[str, str], None]) -> None:
    code, out, err = run_cli("check", ERRORS, WARNINGS, "--format", "github")
    assert code == 1
    assert err == "error: 1 of 2 framework files failed the check\n"
    golden("github/check.txt", out)


@pytest.mark.parametrize("strict", [False, True])
def test_the_annotations_are_the_json_findings(strict: bool) -> None:
    options = ["--strict"] if strict else []
    code, out, _ = run_cli("check", ERRORS, WARNINGS, "--format", "github", *options)
    json_code, records, _ = run_cli("check", ERRORS, WARNINGS, "--format", "json", *options)
    assert code == json_code == 1
    expected = [
        _from_json(f, strict) for file in json.loads(records)["files"] for f in file["findings"]
    ]
    assert [_read(line) for line in out.splitlines()] == expected
    assert {e["level"] for e in expected} == ({"error"} if strict else {"error", "warning"})


def test_a_clean_file_writes_nothing_and_passes() -> None:
    assert run_cli("check", "yot-2020", "--format", "github") == (0, "", "")


def test_a_file_name_with_commas_and_colons_arrives_whole(tmp_path: Path) -> None:
    """The place of a finding is the file as check names it, escaped where GitHub's property
    syntax would cut it (``,`` and ``:``), and read back whole."""
    name = "draft, v2: 100% new.framework"
    shutil.copy(REPO / ERRORS, tmp_path / name)
    code, out, _ = run_cli("check", name, "--format", "github", cwd=tmp_path)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2
    assert [_read(line)["file"] for line in lines] == [name, name]
    assert all("draft%2C v2%3A 100%25 new.framework" in line for line in lines)


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@given(message=TEXT, notes=st.lists(TEXT, max_size=3), path=TEXT.filter(bool))
def test_any_message_and_path_arrive_whole_on_one_line(
    message: str, notes: list[str], path: str
) -> None:
    found = Diagnostic(
        severity=Severity.WARNING,
        code=UNKNOWN_REF,
        message=message,
        span=Span(path, 3, 5, 4, 2),
        notes=tuple(notes),
    )
    line = annotation(found)
    assert "\n" not in line and "\r" not in line
    read = _read(line)
    assert read == {
        "level": "warning",
        "file": path,
        "line": "3",
        "col": "5",
        "endLine": "4",
        "endColumn": "2",
        "title": f"{TITLE} (unknown-ref)",
        "message": "\n".join([message, *(f"note: {n}" for n in notes)]),
    }
