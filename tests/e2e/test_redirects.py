"""A page once published keeps working: a split event's old URL redirects, from file://."""

import json
import shutil
from pathlib import Path

import pytest

from generator.pipeline import build

pytestmark = pytest.mark.e2e
EVENTS = Path(__file__).resolve().parents[1] / "fixtures" / "events"


def test_split_event_keeps_its_old_url_as_a_redirect(tmp_path):
    content, out = tmp_path / "content", tmp_path / "site"
    (content / "articles").mkdir(parents=True)
    shutil.copy(EVENTS / "alpha-kharkiv-strike.md", content / "articles")
    build(content, out)
    assert (out / "events" / "2025-06-05-strike.html").is_file()
    record = json.loads((content / ".ids.json").read_text())
    assert "2025-06-05-strike" in record["events"] and "alpha-wire" in record["sources"]

    shutil.copy(EVENTS / "gamma-odesa-strike.md", content / "articles")  # a second strike that day
    report = build(content, out)
    assert report.redirects == 1
    page = (out / "events" / "2025-06-05-strike.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=2025-06-05-strike-kharkiv.html">' in page
    assert (out / "events" / "2025-06-05-strike-kharkiv.html").is_file()
    again = build(content, out)  # the record now holds both: same site, same redirect
    assert again.redirects == 1 and json.loads((content / ".ids.json").read_text())["events"].keys() >= {
        "2025-06-05-strike", "2025-06-05-strike-kharkiv", "2025-06-05-strike-odesa"}
