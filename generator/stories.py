"""Thread events into stories (rules in docs/events.md).

Each event type belongs to a family (talks and meetings; ceasefire proposals; prisoner
exchanges and returns of bodies; strikes; sanctions; aid). Within a family, events are taken in
date order and threaded by venue (where its sentences put it: "in Istanbul"): an event joins
the story of its venue whose last event is at most GAP_DAYS[family] days older; an event naming
no venue joins the family's most recent story within the gap. A statement joins the ceasefire
story whose span (plus the gap) covers it when one of its sentences speaks of a ceasefire or
truce: the responses to a proposal. A thread of one event is not a story.

A story's id is its family, venue and first date (`talks-istanbul-2025-05-16`): later events
extend a story without renaming it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from .models import Event, Story
from .slugs import slugify

FAMILY = {
    "talks": "talks",
    "meeting": "talks",
    "ceasefire_proposal": "ceasefire",
    "prisoner_exchange": "exchanges",
    "body_repatriation": "exchanges",
    "strike": "strikes",
    "sanctions": "sanctions",
    "aid": "aid",
}
GAP_DAYS = {"talks": 90, "ceasefire": 30, "exchanges": 60, "strikes": 7, "sanctions": 60, "aid": 60}
TITLES = {
    "talks": "Talks",
    "ceasefire": "Ceasefire proposals and responses",
    "exchanges": "Prisoner exchanges and returns of bodies",
    "strikes": "Strikes",
    "sanctions": "Sanctions",
    "aid": "Aid",
}
_CEASEFIRE = re.compile(r"\b(cease-?fire|truce|armistice)", re.I)


@dataclass
class _Thread:
    family: str
    venue: str | None
    events: list[Event] = field(default_factory=list)

    @property
    def last(self) -> date:
        return date.fromisoformat(self.events[-1].date)


def thread_stories(events: tuple[Event, ...]) -> tuple[tuple[Event, ...], tuple[Story, ...]]:
    """The events with their `story` set, and the stories (two events or more)."""
    threads: list[_Thread] = []
    ordered = sorted(events, key=lambda e: (e.date, e.id))
    for e in ordered:
        family = FAMILY.get(e.type)
        if family is None:
            continue
        venue = e.venue
        day = date.fromisoformat(e.date)
        open_ = [t for t in threads if t.family == family and (day - t.last).days <= GAP_DAYS[family]]
        same = [t for t in open_ if venue is None or t.venue in (venue, None)]
        if same:
            thread = max(same, key=lambda t: (t.venue == venue, t.last, t.events[0].id))
            thread.venue = thread.venue or venue
        else:
            thread = _Thread(family, venue)
            threads.append(thread)
        thread.events.append(e)
    for e in ordered:
        if e.type == "statement" and any(_CEASEFIRE.search(c.text) for c in e.citations):
            day = date.fromisoformat(e.date)
            spans = [t for t in threads if t.family == "ceasefire" and date.fromisoformat(t.events[0].date) <= day
                     and (day - t.last).days <= GAP_DAYS["ceasefire"]]
            if spans:
                spans[-1].events.append(e)
    stories, story_of = [], {}
    for t in threads:
        if len(t.events) < 2:
            continue
        t.events.sort(key=lambda e: (e.date, e.id))
        first = t.events[0]
        story_id = slugify("-".join(p for p in (t.family, t.venue, first.date) if p))
        places = Counter(p for e in t.events for p in e.places)
        title = TITLES[t.family] + (f" in {t.venue}" if t.venue else "")
        stories.append(Story(story_id, title, t.family, tuple(e.id for e in t.events), tuple(p for p, _ in sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[:3])))
        story_of.update({e.id: story_id for e in t.events})
    threaded = tuple(replace(e, story=story_of.get(e.id)) for e in events)
    return threaded, tuple(sorted(stories, key=lambda s: s.id))
