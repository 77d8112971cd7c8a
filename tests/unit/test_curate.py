"""curate() on hand-made records: what each action does, and what it reports when it cannot."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.curate import correct_articles, curate
from generator.curation import load_curation
from generator.models import Article, Briefing, Citation, Entity, Event


def article(aid, published="2025-06-02"):
    return Article(aid, f"articles/{aid}.md", aid.title(), "Desk", published, None, None, "en", ("Text.",), "0" * 64)


def event(eid, *cited, places=("Istanbul",), people=()):
    day, kind = eid[:10], eid[11:].replace("-", "_")
    return Event(eid, day, "day", kind, f"Talks in {places[0]}" if places else "Talks", places, people,
                 tuple(Citation(a, n, f"Sentence {n} of {a} in Istanbul.", "report") for a, n in cited))


BRIEFING = Briefing(
    title="T", subtitle="", language="en",
    articles=(article("a"), article("b"), article("c")), summaries={},
    events=(event("2025-06-02-talks", ("a", 0), ("b", 0)), event("2025-06-03-talks", ("c", 1))),
    sources=(), entities=(Entity("kyiv", "Kyiv", "place", ("Kiev",), ("a",)), Entity("kiev-region", "Kiev region", "place", (), ("b",))),
)


def curated(tmp_path: Path, text: str):
    (tmp_path / "curation.yml").write_text(text)
    problems = []
    curation = load_curation(tmp_path, BRIEFING.articles, problems)
    assert problems == []
    return curate(BRIEFING, curation)


def codes(problems):
    return [(p.line, p.code, p.message, p.hint) for p in problems]


def test_merge_and_split_that_cannot_apply_are_reported(tmp_path):
    briefing, problems = curated(tmp_path, (
        "events:\n"
        "  2025-06-02-talks:\n"
        "    merge: [2025-06-03-talk, 2025-06-02-talks]\n"
        "    split:\n"
        "      - {id: 2025-06-03-talks, articles: [a]}\n"
        "      - {id: 2025-06-02-other, articles: [z]}\n"
        "stories:\n"
        "  s1: {pin: true}\n"
    ))
    assert codes(problems) == [
        (5, "C133", "the split of `2025-06-02-talks` makes `2025-06-03-talks`, an id another event has", "choose another id for the new event"),
        (6, "C134", "the split of `2025-06-02-talks` into `2025-06-02-other` takes none of its 2 sentences", "list articles (or ARTICLE#sN sentences) cited by the event: a, b"),
        (3, "C132", "`2025-06-02-talks` cannot merge `2025-06-03-talk`: no such event", "did you mean `2025-06-03-talks`?"),
        (3, "C132", "`2025-06-02-talks` cannot merge `2025-06-02-talks`: no such event", "did you mean `2025-06-02-talks`?"),
        (8, "C130", "no story has the id `s1`: this override applies to nothing", "the story is gone or its id changed: update or remove this override"),
    ]
    assert briefing.events == BRIEFING.events


def test_split_by_sentence_then_merge_and_retype(tmp_path):
    briefing, problems = curated(tmp_path, (
        "events:\n"
        "  2025-06-02-talks:\n"
        "    split: [{id: 2025-06-02-side-meeting, articles: ['b#s0'], type: meeting, date: 2025-06-01}]\n"
        "    merge: [2025-06-03-talks]\n"
        "    type: statement\n"
    ))
    assert problems == []
    events = {e.id: e for e in briefing.events}
    assert [e.id for e in briefing.events] == ["2025-06-02-side-meeting", "2025-06-02-talks"]  # sorted by the corrected date
    side = events["2025-06-02-side-meeting"]
    assert (side.date, side.type, side.title, side.articles) == ("2025-06-01", "meeting", "Meeting in Istanbul", ("b",))
    talks = events["2025-06-02-talks"]
    assert [(c.article_id, c.sentence) for c in talks.citations] == [("a", 0), ("c", 1)]
    assert (talks.type, talks.title) == ("statement", "Statement in Istanbul")


def test_entity_rename_and_merge_keep_the_old_names_as_aliases(tmp_path):
    briefing, problems = curated(tmp_path, "entities:\n  kyiv:\n    name: Kyiv city\n    merge: [kiev-region]\n  kyiv-city: {hide: true}\n")
    assert codes(problems) == [(5, "C130", "no entity has the id `kyiv-city`: this override applies to nothing", "did you mean `kyiv`?")]
    (kyiv,) = briefing.entities
    assert (kyiv.id, kyiv.name, kyiv.aliases, kyiv.articles) == ("kyiv", "Kyiv city", ("Kiev", "Kiev region", "Kyiv"), ("a", "b"))


def test_exclude_and_correct_articles_before_parsing(tmp_path):
    (tmp_path / "curation.yml").write_text("articles:\n  a:\n    exclude: a duplicate of b\n  b:\n    published: 2025-06-05\n    source: Other desk\n  zz: {note: gone}\n")
    curation = load_curation(tmp_path, BRIEFING.articles, [])
    kept, problems, excluded = correct_articles(BRIEFING.articles, curation)
    assert [(a.id, a.published, a.source) for a in kept] == [("b", "2025-06-05", "Other desk"), ("c", "2025-06-02", "Desk")]
    assert excluded == ["excluded articles/a.md: a duplicate of b (curation.yml:3)"]
    assert codes(problems) == [(7, "C130", "no article has the id `zz`: this override applies to nothing", "the article is gone or its id changed: update or remove this override")]


@pytest.mark.parametrize("text, line, message", [
    ("events: [a, b]\n", 1, "`events` in curation.yml should be a mapping of event ids to changes, not ['a', 'b']"),
    ("events:\n  x:\n    pin: 2\n", 3, "`pin` in events: x should be true or false, not 2"),
    ("entities:\n  x:\n    type: country\n", 3, "`type` in entities: x should be one of `person`, `organization`, `place`, not 'country'"),
])
def test_curation_schema(tmp_path, text, line, message):
    (tmp_path / "curation.yml").write_text(text)
    problems = []
    load_curation(tmp_path, (), problems)
    assert [(p.line, p.code, p.message) for p in problems] == [(line, "C102", message)]


@dataclass(frozen=True)
class Story:
    """The shape curation expects of a story: an id, a title and its event ids, oldest first."""

    id: str
    title: str
    events: tuple[str, ...]


@dataclass(frozen=True)
class BriefingWithStories(Briefing):
    stories: tuple = ()


def test_stories_are_curated_and_follow_their_events(tmp_path):
    events = (*BRIEFING.events, event("2025-06-04-talks", ("c", 2)), event("2025-06-05-talks", ("c", 3)))
    stories = (Story("istanbul", "Talks in Istanbul", ("2025-06-02-talks", "2025-06-03-talks")),
               Story("later", "Later talks", ("2025-06-04-talks",)), Story("last", "Last talks", ("2025-06-05-talks",)))
    briefing = BriefingWithStories(**{f: getattr(BRIEFING, f) for f in ("title", "subtitle", "language", "articles", "summaries", "sources", "entities")},
                                   events=events, stories=stories)
    (tmp_path / "curation.yml").write_text(
        "events:\n"
        "  2025-06-02-talks:\n"
        "    split: [{id: 2025-06-02-side, articles: [b]}]\n"
        "  2025-06-04-talks:\n"
        "    merge: [2025-06-03-talks]\n"
        "  2025-06-05-talks: {hide: true}\n"
        "stories:\n"
        "  istanbul:\n"
        "    title: The Istanbul rounds\n"
        "    merge: [later]\n"
        "    pin: true\n"
        "  nowhere: {hide: true}\n"
    )
    curated, problems = curate(briefing, load_curation(tmp_path, briefing.articles, []))
    assert codes(problems) == [(12, "C130", "no story has the id `nowhere`: this override applies to nothing", "the story is gone or its id changed: update or remove this override")]
    # merged story, retitled; its events follow the split (new event joins) and the merge (absorbed id replaced)
    assert [(s.id, s.title, s.events) for s in curated.stories] == [
        ("istanbul", "The Istanbul rounds", ("2025-06-02-side", "2025-06-02-talks", "2025-06-04-talks")),
    ]  # "last" lost its only event, which the editor hid
    assert curated.editorial["stories/istanbul"].pinned
