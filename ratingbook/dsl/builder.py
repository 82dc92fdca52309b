"""Turns grammar matches into AST nodes with Spans. No semantics: that is the checker's job.

The grammar is built once. Where a match lies in its file comes from a context variable that
each parse sets for the statement it reads, so parses in several threads, or a parse started
while another is under way, never see each other's positions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

import pyparsing as pp

from ratingbook.dsl import ast
from ratingbook.dsl.grammar import make_grammar
from ratingbook.dsl.span import Source, Span


def _single(value: Any) -> Any:
    """A named sub-expression that is a sequence comes back as a one-item list; take the item."""
    return value[0] if isinstance(value, pp.ParseResults) else value


class _Tag:
    """A clause or small piece handed between rules (a plain object: pyparsing flattens tuples)."""

    __slots__ = ("key", "value", "span")

    def __init__(self, key: str, value: Any, span: Span | None = None) -> None:
        self.key, self.value, self.span = key, value, span


# The file being read and the offset in it where the statement being parsed starts.
_WHERE: ContextVar[tuple[Source, int]] = ContextVar("ratingbook_dsl_where")


@contextmanager
def reading(source: Source, base: int) -> Iterator[None]:
    """Parse actions run inside this give spans in ``source``, offset by ``base``."""
    token = _WHERE.set((source, base))
    try:
        yield
    finally:
        _WHERE.reset(token)


class _Builder:
    """Builder callables for ``make_grammar``: grammar matches to AST nodes."""

    def span(self, start: int, end: int) -> Span:
        """The span of a match, without the whitespace the parser skipped around it."""
        source, base = _WHERE.get()
        text = source.text
        a, b = base + start, base + end
        while a < b and text[a] in " \t\r\n":
            a += 1
        while b > a and text[b - 1] in " \t\r\n":
            b -= 1
        return source.span(a, b)

    def table(self) -> dict[str, Any]:
        return {
            name[len("b_") :]: getattr(self, name) for name in dir(self) if name.startswith("b_")
        }

    # ---------------------------------------------------------------- small pieces
    def b_rating(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("rating", str(v[0]), self.span(start, end))

    def b_cite(self, start: int, end: int, v: pp.ParseResults) -> ast.Cite:
        first = int(v["first"])
        last = int(v["last"]) if "last" in v else first
        return ast.Cite(source=str(v["source"]), first=first, last=last, span=self.span(start, end))

    def b_text(self, start: int, end: int, v: pp.ParseResults) -> ast.Text:
        cite = v[1] if len(v) > 1 and isinstance(v[1], ast.Cite) else None
        return ast.Text(value=str(v[0]), cite=cite, span=self.span(start, end))

    def b_value(self, start: int, end: int, v: pp.ParseResults) -> ast.Value:
        span = self.span(start, end)
        if "quoted" in v:
            return ast.Value(value=str(v["quoted"]), quoted=True, span=span)
        if "number" in v:
            return ast.Value(value=v["number"], span=span)
        if "date" in v:
            return ast.Value(value=str(v["date"]), span=span)
        return ast.Value(value=str(v["word"]), span=span)

    def b_name(self, start: int, end: int, v: pp.ParseResults) -> ast.Name:
        return ast.Name(name=str(v[0]), span=self.span(start, end))

    def b_range(self, start: int, end: int, v: pp.ParseResults) -> ast.Range:
        return ast.Range(low=int(v["low"]), high=int(v["high"]), span=self.span(start, end))

    # ---------------------------------------------------------------- conditions
    def b_truthy(self, start: int, end: int, v: pp.ParseResults) -> ast.Truthy:
        return ast.Truthy(name=v[0], span=self.span(start, end))

    def b_compare(self, start: int, end: int, v: pp.ParseResults) -> ast.Compare:
        return ast.Compare(op=v[1], name=v[0], value=v[2], span=self.span(start, end))

    def b_in(self, start: int, end: int, v: pp.ParseResults) -> ast.InList:
        negated = len(v) == 4
        values = tuple(v[-1])
        return ast.InList(name=v[0], values=values, negated=negated, span=self.span(start, end))

    def _cond_span(self, operands: list[Any]) -> Span:
        first, last = operands[0].span, operands[-1].span
        return Span(first.path, first.line, first.col, last.end_line, last.end_col)

    def b_not(self, start: int, end: int, v: pp.ParseResults) -> ast.Not:
        # ``start`` is where the 'not' keyword begins; the span runs to the operand's end.
        first = self.span(start, start + 3)
        last = v[0].span
        return ast.Not(
            operand=v[0], span=Span(first.path, first.line, first.col, last.end_line, last.end_col)
        )

    def b_and(self, start: int, end: int, v: pp.ParseResults) -> ast.And:
        ops = list(v)
        return ast.And(operands=tuple(ops), span=self._cond_span(ops))

    def b_or(self, start: int, end: int, v: pp.ParseResults) -> ast.Or:
        ops = list(v)
        return ast.Or(operands=tuple(ops), span=self._cond_span(ops))

    # ---------------------------------------------------------------- statements
    def b_effective(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag(
            "effective",
            (str(v["from"]), str(v["until"]) if "until" in v else None),
            self.span(start, end),
        )

    def b_draft(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("draft", True, self.span(start, end))

    def b_based_on(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("based_on", ((str(v["family"]), str(v["version"])), self.span(start, end)))

    def b_framework(self, start: int, end: int, v: pp.ParseResults) -> ast.FrameworkDecl:
        eff_from = eff_until = None
        based: tuple[str, str] | None = None
        based_span = effective_span = draft_span = None
        says: list[ast.Text] = []
        for clause in v["clauses"]:
            if isinstance(clause, ast.Text):
                says.append(clause)
            elif clause.key == "effective":
                eff_from, eff_until = clause.value
                effective_span = clause.span
            elif clause.key == "draft":
                draft_span = clause.span
            else:
                based, based_span = clause.value
        return ast.FrameworkDecl(
            family=str(v["family"]),
            version=str(v["version"]),
            title=str(v["title"]),
            effective_from=eff_from,
            effective_until=eff_until,
            based_on=based,
            based_on_span=based_span,
            says=tuple(says),
            draft=draft_span is not None,
            draft_span=draft_span,
            effective_span=effective_span,
            span=self.span(start, end),
        )

    def b_source(self, start: int, end: int, v: pp.ParseResults) -> ast.SourceDecl:
        fields = {str(c[0]): str(c[1]) for c in v["clauses"]}
        return ast.SourceDecl(
            id=str(v["id"]),
            title=str(v["title"]),
            published=fields.get("published"),
            file=fields.get("file"),
            span=self.span(start, end),
        )

    # The first word of each kind, as the grammar names it, to the kind.
    _ATTRIBUTE_KINDS: dict[str, ast.AttributeKind] = {
        "flag": "flag",
        "text": "text",
        "one": "enum",
        "ordered": "ordered",
        "number": "number",
        "date": "date",
    }

    def b_attribute(self, start: int, end: int, v: pp.ParseResults) -> ast.AttributeDecl:
        kind = self._ATTRIBUTE_KINDS[str(v["kind"])]
        return ast.AttributeDecl(
            name=str(v["name"]),
            kind=kind,
            values=tuple(v["values"]) if "values" in v else (),
            range=v["range"] if "range" in v else None,
            default=v["default"] if "default" in v else None,
            description=str(v["description"]) if "description" in v else None,
            span=self.span(start, end),
        )

    def b_rating_decl(self, start: int, end: int, v: pp.ParseResults) -> ast.RatingDecl:
        rating, rspan = v["rating"].value, v["rating"].span
        return ast.RatingDecl(
            rating=rating, rating_span=rspan, score=int(v["score"]), span=self.span(start, end)
        )

    def b_percentage(self, start: int, end: int, v: pp.ParseResults) -> ast.RoundingDecl:
        mode = cast(ast.RoundingMode, " ".join(str(w) for w in v["mode"]))
        return ast.RoundingDecl(mode=mode, says=tuple(v["says"]), span=self.span(start, end))

    @staticmethod
    def _label(v: pp.ParseResults) -> dict[str, Any]:
        return {
            "label": str(v["label"]) if "label" in v else None,
            "cite": v["cite"] if "cite" in v else None,
        }

    def b_band(self, start: int, end: int, v: pp.ParseResults) -> ast.BandDecl:
        rating, rspan = v["rating"].value, v["rating"].span
        return ast.BandDecl(
            range=v["range"],
            rating=rating,
            rating_span=rspan,
            **self._label(v),
            says=tuple(v["says"]),
            span=self.span(start, end),
        )

    # ---------------------------------------------------------------- rules
    def b_tally(self, start: int, end: int, v: pp.ParseResults) -> ast.Tally:
        if "bound" in v:
            quantifier = "at least" if str(v["bound"]) == "least" else "at most"
            count = int(v["count"])
        else:
            quantifier, count = str(v["quantifier"]), 0
        parts = "key question" if "key question" in v["parts"] else "standard"
        direction = f"or {v['direction']}" if "direction" in v else "exactly"
        return ast.Tally(
            quantifier=cast(Any, quantifier),
            count=count,
            parts=cast(Any, parts),
            domains=tuple(v["domains"]) if "domains" in v else (),
            rating=v["rating"].value,
            rating_span=v["rating"].span,
            direction=cast(Any, direction),
            span=self.span(start, end),
        )

    def b_row(self, start: int, end: int, v: pp.ParseResults) -> ast.Row:
        return ast.Row(
            rating=v["rating"].value,
            rating_span=v["rating"].span,
            when=() if "otherwise" in v else tuple(v["when"]),
            cite=v["cite"] if "cite" in v else None,
            span=self.span(start, end),
        )

    def b_rule_spec(self, start: int, end: int, v: pp.ParseResults) -> ast.RuleSpec:
        words = tuple(str(w) for w in v["words"])
        source, base = _WHERE.get()
        # The span of the words alone (a row after them has its own), for messages about them.
        text, at = source.text, base + start
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        stop = at
        for w in words:
            stop = text.index(w, stop) + len(w)
        rows = tuple(v["rows"])
        words_span = source.span(at, stop)
        # The rule ends with its last row (or its words): never with comments after it.
        last = rows[-1].span if rows else words_span
        span = Span(words_span.path, words_span.line, words_span.col, last.end_line, last.end_col)
        return ast.RuleSpec(words=words, words_span=words_span, rows=rows, span=span)

    def b_limit(self, start: int, end: int, v: pp.ParseResults) -> ast.LimitDecl:
        return ast.LimitDecl(
            rating=v["rating"].value,
            rating_span=v["rating"].span,
            when=tuple(v["when"]),
            cite=v["cite"] if "cite" in v else None,
            says=tuple(v["says"]),
            span=self.span(start, end),
        )

    def b_overall(
        self, start: int, end: int, v: pp.ParseResults
    ) -> ast.OverallBandDecl | ast.OverallScaleDecl | ast.OverallRuleDecl:
        span = self.span(start, end)
        if "rule" in v:
            return ast.OverallRuleDecl(rule=_single(v["rule"]), says=tuple(v["says"]), span=span)
        if "scale" in v:
            return ast.OverallScaleDecl(
                range=v["range"], **self._label(v), says=tuple(v["says"]), span=span
            )
        rating, rspan = v["rating"].value, v["rating"].span
        return ast.OverallBandDecl(
            range=v["range"],
            rating=rating,
            rating_span=rspan,
            **self._label(v),
            says=tuple(v["says"]),
            span=span,
        )

    def b_eligible(self, start: int, end: int, v: pp.ParseResults) -> ast.EligibleRule:
        return ast.EligibleRule(
            condition=_single(v["condition"]),
            description=str(v["description"]) if "description" in v else None,
            level="key question" if "key_questions" in v else "standard",
            span=self.span(start, end),
        )

    def b_discretion(self, start: int, end: int, v: pp.ParseResults) -> ast.DiscretionDecl:
        clauses = list(v["clauses"])
        return ast.DiscretionDecl(
            domains=tuple(v["domains"]),
            rules=tuple(c for c in clauses if isinstance(c, ast.EligibleRule)),
            says=tuple(c for c in clauses if isinstance(c, ast.Text)),
            span=self.span(start, end),
        )

    def b_split(self, start: int, end: int, v: pp.ParseResults) -> ast.SplitClause:
        return ast.SplitClause(
            domain=v["domain"],
            percent=int(v["percent"]),
            cite=v["cite"] if "cite" in v else None,
            span=self.span(start, end),
        )

    def b_stratum(self, start: int, end: int, v: pp.ParseResults) -> ast.Stratum:
        return ast.Stratum(text=v["text"], span=self.span(start, end))

    def b_sampling(self, start: int, end: int, v: pp.ParseResults) -> ast.SamplingDecl:
        clauses = list(v["clauses"])
        return ast.SamplingDecl(
            confidence=int(v["confidence"]),
            margin=int(v["margin"]),
            cite=v["cite"] if "cite" in v else None,
            splits=tuple(c for c in clauses if isinstance(c, ast.SplitClause)),
            strata=tuple(c for c in clauses if isinstance(c, ast.Stratum)),
            says=tuple(c for c in clauses if isinstance(c, ast.Text)),
            span=self.span(start, end),
        )

    # ---------------------------------------------------------------- items
    def b_id(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("id", str(v[0]), self.span(start, end))

    def b_intro(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("intro", v["text"])

    def b_statement(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("statement", v["text"])

    def b_relevance(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("relevance", v["text"])

    def b_applies(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        if "all" in v:
            return _Tag("applies", ast.AllCases(span=self.span(start, end)))
        return _Tag("applies", _single(v["condition"]))

    def b_where_applicable(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("where_applicable", True, self.span(start, end))

    def b_rated_by(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        spec = _single(v["rule"])
        first = self.span(start, end)
        span = Span(first.path, first.line, first.col, spec.span.end_line, spec.span.end_col)
        return _Tag("rated_by", (spec, span))

    def b_not_scored(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("not_scored", True, self.span(start, end))

    def b_characteristic(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        rating = v["rating"].value
        return _Tag(
            "characteristic",
            ast.Characteristic(rating=rating, text=v["text"], span=self.span(start, end)),
        )

    def b_no_prompts(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("no_prompts", str(v["why"]) if "why" in v else "", self.span(start, end))

    _CLEARABLE: tuple[ast.ClauseName, ...] = (
        "intro",
        "statement",
        "applies",
        "relevance",
        "where_applicable",
        "rated_by",
        "not_scored",
        "characteristics",
        "no_prompts",
        "says",
    )

    def b_clear(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        name = next(n for n in self._CLEARABLE if n in v)
        return _Tag("clear", name, self.span(start, end))

    def b_says_clause(self, start: int, end: int, v: pp.ParseResults) -> _Tag:
        return _Tag("says", v[0])

    @staticmethod
    def _kind(words: pp.ParseResults) -> ast.ItemKind:
        return cast(ast.ItemKind, " ".join(str(w) for w in words))

    @staticmethod
    def _clauses(clauses: pp.ParseResults) -> dict[str, Any]:
        """An item's clauses as the fields of ItemDecl and ChangeDecl."""
        fields: dict[str, Any] = {}
        characteristics: list[ast.Characteristic] = []
        says: list[ast.Text] = []
        clears: list[str] = []
        clear_spans: list[Span] = []
        for tag in clauses:
            key, value = tag.key, tag.value
            if key == "characteristic":
                characteristics.append(value)
            elif key == "says":
                says.append(value)
            elif key == "clear":
                if value not in clears:
                    clears.append(value)
                    clear_spans.append(tag.span)
            elif key == "rated_by":
                fields["rated_by"], fields["rated_by_span"] = value
            elif key in ("no_prompts", "where_applicable", "not_scored"):
                # The clause, and where it is written (for show and messages).
                fields[key], fields[f"{key}_span"] = value, tag.span
            else:
                fields[key] = value
        fields.update(
            characteristics=tuple(characteristics),
            says=tuple(says),
            clears=tuple(clears),
            clear_spans=tuple(clear_spans),
        )
        return fields

    def b_item(self, start: int, end: int, v: pp.ParseResults) -> ast.ItemDecl:
        item_id, id_span = v["id"].value, v["id"].span
        return ast.ItemDecl(
            kind=self._kind(v["kind"]),
            id=item_id,
            id_span=id_span,
            text=v["text"],
            span=self.span(start, end),
            **self._clauses(v["clauses"]),
        )

    def b_change(self, start: int, end: int, v: pp.ParseResults) -> ast.ChangeDecl:
        item_id, id_span = v["id"].value, v["id"].span
        return ast.ChangeDecl(
            kind=self._kind(v["kind"]),
            id=item_id,
            id_span=id_span,
            text=v["text"] if "text" in v else None,
            span=self.span(start, end),
            **self._clauses(v["clauses"]),
        )

    def b_remove(self, start: int, end: int, v: pp.ParseResults) -> ast.RemoveDecl:
        return ast.RemoveDecl(
            kind=self._kind(v["kind"]), id=str(v["id"]), span=self.span(start, end)
        )


STATEMENT = make_grammar(_Builder().table())
