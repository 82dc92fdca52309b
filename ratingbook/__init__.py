"""ratingbook: inspection standards frameworks as data.

The installed distribution is this one package. Its three parts keep their own folders in
the repository and import as:

- ``ratingbook.dsl``: the framework language (text in, syntax and diagnostics out);
- ``ratingbook.framework``: the engine (checked model, evaluation, explanations, renderers, CLI);
- ``ratingbook.standards``: the shipped framework versions and published inspections (data).

The documented Python API (``docs/api.md``, :mod:`ratingbook.framework.api`) is re-exported
here and imported on first use, so that ``import ratingbook`` and ``ratingbook --help`` stay
quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ratingbook._lazy import lazy_names
from ratingbook._version import __version__
from ratingbook.framework import api

if TYPE_CHECKING:
    from ratingbook.framework.api import *  # noqa: F403  (the names of api.__all__)

__all__ = [*api.__all__, "__version__"]

_from_api = lazy_names(__name__, dict.fromkeys(api.__all__, api.__name__))


def __getattr__(name: str) -> Any:
    return _from_api(name)
