"""The checker is a stage: parsed statements and texts in, no files opened, no loading imported."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parents[2] / "framework" / "checker"
MODULES = sorted(CHECKER.rglob("*.py"))

# Layers above the checker: it is called by them, never the other way round.
FORBIDDEN = (
    "ratingbook.framework.loading",
    "ratingbook.framework.registry",
    "ratingbook.framework.evaluate",
    "ratingbook.framework.render",
    "ratingbook.framework.cli",
)
# Ways of reading a file.
READERS = {"open", "read_text", "read_bytes", "parse_file", "read_header"}


def problems(source: str) -> list[str]:
    """Each forbidden import and each call that reads a file, with its line."""
    found: list[str] = []

    def forbidden(name: str) -> bool:
        return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names = [f"{module}.{a.name}" for a in node.names]
            if node.level == 0 and (forbidden(module) or any(forbidden(n) for n in names)):
                found.append(f"{node.lineno}: from {module} import ...")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in READERS:
                found.append(f"{node.lineno}: {name}(...)")
    return found


def test_the_checker_has_a_module_per_family_of_rules() -> None:
    assert {p.name for p in MODULES} >= {
        "__init__.py",
        "items.py",
        "rules.py",
        "conditions.py",
        "citations.py",
        "versions.py",
    }


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_checker_module_reads_files_or_imports_a_higher_layer(path: Path) -> None:
    bad = problems(path.read_text(encoding="utf-8"))
    assert not bad, f"{path.name}:\n" + "\n".join(bad)


def test_the_detector_finds_every_form() -> None:
    """A passing layering test means something only if the detector would have failed."""
    source = (
        "import os\n"
        "import ratingbook.framework.loading.frameworks\n"
        "from ratingbook.framework import registry\n"
        "from ratingbook.framework.render.text import x\n"
        "from pathlib import Path\n"
        "text = Path('x').read_text()\n"
        "with open('x') as f: pass\n"
        "from ratingbook.framework import model\n"
    )
    assert [int(p.split(":")[0]) for p in problems(source)] == [2, 3, 4, 6, 7]
