"""Cluster event mentions from every article into events (rules in docs/events.md).

A mention has a type, a resolved date with its precision, the places and people of its
sentence and the sentence's wording. Mentions are the same happening when:
1. their type is compatible: the same type, or a meeting on the date of talks (the delegations
   meeting *is* the talks); a statement only with statements by the same speaker;
2. their dates agree within precision: the same day, or a week-precision mention ("earlier
   this week") and a day-precise event inside that week;
3. they do not name different venues: on one day, mentions naming venues (places that are not
   countries) that share none are two happenings unless they come from the same article or
   their wording is alike (SAME_WORDING); a mention naming no venue joins the happening whose
   wording it shares most.
A background mention ("the previous meeting on June 2") joins the event another article reports
first-hand and stays marked as a mention.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .models import Article, Citation, Event, Mention, Summary
from .slugs import slugify

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
SAME_WORDING = 0.35
_WORD = re.compile(r"[^\W\d_]{3,}")
STOP = set(
    "the and that with from this have has had were was are for not but their they them its his her "
    "which who will would said says also been into than then there after before over about more "
    "some such only other when where while what both each new last first second third".split()
)


@dataclass(frozen=True)
class Item:
    """One mention with what clustering needs to know about it."""

    article_id: str
    mention: Mention
    text: str
    type: str  # after folding a meeting into the talks of its day
    venues: frozenset[str]
    words: frozenset[str]


def words_of(text: str) -> frozenset[str]:
    return frozenset(w for w in (m.lower() for m in _WORD.findall(text)) if w not in STOP)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def group_events(
    articles: dict[str, Article],
    summaries: dict[str, Summary],
    rename: dict[str, str],
    is_country: Callable[[str], bool] = lambda name: False,
) -> tuple[Event, ...]:
    raw = [(aid, m) for aid in sorted(summaries) for m in summaries[aid].mentions]
    talk_days = {m.date for _, m in raw if m.type == "talks" and m.precision == "day"}
    items = []
    for aid, m in raw:
        kind = FOLDS_INTO[m.type] if m.type in FOLDS_INTO and m.date in talk_days else m.type
        text = summaries[aid].sentences[m.sentence].text
        venues = frozenset(p for p in m.places if not is_country(p))
        items.append(Item(aid, m, text, kind, venues, words_of(text) | {p.lower() for p in m.people}))
    clusters = _cluster(items, rename)
    events = _identify([_event(c, articles, rename) for c in clusters], clusters)
    return tuple(sorted(events, key=lambda e: (e.date, e.type, e.id)))


def _block_key(item: Item, rename: dict[str, str]) -> tuple[str, str, str]:
    speaker = rename.get(item.mention.trigger, item.mention.trigger) if item.type == "statement" else ""
    return item.mention.date, item.type, speaker


def _cluster(items: list[Item], rename: dict[str, str]) -> list[list[Item]]:
    """Day-precise mentions first, by block (date, type, speaker) then venue; then each
    week-precision mention joins a day event of its type in that week, or a week event."""
    blocks: dict[tuple, list[Item]] = defaultdict(list)
    weekly: list[Item] = []
    for item in items:
        (blocks[_block_key(item, rename)] if item.mention.precision == "day" else weekly).append(item)
    clusters: list[list[Item]] = []
    by_kind: dict[tuple[str, str], list[tuple[str, list[Item]]]] = defaultdict(list)
    for key in sorted(blocks):
        for group in _split_by_venue(blocks[key]):
            clusters.append(group)
            by_kind[(key[1], key[2])].append((key[0], group))
    week_blocks: dict[tuple, list[Item]] = defaultdict(list)
    for item in weekly:
        start = date.fromisoformat(item.mention.date)
        _, kind, speaker = _block_key(item, rename)
        inside = [g for d, g in by_kind[(kind, speaker)] if start <= date.fromisoformat(d) < start + timedelta(days=7)]
        target = _best(item, inside)
        if target is not None:
            target.append(item)
        else:
            week_blocks[_block_key(item, rename)].append(item)
    for key in sorted(week_blocks):
        clusters.extend(_split_by_venue(week_blocks[key]))
    return clusters


def _venues(group: list[Item]) -> frozenset[str]:
    return frozenset().union(*(i.venues for i in group))


def _words(group: list[Item]) -> frozenset[str]:
    return frozenset().union(*(i.words for i in group))


def _same(item: Item, group: list[Item]) -> bool:
    """One happening: the same article (one article tells of one talks a day, whether it says
    "in Istanbul" or "at the Dolmabahce Palace"), a shared venue, or alike wording."""
    return (
        any(i.article_id == item.article_id for i in group)
        or bool(item.venues & _venues(group))
        or similarity(item.words, _words(group)) >= SAME_WORDING
    )


def _best(item: Item, groups: list[list[Item]]) -> list[Item] | None:
    """The group sharing a venue with the item, else the one whose wording it shares most;
    never a group naming other venues in other words."""
    fits = [g for g in groups if not item.venues or not _venues(g) or _same(item, g)]
    return max(fits, key=lambda g: (bool(item.venues & _venues(g)), similarity(item.words, _words(g)), len(g)), default=None)


def _split_by_venue(block: list[Item]) -> list[list[Item]]:
    """Mentions of one block naming overlapping venues, or alike wording, are one happening;
    mentions naming no venue join the happening whose wording they share most."""
    groups: list[list[Item]] = []
    for item in (i for i in block if i.venues):
        joined = [g for g in groups if _same(item, g)]
        groups = [g for g in groups if not any(g is j for j in joined)] + [[item] + [i for g in joined for i in g]]
    for item in (i for i in block if not i.venues):
        target = _best(item, groups)
        if target is None:
            groups.append(target := [])
        target.append(item)
    return sorted((sorted(g, key=_order) for g in groups), key=lambda g: _order(g[0]))


def _order(item: Item) -> tuple:
    return (item.article_id, item.mention.sentence, item.mention.type)


def _top(counter: Counter, n: int) -> tuple[str, ...]:
    return tuple(name for name, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def _event(items: list[Item], articles: dict[str, Article], rename: dict[str, str]) -> Event:
    days = [i for i in items if i.mention.precision == "day"]
    first = (days or items)[0].mention
    kind = items[0].type
    places = Counter(p for i in items for p in i.mention.places)
    people = Counter(rename.get(p, p) for i in items for p in i.mention.people)
    seen, citations = set(), []
    for i in items:
        if (i.article_id, i.mention.sentence) not in seen:
            seen.add((i.article_id, i.mention.sentence))
            citations.append(Citation(i.article_id, i.mention.sentence, i.text, i.mention.kind))
    citations.sort(key=lambda c: (articles[c.article_id].published or "", c.article_id, c.sentence))
    top_places, top_people = _top(places, 3), _top(people, 5)
    if kind == "statement":
        speaker = rename.get(first.trigger, first.trigger)
        top_people = (speaker,) + tuple(p for p in top_people if p != speaker)
    venue = _venue(items)
    venue = venue if kind != "statement" else None
    return Event(
        id="",
        date=first.date,
        precision=first.precision,
        type=kind,
        title=_title(kind, (venue,) if venue else (), top_people),
        places=top_places,
        people=top_people,
        citations=tuple(citations),
        venue=venue,
    )


def _venue(items: list[Item]) -> str | None:
    """The town the sentences most often put the happening in, at or near; else the town most
    named ("the Geneva talks"); else a country or continent they put it in ("talks in Saudi
    Arabia")."""
    located = _located(items, [i.venues for i in items])
    named = _top(Counter(v for i in items for v in i.venues), 1)
    return located or (named[0] if named else None) or _located(items, [i.mention.places for i in items])


def _located(items: list[Item], places: list[frozenset[str] | tuple[str, ...]]) -> str | None:
    """Of each item's `places`, the one its sentences most often put the happening in, at or near."""
    counted = Counter(
        p for i, named in zip(items, places) for p in named
        if re.search(rf"\b(in|at|near)\s+(the\s+)?{re.escape(p)}\b", i.text)
    )
    return next(iter(_top(counted, 1)), None)


def _title(kind: str, places: tuple[str, ...], people: tuple[str, ...]) -> str:
    label = TYPE_LABELS.get(kind, kind.replace("_", " ").capitalize())
    if kind == "statement" and people:
        return f"{label} by {people[0]}"
    if kind == "meeting" and len(people) > 1:
        return f"{label} of {people[0]} and {people[1]}"
    return f"{label} in {places[0]}" if places else label


def _identify(events: list[Event], clusters: list[list[Item]]) -> list[Event]:
    """Ids from content: date and type (`2025-06-02-talks`, `week-of-2025-07-14-sanctions`),
    the speaker for statements, and the main venue when one day holds two happenings of a type;
    a remaining clash takes a short hash of the event's first sentence."""
    def base(e: Event) -> str:
        when = e.date if e.precision == "day" else f"week-of-{e.date}"
        who = f"-{e.people[0]}" if e.type == "statement" and e.people else ""
        return f"{when}-{e.type}{who}"

    crowded = Counter(base(e) for e in events)
    ids: list[str] = []
    for e, items in zip(events, clusters):
        venue = _top(Counter(v for i in items for v in i.venues), 1)
        wanted = slugify(base(e) + (f"-{venue[0]}" if crowded[base(e)] > 1 and venue else ""))
        ids.append(wanted)
    clashes = Counter(ids)
    out = []
    for e, wanted in zip(events, ids):
        if clashes[wanted] > 1:
            c = e.citations[0]
            wanted = slugify(f"{wanted}-{_digest(c.article_id, c.text)}")
        out.append(replace(e, id=wanted))
    return out


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:6]
