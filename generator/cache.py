"""A folder of per-article extraction results, so a rebuild parses only new or changed articles.

Each entry is one file named by its key: a SHA-256 over everything extraction depends on (the
article record, the extraction version, the spaCy model and version, the gazetteer, the shape of
the records). The file holds a checksum line and a pickle of the Summary; writes go to a temporary
file renamed into place, so an interrupted build leaves whole entries or none, and an entry that
fails its checksum or does not load is counted as corrupt and made again.
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

from .models import Article, Summary
from .nlp import EXTRACTION_VERSION, MODEL

ENTRY_SUFFIX = ".summary"


def _extraction_sources() -> str:
    """A digest of the code that makes a Summary, a guard for a forgotten version bump."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in [package / "models.py", package / "summarize.py", *sorted((package / "nlp").glob("*.py"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extraction_fingerprint(gazetteer_json: str) -> str:
    """What every cache key shares: extraction rules, model, gazetteer and record shapes."""

    parts = {
        "extraction": EXTRACTION_VERSION,
        "model": [MODEL, metadata.version(MODEL)],
        "spacy": metadata.version("spacy"),
        "gazetteer": gazetteer_json,
        "code": _extraction_sources(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def entry_key(article: Article, fingerprint: str) -> str:
    record = json.dumps(dataclasses.asdict(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{fingerprint}\n{record}".encode()).hexdigest()


class SummaryCache:
    """Summaries on disk under `root`, one file per key."""

    def __init__(self, root: Path):
        self.root = root
        self.corrupt = 0

    def _path(self, key: str) -> Path:
        return self.root / "summaries" / key[:2] / f"{key}{ENTRY_SUFFIX}"

    def get(self, key: str) -> Summary | None:
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            self.corrupt += 1
            return None
        digest, _, payload = blob.partition(b"\n")
        try:
            if digest.decode() != hashlib.sha256(payload).hexdigest():
                raise ValueError("checksum mismatch")
            summary = pickle.loads(payload)
            if not isinstance(summary, Summary):
                raise TypeError(type(summary).__name__)
        except Exception:  # any damage at all: the entry is made again
            self.corrupt += 1
            path.unlink(missing_ok=True)
            return None
        return summary

    def put(self, key: str, summary: Summary) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = pickle.dumps(summary, protocol=5)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def clear(self) -> int:
        """Remove every entry; returns how many there were."""
        entries = sum(1 for _ in self.root.glob(f"summaries/*/*{ENTRY_SUFFIX}"))
        shutil.rmtree(self.root / "summaries", ignore_errors=True)
        return entries
