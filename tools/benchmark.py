"""ratingbook's speed, as ratios to a floor measured in the same run.

Run: python tools/benchmark.py [--quick | --full] [--repeat N]

The floor is a direct, hand-written function of the yot-2020 rules (below): no framework
file, no interpreter, just the rules as Python, computing the figures a Result holds (counts,
percentages, bands, standard ratings, scores, the overall rating and eligibility for
professional discretion). Every ratio divides ratingbook's time by the floor's (or by
libyaml's, or by Python importing ratingbook's dependencies) measured moments before on the
same machine, so the ratios mean the same on a fast machine and a slow one.

Each line says what is measured, the two times, the ratio and the target. ``--quick`` shrinks
the corpora (a few seconds); the default sizes take a few minutes; ``--full`` uses the sizes
quoted in docs/performance.md (10,000 inspections; about 15 minutes on two cores).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "standards/yot/examples/example-2020.yaml"
PROPOSAL = ROOT / "docs/examples/good-from-70.framework"
CLOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# ---------------------------------------------------------------------------- the floor

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


def figures_of(result: Any) -> dict[str, Any]:
    """The same figures, read from a ratingbook Result (to check the floor is the same rules)."""
    standards: dict[str, Any] = {}
    for s in result.standards:
        kqs = {
            k.id: (k.relevant, k.yes, k.percent, None if k.band is None else SCORE[k.band])
            for k in s.key_questions
        }
        eligible = bool(s.judged is None and s.discretion and s.discretion.eligible)
        standards[s.id] = (s.rating, s.banded, s.score, eligible, kqs)
    return {"rating": result.overall.rating, "score": result.overall.score, "standards": standards}


# ---------------------------------------------------------------------------- data


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(EXAMPLE.read_text(encoding="utf-8"), Loader=CLOADER)
    return data


def scaled_text(cases: int, seed: int = 0) -> str:
    """The example inspection with ``cases`` cases: its own, copied, answers shuffled a little."""
    data = example_data()
    rng = random.Random(seed)
    out = []
    for i in range(cases):
        c = dict(data["cases"][i % len(data["cases"])])
        c["id"] = f"{c['id']}-{i}"
        answers = dict(c["answers"])
        for key, value in answers.items():
            if value in (True, False) and rng.random() < 0.1:
                answers[key] = not value
        c["answers"] = answers
        out.append(c)
    data["cases"] = out
    return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False)


# ---------------------------------------------------------------------------- timing


def best(fn: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs (a busy machine inflates the best least)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def cpu_time(fn: Callable[[], object], repeat: int) -> float:
    """The least CPU time (user + system, this process and the worker processes it waited
    for) that ``fn`` takes, over ``repeat`` runs."""
    out = []
    for _ in range(repeat):
        gc.collect()
        before = [
            resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        ]
        fn()
        after = [
            resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        ]
        out.append(
            sum(
                a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime
                for a, b in zip(after, before, strict=True)
            )
        )
    return min(out)


def cpu_of(command: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    """The least CPU time (user + system) a command takes, over ``repeat`` runs."""
    out = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return min(out)


def peak_memory(code: str) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of running ``code`` in a fresh interpreter.

    The peak is the new process's own (Linux's VmHWM, which starts afresh at exec); the rusage
    figure would carry over the high-water mark of this process, which forked it.
    """
    probe = (
        "import resource, time; start = time.perf_counter()\n"
        + code
        + "\nseconds = time.perf_counter() - start\n"
        "try:\n"
        "    kb = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "except OSError:\n"
        "    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(seconds, kb)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, cwd=ROOT
    )
    seconds, kb = proc.stdout.split()[-2:]
    return float(seconds), int(kb) / 1024


def _amount(value: float, unit: str) -> str:
    """Seconds as ms or s, or megabytes, to three significant figures at least."""
    if unit == "M":
        return f"{value:,.0f} MB"
    if value < 1:
        return f"{value * 1000:.3f} ms"
    return f"{value:.2f} s"


class Report:
    """Prints one line per measurement and remembers whether each met its target."""

    def __init__(self) -> None:
        self.failed: list[str] = []
        print(f"{'measure':<62} {'ratingbook':>11} {'floor':>10} {'ratio':>6}  target")

    def line(
        self, name: str, ours: float, floor: float, target: float | None, unit: str = "s"
    ) -> None:
        ratio = ours / floor if floor else float("inf")
        mark = (
            ""
            if target is None
            else (f"  <= {target:g} ok" if ratio <= target else f"  <= {target:g} MISSED")
        )
        if target is not None and ratio > target:
            self.failed.append(name)
        print(
            f"{name:<62} {_amount(ours, unit):>11} {_amount(floor, unit):>10} {ratio:>6.2f}{mark}"
        )

    def note(self, text: str) -> None:
        print(f"  {text}")


# ---------------------------------------------------------------------------- the measurements


def evaluation(report: Report, sizes: list[int], repeat: int) -> None:
    from ratingbook import explain, load_framework
    from ratingbook.framework.evaluate import evaluate
    from ratingbook.framework.loading.inspections import load_inspection_text

    framework = load_framework("yot-2020")
    for n in sizes:
        # 50 cases: the shipped example itself; more: its cases copied, answers varied.
        text = EXAMPLE.read_text(encoding="utf-8") if n == 50 else scaled_text(n)
        data = yaml.load(text, Loader=CLOADER)
        inspection = load_inspection_text(text, f"<{n} cases>")
        result = evaluate(framework, inspection)
        assert figures_of(result) == floor(data), "the floor and ratingbook disagree"
        runs = max(3, repeat * 200 // n)
        theirs = best(lambda: floor(data), runs)  # noqa: B023
        ours = best(lambda: evaluate(framework, inspection), runs)  # noqa: B023
        report.line(f"evaluate {n:,} cases (yot-2020)", ours, theirs, 2.0)
        explained = best(lambda: explain(evaluate(framework, inspection)), runs)  # noqa: B023
        report.line(f"  explain {n:,} cases, against evaluate", explained, ours, 1.5)

        def read_trace() -> None:
            r = evaluate(framework, inspection)  # noqa: B023
            for s in r.standards:
                for k in s.key_questions:
                    k.counted, k.excluded, k.prompts  # noqa: B018

        traced = best(read_trace, max(3, runs // 10))
        report.line("  evaluate and read every case's trace, against evaluate", traced, ours, None)


TABLE_2020 = """\
framework yot table2020 "yot-2020, its lowest-band rule written as a decision table"
  draft
  based on yot 2020
""" + "".join(
    f"""
change domain {d}
  rated by decision table
    Outstanding when every key question is Outstanding
    Good when every key question is Good or better
    "Requires improvement" when every key question is "Requires improvement" or better
    Inadequate otherwise
"""
    for d in (2, 3)
)


def rule_forms(report: Report, repeat: int) -> None:
    """The same rules written with a new form (a decision table that is the lowest band),
    against yot-2020's own 'rated by lowest key question band', on the same data; and the
    other forms beside it (different rules: no target)."""
    import tempfile

    from ratingbook import load_framework
    from ratingbook.framework.evaluate import evaluate
    from ratingbook.framework.loading.inspections import load_inspection_text

    text = EXAMPLE.read_text(encoding="utf-8")
    inspection = load_inspection_text(text, "<50 cases>")
    lowest = load_framework("yot-2020")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "table-2020.framework"
        path.write_text(TABLE_2020, encoding="utf-8")
        table = load_framework(str(path))
        same = [s.rating for s in evaluate(table, inspection).standards]
        assert same == [s.rating for s in evaluate(lowest, inspection).standards]
        runs = max(3, repeat * 200 // 50)
        ours = best(lambda: evaluate(table, inspection), runs)
        base = best(lambda: evaluate(lowest, inspection), runs)
        report.line("evaluate 50 cases, lowest band as a decision table, against", ours, base, 2.0)
        for words in ("median key question band", "mean key question percentage"):
            path = Path(tmp) / f"{words.split()[0]}.framework"
            path.write_text(
                TABLE_2020.split("\nchange domain")[0]
                + "".join(f"\nchange domain {d}\n  rated by {words}\n" for d in (2, 3)),
                encoding="utf-8",
            )
            other = load_framework(str(path))
            took = best(lambda: evaluate(other, inspection), runs)  # noqa: B023
            report.line(f"  the same rated by {words}, against", took, base, None)


def loading(report: Report, sizes: list[int], repeat: int, memory_size: int) -> None:
    from ratingbook.framework.loading.inspections import load_inspection_text

    for n in sizes:
        text = scaled_text(n)
        runs = max(2, repeat * 20 // max(n, 50))
        libyaml = best(lambda: yaml.load(text, Loader=CLOADER), runs)  # noqa: B023
        ours = best(lambda: load_inspection_text(text, "x.yaml"), runs)  # noqa: B023
        report.line(f"load and validate {n:,} cases, against libyaml alone", ours, libyaml, 2.0)
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.yaml"
        big.write_text(scaled_text(memory_size), encoding="utf-8")
        load = (
            "from ratingbook.framework.loading.inspections import load_inspection\n"
            f"load_inspection({str(big)!r})"
        )
        plain = f"import yaml\nyaml.load(open({str(big)!r}).read(), Loader=yaml.CSafeLoader)"
        ours_s, ours_mb = peak_memory(load)
        theirs_s, theirs_mb = peak_memory(plain)
        report.line(
            f"load {memory_size:,} cases in a fresh process, against libyaml", ours_s, theirs_s, 2.0
        )
        report.line("  peak memory (MB), against 1,000 MB", ours_mb, 1000.0, 1.0, unit="M")
        report.note(f"libyaml alone peaks at {theirs_mb:,.0f} MB for the same file")
    # Reporting problems: time for N bad cases should grow with N, not N squared.
    from ratingbook.framework.errors import DiagnosticsError

    def bad(n: int) -> str:
        data = yaml.load(scaled_text(n), Loader=CLOADER)
        for c in data["cases"]:
            c["answers"]["2.9.9"] = True
        return yaml.safe_dump(data, sort_keys=False)

    def report_of(text: str) -> None:
        from ratingbook import evaluate, load_framework

        try:
            evaluate(load_framework("yot-2020"), load_inspection_text(text, "bad.yaml"))
        except DiagnosticsError as err:
            err.format_message()

    small, large = bad(200), bad(2000)
    t_small = best(lambda: report_of(small), 2)
    t_large = best(lambda: report_of(large), 2)
    report.line("report 2,000 bad cases, against 200 (linear is 10)", t_large, t_small, 15.0)


def write_corpus(folder: Path, files: int) -> list[Path]:
    texts = [scaled_text(50, seed) for seed in range(8)]
    paths = []
    for i in range(files):
        p = folder / f"inspection-{i:05d}.yaml"
        p.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(p)
    return paths


def corpus(report: Report, files: int, repeat: int) -> None:
    from ratingbook import load_framework
    from ratingbook.framework.app.corpus import compare_each
    from ratingbook.framework.loading.parallel import cores

    base = load_framework("yot-2020")
    candidate = load_framework(str(PROPOSAL))
    with tempfile.TemporaryDirectory() as folder:
        paths = write_corpus(Path(folder), files)

        def direct() -> None:
            for p in paths:
                data = yaml.load(p.read_text(encoding="utf-8"), Loader=CLOADER)
                floor(data)
                floor(data)  # the proposal's rules cost the same as the base's

        def ours(jobs: int) -> Callable[[], None]:
            def run() -> None:
                for _ in compare_each(base, candidate, paths, jobs=jobs):
                    pass

            return run

        theirs = best(direct, 1)
        one = best(ours(1), 1)
        every = best(ours(cores()), 1)
        report.line(
            f"compare {files:,} 50-case inspections, one core, against the floor", one, theirs, None
        )
        report.line(
            f"compare {files:,} 50-case inspections, {cores()} cores, against the floor",
            every,
            theirs,
            1.5,
        )
        if cores() > 1:
            report.line(
                f"  {cores()} cores against 1 (a speed-up of at least 1.7)", one, every, None
            )
            if files < 200:
                report.note(
                    "(too few files for the speed-up to mean much: starting the pool costs more)"
                )
            elif one / every < 1.7:
                report.failed.append("compare speed-up")
                report.note(f"speed-up {one / every:.2f} is below 1.7")
        # Memory stays flat however many files: the CLI, JSON output, 1/10 and all of the corpus.
        proposal = str(PROPOSAL)
        commands = {
            "compare --format text": ["compare", "--base", "yot-2020", "--candidate", proposal],
            "compare --format json": ["compare", "--base", "yot-2020", "--candidate", proposal],
            "rate --format json": ["rate", "--format", "json"],
        }
        for label, args in commands.items():
            if label.startswith("compare"):
                args = [*args, "--format", label.rsplit(" ", 1)[1]]
            sizes: list[tuple[int, float]] = []
            for count in (max(10, files // 10), files):
                sub = Path(folder) / f"part-{len(sizes)}-{label.replace(' ', '')}"
                sub.mkdir()
                for p in paths[:count]:
                    os.link(p, sub / p.name)
                code = (
                    "import sys\nfrom ratingbook.framework.cli import main\n"
                    f"sys.argv = ['ratingbook', *{args!r}, {str(sub)!r}]\n"
                    "import contextlib\n"
                    "with contextlib.redirect_stdout(open('/dev/null', 'w')):\n"
                    "    try:\n        main()\n    except SystemExit:\n        pass"
                )
                _, mb = peak_memory(code)
                sizes.append((count, mb))
            (n1, m1), (n2, m2) = sizes
            report.line(
                f"  peak memory of {label}: {n2:,} files against {n1:,}", m2, m1, 1.25, unit="M"
            )


# ---------------------------------------------------------------------------- a corpus as a long table


def write_table(folder: Path, inspections: int) -> Path:
    """A long table (docs/long-table.md) of ``inspections`` 50-case inspections: the eight
    inspections of :func:`write_corpus`, exported by ratingbook once and repeated under new
    ids. Its inspections file is written beside it."""
    from ratingbook.framework.loading.export import export

    source = folder / "eight"
    source.mkdir(exist_ok=True)
    for seed in range(8):
        (source / f"s{seed}.yaml").write_text(scaled_text(50, seed), encoding="utf-8")
    eight = export([str(source)], folder / "eight.csv")
    path = folder / f"table-{inspections}.csv"
    for made, written in (
        (eight.table, path),
        (eight.side, folder / f"table-{inspections}.inspections.csv"),
    ):
        header, *rows = made.read_text(encoding="utf-8").splitlines(keepends=True)
        by_source: dict[str, list[str]] = {}
        for row in rows:
            key, rest = row.split(",", 1)
            by_source.setdefault(key, []).append(rest)
        with written.open("w", encoding="utf-8", newline="") as out:
            out.write(header)
            for i in range(inspections):
                out.write("".join(f"inspection-{i:05d},{r}" for r in by_source[f"s{i % 8}"]))
    return path


def _same_figures(path: Path, base: Any, candidate: Any, questions: Any, standards: Any) -> None:
    """The pandas floor's figures are ratingbook's, on a few of the table's inspections."""
    from ratingbook.framework.evaluate import evaluate
    from ratingbook.framework.loading import readers

    kq = {(r.inspection, r.item): r for r in questions.itertuples()}
    std = {(r.inspection, r.standard): r for r in standards.itertuples()}
    for key in ("inspection-00000", "inspection-00001", "inspection-00007"):
        inspection = readers.load(f"{path}#{key}")
        for version, name in ((base, "base"), (candidate, "candidate")):
            result = evaluate(version, inspection)
            for s in result.standards:
                if s.judged is not None:
                    continue
                assert SCORE[s.banded] == getattr(std[(key, s.id)], f"lowest_{name}"), (key, s.id)
                for k in s.key_questions:
                    theirs = kq[(key, k.id)]
                    got = (k.relevant, k.yes, k.percent, SCORE[k.band])
                    want = (
                        theirs.relevant,
                        theirs.yes,
                        theirs.percent,
                        getattr(theirs, f"band_{name}"),
                    )
                    assert got == want, (key, k.id, got, want)


def _compare_table(base: Any, candidate: Any, path: Path, jobs: int) -> Callable[[], None]:
    from ratingbook.framework.app.corpus import compare_each
    from ratingbook.framework.loading import csv_table

    def run() -> None:
        csv_table._OPEN.clear()  # read the table every time, as a fresh command does
        for _ in compare_each(base, candidate, [str(path)], jobs=jobs):
            pass

    return run


def table_corpus(report: Report, inspections: int, repeat: int) -> None:
    """compare of a corpus held as one long table, against a vectorised pandas script
    computing the same figures from the same CSV file (tools/table_floor.py)."""
    from table_floor import figures

    from ratingbook import load_framework
    from ratingbook.framework.loading import files
    from ratingbook.framework.loading.parallel import cores

    base = load_framework("yot-2020")
    candidate = load_framework(str(PROPOSAL))
    with tempfile.TemporaryDirectory() as folder:
        path = write_table(Path(folder), inspections)
        files.set_max_bytes(max(files.max_bytes(), 2 * path.stat().st_size))
        questions, standards = figures(str(path))
        _same_figures(path, base, candidate, questions, standards)
        runs = max(1, repeat // 2)
        theirs = best(lambda: figures(str(path)), runs)
        one = best(_compare_table(base, candidate, path, 1), runs)
        every = best(_compare_table(base, candidate, path, cores()), runs)
        # CPU time too, of every process: on a machine shared with other work the wall
        # times of a multi-process run are the first to suffer.
        their_cpu = cpu_time(lambda: figures(str(path)), runs)
        our_cpu = cpu_time(_compare_table(base, candidate, path, cores()), runs)
        size = path.stat().st_size / 1e6
        report.note(
            f"a table of {inspections:,} inspections x 50 cases: {size:,.0f} MB; the floor is "
            "pandas reading it and computing every key question's figures and band and every "
            "standard's lowest band under both versions"
        )
        report.line(
            f"compare {inspections:,} inspections from a table, one core, against pandas",
            one,
            theirs,
            None,
        )
        report.line(
            f"compare {inspections:,} inspections from a table, {cores()} cores, against pandas",
            every,
            theirs,
            2.0,
        )
        report.line(
            "  CPU time of the same, every process, against pandas's", our_cpu, their_cpu, None
        )


def startup(report: Report, repeat: int) -> None:
    # Python as users run it: compiled modules kept between runs (an installed package has
    # them from pip). They go to a folder of their own, so the checkout is left as it was,
    # whatever PYTHONDONTWRITEBYTECODE says here; one run of each command warms them.
    with tempfile.TemporaryDirectory() as compiled, tempfile.TemporaryDirectory() as cold:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = compiled
        imports = [sys.executable, "-c", "import yaml, rich, jsonschema"]
        cli = [sys.executable, "-m", "ratingbook"]
        rate = [*cli, "rate", str(EXAMPLE)]
        for command in (imports, rate, [*cli, "--help"]):
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        baseline = cpu_of(imports, repeat, env)
        report.line(
            "ratingbook rate (the example), against importing yaml, rich, jsonschema",
            cpu_of(rate, repeat, env),
            baseline,
            2.0,
        )
        report.line(
            "ratingbook --help, against the same",
            cpu_of([*cli, "--help"], repeat, env),
            baseline,
            None,
        )
        # The first run with an empty cache also compiles the parser's and checker's modules,
        # which a warm run never imports; the second, in another empty cache, is measured.
        for run in ("compile", "measure"):
            empty = {**env, "RATINGBOOK_CACHE_DIR": os.path.join(cold, run)}
            first = cpu_of(rate, 1, empty)
        report.line("  the same with an empty framework cache (first run)", first, baseline, None)


def _case_figures(
    framework: Any, n: int, path: Path, repeat: int
) -> tuple[float, float, float, float]:
    """Load, libyaml, evaluate and floor times for ``n`` cases (the text is left at ``path``)."""
    from ratingbook.framework.evaluate import evaluate
    from ratingbook.framework.loading.inspections import load_inspection_text

    text = scaled_text(n)
    path.write_text(text, encoding="utf-8")
    data = yaml.load(text, Loader=CLOADER)
    runs = max(1, repeat * 50 // n)
    load = best(lambda: load_inspection_text(text, "x.yaml"), runs)
    libyaml = best(lambda: yaml.load(text, Loader=CLOADER), runs)
    inspection = load_inspection_text(text, "x.yaml")
    ours = best(lambda: evaluate(framework, inspection), max(3, runs * 10))
    theirs = best(lambda: floor(data), max(3, runs * 10))
    return load, libyaml, ours, theirs


def growth(repeat: int) -> None:
    """How cost grows with the cases of one inspection and the inspections of a corpus."""
    from ratingbook import load_framework
    from ratingbook.framework.app.corpus import compare_each
    from ratingbook.framework.loading.parallel import cores

    framework = load_framework("yot-2020")
    print("cases   load (ms)  libyaml (ms)  evaluate (ms)  floor (ms)  peak MB  libyaml MB")
    with tempfile.TemporaryDirectory() as folder:
        for n in (50, 500, 5_000, 50_000):
            path = Path(folder) / f"{n}.yaml"
            load, libyaml, ours, theirs = _case_figures(framework, n, path, repeat)
            _, mb = peak_memory(
                "from ratingbook.framework.loading.inspections import load_inspection\n"
                f"load_inspection({str(path)!r})"
            )
            _, plain = peak_memory(
                f"import yaml\nyaml.load(open({str(path)!r}).read(), Loader=yaml.CSafeLoader)"
            )
            print(
                f"{n:>6,} {load * 1000:11.1f} {libyaml * 1000:13.1f} {ours * 1000:14.3f}"
                f" {theirs * 1000:11.3f} {mb:8.0f} {plain:11.0f}"
            )
    base = framework
    candidate = load_framework(str(PROPOSAL))
    print(f"\ninspections  compare on {cores()} cores (s)  one core (s)  floor (s)  peak MB")
    with tempfile.TemporaryDirectory() as folder:
        for files in (10, 100, 1_000, 10_000):
            sub = Path(folder) / str(files)
            sub.mkdir()
            paths = write_corpus(sub, files)
            every = best(lambda: sum(1 for _ in compare_each(base, candidate, paths)), 1)  # noqa: B023
            one = best(
                lambda: sum(1 for _ in compare_each(base, candidate, paths, jobs=1)),  # noqa: B023
                1,
            )

            def direct() -> None:
                for p in paths:  # noqa: B023
                    data = yaml.load(p.read_text(encoding="utf-8"), Loader=CLOADER)
                    floor(data)
                    floor(data)

            theirs = best(direct, 1)
            code = (
                "import sys\nfrom ratingbook.framework.cli import main\n"
                f"sys.argv = ['ratingbook', 'compare', '--base', 'yot-2020', '--candidate', "
                f"{str(PROPOSAL)!r}, {str(sub)!r}, '--format', 'json']\n"
                "import contextlib\n"
                "with contextlib.redirect_stdout(open('/dev/null', 'w')):\n"
                "    try:\n        main()\n    except SystemExit:\n        pass"
            )
            _, mb = peak_memory(code)
            print(f"{files:>11,} {every:27.2f} {one:13.2f} {theirs:10.2f} {mb:8.0f}")
            shutil.rmtree(sub)


SIZES = (10, 100, 1_000, 10_000)


def table_growth(repeat: int) -> None:
    """How comparing a corpus held as a long table grows with its inspections, against the
    pandas floor on the same file (the target: within twice the floor at every size)."""
    from table_floor import figures

    from ratingbook import load_framework
    from ratingbook.framework.loading import files
    from ratingbook.framework.loading.parallel import cores

    base = load_framework("yot-2020")
    candidate = load_framework(str(PROPOSAL))
    print(
        f"\ninspections  table MB  compare on {cores()} cores (s)  one core (s)  pandas (s)"
        "  ratio  peak MB  pandas MB"
    )
    missed = []
    for inspections in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            path = write_table(Path(folder), inspections)
            limit = max(files.max_bytes(), 2 * path.stat().st_size)
            files.set_max_bytes(limit)
            runs = 1 if inspections >= 1_000 else repeat
            theirs = best(lambda: figures(str(path)), runs)  # noqa: B023
            every = best(_compare_table(base, candidate, path, cores()), runs)
            one = (
                best(_compare_table(base, candidate, path, 1), runs)
                if inspections <= 1_000
                else float("nan")
            )
            code = (
                "import sys, contextlib\nfrom ratingbook.framework.cli import main\n"
                f"sys.argv = ['ratingbook', '--max-bytes', '{limit}', 'compare', '--base', "
                f"'yot-2020', '--candidate', {str(PROPOSAL)!r}, {str(path)!r}, '--format', "
                "'json']\n"
                "with contextlib.redirect_stdout(open('/dev/null', 'w')):\n"
                "    try:\n        main()\n    except SystemExit:\n        pass"
            )
            _, mb = peak_memory(code)
            _, pandas_mb = peak_memory(
                f"import sys; sys.path.insert(0, {str(ROOT / 'tools')!r})\n"
                f"from table_floor import figures\nfigures({str(path)!r})"
            )
            ratio = every / theirs
            if ratio > 2.0:
                missed.append(f"{inspections:,} inspections")
            print(
                f"{inspections:>11,} {path.stat().st_size / 1e6:9.0f} {every:27.2f} {one:13.2f}"
                f" {theirs:11.2f} {ratio:6.2f} {mb:8.0f} {pandas_mb:10.0f}"
            )
    print("within twice pandas at every size" if not missed else f"missed: {', '.join(missed)}")


# ---------------------------------------------------------------------------- checking

# The checking stage on the shipped versions, against the floor below, before issue 15's safety
# net (conditions decided exactly, dates, wording, citations on their own line) was added:
# 0.65, measured with this function on the code of that time (the best of many runs on a busy
# two-core machine). The target keeps check within 1.5 times what it cost then.
CHECK_BEFORE = 0.65


def _quotations(node: Any) -> list[tuple[str, int, int]]:
    """Every cited quotation in a parsed file: its words, and the lines it cites."""
    from ratingbook.dsl import ast

    found: list[tuple[str, int, int]] = []
    if isinstance(node, ast.Text):
        if node.cite is not None:
            found.append((node.value, node.cite.first, node.cite.last))
    elif isinstance(node, (tuple, list)):
        for n in node:
            found += _quotations(n)
    elif isinstance(node, ast.Node):
        for f in dataclasses.fields(node):
            if f.compare:
                found += _quotations(getattr(node, f.name))
    return found


def checking(report: Report, repeat: int) -> None:
    """``check`` of the shipped versions (each with the versions it is based on), the checking
    stage alone, against a floor: finding every quotation of those files in its document by
    plain substring search, on the cited line and the 40 after it, whitespace collapsed.
    The files are parsed once and the documents read once; each check gets the documents
    afresh, as a new process does."""
    from ratingbook.dsl import ast, parser
    from ratingbook.framework import checker, registry
    from ratingbook.framework.checker.citations import SourceDocument, document_key

    def chain_of(entry: Any) -> tuple[list[Any], dict[str, tuple[str, ...]]]:
        files, lines = [], {}
        while entry is not None:
            parsed = parser.parse_text(entry.path.read_text(encoding="utf-8"), entry.display)
            files.append(parsed)
            for s in parsed.ast.statements:
                if isinstance(s, ast.SourceDecl) and s.file is not None:
                    text = (entry.path.parent / s.file).read_text(encoding="utf-8")
                    lines[document_key(entry.display, s.file)] = tuple(text.splitlines())
            entry = registry.find(entry.based_on) if entry.based_on else None
        return files, lines

    chains = [chain_of(e) for e in registry.shipped()]
    quotes = [
        (q, lines)
        for files, lines in chains
        for parsed in files
        for q in _quotations(parsed.ast.statements)
    ]

    def check() -> None:
        for files, lines in chains:
            documents = {k: SourceDocument(lines=v) for k, v in lines.items()}
            result = checker.check(files, documents)
            assert result.ok, [d.headline() for d in result.diagnostics]

    def direct() -> None:
        for (text, first, last), lines in quotes:
            want = " ".join(text.split())
            for document in lines.values():
                if want in " ".join(" ".join(document[first - 1 : last + 40]).split()):
                    break

    runs = max(repeat, 9)
    ours, floor_time = best(check, runs), best(direct, runs)
    report.line(
        "check the shipped versions (the stage alone), against the floor",
        ours,
        floor_time,
        round(CHECK_BEFORE * 1.5, 2),
    )
    report.note(f"(before the safety net of issue 15 it took {CHECK_BEFORE} times the floor)")


def workbook(report: Report, cases: int, repeat: int) -> None:
    """The recording workbook: making the yot-2020 instrument (against its 2 s budget), and
    importing a workbook of ``cases`` cases against openpyxl alone reading the same sheet
    (read-only, every cell's value): what import adds is checking each cell and building
    the inspection."""
    try:
        import openpyxl
    except ImportError:
        report.note("workbook: skipped (pip install 'ratingbook[workbook]')")
        return
    from ratingbook import load_framework
    from ratingbook.framework.loading import readers
    from ratingbook.framework.loading import workbook as wbk
    from ratingbook.framework.loading.workbook_write import build

    fw = load_framework("yot-2020")
    report.line(
        "generate the yot-2020 workbook (empty), against its 2 s budget",
        best(lambda: build(fw), repeat),
        2.0,
        1.0,
    )
    example = readers.document(str(EXAMPLE))
    scaled = dict(example)
    scaled["cases"] = [
        {**case, "id": f"{case['id']}-{i}"}
        for i in range(cases // len(example["cases"]) + 1)
        for case in example["cases"]
    ][:cases]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.xlsx"
        path.write_bytes(build(fw, scaled))

        def alone() -> None:
            wb = openpyxl.load_workbook(path, read_only=True)
            for _ in wb["Cases"].iter_rows(values_only=True):
                pass
            wb.close()

        def ours() -> None:
            wbk.to_inspection(wbk.read_workbook(str(path)))

        ours_time, floor_time = best(ours, max(1, repeat // 2)), best(alone, max(1, repeat // 2))
        report.line(
            f"import a {cases:,}-case workbook, against openpyxl reading its Cases sheet",
            ours_time,
            floor_time,
            2.0,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small corpora: a few seconds")
    size.add_argument("--full", action="store_true", help="the sizes in docs/performance.md")
    size.add_argument(
        "--growth",
        action="store_true",
        help="how cost grows from 50 to 50,000 cases, 10 to 10,000 files and 10 to 10,000 "
        "inspections in a long table",
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (the best counts)")
    args = parser.parse_args()
    if args.growth:
        growth(args.repeat)
        table_growth(args.repeat)
        return
    if args.quick:
        sizes, memory_size, files = [50, 500], 5_000, 40
    elif args.full:
        sizes, memory_size, files = [50, 5_000, 50_000], 50_000, 10_000
    else:
        sizes, memory_size, files = [50, 5_000], 50_000, 1_000
    report = Report()
    evaluation(report, sizes[:2], args.repeat)
    rule_forms(report, args.repeat)
    loading(report, sizes, args.repeat, memory_size)
    corpus(report, files, args.repeat)
    table_corpus(report, files, args.repeat)
    startup(report, args.repeat)
    checking(report, args.repeat)
    workbook(report, 500 if args.quick else 5_000, args.repeat)
    if report.failed:
        print(f"\nmissed targets: {', '.join(report.failed)}")
        sys.exit(1)
    print("\nevery target met")


if __name__ == "__main__":
    main()
