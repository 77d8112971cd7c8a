"""Group articles into sources and canonical entities (events: clustering.py, stories.py).

A source is an outlet. An article's outlets are its own source and those of its copies; wire
copy whose metadata names the agency and the publisher ("Associated Press (wire, via
dailymail.co.uk)") counts for the agency.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .models import Article, Briefing, Entity, EntityRef, Source, Summary
from .nlp.entities import fold
from .slugs import unique_slugs

UNKNOWN_SOURCE = "Unknown source"
_WIRE = re.compile(r"^(?P<agency>.+?)\s*\(wire(?:,\s*via\s+(?P<via>[^)]+))?\)$", re.I)


def outlet(source: str | None) -> str:
    """The outlet an article counts for: the agency of wire copy, else its source."""
    if not source:
        return UNKNOWN_SOURCE
    wire = _WIRE.match(source.strip())
    return wire.group("agency").strip() if wire else source.strip()


def group_sources(articles: tuple[Article, ...], outlets: tuple = ()) -> tuple[Source, ...]:
    """One Source per outlet name; an outlet listed in sources.yml brings its id, kind,
    country, home page and notes."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        for source in [a.source, *(c.source for c in a.copies)]:
            by_name[outlet(source)].add(a.id)
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


def sources_of(briefing: Briefing) -> dict[str, Source]:
    """Article id -> the source it counts for (copies published elsewhere are listed on it)."""
    by_name = {s.name: s for s in briefing.sources}
    return {a.id: by_name[outlet(a.source)] for a in briefing.articles}
