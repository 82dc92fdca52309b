"""User errors are exceptions that carry their exit code; only ``cli.main`` prints and exits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ratingbook.dsl.diagnostics import Diagnostic, render_diagnostics
from ratingbook.dsl.span import Source


class RatingbookError(Exception):
    """A problem the user can fix. ``exit_code`` 2: bad input or usage; 1: findings; 3: results
    the data cannot decide."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def format_message(self) -> str:
        return f"error: {self.message}"


class InputError(RatingbookError):
    """Bad input: a missing file, malformed data, an unknown id."""

    exit_code = 2


class DiagnosticsError(RatingbookError):
    """Input with located problems, rendered ``file:line:col: error: message``."""

    exit_code = 2

    def __init__(
        self,
        diagnostics: Sequence[Diagnostic],
        sources: Mapping[str, Source],
        summary: str = "",
        *,
        more: int = 0,
    ) -> None:
        self.diagnostics = list(diagnostics)
        self.sources = dict(sources)
        self.more = more  # problems found past the ones kept, counted only
        errors = sum(d.is_error for d in diagnostics) + more
        super().__init__(summary or f"{errors} error{'s' if errors != 1 else ''}")

    def format_message(self) -> str:
        text = render_diagnostics(self.diagnostics, self.sources, more=self.more)
        return f"{text}\n{self.message}" if self.message else text


class FindingsFound(RatingbookError):
    """The command worked and found something (check errors, compare changes, failures)."""

    exit_code = 1


class Undetermined(RatingbookError):
    """The command worked, but the data cannot decide some result it asked for (``compare``
    under a version that asks what the data does not record). Never success: status 3."""

    exit_code = 3

    def format_message(self) -> str:
        return f"undetermined: {self.message}"
