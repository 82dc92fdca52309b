"""What every rule form is: how it rates, and the three analyses every rating gets from it.

A *standard form* turns the figures of a standard's rated key questions into the standard's
banded rating (a band score). It says which figures it reads (``bands`` or ``shares``, or, for
the judged forms, what the inspector gives), how it rates, which key questions set the rating,
and its wording. From that, :mod:`.kernel` derives, for every form alike:

- :meth:`StandardForm.possible`: the ratings still possible when some key questions are known
  only as a range (the undetermined range);
- :meth:`StandardForm.cheapest`: the fewest differing judgements that reach each rating (what
  would move it);
- :meth:`StandardForm.distribution`: the chance of each rating (how sure it is).

A form that reads bands (lowest, highest, median, a decision table) gets all three from one
fold over the sorted band scores; a form that reads exact percentages (the mean) works them out
itself, in its own module, because a sum of percentages is not a handful of states.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from fractions import Fraction
from typing import ClassVar, Literal, TypeVar

from ratingbook._record import record
from ratingbook.framework.arithmetic import Rounder, round_percent, rounder
from ratingbook.framework.model import Band, Framework, Rule
from ratingbook.framework.rules import kernel
from ratingbook.framework.rules.kernel import CHEAPEST, COST, POSSIBLE, Way

Reads = Literal["bands", "shares", "judgement", "scores"]
Outcome = int | None
"""A key question's (or standard's) outcome: its band's (rating's) score, or None: no band
(no relevant cases), not rated."""

_TINY = Fraction(1, 10**12)
_EMPTY: tuple[int, ...] = ()
_V = TypeVar("_V")


# ---------------------------------------------------------------------------- the scale


@record(kw_only=False)
class Scale:
    """A version's key-question banding: rounding, bands and the scores of their ratings."""

    rounding: str
    bands: tuple[Band, ...]  # ascending
    score: Mapping[str, int]  # by rating
    names: Mapping[int, str]  # rating by score
    # Work derived from the scale alone (each key question's reach and its part in the search for
    # the fewest judgements, by its counts), kept.
    memo: dict[object, object] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def keep(self, key: object, value: _V) -> _V:
        """``value``, kept in the memo under ``key`` while it holds fewer than 100,000 entries
        (a corpus of every count there is would otherwise grow it without bound)."""
        if len(self.memo) < 100_000:
            self.memo[key] = value
        return value

    @staticmethod
    def of(framework: Framework) -> Scale:
        return Scale(
            rounding=framework.banding.rounding,
            bands=framework.banding.bands,
            score={r.name: r.score for r in framework.ratings},
            names={r.score: r.name for r in framework.ratings},
        )

    @property
    def round(self) -> Rounder:
        return rounder(self.rounding)  # type: ignore[arg-type]

    def percent(self, value: Fraction) -> int:
        """A percentage (0..100, exact) rounded as the version says."""
        return round_percent(value, self.rounding)

    def band_score(self, percent: int) -> int | None:
        """The score of the band a whole percentage falls in (None: in no band)."""
        for b in self.bands:
            if b.low <= percent <= b.high:
                return self.score[b.rating]
        return None

    def percent_range(
        self, low: Fraction, high: Fraction, low_open: bool, high_open: bool
    ) -> tuple[int, int]:
        """The whole percentages that exact values between ``low`` and ``high`` round to
        (an open end excludes the value itself), from the lowest to the highest."""
        a = self.percent(low + _TINY if low_open else low)
        b = self.percent(high - _TINY if high_open else high)
        return a, b


# ---------------------------------------------------------------------------- figures


@record(kw_only=False)
class Figure:
    """One rated key question, as a standard's rule reads it."""

    band: int  # its band's score (the panel's band, where a key-question decision applies)
    percent: int  # its whole percentage, rounded as the version says
    relevant: int | None = None  # its relevant cases and yes answers, where known
    yes: int | None = None

    @property
    def share(self) -> Fraction:
        """Its exact percentage, 0..100 (the whole percentage, where only that is known):
        worked out only for a form that reads it, so rating by bands never makes fractions."""
        if self.relevant and self.yes is not None:
            return Fraction(100 * self.yes, self.relevant)
        return Fraction(self.percent)


@record(kw_only=False)
class ShareRange:
    """The exact percentages a key question may still have (0..100), and whether it may have
    none (no relevant cases) or must have one."""

    low: Fraction
    high: Fraction
    low_open: bool = False
    high_open: bool = False


@record(kw_only=False)
class PartRange:
    """What a key question may still be, where the data cannot decide it: its possible band
    scores (None: no band), and its possible exact percentages (None: it has none)."""

    bands: frozenset[Outcome]
    shares: ShareRange | None = None


@record(kw_only=False)
class PartMoves:
    """What differing judgements can do to a key question: the fewest that put it in each band
    (by the band's score; None: it has no band and cannot get one), and its counts."""

    costs: Mapping[Outcome, int]
    relevant: int = 0
    yes: int = 0


@record(kw_only=False)
class PartChances:
    """The chance of each band of a key question, and of its exact percentage: ``shares`` is
    a list of (exact percentage, chance) points that a form reading percentages adds up."""

    bands: Mapping[Outcome, float] | Mapping[Outcome, Fraction]
    shares: Sequence[tuple[Fraction, float]] = ()


# ---------------------------------------------------------------------------- forms


class StandardForm:
    """A way to rate a standard from its key questions (or from what the inspector gives)."""

    name: ClassVar[str]  # the words after ``rated by``; N..M stands for two whole numbers
    reads: ClassVar[Reads]
    summary: ClassVar[str]  # one line, for the docs and "did you mean"
    # How the handbook, explain and the HTML say it (``{n}``/``{m}``: the form's figures).
    sentence: ClassVar[str]
    # What set a standard's band, as explain names it ("lowest key-question band: Good ...").
    decided_by: ClassVar[str] = ""
    # Before the key questions that set it, in the ratings table's "set by" column.
    set_by: ClassVar[str] = ""
    # The handbook: how a standard is rated, as a sentence; and a domain's standards ("its
    # standards are rated ...").
    handbook: ClassVar[str] = ""
    domain_words: ClassVar[str] = ""

    def __init__(
        self, scale: Scale, params: tuple[int, ...] = (), rule: Rule | None = None
    ) -> None:
        self.scale = scale
        self.params = params
        self.rule = rule

    # ------------------------------------------------------------------ rating
    def rate(self, figures: Sequence[Figure]) -> int | None:
        """The standard's banded rating (its score) from its rated key questions."""
        raise NotImplementedError

    def deciding(self, figures: Sequence[Figure], score: int) -> tuple[int, ...]:
        """Which key questions set the rating (indices into ``figures``): by default, those
        in the band the standard got."""
        return tuple(i for i, f in enumerate(figures) if f.band == score)

    def deciding_percent(self, figures: Sequence[Figure], score: int) -> int | None:
        """The percentage that set the rating, which the discretion measures read: by
        default the lowest of the key questions that set it."""
        chosen = self.deciding(figures, score)
        return min((figures[i].percent for i in chosen), default=None)

    def wording(self) -> str:
        """The rule in the framework's words, for a reader."""
        n, m = (self.params + (0, 0))[:2]
        return self.sentence.format(n=n, m=m)

    # ------------------------------------------------------------------ analyses
    def possible(self, parts: Sequence[PartRange]) -> frozenset[Outcome]:
        raise NotImplementedError

    def cheapest(self, parts: Sequence[PartMoves]) -> dict[Outcome, Way]:
        raise NotImplementedError

    def fewest(self, parts: Sequence[PartMoves]) -> dict[Outcome, int]:
        """The fewest differing judgements that reach each rating, without the ways (the
        cheapest ways' costs, unless a form can count them more quickly)."""
        return {o: w.cost for o, w in self.cheapest(parts).items()}

    def distribution(self, parts: Sequence[PartChances]) -> dict[Outcome, float]:
        raise NotImplementedError


def _rank(o: Outcome) -> tuple[object, ...]:
    # Among ways of equal cost, the one that keeps each key question lowest (None last).
    return (o is None, o or 0)


def _grow(state: tuple[int, ...], i: int, o: Outcome) -> tuple[int, ...]:
    if o is None:
        return state
    return tuple(sorted((*state, o)))


def fewest_for_extreme(parts: Sequence[PartMoves], lowest: bool) -> dict[Outcome, int]:
    """For the lowest (or highest) band rule: by rating, the fewest judgements that give it.
    Every key question must end at the band or above it (below it, for the highest), each the
    cheapest way it can; and one of them exactly at the band, the one for which that costs
    least extra. Key questions without a band take no part; with none at all, no rating."""
    rated = [p.costs for p in parts if None not in p.costs]
    if not rated:
        return {None: 0}
    scores = sorted({o for costs in rated for o in costs if o is not None})
    out: dict[Outcome, int] = {}
    for b in scores:
        total, extra = 0, None
        for costs in rated:
            best = None
            for o, c in costs.items():
                if (o >= b if lowest else o <= b) and (best is None or c < best):  # type: ignore[operator]
                    best = c
            if best is None:
                break
            total += best
            exact = costs.get(b)
            if exact is not None and (extra is None or exact - best < extra):
                extra = exact - best
        else:
            if extra is not None:
                out[b] = total + extra
    return out


class BandForm(StandardForm):
    """A form that reads only the bands of the rated key questions: it rates the sorted band
    scores, and the kernel gives every analysis from that.

    The kernel's state is the sorted band scores seen so far (:meth:`grow`); a form whose
    rating needs less of them (the lowest band needs only the lowest) may keep less, which
    only makes the fold quicker: :meth:`of_bands` must give the same rating either way, and
    the tests hold every form's kernel to a brute force over the full combinations."""

    reads: ClassVar[Reads] = "bands"

    def of_bands(self, bands: tuple[int, ...]) -> int:
        """The standard's band score from its key questions' band scores (sorted, at least one)."""
        raise NotImplementedError

    def grow(self, state: tuple[int, ...], i: int, o: Outcome) -> tuple[int, ...]:
        """The state after one more key question's outcome."""
        return _grow(state, i, o)

    def _finish(self, state: tuple[int, ...]) -> Outcome:
        return self.of_bands(state) if state else None

    def rate(self, figures: Sequence[Figure]) -> int | None:
        return self._finish(tuple(sorted(f.band for f in figures)))

    def possible(self, parts: Sequence[PartRange]) -> frozenset[Outcome]:
        table = kernel.fold(
            [dict.fromkeys(p.bands, True) for p in parts], _EMPTY, self.grow, POSSIBLE
        )
        return frozenset(kernel.results(table, self._finish, POSSIBLE))

    def cheapest(self, parts: Sequence[PartMoves]) -> dict[Outcome, Way]:
        table = kernel.fold(
            [kernel.ways(p.costs, _rank) for p in parts], _EMPTY, self.grow, CHEAPEST
        )
        return kernel.results(table, self._finish, CHEAPEST)

    def fewest(self, parts: Sequence[PartMoves]) -> dict[Outcome, int]:
        table = kernel.fold([dict(p.costs) for p in parts], _EMPTY, self.grow, COST)
        return kernel.results(table, self._finish, COST)

    def distribution(self, parts: Sequence[PartChances]) -> dict[Outcome, float]:
        weights: list[dict[Outcome, float]] = [dict(p.bands) for p in parts]  # type: ignore[arg-type]
        return kernel.chances(weights, _EMPTY, self.grow, self._finish)


class JudgedForm(StandardForm):
    """A form whose rating the inspector gives: nothing is worked out from cases, so every
    analysis keeps the rating as given."""

    def rate(self, figures: Sequence[Figure]) -> int | None:
        raise TypeError("a judged standard's rating is given, not worked out from key questions")

    def possible(self, parts: Sequence[PartRange]) -> frozenset[Outcome]:
        raise TypeError("a judged standard's rating is given")

    def cheapest(self, parts: Sequence[PartMoves]) -> dict[Outcome, Way]:
        raise TypeError("a judged standard's rating is given")

    def distribution(self, parts: Sequence[PartChances]) -> dict[Outcome, float]:
        raise TypeError("a judged standard's rating is given")
