"""The JSON export (site/data/briefing.json), documented in the README."""

from __future__ import annotations

import json

from .models import Briefing
from .group import sources_of

SCHEMA_VERSION = 2


def export(briefing: Briefing, cites: dict[str, dict[str, int]]) -> bytes:
    """The export; `cites` maps a source id to the outlets its articles cite, with counts."""
    source_of = {aid: s.id for aid, s in sources_of(briefing).items()}
    articles = []
    for a in sorted(briefing.articles, key=lambda a: a.id):
        s = briefing.summaries[a.id]
        text = lambda n: s.sentences[n].text  # noqa: E731
        articles.append({
            "id": a.id,
            "path": a.path,
            "title": a.title,
            "source": a.source,
            "source_id": source_of[a.id],
            "published": a.published,
            "url": a.url,
            "author": a.author,
            "inferred": list(a.inferred),
            "summary": [{"text": text(n), "sentence": n} for n in s.lede],
            "entities": [{"name": e.name, "type": e.type, "count": e.count, "sentences": list(e.sentences)} for e in s.entities],
            "dates": [{"text": d.text, "date": d.date, "precision": d.precision, "relation": d.relation, "sentence": text(d.sentence)} for d in s.dates],
            "figures": [{"value": f.value, "text": f.text, "counts": f.counts, "qualifier": f.qualifier, "sentence": text(f.sentence)} for f in s.figures],
            "quotes": [{"text": q.text, "speaker": q.speaker, "kind": q.kind, "sentence": text(q.sentence)} for q in s.quotes],
            "copies": [{"id": c.id, "path": c.path, "title": c.title, "source": c.source, "published": c.published, "url": c.url} for c in a.copies],
        })
    events = [
        {
            "id": e.id,
            "title": e.title,
            "date": e.date,
            "precision": e.precision,
            "type": e.type,
            "places": list(e.places),
            "people": list(e.people),
            "articles": list(e.articles),
            "reports": sorted({c.article_id for c in e.citations if c.kind == "report"}),
            "mentions": sorted({c.article_id for c in e.citations if c.kind == "mention"}),
            "sentences": [{"article": c.article_id, "sentence": c.sentence, "text": c.text, "kind": c.kind} for c in e.citations],
            "venue": e.venue,
            "story": e.story,
            "disagreements": [
                {"about": d.about, "accounts": [{"article": a.article_id, "sentence": a.sentence, "text": a.text, "value": a.value} for a in d.accounts]}
                for d in e.disagreements
            ],
        }
        for e in briefing.events
    ]
    data = {
        "schema": SCHEMA_VERSION,
        "title": briefing.title,
        "articles": articles,
        "events": events,
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "role": e.role, "aliases": list(e.aliases), "articles": list(e.articles)}
            for e in briefing.entities
        ],
        "editorial": {key: {"summary": ed.summary, "note": ed.note, "pinned": ed.pinned} for key, ed in sorted(briefing.editorial.items())},
        "sources": [
            {"id": s.id, "name": s.name, "kind": s.kind, "country": s.country, "home": s.home, "notes": s.notes, "articles": list(s.articles), "cites": cites.get(s.id, {})}
            for s in briefing.sources
        ],
        "stories": [
            {"id": s.id, "title": s.title, "family": s.family, "events": list(s.events), "places": list(s.places)}
            for s in briefing.stories
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
