from generator.disagreements import disagreements
from generator.models import Citation, DateRef, Event, Figure, Sentence, Summary


def summary(aid, text, figures=(), dates=()):
    return Summary(aid, aid, (Sentence(0, 0, text),), (0,), (), tuple(dates), tuple(figures), (), ())


def talks(eid, *articles):
    return Event(eid, "2025-06-02", "day", "talks", "Talks", (), (), tuple(Citation(a, 0, "", "report") for a in articles))


def test_two_numbers_for_the_same_exchange_disagree_and_close_ones_agree():
    summaries = {
        "a": summary("a", "", [Figure(1200, "at least 1,200 prisoners of war", "prisoners of war", "at least", 0)]),
        "b": summary("b", "", [Figure(1000, "1,000 prisoners", "prisoners of war", None, 0)]),
        "c": summary("c", "", [Figure(1150, "about 1,150 prisoners", "prisoners of war", "about", 0)]),
    }
    (d,) = disagreements((talks("e", "a", "b"),), summaries)["e"]
    assert d.about == "prisoners of war" and [a.value for a in d.accounts] == [1200, 1000]
    assert disagreements((talks("e", "a", "c"),), summaries) == {}


def test_durations_of_one_meeting_disagree_but_different_rounds_do_not():
    summaries = {
        "a": summary("a", "", dates=[DateRef("just 40 minutes", None, None, "duration", 0)]),
        "b": summary("b", "", dates=[DateRef("an hour", None, None, "duration", 0)]),
    }
    (d,) = disagreements((talks("e", "a", "b"),), summaries)["e"]
    assert d.about == "duration" and {a.value for a in d.accounts} == {40, 60}
    rounds = (talks("round3", "a"), talks("round2", "b"))
    assert disagreements(rounds, summaries) == {}


def test_a_sentence_cited_by_two_events_is_not_read_for_either():
    summaries = {
        "a": summary("a", "", dates=[DateRef("five hours", None, None, "duration", 0)]),
        "b": summary("b", "", dates=[DateRef("two hours", None, None, "duration", 0)]),
    }
    events = (talks("e", "a", "b"), talks("other", "a"))
    assert disagreements(events, summaries) == {}


def dated(eid, day, article, text, venue="Istanbul"):
    return Event(eid, day, "day", "talks", "Talks", (venue,), (), (Citation(article, 0, text, "report"),), venue=venue)


def test_one_happening_dated_a_day_apart_by_two_sources_is_flagged_on_both_events():
    a = dated("2025-06-02-talks", "2025-06-02", "a", "Delegations held direct talks in Istanbul on Monday.")
    b = dated("2025-06-03-talks", "2025-06-03", "b", "Delegations held direct talks in Istanbul on Tuesday.")
    found = disagreements((a, b), {"a": summary("a", ""), "b": summary("b", "")})
    assert set(found) == {a.id, b.id}
    (d,) = found[a.id]
    assert d.about == "date" and [(x.article_id, x.text) for x in d.accounts] == [("a", "2025-06-02"), ("b", "2025-06-03")]


def test_consecutive_days_in_other_words_or_other_venues_are_not_a_disagreement():
    a = dated("2025-06-02-talks", "2025-06-02", "a", "Delegations held direct talks in Istanbul on Monday.")
    other_words = dated("2025-06-03-talks", "2025-06-03", "b", "A second day of negotiation focused on prisoner lists and humanitarian corridors.")
    other_venue = dated("2025-06-03-talks-geneva", "2025-06-03", "b", "Delegations held direct talks in Geneva on Tuesday.", "Geneva")
    summaries = {"a": summary("a", ""), "b": summary("b", "")}
    assert disagreements((a, other_words), summaries) == {}
    assert disagreements((a, other_venue), summaries) == {}
