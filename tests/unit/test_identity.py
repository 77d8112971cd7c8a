from generator.identity import merged_record, redirect_page, redirects

PREVIOUS = {
    "events": {"2025-06-02-talks": ["a:0", "b:3"], "2025-06-05-strike": ["c:0", "d:0"], "2024-01-01-aid": ["z:1"]},
    "sources": {"alpha-wire": ["Alpha Wire"]},
}
CURRENT = {
    "events": {"2025-06-02-talks": ["a:0", "b:3", "e:1"], "2025-06-05-strike-kharkiv": ["c:0"], "2025-06-05-strike-odesa": ["d:0", "f:2"]},
    "sources": {"alpha-wire": ["Alpha Wire"]},
}


def test_a_split_event_redirects_to_the_page_holding_most_of_it_and_a_vanished_one_to_the_index():
    moved = redirects(PREVIOUS, CURRENT)
    assert moved == {
        "events/2025-06-05-strike.md": "events/2025-06-05-strike-kharkiv.md",  # tie: one sentence each, first id
        "events/2024-01-01-aid.md": "events/index.md",
    }


def test_the_record_keeps_every_id_ever_published():
    import json

    record = json.loads(merged_record(PREVIOUS, CURRENT))
    assert set(record["events"]) == set(PREVIOUS["events"]) | set(CURRENT["events"])
    assert record["events"]["2025-06-02-talks"] == ["a:0", "b:3", "e:1"]
    assert merged_record(PREVIOUS, CURRENT) == merged_record(PREVIOUS, CURRENT)


def test_redirect_page_works_from_file_urls():
    page = redirect_page("events/2025-06-05-strike.md", "events/2025-06-05-strike-kharkiv.md").decode()
    assert 'content="0; url=2025-06-05-strike-kharkiv.html"' in page
    assert '<a href="2025-06-05-strike-kharkiv.html">' in page
    assert 'url=index.html"' in redirect_page("stories/x.md", "stories/index.md").decode()


def test_an_article_that_became_a_copy_redirects_to_the_article_kept():
    from generator.identity import fingerprints
    from generator.models import Article, Briefing, Copy

    kept = Article("agency", "articles/agency.txt", "t", "AP", "2026-01-26", None, None, "en", ("text",), "a" * 64,
                   copies=(Copy("portal", "articles/portal.txt", "t", "ABC News", "2026-01-26", None),))
    before = {"articles": {"portal": ["id:portal", "sha:" + "b" * 16]}}
    now = fingerprints(Briefing("t", "", "en", (kept,), {}, (), (), ()))
    assert redirects(before, now) == {"articles/portal.md": "articles/agency.md"}
