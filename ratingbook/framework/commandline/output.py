"""Where a command prints: :class:`Output` (standard output and the error stream, as
``--width``, ``--no-color`` and ``--no-pager`` ask), the one way a problem is shown on the
error stream, and the ASCII fallback for a stream that cannot encode the text's symbols.

No click here: ``rate`` runs without it (:mod:`ratingbook.framework.commandline`), and the
click commands of ``cli.py`` print through the same :class:`Output`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from ratingbook.framework.emit.documents import Document
    from ratingbook.framework.errors import RatingbookError
    from ratingbook.framework.render.theme import ConsoleSettings


class Output:
    """Where the command prints: standard output and the error stream, as ``--width`` and
    ``--no-color`` ask. The Rich consoles are made when first used (JSON needs none)."""

    def __init__(self, width: int | None = None, no_color: bool = False) -> None:
        self.width = width
        self.no_color = no_color
        self.no_pager = False
        self._out: Console | None = None
        self._err: Console | None = None
        self._paging = False  # standard output is kept for the pager while the command runs

    @property
    def color(self) -> bool | None:
        """False: no colour; True: colour even in a pipe; None: colour a terminal only."""
        from ratingbook.framework.render.settings import color_wanted

        return color_wanted(self.no_color)

    @property
    def out(self) -> Console:
        if self._out is None:
            from ratingbook.framework.render.theme import make_console

            self._out = make_console(width=self.width, color=self.color)
        return self._out

    @property
    def err(self) -> Console:
        if self._err is None:
            from ratingbook.framework.render.theme import make_console

            self._err = make_console(stderr=True, width=self.width, color=self.color)
        return self._err

    def progress(self, total: int, what: str) -> AbstractContextManager[Callable[[], None]]:
        """A progress line on the error stream for ``total`` items (see render/terminal.py):
        shown only when the error stream is a terminal, and not while the command's own
        output goes to that terminal as it runs (then that output shows the progress)."""
        from ratingbook.framework.render.terminal import is_terminal, progress

        shown = is_terminal(sys.stderr) and (self._paging or not is_terminal(sys.stdout))
        return progress(self.err, total, what, shown=shown)

    @contextmanager
    def paging(self) -> Iterator[None]:
        """Run a command whose output goes through the pager when standard output is a
        terminal (unless ``--no-pager``, or PAGER is empty or ``cat``): the output is laid
        out for the terminal, kept, and shown through the pager when the command ends, with
        or without findings. Anything else that ends it (a bug, Ctrl-C) prints what was kept
        as it is."""
        from ratingbook.framework.errors import RatingbookError
        from ratingbook.framework.render.terminal import (
            PagedBuffer,
            is_terminal,
            page,
            pager_command,
        )

        command = None if self.no_pager else pager_command()
        terminal = sys.stdout
        if command is None or self._paging or not is_terminal(terminal):
            yield
            return
        kept = PagedBuffer(terminal)
        sys.stdout, self._out, self._paging = kept, None, True
        finished = False
        try:
            yield
            finished = True
        except RatingbookError:
            finished = True
            raise
        finally:
            sys.stdout, self._out, self._paging = terminal, None, False
            text = kept.getvalue()
            if isinstance(terminal, _AsciiFallback):
                text = text.translate(_ASCII_SYMBOLS)
            if finished:
                page(text, command, terminal)
            else:
                terminal.write(text)

    def settings(self) -> ConsoleSettings:
        """Standard output's settings (for rendering text in another process): worked out
        without Rich when they have no colour, else read off its console."""
        if self._out is None:
            from ratingbook.framework.render.settings import resolve

            settings = resolve(sys.stdout, width=self.width, color=self.color)
            if settings.color_system is None:
                return settings
        from ratingbook.framework.render.theme import settings_of

        return settings_of(self.out)

    @staticmethod
    def write(text: str) -> None:
        # The text is coloured already or not as this Output decided (FORCE_COLOR colours a
        # pipe), and is written as it is: what click.echo(text, nl=False, color=True) did for
        # a str, a write and a flush, so that each part is out before the next is made.
        sys.stdout.write(text)
        sys.stdout.flush()

    def emit(self, view: Document, fmt: str) -> None:
        """``view`` in format ``fmt`` on standard output (text on the command's console)."""
        from ratingbook.framework.emit import emit, uses_console

        if uses_console(fmt):
            emit(view, fmt, self, consoles=self)  # consoles made only if Rich draws
        else:
            emit(view, fmt, self)

    def error(self, err: RatingbookError) -> None:
        """A problem, on the error stream, as ``main`` shows one."""
        _print_error(self.err, err.format_message(), err.exit_code, _located(err))


def _located(err: RatingbookError) -> bool:
    from ratingbook.framework.errors import DiagnosticsError

    return isinstance(err, DiagnosticsError)


def _print_error(console: Console, message: str, status: int, located: bool) -> None:
    """A problem on the error stream. Located problems (``file:line:col`` with the line and a
    caret) keep their lines whole, so that the caret stays under its column."""
    from rich.text import Text

    style = None if located or status != 2 else "error"
    console.print(Text(message), style=style, soft_wrap=True)


# What the text output draws with, and ASCII for a stream that cannot encode it (cp1252, ...).
_ASCII_SYMBOLS = str.maketrans(
    {
        "◆": "*",
        "◇": "o",
        "·": "-",
        "━": "=",
        "─": "-",
        "│": "|",
        "✓": "+",
        "✗": "x",
        "→": "->",
        "←": "<-",
        "↑": "^",
        "↓": "v",
        "…": "...",
        "×": "x",
        "≤": "<=",
        "≥": ">=",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
    }
)


class _AsciiFallback:
    """A text stream that writes the symbols above as ASCII and any other character the
    stream's encoding lacks as '?', instead of failing with UnicodeEncodeError."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._encoding = stream.encoding

    def write(self, text: str) -> int:
        safe = text.translate(_ASCII_SYMBOLS).encode(self._encoding, "replace")
        self._stream.write(safe.decode(self._encoding))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
