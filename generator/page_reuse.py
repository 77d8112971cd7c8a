"""Reuse a page's HTML from an earlier MkDocs build when nothing it depends on has changed.

MkDocs converts and renders every page on every build; on a briefing of thousands of pages
that is most of a rebuild, though a few new articles change only a few hundred pages. A
page's output depends on its Markdown file, its path, the MkDocs settings (theme, navigation,
hooks and package versions are in `settings_key`) and on which of the files it links to exist.
The first three make the record's key; the record keeps every file lookup the page made and
is used only when each lookup gives the same answer now. A reused page gets its HTML, search
entries, anchors, links and warnings from the record; navigation, static files, sitemap, the
search index and the cross-page anchor check run as usual.

MkDocs has no hook that skips a page, so its two per-page steps (`_populate_page`,
`_build_page`) are wrapped for the length of one build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import RecordCache

RENDERING_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "jinja2", "markupsafe", "nh3", "pyyaml")
# plugins whose per-page work a reused page stands in for: search (its entries are kept) and
# offline (nothing per page); hooks only when the caller vouches that their result is in the HTML
KNOWN_PLUGINS = {"material/search", "material/offline"}


@dataclass
class PageRecord:
    """What one page's build produced, and the file lookups it depended on."""

    html: bytes  # zlib-compressed
    lookups: dict[str, bool]  # path looked up in the docs -> whether it was there
    title: str | None
    toc: Any
    anchors: set[str]
    links: dict[str, dict[str, str]]  # target file -> anchors linked there
    search: list[dict]
    read_warnings: list[tuple[str, int, str]]  # logger, level, message while read and converted
    built_warnings: list[tuple[str, int, str]]  # ... and while rendered into the theme


@dataclass
class Reuse:
    """Pages taken from the cache and pages built during one MkDocs build."""

    reused: int = 0
    built: int = 0
    keys: set[str] = field(default_factory=set)  # the records this build used or made
    _pending: dict[str, tuple[str, PageRecord]] = field(default_factory=dict)
    _hits: dict[str, PageRecord] = field(default_factory=dict)


def settings_key(settings: dict, files: list[Path], docs: Path) -> str:
    """The digest of everything shared by every page: MkDocs settings without the build's own
    folders, which navigation targets exist (each page's menu and prev/next links show it),
    Python and the versions of the packages that render, the level MkDocs logs at (it decides
    which warnings and anchor links a page records), and the theme overrides, hooks and this
    module."""
    shared = {k: v for k, v in settings.items() if k not in ("docs_dir", "site_dir")}
    targets = sorted(path for item in settings.get("nav", []) for path in item.values() if (docs / path).is_file())
    versions = [platform.python_version(), *(metadata.version(p) for p in RENDERING_PACKAGES)]
    level = logging.getLogger("mkdocs").getEffectiveLevel()
    digest = hashlib.sha256(json.dumps([shared, targets, versions, level], sort_keys=True).encode())
    for path in sorted([*files, Path(__file__)]):
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class _Capture(logging.Handler):
    """Warnings MkDocs logs while one page is built, from the building thread only (`serve`
    logs requests from others)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append((record.name, record.levelno, record.getMessage()))


@contextmanager
def _captured() -> Iterator[list[tuple[str, int, str]]]:
    handler, logger = _Capture(), logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


def _replay(warnings: list[tuple[str, int, str]]) -> None:
    for name, level, message in warnings:
        logging.getLogger(name).log(level, message)


def _search_index(config) -> Any:
    """The search plugin's index (a list of entries under `.entries`), if search is on."""
    for plugin in config.plugins.values():
        if hasattr(plugin, "search_index"):
            return plugin.search_index
    return None


@contextmanager
def reusing_pages(cache: RecordCache[PageRecord], shared: str, hooks: tuple[Path, ...] = ()) -> Iterator[Reuse]:
    """Within this context, MkDocs builds take unchanged pages from `cache`; `hooks` are hook
    files whose per-page work only changes the page's HTML. With any other plugin, no page is
    reused."""
    import mkdocs.commands.build as mkbuild
    from mkdocs.utils import write_file

    populate, build_page = mkbuild._populate_page, mkbuild._build_page
    reuse = Reuse()
    known = KNOWN_PLUGINS | {str(path) for path in hooks}

    def page_key(page) -> str:
        source = hashlib.sha256(Path(page.file.abs_src_path).read_bytes()).hexdigest()
        return hashlib.sha256(f"{shared}\0{page.file.src_uri}\0{source}".encode()).hexdigest()

    def populate_or_reuse(page, config, files, dirty=False) -> None:
        if not set(config.plugins) <= known:
            return populate(page, config, files, dirty)
        key = page_key(page)
        record = cache.get(key)
        if record and all((files.get_file_from_path(p) is not None) == there for p, there in record.lookups.items()):
            page.read_source(config)
            page.content, page.toc, page._title_from_render = "", record.toc, record.title
            page.present_anchor_ids = set(record.anchors)
            page.links_to_anchors = {files.get_file_from_path(p): dict(a) for p, a in record.links.items()}
            reuse._hits[page.file.src_uri] = record
            reuse.keys.add(key)
            _replay(record.read_warnings)
            return
        lookups: dict[str, bool] = {}
        find = files.get_file_from_path

        def recorded(path: str):
            found = find(path)
            lookups[path] = found is not None
            return found

        files.get_file_from_path = recorded
        try:
            with _captured() as warnings:
                populate(page, config, files, dirty)
        finally:
            del files.get_file_from_path
        links = {f.src_uri: dict(a) for f, a in (page.links_to_anchors or {}).items()}
        record = PageRecord(b"", lookups, page._title_from_render, page.toc, set(page.present_anchor_ids or ()), links, [], list(warnings), [])
        reuse._pending[page.file.src_uri] = (key, record)

    def build_or_reuse(page, config, doc_files, nav, env, dirty=False, excluded=False) -> None:
        index = _search_index(config)
        if page.file.src_uri not in reuse._hits and page.file.src_uri not in reuse._pending:  # not ours to keep
            return build_page(page, config, doc_files, nav, env, dirty, excluded)
        record = reuse._hits.get(page.file.src_uri)
        if record:
            if index is not None:
                index.entries.extend(record.search)
            write_file(zlib.decompress(record.html), page.file.abs_dest_path)
            _replay(record.built_warnings)
            reuse.reused += 1
            return
        key, record = reuse._pending.pop(page.file.src_uri)
        before = len(index.entries) if index is not None else 0
        with _captured() as warnings:
            build_page(page, config, doc_files, nav, env, dirty, excluded)
        reuse.built += 1
        dest = Path(page.file.abs_dest_path)
        if not dest.is_file():  # MkDocs skips a page whose output is empty
            return
        record.html = zlib.compress(dest.read_bytes(), 1)
        record.search = index.entries[before:] if index is not None else []
        record.built_warnings = list(warnings)
        cache.put(key, record)
        reuse.keys.add(key)

    mkbuild._populate_page, mkbuild._build_page = populate_or_reuse, build_or_reuse
    try:
        yield reuse
    finally:
        mkbuild._populate_page, mkbuild._build_page = populate, build_page
