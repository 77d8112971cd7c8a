from generator.copies import copy_groups, fold_copies
from generator.group import group_sources, outlet
from generator.models import Article

WIRE = (
    "Negotiators from both countries met for a third day in the Gulf capital on Sunday and agreed to "
    "continue working on a framework for a settlement, officials from all three delegations said. "
    "The envoys spent more than six hours discussing territorial questions, the future of a nuclear "
    "power plant and guarantees against a renewed offensive, according to two people briefed on the "
    "meetings. Another round is planned for next week in the same city, the host government said."
)


def article(aid, source, published, text, title="t"):
    return Article(aid, f"articles/{aid}.txt", title, source, published, None, None, "en", tuple(text.split("\n\n")), aid * 4)


def test_wire_copy_is_one_article_with_all_its_outlets():
    original = article("agency", "Associated Press", "2026-01-26", WIRE)
    copy = article("portal", "ABC News", "2026-01-26", "Breaking news: subscribe now\n\n" + WIRE + "\n\nRead more on our site.")
    other = article("other", "ABC News", "2026-01-26", "A different report on shelling in the east, written separately. " * 8)
    # the agency's text is kept: the portal's copy adds its own furniture
    assert [[a.id for a in g] for g in copy_groups([original, copy, other])] == [["agency", "portal"]]
    folded = fold_copies((original, copy, other))
    assert [a.id for a in folded] == ["agency", "other"]
    assert [c.source for c in folded[0].copies] == ["ABC News"]
    sources = {s.name: s.articles for s in group_sources(folded)}
    assert sources == {"ABC News": ("agency", "other"), "Associated Press": ("agency",)}


def test_wire_metadata_counts_for_the_agency():
    assert outlet("Associated Press (wire, via dailymail.co.uk)") == "Associated Press"
    assert outlet("Reuters") == "Reuters" and outlet(None) == "Unknown source"
