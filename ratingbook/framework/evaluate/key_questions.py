"""A key question's figures: from case answers, published counts or a published percentage."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from ratingbook.framework import codes, conditions, messages
from ratingbook.framework.arithmetic import Rounder, round_percent
from ratingbook.framework.evaluate.applicability import Applicability
from ratingbook.framework.evaluate.origin import Origin, Relation
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Count, Inspection
from ratingbook.framework.inspection import indexes as bits
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.plan import KeyQuestionPlan, Plan
from ratingbook.framework.result import Evaluation, KeyQuestionResult, Range, Undetermined
from ratingbook.framework.rules import ShareRange

if TYPE_CHECKING:
    from ratingbook.framework.trace import Basis

_NONE = (0, 0, 0)
_NO_PROMPTS = (0, 0)


class KeyQuestions:
    """Rates key questions of one inspection under one plan."""

    def __init__(
        self,
        plan: Plan,
        inspection: Inspection,
        problems: Problems,
        masks: Applicability,
        source: Evaluation,
        origin: Origin | None = None,
    ) -> None:
        self.plan, self.inspection, self.problems, self.masks = plan, inspection, problems, masks
        self.source = source
        self.origin = origin  # the version the data was recorded under, when it is another

    def rate(self, kq: KeyQuestionPlan) -> KeyQuestionResult:
        inspection = self.inspection
        count = inspection.counts.get(kq.id)
        if count is None:
            if kq.id in inspection.not_inspected:
                return KeyQuestionResult(
                    id=kq.id,
                    basis="none",
                    relevant=None,
                    yes=None,
                    percent=None,
                    band=None,
                    not_inspected=inspection.not_inspected[kq.id],
                    plan=kq,
                )
            if inspection.cases:
                return self._from_cases(kq)
            return self._no_figures(kq)
        if self.origin is not None:
            change = self.origin.change(kq)
            if change.relation not in ("same", "new"):
                return self._changed_condition(kq, count, change.relation, change.theirs)
        relevant: int | None = count.relevant
        yes: int | None = count.yes
        basis: Basis
        if relevant is not None and yes is not None:
            percent = self.plan.round(yes, relevant) if relevant else None
            basis = "counts"
        else:
            assert count.percent is not None
            relevant = yes = None
            percent = round_percent(count.percent, self.plan.framework.banding.rounding)
            basis = "percent"
            if self.origin is not None:
                spread = self._published(kq, count)
                if spread is not None:
                    return spread
        return KeyQuestionResult(
            id=kq.id,
            basis=basis,
            relevant=relevant,
            yes=yes,
            percent=percent,
            band=None if percent is None else self.plan.band_names[percent],
            published=count.percent if basis == "percent" else None,
            report_line=count.line,
            plan=kq,
            source=self.source,
        )

    def _published(self, kq: KeyQuestionPlan, count: Count) -> KeyQuestionResult | None:
        """A published whole percentage under another version than the data's: it stands for
        every exact value that rounds to it under the data's version's rule, and those may
        round to several whole percentages under this version's. None when they all give the
        same band and the standard's rule reads bands (the figure is then used as published);
        undetermined when they give several bands, or whenever the standard's rule reads the
        exact percentage (the mean), which no whole percentage gives."""
        assert self.origin is not None and count.percent is not None
        theirs = self.origin.plan.framework.banding.rounding
        mine = self.plan.framework.banding.rounding
        p = int(count.percent)
        low, high, low_open, high_open = _rounds_to(p, theirs)
        scale = self.plan.scale
        a, b = scale.percent_range(low, high, low_open, high_open)
        names = self.plan.band_names
        bands = {names[q] for q in range(a, b + 1)}
        shares = ShareRange(low=low, high=high, low_open=low_open, high_open=high_open)
        figure = {
            "key_question": kq.id,
            "percent": p,
            "origin": self.origin.id,
            "theirs": theirs,
            "low": low,
            "high": high,
            "version": self.plan.framework.id,
        }
        standard = self.plan.standard_by_id.get(kq.standard.id)
        if standard is not None and standard.form.reads == "shares":
            # The standard's rule reads the exact percentage (the mean), which the published
            # whole one does not give even where its band is decided: the standard's rating
            # is worked out over every exact figure it stands for.
            reason = said(Say.UNDETERMINED_EXACT_SHARE, **figure, standard=kq.standard.id)
        elif len(bands) == 1:
            # Every exact value gives the same band: the band is decided, and the published
            # figure itself (which every rounding keeps) is one of the percentages possible.
            return None
        else:
            reason = said(
                Say.UNDETERMINED_ROUNDING, **figure, mine=mine, rounded_low=a, rounded_high=b
            )
        return self._undetermined(
            kq,
            "percent",
            reason,
            said(Say.SETTLE_COUNTS, key_question=kq.id),
            (a, b, False),
            published=count.percent,
            report_line=count.line,
            shares=shares,
        )

    def _no_figures(self, kq: KeyQuestionPlan) -> KeyQuestionResult:
        """A key question the count data gives nothing for.

        Where the data gives figures for other key questions of its standard, leaving this one
        out would change the standard's lowest band without a word: under the data's own
        version that is an error (unless the data marks it not inspected), under another
        version the key question is undetermined. A standard with no figures at all is not
        rated. A key question the data's version does not have is undetermined.
        """
        inspection = self.inspection
        siblings = any(
            o.id != kq.id and (o.id in inspection.counts or o.id in inspection.not_inspected)
            for o in kq.standard.key_questions
        )
        origin = self.origin
        if origin is None:
            if siblings:
                self.problems.error(
                    messages.key_question_no_figures(key_question=kq.id, standard=kq.standard.id),
                    "counts",
                    key=True,
                )
        else:
            new = origin.change(kq).relation == "new"
            if siblings or new:
                return self._undetermined(
                    kq,
                    "none",
                    said(
                        Say.UNDETERMINED_NO_FIGURES,
                        key_question=kq.id,
                        origin=origin.id if new else None,
                    ),
                    said(Say.SETTLE_FIGURES, key_question=kq.id),
                    (0, 100, True),
                )
        return KeyQuestionResult(
            id=kq.id, basis="none", relevant=None, yes=None, percent=None, band=None, plan=kq
        )

    def _changed_condition(
        self,
        kq: KeyQuestionPlan,
        count: Count,
        relation: Relation,
        theirs: KeyQuestionPlan | None,
    ) -> KeyQuestionResult:
        """Counts taken under a condition this version does not use: which cases they would
        hold now cannot be known, only the percentages still possible."""
        assert self.origin is not None and theirs is not None
        relevant, yes = count.relevant, count.yes
        if relevant is not None and yes is not None:
            basis: Basis = "counts"
            if relation == "narrower" and relevant == 0:
                # No relevant cases before, so none now: nothing is undetermined.
                return KeyQuestionResult(
                    id=kq.id,
                    basis=basis,
                    relevant=0,
                    yes=0,
                    percent=None,
                    band=None,
                    report_line=count.line,
                    plan=kq,
                    source=self.source,
                )
            all_yes, all_no, none_before = yes == relevant, yes == 0, relevant == 0
        else:
            assert count.percent is not None
            basis = "percent"
            p = round_percent(count.percent, self.plan.framework.banding.rounding)
            all_yes, all_no, none_before = p == 100, p == 0, False
        # The cases now admitted are a part of those counted (narrower), include them all
        # (wider), or neither: any share of them may be yes, and there may be none.
        possible: tuple[int, int, bool] | frozenset[int | None]
        if relation == "narrower" and all_yes:
            possible = (100, 100, True)
        elif relation == "narrower" and all_no:
            possible = (0, 0, True)
        elif (
            relation == "narrower"
            and relevant is not None
            and yes is not None
            and relevant <= _EXACT_SUBSETS
        ):
            possible = _subsets(self.plan.round, relevant, yes)
        else:
            possible = (0, 100, relation != "wider" or none_before)
        # Every case gives what decides its domain; the facts to name are the others.
        tested = conditions.names(kq.admits) if kq.admits else []
        names = [n for n in tested if n not in self.plan.domain_attributes] or tested
        return self._undetermined(
            kq,
            basis,
            said(
                Say.UNDETERMINED_CONDITION,
                version=self.plan.framework.id,
                key_question=kq.id,
                applies=kq.applies,
                origin=self.origin.id,
                theirs=theirs.applies,
                relation=relation if relation in ("narrower", "wider") else "different",
            ),
            said(Say.SETTLE_CASE_DATA, names=tuple(names), version=self.plan.framework.id),
            possible,
            relevant=count.relevant,
            yes=count.yes,
            published=count.percent,
            report_line=count.line,
        )

    def _undetermined(
        self,
        kq: KeyQuestionPlan,
        basis: Basis,
        reason: Phrase,
        settle: Phrase,
        possible: tuple[int, int, bool] | frozenset[int | None],
        *,
        relevant: int | None = None,
        yes: int | None = None,
        published: float | None = None,
        report_line: int | None = None,
        admitted: int = 0,
        counted: int = 0,
        shares: ShareRange | None = None,
    ) -> KeyQuestionResult:
        """A key question this data cannot decide: the percentages and bands still possible
        (``shares``: the exact percentages, where narrower than the whole percentages say)."""
        names = self.plan.band_names
        if isinstance(possible, frozenset):
            # Exactly these whole percentages (None: no relevant cases) and no others.
            whole = sorted(p for p in possible if p is not None)
            low, high, no_band = whole[0], whole[-1], None in possible
            found = {names[p] for p in whole}
        else:
            low, high, no_band = possible
            found = {names[p] for p in range(low, high + 1)}
        if shares is None:
            shares = ShareRange(
                low=_max(Fraction(low) - Fraction(1, 2), Fraction(0)),
                high=_min(Fraction(high) + Fraction(1, 2), Fraction(100)),
            )
        bands = sorted({b for b in found if b is not None}, key=lambda b: self.plan.score[b])
        scores = sorted(self.plan.score[b] for b in bands)
        between = [
            s for s in sorted(self.plan.score.values()) if scores and scores[0] <= s <= scores[-1]
        ]
        only = () if between == scores else tuple(bands)
        return KeyQuestionResult(
            id=kq.id,
            basis=basis,
            relevant=relevant,
            yes=yes,
            percent=None,
            band=None,
            published=published,
            report_line=report_line,
            undetermined=Undetermined(
                reason=reason,
                settle=settle,
                percent_low=low,
                percent_high=high,
                bands=Range(
                    lowest=bands[0] if bands else None,
                    highest=bands[-1] if bands else None,
                    unrated=no_band,
                    only=only,
                ),
                shares=shares,
            ),
            admitted=admitted,
            counted_cases=counted,
            plan=kq,
            source=self.source if basis != "none" else None,
        )

    def _from_cases(self, kq: KeyQuestionPlan) -> KeyQuestionResult:
        plan, masks = self.plan, self.masks
        table = self.inspection.table
        slots = masks.slots
        in_domain = slots[kq.domain_slot]
        if in_domain is None:
            in_domain = masks.mask(kq.domain_slot)
        own = slots[kq.own_slot]
        if own is None:
            own = masks.mask(kq.own_slot)
        if kq.domain_needs:
            masks.require(kq.domain_needs, table.everyone, f"domain {kq.domain.id}")
        if kq.own_needs:
            lacking = None
            if self.origin is not None and self.origin.change(kq).relation != "same":
                lacking = masks.lacking(kq.own_needs, in_domain)
            if lacking:
                return self._unrecorded(kq, lacking)
            masks.require(kq.own_needs, in_domain, kq.id)
        admitted = in_domain & own
        yes_m, no_m, na_m = table.masks.get(kq.id, _NONE)
        answered = yes_m | no_m | na_m
        stray = answered & ~admitted
        missing = admitted & ~answered
        bad_na = 0 if kq.key_question.where_applicable else admitted & na_m
        unasked = 0
        if missing and self.origin is not None:
            # Cases the data's own version did not apply the key question to were never asked.
            unasked = missing & ~self.origin.admitted(kq.id)
            missing &= ~unasked
        asked = 0
        if stray and self.origin is not None:
            # Cases the data's own version asked, which this version no longer applies the
            # key question to: their answers are left out, with one note, not one per case.
            asked = stray & self.origin.admitted(kq.id)
            if asked:
                self._asked_before(kq, asked)
                stray &= ~asked
        if stray or missing or bad_na:
            self._report(kq, stray, missing, bad_na)
        counted = admitted & (yes_m | no_m)
        if unasked:
            return self._unasked(kq, admitted, counted, yes_m, unasked)
        if kq.prompts:
            prompts_answered, prompts_na = table.prompt_masks.get(kq.id, _NO_PROMPTS)
            if prompts_answered & ~(counted | asked) or prompts_na & counted:
                self._check_prompts(kq, counted, asked)
        relevant = counted.bit_count()
        yes = (counted & yes_m).bit_count()
        percent = plan.round(yes, relevant) if relevant else None
        return KeyQuestionResult(
            id=kq.id,
            basis="cases",
            relevant=relevant,
            yes=yes,
            percent=percent,
            band=None if percent is None else plan.band_names[percent],
            admitted=admitted,
            counted_cases=counted,
            plan=kq,
            source=self.source,
        )

    def _asked_before(self, kq: KeyQuestionPlan, asked: int) -> None:
        assert self.origin is not None
        names = [self.inspection.cases[i].id for i in bits(asked)]
        self.problems.warn(
            messages.key_question_asked_before(
                cases=names,
                key_question=kq.id,
                version=self.plan.framework.id,
                origin=self.origin.id,
            ),
            code=codes.INPUT_UNUSED,
        )

    def _report(self, kq: KeyQuestionPlan, stray: int, missing: int, bad_na: int) -> None:
        """The problems with one key question's answers, case by case, in the data's order."""
        from ratingbook.framework.trace import reason_words, why_admitted, why_not

        problems, cases = self.problems, self.inspection.cases
        where_applicable = kq.key_question.where_applicable
        for i in bits(stray | missing | bad_na):
            case = cases[i]
            bit = 1 << i
            if stray & bit:
                reason = why_not(self.plan, kq, case)
                assert reason is not None
                problems.warn(
                    messages.case_answers_unasked(
                        case=case.id, key_question=kq.id, why=reason_words(reason)
                    ),
                    "cases",
                    i,
                    "answers",
                    kq.id,
                    key=True,
                )
            elif missing & bit:
                admitted = reason_words(why_admitted(self.plan, kq, case))
                keys = self.inspection.locator.keys(("cases", i))
                problems.error(
                    messages.case_no_answer(
                        case=case.id,
                        key_question=kq.id,
                        why=admitted,
                        where_applicable=where_applicable,
                    ),
                    "cases",
                    i,
                    "answers" if "answers" in keys else "id",
                )
            else:
                admitted = reason_words(why_admitted(self.plan, kq, case))
                problems.error(
                    messages.case_not_applicable_refused(
                        case=case.id, key_question=kq.id, why=admitted
                    ),
                    "cases",
                    i,
                    "answers",
                    kq.id,
                )

    def _check_prompts(self, kq: KeyQuestionPlan, counted: int, asked: int = 0) -> None:
        """Prompt answers of cases the key question does not count, and n/a where not allowed."""
        table, counts = self.inspection.table, self.inspection.counts
        answered = table.prompt_masks.get(kq.id, _NO_PROMPTS)[0]
        if not answered & ~(counted | asked):
            masks = table.masks
            for pid in kq.strict_prompts:
                if masks.get(pid, _NONE)[2] & counted:
                    break
            else:
                return  # the n/a answers are all to prompts that allow them
        for p in kq.prompts:
            if p.id in counts:
                continue
            yes_m, no_m, na_m = table.answer_masks(p.id)
            stray = (yes_m | no_m | na_m) & ~counted & ~asked
            bad_na = 0 if p.where_applicable else na_m & counted
            for i in bits(stray | bad_na):
                case = self.inspection.cases[i]
                if (stray >> i) & 1:
                    self.problems.warn(
                        messages.case_answers_uncounted_prompt(
                            case=case.id, prompt=p.id, key_question=kq.id
                        ),
                        "cases",
                        i,
                        "answers",
                        p.id,
                        key=True,
                    )
                else:
                    self.problems.error(
                        messages.case_prompt_not_applicable_refused(case=case.id, prompt=p.id),
                        "cases",
                        i,
                        "answers",
                        p.id,
                    )

    def _unasked(
        self, kq: KeyQuestionPlan, admitted: int, counted: int, yes_m: int, unasked: int
    ) -> KeyQuestionResult:
        """Cases this version applies the key question to that were never asked it: their
        answers could be anything, so the percentage lies between all of them no and all yes."""
        assert self.origin is not None
        plan = self.plan
        relevant, yes, k = counted.bit_count(), (counted & yes_m).bit_count(), unasked.bit_count()
        low = plan.round(yes, relevant + k)
        high = plan.round(yes + k, relevant + k)
        no_band = False
        if kq.key_question.where_applicable:
            # They might all be n/a: then only the cases answered count.
            if relevant:
                p = plan.round(yes, relevant)
                low, high = min(low, p), max(high, p)
            else:
                no_band = True
        cases = [self.inspection.cases[i].id for i in bits(unasked)]
        return self._undetermined(
            kq,
            "cases",
            said(
                Say.UNDETERMINED_UNASKED,
                cases=len(cases),
                shown=tuple(cases[:5]),
                version=plan.framework.id,
                key_question=kq.id,
                origin=self.origin.id,
            ),
            said(Say.SETTLE_ANSWERS, key_question=kq.id),
            (low, high, no_band),
            relevant=relevant,
            yes=yes,
            admitted=admitted,
            counted=counted,
        )

    def _unrecorded(self, kq: KeyQuestionPlan, lacking: dict[str, int]) -> KeyQuestionResult:
        """Cases that do not record a fact this version's condition tests (and the data's own
        version did not): which of them the key question applies to cannot be known."""
        assert self.origin is not None
        return self._undetermined(
            kq,
            "cases",
            said(
                Say.UNDETERMINED_UNRECORDED,
                lacking=tuple((name, mask.bit_count()) for name, mask in lacking.items()),
                version=self.plan.framework.id,
                key_question=kq.id,
                applies=kq.applies,
                origin=self.origin.id,
            ),
            said(Say.SETTLE_RECORDED, names=tuple(lacking)),
            (0, 100, True),
        )


def _max(a: Fraction, b: Fraction) -> Fraction:
    return a if a >= b else b


def _min(a: Fraction, b: Fraction) -> Fraction:
    return a if a <= b else b


def _rounds_to(p: int, mode: str) -> tuple[Fraction, Fraction, bool, bool]:
    """The exact percentages that round to the whole percentage ``p`` under ``mode``: low,
    high, and whether each end is left out; kept within 0..100."""
    half = Fraction(1, 2)
    if mode == "half up":
        low, high, low_open, high_open = p - half, p + half, False, True
    elif mode == "half even":
        # x.5 goes to the even neighbour: both ends belong to an even p, neither to an odd one.
        even = p % 2 == 0
        low, high, low_open, high_open = p - half, p + half, not even, not even
    elif mode == "down":
        low, high, low_open, high_open = Fraction(p), Fraction(p + 1), False, True
    else:  # up
        low, high, low_open, high_open = Fraction(p - 1), Fraction(p), True, False
    if low < 0:
        low, low_open = Fraction(0), False
    if high > 100:
        high, high_open = Fraction(100), False
    return low, high, low_open, high_open


_EXACT_SUBSETS = 2_000
"""Up to this many relevant cases, a narrower condition's possible percentages are worked out
exactly, one count of cases kept at a time; past it, every percentage is taken as possible."""


def _subsets(rnd: Rounder, relevant: int, yes: int) -> frozenset[int | None]:
    """The whole percentages some part of ``relevant`` counted cases (``yes`` of them yes) can
    have (None: the part may be empty): the counts stand for every set of cases consistent
    with them. Keeping k cases, from max(0, k - no) to min(yes, k) of them are yes. From 100
    cases kept, one more yes moves the percentage by a point at most, so those counts give a
    whole run of percentages; below, each count is tried."""
    no = relevant - yes
    out: set[int | None] = {None}
    for k in range(1, relevant + 1):
        least, most = max(0, k - no), min(yes, k)
        if k >= 100:
            out.update(range(rnd(least, k), rnd(most, k) + 1))
        else:
            out.update(rnd(y, k) for y in range(least, most + 1))
    return frozenset(out)
