"""Safe, readable, stable slugs for ids and file names."""

from __future__ import annotations

import hashlib

from slugify import slugify as _slugify

MAX_LENGTH = 80


def slugify(text: str) -> str:
    """Transliterated lowercase ASCII words joined by hyphens; never empty, never a path."""
    slug = _slugify(text, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    if not slug:
        slug = "x-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return slug
