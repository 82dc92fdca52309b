"""What a version changes, item by item, with word-level rewording and both source locations."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ratingbook.dsl.span import Span
from ratingbook.framework import conditions
from ratingbook.framework.ids import sort_key as id_key
from ratingbook.framework.model import Framework, Quote

# In the order shown: what changes how cases are rated and worded comes before what is added
# or removed (a new version can add a hundred prompts and reword fifty questions).
SECTIONS = ("rules", "applicability", "reworded", "added", "removed", "metadata")
WHOLE_VERSION = ""  # the "domain" of a change that is not to an item: a rule, an attribute


def _where(span: Span | None) -> str | None:
    return f"{span.path}:{span.line}" if span is not None else None


@dataclass(frozen=True)
class WordOp:
    op: str  # equal | delete | insert | replace
    old: str
    new: str


@dataclass(frozen=True)
class Change:
    section: str  # one of SECTIONS
    item: str  # "key question 2.2.1", "band Good", ...
    what: str  # "wording", "statement", "applies to", "range", ...
    old: str | None
    new: str | None
    old_where: str | None
    new_where: str | None
    words: tuple[WordOp, ...] = ()
    id: str | None = None  # the item's id; None for a rule, an attribute or the version
    # An added item's clauses besides its wording: (clause, value, where it is written).
    clauses: tuple[tuple[str, str, str | None], ...] = ()

    @property
    def domain(self) -> str:
        """The domain the changed item belongs to, or WHOLE_VERSION."""
        return WHOLE_VERSION if self.id is None else self.id.split(".")[0]


@dataclass(frozen=True)
class DomainCount:
    """How many changes of each kind fall in one domain (or in the rules of the whole version)."""

    domain: str  # a domain id, or WHOLE_VERSION
    name: str | None
    counts: tuple[tuple[str, int], ...]  # (section, count), in SECTIONS order, nonzero only


@dataclass(frozen=True)
class ItemChanges:
    """One changed item (or rule) and the kinds of change to it: one line of a summary."""

    item: str
    # Each kind of change (in the order shown) with the clauses it changed (none for an item
    # added or removed).
    kinds: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Diff:
    old: str
    new: str
    old_path: str
    new_path: str
    changes: tuple[Change, ...]
    phrase_changes: tuple[tuple[str, str, int], ...] = field(default=())
    domain_names: tuple[tuple[str, str], ...] = ()  # (id, name) of every domain of either

    def section(self, name: str) -> list[Change]:
        return [c for c in self.changes if c.section == name]

    def by_domain(self) -> tuple[DomainCount, ...]:
        """The count of each kind of change per domain, in id order; the version's rules last."""
        names = dict(self.domain_names)
        counts: dict[str, Counter[str]] = {}
        for c in self.changes:
            counts.setdefault(c.domain, Counter())[c.section] += 1
        order = sorted(counts, key=lambda d: (d == WHOLE_VERSION, id_key(d) if d else ()))
        return tuple(
            DomainCount(
                domain=d,
                name=names.get(d),
                counts=tuple((s, counts[d][s]) for s in SECTIONS if counts[d][s]),
            )
            for d in order
        )

    def items(self) -> tuple[ItemChanges, ...]:
        """Each changed item or rule once, in the order its first change is shown."""
        seen: dict[str, dict[str, list[str]]] = {}
        for c in self.changes:
            whats = seen.setdefault(c.item, {}).setdefault(c.section, [])
            if c.section not in ("added", "removed") and c.what not in whats:
                whats.append(c.what)
        return tuple(
            ItemChanges(item=item, kinds=tuple((s, tuple(w)) for s, w in kinds.items()))
            for item, kinds in seen.items()
        )

    def summary(self) -> dict[str, int]:
        return {s: len(self.section(s)) for s in SECTIONS}


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    a, b = old.split(), new.split()
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        ops.append(WordOp(tag, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return tuple(ops)


def _items(fw: Framework) -> dict[str, tuple[str, dict[str, tuple[str | None, Span | None]], Span]]:
    """Every item by id: its kind, its comparable fields (value, where) and its span."""
    out: dict[str, tuple[str, dict[str, tuple[str | None, Span | None]], Span]] = {}

    def q(quote: Quote | None) -> tuple[str | None, Span | None]:
        return (quote.text, quote.span) if quote else (None, None)

    for d in fw.domains:
        out[d.id] = (
            "domain",
            {
                "name": (d.name, d.name_span or d.span),
                "intro": q(d.intro),
                "applies to": (
                    conditions.text(d.condition) if d.condition else "all cases",
                    d.condition_span,
                ),
                "rated by": (d.rated_by, d.rated_by_span or d.span),
                "no prompts": (d.no_prompts, d.no_prompts_span),
                **_characteristics(d.characteristics),
                **_says(d.says),
            },
            d.span,
        )
        for s in d.standards:
            out[s.id] = (
                "standard",
                {
                    "name": (s.name, s.name_span or s.span),
                    "statement": q(s.statement),
                    "rated by": (s.rated_by, s.rated_by_span or s.span),
                    "no prompts": (s.no_prompts, s.no_prompts_span),
                    **_characteristics(s.characteristics),
                    **_says(s.says),
                },
                s.span,
            )
            for k in s.key_questions:
                out[k.id] = (
                    "key question",
                    {
                        "wording": q(k.text),
                        "applies to": (
                            conditions.text(k.condition) if k.condition else "all cases",
                            k.condition_span,
                        ),
                        "relevance": q(k.relevance),
                        "where applicable": (
                            "yes" if k.where_applicable else "no",
                            k.where_applicable_span or k.span,
                        ),
                        "no prompts": (k.no_prompts, k.no_prompts_span),
                    },
                    k.span,
                )
                for p in k.prompts:
                    out[p.id] = (
                        "prompt",
                        {
                            "wording": q(p.text),
                            "where applicable": (
                                "yes" if p.where_applicable else "no",
                                p.where_applicable_span or p.span,
                            ),
                        },
                        p.span,
                    )
    return out


def _characteristics(chars: Any) -> dict[str, tuple[str | None, Span | None]]:
    grouped: dict[str, list[Quote]] = {}
    for c in chars:
        grouped.setdefault(c.rating, []).append(c.text)
    return {
        f"characteristics ({rating})": ("\n".join(t.text for t in texts), texts[0].span)
        for rating, texts in grouped.items()
    }


def _says(says: tuple[Quote, ...]) -> dict[str, tuple[str | None, Span | None]]:
    if not says:
        return {}
    return {"says": ("\n".join(t.text for t in says), says[0].span)}


_WORDING_FIELDS = {"name", "intro", "statement", "wording", "relevance", "says", "no prompts"}


def _rules(fw: Framework) -> dict[str, tuple[str, Span | None]]:
    rules: dict[str, tuple[str, Span | None]] = {}
    for level in fw.ratings:
        rules[f"score of {level.name}"] = (str(level.score), level.span)
    rules["percentage rounding"] = (fw.banding.rounding, fw.banding.rounding_span)
    for b in fw.banding.bands:
        rules[f"band {b.rating}"] = (
            f"{b.low}..{b.high}" + (f' "{b.label}"' if b.label else ""),
            b.span,
        )
    rules["overall scale"] = (f"{fw.overall.low}..{fw.overall.high}", fw.overall.span)
    for b in fw.overall.bands:
        rules[f"overall band {b.rating}"] = (f"{b.low}..{b.high}", b.span)
    if fw.discretion is not None:
        rules["discretion domains"] = (", ".join(fw.discretion.domains), fw.discretion.span)
        for i, r in enumerate(fw.discretion.rules, 1):
            rules[f"discretion rule {i}"] = (
                conditions.text(r.condition) + (f' "{r.description}"' if r.description else ""),
                r.span,
            )
    return rules


def _attributes(fw: Framework) -> dict[str, tuple[str, Span]]:
    return {
        f"attribute {a.name}": (
            a.declaration,
            a.span,
        )
        for a in fw.attributes
    }


def diff(old: Framework, new: Framework) -> Diff:
    changes: list[Change] = []
    a, b = _items(old), _items(new)
    for item_id in sorted(set(a) | set(b), key=id_key):
        if item_id not in b:
            kind, fields, span = a[item_id]
            text = fields.get("wording", fields.get("name", (None, None)))[0]
            changes.append(
                Change(
                    "removed", f"{kind} {item_id}", kind, text, None, _where(span), None, id=item_id
                )
            )
            continue
        if item_id not in a:
            kind, fields, span = b[item_id]
            text = fields.get("wording", fields.get("name", (None, None)))[0]
            clauses = tuple(
                (name, value, _where(where))
                for name, (value, where) in fields.items()
                if name not in ("wording", "name")
                and value is not None
                and not (name == "where applicable" and value == "no")
            )
            changes.append(
                Change(
                    "added",
                    f"{kind} {item_id}",
                    kind,
                    None,
                    text,
                    None,
                    _where(span),
                    id=item_id,
                    clauses=clauses,
                )
            )
            continue
        kind, fa, span_a = a[item_id]
        _, fb, span_b = b[item_id]
        for name in list(dict.fromkeys([*fa, *fb])):
            (va, sa), (vb, sb) = fa.get(name, (None, None)), fb.get(name, (None, None))
            if va == vb:
                continue
            if name in _WORDING_FIELDS or name.startswith("characteristics"):
                words = word_diff(va or "", vb or "") if va and vb else ()
                section = "reworded"
            elif name in ("applies to", "where applicable"):
                words, section = (), "applicability"
            else:
                words, section = (), "rules"
            changes.append(
                Change(
                    section,
                    f"{kind} {item_id}",
                    name,
                    va,
                    vb,
                    _where(sa or span_a),  # a clause not written: where its item is
                    _where(sb or span_b),
                    words,
                    id=item_id,
                )
            )
    for source, target, section in (
        (_rules(old), _rules(new), "rules"),
        (_attributes(old), _attributes(new), "applicability"),
    ):
        for name in list(dict.fromkeys([*source, *target])):
            va, sa = source.get(name, (None, None))
            vb, sb = target.get(name, (None, None))
            if va != vb:
                changes.append(
                    Change(
                        section,
                        name,
                        "rule" if section == "rules" else "declaration",
                        va,
                        vb,
                        _where(sa),
                        _where(sb),
                    )
                )
    meta_old = {
        "title": old.title,
        "draft": "yes" if old.draft else "no",
        "effective from": old.effective_from,
        "effective until": old.effective_until,
        "based on": old.based_on,
    }
    meta_new = {
        "title": new.title,
        "draft": "yes" if new.draft else "no",
        "effective from": new.effective_from,
        "effective until": new.effective_until,
        "based on": new.based_on,
    }
    for name in meta_old:
        if meta_old[name] != meta_new[name]:
            changes.append(
                Change(
                    "metadata",
                    "version",
                    name,
                    meta_old[name],
                    meta_new[name],
                    _where(old.span),
                    _where(new.span),
                )
            )
    order = {s: i for i, s in enumerate(SECTIONS)}
    changes.sort(key=lambda c: order[c.section])
    names = {d.id: d.name for d in old.domains} | {d.id: d.name for d in new.domains}
    return Diff(
        old.id,
        new.id,
        old.path,
        new.path,
        tuple(changes),
        _common_rewordings(changes),
        tuple(sorted(names.items(), key=lambda kv: id_key(kv[0]))),
    )


def _common_rewordings(changes: list[Change], top: int = 8) -> tuple[tuple[str, str, int], ...]:
    """Phrase replacements that recur across rewordings (e.g. a change of terminology)."""
    counts: Counter[tuple[str, str]] = Counter()
    for c in changes:
        for w in c.words:
            if w.op == "replace" and _strip(w.old) != _strip(w.new):
                counts[(_strip(w.old), _strip(w.new))] += 1
    return tuple((o, n, k) for (o, n), k in counts.most_common(top) if k > 1)


def _strip(text: str) -> str:
    return re.sub(r"^[^\w]+|[^\w']+$", "", text)
