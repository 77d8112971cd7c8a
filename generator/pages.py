"""Which pages the site has, and the facts each page's template is given."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from .config import OPTIONAL_PAGES
from .group import sources_of
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


def render_pages(briefing: Briefing, templates: list[Path], kinds: tuple[str, ...] = OPTIONAL_PAGES,
                 period: tuple[str | None, str | None] = (None, None),
                 cites: dict[str, dict[str, int]] | None = None) -> dict[str, str]:
    """Every Markdown page of the site, keyed by its path in the docs tree; of the optional
    page kinds (timeline, sources, entities) only those in `kinds`; `cites`: source id ->
    outlets its articles cite."""
    cites = cites or {}
    r = Renderer(briefing, templates, tuple(k for k in OPTIONAL_PAGES if k not in kinds))
    articles = {a.id: a for a in briefing.articles}
    source_of = sources_of(briefing)

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
    stories = {s.id: s for s in briefing.stories}
    events = {e.id: e for e in briefing.events}
    months = [(m, list(es)) for m, es in groupby(newest_first, key=lambda e: human_date(e.date[:8] + "01", "month"))]
    entity_by_name = {e.name: e.id for e in briefing.entities}
    pages = {
        "index.md": r.page(
            "index.md", "pages/home.md.j2", briefing.title,
            latest=newest_first[:LATEST],
            key_figures=_unique([f for e in newest_first for f in event_items(e, figures)])[:KEY_FIGURES],
            period=_period(briefing, period),
            pinned=_pinned(briefing),
        ),
        "timeline.md": r.page(
            "timeline.md", "pages/timeline.md.j2", "Timeline",
            months=months, stories=stories, types=sorted({e.type for e in briefing.events}),
        ),
        "full.md": r.page(
            "full.md", "pages/full.md.j2", "Full briefing",
            period=_period(briefing, period), months=months, events=newest_first, cite=cite, articles=articles,
        ),
        "events/index.md": r.page("events/index.md", "pages/events.md.j2", "Events", events=newest_first, stories=stories),
        "stories/index.md": r.page(
            "stories/index.md", "pages/stories.md.j2", "Stories",
            stories=sorted(briefing.stories, key=lambda s: (events[s.events[-1]].date, s.id), reverse=True), events=events,
        ),
        "sources/index.md": r.page("sources/index.md", "pages/sources.md.j2", "Sources"),
        "articles/index.md": r.page(
            "articles/index.md", "pages/articles.md.j2", "Articles",
            articles=sorted(briefing.articles, key=lambda a: (a.published or "", a.id), reverse=True),
            source_of=source_of,
        ),
        "entities/index.md": r.page("entities/index.md", "pages/entities.md.j2", "People, organisations and places"),
    }
    entity_id = {(n, e.type): e.id for e in briefing.entities for n in reversed((e.name, *e.aliases))}
    for e in briefing.events:
        story = stories.get(e.story)
        place = story.events.index(e.id) if story else 0
        pages[f"events/{e.id}.md"] = r.page(
            f"events/{e.id}.md", "pages/event.md.j2", e.title,
            event=e, cite=cite, figures=_unique(event_items(e, figures)), quotes=_unique(event_items(e, quotes)),
            entity_by_name=entity_by_name, story=story,
            previous=events[story.events[place - 1]] if story and place > 0 else None,
            next=events[story.events[place + 1]] if story and place + 1 < len(story.events) else None,
            accounts=[(aid, [c for c in e.citations if c.article_id == aid]) for aid in _by_publication(e, articles)],
        )
    for story in briefing.stories:
        members = [events[i] for i in story.events]
        pages[f"stories/{story.id}.md"] = r.page(
            f"stories/{story.id}.md", "pages/story.md.j2", story.title,
            story=story, events=members,
            lead={e.id: next((c for c in e.citations if c.kind == "report"), e.citations[0]) for e in members},
            sources=sorted({source_of[a].id: source_of[a] for e in members for a in e.articles}.values(), key=lambda s: s.name),
        )
    for s in briefing.sources:
        mine = set(s.articles)
        pages[f"sources/{s.id}.md"] = r.page(
            f"sources/{s.id}.md", "pages/source.md.j2", s.name,
            source=s,
            articles=sorted((articles[a] for a in s.articles), key=lambda a: (a.published or "", a.id), reverse=True),
            covered=[e for e in newest_first if mine & set(e.articles)],
            missed=[e for e in newest_first if not mine & set(e.articles)],
            cites=cites.get(s.id, {}),
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
    together = co_occurrence(briefing)
    naming, speaking = defaultdict(list), defaultdict(list)  # name -> events, newest first
    for e in newest_first:
        for name in dict.fromkeys((*e.people, *e.places)):
            naming[name].append(e)
        if e.type == "statement" and e.people:
            speaking[e.people[0]].append(e)
    for ent in briefing.entities:
        said = [cite(q, aid, q.sentence) for aid in ent.articles for q in briefing.summaries[aid].quotes if q.speaker in (ent.name, *ent.aliases)]
        pages[f"entities/{ent.id}.md"] = r.page(
            f"entities/{ent.id}.md", "pages/entity.md.j2", ent.name,
            entity=ent,
            events=naming[ent.name],
            quotes=sorted(said, key=lambda c: (c.published or "", c.article_id, c.sentence)),
            statements=speaking[ent.name][::-1],
            together=[(entity_id[key], key[0], n) for key, n in together.get((ent.name, ent.type), [])],
            articles=[articles[a] for a in ent.articles],
        )
    return {path: text for path, text in pages.items() if r.builds(path)}


def _pinned(briefing: Briefing) -> list[tuple[str, str]]:
    """(title, page path) of each pinned page, events newest first, then the other kinds."""
    titles = {f"events/{e.id}": e.title for e in sorted(briefing.events, key=lambda e: (e.date, e.id), reverse=True)}
    titles |= {f"stories/{s.id}": s.title for s in getattr(briefing, "stories", ())}
    titles |= {f"articles/{a.id}": a.title for a in briefing.articles}
    titles |= {f"entities/{e.id}": e.name for e in briefing.entities}
    return [(title, key + ".md") for key, title in titles.items() if key in briefing.editorial and briefing.editorial[key].pinned]


def _by_publication(e: Event, articles) -> list[str]:
    """The event's articles, first-hand reports first, then by publication date."""
    kinds = {c.article_id: c.kind for c in e.citations if c.kind == "report"}
    return sorted(e.articles, key=lambda a: (a not in kinds, articles[a].published or "", a))


def co_occurrence(briefing: Briefing, top: int = 8) -> dict[tuple[str, str], list[tuple[tuple[str, str], int]]]:
    """(name, type) -> the entities most often named in the same sentences, with counts."""
    known = {(e.name, e.type) for e in briefing.entities}
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in briefing.summaries.values():
        in_sentence: dict[int, set] = defaultdict(set)
        for ref in s.entities:
            for n in ref.sentences:
                in_sentence[n].add((ref.name, ref.type))
        for names in in_sentence.values():
            present = names & known
            for a in present:
                pairs[a].update(present - {a})
    return {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top] for k, c in pairs.items()}


def _unique(items: list[Cited]) -> list[Cited]:
    """Each cited item once, in first-seen order (two events may rest on one sentence)."""
    seen, out = set(), []
    for c in items:
        key = (c.article_id, c.sentence, repr(c.item))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _period(briefing: Briefing, given: tuple[str | None, str | None]) -> str:
    """From-to of the articles' dates; briefing.yml's `period` wins on each end it gives."""
    dates = sorted(a.published for a in briefing.articles if a.published)
    first, last = given[0] or (dates[0] if dates else None), given[1] or (dates[-1] if dates else None)
    if not first and not last:
        return "dates unknown"
    return f"{human_date(first)} to {human_date(last)}"
