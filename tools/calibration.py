"""Is "how sure" calibrated? A simulation of inspections whose full counts are known.

Run: python tools/calibration.py [--inspections N] [--seed S] [--prior NAME|all]
                                 [--scenario NAME|all] [--truths corpus|prior]
                                 [--applies example|all] [--fit]

Among the ratings ``explain`` gives a probability p, the share that a full count of the
eligible cases confirms should be close to p. This script checks it the only way it can be
checked, by simulating inspections whose full counts are known:

1. **True shares from the published corpus.** Each key question's true share is one of the
   key-question percentages of the four published inspections and the example (115 figures),
   drawn at random, moved by up to 2.5 points either way (a share is not a whole percentage)
   and kept within 0..100%.
2. **Populations.** Each domain has an eligible population drawn at random, evenly on a
   log scale: 3 to 400 court cases, 2 to 200 out-of-court cases (the smallest services read
   all they have; the largest have a few hundred). A case is relevant to a key question with
   the chance the example's cases are (a key question for every case: always), and answered
   yes with the key question's true share.
3. **Samples under the policy.** Each domain's sample is as many cases as yot-2020's sampling
   policy asks for from that population (``ratingbook sample-size``), drawn at random without
   replacement.
4. **Rated under the framework.** The sample's counts are rated by yot-2020, and ``explain``'s
   probabilities worked out with the data's population (scenario ``given``), with no
   population (``withheld``: the model treats the eligible cases as unlimited), or, for
   scenario ``large`` (populations of 1,000 to 5,000, none given), as the unlimited model
   expects. The full count (every eligible case) is rated too: that is what is "right".

For every key question, standard and the overall rating, each rating's probability is put
in a bin of ten points; the table gives each bin's number of probabilities, their mean and
the share that were right. The Brier score is the mean over items of the sum over ratings of
(p - right)^2 (0 is perfect; the last column gives it for a forecast that trusts the sample's
rating outright). ``--fit`` prints the corpus's spread and the prior fitted to it.

Every figure comes from a seeded random generator, so a run with the same arguments prints the
same table; docs/explain-format.md gives the command that made its table.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ratingbook import evaluate, load_framework, load_inspection_text  # noqa: E402
from ratingbook.framework import posterior  # noqa: E402
from ratingbook.framework.certainty import Certainty, certainties  # noqa: E402
from ratingbook.framework.loading.inspections import load_inspection  # noqa: E402
from ratingbook.framework.result import Result  # noqa: E402
from ratingbook.framework.sampling import plan as sampling_plan  # noqa: E402
from ratingbook.framework.views.phrases import _prior_words  # noqa: E402

CORPUS = [
    *sorted((REPO / "standards/yot/inspections").glob("*.yaml")),
    REPO / "standards/yot/examples/example-2020.yaml",
]
EXAMPLE = REPO / "standards/yot/examples/example-2020.yaml"
FRAMEWORK = "yot-2020"
JITTER = 2.5  # points either way
SCENARIOS = ("given", "withheld", "large")
RANGES = {"given": ((3, 400), (2, 200)), "withheld": ((3, 400), (2, 200))}
LARGE = ((1000, 5000), (1000, 5000))
KINDS = ("key_question", "standard", "overall")
APPLIES = {"example": "as in the example", "all": "to every case"}


def _rated(path: Path) -> Result:
    inspection = load_inspection(str(path))
    return evaluate(load_framework(inspection.framework or FRAMEWORK), inspection)


def corpus_shares() -> list[float]:
    """Every key-question share the corpus publishes (or counts), as a fraction."""
    out = []
    for path in CORPUS:
        for s in _rated(path).standards:
            out += [k.exact / 100 for k in s.key_questions if k.exact is not None]
    return out


def fit(shares: Sequence[float]) -> tuple[float, float, float, float]:
    """Mean, standard deviation, and the Beta(alpha, beta) with that mean and spread."""
    m, v = statistics.fmean(shares), statistics.pvariance(shares)
    weight = m * (1 - m) / v - 1
    return m, math.sqrt(v), m * weight, (1 - m) * weight


def applicability() -> dict[str, tuple[str, float]]:
    """Each key question's domain and the share of the domain's cases it counts (example)."""
    r = _rated(EXAMPLE)
    assert r.data is not None
    out = {}
    for s in r.standards:
        if s.judged is not None:
            continue
        for k in s.key_questions:
            out[k.id] = (k.plan.domain.id, k.relevant or 0)
    totals: dict[str, int] = {}
    for d, n in out.values():
        totals[d] = max(totals.get(d, 0), n)
    return {kid: (d, n / totals[d]) for kid, (d, n) in out.items()}


def _hypergeometric(rng: random.Random, population: int, marked: int, draws: int) -> int:
    """How many of ``draws`` cases drawn without replacement are among ``marked``."""
    chosen = rng.sample(range(population), draws)
    return sum(1 for c in chosen if c < marked)


@dataclass
class Tally:
    """Probabilities given and whether the rating was right, by kind of item."""

    pairs: dict[str, list[tuple[float, bool]]] = field(default_factory=dict)
    brier: dict[str, list[float]] = field(default_factory=dict)
    naive: dict[str, list[float]] = field(default_factory=dict)

    def add(self, kind: str, c: Certainty, truth: str | None, ratings: Iterable[str]) -> None:
        probs = {r: float(p) for r, p in c.probabilities}
        score = 0.0
        for r in ratings:
            p, right = probs.get(r, 0.0), r == truth
            self.pairs.setdefault(kind, []).append((p, right))
            score += (p - right) ** 2
        self.brier.setdefault(kind, []).append(score)
        self.naive.setdefault(kind, []).append(0.0 if c.rating == truth else 2.0)


def simulate(
    inspections: int,
    seed: int,
    prior: posterior.Prior,
    scenario: str = "given",
    *,
    truths: str = "corpus",
    applies: str = "example",
) -> Tally:
    """Rate ``inspections`` simulated inspections; tally each probability against the truth.

    ``truths``: ``corpus`` (the published shares, moved a little) or ``prior`` (drawn from
    ``prior`` itself: then, with ``applies="all"`` and the population given, the model is the
    simulation's own, and any miscalibration is the arithmetic's or the noise of the run).
    ``applies``: ``example`` (each key question applies to the share of cases it does in the
    example) or ``all`` (every key question to every case of its domain).
    """
    rng = random.Random(seed)
    shares = corpus_shares()
    rates = applicability()
    if applies == "all":
        rates = {kid: (d, 1.0) for kid, (d, _) in rates.items()}
    framework = load_framework(FRAMEWORK)
    ratings = [b.rating for b in framework.banding.bands]
    overall_ratings = [b.rating for b in framework.overall.bands]
    tally = Tally()
    ranges = LARGE if scenario == "large" else RANGES[scenario]
    alpha, beta = float(prior.alpha), float(prior.beta)
    with posterior.using_prior(prior):
        for _ in range(inspections):
            pops = {
                d: round(math.exp(rng.uniform(math.log(lo), math.log(hi))))
                for d, (lo, hi) in zip(("2", "3"), ranges, strict=True)
            }
            sizes = {d.domain: d.needed or 0 for d in sampling_plan(framework, dict(pops))}
            sample: dict[str, Any] = {}
            full: dict[str, Any] = {}
            for kid, (domain, rate) in rates.items():
                n_pop, n_read = pops[domain], sizes[domain]
                if truths == "prior":
                    theta = rng.betavariate(alpha, beta)
                else:
                    theta = rng.choice(shares) + rng.uniform(-JITTER, JITTER) / 100
                    theta = min(max(theta, 0.0), 1.0)
                relevant = n_pop if rate >= 1 else sum(rng.random() < rate for _ in range(n_pop))
                yes = sum(rng.random() < theta for _ in range(relevant))
                # The sample: n_read of the domain's cases, drawn without replacement.
                r = _hypergeometric(rng, n_pop, relevant, n_read)
                y = _hypergeometric(rng, relevant, yes, r) if r else 0
                sample[kid] = {"relevant": r, "yes": y}
                full[kid] = {"relevant": relevant, "yes": yes}
            got = _rate(sample, pops if scenario == "given" else None)
            truth = _rate(full, pops)
            for c in certainties(got):
                if c.state != "known" or c.kind == "standard" and c.item.startswith("1."):
                    continue
                right = _truth(truth, c.item)
                if c.kind == "key_question" and right is None:
                    continue  # the full count has no relevant case: nothing to be right about
                tally.add(c.kind, c, right, overall_ratings if c.kind == "overall" else ratings)
    return tally


def _rate(counts: dict[str, Any], population: dict[str, int] | None) -> Result:
    doc: dict[str, Any] = {
        "format": "ratingbook/inspection-v1",
        "service": "simulated",
        "framework": FRAMEWORK,
        "domain1": {"1.1": "Good", "1.2": "Good", "1.3": "Good", "1.4": "Good"},
        "counts": counts,
    }
    if population is not None:
        doc["population"] = population
    inspection = load_inspection_text(json.dumps(doc), "simulated.json")
    return evaluate(load_framework(FRAMEWORK), inspection)


def _truth(r: Result, item: str) -> str | None:
    if item == "overall":
        return r.overall.rating
    s = r.standard(item)
    if s is not None:
        return s.rating
    k = r.key_question(item)
    return None if k is None else k.band


# ---------------------------------------------------------------------------- the tables

BINS = [(i / 10, (i + 1) / 10) for i in range(10)]


@dataclass(frozen=True)
class Row:
    low: float
    high: float
    n: int
    mean: float
    right: float

    @property
    def sigma(self) -> float:
        """The standard error of the share right, were the mean probability exact."""
        return math.sqrt(max(self.mean * (1 - self.mean), 1e-12) / self.n) if self.n else 0.0


def reliability(pairs: Sequence[tuple[float, bool]]) -> list[Row]:
    rows = []
    for lo, hi in BINS:
        inside = [(p, r) for p, r in pairs if lo <= p < hi or (hi == 1.0 and p == 1.0)]
        if not inside:
            rows.append(Row(lo, hi, 0, math.nan, math.nan))
            continue
        rows.append(
            Row(
                lo,
                hi,
                len(inside),
                statistics.fmean(p for p, _ in inside),
                statistics.fmean(1.0 if r else 0.0 for _, r in inside),
            )
        )
    return rows


def spiegelhalter(pairs: Sequence[tuple[float, bool]]) -> float:
    """Spiegelhalter's z: near 0 (within about 2 either way) when the probabilities are
    calibrated, as a normal deviate."""
    num = sum((r - p) * (1 - 2 * p) for p, r in pairs)
    var = sum((1 - 2 * p) ** 2 * p * (1 - p) for p, r in pairs)
    return num / math.sqrt(var) if var else 0.0


def table(tally: Tally, title: str) -> str:
    lines = [
        f"{title}",
        "",
        "| probability | " + " | ".join(_kind_words(k) for k in KINDS) + " |",
        "|---|" + "---|" * len(KINDS),
    ]
    by_kind = {k: reliability(tally.pairs.get(k, [])) for k in KINDS}
    for i, (lo, hi) in enumerate(BINS):
        cells = []
        for k in KINDS:
            row = by_kind[k][i]
            cells.append(
                "-" if not row.n else f"{row.n}: {100 * row.mean:.1f}% -> {100 * row.right:.1f}%"
            )
        lines.append(f"| {100 * lo:.0f}-{100 * hi:.0f}% | " + " | ".join(cells) + " |")
    lines.append(
        "| Brier score (trusting the sample) | "
        + " | ".join(
            f"{statistics.fmean(tally.brier[k]):.3f} ({statistics.fmean(tally.naive[k]):.3f})"
            if tally.brier.get(k)
            else "-"
            for k in KINDS
        )
        + " |"
    )
    lines.append(
        "| Spiegelhalter z | "
        + " | ".join(
            f"{spiegelhalter(tally.pairs[k]):+.1f}" if tally.pairs.get(k) else "-" for k in KINDS
        )
        + " |"
    )
    return "\n".join(lines)


def _kind_words(kind: str) -> str:
    return {"key_question": "key-question bands", "standard": "standards", "overall": "overall"}[
        kind
    ]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inspections", type=int, default=400)
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--prior", default="corpus", choices=[*posterior.PRIORS, "all"])
    ap.add_argument("--scenario", default="given", choices=[*SCENARIOS, "all"])
    ap.add_argument("--truths", default="corpus", choices=["corpus", "prior"])
    ap.add_argument("--applies", default="example", choices=["example", "all"])
    ap.add_argument("--fit", action="store_true", help="print the corpus's spread and fit")
    args = ap.parse_args(argv)
    if args.fit:
        shares = corpus_shares()
        m, sd, a, b = fit(shares)
        print(
            f"{len(shares)} key-question shares: mean {100 * m:.1f}%, standard deviation "
            f"{100 * sd:.1f} points; Beta({a:.2f}, {b:.2f}) has that mean and spread"
        )
        return 0
    priors = list(posterior.PRIORS) if args.prior == "all" else [args.prior]
    scenarios = list(SCENARIOS) if args.scenario == "all" else [args.scenario]
    for scenario in scenarios:
        for name in priors:
            prior = posterior.PRIORS[name]
            tally = simulate(
                args.inspections,
                args.seed,
                prior,
                scenario,
                truths=args.truths,
                applies=args.applies,
            )
            title = (
                f"Population {scenario}, {_prior_words(prior, basis=True)}, true shares from the "
                f"{args.truths}, key questions applying {APPLIES[args.applies]}: "
                f"{args.inspections} inspections, seed {args.seed}. Each cell: how many "
                "probabilities, their mean -> the share right."
            )
            print(table(tally, title))
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
