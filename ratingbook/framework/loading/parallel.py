"""Running one job per file of a corpus on every core, results streamed back in order.

A corpus command (``rate`` over many files, ``compare``) hands each file to a worker process
and reads the results as they come, in the order of the files, so memory holds a few results
at a time however large the corpus. Each worker is set up once (the frameworks it rates
under are handed to it then, not with every file). With one core, or few files, the jobs run
in this process.

A worker that dies (killed for its memory, or by a signal) loses the files it had in hand,
and with them every file under way at the time. Those files are run again, one at a time,
each in a fresh worker: the one that kills its worker again is reported by ``lost`` (its
result says which file it was and how the worker ended), and every other one is rated as
usual. The run always finishes, and never waits for a worker that is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many files a pool costs more than it saves.
_POOL_FROM: int = 4
# In one process, the items handed to ``together`` at a time (a worker is handed its chunk).
_TOGETHER: int = 32
# The most items in a worker's chunk when they are read together.
_SHARED: int = 32

_state: dict[str, Any] = {}


def chunk_size(count: int, workers: int, *, shared: bool) -> int:
    """How many items a worker is handed at a time: at most 8, or _SHARED where they share a
    reading (rows of one table: what each reading costs whatever its size is paid fewer
    times), and at least eight chunks a worker, so that none waits long for another at the
    end. A few chunks a worker are under way at once, so their results are what memory holds
    while the output is written: files, each read alone, go 8 at a time."""
    most = _SHARED if shared else 8
    return max(1, min(most, count // (workers * 8)))


# The pools of this process still running: a command that ends while one is under way stops
# them (stop_all) rather than leave the interpreter waiting for their workers at exit.
_running: set[ProcessPoolExecutor] = set()


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform
        return os.cpu_count() or 1


def _setup(setup: Callable[..., Any], args: tuple[Any, ...]) -> None:
    # Ctrl-C reaches every process of the group: the parent stops the pool and says so once;
    # a worker that took it too would print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _state["context"] = setup(*args)


def _call(job: Callable[[Any, Any], Any], item: Any) -> Any:
    return job(_state["context"], item)


def _run_chunk(
    job: Callable[[Any, Any], Any],
    chunk: list[Any],
    together: Callable[[Sequence[Any]], None] | None = None,
) -> list[Any]:
    if together is not None:
        together(chunk)
    return [_call(job, item) for item in chunk]


def stop_all() -> None:
    """Stop every pool still running: the command ended while a run was under way."""
    for executor in list(_running):
        _stop(executor)


def _start(
    size: int, ctx: Any, setup: Callable[..., Any], args: tuple[Any, ...]
) -> ProcessPoolExecutor:
    executor = ProcessPoolExecutor(size, mp_context=ctx, initializer=_setup, initargs=(setup, args))
    _running.add(executor)
    return executor


def _finish(executor: ProcessPoolExecutor) -> None:
    """A pool whose work is all done: its workers are waited for as they end."""
    executor.shutdown(wait=True)
    _running.discard(executor)


def _stop(executor: ProcessPoolExecutor) -> None:
    """End a pool now: its workers are stopped, not waited for (Ctrl-C, a dead worker)."""
    _running.discard(executor)
    # The workers are not public; a worker that is already gone is passed over.
    processes = dict(getattr(executor, "_processes", None) or {})
    manager = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        try:
            process.terminate()
        except (OSError, AttributeError, ValueError):
            pass
    for process in processes.values():
        try:
            process.join(timeout=5)
        except (OSError, AttributeError, ValueError, AssertionError):
            pass
    _release(manager, results, processes)


def _release(manager: Any, results: Any, processes: dict[int, Any]) -> None:
    """Let the pool's own thread end once its workers are stopped.

    A worker stopped in the middle of sending a result leaves that thread reading the rest of
    a message that will never come, and the interpreter waits for the thread at exit: Ctrl-C
    printed "interrupted" and the command never ended. Once every worker is gone, this
    process holds the only end that writes to the result pipe; closing it ends the read, and
    the thread winds the pool up as broken.
    """
    if manager is None or results is None:
        return
    # A thread winding up as it should is done in a few milliseconds; one left reading a
    # message that will never come never is: wait no longer than a keystroke (Ctrl-C waited
    # half a second here for a thread that was stuck).
    manager.join(timeout=0.05)
    if not manager.is_alive():
        return
    if any(_alive(process) for process in processes.values()):
        return
    try:
        results._writer.close()
    except (OSError, AttributeError, ValueError):
        return
    manager.join(timeout=5)


def _alive(process: Any) -> bool:
    try:
        return bool(process.is_alive())
    except (OSError, AttributeError, ValueError, AssertionError):
        return False


def _submit(
    executor: ProcessPoolExecutor,
    job: Callable[[Any, Any], Any],
    chunk: list[Any],
    together: Callable[[Sequence[Any]], None] | None = None,
) -> Future[Any]:
    """A chunk handed to the pool; a pool already broken gives a future that says so."""
    try:
        return executor.submit(_run_chunk, job, chunk, together)
    except BrokenProcessPool as err:
        broken: Future[Any] = Future()
        broken.set_exception(err)
        return broken


def _workers(executor: ProcessPoolExecutor, known: dict[int, Any]) -> None:
    """Note the pool's worker processes (they are not public), so that how one ended can be
    told after the pool has let it go."""
    known.update(getattr(executor, "_processes", None) or {})


def _exit_code(process: Any) -> int | None:
    """A finished worker's exit code, or None for one still running after five seconds.

    The pool's own thread waits for the same process: when it reaps the process first, our
    wait finds no child and reads no code until that thread has stored it, a moment later.
    So the code is read again until it is there, rather than taken as missing.
    """
    process.join(timeout=5)
    code: int | None = process.exitcode
    deadline = time.monotonic() + 2
    while code is None and time.monotonic() < deadline:
        time.sleep(0.01)
        code = process.exitcode
    return code


def _how_it_ended(known: dict[int, Any]) -> str:
    """How the worker that died ended: a signal or an exit status."""
    for process in known.values():
        try:
            code = _exit_code(process)
        except (OSError, AttributeError, ValueError, AssertionError):
            continue
        if code is None or code == 0:
            continue
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}"
    return "it ended without a result"


def _lost_reason(how: str) -> str:
    return (
        f"the worker process rating it stopped ({how}) and it was not rated; run it alone "
        "(--jobs 1) to see why: a file that needs more memory than the machine has ends so"
    )


def run_each(
    job: Callable[[Any, T], R],
    items: Sequence[T],
    *,
    setup: Callable[..., Any],
    args: tuple[Any, ...] = (),
    jobs: int | None = None,
    lost: Callable[[T, str], R] | None = None,
    together: Callable[[Sequence[T]], None] | None = None,
) -> Iterator[R]:
    """``job(context, item)`` for each item, in order, where ``context = setup(*args)``.

    ``jobs`` is the number of processes (None: every core). ``job`` and ``setup`` must be
    module-level functions, and ``args`` and the results must be picklable, so that they can
    cross to and from worker processes. ``lost(item, why)`` is the result for an item whose
    worker process died while it was rated (without it, the run stops with an error there).
    ``together(items)``, a module-level function too, is called with the next few items in
    the process that is about to run their jobs, before it runs them: there, what the items
    share (rows of one table) can be read for all of them at once.
    """
    wanted = cores() if jobs is None else max(1, jobs)
    workers = min(wanted, len(items))
    if workers <= 1 or len(items) < _POOL_FROM:
        context = setup(*args)
        for start in range(0, len(items), _TOGETHER):
            part = items[start : start + _TOGETHER]
            if together is not None:
                together(part)
            for item in part:
                yield job(context, item)
        return
    # Fork where the platform has it: workers start at once and share the parent's loaded code.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)

    def pool(size: int) -> ProcessPoolExecutor:
        return _start(size, ctx, setup, args)

    size = chunk_size(len(items), workers, shared=together is not None)
    chunks: Iterator[list[T]] = (list(items[i : i + size]) for i in range(0, len(items), size))
    # A few chunks per worker are under way at a time: results are read as they are needed,
    # so however fast the workers and however slow the reader, memory holds only those.
    window = workers * 3
    executor = pool(workers)
    try:
        pending: deque[tuple[list[T], Future[list[R]]]] = deque(
            (chunk, _submit(executor, job, chunk, together)) for chunk in islice(chunks, window)
        )
        while pending:
            chunk, future = pending.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                # Every chunk under way is lost with the worker: each of their files is run
                # again on its own, and the rest of the corpus on a new pool.
                _stop(executor)
                again = [*chunk, *(i for c, _ in pending for i in c)]
                pending.clear()
                yield from _one_at_a_time(job, again, pool, lost)
                executor = pool(workers)
                pending.extend(
                    (c, _submit(executor, job, c, together)) for c in islice(chunks, window)
                )
                continue
            following = next(chunks, None)
            if following is not None:
                pending.append((following, _submit(executor, job, following, together)))
            yield from done
    except BaseException:
        _stop(executor)
        raise
    _finish(executor)


def _one_at_a_time(
    job: Callable[[Any, T], R],
    items: list[T],
    pool: Callable[[int], ProcessPoolExecutor],
    lost: Callable[[T, str], R] | None,
) -> Iterator[R]:
    """Each item in a worker of its own, in order: the one whose worker dies again is lost."""
    executor = pool(1)
    known: dict[int, Any] = {}
    try:
        for item in items:
            try:
                submitted = _submit(executor, job, [item])
                _workers(executor, known)
                (result,) = submitted.result()
            except BrokenProcessPool:
                how = _how_it_ended(known)
                _stop(executor)
                executor, known = pool(1), {}
                if lost is None:
                    raise
                yield lost(item, _lost_reason(how))
                continue
            yield result
    except BaseException:
        _stop(executor)
        raise
    _finish(executor)
