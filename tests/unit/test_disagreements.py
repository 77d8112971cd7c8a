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
