"""Build ../shared/corpus/seeds end to end and check the site against a reading of the four articles."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.e2e

NDTV, INDIA_TODAY, ASIAN_LITE, UNKNOWN = "001-1e7c949125529770", "002-1b390c8f441d6cba", "003-fef887f57ad674d8", "000-5ed5387eadf4ebdd"


def events_by_id(data):
    return {e["id"]: e for e in data["events"]}


def test_events_with_dates_and_citing_articles(seeds_site):
    _, data, _ = seeds_site
    events = events_by_id(data)
    # the second Istanbul round, reported by NDTV and recalled by the July article as "June 2"
    talks = events["2025-06-02-talks"]
    assert talks["type"] == "talks" and "Istanbul" in talks["places"]
    assert talks["reports"] == [NDTV] and talks["mentions"] == [UNKNOWN]
    # the third round and the prisoner swap of Wednesday 23 July 2025
    assert events["2025-07-23-talks"]["articles"] == [UNKNOWN]
    assert events["2025-07-23-prisoner-exchange"]["articles"] == [UNKNOWN]
    # Trump's sanctions threat "just over a week ago": the week of 14 July
    sanctions = events["week-of-2025-07-14-sanctions"]
    assert sanctions["precision"] == "week" and "Donald Trump" in sanctions["people"]
    # the first round in Istanbul on May 16, recalled by NDTV
    assert events["2025-05-16-talks"]["mentions"] == [NDTV]
    # Witkoff's meeting with Putin on Thursday night, 13 March 2025
    meeting = events["2025-03-13-meeting"]
    assert {"Steve Witkoff", "Vladimir Putin"} <= set(meeting["people"])
    # the Belarus talks of Monday 28 February 2022
    belarus = events["2022-02-28-talks"]
    assert belarus["reports"] == [ASIAN_LITE] and "Belarus" in belarus["places"]


def test_every_event_sentence_is_an_article_sentence(seeds_site):
    out, data, _ = seeds_site
    articles = {a["id"]: a for a in data["articles"]}
    for event in data["events"]:
        assert event["sentences"], event["id"]
        for s in event["sentences"]:
            page = (out / "articles" / f"{s['article']}.html").read_text()
            assert f'id="s{s["sentence"]}"' in page
        assert set(event["articles"]) <= set(articles)


def test_article_extraction(seeds_site):
    _, data, _ = seeds_site
    articles = {a["id"]: a for a in data["articles"]}
    july = articles[UNKNOWN]
    assert july["source"] is None and july["published"] == "2025-07-23"
    figures = {f["text"] for f in july["figures"]}
    assert {"at least 1,200 more prisoners of war", "3,000 more Ukrainian bodies", "just 40 minutes"} <= figures
    names = {e["name"]: e["type"] for e in july["entities"]}
    assert names["Rustem Umerov"] == "person" and names["Vladimir Medinsky"] == "person"
    ndtv = articles[NDTV]
    assert {"12,000 dead soldiers", "6,000 each"} <= {f["text"] for f in ndtv["figures"]}
    dates = {(d["text"], d["date"]) for d in ndtv["dates"]}
    assert ("May 16", "2025-05-16") in dates and ("Monday", "2025-06-02") in dates
    india = articles[INDIA_TODAY]
    assert india["author"] == "Akhilesh Nagari" and india["source"] == "India Today"
    speakers = {q["speaker"] for q in india["quotes"]}
    assert {"Vladimir Putin", "Donald Trump", "Volodymyr Zelensky"} <= speakers
    assert len(india["summary"]) == 3


def test_per_source_pages(seeds_site):
    out, data, _ = seeds_site
    sources = {s["name"]: s for s in data["sources"]}
    assert sources["NDTV"]["articles"] == [NDTV]
    assert sources["India Today"]["articles"] == [INDIA_TODAY]
    assert sources["Asian Lite News"]["articles"] == [ASIAN_LITE]
    assert sources["Unknown source"]["articles"] == [UNKNOWN]
    page = (out / "sources" / "ndtv.html").read_text()
    assert "Russia-Ukraine Talks Barely Last An Hour" in page
    assert "../events/2025-06-02-talks.html" in page


def test_timeline_is_newest_first_and_grouped_by_month(seeds_site):
    out, _, _ = seeds_site
    html = (out / "timeline.html").read_text()
    months = re.findall(r"<h2[^>]*>(\w+ \d{4})", html)
    assert months == ["July 2025", "June 2025", "May 2025", "March 2025", "February 2022"]
    links = re.findall(r'href="events/(\d{4}-\d{2}-\d{2})', html)
    assert links == sorted(links, reverse=True)


FURNITURE = [
    "Also Read", "ALSO READ", "PM Modi", "Mann Ki Baat", "Advertisement", "Quick Read", "Summary is AI generated",
    "Follow us", "JioSaavn", "Track Latest News", "Previous Story", "Next Story", "Balochistan", "ASEAN",
    "Don't Miss", "Nirmala", "Go toTop", "1 min read", "In Short",
]


def test_no_page_contains_the_seeds_page_furniture(seeds_site):
    out, data, _ = seeds_site
    for page in out.rglob("*.html"):
        text = page.read_text()
        for phrase in FURNITURE:
            assert phrase not in text, f"{phrase!r} in {page.relative_to(out)}"
    blob = str(data)
    for phrase in FURNITURE:
        assert phrase not in blob


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data") and value:
                self.refs.append((tag, value))


def test_built_site_references_no_other_host(seeds_site):
    out, data, _ = seeds_site
    allowed = {a["url"] for a in data["articles"] if a["url"]}
    for page in out.rglob("*.html"):
        parser = _Refs()
        parser.feed(page.read_text())
        for tag, ref in parser.refs:
            if re.match(r"^(https?:)?//", ref):
                assert tag == "a" and ref in allowed, f"{ref} in {page.relative_to(out)}"
    for asset in list(out.rglob("*.css")) + list(out.rglob("*.html")):
        text = asset.read_text()
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", text):
            pytest.fail(f"{asset.relative_to(out)} loads {url}")
        assert "fonts.googleapis.com" not in text and "unpkg.com" not in text
    assert not list(out.rglob("*.map"))


def test_search_works_offline_with_the_vendored_shim(seeds_site):
    out, _, _ = seeds_site
    index = (out / "index.html").read_text()
    assert 'src="assets/iframe-worker-shim.js"' in index
    assert (out / "search" / "search_index.js").is_file()
    assert (out / "events" / "2025-06-02-talks.html").read_text().count('href="../articles/') >= 2


def test_rounds_of_istanbul_talks_are_one_story_with_its_page(seeds_site):
    out, data, _ = seeds_site
    events = events_by_id(data)
    story = next(s for s in data["stories"] if s["id"] == "talks-istanbul-2025-05-16")
    assert story["events"] == ["2025-05-16-talks", "2025-06-02-talks", "2025-07-23-talks"]
    assert all(events[e]["story"] == story["id"] for e in story["events"])
    assert events["2022-02-28-talks"]["story"] is None  # Belarus, three years earlier
    page = (out / "stories" / f"{story['id']}.html").read_text()
    assert [re.search(rf'href="../events/{e}.html"', page) is not None for e in story["events"]] == [True] * 3
    event_page = (out / "events" / "2025-06-02-talks.html").read_text()
    assert 'previous: <time datetime="2025-05-16">16 May 2025</time>, <a href="2025-05-16-talks.html">' in event_page
    assert 'next: <time datetime="2025-07-23">23 July 2025</time>, <a href="2025-07-23-talks.html">' in event_page


def test_dates_are_time_elements_never_escaped_markup(seeds_site):
    out, _, _ = seeds_site
    escaped = [p.relative_to(out).as_posix() for p in sorted(out.rglob("*.html")) if "&lt;time" in p.read_text()]
    assert escaped == []


def test_event_page_sets_each_source_account_side_by_side(seeds_site):
    out, data, _ = seeds_site
    page = (out / "events" / "2025-06-02-talks.html").read_text()
    table = page[page.index("Each source"):]
    assert table.index("NDTV") < table.index("Unknown source")  # the first-hand report first
    assert "first-hand report" in table and "background mention" in table
    assert events_by_id(data)["2025-06-02-talks"]["disagreements"] == []  # one figure per source, none shared


def test_charts_are_offline_svg_shown_on_their_pages(seeds_site):
    out, data, _ = seeds_site
    for chart in ["charts/coverage.svg", "charts/events-by-type.svg", *(f"charts/sources/{s['id']}.svg" for s in data["sources"])]:
        svg = (out / chart).read_text()
        assert svg.startswith("<?xml") and "<svg" in svg, chart
        assert not re.search(r'(?:href|src)="https?:', svg)
    assert 'src="charts/events-by-type.svg"' in (out / "timeline.html").read_text()
    assert 'src="../charts/sources/ndtv.svg"' in (out / "sources" / "ndtv.html").read_text()
    assert 'src="../charts/coverage.svg"' in (out / "sources" / "index.html").read_text()
