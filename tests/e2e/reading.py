"""Helpers for the reader suites: which pages to open and what their links point at."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def page_kinds(data: dict) -> dict[str, str]:
    """One page of each kind, chosen from the briefing's data: kind -> path in the site."""
    event = max(data["events"], key=lambda e: (len(e["sentences"]), e["id"]))
    article = next(a for a in data["articles"] if a["id"] == event["sentences"][0]["article"])
    people = [e for e in data["entities"] if e["type"] == "person"] or data["entities"]
    entity = max(people, key=lambda e: (len(e["articles"]), e["id"]))
    stories = {}
    if data.get("stories"):
        story = max(data["stories"], key=lambda s: (len(s["events"]), s["id"]))
        stories = {"stories": "stories/index.html", "story": f"stories/{story['id']}.html"}
    return stories | {
        "home": "index.html",
        "timeline": "timeline.html",
        "events": "events/index.html",
        "event": f"events/{event['id']}.html",
        "sources": "sources/index.html",
        "source": f"sources/{article['source_id']}.html",
        "entities": "entities/index.html",
        "entity": f"entities/{entity['id']}.html",
        "articles": "articles/index.html",
        "article": f"articles/{article['id']}.html",
        "full": "full.html",
    }


def open_page(reader, out: Path, path: str) -> None:
    reader.page.goto((out / path).as_uri())
    reader.page.wait_for_load_state("load")


def links(page) -> list[str]:
    """Every link on the page, as the browser resolved it."""
    return page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")


_IDS: dict[Path, set[str]] = {}


def ids_in(path: Path) -> set[str]:
    if path not in _IDS:
        _IDS[path] = set(re.findall(r'\bid="([^"]+)"', path.read_text(encoding="utf-8")))
    return _IDS[path]


def broken(url: str, out: Path) -> str | None:
    """Why an in-site link does not resolve (missing file or anchor), or None."""
    parts = urlsplit(url)
    target = Path(unquote(parts.path))
    if not target.is_relative_to(out):
        return f"{url} leaves the site folder"
    if target.is_dir():
        target = target / "index.html"
    if not target.is_file():
        return f"{url}: no such file"
    if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids_in(target):
        return f"{url}: no element with id {parts.fragment!r}"
    return None


def use_scheme(page, scheme: str) -> None:
    """Switch to the scheme with the theme's own toggle in the header, as a reader would."""
    page.wait_for_selector("form[data-md-component=palette] label:visible")
    if page.get_attribute("body", "data-md-color-scheme") != scheme:
        page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{scheme}'", timeout=5000)
