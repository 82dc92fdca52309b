"""The package data ships, and outputs are the same wherever they are made: build a wheel once,
install it in two fresh venvs in different folders, run from outside the repo, compare.

The wheel is built by pip with the build backend (hatchling) the test extra installs, where
it is installed (``--no-build-isolation``; else pip installs the backend into an isolated
build environment of its own, from its configured index). Each venv is made without pip and
the wheel is installed into it with ``--no-deps`` by pip run by the venv's own interpreter.
The dependencies, and pip, come from the environment running the tests (a virtual
environment or the system's), which the new venv sees through a ``.pth`` file:
``--system-site-packages`` would show it the base interpreter's packages instead, which in a
virtual environment lack the dependencies.

All of it is slow work in real processes: it starts in the background as soon as the session
knows it will run these tests (``start_real_processes``, see conftest.py), on the other core
while the in-process tests run. In each venv one process runs every command compared (a small
driver calling the installed ``ratingbook.framework.cli.main`` as ``python -m ratingbook``
does, its output written to pipes), so the interpreter starts once per venv.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.real_process, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = "standards/yot/examples/example-2020.yaml"
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
PROPOSAL = "docs/examples/good-from-70.framework"
GOLDEN = REPO / "tests" / "data" / "golden"
WIDTH = ["--width", "100", "--no-color"]

# Every command compared across the two installs, by name. Those named after a golden file
# (tests/data/golden/NAME) must also print exactly what the checkout prints: the working
# folder holds the same files at the same relative paths as the checkout. Corpora are rated
# with --jobs 1 (the output does not depend on it), to start no worker processes.
CORPUS = "standards/yot/inspections/"
RUNS: dict[str, list[str]] = {
    "rate/example.txt": [*WIDTH, "rate", EXAMPLE],
    "rate/example.md": ["rate", EXAMPLE, "--format", "markdown"],
    "rate/windsor-maidenhead-2020.md": ["rate", WM, "--format", "markdown"],
    "json/windsor-maidenhead-2020-rate.json": ["rate", WM, "--format", "json"],
    "rate-example.html": ["rate", EXAMPLE, "--format", "html"],
    "rate-corpus.txt": [*WIDTH, "rate", CORPUS, "--jobs", "1"],
    "explain/example.md": ["explain", EXAMPLE, "--format", "markdown"],
    "explain/example-2.2.txt": [*WIDTH, "explain", EXAMPLE, "2.2"],
    "explain/windsor-maidenhead-2020-2.2.md": ["explain", WM, "2.2", "--format", "markdown"],
    "json/windsor-maidenhead-2020-explain-2.2.json": ["explain", WM, "2.2", "--format", "json"],
    "html/windsor-maidenhead-2020-2.2.html": ["explain", WM, "2.2", "--format", "html"],
    "explain-example.json": ["explain", EXAMPLE, "--format", "json"],
    "diff/yot-2018-yot-2020.txt": [*WIDTH, "diff", "yot-2018", "yot-2020"],
    "diff/yot-2018-yot-2020.md": ["diff", "yot-2018", "yot-2020", "--format", "markdown"],
    "json/diff-yot-2018-yot-2020.json": ["diff", "yot-2018", "yot-2020", "--format", "json"],
    "diff/yot-2020-good70.txt": [*WIDTH, "diff", "yot-2020", PROPOSAL],
    "compare/good70.md": [
        *("compare", "--base", "yot-2020", "--candidate", PROPOSAL, CORPUS),
        *("--format", "markdown", "--jobs", "1"),
    ],
    "json/compare-good70.json": [
        *("compare", "--base", "yot-2020", "--candidate", PROPOSAL, CORPUS),
        *("--format", "json", "--jobs", "1"),
    ],
    "compare-good70.txt": [
        *WIDTH,
        *("compare", "--base", "yot-2020", "--candidate", PROPOSAL, CORPUS, "--jobs", "1"),
    ],
    "show/good70-rules.md": ["show", PROPOSAL, "--rules-only", "--format", "markdown"],
    "show-yot-2020.txt": [*WIDTH, "show", "yot-2020", "--standard", "2.2"],
    "show-yot-2020.json": ["show", "yot-2020", "--format", "json"],
    "publish/yot-2020.md": ["publish", "yot-2020", "--format", "markdown"],
    "publish-yot-2020.html": ["publish", "yot-2020"],
    "check-yot-2020.json": ["check", "yot-2020", "--format", "json"],
    "frameworks.json": ["frameworks", "--format", "json"],
}
# The exit status of each command that does not exit 0 (ratings move under the proposal).
STATUS = {"compare/good70.md": 1, "json/compare-good70.json": 1, "compare-good70.txt": 1}

# Runs RUNS (JSON on stdin) with the installed ratingbook, as ``python -m ratingbook`` would
# in a process whose output goes to pipes, and writes every (status, stdout, stderr) as JSON.
DRIVER = """\
import io, json, sys
from ratingbook.framework.cli import main

def pipe():
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\\n")

found = {}
for name, args in json.load(sys.stdin).items():
    out, err = pipe(), pipe()
    sys.stdout, sys.stderr = out, err
    try:
        main(args)
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 1
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    out.flush(), err.flush()
    found[name] = [status, out.buffer.getvalue().decode(), err.buffer.getvalue().decode()]
json.dump(found, open(sys.argv[1], "w", encoding="utf-8"))
"""


def run(
    args: list[str], cwd: Path, env: Mapping[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        args, capture_output=True, text=True, cwd=cwd, env=env, input=input, timeout=300
    )
    assert proc.returncode == 0, f"{' '.join(args)}\n{proc.stdout}\n{proc.stderr}"
    return proc


def running_site_packages() -> list[str]:
    """The site-packages folders of the interpreter running the tests, venv or not."""
    found = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    found += site.getsitepackages()
    if site.ENABLE_USER_SITE:
        found.append(site.getusersitepackages())
    return [p for p in dict.fromkeys(found) if Path(p).is_dir()]


def bin_of(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def clean_env(cache: Path | None = None) -> dict[str, str]:
    """This environment without the checkout on the path, as the golden files are made: no
    colour, COLUMNS=200, and (given) a cache folder of the install's own."""
    # An install reads the shipped versions' compiled entries, as a user's does (the rest of
    # the suite leaves them unread): its outputs are then compared with the checkout's.
    drop = ("PYTHONPATH", "PYTHONHOME", "RATINGBOOK_NO_COMPILED")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update({"NO_COLOR": "1", "COLUMNS": "200", "RATINGBOOK_DEBUG": "1"})
    if cache is not None:
        env["RATINGBOOK_CACHE_DIR"] = str(cache)
    return env


def share_installed_compiled(package: str) -> None:
    """Where the session keeps compiled modules in a folder of its own (conftest.py), copy
    into it the package's modules as its installer compiled them, so that the real processes
    that run it (pip: the wheel's build, the installs, the build's own install of its backend)
    read them instead of each compiling the modules it imports the first time (pip's take
    about 1 s of CPU). Only files not there yet are copied, each whole; nothing a test checks
    depends on it: a module runs the same compiled or not, and the loader still compiles a
    source that differs from what its compiled file records."""
    import importlib.util

    prefix = sys.pycache_prefix
    spec = importlib.util.find_spec(package)
    if not prefix or spec is None or not spec.submodule_search_locations:
        return
    tag = sys.implementation.cache_tag
    for folder in spec.submodule_search_locations:
        for compiled in Path(folder).rglob(f"__pycache__/*.{tag}.pyc"):
            source = compiled.parent.parent / f"{compiled.name.removesuffix(f'.{tag}.pyc')}.py"
            target = Path(importlib.util.cache_from_source(str(source)))
            if source.is_file() and not target.exists():
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    part = target.with_name(f"{target.name}.{os.getpid()}.part")
                    shutil.copyfile(compiled, part)
                    os.replace(part, target)
                except OSError:
                    pass


def build_options(*backend: str) -> list[str]:
    """pip's options for building the checkout: ``--no-build-isolation`` where the build
    backend's packages (``backend``) are installed in the environment running the tests (the
    test extra brings them), else none. pip's isolated build installed hatchling afresh into a
    temporary environment for each build, about 2 s of CPU; the wheel is byte for byte the
    same either way."""
    import importlib.util

    if all(importlib.util.find_spec(name) is not None for name in backend):
        return ["--no-build-isolation"]
    return []


def install(wheel: Path, env_dir: Path, env: dict[str, str]) -> Path:
    """A fresh venv at ``env_dir`` with the wheel installed, seeing the running packages."""
    env_dir.parent.mkdir(parents=True, exist_ok=True)
    run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], env_dir.parent, env)
    python = bin_of(env_dir, "python")
    # Lines of a .pth file are appended to sys.path after the venv's own site-packages, and
    # .pth files inside the directories they add are not processed, so an editable install
    # of the checkout in the running environment stays out of sight.
    purelib = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        env_dir.parent,
        env,
    ).stdout.strip()
    Path(purelib, "_running_environment.pth").write_text(
        "\n".join(running_site_packages()) + "\n", encoding="utf-8"
    )
    # --no-compile: pip would compile every module of the package, and where the environment
    # says to write no compiled modules the session's processes read them from a folder of
    # their own (conftest.py), never from beside the installed files; without them a process
    # compiles only the modules it imports. What is installed is the same.
    # pip is run by the venv's interpreter, which finds it among the running environment's
    # packages (the .pth file), as `pip --python VENV/bin/python` would run it after starting
    # in this interpreter first (a second start of pip, about 1 s of CPU).
    pip = [str(python), "-m", "pip", "install", "--no-deps"]
    run([*pip, "--ignore-installed", "--no-compile", "-q", str(wheel)], env_dir.parent, env)
    return env_dir


def working_folder(root: Path) -> Path:
    """A folder outside the checkout holding copies of the files the commands read, at the
    same relative paths as in the checkout (no framework files: the versions are shipped)."""
    work = root / "work"
    for rel in (EXAMPLE, PROPOSAL, *(f"{CORPUS}{p.name}" for p in (REPO / CORPUS).glob("*"))):
        (work / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / rel, work / rel)
    return work


@dataclass(frozen=True, slots=True, kw_only=True)
class Installs:
    """The wheel, the two venvs and the folder the commands ran in, and what each printed."""

    root: Path
    wheel: Path
    venvs: tuple[Path, Path]
    work: Path
    outputs: tuple[dict[str, list[Any]], dict[str, list[Any]]]


def build_and_run(root: Path, env: dict[str, str]) -> Installs:
    """Build the wheel once, install it twice, run every command in each install."""
    dist = root / "dist"
    share_installed_compiled("pip")
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", *build_options("hatchling")]
    run([*build, "-q", "-w", str(dist), str(REPO)], root)
    wheels = list(dist.glob("ratingbook-*.whl"))
    assert len(wheels) == 1, wheels
    venvs = (
        install(wheels[0], root / "one" / "venv", env),
        install(wheels[0], root / "elsewhere" / "deeper" / "second-venv", env),
    )
    work = working_folder(root)
    outputs = []
    for i, venv in enumerate(venvs):
        found = root / f"outputs-{i}.json"
        run(
            [str(bin_of(venv, "python")), "-c", DRIVER, str(found)],
            work,
            clean_env(root / f"cache-{i}"),
            input=json.dumps(RUNS),
        )
        outputs.append(json.loads(found.read_text(encoding="utf-8")))
    return Installs(root=root, wheel=wheels[0], venvs=venvs, work=work, outputs=(*outputs,))  # type: ignore[arg-type]


_INSTALLS: list[Future[Installs]] = []


def _root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="ratingbook-wheel-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


def start_real_processes(background: Any) -> None:
    """Called by conftest when the session will run these tests: start it all now."""
    _INSTALLS.append(background.call(build_and_run, _root(), clean_env()))


@pytest.fixture(scope="module")
def installs() -> Installs:
    if not _INSTALLS:  # run without conftest's start: do it now
        return build_and_run(_root(), clean_env())
    return _INSTALLS[0].result()


@pytest.fixture(scope="module")
def venv(installs: Installs) -> Path:
    return installs.venvs[0]


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working directory outside the repository, holding a copy of the example data."""
    work = tmp_path_factory.mktemp("outside")
    assert REPO not in work.parents
    shutil.copy(REPO / EXAMPLE, work / "example.yaml")
    return work


# ---------------------------------------------------------------------------- the package ships


def test_the_installed_package_is_the_wheel_not_the_checkout(venv: Path, outside: Path) -> None:
    proc = run(
        [
            str(bin_of(venv, "python")),
            "-c",
            "import ratingbook, ratingbook.dsl, ratingbook.framework; "
            "from ratingbook.framework.registry import standards_root; "
            "print(ratingbook.__file__); print(ratingbook.dsl.__file__); "
            "print(ratingbook.framework.__file__); print(standards_root())",
        ],
        cwd=outside,
        env=clean_env(),
    )
    for line in proc.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(venv.resolve()), line


def test_the_wheel_installs_one_package_named_ratingbook(installs: Installs) -> None:
    """No generic top-level names (dsl, framework, standards) in site-packages."""
    with zipfile.ZipFile(installs.wheel) as wheel:
        tops = {name.split("/")[0] for name in wheel.namelist()}
    assert tops == {"ratingbook", next(t for t in tops if t.endswith(".dist-info"))}
    with zipfile.ZipFile(installs.wheel) as wheel:
        assert "ratingbook/py.typed" in wheel.namelist()


def test_the_wheel_carries_both_licences(installs: Installs) -> None:
    """ratingbook's MIT licence (LICENSE) and, beside the source documents, their Open
    Government Licence notice; and the JSON Schemas that `ratingbook schema` prints."""
    with zipfile.ZipFile(installs.wheel) as wheel:
        names = wheel.namelist()
        licence = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        assert "MIT License" in wheel.read(licence).decode("utf-8")
        assert "Copyright (c) the ratingbook authors" in wheel.read(licence).decode("utf-8")
        notice = wheel.read("ratingbook/standards/yot/sources/NOTICE.md").decode("utf-8")
        assert "Open Government Licence v3.0" in notice
        assert (
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" in notice
        )


def test_the_wheel_carries_the_shipped_versions_compiled(installs: Installs) -> None:
    """ratingbook/compiled, byte for byte as the checkout holds it (a test there holds it
    equal to a fresh compile)."""
    with zipfile.ZipFile(installs.wheel) as wheel:
        shipped = {
            n.removeprefix("ratingbook/compiled/"): wheel.read(n)
            for n in wheel.namelist()
            if n.startswith("ratingbook/compiled/")
        }
    held = {
        p.relative_to(REPO / "ratingbook" / "compiled").as_posix(): p.read_bytes()
        for p in (REPO / "ratingbook" / "compiled").rglob("*.json")
    }
    assert shipped == held
    assert sum(n.startswith("frameworks/") for n in shipped) == 2


def test_an_installed_rate_with_an_empty_cache_starts_from_the_compiled_versions(
    venv: Path, outside: Path
) -> None:
    """Neither the parser nor the checks are loaded: the installed package's compiled entries
    are found for the installed shipped files."""
    code = (
        "import sys\n"
        "from ratingbook.framework import api\n"
        "inspection = api.load_inspection('example.yaml')\n"
        "api.evaluate(api.framework_for(inspection, None), inspection)\n"
        "print(sorted(m for m in ('pyparsing', 'ratingbook.framework.checker.stage')"
        " if m in sys.modules))\n"
    )
    proc = run(
        [str(bin_of(venv, "python")), "-c", code],
        cwd=outside,
        env=clean_env(outside / "empty-cache"),
    )
    assert proc.stdout.strip() == "[]"


def test_python_m_ratingbook_runs_from_a_folder_with_its_own_standards_package(
    venv: Path, tmp_path: Path
) -> None:
    """A user's folder holding packages called standards or framework changes nothing."""
    for name in ("standards", "framework", "dsl"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("", encoding="utf-8")
    proc = run(
        [str(bin_of(venv, "python")), "-m", "ratingbook", "frameworks", "--format", "json"],
        cwd=tmp_path,
        env=clean_env(),
    )
    assert {e["id"] for e in json.loads(proc.stdout)} == {"yot-2018", "yot-2020"}


def test_installed_frameworks_lists_the_shipped_versions(installs: Installs) -> None:
    status, out, err = installs.outputs[0]["frameworks.json"]
    entries = {e["id"]: e for e in json.loads(out)}
    assert set(entries) == {"yot-2018", "yot-2020"}
    assert entries["yot-2020"]["path"] == "standards/yot/2020.framework"


def test_installed_rate_uses_the_shipped_framework(venv: Path, outside: Path) -> None:
    """The console script, from a folder outside the checkout."""
    proc = run(
        [
            str(bin_of(venv, "ratingbook")),
            *("rate", "--framework", "yot-2020", "example.yaml", "--format", "json"),
        ],
        cwd=outside,
        env=clean_env(),
    )
    data = json.loads(proc.stdout)
    assert data["framework"]["id"] == "yot-2020"
    assert data["framework"]["path"] == "yot-2020 standards/yot/2020.framework"
    assert (data["overall"]["rating"], data["overall"]["score"]) == ("Good", 22)
    assert data["diagnostics"] == []
    assert proc.stderr == ""


def test_installed_check_finds_the_shipped_sources(venv: Path, outside: Path) -> None:
    """The source documents ship too: checking finds every quotation (no 'cannot be read' warning)."""
    proc = run(
        [str(bin_of(venv, "ratingbook")), "check", "yot-2020", "yot-2018"],
        cwd=outside,
        env=clean_env(),
    )
    assert proc.stderr == ""
    assert "yot-2020: 3 domains, 12 standards, 37 key questions, 93 prompts" in " ".join(
        proc.stdout.split()
    )


def test_installed_schema_ships(venv: Path, outside: Path) -> None:
    (outside / "bad.yaml").write_text("format: x\nservice: S\n", encoding="utf-8")
    proc = subprocess.run(
        [str(bin_of(venv, "ratingbook")), "rate", "bad.yaml"],
        capture_output=True,
        text=True,
        cwd=outside,
        env=clean_env(),
        timeout=60,
    )
    assert proc.returncode == 2
    assert (
        "bad.yaml:1:9: error: format: must be 'ratingbook/inspection-v1' [input-schema]"
        in proc.stderr
    )
    assert "Traceback" not in proc.stderr


def test_pygmentize_finds_the_lexer_after_install(venv: Path, outside: Path) -> None:
    """The lexer is registered with Pygments: `pygmentize -l ratingbook FILE` highlights a
    framework file, and a `.framework` file's name is enough to pick it."""
    framework = outside / "2021.framework"
    framework.write_text(
        '# a draft\nframework yot 2021 "T"\n  draft\n  based on yot 2020\n'
        'key question 2.1.4 "Is it done?" from wm_2020 line 504\n',
        encoding="utf-8",
    )
    python = str(bin_of(venv, "python"))
    proc = run(
        [python, "-m", "pygments", "-l", "ratingbook", "-f", "html", framework.name],
        cwd=outside,
        env=clean_env(),
    )
    assert '<span class="c1"># a draft</span>' in proc.stdout
    assert '<span class="kd">framework</span>' in proc.stdout
    assert '<span class="nt">2.1.4</span>' in proc.stdout
    assert '<span class="s2">"Is it done?"</span>' in proc.stdout
    assert '<span class="nl">wm_2020</span>' in proc.stdout
    proc = run([python, "-m", "pygments", "-N", framework.name], cwd=outside, env=clean_env())
    assert proc.stdout.strip() == "ratingbook"


# ---------------------------------------------------------------------------- the same everywhere


@pytest.mark.parametrize("name", sorted(RUNS))
def test_two_installs_print_the_same_bytes(installs: Installs, name: str) -> None:
    """Two venvs in different folders: every output identical, status, stdout and stderr."""
    one, two = (outputs[name] for outputs in installs.outputs)
    assert one[0] == STATUS.get(name, 0), one[2]
    assert one == two


def test_no_output_names_an_install_or_the_machine(installs: Installs) -> None:
    """No absolute path of either install, of the folder the commands ran in, or of the
    checkout, in any output; every shipped file is named by its id and its path inside the
    package."""
    forbidden = {str(installs.root), str(installs.work), str(REPO), "site-packages"}
    for venv in installs.venvs:
        forbidden |= {str(venv), str(venv.resolve())}
    forbidden |= {str(Path(p).resolve()) for p in forbidden if p.startswith("/")}
    cited = 0
    for outputs in installs.outputs:
        for name, (_, out, err) in outputs.items():
            for path in forbidden:
                assert path not in out + err, (name, path)
            cited += out.count("yot-2018 standards/yot/2018.framework")
    assert cited > 100


@pytest.mark.parametrize("name", sorted(n for n in RUNS if (GOLDEN / n).exists()))
def test_an_install_prints_what_the_checkout_prints(installs: Installs, name: str) -> None:
    """The same command on the same files, installed or in the checkout: the same bytes (the
    golden files are made from the checkout)."""
    assert installs.outputs[0][name][1] == (GOLDEN / name).read_text(encoding="utf-8")


def test_the_audit_header_is_the_same_in_both_installs(installs: Installs) -> None:
    one, two = (json.loads(o["explain-example.json"][1])["audit"] for o in installs.outputs)
    assert one == two
    assert [(f["id"], f["path"]) for f in one["framework"]["files"]] == [
        ("yot-2020", "yot-2020 standards/yot/2020.framework"),
        ("yot-2018", "yot-2018 standards/yot/2018.framework"),
    ]
    text = installs.outputs[0]["rate/example.txt"][1].splitlines()
    assert text[2:5] == [
        f"framework yot-2020 standards/yot/2020.framework sha256:{one['framework']['files'][0]['sha256'][:12]}",
        f"based on yot-2018 standards/yot/2018.framework sha256:{one['framework']['files'][1]['sha256'][:12]}",
        f"data {EXAMPLE} sha256:{one['data']['sha256'][:12]}",
    ]


def test_the_example_explanation_fits_a_pull_request_comment(installs: Installs) -> None:
    """The README's example, explained in Markdown from an installed copy: under the 65,536
    characters of a pull-request comment."""
    status, markdown, _ = installs.outputs[0]["explain/example.md"]
    assert status == 0
    assert len(markdown) < 65_536
