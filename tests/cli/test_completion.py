"""Shell completion (docs/cli.md, "Shell completion"): the scripts for bash, zsh and fish,
and version ids completed for framework arguments, shipped and the repository's own.

bash is run for real: the script ratingbook prints is sourced and its completion function
called as bash calls it on Tab. zsh and fish are run where installed; everywhere, their
protocol (what their scripts ask the command) is checked through a real process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
RATINGBOOK = shutil.which("ratingbook", path=str(BIN))
pytestmark = pytest.mark.skipif(RATINGBOOK is None, reason="the ratingbook script is not installed")


def _env(**more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_RATINGBOOK", "COMP_"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return {**env, **more}


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    parent = tmp_path_factory.mktemp("completion")
    done = subprocess.run(
        [str(RATINGBOOK), "init", "team"], cwd=parent, env=_env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return parent / "team"


def _bash(cwd: Path, words: list[str]) -> list[str]:
    script = (
        'source <(_RATINGBOOK_COMPLETE=bash_source ratingbook) && COMP_WORDS=("$@") && '
        'COMP_CWORD=$(($# - 1)) && _ratingbook_completion ratingbook && printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(
        ["bash", "-c", script, "bash", *words],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_the_repositorys_versions_and_the_shipped_ones(team: Path) -> None:
    words = ["ratingbook", "rate", "x.yaml", "--framework", "yot-"]
    assert _bash(team, words) == ["yot-2018", "yot-2020", "yot-2021"]
    assert _bash(team / "versions", ["ratingbook", "compare", "--candidate", "yot-202"]) == [
        "yot-2020",
        "yot-2021",
    ]
    # Outside a repository, the shipped ones only.
    assert _bash(team.parent, ["ratingbook", "show", "yot-"]) == ["yot-2018", "yot-2020"]
    assert _bash(team, ["ratingbook", "schema", "pro"]) == ["project"]
    assert "init" in _bash(team, ["ratingbook", "in"])


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_and_their_protocol(team: Path, shell: str) -> None:
    source = subprocess.run(
        [str(RATINGBOOK)],
        env=_env(_RATINGBOOK_COMPLETE=f"{shell}_source"),
        capture_output=True,
        text=True,
    )
    assert source.returncode == 0 and "_RATINGBOOK_COMPLETE" in source.stdout
    # What each script asks the command on Tab (Click's protocol for that shell).
    line = "ratingbook check yot-"
    env = _env(_RATINGBOOK_COMPLETE=f"{shell}_complete", COMP_WORDS=line, COMP_CWORD="yot-")
    if shell == "zsh":
        env["COMP_CWORD"] = "2"
    done = subprocess.run([str(RATINGBOOK)], cwd=team, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for version in ("yot-2018", "yot-2020", "yot-2021"):
        assert version in done.stdout
    if shutil.which(shell) is not None:  # the shell itself loads the script
        load = subprocess.run(
            [
                shell,
                "-c",
                source.stdout
                if shell == "fish"
                else f"autoload -U compinit; compinit -u; {source.stdout}",
            ],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert load.returncode == 0, load.stderr
