"""The items: domains, standards, key questions and prompts, their ids, parents and clauses.

:func:`check_file` checks one file alone (its header, and the shape and uniqueness of what it
declares); :func:`check_items` builds the tree of items of a whole (merged) version.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import assert_never

from ratingbook.dsl import Diagnostic, ast
from ratingbook.dsl.span import Span
from ratingbook.framework import codes
from ratingbook.framework.checker.citations import Citations, quote
from ratingbook.framework.checker.conditions import Conditions, compile_condition
from ratingbook.framework.checker.dates import check_dates
from ratingbook.framework.checker.findings import Findings, Lineage
from ratingbook.framework.checker.forms import resolve_rule
from ratingbook.framework.checker.rules import Ratings, rating_ref
from ratingbook.framework.ids import PARENT_KIND, SHAPES, depth, descends
from ratingbook.framework.ids import parent as parent_id
from ratingbook.framework.ids import sort_key as id_key
from ratingbook.framework.model import (
    JUDGEMENT,
    LOWEST_BAND,
    Characteristic,
    Domain,
    KeyQuestion,
    Prompt,
    Rule,
    Standard,
)


def check_file(tree: ast.FrameworkFile) -> list[Diagnostic]:
    """Checks on one file alone: the header, id shapes and duplicates."""
    statements = tree.statements
    header = tree.header
    problems: list[Diagnostic] = []
    if header is None or statements[0] is not header:
        where = statements[0].span if statements else tree.span
        problems.append(
            Diagnostic.error(
                codes.NO_HEADER,
                "a framework file starts with 'framework FAMILY VERSION \"TITLE\"'",
                Span(where.path, where.line, where.col, where.line, where.col + 1),
            )
        )
    if header is not None and header.draft and header.effective_from is not None:
        problems.append(
            Diagnostic.error(
                codes.DRAFT,
                f"{header.family}-{header.version} is a draft, so it is in force on no date: "
                "remove 'effective from' (or, to adopt the version, remove 'draft')",
                header.effective_span or header.span,
            )
        )
    if header is not None:
        problems += check_dates(header)
    problems += _placement(statements)
    if header is not None and header.based_on is None:
        for s in statements:
            if isinstance(s, (ast.ChangeDecl, ast.RemoveDecl)):
                word = "change" if isinstance(s, ast.ChangeDecl) else "remove"
                problems.append(
                    Diagnostic.error(
                        codes.BAD_CHANGE if word == "change" else codes.BAD_REMOVE,
                        f"'{word}' edits an item of the version this one is based on, "
                        "but this version is based on none",
                        s.span,
                        "add 'based on FAMILY VERSION' to the framework statement, or "
                        "write the item whole",
                    )
                )
    seen: dict[tuple[str, str], Span] = {}

    def once(kind: str, key: str, span: Span, label: str) -> None:
        if (kind, key) in seen:
            first = seen[(kind, key)]
            problems.append(
                Diagnostic.error(
                    codes.DUPLICATE_ID,
                    f"{label} is declared twice (first at line {first.line})",
                    span,
                    *(
                        [
                            f"give one of them a free id, or delete the repeat; to reword {label}, "
                            "change the wording where it is first declared"
                        ]
                        if kind in SHAPES
                        else ["declare it once"]
                    ),
                )
            )
        else:
            seen[(kind, key)] = span

    for s in statements:
        match s:
            case ast.ItemDecl():
                shape, shape_text = SHAPES[s.kind]
                if not shape.match(s.id):
                    problems.append(
                        Diagnostic.error(
                            codes.MALFORMED_ID,
                            f"'{s.id}' is not a {s.kind} id: expected {shape_text}",
                            s.id_span,
                        )
                    )
                once(s.kind, s.id, s.id_span, f"{s.kind} {s.id}")
            case ast.SourceDecl():
                once("source", s.id, s.span, f"source {s.id}")
            case ast.AttributeDecl():
                once("attribute", s.name, s.span, f"attribute {s.name}")
            case ast.RatingDecl():
                once("rating", s.rating, s.rating_span, f"rating {s.rating}")
            case ast.FrameworkDecl():
                once("framework", "", s.span, "the framework header")
            case ast.RoundingDecl():
                once("percentage", "", s.span, "the percentage rule")
            case ast.DiscretionDecl():
                once("discretion", "", s.span, "the discretion policy")
            case ast.SamplingDecl():
                once("sampling", "", s.span, "the sampling policy")
            case ast.OverallScaleDecl():
                once("overall scale", "", s.span, "the overall scale")
            case ast.ChangeDecl():
                shape, shape_text = SHAPES[s.kind]
                if not shape.match(s.id):
                    problems.append(
                        Diagnostic.error(
                            codes.MALFORMED_ID,
                            f"'{s.id}' is not a {s.kind} id: expected {shape_text}",
                            s.id_span,
                        )
                    )
            case (
                ast.BandDecl()
                | ast.OverallBandDecl()
                | ast.RemoveDecl()
                | ast.OverallRuleDecl()
                | ast.LimitDecl()
            ):
                pass  # bands are checked for overlaps, removals against the base version
            case _:
                assert_never(s)
    return problems


def _placement(statements: Sequence[ast.Statement]) -> list[Diagnostic]:
    """Each item is written under (after) an item its id belongs to.

    Indentation means nothing to the parser, so a reader goes by what an item follows: a
    prompt 2.1.3.d written after key question 2.1.4, or a key question 2.2.4 after standard
    2.1 and its key questions, is almost always a slip in the id. A ``change`` edits one
    inherited item where it stands and is not checked itself, but what follows it is read as
    belonging to it, as after the item written whole: a key question 2.1.4 written after
    ``change standard 2.2`` is meant for 2.2. A ``remove`` starts afresh.
    """
    problems: list[Diagnostic] = []
    # depth -> (kind, id, how it was written) of the latest item there
    context: dict[int, tuple[str, str, str]] = {}
    for s in statements:
        if isinstance(s, ast.RemoveDecl):
            context.clear()
            continue
        if not isinstance(s, (ast.ItemDecl, ast.ChangeDecl)) or not SHAPES[s.kind][0].match(s.id):
            continue
        d = depth(s.id)
        if isinstance(s, ast.ChangeDecl):
            # The changed item is the context, its ancestors implied: nothing else is.
            context = {d: (s.kind, s.id, f"'change {s.kind} {s.id}'")}
            continue
        above = [k for k in context if k < d]
        if above:
            kind, item_id, written = context[max(above)]
            if not descends(s.id, item_id):
                expected = parent_id(s.id)
                problems.append(
                    Diagnostic.warning(
                        codes.WRONG_PARENT,
                        f"{s.kind} {s.id} is written under {written}, but its id puts it "
                        f"under {PARENT_KIND[s.kind]} {expected}",
                        s.id_span,
                        f"if it belongs to {kind} {item_id}, give it the next free id under "
                        f"{item_id} ({item_id}.{'N' if s.kind == 'key question' else 'x'}); "
                        f"if not, move it under {PARENT_KIND[s.kind]} {expected}",
                    )
                )
        for k in [k for k in context if k >= d]:
            del context[k]
        context[d] = (s.kind, s.id, f"{s.kind} {s.id}")
    return problems


class _Items:
    """The checks and the building of the item tree, sharing what they refer to."""

    __slots__ = ("ratings", "conditions", "citations", "findings", "_rules")

    def __init__(
        self, ratings: Ratings, conditions: Conditions, citations: Citations, findings: Findings
    ) -> None:
        self.ratings = ratings
        self.conditions = conditions
        self.citations = citations
        self.findings = findings
        self._rules: dict[tuple[str, str], Rule | None] = {}

    def rule(self, item: ast.ItemDecl) -> Rule | None:
        """The rule an item's ``rated by`` names, resolved once (a domain's serves each of its
        standards, and one mistake is one message)."""
        if item.rated_by is None:
            return None
        key = (item.kind, item.id)
        if key not in self._rules:
            self._rules[key] = resolve_rule(
                item.rated_by, "standard", self.ratings, frozenset(), self.citations, self.findings
            )
        return self._rules[key]

    def characteristics(self, item: ast.ItemDecl) -> tuple[Characteristic, ...]:
        out = []
        for c in item.characteristics:
            rating_ref(self.ratings, c.rating, c.span, self.findings)
            self.citations.check(c.text, required=True, what="a characteristic")
            out.append(Characteristic(rating=c.rating, text=quote(c.text)))
        return tuple(out)

    def clauses(self, item: ast.ItemDecl) -> None:
        """Each clause is cited where it must be, and given only on the kinds it belongs on."""
        published = item.kind in ("key question", "prompt")
        self.citations.check(
            item.text, required=published, what=f"the wording of {item.kind} {item.id}"
        )
        for clause, label in (
            (item.intro, "an intro"),
            (item.statement, "a standard statement"),
            (item.relevance, "a relevance rule"),
        ):
            self.citations.check(clause, required=True, what=label)
        for t in item.says:
            self.citations.check(t, required=True)
        if isinstance(item.applies, ast.AllCases) or item.applies is None:
            pass
        elif item.kind in ("domain", "key question"):
            self.conditions.check(item.applies)
        else:
            self.findings.error(
                codes.BAD_CONDITION,
                f"'applies to' belongs on a domain or a key question, not on a {item.kind}",
                item.applies.span,
            )
        if item.where_applicable and item.kind not in ("key question", "prompt"):
            self.findings.error(
                codes.BAD_CONDITION,
                f"'where applicable' belongs on a key question or a prompt, not on a {item.kind}",
                item.where_applicable_span or item.span,
            )
        if item.rated_by is not None and item.kind not in ("domain", "standard"):
            self.findings.error(
                codes.RATING_RULE,
                f"'rated by' belongs on a domain or a standard, not on a {item.kind}",
                item.rated_by_span,
            )
        if item.not_scored and item.kind not in ("domain", "standard"):
            self.findings.error(
                codes.RATING_RULE,
                f"'not scored' belongs on a domain or a standard, not on a {item.kind}",
                item.not_scored_span or item.span,
            )


def check_items(
    decls: Sequence[ast.ItemDecl],
    ratings: Ratings,
    conditions: Conditions,
    citations: Citations,
    findings: Findings,
    lineage: Lineage | None = None,
) -> tuple[Domain, ...]:
    """Every item's parent is declared, its clauses are right, and each standard has a rule."""
    lineage = lineage or Lineage()
    check = _Items(ratings, conditions, citations, findings)
    items = sorted(decls, key=lambda i: id_key(i.id))
    by_kind: dict[str, dict[str, ast.ItemDecl]] = {k: {} for k in SHAPES}
    for item in items:
        if SHAPES[item.kind][0].match(item.id):
            by_kind[item.kind][item.id] = item
    for kind, parent_kind in PARENT_KIND.items():
        for item in by_kind[kind].values():
            parent = item.id.rsplit(".", 1)[0]
            if parent not in by_kind[parent_kind]:
                findings.error(
                    codes.MISSING_PARENT,
                    f"{kind} {item.id} belongs to {parent_kind} {parent}, which is not declared",
                    item.id_span,
                    f"declare {parent_kind} {parent}, or number the {kind} under a "
                    f"{parent_kind} that is declared",
                )
    for item in items:
        check.clauses(item)

    # Each kind's items grouped by parent once, in order: a lookup per parent, not a search.
    grouped: dict[tuple[str, str], list[ast.ItemDecl]] = {}
    for of_kind, found in by_kind.items():
        for i in found.values():
            grouped.setdefault((of_kind, i.id.rsplit(".", 1)[0]), []).append(i)

    def children(kind: str, parent: str) -> list[ast.ItemDecl]:
        return grouped.get((kind, parent), [])

    def gaps(siblings: Sequence[ast.ItemDecl]) -> None:
        """A new key question or prompt whose number or letter skips one is warned about."""
        before: str | None = None
        for item in siblings:
            last = item.id.rsplit(".", 1)[1]
            first = "1" if last.isdigit() else "a"
            want = first if before is None else _after(before)
            if last != want and lineage.is_new(item.kind, item.id) and want is not None:
                skipped = f"{parent_id(item.id)}.{want}"
                findings.warn(
                    codes.ID_GAP,
                    f"{item.kind} {item.id} skips {skipped}: "
                    + (
                        "prompts are lettered a, b, c, ... in published order"
                        if item.kind == "prompt"
                        else "key questions are numbered 1, 2, 3, ... in published order"
                    ),
                    item.id_span,
                    f"if it is the next one, call it {skipped}",
                )
            before = last

    def silences(owner: ast.ItemDecl, k: ast.ItemDecl) -> bool:
        """Whether ``owner``'s 'no prompts' covers key question ``k``: always its own; a
        standard's or domain's only for the key questions of the version that wrote it."""
        if owner.no_prompts is None:
            return False
        if owner is k or not lineage.is_new(k.kind, k.id):
            return True
        return not lineage.inherited(owner.no_prompts_span)

    domains = []
    for d in by_kind["domain"].values():
        standards = []
        for s in children("standard", d.id):
            rule = check.rule(s) or check.rule(d)
            if rule is None:
                if s.rated_by is None and d.rated_by is None:
                    findings.error(
                        codes.RATING_RULE,
                        f"standard {s.id} has no rating rule: add 'rated by lowest key question "
                        f"band' or 'rated by inspector judgement' to it or to domain {d.id}",
                        s.id_span,
                    )
                rule = Rule(form=LOWEST_BAND)
            rated_by = rule.words
            kqs = []
            gaps(children("key question", s.id))
            for k in children("key question", s.id):
                gaps(children("prompt", k.id))
                prompts = tuple(
                    Prompt(
                        id=p.id,
                        text=quote(p.text),
                        where_applicable=p.where_applicable,
                        span=p.span,
                        where_applicable_span=p.where_applicable_span,
                    )
                    for p in children("prompt", k.id)
                )
                silenced = silences(k, k) or silences(s, k) or silences(d, k)
                if not prompts and not silenced and rated_by == LOWEST_BAND:
                    inherited = [f"{o.kind} {o.id}" for o in (s, d) if o.no_prompts is not None]
                    cleared = [
                        lineage.cleared[(o.kind, o.id, "no_prompts")]
                        for o in (k, s, d)
                        if (o.kind, o.id, "no_prompts") in lineage.cleared
                    ]
                    findings.warn(
                        codes.NO_PROMPTS,
                        f"key question {k.id} has no prompts"
                        + (
                            ", once the 'no prompts' that covered it is cleared here"
                            if cleared and not lineage.is_new(k.kind, k.id)
                            else ""
                        ),
                        cleared[0] if cleared and not lineage.is_new(k.kind, k.id) else k.id_span,
                        'if none are published, say so with: no prompts "WHY"',
                        *(
                            [
                                f"the 'no prompts' of {' and '.join(inherited)} is inherited "
                                "from the base version and covers only the key questions it "
                                f"had; clear it with: change {inherited[0]} / clear no prompts"
                            ]
                            if inherited
                            else []
                        ),
                    )
                condition = None if isinstance(k.applies, (ast.AllCases, type(None))) else k.applies
                kqs.append(
                    KeyQuestion(
                        id=k.id,
                        text=quote(k.text),
                        condition=None if condition is None else compile_condition(condition),
                        relevance=quote(k.relevance) if k.relevance else None,
                        where_applicable=k.where_applicable,
                        no_prompts=k.no_prompts,
                        prompts=prompts,
                        span=k.span,
                        condition_span=k.applies.span if k.applies is not None else None,
                        where_applicable_span=k.where_applicable_span,
                        no_prompts_span=k.no_prompts_span,
                    )
                )
            if not kqs:
                _no_key_questions(s, rated_by, findings, lineage)
            standards.append(
                Standard(
                    id=s.id,
                    name=s.text.value,
                    statement=quote(s.statement) if s.statement else None,
                    rated_by=rated_by,
                    rule=rule,
                    scored=not (s.not_scored or (d.not_scored and not s.rated_by)),
                    characteristics=check.characteristics(s),
                    key_questions=tuple(kqs),
                    says=tuple(quote(t) for t in s.says),
                    no_prompts=s.no_prompts,
                    span=s.span,
                    rated_by_span=s.rated_by_span or d.rated_by_span,
                    name_span=s.text.span,
                    no_prompts_span=s.no_prompts_span,
                    not_scored_span=s.not_scored_span or d.not_scored_span,
                )
            )
        condition = None if isinstance(d.applies, (ast.AllCases, type(None))) else d.applies
        domains.append(
            Domain(
                id=d.id,
                name=d.text.value,
                intro=quote(d.intro) if d.intro else None,
                condition=None if condition is None else compile_condition(condition),
                rated_by=None if d.rated_by is None else d.rated_by.name,
                rule=check.rule(d),
                scored=False if d.not_scored else None,
                characteristics=check.characteristics(d),
                standards=tuple(standards),
                says=tuple(quote(t) for t in d.says),
                no_prompts=d.no_prompts,
                span=d.span,
                condition_span=d.applies.span if d.applies is not None else None,
                rated_by_span=d.rated_by_span,
                name_span=d.text.span,
                no_prompts_span=d.no_prompts_span,
                not_scored_span=d.not_scored_span,
            )
        )
    _same_wording(domains, findings, lineage)
    return tuple(domains)


# ---------------------------------------------------------------------------- wording

NEAR = 2
"""Wordings this many characters apart or fewer, once normalised, are near-identical: a
pasted wording with a slip or a one-word edit. The shipped versions' different wordings of
one scope are at least six apart ("Does planning ..." and "Does reviewing ...")."""

_PUNCTUATION = re.compile(r"[^\w\s]")


def normalised(text: str) -> str:
    """Wording as it is compared: case, punctuation and spacing set aside."""
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


def distance(a: str, b: str, limit: int = NEAR) -> int:
    """The edit distance (Levenshtein: characters inserted, deleted or replaced) between two
    texts, or ``limit + 1`` when it is more than ``limit``.

    What the texts share at their start and end costs nothing, so it is set aside first; the
    rest is compared only along the diagonal band ``limit`` wide, outside which every path
    costs more than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if not a or not b:
        return min(max(len(a), len(b)), limit + 1)
    over = limit + 1
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        for j in range(low, high + 1):
            cost = previous[j - 1] + (a[i - 1] != b[j - 1])
            current[j] = min(cost, previous[j] + 1, current[j - 1] + 1, over)
        if min(current[max(0, low - 1) : high + 1]) > limit:
            return over
        previous = current
    return min(previous[len(b)], over)


def _same_wording(domains: Sequence[Domain], findings: Findings, lineage: Lineage) -> None:
    """Wording identical or near-identical to another item's, in the scope where items ask
    different things: standards (names and statements) and key questions within a domain,
    prompts within a key question. Across domains, a twin is how the framework asks the same
    question of court and out-of-court cases; across key questions, prompts may repeat (the
    2020 report words a contingency prompt alike for 2.2.2 and 2.2.3). Reported at the wording
    this version wrote, naming the other."""
    scopes: list[list[tuple[str, str, Span]]] = []
    for d in domains:
        names: list[tuple[str, str, Span]] = []
        statements: list[tuple[str, str, Span]] = []
        questions: list[tuple[str, str, Span]] = []
        for s in d.standards:
            if s.name_span is not None:
                names.append((f"the name of standard {s.id}", s.name, s.name_span))
            if s.statement is not None:
                statements.append(
                    (f"the statement of standard {s.id}", s.statement.text, s.statement.span)
                )
            for k in s.key_questions:
                questions.append((f"key question {k.id}", k.text.text, k.text.span))
                scopes.append([(f"prompt {p.id}", p.text.text, p.text.span) for p in k.prompts])
        scopes += [names, statements, questions]
    for scope in scopes:
        seen: list[tuple[str, Span, str, Counter[str]]] = []
        for label, text, span in scope:
            plain = normalised(text)
            letters = Counter(plain)
            for other_label, other_span, other_plain, other_letters in seen:
                if plain == other_plain:
                    apart = 0
                elif abs(len(plain) - len(other_plain)) > NEAR:
                    continue  # an edit changes the length by at most one
                else:
                    # Each edit changes the letters used by at most two: a cheap lower bound
                    # that settles most pairs before the distance is worked out.
                    unlike = letters - other_letters
                    if unlike.total() + (other_letters - letters).total() > 2 * NEAR:
                        continue
                    apart = distance(plain, other_plain)
                if apart > NEAR:
                    continue
                mine = not lineage.inherited(span)
                if not mine and lineage.inherited(other_span):
                    continue  # both as the base version has them: reported there
                at_label, at_span, named, named_span = (
                    (label, span, other_label, other_span)
                    if mine
                    else (other_label, other_span, label, span)
                )
                how = "the same wording" if apart == 0 else "nearly the same wording"
                differ = (
                    "" if apart == 0 else f" (they differ by {apart} character{'s' * (apart > 1)})"
                )
                findings.warn(
                    codes.SAME_WORDING,
                    f"{at_label} has {how} as {named} ({named_span.path} line "
                    f"{named_span.line}){differ}",
                    at_span,
                    f"a wording pasted from {named.split(' of ')[-1]}? give "
                    f"{at_label.split(' of ')[-1]} its own wording; items in one "
                    f"{'key question' if at_label.startswith('prompt') else 'domain'} ask "
                    "different things",
                )
            seen.append((label, span, plain, letters))


def _no_key_questions(s: ast.ItemDecl, rated_by: str, findings: Findings, lineage: Lineage) -> None:
    """A standard without key questions: a warning when it is judged (its rating does not
    come from them), else an error, at the line of this version that removed the last one."""
    removed = sorted(
        (span.line, item_id, span)
        for kind, item_id in lineage.items
        if kind == "key question" and parent_id(item_id) == s.id
        for span in [lineage.removal(kind, item_id)]
        if span is not None
    )
    notes = []
    where = s.id_span
    if removed:
        where = removed[-1][2]
        notes.append(
            "this version removes "
            + ", ".join(f"key question {i} (line {line})" for line, i, _ in removed)
        )
    if rated_by == JUDGEMENT:
        findings.warn(
            codes.NO_KEY_QUESTIONS,
            f"standard {s.id} has no key questions",
            where,
            *notes,
            "a judged standard usually lists the key questions its judgement covers",
        )
        return
    notes.append(
        f"keep at least one key question in standard {s.id}, add one, or remove the standard "
        "whole (and restate the overall bands for the new scale)"
    )
    left = " left" if removed else ""
    findings.error(
        codes.NO_KEY_QUESTIONS,
        f"standard {s.id} has no key questions{left}: it is rated by {rated_by}, so every "
        f"inspection would be left without a rating for {s.id}, and so without an overall "
        "rating",
        where,
        *notes,
    )


def _after(part: str) -> str | None:
    """The number or letter after ``part`` (3 -> 4, c -> d); None past z."""
    if part.isdigit():
        return str(int(part) + 1)
    if len(part) == 1 and "a" <= part < "z":
        return chr(ord(part) + 1)
    return None
