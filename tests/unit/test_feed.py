from xml.etree import ElementTree as ET

from generator.feed import feed
from generator.models import Article, Briefing, Citation, Event, Source

ATOM = "{http://www.w3.org/2005/Atom}"


def article(aid: str, published: str) -> Article:
    return Article(id=aid, path=f"{aid}.md", title=aid, source="Desk", published=published, url=None, author=None,
                   language="en", paragraphs=("Text.",), sha256="0" * 64)


def event(eid: str, date: str, aid: str, text: str) -> Event:
    return Event(id=eid, date=date, precision="day", type="talks", title="Talks <in> Istanbul & more", places=("Istanbul",),
                 people=(), citations=(Citation(article_id=aid, sentence=0, text=text, kind="report"),))


def briefing(*pairs: tuple[Article, Event]) -> Briefing:
    arts = tuple(a for a, _ in pairs)
    return Briefing(title="Talks", subtitle="", language="en", articles=arts, summaries={},
                    events=tuple(e for _, e in pairs), sources=(Source("desk", "Desk", tuple(a.id for a in arts)),), entities=())


def entries(xml: bytes) -> dict[str, str]:
    root = ET.fromstring(xml)
    return {e.find(f"{ATOM}link").get("href"): e.findtext(f"{ATOM}id") for e in root.findall(f"{ATOM}entry")}


def test_entry_ids_stay_when_events_are_added_and_output_is_deterministic():
    may = (article("a1", "2025-05-17"), event("2025-05-16-talks", "2025-05-16", "a1", "They met <b>on</b> Friday."))
    june = (article("a2", "2025-06-03"), event("2025-06-02-talks", "2025-06-02", "a2", "They met again."))
    before, after = feed(briefing(may)), feed(briefing(may, june))
    assert feed(briefing(may, june)) == after
    assert entries(before)["events/2025-05-16-talks.html"] == entries(after)["events/2025-05-16-talks.html"]
    assert list(entries(after)) == ["events/2025-06-02-talks.html", "events/2025-05-16-talks.html"]
    root = ET.fromstring(after)
    assert root.findtext(f"{ATOM}updated") == "2025-06-03T00:00:00Z"
    first = root.find(f"{ATOM}entry")
    assert first.findtext(f"{ATOM}updated") == "2025-06-03T00:00:00Z"
    assert first.findtext(f"{ATOM}title") == "2 June 2025: Talks <in> Istanbul & more"
    assert b"Talks &lt;in&gt; Istanbul &amp; more" in after and b"<b>" not in after


def test_a_quote_is_credited_to_its_own_source_not_to_an_outlet_that_copied_it():
    a = article("a1", "2025-05-17")
    e = event("2025-05-16-talks", "2025-05-16", "a1", "The delegations met for two hours.")
    copied = Briefing(title="Talks", subtitle="", language="en", articles=(a,), summaries={}, events=(e,),
                      sources=(Source("desk", "Desk", ("a1",)), Source("wire-reprint", "Wire Reprint", ("a1",))), entities=())
    summary = ET.fromstring(feed(copied)).find(f"{ATOM}entry").findtext(f"{ATOM}summary")
    assert "(Desk)" in summary and "Wire Reprint" not in summary
