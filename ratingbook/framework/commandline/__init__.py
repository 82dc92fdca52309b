"""The command line without click: ``ratingbook rate`` read, run and ended here.

``ratingbook`` (``__main__.py``) calls :func:`main`. An argument list that
:func:`~ratingbook.framework.commandline.fast.parse_rate` reads completely runs ``rate``
without importing click or the click commands of ``cli.py`` (about a tenth of a quick
``rate``'s start-up); every other list, ``--help``, ``--version``, shell completion and any
mistake, goes to click, so its messages and exit statuses are click's. Both routes share
everything after the arguments are read: the options' declarations (``options.py``),
:class:`~ratingbook.framework.commandline.output.Output`, the ``rate`` command itself
(``rate.py``) and the way a command ends (``running.py``: exit statuses, errors, a closed
pipe, Ctrl-C).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from ratingbook.framework.commandline.running import run

if TYPE_CHECKING:
    from ratingbook.framework.commandline.fast import RateRequest
    from ratingbook.framework.commandline.output import Output


def main(argv: Sequence[str] | None = None, started: Callable[[], None] | None = None) -> NoReturn:
    """Run ``ratingbook ARGV`` (the process's arguments when None) and exit with its status.

    ``started`` is called once the route is chosen and its modules are imported, before the
    command runs (``__main__.py`` turns the cycle collector back on there)."""
    run(lambda: _command(argv, started or _nothing))


def _nothing() -> None:
    pass


def _command(argv: Sequence[str] | None, started: Callable[[], None]) -> int:
    from ratingbook.framework.commandline.fast import parse_rate

    args = sys.argv[1:] if argv is None else list(argv)
    request = parse_rate(args)
    if request is None:
        from ratingbook.framework.cli import run_click

        started()
        return run_click(argv)
    started()
    return _rate(request, args)


def set_global_options(
    out: Output, width: int | None, no_color: bool, no_pager: bool, max_bytes: int | None
) -> None:
    """What the global options given before the command's name set (click's group callback
    calls this too): the size limit for this process and its workers, and ``out``'s width,
    colour and pager."""
    if max_bytes is not None:
        from ratingbook.framework.loading.files import set_max_bytes

        set_max_bytes(max_bytes)  # for this process and the workers it starts
    if width is not None:
        out.width = width
    out.no_color = out.no_color or no_color
    out.no_pager = out.no_pager or no_pager


def _rate(request: RateRequest, args: list[str]) -> int:
    from ratingbook.framework.commandline.output import Output
    from ratingbook.framework.commandline.rate import rate
    from ratingbook.framework.commandline.running import UsageProblem, reported

    out = Output()
    set_global_options(out, request.width, request.no_color, request.no_pager, request.max_bytes)

    def command() -> None:
        with out.paging():
            rate(out, request.inspections, request.framework, request.fmt, request.jobs)

    try:
        return reported(out, lambda: _as_click_ends(command))
    except UsageProblem as problem:
        from ratingbook.framework.cli import show_rate_usage_error

        return show_rate_usage_error(args, str(problem))


def _as_click_ends(command: Callable[[], Any]) -> None:
    """Run ``command``, ending it as click's ``main`` ends a command: after Ctrl-C (or the end
    of the input) a new line on the error stream, then Ctrl-C's own ending; after a closed
    pipe, the standard streams made quiet when flushed at exit, then a closed pipe's ending."""
    import errno

    try:
        command()
    except (EOFError, KeyboardInterrupt):
        sys.stderr.write("\n")
        sys.stderr.flush()
        raise KeyboardInterrupt from None
    except OSError as err:
        if err.errno != errno.EPIPE:
            raise
        sys.stdout = _QuietFlush(sys.stdout)
        sys.stderr = _QuietFlush(sys.stderr)
        raise BrokenPipeError from None


class _QuietFlush:
    """A stream whose flush says nothing of a closed pipe (click's PacifyFlushWrapper): the
    interpreter flushes standard output and error as it exits."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        import errno

        try:
            self.wrapped.flush()
        except OSError as err:
            if err.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)
