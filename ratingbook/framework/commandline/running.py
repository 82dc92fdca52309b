"""What every command shares once its arguments are read, whichever parser read them: the
exit statuses, :func:`run` (a command's status, or its failure as a message and a status)
and :func:`reported` (a user error shown on the error stream, with the status it carries).

No click here: ``rate`` runs without it, and ``cli.py`` runs every click command through the
same :func:`run` and :func:`reported`, so the two routes end a command the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

from ratingbook.framework.commandline.output import _AsciiFallback

if TYPE_CHECKING:
    from ratingbook.framework.commandline.output import Output


class UsageProblem(Exception):
    """Arguments that do not go together, found once the command looked at its inputs
    (``rate --format html`` of a folder of two): click shows it as its own usage error,
    with the command's usage line, and the status 2."""


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def reported(output: Output, command: Callable[[], int | None]) -> int:
    """``command``'s exit status (None: 0), or the status of the user error it raised, which
    is shown here on ``output``'s error stream (findings, exit 1, were reported by the
    command; this says what they add up to)."""
    from ratingbook.framework.errors import RatingbookError

    try:
        status = command()
    except RatingbookError as err:
        output.error(err)
        return err.exit_code
    return EXIT_OK if status is None else status


# Exit statuses (docs/cli.md lists them): what a script may test for.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_BUG = 70  # EX_SOFTWARE: an internal error; the details are in a file
EXIT_OUTPUT = 74  # EX_IOERR: the output could not be written (a full disk, ...)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a reader that stopped early

DEBUG_ENV = "RATINGBOOK_DEBUG"  # set: an internal error raises with its traceback


def _silence_stdout() -> None:
    """After a closed pipe: send what is still buffered nowhere, so exiting prints nothing."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests)
        pass


def _say(line: str) -> None:
    """One line on the error stream, whatever state it is in."""
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _report_bug(err: BaseException) -> NoReturn:
    """One line saying it is a bug and where the traceback went; exit EXIT_BUG."""
    import os
    import tempfile
    import traceback

    details = "".join(traceback.format_exception(err))
    try:
        fd, path = tempfile.mkstemp(prefix="ratingbook-bug-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as f:
            f.write(f"ratingbook {' '.join(sys.argv[1:])}\n\n{details}")
        where = f"the details are in {path}"
    except OSError:
        where = "the details could not be written to a file"
    _say(
        f"ratingbook: internal error ({type(err).__name__}); this is a bug, please report it: "
        f"{where}"
    )
    sys.exit(EXIT_BUG)


def _fits(stream: Any) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "◇◆·━✓✗→…".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _guard_encoding() -> None:
    """Standard output and error that cannot encode the symbols fall back to ASCII; JSON on
    such an output is written with \\u escapes, so that no character of the data is lost."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not _fits(stream) and not isinstance(stream, _AsciiFallback):
            setattr(sys, name, _AsciiFallback(stream))
            if name == "stdout":
                from ratingbook.framework.render import json_stream

                json_stream.ASCII_ONLY[0] = True


def run(command: Callable[[], int]) -> NoReturn:
    """Run a command (either route: ``rate`` read here, or click) and exit with its status;
    every failure ends in a message and a documented exit status, never a traceback: user
    errors 1 or 2, an output that cannot be written 74 (a closed pipe: 141, quietly), Ctrl-C
    130, and anything unexpected 70 with one line saying where the details were written."""
    import os

    if sys.stderr is None:  # started with the error stream closed (2>&-): messages go nowhere
        import os

        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
    if sys.stdout is None:  # started with standard output closed (>&-)
        _say("error: the output could not be written (standard output is closed)")
        sys.exit(EXIT_OUTPUT)
    try:
        _guard_encoding()
        try:
            status = command()
        finally:
            _stop_workers()
        sys.stdout.flush()  # a full disk shows here, not at exit
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except OSError as err:
        if not _is_output_error(err):
            if os.environ.get(DEBUG_ENV):
                raise
            _report_bug(err)
        _silence_stdout()
        _say(f"error: the output could not be written ({err.strerror or err})")
        sys.exit(EXIT_OUTPUT)
    except Exception as err:
        if os.environ.get(DEBUG_ENV):
            raise
        _report_bug(err)
    sys.exit(status)


def _stop_workers() -> None:
    """Worker processes of a run the command left (Ctrl-C, a closed pipe, an error) are
    stopped here, before the interpreter waits for them at exit."""
    parallel = sys.modules.get("ratingbook.framework.loading.parallel")
    if parallel is not None:
        parallel.stop_all()


def _is_output_error(err: OSError) -> bool:
    """Whether an OSError escaped from writing the output (files read raise InputError)."""
    import errno

    return err.errno in (
        errno.ENOSPC,
        errno.EIO,
        errno.EPIPE,
        errno.EDQUOT,
        errno.EFBIG,
        errno.EBADF,
    )
