"""The language server in a framework repository exactly as ``ratingbook init`` makes it:
the first draft is checked as it is typed, and go to definition follows ``based on`` into
the shipped base (this module's ``team`` is the repository ``init`` wrote)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from ratingbook.framework import registry
from ratingbook.framework.loading.scaffold import init_repository

from .conftest import change_doc, open_doc, position_of, published

pytestmark = pytest.mark.asyncio(loop_scope="session")

SHIPPED_2020 = registry.find("yot-2020").path.resolve().as_uri()  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("init") / "team-frameworks"
    init_repository(root)
    return root


async def test_the_init_draft_gets_diagnostics_and_a_definition_across_based_on(
    client: LanguageClient, team: Path
) -> None:
    path = team / "versions" / "2021.framework"
    text = path.read_text(encoding="utf-8")
    uri = open_doc(client, path)
    assert await published(client, uri, 1) == []  # as generated, it checks clean
    broken = text + "change key question 2.2.9\n  applies to cases where rosh != low\n"
    change_doc(client, uri, broken, 2)
    (found,) = await published(client, uri, 2)
    assert found.severity == types.DiagnosticSeverity.Error
    assert "2.2.9" in found.message and found.range.start.line == broken.count("\n") - 2
    change_doc(client, uri, text, 3)
    assert await published(client, uri, 3) == []
    where = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, "based on yot 2020", len("based on ")),
        )
    )
    assert isinstance(where, list) and len(where) == 1
    assert where[0].uri == SHIPPED_2020 and where[0].range.start.line == 13
