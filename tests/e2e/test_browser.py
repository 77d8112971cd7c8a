"""Read the built site from file:// in headless Chromium, as a reader would, on the sample
briefing and on the seeds corpus; nothing may leave the machine."""

from __future__ import annotations

from collections import Counter

import pytest

from reading import DESKTOP, PHONE, SCREENSHOTS, broken, links, open_page, page_kinds, use_scheme


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
    page.locator(f"article a[href$='events/{event['id']}.html']", has_text=event["title"]).first.click()
    assert page.url.endswith(f"/events/{event['id']}.html") and h1(page) == event["title"]

    # the event's first source sentence, highlighted where it stands in the article
    page.locator(f"article table a[href$='articles/{first['article']}.html#s{first['sentence']}']").first.click()
    assert page.url.endswith(f"/articles/{first['article']}.html#s{first['sentence']}")
    assert page.locator(":target").inner_text() == first["text"]
    assert h1(page) == article["title"]

    # the article's outlet, then another of its articles, and back
    page.locator("article li", has_text="Source:").locator("a").click()
    assert page.url.endswith(f"/sources/{article['source_id']}.html")
    page.locator(f"article a[href$='articles/{article['id']}.html']", has_text=article["title"]).first.click()
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
            use_scheme(reader.page, "default")  # the light scheme, whatever an earlier test chose
            shot = folder / f"{kind}-{size}.png"
            reader.page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
            # nothing wider than the screen: no sideways scrolling on a phone
            width = reader.page.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"], f"{path} is {width}px wide at {size} width"
            sideways = reader.page.eval_on_selector_all(".md-typeset__scrollwrap", "ws => ws.filter(w => w.scrollWidth > w.clientWidth).length")
            assert sideways == 0, f"{path}: a table scrolls sideways at {size} width"
    assert reader.outside == []


def test_full_briefing_prints_without_navigation_and_with_source_addresses(site, reader):
    name, out, data = site
    page = reader.page
    open_page(reader, out, "full.html")
    order = page.eval_on_selector_all("article h3[id^=event-]", "hs => hs.map(h => h.id.slice(6))")
    newest_first = sorted(data["events"], key=lambda e: (e["date"], e["id"]), reverse=True)
    assert order == [e["id"] for e in newest_first]
    text = page.locator("article").inner_text()
    assert all(s["text"] in text for e in data["events"] for s in e["sentences"])

    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert not page.locator(chrome).first.is_visible(), chrome
    outside = page.locator("article a[href^='http']")
    urls = {a["url"] for a in data["articles"] if a["url"]}
    assert outside.count() == sum(1 for e in data["events"] for s in e["sentences"] if next(a for a in data["articles"] if a["id"] == s["article"])["url"])
    for i in range(min(outside.count(), 5)):
        link = outside.nth(i)
        shown = link.evaluate("a => getComputedStyle(a, '::after').content")
        assert link.get_attribute("href") in shown and link.get_attribute("href") in urls
    folder = SCREENSHOTS / name
    folder.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(folder / "full-briefing.pdf"), format="A4")
    page.screenshot(path=str(folder / "full-print.png"), full_page=True)
    page.emulate_media(media="screen")
    assert reader.outside == []
