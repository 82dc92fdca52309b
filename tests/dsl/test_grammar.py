"""Every construct of the framework language, parsed to the AST (equality ignores spans)."""

from __future__ import annotations

import pytest
from conftest import REPO, budget

from ratingbook.dsl import ast, parse_text
from ratingbook.dsl.span import Span

# ---------------------------------------------------------------------------- helpers


def parse_one(text: str) -> ast.Statement:
    parsed = parse_text(text, "t.framework")
    assert parsed.diagnostics == (), [d.headline() for d in parsed.diagnostics]
    assert len(parsed.ast.statements) == 1, parsed.ast.statements
    return parsed.ast.statements[0]


def T(value: str, source: str | None = None, first: int = 0, last: int | None = None) -> ast.Text:
    cite = None
    if source is not None:
        cite = ast.Cite(source=source, first=first, last=first if last is None else last)
    return ast.Text(value=value, cite=cite)


def V(value: str | int | float, quoted: bool = False) -> ast.Value:
    return ast.Value(value=value, quoted=quoted)


def N(name: str) -> ast.Name:
    return ast.Name(name=name)


def R(low: int, high: int) -> ast.Range:
    return ast.Range(low=low, high=high)


def item(kind: ast.ItemKind, item_id: str, text: ast.Text, **clauses: object) -> ast.ItemDecl:
    return ast.ItemDecl(kind=kind, id=item_id, text=text, **clauses)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- statements

STATEMENTS: list[tuple[str, str, ast.Statement]] = [
    # ---- the header
    (
        "header-minimal",
        'framework yot 2020 "Inspection of youth offending services"\n',
        ast.FrameworkDecl(
            family="yot", version="2020", title="Inspection of youth offending services"
        ),
    ),
    (
        "header-effective",
        'framework yot 2020 "T"\n  effective from 2020-06-01\n',
        ast.FrameworkDecl(family="yot", version="2020", title="T", effective_from="2020-06-01"),
    ),
    (
        "header-effective-until",
        'framework yot 2018 "T"\n  effective from 2018-06-01 until 2020-05-31\n',
        ast.FrameworkDecl(
            family="yot",
            version="2018",
            title="T",
            effective_from="2018-06-01",
            effective_until="2020-05-31",
        ),
    ),
    (
        "header-based-on",
        'framework yot 2020 "T"\n  based on yot 2018\n',
        ast.FrameworkDecl(family="yot", version="2020", title="T", based_on=("yot", "2018")),
    ),
    (
        "header-draft",
        'framework yot 2021 "T"\n  draft\n  based on yot 2020\n',
        ast.FrameworkDecl(
            family="yot", version="2021", title="T", based_on=("yot", "2020"), draft=True
        ),
    ),
    (
        "header-says",
        'framework yot 2020 "T"\n  says "First." from wm line 3\n  says "Second." from wm lines 4-6\n',
        ast.FrameworkDecl(
            family="yot",
            version="2020",
            title="T",
            says=(T("First.", "wm", 3), T("Second.", "wm", 4, 6)),
        ),
    ),
    (
        "header-everything",
        'framework yot 2020a "T"\n  effective from 2020-06-01 until 2021-01-01\n'
        '  based on yot 2018\n  says "S." from wm line 1\n',
        ast.FrameworkDecl(
            family="yot",
            version="2020a",
            title="T",
            effective_from="2020-06-01",
            effective_until="2021-01-01",
            based_on=("yot", "2018"),
            says=(T("S.", "wm", 1),),
        ),
    ),
    # ---- sources
    (
        "source-bare",
        'source wm_2020 "An inspection"\n',
        ast.SourceDecl(id="wm_2020", title="An inspection"),
    ),
    (
        "source-published",
        'source wm_2020 "An inspection" published "November 2020"\n',
        ast.SourceDecl(id="wm_2020", title="An inspection", published="November 2020"),
    ),
    (
        "source-file",
        'source wm_2020 "An inspection" file "sources/wm.txt"\n',
        ast.SourceDecl(id="wm_2020", title="An inspection", file="sources/wm.txt"),
    ),
    (
        "source-published-and-file",
        'source wm_2020 "An inspection"\n  published "November 2020" file "sources/wm.txt"\n',
        ast.SourceDecl(
            id="wm_2020", title="An inspection", published="November 2020", file="sources/wm.txt"
        ),
    ),
    # ---- attributes
    (
        "attribute-flag",
        "attribute safety_factors flag\n",
        ast.AttributeDecl(name="safety_factors", kind="flag"),
    ),
    (
        "attribute-flag-default-description",
        'attribute safety_factors flag default no "there are factors"\n',
        ast.AttributeDecl(
            name="safety_factors", kind="flag", default=V("no"), description="there are factors"
        ),
    ),
    (
        "attribute-flag-default-yes",
        "attribute changed flag default yes\n",
        ast.AttributeDecl(name="changed", kind="flag", default=V("yes")),
    ),
    (
        "attribute-text",
        'attribute disposal_type text "the kind of disposal"\n',
        ast.AttributeDecl(name="disposal_type", kind="text", description="the kind of disposal"),
    ),
    (
        "attribute-one-of",
        'attribute disposal one of court, out-of-court "how the case was disposed of"\n',
        ast.AttributeDecl(
            name="disposal",
            kind="enum",
            values=(V("court"), V("out-of-court")),
            description="how the case was disposed of",
        ),
    ),
    (
        "attribute-one-of-quoted-default",
        'attribute rosh one of low, medium, high, "very high" default "very high" "risk level"\n',
        ast.AttributeDecl(
            name="rosh",
            kind="enum",
            values=(V("low"), V("medium"), V("high"), V("very high", quoted=True)),
            default=V("very high", quoted=True),
            description="risk level",
        ),
    ),
    (
        "attribute-one-of-default-plain",
        "attribute rosh one of low, high default low\n",
        ast.AttributeDecl(name="rosh", kind="enum", values=(V("low"), V("high")), default=V("low")),
    ),
    (
        "attribute-ordered",
        'attribute rosh ordered low, medium, high, "very high" "risk of serious harm"\n',
        ast.AttributeDecl(
            name="rosh",
            kind="ordered",
            values=(V("low"), V("medium"), V("high"), V("very high", quoted=True)),
            description="risk of serious harm",
        ),
    ),
    (
        "attribute-ordered-default",
        "attribute rosh ordered low, high default high\n",
        ast.AttributeDecl(
            name="rosh", kind="ordered", values=(V("low"), V("high")), default=V("high")
        ),
    ),
    (
        "attribute-text-vocabulary",
        'attribute t text vocabulary "youth caution", "community resolution" "the kind"\n',
        ast.AttributeDecl(
            name="t",
            kind="text",
            values=(V("youth caution", True), V("community resolution", True)),
            description="the kind",
        ),
    ),
    (
        "attribute-text-vocabulary-default",
        'attribute t text vocabulary "a b", plain default plain\n',
        ast.AttributeDecl(
            name="t", kind="text", values=(V("a b", True), V("plain")), default=V("plain")
        ),
    ),
    (
        "attribute-number",
        'attribute months number "months since the disposal"\n',
        ast.AttributeDecl(name="months", kind="number", description="months since the disposal"),
    ),
    (
        "attribute-number-range",
        'attribute months number 0..120 default 6 "months"\n',
        ast.AttributeDecl(
            name="months", kind="number", range=R(0, 120), default=V(6), description="months"
        ),
    ),
    (
        "attribute-number-negative-range",
        "attribute delta number -10..-1\n",
        ast.AttributeDecl(name="delta", kind="number", range=R(-10, -1)),
    ),
    (
        "attribute-date",
        'attribute disposal_date date "the date of the disposal"\n',
        ast.AttributeDecl(
            name="disposal_date", kind="date", description="the date of the disposal"
        ),
    ),
    (
        "attribute-date-default",
        "attribute d date default 2020-06-01\n",
        ast.AttributeDecl(name="d", kind="date", default=V("2020-06-01")),
    ),
    (
        "attribute-kind-words-are-names",
        "attribute ordered number 0..5\n",
        ast.AttributeDecl(name="ordered", kind="number", range=R(0, 5)),
    ),
    # ---- ratings
    ("rating-plain", "rating Good score 2\n", ast.RatingDecl(rating="Good", score=2)),
    (
        "rating-quoted",
        'rating "Requires improvement" score 1\n',
        ast.RatingDecl(rating="Requires improvement", score=1),
    ),
    # ---- percentage rounding
    ("percentage-half-up", "percentage rounded half up\n", ast.RoundingDecl(mode="half up")),
    ("percentage-half-even", "percentage rounded half even\n", ast.RoundingDecl(mode="half even")),
    ("percentage-down", "percentage rounded down\n", ast.RoundingDecl(mode="down")),
    ("percentage-up", "percentage rounded up\n", ast.RoundingDecl(mode="up")),
    (
        "percentage-says",
        'percentage rounded half up\n  says "Rounded." from wm line 9\n',
        ast.RoundingDecl(mode="half up", says=(T("Rounded.", "wm", 9),)),
    ),
    # ---- bands
    ("band-bare", "band 0..49 Inadequate\n", ast.BandDecl(range=R(0, 49), rating="Inadequate")),
    (
        "band-quoted-rating",
        'band 50..64 "Requires improvement"\n',
        ast.BandDecl(range=R(50, 64), rating="Requires improvement"),
    ),
    (
        "band-label",
        'band 80..100 Outstanding "Large majority"\n',
        ast.BandDecl(range=R(80, 100), rating="Outstanding", label="Large majority"),
    ),
    (
        "band-citation",
        "band 65..79 Good from wm_2020 line 880\n",
        ast.BandDecl(
            range=R(65, 79), rating="Good", cite=ast.Cite(source="wm_2020", first=880, last=880)
        ),
    ),
    (
        "band-label-and-citation",
        'band 50..64 "Requires improvement" "Too few" from wm_2020 line 879\n',
        ast.BandDecl(
            range=R(50, 64),
            rating="Requires improvement",
            label="Too few",
            cite=ast.Cite(source="wm_2020", first=879, last=879),
        ),
    ),
    (
        "band-says",
        'band 0..49 Inadequate\n  says "Minority." from wm line 878\n',
        ast.BandDecl(range=R(0, 49), rating="Inadequate", says=(T("Minority.", "wm", 878),)),
    ),
    # ---- overall
    ("overall-scale", "overall scale 0..36\n", ast.OverallScaleDecl(range=R(0, 36))),
    (
        "overall-scale-label-citation",
        'overall scale 0..36 "on a 0-36 scale" from wm line 897\n',
        ast.OverallScaleDecl(
            range=R(0, 36), label="on a 0-36 scale", cite=ast.Cite(source="wm", first=897, last=897)
        ),
    ),
    (
        "overall-band",
        "overall 0..6 Inadequate\n",
        ast.OverallBandDecl(range=R(0, 6), rating="Inadequate"),
    ),
    (
        "overall-band-quoted-cited-says",
        'overall 7..18 "Requires improvement" from wm line 901\n  says "Adding." from wm line 897\n',
        ast.OverallBandDecl(
            range=R(7, 18),
            rating="Requires improvement",
            cite=ast.Cite(source="wm", first=901, last=901),
            says=(T("Adding.", "wm", 897),),
        ),
    ),
    (
        "overall-band-label",
        'overall 31..36 Outstanding "top"\n',
        ast.OverallBandDecl(range=R(31, 36), rating="Outstanding", label="top"),
    ),
    # ---- discretion
    (
        "discretion",
        "discretion in domains 2, 3\n"
        '  eligible when boundary_distance <= 5 "within five points"\n'
        "  eligible when judgements_to_change <= 1\n"
        '  says "Discretion." from wm line 885\n',
        ast.DiscretionDecl(
            domains=(V(2), V(3)),
            rules=(
                ast.EligibleRule(
                    condition=ast.Compare(op="<=", name=N("boundary_distance"), value=V(5)),
                    description="within five points",
                ),
                ast.EligibleRule(
                    condition=ast.Compare(op="<=", name=N("judgements_to_change"), value=V(1))
                ),
            ),
            says=(T("Discretion.", "wm", 885),),
        ),
    ),
    (
        "discretion-one-domain",
        "discretion in domain 2\n  eligible when sample_size <= 5\n",
        ast.DiscretionDecl(
            domains=(V(2),),
            rules=(
                ast.EligibleRule(condition=ast.Compare(op="<=", name=N("sample_size"), value=V(5))),
            ),
        ),
    ),
    # ---- items
    (
        "domain-bare",
        'domain 1 "Organisational delivery"\n',
        item("domain", "1", T("Organisational delivery")),
    ),
    (
        "domain-every-clause",
        'domain 2 "Court disposals" from wm line 424\n'
        '  intro "Work with children." from wm line 445\n'
        "  applies to cases where disposal = court\n"
        "  rated by lowest key question band\n"
        '  characteristic Good "Good work." from chars line 6\n'
        '  characteristic Inadequate "Bad work." from chars lines 7-8\n'
        '  no prompts "none are published"\n'
        '  says "Domain text." from wm line 9\n',
        item(
            "domain",
            "2",
            T("Court disposals", "wm", 424),
            intro=T("Work with children.", "wm", 445),
            applies=ast.Compare(op="=", name=N("disposal"), value=V("court")),
            rated_by=ast.RuleSpec(words=("lowest", "key", "question", "band")),
            characteristics=(
                ast.Characteristic(rating="Good", text=T("Good work.", "chars", 6)),
                ast.Characteristic(rating="Inadequate", text=T("Bad work.", "chars", 7, 8)),
            ),
            no_prompts="none are published",
            says=(T("Domain text.", "wm", 9),),
        ),
    ),
    (
        "domain-judgement",
        'domain 1 "Organisational delivery"\n  rated by inspector judgement\n',
        item(
            "domain",
            "1",
            T("Organisational delivery"),
            rated_by=ast.RuleSpec(words=("inspector", "judgement")),
        ),
    ),
    (
        "standard-every-clause",
        'standard 2.2 "Planning" from wm line 492\n'
        '  statement "Planning is well informed." from wm line 496\n'
        "  rated by inspector judgement\n"
        '  characteristic "Requires improvement" "Some." from chars line 3\n'
        "  no prompts\n"
        '  says "Std." from wm line 497\n',
        item(
            "standard",
            "2.2",
            T("Planning", "wm", 492),
            statement=T("Planning is well informed.", "wm", 496),
            rated_by=ast.RuleSpec(words=("inspector", "judgement")),
            characteristics=(
                ast.Characteristic(rating="Requires improvement", text=T("Some.", "chars", 3)),
            ),
            no_prompts="",
            says=(T("Std.", "wm", 497),),
        ),
    ),
    (
        "key-question-every-clause",
        'key question 2.2.2 "Does planning focus sufficiently on keeping the child safe?" from wm line 504\n'
        "  applies to cases where safety_factors\n"
        '  relevance "Only relevant where there are factors." from wm line 520\n'
        "  where applicable\n"
        '  no prompts "none"\n'
        '  says "KQ." from wm line 521\n',
        item(
            "key question",
            "2.2.2",
            T("Does planning focus sufficiently on keeping the child safe?", "wm", 504),
            applies=ast.Truthy(name=N("safety_factors")),
            relevance=T("Only relevant where there are factors.", "wm", 520),
            where_applicable=True,
            no_prompts="none",
            says=(T("KQ.", "wm", 521),),
        ),
    ),
    (
        "key-question-applies-to-all-cases",
        'key question 2.2.2 "Q?" from wm line 504\n  applies to all cases\n',
        item("key question", "2.2.2", T("Q?", "wm", 504), applies=ast.AllCases()),
    ),
    (
        "prompt",
        'prompt 2.1.1.d "Where applicable, does assessment analyse barriers?" from wm line 470\n'
        "  where applicable\n",
        item(
            "prompt",
            "2.1.1.d",
            T("Where applicable, does assessment analyse barriers?", "wm", 470),
            where_applicable=True,
        ),
    ),
    (
        "prompt-bare",
        'prompt 2.1.1.a "P?" from wm line 467\n',
        item("prompt", "2.1.1.a", T("P?", "wm", 467)),
    ),
    # ---- remove
    ("remove-prompt", "remove prompt 2.1.1.g\n", ast.RemoveDecl(kind="prompt", id="2.1.1.g")),
    (
        "remove-key-question",
        "remove key question 2.1.3\n",
        ast.RemoveDecl(kind="key question", id="2.1.3"),
    ),
    ("remove-standard", "remove standard 2.4\n", ast.RemoveDecl(kind="standard", id="2.4")),
    ("remove-domain", "remove domain 3\n", ast.RemoveDecl(kind="domain", id="3")),
    # ---- change and clear
    (
        "change-one-clause",
        "change key question 2.2.3\n  applies to cases where harm_factors\n",
        ast.ChangeDecl(kind="key question", id="2.2.3", applies=ast.Truthy(name=N("harm_factors"))),
    ),
    (
        "change-wording",
        'change prompt 2.1.3.b "New words?"\n',
        ast.ChangeDecl(kind="prompt", id="2.1.3.b", text=T("New words?")),
    ),
    (
        "change-wording-cited",
        'change prompt 2.1.3.b "New words?" from wm line 9\n  where applicable\n',
        ast.ChangeDecl(
            kind="prompt", id="2.1.3.b", text=T("New words?", "wm", 9), where_applicable=True
        ),
    ),
    (
        "change-clear-every-clause",
        "change domain 2\n  clear no prompts\n  clear where applicable\n  clear applies to\n"
        "  clear rated by\n  clear relevance\n  clear intro\n  clear statement\n"
        "  clear characteristics\n  clear says\n  clear characteristic\n",
        ast.ChangeDecl(
            kind="domain",
            id="2",
            clears=(
                "no_prompts",
                "where_applicable",
                "applies",
                "rated_by",
                "relevance",
                "intro",
                "statement",
                "characteristics",
                "says",
            ),
        ),
    ),
    (
        "change-on-one-line",
        "change domain 2 clear no prompts  # a comment\n",
        ast.ChangeDecl(kind="domain", id="2", clears=("no_prompts",)),
    ),
    (
        "restatement-with-clear",
        'key question 2.2.3 "Q?" from wm line 5\n  clear relevance\n',
        item("key question", "2.2.3", T("Q?", "wm", 5), clears=("relevance",)),
    ),
    # ---- citations and strings
    (
        "citation-line",
        'key question 1.1.1 "Q?" from wm_2020 line 504\n',
        item("key question", "1.1.1", T("Q?", "wm_2020", 504)),
    ),
    (
        "citation-lines",
        'key question 1.1.1 "Q?" from wm_2020 lines 877-881\n',
        item("key question", "1.1.1", T("Q?", "wm_2020", 877, 881)),
    ),
    (
        "escaped-quotes",
        'standard 1.1 "The \\"best\\" standard"\n',
        item("standard", "1.1", T('The "best" standard')),
    ),
    (
        "escaped-backslash",
        'standard 1.1 "a \\\\ b"\n',
        item("standard", "1.1", T("a \\ b")),
    ),
    (
        "hash-inside-a-string-is-not-a-comment",
        'standard 1.1 "Item #1" # a real comment\n',
        item("standard", "1.1", T("Item #1")),
    ),
    (
        "statement-over-several-lines",
        'key question 2.2.2\n  "Q?"\n  from wm\n  line 504\n',
        item("key question", "2.2.2", T("Q?", "wm", 504)),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in STATEMENTS], ids=[i for i, _, _ in STATEMENTS]
)
def test_statement(text: str, expected: ast.Statement) -> None:
    assert parse_one(text) == expected


# ---------------------------------------------------------------------------- conditions


def cond(text: str) -> ast.Cond:
    stmt = parse_one(f'key question 2.1.1 "Q?" from wm line 1\n  applies to cases where {text}\n')
    assert isinstance(stmt, ast.ItemDecl)
    assert stmt.applies is not None and not isinstance(stmt.applies, ast.AllCases)
    return stmt.applies


def Cmp(op: str, name: str, value: ast.Value) -> ast.Compare:
    return ast.Compare(op=op, name=N(name), value=value)  # type: ignore[arg-type]


def Flag(name: str) -> ast.Truthy:
    return ast.Truthy(name=N(name))


CONDITIONS: list[tuple[str, ast.Cond]] = [
    ("disposal = court", Cmp("=", "disposal", V("court"))),
    ("disposal != court", Cmp("!=", "disposal", V("court"))),
    ("n < 5", Cmp("<", "n", V(5))),
    ("n <= 5", Cmp("<=", "n", V(5))),
    ("n > 5", Cmp(">", "n", V(5))),
    ("n >= 5", Cmp(">=", "n", V(5))),
    ("n >= -1", Cmp(">=", "n", V(-1))),
    ("n < 2.5", Cmp("<", "n", V(2.5))),
    ("disposal = out-of-court", Cmp("=", "disposal", V("out-of-court"))),
    (
        'disposal_type = "youth conditional caution"',
        Cmp("=", "disposal_type", V("youth conditional caution", True)),
    ),
    ("safety_factors = yes", Cmp("=", "safety_factors", V("yes"))),
    ("rosh in [high]", ast.InList(name=N("rosh"), values=(V("high"),))),
    (
        'rosh in [high, "very high"]',
        ast.InList(name=N("rosh"), values=(V("high"), V("very high", True))),
    ),
    ("rosh not in [low]", ast.InList(name=N("rosh"), values=(V("low"),), negated=True)),
    (
        "disposal in [court, out-of-court]",
        ast.InList(name=N("disposal"), values=(V("court"), V("out-of-court"))),
    ),
    ("safety_factors", Flag("safety_factors")),
    ("not harm_factors", ast.Not(operand=Flag("harm_factors"))),
    ("not not a", ast.Not(operand=ast.Not(operand=Flag("a")))),
    ("a and b", ast.And(operands=(Flag("a"), Flag("b")))),
    ("a or b", ast.Or(operands=(Flag("a"), Flag("b")))),
    ("a and b and c", ast.And(operands=(Flag("a"), Flag("b"), Flag("c")))),
    ("a or b or c", ast.Or(operands=(Flag("a"), Flag("b"), Flag("c")))),
    # and binds tighter than or
    ("a or b and c", ast.Or(operands=(Flag("a"), ast.And(operands=(Flag("b"), Flag("c")))))),
    ("a and b or c", ast.Or(operands=(ast.And(operands=(Flag("a"), Flag("b"))), Flag("c")))),
    # not binds tighter than and
    ("not a and b", ast.And(operands=(ast.Not(operand=Flag("a")), Flag("b")))),
    ("not a or b", ast.Or(operands=(ast.Not(operand=Flag("a")), Flag("b")))),
    # parentheses
    ("(a or b) and c", ast.And(operands=(ast.Or(operands=(Flag("a"), Flag("b"))), Flag("c")))),
    ("not (a or b)", ast.Not(operand=ast.Or(operands=(Flag("a"), Flag("b"))))),
    ("((a))", Flag("a")),
    (
        "safety_factors and (rosh != low or harm_factors)",
        ast.And(
            operands=(
                Flag("safety_factors"),
                ast.Or(operands=(Cmp("!=", "rosh", V("low")), Flag("harm_factors"))),
            )
        ),
    ),
    (
        "not disposal = court and rosh in [low]",
        ast.And(
            operands=(
                ast.Not(operand=Cmp("=", "disposal", V("court"))),
                ast.InList(name=N("rosh"), values=(V("low"),)),
            )
        ),
    ),
    # words that contain keywords are plain names
    ("notable and order", ast.And(operands=(Flag("notable"), Flag("order")))),
    ("android = yes", Cmp("=", "android", V("yes"))),
    ("level = in-court", Cmp("=", "level", V("in-court"))),
    # typed attributes: an order, a number, a date
    ("rosh >= medium", Cmp(">=", "rosh", V("medium"))),
    ('rosh < "very high"', Cmp("<", "rosh", V("very high", True))),
    ("months_since_disposal <= 12", Cmp("<=", "months_since_disposal", V(12))),
    ("disposal_date >= 2020-06-01", Cmp(">=", "disposal_date", V("2020-06-01"))),
    ('disposal_date < "2020-06-01"', Cmp("<", "disposal_date", V("2020-06-01", True))),
    (
        "disposal_date in [2020-06-01, 2021-01-31]",
        ast.InList(name=N("disposal_date"), values=(V("2020-06-01"), V("2021-01-31"))),
    ),
    (
        "disposal_date>2020-06-01 and months<3",
        ast.And(
            operands=(
                Cmp(">", "disposal_date", V("2020-06-01")),
                Cmp("<", "months", V(3)),
            )
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS, ids=[c for c, _ in CONDITIONS])
def test_condition(text: str, expected: ast.Cond) -> None:
    assert cond(text) == expected


def test_quoted_and_plain_values_differ_only_in_the_quoted_flag() -> None:
    plain = cond("disposal = court")
    quoted = cond('disposal = "court"')
    assert isinstance(plain, ast.Compare) and isinstance(quoted, ast.Compare)
    assert plain.value.value == quoted.value.value == "court"
    assert (plain.value.quoted, quoted.value.quoted) == (False, True)


def test_a_condition_may_run_over_several_lines() -> None:
    stmt = parse_one(
        'key question 2.1.1 "Q?" from wm line 1\n'
        "  applies to cases where safety_factors\n"
        "    and rosh in [high,\n"
        '                 "very high"]\n'
    )
    assert isinstance(stmt, ast.ItemDecl)
    assert stmt.applies == ast.And(
        operands=(
            Flag("safety_factors"),
            ast.InList(name=N("rosh"), values=(V("high"), V("very high", True))),
        )
    )


# ---------------------------------------------------------------------------- comments


def test_comments_before_between_inside_and_after_statements() -> None:
    text = (
        "# leading comment\n"
        'framework yot 2020 "T" # at the end of a line\n'
        "  # inside a statement\n"
        "  effective from 2020-06-01\n"
        "\n"
        "# about the band\n"
        "# second line\n"
        "band 0..49 Inadequate\n"
        "# trailing\n"
    )
    parsed = parse_text(text, "c.framework")
    assert parsed.diagnostics == ()
    assert parsed.ast.statements == (
        ast.FrameworkDecl(family="yot", version="2020", title="T", effective_from="2020-06-01"),
        ast.BandDecl(range=R(0, 49), rating="Inadequate"),
    )
    assert parsed.ast.comments == (("# leading comment",), ("# about the band", "# second line"))
    assert parsed.ast.trailing_comments == ("# trailing",)


def test_a_whole_file_parses_into_statements_in_order() -> None:
    text = (
        'framework tiny 1 "T"\n'
        'source doc "D"\n'
        "attribute f flag\n"
        "rating Good score 2\n"
        "percentage rounded half up\n"
        "band 0..100 Good\n"
        "overall 0..2 Good\n"
        "discretion in domains 1\n"
        "  eligible when sample_size <= 5\n"
        'domain 1 "D"\n'
        'standard 1.1 "S"\n'
        'key question 1.1.1 "Q?" from doc line 1\n'
        'prompt 1.1.1.a "P?" from doc line 2\n'
        "remove prompt 1.1.1.b\n"
    )
    parsed = parse_text(text, "w.framework")
    assert parsed.diagnostics == ()
    kinds = [type(s).__name__ for s in parsed.ast.statements]
    assert kinds == [
        "FrameworkDecl",
        "SourceDecl",
        "AttributeDecl",
        "RatingDecl",
        "RoundingDecl",
        "BandDecl",
        "OverallBandDecl",
        "DiscretionDecl",
        "ItemDecl",
        "ItemDecl",
        "ItemDecl",
        "ItemDecl",
        "RemoveDecl",
    ]
    assert parsed.ast.header == ast.FrameworkDecl(family="tiny", version="1", title="T")
    assert parsed.ok


# ---------------------------------------------------------------------------- strings


@pytest.mark.parametrize("escape", ["\\n", "\\q"])
def test_only_quote_and_backslash_are_escapes(escape: str) -> None:
    """docs/dsl.md: '\\"' and '\\\\' are the only escapes; anything else is not silently rewritten."""
    parsed = parse_text(f'standard 1.1 "a{escape}b"\n', "e.framework")
    if parsed.diagnostics:
        assert parsed.diagnostics[0].code == "syntax"
        return
    stmt = parsed.ast.statements[0]
    assert isinstance(stmt, ast.ItemDecl)
    assert stmt.text.value == f"a{escape}b", "the backslash sequence was rewritten"


# ---------------------------------------------------------------------------- spans


def test_spans_of_a_statement_its_id_its_text_and_its_citation() -> None:
    text = 'framework yot 2020 "T"\n\nkey question 2.2.2 "Q?" from wm_2020 line 504\n'
    parsed = parse_text(text, "s.framework")
    kq = parsed.ast.statements[1]
    assert isinstance(kq, ast.ItemDecl)
    assert kq.span == Span("s.framework", 3, 1, 3, 46)
    assert kq.id_span == Span("s.framework", 3, 14, 3, 19)
    assert kq.text.span == Span("s.framework", 3, 20, 3, 46)
    assert kq.text.cite is not None
    assert kq.text.cite.span == Span("s.framework", 3, 25, 3, 46)


@pytest.mark.parametrize("gap", [" ", "\t", "\t\t "])
def test_tabs_are_read_where_they_stand(gap: str) -> None:
    # A tab after a citation, with clause lines after it, once put positions past the end of
    # the statement (the parser counted a tab as spaces) and crashed the checker.
    text = (
        'framework yot 2020 "T"\n\n'
        f'key{gap}question 2.2.2 "Q?" from wm_2020 line 504{gap}\n'
        f"  applies{gap}to cases where harm_factors\n"
    )
    parsed = parse_text(text, "s.framework")
    assert not parsed.diagnostics
    kq = parsed.ast.statements[1]
    assert isinstance(kq, ast.ItemDecl)
    line = text.splitlines()[2]
    assert kq.id_span == Span("s.framework", 3, line.index("2.2.2") + 1, 3, line.index("2.2.2") + 6)
    assert kq.text is not None and kq.text.cite is not None
    assert kq.text.cite.span.end_col == len(line.rstrip()) + 1


def test_spans_of_a_band_and_its_range() -> None:
    parsed = parse_text('band 50..64 "Requires improvement"\n', "b.framework")
    band = parsed.ast.statements[0]
    assert isinstance(band, ast.BandDecl)
    assert band.span == Span("b.framework", 1, 1, 1, 35)
    assert band.range.span == Span("b.framework", 1, 6, 1, 12)


def test_spans_inside_a_condition() -> None:
    text = 'key question 2.1.1 "Q?" from wm line 1\n  applies to cases where rosh in [low, "very high"]\n'
    parsed = parse_text(text, "c.framework")
    kq = parsed.ast.statements[0]
    assert isinstance(kq, ast.ItemDecl) and isinstance(kq.applies, ast.InList)
    assert kq.applies.span == Span("c.framework", 2, 26, 2, 52)
    assert kq.applies.name.span == Span("c.framework", 2, 26, 2, 30)
    assert kq.applies.values[0].span == Span("c.framework", 2, 35, 2, 38)


# A token's span starts on the token itself, so that a caret lands under it, not under the
# space before it. Each case: statement text, how to reach the span, the token it must cover.
TOKEN_SPANS = [
    (
        "band-quoted-rating",
        'band 50..64 "Requires improvement"\n',
        lambda s: s.rating_span,
        '"Requires improvement"',
    ),
    ("band-rating", "band 65..79 Good\n", lambda s: s.rating_span, "Good"),
    ("rating-decl", "rating Good score 2\n", lambda s: s.rating_span, "Good"),
    ("overall-band-rating", "overall 19..30 Good\n", lambda s: s.rating_span, "Good"),
    (
        "second-value-in-a-list",
        'key question 2.1.1 "Q?" from wm line 1\n  applies to cases where rosh in [low, "very high"]\n',
        lambda s: s.applies.values[1].span,
        '"very high"',
    ),
    (
        "compared-value",
        'key question 2.1.1 "Q?" from wm line 1\n  applies to cases where level = medium\n',
        lambda s: s.applies.value.span,
        "medium",
    ),
]


@pytest.mark.parametrize(
    ("text", "get", "token"), [c[1:] for c in TOKEN_SPANS], ids=[c[0] for c in TOKEN_SPANS]
)
def test_a_token_span_starts_on_the_token_not_on_the_space_before_it(text, get, token) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_text(text, "k.framework")
    assert parsed.diagnostics == ()
    span = get(parsed.ast.statements[0])
    line = text.splitlines()[span.line - 1]
    col = line.rindex(token) + 1
    assert (span.col, span.end_col) == (col, col + len(token)), (
        f"span covers {line[span.col - 1 : span.end_col - 1]!r}, not {token!r}"
    )


def test_a_multiline_statement_span_runs_to_its_last_line() -> None:
    text = 'standard 2.2 "Planning"\n  statement "S." from wm line 496\n'
    stmt = parse_text(text, "m.framework").ast.statements[0]
    assert stmt.span == Span("m.framework", 1, 1, 2, 34)


def test_the_span_of_not_starts_at_the_keyword() -> None:
    text = 'key question 2.1.1 "Q?" from wm line 1\n  applies to cases where not harm_factors\n'
    kq = parse_text(text, "n.framework").ast.statements[0]
    assert isinstance(kq, ast.ItemDecl) and isinstance(kq.applies, ast.Not)
    assert (kq.applies.span.line, kq.applies.span.col) == (2, 26)
    assert (kq.applies.span.end_line, kq.applies.span.end_col) == (2, 42)


def test_spans_take_no_part_in_equality() -> None:
    a = parse_text("band 0..49 Inadequate\n", "a.framework").ast.statements[0]
    b = parse_text("\n\n   band   0..49    Inadequate\n", "b.framework").ast.statements[0]
    assert a == b
    assert a.span != b.span


# ---------------------------------------------------------------------------- drafts and changes

CHANGES = (
    'framework yot 2021 "T"\n'
    "    draft\n"
    "based on   yot 2020\n"
    "change key question 2.2.3\n"
    "applies to cases where harm_factors and rosh != low\n"
    "      clear no prompts\n"
    'change prompt 2.1.3.b   "New words?"\n'
    "change domain 2 clear no prompts  # kept\n"
)


def test_fmt_lays_out_drafts_and_changes_and_keeps_their_meaning() -> None:
    from ratingbook.dsl.fmt import format_source

    formatted = format_source(CHANGES)
    assert formatted == (
        'framework yot 2021 "T"\n'
        "  draft\n"
        "  based on yot 2020\n"
        "change key question 2.2.3\n"
        "  applies to cases where harm_factors and rosh != low\n"
        "  clear no prompts\n"
        'change prompt 2.1.3.b "New words?"\n'
        "change domain 2 clear no prompts  # kept\n"
    )
    assert format_source(formatted) == formatted


def test_the_highlighter_knows_change_clear_and_draft() -> None:
    from pygments.token import Keyword

    from ratingbook.framework.render.lexer import FrameworkLexer

    tokens = {v: t for t, v in FrameworkLexer().get_tokens(CHANGES) if v.strip()}
    assert tokens["change"] in Keyword.Declaration
    assert tokens["draft"] in Keyword and tokens["clear"] in Keyword
    assert tokens["prompts"] in Keyword


def test_a_file_parsed_again_after_an_edit_is_what_a_fresh_parse_gives() -> None:
    """The parser keeps the statements it parsed lately (an editor parses after every key
    pressed); against a parse that keeps nothing, any edit gives the same tree, spans and
    diagnostics."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from ratingbook.dsl import parser

    whole = (REPO / "standards" / "yot" / "2020.framework").read_text(encoding="utf-8")
    original = "".join(whole.splitlines(keepends=True)[:60])  # a few dozen statements
    pieces = st.sampled_from(["\n", "x", " ", '"', "\n\n", "# note\n", "standard 9.9 ", "  "])

    @settings(max_examples=budget(12), deadline=None)
    @given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 3), pieces), max_size=4))
    def same(edits: list[tuple[float, int, str]]) -> None:
        text = original
        parser.parse_text(text, "v.framework")  # warm: every statement kept
        for where, cut, piece in edits:
            at = int(where * len(text))
            text = text[:at] + piece + text[at + cut :]
            kept = parser.parse_text(text, "v.framework")
            saved = parser._PARSED.copy()
            parser._PARSED.clear()
            try:
                fresh = parser.parse_text(text, "v.framework")
            finally:
                parser._PARSED.clear()
                parser._PARSED.update(saved)
            assert kept.ast == fresh.ast
            assert kept.diagnostics == fresh.diagnostics

    same()
