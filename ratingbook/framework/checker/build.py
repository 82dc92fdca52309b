"""From a version's merged statements to the checked model, running each family of checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from ratingbook.dsl import Diagnostic, ast
from ratingbook.framework.checker.citations import Citations, quote
from ratingbook.framework.checker.conditions import (
    Conditions,
    attribute_model,
    check_attributes,
)
from ratingbook.framework.checker.documents import SourceDocument
from ratingbook.framework.checker.findings import Findings, Lineage
from ratingbook.framework.checker.forms import (
    banded_from,
    check_overall_rules,
    check_standard_rules,
    overall_with,
    resolve_limits,
    resolve_overall_rule,
    scale_of,
)
from ratingbook.framework.checker.items import check_items
from ratingbook.framework.checker.meaning import (
    check_discretion_meaning,
    check_meaning,
    check_reachable,
    check_restated_defaults,
)
from ratingbook.framework.checker.rules import (
    check_banding,
    check_discretion,
    check_overall,
    check_ratings,
    check_sampling,
)
from ratingbook.framework.model import Framework, SourceDoc, SourceTexts

S = TypeVar("S")


def _of(statements: Sequence[ast.Statement], kind: type[S]) -> list[S]:
    return [s for s in statements if isinstance(s, kind)]


def build(
    statements: Sequence[ast.Statement],
    texts: Mapping[str, str],
    documents: Mapping[str, SourceDocument | None],
    *,
    base: Sequence[ast.Statement] | None = None,
    drafts: frozenset[str] = frozenset(),
    own: Sequence[ast.Statement] = (),
    file_ids: Mapping[str, str] | None = None,
) -> tuple[Framework | None, list[Diagnostic]]:
    """The model of a version (None when it cannot be built) and what the checks found.

    ``texts`` are the framework files the statements come from, by the path shown in messages;
    ``documents`` are the cited source documents, by :func:`~.citations.document_key`.
    ``base`` is the merged statements of the version this one is based on (None for a version
    based on none): what it adds and edits is told from what it inherits by comparing with it.
    ``drafts`` are the files that are drafts, whose own wording needs no citation. ``own``
    are the statements of the version's own file (what it removes is reported where it does).
    ``file_ids`` is the version each file of ``texts`` declares (``yot-2018``).
    """
    findings = Findings()
    header = next(iter(_of(statements, ast.FrameworkDecl)), None)
    if header is None:
        return None, findings.items
    sources = {s.id: s for s in _of(statements, ast.SourceDecl)}
    attributes = {a.name: a for a in _of(statements, ast.AttributeDecl)}
    ratings = {r.rating: r for r in _of(statements, ast.RatingDecl)}
    citations = Citations(sources, documents, findings, drafts=drafts)
    lineage = Lineage.of(header, base, own)
    conditions = Conditions(attributes, findings)

    for text in header.says:
        citations.check(text, required=True)
    check_attributes(attributes, findings)
    rating_levels = check_ratings(_of(statements, ast.RatingDecl), findings)
    domains = check_items(
        _of(statements, ast.ItemDecl), ratings, conditions, citations, findings, lineage
    )
    rounding = next(iter(_of(statements, ast.RoundingDecl)), None)
    banding = check_banding(
        rounding,
        _of(statements, ast.BandDecl),
        ratings,
        citations,
        findings,
        lineage,
        low=banded_from(domains, rounding.mode if rounding else "half up"),
    )
    domain_ids = frozenset(d.id for d in domains)
    overall_rule_decl = next(iter(_of(statements, ast.OverallRuleDecl)), None)
    overall_rule = (
        None
        if overall_rule_decl is None
        else resolve_overall_rule(
            overall_rule_decl,
            ratings,
            domain_ids,
            citations,
            findings,
            bands=_of(statements, ast.OverallBandDecl),
            scale=scale_of([s for d in domains for s in d.standards], ratings) if ratings else None,
        )
    )
    check_meaning(domains, attributes, findings, lineage)
    check_restated_defaults(domains, attributes, findings, lineage)
    overall = check_overall(
        next(iter(_of(statements, ast.OverallScaleDecl)), None),
        _of(statements, ast.OverallBandDecl),
        domains,
        header,
        ratings,
        citations,
        findings,
        lineage,
        ruled=overall_rule_decl is not None,
    )
    if overall is not None:
        overall = overall_with(
            overall,
            overall_rule,
            overall_rule_decl.says if overall_rule_decl is not None else (),
            resolve_limits(
                _of(statements, ast.LimitDecl), ratings, domain_ids, citations, findings
            ),
        )
    check_standard_rules(domains, banding, ratings, findings)
    discretion = check_discretion(
        next(iter(_of(statements, ast.DiscretionDecl)), None),
        domains,
        conditions,
        citations,
        findings,
    )
    check_discretion_meaning(discretion, banding, findings, lineage)
    check_reachable(rating_levels, banding, overall, domains, findings, lineage)
    sampling = check_sampling(
        next(iter(_of(statements, ast.SamplingDecl)), None),
        domains,
        citations,
        findings,
    )
    if rating_levels is None or banding is None or overall is None:
        return None, findings.items
    if overall_rule_decl is not None and overall_rule is None:
        return None, findings.items
    ids = file_ids or {}
    framework = Framework(
        family=header.family,
        version=header.version,
        title=header.title,
        effective_from=header.effective_from,
        effective_until=header.effective_until,
        based_on="-".join(header.based_on) if header.based_on else None,
        draft=header.draft,
        path=header.span.path,
        sources=tuple(
            SourceDoc(id=s.id, title=s.title, published=s.published, file=s.file, span=s.span)
            for s in sources.values()
        ),
        attributes=tuple(attribute_model(a) for a in attributes.values()),
        ratings=rating_levels,
        banding=banding,
        overall=overall,
        discretion=discretion,
        sampling=sampling,
        domains=domains,
        span=header.span,
        says=tuple(quote(t) for t in header.says),
        texts=SourceTexts(texts),
        file_ids=tuple((path, ids[path]) for path in texts if path in ids),
    )
    check_overall_rules(framework, findings)
    return framework, findings.items
