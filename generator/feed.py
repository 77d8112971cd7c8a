"""An Atom feed of the briefing's events (site/feed.xml), newest first.

Written with the standard library's ElementTree rather than feedgen: feedgen stamps the wall
clock into `updated` unless told otherwise and adds its own generator element, while this
feed must be byte-identical for the same articles. Every date comes from the articles: an
entry is updated when the newest article citing its event was published, the feed when the
newest article was. Entry ids are UUIDs derived from the briefing title and the event id, so
they stay the same across builds and as articles are added. Links are relative to the feed,
which sits at the site's root, so the feed works wherever the site is put.
"""

from __future__ import annotations

import uuid
from xml.etree import ElementTree as ET

from .clustering import TYPE_LABELS
from .group import sources_of
from .models import Briefing, Event
from .render import human_date

ATOM = "http://www.w3.org/2005/Atom"
PATH = "feed.xml"


def feed(briefing: Briefing) -> bytes:
    published = {a.id: a.published for a in briefing.articles}
    sources = {aid: s.name for aid, s in sources_of(briefing).items()}
    newest = max((p for p in published.values() if p), default=None)
    events = sorted(briefing.events, key=lambda e: (e.date, e.id), reverse=True)
    root = ET.Element("feed", {"xmlns": ATOM, "xml:lang": briefing.language})
    _text(root, "id", _urn(briefing.title, ""))
    _text(root, "title", briefing.title)
    if briefing.subtitle:
        _text(root, "subtitle", briefing.subtitle)
    _text(root, "updated", _stamp(newest or max((e.date for e in events), default="2000-01-01")))
    ET.SubElement(ET.SubElement(root, "author"), "name").text = briefing.title
    ET.SubElement(root, "link", {"rel": "self", "type": "application/atom+xml", "href": PATH})
    ET.SubElement(root, "link", {"rel": "alternate", "type": "text/html", "href": "index.html"})
    for e in events:
        entry = ET.SubElement(root, "entry")
        _text(entry, "id", _urn(briefing.title, e.id))
        _text(entry, "title", f"{human_date(e.date, e.precision)}: {e.title}")
        _text(entry, "updated", _stamp(max((published[a] for a in e.articles if published[a]), default=e.date)))
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": f"events/{e.id}.html"})
        _text(entry, "summary", _summary(e, sources))
        ET.SubElement(entry, "category", {"term": e.type, "label": TYPE_LABELS.get(e.type, e.type)})
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _summary(e: Event, sources: dict[str, str]) -> str:
    """Plain text: what, when, where, who, and the first sentence it rests on with its source."""
    parts = [f"{TYPE_LABELS.get(e.type, e.type)}, {human_date(e.date, e.precision)}."]
    if e.places:
        parts.append(f"Where: {', '.join(e.places)}.")
    if e.people:
        parts.append(f"Who: {', '.join(e.people)}.")
    first = e.citations[0]
    parts.append(f"“{first.text}” ({sources[first.article_id]})")
    count = len(e.articles)
    parts.append(f"{count} source {'article' if count == 1 else 'articles'}.")
    return " ".join(parts)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = text


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def _urn(title: str, event_id: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{title}:{event_id}").urn
