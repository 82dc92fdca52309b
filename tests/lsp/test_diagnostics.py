"""Diagnostics as the file changes: the findings of ``ratingbook check``, the same codes,
severities, places, messages and fixes, for the unsaved text; nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.conftest import run_cli
from tests.lsp.conftest import DRAFT_2021, change_doc, open_doc, published

pytestmark = pytest.mark.asyncio(loop_scope="session")


def check_json(team: Path, name: str) -> list[dict[str, object]]:
    """What ``ratingbook check --format json`` finds in a file, run from the repository."""
    status, out, err = run_cli("check", "--format", "json", name, cwd=team)
    assert status in (0, 1), err
    (checked,) = json.loads(out)["files"]
    return list(checked["findings"])


def as_check_finds(d: types.Diagnostic) -> dict[str, object]:
    """A diagnostic in the form of a ``check --format json`` finding."""
    message, _, notes = d.message.partition("\nnote: ")
    return {
        "line": d.range.start.line + 1,
        "column": d.range.start.character + 1,
        "end": {"line": d.range.end.line + 1, "column": d.range.end.character + 1},
        "severity": "error" if d.severity == types.DiagnosticSeverity.Error else "warning",
        "code": d.code,
        "message": message,
        "hint": notes.replace("\nnote: ", "\n") or None,
        "fix": (d.data or {}).get("fix"),
    }


def finding_without_file(f: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in f.items() if k != "file"}


async def test_the_findings_are_those_of_check_with_their_fixes(
    client: LanguageClient, team: Path
) -> None:
    path = team / "drafts" / "2021.framework"
    uri = open_doc(client, path)
    shown = await published(client, uri, 1)
    expected = [finding_without_file(f) for f in check_json(team, "drafts/2021.framework")]
    assert [as_check_finds(d) for d in shown] == expected
    # The draft cites the line before the one its quotation starts on: a warning with a fix.
    (cited,) = [d for d in shown if d.code == "quote-not-found"]
    assert cited.severity == types.DiagnosticSeverity.Warning
    assert cited.data == {"fix": "from wm_2020 line 505"}
    assert all(d.source == "ratingbook" for d in shown)


async def test_an_unsaved_change_is_checked_and_nothing_is_written(
    client: LanguageClient, team: Path
) -> None:
    path = team / "drafts" / "2021.framework"
    uri = path.as_uri()
    await published(client, uri, 1)
    broken = DRAFT_2021.replace("rosh != low", "rosh != lo")
    change_doc(client, uri, broken, 2)
    shown = await published(client, uri, 2)
    (wrong,) = [d for d in shown if d.code == "unknown-ref"]
    assert wrong.severity == types.DiagnosticSeverity.Error
    assert wrong.message.startswith("lo is not a value of rosh")
    line = broken.splitlines()[wrong.range.start.line]
    assert line[wrong.range.start.character : wrong.range.end.character] == "lo"
    # The same text saved and checked by the command line gives the same findings.
    # (Outside the versions folders: a second yot-2021 there would be an error of its own.)
    saved = team / "saved" / "2021.framework"
    saved.parent.mkdir(exist_ok=True)
    saved.write_text(broken, encoding="utf-8")
    try:
        expected = [finding_without_file(f) for f in check_json(team, "saved/2021.framework")]
    finally:
        saved.unlink()
    assert [as_check_finds(d) for d in shown] == expected
    assert path.read_text(encoding="utf-8") == DRAFT_2021  # the editor's text stays unsaved
    change_doc(client, uri, DRAFT_2021, 3)
    assert not [d for d in await published(client, uri, 3) if d.code == "unknown-ref"]


async def test_a_draft_on_a_version_of_the_repository_finds_it_by_id(
    client: LanguageClient, team: Path
) -> None:
    uri = open_doc(client, team / "local" / "2023.framework")
    assert await published(client, uri, 1) == []
    # Breaking the name of the local base's attribute is found against that base.
    text = (team / "local" / "2023.framework").read_text(encoding="utf-8")
    change_doc(client, uri, text.replace("where education", "where educaton"), 2)
    (wrong,) = await published(client, uri, 2)
    assert wrong.code == "unknown-ref"
    assert "did you mean education?" in wrong.message


async def test_a_syntax_error_and_a_control_character_are_placed(
    client: LanguageClient, team: Path
) -> None:
    path = team / "drafts" / "typing.framework"
    text = 'framework yot 2024 "T"\n  draft\n  based on yot 2020\nkey question 2.1.4 "x\n'
    uri = open_doc(client, path, text)
    (syntax,) = await published(client, uri, 1)
    assert syntax.code == "syntax"
    assert syntax.range.start == types.Position(line=3, character=19)
    change_doc(client, uri, text.replace('"x\n', '"x"\x07\n'), 2)
    (control,) = await published(client, uri, 2)
    assert control.code == "input-text"
    assert control.range.start == types.Position(line=3, character=22)
    assert not path.exists()


def long_draft(prompts: int) -> str:
    """A draft whose check takes a long time (600 prompts: over a minute, as each prompt's
    wording is compared with every other's): many new prompts of one new key question."""
    lines = ['framework yot 2025 "Long"', "  draft", "  based on yot 2020"]
    lines.append('key question 2.1.4 "Is it long?"')
    letters = [
        f"{a}{b}" for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz"
    ]
    lines += [f'prompt 2.1.4.{letters[i]} "Is prompt {i} answered?"' for i in range(prompts)]
    return "\n".join(lines) + "\n"


async def test_a_long_check_is_cancelled_by_the_next_change(
    client: LanguageClient, team: Path
) -> None:
    path = team / "drafts" / "long.framework"
    uri = open_doc(client, path, long_draft(600))
    # The check of the long text starts at once; the change comes while it runs.
    change_doc(client, uri, long_draft(1), 2)
    shown = await published(client, uri, 2)
    assert [d.code for d in shown] == ["id-gap"]  # 2.1.4.aa: one prompt, lettered as the long
    assert not [p for p in client.published if p.uri == uri and p.version == 1]  # type: ignore[attr-defined]
    said = [m.message for m in client.log_messages if uri.rsplit("/", 1)[1] in m.message]
    assert any("(version 1) was cancelled: the text changed" in m for m in said), said
