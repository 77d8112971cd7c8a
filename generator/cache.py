"""Folders of records, so a rebuild reads and parses only new or changed articles and has
MkDocs build only the pages that changed.

Under the cache folder: `articles/` (an Article as read and cleaned, keyed by the file's bytes,
its metadata and the reading code), `indexes/` (metadata sidecars as read), `summaries/` (a
Summary, keyed by the Article, the extraction version and code, the spaCy model and version, and
the gazetteer) and `pages/` (a page as MkDocs built it, see `page_reuse.py`).
Each entry is one file named by its key, holding a checksum line and a pickle of the record.
Writes go to a temporary file renamed into place, so an interrupted build leaves whole entries
or none; an entry that fails its checksum or does not load is counted as corrupt and made again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Generic, TypeVar

from .models import Article, Conflict, Summary
from .nlp import EXTRACTION_VERSION, MODEL
from .page_reuse import PageRecord

PACKAGE = Path(__file__).parent
READING_CODE = ("models.py", "ingest.py", "clean.py", "decode.py", "slugs.py", "yamlfile.py")
EXTRACTION_CODE = ("models.py", "summarize.py", "nlp/*.py")
ENTRY_SUFFIX = ".record"

Record = TypeVar("Record")


def code_digest(patterns: tuple[str, ...]) -> str:
    """A digest of the package files that make a record, a guard for a forgotten version bump."""
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(PACKAGE.glob(pattern)):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def extraction_fingerprint(gazetteer_json: str, conflict: Conflict = Conflict()) -> str:
    """What every summary key shares: extraction rules and code, model, gazetteer, the
    briefing's conflict."""
    return digest(
        EXTRACTION_VERSION,
        [MODEL, metadata.version(MODEL)],
        metadata.version("spacy"),
        gazetteer_json,
        conflict,
        code_digest(EXTRACTION_CODE),
    )


def summary_key(article: Article, fingerprint: str) -> str:
    return digest(fingerprint, dataclasses.asdict(article))


class RecordCache(Generic[Record]):
    """Records of one type on disk under `root/kind`, one file per key."""

    def __init__(self, root: Path, kind: str, record_type: type[Record]):
        self.folder = root / kind
        self.record_type = record_type
        self.corrupt = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{ENTRY_SUFFIX}"

    def get(self, key: str) -> Record | None:
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            self.corrupt += 1
            return None
        checksum, _, payload = blob.partition(b"\n")
        try:
            if checksum.decode() != hashlib.sha256(payload).hexdigest():
                raise ValueError("checksum mismatch")
            record = pickle.loads(payload)
            if not isinstance(record, self.record_type):
                raise TypeError(type(record).__name__)
        except Exception:  # any damage at all: the entry is made again
            self.corrupt += 1
            path.unlink(missing_ok=True)
            return None
        return record

    def put(self, key: str, record: Record) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = pickle.dumps(record, protocol=5)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def keep_only(self, keys: set[str]) -> None:
        """Remove every entry whose key is not in `keys`."""
        for path in self.folder.glob(f"*/*{ENTRY_SUFFIX}"):
            if path.name.removesuffix(ENTRY_SUFFIX) not in keys:
                path.unlink(missing_ok=True)

    def count(self) -> int:
        return sum(1 for _ in self.folder.glob(f"*/*{ENTRY_SUFFIX}"))


@dataclasses.dataclass
class Caches:
    """The build's caches under one folder."""

    root: Path

    def __post_init__(self) -> None:
        self.articles: RecordCache[Article] = RecordCache(self.root, "articles", Article)
        self.indexes: RecordCache[dict] = RecordCache(self.root, "indexes", dict)
        self.summaries: RecordCache[Summary] = RecordCache(self.root, "summaries", Summary)
        self.pages: RecordCache[PageRecord] = RecordCache(self.root, "pages", PageRecord)

    def clear(self) -> int:
        """Remove every entry; returns how many summaries (parsed articles) there were."""
        parsed = self.summaries.count()
        for cache in (self.articles, self.indexes, self.summaries, self.pages):
            shutil.rmtree(cache.folder, ignore_errors=True)
        return parsed
