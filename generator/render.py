"""Render the briefing into Markdown pages with Jinja; untrusted text is escaped here.

Article text, titles, metadata and names are untrusted. They only ever enter a template as
variables, and every variable is escaped on output (the environment's `finalize`) unless a
helper below built it as markup: ASCII punctuation becomes a numeric character reference, so
no Markdown, HTML, Jinja, attribute-list or admonition syntax survives, while the reader sees
the original characters. Links are built only by `link`/`source_link`, which accept internal
page paths or http(s) URLs.
"""

from __future__ import annotations

import html
import posixpath
import re
import string
import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlsplit

import yaml
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .charclass import category_pattern
from .clustering import TYPE_LABELS
from .models import Briefing

PROJECT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_REFERENCES = {ord(c): f"&#{ord(c)};" for c in string.punctuation}
_FRONT_MATTER_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_INTERNAL = re.compile(r"^[a-z0-9][a-z0-9./_-]*\.md(#[a-z0-9-]+)?$")


def escape_text(value: object) -> str:
    """Untrusted text as inert Markdown: one line, punctuation as numeric references."""
    text = unicodedata.normalize("NFC", str(value))
    text = category_pattern(frozenset({"Cf", "Cs", "Co"})).sub("", text)
    text = category_pattern(frozenset({"Cc", "Zl", "Zp"})).sub(" ", text)
    return re.sub(r"\s+", " ", text).strip().translate(_REFERENCES)


def md(value: object) -> Markup:
    return value if isinstance(value, Markup) else Markup(escape_text(value))


def safe_url(url: str | None) -> str | None:
    """An http(s) URL made safe to place in a Markdown link, or None."""
    if not url:
        return None
    parts = urlsplit(str(url).strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(parts.geturl(), safe=":/?#[]@!$&*+,;=%-._~")


def human_date(iso: str | None, precision: str | None = "day") -> str:
    if not iso:
        return "date unknown"
    day = date.fromisoformat(iso)
    if precision == "week":
        return f"week of {day.day} {day:%B %Y}"
    if precision == "month":
        return f"{day:%B %Y}"
    if precision == "year":
        return f"{day.year}"
    return f"{day.day} {day:%B %Y}"


def time_tag(iso: str | None, precision: str | None = "day") -> Markup:
    """A date for the page: the reader's form inside `<time datetime>` with the ISO value."""
    if not iso:
        return Markup(human_date(iso))
    day = date.fromisoformat(iso)
    if precision == "week":
        return Markup(f'week of <time datetime="{day.isoformat()}">{human_date(iso)}</time>')
    machine = {"month": f"{day:%Y-%m}", "year": f"{day:%Y}"}.get(precision or "day", day.isoformat())
    return Markup(f'<time datetime="{machine}">{human_date(iso, precision)}</time>')


def front_matter(title: str, **extra: object) -> str:
    """YAML front matter for MkDocs; the title is HTML-escaped because the theme prints it raw."""
    data = {"title": html.escape(re.sub(r"\s+", " ", title).strip()), **extra}
    return "---\n" + yaml.dump(data, Dumper=_FRONT_MATTER_DUMPER, allow_unicode=True, sort_keys=True) + "---\n\n"


@lru_cache(maxsize=65536)
def _relative(target: str, here: str) -> str:
    return posixpath.relpath(target, here)


class Renderer:
    """One Jinja environment for a build; `page()` renders one Markdown page."""

    def __init__(self, briefing: Briefing, templates: list[Path], skipped: tuple[str, ...] = ()):
        loader = ChoiceLoader([FileSystemLoader(str(p)) for p in [*templates, PROJECT_TEMPLATES] if p.is_dir()])
        self.env = Environment(
            loader=loader,
            undefined=StrictUndefined,
            autoescape=False,
            finalize=md,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(human_date=time_tag, md=md, type_label=lambda t: TYPE_LABELS.get(t, t))
        self.briefing = briefing
        self.skipped = skipped  # page kinds not built: links to them become plain text

    def builds(self, target: str) -> bool:
        return target.split("/")[0].removesuffix(".md") not in self.skipped

    def page(self, path: str, template: str, title: str, **context: object) -> str:
        here = posixpath.dirname(path)

        def to(target: str) -> Markup:
            if not _INTERNAL.match(target):
                raise ValueError(f"not an internal page path: {target!r}")
            path, hash_, anchor = target.partition("#")
            return Markup(_relative(path, here or ".") + hash_ + anchor)

        def link(text: object, target: str) -> Markup:
            return Markup(f"[{md(text)}]({to(target)})") if self.builds(target) else md(text)

        def source_link(text: object, url: str | None) -> Markup:
            safe = safe_url(url)
            return Markup(f"[{md(text)}]({safe})") if safe else md(text)

        body = self.env.get_template(template).render(
            b=self.briefing, to=to, link=link, source_link=source_link, title=title,
            editorial=self.briefing.editorial.get(path.removesuffix(".md")), **context
        )
        return front_matter(title) + body
