"""The pyparsing grammar of the framework language, and nothing else.

Each statement is parsed on its own (see ``parser.py``), so the grammar describes one
statement with its clauses. Node construction is not done here: ``make_grammar`` takes a table
of builder callables keyed by rule name, so this module can be tested without the AST.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import pyparsing as pp

from ratingbook.dsl.keywords import CLAUSE_KEYWORDS, HEAD_KEYWORDS

# A builder gets the start and end offsets of what its rule matched and the matched tokens.
Builder = Callable[[int, int, pp.ParseResults], Any]

_RESERVED_IN_CONDITIONS = ("and", "or", "not", "in", *CLAUSE_KEYWORDS, *HEAD_KEYWORDS)


MAX_DIGITS = 4300
"""The most digits of a whole number read (Python's own limit on turning text into a number)."""


class Refusal(pp.ParseSyntaxException):
    """A token the grammar matched but will not read; its message is said as it is. (A
    ParseSyntaxException, so that pyparsing passes it on as it is.)"""


def _whole(s: str, loc: int, t: pp.ParseResults) -> int:
    digits = t[0].lstrip("-")
    if len(digits) > MAX_DIGITS:
        raise Refusal(
            s,
            loc,
            f"a number of {len(digits):,} digits: no figure of a framework is longer than "
            f"{MAX_DIGITS:,}; check what was pasted here",
        )
    return int(t[0])


def K(word: str) -> pp.Keyword:
    return pp.Keyword(word, ident_chars=pp.identbodychars + "-")


def make_grammar(build: Mapping[str, Builder]) -> pp.ParserElement:
    """The grammar of one statement; ``build[name]`` turns rule ``name``'s match into a node."""

    def node(expr: pp.ParserElement, name: str) -> pp.ParserElement:
        located = pp.Located(expr)
        fn = build.get(name)
        if fn is not None:

            def action(s: str, loc: int, t: pp.ParseResults) -> Any:
                # A named Located element wraps its [start, tokens, end] in one more list.
                r = t if isinstance(t[0], int) else t[0]
                return fn(r[0], r[2], r[1])

            located.add_parse_action(action)
        return located.set_name(expr.customName or name)

    # Only \" and \\ are escapes; any other backslash is kept as written.
    string = (
        pp.Regex(r'"(?:[^"\\\n]|\\.)*"')
        .set_parse_action(lambda t: re.sub(r'\\(["\\])', r"\1", t[0][1:-1]))
        .set_name("quoted text")
    )
    integer = pp.Regex(r"\d+").set_parse_action(_whole).set_name("whole number")
    date = pp.Regex(r"\d{4}-\d{2}-\d{2}").set_name("date like 2020-06-01")
    word = pp.Regex(r"[A-Za-z_][A-Za-z0-9_-]*").set_name("name")
    version = pp.Regex(r"[A-Za-z0-9][A-Za-z0-9_.-]*").set_name("version like 2020")
    source_name = pp.Regex(r"(?!lines?(?![A-Za-z0-9_-]))[A-Za-z_][A-Za-z0-9_-]*").set_name(
        "source name like wm_2020"
    )
    item_id = pp.Regex(r"[0-9][0-9A-Za-z.]*").set_name("id like 2.1.1")
    reserved = "|".join(sorted(_RESERVED_IN_CONDITIONS, key=len, reverse=True))
    plain_word = pp.Regex(rf"(?!(?:{reserved})(?![A-Za-z0-9_-]))[A-Za-z_][A-Za-z0-9_-]*").set_name(
        "name"
    )
    rating = node(
        (string | plain_word).set_name('rating like Good or "Requires improvement"'), "rating"
    )

    cite = node(
        K("from")
        - source_name("source")
        - (
            (K("lines") - integer("first") - pp.Suppress("-") - integer("last"))
            | (K("line") - integer("first"))
        ).set_name("'line N' or 'lines N-M'"),
        "cite",
    ).set_name("citation like 'from wm_2020 line 504'")
    text = node(string("value") + pp.Optional(cite)("cite"), "text").set_name("quoted text")
    says = (pp.Suppress(K("says")) - text).set_name("'says' with quoted text")

    # ------------------------------------------------------------ conditions
    number = (
        pp.Regex(r"-?\d+(\.\d+)?")
        .set_name("number")
        .set_parse_action(lambda s, loc, t: float(t[0]) if "." in t[0] else _whole(s, loc, t))
    )
    # A date is a value of its own (a date attribute compares with it): without it, the
    # number 2020 would be read and '-06-01' left over.
    date_value = pp.Regex(r"\d{4}-\d{2}-\d{2}(?![A-Za-z0-9_.-])").set_name("date like 2020-06-01")
    value = node(
        (string("quoted") | date_value("date") | number("number") | word("word")).set_name(
            "value (a number, a date, a word or quoted text)"
        ),
        "value",
    )
    name = node(plain_word("name"), "name").set_name("attribute name")
    op = pp.one_of("= != <= >= < >").set_name("comparison operator")
    value_list = pp.Suppress("[") - pp.DelimitedList(value) - pp.Suppress("]")
    in_test = node(
        name("name") + pp.Optional(K("not"))("negated") + K("in") - pp.Group(value_list)("values"),
        "in",
    )
    comparison = node(name("name") + op("op") - value("value"), "compare")
    truthy = node(name("name"), "truthy")
    atom = (in_test | comparison | truthy).set_name("condition")

    # Precedence, loosest first: or, and, not, then an atom or a parenthesised condition.
    # Written out rather than with pp.infix_notation, whose error wording changes between
    # pyparsing releases; these messages are part of the product.
    def fold(kind: str) -> Callable[[str, int, pp.ParseResults], Any]:
        def action(s: str, loc: int, t: pp.ParseResults) -> Any:
            if kind != "not" and len(t) == 1:
                return t[0]
            return build[kind](loc, loc, t)

        return action

    # set_name is typed to return a plain ParserElement, so name the Forward separately.
    condition = pp.Forward()
    condition.set_name("condition")
    close = pp.Suppress(")").set_name("')'")
    group = pp.Suppress("(") - condition - close
    negation = pp.Forward()
    negation.set_name("condition")
    negation <<= (
        (pp.Suppress(K("not")) - negation).set_parse_action(fold("not")) | group | atom
    ).set_name("condition")
    conjunction = (
        (negation + pp.ZeroOrMore(pp.Suppress(K("and")) - negation))
        .set_name("condition")
        .set_parse_action(fold("and"))
    )
    disjunction = (
        (conjunction + pp.ZeroOrMore(pp.Suppress(K("or")) - conjunction))
        .set_name("condition")
        .set_parse_action(fold("or"))
    )
    condition <<= disjunction

    # ------------------------------------------------------------ statements
    rng = node(integer("low") + pp.Suppress("..") - integer("high"), "range").set_name(
        "range like 65..79"
    )

    framework_clause = (
        node(
            K("effective") - K("from") - date("from") - pp.Optional(K("until") - date("until")),
            "effective",
        )
        | node(K("based") - K("on") - word("family") - version("version"), "based_on")
        | node(K("draft"), "draft")
        | says
    )
    framework_stmt = node(
        K("framework")
        - word("family")
        - version("version")
        - string("title")
        - pp.Group(pp.ZeroOrMore(framework_clause))("clauses"),
        "framework",
    )

    source_clause = (K("published") - string) | (K("file") - string)
    source_stmt = node(
        K("source")
        - word("id")
        - string("title")
        - pp.Group(pp.ZeroOrMore(pp.Group(source_clause)))("clauses"),
        "source",
    )

    # A number attribute's range may run below zero, unlike a band's.
    signed = pp.Regex(r"-?\d+").set_parse_action(lambda t: int(t[0])).set_name("whole number")
    number_range = node(signed("low") + pp.Suppress("..") - signed("high"), "range").set_name(
        "range like 0..120"
    )
    listed = pp.Group(pp.DelimitedList(value))("values")
    # Each kind names itself as "kind" (its first word), so the builder reads one name.
    attr_kind = (
        K("flag")("kind")
        | (K("text")("kind") + pp.Optional(K("vocabulary") - listed))
        | (K("one")("kind") - K("of") - listed)
        | (K("ordered")("kind") - listed)
        | (K("number")("kind") + pp.Optional(number_range("range")))
        | K("date")("kind")
    ).set_name("'flag', 'text', 'one of ...', 'ordered ...', 'number' or 'date'")
    attribute_stmt = node(
        K("attribute")
        - plain_word("name")
        - attr_kind
        - pp.Optional(K("default") - value("default"))
        - pp.Optional(string("description")),
        "attribute",
    )

    rating_stmt = node(
        K("rating") - rating("rating") - K("score") - integer("score"), "rating_decl"
    )

    mode = ((K("half") - (K("up") | K("even"))) | K("down") | K("up")).set_name(
        "'half up', 'half even', 'down' or 'up'"
    )
    percentage_stmt = node(
        K("percentage")
        - K("rounded")
        - pp.Group(mode)("mode")
        - pp.Group(pp.ZeroOrMore(says))("says"),
        "percentage",
    )

    label = pp.Optional(string("label")) + pp.Optional(cite("cite"))
    band_stmt = node(
        K("band") - rng("range") - rating("rating") - label - pp.Group(pp.ZeroOrMore(says))("says"),
        "band",
    )
    # ------------------------------------------------------------ rules
    # How a standard (or the overall) is rated: ``rated by`` and the words naming a rule form,
    # then, for a decision table, its rows. The words are not listed here: the rule forms are
    # data of the rating layer (framework/rules/), which the checker asks; the grammar only
    # collects them, so a new form needs no change to the language's grammar.
    part_words = (
        (K("key") - (K("questions") | K("question")))("key question")
        | (K("standards") | K("standard"))("standard")
    ).set_name("'key question(s)' or 'standard(s)'")
    scope = pp.Optional(
        K("in") - (K("domains") | K("domain")) - pp.Group(pp.DelimitedList(value))("domains")
    )
    direction = pp.Optional(K("or") - (K("better") | K("worse"))("direction"))
    tally = node(
        (
            (K("every") | K("any") | K("no"))("quantifier")
            - pp.Group(part_words)("parts")
            - scope
            - K("is")
            - rating("rating")
            - direction
        )
        | (
            K("at")
            - (K("least") | K("most"))("bound")
            - integer("count")
            - pp.Group(part_words)("parts")
            - scope
            - (K("are") | K("is"))
            - rating("rating")
            - direction
        ),
        "tally",
    ).set_name(
        "a count such as 'every key question is Good or better' or 'at least 2 standards are Inadequate'"
    )
    tallies = tally + pp.ZeroOrMore(pp.Suppress(K("and")) - tally)
    row_start = rating + (K("when") | K("otherwise"))
    row = node(
        rating("rating")
        + ((pp.Suppress(K("when")) - pp.Group(tallies)("when")) | K("otherwise")("otherwise"))
        - pp.Optional(cite("cite")),
        "row",
    ).set_name("a row such as 'Good when at least 2 key questions are Good or better'")
    _stop = pp.MatchFirst(
        [
            K(w)
            for w in (
                "intro",
                "statement",
                "applies",
                "relevance",
                "where",
                "rated",
                "characteristic",
                "no",
                "says",
                "clear",
                "not",
            )
        ]
    )
    phrase_word = (
        ~_stop + ~row_start + pp.Regex(r"\d+\.\.\d+|\d+|[A-Za-z_][A-Za-z0-9_-]*")
    ).set_name("the name of a rule, e.g. 'lowest key question band'")
    rule_spec = node(
        pp.Group(pp.OneOrMore(phrase_word))("words") - pp.Group(pp.ZeroOrMore(row))("rows"),
        "rule_spec",
    ).set_name("the name of a rule, e.g. 'lowest key question band'")

    overall_stmt = node(
        K("overall")
        - (
            (K("scale") - rng("range") - label)("scale")
            | (K("rated") - K("by") - rule_spec("rule"))
            | (rng("range") - rating("rating") - label)
        )
        - pp.Group(pp.ZeroOrMore(says))("says"),
        "overall",
    )
    limit_stmt = node(
        K("limit")
        - K("overall")
        - K("to")
        - rating("rating")
        - K("when")
        - pp.Group(tallies)("when")
        - pp.Optional(cite("cite"))
        - pp.Group(pp.ZeroOrMore(says))("says"),
        "limit",
    )

    eligible = node(
        K("eligible")
        - pp.Optional(
            K("for")
            - ((K("key") - K("questions"))("key_questions") | K("standards")("standards")).set_name(
                "'key questions' or 'standards'"
            )
        )
        - K("when")
        - condition("condition")
        - pp.Optional(string("description")),
        "eligible",
    )
    discretion_stmt = node(
        K("discretion")
        - K("in")
        - (K("domains") | K("domain"))
        - pp.Group(pp.DelimitedList(value))("domains")
        - pp.Group(pp.ZeroOrMore(eligible | says))("clauses"),
        "discretion",
    )

    split = node(
        K("split") - K("domain") - value("domain") - integer("percent") - pp.Optional(cite("cite")),
        "split",
    )
    stratum = node(K("stratified") - K("by") - text("text"), "stratum")
    sampling_stmt = node(
        K("sampling")
        - K("confidence")
        - integer("confidence")
        - K("margin")
        - integer("margin")
        - pp.Optional(cite("cite"))
        - pp.Group(pp.ZeroOrMore(split | stratum | says))("clauses"),
        "sampling",
    )

    applies = node(
        K("applies")
        - K("to")
        - ((K("all") - K("cases"))("all") | (K("cases") - K("where") - condition("condition"))),
        "applies",
    )
    rated_by = node(K("rated") - K("by") - rule_spec("rule"), "rated_by")
    # What ``clear`` can take away from an inherited item; each alternative is named as the
    # item's field is.
    clearable = (
        (K("no") - K("prompts"))("no_prompts")
        | (K("where") - K("applicable"))("where_applicable")
        | (K("applies") - K("to"))("applies")
        | (K("rated") - K("by"))("rated_by")
        | (K("not") - K("scored"))("not_scored")
        | K("relevance")("relevance")
        | K("intro")("intro")
        | K("statement")("statement")
        | (K("characteristics") | K("characteristic"))("characteristics")
        | K("says")("says")
    ).set_name(
        "the clause to clear (no prompts, where applicable, applies to, relevance, rated by, "
        "not scored, intro, statement, characteristics or says)"
    )
    item_clause = (
        node(K("intro") - text("text"), "intro")
        | node(K("statement") - text("text"), "statement")
        | applies
        | node(K("relevance") - text("text"), "relevance")
        | node(K("where") - K("applicable"), "where_applicable")
        | rated_by
        | node(K("not") - K("scored"), "not_scored")
        | node(K("characteristic") - rating("rating") - text("text"), "characteristic")
        | node(K("no") - K("prompts") - pp.Optional(string("why")), "no_prompts")
        | node(says, "says_clause")
        | node(K("clear") - clearable, "clear")
    ).set_name(
        "a clause (intro, statement, applies to, relevance, where applicable, rated by, not scored, characteristic, no prompts, says, clear)"
    )

    kind = (K("domain") | K("standard") | (K("key") - K("question")) | K("prompt")).set_name(
        "'domain', 'standard', 'key question' or 'prompt'"
    )
    item_stmt = node(
        pp.Group(kind)("kind")
        - node(item_id, "id")("id")
        - text("text")
        - pp.Group(pp.ZeroOrMore(item_clause))("clauses"),
        "item",
    )
    change_stmt = node(
        K("change")
        - pp.Group(kind)("kind")
        - node(item_id, "id")("id")
        - pp.Optional(text("text"))
        - pp.Group(pp.ZeroOrMore(item_clause))("clauses"),
        "change",
    )
    remove_stmt = node(K("remove") - pp.Group(kind)("kind") - item_id("id"), "remove")

    statement = (
        framework_stmt
        | source_stmt
        | attribute_stmt
        | rating_stmt
        | percentage_stmt
        | band_stmt
        | overall_stmt
        | limit_stmt
        | discretion_stmt
        | sampling_stmt
        | remove_stmt
        | change_stmt
        | item_stmt
    ).set_name("statement")
    full = statement + pp.StringEnd().set_name("end of statement")
    full.ignore(pp.python_style_comment)
    # Match the text as written: pyparsing otherwise expands tabs before matching, and every
    # position it reports would then be past the real one on a line with a tab (a tab after a
    # citation put a name's end beyond the end of the statement).
    full.parse_with_tabs()
    return full
