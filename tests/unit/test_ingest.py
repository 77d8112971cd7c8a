
import pytest

from conftest import write
from generator.ingest import ingest


@pytest.fixture
def content(tmp_path):
    root = tmp_path / "content"
    write(root / "articles/a/front.md", "---\ntitle: Convoy reaches the city\nsource: Example Wire\npublished: 2024-05-06\nurl: https://example.org/convoy\n---\n\nThe convoy *reached* the city on [Monday](https://x.example).\n\nIt carried <b>medicine</b> and food.\n")
    write(root / "articles/b/scrape.txt", "Shelling hits the port\n\nThe port was shelled on Sunday, the governor said.\n")
    write(root / "articles/b/scrape.meta.yml", "source: Example Daily\npublished: 2024-05-07\n")
    write(root / "articles/c/one.txt", "The ministry confirmed the exchange on Friday.\n")
    write(root / "articles/c/metadata.yml", "one.txt:\n  source: Example Radio\n  published: 2024-05-10\n  url: javascript:alert(1)\n")
    write(root / "articles/d/bare.txt", "May 3, 2024\nby John Doe · Example Post\n\nAid trucks crossed the border on Friday, officials said.\n\nTrack Latest News Live on ExamplePost.com\n")
    write(root / "articles/e/page.html", "<html><head><title>Bridge reopens</title><meta property='og:site_name' content='Example Net'><meta property='article:published_time' content='2024-05-08'></head><body><article><h1>Bridge reopens</h1><p>The bridge over the river reopened on Wednesday after repairs that took three weeks, the city administration said in a statement.</p><p>Traffic was limited to cars and buses during the first days, according to the administration.</p></article></body></html>")
    return root


def by_path(found):
    return {a.path: a for a in found.articles}


def test_three_input_kinds_and_their_metadata(content):
    found = ingest(content)
    articles = by_path(found)
    assert not found.problems
    md = articles["articles/a/front.md"]
    assert (md.title, md.source, md.published, md.url) == ("Convoy reaches the city", "Example Wire", "2024-05-06", "https://example.org/convoy")
    assert md.paragraphs == ("The convoy reached the city on Monday.", "It carried <b>medicine</b> and food.")
    txt = articles["articles/b/scrape.txt"]
    assert (txt.title, txt.source, txt.published) == ("Shelling hits the port", "Example Daily", "2024-05-07")
    indexed = articles["articles/c/one.txt"]
    assert (indexed.source, indexed.published, indexed.url) == ("Example Radio", "2024-05-10", None)
    html = articles["articles/e/page.html"]
    assert html.title == "Bridge reopens" and html.source == "Example Net" and html.published == "2024-05-08"
    assert any("reopened on Wednesday" in p for p in html.paragraphs)


def test_metadata_inferred_from_the_text(content):
    bare = by_path(ingest(content))["articles/d/bare.txt"]
    assert (bare.published, bare.author, bare.source) == ("2024-05-03", "John Doe", "Example Post")
    assert set(bare.inferred) >= {"published", "author", "source"}
    assert bare.paragraphs == ("Aid trucks crossed the border on Friday, officials said.",)


def test_bad_files_are_reported_with_file_and_line_and_the_rest_is_read(content):
    write(content / "articles/z/broken.md", "---\ntitle: ok\npublished: [unclosed\n---\n\nText.\n")
    write(content / "articles/z/empty.txt", "")
    found = ingest(content)
    problems = {p.path: p for p in found.problems}
    assert problems["articles/z/broken.md"].code == "A111"
    assert problems["articles/z/broken.md"].line == 3
    assert problems["articles/z/empty.txt"].code == "A104"
    assert len(found.articles) == 5


def test_ids_are_stable_slugs_of_paths(content):
    ids = sorted(a.id for a in ingest(content).articles)
    assert ids == ["a-front", "b-scrape", "c-one", "d-bare", "e-page"]
