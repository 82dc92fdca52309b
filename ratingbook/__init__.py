"""ratingbook: inspection standards frameworks as data.

The installed distribution is this one package. Its three parts keep their own folders in
the repository and import as:

- ``ratingbook.dsl``: the framework language (text in, syntax and diagnostics out);
- ``ratingbook.framework``: the engine (checked model, evaluation, explanations, renderers, CLI);
- ``ratingbook.standards``: the shipped framework versions and published inspections (data).

The documented Python API (``docs/api.md``) is re-exported here and imported on first use,
so that ``import ratingbook`` and ``ratingbook --help`` stay quick.
"""

from __future__ import annotations
