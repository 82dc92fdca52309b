"""The package data ships: build a wheel, install it in a fresh venv, rate from outside the repo.

A few seconds: the wheel is built without network (pip finds the build backend locally or
through its configured index), the venv is made without pip and the wheel is installed into it
by this interpreter's pip (``--python``), with ``--no-deps``. The dependencies come from the
environment running the tests (a virtual environment or the system's), which the new venv
sees through a ``.pth`` file: ``--system-site-packages`` would show it the base interpreter's
packages instead, which in a virtual environment lack the dependencies.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "standards" / "yot" / "examples" / "example-2020.yaml"


def run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env, timeout=300)
    assert proc.returncode == 0, f"{' '.join(args)}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        cwd=root,
    )
    wheels = list(dist.glob("ratingbook-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = root / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], cwd=root)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    # Let the new venv see the packages of the environment running the tests. Lines of a .pth
    # file are appended to sys.path after the venv's own site-packages, and .pth files inside
    # the directories they add are not processed, so an editable install of the checkout in the
    # running environment stays out of sight.
    purelib = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=root
    ).stdout.strip()
    Path(purelib, "_running_environment.pth").write_text(
        "\n".join(running_site_packages()) + "\n", encoding="utf-8"
    )
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--ignore-installed",
            "-q",
            str(wheels[0]),
        ],
        cwd=root,
    )
    return env_dir


def running_site_packages() -> list[str]:
    """The site-packages folders of the interpreter running the tests, venv or not."""
    found = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    found += site.getsitepackages()
    if site.ENABLE_USER_SITE:
        found.append(site.getusersitepackages())
    return [p for p in dict.fromkeys(found) if Path(p).is_dir()]


def bin_of(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working directory outside the repository, holding a copy of the example data."""
    work = tmp_path_factory.mktemp("outside")
    assert REPO not in work.parents
    shutil.copy(EXAMPLE, work / "example.yaml")
    return work


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["NO_COLOR"] = "1"
    return env


def test_the_installed_package_is_the_wheel_not_the_checkout(venv: Path, outside: Path) -> None:
    proc = run(
        [
            str(bin_of(venv, "python")),
            "-c",
            "import ratingbook, ratingbook.dsl, ratingbook.framework, ratingbook.standards; "
            "print(ratingbook.__file__); print(ratingbook.dsl.__file__); "
            "print(ratingbook.framework.__file__); print(ratingbook.standards.__file__)",
        ],
        cwd=outside,
        env=clean_env(),
    )
    for line in proc.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(venv.resolve()), line


def test_the_wheel_installs_one_package_named_ratingbook(venv: Path) -> None:
    """No generic top-level names (dsl, framework, standards) in site-packages."""
    dist = next(venv.parent.glob("dist/ratingbook-*.whl"))
    with zipfile.ZipFile(dist) as wheel:
        tops = {name.split("/")[0] for name in wheel.namelist()}
    assert tops == {"ratingbook", next(t for t in tops if t.endswith(".dist-info"))}
    with zipfile.ZipFile(dist) as wheel:
        assert "ratingbook/py.typed" in wheel.namelist()


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


def test_installed_frameworks_lists_the_shipped_versions(venv: Path, outside: Path) -> None:
    proc = run(
        [str(bin_of(venv, "ratingbook")), "frameworks", "--format", "json"],
        cwd=outside,
        env=clean_env(),
    )
    entries = {e["id"]: e for e in json.loads(proc.stdout)}
    assert set(entries) == {"yot-2018", "yot-2020"}
    assert entries["yot-2020"]["path"] == "standards/yot/2020.framework"


def test_installed_rate_uses_the_shipped_framework(venv: Path, outside: Path) -> None:
    proc = run(
        [
            str(bin_of(venv, "ratingbook")),
            "rate",
            "--framework",
            "yot-2020",
            "example.yaml",
            "--format",
            "json",
        ],
        cwd=outside,
        env=clean_env(),
    )
    data = json.loads(proc.stdout)
    assert data["framework"]["id"] == "yot-2020"
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
