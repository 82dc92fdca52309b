"""The floor: the yot-2020 rules written out by hand, and a tiny rating script.

Run: python tools/yot_floor.py INSPECTION.yaml

What ratingbook is measured against in tools/benchmark.py: a direct Python function of the
yot-2020 rules (no framework file, no parser, no interpreter of rules, no trace) computing the
figures a result holds: every key question's relevant cases, yes answers, percentage and band;
each standard's rating, score and eligibility for professional discretion; the overall rating
and score. Run as a script it is the tiny program `ratingbook rate` is timed against: it reads
an inspection with libyaml (``yaml.CSafeLoader``), rates it and prints each standard's rating,
score and lowest key questions, and the overall rating. It imports nothing but PyYAML, so its
start-up is Python's and PyYAML's alone. tests/test_benchmark_floor.py checks that its figures
are ratingbook's.
"""

from __future__ import annotations

import sys
from typing import Any

RATINGS = ("Inadequate", "Requires improvement", "Good", "Outstanding")
SCORE = {r: i for i, r in enumerate(RATINGS)}
BOUNDS = (50, 65, 80)  # where Requires improvement, Good and Outstanding begin
STANDARDS: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "2.1": ("court", [("2.1.1", None), ("2.1.2", None), ("2.1.3", None)]),
    "2.2": ("court", [("2.2.1", None), ("2.2.2", "safety_factors"), ("2.2.3", "harm_factors")]),
    "2.3": ("court", [("2.3.1", None), ("2.3.2", "safety_factors"), ("2.3.3", "harm_factors")]),
    "2.4": (
        "court",
        [("2.4.1", "desistance_changed"), ("2.4.2", "safety_changed"), ("2.4.3", "harm_changed")],
    ),
    "3.1": ("out-of-court", [("3.1.1", None), ("3.1.2", None), ("3.1.3", None)]),
    "3.2": (
        "out-of-court",
        [("3.2.1", None), ("3.2.2", "safety_factors"), ("3.2.3", "harm_factors")],
    ),
    "3.3": (
        "out-of-court",
        [("3.3.1", None), ("3.3.2", "safety_factors"), ("3.3.3", "harm_factors")],
    ),
    "3.4": ("out-of-court", [("3.4.1", None), ("3.4.2", "youth conditional caution")]),
}
JUDGED = ("1.1", "1.2", "1.3", "1.4")


def band_score(p: int) -> int:
    return 0 if p < 50 else 1 if p < 65 else 2 if p < 80 else 3


def pct(yes: int, relevant: int) -> int:
    return (200 * yes + relevant) // (2 * relevant)  # half up


def applies(case: dict[str, Any], cond: str | None) -> bool:
    if cond is None:
        return True
    attributes = case.get("attributes") or {}
    if cond == "youth conditional caution":
        return attributes.get("disposal_type") == cond
    value = attributes.get(cond, False)
    return value is True or value == "yes"


def _up(rel: int, yes: int, low: int) -> int | None:
    """The fewest no answers turned yes that lift a key question above band ``low``."""
    for k in range(1, rel - yes + 1):
        if band_score(pct(yes + k, rel)) > low:
            return k
    return None


def _down(rel: int, yes: int, low: int) -> int | None:
    """The fewest yes answers turned no that drop a key question below band ``low``."""
    for k in range(1, yes + 1):
        if band_score(pct(yes - k, rel)) < low:
            return k
    return None


Figures = tuple[int, int, int | None, int | None]  # relevant, yes, percent, band (0-3)


def floor(data: dict[str, Any]) -> dict[str, Any]:
    """The yot-2020 rules written out by hand: the figures a Result holds.

    Per standard: (rating, banded, score, eligible for discretion, {key question: figures});
    and the overall rating and score.
    """
    cases = data.get("cases") or []
    counts = data.get("counts") or {}
    decisions = data.get("discretion") or {}
    judgements = data.get("domain1") or {}
    by_disposal: dict[str, list[dict[str, Any]]] = {"court": [], "out-of-court": []}
    for c in cases:
        by_disposal[c["disposal"]].append(c)
    standards: dict[str, Any] = {}
    total = 0
    for sid in JUDGED:
        j = judgements[sid]
        rating = j if isinstance(j, str) else j["rating"]
        standards[sid] = (rating, rating, SCORE[rating], False, {})
        total += SCORE[rating]
    for sid, (disposal, kqs) in STANDARDS.items():
        figures: dict[str, Figures] = {}
        for kid, cond in kqs:
            if kid in counts:
                # YAML 1.1 reads a bare key yes as True
                rel, yes = counts[kid]["relevant"], counts[kid].get("yes", counts[kid].get(True))
            else:
                rel = yes = 0
                for c in by_disposal[disposal]:
                    if cond is not None and not applies(c, cond):
                        continue
                    answer = c["answers"].get(kid)
                    if answer is True or answer == "yes":
                        rel += 1
                        yes += 1
                    elif answer is False or answer == "no":
                        rel += 1
            p = pct(yes, rel) if rel else None
            figures[kid] = (rel, yes, p, None if p is None else band_score(p))
        banded = [f for f in figures.values() if f[3] is not None]
        low = min(f[3] for f in banded if f[3] is not None)
        lowest = [f for f in banded if f[3] == low]
        lowest_percent = min(f[2] for f in lowest if f[2] is not None)
        distance = min(abs(lowest_percent - b) for b in BOUNDS)
        up: int | None = 0
        for rel, yes, _, _ in lowest:
            k = _up(rel, yes, low)
            if k is None or up is None:
                up = None
                break
            up += k
        down = None
        for rel, yes, _, _ in banded:
            k = _down(rel, yes, low)
            if k is not None and (down is None or k < down):
                down = k
        moves = [m for m in (up or None, down) if m is not None]
        sample = min(f[0] for f in lowest)
        eligible = distance <= 5 or (bool(moves) and min(moves) <= 1) or sample <= 5
        decision = decisions.get(sid)
        rating = decision["rating"] if decision else RATINGS[low]
        standards[sid] = (rating, RATINGS[low], SCORE[rating], eligible, figures)
        total += SCORE[rating]
    overall = RATINGS[0 if total <= 6 else 1 if total <= 18 else 2 if total <= 30 else 3]
    return {"rating": overall, "score": total, "standards": standards}


def main() -> None:
    import yaml

    with open(sys.argv[1], encoding="utf-8") as f:
        data = yaml.load(f.read(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    figures = floor(data)
    for sid, (rating, _banded, score, eligible, kqs) in figures["standards"].items():
        banded_kqs = {k: f for k, f in kqs.items() if f[3] is not None}
        low = min((f[3] for f in banded_kqs.values()), default=None)
        lowest = "; ".join(
            f"{k}: {f[2]}% ({f[1]}/{f[0]})" for k, f in banded_kqs.items() if f[3] == low
        )
        mark = " (eligible for discretion)" if eligible else ""
        print(f"{sid:<5} {rating:<22}{mark} {score}  {lowest or 'inspector judgement'}")
    print(f"overall {figures['rating']} {figures['score']}/36")


if __name__ == "__main__":
    main()
