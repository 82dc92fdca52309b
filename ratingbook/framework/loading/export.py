"""``ratingbook export``: a corpus of inspections written as one long table.

Every inspection named (YAML or JSON files, folders of them, or tables) is read and validated
first; if any cannot be read, nothing is written and every problem is reported. The table
and its inspections file are then written whole (:func:`.writing.replace_files`): both to
temporary files first, then renamed over the targets, the table last.

Each inspection's data is written as it was given, key by key, so a new key of the
inspection format needs nothing here: the inspections file holds any mapping under any key.
In a CSV file, a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or with an apostrophe
followed by one of them or by another apostrophe) is written with an apostrophe in front,
so that a spreadsheet shows it as text rather than running it as a formula; ratingbook reads
the apostrophe away again.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from ratingbook._record import record
from ratingbook.framework.errors import InputError, RatingbookError
from ratingbook.framework.loading import readers
from ratingbook.framework.loading.readers import Entry
from ratingbook.framework.loading.table import (
    ANSWER,
    CASE,
    CASE_FACTS,
    FACT_COLUMNS,
    INSPECTION,
    ITEM,
    NAMED,
    REASON,
    side_path,
)

_FORMULA: Final = ("=", "+", "-", "@")


def safe_cell(text: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula: an apostrophe in front of one that
    starts with ``= + - @`` (or with an apostrophe and one of those, or two apostrophes, so
    that reading takes exactly one away)."""
    if text.startswith(_FORMULA) or (text.startswith("'") and text[1:2] in ("'", *_FORMULA)):
        return "'" + text
    return text


def cell(value: Any) -> str:
    """A value as a cell: yes/no for true/false, whole numbers without a point."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@record
class Exported:
    """What an export wrote."""

    table: Path
    side: Path
    inspections: int
    cases: int
    rows: int


def _name(found: Entry, root: Path | None) -> str:
    """An inspection's id in the table: its key in a table, else its file's path below the
    folder named (without the suffix), or its file's name alone."""
    if found.key is not None:
        return found.key
    path = Path(found.path)
    if root is not None:
        return path.relative_to(root).with_suffix("").as_posix()
    return path.stem


def _entries(paths: Sequence[str]) -> list[tuple[str, Entry]]:
    """Every inspection named, with its id in the table."""
    from ratingbook.framework.loading.corpus import inspections

    out: list[tuple[str, Entry]] = []
    for raw in paths:
        root = Path(raw) if os.path.isdir(raw) else None
        for p in inspections([raw]):
            for found in readers.entries(str(p)):
                out.append((_name(found, root), found))
    seen: dict[str, Entry] = {}
    for name, found in out:
        if name in seen:
            raise InputError(
                f"{seen[name].shown} and {found.shown} would both be inspection {name!r} in the "
                "table; export them separately, or from the folder that holds both"
            )
        seen[name] = found
    return out


def _rebased(value: str, data_file: str, output: Path) -> str:
    """A path in the data, relative to its file, made relative to the table instead."""
    if os.path.isabs(value) or data_file == "-":
        return value
    return Path(os.path.relpath(Path(data_file).parent / value, output.parent)).as_posix()


def _facts(name: str, data: dict[str, Any], found: Entry, output: Path) -> Iterator[list[str]]:
    """The inspections file's rows of one inspection: every key but its cases."""
    for key, value in data.items():
        if key in ("format", "cases"):
            continue
        if key == "framework" and isinstance(value, str) and value.endswith(".framework"):
            if os.path.exists(Path(found.path).parent / value):
                value = _rebased(value, found.path, output)
        if key == "source" and isinstance(value, dict) and isinstance(value.get("file"), str):
            value = {**value, "file": _rebased(value["file"], found.path, output)}
        if not isinstance(value, dict):
            yield [name, key, "", "", cell(value)]
            continue
        for item, inner in value.items():
            for rest, leaf in _leaves(inner, ()):
                yield [name, key, str(item), "/".join(rest), cell(leaf)]


def _leaves(value: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*path, str(k)))
    else:
        yield path, value


def _case_rows(
    name: str, data: dict[str, Any], found: Entry, attributes: Sequence[str]
) -> Iterator[list[str]]:
    """The table's rows of one inspection: one per answer (a case with none: one row of its
    facts alone)."""
    for case in data.get("cases") or ():
        cid = cell(case["id"])
        given = case.get("attributes") or {}
        for key in case:
            if key not in ("id", "attributes", "answers", *CASE_FACTS):
                raise InputError(
                    f"{found.shown}: case {cid} gives {key!r}, which a table has no column for"
                )
        facts: list[str] = []
        for column in (*CASE_FACTS, *attributes):
            value = case.get(column) if column in CASE_FACTS else given.get(column)
            if value is not None and cell(value) == "":
                raise InputError(
                    f"{found.shown}: case {cid}'s {column} is empty text, which a table cannot "
                    f"tell from no {column}; remove it or fill it in, then export again"
                )
            facts.append("" if value is None else cell(value))
        if cid == "":
            raise InputError(f"{found.shown}: a case has an empty id; give it one")
        answers = case.get("answers") or {}
        if not answers:
            yield [name, cid, "", "", "", *facts]
        for item, answer in answers.items():
            reason = ""
            if isinstance(answer, dict):
                reason = answer.get("reason") or ""
                answer = answer["answer"]
            yield [name, cid, item, cell(answer), reason, *facts]


def _attributes(documents: Sequence[tuple[str, Entry, dict[str, Any]]]) -> list[str]:
    """Every attribute the cases give, in the order they first appear."""
    found: dict[str, None] = {}
    for _, entry, data in documents:
        for case in data.get("cases") or ():
            for attribute in case.get("attributes") or {}:
                if attribute in NAMED:
                    raise InputError(
                        f"{entry.shown}: attribute {attribute!r} has the name of one of a "
                        "table's own columns, so a table cannot hold it"
                    )
                found.setdefault(attribute, None)
    return list(found)


def export(paths: Sequence[str], output: Path) -> Exported:
    """Write the inspections named as a long table at ``output`` (``.csv`` or ``.parquet``)
    and its inspections file beside it.

    Raises:
        InputError: the output is not a table format, an inspection cannot be read (with
            every problem), or a value cannot be written to a table.
    """
    reader = readers.reader_for(output)
    if reader is None or not reader.table:
        raise InputError(
            f"{output}: export writes a long table; name a .csv or .parquet file "
            "(its inspections file is written beside it)"
        )
    documents: list[tuple[str, Entry, dict[str, Any]]] = []
    failed: list[str] = []
    for name, found in _entries(paths):
        try:
            documents.append((name, found, readers.document(found)))
        except RatingbookError as err:
            failed.append(err.format_message())
    if failed:
        raise InputError(
            "\n".join(failed)
            + f"\n{len(failed)} inspection{'s' if len(failed) != 1 else ''} could not be read; "
            f"nothing was written to {output}"
        )
    attributes = _attributes(documents)
    header = [INSPECTION, CASE, ITEM, ANSWER, REASON, *CASE_FACTS, *attributes]
    rows = [r for name, found, data in documents for r in _case_rows(name, data, found, attributes)]
    facts = [r for name, found, data in documents for r in _facts(name, data, found, output)]
    side = Path(side_path(str(output)))
    if reader.name == "Parquet":
        from ratingbook.framework.loading.parquet_table import table_bytes

        contents = [
            (side, table_bytes(list(FACT_COLUMNS), facts)),
            (output, table_bytes(header, rows)),
        ]
    else:
        contents = [(side, csv_bytes(list(FACT_COLUMNS), facts)), (output, csv_bytes(header, rows))]
    from ratingbook.framework.loading.writing import replace_files

    replace_files(contents, how_to_force="remove it first, or write elsewhere")
    cases = sum(len(data.get("cases") or ()) for _, _, data in documents)
    return Exported(
        table=output, side=side, inspections=len(documents), cases=cases, rows=len(rows)
    )


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """A CSV file: UTF-8, LF line ends, cells quoted where they must be, formula-safe."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in header])
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return out.getvalue().encode("utf-8")
