"""Regular expressions for Unicode general categories, which Python's `re` cannot name.

Built once per process by scanning the planes where control, format, separator and surrogate
characters live (0, 1 and 14); private use (Co) adds planes 15 and 16 whole, noncharacters
excepted. A pattern substitutes in C, where a per-character loop over `unicodedata` would not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SCANNED = (range(0x20000), range(0xE0000, 0xE1000))
_PRIVATE_PLANES = "\\U000f0000-\\U000ffffd\\U00100000-\\U0010fffd"


@lru_cache(maxsize=None)
def _points(categories: frozenset[str]) -> tuple[int, ...]:
    return tuple(cp for block in _SCANNED for cp in block if unicodedata.category(chr(cp)) in categories)


@lru_cache(maxsize=None)
def category_pattern(categories: frozenset[str], without: frozenset[int] = frozenset(), plus: frozenset[int] = frozenset()) -> re.Pattern:
    """A pattern matching a run of characters of the given categories (minus `without`, plus
    `plus` code points)."""
    points = sorted(set(_points(categories)) - without | plus)
    ranges, start = [], None
    for i, cp in enumerate(points):
        start = cp if start is None else start
        if i + 1 == len(points) or points[i + 1] != cp + 1:
            ranges.append(f"\\U{start:08x}-\\U{cp:08x}")
            start = None
    extra = _PRIVATE_PLANES if "Co" in categories else ""
    return re.compile("[" + "".join(ranges) + extra + "]+")
