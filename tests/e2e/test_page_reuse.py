"""MkDocs pages reused from the cache: rebuilt when a link or navigation target comes or goes,
warnings kept (and only the build's own), damaged entries made again, pages of earlier sites
dropped, and always the bytes a full MkDocs build gives."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from generator.cache import Caches
from generator.site import build_site, write_docs

pytestmark = pytest.mark.e2e

PAGES = {
    "index.md": "# Home\n\nSee [the talks](talks.md) and [the archive](archive.md#2024).\n",
    "talks.md": "# Talks\n\n## Istanbul\n\nDelegations met in Istanbul.\n",
}


def _build(out: Path, pages: dict[str, str], cache: Caches | None):
    warnings: list[str] = []
    reuse = build_site(out, "T", "en", "2025-06-02", lambda docs: write_docs(docs, pages, {}), lambda site, w: warnings.extend(w), None, cache and cache.pages)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    return reuse, warnings, files  # every file: pages, search index, sitemap


def test_unchanged_pages_are_reused_with_their_warnings(tmp_path):
    cache = Caches(tmp_path / "cache")
    first, warned, html = _build(tmp_path / "a", PAGES, cache)
    assert (first.built, first.reused) == (2, 0)
    assert any("archive.md" in w for w in warned)  # the missing target is reported
    second, warned_again, html_again = _build(tmp_path / "b", PAGES, cache)
    assert (second.built, second.reused) == (0, 2)
    assert warned_again == warned and html_again == html
    changed, _, html_changed = _build(tmp_path / "c", PAGES | {"talks.md": "# Talks\n\nDelegations met in Geneva.\n"}, cache)
    assert (changed.built, changed.reused) == (1, 1) and b"Geneva" in html_changed["talks.html"]
    assert len(list((tmp_path / "cache" / "pages").rglob("*.record"))) == 2  # the old talks page is gone


def test_a_page_is_built_again_when_a_link_target_appears(tmp_path):
    cache = Caches(tmp_path / "cache")
    _build(tmp_path / "a", PAGES, cache)
    with_archive = PAGES | {"archive.md": "# Archive\n\n## 2024\n\nOlder talks.\n"}
    reuse, warned, html = _build(tmp_path / "b", with_archive, cache)
    assert reuse.reused == 1 and reuse.built == 2  # talks.md reused; index.md and archive.md built
    assert 'href="archive.html#2024"' in html["index.html"].decode()
    assert not any("archive" in w for w in warned)
    fresh = _build(tmp_path / "c", with_archive, None)
    assert (fresh[1], fresh[2]) == (warned, html)


def test_a_damaged_page_entry_is_made_again(tmp_path):
    cache = Caches(tmp_path / "cache")
    _, _, html = _build(tmp_path / "a", PAGES, cache)
    entries = sorted((tmp_path / "cache" / "pages").rglob("*.record"))
    assert len(entries) == 2
    entries[0].write_bytes(entries[0].read_bytes()[:-30])
    again = Caches(tmp_path / "cache")
    reuse, _, html_again = _build(tmp_path / "b", PAGES, again)
    assert (reuse.built, reuse.reused, again.pages.corrupt) == (1, 1, 1)
    assert html_again == html


def test_every_page_is_built_again_when_a_navigation_target_appears(tmp_path):
    cache = Caches(tmp_path / "cache")
    _build(tmp_path / "a", PAGES, cache)
    with_timeline = PAGES | {"timeline.md": "# Timeline\n\nEvents by date.\n"}
    reuse, warned, files = _build(tmp_path / "b", with_timeline, cache)
    assert reuse.reused == 0  # each page's menu and prev/next links now show the timeline
    assert (warned, files) == _build(tmp_path / "c", with_timeline, None)[1:]


def test_warnings_other_threads_log_during_a_build_are_not_kept(tmp_path, monkeypatch):
    import mkdocs.structure.pages

    render = mkdocs.structure.pages.Page.render

    def render_while_serving(page, config, files):  # a server thread logs a request meanwhile
        thread = threading.Thread(target=logging.getLogger("mkdocs.livereload").warning, args=('"GET /x HTTP/1.1" code 404',))
        thread.start()
        thread.join()
        return render(page, config, files)

    cache = Caches(tmp_path / "cache")
    monkeypatch.setattr(mkdocs.structure.pages.Page, "render", render_while_serving)
    _build(tmp_path / "a", PAGES, cache)
    monkeypatch.undo()
    reuse, warned, _ = _build(tmp_path / "b", PAGES, cache)
    assert reuse.reused == 2 and not any("GET /x" in w for w in warned)
