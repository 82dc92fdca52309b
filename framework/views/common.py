"""What every view shares: a rating as shown, the discretion marks, and findings on the data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from ratingbook.framework.result import Finding

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
