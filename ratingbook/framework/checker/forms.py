"""Rating rules written in the language: ``rated by ...`` with its words and rows, ``not
scored``, ``overall rated by ...`` and ``limit overall ...``.

The words after ``rated by`` are looked up among the rule forms (:mod:`ratingbook.framework.rules`);
a table's rows and a limit's counts are checked against the declared ratings and the parts
they count. What a form needs of its standard (a table that covers every combination of
bands, item scores that can be banded) is checked once the standards are built.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from ratingbook.dsl import ast
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework import codes, rules
from ratingbook.framework.arithmetic import round_percent
from ratingbook.framework.checker.citations import Citations, quote
from ratingbook.framework.checker.findings import Findings
from ratingbook.framework.checker.rules import quoted_rating
from ratingbook.framework.model import (
    Banding,
    Citation,
    Domain,
    Framework,
    Limit,
    OverallScale,
    PartKind,
    Row,
    Rule,
    Standard,
    Tally,
)
from ratingbook.framework.rules.base import Scale

Ratings = Mapping[str, ast.RatingDecl]


def _lowest_first(ratings: Ratings) -> list[str]:
    return [r for r, _ in sorted(ratings.items(), key=lambda item: item[1].score)]


def _bottom(ratings: Ratings) -> str:
    """The scale's lowest rating as the framework writes it: what a complete table ends with.
    A fix names the framework's own ratings, never another scale's."""
    names = _lowest_first(ratings)
    return quoted_rating(names[0]) if names else "RATING"


def _table_example(ratings: Ratings, parts: PartKind) -> str:
    """A decision table's first and last rows, in the framework's own ratings."""
    names = _lowest_first(ratings)
    good = quoted_rating(names[-2] if len(names) > 1 else names[-1]) if names else "RATING"
    return (
        f"'{good} when at least 2 {parts}s are {good} or better', and end with "
        f"'{_bottom(ratings)} otherwise'"
    )


def _overall_example(
    ratings: Ratings, bands: Sequence[ast.OverallBandDecl], scale: tuple[int, int] | None
) -> str:
    """An overall band in the framework's own words: the rating a table's example row names
    (the second highest), with its own range where the framework bands it, else the whole
    overall scale. A fix never names another scale's ratings or scores."""
    names = _lowest_first(ratings)
    if not names:
        return "'overall LOW..HIGH RATING ...'"
    good = names[-2] if len(names) > 1 else names[-1]
    band = next((b for b in bands if b.rating == good), None)
    low, high = (band.range.low, band.range.high) if band is not None else scale or (0, 0)
    return f"'overall {low}..{high} {quoted_rating(good)} ...'"


def _cite(c: ast.Cite | None) -> Citation | None:
    return None if c is None else Citation(source=c.source, first=c.first, last=c.last)


def _tally(
    t: ast.Tally,
    parts: PartKind,
    ratings: Ratings,
    domains: frozenset[str],
    findings: Findings,
) -> Tally | None:
    """A count, checked: the parts it counts belong to the rule, its rating is declared, its
    domains exist; the set of ratings it counts is worked out from the direction."""
    ok = True
    if t.parts != parts:
        where = "a standard's rule" if parts == "key question" else "the overall rule"
        want = "key questions" if parts == "key question" else "standards"
        findings.error(
            codes.RATING_RULE,
            f"{where} counts {want}, not {t.parts}s: write '{t.quantifier} "
            f"{'1 ' if t.quantifier in ('at least', 'at most') else ''}"
            f"{'key question' if parts == 'key question' else 'standard'}...'",
            t.span,
        )
        ok = False
    if t.rating not in ratings:
        hint = did_you_mean(t.rating, ratings)
        findings.error(
            codes.UNKNOWN_REF,
            f"unknown rating '{t.rating}'{hint}",
            t.rating_span,
            "declared ratings: " + ", ".join(ratings),
        )
        ok = False
    scope = tuple(str(v.value) for v in t.domains)
    if scope and parts == "key question":
        findings.error(
            codes.RATING_RULE,
            "a standard's rule counts its own key questions; 'in domain' belongs to counts of "
            "standards in the overall rule",
            t.span,
        )
        ok = False
    for v in t.domains:
        if str(v.value) not in domains:
            findings.error(
                codes.UNKNOWN_REF,
                f"unknown domain {v.value} (domains: {', '.join(sorted(domains))})",
                v.span,
            )
            ok = False
    if t.quantifier in ("at least", "at most") and t.count < 0:
        ok = False
    if not ok:
        return None
    mine = ratings[t.rating].score
    if t.direction == "or better":
        counted = [r for r, d in ratings.items() if d.score >= mine]
    elif t.direction == "or worse":
        counted = [r for r, d in ratings.items() if d.score <= mine]
    else:
        counted = [t.rating]
    return Tally(
        quantifier=t.quantifier,
        count=t.count,
        parts=parts,
        domains=scope,
        rating=t.rating,
        direction=t.direction,
        ratings=tuple(counted),
        span=t.span,
    )


def _rows(
    spec: ast.RuleSpec,
    parts: PartKind,
    ratings: Ratings,
    domains: frozenset[str],
    citations: Citations,
    findings: Findings,
) -> tuple[Row, ...] | None:
    out: list[Row] = []
    ok = True
    for i, row in enumerate(spec.rows):
        if row.rating not in ratings:
            hint = did_you_mean(row.rating, ratings)
            findings.error(
                codes.UNKNOWN_REF,
                f"unknown rating '{row.rating}'{hint}",
                row.rating_span,
                "declared ratings: " + ", ".join(ratings),
            )
            ok = False
        tallies = [_tally(t, parts, ratings, domains, findings) for t in row.when]
        if any(t is None for t in tallies):
            ok = False
        if not row.when and i != len(spec.rows) - 1:
            findings.error(
                codes.RATING_RULE,
                f"'{row.rating} otherwise' holds always, so the rows after it can never be used",
                row.span,
                "put the 'otherwise' row last",
            )
            ok = False
        if row.cite is not None:
            citations.check_ref(row.cite, None)
        out.append(
            Row(
                rating=row.rating,
                when=tuple(t for t in tallies if t is not None),
                cite=_cite(row.cite),
                span=row.span,
            )
        )
    return tuple(out) if ok else None


def resolve_rule(
    spec: ast.RuleSpec,
    where: PartKind,
    ratings: Ratings,
    domains: frozenset[str],
    citations: Citations,
    findings: Findings,
) -> Rule | None:
    """The rule a ``rated by`` clause of a domain or standard names, or None (with an error)
    when it names none. ``where`` is the kind of item it rates (a standard: its counts are of
    key questions)."""
    found = rules.lookup(spec.words)
    if found is None:
        known = rules.names()
        hint = did_you_mean(spec.name, known, cutoff=0.5, quoted=True)
        findings.error(
            codes.RATING_RULE,
            f"'{spec.name}' is not a rule that rates a standard{hint}",
            spec.words_span,
            "the rules are: " + "; ".join(f"rated by {n.replace('N..M', '1..4')}" for n in known),
        )
        return None
    form, params = found
    parts: PartKind = "key question" if where == "standard" else "standard"
    if form.name == rules.Table.name:
        if not spec.rows:
            findings.error(
                codes.RATING_RULE,
                "a decision table needs rows: write one per line under it, such as "
                + _table_example(ratings, parts),
                spec.words_span,
            )
            return None
    elif spec.rows:
        findings.error(
            codes.RATING_RULE,
            f"only a decision table has rows; 'rated by {spec.name}' takes none",
            spec.rows[0].span,
        )
        return None
    if params and not 0 <= params[0] < params[1]:
        findings.error(
            codes.RATING_RULE,
            f"item scores run from {params[0]} to {params[1]}: the lowest must be below the "
            "highest (and not negative), e.g. 1..4",
            spec.words_span,
        )
        return None
    rows = _rows(spec, parts, ratings, domains, citations, findings)
    if rows is None:
        return None
    return Rule(form=form.name, params=params, rows=rows, span=spec.span)


def resolve_overall_rule(
    decl: ast.OverallRuleDecl,
    ratings: Ratings,
    domains: frozenset[str],
    citations: Citations,
    findings: Findings,
    *,
    bands: Sequence[ast.OverallBandDecl] = (),
    scale: tuple[int, int] | None = None,
) -> Rule | None:
    """``overall rated by ...``: only a decision table rates the overall from the standards.
    ``bands`` and ``scale`` (the overall bands written, the overall score's range) give the
    fix's example in the framework's own ratings and scores."""
    if decl.rule.name not in rules.OVERALL_FORMS:
        findings.error(
            codes.RATING_RULE,
            f"the overall rating cannot be '{decl.rule.name}': it is rated by the bands of the "
            f"overall score ({_overall_example(ratings, bands, scale)}) or by 'overall rated "
            "by decision table'",
            decl.rule.words_span,
        )
        return None
    if not decl.rule.rows:
        findings.error(
            codes.RATING_RULE,
            "a decision table needs rows: write one per line under it, such as "
            + _table_example(ratings, "standard"),
            decl.rule.words_span,
        )
        return None
    rows = _rows(decl.rule, "standard", ratings, domains, citations, findings)
    if rows is None:
        return None
    for t in decl.says:
        citations.check(t, required=True)
    return Rule(form=rules.Table.name, rows=rows, span=decl.rule.span)


def resolve_limits(
    decls: Sequence[ast.LimitDecl],
    ratings: Ratings,
    domains: frozenset[str],
    citations: Citations,
    findings: Findings,
) -> tuple[Limit, ...]:
    out: list[Limit] = []
    for d in decls:
        ok = d.rating in ratings
        if not ok:
            hint = did_you_mean(d.rating, ratings)
            findings.error(
                codes.UNKNOWN_REF,
                f"unknown rating '{d.rating}'{hint}",
                d.rating_span,
                "declared ratings: " + ", ".join(ratings),
            )
        tallies = [_tally(t, "standard", ratings, domains, findings) for t in d.when]
        if d.cite is not None:
            citations.check_ref(d.cite, None)
        for t in d.says:
            citations.check(t, required=True)
        if ok and all(t is not None for t in tallies):
            out.append(
                Limit(
                    rating=d.rating,
                    when=tuple(t for t in tallies if t is not None),
                    cite=_cite(d.cite),
                    says=tuple(quote(t) for t in d.says),
                    span=d.span,
                )
            )
    return tuple(out)


# ---------------------------------------------------------------------------- after building


def check_standard_rules(
    domains: Sequence[Domain], banding: Banding | None, ratings: Ratings, findings: Findings
) -> None:
    """What each form needs of the standards it rates."""
    if banding is None or not ratings:
        return
    scale = Scale(
        rounding=banding.rounding,
        bands=banding.bands,
        score={r: d.score for r, d in ratings.items()},
        names={d.score: r for r, d in ratings.items()},
    )
    for d in domains:
        for s in d.standards:
            _check_form(s, scale, findings)


def _check_form(s: Standard, scale: Scale, findings: Findings) -> None:
    rule = s.rule
    where = s.rated_by_span or s.span
    if rule.form == rules.Table.name:
        table = rules.form_of(rule, scale)
        assert isinstance(table, rules.Table)
        k = len(s.key_questions)
        if k:
            gaps = table.gaps(k)
            if gaps:
                example = ", ".join(scale.names[b] for b in gaps[0])
                findings.error(
                    codes.RATING_TABLE,
                    f"the decision table of standard {s.id} gives no rating when its rated key "
                    f"questions are {example}"
                    + (f" (and {len(gaps) - 1} more combinations)" if len(gaps) > 1 else ""),
                    where,
                    f"add a row for them, or end the table with "
                    f"'{quoted_rating(scale.names[min(scale.names)])} otherwise' (or another "
                    "rating)",
                )
            for i in table.unreachable(k):
                row = rule.rows[i]
                findings.warn(
                    codes.RATING_TABLE,
                    f"row '{row.text}' of standard {s.id}'s decision table can never be used: "
                    "the rows before it already cover every case where it would hold",
                    row.span,
                    "reorder the rows, or remove this one",
                )
    if rule.form == rules.ItemScores.name:
        low, high = rule.params
        least = scale.percent(Fraction(100 * low, high))
        covered = [b for b in scale.bands if b.high >= least]
        if not covered:
            findings.error(
                codes.RATING_RULE,
                f"standard {s.id}'s item scores give {least}..100%, which no band covers",
                where,
            )
        if not s.key_questions:
            findings.error(
                codes.RATING_RULE,
                f"standard {s.id} is rated by item scores but has no items: give each scored "
                "item as a key question under it",
                where,
            )


def check_overall_rules(framework: Framework, findings: Findings) -> None:
    """A table over the standards must cover every combination of their ratings; a limit
    that can never lower the rating is reported."""
    overall = framework.overall
    if overall.rule is None and not overall.limits:
        return
    rule = rules.overall_rule(framework)
    every = frozenset(r.score for r in framework.ratings)
    options = [every for _ in rule.ids]
    if overall.rule is not None:
        for combo in rule.gaps(options):
            example = ", ".join(
                f"{sid} {framework.ratings[0].name if o is None else rule.names[o]}"
                for sid, o in zip(rule.ids, combo, strict=True)
            )
            findings.error(
                codes.RATING_TABLE,
                f"the overall decision table gives no rating when the standards are: {example}",
                overall.rule.span,
                "add a row for them, or end the table with "
                f"'{quoted_rating(framework.ratings[0].name)} otherwise'",
            )
            break
        for i in rule.unreachable_rows(options):
            row = overall.rule.rows[i]
            findings.warn(
                codes.RATING_TABLE,
                f"row '{row.text}' of the overall decision table can never be used: the rows "
                "before it cover every case where it would hold",
                row.span,
            )
    for i in rule.unused_limits(options):
        limit = overall.limits[i]
        findings.warn(
            codes.RATING_LIMIT,
            f"'{limit.text}' can never lower the overall rating: whenever it holds, the rating "
            f"is already {limit.rating} or lower",
            limit.span,
            "check its rating and its counts",
        )


def banded_from(domains: Sequence[Domain], rounding: str) -> int:
    """The lowest percentage the version's rules can band: 0 where any standard is rated from
    cases; where every banded standard is rated by item scores N..M, the percentage N/M gives
    (the bands need not cover what no rule can produce)."""
    lows = []
    for d in domains:
        for s in d.standards:
            if s.rule.form == rules.ItemScores.name:
                low, high = s.rule.params
                lows.append(round_percent(Fraction(100 * low, high), rounding))
            elif not s.judged:
                return 0
    return min(lows, default=0)


def scale_of(standards: Sequence[Standard], ratings: Ratings) -> tuple[int, int]:
    """The overall score's range: the scored standards' lowest and highest sums."""
    scored = [s for s in standards if s.scored]
    top = max(r.score for r in ratings.values())
    bottom = min(r.score for r in ratings.values())
    return len(scored) * bottom, len(scored) * top


def overall_with(
    overall: OverallScale, rule: Rule | None, says: tuple[ast.Text, ...], limits: tuple[Limit, ...]
) -> OverallScale:
    """The overall scale with its rule and limits."""
    from dataclasses import replace

    return replace(overall, rule=rule, rule_says=tuple(quote(t) for t in says), limits=limits)
