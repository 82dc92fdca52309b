"""Names a module offers but imports only when one is first used (PEP 562).

ratingbook's packages re-export names from modules that are costly to load (the parser, the
checks, the renderers). A module sets ``__getattr__ = lazy_names(__name__, {name: module})``
and lists the names for type checkers under ``TYPE_CHECKING``; a command then loads only what
it touches.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(module: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``where[name]`` and returns its ``name``."""

    def __getattr__(name: str) -> Any:
        source = where.get(name)
        if source is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        return getattr(importlib.import_module(source), name)

    return __getattr__
