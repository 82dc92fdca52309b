"""Problems with inspection data found while rating, collected and placed in the data file.

Where a problem sits in the data file is found only when the problems are reported, so data
that rates cleanly is never read a second time for positions.
"""

from __future__ import annotations

from ratingbook._record import record
from ratingbook.dsl.codes import Code
from ratingbook.dsl.diagnostics import MAX_KEPT, Diagnostic, Severity
from ratingbook.framework import codes
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.inspection import Inspection, PathKey
from ratingbook.framework.result import Finding


@record
class _Pending:
    """A problem as it is found, before its place in the data file is looked up (the places
    of all of them are found together, when the problems are reported)."""

    severity: Severity
    code: Code
    message: str
    path: PathKey
    key: bool


class Problems:
    """Errors and warnings about one inspection's data, in the order they were found."""

    def __init__(self, inspection: Inspection) -> None:
        self.inspection = inspection
        self._found: list[_Pending] = []
        self.errors = 0
        # Past MAX_KEPT, problems are counted, not kept: a million bad cases would otherwise
        # be a million records (and a million places looked up) for 50 lines shown.
        self.more_errors = 0
        self.more_warnings = 0

    def error(self, message: str, *path: str | int, key: bool = False) -> None:
        """A problem that stops the rating, at ``path`` (its key, with ``key=True``)."""
        self.errors += 1
        if self.errors > MAX_KEPT:
            self.more_errors += 1
            return
        self._found.append(
            _Pending(
                severity=Severity.ERROR, code=codes.INPUT_DATA, message=message, path=path, key=key
            )
        )

    def warn(
        self,
        message: str,
        *path: str | int,
        key: bool = False,
        code: Code = codes.INPUT_DATA,
    ) -> None:
        """A problem that does not stop the rating (no path: about the file as a whole)."""
        if len(self._found) - (self.errors - self.more_errors) >= MAX_KEPT:
            self.more_warnings += 1
            return
        self._found.append(
            _Pending(severity=Severity.WARNING, code=code, message=message, path=path, key=key)
        )

    def diagnostics(self) -> list[Diagnostic]:
        # The keys' places are found together: a data file is read once for all of them
        # (an answer given where its question does not apply can be in every case).
        keyed = iter(self.inspection.key_spans([p.path for p in self._found if p.key]))
        return [
            Diagnostic(
                severity=p.severity,
                code=p.code,
                message=p.message,
                span=next(keyed) if p.key else self.inspection.span(*p.path),
            )
            for p in self._found
        ]

    def findings(self) -> tuple[Finding, ...]:
        """The warnings, for the Result."""
        out = []
        for d in self.diagnostics():
            out.append(
                Finding(
                    severity=d.severity.value,
                    code=str(d.code),
                    message=d.message,
                    where=str(d.span) if d.span else None,
                )
            )
        if self.more_warnings:
            out.append(
                Finding(
                    severity=Severity.WARNING.value,
                    code=str(codes.INPUT_DATA),
                    message=f"... and {self.more_warnings} more warnings like the ones above "
                    f"(the first {MAX_KEPT} are listed)",
                    where=str(self.inspection.path),
                )
            )
        return tuple(out)

    def failure(self, framework_id: str) -> DiagnosticsError:
        """The errors, as the exception that reports them."""
        errors = [d for d in self.diagnostics() if d.is_error]
        insp = self.inspection
        found = len(errors) + self.more_errors
        return DiagnosticsError(
            errors,
            {insp.text.path: insp.text},
            f"{insp.path}: {found} problem{'s' if found != 1 else ''} "
            f"with the inspection data under {framework_id}",
            more=self.more_errors,
        )
