"""Property-based tests (hypothesis) over the cleaner, the escaper, the slugger and the
front-matter reader: whatever the text, nothing is lost, nothing becomes markup, no slug is a path."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import lxml.html
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown import Markdown

from generator.clean import clean, normalize
from generator.errors import ArticleError
from generator.ingest import read_article
from generator.render import escape_text
from generator.site import mkdocs_config
from generator.slugs import MAX_LENGTH, RESERVED, slugify, unique_slugs

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# text a scraper might hand over: letters of several scripts, markup characters, odd spaces
ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list("<>&\"'`*_[](){}!#|:;=/\\~^-+.\n\t \u00a0\u200b\u2028") + ["Київ", "حلب", "{{", "{%", "--8<--", "!!!", "{:"]),
)
TEXT = st.lists(ALPHABET, max_size=60).map("".join)


def visible_text(value: str) -> str:
    """What a reader sees: the escaper's own normalisation of the input."""
    text = unicodedata.normalize("NFC", value)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text if unicodedata.category(c) not in ("Cf", "Cs", "Co"))
    return re.sub(r"\s+", " ", text).strip()


def site_markdown() -> Markdown:
    extensions = mkdocs_config("t", "en", Path("docs"), Path("site"))["markdown_extensions"]
    names = [e if isinstance(e, str) else next(iter(e)) for e in extensions]
    configs = {next(iter(e)): next(iter(e.values())) for e in extensions if isinstance(e, dict)}
    return Markdown(extensions=names, extension_configs=configs)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_escaped_text_renders_as_exactly_the_original_text(value):
    rendered = site_markdown().convert(escape_text(value))
    if not visible_text(value):
        return
    root = lxml.html.fragment_fromstring(rendered, create_parent="div")
    assert [el.tag for el in root.iter()] == ["div", "p"], rendered
    assert " ".join(root.text_content().split()) == " ".join(visible_text(value).split())


@given(TEXT)
def test_escaped_text_has_no_markup_characters_left(value):
    escaped = escape_text(value)
    assert re.fullmatch(r"([^<>\"'`*_\[\](){}!|:=\\~^]|&#\d+;)*", escaped)
    assert html.unescape(escaped) == visible_text(value)


@given(TEXT)
def test_slugs_are_safe_stable_and_readable(value):
    slug = slugify(value)
    assert SLUG.match(slug) and len(slug) <= MAX_LENGTH + 5
    assert slug not in RESERVED and ".." not in slug and "/" not in slug
    assert slug == slugify(value)


def test_slugs_transliterate_cyrillic_and_arabic():
    assert slugify("Київ — переговори") == "kiiv-peregovori"
    assert slugify("Зеленський") == "zelenskii"
    assert slugify("حلب") == "hlb"
    assert slugify("CON") == "con-page" and slugify("lpt1") == "lpt1-page"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("x" * 300) == "x" * MAX_LENGTH
    assert SLUG.match(slugify("\x00/..\\"))


@settings(deadline=None)
@given(st.lists(TEXT, max_size=12), st.randoms())
def test_unique_slugs_are_distinct_and_independent_of_order(names, rnd):
    slugs = unique_slugs(names)
    assert len(set(slugs.values())) == len(set(names))
    shuffled = list(names)
    rnd.shuffle(shuffled)
    assert unique_slugs(shuffled) == slugs
    assert all(SLUG.match(s) for s in slugs.values())


@given(TEXT.map(lambda t: t.replace("\n", " ")), TEXT)
def test_unique_slugs_keep_the_plain_slug_when_nothing_collides(a, b):
    if slugify(a) != slugify(b):
        assert unique_slugs([a, b]) == {a: slugify(a), b: slugify(b)}


LINE = st.lists(st.one_of(st.sampled_from(["Share this article", "Advertisement", "Also Read:", "Menu", "Next Story", "by Jo Doe · Wire", "May 3, 2024", "(Reuters)"]), TEXT.map(lambda t: t.replace("\n", " "))), max_size=15)


@settings(deadline=None)
@given(LINE)
def test_the_cleaner_loses_no_line_and_invents_none(lines):
    text = "\n".join(lines)
    result = clean(text)
    source = [re.sub(r" {2,}", " ", ln).strip() for ln in normalize(text).split("\n")]
    source = [ln for ln in source if ln]
    assert set(result.paragraphs) | set(result.removed) == set(source)
    assert all("\n" not in p for p in result.paragraphs)


# NEL and the Unicode line separators are line breaks to YAML, kept or folded by quoting style
FIELD_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x85\u2028\u2029"), min_size=1, max_size=40)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150, deadline=None)
@given(title=FIELD_TEXT, source=FIELD_TEXT, author=FIELD_TEXT)
def test_front_matter_values_come_back_as_the_text_written(tmp_path, title, source, author):
    meta = {"title": title, "source": source, "author": author, "published": "2025-06-09"}
    path = tmp_path / "a.md"
    path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\nThe talks ended on Monday.\n", encoding="utf-8")
    article = read_article(path, "articles/a.md", None)
    expect = lambda v: re.sub(r"\s+", " ", normalize(v)).strip() or None  # noqa: E731
    if expect(title):
        assert article.title == expect(title)
    assert (article.source, article.author, article.published) == (expect(source), expect(author), "2025-06-09")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_any_front_matter_is_read_or_reported_with_a_line_inside_it(tmp_path, front):
    path = tmp_path / "b.md"
    text = "---\n" + front.replace("---", "- -") + "\n---\n\nThe talks ended on Monday.\n"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        read_article(path, "articles/b.md", None)
    except ArticleError as err:
        assert err.code.startswith("A1")
        if err.line is not None:
            assert 1 <= err.line <= text.count("\n") + 1
