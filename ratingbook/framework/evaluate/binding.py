"""Binding data to a version: does every id, attribute, value and rating the data uses exist?

Each check compares the set of ids (or values) the data uses with the set the version
declares; only where they differ are the cases found and named, so data that fits costs a few
set operations however many cases it has.
"""

from __future__ import annotations

from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework import codes, ids
from ratingbook.framework.evaluate.origin import Origin
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.plan import Plan, StandardPlan


def check_rating(plan: Plan, problems: Problems, name: str, *path: str | int) -> bool:
    """Whether ``name`` is one of the version's ratings; an error with a suggestion if not."""
    if name in plan.score:
        return True
    known = [r.name for r in reversed(plan.framework.ratings)]
    same_letters = [k for k in known if k.lower() == name.strip().lower()]
    suggestion = (
        f"; did you mean {same_letters[0]}?"
        if same_letters
        else did_you_mean(name, known, cutoff=0.4)
    )
    problems.error(f"'{name}' is not a rating{suggestion} (ratings: {', '.join(known)})", *path)
    return False


def _unknown_message(plan: Plan, item_id: str) -> str:
    parent = ids.parent(item_id)
    if ids.is_prompt(item_id):
        kq = plan.key_questions.get(parent)
        if kq is not None:
            have = ", ".join(p.id for p in kq.prompts) or "no prompts"
            return f"unknown prompt {item_id}; key question {parent} has {have}"
        return f"unknown prompt {item_id}; there is no key question {parent}"
    std = plan.standard_by_id.get(parent)
    if std is not None and std.key_questions:
        first, last = std.key_questions[0].id, std.key_questions[-1].id
        return f"unknown key question {item_id}; standard {parent} has {first}-{last}"
    return f"unknown key question {item_id}; {plan.framework.id} has no standard {parent}"


def _judged_message(item_id: str, std: StandardPlan, given: str) -> str:
    s = std.standard
    return (
        f"{item_id} belongs to standard {s.id} ({s.name}), which is rated by inspector "
        f"judgement, so {given} would not count; give the rating under domain1: {s.id}"
    )


def _unused_prompt(plan: Plan, item_id: str) -> bool:
    """Prompt data for a key question the version gives no prompts (data from another version).

    It cannot affect a rating, so it is left out with one warning instead of an error each.
    """
    if not ids.is_prompt(item_id):
        return False
    kq = plan.key_questions.get(ids.parent(item_id))
    return kq is not None and not kq.prompts


def bind(
    plan: Plan, inspection: Inspection, problems: Problems, origin: Origin | None = None
) -> None:
    """Check that the data uses only what the version declares; problems go to ``problems``.

    With ``origin`` (the data was recorded under another version), items this version does
    not have are left out with a note: the data's own version had them.
    """
    fw = plan.framework
    table = inspection.table
    cases = inspection.cases
    known = plan.known_items
    unused: dict[str, set[str]] = {}
    dropped: set[str] = set()  # items of the data's version that this one does not have

    def classify(item_id: str) -> str | None:
        """None for an item the data may give; otherwise what is wrong with it."""
        if item_id in known:
            return "judged" if item_id in plan.judged_items else None
        if _unused_prompt(plan, item_id):
            return "unused"
        return "unknown" if origin is None else "dropped"

    # The attributes of every case: each declared, each value of its attribute's kind.
    _attributes(plan, inspection, problems)

    # The items the cases answer.
    answered = table.items()
    odd = (answered - known) | (answered & plan.judged_ids) | (answered & inspection.counts.keys())
    for item_id in odd:
        kind = classify(item_id)
        if kind == "unused":
            unused.setdefault(ids.parent(item_id), set()).add(item_id)
        elif kind == "dropped":
            dropped.add(item_id)
    if odd - {i for ids_ in unused.values() for i in ids_} - dropped:
        for case in cases:
            for item_id in case.answers:
                if item_id not in odd:
                    continue
                kind = classify(item_id)
                if kind in ("unused", "dropped"):
                    continue
                if kind == "unknown":
                    message = _unknown_message(plan, item_id)
                elif kind == "judged":
                    owner = plan.judged_items[item_id]
                    message = _judged_message(item_id, owner, f"case {case.id}'s answer")
                else:
                    message = (
                        f"{item_id} has both case answers and counts: give one or the other "
                        f"(case {case.id} answers it)"
                    )
                problems.error(message, "cases", case.index, "answers", item_id, key=True)

    # The items the counts give.
    for item_id in inspection.counts:
        kind = classify(item_id)
        if kind == "unused":
            unused.setdefault(ids.parent(item_id), set()).add(item_id)
        elif kind == "dropped":
            dropped.add(item_id)
        elif kind == "unknown":
            problems.error(_unknown_message(plan, item_id), "counts", item_id, key=True)
        elif kind == "judged":
            owner = plan.judged_items[item_id]
            problems.error(_judged_message(item_id, owner, "counts"), "counts", item_id, key=True)
    if unused:
        kq_ids = sorted(unused, key=ids.sort_key)
        n = sum(len(v) for v in unused.values())
        problems.warn(
            f"prompt-level data for {n} prompt{'s' if n != 1 else ''} of "
            f"{len(kq_ids)} key question{'s' if len(kq_ids) != 1 else ''} ({ids.ranges(kq_ids)}) is "
            f"not used: {fw.id} gives no prompts for them; key-question figures are "
            "rated as usual",
            code=codes.INPUT_UNUSED,
        )
    _not_inspected(plan, inspection, problems, origin, dropped)
    if dropped and origin is not None:
        items = sorted(dropped, key=ids.sort_key)
        n = len(items)
        problems.warn(
            f"data for {n} item{'s' if n != 1 else ''} that {fw.id} does not have "
            f"({ids.ranges(items)}) is not used: the data was recorded under {origin.id}",
            code=codes.INPUT_UNUSED,
        )

    # The eligible population of each sampled domain.
    if inspection.population:
        sampled = {sp.domain.id for sp in plan.standards if not sp.standard.judged}
        for did in inspection.population:
            if did not in sampled:
                problems.error(
                    f"population names domain {did}, which {fw.id} does not rate from case "
                    f"samples (those are: {', '.join(sorted(sampled))})",
                    "population",
                    did,
                    key=True,
                )

    # Judgements and panel decisions.
    for sid, judgement in inspection.judgements.items():
        std = plan.standard_by_id.get(sid)
        if std is None:
            problems.error(f"unknown standard {sid} in domain1", "domain1", sid, key=True)
        elif not std.standard.judged:
            problems.error(
                f"standard {sid} is rated by {std.standard.rated_by}, not by inspector "
                "judgement; give its key-question data instead",
                "domain1",
                sid,
                key=True,
            )
        if judgement.rating is not None:
            check_rating(plan, problems, judgement.rating, judgement.key, sid)
    for sid, decision in inspection.discretion.items():
        if ids.depth(sid) == 3:
            # A key question's band, decided by the panel (key-question discretion).
            if sid not in plan.key_questions:
                problems.error(_unknown_message(plan, sid), "discretion", sid, key=True)
            elif sid in plan.judged_items:
                owner = plan.judged_items[sid]
                problems.error(
                    f"{sid} belongs to standard {owner.id}, which is rated by "
                    f"{owner.standard.rule.words}: a panel decision on it would not count; "
                    f"record the decision on the standard ({owner.id}) instead",
                    "discretion",
                    sid,
                    key=True,
                )
            continue
        if sid not in plan.standard_by_id:
            problems.error(f"unknown standard {sid} in discretion", "discretion", sid, key=True)
        check_rating(plan, problems, decision.rating, "discretion", sid, "rating")


def _attributes(plan: Plan, inspection: Inspection, problems: Problems) -> None:
    """Every attribute a case gives is declared, and each value is of its kind: in its list
    or vocabulary, a whole number within its range, a date. Each distinct value is checked
    once; only where one is wrong are the cases found and named."""
    fw, table = plan.framework, inspection.table
    given = table.attribute_names()
    stray = given - plan.declared_attributes
    bad: dict[tuple[str, str], str] = {}  # (name, value): what is wrong with it
    for name in given & plan.declared_attributes:
        attr = fw.attribute(name)
        assert attr is not None
        for value in table.distinct(name):
            if value is not None:
                wrong = attr.problem(value)
                if wrong is not None:
                    bad[(name, value)] = wrong
    quoted = {
        name: frozenset(found)
        for name, found in inspection.quoted_numbers.items()
        if (attr := fw.attribute(name)) is not None and attr.kind == "number"
    }
    if not (stray or bad or quoted):
        return
    names = [a.name for a in fw.attributes]
    for case in inspection.cases:
        for name, value in case.attributes.items():
            path = inspection.attribute_path(case, name)
            if name in stray:
                hint = did_you_mean(name, names)
                problems.error(
                    f"case {case.id}: unknown attribute '{name}'{hint} "
                    f"(attributes: {', '.join(names)})",
                    *path,
                    key=True,
                )
                continue
            wrong = bad.get((name, value))
            if wrong is not None:
                attr = fw.attribute(name)
                assert attr is not None
                listed = attr.listed
                hint = ""
                if attr.kind == "text" and listed is not None:  # phrases, so quoted
                    hint = did_you_mean(f'"{value}"', [f'"{v}"' for v in listed])
                elif listed is not None:
                    hint = did_you_mean(value, listed)
                problems.error(f"case {case.id}: {name} is '{value}', {wrong}{hint}", *path)
            elif case.index in quoted.get(name, ()):
                problems.error(
                    f"case {case.id}: {name} is the text '{value}'; it is a number: write "
                    f"{value} without quotes",
                    *path,
                )


def _not_inspected(
    plan: Plan, inspection: Inspection, problems: Problems, origin: Origin | None, dropped: set[str]
) -> None:
    """Key questions the data marks not inspected: each must be one this version rates from
    data, and the data must give no figures for it."""
    if not inspection.not_inspected:
        return
    answered = inspection.table.items()
    for kq_id in inspection.not_inspected:
        where = ("not_inspected", kq_id)
        if kq_id not in plan.key_questions:
            if origin is not None:
                dropped.add(kq_id)
            else:
                problems.error(_unknown_message(plan, kq_id), *where, key=True)
        elif kq_id in plan.judged_items:
            owner = plan.judged_items[kq_id]
            problems.error(_judged_message(kq_id, owner, "not_inspected"), *where, key=True)
        elif kq_id in inspection.counts:
            problems.error(
                f"{kq_id} is marked not inspected but has counts too: give one or the other",
                *where,
                key=True,
            )
        elif kq_id in answered:
            problems.error(
                f"{kq_id} is marked not inspected but cases answer it: remove the answers "
                "or the mark",
                *where,
                key=True,
            )
