"""``dsl`` knows text, not ratings: no module in dsl/ imports ``framework``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DSL = Path(__file__).resolve().parents[2] / "dsl"
MODULES = sorted(DSL.rglob("*.py"))


def framework_imports(source: str) -> list[str]:
    """Each import of ``framework`` in the source (anywhere, also inside functions)."""
    found: list[str] = []

    def is_framework(name: str) -> bool:
        return (
            name.startswith("ratingbook.framework")
            or name == "framework"
            or name.startswith("framework.")
        )

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if is_framework(a.name)]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0 and is_framework(module):
                found.append(f"{node.lineno}: from {module} import ...")
            elif node.level > 1 and (
                is_framework(module) or any(a.name == "framework" for a in node.names)
            ):
                found.append(f"{node.lineno}: from {'.' * node.level}{module} import ...")
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and is_framework(arg.value)
            ):
                found.append(f"{node.lineno}: {name}({arg.value!r})")
    return found


def test_dsl_has_the_expected_modules() -> None:
    names = {p.name for p in MODULES}
    assert {
        "__init__.py",
        "ast.py",
        "grammar.py",
        "parser.py",
        "diagnostics.py",
        "span.py",
    } <= names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(DSL)) for p in MODULES])
def test_no_dsl_module_imports_framework(path: Path) -> None:
    bad = framework_imports(path.read_text(encoding="utf-8"))
    assert not bad, f"{path.relative_to(DSL.parent)} imports framework:\n" + "\n".join(bad)


def test_the_detector_finds_every_form_of_import() -> None:
    """A passing layering test means something only if the detector would have failed."""
    source = (
        "import os\n"
        "import framework\n"
        "from framework.model import Band\n"
        "import framework.checker as c\n"
        "def f():\n"
        "    import importlib\n"
        "    return importlib.import_module('framework.evaluate')\n"
        "from .. import framework\n"
        "from dsl import ast\n"
    )
    assert sorted(int(line.split(":")[0]) for line in framework_imports(source)) == [2, 3, 4, 7, 8]
