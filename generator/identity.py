"""Published ids and redirects: a page once published keeps working (docs/events.md).

Ids are derived from content (dates, types, venues, names, paths), so most pages keep their
URL whatever articles are added, removed or re-ordered. Where a merge or split must change an
id, the record of published ids (`CONTENT/.ids.json`, commit it) tells where the old page's
content went: each published id keeps a fingerprint (an event's cited sentences, a story's
events, an entity's or source's name, an article's file hash and the ids of it and its copies),
and the current page of the same kind sharing most of it takes over; a redirect page is written
at the old URL. An id whose content left the briefing redirects to its section's index.
"""

from __future__ import annotations

import html
import json
import posixpath
from pathlib import Path

from .models import Briefing

RECORD = ".ids.json"
SCHEMA = 1
SECTIONS = ("events", "stories", "entities", "sources", "articles")


def fingerprints(briefing: Briefing) -> dict[str, dict[str, list[str]]]:
    """Kind -> id -> what the page holds."""
    sha = {a.id: a.sha256[:16] for a in briefing.articles}
    return {
        "articles": {a.id: sorted({f"sha:{a.sha256[:16]}", f"id:{a.id}", *(f"id:{c.id}" for c in a.copies)}) for a in briefing.articles},
        "events": {e.id: sorted({f"{sha[c.article_id]}:{c.sentence}" for c in e.citations}) for e in briefing.events},
        "stories": {s.id: sorted(s.events) for s in briefing.stories},
        "entities": {e.id: sorted({e.name, *e.aliases}) for e in briefing.entities},
        "sources": {s.id: [s.name] for s in briefing.sources},
    }


def load_record(content: Path) -> dict[str, dict[str, list[str]]]:
    path = content / RECORD
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ValueError(f"{path}: not a readable record of published ids ({err}); restore it from version control or delete it") from err
    return {k: v for k, v in data.items() if k in SECTIONS}


def redirects(previous: dict[str, dict[str, list[str]]], current: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """Old page path -> the page that now holds its content (paths in the docs tree)."""
    out = {}
    for kind, old in previous.items():
        now = current.get(kind, {})
        for old_id, keys in sorted(old.items()):
            if old_id in now:
                continue
            shared = sorted(((len(set(keys) & set(v)), new_id) for new_id, v in now.items()), key=lambda t: (-t[0], t[1]))
            target = f"{kind}/{shared[0][1]}.md" if shared and shared[0][0] else f"{kind}/index.md"
            out[f"{kind}/{old_id}.md"] = target
    return out


def merged_record(previous: dict[str, dict[str, list[str]]], current: dict[str, dict[str, list[str]]]) -> bytes:
    """The record to keep: every id ever published, with its latest fingerprint."""
    data: dict[str, object] = {"schema": SCHEMA}
    for kind in SECTIONS:
        data[kind] = {**previous.get(kind, {}), **current.get(kind, {})}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def redirect_page(old: str, target: str) -> bytes:
    """A static page that sends the reader on, from file:// as from a server."""
    href = html.escape(posixpath.relpath(target, posixpath.dirname(old)).removesuffix(".md") + ".html")
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"refresh\" content=\"0; url={href}\"><link rel=\"canonical\" href=\"{href}\">"
        "<title>This page has moved</title></head>\n"
        f"<body><p>This page has moved: <a href=\"{href}\">continue to its new address</a>.</p></body></html>\n"
    ).encode("utf-8")
