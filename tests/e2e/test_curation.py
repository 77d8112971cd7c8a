"""Every kind of override in curation.yml and front matter, applied to a briefing built from
small own-written articles, and still applied after new articles arrive and events re-cluster."""

import json
import shutil

import pytest

from conftest import FIXTURES
from generator.pipeline import BuildReport, StrictFailure, assemble, build

pytestmark = pytest.mark.model
CURATION = FIXTURES / "curation"


def content(tmp_path, *batches):
    folder = tmp_path / "content"
    for batch in batches:
        shutil.copytree(CURATION / batch, folder / "articles", dirs_exist_ok=True)
    for name in ("curation.yml", "sources.yml"):
        shutil.copy(CURATION / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The briefing as first built, then rebuilt after two more articles were added."""
    out = []
    for batches in (("first",), ("first", "later")):
        report = BuildReport()
        out.append((assemble(content(tmp_path_factory.mktemp("c"), *batches), report), report))
    return out


def test_the_later_articles_re_cluster_events(builds):
    (before, _), (after, _) = builds
    assert len(after.articles) == len(before.articles) + 2
    talks = {e.id: e for e in after.events}["2025-06-02-talks"]
    assert "week-review" in talks.articles  # a later article joined the curated event
    assert {"2025-06-05-statement-vladimir-medinsky", "2025-07-25-statement-rustem-umerov"} <= {e.id for e in after.events} - {e.id for e in before.events}


@pytest.mark.parametrize("state", [0, 1], ids=["first build", "after new articles"])
def test_event_overrides_hold(builds, state):
    briefing, _ = builds[state]
    events = {e.id: e for e in briefing.events}
    talks = events["2025-06-02-talks"]
    assert talks.title == "Second round of direct talks in Istanbul"
    # merged: the prisoner-exchange sentence now belongs to the talks
    assert "2025-06-02-prisoner-exchange" not in events
    assert ("second-round", 1) in {(c.article_id, c.sentence) for c in talks.citations}
    # split: the day-after article's sentence moved to its own event
    assert "day-after" not in talks.articles
    length = events["2025-06-02-talks-length"]
    assert length.title == "How long the second round lasted" and length.articles == ("day-after",)
    assert length.date == "2025-06-02" and length.type == "talks"
    # date and type corrected; the title follows the type
    swap = events["2025-07-23-prisoner-exchange"]
    assert (swap.date, swap.type, swap.title) == ("2025-07-24", "body_repatriation", "Return of bodies")
    # hidden
    assert "2025-06-03-statement-recep-tayyip-erdogan" not in events
    # summary, note, pin
    ed = briefing.editorial["events/2025-06-02-talks"]
    assert ed.pinned and ed.note == "Both delegations handed over memoranda." and ed.summary.startswith("The second round lasted")


@pytest.mark.parametrize("state", [0, 1], ids=["first build", "after new articles"])
def test_article_and_entity_overrides_hold(builds, state):
    briefing, report = builds[state]
    articles = {a.id: a for a in briefing.articles}
    assert "no-date" not in articles
    assert report.excluded == ["excluded articles/no-date.md: an explainer without news (curation.yml:22)"]
    assert articles["day-after"].title == "The day after the second round"
    assert briefing.editorial["articles/day-after"].note == "Written from both capitals."
    front = briefing.editorial["articles/third-round"]  # from the article's own front matter
    assert front.pinned and front.summary.startswith("The third round produced")
    entities = {e.id: e for e in briefing.entities}
    assert entities["recep-tayyip-erdogan"].name == "Recep Tayyip Erdoğan"
    assert "Recep Tayyip Erdogan" in entities["recep-tayyip-erdogan"].aliases
    turkey = entities["turkey"]
    assert turkey.name == "Türkiye" and "Istanbul" in turkey.aliases and "istanbul" not in entities
    assert entities["rustem-umerov"].role == "Head of the Ukrainian delegation"
    assert "russia" not in entities
    places = {p for e in briefing.events for p in e.places}
    assert "Türkiye" in places and not {"Istanbul", "Turkey"} & places


@pytest.mark.parametrize("state", [0, 1], ids=["first build", "after new articles"])
def test_sources_follow_sources_yml(builds, state):
    briefing, _ = builds[state]
    sources = {s.id: s for s in briefing.sources}
    assert set(sources) == {"desk-one", "two"}  # "desk two" in front matter matched by name
    one = sources["desk-one"]
    assert (one.kind, one.country, one.home, one.notes) == ("wire agency", "Nowhere", "https://desk-one.example", "A wire desk written for the tests.")
    assert sources["two"].name == "Desk Two" and sources["two"].kind == "public broadcaster"


@pytest.mark.parametrize("state", [0, 1], ids=["first build", "after new articles"])
def test_override_matching_nothing_is_reported_with_its_line(builds, state):
    _, report = builds[state]
    nowhere = [p for p in report.warnings if p.code == "C130"]
    assert [(p.path, p.line, p.level) for p in nowhere] == [("curation.yml", 18, "warning")]
    assert nowhere[0].message == "no event has the id `2025-01-01-talks`: this override applies to nothing"


def test_strict_build_fails_on_an_override_matching_nothing(tmp_path):
    with pytest.raises(StrictFailure) as failure:
        build(content(tmp_path, "first"), tmp_path / "site", strict=True)
    assert "curation.yml:18: warning C130: no event has the id `2025-01-01-talks`" in "\n".join(failure.value.report.lines())
    assert not (tmp_path / "site").exists()


def test_the_site_shows_the_editors_work(tmp_path):
    folder = content(tmp_path, "first", "later")
    (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>')
    (folder / "briefing.yml").write_text("title: Curated\ntheme:\n  primary: teal\n  accent: amber\n  logo: logo.svg\npages:\n  entities: false\n")
    out = tmp_path / "site"
    report = build(folder, out)
    assert any("curation.yml:18: warning C130" in line for line in report.lines())  # build runs the checks
    assert not (out / "entities").exists() and (out / "assets" / "logo.svg").is_file()
    index = (out / "index.html").read_text()
    assert 'data-md-color-primary="teal"' in index and 'data-md-color-accent="amber"' in index and "assets/logo.svg" in index
    assert "entities/index.html" not in index and "<td>People, organisations and places</td>" in index  # counted, not linked
    home = (out / "index.html").read_text()
    pinned = home.split('id="pinned-by-the-editor"')[1].split('id="latest-developments"')[0]
    assert "Second round of direct talks in Istanbul" in pinned and "Third round in Istanbul brings" in pinned
    event = (out / "events" / "2025-06-02-talks.html").read_text()
    assert "Editor's note:</strong> Both delegations handed over memoranda." in event
    assert "The second round lasted about an hour and produced a deal on prisoners." in event
    source = (out / "sources" / "desk-one.html").read_text()
    assert "wire agency" in source and "Nowhere" in source and "A wire desk written for the tests." in source
    assert not (out / "events" / "2025-06-03-statement-recep-tayyip-erdogan.html").exists()
    assert "Türkiye" in event and "entities/turkey.html" not in event  # names stay, as text
    story = (out / "stories" / "talks-istanbul-2025-06-02.html").read_text()
    assert "<h1" in story and "The Istanbul rounds</h1>" in story
    assert "Editor's note:</strong> Rounds held at the Ciragan Palace." in story
    data = json.loads((out / "data" / "briefing.json").read_text())
    assert data["editorial"]["events/2025-06-02-talks"] == {
        "summary": "The second round lasted about an hour and produced a deal on prisoners.",
        "note": "Both delegations handed over memoranda.", "pinned": True}
    assert next(s for s in data["sources"] if s["id"] == "desk-one")["kind"] == "wire agency"
