"""The checkout works on every platform: no symbolic links, and an editable install exposes the
one package, ratingbook.

Windows checkouts (and any clone made with ``core.symlinks=false``) turn a symbolic link into
a small text file holding its target, so the repository tracks none: the code lives in
``ratingbook/`` and the shipped versions in ``standards/`` (docs/decisions.md D23). This
module clones the repository that way into a temporary folder, rates the example from the
clone's source, then installs the clone editable in a fresh venv and checks that only
``ratingbook`` is importable from it and that every module is loaded once.

All of it is slow work in real processes, started in the background as tests/test_wheel.py's
is (``start_real_processes``, see conftest.py).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.test_wheel import (
    GOLDEN,
    bin_of,
    build_options,
    clean_env,
    running_site_packages,
    share_installed_compiled,
)

pytestmark = [pytest.mark.real_process, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = "standards/yot/examples/example-2020.yaml"
RATE = ["--width", "100", "--no-color", "rate", EXAMPLE]

# Run in the editable install from a folder outside the clone (with -P, so that the working
# folder is not on the path): which names import, where every loaded module comes from, and
# what rating the example gets.
DRIVER = """\
import importlib, io, json, os, sys

found = {"top": {}}
for name in ("framework", "dsl", "standards", "tests", "tools", "ratingbook"):
    try:
        importlib.import_module(name)
        found["top"][name] = "imported"
    except ImportError:
        found["top"][name] = "missing"

from ratingbook.framework.cli import main
from ratingbook.framework.model import Standard

out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\\n")
sys.stdout = out
try:
    main(json.loads(sys.argv[2]))
except SystemExit as done:
    found["status"] = done.code
finally:
    sys.stdout = sys.__stdout__
out.flush()
found["output"] = out.buffer.getvalue().decode()
files = {}
for name, module in list(sys.modules.items()):
    file = getattr(module, "__file__", None)
    if file and os.path.realpath(file).startswith(os.path.realpath(sys.argv[3])):
        files.setdefault(os.path.realpath(file), []).append(name)
found["files"] = files
found["standard"] = [
    name for name, module in list(sys.modules.items())
    if isinstance(getattr(module, "Standard", None), type)
    and module.Standard.__qualname__ == "Standard"
    and module.Standard.__module__.endswith("model")
    and module.Standard is not Standard
]
found["standard_module"] = Standard.__module__
json.dump(found, open(sys.argv[1], "w", encoding="utf-8"))
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class Clone:
    """The clone, what git tracks as links in it, and what each way of running it gave."""

    root: Path
    links: list[str]
    text_links: list[str]
    from_source: subprocess.CompletedProcess[str]
    editable: dict[str, Any]


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env, timeout=300)
    assert proc.returncode == 0, f"{' '.join(args)}\n{proc.stdout}\n{proc.stderr}"
    return proc


def _without_ratingbook(folders: list[str], into: Path) -> list[str]:
    """The running environment's packages, less any ratingbook installed there: where the
    README's test command installed it (not editable), the new venv would import that copy
    instead of the clone's. A folder of links to everything else stands in for them."""
    into.mkdir()
    for folder in folders:
        for entry in sorted(Path(folder).iterdir()):
            name = entry.name.lower()
            if name.startswith(("ratingbook", "_editable_impl_ratingbook", "__editable__")):
                continue
            if not (into / entry.name).exists():
                (into / entry.name).symlink_to(entry)
    return [str(into)]


def clone_and_run(root: Path, env: dict[str, str]) -> Clone:
    clone = root / "clone"
    run(["git", "-c", "core.symlinks=false", "clone", "-q", str(REPO), str(clone)], root, env)
    tracked = run(["git", "ls-files", "-s"], clone, env).stdout.splitlines()
    links = [line.split("\t")[-1] for line in tracked if line.startswith("120000")]
    # What a checkout without links would hold instead: a file whose whole text is a path.
    text_links = [
        str(p.relative_to(clone))
        for p in (clone / "ratingbook").iterdir()
        if p.is_file() and p.suffix == "" and p.stat().st_size < 100
    ]

    # From source, no install: the clone's folder on the path and the running environment's
    # packages after it, with no site processing (so no editable install is seen).
    source_env = dict(env, PYTHONPATH=os.pathsep.join([str(clone), *running_site_packages()]))
    from_source = subprocess.run(
        [sys.executable, "-S", "-m", "ratingbook", *RATE],
        capture_output=True,
        text=True,
        cwd=clone,
        env=source_env,
        timeout=300,
    )

    # Editable, in a fresh venv that sees the running environment's packages (as test_wheel).
    venv = root / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], root, env)
    python = bin_of(venv, "python")
    purelib = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        root,
        env,
    ).stdout.strip()
    Path(purelib, "_running_environment.pth").write_text(
        "\n".join(_without_ratingbook(running_site_packages(), root / "deps")) + "\n",
        encoding="utf-8",
    )
    share_installed_compiled("pip")
    # pip run by the venv's interpreter (it finds pip among the packages it sees), building
    # with the installed backend where there is one (see test_wheel).
    pip = [str(python), "-m", "pip", "install", "--no-deps", "-q"]
    run([*pip, *build_options("hatchling", "editables"), "-e", str(clone)], root, env)
    work = root / "work"
    (work / EXAMPLE).parent.mkdir(parents=True)
    shutil.copy(REPO / EXAMPLE, work / EXAMPLE)
    found = root / "editable.json"
    run([str(python), "-P", "-c", DRIVER, str(found), json.dumps(RATE), str(clone)], work, env)
    return Clone(
        root=clone,
        links=links,
        text_links=text_links,
        from_source=from_source,
        editable=json.loads(found.read_text(encoding="utf-8")),
    )


_CLONES: list[Future[Clone]] = []


def _root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="ratingbook-clone-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


def _can_clone() -> bool:
    return (REPO / ".git").exists() and shutil.which("git") is not None


def start_real_processes(background: Any) -> None:
    """Called by conftest when the session will run these tests: start it all now."""
    if _can_clone():
        _CLONES.append(background.call(clone_and_run, _root(), clean_env(_root())))


@pytest.fixture(scope="module")
def clone() -> Clone:
    if not _can_clone():
        pytest.skip("not a git checkout (an unpacked source archive), or git is not installed")
    if not _CLONES:  # run without conftest's start: do it now
        return clone_and_run(_root(), clean_env(_root()))
    return _CLONES[0].result()


def test_the_repository_tracks_no_symbolic_link(clone: Clone) -> None:
    assert clone.links == []
    assert clone.text_links == []
    assert (clone.root / "ratingbook" / "framework" / "model.py").is_file()
    assert (clone.root / "standards" / "yot" / "2020.framework").is_file()


def test_a_clone_without_links_rates_the_example_from_source(clone: Clone) -> None:
    proc = clone.from_source
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout == (GOLDEN / "rate" / "example.txt").read_text(encoding="utf-8")


def test_an_editable_install_exposes_only_ratingbook(clone: Clone) -> None:
    assert clone.editable["top"] == {
        "framework": "missing",
        "dsl": "missing",
        "standards": "missing",
        "tests": "missing",
        "tools": "missing",
        "ratingbook": "imported",
    }


def test_an_editable_install_rates_from_the_clone(clone: Clone) -> None:
    assert clone.editable["status"] in (0, None)
    golden = (GOLDEN / "rate" / "example.txt").read_text(encoding="utf-8")
    assert clone.editable["output"] == golden


def test_an_editable_install_loads_every_module_once(clone: Clone) -> None:
    """Each file of the clone is one module (no framework.model beside
    ratingbook.framework.model), and the model's classes exist once."""
    files = clone.editable["files"]
    assert files, "nothing was loaded from the clone"
    assert {f: names for f, names in files.items() if len(names) > 1} == {}
    assert all(names[0].startswith("ratingbook") for names in files.values())
    model = str(Path(os.path.realpath(clone.root / "ratingbook" / "framework" / "model.py")))
    assert files[model] == ["ratingbook.framework.model"]
    assert clone.editable["standard_module"] == "ratingbook.framework.model"
    assert clone.editable["standard"] == []
