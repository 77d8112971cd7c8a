import re

from hypothesis import given
from hypothesis import strategies as st
from markdown import Markdown

from generator.render import escape_text, front_matter, human_date, safe_url, time_tag

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "{{ 7*7 }} {% if x %}",
    "!!! warning \"spoof\"",
    "## heading {: onclick=\"alert(1)\" }",
    "--8<-- \"mkdocs.yml\"",
    "*emphasis* _under_ `code`",
]


def render(text: str) -> str:
    return Markdown(extensions=["tables", "toc"]).convert(escape_text(text))


def test_attacks_render_as_their_literal_text():
    for attack in ATTACKS:
        html = render(attack)
        assert "<script" not in html and "<img" not in html and "<a " not in html and "<em>" not in html
        assert not re.search(r"<h\d", html)
        assert "{{" not in html


@given(st.text())
def test_escaped_text_never_yields_a_tag_other_than_a_paragraph(text):
    html = render(text)
    tags = set(re.findall(r"</?([a-zA-Z][\w-]*)", html))
    assert tags <= {"p"}


def test_only_http_urls_are_linked():
    assert safe_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    for bad in ("javascript:alert(1)", "data:text/html,x", "ftp://example.org", "//example.org", None, ""):
        assert safe_url(bad) is None


def test_front_matter_escapes_the_title():
    text = front_matter("<b>x</b> & y")
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in text and "<b>" not in text


def test_human_dates():
    assert human_date("2025-06-02") == "2 June 2025"
    assert human_date("2025-03-10", "week") == "week of 10 March 2025"
    assert human_date(None) == "date unknown"


def test_dates_on_pages_carry_the_iso_date():
    assert time_tag("2025-06-02") == '<time datetime="2025-06-02">2 June 2025</time>'
    assert time_tag("2025-03-10", "week") == 'week of <time datetime="2025-03-10">10 March 2025</time>'
    assert time_tag("2025-03-01", "month") == '<time datetime="2025-03">March 2025</time>'
    assert time_tag(None) == "date unknown"
