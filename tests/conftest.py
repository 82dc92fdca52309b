"""Shared fixtures and helpers for the ratingbook test suite.

Helpers are exposed as fixtures (``write``, ``tiny``, ``run_cli``, ...) so that tests in any
sub-folder can use them without importing this module.
"""

from __future__ import annotations

import atexit
import importlib.util
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

# Compiled modules for the session, where the environment says to write none
# (PYTHONDONTWRITEBYTECODE): else every process of the run (each pytest worker, each real
# `python -m ratingbook`, each language server) compiles every module of the checkout it
# imports, and the test modules are rewritten for their assertions, again and again; that was
# over a tenth of the suite's CPU. They go to a folder of the session's own, as
# tools/benchmark.py's do, so nothing is written in the checkout, as the variable asks; the
# workers and the real processes started later find it through the environment, and the
# process that made it removes it at the end. Nothing a test checks depends on it: a module
# runs the same compiled or not.
_BYTECODE_ENV = "RATINGBOOK_TEST_BYTECODE"


class _InstalledCompiled:
    """A finder that finds nothing: it copies a module's installed compiled file into the
    session's folder, where the import that follows (by the usual finders) reads it."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        import importlib.machinery
        import importlib.util

        spec = importlib.machinery.PathFinder.find_spec(name, path)
        source = getattr(spec, "origin", None)
        if not (isinstance(source, str) and source.endswith(".py")):
            return None
        folder, file = os.path.split(source)
        tag = sys.implementation.cache_tag
        installed = os.path.join(folder, "__pycache__", f"{file[:-3]}.{tag}.pyc")
        target_ = importlib.util.cache_from_source(source)
        # The loader still compares the file's recorded source time and size with the
        # source's, and compiles the source where they differ.
        if target_ != installed and not os.path.exists(target_) and os.path.isfile(installed):
            _copy_whole(installed, target_)
        return None


def _copy_whole(source: str, target: str) -> None:
    """Copy a file so that no process ever reads it half-written (the workers import at once)."""
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        part = f"{target}.{os.getpid()}.part"
        shutil.copyfile(source, part)
        os.replace(part, target)
    except OSError:
        pass


def _keep_compiled_modules() -> None:
    made = not os.environ.get(_BYTECODE_ENV)
    if made:
        os.environ[_BYTECODE_ENV] = tempfile.mkdtemp(prefix="ratingbook-test-bytecode-")
        atexit.register(shutil.rmtree, os.environ[_BYTECODE_ENV], ignore_errors=True)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix = os.environ[_BYTECODE_ENV]
    sys.dont_write_bytecode = False
    # A module found where its installer compiled it (the venv's packages, the standard
    # library: pip and the distribution write __pycache__ beside them) is copied into the
    # folder when it is first imported, instead of being compiled again by every process: the
    # folder is the only place a process given it looks. That was about 1 s of CPU per worker
    # (pyparsing, rich, openpyxl, ... compiled in each).
    sys.meta_path.insert(0, _InstalledCompiled())
    if not made:
        return
    # A process given the folder looks for compiled modules there only, also for the
    # installed ones (pytest and its plugins, the standard library): those this process has
    # imported already are copied in, compiled where it compiled them or else where their
    # installer did, so that the workers do not compile them again. (Started with
    # PYTHONPYCACHEPREFIX set as well, this process compiled them without writing them
    # anywhere: each worker then compiled pytest, its plugins and hypothesis, about 0.5 s of
    # CPU each.)
    import importlib.util

    tag = sys.implementation.cache_tag
    for module in list(sys.modules.values()):
        source, compiled = getattr(module, "__file__", None), getattr(module, "__cached__", None)
        if not (isinstance(source, str) and source.endswith(".py")):
            continue
        target = importlib.util.cache_from_source(source)
        if os.path.exists(target):
            continue
        folder, file = os.path.split(source)
        installed = os.path.join(folder, "__pycache__", f"{file[:-3]}.{tag}.pyc")
        for found in (compiled, installed):
            if isinstance(found, str) and found != target and os.path.isfile(found):
                _copy_whole(found, target)
                break


if os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get(_BYTECODE_ENV):
    _keep_compiled_modules()


# Ctrl-C as a terminal gives it: a shell starts a command it runs in the background (`&`,
# `nohup`, some CI runners) with SIGINT ignored, and a process inherits that; the real
# processes the tests interrupt (tests/cli/test_failures.py) then ignored the signal and ran
# to the end. This process, its workers and the processes they start take SIGINT as Python
# does by default; a background job is outside the terminal's foreground group, so the
# terminal's own Ctrl-C still does not reach it.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from ratingbook.framework.loading.frameworks import load_framework  # noqa: E402
from ratingbook.framework.model import Framework  # noqa: E402

# Some test modules import this one as tests.conftest: that is this module, not a second copy
# run again (which made another cache folder mid-session and added another finder above).
sys.modules.setdefault("tests.conftest", sys.modules[__name__])

# The tests never read or write the user's cache of checked frameworks: the whole session,
# including every pytest worker and the CLI run in subprocesses, uses one folder of its own,
# made by the process that starts the session and removed by it at the end. (Each worker made
# its own before, so each parsed and checked the shipped versions and every framework both
# ran; the cache keeps each entry whole however many processes write it at once.)
_CACHE_ENV = "RATINGBOOK_TEST_CACHE"
if not os.environ.get(_CACHE_ENV):
    os.environ[_CACHE_ENV] = tempfile.mkdtemp(prefix="ratingbook-test-cache-")
    atexit.register(shutil.rmtree, os.environ[_CACHE_ENV], ignore_errors=True)
_CACHE = os.environ[_CACHE_ENV]
os.environ["RATINGBOOK_CACHE_DIR"] = _CACHE
# Nor do they start from the shipped versions' compiled entries (ratingbook/compiled): every
# test that names a shipped version parses and checks it, so the checks themselves stay under
# test. tests/framework/test_compiled.py holds the entries equal to a fresh compile, and runs
# commands with them.
os.environ["RATINGBOOK_NO_COMPILED"] = "1"

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"

# Tests name the repository's files by relative paths, as a user in the checkout would, so they
# run from the checkout whatever directory pytest was started from.
os.chdir(REPO)

# No test depends on how long it takes (speed is measured by tools/benchmark.py): hypothesis's
# per-example deadline would make a loaded machine fail a correct test.
#
# How hard the property tests look is one setting, RATINGBOOK_FUZZ (docs/robustness.md):
#
# - unset: a developer's run (the README's command), each test trying half its CI budget
#   (at least one example), so that the whole run takes about a minute on two cores;
# - "ci": what CI runs (.ci/run sets it), each test's full budget, the number it names;
# - "long": the long fuzz profile, where thoroughness is bought (the number a test names for
#   it, else its CI budget).
#
# Every assertion runs in every profile; only the number of generated examples differs. A
# failing example is kept in .hypothesis/ and tried first in every later run, in any profile.
# A test that names its budget asks :func:`budget`; one that names none tries budget(50, 200).
FUZZ_PROFILES = ("quick", "ci", "long")
FUZZ = os.environ.get("RATINGBOOK_FUZZ") or "quick"
LONG = FUZZ == "long"


def budget(ci: int, long: int | None = None) -> int:
    """The number of examples a property test tries in this run's profile: ``ci`` in CI's,
    ``long`` (default ``ci``) in the long fuzz profile, half of ``ci`` (at least 1) in a
    developer's run."""
    if FUZZ == "long":
        return ci if long is None else long
    if FUZZ == "ci":
        return ci
    return max(1, (ci + 1) // 2)


EXAMPLES = budget(50, 200)
settings.register_profile("default", deadline=None, max_examples=EXAMPLES)
settings.load_profile("default")
settings.register_profile("ci", derandomize=True, deadline=None, max_examples=EXAMPLES)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden files under tests/data/golden from the current output",
    )


# ---------------------------------------------------------------------------- frameworks


@pytest.fixture(scope="session")
def yot_2020() -> Framework:
    return load_framework("yot-2020")


@pytest.fixture(scope="session")
def yot_2018() -> Framework:
    return load_framework("yot-2018")


# ---------------------------------------------------------------------------- files


def write(tmp_path: Path, name: str, text: str) -> Path:
    """Write ``text`` to ``tmp_path / name`` (creating folders) and return the path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(name="write", scope="session")
def _write_fixture() -> Callable[[Path, str, str], Path]:
    return write


# ---------------------------------------------------------------------------- a tiny framework

# One domain (court cases only) with two standards of one key question each, so the overall
# scale is 2 x 3 = 0..6. Every section can be replaced by name, and ``extra`` is appended,
# so a test varies one thing at a time. No source names a file: no quotation checks.
TINY_SECTIONS: dict[str, str] = {
    "header": 'framework tiny 1 "A tiny framework"\n  effective from 2020-01-01\n',
    "sources": 'source doc "The document"\n',
    "attributes": (
        'attribute disposal one of court, out-of-court "how the case was disposed of"\n'
        'attribute risky flag default no "there is a risk"\n'
        'attribute kind text "the kind of disposal"\n'
        'attribute level one of low, high, "very high" "the level"\n'
    ),
    "ratings": (
        "rating Outstanding score 3\n"
        "rating Good score 2\n"
        'rating "Requires improvement" score 1\n'
        "rating Inadequate score 0\n"
    ),
    "percentage": "percentage rounded half up\n",
    "bands": (
        "band 0..49 Inadequate\n"
        'band 50..64 "Requires improvement"\n'
        "band 65..79 Good\n"
        "band 80..100 Outstanding\n"
    ),
    "overall": (
        "overall 0..1 Inadequate\n"
        'overall 2..3 "Requires improvement"\n'
        "overall 4..5 Good\n"
        "overall 6..6 Outstanding\n"
    ),
    "discretion": (
        "discretion in domains 1\n"
        '  eligible when boundary_distance <= 5 "within five points"\n'
        '  eligible when judgements_to_change <= 1 "one case would change it"\n'
        '  eligible when sample_size <= 5 "five cases or fewer"\n'
    ),
    "items": (
        'domain 1 "Cases"\n'
        "  applies to cases where disposal = court\n"
        "  rated by lowest key question band\n"
        'standard 1.1 "First"\n'
        'key question 1.1.1 "Is the first thing done?" from doc line 1\n'
        'prompt 1.1.1.a "Is it done well?" from doc line 2\n'
        'standard 1.2 "Second"\n'
        'key question 1.2.1 "Is the second thing done?" from doc line 3\n'
        "  applies to cases where risky\n"
        'prompt 1.2.1.a "Where applicable, is it done well?" from doc line 4\n'
        "  where applicable\n"
    ),
    "extra": "",
}


def tiny_framework(**sections: str) -> str:
    """The tiny framework's text, with any section replaced (``bands=...``) or ``extra`` added."""
    unknown = set(sections) - set(TINY_SECTIONS)
    if unknown:
        raise TypeError(f"unknown sections: {sorted(unknown)}")
    parts = {**TINY_SECTIONS, **sections}
    return "".join(parts[name] for name in TINY_SECTIONS)


@pytest.fixture(name="tiny", scope="session")
def _tiny_fixture() -> Callable[..., str]:
    return tiny_framework


# ---------------------------------------------------------------------------- the CLI

# What every run sees unless the test says otherwise: a fixed width and no colour, as in CI.
# RATINGBOOK_DEBUG: an internal error raises, so a test fails with its traceback.
CLI_ENV: dict[str, str | None] = {"COLUMNS": "200", "NO_COLOR": "1", "RATINGBOOK_DEBUG": "1"}


def _pipe(errors: str) -> io.TextIOWrapper:
    """A stream as a real pipe is: UTF-8 bytes underneath, not a terminal."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors, newline="\n")


def _read_back(stream: io.TextIOWrapper) -> str:
    """What ``subprocess.run(..., text=True)`` would have read from the pipe."""
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    stream.close()
    # text=True decodes with universal newlines.
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _exit_status(code: object, stderr: io.TextIOWrapper) -> int:
    """The status ``sys.exit(code)`` gives a real process."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=stderr)  # as the interpreter does for sys.exit("message")
    return 1


def run_cli(
    *args: str,
    input: str | None = None,
    cwd: Path | str | None = None,
    env: Mapping[str, str | None] | None = None,
) -> tuple[int, str, str]:
    """Run ``ratingbook ARGS`` in this process; return (exit status, stdout, stderr).

    It calls ``ratingbook.framework.cli.main`` as ``python -m ratingbook`` would, with the
    environment of ``CLI_ENV`` updated by ``env`` (a value of None removes the variable),
    ``input`` on stdin (empty if None), and stdout and stderr written to pipes that are not
    terminals. Everything it changes (environment, working directory, the three standard
    streams) is put back afterwards, also when the command raises. An exception other than
    SystemExit is a crash that a real process would print as a traceback: it propagates, so
    the test fails on it with the traceback.
    """
    from ratingbook.framework.cli import main

    stdout, stderr = _pipe("strict"), _pipe("backslashreplace")
    stdin = io.TextIOWrapper(io.BytesIO((input or "").encode("utf-8")), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        for name, value in {**CLI_ENV, **(env or {})}.items():
            if value is None:
                mp.delenv(name, raising=False)
            else:
                mp.setenv(name, value)
        mp.chdir(cwd or REPO)
        mp.setattr(sys, "stdin", stdin)
        mp.setattr(sys, "stdout", stdout)
        mp.setattr(sys, "stderr", stderr)
        try:
            main(list(args))
        except SystemExit as exit_:
            code = _exit_status(exit_.code, stderr)
        except BaseException as crash:
            crash.add_note(
                f"ratingbook {' '.join(args)} crashed; its stderr:\n{_read_back(stderr)}"
            )
            raise
        else:  # pragma: no cover - main() always exits
            raise AssertionError("ratingbook.framework.cli.main returned instead of exiting")
    return code, _read_back(stdout), _read_back(stderr)


def tool(name: str) -> ModuleType:
    """``tools/NAME.py`` imported as the module ``NAME``, once per process. It is put in
    ``sys.modules`` before it runs, as dataclasses, pickling and forked workers in it need."""
    path = REPO / "tools" / f"{name}.py"
    found = sys.modules.get(name)
    if found is not None and getattr(found, "__file__", None) == str(path):
        return found
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(name="run_cli", scope="session")
def _run_cli_fixture() -> Callable[..., tuple[int, str, str]]:
    return run_cli


def run_subprocess(
    *args: str,
    input: str | None = None,
    cwd: Path | str | None = None,
    env: Mapping[str, str | None] | None = None,
) -> tuple[int, str, str]:
    """Run ``python -m ratingbook ARGS`` in a real process; return (exit status, stdout, stderr).

    For what only a real process shows: the interpreter's own exit, stdin and pipes. The
    checkout is put first on PYTHONPATH, so the process runs this checkout's code even from
    another directory (not whatever ratingbook the environment has installed).
    """
    return _run_process(list(args), input, str(cwd or REPO), subprocess_env(env))


def _run_process(
    args: list[str], input: str | None, cwd: str, env: dict[str, str]
) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "ratingbook", *args],
        input=input,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )
    return proc.returncode, proc.stdout, proc.stderr


def subprocess_env(env: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """The environment of a real run: this one, with the checkout first on PYTHONPATH."""
    out = {**os.environ}
    out["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), out.get("PYTHONPATH")) if p)
    for name, value in {**CLI_ENV, **(env or {})}.items():
        if value is None:
            out.pop(name, None)
        else:
            out[name] = value
    return out


@pytest.fixture(name="run_subprocess", scope="session")
def _run_subprocess_fixture() -> Callable[..., tuple[int, str, str]]:
    return run_subprocess


# ---------------------------------------------------------------------------- real processes, in the background

# A real process spends most of its second starting the interpreter and parsing a framework,
# on its own core. Tests marked real_process run last, and their module's
# start_real_processes(BACKGROUND) is called as soon as the session knows it will run them,
# so that their processes run on the other core while the in-process tests run.

T = TypeVar("T")


class Background:
    """Work that waits on real processes, started now on one of two background threads."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None

    def call(self, fn: Callable[..., T], /, *args: Any) -> Future[T]:
        """``fn(*args)`` in the background. Take the environment and working directory in
        the calling thread and pass them in: run_cli changes both while a test runs."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="real-process")
        return self._pool.submit(fn, *args)

    def run(
        self,
        *args: str,
        input: str | None = None,
        cwd: Path | str | None = None,
        env: Mapping[str, str | None] | None = None,
    ) -> Future[tuple[int, str, str]]:
        """run_subprocess in the background; its environment is taken now."""
        cwd = str(Path(cwd or REPO).resolve())
        return self.call(_run_process, list(args), input, cwd, subprocess_env(env))

    @staticmethod
    def env(env: Mapping[str, str | None] | None = None) -> dict[str, str]:
        """The environment run_subprocess gives a process, as it is now."""
        return subprocess_env(env)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


BACKGROUND = Background()


@pytest.fixture(name="background", scope="session")
def _background_fixture() -> Background:
    return BACKGROUND


def pytest_configure(config: pytest.Config) -> None:
    if FUZZ not in FUZZ_PROFILES:
        raise pytest.UsageError(
            f"RATINGBOOK_FUZZ={FUZZ!r} is not a profile: leave it unset for a developer's run, "
            "or set it to ci (what CI runs) or long (the long fuzz profile)"
        )
    config.addinivalue_line(
        "markers",
        "real_process: starts real processes; runs last, its processes started in the background",
    )


def _compile_a_share(config: Any, share: int, shares: int) -> None:
    """Compile this worker's share of the checkout's modules and rewrite the assertions of its
    share of the test modules, before it collects.

    Each pytest worker imports every test module to collect the tests: each rewrote all of
    them (about 2 s of CPU) and compiled the modules of the checkout they import, at the same
    time as the others, so the work was done once per worker. Each now does every
    ``shares``-th module first, all at once, and then finds the others' work done as it
    collects (pytest reads a rewritten module it finds, checking its source's hash, and each
    file is written whole or not at all: a worker that finds one missing does it itself). It
    uses pytest's own rewriting, a private part of pytest: anything unexpected there and each
    worker rewrites everything as before. Nothing a test checks depends on it.
    """
    import compileall

    try:
        from _pytest.assertion import rewrite

        state = config.stash[rewrite.assertstate_key]
        tail, rewrite_test, write_pyc = rewrite.PYC_TAIL, rewrite._rewrite_test, rewrite._write_pyc
        cache_dir = rewrite.get_cache_dir
    except Exception:
        return
    for source in sorted((REPO / "ratingbook").rglob("*.py"))[share::shares]:
        # Compiled only where its compiled file is out of date (py_compile would write every
        # one again at each start: about 0.3 s of a worker's CPU with nothing changed).
        compileall.compile_file(str(source), quiet=2)
    tests = sorted(
        p
        for p in Path(__file__).parent.rglob("*.py")
        if p.name.startswith("test_") or p.name == "conftest.py"
    )
    for source in tests[share::shares]:
        try:
            folder = cache_dir(source)
            folder.mkdir(parents=True, exist_ok=True)
            pyc = folder / (source.name[:-3] + tail)
            if not pyc.exists():
                source_hash, code = rewrite_test(source, config)
                write_pyc(state, code, source_hash, pyc)
        except Exception:
            pass


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    config = session.config
    worker = os.environ.get("PYTEST_XDIST_WORKER", "").removeprefix("gw")
    workers = os.environ.get("PYTEST_XDIST_WORKER_COUNT", "")
    if not (worker.isdigit() and workers.isdigit() and int(worker) < int(workers)):
        return
    if not sys.dont_write_bytecode and config.getoption("assertmode") == "rewrite":
        _compile_a_share(config, int(worker), int(workers))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A stable sort: the real-process tests go last, everything else keeps its order.
    items.sort(key=lambda item: item.get_closest_marker("real_process") is not None)


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly:
        return
    # What collecting made (every module, the tests, the fixtures' definitions) lives for
    # the whole session: frozen, the cycle collector stops walking it at every collection
    # (as the ratingbook command freezes what starting made, ratingbook/__main__.py).
    import gc

    gc.freeze()
    _FULL_COLLECTIONS[0] = gc.get_stats()[2]["collections"]
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # Each worker collects every test but runs only some: the modules start their real
        # processes when their first test runs, on the worker that runs them.
        return
    modules = {
        getattr(item, "module", None): None
        for item in session.items
        if item.get_closest_marker("real_process") is not None
    }
    for module in modules:
        start = getattr(module, "start_real_processes", None)
        if start is not None:
            start(BACKGROUND)


_FULL_COLLECTIONS = [0]


def pytest_runtest_logfinish(nodeid: str, location: object) -> None:
    # What outlives a test in which the collector made a full collection is frozen too, as
    # what collecting made is: a full collection walks every object not frozen, and the
    # session's own grow as it runs (module fixtures, the frameworks and inspections read,
    # memos), so each of the sixty or so a worker makes took about 60 ms, a tenth of the
    # suite's CPU. Frozen, an object is still freed when nothing refers to it; only a cycle
    # alive at the end of such a test and dead later is kept until the session ends (a few
    # percent more memory, measured). Never during a test: gc.get_referrers does not see
    # frozen objects, and a test (or hypothesis, registering its random generator) may ask.
    import gc

    full = gc.get_stats()[2]["collections"]
    if full != _FULL_COLLECTIONS[0]:
        gc.freeze()
        _FULL_COLLECTIONS[0] = full


def pytest_sessionfinish(session: pytest.Session) -> None:
    BACKGROUND.shutdown()


# ---------------------------------------------------------------------------- optional checks

OPTIONAL = "optional check:"
"""A skip whose reason starts so is an optional check (a browser, a spreadsheet engine, a long
fuzz profile): the end of the run says which were skipped and why, so none is skipped silently."""


def pytest_terminal_summary(terminalreporter: Any) -> None:
    skipped: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = getattr(report, "longrepr", None)
        reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else ""
        reason = reason.removeprefix("Skipped: ")
        if reason.startswith(OPTIONAL):
            why = reason.removeprefix(OPTIONAL).strip()
            skipped[why] = skipped.get(why, 0) + 1
    if skipped:
        terminalreporter.write_line("optional checks skipped (each opt-in or needing a program):")
        for why, count in sorted(skipped.items()):
            terminalreporter.write_line(f"  {count} test{'s' if count != 1 else ''}: {why}")


# ---------------------------------------------------------------------------- golden files


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/data/golden/NAME``; ``--update-goldens`` rewrites it."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"{path} is missing: run pytest --update-goldens and review it"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{name} differs from the golden file (pytest --update-goldens)"

    return check
