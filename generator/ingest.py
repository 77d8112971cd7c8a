"""Discover articles under CONTENT/articles and read each into an Article.

One reader per suffix: Markdown with YAML front matter, raw text scrapes with a sidecar
(`NAME.meta.yml`) or folder index (`metadata.yml`), and saved HTML pages (trafilatura).
A file that cannot be read becomes a Problem; it never stops the others.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from .cache import READING_CODE, Caches, code_digest, digest
from .clean import Cleaned, clean, normalize
from .decode import decode_bytes
from .errors import ArticleError, Problem
from .models import Article
from .slugs import slugify, unique_slugs
from .yamlfile import line_of, load_yaml

FIELDS = ("title", "source", "url", "published", "author", "language")
EDITORIAL = ("summary", "note", "pin", "exclude")  # curation keys of Markdown front matter (see curation.py)
TEXT_SUFFIXES = {".txt"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SIDECAR = ".meta.yml"
FOLDER_INDEX = "metadata.yml"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 20x faster on big metadata.yml indexes


def _leaves() -> ArticleError:
    return ArticleError("A101", "a link leading outside the articles folder", "replace the link with the file itself")


@dataclass(frozen=True)
class Ingested:
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


def discover(articles_dir: Path) -> list[Path]:
    """Article files under the folder, any depth, in a stable order."""
    suffixes = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
    found = [
        p
        for p in articles_dir.rglob("*")
        if p.suffix.lower() in suffixes and not p.name.startswith(".")
    ]
    return sorted(found, key=lambda p: p.relative_to(articles_dir).as_posix())


def ingest(content_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, cache: Caches | None = None) -> Ingested:
    """Read every article under CONTENT/articles; bad files become problems. With a cache, an
    article whose file, sidecar and index entry are unchanged is not read and cleaned again."""
    articles_dir = content_dir / "articles"
    problems: list[Problem] = []
    articles: list[Article] = []
    indexes: dict[Path, dict[str, Any]] = {}
    root = articles_dir.resolve()
    reading = code_digest(READING_CODE) if cache else ""
    for path in discover(articles_dir):
        rel = path.relative_to(content_dir).as_posix()
        try:
            if not path.resolve().is_relative_to(root):
                raise _leaves()
            folder_meta = _folder_index(path.parent, indexes, content_dir, problems, cache)
            articles.append(_read_cached(path, rel, folder_meta.get(path.name), max_bytes, cache, reading, problems))
        except ArticleError as err:
            problems.append(Problem(rel, err.line, err.code, "error", err.message, err.hint))
    unique, alike = _unique_ids(articles)
    unknown = [
        Problem(a.path, line, "A121", "warning", f"unknown front-matter key `{key}`", "use " + ", ".join(f"`{f}`" for f in FIELDS + EDITORIAL))
        for a in articles for key, line in a.unknown
    ]
    return Ingested(tuple(unique), tuple(problems + alike + unknown))


def _read_cached(path: Path, rel: str, entry: Any, max_bytes: int, cache: Caches | None, reading: str, problems: list[Problem]) -> Article:
    """read_article, through the cache when there is one: the key covers every input. An
    article read with warnings is not cached, so the warnings come again on the next build."""
    if cache is None or path.stat().st_size > max_bytes:
        return read_article(path, rel, entry, max_bytes, problems)
    sidecar = path.with_name(path.stem + SIDECAR)
    try:
        side = hashlib.sha256(sidecar.read_bytes()).hexdigest() if sidecar.is_file() else None
        key = digest(reading, rel, hashlib.sha256(path.read_bytes()).hexdigest(), side, entry, max_bytes)
    except OSError:
        return read_article(path, rel, entry, max_bytes, problems)
    article = cache.articles.get(key)
    if article is None:
        notes: list[Problem] = []
        article = read_article(path, rel, entry, max_bytes, notes)
        problems += notes
        if not notes:
            cache.articles.put(key, article)
    return article


def _folder_index(folder: Path, seen: dict[Path, dict[str, Any]], content_dir: Path, problems: list[Problem], cache: Caches | None) -> dict[str, Any]:
    if folder not in seen:
        index = folder / FOLDER_INDEX
        seen[folder] = {}
        if index.is_file():
            rel = index.relative_to(content_dir).as_posix()
            try:
                raw = _read_beside(index, folder)
                key = digest("index", hashlib.sha256(raw).hexdigest())
                data = cache.indexes.get(key) if cache else None
                data = load_yaml(raw, rel, loader=SAFE_LOADER) if data is None else data
            except ArticleError as err:
                problems.append(Problem(rel, err.line, err.code, "warning", err.message + "; its articles are read without it", err.hint))
            else:
                if isinstance(data, dict):
                    seen[folder] = data
                    if cache:
                        cache.indexes.put(key, data)
                else:
                    problems.append(Problem(rel, 1, "A110", "warning", "metadata index is not a mapping of file names to fields; its articles are read without it", "write `NAME.txt:` then its fields, indented"))
    return seen[folder]


def read_article(path: Path, rel: str, folder_meta: Any, max_bytes: int = DEFAULT_MAX_BYTES, notes: list[Problem] | None = None) -> Article:
    """Read one article file; raise ArticleError with a reason when it cannot be used.
    Warnings about an article that is still used (damaged bytes) go to `notes`."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError("A102", f"file is {size:,} bytes, over the limit of {max_bytes:,}", "split it or raise `max_article_bytes` in briefing.yml")
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError("A103", f"cannot read the file: {err.strerror}", "check its permissions") from None
    if not raw.strip():
        raise ArticleError("A104", "the file is empty", "remove it or add the article's text")
    decoded = decode_bytes(raw)
    if decoded.damaged and notes is not None:
        notes.append(Problem(rel, decoded.damaged_line, "A114", "warning", f"{decoded.damaged} invalid UTF-8 byte(s) shown as \ufffd", "save the file as UTF-8 again from its source"))
    text = decoded.text
    suffix = path.suffix.lower()
    editorial: tuple = ()
    unknown: tuple = ()
    if suffix in MARKDOWN_SUFFIXES:
        meta, cleaned = _read_markdown(text, rel)
        editorial = tuple((k, meta[k], line_of(meta, k) + 1) for k in EDITORIAL if k in meta)
        unknown = tuple((str(k), line_of(meta, k) + 1) for k in meta if k not in FIELDS + EDITORIAL)
    elif suffix in HTML_SUFFIXES:
        meta, cleaned = _read_html(text)
    else:
        meta = _sidecar(path, rel) or _mapping(folder_meta, rel)
        cleaned = clean(text)
    meta = _validated(meta, rel)
    paragraphs, title, inferred = _title(cleaned, meta)
    for name in ("source", "author"):
        if not meta.get(name) and cleaned.hints.get(name):
            meta[name] = cleaned.hints[name]
            inferred.append(name)
    if not meta.get("published") and cleaned.hints.get("dateline"):
        meta["published"] = _date(cleaned.hints["dateline"])
        inferred.append("published")
    if not paragraphs:
        raise ArticleError("A105", "no article text left after removing page furniture", "check that the file holds the article itself")
    return Article(
        id=slugify(_id_text(rel)),
        path=rel,
        title=title,
        source=meta.get("source"),
        published=meta.get("published"),
        url=meta.get("url"),
        author=meta.get("author"),
        language=meta.get("language") or "en",
        paragraphs=tuple(paragraphs),
        sha256=hashlib.sha256(raw).hexdigest(),
        inferred=tuple(sorted(inferred)),
        removed=tuple(cleaned.removed),
        cited=tuple(cleaned.cited),
        editorial=editorial,
        unknown=unknown,
    )


def _sidecar(path: Path, rel: str) -> dict[str, Any] | None:
    sidecar = path.with_name(path.stem + SIDECAR)
    if not sidecar.is_file():
        return None
    try:
        data = load_yaml(_read_beside(sidecar, path.parent), rel, loader=SAFE_LOADER)
    except ArticleError as err:  # say which file the line is in
        raise ArticleError(err.code, f"{sidecar.name}: {err.message}", err.hint, err.line) from None
    return _mapping(data, rel)


def _read_beside(meta: Path, folder: Path) -> bytes:
    """A metadata file's bytes; a link leading out of its folder is refused, not followed."""
    if meta.resolve().parent != folder.resolve():
        raise _leaves()
    try:
        return meta.read_bytes()
    except OSError as err:
        raise ArticleError("A103", f"cannot read {meta.name}: {err.strerror}", "check its permissions") from None


def _mapping(data: Any, rel: str) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError("A112", "metadata is not a mapping of fields", "write `field: value` lines")
    return dict(data)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(\n|\Z)", re.S)


def _read_markdown(text: str, rel: str) -> tuple[dict[str, Any], Cleaned]:
    match = _FRONT_MATTER.match(text)
    meta: dict[str, Any] = {}
    if match:
        data = load_yaml(match.group(1) or "", rel, line_offset=1)
        _mapping(data, rel)
        meta = data or {}
        text = text[match.end():]
    return meta, Cleaned(paragraphs=markdown_paragraphs(text))


def markdown_paragraphs(text: str) -> list[str]:
    """The text of each block of a Markdown body; raw HTML stays literal text."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": False}).parse(normalize(text))
    paragraphs = []
    for token in tokens:
        if token.type == "inline":
            breaks = ("softbreak", "hardbreak")
            parts = [" " if c.type in breaks else c.content for c in token.children or []]
            block = re.sub(r"\s+", " ", "".join(parts)).strip()
            if block:
                paragraphs.append(block)
        elif token.type in ("code_block", "fence"):
            paragraphs.extend(ln.strip() for ln in token.content.splitlines() if ln.strip())
    return paragraphs


def _read_html(text: str) -> tuple[dict[str, Any], Cleaned]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        raise ArticleError("A106", "no article text found in the HTML page", "save the article's own page, not an index page")
    meta = {
        "title": doc.title,
        "author": doc.author,
        "source": doc.sitename,
        "published": doc.date,
        "url": doc.url,
        "language": doc.language,
    }
    cleaned = clean(doc.text)
    return {k: v for k, v in meta.items() if v}, cleaned


def _validated(meta: dict[str, Any], rel: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if key not in FIELDS or value is None or value == "":
            continue
        if key == "published":
            parsed = _date(value)
            if parsed is None:
                raise ArticleError("A113", f"`published` is not a date: {value!r}", "write it as YYYY-MM-DD")
            out[key] = parsed
        elif key == "url":
            url = str(value).strip()
            out[key] = url if re.match(r"^https?://[^\s/]+", url, re.I) else None
        else:
            out[key] = re.sub(r"\s+", " ", normalize(str(value))).strip() or None
    return out


def _date(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def _title(cleaned: Cleaned, meta: dict[str, Any]) -> tuple[list[str], str, list[str]]:
    """The article's title: given, its headline line, or derived from its first sentence."""
    paragraphs = list(cleaned.paragraphs)
    given = meta.get("title")
    if paragraphs and given and _same(paragraphs[0], given):
        paragraphs.pop(0)
    if given:
        return paragraphs, given, []
    if len(paragraphs) > 1 and _is_headline(paragraphs[0]):
        return paragraphs[1:], paragraphs[0], ["title"]
    first = re.split(r"(?<=[.!?])\s+", paragraphs[0])[0] if paragraphs else ""
    words = first.split()
    title = " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    return paragraphs, title.rstrip("."), ["title"]


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    return norm(a) == norm(b)


def _is_headline(line: str) -> bool:
    return len(line.split()) <= 20 and not re.search(r"[.!?\"”’']$", line)


def _unique_ids(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """Ids are slugs of paths; two paths that slug alike each get a hash of the path, and a
    warning, since such an id is hard to read and to write in curation.yml."""
    from dataclasses import replace

    slugs = unique_slugs(_id_text(a.path) for a in articles)
    alike: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        alike[slugify(_id_text(a.path))].append(a.path)
    problems = [
        Problem(p, None, "A120", "warning", f"the article id `{slug}` is shared with {', '.join(q for q in paths if q != p)}",
                f"rename one of the files: each now has an id with a hash of its path (`{slugs[_id_text(p)]}`)")
        for slug, paths in alike.items() if len(paths) > 1 for p in paths
    ]
    return [replace(a, id=slugs[_id_text(a.path)]) for a in articles], problems


def _id_text(rel: str) -> str:
    return str(Path(rel).with_suffix("")).removeprefix("articles/")
