"""What ``ratingbook publish`` shows: the handbook as a sequence of blocks (headings, paragraphs,
published quotations, tables, lists) with a table of contents, laid out the same by the HTML
and Markdown renderers."""

from __future__ import annotations

from typing import Final

from ratingbook._record import record
from ratingbook.framework.handbook import (
    BandRow,
    Handbook,
    KeyQuestionEntry,
    Published,
    StandardEntry,
)
from ratingbook.framework.views import phrases
from ratingbook.framework.views.phrases import NOT_APPLICABLE, say

RATINGS_TITLE: Final = phrases.HANDBOOK_RATINGS_TITLE
RATINGS_ANCHOR: Final = "ratings-explained"
FACTS_TITLE: Final = phrases.HANDBOOK_FACTS_TITLE


@record
class Heading:
    level: int  # 2 for a domain or a part, 3 a standard, 4 a key question
    text: str
    anchor: str


@record
class Paragraph:
    text: str
    label: str | None = None  # a lead-in: "Applies to"


@record
class Quotation:
    """Published wording, with where it was published."""

    text: str
    cite: str | None
    label: str | None = None  # "Relevance", "Good"


@record
class TableBlock:
    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()  # the columns that hold numbers (right-aligned)
    ratings: tuple[int, ...] = ()  # the columns that hold a rating (coloured as it is)


@record
class ListBlock:
    items: tuple[str, ...]
    label: str | None = None


Block = Heading | Paragraph | Quotation | TableBlock | ListBlock


@record
class HandbookView:
    title: str  # "Inspection of youth offending services (yot-2020)"
    facts: tuple[tuple[str, str], ...]  # ("In force", "from 2020-06-01"), ...
    contents: tuple[tuple[str, str], ...]  # (anchor, text) of each level-2 heading
    blocks: tuple[Block, ...]
    footer: str
    audit: tuple[str, ...] = ()  # the ratingbook version and each file read, with its hash
    scale: tuple[str, ...] = ()  # the version's ratings, best first: each one's colour


def _quote(p: Published | None, label: str | None = None) -> list[Block]:
    return [] if p is None else [Quotation(text=p.text, cite=p.cite, label=label)]


def _percent_range(b: BandRow) -> str:
    return phrases.handbook_percent_range(low=b.low, high=b.high)


def _key_question(k: KeyQuestionEntry) -> list[Block]:
    blocks: list[Block] = [
        Heading(level=4, text=f"{k.id} {k.text.text}", anchor=f"kq-{k.id}"),
    ]
    if k.text.cite:
        blocks.append(Paragraph(label=phrases.HANDBOOK_PUBLISHED, text=k.text.cite))
    if k.applies_to is not None:
        blocks.append(Paragraph(label=phrases.HANDBOOK_APPLIES_TO, text=say(k.applies_to)))
    blocks += _quote(k.relevance, phrases.HANDBOOK_RELEVANCE)
    if k.not_applicable:
        blocks.append(Paragraph(label=phrases.HANDBOOK_NOT_APPLICABLE, text=NOT_APPLICABLE))
    if k.prompts:
        blocks.append(
            ListBlock(
                label=phrases.HANDBOOK_PROMPTS,
                items=tuple(
                    phrases.handbook_prompt(
                        id=p.id, text=p.text.text, not_applicable=p.not_applicable
                    )
                    for p in k.prompts
                ),
            )
        )
    return blocks


def _standard(s: StandardEntry) -> list[Block]:
    blocks: list[Block] = [
        Heading(level=3, text=phrases.handbook_standard(id=s.id, name=s.name), anchor=f"s-{s.id}")
    ]
    blocks += _quote(s.statement, phrases.HANDBOOK_STANDARD)
    blocks.append(Paragraph(label=phrases.HANDBOOK_HOW_RATED, text=say(s.rated_by)))
    shown: list[str] = []
    for rating, text in s.characteristics:
        if rating not in shown:
            shown.append(rating)
            blocks.append(
                Heading(
                    level=4,
                    text=phrases.handbook_looks_like(rating=rating),
                    anchor=f"s-{s.id}-{rating.lower().replace(' ', '-')}",
                )
            )
        blocks += _quote(text)
    for k in s.key_questions:
        blocks += _key_question(k)
    return blocks


def handbook_view(h: Handbook, *, audit: tuple[str, ...] = ()) -> HandbookView:
    """The handbook's blocks in reading order: the domains, the case facts, then how ratings
    are worked out; ``audit`` goes in its footer."""
    blocks: list[Block] = []
    contents: list[tuple[str, str]] = []
    for d in h.domains:
        anchor = f"d-{d.id}"
        title = phrases.handbook_domain(id=d.id, name=d.name)
        contents.append((anchor, title))
        blocks.append(Heading(level=2, text=title, anchor=anchor))
        blocks += _quote(d.intro)
        if d.covers is not None:
            blocks.append(Paragraph(label=phrases.HANDBOOK_COVERS_LABEL, text=say(d.covers)))
        for s in d.standards:
            blocks += _standard(s)
    if h.case_facts:
        contents.append(("case-facts", FACTS_TITLE))
        blocks.append(Heading(level=2, text=FACTS_TITLE, anchor="case-facts"))
        blocks.append(Paragraph(text=phrases.HANDBOOK_FACTS_INTRO))
        blocks.append(
            TableBlock(
                caption=phrases.HANDBOOK_FACTS_CAPTION,
                headers=phrases.HANDBOOK_FACTS_HEADERS,
                rows=tuple((name, say(meaning)) for name, meaning in h.case_facts),
            )
        )
    r = h.ratings
    contents.append((RATINGS_ANCHOR, RATINGS_TITLE))
    blocks += [
        Heading(level=2, text=RATINGS_TITLE, anchor=RATINGS_ANCHOR),
        Heading(level=3, text=phrases.HANDBOOK_KEY_QUESTIONS, anchor="rx-key-questions"),
        Paragraph(text=say(r.percentage)),
        Paragraph(text=say(r.rounding)),
        Paragraph(text=phrases.handbook_bands(low=r.bands[0].low, high=r.bands[-1].high)),
        TableBlock(
            caption=phrases.HANDBOOK_BANDS_CAPTION,
            headers=phrases.HANDBOOK_BANDS_HEADERS,
            rows=tuple((_percent_range(b), b.rating, b.label or "") for b in reversed(r.bands)),
            ratings=(1,),
        ),
        Heading(level=3, text=phrases.HANDBOOK_STANDARDS, anchor="rx-standards"),
        ListBlock(items=tuple(say(rule) for rule in r.standard_rules)),
        Heading(level=3, text=phrases.HANDBOOK_SCORES, anchor="rx-overall"),
        TableBlock(
            caption=phrases.HANDBOOK_SCORES_CAPTION,
            headers=phrases.HANDBOOK_SCORES_HEADERS,
            rows=tuple((name, str(score)) for name, score in r.scores),
            numeric=(1,),
            ratings=(0,),
        ),
        Paragraph(text=say(r.overall)),
        TableBlock(
            caption=phrases.handbook_overall_caption(low=r.overall_low, high=r.overall_high),
            headers=phrases.HANDBOOK_OVERALL_HEADERS,
            rows=tuple(
                (phrases.handbook_score_range(low=b.low, high=b.high), b.rating)
                for b in reversed(r.overall_bands)
            ),
            ratings=(1,),
        ),
    ]
    if r.discretion is not None:
        blocks += [
            Heading(level=3, text=phrases.HANDBOOK_DISCRETION_TITLE, anchor="rx-discretion"),
            Paragraph(text=say(r.discretion)),
            ListBlock(items=tuple(say(t) for t in r.discretion_triggers)),
        ]
    facts = [(phrases.HANDBOOK_VERSION, h.id), (phrases.HANDBOOK_IN_FORCE_LABEL, say(h.effective))]
    if h.draft:
        facts.append((phrases.HANDBOOK_STATUS, phrases.HANDBOOK_DRAFT))
    if h.based_on:
        facts.append((phrases.HANDBOOK_BASED_ON, h.based_on))
    facts += [
        (
            phrases.handbook_source(source=source),
            phrases.handbook_source_title(title=title, when=when),
        )
        for source, title, when in h.sources
    ]
    return HandbookView(
        title=f"{h.title} ({h.id})",
        facts=tuple(facts),
        contents=tuple(contents),
        blocks=tuple(blocks),
        footer=phrases.handbook_generated(id=h.id),
        audit=audit,
        scale=tuple(name for name, _ in h.ratings.scores),  # the highest score first
    )
