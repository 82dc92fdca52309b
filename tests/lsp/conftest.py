"""A team's framework repository in a temporary folder, and a real language client talking to
``ratingbook lsp`` in a process of its own (pytest-lsp): one server for the session (on each
pytest worker that runs these tests), to which each test module adds its own repository as a
workspace folder, as an editor does when a folder is added to its workspace, and from which
it takes it out at its end. (A server for each module started the interpreter, the server
and its checking process four times, about 0.8 s of CPU each.)

The repository (its project file naming ``drafts/`` and ``local/`` as its versions) holds a
draft based on a shipped version by its id (``drafts/2021.framework``, based on yot 2020)
and, in another folder, a draft based on another version of the repository
(``local/2023.framework`` on ``local/2022.framework``, itself a draft based on yot 2020).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

DRAFT_2021 = """\
# A draft of yot-2021, based on yot-2020.
framework yot 2021 "Inspection of youth offending services"
  draft
  based on yot 2020

# A new key question: draft wording needs no citation.
key question 2.1.4 "Does assessment consider the child's education, training and employment?"
prompt 2.1.4.a "Is the child's school or college consulted?"

change key question 2.2.3 "Does planning focus sufficiently on keeping other people safe?" from wm_2020 line 504
  applies to cases where harm_factors and rosh != low

change standard 2.3
  rated by lowest key question band
"""

LOCAL_2022 = """\
framework yot 2022 "Inspection of youth offending services"
  draft
  based on yot 2020

attribute education flag default no "the child is of school age"

key question 2.1.4 "Does assessment consider the child's education?"
  applies to cases where education
prompt 2.1.4.a "Is the child's school consulted?"
"""

LOCAL_2023 = """\
framework yot 2023 "Inspection of youth offending services"
  draft
  based on yot 2022

change key question 2.1.4
  applies to cases where education and rosh in [high, "very high"]
"""


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A team's repository: drafts/ on a shipped version, local/ on one of its own."""
    root = tmp_path_factory.mktemp("team")
    for name, text in {
        "ratingbook.toml": 'versions = ["drafts", "local"]\n',
        "drafts/2021.framework": DRAFT_2021,
        "local/2022.framework": LOCAL_2022,
        "local/2023.framework": LOCAL_2023,
    }.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def recording_client() -> LanguageClient:
    """pytest-lsp's client, keeping every diagnostics notification with its version."""
    client = LanguageClient()
    client.published = []  # type: ignore[attr-defined]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)  # type: ignore[attr-defined]

    features: dict[str, Any] = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
    }
    register_lsp_features(client, features)
    return client


SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "ratingbook", "lsp"],
    client_factory=recording_client,
)


@pytest_lsp.fixture(scope="session", config=SERVER)
async def server(lsp_client: LanguageClient) -> AsyncIterator[None]:
    """The session's language server, started with no workspace folder."""
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"), workspace_folders=[]
        )
    )
    yield
    await lsp_client.shutdown_session()


def _workspace_folders(
    client: LanguageClient, added: list[types.WorkspaceFolder], removed: list[types.WorkspaceFolder]
) -> None:
    client.workspace_did_change_workspace_folders(
        types.DidChangeWorkspaceFoldersParams(
            event=types.WorkspaceFoldersChangeEvent(added=added, removed=removed)
        )
    )


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def client(server: LanguageClient, team: Path) -> AsyncIterator[LanguageClient]:
    """The session's server with this module's repository (``team``) as its one workspace
    folder, so that the server reads each of the module's files as ``check`` run from the
    repository does."""
    folder = types.WorkspaceFolder(uri=team.as_uri(), name="team")
    _workspace_folders(server, [folder], [])
    yield server
    _workspace_folders(server, [], [folder])


async def published(
    client: LanguageClient, uri: str, version: int, within: float = 120.0
) -> list[types.Diagnostic]:
    """The diagnostics the server publishes for a version of a document (waiting for them:
    the first check of a new server imports the checker and parses the base versions)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        for params in client.published:  # type: ignore[attr-defined]
            if params.uri == uri and params.version == version:
                return list(params.diagnostics)
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics for {uri} version {version}")


def open_doc(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri,
                language_id="ratingbook",
                version=version,
                text=path.read_text(encoding="utf-8") if text is None else text,
            )
        )
    )
    return uri


def change_doc(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def position_of(text: str, needle: str, offset: int = 0) -> types.Position:
    """The position of the first ``needle`` in ``text`` (plus ``offset`` characters)."""
    at = text.index(needle) + offset
    line = text.count("\n", 0, at)
    return types.Position(line=line, character=at - (text.rfind("\n", 0, at) + 1))
