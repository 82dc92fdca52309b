"""Completion through a real client: statement and clause keywords, item ids (the next free
one first), attributes and their values, ratings, sources, rule forms and versions."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import DRAFT_2021, change_doc, open_doc, published

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def draft(client: LanguageClient, team: Path) -> str:
    uri = open_doc(client, team / "drafts" / "2021.framework")
    await published(client, uri, 1)
    return uri


_version = [1]


async def complete(client: LanguageClient, uri: str, written: str) -> list[types.CompletionItem]:
    """The completions at the end of ``written``, typed (unsaved) at the end of the draft."""
    text = DRAFT_2021 + written
    _version[0] += 1
    change_doc(client, uri, text, _version[0])
    return await complete_at_end(client, uri, text)


async def complete_at_end(
    client: LanguageClient, uri: str, text: str
) -> list[types.CompletionItem]:
    """The completions at the end of ``text``, the document's present text."""
    lines = text.split("\n")
    found = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=len(lines) - 1, character=len(lines[-1])),
        )
    )
    assert found is not None
    return found.items if isinstance(found, types.CompletionList) else list(found)


def labels(items: list[types.CompletionItem]) -> list[str]:
    return [i.label for i in sorted(items, key=lambda i: i.sort_text or i.label)]


def inserted(items: list[types.CompletionItem], label: str) -> str:
    (item,) = [i for i in items if i.label == label]
    assert isinstance(item.text_edit, types.TextEdit)
    return item.text_edit.new_text


async def test_statement_keywords_at_the_start_of_a_line(
    client: LanguageClient, draft: str
) -> None:
    found = labels(await complete(client, draft, "\nke"))
    assert "key question" in found and "change" in found and "framework" in found


async def test_clause_keywords_under_an_item(client: LanguageClient, draft: str) -> None:
    found = labels(await complete(client, draft, '\nkey question 2.1.5 "New?"\n  '))
    assert found[:3] == ["intro", "statement", "applies to cases where"]
    assert "where applicable" in found and "relevance" in found


async def test_ids_of_existing_items_after_change(client: LanguageClient, draft: str) -> None:
    items = await complete(client, draft, "\nchange key question ")
    found = labels(items)
    assert found[:3] == ["1.1.1", "1.1.2", "1.1.3"]
    assert "2.2.3" in found and "2.1.4" in found  # inherited, and the draft's own
    (kq,) = [i for i in items if i.label == "2.2.3"]
    assert kq.detail == "Does planning focus sufficiently on keeping other people safe?"


async def test_the_next_free_id_comes_first(client: LanguageClient, draft: str) -> None:
    items = await complete(client, draft, "\nkey question ")
    first = sorted(items, key=lambda i: i.sort_text or "")[0]
    # Under the standard of the item above (2.3, changed at the end of the draft).
    assert (first.label, first.preselect) == ("2.3.4", True)
    assert "2.1.5" in labels(items)  # 2.1.4 is the draft's own
    items = await complete(client, draft, '\nkey question 2.1.5 "New?"\nprompt ')
    assert sorted(items, key=lambda i: i.sort_text or "")[0].label == "2.1.5.a"
    items = await complete(client, draft, "\nprompt ")
    assert "2.1.4.b" in labels(items)


async def test_attributes_and_their_values_in_conditions(
    client: LanguageClient, draft: str
) -> None:
    found = labels(await complete(client, draft, "  applies to cases where "))
    assert {"rosh", "harm_factors", "disposal", "safety_factors"} <= set(found)
    items = await complete(client, draft, "  applies to cases where rosh = ")
    assert labels(items) == ["high", "low", "medium", "very high"]
    assert inserted(items, "very high") == '"very high"'
    found = labels(await complete(client, draft, "  applies to cases where rosh in [high, "))
    assert "medium" in found
    found = labels(await complete(client, draft, "  applies to cases where harm_factors = "))
    assert found == ["no", "yes"]


async def test_ratings_sources_and_rule_forms(client: LanguageClient, draft: str) -> None:
    items = await complete(client, draft, "  characteristic ")
    assert set(labels(items)) == {"Outstanding", "Good", "Requires improvement", "Inadequate"}
    assert inserted(items, "Requires improvement") == '"Requires improvement"'
    found = labels(await complete(client, draft, '\nprompt 2.1.4.b "New?" from '))
    assert "wm_2020" in found and "derby_2018" in found
    items = await complete(client, draft, "  rated by lowest ke")
    assert "lowest key question band" in labels(items)
    (lowest,) = [i for i in items if i.label == "lowest key question band"]
    assert isinstance(lowest.text_edit, types.TextEdit)
    assert lowest.text_edit.range.start.character == len("  rated by ")


async def test_what_is_inherited_is_offered_after_a_check_of_a_text_that_does_not_parse(
    client: LanguageClient, draft: str
) -> None:
    """A text being typed often does not parse, and its own check then knows only the text's
    items. Completion keeps offering what the draft inherits, from the newest check that read
    the whole chain, however soon the check of the broken text ends (here: waited for)."""
    for written, wanted in (
        ("\nchange key question ", {"1.1.1", "2.2.3", "2.1.4"}),
        ("  applies to cases where ", {"rosh", "disposal"}),
        ("  characteristic ", {"Outstanding", "Inadequate"}),
    ):
        text = DRAFT_2021 + written
        _version[0] += 1
        change_doc(client, draft, text, _version[0])
        diagnostics = await published(client, draft, _version[0])
        assert any(d.severity == types.DiagnosticSeverity.Error for d in diagnostics), written
        items = await complete_at_end(client, draft, text)
        assert wanted <= set(labels(items)), written


async def test_versions_after_based_on(client: LanguageClient, team: Path) -> None:
    text = 'framework yot 2024 "T"\n  draft\n  based on yot '
    uri = open_doc(client, team / "local" / "2024.framework", text)
    found = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=2, character=len("  based on yot ")),
        )
    )
    assert found is not None
    items = found.items if isinstance(found, types.CompletionList) else found
    assert {"2018", "2020", "2022", "2023"} <= {i.label for i in items}
