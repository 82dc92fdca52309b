"""What the cache's tests do to its entries on disk: list a kind's, and rewrite one's payload
with a header that vouches for it (so that only the payload's own checks can refuse it)."""

from __future__ import annotations

import json
from pathlib import Path

from ratingbook.framework.loading import cache


def entries(where: Path, kind: str) -> list[Path]:
    """The entries of one kind (``frameworks``, ``inspections``, ...) in the cache folder."""
    folder = where / kind
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def rewrite_payload(entry: Path, payload: bytes) -> None:
    """Replace an entry's payload, with a header that vouches for it."""
    header = json.loads(entry.read_bytes().split(b"\n", 1)[0])
    header["payload"] = cache.digest(payload)
    entry.write_bytes(json.dumps(header).encode() + b"\n" + payload)
