"""The briefing's configuration: briefing.yml and the gazetteer (entities.yml).

Every finding is a Problem with the file and line of the key at fault; loading never stops at
the first one, so an editor sees them all in one run.
"""

from __future__ import annotations

import json
import zoneinfo
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .errors import BriefingError, Problem
from .ingest import DEFAULT_MAX_BYTES
from .models import Conflict
from .nlp.entities import TITLES, fold
from .places import country_test, is_continent
from .yamlfile import BOOL, DATE, INT, TEXT, TEXTS, URL, Field, check_mapping, line_of, one_of, read_yaml

BUILTIN_GAZETTEER = Path(__file__).with_name("gazetteer.yml")
ENTITY_TYPES = ("person", "organization", "place")
# Material's named palette colours; accents exclude the greys and black/white.
COLOURS = ("red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal", "green",
           "light green", "lime", "yellow", "amber", "orange", "deep orange", "brown", "grey", "blue grey", "black", "white")
ACCENTS = COLOURS[:16]
LOGO_SUFFIXES = (".png", ".svg", ".jpg", ".jpeg", ".webp")
# Page kinds an editor may leave out; home, events and articles are always built because every
# line of the site links to an event or to the article sentence it rests on.
OPTIONAL_PAGES = ("timeline", "sources", "entities")

BRIEFING_SCHEMA = {
    "title": TEXT, "subtitle": TEXT, "conflict": TEXT, "conflict_start": DATE, "language": TEXT,
    "timezone": Field("an IANA time zone such as `Europe/Kyiv`", lambda v: isinstance(v, str) and v in zoneinfo.available_timezones()),
    "period": Field("a mapping with `from` and `to` dates", lambda v: isinstance(v, dict)),
    "site_url": URL, "max_article_bytes": INT,
    "theme": Field("a mapping with `primary`, `accent` and `logo`", lambda v: isinstance(v, dict)),
    "pages": Field("a mapping of page kinds to true or false", lambda v: isinstance(v, dict)),
}
PERIOD_SCHEMA = {"from": DATE, "to": DATE}
THEME_SCHEMA = {"primary": one_of(*COLOURS), "accent": one_of(*ACCENTS), "logo": TEXT}
PAGES_SCHEMA = {kind: BOOL for kind in OPTIONAL_PAGES}
ENTITY_SCHEMA = {"name": TEXT, "type": one_of(*ENTITY_TYPES), "role": TEXT, "aliases": TEXTS, "wikidata": TEXT}


@dataclass(frozen=True)
class Gazetteer:
    """Canonical entities the editor listed: name -> type (and role)."""

    entries: tuple[dict, ...]

    @property
    def json(self) -> str:
        return json.dumps(sorted(self.entries, key=lambda e: e["name"]), sort_keys=True)

    @cached_property
    def types(self) -> dict[str, str]:
        return {e["name"]: e["type"] for e in self.entries}

    @cached_property
    def roles(self) -> dict[str, str]:
        return {e["name"]: e["role"] for e in self.entries if e.get("role")}

    @cached_property
    def aliases(self) -> dict[str, tuple[str, ...]]:
        return {e["name"]: tuple(e.get("aliases", ())) for e in self.entries}

    @cached_property
    def first_names(self) -> frozenset[str]:
        """The first names of the people listed in full ("Dmitry" of "Dmitry Peskov", "Dmitri" of
        its alias "Dmitri Peskov"; not "Crown" of "Crown Prince Mohammed bin Salman"), folded."""
        people = [e for e in self.entries if e["type"] == "person" and " " in e["name"]]
        spellings = (n for e in people for n in (e["name"], *e.get("aliases", ())) if len(n.split()) == len(e["name"].split()))
        firsts = (n.split()[0] for n in spellings)
        return frozenset(fold(w) for w in firsts if w.isalpha() and w[0].isupper() and len(w) > 2 and not TITLES.match(w + " "))

    @cached_property
    def is_country(self) -> Callable[[str], bool]:
        """Whether a name is a country's (pycountry, or an entry with an alias it knows: "Britain")
        or a continent's."""
        countries = country_test(self.entries)
        return lambda name: countries(name) or is_continent(name)

    @cached_property
    def by_fold(self) -> dict[str, tuple[str, str]]:
        """Folded spelling of every name and alias -> (canonical name, type): spellings the
        ruler did not match exactly ("Mykhaylo Podolyak", "U.K") still find their entry."""
        index: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for e in self.entries:
            for form in (e["name"], *e.get("aliases", ())):
                index[fold(form)].add((e["name"], e["type"]))
        return {key: next(iter(found)) for key, found in index.items() if len(found) == 1}

    def listed(self, name: str) -> tuple[str, str] | None:
        """(canonical name, type) of the entry `name` is, exactly or by its folded spelling."""
        if name in self.types:
            return name, self.types[name]
        return self.by_fold.get(fold(name))


@dataclass(frozen=True)
class Config:
    content_dir: Path
    title: str = "Briefing"
    subtitle: str = ""
    conflict: str = ""
    language: str = "en"
    timezone: str | None = None
    period: tuple[str | None, str | None] = (None, None)
    conflict_start: str | None = None  # the day the conflict began: "the 254th day of the war" counts from it
    site_url: str | None = None
    max_article_bytes: int = DEFAULT_MAX_BYTES
    primary: str = "indigo"
    accent: str = "indigo"
    logo: Path | None = None
    pages: tuple[str, ...] = OPTIONAL_PAGES  # the optional page kinds built
    gazetteer: tuple[dict, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def roles(self) -> dict[str, str]:
        return {e["name"]: e["role"] for e in self.gazetteer if e.get("role")}

    @property
    def war(self) -> Conflict:
        return Conflict(self.conflict, self.conflict_start)


def load_config(content_dir: Path) -> Config:
    """Read briefing.yml and entities.yml; every finding is kept in `problems` (none raise)."""
    if not (content_dir / "articles").is_dir():
        raise BriefingError(f"{content_dir}/articles is not a folder: put the articles there (any depth)")
    problems: list[Problem] = []
    rel = "briefing.yml"
    path = content_dir / rel
    data = read_yaml(path, rel, problems) if path.is_file() else None
    values = check_mapping(data, BRIEFING_SCHEMA, rel, rel, problems) if data is not None else {}
    period = check_mapping(values.pop("period", {}), PERIOD_SCHEMA, rel, "`period`", problems)
    if period.get("from") and period.get("to") and period["from"] > period["to"]:
        problems.append(Problem(rel, line_of(data["period"], "to"), "C104", "error", "`period` ends before it starts", "swap `from` and `to`"))
    theme = check_mapping(values.pop("theme", {}), THEME_SCHEMA, rel, "`theme`", problems)
    logo = None
    if theme.get("logo"):
        logo = (content_dir / theme["logo"]).resolve()
        if not logo.is_file() or logo.suffix.lower() not in LOGO_SUFFIXES or not logo.is_relative_to(content_dir.resolve()):
            problems.append(Problem(rel, line_of(data["theme"], "logo"), "C105", "error", f"logo `{theme['logo']}` is not an image file inside the content folder",
                                    f"give a path relative to {content_dir} of a {'/'.join(LOGO_SUFFIXES)} file"))
            logo = None
    pages = check_mapping(values.pop("pages", {}), PAGES_SCHEMA, rel, "`pages`", problems)
    if "conflict_start" in values:
        values["conflict_start"] = str(values["conflict_start"])  # YAML reads a bare date as a date
    return Config(
        content_dir=content_dir,
        period=(period.get("from"), period.get("to")),
        primary=theme.get("primary", "indigo"),
        accent=theme.get("accent", "indigo"),
        logo=logo,
        pages=tuple(kind for kind in OPTIONAL_PAGES if pages.get(kind, True)),
        gazetteer=_gazetteer(content_dir, problems),
        problems=tuple(problems),
        **values,
    )


def raise_errors(problems: list[Problem] | tuple[Problem, ...]) -> None:
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise BriefingError(f"{len(errors)} error(s) in the configuration: " + "; ".join(str(p) for p in errors))


def _gazetteer(content_dir: Path, problems: list[Problem]) -> tuple[dict, ...]:
    """Built-in entries, then entities.yml's (which replace the built-in ones whose name they
    list); colliding aliases reported."""
    entries: dict[str, dict] = {e["name"]: e for e in yaml.safe_load(BUILTIN_GAZETTEER.read_text())["entities"]}
    rel = "entities.yml"
    path = content_dir / rel
    data = read_yaml(path, rel, problems) if path.is_file() else None
    listed = check_mapping(data, {"entities": Field("a list of entities", lambda v: isinstance(v, list))}, rel, rel, problems) if data is not None else {}
    own: dict[str, int] = {}
    for number, entry in enumerate(listed.get("entities", [])):
        line = line_of(data["entities"], number)
        where = f"entity #{number + 1}"
        good = check_mapping(entry, ENTITY_SCHEMA, rel, where, problems)
        if not entry or "name" not in good or "type" not in good:
            if isinstance(entry, dict):
                problems.append(Problem(rel, line, "C110", "error", f"{where} needs a `name` and a `type` ({', '.join(ENTITY_TYPES)})", "see the commented example at the top of entities.yml"))
            continue
        name = good["name"]
        if name in own:
            problems.append(Problem(rel, line, "C113", "error", f"entity `{name}` is listed twice (first on line {own[name]})", "keep one entry and move its aliases there"))
            continue
        own[name] = line
        entries[name] = {"name": name, "type": good["type"], "aliases": sorted(good.get("aliases", [])),
                         **{k: good[k] for k in ("role", "wikidata") if k in good}}
    _give_way(entries, own)
    _alias_collisions(entries, own, rel, problems)
    return tuple(entries[name] for name in sorted(entries))


def _give_way(entries: dict[str, dict], own: dict[str, int]) -> None:
    """A built-in entry whose name the briefing lists as a spelling of its own entry is that
    entry, written the briefing's way ("AFP" with the alias "Agence France-Presse"): it goes."""
    spellings = {fold(form) for name in own for form in (name, *entries[name]["aliases"])}
    for name in [n for n in entries if n not in own and fold(n) in spellings]:
        del entries[name]


def _alias_collisions(entries: dict[str, dict], own: dict[str, int], rel: str, problems: list[Problem]) -> None:
    """A spelling that names two entities cannot be resolved: report each pair once."""
    owner: dict[str, str] = {}
    for name in sorted(entries, key=lambda n: (n in own, n)):  # built-in entries first
        for form in (name, *entries[name].get("aliases", ())):
            key = fold(form)
            first = owner.setdefault(key, name)
            if first != name and name in own:
                problems.append(Problem(rel, own[name], "C111", "error", f"`{form}` names both `{first}` and `{name}`",
                                        f"remove `{form}` from one of them, or merge the two entries"))
