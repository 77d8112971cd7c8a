"""Read the built site from file:// in headless Chromium, as a reader would, on the sample
briefing and on the seeds corpus; nothing may leave the machine."""

from __future__ import annotations

from collections import Counter

import pytest

from reading import DESKTOP, PHONE, SCREENSHOTS, broken, links, open_page, page_kinds


pytestmark = pytest.mark.e2e


def h1(page) -> str:
    return page.locator("article h1").first.inner_text()


def test_reader_walks_from_home_to_an_article_and_back(site, reader):
    name, out, data = site
    page = reader.page
    event = max(data["events"], key=lambda e: (len(e["sentences"]), e["id"]))
    first = event["sentences"][0]
    article = next(a for a in data["articles"] if a["id"] == first["article"])

    open_page(reader, out, "index.html")
    assert h1(page) == data["title"]
    page.locator(".md-nav__link", has_text="Timeline").first.click()
    assert page.url.endswith("/timeline.html") and h1(page) == "Timeline"
    page.locator("article a", has_text=event["title"]).first.click()
    assert page.url.endswith(f"/events/{event['id']}.html") and h1(page) == event["title"]

    # the event's first source sentence, highlighted where it stands in the article
    page.locator("article a", has_text="source: ").first.click()
    assert page.url.endswith(f"/articles/{first['article']}.html#s{first['sentence']}")
    assert page.locator(":target").inner_text() == first["text"]
    assert h1(page) == article["title"]

    # the article's outlet, then another of its articles, and back
    page.locator("article li", has_text="Source:").locator("a").click()
    assert page.url.endswith(f"/sources/{article['source_id']}.html")
    page.locator("article a", has_text=article["title"]).first.click()
    assert page.url.endswith(f"/articles/{article['id']}.html") and h1(page) == article["title"]
    page.go_back()
    assert page.url.endswith(f"/sources/{article['source_id']}.html")
    page.go_back()
    page.go_back()
    assert page.url.endswith(f"/events/{event['id']}.html") and h1(page) == event["title"]
    assert reader.outside == []


def test_every_in_site_link_resolves(site, reader):
    name, out, data = site
    out = out.resolve()
    problems, followed = [], Counter()
    for kind, path in page_kinds(data).items():
        open_page(reader, out, path)
        for url in links(reader.page):
            if url.startswith("file:"):
                followed[kind] += 1
                if why := broken(url, out):
                    problems.append(f"{path}: {why}")
            else:
                assert url.startswith(("http://", "https://")), f"{path}: unexpected link {url}"
    assert problems == []
    assert all(followed[k] > 10 for k in page_kinds(data)), followed
    assert reader.outside == []


def test_search_finds_a_person_and_an_event_offline(site, reader):
    name, out, data = site
    page = reader.page
    person = max((e for e in data["entities"] if e["type"] == "person"), key=lambda e: (len(e["articles"]), e["id"]))
    word = max(data["events"], key=lambda e: (len(e["sentences"]), e["id"]))["title"].split()[0]
    open_page(reader, out, "index.html")
    for query, expect in ((person["name"].split()[-1], person["name"]), (word, word)):
        page.click(".md-search__input")
        page.keyboard.press("Control+A")
        page.keyboard.type(query, delay=30)
        page.wait_for_selector(".md-search-result__item", timeout=20000)
        results = page.locator(".md-search-result__item")
        assert any(expect in r for r in results.all_inner_texts()), (query, results.all_inner_texts())
        results.filter(has_text=expect).first.locator("a").first.click()
        page.wait_for_load_state("load")
        assert expect in page.locator("article").inner_text()
    assert reader.outside == []


def test_screenshots_of_each_page_kind(site, reader):
    """Desktop and phone-width pictures of every page kind, for people to look at."""
    name, out, data = site
    folder = SCREENSHOTS / name
    folder.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        reader.page.set_viewport_size(viewport)
        for kind, path in page_kinds(data).items():
            open_page(reader, out, path)
            shot = folder / f"{kind}-{size}.png"
            reader.page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
            # nothing wider than the screen: no sideways scrolling on a phone
            width = reader.page.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"], f"{path} is {width}px wide at {size} width"
    assert reader.outside == []
