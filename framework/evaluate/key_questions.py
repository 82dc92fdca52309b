"""A key question's figures: from case answers, published counts or a published percentage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ratingbook.framework.arithmetic import round_percent
from ratingbook.framework.evaluate.applicability import Applicability
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.inspection import indexes as bits
from ratingbook.framework.plan import KeyQuestionPlan, Plan
from ratingbook.framework.result import Evaluation, KeyQuestionResult

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
    ) -> None:
        self.plan, self.inspection, self.problems, self.masks = plan, inspection, problems, masks
        self.source = source

    def rate(self, kq: KeyQuestionPlan) -> KeyQuestionResult:
        count = self.inspection.counts.get(kq.id)
        if count is None:
            if self.inspection.cases:
                return self._from_cases(kq)
            return KeyQuestionResult(
                id=kq.id, basis="none", relevant=None, yes=None, percent=None, band=None, plan=kq
            )
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
        return KeyQuestionResult(
            id=kq.id,
            basis=basis,
            relevant=relevant,
            yes=yes,
            percent=percent,
            band=None if percent is None else self.plan.band_names[percent],
            published=count.percent if basis == "percent" else None,
            data_line=count.line,
            plan=kq,
            source=self.source,
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
            masks.require(kq.own_needs, in_domain, kq.id)
        admitted = in_domain & own
        yes_m, no_m, na_m = table.masks.get(kq.id, _NONE)
        answered = yes_m | no_m | na_m
        stray = answered & ~admitted
        missing = admitted & ~answered
        bad_na = 0 if kq.key_question.where_applicable else admitted & na_m
        if stray or missing or bad_na:
            self._report(kq, stray, missing, bad_na)
        counted = admitted & (yes_m | no_m)
        if kq.prompts:
            prompts_answered, prompts_na = table.prompt_masks.get(kq.id, _NO_PROMPTS)
            if prompts_answered & ~counted or prompts_na & counted:
                self._check_prompts(kq, counted)
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

    def _report(self, kq: KeyQuestionPlan, stray: int, missing: int, bad_na: int) -> None:
        """The problems with one key question's answers, case by case, in the data's order."""
        from ratingbook.framework.trace import why_admitted, why_not

        problems, cases = self.problems, self.inspection.cases
        where_applicable = kq.key_question.where_applicable
        for i in bits(stray | missing | bad_na):
            case = cases[i]
            bit = 1 << i
            if stray & bit:
                reason = why_not(self.plan, kq, case)
                assert reason is not None
                problems.warn(
                    f"case {case.id} answers {kq.id}, which does not apply to it "
                    f"({reason.text()}); the answer is left out of the counts",
                    "cases",
                    i,
                    "answers",
                    kq.id,
                    key=True,
                )
            elif missing & bit:
                admitted = why_admitted(self.plan, kq, case).text()
                keys = self.inspection.locator.keys(("cases", i))
                problems.error(
                    f"case {case.id} has no answer for {kq.id}, which applies to it ({admitted}); "
                    "answer yes or no" + (" or n/a" if where_applicable else ""),
                    "cases",
                    i,
                    "answers" if "answers" in keys else "id",
                )
            else:
                admitted = why_admitted(self.plan, kq, case).text()
                problems.error(
                    f"case {case.id}: n/a is not allowed for {kq.id} (it is not a 'where "
                    f"applicable' question and applies to this case: {admitted}); answer yes or no",
                    "cases",
                    i,
                    "answers",
                    kq.id,
                )

    def _check_prompts(self, kq: KeyQuestionPlan, counted: int) -> None:
        """Prompt answers of cases the key question does not count, and n/a where not allowed."""
        table, counts = self.inspection.table, self.inspection.counts
        answered = table.prompt_masks.get(kq.id, _NO_PROMPTS)[0]
        if not answered & ~counted and not any(
            table.answer_masks(pid)[2] & counted for pid in kq.strict_prompts
        ):
            return  # the n/a answers are all to prompts that allow them
        for p in kq.prompts:
            if p.id in counts:
                continue
            yes_m, no_m, na_m = table.answer_masks(p.id)
            stray = (yes_m | no_m | na_m) & ~counted
            bad_na = 0 if p.where_applicable else na_m & counted
            for i in bits(stray | bad_na):
                case = self.inspection.cases[i]
                if (stray >> i) & 1:
                    self.problems.warn(
                        f"case {case.id} answers prompt {p.id}, but its key question {kq.id} is "
                        "not counted for this case; the answer is left out",
                        "cases",
                        i,
                        "answers",
                        p.id,
                        key=True,
                    )
                else:
                    self.problems.error(
                        f"case {case.id}: n/a is not allowed for prompt {p.id} (it is not "
                        "'where applicable')",
                        "cases",
                        i,
                        "answers",
                        p.id,
                    )
