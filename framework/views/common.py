"""What every view shares: a rating as shown, the discretion marks, and findings on the data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from ratingbook.framework.model import Framework
from ratingbook.framework.result import (
    Audit,
    CaseRecord,
    Finding,
    framework_files,
    ratingbook_version,
)

NOT_RATED: Final = "not rated"
UNDETERMINED: Final = "undetermined"
UNDETERMINED_SYMBOL: Final = "?"
WARNING_MARK: Final = "⚠"
FINDINGS_TITLE: Final = "Notes on the data"


@dataclass(frozen=True, slots=True, kw_only=True)
class Rating:
    """A rating as shown: its words, and the rating it is (None: no rating) for its colour."""

    text: str
    value: str | None


def rating(value: str | None) -> Rating:
    """A rating shown by its name; where there is none, ``not rated`` and no colour."""
    return Rating(text=value or NOT_RATED, value=value or None)


def undetermined(possible: str) -> Rating:
    """A rating the data cannot decide, shown with what it could still be, and no colour."""
    return Rating(text=f"{UNDETERMINED} ({possible})", value=None)


MarkKind = Literal["applied", "eligible"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    """A mark beside a standard's rating, and what it means (a legend, a tooltip)."""

    kind: MarkKind
    symbol: str
    meaning: str

    @property
    def sentence(self) -> str:
        """The meaning written as a sentence of its own, for a legend in prose (Markdown)."""
        return sentence(self.meaning)


APPLIED: Final = Mark(kind="applied", symbol="◆", meaning="professional discretion applied")
ELIGIBLE: Final = Mark(
    kind="eligible", symbol="◇", meaning="eligible for professional discretion (not applied)"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingView:
    """A problem with the inspection data that did not stop the rating, and where it is."""

    severity: str
    code: str
    message: str
    where: str | None


def findings(found: Iterable[Finding]) -> tuple[FindingView, ...]:
    """The findings of a Result, as shown."""
    return tuple(
        FindingView(severity=f.severity, code=f.code, message=f.message, where=f.where)
        for f in found
    )


def capitalised(words: str) -> str:
    """Words that begin a line: ``Score 23/36`` for ``score 23/36``."""
    return words[:1].upper() + words[1:]


def sentence(words: str) -> str:
    """Words that stand on their own in prose: ``No change.`` for ``no change``."""
    return f"{capitalised(words)}."


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 line``, ``2 lines``: a count and its noun."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


# ---------------------------------------------------------------------------- provenance


@dataclass(frozen=True, slots=True, kw_only=True)
class FileShown:
    """A file a result was made from: its path, full sha256 and the short form shown."""

    path: str
    sha256: str | None
    short: str

    @property
    def words(self) -> str:
        """``standards/yot/2020.framework sha256:6e7ffeb67e37``."""
        return f"{self.path} sha256:{self.short}"


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditView:
    """What a result was made from, as every format shows it at the top: three lines, the
    run (version, fieldwork, lead inspector), the framework's files and the data file."""

    ratingbook: str
    fieldwork: str
    lead_inspector: str | None
    framework: str
    framework_files: tuple[FileShown, ...]
    data: FileShown
    report: str | None

    @property
    def run(self) -> str:
        """``ratingbook 0.1.0 · fieldwork 2021-03-15 · lead inspector Jo Bloggs``."""
        lead = f" · lead inspector {self.lead_inspector}" if self.lead_inspector else ""
        return f"ratingbook {self.ratingbook} · fieldwork {self.fieldwork}{lead}"

    @property
    def report_words(self) -> str:
        """`` (report: its title)``, where the data names the document it was read from."""
        return f" (report: {self.report})" if self.report else ""

    @property
    def lines(self) -> tuple[str, str, str]:
        """The header in words, hashes short."""
        files = ", ".join(f.words for f in self.framework_files)
        return (
            self.run,
            f"framework {self.framework}: {files}",
            f"data {self.data.words}{self.report_words}",
        )


def file_shown(path: str, sha256: str | None) -> FileShown:
    """A file as an audit header shows it: the hash cut to 12 characters, or ``unknown``."""
    return FileShown(path=path, sha256=sha256, short=sha256[:12] if sha256 else "unknown")


def audit_view(audit: Audit) -> AuditView:
    """The audit header: version, framework and its files, data, fieldwork, lead inspector."""
    return AuditView(
        ratingbook=audit.ratingbook,
        fieldwork=audit.fieldwork or "not given",
        lead_inspector=audit.lead_inspector,
        framework=audit.framework,
        framework_files=tuple(file_shown(f.path, f.sha256) for f in audit.framework_files),
        data=file_shown(audit.data.path, audit.data.sha256),
        report=audit.report,
    )


def provenance_summary(cases: Iterable[CaseRecord]) -> str | None:
    """Who judged the cases, and how many answers carry reasons and cases notes; None when
    the data records none of it."""
    by: dict[str, int] = {}
    unnamed = reasons = notes = total = 0
    for c in cases:
        total += 1
        if c.inspector:
            by[c.inspector] = by.get(c.inspector, 0) + 1
        else:
            unnamed += 1
        reasons += len(c.reasons)
        notes += 1 if c.note else 0
    if not by and not reasons and not notes:
        return None
    parts = []
    if by:
        judged = ", ".join(f"{name} ({plural(n, 'case')})" for name, n in by.items())
        if unnamed:
            judged += f", not recorded ({plural(unnamed, 'case')})"
        parts.append(f"cases judged by {judged}")
    if reasons:
        parts.append(f"{plural(reasons, 'answer')} with a reason")
    if notes:
        parts.append(f"{plural(notes, 'case note')}")
    return "; ".join(parts) + " (explain a case id to see them)"


def versions_audit(labelled: Sequence[tuple[str, Framework]]) -> tuple[str, ...]:
    """The audit header of an output made from framework versions alone (a diff, a version
    shown or published, a comparison's head): the ratingbook version, then each version's
    files with their short hashes, under the label given ("base", "old", "framework")."""

    def files(fw: Framework) -> str:
        return ", ".join(file_shown(f.path, f.sha256).words for f in framework_files(fw))

    return (
        f"ratingbook {ratingbook_version()}",
        *(f"{label} {fw.id}: {files(fw)}" for label, fw in labelled),
    )


def versions_audit_json(labelled: Sequence[tuple[str, Framework]]) -> dict[str, object]:
    """The same for JSON, hashes in full: ``{"ratingbook": ..., LABEL: {"id", "files"}}``."""
    return {
        "ratingbook": ratingbook_version(),
        **{
            label: {"id": fw.id, "files": [f.to_json() for f in framework_files(fw)]}
            for label, fw in labelled
        },
    }
