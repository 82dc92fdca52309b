"""Hover, go to definition, references, document symbols, formatting and quick fixes, each
through a real client, in a team's repository: a draft on a shipped version by id, and a
draft on another version of the repository; hover, definitions and references also while the
draft's text does not parse."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import LanguageClient

from ratingbook.dsl.fmt import format_source
from ratingbook.framework import registry
from tests.conftest import tiny_framework
from tests.lsp.conftest import (
    DRAFT_2021,
    LOCAL_2023,
    change_doc,
    open_doc,
    position_of,
    published,
)

pytestmark = pytest.mark.asyncio(loop_scope="session")

SHIPPED_2020 = registry.find("yot-2020").path.resolve().as_uri()  # type: ignore[union-attr]
SHIPPED_2018 = registry.find("yot-2018").path.resolve().as_uri()  # type: ignore[union-attr]


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def draft(client: LanguageClient, team: Path) -> str:
    uri = open_doc(client, team / "drafts" / "2021.framework")
    await published(client, uri, 1)
    return uri


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def local(client: LanguageClient, team: Path) -> str:
    uri = open_doc(client, team / "local" / "2023.framework")
    await published(client, uri, 1)
    return uri


async def hover(client: LanguageClient, uri: str, text: str, needle: str, offset: int = 0) -> str:
    found = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, needle, offset),
        )
    )
    assert found is not None, needle
    assert isinstance(found.contents, types.MarkupContent)
    return found.contents.value


async def definition(
    client: LanguageClient, uri: str, text: str, needle: str, offset: int = 0
) -> list[types.Location]:
    found = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, needle, offset),
        )
    )
    assert isinstance(found, list), needle
    return found  # type: ignore[return-value]


def at(location: types.Location) -> tuple[str, int, int]:
    return location.uri, location.range.start.line + 1, location.range.start.character + 1


# ---------------------------------------------------------------------------- hover


async def test_hover_on_an_inherited_item_shows_its_wording_citation_and_where_it_is_set(
    client: LanguageClient, draft: str
) -> None:
    shown = await hover(client, draft, DRAFT_2021, "standard 2.3", len("standard "))
    assert shown.startswith(
        "**standard 2.3** (inherited from `yot-2020 standards/yot/2020.framework:146`)"
    )
    assert '"Implementation and delivery"' in shown
    assert "from wm_2020 line 545:" in shown  # the wording's citation, and the line it cites
    # Each clause with where it is set: the statement inherited, the rule changed here.
    assert (
        '- **statement**: "High-quality, well-focused, personalised and coordinated services '
        'are delivered, engaging and assisting the child." from wm_2020 line 549 '
        "(inherited from yot-2020 standards/yot/2020.framework:147)"
    ) in shown
    assert "- **rated by**: lowest key question band (this file, line 14)" in shown


async def test_hover_on_a_citation_shows_the_cited_line(client: LanguageClient, draft: str) -> None:
    shown = await hover(client, draft, DRAFT_2021, "line 504")
    assert "wm_2020 line 504" in shown
    assert "> Does planning focus sufficiently on keeping the child safe?" in shown


async def test_hover_on_an_attribute_a_value_and_a_rule_form(
    client: LanguageClient, draft: str
) -> None:
    shown = await hover(client, draft, DRAFT_2021, "rosh != low")
    assert shown.startswith(
        "**attribute rosh** (inherited from `yot-2018 standards/yot/2018.framework:38`)"
    )
    assert 'ordered low, medium, high, "very high" (lowest first)' in shown
    shown = await hover(client, draft, DRAFT_2021, "low\n")
    assert shown.startswith("**low, a value of attribute rosh**")
    assert 'rosh is one of low, medium, high, "very high"' in shown
    shown = await hover(client, draft, DRAFT_2021, "lowest key question band")
    assert shown.startswith("**rated by lowest key question band**")
    assert "the lowest band of its key questions" in shown


async def test_hover_on_a_rating_shows_its_score_and_band(
    client: LanguageClient, team: Path
) -> None:
    text = tiny_framework()
    uri = open_doc(client, team / "tiny" / "1.framework", text)
    await published(client, uri, 1)
    shown = await hover(client, uri, text, "band 65..79 Good", len("band 65..79 "))
    assert shown.startswith("**rating Good** (declared in this file, line 9)")
    assert "score 2" in shown
    assert "- **band**: 65..79 per cent" in shown


# ---------------------------------------------------------------------------- definitions


async def test_definition_of_an_inherited_item_is_in_the_shipped_base(
    client: LanguageClient, draft: str
) -> None:
    (found,) = await definition(client, draft, DRAFT_2021, "2.2.3")
    assert at(found) == (SHIPPED_2020, 134, 14)


async def test_definition_across_based_on_into_a_local_base(
    client: LanguageClient, local: str, team: Path
) -> None:
    base = (team / "local" / "2022.framework").resolve().as_uri()
    (found,) = await definition(client, local, LOCAL_2023, "2.1.4")
    assert at(found) == (base, 7, 14)
    (found,) = await definition(client, local, LOCAL_2023, "education and")
    assert at(found) == (base, 5, 1)
    (found,) = await definition(client, local, LOCAL_2023, "yot 2022")
    assert at(found) == (base, 1, 1)
    (found,) = await definition(client, local, LOCAL_2023, '"very high"', 1)
    assert at(found)[:2] == (SHIPPED_2018, 38)


async def test_definition_of_based_on_a_source_and_a_citation(
    client: LanguageClient, draft: str
) -> None:
    (found,) = await definition(client, draft, DRAFT_2021, "based on yot 2020", 12)
    assert at(found) == (SHIPPED_2020, 14, 1)
    (found,) = await definition(client, draft, DRAFT_2021, "wm_2020 line 504")
    assert at(found) == (SHIPPED_2018, 25, 1)
    (found,) = await definition(client, draft, DRAFT_2021, "line 504")
    source = registry.standards_root().resolve() / "yot/sources/windsor-maidenhead-2020.txt"
    assert at(found) == (source.resolve().as_uri(), 504, 1)


# ---------------------------------------------------------------------------- references


async def test_references_of_an_attribute_across_the_chain(
    client: LanguageClient, local: str, team: Path
) -> None:
    found = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=local),
            position=position_of(LOCAL_2023, "education and"),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert found is not None
    base = (team / "local" / "2022.framework").resolve().as_uri()
    assert sorted(at(f) for f in found) == sorted([(local, 6, 26), (base, 5, 11), (base, 8, 26)])
    found = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=local),
            position=position_of(LOCAL_2023, "education and"),
            context=types.ReferenceContext(include_declaration=False),
        )
    )
    assert found is not None and (base, 5, 11) not in [at(f) for f in found]


async def test_references_of_an_item_include_the_bases(client: LanguageClient, draft: str) -> None:
    found = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=draft),
            position=position_of(DRAFT_2021, "2.2.3"),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert found is not None
    places = {(f.uri, f.range.start.line + 1) for f in found}
    assert (draft, 10) in places and (SHIPPED_2020, 134) in places
    assert any(uri == SHIPPED_2018 for uri, _ in places)


# -------------------------------------------------------------------- while the text does not parse

# A line half typed usually does not parse, and a text that does not parse is checked alone,
# without its bases: its check's index holds the text's own items only. What the draft
# inherits is then read from the newest check that read the whole chain; what the draft itself
# declares only from the present text, whose places are right (an older text's are not).

BROKEN = "\nchange key question "  # a statement half typed at the end: the text does not parse
ABOVE = "# two lines\n# written above\n"  # what moves every line of the draft down by two

INHERITED = (  # names the draft uses that its base declares, and where in them to point
    ("2.2.3", 0),  # an item the draft changes
    ("standard 2.3", len("standard ")),
    ("rosh != low", 0),  # an attribute
    ("low\n", 0),  # one of its values
    ("wm_2020 line 504", 0),  # a source
    ("based on yot 2020", len("based on ")),  # the base version
)

# The draft with an attribute of its own, declared in its own file and used in a condition.
OWN_ATTRIBUTE = (
    DRAFT_2021
    + '\nattribute education flag default no "the child is of school age"\n'
    + 'key question 2.3.4 "Does assessment consider the child\'s education?"\n'
    + "  applies to cases where education\n"
)


async def broken(client: LanguageClient, uri: str, text: str, version: int) -> None:
    """Change a document to ``text``, which does not parse, and wait for that text's check
    (a request could otherwise be answered before it ends, from the check before)."""
    change_doc(client, uri, text, version)
    diagnostics = await published(client, uri, version)
    assert any(d.code == "syntax" for d in diagnostics)


async def hover_at(
    client: LanguageClient, uri: str, text: str, needle: str, offset: int = 0
) -> types.Hover | None:
    return await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, needle, offset),
        )
    )


async def places_of(
    client: LanguageClient, uri: str, text: str, needle: str, include_declaration: bool = True
) -> set[tuple[str, int, int]]:
    found = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, needle),
            context=types.ReferenceContext(include_declaration=include_declaration),
        )
    )
    assert found is not None, needle
    return {at(f) for f in found}


async def test_what_is_inherited_hovers_and_goes_to_its_base_while_the_text_does_not_parse(
    client: LanguageClient, team: Path
) -> None:
    uri = open_doc(client, team / "drafts" / "inherited.framework", DRAFT_2021)
    await published(client, uri, 1)
    hovers = [await hover(client, uri, DRAFT_2021, n, o) for n, o in INHERITED]
    places = [
        [at(f) for f in await definition(client, uri, DRAFT_2021, n, o)] for n, o in INHERITED
    ]
    assert hovers[0].startswith(
        "**key question 2.2.3** (inherited from `yot-2020 standards/yot/2020.framework:134`)"
    )
    assert places[0] == [(SHIPPED_2020, 134, 14)]
    assert hovers[2].startswith(
        "**attribute rosh** (inherited from `yot-2018 standards/yot/2018.framework:38`)"
    )
    assert places[2] == [(SHIPPED_2018, 38, 1)]
    text = DRAFT_2021 + BROKEN
    await broken(client, uri, text, 2)
    for (needle, offset), shown, place in zip(INHERITED, hovers, places, strict=True):
        assert await hover(client, uri, text, needle, offset) == shown, needle
        assert [at(f) for f in await definition(client, uri, text, needle, offset)] == place, needle


async def test_references_while_the_text_does_not_parse_are_the_present_texts_and_the_bases(
    client: LanguageClient, team: Path
) -> None:
    uri = open_doc(client, team / "drafts" / "references.framework", DRAFT_2021)
    await published(client, uri, 1)
    before = await places_of(client, uri, DRAFT_2021, "rosh != low")
    assert (uri, 11, 43) in before and (SHIPPED_2018, 38, 11) in before
    text = ABOVE + DRAFT_2021 + BROKEN
    await broken(client, uri, text, 2)
    # The draft's own places are where the present text has them, two lines down.
    moved = {(u, line + 2 if u == uri else line, col) for u, line, col in before}
    assert await places_of(client, uri, text, "rosh != low") == moved
    without = await places_of(client, uri, text, "rosh != low", include_declaration=False)
    assert without == moved - {(SHIPPED_2018, 38, 11)}


async def test_what_the_draft_declares_hovers_from_its_present_text_while_it_does_not_parse(
    client: LanguageClient, team: Path
) -> None:
    uri = open_doc(client, team / "drafts" / "own.framework", DRAFT_2021)
    await published(client, uri, 1)
    text = ABOVE + DRAFT_2021 + BROKEN
    await broken(client, uri, text, 2)
    found = await hover_at(client, uri, text, "2.1.4")
    assert found is not None and isinstance(found.contents, types.MarkupContent)
    assert found.contents.value.startswith("**key question 2.1.4** (declared in this file, line 9)")
    assert found.range is not None
    assert (found.range.start.line, found.range.start.character) == (8, 13)
    (declared,) = await definition(client, uri, text, "2.1.4")
    assert at(declared) == (uri, 9, 14)


async def test_an_older_texts_places_in_the_draft_are_never_shown(
    client: LanguageClient, team: Path
) -> None:
    """The newest check that read the whole chain is of an older text: its places in the
    draft's own file are where that text had them, lines that have moved since."""
    uri = open_doc(client, team / "drafts" / "stale.framework", OWN_ATTRIBUTE)
    await published(client, uri, 1)
    (declared,) = await definition(client, uri, OWN_ATTRIBUTE, "where education", 6)
    assert at(declared) == (uri, 16, 1)
    # Two lines written above: the attribute is declared two lines down, in the present text.
    text = ABOVE + OWN_ATTRIBUTE + BROKEN
    await broken(client, uri, text, 2)
    (declared,) = await definition(client, uri, text, "where education", 6)
    assert at(declared) == (uri, 18, 1)
    # ... and its declaration half retyped: the present text declares no such attribute, and
    # where the older text declared it is not where it is now: no place, no hover.
    text = ABOVE + OWN_ATTRIBUTE.replace('default no "the child is of school age"', "default")
    await broken(client, uri, text, 3)
    found = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(text, "where education", 6),
        )
    )
    assert not found
    assert await hover_at(client, uri, text, "where education", 6) is None
    # An inherited item's clauses that this file sets: no longer named by their old lines.
    shown = await hover(client, uri, text, "2.2.3")
    assert shown.startswith("**key question 2.2.3** (inherited from `yot-2020")
    assert "this file, line" not in shown
    assert "(this file)" in shown


# ---------------------------------------------------------------------------- the outline


async def test_document_symbols_are_the_outline_of_the_draft(
    client: LanguageClient, draft: str
) -> None:
    found = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=draft))
    )
    assert found is not None

    def shape(symbols: list[types.DocumentSymbol]) -> list[object]:
        return [(s.name.split()[0], s.detail, shape(s.children or [])) for s in symbols]

    assert shape(found) == [  # type: ignore[arg-type]
        ("2.1.4", None, [("2.1.4.a", None, [])]),
        ("2.2.3", "change key question", []),
        ("2.3", "change standard", []),
    ]
    first = found[0]
    assert isinstance(first, types.DocumentSymbol)
    assert first.kind == types.SymbolKind.Method
    assert (first.range.start.line, first.range.end.line) == (6, 7)  # the kq and its prompt


# ---------------------------------------------------------------------------- formatting


async def test_formatting_gives_what_fmt_gives(client: LanguageClient, team: Path) -> None:
    messy = tiny_framework().replace("band 0..49 Inadequate", "band   0 .. 49    Inadequate   ")
    uri = open_doc(client, team / "tiny" / "messy.framework", messy)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert edits is not None
    (edit,) = edits
    assert edit.new_text == format_source(messy) == tiny_framework()
    assert edit.range.start == types.Position(line=0, character=0)


async def test_formatting_refuses_a_file_that_does_not_parse_with_a_message(
    client: LanguageClient, team: Path
) -> None:
    uri = open_doc(client, team / "tiny" / "broken.framework", tiny_framework() + "band 5\n")
    before = len(client.messages)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert not edits
    (message,) = client.messages[before:]
    assert message.type == types.MessageType.Warning
    assert "does not parse; fix the errors reported by 'ratingbook check' first" in message.message


# ---------------------------------------------------------------------------- quick fixes


async def actions_at(
    client: LanguageClient, uri: str, text: str, needle: str
) -> list[types.CodeAction]:
    start = position_of(text, needle)
    end = position_of(text, needle, len(needle))
    found = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=start, end=end),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert found is not None
    return [a for a in found if isinstance(a, types.CodeAction)]


def edit_of(action: types.CodeAction, uri: str) -> list[tuple[str, str]]:
    assert action.edit is not None and action.edit.changes is not None
    return [
        (e.new_text, f"{e.range.start.line}:{e.range.start.character}")
        for e in action.edit.changes[uri]
    ]


async def test_a_quick_fix_cites_the_right_line(client: LanguageClient, draft: str) -> None:
    (action,) = await actions_at(client, draft, DRAFT_2021, "from wm_2020 line 504")
    assert action.title == "Cite it as 'from wm_2020 line 505'"
    assert action.kind == types.CodeActionKind.QuickFix
    cited = position_of(DRAFT_2021, "from wm_2020 line 504")
    assert edit_of(action, draft) == [("from wm_2020 line 505", f"{cited.line}:{cited.character}")]


async def test_quick_fixes_apply_did_you_mean(client: LanguageClient, team: Path) -> None:
    text = DRAFT_2021.replace("rosh != low", "rosh != lwo").replace("from wm_2020", "from wm_2002")
    uri = open_doc(client, team / "drafts" / "typos.framework", text)
    await published(client, uri, 1)
    (value,) = await actions_at(client, uri, text, "lwo")
    assert value.title == "Change to 'low'"
    typo = position_of(text, "lwo")
    assert edit_of(value, uri) == [("low", f"{typo.line}:{typo.character}")]
    (source,) = await actions_at(client, uri, text, "from wm_2002 line 504")
    assert source.title == "Change to 'wm_2020'"
    typo = position_of(text, "wm_2002")
    assert edit_of(source, uri) == [("wm_2020", f"{typo.line}:{typo.character}")]
    text = DRAFT_2021.replace("change standard 2.3", "chnage standard 2.3")
    uri = open_doc(client, team / "drafts" / "statement.framework", text)
    await published(client, uri, 1)
    (statement,) = await actions_at(client, uri, text, "chnage")
    assert statement.title == "Change to 'change'"
