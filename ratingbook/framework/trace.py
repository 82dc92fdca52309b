"""The trace behind a key question's figures, worked out when it is read, not while rating.

Rating a key question needs only bitmask counts. Which cases were counted or left out, and
why, the prompts' figures and the interval are kept as a :class:`KeyQuestionTrace`: the
masks and the plan they came from. Each part is worked out the first time it is asked for
(by ``explain``, a report or the JSON), so a caller that only wants the ratings never pays
for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Final, Literal, TypeVar, assert_never, cast

from ratingbook._record import record
from ratingbook.framework import conditions, messages
from ratingbook.framework.arithmetic import round_percent
from ratingbook.framework.conditions import Condition
from ratingbook.framework.inspection import Answer, Case, Inspection, indexes
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.plan import KeyQuestionPlan, Plan

# ---------------------------------------------------------------------------- why a case counts


@record
class Fact:
    """A case's value of an attribute that decided whether a condition holds."""

    name: str
    value: str | None  # None: the case does not give it and there is no default


@record
class Admitted:
    """The case is counted: the conditions that admit it, and the facts that do."""

    facts: tuple[Fact, ...]


@record
class OutsideDomain:
    """The case is not one the key question's domain covers."""

    domain: str
    condition: str
    facts: tuple[Fact, ...]


@record
class NotNeeded:
    """The case does not meet the key question's own condition."""

    condition: str
    facts: tuple[Fact, ...]


@record
class AnsweredNotApplicable:
    """The inspector answered n/a to a 'where applicable' key question."""


Why = Admitted | OutsideDomain | NotNeeded | AnsweredNotApplicable
_W = TypeVar("_W")


def reason_words(why: Why) -> str:
    """Why a case counts for a key question, or is left out of it, in the words of the
    messages registry: a finding quotes it while rating, and the views show the same."""
    match why:
        case Admitted():
            return messages.case_admitted(facts=_facts(why.facts))
        case OutsideDomain():
            return messages.case_outside_domain(
                domain=why.domain, condition=why.condition, facts=_facts(why.facts)
            )
        case NotNeeded():
            return messages.case_not_needed(condition=why.condition, facts=_facts(why.facts))
        case AnsweredNotApplicable():
            return messages.case_answered_not_applicable()
        case _:
            assert_never(why)


def _facts(facts: tuple[Fact, ...]) -> tuple[tuple[str, str | None], ...]:
    return tuple((f.name, f.value) for f in facts)


@record
class CaseUse:
    """One case, and why it was counted for (or left out of) a key question."""

    case: str
    answer: Answer | None
    why: Why
    given: str | None = None  # the reason the data gives for the answer
    inspector: str | None = None  # who judged the case

    @property
    def reason(self) -> Phrase:
        """Why it counts or is left out (the views word it)."""
        return said(Say.CASE_REASON, why=self.why)


class CaseFacts:
    """A case's attribute values as a condition sees them: defaults filled in."""

    __slots__ = ("_plan", "_case")

    def __init__(self, plan: Plan, case: Case) -> None:
        self._plan, self._case = plan, case

    def value(self, name: str) -> str | None:
        if name in self._case.attributes:
            return self._case.attributes[name]
        return self._plan.default(name)

    def holds(self, test: conditions.Test) -> bool:
        """One test on this case, as the plan compiled it."""
        return self._plan.passes(test)(self.value(test.name))

    def decide(self, cond: Condition) -> tuple[bool, tuple[Fact, ...]]:
        """Whether a condition holds, and the facts that decided it."""
        ok, names = conditions.evaluate(
            cond, lambda t: (self.holds(t), (t.name,)), conditions.DECIDED
        )
        return ok, tuple(Fact(name=n, value=self.value(n)) for n in names)


class Decisions:
    """Whether each condition holds, and the facts that decided it, by the values the
    condition reads: a domain's condition is decided once per different set of values (a few),
    not once per case and key question. Keyed by values, never by case, so that what is kept
    does not grow with the cases: an explanation of 200,000 cases keeps a few entries, not one
    for every case and condition."""

    __slots__ = ("_names", "_found", "_shared")

    def __init__(self) -> None:
        # Keyed by id: the conditions are the plan's, which outlives the result's decisions.
        self._names: dict[int, tuple[str, ...]] = {}
        self._found: dict[tuple[object, ...], tuple[bool, tuple[Fact, ...]]] = {}
        self._shared: dict[tuple[object, ...], object] = {}

    def shared(self, key: tuple[object, ...], make: Callable[[], _W]) -> _W:
        """The one value made for ``key`` (a reason that cases decided alike share)."""
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = make()
        return cast("_W", found)

    def decide(self, plan: Plan, cond: Condition, case: Case) -> tuple[bool, tuple[Fact, ...]]:
        """Whether ``cond`` holds for ``case``, and the facts that decided it."""
        names = self._names.get(id(cond))
        if names is None:
            names = self._names[id(cond)] = tuple(conditions.names(cond))
        # A condition reads only the values of the names it tests (a case's own or the
        # plan's default, as CaseFacts.value reads them): two cases with the same values are
        # decided alike.
        given = case.attributes
        key = (id(cond), *[given[n] if n in given else plan.default(n) for n in names])
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = CaseFacts(plan, case).decide(cond)
        return found


def _decide(
    plan: Plan, cond: Condition, case: Case, memo: Decisions | None
) -> tuple[bool, tuple[Fact, ...]]:
    if memo is None:
        return CaseFacts(plan, case).decide(cond)
    return memo.decide(plan, cond, case)


def _shared(memo: Decisions | None, key: tuple[object, ...], make: Callable[[], _W]) -> _W:
    return make() if memo is None else memo.shared(key, make)


def why_not(
    plan: Plan, kq: KeyQuestionPlan, case: Case, memo: Decisions | None = None
) -> Why | None:
    """Why a key question does not apply to a case, or None when it does. With ``memo``,
    cases decided alike share one reason (the decisions it holds are shared, so their
    identities say which)."""
    domain_cond, own = kq.domain.condition, kq.key_question.condition
    if domain_cond is not None:
        decided = _decide(plan, domain_cond, case, memo)
        if not decided[0]:
            return _shared(
                memo,
                ("outside", id(kq), id(decided)),
                lambda: OutsideDomain(
                    domain=kq.domain.id,
                    condition=conditions.text(domain_cond),
                    facts=decided[1],
                ),
            )
    if own is not None:
        decided_own = _decide(plan, own, case, memo)
        if not decided_own[0]:
            return _shared(
                memo,
                ("not needed", id(kq), id(decided_own)),
                lambda: NotNeeded(condition=conditions.text(own), facts=decided_own[1]),
            )
    return None


def why_admitted(
    plan: Plan, kq: KeyQuestionPlan, case: Case, memo: Decisions | None = None
) -> Admitted:
    """The facts that admit a case to a key question."""
    decisions = [
        _decide(plan, cond, case, memo)
        for cond in (kq.domain.condition, kq.key_question.condition)
        if cond is not None
    ]
    key = ("admitted", id(kq), *map(id, decisions))
    return _shared(memo, key, lambda: Admitted(facts=tuple(f for d in decisions for f in d[1])))


# ---------------------------------------------------------------------------- prompts and intervals


Basis = Literal["cases", "counts", "percent", "none"]


@record
class PromptResult:
    """A prompt's figures: prompts guide the judgement of their key question; they do not rate."""

    id: str
    text: str
    relevant: int | None
    yes: int | None
    na: int
    percent: int | None
    basis: Literal["cases", "counts", "none"]


def prompt_from_counts(plan: Plan, inspection: Inspection, pid: str, text: str) -> PromptResult:
    """A prompt's published figures."""
    c = inspection.counts[pid]
    if c.relevant is not None and c.yes is not None:
        p = plan.round(c.yes, c.relevant) if c.relevant else None
        return PromptResult(
            id=pid, text=text, relevant=c.relevant, yes=c.yes, na=0, percent=p, basis="counts"
        )
    assert c.percent is not None
    return PromptResult(
        id=pid,
        text=text,
        relevant=None,
        yes=None,
        na=0,
        percent=round_percent(c.percent, plan.framework.banding.rounding),
        basis="counts",
    )


class KeyQuestionTrace:
    """The cases and prompts behind a key question's figures, worked out on first use."""

    def __init__(
        self,
        *,
        plan: Plan,
        kq: KeyQuestionPlan,
        inspection: Inspection,
        admitted: int = 0,
        counted: int = 0,
        from_cases: bool = True,
        memo: Decisions | None = None,
    ) -> None:
        self.plan, self.kq, self.inspection = plan, kq, inspection
        self.admitted, self.counted_mask = admitted, counted
        self.from_cases = from_cases
        self.memo = memo

    def _cases(self, mask: int) -> list[Case]:
        cases = self.inspection.cases
        return [cases[i] for i in indexes(mask)]

    def _each_case(self, mask: int) -> Iterator[Case]:
        cases = self.inspection.cases
        return (cases[i] for i in indexes(mask))

    @cached_property
    def counted(self) -> tuple[CaseUse, ...]:
        return tuple(self.each_counted())

    def each_counted(self) -> Iterator[CaseUse]:
        """The cases counted, one at a time, none kept: for outputs that write them as they
        come (a result's JSON at 200,000 cases)."""
        if not self.from_cases:
            return
        mask = self.counted_mask
        whys = self._whys(mask, lambda c: why_admitted(self.plan, self.kq, c, self.memo))
        table, item = self.inspection.table, self.kq.id
        for c in self._each_case(mask):
            why = whys[c.index]
            assert why is not None  # every case of the mask has one
            yield CaseUse(
                case=c.id,
                answer=table.answer(item, c.index),
                why=why,
                given=c.reasons.get(item),
                inspector=c.inspector,
            )

    def _counted_use(self, c: Case) -> CaseUse:
        return CaseUse(
            case=c.id,
            answer=self.inspection.table.answer(self.kq.id, c.index),
            why=why_admitted(self.plan, self.kq, c, self.memo),
            given=c.reasons.get(self.kq.id),
            inspector=c.inspector,
        )

    @cached_property
    def excluded(self) -> tuple[CaseUse, ...]:
        return tuple(self.each_excluded())

    def each_excluded(self) -> Iterator[CaseUse]:
        """The cases left out, one at a time, none kept."""
        if not self.from_cases:
            return
        outside = self.inspection.table.everyone & ~self.admitted
        na = self.admitted & ~self.counted_mask

        def why_out(c: Case) -> Why:
            why = why_not(self.plan, self.kq, c, self.memo)
            assert why is not None
            return why

        whys = self._whys(outside, why_out)
        answered_na = AnsweredNotApplicable()
        table, item = self.inspection.table, self.kq.id
        for c in self._each_case(outside | na):
            yield CaseUse(
                case=c.id,
                answer=table.answer(item, c.index),
                why=whys[c.index] or answered_na,
                given=c.reasons.get(item),
                inspector=c.inspector,
            )

    # At most this many groups of cases that a key question's conditions read alike are
    # decided by masks, from attributes whose masks the table made at load (a few values);
    # past either (numbers, dates), each case is decided alone.
    GROUPS: Final = 64

    def _whys(self, mask: int, why: Callable[[Case], _W]) -> list[_W | None]:
        """``why`` of each case of ``mask``, by index (None: not in ``mask``).

        With decisions shared (``memo``), cases that give the same values of every attribute
        the key question's conditions test are decided alike, to the same reason: the groups
        are found from the table's masks of each attribute's values, and one case of each
        decides it for all (the same objects, through ``memo``, as case by case). Otherwise,
        or where the groups would be many, each case is decided alone."""
        cases = self.inspection.cases
        out: list[_W | None] = [None] * len(cases)
        groups = None if self.memo is None else self._alike(mask)
        if groups is None:
            for i in indexes(mask):
                out[i] = why(cases[i])
            return out
        for group in groups:
            found = indexes(group)
            decided = why(cases[found[0]])
            for i in found:
                out[i] = decided
        return out

    def _alike(self, mask: int) -> list[int] | None:
        """The cases of ``mask`` split by the values of the attributes this key question's
        conditions test (each group non-empty), or None where they would be many."""
        table = self.inspection.table
        names: dict[str, None] = {}
        for cond in (self.kq.domain.condition, self.kq.key_question.condition):
            if cond is not None:
                names.update(dict.fromkeys(conditions.names(cond)))
        groups = [mask] if mask else []
        for name in names:
            values = table.distinct(name)
            if len(values) > table.INDEX_AT_LOAD:
                return None
            groups = [g & v for g in groups for v in (table.value_mask(name, x) for x in values)]
            groups = [g for g in groups if g]
            if len(groups) > self.GROUPS:
                return None
        return groups

    def _excluded_use(self, c: Case, outside: int) -> CaseUse:
        if (outside >> c.index) & 1:
            why = why_not(self.plan, self.kq, c, self.memo)
            assert why is not None
        else:
            why = AnsweredNotApplicable()
        return CaseUse(
            case=c.id,
            answer=self.inspection.table.answer(self.kq.id, c.index),
            why=why,
            given=c.reasons.get(self.kq.id),
            inspector=c.inspector,
        )

    def counts(self, case: Case) -> bool:
        """Whether ``case`` is one of the cases counted."""
        return self.from_cases and bool((self.counted_mask >> case.index) & 1)

    def use_of(self, case: Case) -> CaseUse | None:
        """One case as :meth:`each_counted` or :meth:`each_excluded` gives it (None: it is in
        neither), worked out from the masks alone: explaining one case of 200,000 decides that
        case, not every case of every key question."""
        if not self.from_cases:
            return None
        if self.counts(case):
            return self._counted_use(case)
        outside = self.inspection.table.everyone & ~self.admitted
        na = self.admitted & ~self.counted_mask
        if ((outside | na) >> case.index) & 1:
            return self._excluded_use(case, outside)
        return None

    @property
    def has_cases(self) -> bool:
        """Whether any case is counted or left out (without working either list out)."""
        if not self.from_cases:
            return False
        return bool(self.counted_mask or self.inspection.table.everyone & ~self.counted_mask)

    @cached_property
    def prompts(self) -> tuple[PromptResult, ...]:
        counts = self.inspection.counts
        table = self.inspection.table
        out = []
        for p in self.kq.prompts:
            if p.id in counts:
                out.append(prompt_from_counts(self.plan, self.inspection, p.id, p.text.text))
                continue
            if not self.from_cases:
                continue  # published figures: only the prompts the data gives
            yes_m, no_m, na_m = table.answer_masks(p.id)
            if not (yes_m | no_m | na_m):
                out.append(
                    PromptResult(
                        id=p.id,
                        text=p.text.text,
                        relevant=None,
                        yes=None,
                        na=0,
                        percent=None,
                        basis="none",
                    )
                )
                continue
            relevant = ((yes_m | no_m) & self.counted_mask).bit_count()
            yes = (yes_m & self.counted_mask).bit_count()
            out.append(
                PromptResult(
                    id=p.id,
                    text=p.text.text,
                    relevant=relevant,
                    yes=yes,
                    na=(na_m & self.counted_mask).bit_count(),
                    percent=self.plan.round(yes, relevant) if relevant else None,
                    basis="cases",
                )
            )
        return tuple(out)
