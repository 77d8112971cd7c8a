"""Write the docs tree, build it with MkDocs (Material) into a folder beside the output,
then swap it in: a failed build never leaves a half-written site."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from contextlib import contextmanager, nullcontext, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .config import OPTIONAL_PAGES, Config
from .errors import BriefingError
from .page_reuse import PageRecord, Reuse, reusing_pages, settings_key

if TYPE_CHECKING:
    from .cache import RecordCache

ASSETS = Path(__file__).resolve().parent.parent / "templates" / "assets"
OVERRIDES = Path(__file__).resolve().parent.parent / "templates" / "overrides"
HOOKS = Path(__file__).resolve().with_name("site_hooks.py")
LOGO = "assets/logo"  # the briefing's logo is copied here, keeping its suffix
NAV = [
    {"Home": "index.md"},
    {"Timeline": "timeline.md"},
    {"Stories": "stories/index.md"},
    {"Events": "events/index.md"},
    {"Sources": "sources/index.md"},
    {"People, organisations and places": "entities/index.md"},
    {"Articles": "articles/index.md"},
    {"Full briefing": "full.md"},
]


def mkdocs_config(title: str, language: str, docs: Path, site: Path, config: Config | None = None) -> dict:
    """MkDocs settings for an offline site: no web fonts, no generator link, vendored
    iframe-worker shim so search works from file://, a small fixed nav; colours, logo, site URL
    and the optional page kinds from briefing.yml."""
    config = config or Config(content_dir=docs)
    skipped = {f"{kind}.md" for kind in OPTIONAL_PAGES if kind not in config.pages} | {f"{kind}/index.md" for kind in OPTIONAL_PAGES if kind not in config.pages}
    theme_extra = {"logo": LOGO + config.logo.suffix.lower(), "favicon": LOGO + config.logo.suffix.lower()} if config.logo else {}
    return {
        "site_name": title,
        "docs_dir": str(docs),
        "site_dir": str(site),
        "use_directory_urls": False,
        "theme": {
            "name": "material",
            "custom_dir": str(OVERRIDES),
            "font": False,
            "language": language,
            "features": ["navigation.sections", "navigation.top"],
            **theme_extra,
            "palette": [
                {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": config.primary, "accent": config.accent,
                 "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"}},
                {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": config.primary, "accent": config.accent,
                 "toggle": {"icon": "material/weather-sunny", "name": "Switch to light mode"}},
            ],
        },
        "extra": {"generator": False, "polyfills": ["assets/iframe-worker-shim.js"]},
        "extra_css": ["assets/briefing.css"],
        "extra_javascript": ["assets/timeline.js"],
        "plugins": ["search", "offline"],
        "markdown_extensions": ["tables", {"toc": {"permalink": False}}],
        "hooks": [str(HOOKS)],
        "nav": [item for item in NAV if not set(item.values()) & skipped],
        **({"site_url": config.site_url} if config.site_url else {}),
        "not_in_nav": "/events/*\n/stories/*\n/sources/*\n/articles/*\n/entities/*\n/data/*\n/charts/*",
        "validation": {"links": {"not_found": "warn", "anchors": "warn"}},
    }


def write_docs(docs: Path, pages: dict[str, str], data: dict[str, bytes], logo: Path | None = None) -> None:
    for rel, text in sorted(pages.items()):
        path = _inside(docs, rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for rel, blob in sorted(data.items()):
        path = _inside(docs, rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(blob)
    shutil.copytree(ASSETS, docs / "assets", dirs_exist_ok=True)
    if logo:
        shutil.copyfile(logo, docs / (LOGO + logo.suffix.lower()))


def _inside(root: Path, rel: str) -> Path:
    path = (root / rel).resolve()
    if not path.is_relative_to(root.resolve()):
        raise BriefingError(f"refusing to write outside the output folder: {rel}")
    return path


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _source_date(epoch: int):
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def build_site(
    out: Path,
    title: str,
    language: str,
    newest: str | None,
    fill_docs: Callable[[Path], None],
    finish: Callable[[Path, list[str]], None],
    config: Config | None = None,
    pages: RecordCache[PageRecord] | None = None,
) -> Reuse:
    """Build into a temporary folder beside `out`, call `finish(built site, MkDocs warnings)`
    (which may still refuse the build by raising), then swap it in. With `pages`, MkDocs takes
    the pages that did not change from there (`page_reuse.py`)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-building-", dir=out.parent))
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    try:
        docs, site = work / "docs", work / "site"
        fill_docs(docs)
        config_file = work / "mkdocs.yml"
        settings = mkdocs_config(title, language, docs, site, config)
        config_file.write_text(yaml.safe_dump(settings, sort_keys=True), encoding="utf-8")
        epoch = int(datetime.fromisoformat(newest or "2000-01-01").replace(tzinfo=timezone.utc).timestamp())
        logger.addHandler(collect)
        shared = settings_key(settings, [HOOKS, *OVERRIDES.rglob("*.*")], docs) if pages else ""
        with _source_date(epoch), (reusing_pages(pages, shared, (HOOKS,)) if pages else nullcontext(Reuse())) as reuse:
            build(load_config(str(config_file)))
        prune(site, language)
        finish(site, collect.messages)
        _swap(site, out, work)
    except Exception as err:
        if isinstance(err, BriefingError):
            raise
        raise BriefingError(f"site build failed, previous site left untouched: {err}") from err
    finally:
        logger.removeHandler(collect)
        shutil.rmtree(work, ignore_errors=True)
    if pages:
        with suppress(OSError):  # the site is in place; a cache that cannot be pruned only grows
            pages.keep_only(reuse.keys)  # only the pages of the site now in place
    return reuse


def prune(site: Path, language: str) -> None:
    """Drop what an offline reader never loads: source maps, and search stemmers and word
    segmenters for languages other than the briefing's (each carries third-party URLs in its
    licence comments)."""
    for path in sorted(site.rglob("*.map")):
        path.unlink()
    lunr = site / "assets" / "javascripts" / "lunr"
    for path in sorted(lunr.glob("min/lunr.*.min.js")):
        if path.name.split(".")[1] not in ("multi", "stemmer", language):
            path.unlink()
    for name, lang in (("wordcut.js", "th"), ("tinyseg.js", "ja")):
        if language != lang and (lunr / name).exists():
            (lunr / name).unlink()


def _swap(new: Path, out: Path, work: Path) -> None:
    if out.exists() and not out.is_dir():
        raise BriefingError(f"{out} exists and is not a folder")
    old = work / "previous"
    if out.exists():
        out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        if old.exists():
            old.rename(out)
        raise
