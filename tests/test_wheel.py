"""The package data ships: build a wheel, install it in a fresh venv, rate from outside the repo.

A few seconds: the wheel is built without network (pip finds the build backend locally or
through its configured index), the venv is made without pip and the wheel is installed into it
by this interpreter's pip (``--python``), with ``--no-deps`` (the dependencies come from the
system site-packages the venv can see).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
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
    run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(env_dir)],
        cwd=root,
    )
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
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
            "import dsl, framework, standards; print(dsl.__file__); "
            "print(framework.__file__); print(standards.__file__)",
        ],
        cwd=outside,
        env=clean_env(),
    )
    for line in proc.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(venv.resolve()), line


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
