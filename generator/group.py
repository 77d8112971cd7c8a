"""Group what the articles report into events, sources and canonical entities.

An event is one type of happening on one date. Mentions join an event when:
- they have the same date and type, or
- a meeting falls on the date of talks (the delegations meeting *is* the talks), or
- a week-precision mention ("earlier this week") falls in the week of a day-precise event
  of its type, which it then refers to.
Every event keeps each article sentence it rests on, marked report (first-hand, within two
days before publication) or mention (background).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from .models import Article, Citation, Entity, EntityRef, Event, Mention, Source, Summary
from .nlp.entities import fold
from .slugs import slugify, unique_slugs

TYPE_LABELS = {
    "talks": "Talks",
    "prisoner_exchange": "Prisoner exchange",
    "body_repatriation": "Return of bodies",
    "ceasefire_proposal": "Ceasefire proposal",
    "strike": "Strike",
    "sanctions": "Sanctions",
    "meeting": "Meeting",
    "aid": "Aid",
    "statement": "Statement",
}
FOLDS_INTO = {"meeting": "talks"}
UNKNOWN_SOURCE = "Unknown source"


def group_events(articles: dict[str, Article], summaries: dict[str, Summary], rename: dict[str, str]) -> tuple[Event, ...]:
    mentions = [
        (article_id, m)
        for article_id in sorted(summaries)
        for m in summaries[article_id].mentions
    ]
    day_keys = {(m.date, m.type) for _, m in mentions if m.precision == "day"}
    buckets: dict[tuple[str, str], list[tuple[str, Mention]]] = defaultdict(list)
    for article_id, m in mentions:
        buckets[_key(m, day_keys)].append((article_id, m))
    events = [_event(key, items, articles, summaries, rename) for key, items in buckets.items()]
    return tuple(sorted(events, key=lambda e: (e.date, e.type, e.id)))


def _key(m: Mention, day_keys: set[tuple[str, str]]) -> tuple[str, str]:
    kind = m.type
    if kind in FOLDS_INTO and (m.date, FOLDS_INTO[kind]) in day_keys:
        kind = FOLDS_INTO[kind]
    if m.precision == "week":
        start = date.fromisoformat(m.date)
        days = sorted(d for d, t in day_keys if t == kind and start <= date.fromisoformat(d) < start + timedelta(days=7))
        if days:
            return days[0], kind
        return f"w{m.date}", kind
    return m.date, kind


def _top(counter: Counter, n: int) -> tuple[str, ...]:
    return tuple(name for name, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def _event(key, items, articles, summaries, rename) -> Event:
    day, kind = key
    precision = "week" if day.startswith("w") else "day"
    day = day.removeprefix("w")
    places = Counter(p for _, m in items for p in m.places)
    people = Counter(rename.get(p, p) for _, m in items for p in m.people)
    seen, citations = set(), []
    for article_id, m in items:
        if (article_id, m.sentence) in seen:
            continue
        seen.add((article_id, m.sentence))
        text = summaries[article_id].sentences[m.sentence].text
        citations.append(Citation(article_id, m.sentence, text, m.kind))
    citations.sort(key=lambda c: (articles[c.article_id].published or "", c.article_id, c.sentence))
    top_places, top_people = _top(places, 3), _top(people, 5)
    if kind == "statement":
        speakers = _top(Counter(rename.get(m.trigger, m.trigger) for _, m in items), 1)
        top_people = speakers + tuple(p for p in top_people if p not in speakers)
    return Event(
        id=slugify(f"{day}-{kind}"),
        date=day,
        precision=precision,
        type=kind,
        title=_title(kind, top_places, top_people),
        places=top_places,
        people=top_people,
        citations=tuple(citations),
    )


def _title(kind: str, places: tuple[str, ...], people: tuple[str, ...]) -> str:
    label = TYPE_LABELS.get(kind, kind.replace("_", " ").capitalize())
    if kind == "statement" and people:
        return f"{label} by {people[0]}"
    if kind in ("meeting",) and len(people) > 1:
        return f"{label} of {people[0]} and {people[1]}"
    return f"{label} in {places[0]}" if places else label


def group_sources(articles: tuple[Article, ...], outlets: tuple = ()) -> tuple[Source, ...]:
    """One Source per outlet name; an outlet listed in sources.yml brings its id, kind,
    country, home page and notes."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        by_name[a.source or UNKNOWN_SOURCE].append(a.id)
    slugs = unique_slugs(by_name)
    listed = {o.name: o for o in outlets}
    sources = []
    for name, ids in sorted(by_name.items()):
        o = listed.get(name)
        extra = {k: getattr(o, k) for k in ("home", "country", "kind", "notes")} if o else {}
        sources.append(Source(o.id if o else slugs[name], name, tuple(sorted(ids)), **extra))
    return tuple(sources)


def surname_map(summaries: dict[str, Summary]) -> dict[str, str]:
    """Single-word person names that stand for exactly one full name used across articles."""
    names = {r.name for s in summaries.values() for r in s.entities if r.type == "person"}
    full = [n for n in names if len(n.split()) > 1]
    mapping = {}
    for name in names:
        if len(name.split()) == 1:
            matches = {f for f in full if fold(f).split()[-1] == fold(name)}
            if len(matches) == 1:
                mapping[name] = matches.pop()
    return mapping


def group_entities(summaries: dict[str, Summary], rename: dict[str, str], roles: dict[str, str]) -> tuple[Entity, ...]:
    merged: dict[tuple[str, str], list[tuple[str, EntityRef]]] = defaultdict(list)
    for article_id in sorted(summaries):
        for ref in summaries[article_id].entities:
            merged[(rename.get(ref.name, ref.name), ref.type)].append((article_id, ref))
    kinds = Counter(name for name, _ in merged)
    label = {(name, kind): name if kinds[name] == 1 else f"{name} {kind}" for name, kind in merged}
    slugs = unique_slugs(label.values())
    entities = []
    for (name, kind), refs in sorted(merged.items()):
        slug = slugs[label[(name, kind)]]
        aliases = {a for _, r in refs for a in r.aliases} | ({r.name for _, r in refs} - {name})
        entities.append(
            Entity(
                id=slug,
                name=name,
                type=kind,
                aliases=tuple(sorted(aliases)),
                articles=tuple(sorted({a for a, _ in refs})),
                role=roles.get(name),
            )
        )
    return tuple(entities)
