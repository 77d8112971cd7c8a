"""Events across articles, on fixtures written for each rule (tests/fixtures/events)."""

import shutil
from pathlib import Path

import pytest

from generator.pipeline import BuildReport, assemble

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

pytestmark = pytest.mark.model


def briefing_of(tmp_path, *folders):
    for folder in folders:
        shutil.copytree(FIXTURES / folder, tmp_path / "articles" / folder)
    return assemble(tmp_path, BuildReport())


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return briefing_of(tmp_path_factory.mktemp("base"), "events")


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    return briefing_of(tmp_path_factory.mktemp("grown"), "events", "unrelated")


def by_id(briefing):
    return {e.id: e for e in briefing.events}


def test_same_event_from_two_outlets_merges(base):
    talks = by_id(base)["2025-06-02-talks"]
    reports = {c.article_id for c in talks.citations if c.kind == "report"}
    assert reports == {"events-alpha-istanbul-talks", "events-beta-istanbul-talks"}
    assert talks.venue == "Istanbul" and talks.title == "Talks in Istanbul"
    assert sum(e.type == "talks" for e in base.events) == 1


def test_background_mention_joins_the_event_it_recalls(base):
    talks = by_id(base)["2025-06-02-talks"]
    recalled = [c for c in talks.citations if c.article_id == "events-gamma-july-swap"]
    assert [c.kind for c in recalled] == ["mention"]
    assert "June 2" in recalled[0].text


def test_two_happenings_on_one_day_stay_apart(base):
    strikes = [e for e in base.events if e.type == "strike" and e.date == "2025-06-05"]
    assert sorted(e.id for e in strikes) == ["2025-06-05-strike-kharkiv", "2025-06-05-strike-odesa"]
    assert {e.venue for e in strikes} == {"Kharkiv", "Odesa"}
    assert all(len(e.articles) == 1 for e in strikes)


def test_disagreement_between_two_sources_is_flagged(base):
    (duration,) = by_id(base)["2025-06-02-talks"].disagreements
    assert duration.about == "duration"
    assert {(a.article_id, a.text, a.value) for a in duration.accounts} == {
        ("events-alpha-istanbul-talks", "nearly five hours", 300.0),
        ("events-beta-istanbul-talks", "two hours", 120.0),
    }


def test_exchanges_are_threaded_into_a_story(base):
    events = by_id(base)
    (story,) = [s for s in base.stories if s.family == "exchanges"]
    assert story.events == ("2025-06-02-prisoner-exchange", "2025-07-23-prisoner-exchange")
    assert all(events[e].story == story.id for e in story.events)
    assert events["2025-06-02-talks"].story is None  # one round of talks is not a story


def test_ids_stay_the_same_when_an_unrelated_article_is_added(base, grown):
    def ids(b):
        return {
            "events": {e.id for e in b.events},
            "stories": {s.id for s in b.stories},
            "entities": {e.id for e in b.entities},
            "sources": {s.id for s in b.sources},
            "articles": {a.id for a in b.articles},
        }

    before, after = ids(base), ids(grown)
    for kind in before:
        assert before[kind] <= after[kind], kind
    assert after["events"] - before["events"] == {"2025-08-10-aid"}
    assert after["sources"] - before["sources"] == {"delta-daily"}
    old, new = by_id(base), by_id(grown)
    for event_id, event in old.items():
        assert new[event_id].citations == event.citations and new[event_id].story == event.story


def test_a_continent_is_no_venue(tmp_path):
    """"talks in Europe" says no more than "talks": the same day's Geneva talks are that event, in Geneva."""
    briefing = briefing_of(tmp_path, "continent")
    (talks,) = [e for e in briefing.events if e.type == "talks"]
    assert talks.venue == "Geneva" and talks.date == "2025-09-10"
    assert {c.article_id for c in talks.citations} == {"continent-epsilon-geneva-talks", "continent-zeta-europe-talks"}
