"""Running a corpus on worker processes: in order, and never lost or stuck when a worker dies."""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence

import pytest

from ratingbook.framework.loading import parallel, readers
from ratingbook.framework.loading.parallel import run_each
from ratingbook.framework.loading.readers import Entry

DEADLY = {5, 17}


def _setup(offset: int) -> int:
    return offset


def _job(offset: int, item: int) -> int:
    if item in DEADLY:  # as the kernel ends a process that takes too much memory
        os.kill(os.getpid(), signal.SIGKILL)
    return item + offset


def _lost(item: int, why: str) -> int:
    assert "killed by SIGKILL" in why and "--jobs 1" in why
    return -item


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs worker processes started by fork")
def test_a_worker_that_dies_loses_only_its_own_file_and_the_run_finishes() -> None:
    items = list(range(40))
    got = list(run_each(_job, items, setup=_setup, args=(1000,), jobs=2, lost=_lost))
    assert got == [-i if i in DEADLY else i + 1000 for i in items]


def test_without_workers_the_jobs_run_here_in_order() -> None:
    got = list(run_each(_job, [1, 2, 3], setup=_setup, args=(10,), jobs=4, lost=_lost))
    assert got == [11, 12, 13]


_TOGETHER: set[int] = set()


def _note(items: Sequence[int]) -> None:
    _TOGETHER.update(items)


def _seen(offset: int, item: int) -> tuple[int, bool]:
    return item, item in _TOGETHER


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_item_is_handed_to_together_in_the_process_that_runs_it(jobs: int) -> None:
    """A corpus run reads a table's next few inspections at once (together) in the process
    about to rate them: every item is handed over there, before its job runs."""
    _TOGETHER.clear()
    items = list(range(70))
    got = list(run_each(_seen, items, setup=_setup, args=(0,), jobs=jobs, together=_note))
    assert got == [(i, True) for i in items]
    _TOGETHER.clear()


def _large(offset: int, item: int) -> bytes:
    return bytes(8_000_000)  # far more than a pipe holds: sending it takes many writes


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs worker processes started by fork")
def test_a_run_left_part_way_stops_its_workers_and_leaves_nothing_waiting() -> None:
    """Ctrl-C while workers are sending results: a worker stopped mid-message left the pool's
    thread reading for ever, and the interpreter waited for that thread at exit (a hang after
    "interrupted"). Stopping the run must end every worker and that thread."""
    for _ in range(3):
        results = run_each(_large, list(range(24)), setup=_setup, args=(0,), jobs=2)
        assert len(next(results)) == 8_000_000
        running = list(parallel._running)
        assert running
        threads = [executor._executor_manager_thread for executor in running]
        workers = [p for executor in running for p in (executor._processes or {}).values()]
        parallel.stop_all()
        assert not parallel._running
        for thread in threads:
            assert thread is not None
            thread.join(timeout=10)
            assert not thread.is_alive()
        assert not any(worker.is_alive() for worker in workers)
        results.close()


def test_a_worker_is_handed_more_items_at_once_only_where_they_share_a_reading() -> None:
    """Memory holds the results of a few chunks a worker while the output is written: files
    (each read alone) go at most 8 at a time however many there are, a table's inspections
    (read together) up to 32, and every worker gets at least eight chunks."""
    assert [parallel.chunk_size(n, 2, shared=False) for n in (10, 100, 1_000, 100_000)] == [
        1,
        6,
        8,
        8,
    ]
    assert [parallel.chunk_size(n, 2, shared=True) for n in (10, 100, 1_000, 100_000)] == [
        1,
        6,
        32,
        32,
    ]
    files = [Entry(path=f"e{i}.yaml") for i in range(3)]
    assert readers.together_for(files) is None
    assert readers.together_for([*files, Entry(path="t.csv", key="a")]) is readers.read_together
