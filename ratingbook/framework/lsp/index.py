"""What the language server knows of a version: every name written in its chain of files,
what each name is, and where it is declared.

Built from the files a check read (the version's own text, then each base, as
:func:`~ratingbook.framework.loading.frameworks.check_unsaved` gives them), with no reference
to the protocol: an :class:`Index` is plain records with :class:`~ratingbook.dsl.span.Span`
positions, made in the checking process and sent to the server whole.

- an :class:`Occurrence` is a name written at a place: an item id, an attribute or one of its
  values, a rating, a source, a measure, the words of a rule form, the version a file is
  based on; it *declares*, *changes*, *removes* or *refers to* what it names;
- a :class:`Symbol` is what a name stands for once the versions are merged (what the version
  means, not only what its own file says): its wording and citation with the cited line's
  text, each clause with the file and line that set it, an attribute's kind and values, a
  rating's score;
- the :class:`Outline` of the version's own file: its domains, standards, key questions and
  prompts, nested by id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import field
from pathlib import PurePath
from typing import TYPE_CHECKING, Final, Literal

from ratingbook._record import record
from ratingbook.dsl import ast
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import ids

if TYPE_CHECKING:
    from ratingbook.dsl.parser import ParsedFile
    from ratingbook.framework.checker.documents import SourceDocument

Kind = Literal[
    "item", "attribute", "value", "rating", "source", "measure", "form", "version", "cite"
]
Role = Literal["declares", "changes", "removes", "refers"]
Key = tuple[Kind, str]
"""What a name stands for: ``("item", "2.2.3")``, ``("value", "rosh=high")``, ..."""

QUOTED_LINES: Final = 3
"""The most lines of a source document shown under a citation."""


@record
class Occurrence:
    """A name written at a place of a file of the chain."""

    key: Key
    span: Span
    role: Role


@record
class Clause:
    """One clause of what a symbol stands for, as written, and the place that set it."""

    what: str  # "wording", "applies to", "relevance", "where applicable", "rated by", ...
    value: str  # as the language writes it
    where: Span | None
    cite: str | None = None  # "wm_2020 line 504"
    quoted: tuple[str, ...] = ()  # the cited lines' text, where the document can be read


@record
class Symbol:
    """What a name stands for in the version as merged."""

    key: Key
    title: str  # "key question 2.2.3", "attribute rosh", "rating Good"
    summary: str  # its wording, its kind and values, its score ...
    declared: Span | None  # where it is declared (the statement that last stated it in full)
    clauses: tuple[Clause, ...] = ()


@record
class Outline:
    """An item of the version's own file and the items under it."""

    kind: str  # "domain", ..., "prompt"; "change ..." and "remove ..." for those statements
    id: str
    title: str
    span: Span  # the statement (and the statements of the items under it)
    name_span: Span  # the id
    children: tuple[Outline, ...] = ()


@record
class Index:
    """Every name of a version's chain, what each stands for, and its own file's outline."""

    own: str  # the version's own file, as shown
    occurrences: tuple[Occurrence, ...]
    symbols: Mapping[Key, Symbol]
    outline: tuple[Outline, ...]
    texts: Mapping[str, str] = field(default_factory=dict)  # each file of the chain, as shown
    family: str | None = None  # the version's family (for completing ``based on``)

    def at(self, path: str, line: int, col: int) -> Occurrence | None:
        """The name written at a place (1-based line and column), if any: the innermost
        (a citation's source, not the citation)."""
        best: Occurrence | None = None
        for o in self.occurrences:
            s = o.span
            if s.path != path or not (s.line <= line <= s.end_line):
                continue
            if (line, col) < (s.line, s.col) or (line, col) > (s.end_line, s.end_col):
                continue
            if best is None or _size(s) < _size(best.span):
                best = o
        return best

    def of(self, key: Key) -> list[Occurrence]:
        """Every place a name is written, the own file first, in file order."""
        found = [o for o in self.occurrences if o.key == key]
        return sorted(found, key=lambda o: (o.span.path != self.own, o.span.path, o.span.line))

    def keys(self, kind: Kind) -> list[str]:
        """The names of one kind the merged version has, in the order they are declared."""
        return [k[1] for k in self.symbols if k[0] == kind]


# ---------------------------------------------------------------------------- positions


def _size(span: Span) -> tuple[int, int]:
    return (span.end_line - span.line, span.end_col - span.col)


_WORD_END = r"(?![A-Za-z0-9_.-]*[A-Za-z0-9_-])"


def _find(source: Source, span: Span, word: str, start_after: str = "") -> Span | None:
    """Where ``word`` is written as a whole token inside ``span`` (after ``start_after``,
    a regex, when given)."""
    if span.line < 1:
        return None
    try:
        start = source.line_start(span.line) + span.col - 1
        end = source.line_start(span.end_line) + span.end_col - 1
    except IndexError:
        return None
    text = source.text
    if start_after:
        m = re.compile(start_after).match(text, start, end)
        if m is not None:
            start = m.end()
    pattern = re.compile(rf"(?<![A-Za-z0-9_.-]){re.escape(word)}(?![A-Za-z0-9_-])")
    m = pattern.search(text, start, end)
    if m is None:
        return None
    return source.span(m.start(), m.end())


def _text_of(sources: Mapping[str, Source], span: Span | None) -> str:
    """The text a span covers, on one line (a condition, a rule as written)."""
    if span is None or span.path not in sources:
        return ""
    source = sources[span.path]
    try:
        start = source.line_start(span.line) + span.col - 1
        end = source.line_start(span.end_line) + span.end_col - 1
    except IndexError:
        return ""
    return " ".join(source.text[start:end].split())


# ---------------------------------------------------------------------------- occurrences


def _condition_names(cond: ast.Cond | ast.AllCases | None, measures: bool) -> Iterator[Occurrence]:
    if cond is None or isinstance(cond, ast.AllCases):
        return
    match cond:
        case ast.Truthy(name=name):
            yield Occurrence(key=_name_key(name.name, measures), span=name.span, role="refers")
        case ast.Compare(name=name, value=value):
            yield Occurrence(key=_name_key(name.name, measures), span=name.span, role="refers")
            if not measures:
                yield Occurrence(
                    key=("value", f"{name.name}={value.value}"), span=value.span, role="refers"
                )
        case ast.InList(name=name, values=values):
            yield Occurrence(key=_name_key(name.name, measures), span=name.span, role="refers")
            if not measures:
                for v in values:
                    yield Occurrence(
                        key=("value", f"{name.name}={v.value}"), span=v.span, role="refers"
                    )
        case ast.Not(operand=operand):
            yield from _condition_names(operand, measures)
        case ast.And(operands=operands) | ast.Or(operands=operands):
            for o in operands:
                yield from _condition_names(o, measures)


def _name_key(name: str, measures: bool) -> Key:
    return ("measure", name) if measures else ("attribute", name)


def _cites(node: object) -> Iterator[ast.Cite]:
    """Every citation in a statement, however deep."""
    if isinstance(node, ast.Cite):
        yield node
    elif isinstance(node, tuple):
        for n in node:
            yield from _cites(n)
    elif isinstance(node, ast.Node):
        for name in getattr(type(node), "__dataclass_fields__", {}):
            if name != "span" and not name.endswith("_span"):
                yield from _cites(getattr(node, name))


def _rule_occurrences(source: Source, rule: ast.RuleSpec | None) -> Iterator[Occurrence]:
    if rule is None:
        return
    if rule.words_span.line > 0:
        yield Occurrence(key=("form", _form_name(rule.words)), span=rule.words_span, role="refers")
    for row in rule.rows:
        if row.rating_span.line > 0:
            yield Occurrence(key=("rating", row.rating), span=row.rating_span, role="refers")
        yield from _tally_occurrences(row.when)


def _tally_occurrences(tallies: Sequence[ast.Tally]) -> Iterator[Occurrence]:
    for t in tallies:
        if t.rating_span.line > 0:
            yield Occurrence(key=("rating", t.rating), span=t.rating_span, role="refers")
        for d in t.domains:
            yield Occurrence(key=("item", str(d.value)), span=d.span, role="refers")


def _form_name(words: Sequence[str]) -> str:
    """A rule's words as its form is named (``item scores 1..4`` -> ``item scores N..M``)."""
    return " ".join("N..M" if re.fullmatch(r"\d+\.\.\d+", w) else w for w in words)


def _item_kind_words(kind: str) -> str:
    return r"\s+".join(kind.split())


def occurrences(parsed: ParsedFile) -> list[Occurrence]:
    """Every name written in one file."""
    source = parsed.source
    found: list[Occurrence] = []
    add = found.append
    for s in parsed.ast.statements:
        for cite in _cites(s):
            at = _find(source, cite.span, cite.source, r"from\s+")
            if at is not None:
                add(Occurrence(key=("source", cite.source), span=at, role="refers"))
        match s:
            case ast.FrameworkDecl():
                at = _find(source, s.span, s.version, rf"framework\s+{re.escape(s.family)}\s+")
                if at is not None:
                    add(
                        Occurrence(
                            key=("version", f"{s.family}-{s.version}"), span=at, role="declares"
                        )
                    )
                if s.based_on is not None and s.based_on_span is not None:
                    family, version = s.based_on
                    at = _find(
                        source, s.based_on_span, version, rf"based\s+on\s+{re.escape(family)}\s+"
                    )
                    add(
                        Occurrence(
                            key=("version", f"{family}-{version}"),
                            span=s.based_on_span,
                            role="refers",
                        )
                    )
            case ast.SourceDecl():
                at = _find(source, s.span, s.id, r"source\s+")
                if at is not None:
                    add(Occurrence(key=("source", s.id), span=at, role="declares"))
            case ast.AttributeDecl():
                at = _find(source, s.span, s.name, r"attribute\s+")
                if at is not None:
                    add(Occurrence(key=("attribute", s.name), span=at, role="declares"))
                for v in s.values:
                    add(
                        Occurrence(
                            key=("value", f"{s.name}={v.value}"), span=v.span, role="declares"
                        )
                    )
            case ast.RatingDecl():
                add(Occurrence(key=("rating", s.rating), span=s.rating_span, role="declares"))
            case ast.BandDecl() | ast.OverallBandDecl():
                add(Occurrence(key=("rating", s.rating), span=s.rating_span, role="refers"))
            case ast.OverallRuleDecl():
                found += _rule_occurrences(source, s.rule)
            case ast.LimitDecl():
                add(Occurrence(key=("rating", s.rating), span=s.rating_span, role="refers"))
                found += _tally_occurrences(s.when)
            case ast.DiscretionDecl():
                for d in s.domains:
                    add(Occurrence(key=("item", str(d.value)), span=d.span, role="refers"))
                for rule in s.rules:
                    found += _condition_names(rule.condition, measures=True)
            case ast.SamplingDecl():
                for split in s.splits:
                    add(
                        Occurrence(
                            key=("item", str(split.domain.value)),
                            span=split.domain.span,
                            role="refers",
                        )
                    )
            case ast.ItemDecl() | ast.ChangeDecl():
                role: Role = "declares" if isinstance(s, ast.ItemDecl) else "changes"
                add(Occurrence(key=("item", s.id), span=s.id_span, role=role))
                found += _condition_names(s.applies, measures=False)
                found += _rule_occurrences(source, s.rated_by)
                for c in s.characteristics:
                    at = _find(source, c.span, c.rating.split()[0], r"characteristic\s+\"?")
                    if at is not None:
                        add(Occurrence(key=("rating", c.rating), span=at, role="refers"))
            case ast.RemoveDecl():
                at = _find(source, s.span, s.id, rf"remove\s+{_item_kind_words(s.kind)}\s+")
                if at is not None:
                    add(Occurrence(key=("item", s.id), span=at, role="removes"))
            case _:
                pass
    return [o for o in found if o.span.line > 0]


# ---------------------------------------------------------------------------- symbols


def _quoted(
    cite: ast.Cite | None,
    span: Span,
    sources: Mapping[str, ast.SourceDecl],
    documents: Mapping[str, SourceDocument | None],
) -> tuple[str, ...]:
    """The text of the lines a citation names (at most QUOTED_LINES), where it can be read."""
    if cite is None:
        return ()
    declared = sources.get(cite.source)
    if declared is None or declared.file is None:
        return ()
    key = str(PurePath(declared.span.path).parent / declared.file)
    document = documents.get(key)
    if document is None or cite.first < 1 or cite.first > len(document.lines):
        return ()
    last = min(cite.last, cite.first + QUOTED_LINES - 1, len(document.lines))
    return tuple(document.lines[cite.first - 1 : last])


def _cite_words(cite: ast.Cite | None) -> str | None:
    return None if cite is None else str(cite).removeprefix("from ")


class _Symbols:
    """Builds the symbols of a merged version."""

    def __init__(
        self,
        merged: Sequence[ast.Statement],
        texts: Mapping[str, Source],
        documents: Mapping[str, SourceDocument | None],
    ) -> None:
        self.texts = texts
        self.documents = documents
        self.sources = {s.id: s for s in merged if isinstance(s, ast.SourceDecl)}
        self.out: dict[Key, Symbol] = {}

    def text_clause(self, what: str, text: ast.Text | None) -> list[Clause]:
        if text is None:
            return []
        return [
            Clause(
                what=what,
                value=f'"{text.value}"',
                where=text.span,
                cite=_cite_words(text.cite),
                quoted=_quoted(text.cite, text.span, self.sources, self.documents),
            )
        ]

    def cite(self, cite: ast.Cite) -> tuple[Key, Symbol] | None:
        """A citation's key (its document and lines) and what it quotes."""
        declared = self.sources.get(cite.source)
        if declared is None or declared.file is None:
            return None
        document = str(PurePath(declared.span.path).parent / declared.file)
        lines = f"{cite.first}-{cite.last}"
        key: Key = ("cite", f"{document} {lines}")
        shown = self.documents.get(document)
        quoted: tuple[str, ...] = ()
        if shown is not None and 1 <= cite.first <= cite.last <= len(shown.lines):
            quoted = tuple(shown.lines[cite.first - 1 : min(cite.last, cite.first + 9)])
        words = f"line {cite.first}" if cite.first == cite.last else f"lines {lines}"
        return key, Symbol(
            key=key,
            title=f"{cite.source} {words} ({document})",
            summary="",
            declared=None,
            clauses=(Clause(what="cited", value="", where=None, quoted=quoted),),
        )

    def item(self, s: ast.ItemDecl) -> None:
        clauses = self.text_clause("wording", s.text)
        clauses += self.text_clause("intro", s.intro)
        clauses += self.text_clause("statement", s.statement)
        if isinstance(s.applies, ast.AllCases):
            clauses.append(Clause(what="applies to", value="all cases", where=s.applies.span))
        elif s.applies is not None:
            value = _text_of(self.texts, s.applies.span) or "a condition"
            clauses.append(
                Clause(what="applies to", value=f"cases where {value}", where=s.applies.span)
            )
        clauses += self.text_clause("relevance", s.relevance)
        if s.where_applicable:
            clauses.append(
                Clause(
                    what="where applicable",
                    value="inspectors may answer n/a",
                    where=s.where_applicable_span,
                )
            )
        if s.rated_by is not None:
            clauses.append(
                Clause(what="rated by", value=" ".join(s.rated_by.words), where=s.rated_by_span)
            )
        if s.not_scored:
            clauses.append(
                Clause(
                    what="not scored",
                    value="rated, not added to the overall score",
                    where=s.not_scored_span,
                )
            )
        for c in s.characteristics:
            clauses += self.text_clause(f"characteristic {c.rating}", c.text)
        if s.no_prompts is not None:
            clauses.append(
                Clause(what="no prompts", value=f'"{s.no_prompts}"', where=s.no_prompts_span)
            )
        for t in s.says:
            clauses += self.text_clause("says", t)
        self.out[("item", s.id)] = Symbol(
            key=("item", s.id),
            title=f"{s.kind} {s.id}",
            summary=s.text.value,
            declared=s.id_span if s.id_span.line > 0 else s.span,
            clauses=tuple(clauses),
        )

    def build(self, merged: Sequence[ast.Statement]) -> dict[Key, Symbol]:
        out = self.out
        for s in merged:
            match s:
                case ast.FrameworkDecl():
                    out[("version", f"{s.family}-{s.version}")] = _version_symbol(s, s.span.path)
                case ast.SourceDecl():
                    clauses = [Clause(what="title", value=f'"{s.title}"', where=s.span)]
                    if s.published:
                        clauses.append(Clause(what="published", value=s.published, where=s.span))
                    if s.file:
                        clauses.append(Clause(what="file", value=s.file, where=s.span))
                    out[("source", s.id)] = Symbol(
                        key=("source", s.id),
                        title=f"source {s.id}",
                        summary=s.title,
                        declared=s.span,
                        clauses=tuple(clauses),
                    )
                case ast.AttributeDecl():
                    values = ", ".join(_value_words(v) for v in s.values)
                    kind = _kind_words(s, values)
                    clauses = [Clause(what="kind", value=kind, where=s.span)]
                    if s.default is not None:
                        clauses.append(
                            Clause(
                                what="default", value=_value_words(s.default), where=s.default.span
                            )
                        )
                    summary = f"{kind}" + (f": {s.description}" if s.description else "")
                    out[("attribute", s.name)] = Symbol(
                        key=("attribute", s.name),
                        title=f"attribute {s.name}",
                        summary=summary,
                        declared=s.span,
                        clauses=tuple(clauses),
                    )
                    for v in s.values:
                        vkey: Key = ("value", f"{s.name}={v.value}")
                        out[vkey] = Symbol(
                            key=vkey,
                            title=f"{_value_words(v)}, a value of attribute {s.name}",
                            summary=f"{s.name} is one of {values}",
                            declared=v.span,
                        )
                case ast.RatingDecl():
                    out[("rating", s.rating)] = Symbol(
                        key=("rating", s.rating),
                        title=f"rating {s.rating}",
                        summary=f"score {s.score}",
                        declared=s.rating_span,
                        clauses=(Clause(what="score", value=str(s.score), where=s.span),),
                    )
                case ast.ItemDecl():
                    self.item(s)
                case _:
                    pass
        for stmt in merged:
            if isinstance(stmt, ast.BandDecl):
                symbol = out.get(("rating", stmt.rating))
                if symbol is not None:
                    band = Clause(
                        what="band",
                        value=f"{stmt.range} per cent"
                        + (f' ("{stmt.label}")' if stmt.label else ""),
                        where=stmt.span,
                        cite=_cite_words(stmt.cite),
                    )
                    out[symbol.key] = Symbol(
                        key=symbol.key,
                        title=symbol.title,
                        summary=symbol.summary,
                        declared=symbol.declared,
                        clauses=(*symbol.clauses, band),
                    )
        return out


def _version_symbol(s: ast.FrameworkDecl, path: str) -> Symbol:
    key: Key = ("version", f"{s.family}-{s.version}")
    clauses = [Clause(what="file", value=path, where=s.span)]
    if s.draft:
        clauses.append(Clause(what="draft", value="a version being written", where=s.draft_span))
    if s.effective_from:
        until = f" until {s.effective_until}" if s.effective_until else ""
        clauses.append(
            Clause(
                what="effective", value=f"from {s.effective_from}{until}", where=s.effective_span
            )
        )
    if s.based_on is not None:
        clauses.append(Clause(what="based on", value=" ".join(s.based_on), where=s.based_on_span))
    return Symbol(
        key=key, title=f"version {key[1]}", summary=s.title, declared=s.span, clauses=tuple(clauses)
    )


def _kind_words(s: ast.AttributeDecl, values: str) -> str:
    """An attribute's kind and values, as a reader would say them."""
    match s.kind:
        case "flag":
            return "flag (yes or no)"
        case "text":
            return f"text, one of the vocabulary {values}" if s.values else "text"
        case "enum":
            return f"one of {values}"
        case "ordered":
            return f"ordered {values} (lowest first)"
        case "number":
            return (
                f"a whole number from {s.range.low} to {s.range.high}"
                if s.range
                else "a whole number"
            )
        case "date":
            return "a date (2020-06-01)"
    return str(s.kind)


def _value_words(v: ast.Value) -> str:
    return f'"{v.value}"' if v.quoted else str(v.value)


# ---------------------------------------------------------------------------- outline


_OUTLINE_KINDS: Final = ("domain", "standard", "key question", "prompt")


def outline(parsed: ParsedFile) -> tuple[Outline, ...]:
    """The items of one file, nested by id where the parent is in the file too."""
    flat: list[tuple[str, str, str, Span, Span]] = []  # kind, id, title, statement, id span
    source = parsed.source
    for s in parsed.ast.statements:
        if isinstance(s, ast.ItemDecl):
            flat.append((s.kind, s.id, s.text.value, s.span, s.id_span))
        elif isinstance(s, ast.ChangeDecl):
            title = s.text.value if s.text is not None else "(changed)"
            flat.append((f"change {s.kind}", s.id, title, s.span, s.id_span))
        elif isinstance(s, ast.RemoveDecl):
            at = _find(source, s.span, s.id, rf"remove\s+{_item_kind_words(s.kind)}\s+") or s.span
            flat.append((f"remove {s.kind}", s.id, "(removed)", s.span, at))
    # Each item goes under the nearest item before it whose id is an ancestor of its own, so
    # the file's order, not only its ids, decides the outline.
    below: dict[int, list[int]] = {i: [] for i in range(len(flat))}
    top: list[int] = []
    stack: list[int] = []
    for i, (_, item_id, _, _, _) in enumerate(flat):
        while stack and not (
            item_id != flat[stack[-1]][1] and ids.descends(item_id, flat[stack[-1]][1])
        ):
            stack.pop()
        (below[stack[-1]] if stack else top).append(i)
        stack.append(i)

    def made(i: int) -> Outline:
        kind, item_id, title, span, name_span = flat[i]
        children = tuple(made(j) for j in below[i])
        end_line, end_col = span.end_line, span.end_col
        for c in children:
            end_line, end_col = max((end_line, end_col), (c.span.end_line, c.span.end_col))
        whole = Span(span.path, span.line, span.col, end_line, end_col)
        return Outline(
            kind=kind, id=item_id, title=title, span=whole, name_span=name_span, children=children
        )

    return tuple(made(i) for i in top)


# ---------------------------------------------------------------------------- the index


def merged_statements(files: Sequence[ParsedFile]) -> list[ast.Statement]:
    """The statements of the version as merged onto its bases (as far as they parse)."""
    from ratingbook.framework.checker.versions import merge

    merged: list[ast.Statement] = list(files[-1].ast.statements)
    for parsed in reversed(files[:-1]):
        header = parsed.ast.header
        base_id = "-".join(header.based_on) if header and header.based_on else "the base"
        merged, _ = merge(merged, parsed.ast.statements, base_id)
    return merged


def build_index(
    files: Sequence[ParsedFile], documents: Mapping[str, SourceDocument | None]
) -> Index:
    """The index of a version from the files of its chain (its own first) and the documents
    they cite."""
    own = files[0]
    texts = {f.source.path: f.source for f in files}
    found: list[Occurrence] = []
    cited: list[Occurrence] = []
    for parsed in files:
        found += occurrences(parsed)
    merged = merged_statements(files)
    builder = _Symbols(merged, texts, documents)
    symbols = builder.build(merged)
    for parsed in files:  # every version of the chain, by its id
        header = parsed.ast.header
        key: Key = ("version", f"{header.family}-{header.version}") if header else ("version", "")
        if header is not None and key not in symbols:
            symbols[key] = _version_symbol(header, parsed.source.path)
    for s in own.ast.statements:  # what each citation of the version's own file quotes
        for cite in _cites(s):
            quoted = builder.cite(cite)
            if quoted is not None:
                symbols.setdefault(quoted[0], quoted[1])
                cited.append(Occurrence(key=quoted[0], span=cite.span, role="refers"))
    found += cited
    header = own.ast.header
    return Index(
        own=own.source.path,
        occurrences=tuple(found),
        symbols=symbols,
        outline=outline(own),
        texts={k: v.text for k, v in texts.items()},
        family=None if header is None else header.family,
    )
