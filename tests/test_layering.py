"""The code's layers, in order: a module imports only from its own layer and earlier ones.

Data flows one way: text -> syntax (dsl) -> checked model -> compiled plan -> result ->
analyses -> views -> renderers; reading and writing files sits above all of them, the
application (running a team's expectations, comparing a corpus) above that, and the language
server, the Python API and the CLI at the top. ``LAYERS`` is that order; every module is in
exactly one layer (a package covers the modules below it). An import of a later layer is an
error unless it is one of the ``EXCEPTIONS``, each named with its reason; an exception no
longer needed is an error too, so the list only shrinks.

Each layer also names the third-party libraries it must not load (the evaluation path stays
free of the parser, and of jsonschema, which only a problem to report needs) and whether it
may read or write files at all. Imports inside functions count, and so do
``importlib.import_module`` calls.

docs/architecture.md shows the same list; ``python tests/test_layering.py`` rewrites it there.
"""

from __future__ import annotations

import ast
import functools
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
F = "ratingbook.framework."


@dataclass(frozen=True, slots=True, kw_only=True)
class Layer:
    name: str
    what: str  # what it holds, for docs/architecture.md
    modules: tuple[str, ...]  # a package covers the modules below it
    libraries: tuple[str, ...] = ()  # third-party libraries it must not load
    files: bool = False  # whether it may open, read or write a file itself


@dataclass(frozen=True, slots=True, kw_only=True)
class Exception_:
    """An import of a later layer that is allowed, and why."""

    importer: str  # a module (or a package: any module in it)
    imported: str  # a module or a package
    reason: str


_UI = ("click", "rich", "pygments")
_PARSING = ("pyparsing", "jsonschema", "yaml")

LAYERS: tuple[Layer, ...] = (
    Layer(
        name="helpers",
        what="lazy names, the version and the records' decorator, for any layer",
        modules=(
            "ratingbook._lazy",
            "ratingbook._version",
            "ratingbook._record",
            "ratingbook._record_inits",
        ),
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="text",
        what="the framework language: text in, syntax and diagnostics out",
        modules=("ratingbook.dsl",),
        libraries=(*_UI, "jsonschema", "yaml"),
        files=True,  # fmt rewrites a framework file in place
    ),
    Layer(
        name="model",
        what="ids, conditions, measures, the checked model, phrases (codes and figures), "
        "the messages lower layers give as text, "
        "inspection data, exact arithmetic, conditions as spreadsheet formulas",
        modules=(
            F + "errors",
            F + "codes",
            F + "ids",
            F + "conditions",
            F + "measures",
            F + "model",
            F + "phrase",
            F + "messages",
            F + "inspection",
            F + "arithmetic",
            F + "sheet_formulas",
        ),
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="rules",
        what="the rule forms and the kernel every analysis of a rule derives from",
        modules=(F + "rules",),
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="checker",
        what="syntax to the checked model, with every finding",
        modules=(F + "checker",),
        libraries=(*_UI, "jsonschema", "yaml"),
    ),
    Layer(
        name="plan",
        what="a checked version compiled for evaluation",
        modules=(F + "plan",),
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="result",
        what="the result of rating an inspection, and its trace",
        modules=(F + "trace", F + "result"),
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="evaluation",
        what="an inspection rated under a plan",
        modules=(F + "evaluate",),
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="analyses",
        what="functions of loaded data, which read no file: explanations, what-ifs, how sure, "
        "diffs, contents, comparisons, expectations, coverage, schemas",
        modules=(
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
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="views",
        what="what each output shows, as records",
        modules=(F + "views",),
        libraries=(*_UI, *_PARSING),
    ),
    Layer(
        name="renderers",
        what="views to text, Markdown, HTML and JSON",
        modules=(F + "render",),
        libraries=("click", *_PARSING),
    ),
    Layer(
        name="emitters",
        what="the format registry: a command's document written in the format asked for, "
        "each format a module (`emit/`)",
        modules=(F + "emit",),
        libraries=("click", *_PARSING),
    ),
    Layer(
        name="loading",
        what="files, the registry of versions, caches, corpora and worker processes",
        modules=(F + "loading", F + "registry"),
        libraries=_UI,
        files=True,
    ),
    Layer(
        name="application",
        what="tasks over files: a corpus compared, expectation files run (`app/`)",
        modules=(F + "app",),
        libraries=_UI,
        files=True,  # through loading (files.read_text, which the detector cannot tell apart)
    ),
    Layer(
        name="language server",
        what="`ratingbook lsp`; it reads files only through loading",
        modules=(F + "lsp",),
        libraries=("click", "rich"),
    ),
    Layer(
        name="python api",
        what="the functions programs call (re-exported by `ratingbook`)",
        modules=(F + "api", "ratingbook", "ratingbook.framework"),
        libraries=("click",),
        files=True,
    ),
    Layer(
        name="command core",
        what=(
            "the command line without click (`commandline/`): the options `rate` and the "
            "global options take, declared once; `rate` read and run without click when its "
            "arguments allow; `Output`, and how a command ends, for both routes"
        ),
        modules=(F + "commandline",),
        libraries=("click",),
        files=True,  # through loading and the output streams
    ),
    Layer(
        name="command line",
        what=(
            "arguments to the API, and its document to the emitters; printing and exit "
            "statuses; when the command's cycle collector runs (`__main__.py`: off while it "
            "starts, what starting made frozen, on for the work)"
        ),
        modules=(F + "cli", "ratingbook.__main__"),
        files=True,
    ),
)

EXCEPTIONS: tuple[Exception_, ...] = (
    Exception_(
        importer=F + "commandline",
        imported=F + "cli",
        reason="an argument list the command core does not read completely (any command but "
        "a well-formed `rate`, `--help`, a mistake) goes to click, imported only then",
    ),
)

# Modules only some layers import: the layers, and why.
INSIDE: dict[str, tuple[tuple[str, ...], str]] = {
    F + "views.phrases": (
        ("views", "renderers"),
        "the words of every phrase: only the views word a record, and the renderers take the "
        "headings and fixed prose the formats share; the API and the CLI take their words from "
        "a view",
    ),
}

# Libraries only some modules load, and which.
LIBRARY_HOMES: dict[str, tuple[str, ...]] = {
    "openpyxl": (
        F + "loading.workbook",
        F + "loading.workbook_layout",
        F + "loading.workbook_write",
    ),
}

# The two top packages name only themselves (the rest of ratingbook is below them).
_ONLY_ITSELF = ("ratingbook", "ratingbook.framework")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted((REPO / "ratingbook").rglob("*.py"))}


def covers(entry: str, module: str) -> bool:
    if entry in _ONLY_ITSELF:
        return module == entry
    return module == entry or module.startswith(entry + ".")


def layers_of(module: str) -> list[int]:
    return list(_layers_of(module))


# Both are asked of the same few hundred names again and again (each import of each module, in
# several tests), and LAYERS and MODULES never change: each name's answer is found once.
@functools.cache
def _layers_of(module: str) -> tuple[int, ...]:
    return tuple(
        i for i, layer in enumerate(LAYERS) if any(covers(m, module) for m in layer.modules)
    )


@functools.cache
def owner(target: str) -> str | None:
    """The module an import target is (or is in): the longest known module it starts with."""
    found = [m for m in MODULES if target == m or target.startswith(m + ".")]
    return max(found, key=len, default=None)


def imports(source: str, module: str) -> list[tuple[int, str]]:
    """Every module the source imports (absolute, relative resolved, import_module calls),
    and ``builtins.open`` where it opens, reads or writes a file."""
    return list(_imports(source, module))


# Each module's source is read by several tests (its layer, the libraries it may load, the
# exceptions still needed, the methods of its classes): it is read once, and parsed and its
# syntax tree walked once per source text, not once per test. What the walk finds is kept,
# not the tree.
@functools.cache
def _source(module: str) -> str:
    return MODULES[module].read_text(encoding="utf-8")


# What the walk keeps of an import-like node: ("import", line, name), ("from", line, level,
# module, names), ("named", line, module named by an import_module call) or ("open", line).
_Found = tuple[object, ...]
# What it keeps of a class: its name and, for each function defined in its body, its name,
# line and whether it is a plain (not async) def.
_Class = tuple[str, tuple[tuple[str, int, bool], ...]]


@functools.cache
def _syntax(source: str) -> tuple[tuple[_Found, ...], tuple[_Class, ...]]:
    found: list[_Found] = []
    classes: list[_Class] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [("import", node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = tuple(a.name for a in node.names)
            found.append(("from", node.lineno, node.level, node.module, names))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append(("named", node.lineno, arg.value))
            elif name == "open" and isinstance(func, ast.Name):
                found.append(("open", node.lineno))
            elif name in ("read_text", "read_bytes", "write_text", "write_bytes", "open") and (
                isinstance(func, ast.Attribute)
            ):
                found.append(("open", node.lineno))
        elif isinstance(node, ast.ClassDef):
            methods = tuple(
                (item.name, item.lineno, isinstance(item, ast.FunctionDef))
                for item in node.body
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            )
            classes.append((node.name, methods))
    return tuple(found), tuple(classes)


@functools.cache
def _imports(source: str, module: str) -> tuple[tuple[int, str], ...]:
    found: list[tuple[int, str]] = []
    is_package = MODULES.get(module, Path()).name == "__init__.py"
    package = module if is_package else module.rsplit(".", 1)[0]
    for kind, line, *rest in _syntax(source)[0]:
        assert isinstance(line, int)
        if kind in ("import", "named"):
            found.append((line, str(rest[0])))
        elif kind == "from":
            level, name, names = rest
            assert isinstance(level, int) and isinstance(names, tuple)
            if level:
                base = package.rsplit(".", level - 1)[0] if level > 1 else package
                target = f"{base}.{name}" if name else base
            else:
                target = str(name or "")
            # `from P import m` imports the module P.m where there is one, else names of P.
            for a in names:
                sub = f"{target}.{a}"
                found.append((line, sub if sub in MODULES else target))
        else:
            found.append((line, "builtins.open"))
    return tuple(found)


def _excepted(importer: str, imported: str) -> Exception_ | None:
    return next(
        (
            e
            for e in EXCEPTIONS
            if covers(e.importer, importer)
            and (imported == e.imported or covers(e.imported, imported))
        ),
        None,
    )


def upward(module: str, source: str | None = None) -> list[tuple[int, str, str]]:
    """The imports of a later layer this module makes: (line, module imported, its layer)."""
    (mine,) = layers_of(module)
    if source is None:
        source = _source(module)
    found = []
    for line, target in imports(source, module):
        imported = owner(target)
        if imported is None or imported == module:
            continue
        (theirs,) = layers_of(imported)
        if theirs > mine:
            found.append((line, imported, LAYERS[theirs].name))
    return found


def test_every_module_is_in_exactly_one_layer() -> None:
    assert {
        m: [LAYERS[i].name for i in layers_of(m)] for m in MODULES if len(layers_of(m)) != 1
    } == {}


def test_every_layer_names_modules_that_exist() -> None:
    missing = [
        (layer.name, entry)
        for layer in LAYERS
        for entry in layer.modules
        if not any(covers(entry, m) for m in MODULES)
    ]
    assert missing == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_from_its_layer_and_earlier_ones(module: str) -> None:
    (mine,) = layers_of(module)
    bad = [
        f"line {line}: {imported} (layer '{layer}', after '{LAYERS[mine].name}')"
        for line, imported, layer in upward(module)
        if _excepted(module, imported) is None
    ]
    assert not bad, f"{module} ({MODULES[module].relative_to(REPO)}):\n" + "\n".join(bad)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_loads_no_library_and_no_file_its_layer_forbids(module: str) -> None:
    (mine,) = layers_of(module)
    layer = LAYERS[mine]
    bad = []
    if _excepted(module, "builtins.open") is None:
        bad += [
            f"line {line}: opens a file (the {layer.name} layer reads none)"
            for line in opens(module)
        ]
    for line, target in imports(_source(module), module):
        if any(target == lib or target.startswith(lib + ".") for lib in layer.libraries):
            bad.append(f"line {line}: {target} (not loaded by the {layer.name} layer)")
    assert not bad, f"{module} ({MODULES[module].relative_to(REPO)}):\n" + "\n".join(bad)


def opens(module: str) -> list[int]:
    """The lines where a module opens, reads or writes a file though its layer does not."""
    (mine,) = layers_of(module)
    if LAYERS[mine].files:
        return []
    found = imports(_source(module), module)
    return [line for line, target in found if target == "builtins.open"]


@pytest.mark.parametrize("inside", sorted(INSIDE))
def test_a_module_kept_inside_some_layers_is_imported_only_there(inside: str) -> None:
    allowed, why = INSIDE[inside]
    bad = [
        f"{module} line {line}"
        for module in MODULES
        if LAYERS[layers_of(module)[0]].name not in allowed
        for line, target in imports(_source(module), module)
        if owner(target) == inside
    ]
    assert not bad, f"{inside} ({why}) is imported by:\n" + "\n".join(bad)


@pytest.mark.parametrize("library", sorted(LIBRARY_HOMES))
def test_a_library_is_loaded_only_by_its_modules(library: str) -> None:
    bad = [
        f"{module} line {line}"
        for module in MODULES
        if module not in LIBRARY_HOMES[library]
        for line, target in imports(_source(module), module)
        if target == library or target.startswith(library + ".")
    ]
    assert not bad, f"{library} is loaded only by {', '.join(LIBRARY_HOMES[library])}:\n" + (
        "\n".join(bad)
    )


def test_every_exception_is_still_needed() -> None:
    """An exception that no import needs any more is taken out of the list."""
    used = {
        id(e)
        for module in MODULES
        for _, imported, _ in upward(module)
        if (e := _excepted(module, imported)) is not None
    } | {
        id(e)
        for module in MODULES
        if opens(module) and (e := _excepted(module, "builtins.open")) is not None
    }
    assert [(e.importer, e.imported) for e in EXCEPTIONS if id(e) not in used] == []
    assert all(e.reason for e in EXCEPTIONS)


# ---------------------------------------------------------------------------- JSON lives in its renderer

# The one module that knows how each record is written as JSON (issue 17, part 5): records are
# plain data, and no class outside the emitters has a method that makes JSON of itself.
JSON_HOME = F + "emit"


def json_methods(source: str) -> list[tuple[int, str]]:
    """The methods of any class in ``source`` that make JSON (``to_json``, ``as_json``,
    ``summary_json``, ...): (line, Class.method)."""
    return [
        (line, f"{cls}.{name}")
        for cls, methods in _syntax(source)[1]
        for name, line, _ in methods
        if "json" in name.lower()
    ]


def test_no_record_makes_its_own_json() -> None:
    bad = [
        f"{MODULES[m].relative_to(REPO)}:{line}: {name}"
        for m in MODULES
        if not covers(JSON_HOME, m)
        for line, name in json_methods(_source(m))
    ]
    assert not bad, (
        "a record makes its own JSON; write its shape in ratingbook/framework/emit/records.py "
        "instead:\n" + "\n".join(bad)
    )


def test_the_json_method_detector_finds_one() -> None:
    source = (
        "class A:\n"
        "    def to_json(self): ...\n"
        "    def summary_json(self): ...\n"
        "    def text(self): ...\n"
        "def result_json(r): ...\n"
    )
    assert json_methods(source) == [(2, "A.to_json"), (3, "A.summary_json")]


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
        "from ratingbook.framework import loading, registry\n"
    )
    found = imports(source, "ratingbook.framework.views.ratings")
    lines = {line for line, target in found if target.startswith("ratingbook.framework")}
    assert lines == {2, 3, 4, 7, 8, 11}
    assert (8, "ratingbook.framework.render") in found
    assert (10, "builtins.open") in found
    assert (11, "ratingbook.framework.loading") in found
    assert (11, "ratingbook.framework.registry") in found
    assert owner("ratingbook.framework.model.Band") == "ratingbook.framework.model"


def test_an_import_of_a_later_layer_is_found() -> None:
    source = (
        "from ratingbook.framework.model import Framework\n"
        "from ratingbook.framework import loading\n"
        "def f():\n"
        "    from ratingbook.framework.views.common import Audit\n"
    )
    assert upward(F + "compare", source) == [
        (2, F + "loading", "loading"),
        (4, F + "views.common", "views"),
    ]


# ---------------------------------------------------------------------------- records carry figures

# The layers whose records are results: they carry figures, ids and codes, and the views word
# them (views/phrases.py). A record class there with a ``text`` (or ``short``/``words``) method
# or property words itself: an error, unless it is listed below with its reason.
_RECORD_LAYERS = ("rules", "result", "evaluation", "analyses")
_WORDING_METHODS = ("text", "short", "words")

# Record classes that still have one, and why. Like EXCEPTIONS, the list only shrinks.
WORDS_ITSELF: dict[tuple[str, str], str] = {
    (F + "result", "KeyQuestionResult"): "its text is the framework's own wording of the key "
    "question, quoted (a figure, not ratingbook's words)",
}


def wording_methods(module: str, source: str | None = None) -> list[tuple[str, str, int]]:
    """The classes of a module that define a wording method: (class, method, line)."""
    if source is None:
        source = _source(module)
    return [
        (cls, name, line)
        for cls, methods in _syntax(source)[1]
        for name, line, plain in methods
        if plain and name in _WORDING_METHODS
    ]


def _record_modules() -> list[str]:
    return sorted(m for m in MODULES if LAYERS[layers_of(m)[0]].name in _RECORD_LAYERS)


@pytest.mark.parametrize("module", _record_modules())
def test_a_result_record_carries_figures_and_never_words_itself(module: str) -> None:
    bad = [
        f"line {line}: {cls}.{name} (word it in views/phrases.py, from the record's figures)"
        for cls, name, line in wording_methods(module)
        if (module, cls) not in WORDS_ITSELF
    ]
    assert not bad, f"{module} ({MODULES[module].relative_to(REPO)}):\n" + "\n".join(bad)


def test_every_record_still_wording_itself_is_listed_only_while_it_does() -> None:
    still = {(m, cls) for m in _record_modules() for cls, _, _ in wording_methods(m)}
    assert [k for k in WORDS_ITSELF if k not in still] == []
    assert all(WORDS_ITSELF.values())


def test_the_wording_detector_finds_a_text_property() -> None:
    source = (
        "class Range:\n"
        "    @property\n"
        "    def text(self) -> str:\n"
        "        return 'Good to Outstanding'\n"
        "    def to_json(self): ...\n"
    )
    assert wording_methods(F + "result", source) == [("Range", "text", 3)]


# ---------------------------------------------------------------------------- the same list in the docs

_BEGIN = "<!-- layers: written by tests/test_layering.py from its LAYERS; do not edit -->"
_END = "<!-- end of layers -->"


def _short(entry: str) -> str:
    if entry.startswith(F):
        name = entry[len(F) :]
        return f"`{name}/`" if (REPO / "ratingbook" / "framework" / name).is_dir() else f"`{name}`"
    return f"`{entry}`"


def layers_table() -> str:
    rows = [
        "| | layer | modules | what it holds |",
        "| --- | --- | --- | --- |",
        *(
            f"| {i} | {layer.name} | {', '.join(_short(m) for m in layer.modules)} | {layer.what} |"
            for i, layer in enumerate(LAYERS, start=1)
        ),
    ]
    exceptions = [
        f"- `{e.importer}` "
        + ("opens files" if e.imported == "builtins.open" else f"imports `{e.imported}`")
        + f": {e.reason}."
        for e in EXCEPTIONS
    ]
    text = "\n".join(rows) + "\n"
    inside = [
        f"- `{m}` is imported only by the {' and '.join(layers)} layers: {why}."
        for m, (layers, why) in INSIDE.items()
    ]
    inside += [
        f"- `{lib}` is loaded only by {', '.join(f'`{m}`' for m in homes)}."
        for lib, homes in LIBRARY_HOMES.items()
    ]
    text += "\n" + "\n".join(inside) + "\n"
    if exceptions:
        text += "\nNamed exceptions (imports of a later layer, each with its reason):\n\n"
        text += "\n".join(exceptions) + "\n"
    return f"{_BEGIN}\n{text}{_END}"


ARCHITECTURE = REPO / "docs" / "architecture.md"


def _doc_section() -> str:
    doc = ARCHITECTURE.read_text(encoding="utf-8")
    start, end = doc.find(_BEGIN), doc.find(_END)
    return doc[start : end + len(_END)] if 0 <= start < end else ""


def test_docs_architecture_shows_the_same_layers() -> None:
    assert _doc_section() == layers_table(), (
        "docs/architecture.md's list of layers differs: run python tests/test_layering.py"
    )


if __name__ == "__main__":
    section = _doc_section()
    if not section:
        sys.exit(f"{ARCHITECTURE}: no {_BEGIN} ... {_END} section to rewrite")
    doc = ARCHITECTURE.read_text(encoding="utf-8")
    ARCHITECTURE.write_text(doc.replace(section, layers_table()), encoding="utf-8")
