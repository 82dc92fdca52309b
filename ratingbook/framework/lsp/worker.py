"""Checks run in a process of their own, so that the editor is never kept waiting.

The server hands each text to check to :class:`Checks`, which runs one check at a time in a
worker process and hands back each :class:`~.analysis.Analysis`. The worker keeps what does
not change between checks (the parsed base versions, the imported checker), so a check after
a change costs what checking the version costs, nothing more.

A check of a text that has changed since is of no use: its result is dropped, and when it
has run for longer than :data:`PATIENCE` after the change it is cancelled by ending the
worker process (a check is plain Python computation: nothing short of ending the process
stops it), and a new worker checks the newest text.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ratingbook._record import record

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from ratingbook.framework.lsp.analysis import Analysis

PATIENCE: Final = 0.3
"""Seconds a check of a text that has since changed may still run before it is cancelled:
a check that is nearly done is let finish (the worker stays warm), a long one is not."""


@record
class Job:
    """A text of a document to check: the file it is the content of, shown as ``display``,
    checked from ``folder`` (the workspace folder, so that paths read as from there)."""

    id: int
    uri: str
    version: int
    path: str
    text: str
    display: str
    folder: str


# ---------------------------------------------------------------------------- the worker


def work(conn: Connection) -> None:
    """The worker process: check each job received, send back its analysis, until the
    connection closes."""
    import signal

    # Ctrl-C in the editor's terminal reaches the whole process group: the server decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ratingbook.framework.lsp.analysis import analyse

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if not isinstance(job, Job):
            return
        try:
            os.chdir(job.folder)
            conn.send((job.id, analyse(Path(job.path), job.text, job.display), None))
        except (EOFError, OSError, BrokenPipeError):
            return
        except Exception:  # a bug: said once in the editor, with the details in its log
            try:
                conn.send((job.id, None, traceback.format_exc()))
            except (EOFError, OSError):
                return


# ---------------------------------------------------------------------------- the server's side


class _Worker:
    """One worker process, and a thread that reads what it sends back into the event loop."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        received: Callable[[_Worker, Any], None],
    ) -> None:
        # Spawned, not forked: the server runs an event loop and threads, which a fork would
        # copy half-way through.
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=work, args=(child,), daemon=True, name="ratingbook-lsp-check"
        )
        self.process.start()
        child.close()
        self._loop = loop
        self._received = received
        self._reader = threading.Thread(target=self._read, daemon=True, name="ratingbook-lsp-read")
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                message = None
            try:
                self._loop.call_soon_threadsafe(self._received, self, message)
            except RuntimeError:  # the loop has closed: the server is stopping
                return
            if message is None:
                return

    def send(self, job: Job) -> None:
        self.conn.send(job)

    def stop(self) -> None:
        """End the process at once (a check in progress is abandoned)."""
        try:
            self.process.kill()
        except (OSError, ValueError, AttributeError):
            pass
        try:
            self.conn.close()
        except OSError:
            pass
        self.process.join(timeout=5)


class Checks:
    """Runs checks one at a time in a worker process, the newest text of each document.

    ``deliver(job, analysis)`` is called in the event loop with the analysis of each text
    that is still the newest of its document when its check ends; ``failed(job, details)``
    when a check fails with an internal error; ``log(text)`` says what happened to a check
    that was cancelled or dropped.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        deliver: Callable[[Job, Analysis], None],
        failed: Callable[[Job, str], None],
        log: Callable[[str], None],
        patience: float = PATIENCE,
    ) -> None:
        self._loop = loop
        self._deliver = deliver
        self._failed = failed
        self._log = log
        self._patience = patience
        self._worker: _Worker | None = None
        self._waiting: dict[str, Job] = {}  # the next text of each document, not yet started
        self._newest: dict[str, int] = {}  # the newest version of each document
        self._running: Job | None = None
        self._started = 0.0
        self._cancel: asyncio.TimerHandle | None = None
        self._next_id = 0
        self._closed = False

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def changed(self, uri: str, version: int) -> None:
        """A document's text changed: a check of an older text that runs long is cancelled."""
        self._newest[uri] = version
        running = self._running
        if running is None or running.uri != uri or running.version >= version:
            return
        if self._cancel is None:
            wait = max(0.0, self._started + self._patience - time.monotonic())
            self._cancel = self._loop.call_later(wait, self._cancel_running)

    def check(self, job: Job) -> None:
        """Check a document's text (instead of any older text of it still waiting)."""
        if self._closed:
            return
        self._newest[job.uri] = max(job.version, self._newest.get(job.uri, job.version))
        self._waiting.pop(job.uri, None)
        self._waiting[job.uri] = job
        self._start_next()

    def forget(self, uri: str) -> None:
        """A document was closed: nothing more of it is checked."""
        self._waiting.pop(uri, None)
        self._newest.pop(uri, None)

    def close(self) -> None:
        self._closed = True
        self._waiting.clear()
        if self._cancel is not None:
            self._cancel.cancel()
        if self._worker is not None:
            worker, self._worker = self._worker, None
            worker.stop()

    # ------------------------------------------------------------------ internals

    def _start_next(self) -> None:
        if self._running is not None or not self._waiting or self._closed:
            return
        uri = next(iter(self._waiting))
        job = self._waiting.pop(uri)
        if self._worker is None:
            self._worker = _Worker(self._loop, self._received)
        self._running = job
        self._started = time.monotonic()
        try:
            self._worker.send(job)
        except (OSError, ValueError):
            self._restart()
            self._waiting = {job.uri: job, **self._waiting}
            self._running = None
            self._start_next()

    def _stale(self, job: Job) -> bool:
        return self._newest.get(job.uri, -1) != job.version

    def _received(self, worker: _Worker, message: Any) -> None:
        if worker is not self._worker:
            return  # from a worker already ended
        job = self._running
        if message is None:  # the worker ended by itself (it was killed, or ran out of memory)
            self._worker = None
            self._running = None
            if job is not None and not self._stale(job):
                self._failed(job, "the checking process ended unexpectedly")
            self._start_next()
            return
        job_id, analysis, details = message
        if job is None or job.id != job_id:
            return
        self._running = None
        if self._cancel is not None:
            self._cancel.cancel()
            self._cancel = None
        if details is not None:
            self._failed(job, details)
        elif self._stale(job):
            self._log(
                f"the check of {job.display} (version {job.version}) was dropped: the text changed"
            )
        else:
            self._deliver(job, analysis)
        self._start_next()

    def _cancel_running(self) -> None:
        self._cancel = None
        job = self._running
        if job is None or not self._stale(job):
            return
        self._log(
            f"the check of {job.display} (version {job.version}) was cancelled: the text changed"
        )
        self._running = None
        self._restart()
        self._start_next()

    def _restart(self) -> None:
        if self._worker is not None:
            worker, self._worker = self._worker, None
            worker.stop()
