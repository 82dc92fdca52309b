"""The project is self-contained: nothing in it points at a document, an id or a path that a
reader of the project does not have, and every note id the framework files cite is defined.

The research transcription the framework was first checked against, the original design
notes and the machine they were written on are not part of the project. A comment or a doc
that cites them (by file name, by one of their ids, or by an absolute path) leads nowhere;
what such a pointer stood for belongs in the project's own words, in standards/yot/NOTES.md
or docs/decisions.md.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Built from parts, so that this file does not match itself.
_FORBIDDEN = {
    "an id that only the research notes define (IC.., AC.., RR..)": re.compile(
        r"\b(?:I" + r"C|A" + r"C|R" + r"R)\d{2}\b"
    ),
    "the research transcription": re.compile("framework" + "_(?:extract|notes)"),
    "the original design notes": re.compile("DESIGN" + r"\.md"),
    # (The system's temporary folder is not one: ratingbook writes bug reports there.)
    "a path on a build machine": re.compile(
        r"(?<![\w.])/(?:wo" + r"rk|ho" + r"me|ro" + r"ot|Us" + r"ers)/"
    ),
    "the shared research folder": re.compile(r"\bsha" + r"red/"),
}
_TEXT = {".py", ".md", ".framework", ".yaml", ".yml", ".json", ".toml", ".txt", ".cfg", ".ini"}
_SKIP_DIRS = {".git", ".mypy_cache", ".pytest_cache", ".ruff_cache", "__pycache__", ".hypothesis"}


def _project_files() -> list[Path]:
    """The files of the project: what git tracks or would track (not what it ignores, such as
    a virtual environment made inside the checkout), or, outside a git checkout (an unpacked
    source archive), every file below the root apart from caches and virtual environments."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        candidates = [REPO / name for name in listed.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        candidates = sorted(REPO.rglob("*"))
    venvs = {path.parent for path in candidates if path.name == "pyvenv.cfg"}
    out = []
    for path in sorted(set(candidates)):
        rel = path.relative_to(REPO)
        if any(part in _SKIP_DIRS or part.endswith(".egg-info") for part in rel.parts):
            continue
        if any(parent in venvs for parent in path.parents):
            continue
        if rel.parts[:1] in (("build",), ("dist",)) or path.is_symlink() or not path.is_file():
            continue
        if path.suffix in _TEXT or path.name in ("README", "LICENSE"):
            out.append(path)
    return out


FILES = _project_files()


def test_the_project_files_are_found() -> None:
    names = {p.relative_to(REPO).as_posix() for p in FILES}
    assert {"README.md", "standards/yot/2020.framework", "standards/yot/NOTES.md"} <= names


@pytest.mark.parametrize("what", sorted(_FORBIDDEN))
def test_no_file_points_at_what_the_project_does_not_ship(what: str) -> None:
    pattern = _FORBIDDEN[what]
    found = []
    for path in FILES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                found.append(f"{path.relative_to(REPO)}:{number}: {line.strip()[:100]}")
    assert not found, f"{what}:\n" + "\n".join(found)


NOTES = REPO / "standards" / "yot" / "NOTES.md"
_DEFINED = re.compile(r"^\*\*(N\d+)\.", re.M)


def _defined_notes() -> list[str]:
    return _DEFINED.findall(NOTES.read_text(encoding="utf-8"))


def test_notes_are_numbered_in_order_without_gaps() -> None:
    ids = _defined_notes()
    assert ids == [f"N{i}" for i in range(1, len(ids) + 1)]


@pytest.mark.parametrize("name", ["2018.framework", "2020.framework"])
def test_every_note_a_framework_file_cites_is_defined(name: str) -> None:
    text = (REPO / "standards" / "yot" / name).read_text(encoding="utf-8")
    comments = "\n".join(line for line in text.splitlines() if "#" in line)
    cited = set(re.findall(r"\bN\d+\b", comments))
    assert cited, f"{name} cites no note"
    assert cited <= set(_defined_notes()), sorted(cited - set(_defined_notes()))


def test_every_decision_the_notes_cite_is_in_decisions_md() -> None:
    cited = set(re.findall(r"\bD\d+\b", NOTES.read_text(encoding="utf-8")))
    decisions = (REPO / "docs" / "decisions.md").read_text(encoding="utf-8")
    defined = set(re.findall(r"^\*\*(D\d+)\.", decisions, re.M))
    assert cited and cited <= defined, sorted(cited - defined)


def test_docs_diagnostics_lists_every_code() -> None:
    from ratingbook.framework.codes import ALL_CODES

    doc = (REPO / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    table = doc.split("## Machine-readable findings")[0]
    rows = re.findall(r"^\| `([a-z-]+)` \|", table, re.M)
    assert sorted(rows) == sorted(str(c) for c in ALL_CODES)
