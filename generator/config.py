"""The briefing's configuration: briefing.yml and the gazetteer (entities.yml)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .errors import ArticleError, BriefingError, Problem
from .ingest import DEFAULT_MAX_BYTES, load_yaml
from .nlp.entities import fold

BUILTIN_GAZETTEER = Path(__file__).with_name("gazetteer.yml")
ENTITY_TYPES = ("person", "organization", "place")
BRIEFING_KEYS = {
    "title": str, "subtitle": str, "conflict": str, "language": str, "timezone": str,
    "period": dict, "site_url": str, "max_article_bytes": int,
}


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
    def by_fold(self) -> dict[str, tuple[str, str]]:
        """Folded spelling of every name and alias -> (canonical name, type): spellings the
        ruler did not match exactly ("Mykhaylo Podolyak", "U.K") still find their entry."""
        index: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for e in self.entries:
            for form in (e["name"], *e.get("aliases", ())):
                index[fold(form)].add((e["name"], e["type"]))
        return {key: next(iter(found)) for key, found in index.items() if len(found) == 1}


@dataclass(frozen=True)
class Config:
    content_dir: Path
    title: str = "Briefing"
    subtitle: str = ""
    conflict: str = ""
    language: str = "en"
    max_article_bytes: int = DEFAULT_MAX_BYTES
    gazetteer: tuple[dict, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def roles(self) -> dict[str, str]:
        return {e["name"]: e["role"] for e in self.gazetteer if e.get("role")}


def load_config(content_dir: Path) -> Config:
    """Read briefing.yml and entities.yml; raise BriefingError listing every error found."""
    if not (content_dir / "articles").is_dir():
        raise BriefingError(f"{content_dir}/articles is not a folder: put the articles there (any depth)")
    problems: list[Problem] = []
    settings = _read(content_dir / "briefing.yml", content_dir, problems) or {}
    values: dict[str, Any] = {}
    for key, value in settings.items():
        expected = BRIEFING_KEYS.get(key)
        if expected is None:
            problems.append(Problem("briefing.yml", None, "C101", "warning", f"unknown key `{key}`", "remove it or check its spelling"))
        elif not isinstance(value, expected):
            problems.append(Problem("briefing.yml", None, "C102", "error", f"`{key}` should be a {expected.__name__}", f"write `{key}:` with a {expected.__name__} value"))
        else:
            values[key] = value
    gazetteer = _gazetteer(content_dir, problems)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise BriefingError("; ".join(str(p) for p in errors))
    values.pop("period", None), values.pop("timezone", None), values.pop("site_url", None)
    return Config(content_dir=content_dir, gazetteer=gazetteer, problems=tuple(problems), **values)


def _read(path: Path, content_dir: Path, problems: list[Problem]) -> Any:
    if not path.is_file():
        return None
    rel = path.relative_to(content_dir).as_posix()
    try:
        data = load_yaml(path.read_bytes(), rel)
    except ArticleError as err:
        problems.append(Problem(rel, err.line, "C100", "error", err.message, err.hint))
        return None
    if data is not None and not isinstance(data, dict):
        problems.append(Problem(rel, 1, "C103", "error", "the file is not a mapping of keys to values", "write `key: value` lines"))
        return None
    return data


ENTRY_FIELDS = {"name", "type", "role", "aliases", "wikidata"}


def _gazetteer(content_dir: Path, problems: list[Problem]) -> tuple[dict, ...]:
    entries: dict[str, dict] = {}
    for path in (BUILTIN_GAZETTEER, content_dir / "entities.yml"):
        data = yaml.safe_load(path.read_text()) if path == BUILTIN_GAZETTEER else _read(path, content_dir, problems)
        for number, entry in enumerate((data or {}).get("entities") or [], start=1):
            rel = path.name
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or entry.get("type") not in ENTITY_TYPES:
                problems.append(Problem(rel, None, "C110", "error", f"entity #{number} needs a `name` and a `type` ({', '.join(ENTITY_TYPES)})", "see the commented example in entities.yml"))
                continue
            unknown = sorted(map(str, set(entry) - ENTRY_FIELDS))
            if unknown:
                problems.append(Problem(rel, None, "C111", "warning", f"entity `{entry['name']}` has unknown field(s) {', '.join(unknown)}", "check the spelling, and quote values that contain a comma"))
            aliases = entry.get("aliases") or []
            entries[entry["name"]] = {
                "name": entry["name"],
                "type": entry["type"],
                "aliases": sorted(str(a) for a in aliases),
                **({"role": str(entry["role"])} if entry.get("role") else {}),
                **({"wikidata": str(entry["wikidata"])} if entry.get("wikidata") else {}),
            }
    return tuple(entries[name] for name in sorted(entries))
