"""Which places are countries: a country names the sides of a war, not where something happened.

pycountry knows official and common country names; the gazetteer's aliases let a short name
("Russia", alias "Russian Federation"; "Turkey", alias "Türkiye") be recognised too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import pycountry


@lru_cache(maxsize=4096)
def _known(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def country_test(gazetteer: Iterable[dict]) -> Callable[[str], bool]:
    """A test `is_country(name)` for canonical place names."""
    countries = {
        e["name"]
        for e in gazetteer
        if e.get("type") == "place" and any(_known(n) for n in [e["name"], *e.get("aliases", [])])
    }
    return lambda name: name in countries or _known(name)
