"""The recording workbook's layout: which sheets, rows and columns a version's workbook has.

Both the writer (:mod:`.workbook_write`, ``ratingbook workbook``) and the reader
(:mod:`.workbook`, ``ratingbook import`` and every command that reads a workbook) take the
layout from here, so they cannot drift apart. Columns are read by their header (the id in
row 2 of ``Cases``), never by position, so a workbook from an earlier instrument whose
columns stand elsewhere still reads.
"""

from __future__ import annotations

from typing import Final, Literal

from ratingbook._record import record
from ratingbook.framework import conditions
from ratingbook.framework.conditions import Condition
from ratingbook.framework.model import Attribute, Framework, KeyQuestion, Standard

INSTRUMENT: Final = 1
"""The version of the instrument's layout this ratingbook writes (and the newest it reads)."""

META: Final = "ratingbook"  # the hidden sheet that says what made the workbook
LISTS: Final = "Lists"  # the hidden sheet of the drop-downs' values
INSTRUCTIONS: Final = "Instructions"
CASES: Final = "Cases"
JUDGEMENTS: Final = "Judgements"
DISCRETION: Final = "Discretion"
REASONS: Final = "Reasons"
INSPECTION: Final = "Inspection"

GROUP_ROW: Final = 1  # Cases: the standard each question belongs to
HEADER_ROW: Final = 2  # Cases: the ids (what import reads)
WORDING_ROW: Final = 3  # Cases: the published wording
FIRST_ROW: Final = 4  # Cases: the first case

NAME_FRAMEWORK: Final = "ratingbook_framework"  # defined names of the meta cells
NAME_INSTRUMENT: Final = "ratingbook_instrument"

JUDGEMENT_HEADERS: Final = ("item", "wording", "rating or score", "evidence", "source line")
DISCRETION_HEADERS: Final = ("item", "rating", "reason", "override", "source line")
REASON_HEADERS: Final = ("case", "item", "reason")
INSPECTION_FIELDS: Final = (
    ("service", "the inspected service, as the report names it (required)"),
    ("fieldwork", "the date fieldwork started, as a date"),
    ("lead inspector", "who led the inspection"),
    ("note", "free text about the data"),
    ("source title", "the document the data was transcribed from, if any"),
    ("source file", "that document's file"),
    ("source lines", "the lines of the document the figures come from"),
)

EXTRA: Final = "pip install 'ratingbook[workbook]'"


def require_openpyxl() -> None:
    """Refuse, naming the extra, where openpyxl is not installed."""
    from ratingbook.framework.errors import InputError

    try:
        import openpyxl  # noqa: F401
    except ImportError as err:
        raise InputError(
            f"reading and writing workbooks needs openpyxl, an optional extra: {EXTRA}"
        ) from err


ColumnKind = Literal["id", "inspector", "note", "attribute", "question", "prompt"]


@record
class Column:
    """One column of the Cases sheet."""

    key: str  # its header: id, inspector, note, an attribute's name, an item's id
    kind: ColumnKind
    wording: str  # what row 3 says
    group: str = ""  # what row 1 says above it (the standard, for questions)
    attribute: Attribute | None = None
    question: KeyQuestion | None = None  # a question's own, or a prompt's key question
    na: bool = False  # n/a is allowed
    applies: Condition | None = None  # who it applies to (None: every case)


def rated_standards(fw: Framework) -> list[Standard]:
    """The standards rated from cases (their key questions are Cases columns)."""
    return [s for s in fw.standards() if not s.judged]


def judged_standards(fw: Framework) -> list[Standard]:
    """The standards the inspector rates (a rating, or item scores): the Judgements sheet."""
    return [s for s in fw.standards() if s.judged]


def item_scores(std: Standard) -> tuple[int, int] | None:
    """The range of a standard rated by item scores (None: rated by a rating)."""
    if std.rule.form.startswith("item scores") and len(std.rule.params) >= 2:
        return std.rule.params[0], std.rule.params[1]
    return None


def columns(fw: Framework) -> list[Column]:
    """The Cases sheet's columns, left to right."""
    out = [
        Column(key="id", kind="id", wording="the case's reference, unique in the workbook"),
        Column(key="inspector", kind="inspector", wording="who judged the case"),
        Column(key="note", kind="note", wording="a note on the case (optional)"),
    ]
    for a in fw.attributes:
        wording = a.declaration if a.description is None else f"{a.description} ({a.declaration})"
        out.append(Column(key=a.name, kind="attribute", wording=wording, attribute=a))
    for domain in fw.domains:
        for std in domain.standards:
            if std.judged:
                continue
            for kq in std.key_questions:
                applies = conditions.conjoin(domain.condition, kq.condition)
                out.append(
                    Column(
                        key=kq.id,
                        kind="question",
                        wording=kq.text.text,
                        group=f"{std.id} {std.name}",
                        question=kq,
                        na=kq.where_applicable,
                        applies=applies,
                    )
                )
                for p in kq.prompts:
                    out.append(
                        Column(
                            key=p.id,
                            kind="prompt",
                            wording=p.text.text,
                            group=f"{std.id} {std.name}",
                            question=kq,
                            na=p.where_applicable,
                            applies=applies,
                        )
                    )
    return out


def column_letter(index: int) -> str:
    """The letters of a 1-based column number (1: A, 27: AA)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell(sheet: str, row: int, column: int) -> str:
    """``Cases!H12``: a cell as messages name it."""
    return f"{sheet}!{column_letter(column)}{row}"
