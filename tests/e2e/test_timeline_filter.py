"""The timeline filters by type and by story in the page itself, from file://."""

import pytest

pytestmark = pytest.mark.e2e


def test_timeline_filters_by_type_and_story_from_file_urls(seeds_site, reader):
    out, data, _ = seeds_site
    page = reader.page
    page.goto((out / "timeline.html").as_uri())
    assert page.locator("ul.timeline > li").count() == len(data["events"])
    page.select_option("#filter-type", "talks")
    talks = [e for e in data["events"] if e["type"] == "talks"]
    assert page.locator("ul.timeline > li:visible").count() == len(talks)
    assert page.locator(".timeline-count").inner_text() == f"{len(talks)} of {len(data['events'])} events"
    story = next(s for s in data["stories"] if s["family"] == "talks")
    page.select_option("#filter-story", story["id"])
    shown = page.locator("ul.timeline > li:visible a[href^='events/']").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert sorted(shown) == sorted(f"events/{e}.html" for e in story["events"])
    page.select_option("#filter-type", "strike")
    assert page.locator("ul.timeline > li:visible").count() == 0
    assert page.locator("h2.timeline-month:visible").count() == 0
    page.select_option("#filter-type", "")
    page.select_option("#filter-story", "")
    assert page.locator("ul.timeline > li:visible").count() == len(data["events"])
    assert reader.outside == []
