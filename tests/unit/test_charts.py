import re

from generator.charts import coverage, per_type

PUBLISHED = {"Alpha Wire": ["2025-06-02", "2025-06-03", "2025-06-20"], "Beta News": ["2025-06-02"]}


def test_charts_are_the_same_bytes_on_every_build_and_keep_text_as_text():
    first = coverage(PUBLISHED, "Articles per week")
    assert first == coverage(dict(reversed(PUBLISHED.items())), "Articles per week")
    svg = first.decode()
    assert "<dc:date>" not in svg and "Alpha Wire" in svg and "Beta News" in svg
    assert "week of 2 Jun 2025" in svg and "per week" in svg
    long = coverage({"Alpha Wire": ["2022-02-28", "2025-07-23"]}, "Articles").decode()
    assert "per month" in long and "Feb 2022" in long
    assert not re.search(r'(?:href|src)="https?:', svg)


def test_events_per_type_has_one_bar_per_type():
    svg = per_type({"Talks": 3, "Strike": 1}, "Events by type").decode()
    assert "Talks" in svg and "Strike" in svg and svg.count('id="patch_') >= 4
