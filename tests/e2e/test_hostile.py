"""Build the hostile corpus (tests/hostile) end to end, with broken files generated beside it,
and check the built site: no element, attribute, URL or script came from article text, every
attack reads as the literal text the article held, and every skipped file is in the report."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import lxml.html
import pytest

from conftest import write

pytestmark = pytest.mark.e2e
HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
MARK = "pwn"
SLUG_LIKE = re.compile(r"^[a-z0-9._/#-]+$|^https?://[^\s<>\"'`]+$")  # page paths, ids, encoded http(s) URLs
SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.\-]*)\s*:", re.I)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "srcdoc", "poster", "background", "xlink:href"}
TEXT_ATTRIBUTES = {"title", "aria-label", "alt"}  # shown as text, never parsed as markup
NEVER = {"iframe", "object", "embed", "frame", "frameset", "base", "applet"}
UKRAINIAN = "Делегації України та Росії зустрілися в Стамбулі в понеділок. Сторони обмінялися полоненими, повідомили в Києві. Їхні переговори тривали дві години."

# What each hostile Markdown or HTML article must show literally (Markdown syntax that is
# legitimately the article's own, like **bold**, is read as Markdown and shows its text).
LITERAL = {
    "md-in-html": ['<div markdown="1" onclick="pwn(12)">pwn12 spoofed</div>', "<script>pwn(12)</script>",
                   "<img src=x onerror=pwn(12)>", "[click](javascript:pwn(12))"],
    "title-front-matter": ["<img src=x onerror=pwn(13)> Convoy reaches the city", "<script>pwn(13)</script> Hostile Wire",
                           "[Author](javascript:pwn(13)) <b onmouseover=pwn(13)>Name</b>"],
    "title-breakout": ["</title><script>pwn(14)</script> &lt;/title&gt;&lt;script&gt;pwn(14)&lt;/script&gt;", '"><svg onload=pwn(14)>'],
    "search-title": ["<img src=x onerror=pwn(15)> Search me", "<img src=y onerror=pwn(15)> heading in body", "<svg/onload=pwn(15)> Search Wire"],
    "saved-page": ["<script>pwn(16)</script> Exchange at the border", "<img src=x onerror=pwn(16)>"],
}
EXPECTED_SKIPS = {
    "articles/broken/binary.txt": "A107",
    "articles/broken/empty.md": "A104",
    "articles/broken/oversize.txt": "A102",
    "articles/broken/unreadable.txt": "A103",
    "articles/broken/escape.txt": "A101",
    "articles/broken/linked-sidecar.txt": "A101",
    "articles/broken/bad-front-matter.md": "A111",
    "articles/broken/bad-sidecar.txt": "A111",
    "articles/broken/bad-date.md": "A113",
}


def broken_files(articles: Path, outside: Path) -> None:
    """Broken and oddly named files beside the hostile articles."""
    b = articles / "broken"
    text = "The delegations met in Istanbul on Monday, the ministry said.\n\nThey agreed to meet again.\n"
    write(b / "invalid-utf8.txt", "Talks in Istanbul\n\nThe delegations met in Київ on Monday, ".encode() + b"\xff\xfe" + " Умєров said.\n".encode())
    write(b / "cp1251.txt", ("Переговори у Стамбулі\n\n" + UKRAINIAN + "\n").encode("cp1251"))
    write(b / "koi8-u.txt", ("Обмін полоненими\n\n" + UKRAINIAN + "\n").encode("koi8_u"))
    write(b / "utf16.txt", ("Новий раунд переговорів\n\n" + UKRAINIAN + "\n").encode("utf-16"))
    write(b / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    write(b / "empty.md", "")
    write(b / "oversize.txt", "Talks went on. " * 2000)
    write(b / "unreadable.txt", text).chmod(0)
    write(outside / "secret.txt", "Secret notes that must never be published, said the editor on Monday.\n")
    (b / "escape.txt").symlink_to(outside / "secret.txt")
    write(b / "linked-sidecar.txt", text)
    write(outside / "linked-sidecar.meta.yml", "title: Secret\n")
    (b / "linked-sidecar.meta.yml").symlink_to(outside / "linked-sidecar.meta.yml")
    write(b / "bad-front-matter.md", "---\ntitle: Talks\nsource: [unclosed\npublished: 2025-06-09\n---\n\n" + text)
    write(b / "bad-sidecar.txt", text)
    write(b / "bad-sidecar.meta.yml", "title: Talks\nsource: 'unclosed\n")
    write(b / "bad-date.md", "---\ntitle: Talks\npublished: next Tuesday-ish\n---\n\n" + text)
    names = articles
    for name in ("CON.txt", "nul.md", "Київ — переговори.txt", "حلب.txt", "a..b.txt", "x" * 200 + ".txt"):
        write(names / name, text)
    write(names / "slash-title.md", "---\ntitle: '../../../etc/passwd / a\\b'\nsource: '../../outside'\n---\n\n" + text)
    write(names / "nul-title.md", '---\ntitle: "NUL\\0 in title"\nsource: "CON"\n---\n\n' + text)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    from generator.pipeline import build

    base = tmp_path_factory.mktemp("hostile")
    content = base / "content"
    shutil.copytree(HOSTILE, content, ignore=shutil.ignore_patterns("README.md"))
    with (content / "briefing.yml").open("a") as f:
        f.write("max_article_bytes: 20000\n")
    broken_files(content / "articles", base / "outside")
    unreadable = content / "articles" / "broken" / "unreadable.txt"
    before = sorted(p.relative_to(base) for p in base.rglob("*"))
    with pytest.MonkeyPatch.context() as mp:
        if os.geteuid() == 0:  # root reads through chmod 000: simulate the error it would get
            original = Path.read_bytes

            def read_bytes(self):
                if self == unreadable:
                    raise PermissionError(13, "Permission denied", str(self))
                return original(self)

            mp.setattr(Path, "read_bytes", read_bytes)
        mp.chdir(base)
        report = build(content, base / "site")
    unreadable.chmod(0o644)
    # the record of published ids is the build's one documented write into the content folder
    record = content / ".ids.json"
    after = sorted(p.relative_to(base) for p in base.rglob("*") if not p.is_relative_to(base / "site") and p != record)
    return base / "site", report, (before, after)


def pages(site: Path):
    for path in sorted(site.rglob("*.html")):
        yield path.relative_to(site).as_posix(), lxml.html.fromstring(path.read_bytes())


def offences(doc, local_scripts: bool = True) -> list[str]:
    """Every element, attribute, URL or script in `doc` that article text could have made."""
    found = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in NEVER or MARK in tag:
            found.append(f"<{tag}>")
        if tag == "meta" and el.get("http-equiv", "").lower() == "refresh":
            found.append("<meta refresh>")
        for name, value in el.attrib.items():
            if name.lower().startswith("on") or MARK in name:
                found.append(f"<{tag} {name}>")
            if MARK in value and not SLUG_LIKE.match(value) and name not in TEXT_ATTRIBUTES:
                found.append(f"<{tag} {name}={value!r}>")
            scheme = SCHEME.match(value)
            if name.lower() in URL_ATTRIBUTES and scheme and scheme.group(1).lower() not in ("http", "https"):
                found.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            src = el.get("src")
            if MARK in (el.text or "") or (src and local_scripts and not re.match(r"^/?(\.\./)*assets/", src)):
                found.append(f"<script {src or (el.text or '')[:60]!r}>")
    return found


def visible(doc) -> str:
    return " ".join(doc.text_content().split())


def test_no_element_attribute_url_or_script_comes_from_article_text(hostile_site):
    site, _, _ = hostile_site
    checked = 0
    for rel, doc in pages(site):
        assert offences(doc) == [], rel
        checked += 1
    assert checked > 40


def test_every_attack_in_a_text_scrape_reads_as_its_literal_text(hostile_site):
    site, _, _ = hostile_site
    scrapes = sorted(p for p in (HOSTILE / "articles").glob("*.txt") if not p.name.startswith("good"))
    assert len(scrapes) >= 12
    for path in scrapes:
        lines = [" ".join(ln.split()) for ln in path.read_text().splitlines() if ln.strip()]
        doc = lxml.html.fromstring((site / "articles" / f"{path.stem}.html").read_bytes())
        shown = visible(doc.find(".//article"))
        for line in lines:
            assert line in shown, (path.name, line)


def test_hostile_metadata_and_markdown_read_as_literal_text(hostile_site):
    site, _, _ = hostile_site
    for stem, expected in LITERAL.items():
        doc = lxml.html.fromstring((site / "articles" / f"{stem}.html").read_bytes())
        shown = visible(doc.find(".//article"))
        for text in expected:
            assert " ".join(text.split()) in shown, (stem, text)


def test_page_titles_cannot_break_out_of_the_title_element(hostile_site):
    site, _, _ = hostile_site
    doc = lxml.html.fromstring((site / "articles" / "title-breakout.html").read_bytes())
    titles = doc.findall(".//title")
    assert len(titles) == 1
    assert titles[0].text_content().startswith(LITERAL["title-breakout"][0] + " - ")
    assert [s for s in doc.iter("script") if MARK in (s.text or "")] == []


def test_site_name_from_configuration_is_text_everywhere(hostile_site):
    site, _, (before, after) = hostile_site
    name = '!!python/object/apply:os.system ["touch pwned-by-config"] <svg onload=pwn(90)>'
    doc = lxml.html.fromstring((site / "index.html").read_bytes())
    assert name in visible(doc.find_class("md-header__topic")[0])
    assert doc.find_class("md-logo")[0].get("aria-label") == name
    assert doc.findall(".//title")[0].text_content() == name
    assert "Hostile test briefing <img src=x onerror=pwn(91)>" in visible(doc.find(".//article"))
    # mkdocs.yml is loaded with an unsafe YAML loader: the title must not have run as a tag
    assert before == after and not any("pwned" in p.name for p in Path.cwd().iterdir())


def test_search_index_titles_and_text_stay_text(hostile_site):
    site, _, _ = hostile_site
    docs = json.loads((site / "search" / "search_index.json").read_text())["docs"]
    titles = {d["location"]: d["title"] for d in docs}
    for d in docs:
        title = lxml.html.fragment_fromstring(d["title"] or " ", create_parent="div")
        assert len(title) == 0, d["title"]  # the theme inserts titles with innerHTML
        if d["text"]:
            assert offences(lxml.html.fragment_fromstring(d["text"], create_parent="div")) == [], d["location"]
    shown = lambda loc: lxml.html.fragment_fromstring(titles[loc], create_parent="div").text_content()  # noqa: E731
    assert shown("articles/search-title.html") == "<img src=x onerror=pwn(15)> Search me"
    assert shown("articles/title-breakout.html") == LITERAL["title-breakout"][0]
    assert any(MARK in t for t in titles.values())


def test_json_export_keeps_the_literal_text_and_only_http_urls(hostile_site):
    site, _, _ = hostile_site
    data = json.loads((site / "data" / "briefing.json").read_text())
    articles = {a["id"]: a for a in data["articles"]}
    assert articles["title-front-matter"]["title"] == LITERAL["title-front-matter"][0]
    assert articles["title-front-matter"]["url"] is None
    assert articles["search-title"]["url"] is None
    assert articles["title-breakout"]["url"].startswith("https://example.org/")
    assert all(a["url"] is None or SCHEME.match(a["url"]).group(1) in ("http", "https") for a in articles.values())
    sources = {s["name"] for s in data["sources"]}
    assert {"<script>pwn(13)</script> Hostile Wire", '"><svg onload=pwn(14)>'} <= sources


def test_report_lists_every_skipped_file_and_the_rest_is_built(hostile_site):
    site, report, _ = hostile_site
    skipped = {p.path: p.code for p in report.skipped}
    assert skipped == EXPECTED_SKIPS
    lines = report.lines()
    for path in EXPECTED_SKIPS:
        assert any(line.startswith(f"skipped {path}") for line in lines), path
    lines_of = {p.path: p.line for p in report.skipped}
    assert lines_of["articles/broken/bad-front-matter.md"] == 3
    assert lines_of["articles/broken/bad-sidecar.txt"] == 2
    assert any("invalid-utf8.txt:3: warning A114" in str(w) for w in report.warnings)
    published = json.loads((site / "data" / "build-report.json").read_text())
    assert {p["path"]: p["code"] for p in published["skipped"]} == EXPECTED_SKIPS
    assert all(p["message"] and p["hint"] for p in published["skipped"])
    data = json.loads((site / "data" / "briefing.json").read_text())
    paths = {a["path"] for a in data["articles"]}
    hostile = {f"articles/{p.name}" for p in (HOSTILE / "articles").iterdir() if not p.name.endswith(".meta.yml")}
    assert hostile <= paths
    assert not paths & set(EXPECTED_SKIPS)
    assert "Secret" not in (site / "data" / "briefing.json").read_text()


def test_legacy_encodings_are_decoded(hostile_site):
    site, _, _ = hostile_site
    for stem in ("cp1251", "koi8-u", "utf16"):
        doc = lxml.html.fromstring((site / "articles" / f"broken-{stem}.html").read_bytes())
        assert "Їхні переговори тривали дві години." in visible(doc.find(".//article")), stem
    doc = lxml.html.fromstring((site / "articles" / "broken-invalid-utf8.html").read_bytes())
    assert "Київ on Monday, \ufffd\ufffd Умєров said." in visible(doc)


def test_names_give_safe_readable_unique_files_inside_the_site(hostile_site):
    site, _, _ = hostile_site
    files = [p.relative_to(site).as_posix() for p in site.rglob("*.html")]
    assert all(re.fullmatch(r"([a-z0-9-]+/)?[a-z0-9-]+\.html", f) for f in files), files
    articles = {f for f in files if f.startswith("articles/")}
    assert {"articles/con-page.html", "articles/nul-page.html", "articles/kiiv-peregovori.html",
            "articles/hlb.html", "articles/a-b.html", "articles/slash-title.html"} <= articles
    assert any(len(f) < 100 and f.startswith("articles/xxxx") for f in articles)
    sources = {p.stem for p in (site / "sources").glob("*.html")}
    assert {"outside", "con-page"} <= sources
    data = json.loads((site / "data" / "briefing.json").read_text())
    titles = {a["title"] for a in data["articles"]}
    assert "../../../etc/passwd / a\\b" in titles and "NUL in title" in titles


def test_page_html_is_sanitised_even_when_a_template_lets_markup_through(tmp_path):
    """The second line: a careless template override marks article text safe; nh3 still
    removes the script, handlers and javascript: links from the page."""
    from generator.pipeline import build

    content = tmp_path / "content"
    for name in ("script-tag.txt", "inline-handlers.txt", "javascript-url.txt"):
        write(content / "articles" / name, (HOSTILE / "articles" / name).read_bytes())
    careless = "# {{ article.title }}\n\n{% for p in article.paragraphs %}\n{{ p | safe }}\n\n{% endfor %}\n"
    write(tmp_path / "careless" / "pages" / "article.md.j2", careless)
    build(content, tmp_path / "site", templates=tmp_path / "careless")
    for name in ("script-tag", "inline-handlers", "javascript-url"):
        doc = lxml.html.fromstring((tmp_path / "site" / "articles" / f"{name}.html").read_bytes())
        article = doc.find(".//article")
        assert offences(article) == [], name
        assert list(article.iter("script", "svg", "iframe")) == [], name
    assert "Both sides handed over prisoner lists on Monday." in visible(doc)


RECORD_CALLS = "window.__ran = []; window.pwn = (x) => window.__ran.push(String(x)); window.alert = window.pwn;"


def test_nothing_runs_in_a_browser_while_reading_and_searching(hostile_site, browser_context):
    """The hostile articles' pages and the sources named by them opened, the search typed and
    its results hovered: `pwn` is never called."""
    site, _, _ = hostile_site
    ctx, outside = browser_context
    page = ctx.new_page()
    page.add_init_script(RECORD_CALLS)
    hostile = [site / "articles" / f"{p.stem}.html" for p in (HOSTILE / "articles").glob("*") if not p.name.endswith(".meta.yml")]
    for path in [site / "index.html", *sorted(set(hostile)), *sorted((site / "sources").glob("*pwn*.html"))]:
        page.goto(path.as_uri())
        page.mouse.move(200, 300)
        assert page.evaluate("window.__ran") == [], path
    page.goto((site / "index.html").as_uri())
    page.click(".md-search__input")
    page.keyboard.type("search me", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=20000)
    results = page.locator(".md-search-result__item")
    for i in range(results.count()):
        results.nth(i).hover()
    assert any("<img src=x onerror=pwn(15)> Search me" in r for r in results.all_inner_texts())
    assert page.evaluate("window.__ran") == [] and outside == []
