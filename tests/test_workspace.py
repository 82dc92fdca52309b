"""A methodology team's framework repository (docs/workspace.md).

- ``ratingbook init`` makes one whose own CI recipe, pre-commit hooks and ``ratingbook test``
  pass as generated: each is run here as a real process (the CI workflow's steps through bash,
  the pull-request step in a git repository with a stand-in for GitHub's ``gh``);
- the registry: a version kept in the repository is found by id from anywhere inside it; a
  base is found by its id, never by a file beside the version; a local version with a shipped
  version's id is an error unless the project file says it replaces it;
- ``check``, ``fmt`` and ``test`` with no arguments cover the whole repository.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook.framework.loading import scaffold
from ratingbook.framework.loading.project import may_name_the_table
from tests.conftest import OPTIONAL, budget

RunCli = Callable[..., tuple[int, str, str]]
REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _env() -> dict[str, str]:
    """The environment of a real process: this interpreter's ``ratingbook`` on the path, none
    of the session's RATINGBOOK_ settings but the folder of its cache of checked frameworks
    (conftest.py), never the user's. With RATINGBOOK_NO_CACHE instead, each of the module's
    ten processes parsed and checked the shipped versions and the draft afresh (``check``
    0.35 s of CPU, ``test`` 0.55 s; from the cache 0.11 and 0.15 s); a run from the cache
    prints what a run without it prints (tests/test_cache_differential.py)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RATINGBOOK_")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["RATINGBOOK_CACHE_DIR"] = os.environ["RATINGBOOK_CACHE_DIR"]
    return env


def _proc(args: list[str], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=300, **kw
    )  # type: ignore[call-overload, no-any-return]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``ratingbook init team-frameworks`` run in an empty folder, as a real process."""
    parent = tmp_path_factory.mktemp("empty")
    done = _proc([sys.executable, "-m", "ratingbook", "init", "team-frameworks"], parent)
    assert done.returncode == 0, done.stderr
    assert "versions/2021.framework" in done.stdout
    return parent / "team-frameworks"


def test_init_writes_every_part(made: Path) -> None:
    for name in (
        "ratingbook.toml",
        "versions/2021.framework",
        "inspections/example-2020.yaml",
        "expectations/draft.yaml",
        "sources/README.md",
        ".github/workflows/ratingbook.yml",
        ".pre-commit-config.yaml",
        "README.md",
    ):
        assert (made / name).is_file(), name
    draft = (made / "versions/2021.framework").read_text(encoding="utf-8")
    assert "framework yot 2021" in draft and "based on yot 2020" in draft and "  draft\n" in draft


def test_init_copies_the_published_corpus_with_its_reports(made: Path) -> None:
    """The published inspections (what docs/worked-example.md re-rates as `inspections/`) and
    the reports they were transcribed from, with their licence notice, are copied as shipped,
    byte for byte, so each inspection's `source: file: ../sources/...` names its report."""
    shipped = REPO / "standards" / "yot"
    for folder, pattern in (("inspections", "*.yaml"), ("sources", "*")):
        names = sorted(p.name for p in (shipped / folder).glob(pattern))
        assert names, folder
        for name in names:
            assert (made / folder / name).read_bytes() == (shipped / folder / name).read_bytes()
    assert "Open Government Licence" in (made / "sources" / "NOTICE.md").read_text("utf-8")
    for inspection in (made / "inspections").glob("*.yaml"):
        data = yaml.safe_load(inspection.read_text("utf-8"))
        report = (data.get("source") or {}).get("file")
        if report is not None:
            assert (inspection.parent / report).is_file(), (inspection.name, report)


def test_init_copies_the_example_with_a_header_that_names_nothing_the_repository_lacks(
    made: Path,
) -> None:
    """The shipped example's header names the generator that made it (tools/ of ratingbook's
    own repository); the repository's copy says where it came from instead, and below the
    header it is the shipped example byte for byte."""
    shipped = (REPO / "standards/yot/examples/example-2020.yaml").read_text("utf-8")
    copied = (made / "inspections/example-2020.yaml").read_text("utf-8")
    assert "tools/" in shipped and "tools/" not in copied
    assert copied.startswith("# MADE-UP EXAMPLE DATA.") and "ratingbook init" in copied
    assert copied.split("\n#\n", 1)[1] == shipped.split("\n#\n", 1)[1]


def _workflow_steps(made: Path) -> list[dict[str, object]]:
    workflow = yaml.safe_load((made / ".github/workflows/ratingbook.yml").read_text("utf-8"))
    (job,) = workflow["jobs"].values()
    return list(job["steps"])


def test_the_ci_workflow_runs_check_fmt_and_test_and_they_pass(made: Path) -> None:
    """The repository passes its own check, fmt --diff and test as generated: each step of
    its CI workflow, run by bash as a real process in it."""
    steps = [s for s in _workflow_steps(made) if "run" in s and "if" not in s]
    commands = [str(s["run"]).strip() for s in steps]
    assert commands[1:] == [
        "ratingbook check --format github",
        "ratingbook fmt --diff",
        "ratingbook test",
    ]
    for command in commands[1:]:  # the first installs ratingbook: here it is installed
        done = _proc(["bash", "-euo", "pipefail", "-c", command], made)
        assert done.returncode == 0, (command, done.stdout + done.stderr)
        if "--format github" in command or "--diff" in command:  # no finding, no change
            assert done.stdout == "", done.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_pull_request_step_posts_the_comparison(made: Path, tmp_path: Path) -> None:
    """The pull-request step, run as GitHub would run it: in a clone whose branch changes the
    draft, with ``gh`` replaced by a script that keeps the comment it is asked to post."""
    (step,) = [s for s in _workflow_steps(made) if "if" in s]
    assert step["if"] == "github.event_name == 'pull_request'"
    origin = tmp_path / "origin"
    shutil.copytree(made, origin)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "start"]):
        assert _proc([*git, *args], origin).returncode == 0
    clone = tmp_path / "clone"
    assert _proc(["git", "clone", "-q", str(origin), str(clone)], tmp_path).returncode == 0
    draft = clone / "versions/2021.framework"
    draft.write_text(
        draft.read_text("utf-8")
        + "\nchange key question 2.2.3\n  applies to cases where harm_factors and rosh != low\n",
        encoding="utf-8",
    )
    assert _proc([*git, "commit", "-q", "-am", "2.2.3 leaves out low risk"], clone).returncode == 0
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    posted = tmp_path / "posted.md"
    (stubs / "gh").write_text(
        f'#!/bin/sh\n[ "$1 $2 $3 $4" = "pr comment 7 --body-file" ] || exit 9\ncp "$5" {posted}\n'
    )
    (stubs / "gh").chmod(0o755)
    env = {**_env(), "BASE_REF": "main", "PR": "7"}
    env["PATH"] = f"{stubs}{os.pathsep}{env['PATH']}"
    done = subprocess.run(
        ["bash", "-eo", "pipefail", "-c", str(step["run"])],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    comment = posted.read_text(encoding="utf-8")
    assert comment.startswith("ratingbook") or "yot-2020 → yot-2021" in comment, comment
    assert "yot-2021" in comment and "Exampleshire" in comment, comment


def test_the_hooks_file_is_the_one_init_uses() -> None:
    assert (REPO / ".pre-commit-hooks.yaml").read_text("utf-8") == scaffold.hooks_yaml()
    hooks = yaml.safe_load(scaffold.hooks_yaml())
    assert [h["id"] for h in hooks] == ["ratingbook-check", "ratingbook-fmt", "ratingbook-test"]
    for hook in hooks:
        assert hook["language"] == "python" and hook["entry"].startswith("ratingbook ")


def test_the_pre_commit_hooks_resolve_to_commands_that_pass(made: Path) -> None:
    """Each hook of the generated configuration is ratingbook's published hook, and its
    entry, run as pre-commit runs it (with the files it matches when it takes them), is a
    real command that passes on the repository as generated."""
    import re

    config = yaml.safe_load((made / ".pre-commit-config.yaml").read_text("utf-8"))
    (repo,) = config["repos"]
    published = {h["id"]: h for h in yaml.safe_load(scaffold.hooks_yaml())}
    files = [p.relative_to(made).as_posix() for p in made.rglob("*") if p.is_file()]
    for hook in repo["hooks"]:
        mine = published[hook["id"]]
        assert (hook["entry"], hook["files"], hook["pass_filenames"]) == (
            mine["entry"],
            mine["files"],
            mine["pass_filenames"],
        )
        argv = shlex.split(hook["entry"])
        assert shutil.which(argv[0], path=str(BIN)), f"{argv[0]} is not installed"
        matched = [f for f in files if re.search(hook["files"], f)]
        assert matched, hook["id"]
        done = _proc([*argv, *(matched if hook["pass_filenames"] else [])], made)
        assert done.returncode == 0, (hook["id"], done.stdout + done.stderr)


@pytest.mark.skipif(
    os.environ.get("RATINGBOOK_PRECOMMIT") != "1" or shutil.which("pre-commit") is None,
    reason=f"{OPTIONAL} runs pre-commit itself: set RATINGBOOK_PRECOMMIT=1 with pre-commit installed",
)
def test_pre_commit_itself_passes(made: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(made, repo)
    assert _proc(["git", "init", "-q"], repo).returncode == 0
    assert _proc(["git", "add", "-A"], repo).returncode == 0
    done = _proc(["pre-commit", "run", "--all-files"], repo)
    assert done.returncode == 0, done.stdout + done.stderr


def test_init_refuses_a_folder_with_files_in_it(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "notes.txt").write_text("ours\n")
    code, out, err = run_cli("init", "team", cwd=tmp_path)
    assert code == 2 and "team: already has files in it; nothing was written" in err
    assert sorted(p.name for p in (tmp_path / "team").iterdir()) == ["notes.txt"]


def test_init_refuses_a_shipped_id_for_the_draft(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, err = run_cli("init", "team", "--draft", "yot-2020", cwd=tmp_path)
    assert code == 2 and "yot-2020 is a shipped version's id" in err
    assert not (tmp_path / "team").exists()


# ---------------------------------------------------------------------------- the registry

DRAFT_2022 = 'framework yot 2022 "Ours"\n  draft\n  based on yot 2021\n'


@pytest.fixture
def team(run_cli: RunCli, tmp_path: Path) -> Path:
    code, _, err = run_cli("init", "team", cwd=tmp_path)
    assert code == 0, err
    return tmp_path / "team"


def test_a_version_is_found_by_id_from_anywhere_inside(run_cli: RunCli, team: Path) -> None:
    (team / "versions" / "2022.framework").write_text(DRAFT_2022, encoding="utf-8")
    code, out, err = run_cli("show", "yot-2022", "--rules-only", cwd=team / "inspections")
    assert code == 0, err
    assert "../versions/2022.framework" in out
    code, out, _ = run_cli("frameworks", cwd=team / "expectations")
    assert "yot-2021" in out and "yot-2022" in out and "this repository's" in out


def test_a_base_is_never_a_file_beside_the_version(run_cli: RunCli, tmp_path: Path) -> None:
    """Outside a repository, a draft beside a local 2020.framework is based on the shipped
    yot-2020; the message for a base known only beside it says what to do."""
    (tmp_path / "2020.framework").write_text(
        'framework yot 2020 "A local copy"\n  based on yot 2018\n', encoding="utf-8"
    )
    (tmp_path / "2021.framework").write_text(
        'framework yot 2021 "Draft"\n  draft\n  based on yot 2020\n', encoding="utf-8"
    )
    code, out, err = run_cli("show", "2021.framework", "--rules-only", cwd=tmp_path)
    assert code == 0, err
    assert "yot-2020 standards/yot/2020.framework" in out and "A local copy" not in out
    (tmp_path / "2022.framework").write_text(DRAFT_2022, encoding="utf-8")
    code, out, err = run_cli("check", "2022.framework", cwd=tmp_path)
    assert code == 1
    assert "2021.framework declares yot-2021, but a base is found by its id" in out + err
    assert "ratingbook init" in out + err


def test_a_shipped_id_is_an_error_unless_replaced(run_cli: RunCli, team: Path) -> None:
    local = 'framework yot 2020 "Our 2020"\n  draft\n  based on yot 2018\n'
    (team / "versions" / "2020.framework").write_text(local, encoding="utf-8")
    code, _, err = run_cli("check", cwd=team)
    assert code == 2
    assert "versions/2020.framework: declares yot-2020, the id of a shipped version" in err
    assert 'replaces = ["yot-2020"] to ratingbook.toml' in err
    toml = team / "ratingbook.toml"
    toml.write_text(
        toml.read_text("utf-8").replace("replaces = []", 'replaces = ["yot-2020"]'), "utf-8"
    )
    code, out, err = run_cli("show", "yot-2021", "--rules-only", cwd=team)
    assert code == 0, err
    assert "versions/2020.framework" in out and "standards/yot/2020.framework" not in out


def test_two_versions_with_one_id_are_an_error(run_cli: RunCli, team: Path) -> None:
    text = (team / "versions" / "2021.framework").read_text("utf-8")
    (team / "versions" / "old").mkdir()
    (team / "versions" / "old" / "copy.framework").write_text(text, encoding="utf-8")
    code, _, err = run_cli("rate", "inspections/example-2020.yaml", "-f", "yot-2021", cwd=team)
    assert code == 2
    assert "versions/2021.framework and versions/old/copy.framework both declare yot-2021" in err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('version = ["versions"]\n', "ratingbook.toml:1: 'version' is not a setting"),
        ('versions = ["versions"\n', "ratingbook.toml: is not a valid TOML file"),
        ("versions = 3\n", "ratingbook.toml:1: 'versions' must be a folder name or a list"),
        ('versions = ["gone"]\n', "ratingbook.toml:1: the versions folder gone is not there"),
        ('replaces = ["yot-2019"]\n', "replaces yot-2019, which is not a shipped version"),
        ('replaces = ["yot-2018"]\n', "no version of the repository declares yot-2018"),
    ],
)
def test_a_wrong_project_file_is_refused_at_its_line(
    run_cli: RunCli, team: Path, text: str, message: str
) -> None:
    (team / "ratingbook.toml").write_text(text, encoding="utf-8")
    code, _, err = run_cli("check", cwd=team)
    assert code == 2 and message in err, err
    assert "Traceback" not in err


def test_pyproject_tool_ratingbook_is_a_project_file(run_cli: RunCli, team: Path) -> None:
    settings = (team / "ratingbook.toml").read_text("utf-8")
    (team / "ratingbook.toml").unlink()
    (team / "pyproject.toml").write_text(
        '[project]\nname = "ours"\n\n[tool.ratingbook]\n' + settings, encoding="utf-8"
    )
    code, out, err = run_cli("check", cwd=team / "versions")
    assert code == 0 and "2021.framework: ok" in out, err
    (team / "pyproject.toml").write_text('[tool.ratingbook]\nversion = "x"\n', encoding="utf-8")
    code, _, err = run_cli("check", cwd=team)
    assert code == 2 and "pyproject.toml:2: 'tool.ratingbook.version' is not a setting" in err


# Pieces of a pyproject.toml: ways of writing the key path tool.ratingbook (TOML allows quoted
# keys and spaces or tabs around the dots and the equals sign), and other tables naming
# ratingbook as a Python project does, which hold no such table.
_QUOTE = st.sampled_from(["", '"', "'"])
_SPACE = st.sampled_from(["", " ", "\t", "  "])


@st.composite
def _key(draw: st.DrawFn, name: str) -> str:
    quote = draw(_QUOTE)
    return f"{quote}{name}{quote}"


@st.composite
def _declaring(draw: st.DrawFn) -> str:
    def dot() -> str:
        return draw(_SPACE) + "." + draw(_SPACE)

    def eq() -> str:
        return draw(_SPACE) + "=" + draw(_SPACE)

    tool, ours = draw(_key("tool")), draw(_key("ratingbook"))
    form = draw(st.integers(0, 4))
    if form == 0:  # a table's header, perhaps of a table inside it
        inner = draw(st.sampled_from(["", ".inner"]))
        return f"[{draw(_SPACE)}{tool}{dot()}{ours}{inner}{draw(_SPACE)}]\nversions{eq()}[]\n"
    if form == 1:  # [tool], then a key of it
        rest = draw(st.sampled_from([f"{eq()}{{}}", f"{dot()}versions{eq()}[]"]))
        return f"[{draw(_SPACE)}{tool}{draw(_SPACE)}]\n{ours}{rest}\n"
    if form == 2:  # a dotted key at the top
        return f"{tool}{dot()}{ours}{dot()}versions{eq()}[]\n"
    if form == 3:  # an inline table, perhaps with another key first
        first = draw(st.sampled_from(["", "other = 1, "]))
        return f"{tool}{eq()}{{{draw(_SPACE)}{first}{ours}{eq()}{{}}{draw(_SPACE)}}}\n"
    return f"[[{tool}{dot()}{ours}]]\nversions{eq()}[]\n"  # an array of tables


_PROJECT_PIECES = (
    '[project]\nname = "ratingbook"\ndependencies = ["ratingbook>=0.1"]\n',
    '[project.scripts]\nratingbook = "ratingbook.__main__:main"\n',
    '[tool.hatch.build.targets.wheel]\npackages = ["ratingbook"]\n',
    "[tool.ruff]\nsrc = ['ratingbook']\n",
)
# Look-alikes, in a comment or a string: read as TOML too (the quick look cannot tell).
_LOOKALIKES = (
    "# ratingbook, and tool.ratingbook in a comment\n",
    '[tool.mypy]\nfiles = "ratingbook/tool.ratingbook.py"\n',
)
_OTHER = st.sampled_from(_PROJECT_PIECES + _LOOKALIKES)


@settings(max_examples=budget(150), deadline=None, derandomize=True)
@given(pieces=st.lists(st.one_of(_declaring(), _OTHER), max_size=4))
def test_a_pyproject_that_holds_the_table_is_always_read(pieces: list[str]) -> None:
    # The TOML reader is the oracle: whatever it finds tool.ratingbook in, the quick look at
    # the bytes must send to it; a file naming ratingbook only as a Python project is not.
    text = "".join(pieces)
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return  # two pieces that TOML refuses together (a table defined twice)
    holds = "ratingbook" in table.get("tool", {})
    if holds:
        assert may_name_the_table(text.encode()), text
    if all(p in _PROJECT_PIECES for p in pieces):
        assert not may_name_the_table(text.encode()), text


def test_with_no_arguments_outside_a_repository(run_cli: RunCli, tmp_path: Path) -> None:
    for command in ("check", "test", "fmt"):
        code, _, err = run_cli(command, cwd=tmp_path)
        assert code == 2 and "inside a framework repository" in err, (command, err)


def test_check_and_test_with_no_arguments_cover_the_repository(run_cli: RunCli, team: Path) -> None:
    (team / "versions" / "2022.framework").write_text(DRAFT_2022, encoding="utf-8")
    code, out, err = run_cli("check", cwd=team / "sources")
    assert code == 0, err
    assert "../versions/2021.framework: ok" in out and "../versions/2022.framework: ok" in out
    (team / "expectations" / "more.yaml").write_text(
        (team / "expectations" / "draft.yaml")
        .read_text("utf-8")
        .replace("framework: yot-2021", "framework: yot-2022"),
        encoding="utf-8",
    )
    code, out, err = run_cli("test", cwd=team)
    assert code == 0, err
    assert "2 passed, 0 failed" in out


def test_a_file_of_the_repository_names_its_versions_from_anywhere(
    run_cli: RunCli, team: Path
) -> None:
    """An expectation file or inspection data naming a version by id finds it in the
    repository the file lies in, wherever the command runs from."""
    code, out, err = run_cli("test", "team/expectations", cwd=team.parent)
    assert code == 0 and "1 passed, 0 failed" in out, err
    data = (team / "inspections" / "example-2020.yaml").read_text("utf-8")
    (team / "inspections" / "mine.yaml").write_text(
        data.replace("framework: yot-2020", "framework: yot-2021"), encoding="utf-8"
    )
    code, out, err = run_cli("rate", "team/inspections/mine.yaml", cwd=team.parent)
    assert code == 0, err
    assert "yot-2021 team/versions/2021.framework" in out
