"""The cache, against no cache: a cached run is indistinguishable from an uncached one.

Hypothesis drives random sequences of changes over a small framework repository of
frameworks and data:

- ``ratingbook.toml`` says where the versions are (``real/`` to start with; then ``A/``, both,
  a folder that is not there, a version replacing the shipped yot 2020, a setting that does not
  exist, TOML that does not parse), and ``A/`` or ``B/`` may get a project file of their own;
- ``real/`` holds a draft (tiny 2, based on tiny 1 by its id) and a draft of yot 2021 based on
  yot 2020 (shipped, unless the project file says a local ``2020.framework`` replaces it), the
  base tiny 1 and the document it cites, and may hold another version of tiny whose dates clash
  with tiny 1's; ``A/`` and ``B/`` start with links to the drafts, and ``A/`` with a tiny 1 of
  its own (which is tiny 1 only when the project file names ``A/``);
- each step edits a file (several texts each, some with errors), links a name to another file
  (also to nothing, and in a loop), moves or deletes a file, makes one a folder or a FIFO,
  changes its permissions, or changes ``--max-bytes``;
- after each step one command is run from one of the folders (rate the data under a draft,
  check a draft, show its rules, check the whole repository) twice: with the cache (warm with
  everything the steps before made, and this process's own memory of frameworks forgotten, as
  in a new process; then once more keeping it) and with ``RATINGBOOK_NO_CACHE=1``. Standard
  output, standard error and the exit status must be the same, byte for byte.

Short profile: a few sequences in the normal run (a few seconds). Long profile:
``RATINGBOOK_FUZZ=long python -m pytest tests/test_cache_differential.py`` (docs/robustness.md);
``RATINGBOOK_FUZZ_EXAMPLES=N`` sets the sequences.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import LONG, budget, tiny_framework
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook.framework import registry
from ratingbook.framework.checker import stage
from ratingbook.framework.loading import cache, files, frameworks, project

RunCli = Callable[..., tuple[int, str, str]]

EXAMPLES = int(os.environ.get("RATINGBOOK_FUZZ_EXAMPLES", "0")) or budget(4, long=300)
STEPS = 25 if LONG else 5

ITEMS = (
    'domain 1 "Cases"\n'
    "  applies to cases where disposal = court\n"
    "  rated by lowest key question band\n"
    'standard 1.1 "First"\n'
    'key question 1.1.1 "one" from doc line 1\n'
    "  no prompts\n"
    'standard 1.2 "Second"\n'
    'key question 1.2.1 "three" from doc line 3\n'
    "  no prompts\n"
)
CITES = 'source doc "The document" file "doc.txt"\n'
BANDS_70 = (
    "band 0..59 Inadequate\n"
    'band 60..69 "Requires improvement"\n'
    "band 70..84 Good\n"
    "band 85..100 Outstanding\n"
)

# The texts each kind of file is given. Each base is a version of its own; some have errors.
TEXTS: dict[str, list[str]] = {
    "tiny1": [
        tiny_framework(sources=CITES, items=ITEMS),
        tiny_framework(sources=CITES, items=ITEMS, bands=BANDS_70),
        tiny_framework(sources=CITES, items=ITEMS.replace('"First"', '"First, renamed"')),
        tiny_framework(sources=CITES, items=ITEMS, ratings=""),  # errors
        tiny_framework(header='framework tiny 9 "Another version"\n', items=ITEMS),
    ],
    "yot2020": [
        # a local yot 2020: shadows the shipped one when it lies beside the draft
        tiny_framework(header='framework yot 2020 "A local 2020"\n', items=ITEMS),
        tiny_framework(header='framework yot 2020 "A local 2020"\n', items=ITEMS, bands=BANDS_70),
        'framework yot 2020 "Broken"\n  based on yot 2018\nband 0..200 Good\n',
    ],
    "draft2": [
        'framework tiny 2 "Draft"\n  draft\n  based on tiny 1\n',
        'framework tiny 2 "Draft"\n  draft\n  based on tiny 1\n' + BANDS_70,
        'framework tiny 2 "Draft"\n  draft\n  based on tiny 2\n',  # on itself
        'framework tiny 2 "Draft"\n  draft\n  based on tiny 7\n',  # nowhere
    ],
    "draft2021": [
        'framework yot 2021 "Draft"\n  draft\n  based on yot 2020\n',
        'framework yot 2021 "Draft"\n  draft\n  based on yot 2020\n' + BANDS_70,
    ],
    "doc": ["one\ntwo\nthree\nfour\n", "one\ntwo\n", "one\ntwo\nthree\n" + "x" * 600 + "\n"],
    # the project file: which folders hold the versions, and what they replace
    "project": [
        'versions = ["real"]\n',
        'versions = ["real", "A"]\n',
        'versions = ["A"]\n',
        'versions = ["real"]\nreplaces = ["yot-2020"]\n',
        'versions = "B"\n',
        'versions = ["missing"]\n',
        'version = ["real"]\n',
        'versions = ["real"\n',
    ],
    # another version of the family in the folder: in force on the same days as tiny 1, or not
    "sibling": [
        tiny_framework(header='framework tiny 3 "Another"\n  effective from 2020-01-01\n'),
        tiny_framework(
            header='framework tiny 3 "Another"\n  effective from 2019-01-01\n  until 2019-12-31\n'
        ),
    ],
}
KIND_OF = {
    "1.framework": "tiny1",
    "2020.framework": "yot2020",
    "2.framework": "draft2",
    "2021.framework": "draft2021",
    "doc.txt": "doc",
    "3.framework": "sibling",
    "ratingbook.toml": "project",
}
FOLDERS = ("real", "A", "B")
NAMES = tuple(KIND_OF)
PLACES = ("ratingbook.toml", *(f"{folder}/{name}" for folder in FOLDERS for name in NAMES))

DATA = "format: ratingbook/inspection-v1\nservice: S\nfieldwork: 2020-05-01\ncases:\n" + "".join(
    f"  - id: C{i}\n    disposal: court\n"
    f"    answers: {{'1.1.1': {'yes' if i % 3 else 'no'}, '1.2.1': {'yes' if i % 4 else 'no'}}}\n"
    for i in range(1, 13)
)


@dataclass(frozen=True)
class Step:
    """A change to the tree, or to the options of the runs."""

    kind: str  # write, link, delete, move, folder, fifo, chmod, limit
    place: str = ""
    other: str = ""  # a link's target, a move's destination
    number: int = 0  # a text's index, a mode, a size limit


steps = st.one_of(
    st.builds(Step, kind=st.just("write"), place=st.sampled_from(PLACES), number=st.integers(0, 4)),
    st.builds(
        Step,
        kind=st.just("link"),
        place=st.sampled_from(PLACES),
        other=st.sampled_from([*(f"../{p}" for p in PLACES), "loop", "nowhere"]),
    ),
    st.builds(Step, kind=st.just("delete"), place=st.sampled_from(PLACES)),
    st.builds(
        Step, kind=st.just("move"), place=st.sampled_from(PLACES), other=st.sampled_from(PLACES)
    ),
    st.builds(Step, kind=st.sampled_from(["folder", "fifo"]), place=st.sampled_from(PLACES)),
    st.builds(
        Step,
        kind=st.just("chmod"),
        place=st.sampled_from(PLACES),
        number=st.sampled_from([0, 0o644]),
    ),
    st.builds(Step, kind=st.just("limit"), number=st.sampled_from([0, 200, 700, 100_000])),
)

COMMANDS = [
    ("A", ("rate", "../data.yaml", "--framework", "2.framework")),
    ("B", ("rate", "../data.yaml", "--framework", "2.framework")),
    (".", ("rate", "data.yaml", "--framework", "A/2.framework")),
    ("real", ("check", "2.framework")),
    ("A", ("check", "2021.framework", "1.framework")),
    ("B", ("rate", "../data.yaml", "--framework", "2021.framework")),
    (".", ("show", "B/2.framework", "--rules-only")),
    ("A", ("check", "--format", "json", "2.framework")),
    ("real", ("rate", "../data.yaml", "--framework", "1.framework")),
    (".", ("check",)),
    ("B", ("rate", "../data.yaml", "--framework", "yot-2021")),
]


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.lexists(path):
        path.unlink()


def apply(root: Path, step: Step, limit: list[int]) -> None:
    """Make one change; a change that cannot be made (moving what is not there) is none."""
    path = root / step.place
    match step.kind:
        case "write":
            texts = TEXTS[KIND_OF[path.name]]
            _remove(path)
            path.write_text(texts[step.number % len(texts)], encoding="utf-8")
        case "link":
            _remove(path)
            target = {"loop": path.name, "nowhere": "no-such.file"}.get(step.other, step.other)
            path.symlink_to(target)
        case "delete":
            _remove(path)
        case "move":
            if os.path.lexists(path) and step.other != step.place:
                _remove(root / step.other)
                os.rename(path, root / step.other)
        case "folder":
            _remove(path)
            path.mkdir()
        case "fifo":
            _remove(path)
            os.mkfifo(path)
        case "chmod":
            if os.path.lexists(path) and not path.is_symlink():
                path.chmod(step.number | (0o700 if path.is_dir() else 0))
        case "limit":
            limit[0] = step.number
        case _:
            raise AssertionError(step.kind)


def fresh_tree() -> Path:
    root = Path(tempfile.mkdtemp(prefix="ratingbook-differential-"))
    for folder in FOLDERS:
        (root / folder).mkdir()
    real = root / "real"
    real.joinpath("1.framework").write_text(TEXTS["tiny1"][0], encoding="utf-8")
    real.joinpath("doc.txt").write_text(TEXTS["doc"][0], encoding="utf-8")
    real.joinpath("2.framework").write_text(TEXTS["draft2"][0], encoding="utf-8")
    real.joinpath("2021.framework").write_text(TEXTS["draft2021"][0], encoding="utf-8")
    for folder in ("A", "B"):
        for name in ("2.framework", "2021.framework"):
            (root / folder / name).symlink_to(f"../real/{name}")
    # A's tiny 1 differs from the real one: it is the base only when the project names A/
    (root / "A" / "1.framework").write_text(TEXTS["tiny1"][1], encoding="utf-8")
    (root / "data.yaml").write_text(DATA, encoding="utf-8")
    (root / "ratingbook.toml").write_text(TEXTS["project"][0], encoding="utf-8")
    return root


def _forget() -> None:
    """What a new process would not know: this process's memory of frameworks and headers."""
    frameworks._loaded.clear()
    frameworks._facts.clear()
    registry._headers.clear()
    project._read.clear()
    stage._BASES.clear()


def run(
    run_cli: RunCli,
    root: Path,
    where: str,
    args: tuple[str, ...],
    limit: int,
    env: dict[str, str | None],
    forget: bool = True,
) -> tuple[int, str, str]:
    if forget:
        _forget()
    options = ("--max-bytes", str(limit)) if limit else ()
    # --max-bytes sets the variable for the process: the run puts it back.
    return run_cli(*options, *args, cwd=root / where, env={files.MAX_BYTES_ENV: "", **env})


SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=60),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=not LONG,
    database=None,
)


@SETTINGS
@given(
    changes=st.lists(
        st.tuples(steps, st.integers(0, len(COMMANDS) - 1)), min_size=1, max_size=STEPS
    )
)
def test_a_cached_run_gives_what_an_uncached_run_gives(
    run_cli: RunCli, changes: list[tuple[Step, int]]
) -> None:
    root = fresh_tree()
    store = Path(tempfile.mkdtemp(prefix="ratingbook-differential-cache-"))
    cached = {cache.ENV_DIR: str(store), cache.ENV_OFF: None}
    uncached = {cache.ENV_OFF: "1"}
    limit = [0]
    try:
        # Warm the cache with the tree as it starts, as the scenario of the bug did.
        for where, args in COMMANDS:
            run(run_cli, root, where, args, 0, cached)
        for step, command in changes:
            apply(root, step, limit)
            where, args = COMMANDS[command]
            if not (root / where).is_dir() or (root / where).is_symlink():
                continue
            expected = run(run_cli, root, where, args, limit[0], uncached)
            assert run(run_cli, root, where, args, limit[0], cached) == expected, (step, args)
            # Again, with what this process now knows kept (as a corpus run keeps it).
            assert run(run_cli, root, where, args, limit[0], cached, forget=False) == expected
    finally:
        for path in (root, store):
            for folder, dirs, _ in os.walk(path):
                for d in dirs:
                    os.chmod(os.path.join(folder, d), 0o700)
            shutil.rmtree(path, ignore_errors=True)
        _forget()


def test_the_scenario_of_the_bug(run_cli: RunCli, tmp_path: Path) -> None:
    """One link to a draft in two folders, each with a file of the base's name beside the
    link: the base is found by its id, in the folder the project file names, from either
    link, with the cache and without it."""
    root = fresh_tree()
    try:
        env = {cache.ENV_DIR: str(tmp_path / "cache"), cache.ENV_OFF: None}
        first = run(run_cli, root, "A", COMMANDS[0][1], 0, env)
        (root / "B" / "1.framework").write_text(TEXTS["tiny1"][2], encoding="utf-8")
        second = run(run_cli, root, "B", COMMANDS[1][1], 0, env)
        assert first == second
        assert first[0] == 0 and "../real/1.framework" in first[1]
        assert run(run_cli, root, "B", COMMANDS[1][1], 0, {cache.ENV_OFF: "1"}) == second
    finally:
        shutil.rmtree(root, ignore_errors=True)


DAMAGE = ["unreadable", "folder", "fifo", "loop", "device", "sparse", "too-large"]


def damage_file(path: Path, damage: str) -> int:
    """Make a file unreadable in one way; the size limit to run with (0: the default)."""
    match damage:
        case "unreadable":
            path.chmod(0)
            if os.access(path, os.R_OK):  # root reads whatever the mode: a folder instead
                path.chmod(0o644)
                path.unlink()
                path.mkdir()
        case "folder":
            path.unlink()
            path.mkdir()
        case "fifo":
            path.unlink()
            os.mkfifo(path)
        case "loop":
            path.unlink()
            path.symlink_to(path.name)
        case "device":
            path.unlink()
            path.symlink_to("/dev/zero")
        case "sparse":
            with open(path, "r+b") as f:
                f.truncate(4 * 1024**3)  # 4 GB of nothing, taking no space
        case "too-large":
            return 2000  # more than the data, less than the file
        case _:
            raise AssertionError(damage)
    return 0


@pytest.mark.parametrize("which", ["base", "document"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_file_that_cannot_be_read_gives_the_same_warm_or_cold(
    run_cli: RunCli, tmp_path: Path, damage: str, which: str
) -> None:
    """A base is refused; a cited document that cannot be read is a problem of the check.
    Either way the warm cache gives what no cache gives, and nothing hangs or fills memory."""
    root = fresh_tree()
    try:
        env = {cache.ENV_DIR: str(tmp_path / "cache"), cache.ENV_OFF: None}
        args: tuple[str, ...] = ("rate", "../data.yaml", "--framework", "2.framework")
        if which == "document":
            args = ("check", "2.framework")
        path = root / "real" / ("1.framework" if which == "base" else "doc.txt")
        padding = ("# " if which == "base" else "") + "-" * 3000 + "\n"
        path.write_text(path.read_text(encoding="utf-8") + padding, encoding="utf-8")
        assert run(run_cli, root, "A", args, 0, env)[0] == 0  # warm
        limit = damage_file(path, damage)
        warm = run(run_cli, root, "A", args, limit, env)
        cold = run(run_cli, root, "A", args, limit, {cache.ENV_OFF: "1"})
        assert warm == cold
        if which == "base":
            assert warm[0] == 2 and path.name in warm[2], warm
        else:  # a warning of the check, where the source names it
            assert "names the file 'doc.txt', which cannot be read" in warm[1] + warm[2], warm
    finally:
        for p in root.rglob("*"):
            if not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(root, ignore_errors=True)
