"""Counts over rated parts, the small language of decision tables and limits.

``at least 2 key questions are Good or better``, ``every standard in domain 2 is Good``,
``no key question is Inadequate``: each is a *tally*, a count of the rated parts in its scope
whose rating is in a set, compared with a number. A table row or a limit holds when all its
tallies do. Only the counts matter, so a rule that reads tallies reads a few small numbers: the
*atoms* (scope and set) each capped just above the largest number any tally compares it with.
That keeps the kernel's states few however many parts there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from ratingbook._record import record
from ratingbook.framework.model import Tally


@record(kw_only=False)
class Atom:
    """What a tally counts: parts in scope (by index) whose score is in ``scores``."""

    scope: frozenset[int] | None  # part indices; None: every part
    scores: frozenset[int]


@record(kw_only=False)
class Test:
    """One tally, compiled: an atom, how it is compared, and over how many parts (for
    ``every``, which compares with the number of rated parts in scope)."""

    atom: int  # index into the atoms
    scope_atom: int  # for "every": the atom counting every rated part in scope (else -1)
    quantifier: str
    count: int

    def holds(self, counts: Sequence[int]) -> bool:
        have = counts[self.atom]
        match self.quantifier:
            case "every":
                return have == counts[self.scope_atom]
            case "any":
                return have >= 1
            case "no":
                return have == 0
            case "at least":
                return have >= self.count
            case _:
                return have <= self.count


class Atoms:
    """The atoms a set of tallies reads, each with its cap, and the compiled tallies."""

    def __init__(self) -> None:
        self.atoms: list[Atom] = []
        self.caps: list[int] = []
        self._index: dict[Atom, int] = {}

    def _atom(self, atom: Atom, cap: int) -> int:
        i = self._index.get(atom)
        if i is None:
            i = self._index[atom] = len(self.atoms)
            self.atoms.append(atom)
            self.caps.append(cap)
        else:
            self.caps[i] = max(self.caps[i], cap)
        return i

    def compile(
        self,
        tally: Tally,
        score: dict[str, int],
        scope: frozenset[int] | None,
        every_score: frozenset[int],
    ) -> Test:
        """A tally over parts whose possible scores are ``every_score``; ``scope``: the parts it
        looks at (None: all)."""
        scores = frozenset(score[r] for r in tally.ratings)
        # "every" compares the count with the number of rated parts in scope, which is not
        # bounded by a tally's number: no cap (the kernel's states stay few, parts being few).
        cap = 1 << 30 if tally.quantifier == "every" else max(tally.count, 1) + 1
        atom = self._atom(Atom(scope=scope, scores=scores), cap)
        whole = -1
        if tally.quantifier == "every":
            whole = self._atom(Atom(scope=scope, scores=every_score), cap)
        return Test(atom=atom, scope_atom=whole, quantifier=tally.quantifier, count=tally.count)

    def start(self) -> tuple[int, ...]:
        return (0,) * len(self.atoms)

    def add(self, counts: tuple[int, ...], part: int, score: int) -> tuple[int, ...]:
        """The counts after one more rated part, each capped."""
        out = list(counts)
        for i, atom in enumerate(self.atoms):
            if (atom.scope is None or part in atom.scope) and score in atom.scores:
                out[i] = min(out[i] + 1, self.caps[i])
        return tuple(out)


def all_hold(tests: Sequence[Test], counts: Sequence[int]) -> bool:
    return all(t.holds(counts) for t in tests)
