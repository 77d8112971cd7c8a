"""Open the built seeds site from file:// in headless Chromium, as a reader would."""

import pytest

pytestmark = pytest.mark.e2e


def test_search_works_offline_and_nothing_leaves_the_machine(seeds_site, browser_context):
    out, data, _ = seeds_site
    ctx, outside = browser_context
    page = ctx.new_page()
    page.goto((out / "index.html").as_uri())
    page.click(".md-search__input")
    page.keyboard.type("Medinsky", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=20000)
    results = page.locator(".md-search-result__item").all_inner_texts()
    assert any("Vladimir Medinsky" in r for r in results)
    page.goto((out / "events" / "2025-06-02-talks.html").as_uri())
    first = next(e for e in data["events"] if e["id"] == "2025-06-02-talks")["sentences"][0]
    page.locator("a", has_text="source: NDTV").first.click()
    assert page.url.endswith(f"articles/{first['article']}.html#s{first['sentence']}")
    assert page.locator(":target").inner_text() == first["text"]
    assert outside == []
