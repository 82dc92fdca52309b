"""The language server's response times, measured through a real client over stdio.

Run: python tools/lsp_timing.py [--repeat N]

Starts ``ratingbook lsp`` in a process of its own, as an editor does, and talks to it with
pytest-lsp's language client (pygls underneath; used here outside pytest). It opens the shipped
yot-2020 (standards/yot/2020.framework) and measures:

- **diagnostics**: from sending a change of the text to receiving the findings of ``check`` for
  that version of it (the server waits a moment for typing to stop, then checks the unsaved
  text with its base, yot-2018, and the cited documents);
- **completion**: from asking for completions, just after a change, to the answer.

Each is measured ``repeat`` times after one change that warms the server (its first check
imports the checker and reads the bases); the median counts, and the slowest is shown beside
it. The targets (issue 17): diagnostics within 300 ms of a change, completion within 100 ms.
Needs the ``lsp`` extra and pytest-lsp (the test extra).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "standards/yot/2020.framework"
DIAGNOSTICS_WITHIN = 0.300
COMPLETION_WITHIN = 0.100


async def _measure(repeat: int) -> tuple[list[float], list[float]]:
    from lsprotocol import types
    from pytest_lsp import LanguageClient, client_capabilities
    from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

    loop = asyncio.get_running_loop()
    arrived: dict[int, float] = {}  # a document version: when its diagnostics arrived
    waiting: dict[int, asyncio.Future[None]] = {}

    # A handler without the client as its first argument (pygls passes it to one whose
    # first parameter is named ls, or typed as the client where the type can be resolved).
    def publish(params: types.PublishDiagnosticsParams) -> None:
        if params.version is None:
            return
        arrived.setdefault(params.version, loop.time())
        future = waiting.get(params.version)
        if future is not None and not future.done():
            future.set_result(None)

    client = LanguageClient()
    register_lsp_features(
        client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish}
    )
    await client.start_io(sys.executable, "-m", "ratingbook", "lsp", cwd=str(ROOT))
    try:
        await client.initialize_session(
            types.InitializeParams(
                capabilities=client_capabilities("visual-studio-code"),
                root_uri=ROOT.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=ROOT.as_uri(), name="ratingbook")],
            )
        )
        uri = SHIPPED.as_uri()
        text = SHIPPED.read_text(encoding="utf-8")
        version = 1

        async def diagnostics_of(version: int, within: float = 20.0) -> None:
            if version in arrived:
                return
            future = waiting[version] = loop.create_future()
            await asyncio.wait_for(future, within)

        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id="ratingbook", version=version, text=text
                )
            )
        )
        await diagnostics_of(version)

        def change(new: str) -> None:
            nonlocal version
            version += 1
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[types.TextDocumentContentChangeWholeDocument(text=new)],
                )
            )

        # A change as a methodologist makes one: a key question's wording edited.
        marker = text.index('"', text.index("key question 2.1.1")) + 1
        edits = [text[:marker] + f"({i}) " + text[marker:] for i in range(repeat + 1)]
        diagnostics: list[float] = []
        for i, edited in enumerate(edits):
            sent = loop.time()
            change(edited)
            await diagnostics_of(version)
            if i:  # the first warms the server
                diagnostics.append(arrived[version] - sent)
            await asyncio.sleep(0.05)

        # Completion where one is starting to change a key question (the ids of the version
        # and its base are offered), asked for just after the change is sent.
        completion: list[float] = []
        for i in range(repeat + 1):
            typed = text + f"\n# edit {i}\nchange key question "
            change(typed)
            lines = typed.split("\n")
            sent = loop.time()
            found: Any = await client.text_document_completion_async(
                types.CompletionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    position=types.Position(line=len(lines) - 1, character=len(lines[-1])),
                )
            )
            took = loop.time() - sent
            items = found.items if isinstance(found, types.CompletionList) else found
            assert items, "the server completed nothing"
            if i:
                completion.append(took)
            await diagnostics_of(version)
        return diagnostics, completion
    finally:
        await client.shutdown_session()
        await client.stop()


def measure(repeat: int = 9) -> tuple[list[float], list[float]]:
    """The seconds each diagnostics and completion round took (``repeat`` of each)."""
    return asyncio.run(_measure(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    diagnostics, completion = measure(args.repeat)
    for name, times, limit in (
        ("diagnostics after a change", diagnostics, DIAGNOSTICS_WITHIN),
        ("completion", completion, COMPLETION_WITHIN),
    ):
        median = statistics.median(times)
        mark = "PASS" if median <= limit else "MISS"
        print(
            f"{name}: median {median * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms "
            f"(target {limit * 1000:.0f} ms: {mark})"
        )


if __name__ == "__main__":
    main()
