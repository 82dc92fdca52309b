"""ratingbook's Python API: the functions the command line calls, for programs to call too.

```python
import ratingbook

framework = ratingbook.load_framework("yot-2020")          # a shipped id or a path
inspection = ratingbook.load_inspection("inspection.yaml")
result = ratingbook.evaluate(framework, inspection)
print(result.overall.rating, result.standard("2.2").rating)
tree = ratingbook.explain(result, "2.2")                    # why 2.2 got its rating
```

See ``docs/api.md`` for every function, with examples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ratingbook.framework.compare import Comparison, InspectionComparison
from ratingbook.framework.diff import Diff
from ratingbook.framework.diff import diff as _diff
from ratingbook.framework.errors import DiagnosticsError, FindingsFound, InputError, RatingbookError
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.explain import Explanation, Node, build
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.loading import corpus as _corpus
from ratingbook.framework.loading import frameworks as _frameworks
from ratingbook.framework.loading import inspections as _inspections
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result

__all__ = [
    "DiagnosticsError",
    "Comparison",
    "Diff",
    "Explanation",
    "FindingsFound",
    "Framework",
    "InputError",
    "Inspection",
    "Node",
    "RatingbookError",
    "Result",
    "InspectionComparison",
    "compare",
    "compare_each",
    "diff",
    "evaluate",
    "explain",
    "framework_for",
    "load_framework",
    "load_inspection",
    "load_inspection_text",
]


def load_framework(ref: str | Path) -> Framework:
    """A checked framework version: a shipped id (``yot-2020``) or a ``.framework`` file.

    Raises:
        InputError: no such version or file.
        DiagnosticsError: the framework has errors (each with its file, line and column).
    """
    return _frameworks.load_framework(str(ref))


def load_inspection(path: str | Path) -> Inspection:
    """Inspection data from a YAML or JSON file (``-``: standard input), validated.

    Raises:
        InputError: the file cannot be read.
        DiagnosticsError: the data has problems (every one, each at its line and column).
    """
    return _inspections.load_inspection(str(path))


def load_inspection_text(text: str, name: str = "<text>") -> Inspection:
    """Inspection data given as text; ``name`` is what messages call it (``.json``: JSON)."""
    return _inspections.load_inspection_text(text, name)


def framework_for(inspection: Inspection, override: str | Path | None = None) -> Framework:
    """The version to rate an inspection under: ``override``, the one the data names, or the
    shipped version in force on its fieldwork date."""
    return _frameworks.framework_for(inspection, None if override is None else str(override))


def explain(result: Result, item: str | None = None, *, depth: int | None = None) -> Explanation:
    """Why a rating is what it is: the tree for the overall rating, a standard (``2.2``) or a
    key question (``2.2.1``), each deciding rule with where it is written.

    The tree is worked out as it is read; ``depth`` cuts it that many levels down.
    """
    return build(result, item, depth)


def diff(old: Framework, new: Framework) -> Diff:
    """What ``new`` changes from ``old``: items added and removed, wording, applicability, rules."""
    return _diff(old, new)


def compare(
    base: Framework,
    candidate: Framework,
    corpus: Iterable[str | Path],
    *,
    jobs: int | None = 1,
) -> Comparison:
    """Every inspection of a corpus (files, or folders holding them) under two versions.

    ``jobs`` processes share the work (None: every core). A file that cannot be read or rated
    is an entry with its error, not an exception.

    Raises:
        InputError: a path does not exist, or no inspection is found.
    """
    return _corpus.compare(base, candidate, [str(p) for p in corpus], jobs=jobs)


def compare_each(
    base: Framework,
    candidate: Framework,
    corpus: Iterable[str | Path],
    *,
    jobs: int | None = None,
) -> Iterator[InspectionComparison]:
    """The same, one inspection at a time, as each is done: for corpora too large to hold."""
    return _corpus.compare_each(
        base, candidate, _corpus.inspections([str(p) for p in corpus]), jobs=jobs
    )
