"""The floor for comparing a corpus held as a long table: a vectorised pandas script.

Run: python tools/table_floor.py TABLE.csv

What an analyst with the corpus as one long table (docs/long-table.md) would write to get the
figures `ratingbook compare --base yot-2020 --candidate docs/examples/good-from-70.framework`
rests on, straight from the same CSV file: for every inspection, every key question's
relevant cases, yes answers, percentage (half up) and band, and every standard's lowest band,
under both versions (the proposal moves the start of Good from 65% to 70%). The rules are the
yot-2020 rules written out by hand, as in tools/benchmark.py's floor: which disposal each
domain applies to and which attribute each key question's sub-sample needs.

pandas is a dependency of the benchmark only (``pip install pandas``), not of ratingbook.
"""

from __future__ import annotations

import sys
from typing import Any

# (standard, disposal, key question, the flag or value its cases need)
RULES: list[tuple[str, str, str, str | None]] = [
    ("2.1", "court", "2.1.1", None),
    ("2.1", "court", "2.1.2", None),
    ("2.1", "court", "2.1.3", None),
    ("2.2", "court", "2.2.1", None),
    ("2.2", "court", "2.2.2", "safety_factors"),
    ("2.2", "court", "2.2.3", "harm_factors"),
    ("2.3", "court", "2.3.1", None),
    ("2.3", "court", "2.3.2", "safety_factors"),
    ("2.3", "court", "2.3.3", "harm_factors"),
    ("2.4", "court", "2.4.1", "desistance_changed"),
    ("2.4", "court", "2.4.2", "safety_changed"),
    ("2.4", "court", "2.4.3", "harm_changed"),
    ("3.1", "out-of-court", "3.1.1", None),
    ("3.1", "out-of-court", "3.1.2", None),
    ("3.1", "out-of-court", "3.1.3", None),
    ("3.2", "out-of-court", "3.2.1", None),
    ("3.2", "out-of-court", "3.2.2", "safety_factors"),
    ("3.2", "out-of-court", "3.2.3", "harm_factors"),
    ("3.3", "out-of-court", "3.3.1", None),
    ("3.3", "out-of-court", "3.3.2", "safety_factors"),
    ("3.3", "out-of-court", "3.3.3", "harm_factors"),
    ("3.4", "out-of-court", "3.4.1", None),
    ("3.4", "out-of-court", "3.4.2", "youth conditional caution"),
]
FLAGS = ["safety_factors", "harm_factors", "desistance_changed", "safety_changed", "harm_changed"]
COLUMNS = ["inspection", "case", "item", "answer", "disposal", "disposal_type", *FLAGS]
# Where Requires improvement, Good and Outstanding start, in each version.
BASE = (50, 65, 80)
CANDIDATE = (50, 70, 80)


def figures(path: str | Any) -> tuple[Any, Any]:
    """Every key question's figures and every standard's lowest band, per inspection:
    (key questions: inspection, item, relevant, yes, percent, band_base, band_candidate;
    standards: inspection, standard, lowest_base, lowest_candidate). Bands are 0-3.
    ``path`` is a file's path, or a file object holding the table's text."""
    import numpy as np
    import pandas as pd

    table = pd.read_csv(
        path, usecols=COLUMNS, dtype="category", keep_default_na=False, na_values=[]
    )
    kq = {k: (s, d, c) for s, d, k, c in RULES}
    table = table[table["item"].isin(list(kq))]
    item = table["item"].astype(str)
    # Which of the rows' key questions apply to their case: the disposal, and the sub-sample.
    applies = (
        table["disposal"].astype(str) == item.map({k: v[1] for k, v in kq.items()})
    ).to_numpy()
    need = item.map({k: v[2] for k, v in kq.items()}).to_numpy()
    for flag in FLAGS:
        applies = applies & ((need != flag) | (table[flag].astype(str) == "yes").to_numpy())
    caution = need == "youth conditional caution"
    applies = applies & (
        ~caution | (table["disposal_type"].astype(str) == "youth conditional caution").to_numpy()
    )
    answer = table["answer"].astype(str).to_numpy()
    counted = pd.DataFrame(
        {
            "inspection": table["inspection"],
            "item": table["item"],
            "relevant": (applies & ((answer == "yes") | (answer == "no"))).astype(np.int64),
            "yes": (applies & (answer == "yes")).astype(np.int64),
        }
    )
    questions = counted.groupby(["inspection", "item"], observed=True).sum().reset_index()
    questions = questions[questions["relevant"] > 0].copy()
    relevant = questions["relevant"].to_numpy()
    percent = (200 * questions["yes"].to_numpy() + relevant) // (2 * relevant)  # half up
    questions["percent"] = percent
    for name, (ri, good, outstanding) in (("base", BASE), ("candidate", CANDIDATE)):
        questions[f"band_{name}"] = np.select(
            [percent < ri, percent < good, percent < outstanding], [0, 1, 2], 3
        )
    questions["standard"] = questions["item"].astype(str).map({k: v[0] for k, v in kq.items()})
    standards = (
        questions.groupby(["inspection", "standard"], observed=True)[
            ["band_base", "band_candidate"]
        ]
        .min()
        .rename(columns={"band_base": "lowest_base", "band_candidate": "lowest_candidate"})
        .reset_index()
    )
    return questions, standards


def _split(path: str, parts: int) -> list[tuple[int, int]]:
    """Byte ranges of the table's rows, ``parts`` of them about the same size, each cut where
    one inspection's rows end (so each inspection's figures are worked out in one part)."""
    import os

    size = os.path.getsize(path)
    with open(path, "rb") as f:
        header = len(f.readline())
        cuts = [header]
        for i in range(1, parts):
            f.seek(max(cuts[-1], header + (size - header) * i // parts))
            f.readline()  # to the start of a row
            first = f.readline()
            at = f.tell() - len(first)
            key = first.split(b",", 1)[0]
            while first and first.split(b",", 1)[0] == key:
                at = f.tell()
                first = f.readline()
            cuts.append(at if first else size)
        cuts.append(size)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _part(args: tuple[str, int, int]) -> tuple[Any, Any]:
    import io

    path, start, end = args
    with open(path, "rb") as f:
        header = f.readline()
        f.seek(start)
        body = f.read(end - start)
    return figures(io.BytesIO(header + body))


def figures_on(path: str, jobs: int) -> tuple[Any, Any]:
    """:func:`figures` on ``jobs`` processes: the table cut where inspections end, each part
    read and worked out by a forked process, the parts' figures put together."""
    if jobs <= 1:
        return figures(path)
    import multiprocessing

    import pandas as pd

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        parts = pool.map(_part, [(path, a, b) for a, b in _split(path, jobs)])
    return (
        pd.concat([q for q, _ in parts], ignore_index=True),
        pd.concat([s for _, s in parts], ignore_index=True),
    )


def main() -> None:
    questions, standards = figures(sys.argv[1])
    print(f"{len(questions):,} key-question figures, {len(standards):,} standards")


if __name__ == "__main__":
    main()
