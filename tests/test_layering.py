"""The pipeline's layers, and what each may not import: a table, checked for every module.

Data flows one way: text -> syntax (dsl) -> checked model -> compiled plan -> result ->
views -> renderers -> the CLI. A layer may import the layers before it, never those after;
the table also names the third-party libraries a layer must not load (the evaluation path
stays free of the parser and of jsonschema, which only a problem to report needs).
Imports inside functions count too, and so do ``importlib.import_module`` calls.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
F = "ratingbook.framework."


@dataclass(frozen=True)
class Layer:
    name: str
    modules: tuple[str, ...]  # modules (a package covers the modules below it)
    forbidden: tuple[str, ...]  # imports it must not make (a package: anything in it)


_LATER_THAN_MODEL = (
    F + "checker",
    F + "versions",
    F + "plan",
    F + "trace",
    F + "result",
    F + "evaluate",
    F + "explain",
    F + "diff",
    F + "contents",
    F + "handbook",
    F + "data_schema",
    F + "compare",
    F + "expectations",
    F + "loading",
    F + "registry",
    F + "views",
    F + "render",
    F + "api",
    F + "cli",
    F + "lsp",
)
_UI = ("click", "rich", "pygments")
# The words of every phrase: only the view layer (the views, and the renderers for the
# headings and fixed prose the formats share) reads the registry; the API and the CLI take
# their words from a view, and every layer before the views cannot reach it at all.
PHRASES = F + "views.phrases"
_PARSING = ("pyparsing", "jsonschema", "yaml")

LAYERS: tuple[Layer, ...] = (
    Layer(
        "shared helpers",
        ("ratingbook._lazy", "ratingbook._version"),
        ("ratingbook.dsl", "ratingbook.framework", *_UI, *_PARSING),
    ),
    Layer("text (dsl)", ("ratingbook.dsl",), ("ratingbook.framework", *_UI, "jsonschema", "yaml")),
    Layer(
        "model",
        (
            F + "errors",
            F + "codes",
            F + "ids",
            F + "conditions",
            F + "measures",
            F + "model",
            F + "phrase",
        ),
        (*_LATER_THAN_MODEL, F + "inspection", F + "arithmetic", *_UI, *_PARSING),
    ),
    Layer(
        "rule forms (how standards and the overall are rated, and every analysis of a rule)",
        (F + "rules",),
        (
            *_LATER_THAN_MODEL,
            F + "inspection",
            F + "whatif",
            F + "certainty",
            *_UI,
            *_PARSING,
            "builtins.open",
        ),
    ),
    Layer(
        "checker",
        (F + "checker", F + "versions"),
        tuple(m for m in _LATER_THAN_MODEL if m not in (F + "checker", F + "versions"))
        + (*_UI, "jsonschema", "yaml", "builtins.open"),
    ),
    Layer(
        "inspection data",
        (F + "inspection",),
        (*_LATER_THAN_MODEL, F + "model", *_UI, *_PARSING),
    ),
    Layer(
        "compiled plan",
        (F + "arithmetic", F + "plan"),
        (*_LATER_THAN_MODEL[2:], F + "checker", *_UI, *_PARSING),
    ),
    Layer(
        "result and trace",
        (F + "trace", F + "result"),
        (*_LATER_THAN_MODEL[5:], F + "checker", F + "versions", *_UI, *_PARSING),
    ),
    Layer(
        "evaluation",
        (F + "evaluate",),
        (*_LATER_THAN_MODEL[6:], F + "checker", F + "versions", *_UI, *_PARSING),
    ),
    Layer(
        "analyses",
        (
            F + "explain",
            F + "whatif",
            F + "certainty",
            F + "posterior",
            F + "sampling",
            F + "diff",
            F + "contents",
            F + "handbook",
            F + "compare",
            F + "expectations",
            F + "coverage",
            F + "data_schema",
        ),
        (
            F + "views",
            F + "render",
            F + "api",
            F + "cli",
            F + "lsp",
            *_UI,
            "pyparsing",
            "jsonschema",
        ),
    ),
    Layer(
        "conditions as spreadsheet formulas (the workbook's greying; model-level, no files)",
        (F + "sheet_formulas",),
        (*_LATER_THAN_MODEL, F + "inspection", *_UI, *_PARSING, "openpyxl", "builtins.open"),
    ),
    Layer(
        "the recording workbook (the only modules that load openpyxl)",
        (F + "loading.workbook", F + "loading.workbook_layout", F + "loading.workbook_write"),
        (F + "views", F + "render", F + "api", F + "cli", F + "lsp", *_UI),
    ),
    Layer(
        "loading (files, caches, corpora, processes)",
        (F + "loading", F + "registry"),
        (F + "views", F + "render", F + "api", F + "cli", F + "lsp", *_UI, "openpyxl"),
    ),
    Layer(
        "views",
        (F + "views",),
        (
            F + "loading",
            F + "registry",
            F + "render",
            F + "api",
            F + "cli",
            F + "lsp",
            *_UI,
            *_PARSING,
        ),
    ),
    Layer(
        "renderers",
        (F + "render",),
        (
            F + "model",
            F + "result",
            F + "plan",
            F + "evaluate",
            F + "loading",
            F + "registry",
            F + "api",
            F + "cli",
            F + "lsp",
            "click",
            *_PARSING,
        ),
    ),
    Layer(
        "language server (above loading: it reads files only through it)",
        (F + "lsp",),
        (
            F + "views",
            F + "render",
            F + "api",
            F + "cli",
            "click",
            "rich",
            "builtins.open",
        ),
    ),
    Layer(
        "python api",
        (F + "api", "ratingbook", "ratingbook.framework"),
        (F + "cli", PHRASES, "click"),
    ),
    Layer("command line", (F + "cli", "ratingbook.__main__"), (PHRASES,)),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted((REPO / "ratingbook").rglob("*.py"))}


def layer_of(module: str) -> Layer | None:
    """A module's layer: the first row naming it, or a package above it (the two top
    packages, ratingbook and ratingbook.framework, name only themselves)."""
    for layer in LAYERS:
        for m in layer.modules:
            if module == m:
                return layer
            if m not in ("ratingbook", "ratingbook.framework") and module.startswith(m + "."):
                return layer
    return None


def imports(source: str, module: str) -> list[tuple[int, str]]:
    """Every module the source imports (absolute, relative resolved, import_module calls)."""
    found: list[tuple[int, str]] = []
    package = (
        module
        if module.count(".") and MODULES.get(module, Path()).name == "__init__.py"
        else module.rsplit(".", 1)[0]
    )
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            found += [(node.lineno, f"{target}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((node.lineno, arg.value))
            elif name == "open" and isinstance(func, ast.Name):
                found.append((node.lineno, "builtins.open"))
            elif name in ("read_text", "read_bytes", "open") and isinstance(func, ast.Attribute):
                found.append((node.lineno, "builtins.open"))
    return found


def breaks(target: str, rule: str) -> bool:
    return target == rule or target.startswith(rule + ".")


def test_every_module_has_a_layer() -> None:
    assert [m for m in MODULES if layer_of(m) is None] == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_nothing_its_layer_forbids(module: str) -> None:
    layer = layer_of(module)
    assert layer is not None
    source = MODULES[module].read_text(encoding="utf-8")
    bad = [
        f"line {line}: {target} (forbidden in the {layer.name} layer by {rule})"
        for line, target in imports(source, module)
        for rule in layer.forbidden
        if breaks(target, rule) and not breaks(target, module)
    ]
    assert not bad, f"{module} ({MODULES[module].relative_to(REPO)}):\n" + "\n".join(bad)


def test_the_detector_finds_every_form_of_import() -> None:
    """A passing layering test means something only if the detector would have failed."""
    source = (
        "import os\n"
        "import ratingbook.framework\n"
        "from ratingbook.framework.model import Band\n"
        "import ratingbook.framework.checker as c\n"
        "def f():\n"
        "    import importlib\n"
        "    return importlib.import_module('ratingbook.framework.evaluate')\n"
        "from .. import render\n"
        "from ratingbook.dsl import ast\n"
        "text = open('x').read()\n"
    )
    found = imports(source, "ratingbook.framework.views.ratings")
    lines = {line for line, target in found if target.startswith("ratingbook.framework")}
    assert lines == {2, 3, 4, 7, 8}
    assert (8, "ratingbook.framework.render") in found
    assert (10, "builtins.open") in found


def test_only_the_view_layer_imports_the_phrases_module() -> None:
    """Every layer but the views and the renderers forbids the phrases module, directly or as
    part of the views."""
    for module in MODULES:
        layer = layer_of(module)
        assert layer is not None
        if layer.name in ("views", "renderers"):
            continue
        assert any(breaks(PHRASES, rule) for rule in layer.forbidden), (module, layer.name)
