"""Open the built seeds site from file:// in headless Chromium, as a reader would."""

import os
import shutil
import tempfile

import pytest

pytestmark = pytest.mark.e2e
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser_context():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not shutil.which(CHROMIUM):
        reason = "headless Chromium is missing: apt-get install chromium; pip install playwright"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, args=FLAGS)
        outside: list[str] = []

        def guard(route):
            if route.request.url.startswith(("file:", "data:", "blob:")):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        ctx.route("**/*", guard)
        yield ctx, outside
        ctx.close()


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
