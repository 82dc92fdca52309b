"""The rating rules: ratings and their scores, key-question bands, the overall scale and bands,
and the discretion policy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ratingbook.dsl import ast
from ratingbook.dsl.codes import Code
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.dsl.span import Span
from ratingbook.framework import codes
from ratingbook.framework.checker.citations import Citations, quote
from ratingbook.framework.checker.conditions import Conditions, compile_condition
from ratingbook.framework.checker.findings import Findings, Lineage
from ratingbook.framework.ids import ranges as id_ranges
from ratingbook.framework.model import (
    Band,
    Banding,
    DiscretionPolicy,
    DiscretionRule,
    Domain,
    OverallScale,
    RatingLevel,
    SamplingPolicy,
)

Ratings = Mapping[str, ast.RatingDecl]
"""The ratings a version declares, by name."""


def rating_ref(ratings: Ratings, name: str, span: Span, findings: Findings) -> bool:
    """Whether ``name`` is a declared rating (an error if not)."""
    if name in ratings:
        return True
    hint = did_you_mean(name, ratings)
    findings.error(
        codes.UNKNOWN_REF,
        f"unknown rating '{name}'{hint}",
        span,
        "declared ratings: " + ", ".join(ratings),
    )
    return False


def check_ratings(
    decls: Sequence[ast.RatingDecl], findings: Findings
) -> tuple[RatingLevel, ...] | None:
    """Ratings are declared, each with its own score; lowest score first."""
    if not decls:
        findings.error(
            codes.SCORE, "no ratings are declared: add 'rating NAME score N' lines", None
        )
        return None
    by_score: dict[int, ast.RatingDecl] = {}
    for r in decls:
        if r.score in by_score:
            findings.error(
                codes.SCORE,
                f"{r.rating} and {by_score[r.score].rating} both score {r.score}: "
                "each rating needs its own score",
                r.span,
                "give each rating its own score, higher for a better rating",
            )
        by_score[r.score] = r
    return tuple(
        RatingLevel(name=r.rating, score=r.score, span=r.span)
        for r in sorted(decls, key=lambda r: r.score)
    )


def _span_text(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}..{high}"


def _check_bands(
    bands: Sequence[ast.BandDecl | ast.OverallBandDecl],
    low: int,
    high: int,
    what: str,
    band_codes: tuple[Code, Code, Code],
    ratings: Ratings,
    citations: Citations,
    findings: Findings,
    inherited: frozenset[tuple[int, int, str]] = frozenset(),
) -> tuple[Band, ...]:
    """Bands that cover ``low..high`` without gaps or overlaps, rising with their ratings.

    ``inherited`` are the bands of the base version: where a gap or an overlap lies between a
    band as the base had it and one this version edited, it is reported at the edited one.
    A band whose rating is not declared still counts for gaps and overlaps, so that one
    misspelt rating is one error, not two.
    """
    gap_code, overlap_code, range_code = band_codes
    good: list[Band] = []
    for d in bands:
        known = rating_ref(ratings, d.rating, d.rating_span, findings)
        if d.range.low > d.range.high:
            findings.error(
                range_code,
                f"{what} {d.range}: its low end is above its high end",
                d.range.span,
                f"write the low end first: {d.range.high}..{d.range.low}",
            )
            continue
        if d.range.low < low or d.range.high > high:
            from_base = (d.range.low, d.range.high, d.rating) in inherited
            findings.error(
                range_code,
                f"{what} {d.range} runs outside {low}..{high}",
                d.range.span,
                f"this {what} is inherited from the base version; restate the "
                f"{what}s in this version so that they cover {low}..{high}"
                if from_base
                else f"the {what}s cover {low}..{high}: keep this one within it",
            )
            continue
        if d.cite is not None and known:
            citations.check_ref(d.cite, None)
        good.append(
            Band(
                low=d.range.low,
                high=d.range.high,
                rating=d.rating,
                label=d.label,
                cite=str(d.cite or ""),
                span=d.span,
            )
        )
    good.sort(key=lambda b: (b.low, b.high))

    def edited(b: Band) -> bool:
        return (b.low, b.high, b.rating) not in inherited

    def at(later: Band, earlier: Band) -> Band:
        """Where a problem between two bands is shown: the later, unless only the earlier
        was edited."""
        return earlier if inherited and edited(earlier) and not edited(later) else later

    expected = low
    prev: Band | None = None
    for b in good:
        if b.low > expected:
            if prev is None:
                findings.error(
                    gap_code,
                    f"no {what} covers {_span_text(expected, b.low - 1)}: "
                    f"the first {what} starts at {b.low}",
                    b.span,
                    f"start the first {what} at {expected}, or add one for "
                    f"{_span_text(expected, b.low - 1)} (a restated section replaces the "
                    "base's whole: restate every one)",
                )
            else:
                findings.error(
                    gap_code,
                    f"no {what} covers {_span_text(expected, b.low - 1)}: "
                    f"the {what}s jump from {prev.low}..{prev.high} to {b.low}..{b.high}",
                    at(b, prev).span,
                    f"make them meet: one ends where the next begins, less one "
                    f"({prev.low}..{b.low - 1} or {prev.high + 1}..{b.high})",
                )
        elif b.low < expected and prev is not None:
            shown, other = (b, prev) if at(b, prev) is b else (prev, b)
            findings.error(
                overlap_code,
                f"{what} {shown.low}..{shown.high} overlaps {other.low}..{other.high}",
                shown.span,
                f"each {'percentage' if what == 'band' else 'score'} falls in one {what}: make "
                "one end where the other begins, less one",
            )
        expected = max(expected, b.high + 1)
        prev = b
    if good and expected <= high:
        findings.error(
            gap_code,
            f"no {what} covers {_span_text(expected, high)}: the last {what} ends at {expected - 1}",
            good[-1].span,
            f"end the last {what} at {high}, or add one for {_span_text(expected, high)} (a "
            "restated section replaces the base's whole: restate every one)",
        )
    known_bands = [b for b in good if b.rating in ratings]
    for a, b in zip(known_bands, known_bands[1:], strict=False):
        ra, rb = ratings[a.rating], ratings[b.rating]
        if rb.score <= ra.score and (a.high < b.low):
            findings.error(
                codes.BAND_ORDER,
                f"{what} {b.low}..{b.high} gives {b.rating} (score {rb.score}), no higher than "
                f"{a.low}..{a.high} which gives {a.rating} (score {ra.score})",
                b.span,
                f"a higher {what} gives a higher rating: check the two ratings (swapped?) and "
                "the ratings' scores",
            )
    return tuple(b for b in good if b.rating in ratings)


def check_banding(
    rounding: ast.RoundingDecl | None,
    decls: Sequence[ast.BandDecl],
    ratings: Ratings,
    citations: Citations,
    findings: Findings,
    lineage: Lineage | None = None,
    *,
    low: int = 0,
) -> Banding | None:
    """The percentage rule and the key-question bands, which cover ``low``..100: 0..100,
    unless every standard's rule gives percentages from ``low`` up (item scores)."""
    if rounding is None:
        findings.error(
            codes.RATING_RULE,
            "no 'percentage rounded ...' rule: say how key-question percentages are rounded",
            None,
        )
    if not decls:
        findings.error(codes.BAND_GAP, "no key-question bands are declared", None)
    for t in rounding.says if rounding else ():
        citations.check(t, required=True)
    for d in decls:
        for t in d.says:
            citations.check(t, required=True)
    bands = _check_bands(
        decls,
        low,
        100,
        "band",
        (codes.BAND_GAP, codes.BAND_OVERLAP, codes.BAND_RANGE),
        ratings,
        citations,
        findings,
        lineage.bands if lineage else frozenset(),
    )
    if rounding is None or not decls:
        return None
    return Banding(
        rounding=rounding.mode,
        bands=bands,
        rounding_span=rounding.span,
        says=tuple(quote(t) for t in (*rounding.says, *(t for d in decls for t in d.says))),
    )


def check_overall(
    scale: ast.OverallScaleDecl | None,
    decls: Sequence[ast.OverallBandDecl],
    domains: Sequence[Domain],
    header: ast.FrameworkDecl,
    ratings: Ratings,
    citations: Citations,
    findings: Findings,
    lineage: Lineage | None = None,
    *,
    ruled: bool = False,
) -> OverallScale | None:
    """The overall scale (the scored standards' scores added up) and the bands that cover it;
    with ``ruled`` (``overall rated by ...``), the rule rates and no bands are needed."""
    if not ratings:
        return None
    scored = [s for d in domains for s in d.standards if s.scored]
    n_standards = len(scored)
    top = max(r.score for r in ratings.values())
    bottom = min(r.score for r in ratings.values())
    low, high = n_standards * bottom, n_standards * top
    if lineage is not None and _scale_moved(
        (low, high), n_standards, (bottom, top), decls, domains, ratings, findings, lineage
    ):
        return None
    if scale is not None:
        if scale.cite is not None:
            citations.check_ref(scale.cite, scale.label)
        if (scale.range.low, scale.range.high) != (low, high):
            ids = [s.id for s in scored]
            findings.error(
                codes.OVERALL_SCALE,
                f"overall scale {scale.range} does not add up: {n_standards} standards are "
                f"scored ({id_ranges(ids)}) with scores {bottom}..{top}, so the overall score "
                f"runs {low}..{high}",
                scale.range.span,
                f"either state 'overall scale {low}..{high}' or change the standards or scores",
            )
    if ruled:
        if decls:
            findings.error(
                codes.RATING_RULE,
                "the overall rating comes from 'overall rated by ...', so the overall bands "
                "would never be used: remove them, or the rule",
                decls[0].span,
            )
        return OverallScale(low=low, high=high, bands=())
    if not decls:
        findings.error(codes.OVERALL_GAP, "no overall bands are declared", header.span)
        return None
    for d in decls:
        for t in d.says:
            citations.check(t, required=True)
    bands = _check_bands(
        decls,
        low,
        high,
        "overall band",
        (codes.OVERALL_GAP, codes.OVERALL_OVERLAP, codes.OVERALL_RANGE),
        ratings,
        citations,
        findings,
        lineage.overall_bands if lineage else frozenset(),
    )
    says = tuple(quote(t) for d in decls for t in d.says)
    if scale is not None:
        says = tuple(quote(t) for t in scale.says) + says
    return OverallScale(low=low, high=high, bands=bands, span=decls[0].span, says=says)


def _scale_moved(
    scale: tuple[int, int],
    n_standards: int,
    scores: tuple[int, int],
    decls: Sequence[ast.OverallBandDecl],
    domains: Sequence[Domain],
    ratings: Ratings,
    findings: Findings,
    lineage: Lineage,
) -> bool:
    """Whether this version changes the overall scale (a scored standard added or removed,
    or the scores restated) while its overall bands are the base version's: then one error,
    at the line of this version that changed it, says what the scale now is and which bands
    to restate (not a gap or overlap at a line of the base's file, which cannot be edited)."""
    if not lineage.based or not decls or not lineage.overall_bands:
        return False
    if any(not lineage.inherited(d.span) for d in decls):
        return False  # the bands are restated here: they are checked as written
    old = (
        min(b[0] for b in lineage.overall_bands),
        max(b[1] for b in lineage.overall_bands),
    )
    low, high = scale
    if old == scale:
        return False
    here = {s.id for d in domains for s in d.standards}
    added = [
        (s.id, s.span) for d in domains for s in d.standards if lineage.is_new("standard", s.id)
    ]
    gone = sorted(
        (item_id, lineage.removal("standard", item_id))
        for kind, item_id in lineage.items
        if kind == "standard" and item_id not in here
    )
    edits = [f"standard {i} is added at line {sp.line}" for i, sp in added if sp is not None]
    edits += [f"standard {i} is removed at line {sp.line}" for i, sp in gone if sp is not None]
    unscored = [
        (s.id, s.not_scored_span)
        for d in domains
        for s in d.standards
        if s.not_scored_span is not None and not lineage.inherited(s.not_scored_span)
    ]
    edits += [f"standard {i} is made 'not scored' at line {sp.line}" for i, sp in unscored]
    rescored = [r.span for r in ratings.values() if not lineage.inherited(r.span)]
    if rescored and not edits:
        edits.append(f"the ratings' scores are restated at line {rescored[0].line}")
    spans = [sp for _, sp in added] + [sp for _, sp in gone if sp is not None] + rescored
    spans += [sp for _, sp in unscored]
    where = min(spans, key=lambda sp: (sp.line, sp.col)) if spans else None
    bottom, top = scores
    misfits = sorted(
        (b for b in lineage.overall_bands if b[0] < low or b[1] > high), key=lambda b: b[0]
    )
    if high > old[1]:
        misfits.append(max(lineage.overall_bands, key=lambda b: b[1]))
    if low < old[0]:
        misfits.append(min(lineage.overall_bands, key=lambda b: b[0]))
    named = ", ".join(
        f"'overall {b[0]}..{b[1]} {quoted_rating(b[2])}'" for b in dict.fromkeys(misfits)
    )
    findings.error(
        codes.OVERALL_SCALE,
        f"the overall scale is now {low}..{high} ({n_standards} "
        f"standard{'s' * (n_standards != 1)} scored "
        f"{bottom}..{top}), but the overall bands, inherited from {lineage.base_id}, cover "
        f"{old[0]}..{old[1]}",
        where,
        *edits,
        f"restate the overall bands in this version so that they cover {low}..{high} "
        f"(restating one replaces them all); {named} no longer "
        + ("fits" if len(dict.fromkeys(misfits)) == 1 else "fit"),
    )
    return True


def quoted_rating(rating: str) -> str:
    """A rating as a framework writes it: quoted where it is more than one word."""
    return rating if rating.replace("-", "").isalnum() else f'"{rating}"'


def check_sampling(
    decl: ast.SamplingDecl | None,
    domains: Sequence[Domain],
    citations: Citations,
    findings: Findings,
) -> SamplingPolicy | None:
    """Confidence and margin are per cents strictly between 0 and 100; a split names sampled
    domains once each and adds up to 100; every stratum and quotation is cited verbatim."""
    if decl is None:
        return None
    if not 0 < decl.confidence < 100:
        findings.error(
            codes.SAMPLING,
            f"confidence {decl.confidence} is not a per cent between 0 and 100 (e.g. 80)",
            decl.span,
        )
    if not 0 < decl.margin < 100:
        findings.error(
            codes.SAMPLING,
            f"margin of error {decl.margin} is not a number of points between 0 and 100 (e.g. 5)",
            decl.span,
        )
    sampled = {d.id for d in domains if any(not s.judged for s in d.standards)}
    seen: set[str] = set()
    for sp in decl.splits:
        did = str(sp.domain.value)
        if did not in sampled:
            findings.error(
                codes.SAMPLING,
                f"split names domain {did}, which is not a domain rated from case samples "
                f"(those are: {', '.join(sorted(sampled)) or 'none'})",
                sp.span,
            )
        elif did in seen:
            findings.error(codes.SAMPLING, f"split names domain {did} twice", sp.span)
        seen.add(did)
        if not 0 < sp.percent < 100:
            findings.error(
                codes.SAMPLING,
                f"split of {sp.percent}% for domain {did} is not between 0 and 100",
                sp.span,
            )
    if decl.splits and sum(sp.percent for sp in decl.splits) != 100:
        total = sum(sp.percent for sp in decl.splits)
        findings.error(
            codes.SAMPLING,
            f"the split adds up to {total}%, not 100%; give every sampled domain's share",
            decl.splits[0].span,
        )
    for st in decl.strata:
        citations.check(st.text, required=True)
    for t in decl.says:
        citations.check(t, required=True)
    return SamplingPolicy(
        confidence=decl.confidence,
        margin=decl.margin,
        split=tuple((str(sp.domain.value), sp.percent) for sp in decl.splits),
        strata=tuple(quote(st.text) for st in decl.strata),
        says=tuple(quote(t) for t in decl.says),
        span=decl.span,
    )


def check_discretion(
    decl: ast.DiscretionDecl | None,
    domains: Sequence[Domain],
    conditions: Conditions,
    citations: Citations,
    findings: Findings,
) -> DiscretionPolicy | None:
    """The domains discretion applies in are declared; its rules test known measures."""
    if decl is None:
        return None
    known = {d.id for d in domains}
    for v in decl.domains:
        if str(v.value) not in known:
            findings.error(
                codes.DISCRETION,
                f"discretion names domain {v.value}, which is not declared "
                f"(domains: {', '.join(sorted(known))})",
                v.span,
                "name the domains whose standards the panel may rate by discretion",
            )
    for rule in decl.rules:
        conditions.check(rule.condition, measures=True)
    for t in decl.says:
        citations.check(t, required=True)
    return DiscretionPolicy(
        domains=tuple(str(v.value) for v in decl.domains),
        rules=tuple(
            DiscretionRule(
                condition=compile_condition(r.condition),
                description=r.description,
                level=r.level,
                span=r.span,
            )
            for r in decl.rules
        ),
        says=tuple(quote(t) for t in decl.says),
        span=decl.span,
    )
