#!/usr/bin/env python3
"""Generate the MADE-UP example inspection standards/yot/examples/example-2020.yaml.

Nothing in the output describes a real youth offending service: every case, attribute,
answer and rating is invented. The file exists to show the case-level inspection format
(``cases`` with ``attributes`` and ``answers``, including prompt answers and ``n/a``) and to
exercise the rating rules on a realistic-sized sample (30 court and 20 out-of-court cases).

The generator is deterministic: the key-question results are fixed targets (TARGETS below),
and a seeded random generator decides only which cases get which answers. Re-running it
writes the same file byte for byte.

    python tools/make_example_inspection.py            # write the file, print the summary
    python tools/make_example_inspection.py --check    # exit 1 if the file on disk differs
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

SEED = 20210315
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "standards" / "yot" / "examples" / "example-2020.yaml"

# --- the framework facts the generator relies on (yot-2020) -------------------------------

# Number of published prompts per key question; prompts are lettered a, b, c ... in order.
PROMPTS = {
    "2.1.1": 7, "2.1.2": 3, "2.1.3": 3, "2.2.1": 6, "2.2.2": 4, "2.2.3": 5,
    "2.3.1": 7, "2.3.2": 2, "2.3.3": 3, "2.4.1": 4, "2.4.2": 3, "2.4.3": 4,
    "3.1.1": 7, "3.1.2": 2, "3.1.3": 2, "3.2.1": 7, "3.2.2": 3, "3.2.3": 4,
    "3.3.1": 5, "3.3.2": 2, "3.3.3": 2, "3.4.1": 6, "3.4.2": 2,
}  # fmt: skip

# The 22 "Where applicable" prompts (the only ones that may be answered n/a), grouped by the
# circumstance that makes them applicable in this made-up data.
WHERE_APPLICABLE = {
    "structural_barriers": ["2.1.1.d", "3.1.1.d"],
    "controls_needed": ["2.1.2.c"],
    "identified_victim": ["2.2.1.e", "2.3.3.b", "3.1.1.f", "3.2.1.f", "3.2.3.c", "3.3.3.a"],
    "other_agencies": ["2.3.2.b", "2.3.3.c", "2.4.2.b", "2.4.3.b", "3.2.2.b", "3.2.3.b", "3.3.2.b"],
    "plan_adjustment_needed": ["2.4.2.c", "2.4.3.d"],
    "yot_in_decision": ["3.4.1.a", "3.4.1.c", "3.4.1.f"],
    "police_updates": ["3.4.2.a"],
}
WA_GROUP = {pid: group for group, pids in WHERE_APPLICABLE.items() for pid in pids}
assert len(WA_GROUP) == 22

YCC = "youth conditional caution"


def applies(kq: str, disposal: str, attrs: dict[str, object]) -> bool:
    """Whether key question `kq` applies to a case (the yot-2020 applicability rules)."""
    domain = "2" if disposal == "court" else "3"
    if not kq.startswith(domain + "."):
        return False
    std, n = kq[:3], kq[4]
    if std == "2.4":
        changed = {"1": "desistance_changed", "2": "safety_changed", "3": "harm_changed"}
        return bool(attrs[changed[n]])
    if kq == "3.4.2":
        return attrs["disposal_type"] == YCC
    if std in ("2.2", "2.3", "3.2", "3.3") and n == "2":
        return bool(attrs["safety_factors"])
    if std in ("2.2", "2.3", "3.2", "3.3") and n == "3":
        return bool(attrs["harm_factors"])
    return True


# --- the result we aim for ---------------------------------------------------------------

# Number of 'yes' answers per key question. The relevant-case totals follow from the case
# attributes chosen in make_cases(); the comment gives relevant and the rounded percentage.
TARGETS = {
    "2.1.1": 26,  # 26/30 = 87  Outstanding
    "2.1.2": 21,  # 21/30 = 70  Good          -> 2.1 Good
    "2.1.3": 24,  # 24/30 = 80  Outstanding   (exactly on the 80 boundary)
    "2.2.1": 25,  # 25/30 = 83  Outstanding
    "2.2.2": 14,  # 14/22 = 64  Requires improvement (63.6: one point below Good) -> 2.2 RI
    "2.2.3": 12,  # 12/17 = 71  Good
    "2.3.1": 27,  # 27/30 = 90  Outstanding
    "2.3.2": 17,  # 17/22 = 77  Good
    "2.3.3": 11,  # 11/17 = 65  Good (64.7 rounds half up onto the boundary) -> 2.3 Good
    "2.4.1": 16,  # 16/20 = 80  Outstanding
    "2.4.2": 8,   #  8/13 = 62  Requires improvement
    "2.4.3": 4,   #  4/9  = 44  Inadequate    -> 2.4 Inadequate
    "3.1.1": 18,  # 18/20 = 90  Outstanding
    "3.1.2": 16,  # 16/20 = 80  Outstanding (exactly on the boundary) -> 3.1 Outstanding
    "3.1.3": 17,  # 17/20 = 85  Outstanding
    "3.2.1": 16,  # 16/20 = 80  Outstanding
    "3.2.2": 11,  # 11/14 = 79  Good (78.6: one point below Outstanding) -> 3.2 Good
    "3.2.3": 8,   #  8/10 = 80  Outstanding
    "3.3.1": 13,  # 13/20 = 65  Good (exactly on the boundary)
    "3.3.2": 9,   #  9/14 = 64  Requires improvement
    "3.3.3": 6,   #  6/10 = 60  Requires improvement -> 3.3 RI
    "3.4.1": 19,  # 19/20 = 95  Outstanding
    "3.4.2": 7,   #  7/8  = 88  Outstanding (87.5 rounds half up) -> 3.4 Outstanding
}  # fmt: skip

DOMAIN1 = {
    "1.1": ("Good", "The management board sets a clear direction and its partners attend "
                    "consistently (made-up evidence)."),
    "1.2": ("Good", "Caseloads are manageable and staff value their supervision "
                    "(made-up evidence)."),
    "1.3": ("Requires improvement", "Access to emotional and mental health services is "
                                    "slow for children on out-of-court disposals "
                                    "(made-up evidence)."),
    "1.4": ("Outstanding", "Performance data is analysed monthly and drives visible "
                           "improvements in practice (made-up evidence)."),
}  # fmt: skip

BANDS = [(80, "Outstanding"), (65, "Good"), (50, "Requires improvement"), (0, "Inadequate")]
SCORES = {"Outstanding": 3, "Good": 2, "Requires improvement": 1, "Inadequate": 0}
OVERALL = [(31, "Outstanding"), (19, "Good"), (7, "Requires improvement"), (0, "Inadequate")]


def percent(yes: int, relevant: int) -> int:
    """Whole-number percentage, rounded half up."""
    return int((Decimal(100 * yes) / Decimal(relevant)).quantize(Decimal(1), ROUND_HALF_UP))


def band(pct: int) -> str:
    return next(rating for low, rating in BANDS if pct >= low)


# --- generation --------------------------------------------------------------------------


@dataclass
class Case:
    id: str
    disposal: str
    attributes: dict[str, object]
    quality: float  # a hidden "how good was the work on this case" used to correlate answers
    circumstances: dict[str, bool]  # hidden: which "Where applicable" prompts apply
    answers: dict[str, str] = field(default_factory=dict)


def _pick(rng: random.Random, pool: list[int], k: int) -> set[int]:
    return set(rng.sample(pool, k))


def make_cases(rng: random.Random) -> list[Case]:
    cases: list[Case] = []

    # 30 court cases: 22 with child-safety factors, 17 with factors related to keeping other
    # people safe (RoSH medium or above; the others are low), 20 with changes in desistance
    # factors, 13 with changes in safety factors, 9 with changes in risk-of-harm factors.
    idx = list(range(30))
    safety = _pick(rng, idx, 22)
    harm = _pick(rng, idx, 17)
    desistance_changed = _pick(rng, idx, 20)
    safety_changed = _pick(rng, sorted(safety), 13)
    harm_changed = _pick(rng, sorted(harm), 9)
    rosh_levels = ["medium"] * 10 + ["high"] * 6 + ["very high"]
    rng.shuffle(rosh_levels)
    rosh = dict(zip(sorted(harm), rosh_levels, strict=True))
    for i in idx:
        attrs: dict[str, object] = {
            "safety_factors": i in safety,
            "harm_factors": i in harm,
            "rosh": rosh.get(i, "low"),
            "desistance_changed": i in desistance_changed,
            "safety_changed": i in safety_changed,
            "harm_changed": i in harm_changed,
        }
        cases.append(Case(f"C{i + 1:02d}", "court", attrs, rng.random(), _circumstances(rng)))

    # 20 out-of-court cases: 8 youth conditional cautions, 6 youth cautions, 6 community
    # resolutions; 14 with child-safety factors, 10 with factors related to other people's
    # safety (one of them high RoSH).
    idx = list(range(20))
    types = [YCC] * 8 + ["youth caution"] * 6 + ["community resolution"] * 6
    rng.shuffle(types)
    safety = _pick(rng, idx, 14)
    harm = _pick(rng, idx, 10)
    high = rng.choice(sorted(i for i in harm if types[i] == YCC))
    for i in idx:
        attrs = {
            "disposal_type": types[i],
            "safety_factors": i in safety,
            "harm_factors": i in harm,
            "rosh": "high" if i == high else "medium" if i in harm else "low",
        }
        circumstances = _circumstances(rng)
        # The police decide community resolutions alone: the YOT-decision prompts are n/a.
        circumstances["yot_in_decision"] = types[i] != "community resolution"
        cases.append(Case(f"O{i + 1:02d}", "out-of-court", attrs, rng.random(), circumstances))
    return cases


def _circumstances(rng: random.Random) -> dict[str, bool]:
    return {
        "structural_barriers": rng.random() < 0.6,
        "controls_needed": rng.random() < 0.8,
        "identified_victim": rng.random() < 0.7,
        "other_agencies": rng.random() < 0.65,
        "plan_adjustment_needed": rng.random() < 0.75,
        "yot_in_decision": True,
        "police_updates": True,
    }


def answer_key_questions(rng: random.Random, cases: list[Case]) -> None:
    """Give each key question exactly its target number of 'yes' answers.

    The cases answered 'yes' are those with the best hidden quality plus some noise, so that a
    case judged weak on one question tends to be judged weak on the next.
    """
    for kq, target in TARGETS.items():
        relevant = [c for c in cases if applies(kq, c.disposal, c.attributes)]
        if target > len(relevant):
            raise SystemExit(f"{kq}: target {target} but only {len(relevant)} relevant cases")
        ranked = sorted(relevant, key=lambda c: c.quality + rng.gauss(0, 0.25), reverse=True)
        for n, case in enumerate(ranked):
            case.answers[kq] = "yes" if n < target else "no"


def answer_prompts(rng: random.Random, cases: list[Case]) -> None:
    """Prompt answers for every key question a case has: mostly in line with the key question,
    but not its logical AND (the published method treats the key question as a judgement)."""
    for case in cases:
        for kq in [k for k in PROMPTS if k in case.answers]:
            kq_yes = case.answers[kq] == "yes"
            pids = [f"{kq}.{'abcdefg'[i]}" for i in range(PROMPTS[kq])]
            got: dict[str, str] = {}
            for pid in pids:
                group = WA_GROUP.get(pid)
                if group is not None and not case.circumstances[group]:
                    got[pid] = "n/a"
                else:
                    got[pid] = "yes" if rng.random() < (0.9 if kq_yes else 0.45) else "no"
            answered = [p for p in pids if got[p] != "n/a"]
            if not kq_yes and answered and all(got[p] == "yes" for p in answered):
                got[rng.choice(answered)] = "no"
            case.answers.update(got)


def _sort_key(item_id: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else ord(part) for part in item_id.split("."))


# --- output ------------------------------------------------------------------------------

HEADER = """\
# MADE-UP EXAMPLE DATA. This is not a real inspection and describes no real service: every
# case, attribute, answer and rating below was invented by tools/make_example_inspection.py
# (seed {seed}) to show the case-level inspection format. Do not edit by hand; change the
# generator and re-run it:  python tools/make_example_inspection.py
#
# 30 court cases (C01-C30) and 20 out-of-court cases (O01-O20). Each case answers every key
# question that applies to it and no other, plus the prompts of those key questions ("n/a" only
# for the framework's "Where applicable" prompts).
"""


def _flow(attrs: dict[str, object]) -> str:
    parts = []
    for key, value in attrs.items():
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, str) and (" " in value or value in ("yes", "no")):
            text = f'"{value}"'
        else:
            text = str(value)
        parts.append(f"{key}: {text}")
    return "{" + ", ".join(parts) + "}"


def render(cases: list[Case]) -> str:
    out = [HEADER.format(seed=SEED).rstrip("\n")]
    out += [
        "format: ratingbook/inspection-v1",
        'service: "Exampleshire Youth Justice Service (made-up example data)"',
        "framework: yot-2020",
        "fieldwork: 2021-03-15",
        "",
        "domain1:",
    ]
    for std, (rating, evidence) in DOMAIN1.items():
        out += [f'  "{std}":', f"    rating: {rating}", f'    evidence: "{evidence}"']
    out += ["", "cases:"]
    for case in cases:
        out += [
            f"  - id: {case.id}",
            f"    disposal: {case.disposal}",
            f"    attributes: {_flow(case.attributes)}",
            "    answers:",
        ]
        for item in sorted(case.answers, key=_sort_key):
            out.append(f'      "{item}": {case.answers[item]}')
    return "\n".join(out) + "\n"


def summarise(cases: list[Case]) -> list[str]:
    lines = [f"{'key question':<13}{'relevant':>9}{'yes':>5}{'percent':>9}  band"]
    lowest: dict[str, tuple[int, str]] = {}
    for kq in TARGETS:
        answers = [c.answers[kq] for c in cases if kq in c.answers]
        relevant, yes = len(answers), answers.count("yes")
        pct = percent(yes, relevant)
        exact = 100 * yes / relevant
        near = min(abs(pct - b) for b in (50, 65, 80))
        note = f"  (exact {exact:.1f}; {near} from a boundary)" if near <= 5 else ""
        lines.append(f"{kq:<13}{relevant:>9}{yes:>5}{pct:>9}  {band(pct)}{note}")
        std = kq[:3]
        if std not in lowest or pct < lowest[std][0]:
            lowest[std] = (pct, kq)
    lines.append("")
    total = 0
    for std, (rating, _) in DOMAIN1.items():
        total += SCORES[rating]
        lines.append(f"standard {std}: {rating} (inspector judgement)")
    for std, (pct, kq) in lowest.items():
        rating = band(pct)
        total += SCORES[rating]
        lines.append(f"standard {std}: {rating} (lowest key question {kq} = {pct}%)")
    overall = next(rating for low, rating in OVERALL if total >= low)
    lines.append(f"overall: {overall}, score {total}/36")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the YAML")
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the file differs from what would be written",
    )
    args = parser.parse_args(argv)

    rng = random.Random(SEED)
    cases = make_cases(rng)
    answer_key_questions(rng, cases)
    answer_prompts(rng, cases)
    text = render(cases)

    for line in summarise(cases):
        print(line)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; re-run without --check", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
