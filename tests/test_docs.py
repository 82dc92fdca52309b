"""The documentation's examples are run, so the docs cannot drift from what ratingbook does.

Every fenced ``text`` block in README.md and docs/*.md that starts with ``$ ratingbook ...``
is a command and, below it, what the command prints (standard output, then the error
stream). The command is run from the repository folder, in this process (conftest's
``run_cli``, which prints what ``python -m ratingbook`` prints), and its output must match
the block, apart from the run time that ``test`` prints. A block with the command alone is
run too and must not fail with a usage or input error (exit status 2); if a ``markdown`` or
``json`` block follows it directly, that block is an excerpt of what it prints: its lines
must be the output's first lines, in order, where a line ``...`` stands for any lines left
out (and the output may go on after the excerpt ends).

``pytest --update-goldens`` rewrites the blocks from the current output: review the diff.

A block whose line above is a repository mark runs in a framework repository made by
``ratingbook init team-frameworks``, in the state the mark names: each ``DEST from SRC`` puts
the shipped file SRC (under docs/examples/) at DEST in the repository before the command, so
that a page can follow a team editing its files (``versions/2021.framework from
docs/examples/draft-2021-lowrisk.framework``)::

    <!-- run in a repository made by: ratingbook init team-frameworks; DEST from SRC; ... -->

The example files under docs/examples/ must appear in the docs word for word, so that what a
reader sees is what the commands above were run on.
"""

from __future__ import annotations

import re
import shlex
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import OPTIONAL

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
EXAMPLES = sorted(p for p in (REPO / "docs" / "examples").iterdir() if p.is_file())
FENCE = re.compile(r"^```text\n(\$ ratingbook [^\n]*)\n(.*?)^```$", re.M | re.S)
TIMING = re.compile(r"^in \d+\.\d+s$", re.M)


@dataclass(frozen=True)
class Example:
    doc: Path
    line: int
    command: str
    shown: str
    start: int  # offsets of the shown output in the doc's text
    end: int
    in_repository: bool = False  # run in a framework repository made by `ratingbook init`
    # Files put into that repository before the command: (where, the shipped file it is).
    files: tuple[tuple[str, str], ...] = ()
    excerpt: str | None = None  # a markdown or json block right below a command-only block

    @property
    def id(self) -> str:
        return f"{self.doc.name}:{self.line}"


# The pages whose commands run inside a framework repository made by `ratingbook init`, and
# the line that, just above a block on any other page, says its command does (and, after
# `;`, which shipped files the repository holds where: `versions/2021.framework from
# docs/examples/draft-2021-lowrisk.framework`).
IN_A_REPOSITORY = {"workspace.md"}
REPOSITORY_MARK = re.compile(
    r"<!-- run in a repository made by: ratingbook init team-frameworks((?:; [^;]+)*) -->"
)
STATE = re.compile(r"(?P<dest>[^ ]+) from (?P<src>docs/examples/[^ ]+)")


def _state(mark: str) -> tuple[tuple[str, str], ...]:
    """The files a repository mark (what follows its `init`) puts into the repository:
    (where, the shipped file)."""
    files = []
    for part in mark.split("; ")[1:]:
        m = STATE.fullmatch(part.strip())
        assert m, f"{part!r}: write DEST from docs/examples/FILE"
        dest = Path(m["dest"])
        assert not dest.is_absolute() and ".." not in dest.parts, f"{dest}: not in the repository"
        files.append((m["dest"], m["src"]))
    return tuple(files)


def examples() -> list[Example]:
    out = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
            mark = REPOSITORY_MARK.fullmatch(before)
            inside = doc.name in IN_A_REPOSITORY or mark is not None
            files = _state(mark[1]) if mark else ()
            command, shown = m.group(1)[2:], m.group(2)
            below = EXCERPT.match(text, m.end()) if not shown else None
            excerpt = below.group(1) if below else None
            out.append(
                Example(doc, line, command, shown, m.start(2), m.end(2), inside, files, excerpt)
            )
    return out


EXCERPT = re.compile(r"\n\n```(?:markdown|json)\n(.*?)^```$", re.M | re.S)


def _excerpt_of(excerpt: str, actual: str) -> bool:
    """Whether ``excerpt`` is the start of ``actual``, line by line, where a line ``...``
    stands for any number of lines (none too)."""
    shown, lines = excerpt.splitlines(), actual.splitlines()

    def match(i: int, j: int) -> bool:
        if i == len(shown):
            return True
        if shown[i].strip() == "...":
            return any(match(i + 1, k) for k in range(j, len(lines) + 1))
        return j < len(lines) and shown[i] == lines[j] and match(i + 1, j + 1)

    return match(0, 0)


EXAMPLES_RUN = examples()


RunCli = Callable[..., tuple[int, str, str]]


ENV: dict[str, str | None] = {"COLUMNS": "100", "FORCE_COLOR": None}


@pytest.fixture(scope="module")
def made_by_init(run_cli: RunCli, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    """The framework repository `ratingbook init team-frameworks` makes, made once for the
    module (when an example first needs it): each example that runs in a repository runs in
    a copy of its own, which is what init would have written there (it writes the same files
    wherever it is run)."""
    made: list[Path] = []

    def repository() -> Path:
        if not made:
            scratch = tmp_path_factory.mktemp("init")
            done = run_cli("init", "team-frameworks", cwd=scratch, env=ENV)
            assert done[0] == 0, done
            made.append(scratch / "team-frameworks")
        return made[0]

    return repository


def run(
    run_cli: RunCli,
    command: str,
    in_repository: bool = False,
    files: tuple[tuple[str, str], ...] = (),
    made_by_init: Callable[[], Path] | None = None,
) -> tuple[int, str]:
    """Run a documented command (in-process, as conftest's run_cli does) from the checkout,
    or (``in_repository``) from a framework repository made by ``init`` (a copy of
    ``made_by_init()``, the one it made), holding ``files`` (each shipped file
    copied to its place there, over what ``init`` wrote).

    ``ratingbook new`` writes a file: it runs in a fresh folder that sees the checkout's
    ``docs`` and ``standards`` (so a file it is asked to write over is still refused), and
    what it writes there is thrown away.
    """
    args = shlex.split(command)
    assert args[0] == "ratingbook"
    env = ENV
    if in_repository:
        assert made_by_init is not None
        # Run in a framework repository as `ratingbook init team-frameworks` makes it (the
        # init itself in the empty folder it is run from).
        with tempfile.TemporaryDirectory() as scratch:
            if args[1] == "init":
                code, out, err = run_cli(*args[1:], cwd=scratch, env=env)
                return code, out + err
            team = Path(scratch) / "team-frameworks"
            shutil.copytree(made_by_init(), team, symlinks=True)
            for dest, src in files:
                (team / dest).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(REPO / src, team / dest)
            code, out, err = run_cli(*args[1:], cwd=team, env=env)
        return code, out + err
    if "new" not in args[1:4]:
        code, out, err = run_cli(*args[1:], cwd=REPO, env=env)
        return code, out + err
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("docs", "standards"):
            (Path(scratch) / name).symlink_to(REPO / name)
        code, out, err = run_cli(*args[1:], cwd=scratch, env=env)
    return code, out + err


def _same(shown: str, actual: str) -> bool:
    return TIMING.sub("in 0.00s", shown) == TIMING.sub("in 0.00s", actual)


def test_the_docs_have_runnable_examples() -> None:
    assert len(EXAMPLES_RUN) >= 10, [e.id for e in EXAMPLES_RUN]


@pytest.mark.parametrize("example", EXAMPLES_RUN, ids=[e.id for e in EXAMPLES_RUN])
def test_a_documented_command_prints_what_the_docs_show(
    example: Example,
    request: pytest.FixtureRequest,
    run_cli: RunCli,
    made_by_init: Callable[[], Path],
) -> None:
    code, actual = run(run_cli, example.command, example.in_repository, example.files, made_by_init)
    if not example.shown:
        assert code != 2, f"{example.id}: `{example.command}` failed:\n{actual}"
        # An excerpt is kept by hand (--update-goldens cannot choose what to leave out).
        assert example.excerpt is None or _excerpt_of(example.excerpt, actual), (
            f"{example.id}: the excerpt below `{example.command}` is not what it prints "
            "(update the excerpt by hand):\n" + actual
        )
        return
    if request.config.getoption("--update-goldens") and not _same(example.shown, actual):
        text = example.doc.read_text(encoding="utf-8")
        # Rewrite by content, not offset: other blocks of the same file may have changed.
        block = f"```text\n$ {example.command}\n{example.shown}```"
        assert text.count(block) == 1, f"{example.id}: the block is not unique"
        text = text.replace(block, f"```text\n$ {example.command}\n{actual}```")
        example.doc.write_text(text, encoding="utf-8")
        return
    assert _same(example.shown, actual), (
        f"{example.id}: `{example.command}` now prints something else "
        "(pytest --update-goldens rewrites the block):\n" + actual
    )


def test_an_excerpt_is_checked_line_by_line() -> None:
    assert _excerpt_of("a\n...\nd\n", "a\nb\nc\nd\ne\n")
    assert _excerpt_of("a\n...\nb\n", "a\nb\n")
    assert not _excerpt_of("a\nc\n", "a\nb\nc\n")
    assert not _excerpt_of("a\n...\nx\n", "a\nb\nc\n")
    excerpts = [e for e in EXAMPLES_RUN if e.excerpt is not None]
    assert {e.doc.name for e in excerpts} >= {"worked-example.md"}, [e.id for e in excerpts]


def test_a_repository_state_names_shipped_files() -> None:
    """Every file a repository mark puts into the repository is a shipped example (so the
    state a reader is shown is one the project keeps and tests), and marks are written
    exactly (a mistyped mark would run its block from the checkout, silently)."""
    named = [(e.id, src) for e in EXAMPLES_RUN for _, src in e.files]
    assert named, "no block runs in a repository holding a shipped example"
    for where, src in named:
        assert (REPO / src) in EXAMPLES, f"{where}: {src} is not a file under docs/examples/"
    for doc in DOCS:
        for n, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
            if "run in a repository" in line:
                assert REPOSITORY_MARK.fullmatch(line), f"{doc.name}:{n}: not a repository mark"


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_an_example_file_is_shown_in_the_docs_as_it_is(path: Path) -> None:
    body = path.read_text(encoding="utf-8")
    shown = "\n".join(d.read_text(encoding="utf-8") for d in DOCS)
    assert body in shown, f"docs/examples/{path.name} is not shown word for word in the docs"


PYTHON_DOCS = [doc for doc in DOCS if ">>> " in doc.read_text(encoding="utf-8")]


def test_docs_api_has_examples() -> None:
    assert REPO / "docs" / "api.md" in PYTHON_DOCS


@pytest.mark.parametrize("doc", PYTHON_DOCS, ids=[d.name for d in PYTHON_DOCS])
def test_the_python_examples_in_the_docs_run_as_shown(doc: Path) -> None:
    """Every ``>>>`` example is run (doctest, from the repository's folder) and must print
    what the page shows."""
    import doctest

    failed, tried = doctest.testfile(
        str(doc),
        module_relative=False,
        optionflags=doctest.ELLIPSIS,
        raise_on_error=False,
        report=True,
        verbose=False,
    )
    assert tried > 0
    assert failed == 0, f"{failed} of {tried} examples in {doc.name} print something else (above)"


# ---------------------------------------------------------------------------- the README's set-up


def _set_up_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Set up\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```sh\n(.*?)^```$", section, re.M | re.S)
    return [b.strip() for b in blocks]


def test_the_readme_set_up_works_on_a_stock_machine_as_written() -> None:
    """A clone-and-cd line, then exactly two commands (one installs and rates the example, one
    installs and runs the tests), each making and using a virtual environment: a stock
    Debian or Ubuntu has `python3` but no `python`, and refuses `pip install` into the
    system's Python. CI (.ci/run) runs the same test command."""
    clone, rate, test = _set_up_commands()  # exactly three blocks
    for line in (clone, rate, test):
        assert "\n" not in line, line
    assert clone.startswith("git clone ") and clone.endswith(" ratingbook && cd ratingbook")
    for line in (rate, test):
        assert line.startswith("python3 -m venv .venv && .venv/bin/pip install "), line
        # Every step after the first uses the venv's own programs, never the system's.
        for step in line.split(" && ")[1:]:
            assert step.startswith(".venv/bin/"), step
    assert ".venv/bin/ratingbook rate standards/yot/examples/" in rate
    assert test.endswith("&& .venv/bin/python -m pytest")
    assert "'.[test]'" in test
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci, ".ci/run must run the README's test command as written"


@pytest.mark.skipif(
    __import__("os").environ.get("RATINGBOOK_SETUP") != "1",
    reason=f"{OPTIONAL} installs ratingbook into a new venv from the package index: "
    "set RATINGBOOK_SETUP=1",
)
def test_the_readme_rate_command_runs_as_written(tmp_path: Path) -> None:
    """The README's first command, run word for word by a shell in a copy of the checkout."""
    import shutil
    import subprocess

    _, rate, _ = _set_up_commands()
    copy = tmp_path / "ratingbook"
    shutil.copytree(REPO, copy, symlinks=True, ignore=shutil.ignore_patterns(".venv", ".git"))
    done = subprocess.run(
        ["sh", "-c", rate], cwd=copy, capture_output=True, text=True, timeout=1200
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Exampleshire" in done.stdout
