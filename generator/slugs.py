"""Safe, readable, stable slugs for ids and file names.

python-slugify transliterates (Cyrillic, Arabic, accents) to lowercase ASCII words joined by
hyphens, so a slug never holds a slash, a dot, NUL or any path syntax. Names that Windows
reserves for devices (CON, NUL, COM1…) get a suffix, text with nothing to transliterate gets a
hash, and `unique_slugs` gives names that slug alike distinct, order-independent slugs.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from slugify import slugify as _slugify

MAX_LENGTH = 80
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def slugify(text: str) -> str:
    """Transliterated lowercase ASCII words joined by hyphens; never empty, never a path."""
    slug = _slugify(text, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    if not slug:
        return "x-" + _digest(text)
    if slug in RESERVED:
        return slug + "-page"
    return slug


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """A distinct slug for each distinct name; names that slug alike all get a suffix hashed
    from the name itself, so no slug depends on the order the names come in."""
    by_slug: dict[str, set[str]] = defaultdict(set)
    for name in names:
        by_slug[slugify(name)].add(name)
    out = {}
    for slug, group in by_slug.items():
        for name in group:
            out[name] = slug if len(group) == 1 else f"{slug[:MAX_LENGTH - 9]}-{_digest(name)}"
    return out
