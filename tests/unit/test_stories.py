from generator.models import Citation, Event
from generator.stories import thread_stories


def event(day, kind, venue=None, text="", places=()):
    eid = f"{day}-{kind}" + (f"-{venue.lower()}" if venue else "")
    return Event(eid, day, "day", kind, kind, places or ((venue,) if venue else ()), (), (Citation("a", 0, text or kind, "report"),), venue=venue)


def test_rounds_of_talks_in_one_venue_are_one_story_and_another_venue_another():
    events = (
        event("2025-05-16", "talks", "Istanbul"),
        event("2025-06-02", "talks", "Istanbul"),
        event("2025-06-10", "talks", "Geneva"),
        event("2025-07-23", "talks", "Istanbul"),
        event("2026-01-24", "talks", "Istanbul"),  # months later: a new story
    )
    threaded, stories = thread_stories(events)
    (story,) = stories
    assert story.id == "talks-istanbul-2025-05-16" and story.title == "Talks in Istanbul"
    assert story.events == ("2025-05-16-talks-istanbul", "2025-06-02-talks-istanbul", "2025-07-23-talks-istanbul")
    assert {e.id: e.story for e in threaded}["2025-06-10-talks-geneva"] is None


def test_responses_to_a_ceasefire_proposal_join_its_story():
    events = (
        event("2025-03-11", "ceasefire_proposal", text="Ukraine accepted a US proposal for a 30-day ceasefire."),
        event("2025-03-13", "statement", text="Putin said the truce idea was right but raised questions."),
        event("2025-03-14", "statement", text="Trump said the war could end."),
    )
    _, (story,) = thread_stories(events)
    assert story.family == "ceasefire" and story.events == ("2025-03-11-ceasefire_proposal", "2025-03-13-statement")


def test_adding_a_later_event_keeps_the_story_id():
    first = (event("2025-05-16", "talks", "Istanbul"), event("2025-06-02", "talks", "Istanbul"))
    _, (before,) = thread_stories(first)
    _, (after,) = thread_stories(first + (event("2025-07-23", "talks", "Istanbul"),))
    assert before.id == after.id and len(after.events) == 3
