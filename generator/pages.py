"""Which pages the site has, and the facts each page's template is given."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from .models import Briefing, Event, Figure, Quote
from .render import Renderer, human_date

LATEST = 8
KEY_FIGURES = 8


@dataclass(frozen=True)
class Cited:
    """An extracted item with the article sentence it came from."""

    item: object
    article_id: str
    sentence: int
    source: str
    published: str | None

    @property
    def anchor(self) -> str:
        return f"articles/{self.article_id}.md#s{self.sentence}"

    @property
    def label(self) -> str:
        return f"{self.source}, {human_date(self.published)}, sentence {self.sentence + 1}"


def render_pages(briefing: Briefing, templates: list[Path]) -> dict[str, str]:
    """Every Markdown page of the site, keyed by its path in the docs tree."""
    r = Renderer(briefing, templates)
    articles = {a.id: a for a in briefing.articles}
    source_of = {aid: s for s in briefing.sources for aid in s.articles}

    def cite(item, article_id: str, sentence: int) -> Cited:
        a = articles[article_id]
        return Cited(item, article_id, sentence, source_of[article_id].name, a.published)

    figures: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    quotes: dict[tuple[str, int], list[Quote]] = defaultdict(list)
    for aid, s in briefing.summaries.items():
        for f in s.figures:
            figures[(aid, f.sentence)].append(f)
        for q in s.quotes:
            quotes[(aid, q.sentence)].append(q)

    def event_items(e: Event, table) -> list[Cited]:
        return [cite(x, c.article_id, c.sentence) for c in e.citations for x in table.get((c.article_id, c.sentence), [])]

    newest_first = sorted(briefing.events, key=lambda e: (e.date, e.id), reverse=True)
    pages = {
        "index.md": r.page(
            "index.md", "pages/home.md.j2", briefing.title,
            latest=newest_first[:LATEST],
            key_figures=_unique([f for e in newest_first for f in event_items(e, figures)])[:KEY_FIGURES],
            period=_period(briefing),
        ),
        "timeline.md": r.page(
            "timeline.md", "pages/timeline.md.j2", "Timeline",
            months=[(m, list(es)) for m, es in groupby(newest_first, key=lambda e: human_date(e.date[:8] + "01", "month"))],
        ),
        "events/index.md": r.page("events/index.md", "pages/events.md.j2", "Events", events=newest_first),
        "sources/index.md": r.page("sources/index.md", "pages/sources.md.j2", "Sources"),
        "articles/index.md": r.page(
            "articles/index.md", "pages/articles.md.j2", "Articles",
            articles=sorted(briefing.articles, key=lambda a: (a.published or "", a.id), reverse=True),
            source_of=source_of,
        ),
        "entities/index.md": r.page("entities/index.md", "pages/entities.md.j2", "People, organisations and places"),
    }
    entity_id = {(e.name, e.type): e.id for e in briefing.entities}
    entity_by_name = {e.name: e.id for e in briefing.entities}
    for e in briefing.events:
        pages[f"events/{e.id}.md"] = r.page(
            f"events/{e.id}.md", "pages/event.md.j2", e.title,
            event=e, cite=cite, figures=_unique(event_items(e, figures)), quotes=_unique(event_items(e, quotes)),
            entity_by_name=entity_by_name,
        )
    for s in briefing.sources:
        mine = set(s.articles)
        pages[f"sources/{s.id}.md"] = r.page(
            f"sources/{s.id}.md", "pages/source.md.j2", s.name,
            source=s,
            articles=sorted((articles[a] for a in s.articles), key=lambda a: (a.published or "", a.id), reverse=True),
            covered=[e for e in newest_first if mine & set(e.articles)],
            missed=[e for e in newest_first if not mine & set(e.articles)],
        )
    events_of = defaultdict(list)
    for e in newest_first:
        for aid in e.articles:
            events_of[aid].append(e)
    for a in briefing.articles:
        summary = briefing.summaries[a.id]
        pages[f"articles/{a.id}.md"] = r.page(
            f"articles/{a.id}.md", "pages/article.md.j2", a.title,
            article=a, summary=summary, source=source_of[a.id], events=events_of[a.id],
            entity_id=entity_id,
            paragraphs=[list(ss) for _, ss in groupby(summary.sentences, key=lambda s: s.paragraph)],
        )
    for ent in briefing.entities:
        pages[f"entities/{ent.id}.md"] = r.page(
            f"entities/{ent.id}.md", "pages/entity.md.j2", ent.name,
            entity=ent,
            events=[e for e in newest_first if ent.name in e.people or ent.name in e.places],
            quotes=[cite(q, aid, q.sentence) for aid in ent.articles for q in briefing.summaries[aid].quotes if q.speaker == ent.name],
            articles=[articles[a] for a in ent.articles],
        )
    return pages


def _unique(items: list[Cited]) -> list[Cited]:
    """Each cited item once, in first-seen order (two events may rest on one sentence)."""
    seen, out = set(), []
    for c in items:
        key = (c.article_id, c.sentence, repr(c.item))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _period(briefing: Briefing) -> str:
    dates = sorted(a.published for a in briefing.articles if a.published)
    if not dates:
        return "dates unknown"
    return f"{human_date(dates[0])} to {human_date(dates[-1])}"
