"""Write ratingbook/_record_inits.py: the source of every record's ``__init__``, compiled with
the package.

Run: python tools/compile_records.py   (with the test extras installed, so that every module
imports)

``ratingbook._record`` writes each record's ``__init__`` as source text, as ``dataclasses``
does, and compiles it when the class is first used: over a hundred compilations at the
start of a ``rate``. The module written here holds the same texts as functions, which Python
compiles once and keeps in its cache of compiled modules (pip compiles it when it installs
the package); ``_record`` takes a text's code from there when it is listed, and compiles it
itself otherwise, to the same code (tests/test_record.py holds both). Run this after adding
or changing a record's fields: tests/test_record.py fails until every record ratingbook
defines is listed.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import ratingbook
from ratingbook import _record

TARGET = Path(ratingbook.__file__).parent / "_record_inits.py"

HEADER = '''\
"""The source of every record's ``__init__``, as ``ratingbook._record`` writes it, compiled
with the package (written by tools/compile_records.py; do not edit)."""
# mypy: ignore-errors
# Each function below is exactly the text that is its key, so that its code is the code
# compiling the text gives; the formatters leave this file alone (pyproject.toml).

INITS = {}
'''


def texts() -> list[str]:
    """The ``__init__`` texts of every record ratingbook defines, each once, sorted."""
    for info in pkgutil.walk_packages(ratingbook.__path__, "ratingbook."):
        if info.name != "ratingbook._record_inits":
            importlib.import_module(info.name)
    found = {
        _record.source(listed, post_init)[0]
        for cls, listed, post_init in _record.MADE
        if cls.__module__.startswith("ratingbook.")
    }
    return sorted(found)


def render(found: list[str]) -> str:
    parts = [HEADER]
    for text in found:
        parts.append(f"\n{text}\n\n\nINITS[{text!r}] = __create_fn__.__code__\n")
    return "".join(parts)


def main() -> None:
    found = texts()
    TARGET.write_text(render(found), encoding="utf-8")
    print(f"{TARGET.name}: {len(found)} texts")


if __name__ == "__main__":
    main()
