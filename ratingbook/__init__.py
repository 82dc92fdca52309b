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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ratingbook.framework.api import (
        Comparison,
        DiagnosticsError,
        Diff,
        Explanation,
        FindingsFound,
        Framework,
        InputError,
        Inspection,
        InspectionComparison,
        Node,
        RatingbookError,
        Result,
        compare,
        compare_each,
        diff,
        evaluate,
        explain,
        framework_for,
        load_framework,
        load_inspection,
        load_inspection_text,
        report,
    )

__all__ = [
    "Comparison",
    "DiagnosticsError",
    "Diff",
    "Explanation",
    "FindingsFound",
    "Framework",
    "InputError",
    "Inspection",
    "InspectionComparison",
    "Node",
    "RatingbookError",
    "Result",
    "__version__",
    "compare",
    "compare_each",
    "diff",
    "evaluate",
    "explain",
    "framework_for",
    "load_framework",
    "load_inspection",
    "load_inspection_text",
    "report",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("ratingbook")
        except PackageNotFoundError:  # a checkout that was never installed
            return "0+unknown"
    if name in __all__:
        return getattr(importlib.import_module("ratingbook.framework.api"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
