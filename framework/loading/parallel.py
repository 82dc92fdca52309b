"""Running one job per file of a corpus on every core, results streamed back in order.

A corpus command (``rate`` over many files, ``compare``) hands each file to a worker process
and reads the results as they come, in the order of the files, so memory holds a few results
at a time however large the corpus. Each worker is set up once (the frameworks it rates
under are handed to it then, not with every file). With one core, or few files, the jobs run
in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many files a pool costs more than it saves.
_POOL_FROM: int = 4

_state: dict[str, Any] = {}


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


def _run_chunk(job: Callable[[Any, Any], Any], chunk: list[Any]) -> list[Any]:
    return [_call(job, item) for item in chunk]


def run_each(
    job: Callable[[Any, T], R],
    items: Sequence[T],
    *,
    setup: Callable[..., Any],
    args: tuple[Any, ...] = (),
    jobs: int | None = None,
) -> Iterator[R]:
    """``job(context, item)`` for each item, in order, where ``context = setup(*args)``.

    ``jobs`` is the number of processes (None: every core). ``job`` and ``setup`` must be
    module-level functions, and ``args`` and the results must be picklable, so that they can
    cross to and from worker processes.
    """
    wanted = cores() if jobs is None else max(1, jobs)
    workers = min(wanted, len(items))
    if workers <= 1 or len(items) < _POOL_FROM:
        context = setup(*args)
        for item in items:
            yield job(context, item)
        return
    # Fork where the platform has it: workers start at once and share the parent's loaded code.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    size = max(1, min(8, len(items) // (workers * 8)))
    chunks = (list(items[i : i + size]) for i in range(0, len(items), size))
    # A few chunks per worker are under way at a time: results are read as they are needed,
    # so however fast the workers and however slow the reader, memory holds only those.
    window = workers * 3
    with ctx.Pool(workers, initializer=_setup, initargs=(setup, args)) as pool:
        pending: deque[AsyncResult[list[Any]]] = deque(
            pool.apply_async(_run_chunk, (job, chunk)) for chunk in islice(chunks, window)
        )
        while pending:
            done = pending.popleft().get()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.apply_async(_run_chunk, (job, following)))
            yield from done
