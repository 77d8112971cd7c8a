"""Apply the editor's overrides, keyed by stable id, to what the machine produced.

Two moments: `correct_articles` before parsing (exclude an article, correct its date, title or
source: extraction depends on them), and `curate` after grouping, on the Briefing (split, merge,
retitle, redate, retype, rename, hide, and the summary, note and pin shown on the pages). An
override whose id matches nothing is reported with its file and line, never dropped silently.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import replace

from .curation import SINGULAR, Curation, Override
from .errors import Problem
from .clustering import TYPE_LABELS
from .models import Article, Briefing, Citation, Editorial, Entity, Event

def correct_articles(articles: tuple[Article, ...], curation: Curation) -> tuple[tuple[Article, ...], list[Problem], list[str]]:
    """Articles after exclusions and corrections; problems; one log line per excluded article."""
    by_id = {a.id: a for a in articles}
    problems, excluded = [], []
    for o in curation.of("articles"):
        a = by_id.get(o.id)
        if a is None:
            problems.append(_nowhere(o, by_id))
            continue
        if "exclude" in o.values:
            line = o.lines.get("exclude")
            excluded.append(f"excluded {a.path}: {o.values['exclude']} ({o.path}{':' + str(line) if line else ''})")
            del by_id[o.id]
            continue
        by_id[o.id] = replace(a, **{k: o.values[k] for k in ("title", "published", "source") if k in o.values})
    return tuple(by_id[a.id] for a in articles if a.id in by_id), problems, excluded


def curate(briefing: Briefing, curation: Curation) -> tuple[Briefing, list[Problem]]:
    problems: list[Problem] = []
    events, moved = _curate_events(briefing, curation.of("events"), problems)
    entities, renamed = _curate_entities(briefing.entities, curation.of("entities"), problems)
    events = tuple(replace(e, people=_renamed(e.people, renamed), places=_renamed(e.places, renamed)) for e in events)
    fields = {"events": events, "entities": entities}
    fields["stories"] = _restory(_curate_stories(briefing.stories, curation.of("stories"), problems), events, moved)
    curated = replace(briefing, **fields)
    editorial = {}
    for o in curation.overrides:
        if o.kind == "articles" and "exclude" in o.values:
            continue
        values = {"summary": o.values.get("summary"), "note": o.values.get("note"), "pinned": o.values.get("pin", False)}
        if any(values.values()) and o.id in {r.id for r in getattr(curated, o.kind, ())}:
            key = f"{o.kind}/{o.id}"
            old = editorial.get(key, Editorial())
            editorial[key] = Editorial(**{k: v or getattr(old, k) for k, v in values.items()})
    return replace(curated, editorial=editorial), problems


def _curate_events(briefing: Briefing, overrides: list[Override], problems: list[Problem]) -> tuple[tuple[Event, ...], dict[str, set[str]]]:
    """Events after the overrides, and the events each original id now lives on (merges, splits)."""
    events = {e.id: e for e in briefing.events}
    order = {a.id: (a.published or "", a.id) for a in briefing.articles}
    moved: dict[str, set[str]] = {e: {e} for e in events}
    for o in overrides:  # splits first: they take sentences from the event as grouped
        if o.id in events:
            for part in o.values.get("split", []):
                if _split(events, o, part, problems):
                    moved[o.id].add(part["id"])

    def merge(e: Event, absorbed: Event) -> Event:
        for targets in moved.values():
            if absorbed.id in targets:
                targets.add(e.id)
        citations = {(c.article_id, c.sentence): c for c in (*e.citations, *absorbed.citations)}
        return replace(e, citations=tuple(sorted(citations.values(), key=lambda c: (order.get(c.article_id), c.sentence))),
                       places=_union(e.places, absorbed.places), people=_union(e.people, absorbed.people))

    kept = _apply(events, overrides, problems, merge, _edit_event)
    return tuple(sorted(kept.values(), key=lambda e: (e.date, e.type, e.id))), moved


def _split(events: dict[str, Event], o: Override, part: dict, problems: list[Problem]) -> bool:
    """Move the citations of the listed articles (or `ARTICLE#sN` sentences) to a new event;
    whether it was made."""
    e = events[o.id]
    wanted = set(part["articles"])
    moved = tuple(c for c in e.citations if c.article_id in wanted or f"{c.article_id}#s{c.sentence}" in wanted)
    if part["id"] in events:
        problems.append(Problem(o.path, part["line"], "C133", "error", f"the split of `{o.id}` makes `{part['id']}`, an id another event has", "choose another id for the new event"))
        return False
    if not moved or len(moved) == len(e.citations):
        what = "none" if not moved else "all"
        problems.append(Problem(o.path, part["line"], "C134", "warning", f"the split of `{o.id}` into `{part['id']}` takes {what} of its {len(e.citations)} sentences",
                                f"list articles (or ARTICLE#sN sentences) cited by the event: {', '.join(sorted({c.article_id for c in e.citations}))}"))
        if not moved:
            return False
    rest = tuple(c for c in e.citations if c not in moved)
    events[o.id] = replace(e, citations=rest, places=_named_in(e.places, rest), people=_named_in(e.people, rest))
    new = replace(e, id=part["id"], citations=moved, places=_named_in(e.places, moved), people=_named_in(e.people, moved))
    events[part["id"]] = _edit_event(new, {k: part[k] for k in ("title", "date", "type") if k in part})
    if not events[o.id].citations:
        del events[o.id]
    return True


def _edit_event(e: Event, values: dict) -> Event:
    changes = {k: values[k] for k in ("title", "date", "precision", "type") if k in values}
    if "type" in values and "title" not in values:  # "Talks in Istanbul" retyped keeps its place
        old, new = TYPE_LABELS.get(e.type, e.type), TYPE_LABELS.get(values["type"], values["type"])
        changes["title"] = new + e.title[len(old):] if e.title.startswith(old) else e.title
    return replace(e, **changes)


def _curate_entities(entities: tuple[Entity, ...], overrides: list[Override], problems: list[Problem]) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """Entities after the overrides, and each name that now stands for another."""
    renamed: dict[str, str] = {}

    def to(old: str, new: str) -> None:
        renamed.update({k: new for k, v in renamed.items() if v == old})
        renamed[old] = new

    def merge(e: Entity, absorbed: Entity) -> Entity:
        to(absorbed.name, e.name)
        return replace(e, aliases=tuple(sorted({*e.aliases, *absorbed.aliases, absorbed.name} - {e.name})),
                       articles=tuple(sorted({*e.articles, *absorbed.articles})))

    def edit(e: Entity, values: dict) -> Entity:
        if values.get("name", e.name) != e.name:
            to(e.name, values["name"])
            e = replace(e, name=values["name"], aliases=tuple(sorted({*e.aliases, e.name} - {values["name"]})))
        return replace(e, **{k: values[k] for k in ("type", "role") if k in values})

    kept = _apply({e.id: e for e in entities}, overrides, problems, merge, edit)
    return tuple(kept.values()), renamed


def _apply(records: dict, overrides: list[Override], problems: list[Problem], merge: Callable, edit: Callable) -> dict:
    """Merge, edit, then hide the records of one kind, by id; an id matching nothing is reported."""
    for o in overrides:
        if o.id not in records:
            problems.append(_nowhere(o, records))
            continue
        r = records[o.id]
        for other in o.values.get("merge", []):
            if other not in records or other == o.id:
                kind = SINGULAR[o.kind]
                problems.append(o.problem("C132", "warning", f"`{o.id}` cannot merge `{other}`: no such {kind}", _near(other, records) or f"check the id on the {kind}'s page", "merge"))
                continue
            r = merge(r, records.pop(other))
        records[o.id] = edit(r, o.values)
    hidden = {o.id for o in overrides if o.values.get("hide")}
    return {k: r for k, r in records.items() if k not in hidden}


def _curate_stories(stories: tuple, overrides: list[Override], problems: list[Problem]) -> tuple:
    """Stories (records with `id`, `title` and `events`): merge, retitle, hide."""
    kept = _apply({s.id: s for s in stories}, overrides, problems,
                  lambda s, absorbed: replace(s, events=_union(s.events, absorbed.events)),
                  lambda s, values: replace(s, **{k: values[k] for k in ("title",) if k in values}))
    return tuple(kept.values())


def _restory(stories: tuple, events: tuple[Event, ...], moved: dict[str, set[str]]) -> tuple:
    """Stories follow their events through merges and splits, oldest first; hidden events leave,
    and a story left without events goes."""
    position = {e.id: i for i, e in enumerate(events)}
    out = []
    for s in stories:
        ids = {new for old in s.events for new in moved.get(old, {old})} & position.keys()
        out.append(replace(s, events=tuple(sorted(ids, key=position.__getitem__))))
    return tuple(s for s in out if s.events)


def _nowhere(o: Override, ids) -> Problem:
    kind = SINGULAR[o.kind]
    hint = _near(o.id, ids) or f"the {kind} is gone or its id changed: update or remove this override"
    return o.problem("C130", "warning", f"no {kind} has the id `{o.id}`: this override applies to nothing", hint)


def _near(wanted: str, ids) -> str:
    close = difflib.get_close_matches(wanted, sorted(ids), n=1, cutoff=0.6)
    return f"did you mean `{close[0]}`?" if close else ""


def _union(first: tuple, second: tuple) -> tuple:
    return tuple(dict.fromkeys((*first, *second)))


def _renamed(names: tuple[str, ...], renamed: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(renamed.get(n, n) for n in names))


def _named_in(names: tuple[str, ...], citations: tuple[Citation, ...]) -> tuple[str, ...]:
    """The names (or their last word) that appear in the text of these citations."""
    text = " ".join(c.text for c in citations)
    return tuple(n for n in names if n in text or n.split()[-1] in text)
