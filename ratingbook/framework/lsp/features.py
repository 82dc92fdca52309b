"""What the server answers: hover, definitions, references, completion, formatting, the
outline and quick fixes, each from the newest check of the document (its index and findings)
and, for completion, the text at the cursor.

A text being typed often does not parse (or names a base not there yet), and its check then
reads the text alone: its index holds the text's own items, none of what the version
inherits. Hover, definitions, references and completion then read what the version inherits
from the newest check that read the whole chain (:attr:`~.server.Document.inherited`), and
what the text itself declares only from the present check, whose places are the present
text's (:func:`_reading` decides it for a name, :func:`_location` for a place)."""

from __future__ import annotations

import asyncio
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from lsprotocol import types
from pygls.uris import from_fs_path

from ratingbook.dsl.span import Span
from ratingbook.framework import ids
from ratingbook.framework.lsp.context import Context, context_at
from ratingbook.framework.lsp.index import Clause, Index, Key, Occurrence, Symbol
from ratingbook.framework.lsp.positions import Lines

if TYPE_CHECKING:
    from ratingbook.framework import registry
    from ratingbook.framework.lsp.server import Document, RatingbookServer

# ---------------------------------------------------------------------------- keywords

STATEMENTS: Final[tuple[tuple[str, str], ...]] = (
    ("framework", "the version: family, number, title (the first statement)"),
    ("source", "a published document that wording is quoted from"),
    ("attribute", "a case attribute that applicability conditions may use"),
    ("rating", "a rating level and its score"),
    ("percentage rounded", "how a key question's percentage is rounded"),
    ("band", "a band of key-question percentages and the rating it gives"),
    ("overall", "the overall scale, a band of the overall score, or the overall rule"),
    ("limit overall to", "a rating the overall rating may not exceed when counts hold"),
    ("discretion in domains", "when the ratings panel may exercise professional discretion"),
    ("sampling confidence", "how case samples are sized"),
    ("domain", "a domain of the framework"),
    ("standard", "a standard of a domain"),
    ("key question", "a key question of a standard"),
    ("prompt", "a prompt of a key question"),
    ("change", "an inherited item changed in place: one clause, or its wording"),
    ("remove", "an item of the base version that is dropped"),
)
"""Every way a statement starts, with what it declares (docs/dsl.md)."""

_ITEM_CLAUSES: Final[tuple[tuple[str, str], ...]] = (
    ("intro", "the domain's published introduction"),
    ("statement", "the standard's published statement"),
    ("applies to cases where", "which cases the item applies to"),
    ("applies to all cases", "clears a condition inherited from the base version"),
    ("relevance", "the published wording of the applicability rule"),
    ("where applicable", "inspectors may answer n/a"),
    ("rated by", "how the standard is rated"),
    ("not scored", "rated, but not added to the overall score"),
    ("characteristic", "the published characteristics of a rating"),
    ("no prompts", "why the key question has no prompts"),
    ("says", "further published wording"),
    ("clear", "takes an inherited clause away"),
    ("from", "where the text before was published"),
)
CLAUSES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "framework": (
        ("effective from", "the first day the version is in force"),
        ("based on", "the version this one is written as changes to"),
        ("draft", "a version being written: no effective date, never shipped"),
        ("says", "published wording about the version"),
    ),
    "source": (
        ("published", "when the document was published"),
        ("file", "the document's text, relative to this file"),
    ),
    "attribute": (("default", "the value used when a case does not state it"),),
    "percentage": (("says", "published wording about the rounding"),),
    "band": (("says", "published wording about the band"),),
    "overall": (("says", "published wording about the overall rating"),),
    "limit": (("says", "published wording about the limit"),),
    "discretion": (
        ("eligible when", "a standard is eligible when the condition holds"),
        ("eligible for key questions when", "a key question is eligible when it holds"),
        ("eligible for standards when", "a standard is eligible when it holds"),
        ("says", "published wording about discretion"),
    ),
    "sampling": (
        ("split domain", "a domain's per cent of the combined sample"),
        ("stratified by", "a characteristic the sample's ratios match"),
        ("says", "published wording about sampling"),
    ),
    "domain": _ITEM_CLAUSES,
    "standard": _ITEM_CLAUSES,
    "key": _ITEM_CLAUSES,
    "prompt": _ITEM_CLAUSES,
    "change": _ITEM_CLAUSES,
}
"""The clauses each statement takes, by its first word."""

_MEASURES_FALLBACK: Final = {
    "lowest_percent": "the lowest key-question percentage, after rounding",
}

_SYMBOL_KINDS: Final = {
    "domain": types.SymbolKind.Module,
    "standard": types.SymbolKind.Class,
    "key question": types.SymbolKind.Method,
    "prompt": types.SymbolKind.Field,
}


def _quote(name: str) -> str:
    """A rating or value as the language writes it: quoted unless a plain word."""
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*|-?\d+", name) else f'"{name}"'


# ---------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class Reading:
    """What a name stands for, for a document now, and the index that says so."""

    index: Index
    symbol: Symbol
    # How many first lines of the document's own file are as the index read them (None: all,
    # the index is the present check's): a place of this file below them has moved since.
    kept: int | None = None


def _reading(doc: Document, key: Key) -> Reading | None:
    """What ``key`` stands for, for the document now.

    The newest check says it, unless that check did not read the whole chain (its text does
    not parse, a base is missing) and the key is missing from its index or declared in
    another file: then the newest check that read the whole chain does, for a symbol it
    declares in another file, a base. A symbol declared in the document's own file is never
    read from there: it is of an older text, its place stale. (Completion reads that check's
    index whole, :attr:`~.server.Document.inherited`: it needs names, not places.)"""
    present = doc.analysis.index if doc.analysis is not None else None
    symbol = present.symbols.get(key) if present is not None else None
    older = doc.inherited
    if older is not None and (symbol is None or _elsewhere(doc, symbol)):
        inherited = older.symbols.get(key)
        if inherited is not None and _elsewhere(doc, inherited):
            now = present.texts.get(doc.display, "") if present is not None else ""
            return Reading(older, inherited, _same_lines(older.texts.get(doc.display, ""), now))
    if present is None or symbol is None:
        return None
    return Reading(present, symbol)


def _elsewhere(doc: Document, symbol: Symbol) -> bool:
    """Whether a symbol is declared in another file than the document (a base)."""
    return symbol.declared is not None and symbol.declared.path != doc.display


def _same_lines(older: str, present: str) -> int:
    """How many first lines two texts have in common."""
    n = 0
    for a, b in zip(older.split("\n"), present.split("\n"), strict=False):
        if a != b:
            break
        n += 1
    return n


def _location(
    ls: RatingbookServer, doc: Document, span: Span, index: Index
) -> types.Location | None:
    """Where a place ``index`` holds lies: in the document's own file, in its present text,
    which only the newest check's places are of (none from an older check); in another file,
    in that file's text as ``index`` read it."""
    codec = ls.workspace.position_codec
    if span.path == doc.display:
        if doc.analysis is None or index is not doc.analysis.index:
            return None
        return types.Location(uri=doc.uri, range=doc.lines(codec).range(span))
    uri = ls.uri_of(doc, span.path)
    if uri is None or span.path not in index.texts:
        return None
    return types.Location(uri=uri, range=Lines(index.texts[span.path], codec).range(span))


def _occurrence(ls: RatingbookServer, doc: Document, position: types.Position) -> Occurrence | None:
    analysis = doc.analysis
    if analysis is None or analysis.index is None:
        return None
    line, col = doc.lines(ls.workspace.position_codec).place(position)
    return analysis.index.at(doc.display, line, col)


def _where(clause_where: Span | None, own: str, kept: int | None = None) -> str:
    if clause_where is None:
        return ""
    if clause_where.path == own:
        if kept is not None and clause_where.line > kept:
            return "this file"  # set by an older text, on a line that has moved since
        return f"this file, line {clause_where.line}"
    return f"inherited from {clause_where.where}"


# ---------------------------------------------------------------------------- hover


def hover_text(occurrence: Occurrence, written: str, reading: Reading | None) -> str | None:
    """The hover of a name, in Markdown; ``written`` is the text the name covers, ``reading``
    what it stands for (:func:`_reading`)."""
    kind, name = occurrence.key
    if kind == "form":
        return _form_hover(written)
    if kind == "measure":
        from ratingbook.framework.measures import MEASURES

        meaning = MEASURES.get(name)
        if meaning is None:
            return None
        return f"**measure {name}**\n\n{meaning}"
    if reading is None:
        return None
    return _symbol_hover(reading)


def _symbol_hover(reading: Reading) -> str:
    index, symbol, kept = reading.index, reading.symbol, reading.kept
    out = [f"**{symbol.title}**"]
    declared = symbol.declared
    if declared is not None and symbol.key[0] != "cite":
        if declared.path == index.own:
            out[0] += f" (declared in this file, line {declared.line})"
        else:
            out[0] += f" (inherited from `{declared.where}`)"
    kind = symbol.key[0]
    clauses = list(symbol.clauses)
    if kind == "item" and clauses and clauses[0].what == "wording":
        wording = clauses.pop(0)
        out.append("")
        out.append(wording.value)
        out += _cited(wording)
        if (
            wording.where is not None
            and declared is not None
            and wording.where.path != declared.path
        ):
            out.append(f"\nwording: {_where(wording.where, index.own, kept)}")
    elif kind == "cite":
        out.append("")
        out += [f"> {line}" for c in clauses for line in c.quoted] or [
            "(the document cannot be read)"
        ]
        return "\n".join(out)
    else:
        out.append("")
        out.append(symbol.summary)
    if clauses:
        out.append("")
        for c in clauses:
            cite = f" from {c.cite}" if c.cite else ""
            where = _where(c.where, index.own, kept)
            out.append(f"- **{c.what}**: {c.value}{cite}" + (f" ({where})" if where else ""))
            out += [f"  > {line}" for line in c.quoted]
    return "\n".join(out)


def _cited(clause: Clause) -> list[str]:
    if clause.cite is None:
        return ["(not cited: draft wording)"]
    lines = [f"\nfrom {clause.cite}:"]
    lines += [f"> {line}" for line in clause.quoted] or ["(the document cannot be read)"]
    return lines


def _form_hover(written: str) -> str | None:
    from ratingbook.framework import rules

    words = tuple(written.split())
    found = rules.lookup(words)
    if found is None:
        return None
    form, params = found
    n, m = (params + (0, 0))[:2]
    return (
        f"**rated by {form.name}**\n\n{form.summary}\n\n"
        f"A standard rated so takes {form.sentence.format(n=n, m=m)}."
    )


def _written(index: Index, span: Span) -> str:
    text = index.texts.get(span.path, "")
    lines = text.split("\n")
    if span.line != span.end_line or not 1 <= span.line <= len(lines):
        return ""
    return lines[span.line - 1][span.col - 1 : span.end_col - 1]


# ---------------------------------------------------------------------------- completion


def _item(
    label: str,
    kind: types.CompletionItemKind,
    ctx: Context,
    lines: Lines,
    line: int,
    detail: str | None = None,
    new_text: str | None = None,
    sort: str | None = None,
    preselect: bool | None = None,
) -> types.CompletionItem:
    edit = types.TextEdit(
        range=types.Range(
            start=lines.position(line, ctx.start),
            end=lines.position(line, ctx.start + len(ctx.typed)),
        ),
        new_text=new_text if new_text is not None else label,
    )
    return types.CompletionItem(
        label=label,
        kind=kind,
        detail=detail,
        text_edit=edit,
        filter_text=label,
        sort_text=sort,
        preselect=preselect,
    )


def _items_of(index: Index | None, kind: str) -> list[Symbol]:
    if index is None:
        return []
    return [s for k, s in index.symbols.items() if k[0] == kind]


def completions(
    index: Index | None, text: str, line: int, col: int, lines: Lines, folder: Path | None = None
) -> list[types.CompletionItem]:
    """What may be written at a 1-based line and column of ``text``."""
    ctx = context_at(text, line, col)
    kw = types.CompletionItemKind.Keyword
    out: list[types.CompletionItem] = []

    def add(label: str, kind: types.CompletionItemKind, **more: object) -> None:
        out.append(_item(label, kind, ctx, lines, line, **more))  # type: ignore[arg-type]

    match ctx.want:
        case "statement":
            for phrase, meaning in STATEMENTS:
                add(phrase, kw, detail=meaning)
        case "clause":
            head = ctx.statement[0] if ctx.statement else ""
            for i, (phrase, meaning) in enumerate(CLAUSES.get(head, ())):
                add(phrase, kw, detail=meaning, sort=f"0{i:02d}")
            for i, (phrase, meaning) in enumerate(STATEMENTS):
                add(phrase, kw, detail=meaning, sort=f"1{i:02d}")
            if ctx.words[-2:] == ("decision", "table") or (
                "table" in ctx.words and ("when" in ctx.words or "otherwise" in ctx.words)
            ):  # a row of a decision table: the rating it gives
                for s in _items_of(index, "rating"):
                    name = s.key[1]
                    add(
                        name,
                        types.CompletionItemKind.EnumMember,
                        detail=f"a row giving {name}",
                        new_text=_quote(name) + " when ",
                        sort=f"2{name}",
                    )
        case "new id":
            for i, (new, why) in enumerate(_next_ids(index, text, ctx)):
                add(
                    new,
                    types.CompletionItemKind.Value,
                    detail=why,
                    sort=f"{i:04d}",
                    preselect=i == 0 or None,
                )
        case "id" | "domain":
            kind = ctx.kind if ctx.want == "id" else "domain"
            for i, s in enumerate(_items_of(index, "item")):
                if ids.kind_of(s.key[1]) == kind:
                    add(
                        s.key[1],
                        types.CompletionItemKind.Reference,
                        detail=s.summary,
                        sort=f"{i:05d}",
                    )
        case "item kind":
            for k in ("domain", "standard", "key question", "prompt"):
                add(k, kw)
        case "source":
            for s in _items_of(index, "source"):
                add(s.key[1], types.CompletionItemKind.Module, detail=s.summary)
        case "attribute":
            for s in _items_of(index, "attribute"):
                add(s.key[1], types.CompletionItemKind.Variable, detail=s.summary)
        case "measure":
            from ratingbook.framework.measures import MEASURES

            for name, meaning in MEASURES.items():
                add(name, types.CompletionItemKind.Variable, detail=meaning)
        case "value":
            for value, detail in _values(index, ctx.kind or ""):
                add(
                    value,
                    types.CompletionItemKind.EnumMember,
                    detail=detail,
                    new_text=_quote(value),
                )
        case "rating":
            for s in _items_of(index, "rating"):
                add(
                    s.key[1],
                    types.CompletionItemKind.EnumMember,
                    detail=s.summary,
                    new_text=_quote(s.key[1]),
                )
        case "form":
            from ratingbook.framework import rules

            overall = ctx.statement[:1] == ("overall",)
            names = rules.OVERALL_FORMS if overall else tuple(f.name for f in rules.STANDARD_FORMS)
            for form in rules.STANDARD_FORMS:
                if form.name in names:
                    add(
                        form.name,
                        types.CompletionItemKind.Function,
                        detail=form.summary,
                        new_text=form.name.replace("N..M", "1..4"),
                    )
        case "family":
            for family in sorted(
                {e.family for e in _known(folder)}
                | ({index.family} if index and index.family else set())
            ):
                add(family, types.CompletionItemKind.Module)
        case "version":
            for version, detail in _versions(ctx.kind or "", folder):
                add(version, types.CompletionItemKind.Module, detail=detail)
        case "words":
            for phrase in ctx.choices:
                add(phrase, kw)
        case "nothing":
            pass
    return out


def _values(index: Index | None, attribute: str) -> list[tuple[str, str]]:
    if index is None:
        return []
    symbol = index.symbols.get(("attribute", attribute))
    if symbol is None:
        return []
    if symbol.summary.startswith("flag"):
        return [("yes", f"{attribute} is yes"), ("no", f"{attribute} is no")]
    found = []
    for key in index.symbols:
        if key[0] == "value" and key[1].startswith(attribute + "="):
            found.append((key[1][len(attribute) + 1 :], f"a value of {attribute}"))
    return found


def _taken(index: Index | None, text: str) -> list[str]:
    """Every item id the version has, and those written in the text since its last check."""
    taken = [k[1] for k in (index.symbols if index is not None else {}) if k[0] == "item"]
    pattern = re.compile(
        r"^\s*(?:domain|standard|key\s+question|prompt)\s+([0-9][0-9A-Za-z.]*)", re.M
    )
    seen = set(taken)
    for m in pattern.finditer(text):
        if m.group(1) not in seen:
            seen.add(m.group(1))
            taken.append(m.group(1))
    return taken


def _next_ids(index: Index | None, text: str, ctx: Context) -> list[tuple[str, str]]:
    """New ids for an item of ``ctx.kind``: the next free one under the item above the
    cursor first, then under every other parent of that kind."""
    kind = ctx.kind or ""
    taken = _taken(index, text)
    level = {"domain": 1, "standard": 2, "key question": 3, "prompt": 4}.get(kind)
    if level is None:
        return []
    if level == 1:
        numbers = [int(i) for i in taken if i.isdigit()]
        return [(str(max(numbers, default=0) + 1), "the next free domain")]
    parent_kind = ids.KINDS[level - 2]
    parents = [i for i in taken if ids.kind_of(i) == parent_kind]
    near = None
    if ctx.parent is not None and ids.depth(ctx.parent) >= level - 1:
        near = ".".join(ctx.parent.split(".")[: level - 1])
    ordered = ([near] if near is not None else []) + [p for p in parents if p != near]
    out = []
    for p in ordered:
        children = [i for i in taken if ids.kind_of(i) == kind and ids.parent(i) == p]
        if children:
            new = ids.next_free(children[-1], taken)
        else:
            new = f"{p}.a" if kind == "prompt" else f"{p}.1"
        out.append((new, f"the next free {kind} of {parent_kind} {p}"))
    return out


def _known(folder: Path | None) -> Iterable[registry.Entry]:
    """The versions a file in ``folder`` can name: the shipped ones and those of the
    framework repository it lies in (none when the repository's project file is wrong:
    the check says why)."""
    from ratingbook.framework import registry
    from ratingbook.framework.errors import RatingbookError

    try:
        return registry.known(start=folder).entries
    except RatingbookError:
        return registry.shipped()


def _versions(family: str, folder: Path | None) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for e in _known(folder):
        if e.family == family:
            found[e.version] = (
                f"in this repository: {e.display}" if e.local else f"shipped: {e.title}"
            )
    return list(found.items())


# ---------------------------------------------------------------------------- quick fixes

_SUGGESTION: Final = re.compile(r"did you mean '?(.+?)'?\?")


def quick_fixes(doc: Document, lines: Lines, wanted: types.Range) -> list[types.CodeAction]:
    """The fixes the check knows for its findings in a range: the citation that names the
    right line, and the name a "did you mean" suggests; and, for the whole file, every
    citation's line at once."""
    analysis = doc.analysis
    if analysis is None:
        return []
    out: list[types.CodeAction] = []
    cites: list[types.TextEdit] = []
    text = "\n".join(lines.lines)
    for d in analysis.findings:
        span = d.span
        if span is None or span.path != doc.display:
            continue
        where = lines.range(span)
        if d.fix is not None:
            cites.append(types.TextEdit(range=where, new_text=d.fix))
        if not _overlaps(where, wanted):
            continue
        diagnostic = types.Diagnostic(
            range=where, message=d.message, code=str(d.code), source="ratingbook"
        )
        if d.fix is not None:
            out.append(
                types.CodeAction(
                    title=f"Cite it as '{d.fix}'",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=True,
                    edit=types.WorkspaceEdit(
                        changes={doc.uri: [types.TextEdit(range=where, new_text=d.fix)]}
                    ),
                )
            )
        m = _SUGGESTION.search(d.message)
        if m is not None:
            edit = _suggested(text, lines, span, m.group(1))
            if edit is not None:
                out.append(
                    types.CodeAction(
                        title=f"Change to '{edit.new_text}'",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic],
                        is_preferred=True,
                        edit=types.WorkspaceEdit(changes={doc.uri: [edit]}),
                    )
                )
    if len(cites) > 1:
        out.append(
            types.CodeAction(
                title=f"Fix the line of every citation in this file ({len(cites)})",
                kind=types.CodeActionKind.SourceFixAll,
                edit=types.WorkspaceEdit(changes={doc.uri: cites}),
            )
        )
    return out


def _overlaps(a: types.Range, b: types.Range) -> bool:
    start_a, end_a = (a.start.line, a.start.character), (a.end.line, a.end.character)
    start_b, end_b = (b.start.line, b.start.character), (b.end.line, b.end.character)
    return start_a <= end_b and start_b <= end_a


_TOKENS: Final = re.compile(r'"(?:[^"\\\n]|\\.)*"|[A-Za-z0-9_][A-Za-z0-9_.-]*')


def _suggested(text: str, lines: Lines, span: Span, suggestion: str) -> types.TextEdit | None:
    """The edit that writes ``suggestion`` in place of the word of ``span`` closest to it
    (never one that is not close: a suggestion is applied only where it fits)."""
    if span.line != span.end_line:
        return None
    line_text = lines.lines[span.line - 1]
    part = line_text[span.col - 1 : span.end_col - 1]
    words = list(_TOKENS.finditer(part))
    if " " in suggestion and not part.startswith('"') and len(words) > 1:
        start, end, new = 0, len(part), suggestion  # the words of a rule, written as words
    else:
        best = None
        for w in words:
            bare = w.group(0).strip('"')
            ratio = difflib.SequenceMatcher(None, bare, suggestion).ratio()
            if bare != suggestion and (best is None or ratio > best[0]):
                best = (ratio, w)
        if best is None or best[0] < 0.5:
            return None
        w = best[1]
        quoted = w.group(0).startswith('"')
        start, end = w.start(), w.end()
        new = f'"{suggestion}"' if quoted or " " in suggestion else suggestion
    first = Span(span.path, span.line, span.col + start, span.line, span.col + end)
    return types.TextEdit(range=lines.range(first), new_text=new)


# ---------------------------------------------------------------------------- outline


def outline(index: Index, lines: Lines) -> list[types.DocumentSymbol]:
    def made(o: object) -> types.DocumentSymbol:
        from ratingbook.framework.lsp.index import Outline

        assert isinstance(o, Outline)
        base_kind = o.kind.removeprefix("change ").removeprefix("remove ")
        detail = o.kind if o.kind != base_kind else None
        return types.DocumentSymbol(
            name=f"{o.id} {o.title}",
            detail=detail,
            kind=_SYMBOL_KINDS.get(base_kind, types.SymbolKind.Object),
            range=lines.range(o.span),
            selection_range=lines.range(o.name_span),
            children=[made(c) for c in o.children],
        )

    return [made(o) for o in index.outline]


def flat_outline(index: Index, lines: Lines, uri: str) -> list[types.SymbolInformation]:
    out: list[types.SymbolInformation] = []

    def walk(o: object, container: str | None) -> None:
        from ratingbook.framework.lsp.index import Outline

        assert isinstance(o, Outline)
        base_kind = o.kind.removeprefix("change ").removeprefix("remove ")
        out.append(
            types.SymbolInformation(
                name=f"{o.id} {o.title}",
                kind=_SYMBOL_KINDS.get(base_kind, types.SymbolKind.Object),
                location=types.Location(uri=uri, range=lines.range(o.span)),
                container_name=container,
            )
        )
        for c in o.children:
            walk(c, o.id)

    for o in index.outline:
        walk(o, None)
    return out


# ---------------------------------------------------------------------------- registration


def register(server: RatingbookServer) -> None:
    """Register every feature with the server."""

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: RatingbookServer, params: types.HoverParams) -> types.Hover | None:
        doc = await ls.current(params.text_document.uri)
        found = _occurrence(ls, doc, params.position)
        if found is None or doc.analysis is None or doc.analysis.index is None:
            return None
        written = _written(doc.analysis.index, found.span)
        text = hover_text(found, written, _reading(doc, found.key))
        if text is None:
            return None
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
            range=doc.lines(ls.workspace.position_codec).range(found.span),
        )

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    async def definition(
        ls: RatingbookServer, params: types.DefinitionParams
    ) -> list[types.Location] | None:
        doc = await ls.current(params.text_document.uri)
        found = _occurrence(ls, doc, params.position)
        if found is None:
            return None
        if found.key[0] == "cite":
            return _document_location(doc, found.key[1])
        reading = _reading(doc, found.key)
        if reading is None or reading.symbol.declared is None:
            return None
        where = _location(ls, doc, reading.symbol.declared, reading.index)
        return [where] if where is not None else None

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    async def references(
        ls: RatingbookServer, params: types.ReferenceParams
    ) -> list[types.Location] | None:
        doc = await ls.current(params.text_document.uri)
        found = _occurrence(ls, doc, params.position)
        if found is None or doc.analysis is None or doc.analysis.index is None:
            return None
        present = doc.analysis.index
        written = [(present, o) for o in present.of(found.key)]
        older = doc.inherited
        if older is not None:  # the files the present check did not read, as the older did
            written += [(older, o) for o in older.of(found.key) if o.span.path not in present.texts]
        out = []
        for index, o in written:
            if o.role == "declares" and not params.context.include_declaration:
                continue
            where = _location(ls, doc, o.span, index)
            if where is not None:
                out.append(where)
        return out

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=[" ", "[", ",", "="]),
    )
    def completion(ls: RatingbookServer, params: types.CompletionParams) -> types.CompletionList:
        # Never waits for a check: ids, names and values come from the newest one there is
        # that read the whole chain. A text being typed often does not parse; its own check
        # then indexes the text alone, and what it inherits would vanish from the list.
        uri = params.text_document.uri
        doc = ls.document(uri)
        text = ls.workspace.get_text_document(uri).source
        lines = Lines(text, ls.workspace.position_codec)
        line, col = lines.place(params.position)
        index = doc.inherited
        if index is None and doc.analysis is not None:
            index = doc.analysis.index
        items = completions(index, text, line, col, lines, doc.path.parent)
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    async def formatting(
        ls: RatingbookServer, params: types.DocumentFormattingParams
    ) -> list[types.TextEdit]:
        uri = params.text_document.uri
        doc = ls.document(uri)
        text = ls.workspace.get_text_document(uri).source
        normal = text.replace("\r\n", "\n").replace("\r", "\n")
        from ratingbook.dsl.fmt import FormatError, format_source

        try:
            formatted = await asyncio.to_thread(format_source, normal, doc.display)
        except FormatError as err:
            ls.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Warning, message=f"ratingbook fmt: {err}"
                )
            )
            return []
        if formatted == text:
            return []
        return [
            types.TextEdit(
                range=Lines(text, ls.workspace.position_codec).whole(), new_text=formatted
            )
        ]

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    async def symbols(
        ls: RatingbookServer, params: types.DocumentSymbolParams
    ) -> list[types.DocumentSymbol] | list[types.SymbolInformation]:
        doc = await ls.current(params.text_document.uri)
        if doc.analysis is None or doc.analysis.index is None:
            return []
        lines = doc.lines(ls.workspace.position_codec)
        caps = ls.client_capabilities.text_document
        hierarchical = (
            caps is not None
            and caps.document_symbol is not None
            and bool(caps.document_symbol.hierarchical_document_symbol_support)
        )
        if hierarchical:
            return outline(doc.analysis.index, lines)
        return flat_outline(doc.analysis.index, lines, doc.uri)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
        ),
    )
    async def code_actions(
        ls: RatingbookServer, params: types.CodeActionParams
    ) -> list[types.CodeAction]:
        doc = await ls.current(params.text_document.uri)
        return quick_fixes(doc, doc.lines(ls.workspace.position_codec), params.range)


def _document_location(doc: Document, key: str) -> list[types.Location] | None:
    """A citation's cited line in its source document."""
    analysis = doc.analysis
    if analysis is None:
        return None
    document, _, lines = key.rpartition(" ")  # a shipped file's name has a space
    target = analysis.files.get(document)
    if target is None:
        return None
    first = int(lines.split("-")[0]) - 1
    start = types.Position(line=max(first, 0), character=0)
    return [
        types.Location(
            uri=from_fs_path(target) or target, range=types.Range(start=start, end=start)
        )
    ]
