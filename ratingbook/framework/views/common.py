"""What every view shares: a rating as shown, the discretion marks, and findings on the data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final, Literal

from ratingbook._record import record
from ratingbook.framework.model import Framework
from ratingbook.framework.result import (
    Audit,
    CaseRecord,
    Finding,
    framework_files,
    ratingbook_version,
)
from ratingbook.framework.views import phrases
from ratingbook.framework.views.phrases import say, say_json, worded

json_words = say_json
"""A JSON writer's ``default``: a phrase in a document is written as its words."""
words = say
"""A record's phrase in words (for a program using the Python API, and for tests)."""
json_worded = worded
"""JSON data a record gives, its phrases in words: what the JSON output holds."""

NOT_RATED: Final = phrases.NOT_RATED
UNDETERMINED: Final = "undetermined"
UNDETERMINED_SYMBOL: Final = "?"
WARNING_MARK: Final = "⚠"
FINDINGS_TITLE: Final = phrases.HEADING_FINDINGS


@record
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


# ---------------------------------------------------------------------------- tones


def scale(framework: Framework) -> tuple[str, ...]:
    """A framework's rating names, best first (the highest score first): what each one's
    colour is decided from (:func:`ratingbook.framework.views.tones.tones`)."""
    ordered = sorted(enumerate(framework.ratings), key=lambda r: (-r[1].score, r[0]))
    return tuple(level.name for _, level in ordered)


MarkKind = Literal["applied", "eligible"]


@record
class Mark:
    """A mark beside a standard's rating, and what it means (a legend, a tooltip)."""

    kind: MarkKind
    symbol: str
    meaning: str

    @property
    def sentence(self) -> str:
        """The meaning written as a sentence of its own, for a legend in prose (Markdown)."""
        return sentence(self.meaning)


APPLIED: Final = Mark(kind="applied", symbol="◆", meaning=phrases.MEANING_APPLIED)
ELIGIBLE: Final = Mark(kind="eligible", symbol="◇", meaning=phrases.MEANING_ELIGIBLE)


@record
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


def with_version(version: str, path: str) -> str:
    """A framework file named with the version it holds: ``yot-2021 drafts/2021.framework``.
    A shipped version's file is already named so (``yot-2020 standards/yot/2020.framework``:
    the loading layer names it by its id and its path inside the package)."""
    return path if path.startswith(f"{version} ") else f"{version} {path}"


@record
class FileShown:
    """A file a result was made from: its path as every output names it, the version it
    declares (a framework file), its full sha256 and the short form shown."""

    path: str
    sha256: str | None
    short: str
    id: str | None = None

    @property
    def name(self) -> str:
        """The file with its version: ``yot-2021 drafts/2021.framework``."""
        return self.path if self.id is None else with_version(self.id, self.path)

    @property
    def words(self) -> str:
        """``yot-2020 standards/yot/2020.framework sha256:6e7ffeb67e37``."""
        return f"{self.name} sha256:{self.short}"


# The role of a version's own file in an audit header is its label ("framework", "old",
# "base", ...); each file of a version it is based on follows it as "based on".
BASED_ON: Final = phrases.BASED_ON


@record
class AuditFile:
    """One line of an audit header: a file's role (``framework``, ``based on``, ``data``,
    ...), then the file with its version and short hash."""

    role: str
    file: FileShown

    @property
    def line(self) -> str:
        """``based on yot-2018 standards/yot/2018.framework sha256:5e5c88618000``."""
        return f"{self.role} {self.file.words}"


def version_files(label: str, files: Iterable[FileShown]) -> tuple[AuditFile, ...]:
    """A version's files as audit lines: its own under ``label``, the rest ``based on``."""
    return tuple(AuditFile(role=label if i == 0 else BASED_ON, file=f) for i, f in enumerate(files))


@record
class AuditView:
    """What a result was made from, as every format shows it at the top, one line each: the
    run (version, fieldwork, lead inspector), then every framework file and the data file,
    each with its role, version, path and hash. Lines are never wrapped: a path stays with
    its hash at any width."""

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
        return phrases.audit_run(
            version=self.ratingbook, fieldwork=self.fieldwork, lead_inspector=self.lead_inspector
        )

    @property
    def report_line(self) -> str | None:
        """``report: its title``, where the data names the document it was read from."""
        return f"report: {self.report}" if self.report else None

    @property
    def files(self) -> tuple[AuditFile, ...]:
        """The framework's files, then the data file."""
        return (
            *version_files("framework", self.framework_files),
            AuditFile(role="data", file=self.data),
        )

    @property
    def lines(self) -> tuple[str, ...]:
        """The run and the files, in words, hashes short (the report's title is apart)."""
        return (self.run, *(f.line for f in self.files))


def file_shown(path: str, sha256: str | None, id: str | None = None) -> FileShown:
    """A file as an audit header shows it: the hash cut to 12 characters, or ``unknown``."""
    return FileShown(path=path, sha256=sha256, short=sha256[:12] if sha256 else "unknown", id=id)


def audit_view(audit: Audit) -> AuditView:
    """The audit header: version, framework and its files, data, fieldwork, lead inspector."""
    return AuditView(
        ratingbook=audit.ratingbook,
        fieldwork=audit.fieldwork or phrases.NOT_GIVEN,
        lead_inspector=audit.lead_inspector,
        framework=audit.framework,
        framework_files=tuple(file_shown(f.path, f.sha256, f.id) for f in audit.framework_files),
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
    return phrases.provenance(
        judged_by=tuple(by.items()), unnamed=unnamed, reasons=reasons, notes=notes
    )


def versions_audit(labelled: Sequence[tuple[str, Framework]]) -> tuple[str, ...]:
    """The audit header of an output made from framework versions alone (a diff, a version
    shown or published, a comparison's head): the ratingbook version, then each version's
    files, one line each with its version and short hash, the version's own under the label
    given ("base", "old", "framework") and those it is based on after it."""
    lines = [f"ratingbook {ratingbook_version()}"]
    for label, fw in labelled:
        shown = (file_shown(f.path, f.sha256, f.id) for f in framework_files(fw))
        lines += [f.line for f in version_files(label, shown)]
    return tuple(lines)
