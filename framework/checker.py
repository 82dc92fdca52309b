"""AST to checked model, or diagnostics: one ``_check_<rule>`` per family of refusals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import assert_never

from ratingbook.dsl import Diagnostic, Source, ast, parse_file
from ratingbook.dsl.codes import Code
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.dsl.span import Span
from ratingbook.framework import codes, registry
from ratingbook.framework import conditions as cond_model
from ratingbook.framework.errors import InputError
from ratingbook.framework.ids import ranges as id_ranges
from ratingbook.framework.ids import sort_key as id_key
from ratingbook.framework.measures import MEASURES
from ratingbook.framework.model import (
    LOWEST_BAND,
    Attribute,
    Band,
    Banding,
    Characteristic,
    Citation,
    DiscretionPolicy,
    DiscretionRule,
    Domain,
    Framework,
    KeyQuestion,
    OverallScale,
    Prompt,
    Quote,
    RatingLevel,
    SourceDoc,
    SourceTexts,
    Standard,
)
from ratingbook.framework.versions import merge

_ID_SHAPES = {
    "domain": (re.compile(r"^\d+$"), "a number like 2"),
    "standard": (re.compile(r"^\d+\.\d+$"), "two numbers like 2.1"),
    "key question": (re.compile(r"^\d+\.\d+\.\d+$"), "three numbers like 2.1.1"),
    "prompt": (
        re.compile(r"^\d+\.\d+\.\d+\.[a-z]+$"),
        "a key question id and a letter like 2.1.1.a",
    ),
}
_PARENT_KIND = {"standard": "domain", "key question": "standard", "prompt": "key question"}
_SUPERSCRIPTS = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰")


@dataclass
class CheckResult:
    """A checked framework (when there are no errors), every diagnostic, and the texts they cite."""

    framework: Framework | None
    diagnostics: list[Diagnostic]
    sources: dict[str, Source] = field(default_factory=dict)
    # The merged statements and the files behind them, for versions based on this one.
    statements: list[ast.Statement] = field(default_factory=list, repr=False)
    files: dict[str, Path] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return self.framework is not None and not any(d.is_error for d in self.diagnostics)


# ------------------------------------------------------------------------------ loading


def _parse(path: Path, display: str) -> tuple[Source, ast.FrameworkFile, list[Diagnostic]]:
    try:
        parsed = parse_file(path, display)
    except UnicodeDecodeError as err:
        raise InputError(
            f"{display}: not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8"
        ) from err
    except OSError as err:
        raise InputError(f"{display}: cannot be read ({err.strerror})") from err
    return parsed.source, parsed.ast, list(parsed.diagnostics)


def _resolve_base(family: str, version: str, beside: Path) -> tuple[Path, str] | None:
    """A base version: a file beside the derived one, else a shipped version."""
    local = beside.parent / f"{version}.framework"
    if local.exists() and local.resolve() != beside.resolve():
        entry = registry.read_header(local)
        if entry is not None and entry.family == family and entry.version == version:
            return local, registry.display_path(local)
    shipped = registry.find(f"{family}-{version}")
    if shipped is not None:
        return shipped.path, shipped.display
    return None


def check_path(path: str | Path, display: str | None = None) -> CheckResult:
    """Parse, merge with any base version, and check one ``.framework`` file."""
    p = Path(path)
    return _check_chain(p, display or registry.display_path(p), ())


def _check_chain(path: Path, display: str, seen: tuple[Path, ...]) -> CheckResult:
    source, tree, diagnostics = _parse(path, display)
    sources = {display: source}
    files = {display: path}
    if any(d.is_error for d in diagnostics):
        return CheckResult(None, diagnostics, sources)
    own = list(tree.statements)
    header = tree.header
    diagnostics += _check_own(own, header, tree)
    statements = own
    if header is not None and header.based_on is not None:
        family, version = header.based_on
        found = _resolve_base(family, version, path)
        if found is None or found[0].resolve() in seen:
            why = "it is not shipped and there is no file for it beside this one"
            if found is not None:
                why = "the versions are based on each other in a circle"
            diagnostics.append(
                Diagnostic.error(
                    codes.MISSING_BASE,
                    f"based on {family} {version}, but {why}; {registry.suggest(f'{family}-{version}')}",
                    header.based_on_span or header.span,
                )
            )
            return CheckResult(None, diagnostics, sources)
        base = _check_chain(found[0], found[1], (*seen, path.resolve()))
        sources.update(base.sources)
        if not base.ok:
            diagnostics.append(
                Diagnostic.error(
                    codes.MISSING_BASE,
                    f"based on {family} {version}, which has errors (shown above)",
                    header.based_on_span or header.span,
                )
            )
            return CheckResult(None, base.diagnostics + diagnostics, sources)
        files = {**base.files, **files}
        statements, merge_problems = merge(base.statements, own)
        diagnostics += merge_problems
    checker = _Checker(statements, files, {k: v.text for k, v in sources.items()})
    fw = checker.build()
    diagnostics += checker.diagnostics
    ok = fw is not None and not any(d.is_error for d in diagnostics)
    return CheckResult(fw if ok else None, diagnostics, sources, statements, files)


def _check_own(
    statements: Sequence[ast.Statement], header: ast.FrameworkDecl | None, tree: ast.FrameworkFile
) -> list[Diagnostic]:
    """Checks on one file alone: the header, id shapes and duplicates."""
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
    seen: dict[tuple[str, str], Span] = {}

    def once(kind: str, key: str, span: Span, label: str) -> None:
        if (kind, key) in seen:
            first = seen[(kind, key)]
            problems.append(
                Diagnostic.error(
                    codes.DUPLICATE_ID,
                    f"{label} is declared twice (first at line {first.line})",
                    span,
                )
            )
        else:
            seen[(kind, key)] = span

    for s in statements:
        match s:
            case ast.ItemDecl():
                shape, shape_text = _ID_SHAPES[s.kind]
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
            case ast.OverallScaleDecl():
                once("overall scale", "", s.span, "the overall scale")
            case _:
                pass
    return problems


# How the DSL spells each attribute kind, for messages.
_KIND_WORDS = {"enum": "one-of"}


def _locate(doc: tuple[str, ...], want: str) -> int | None:
    """The line where a quotation is found: the whole of it if possible, else its opening words."""
    head = want[:30]
    starts = [i for i, line in enumerate(doc) if head in _normalise(line)]
    # The quotation starts on line i when it is found in the text from line i on at a position
    # within line i itself.
    whole = (
        i
        for i in starts
        if 0 <= _normalise(" ".join(doc[i : i + 41])).find(want) < len(_normalise(doc[i]))
    )
    first = next(whole, None)
    if first is None and starts:
        first = starts[0]
    return None if first is None else first + 1


@lru_cache(maxsize=32)
def _document(path: Path) -> tuple[str, ...] | None:
    try:
        return tuple(path.read_text(encoding="utf-8").splitlines())
    except OSError:
        return None


def _normalise(text: str) -> str:
    text = text.translate(_SUPERSCRIPTS)
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)  # an OCR line-break artefact in the seeds
    return " ".join(text.split())


class _Checker:
    def __init__(
        self, statements: Sequence[ast.Statement], files: dict[str, Path], texts: dict[str, str]
    ) -> None:
        self.statements = statements
        self.files = files
        self.texts = texts
        self.diagnostics: list[Diagnostic] = []
        self.sources: dict[str, ast.SourceDecl] = {}
        self.attributes: dict[str, ast.AttributeDecl] = {}
        self.ratings: dict[str, ast.RatingDecl] = {}

    def error(self, code: Code, message: str, span: Span | None, *notes: str) -> None:
        self.diagnostics.append(Diagnostic.error(code, message, span, *notes))

    def warn(self, code: Code, message: str, span: Span | None, *notes: str) -> None:
        self.diagnostics.append(Diagnostic.warning(code, message, span, *notes))

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [s for s in self.statements if isinstance(s, kind)]

    # ------------------------------------------------------------------ top level
    def build(self) -> Framework | None:
        header = next(iter(self.of(ast.FrameworkDecl)), None)
        if header is None:
            return None
        self.sources = {s.id: s for s in self.of(ast.SourceDecl)}
        self.attributes = {a.name: a for a in self.of(ast.AttributeDecl)}
        self.ratings = {r.rating: r for r in self.of(ast.RatingDecl)}
        for text in header.says:
            self._check_cite(text, required=True)
        self._check_attributes()
        ratings = self._check_ratings()
        banding = self._check_banding()
        domains = self._check_items()
        n_standards = sum(len(d.standards) for d in domains)
        overall = self._check_overall(n_standards, domains, header)
        discretion = self._check_discretion(domains)
        if ratings is None or banding is None or overall is None:
            return None
        return Framework(
            family=header.family,
            version=header.version,
            title=header.title,
            effective_from=header.effective_from,
            effective_until=header.effective_until,
            based_on="-".join(header.based_on) if header.based_on else None,
            path=header.span.path,
            sources=tuple(
                SourceDoc(id=s.id, title=s.title, published=s.published, file=s.file, span=s.span)
                for s in self.sources.values()
            ),
            attributes=tuple(
                Attribute(
                    name=a.name,
                    kind=a.kind,
                    values=tuple(str(v.value) for v in a.values),
                    default=str(a.default.value) if a.default is not None else None,
                    description=a.description,
                    span=a.span,
                )
                for a in self.attributes.values()
            ),
            ratings=ratings,
            banding=banding,
            overall=overall,
            discretion=discretion,
            domains=domains,
            span=header.span,
            says=tuple(self._quote(t) for t in header.says),
            texts=SourceTexts(self.texts),
        )

    # ------------------------------------------------------------------ citations
    def _quote(self, text: ast.Text) -> Quote:
        c = text.cite
        cite = None if c is None else Citation(source=c.source, first=c.first, last=c.last)
        return Quote(text=text.value, cite=cite, span=text.span)

    def _check_cite(self, text: ast.Text | None, required: bool, what: str = "") -> None:
        if text is None:
            return
        cite = text.cite
        if cite is None:
            if required:
                self.error(
                    codes.MISSING_CITATION,
                    f"{what or 'this text'} is published wording: say where it was published, "
                    "e.g. 'from wm_2020 line 504'",
                    text.span,
                )
            return
        self._check_cite_ref(cite, text.value)

    def _check_cite_ref(self, cite: ast.Cite, quoted: str | None) -> None:
        source = self.sources.get(cite.source)
        if source is None:
            hint = did_you_mean(cite.source, self.sources)
            self.error(
                codes.UNKNOWN_REF,
                f"unknown source '{cite.source}'{hint}",
                cite.span,
                'declare it with: source ID "TITLE" file "PATH"',
            )
            return
        if cite.first > cite.last or cite.first < 1:
            self.error(
                codes.BAD_CITATION, f"lines {cite.first}-{cite.last} are not a range", cite.span
            )
            return
        if source.file is None:
            return
        base = self.files.get(source.span.path)
        doc = _document((base.parent / source.file) if base else Path(source.file))
        if doc is None:
            self.warn(
                codes.BAD_CITATION,
                f"source {source.id} names the file '{source.file}', which cannot be read",
                source.span,
            )
            return
        if cite.last > len(doc):
            self.error(
                codes.BAD_CITATION,
                f"{source.id} has {len(doc)} lines; line {cite.last} is past its end",
                cite.span,
            )
            return
        if quoted is None:
            return
        want = _normalise(quoted)
        head = want[:30]
        # The quotation must start within three lines of the cited line, and may run on past
        # page breaks and footnotes (up to 40 lines after the cited range).
        start_ok = head in _normalise(" ".join(doc[max(0, cite.first - 4) : cite.first + 3]))
        whole_ok = want in _normalise(" ".join(doc[max(0, cite.first - 4) : cite.last + 40]))
        if start_ok and whole_ok:
            return
        found = _locate(doc, want)
        if found is not None and abs(found - cite.first) <= 3 and not whole_ok:
            message = (
                f"this text starts at {source.id} line {found} but does not match the source there"
            )
        elif found is not None and abs(found - cite.first) > 3:
            message = (
                f"this text is not at {source.id} line {cite.first}; it appears at line {found}"
            )
        else:
            message = (
                f"this text is not at {source.id} line {cite.first}, nor anywhere in {source.file}"
            )
        self.warn(codes.QUOTE_NOT_FOUND, message, cite.span)

    # ------------------------------------------------------------------ attributes and conditions
    def _check_attributes(self) -> None:
        for a in self.attributes.values():
            values = [str(v.value) for v in a.values]
            for v in a.values:
                if values.count(str(v.value)) > 1:
                    self.error(codes.DUPLICATE_ID, f"value {v.value} is listed twice", v.span)
            if a.default is not None:
                allowed = {"flag": ["yes", "no"], "enum": values}.get(a.kind)
                if allowed is not None and str(a.default.value) not in allowed:
                    self.error(
                        codes.UNKNOWN_REF,
                        f"default {a.default.value} is not a value of {a.name} ({', '.join(allowed)})",
                        a.default.span,
                    )

    def _check_condition(self, cond: ast.Cond, measures: bool = False) -> None:
        match cond:
            case ast.And(operands=ops) | ast.Or(operands=ops):
                for op in ops:
                    self._check_condition(op, measures)
            case ast.Not(operand=op):
                self._check_condition(op, measures)
            case ast.Truthy(name=name):
                kind = self._kind_of(name, measures)
                if kind not in (None, "flag"):
                    self.error(
                        codes.BAD_CONDITION,
                        f"{name.name} is not a flag: compare it, e.g. '{name.name} = VALUE'",
                        name.span,
                    )
            case ast.Compare(op=op, name=name, value=value):
                kind = self._kind_of(name, measures)
                if kind == "measure":
                    if not isinstance(value.value, (int, float)):
                        self.error(codes.BAD_CONDITION, f"{name.name} is a number", value.span)
                elif kind is not None:
                    if op not in ("=", "!="):
                        self.error(
                            codes.BAD_CONDITION,
                            f"'{op}' compares numbers; {name.name} is a {_KIND_WORDS.get(kind, kind)} "
                            "attribute: use = or !=",
                            cond.span,
                        )
                    self._check_value(name, value)
            case ast.InList(name=name, values=values):
                kind = self._kind_of(name, measures)
                if kind == "measure":
                    self.error(
                        codes.BAD_CONDITION, f"{name.name} is a number: compare it", cond.span
                    )
                elif kind is not None:
                    for v in values:
                        self._check_value(name, v)

    def _kind_of(self, name: ast.Name, measures: bool) -> str | None:
        if measures:
            if name.name in MEASURES:
                return "measure"
            hint = did_you_mean(name.name, MEASURES)
            self.error(
                codes.DISCRETION,
                f"unknown measure '{name.name}'{hint}",
                name.span,
                "measures: " + ", ".join(MEASURES),
            )
            return None
        attr = self.attributes.get(name.name)
        if attr is None:
            hint = did_you_mean(name.name, self.attributes)
            self.error(
                codes.UNKNOWN_REF,
                f"unknown attribute '{name.name}'{hint}",
                name.span,
                "declared attributes: " + ", ".join(self.attributes),
            )
            return None
        return attr.kind

    def _check_value(self, name: ast.Name, value: ast.Value) -> None:
        attr = self.attributes[name.name]
        if attr.kind == "text":
            return
        allowed = ["yes", "no"] if attr.kind == "flag" else [str(v.value) for v in attr.values]
        if str(value.value) not in allowed:
            hint = did_you_mean(str(value.value), allowed)
            self.error(
                codes.UNKNOWN_REF,
                f"{value.value} is not a value of {name.name} ({', '.join(allowed)}){hint}",
                value.span,
            )

    # ------------------------------------------------------------------ ratings and bands
    def _rating_ref(self, name: str, span: Span) -> bool:
        if name in self.ratings:
            return True
        hint = did_you_mean(name, self.ratings)
        self.error(
            codes.UNKNOWN_REF,
            f"unknown rating '{name}'{hint}",
            span,
            "declared ratings: " + ", ".join(self.ratings),
        )
        return False

    def _check_ratings(self) -> tuple[RatingLevel, ...] | None:
        decls = self.of(ast.RatingDecl)
        if not decls:
            self.error(
                codes.SCORE, "no ratings are declared: add 'rating NAME score N' lines", None
            )
            return None
        by_score: dict[int, ast.RatingDecl] = {}
        for r in decls:
            if r.score in by_score:
                self.error(
                    codes.SCORE,
                    f"{r.rating} and {by_score[r.score].rating} both score {r.score}: "
                    "each rating needs its own score",
                    r.span,
                )
            by_score[r.score] = r
        return tuple(
            RatingLevel(name=r.rating, score=r.score, span=r.span)
            for r in sorted(decls, key=lambda r: r.score)
        )

    def _check_bands(
        self,
        bands: Sequence[ast.BandDecl | ast.OverallBandDecl],
        low: int,
        high: int,
        what: str,
        band_codes: tuple[Code, Code, Code],
    ) -> tuple[Band, ...]:
        gap_code, overlap_code, range_code = band_codes
        good: list[Band] = []
        for d in bands:
            if not self._rating_ref(d.rating, d.rating_span):
                continue
            if d.range.low > d.range.high:
                self.error(
                    range_code, f"{what} {d.range}: its low end is above its high end", d.range.span
                )
                continue
            if d.range.low < low or d.range.high > high:
                self.error(
                    range_code,
                    f"{what} {d.range} runs outside {low}..{high}",
                    d.range.span,
                )
                continue
            if d.cite is not None:
                self._check_cite_ref(d.cite, None)
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
        expected = low
        prev: Band | None = None
        for b in good:
            if b.low > expected:
                self.error(
                    gap_code,
                    f"no {what} covers {_span_text(expected, b.low - 1)}: "
                    f"the {what}s jump from {prev.low}..{prev.high} to {b.low}..{b.high}"
                    if prev
                    else f"no {what} covers {_span_text(expected, b.low - 1)}: the first {what} starts at {b.low}",
                    b.span,
                )
            elif b.low < expected and prev is not None:
                self.error(
                    overlap_code,
                    f"{what} {b.low}..{b.high} overlaps {prev.low}..{prev.high}",
                    b.span,
                )
            expected = max(expected, b.high + 1)
            prev = b
        if good and expected <= high:
            self.error(
                gap_code,
                f"no {what} covers {_span_text(expected, high)}: the last {what} ends at {expected - 1}",
                good[-1].span,
            )
        for a, b in zip(good, good[1:], strict=False):
            ra, rb = self.ratings[a.rating], self.ratings[b.rating]
            if rb.score <= ra.score and (a.high < b.low):
                self.error(
                    codes.BAND_ORDER,
                    f"{what} {b.low}..{b.high} gives {b.rating} (score {rb.score}), no higher than "
                    f"{a.low}..{a.high} which gives {a.rating} (score {ra.score})",
                    b.span,
                )
        return tuple(good)

    def _check_banding(self) -> Banding | None:
        rounding = next(iter(self.of(ast.RoundingDecl)), None)
        decls = self.of(ast.BandDecl)
        if rounding is None:
            self.error(
                codes.RATING_RULE,
                "no 'percentage rounded ...' rule: say how key-question percentages are rounded",
                None,
            )
        if not decls:
            self.error(codes.BAND_GAP, "no key-question bands are declared", None)
        for t in rounding.says if rounding else ():
            self._check_cite(t, required=True)
        for d in decls:
            for t in d.says:
                self._check_cite(t, required=True)
        bands = self._check_bands(
            decls, 0, 100, "band", (codes.BAND_GAP, codes.BAND_OVERLAP, codes.BAND_RANGE)
        )
        if rounding is None or not decls:
            return None
        return Banding(
            rounding=rounding.mode,
            bands=bands,
            rounding_span=rounding.span,
            says=tuple(self._quote(t) for d in [rounding, *decls] for t in d.says),
        )

    def _check_overall(
        self, n_standards: int, domains: Sequence[Domain], header: ast.FrameworkDecl
    ) -> OverallScale | None:
        decls = self.of(ast.OverallBandDecl)
        scale = next(iter(self.of(ast.OverallScaleDecl)), None)
        if not self.ratings:
            return None
        top = max(r.score for r in self.ratings.values())
        bottom = min(r.score for r in self.ratings.values())
        low, high = n_standards * bottom, n_standards * top
        if scale is not None:
            if scale.cite is not None:
                self._check_cite_ref(scale.cite, scale.label)
            if (scale.range.low, scale.range.high) != (low, high):
                ids = [s.id for d in domains for s in d.standards]
                self.error(
                    codes.OVERALL_SCALE,
                    f"overall scale {scale.range} does not add up: {n_standards} standards are "
                    f"scored ({id_ranges(ids)}) with scores {bottom}..{top}, so the overall score "
                    f"runs {low}..{high}",
                    scale.range.span,
                    f"either state 'overall scale {low}..{high}' or change the standards or scores",
                )
        if not decls:
            self.error(codes.OVERALL_GAP, "no overall bands are declared", header.span)
            return None
        for d in decls:
            for t in d.says:
                self._check_cite(t, required=True)
        bands = self._check_bands(
            decls,
            low,
            high,
            "overall band",
            (codes.OVERALL_GAP, codes.OVERALL_OVERLAP, codes.OVERALL_RANGE),
        )
        says = tuple(self._quote(t) for d in decls for t in d.says)
        if scale is not None:
            says = tuple(self._quote(t) for t in scale.says) + says
        return OverallScale(low=low, high=high, bands=bands, span=decls[0].span, says=says)

    def _check_discretion(self, domains: Sequence[Domain]) -> DiscretionPolicy | None:
        decl = next(iter(self.of(ast.DiscretionDecl)), None)
        if decl is None:
            return None
        known = {d.id for d in domains}
        for v in decl.domains:
            if str(v.value) not in known:
                self.error(
                    codes.DISCRETION,
                    f"discretion names domain {v.value}, which is not declared "
                    f"(domains: {', '.join(sorted(known))})",
                    v.span,
                )
        for rule in decl.rules:
            self._check_condition(rule.condition, measures=True)
        for t in decl.says:
            self._check_cite(t, required=True)
        return DiscretionPolicy(
            domains=tuple(str(v.value) for v in decl.domains),
            rules=tuple(
                DiscretionRule(
                    condition=compile_condition(r.condition),
                    description=r.description,
                    span=r.span,
                )
                for r in decl.rules
            ),
            says=tuple(self._quote(t) for t in decl.says),
            span=decl.span,
        )

    # ------------------------------------------------------------------ items
    def _characteristics(self, item: ast.ItemDecl) -> tuple[Characteristic, ...]:
        out = []
        for c in item.characteristics:
            self._rating_ref(c.rating, c.span)
            self._check_cite(c.text, required=True, what="a characteristic")
            out.append(Characteristic(rating=c.rating, text=self._quote(c.text)))
        return tuple(out)

    def _check_items(self) -> tuple[Domain, ...]:
        items: list[ast.ItemDecl] = sorted(self.of(ast.ItemDecl), key=lambda i: id_key(i.id))
        by_kind: dict[str, dict[str, ast.ItemDecl]] = {k: {} for k in _ID_SHAPES}
        for item in items:
            if _ID_SHAPES[item.kind][0].match(item.id):
                by_kind[item.kind][item.id] = item
        for kind, parent_kind in _PARENT_KIND.items():
            for item in by_kind[kind].values():
                parent = item.id.rsplit(".", 1)[0]
                if parent not in by_kind[parent_kind]:
                    self.error(
                        codes.MISSING_PARENT,
                        f"{kind} {item.id} belongs to {parent_kind} {parent}, which is not declared",
                        item.id_span,
                    )
        for item in items:
            self._check_item_clauses(item)

        def children(kind: str, parent: str) -> list[ast.ItemDecl]:
            return [i for i in by_kind[kind].values() if i.id.rsplit(".", 1)[0] == parent]

        domains = []
        for d in by_kind["domain"].values():
            standards = []
            for s in children("standard", d.id):
                rated_by = s.rated_by or d.rated_by
                if rated_by is None:
                    self.error(
                        codes.RATING_RULE,
                        f"standard {s.id} has no rating rule: add 'rated by lowest key question "
                        f"band' or 'rated by inspector judgement' to it or to domain {d.id}",
                        s.id_span,
                    )
                    rated_by = LOWEST_BAND
                kqs = []
                for k in children("key question", s.id):
                    prompts = tuple(
                        Prompt(
                            id=p.id,
                            text=self._quote(p.text),
                            where_applicable=p.where_applicable,
                            span=p.span,
                        )
                        for p in children("prompt", k.id)
                    )
                    silenced = (
                        k.no_prompts is not None
                        or s.no_prompts is not None
                        or d.no_prompts is not None
                    )
                    if not prompts and not silenced and rated_by == LOWEST_BAND:
                        self.warn(
                            codes.NO_PROMPTS,
                            f"key question {k.id} has no prompts",
                            k.id_span,
                            'if none are published, say so with: no prompts "WHY"',
                        )
                    condition = (
                        None if isinstance(k.applies, (ast.AllCases, type(None))) else k.applies
                    )
                    kqs.append(
                        KeyQuestion(
                            id=k.id,
                            text=self._quote(k.text),
                            condition=None if condition is None else compile_condition(condition),
                            relevance=self._quote(k.relevance) if k.relevance else None,
                            where_applicable=k.where_applicable,
                            prompts=prompts,
                            span=k.span,
                            condition_span=condition.span if condition is not None else None,
                        )
                    )
                if not kqs:
                    self.warn(
                        codes.NO_KEY_QUESTIONS, f"standard {s.id} has no key questions", s.id_span
                    )
                standards.append(
                    Standard(
                        id=s.id,
                        name=s.text.value,
                        statement=self._quote(s.statement) if s.statement else None,
                        rated_by=rated_by,
                        characteristics=self._characteristics(s),
                        key_questions=tuple(kqs),
                        says=tuple(self._quote(t) for t in s.says),
                        span=s.span,
                        rated_by_span=s.rated_by_span or d.rated_by_span,
                    )
                )
            condition = None if isinstance(d.applies, (ast.AllCases, type(None))) else d.applies
            domains.append(
                Domain(
                    id=d.id,
                    name=d.text.value,
                    intro=self._quote(d.intro) if d.intro else None,
                    condition=None if condition is None else compile_condition(condition),
                    rated_by=d.rated_by,
                    characteristics=self._characteristics(d),
                    standards=tuple(standards),
                    says=tuple(self._quote(t) for t in d.says),
                    span=d.span,
                    condition_span=condition.span if condition is not None else None,
                )
            )
        return tuple(domains)

    def _check_item_clauses(self, item: ast.ItemDecl) -> None:
        published = item.kind in ("key question", "prompt")
        self._check_cite(
            item.text, required=published, what=f"the wording of {item.kind} {item.id}"
        )
        for clause, label in (
            (item.intro, "an intro"),
            (item.statement, "a standard statement"),
            (item.relevance, "a relevance rule"),
        ):
            self._check_cite(clause, required=True, what=label)
        for t in item.says:
            self._check_cite(t, required=True)
        if isinstance(item.applies, ast.AllCases) or item.applies is None:
            pass
        elif item.kind in ("domain", "key question"):
            self._check_condition(item.applies)
        else:
            self.error(
                codes.BAD_CONDITION,
                f"'applies to' belongs on a domain or a key question, not on a {item.kind}",
                item.applies.span,
            )
        if item.where_applicable and item.kind not in ("key question", "prompt"):
            self.error(
                codes.BAD_CONDITION,
                f"'where applicable' belongs on a key question or a prompt, not on a {item.kind}",
                item.span,
            )
        if item.rated_by is not None and item.kind not in ("domain", "standard"):
            self.error(
                codes.RATING_RULE,
                f"'rated by' belongs on a domain or a standard, not on a {item.kind}",
                item.rated_by_span,
            )


def compile_condition(cond: ast.Cond) -> cond_model.Condition:
    """A condition as written, compiled once into the syntax-free condition model."""

    def value(v: ast.Value) -> cond_model.Value:
        return cond_model.Value(value=v.value, quoted=v.quoted)

    match cond:
        case ast.Truthy(name=name):
            return cond_model.Test(name=name.name, op="is")
        case ast.Compare(op=op, name=name, value=v):
            return cond_model.Test(name=name.name, op=op, values=(value(v),))
        case ast.InList(name=name, values=values, negated=negated):
            return cond_model.Test(
                name=name.name,
                op="not in" if negated else "in",
                values=tuple(value(v) for v in values),
            )
        case ast.Not(operand=op):
            return cond_model.Not(operand=compile_condition(op))
        case ast.And(operands=ops):
            return cond_model.AllOf(operands=tuple(compile_condition(o) for o in ops))
        case ast.Or(operands=ops):
            return cond_model.AnyOf(operands=tuple(compile_condition(o) for o in ops))
        case _:
            assert_never(cond)


def _span_text(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}..{high}"
