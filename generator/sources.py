"""sources.yml: the outlets of a briefing and the rules that map each article to its outlet.

An article's outlet is found, in order, by the domain of its URL, by the name in its metadata
(front matter, sidecar or the HTML page's site name), then by a footer line naming the outlet.
Articles no rule matches keep the name found in their metadata, or "Unknown source".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from .errors import Problem
from .models import Article
from .slugs import slugify
from .yamlfile import TEXT, TEXTS, URL, Field, check_mapping, line_of, one_of, read_yaml

KINDS = ("wire agency", "public broadcaster", "state-affiliated", "independent")
FOOTER_PARAGRAPHS = 3  # footer text is looked for in the last paragraphs and the removed lines
OUTLET_SCHEMA = {
    "id": TEXT, "name": TEXT, "home": URL, "country": TEXT, "kind": one_of(*KINDS), "notes": TEXT,
    "match": Field("a mapping with `domains`, `names` and `footer`", lambda v: isinstance(v, dict)),
}
MATCH_SCHEMA = {"domains": TEXTS, "names": TEXTS, "footer": TEXTS}


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    home: str | None = None
    country: str | None = None
    kind: str | None = None
    notes: str | None = None
    domains: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()
    line: int | None = None


def load_outlets(content_dir: Path, problems: list[Problem]) -> tuple[Outlet, ...]:
    rel = "sources.yml"
    path = content_dir / rel
    if not path.is_file():
        return ()
    data = read_yaml(path, rel, problems)
    if data is None:
        return ()
    top = check_mapping(data, {"sources": Field("a list of outlets", lambda v: isinstance(v, list))}, rel, rel, problems)
    outlets: list[Outlet] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(top.get("sources", [])):
        line = line_of(data["sources"], number)
        where = f"source #{number + 1}"
        good = check_mapping(entry, OUTLET_SCHEMA, rel, where, problems)
        if "name" not in good:
            if isinstance(entry, dict):
                problems.append(Problem(rel, line, "C120", "error", f"{where} needs a `name`", "write `name:` with the outlet's display name"))
            continue
        match = check_mapping(good.get("match", {}), MATCH_SCHEMA, rel, f"`match` of {good['name']}", problems)
        outlet = Outlet(
            id=slugify(good.get("id", good["name"])), name=good["name"], home=good.get("home"), country=good.get("country"),
            kind=good.get("kind"), notes=good.get("notes"), line=line,
            domains=tuple(d.lower().removeprefix("www.") for d in match.get("domains", [])),
            names=tuple(match.get("names", [])), footer=tuple(match.get("footer", [])),
        )
        if outlet.id in seen:
            problems.append(Problem(rel, line, "C121", "error", f"source id `{outlet.id}` is used twice (first on line {seen[outlet.id]})", "give each outlet its own `id` or `name`"))
            continue
        seen[outlet.id] = line
        outlets.append(outlet)
    return tuple(outlets)


def outlet_of(article: Article, outlets: tuple[Outlet, ...]) -> Outlet | None:
    host = (urlsplit(article.url).hostname or "").lower() if article.url else ""
    for o in outlets:
        if any(host == d or host.endswith("." + d) for d in o.domains):
            return o
    given = (article.source or "").casefold()
    for o in outlets:
        if given and given in {n.casefold() for n in (o.name, *o.names)}:
            return o
    tail = " ".join((*article.paragraphs[-FOOTER_PARAGRAPHS:], *article.removed)).casefold()
    for o in outlets:
        if any(f.casefold() in tail for f in o.footer):
            return o
    return None


def assign_outlets(articles: tuple[Article, ...], outlets: tuple[Outlet, ...]) -> tuple[Article, ...]:
    """Each article with `source` set to its outlet's display name when a rule matches."""
    out = []
    for a in articles:
        o = outlet_of(a, outlets)
        out.append(replace(a, source=o.name) if o and o.name != a.source else a)
    return tuple(out)
