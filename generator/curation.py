"""curation.yml and the editorial keys of Markdown front matter -> validated Overrides.

Each override is keyed by kind (events, stories, articles, entities) and stable id, and keeps
the file and line it came from so that one matching nothing can be reported where it is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Problem
from .clustering import TYPE_LABELS
from .models import Article
from .yamlfile import BOOL, DATE, TEXT, TEXTS, Field, Located, check_mapping, line_of, one_of, read_yaml

COMMON = {"summary": TEXT, "note": TEXT, "pin": BOOL}
SPLIT = Field("a list of parts, each with an `id` and the `articles` it takes", lambda v: isinstance(v, list))
SCHEMAS: dict[str, dict[str, Field]] = {
    "events": {"title": TEXT, **COMMON, "hide": BOOL, "date": DATE, "precision": one_of("day", "week"),
               "type": one_of(*TYPE_LABELS), "merge": TEXTS, "split": SPLIT},
    "stories": {"title": TEXT, **COMMON, "hide": BOOL, "merge": TEXTS},
    "articles": {"title": TEXT, **COMMON, "published": DATE, "source": TEXT, "exclude": TEXT},
    "entities": {"name": TEXT, **COMMON, "hide": BOOL, "type": one_of("person", "organization", "place"),
                 "role": TEXT, "merge": TEXTS},
}
SINGULAR = {"events": "event", "stories": "story", "articles": "article", "entities": "entity"}
SPLIT_SCHEMA = {"id": TEXT, "articles": TEXTS, "title": TEXT, "date": DATE, "type": one_of(*TYPE_LABELS)}
FRONT_MATTER_KEYS = ("summary", "note", "pin", "exclude")  # editorial keys allowed in an article's front matter
CURATION_FILE = "curation.yml"


@dataclass(frozen=True)
class Override:
    kind: str  # events | stories | articles | entities
    id: str
    values: dict[str, Any]
    path: str
    line: int | None
    lines: dict[str, int | None]  # line of each key

    def problem(self, code: str, level: str, message: str, hint: str, key: str | None = None) -> Problem:
        return Problem(self.path, self.lines.get(key, self.line) if key else self.line, code, level, message, hint)


@dataclass(frozen=True)
class Curation:
    overrides: tuple[Override, ...] = ()

    def of(self, kind: str) -> list[Override]:
        return [o for o in self.overrides if o.kind == kind]


def load_curation(content_dir: Path, articles: tuple[Article, ...], problems: list[Problem]) -> Curation:
    """Overrides from articles' front matter first, then curation.yml (which wins on a shared key)."""
    overrides = [_front_matter(a, problems) for a in articles if a.editorial]
    path = content_dir / CURATION_FILE
    data = read_yaml(path, CURATION_FILE, problems) if path.is_file() else None
    kinds = check_mapping(data, {k: Field(f"a mapping of {SINGULAR[k]} ids to changes", lambda v: isinstance(v, dict)) for k in SCHEMAS},
                          CURATION_FILE, CURATION_FILE, problems) if data is not None else {}
    for kind, entries in kinds.items():
        for key, changes in entries.items():
            where = f"{kind}: {key}"
            values = check_mapping(changes, SCHEMAS[kind], CURATION_FILE, where, problems)
            if "split" in values:
                values["split"] = _split_parts(values["split"], key, problems)
            lines = {k: line_of(changes, k) for k in values}
            overrides.append(Override(kind, str(key), values, CURATION_FILE, line_of(entries, key), lines))
    return Curation(tuple(overrides))


def _front_matter(article: Article, problems: list[Problem]) -> Override:
    raw = Located((k, v) for k, v, _ in article.editorial)
    raw.lines = lines = {k: line for k, _, line in article.editorial}
    raw.line = min(lines.values())
    good = check_mapping(raw, {k: SCHEMAS["articles"][k] for k in FRONT_MATTER_KEYS}, article.path, "front matter", problems)
    return Override("articles", article.id, good, article.path, raw.line, lines)


def _split_parts(parts: list, event_id: str, problems: list[Problem]) -> list[dict]:
    good = []
    for number, part in enumerate(parts):
        values = check_mapping(part, SPLIT_SCHEMA, CURATION_FILE, f"part #{number + 1} of the split of `{event_id}`", problems)
        if "id" not in values or "articles" not in values:
            problems.append(Problem(CURATION_FILE, line_of(parts, number), "C131", "error", f"part #{number + 1} of the split of `{event_id}` needs an `id` and `articles`",
                                    "give the new event's id and the articles (or `ARTICLE#sN` sentences) it takes"))
            continue
        good.append({**values, "line": line_of(parts, number)})
    return good
