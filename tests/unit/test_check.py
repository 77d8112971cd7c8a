"""`briefing check` on each kind of broken input: exact code, message and line."""

import pytest

from generator.check import check
from generator.cli import main
from generator.config import COLOURS, load_config

ARTICLE = """---
title: Talks in Istanbul
source: Desk One
published: 2025-06-02
---

Delegations from Russia and Ukraine met in Istanbul on Monday for a second round of direct talks.
"""


@pytest.fixture
def content(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "talks.md").write_text(ARTICLE)
    return tmp_path


def findings(content, name, text):
    (content / name).write_text(text)
    return [(p.path, p.line, p.code, p.level, p.message) for p in check(content)]


def test_malformed_yaml_names_file_and_line(content):
    assert findings(content, "briefing.yml", "title: ok\nsubtitle: [unclosed\nlanguage: en\n") == [
        ("briefing.yml", 2, "C100", "error", "malformed YAML: expected ',' or ']', but got ':'"),
    ]


def test_briefing_yml_schema(content):
    text = "title: T\ncolour: red\nmax_article_bytes: lots\ntimezone: Mars/Olympus\nperiod:\n  from: 2025-13-01\n  to: 2025-01-01\ntheme:\n  primary: chartreuse\n  logo: missing.png\npages:\n  timeline: no thanks\nconflict_start: the invasion\n"
    assert findings(content, "briefing.yml", text) == [
        ("briefing.yml", 2, "C101", "warning", "unknown key `colour` in briefing.yml"),
        ("briefing.yml", 3, "C102", "error", "`max_article_bytes` in briefing.yml should be a whole number, not 'lots'"),
        ("briefing.yml", 4, "C102", "error", "`timezone` in briefing.yml should be an IANA time zone such as `Europe/Kyiv`, not 'Mars/Olympus'"),
        ("briefing.yml", 6, "C102", "error", "`from` in `period` should be a date (YYYY-MM-DD), not '2025-13-01'"),
        ("briefing.yml", 9, "C102", "error", "`primary` in `theme` should be one of " + ", ".join(f"`{c}`" for c in COLOURS) + ", not 'chartreuse'"),
        ("briefing.yml", 10, "C105", "error", "logo `missing.png` is not an image file inside the content folder"),
        ("briefing.yml", 12, "C102", "error", "`timeline` in `pages` should be true or false, not 'no thanks'"),
        ("briefing.yml", 13, "C102", "error", "`conflict_start` in briefing.yml should be a date (YYYY-MM-DD), not 'the invasion'"),
    ]


def test_period_that_ends_before_it_starts(content):
    assert findings(content, "briefing.yml", "period:\n  from: 2025-06-01\n  to: 2025-01-01\n") == [
        ("briefing.yml", 3, "C104", "error", "`period` ends before it starts"),
    ]


def test_sources_yml_schema_and_duplicate_ids(content):
    text = "sources:\n  - name: Desk One\n    kind: tabloid\n  - name: desk one\n  - home: https://x.example\n"
    assert findings(content, "sources.yml", text) == [
        ("sources.yml", 3, "C102", "error", "`kind` in source #1 should be one of `wire agency`, `public broadcaster`, `state-affiliated`, `independent`, not 'tabloid'"),
        ("sources.yml", 4, "C121", "error", "source id `desk-one` is used twice (first on line 2)"),
        ("sources.yml", 5, "C120", "error", "source #3 needs a `name`"),
    ]


def test_entities_whose_aliases_collide(content):
    text = "entities:\n  - name: Kyiv Oblast\n    type: place\n    aliases: [Kiev]\n  - name: Desk\n    type: organisation\n  - name: Kyiv Oblast\n    type: place\n"
    assert findings(content, "entities.yml", text) == [
        ("entities.yml", 2, "C111", "error", "`Kiev` names both `Kyiv` and `Kyiv Oblast`"),
        ("entities.yml", 5, "C110", "error", "entity #2 needs a `name` and a `type` (person, organization, place)"),
        ("entities.yml", 6, "C102", "error", "`type` in entity #2 should be one of `person`, `organization`, `place`, not 'organisation'"),
        ("entities.yml", 7, "C113", "error", "entity `Kyiv Oblast` is listed twice (first on line 2)"),
    ]


def test_curation_yml_schema(content):
    text = "events:\n  2025-06-02-talks:\n    date: June 2\n    colour: red\n    split:\n      - title: no id\n  2025-06-02-talks:\n    hide: true\n"
    assert findings(content, "curation.yml", text) == [
        ("curation.yml", 7, "C100", "error", "malformed YAML: duplicate key `2025-06-02-talks`"),
    ]
    text = "events:\n  2025-06-02-talks:\n    date: June 2\n    colour: red\n    split:\n      - title: no id\nbattles: {}\n"
    assert findings(content, "curation.yml", text) == [
        ("curation.yml", 3, "C102", "error", "`date` in events: 2025-06-02-talks should be a date (YYYY-MM-DD), not 'June 2'"),
        ("curation.yml", 4, "C101", "warning", "unknown key `colour` in events: 2025-06-02-talks"),
        ("curation.yml", 6, "C131", "error", "part #1 of the split of `2025-06-02-talks` needs an `id` and `articles`"),
        ("curation.yml", 7, "C101", "warning", "unknown key `battles` in curation.yml"),
    ]


def test_editorial_front_matter_is_checked_with_its_line(content):
    (content / "articles" / "talks.md").write_text(ARTICLE.replace("published: 2025-06-02\n", "published: 2025-06-02\npin: yes please\npinned: true\n"))
    assert findings(content, "briefing.yml", "title: T\n") == [
        ("articles/talks.md", 5, "C102", "error", "`pin` in front matter should be true or false, not 'yes please'"),
        ("articles/talks.md", 6, "A121", "warning", "unknown front-matter key `pinned`"),
    ]
    cached = [check(content, content / ".cache") for _ in range(2)]  # read, then from the read cache
    assert cached[0] == cached[1] == check(content)


@pytest.mark.model
def test_articles_without_date_source_or_event_duplicate_ids_and_overrides_pointing_nowhere(content):
    (content / "articles" / "undated.md").write_text("---\ntitle: Undated\n---\n\nPrisoner lists are checked by both sides.\n")
    (content / "articles" / "explainer.md").write_text("---\ntitle: Explainer\nsource: Desk One\npublished: 2025-06-01\n---\n\nPrisoner lists are checked by both sides.\n")
    (content / "articles" / "a").mkdir()
    (content / "articles" / "a" / "b.md").write_text(ARTICLE)
    (content / "articles" / "a-b.md").write_text(ARTICLE.replace("Monday", "Sunday"))
    found = findings(content, "curation.yml", "events:\n  2025-06-01-talk:\n    pin: true\narticles:\n  talks:\n    note: fine\n  nowhere:\n    note: gone\n")
    assert found == [
        ("articles/a-b.md", None, "A120", "warning", "the article id `a-b` is shared with articles/a/b.md"),
        ("articles/a/b.md", None, "A120", "warning", "the article id `a-b` is shared with articles/a-b.md"),
        ("articles/explainer.md", None, "C142", "warning", "no event was found in the article"),
        ("articles/undated.md", None, "C141", "warning", "the article has no source"),
        ("articles/undated.md", None, "W301", "warning", "publication date unknown: its events cannot be placed on the timeline"),
        ("curation.yml", 2, "C130", "warning", "no event has the id `2025-06-01-talk`: this override applies to nothing"),
        ("curation.yml", 7, "C130", "warning", "no article has the id `nowhere`: this override applies to nothing"),
    ]
    hint = next(p for p in check(content) if p.line == 2).hint
    assert hint == "did you mean `2025-06-01-talks`?"


@pytest.mark.model
def test_cli_prints_findings_with_a_summary_and_exit_status(content, capsys):
    def run(*args):
        status = main(["check", "--content", str(content), "--cache-dir", str(content / ".cache"), *args])
        return status, capsys.readouterr().out.splitlines()

    (content / "briefing.yml").write_text("title: T\ncolour: red\nlanguage: 3\n")
    assert run() == (1, [
        "briefing.yml:2: warning C101: unknown key `colour` in briefing.yml (remove it or use one of `title`, `subtitle`, `conflict`, `conflict_start`, `language`, `timezone`, `period`, `site_url`, `max_article_bytes`, `theme`, `pages`)",
        "briefing.yml:3: error C102: `language` in briefing.yml should be a text, not 3 (write `language:` with a text)",
        "1 error(s), 1 warning(s)",
    ])
    (content / "briefing.yml").write_text("title: T\ncolour: red\n")
    assert run()[0] == 0
    assert run("--strict") == (1, [
        "briefing.yml:2: warning C101: unknown key `colour` in briefing.yml (remove it or use one of `title`, `subtitle`, `conflict`, `conflict_start`, `language`, `timezone`, `period`, `site_url`, `max_article_bytes`, `theme`, `pages`)",
        "0 error(s), 1 warning(s)",
    ])


def test_an_entry_listing_a_built_in_name_replaces_that_entry(content):
    text = "entities:\n  - name: AFP\n    type: organization\n    aliases: [Agence France-Presse]\n  - name: France\n    type: place\n"
    assert findings(content, "entities.yml", text) == []
    names = {e["name"]: e for e in load_config(content).gazetteer}
    assert "Agence France-Presse" not in names and names["AFP"]["aliases"] == ["Agence France-Presse"]
    assert {"France", "France 24"} <= set(names)  # digits keep names apart
