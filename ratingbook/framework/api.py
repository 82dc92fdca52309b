"""ratingbook's Python API: the functions the command line calls, for programs to call too.

```python
import ratingbook

framework = ratingbook.load_framework("yot-2020")          # a shipped id or a path
inspection = ratingbook.load_inspection("inspection.yaml")
result = ratingbook.evaluate(framework, inspection)
print(result.overall.rating, result.standard("2.2").rating)
tree = ratingbook.explain(result, "2.2")                    # why 2.2 got its rating
```

See ``docs/api.md`` for every function, with examples. Each function imports the stages it
uses when it is called, so a program (or a command) pays only for what it uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ratingbook._lazy import lazy_names

if TYPE_CHECKING:
    from ratingbook.framework.compare import Comparison, InspectionComparison
    from ratingbook.framework.contents import Contents
    from ratingbook.framework.diff import Diff
    from ratingbook.framework.explain import Explanation
    from ratingbook.framework.inspection import Inspection
    from ratingbook.framework.model import Framework
    from ratingbook.framework.phrase import Phrase
    from ratingbook.framework.result import Result

__all__ = [
    "Comparison",
    "Contents",
    "DiagnosticsError",  # noqa: F822 (imported on first use)
    "Diff",
    "Explanation",
    "FindingsFound",  # noqa: F822
    "Framework",
    "InputError",  # noqa: F822
    "Inspection",
    "InspectionComparison",
    "Node",  # noqa: F822
    "Phrase",
    "RatingbookError",  # noqa: F822
    "Result",
    "Undetermined",  # noqa: F822
    "compare",
    "compare_each",
    "contents",
    "diff",
    "evaluate",
    "explain",
    "framework_for",
    "inspection_schema",
    "load_framework",
    "load_inspection",
    "load_inspection_text",
    "recorded_under",
    "report",
    "words",
    "worded",
    "shipped_schema",
    "to_json",
]

# The types the API hands out, imported when first named.
_TYPES = {
    "Comparison": "ratingbook.framework.compare",
    "Contents": "ratingbook.framework.contents",
    "InspectionComparison": "ratingbook.framework.compare",
    "Diff": "ratingbook.framework.diff",
    "Explanation": "ratingbook.framework.explain",
    "Node": "ratingbook.framework.explain",
    "Phrase": "ratingbook.framework.phrase",
    "Inspection": "ratingbook.framework.inspection",
    "Framework": "ratingbook.framework.model",
    "Result": "ratingbook.framework.result",
    "RatingbookError": "ratingbook.framework.errors",
    "InputError": "ratingbook.framework.errors",
    "DiagnosticsError": "ratingbook.framework.errors",
    "FindingsFound": "ratingbook.framework.errors",
    "Undetermined": "ratingbook.framework.errors",
}

__getattr__ = lazy_names(__name__, _TYPES)


def load_framework(ref: str | Path) -> Framework:
    """A checked framework version: a shipped id (``yot-2020``) or a ``.framework`` file.

    Raises:
        InputError: no such version or file.
        DiagnosticsError: the framework has errors (each with its file, line and column).
    """
    from ratingbook.framework.loading import frameworks

    return frameworks.load_framework(str(ref))


def load_inspection(path: str | Path) -> Inspection:
    """Inspection data from a YAML or JSON file (``-``: standard input), or one inspection of
    a long table (``table.csv#derby-2018``; the table alone when it holds one), validated.

    Raises:
        InputError: the file cannot be read, or a table holds several inspections and the
            name does not say which.
        DiagnosticsError: the data has problems (every one, each at its line and column, or
            a table's row and cell).
    """
    from ratingbook.framework.loading import readers

    return readers.load(str(path))


def load_inspection_text(text: str, name: str = "<text>") -> Inspection:
    """Inspection data given as text; ``name`` is what messages call it (``.json``: JSON)."""
    from ratingbook.framework.loading import inspections

    return inspections.load_inspection_text(text, name)


def framework_for(inspection: Inspection, override: str | Path | None = None) -> Framework:
    """The version to rate an inspection under: ``override``, the one the data names, or the
    shipped version in force on its fieldwork date."""
    from ratingbook.framework.loading import frameworks

    return frameworks.framework_for(inspection, None if override is None else str(override))


def recorded_under(inspection: Inspection) -> Framework | None:
    """The version the data was recorded under: the one it names, or the shipped version in
    force on its fieldwork date; None when neither can be found."""
    from ratingbook.framework.loading import frameworks

    return frameworks.recorded_under(inspection)


def evaluate(
    framework: Framework,
    inspection: Inspection,
    *,
    strict_discretion: bool = True,
    recorded_under: Framework | None = None,
) -> Result:
    """Rate an inspection under a framework version.

    With ``strict_discretion=False``, a panel decision the version would not allow is applied
    with a warning instead of refused (as ``compare`` does: it was made under other rules).

    ``recorded_under`` is the version the data was recorded under, when ``framework`` is
    another: what the data cannot give under ``framework`` is then *undetermined*, with the
    ratings still possible, instead of an error (see ``docs/result-format.md``).

    Raises:
        DiagnosticsError: the data does not fit the version (every problem, each placed).
    """
    from ratingbook.framework.evaluate import evaluate as rate

    return rate(
        framework,
        inspection,
        strict_discretion=strict_discretion,
        recorded_under=recorded_under,
    )


def explain(
    result: Result,
    item: str | None = None,
    *,
    depth: int | None = None,
    only: Literal["limiting"] | None = None,
) -> Explanation:
    """Why a rating is what it is: the tree for the overall rating, a standard (``2.2``) or a
    key question (``2.2.1``), each deciding rule with where it is written.

    The tree is worked out as it is read; ``depth`` cuts it that many levels down;
    ``only="limiting"`` keeps only what pulled each rating down.

    Raises:
        InputError: ``item`` is not a standard or key question of the result.
    """
    from ratingbook.framework.explain import build

    return build(result, item, depth, only)


def words(phrase: Phrase) -> str:
    """What a record says, in words: an explanation line's ``label`` or ``warning`` is a
    :class:`Phrase` (a code and its figures), worded as every output words it."""
    from ratingbook.framework.views.common import words as say

    return say(phrase)


def to_json(record: Any) -> Any:
    """A record as the plain data of its JSON document, its phrases not yet worded: a
    ``Result`` is ``ratingbook/result-v1``, an ``Explanation`` ``ratingbook/explain-v1``, a
    ``Diff`` ``ratingbook/diff-v1``, ``Contents`` ``ratingbook/show-v1``, and each record
    inside them its part. The records know no format; the JSON renderer
    (:mod:`ratingbook.framework.emit.records`) writes each."""
    from ratingbook.framework.emit.records import data

    return data(record)


def worded(document: Any) -> Any:
    """A record's JSON data (:func:`to_json`) with every phrase in it as its words: the
    document the command line prints."""
    from ratingbook.framework.views.common import json_worded

    return json_worded(document)


def report(
    result: Result,
    format: Literal["text", "markdown", "html", "json"] = "text",
    *,
    width: int = 100,
) -> str:
    """A rated inspection as ``ratingbook rate`` prints it: a text table (``width`` columns,
    no colour), Markdown, a self-contained HTML page, or ``ratingbook/result-v1`` JSON."""
    import io

    from ratingbook.framework.emit import emit, uses_console
    from ratingbook.framework.emit.documents import Ratings
    from ratingbook.framework.render.theme import ConsoleSettings, console_over

    buffer = io.StringIO()
    console = None
    if uses_console(format):  # the one choice the caller makes beyond the format: the width
        settings = ConsoleSettings(width=width, color_system=None, terminal=False, no_color=True)
        console = console_over(buffer, settings)
    emit(Ratings(result=result), format, buffer, console=console)
    if console is not None:
        console.file.flush()
    return buffer.getvalue()


def contents(ref: str | Path) -> Contents:
    """A version as merged (a shipped id or a ``.framework`` file): every item and rule, each
    clause with the file and line that set it and its status against the version it is based
    on (new, changed, restated or inherited).

    Raises:
        InputError: the file cannot be read, or the id is unknown.
        DiagnosticsError: the version (or its base) has errors.
    """
    from ratingbook.framework.contents import contents as build
    from ratingbook.framework.loading.frameworks import load_base
    from ratingbook.framework.loading.frameworks import load_framework as load

    return build(load(str(ref)), load_base(str(ref)))


def inspection_schema(ref: str | Path) -> dict[str, Any]:
    """The JSON Schema (draft 7) of a version's inspection data (a shipped id or a
    ``.framework`` file): the shipped ``ratingbook/inspection-v1`` schema with the version's
    ids, attributes (types, lists, vocabularies, ranges, dates) and ratings, every property
    described. What ``ratingbook schema`` prints.

    Raises:
        InputError: the file cannot be read, or the id is unknown.
        DiagnosticsError: the version (or its base) has errors.
    """
    from ratingbook.framework.data_schema import version_schema
    from ratingbook.framework.loading.schema import inspection_schema as generic

    return version_schema(load_framework(ref), generic())


def shipped_schema(name: str) -> dict[str, Any]:
    """A JSON Schema ratingbook ships (draft 7): ``expectations`` (expectation files) or
    ``project`` (a framework repository's project file), every property described.

    Raises:
        InputError: no shipped schema has that name.
    """
    import json

    from ratingbook.framework.errors import InputError

    names = {"expectations": "expectations-v1.json", "project": "project-v1.json"}
    if name not in names:
        raise InputError(f"no shipped schema '{name}'; the shipped ones: {', '.join(names)}")
    folder = Path(__file__).parent / "schema"
    found: dict[str, Any] = json.loads((folder / names[name]).read_text(encoding="utf-8"))
    return found


def diff(old: Framework, new: Framework) -> Diff:
    """What ``new`` changes from ``old``: items added and removed, wording, applicability, rules."""
    from ratingbook.framework.diff import diff as changes

    return changes(old, new)


def compare(
    base: Framework,
    candidate: Framework,
    corpus: Iterable[str | Path],
    *,
    jobs: int | None = 1,
) -> Comparison:
    """Every inspection of a corpus (files, or folders holding them) under two versions.

    ``jobs`` processes share the work (None: one per core). A file that cannot be read or
    rated is an entry with its error, not an exception.

    Raises:
        InputError: a path does not exist, or no inspection is found.
    """
    from ratingbook.framework.app import corpus as corpora

    return corpora.compare(base, candidate, [str(p) for p in corpus], jobs=jobs)


def compare_each(
    base: Framework,
    candidate: Framework,
    corpus: Iterable[str | Path],
    *,
    jobs: int | None = None,
) -> Iterator[InspectionComparison]:
    """The same, one inspection at a time, as each is done: for corpora too large to hold."""
    from ratingbook.framework.app.corpus import compare_each
    from ratingbook.framework.loading.corpus import inspections

    return compare_each(base, candidate, inspections([str(p) for p in corpus]), jobs=jobs)
