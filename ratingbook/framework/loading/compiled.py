"""The shipped versions compiled with the package, as a wheel holds compiled modules.

``ratingbook/compiled/`` holds, for each shipped version, the three cache entries a command
needs so that it does not parse and check the version: its header (what the registry lists),
its facts (what the reading of a chain needs of it) and its checked framework with the
warnings the check gave. Each is named by :func:`cache.compiled_key`: ratingbook's version,
the cache's format and exactly the content the entry is a function of (the digests of the
version's file, of the versions under it and of the documents they cite). So a cold cache
starts from them, while a shipped file that is edited in any way, or any framework that is
not shipped, finds none and is parsed and checked as before.

:func:`build` makes them afresh from the shipped files, by the code that runs; a test holds
the folder equal to it, so a change of the code that changes what the check gives cannot
land without them (``python tools/compile_shipped.py`` writes them again). Build them with
the cache turned off (``RATINGBOOK_NO_CACHE=1``), so that nothing is read back from them.
"""

from __future__ import annotations

import os
from pathlib import Path

from ratingbook.framework import registry
from ratingbook.framework.loading import cache, codec, frameworks


def build() -> dict[str, bytes]:
    """Every compiled entry of the shipped versions, by its path in ``ratingbook/compiled``.

    A version whose check has errors gets no framework entry (the cache keeps none either).

    Raises:
        RuntimeError: the cache is on, so that entries could be read back from the folder.
    """
    if cache.folder() is not None:
        raise RuntimeError(f"build the compiled entries with {cache.ENV_OFF}=1")
    out: dict[str, bytes] = {}

    def put(kind: str, name: str, body: str) -> None:
        out[f"{kind}/{name}.json"] = cache.entry_bytes(body)

    for entry in registry.shipped():
        # The header as the registry reads it (the text as Python reads a file as text).
        text = entry.path.read_text(encoding="utf-8")
        header = registry.parsed_header(text, entry.file)
        if header is not None:
            digest = cache.digest(text.encode("utf-8", "surrogatepass"))
            put("headers", cache.compiled_key("header", digest), codec.dumps(header))
        inputs = frameworks.read_inputs(entry.path)
        own = inputs.files[0]
        put("facts", cache.compiled_key("facts", own.digest), codec.dumps(own.facts.encode()))
        result = frameworks.check_placeholders(inputs)
        if not result.ok or result.framework is None:
            continue
        body = codec.dumps((result.framework, tuple(result.diagnostics)))
        if frameworks.placeholders_only(body, len(inputs.files)):
            put("frameworks", inputs.compiled_key(), body)
    return dict(sorted(out.items()))


def held(folder: Path = cache.COMPILED) -> dict[str, bytes]:
    """The entries ``folder`` holds, by their path in it."""
    out: dict[str, bytes] = {}
    if not folder.is_dir():
        return out
    for kind in sorted(os.listdir(folder)):
        if not (folder / kind).is_dir():
            continue
        for name in sorted(os.listdir(folder / kind)):
            out[f"{kind}/{name}"] = (folder / kind / name).read_bytes()
    return out


def write(folder: Path = cache.COMPILED) -> tuple[int, int]:
    """Make ``folder`` hold exactly :func:`build`'s entries: (written, removed)."""
    wanted = build()
    there = held(folder)
    written = removed = 0
    for rel in there.keys() - wanted.keys():
        (folder / rel).unlink()
        removed += 1
    for rel, data in wanted.items():
        if there.get(rel) != data:
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
            written += 1
    return written, removed
