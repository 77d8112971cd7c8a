"""Names in a doc: the canonical people, organisations and places it names, with the model's
types corrected from how each name is used (see docs/extraction.md, Entities)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.symbols import PROPN
from spacy.tokens import Span

from .. import places
from ..config import Gazetteer
from .dates import ORDINAL_NUMBER, date_expression
from .entities import DASHES, LEADING_ADVERB, PERSONAL_TITLE, POSSESSIVE, TITLES, TYPES, clean_name, clean_person, ends_with, fold, merge_surnames, misspelling, plausible
from .given_names import GIVEN_NAMES
from .model import LABELS, POSSESSIVE_MARKS, SETTLEMENTS
from .views import columns as doc_columns
from .views import entities, text_between
from .views import text as doc_text

# nouns naming a person by role: a name after or in apposition to one is a person's, a pronoun
# after "The mayor said ..." is not an earlier name, and "a US official said" is the US speaking
HUMAN_NOUNS = {
    "mayor", "governor", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
    "adviser", "advisor", "aide", "envoy", "diplomat", "officer", "commander", "soldier", "resident",
    "witness", "aunt", "uncle", "mother", "father", "son", "daughter", "wife", "husband", "correspondent",
    "reporter", "analyst", "expert", "source", "lawmaker", "senator", "leader", "chief", "head", "woman", "man",
    "commissioner", "researcher", "professor", "economist", "historian", "journalist", "activist", "politician",
    "lawyer", "prosecutor", "secretary", "chancellor", "ambassador", "negotiator", "priest", "director", "founder",
    "fellow", "scholar", "writer", "editor", "oligarch", "general", "agent", "boss",
}
# people by what they do, who speak for themselves: "a Moscow business executive" is not Moscow
ROLE_NOUNS = {
    "coach", "player", "star", "athlete", "teacher", "nurse", "doctor", "surgeon", "medic", "volunteer", "student",
    "engineer", "farmer", "driver", "pilot", "banker", "artist", "singer", "actor", "actress", "musician", "poet",
    "novelist", "photographer", "filmmaker", "manager", "executive", "entrepreneur", "investor", "owner",
    "chairman", "chairwoman", "businessman", "businesswoman", "scientist", "worker", "refugee", "survivor", "commentator", "blogger",
    "therapist", "psychotherapist", "psychologist", "psychiatrist", "campaigner", "author", "colleague", "counterpart",
    "conscript", "reservist", "serviceman", "servicewoman", "recruit", "veteran", "mercenary", "paratrooper", "sniper",
    "pensioner", "villager", "baker", "shopkeeper", "mechanic",
}
HUMAN_NOUNS |= ROLE_NOUNS
NATIONALITY = re.compile(r"(?:ian|ish|ese|ean|an|i)$")  # Ukrainian, British, Chinese, Korean, Israeli
# nouns naming a place: "the town of Lyman", "the Krasnodar region"
DESIGNATION = re.compile(r"[A-Z]{1,2}")  # a model's letter after a hyphen: "IRIS-T" (the tokenizer keeps "Su-25" whole)
PLACE_NOUNS = {
    "town", "city", "village", "region", "province", "oblast", "district", "settlement", "port",
    "capital", "county", "suburb", "outskirts", "municipality", "republic", "peninsula", "vicinity", "area",
}
# geographic words a place's name ends with that are no part of it: "Svalbard archipelago", "Ural
# mountains", "Cardiff city centre", "Rostov Oblast" (not "Merchiston Castle school")
GENERIC_TAIL = re.compile(r"(?: (?:archipelago|strait|straits|gulf|sea|mountains|coast|region|province|oblast|peninsula|circle|basin|area|city|centre|center|Region|Oblast|Krai))+$")
# one romanised syllable of a Korean or Chinese given name after its hyphen: "yeol", "wook", "un", "wen"
SYLLABLE = re.compile(r"^(?:[bcdghjkmnpstwy]|ch|hs|sh|ts|ss|jj|kk|pp|tt)?(?:y|w)?[aeiou]{1,2}(?:ng|n|m|l|k|p|t|g|b|h)?$")
# "Dnepropetrovsk Region", "Rostov Oblast": a place, whatever the model says (not "Council of the Region")
PROVINCE = re.compile(r"^(?:[A-Z][\w'’.-]+ )+(?:Region|Oblast|Krai)$")
# nouns a place's name modifies in a war report: "the Kupiansk direction", "the Lyman axis"
FRONT_NOUNS = {"direction", "axis", "front"}
# endings of East Slavic place names that no person's or institution's name has:
# Kindrashivka, Goncharovka, Hulyaipole, Ternopil, Pokrovsk, Kurakhivske, Millerovo, Dachne
PATRONYMIC = re.compile(r"(?:ovych|evych|ovich|evich|ivna|ovna|evna|ichna)$")  # "Oleksiy Opanasovych", "Nina Ivanovna"
TOPONYM_ENDING = re.compile(r"(?:[iyoe]vka|[aeiouy]pole?|[aeiouy]pil|[nrtv]sk|[io]vske|sko[y]?e|[eo]vo|ovoye|(?:ch|z|d)ne|shire)$")  # not "Hromadske", "Suspilne"; "Huntingdonshire"
COUNTRIES_WITH_VILLAGES = 2  # the doc's most named countries, whose villages GeoNames lists
# nouns a town's name modifies as a place: "Nikopol residents", "Krasnodar officials"
LOCAL_NOUNS = {"resident", "inhabitant", "mayor", "governor", "official", "authority", "airport", "station", "plant", "hospital"}
VENUES = {"zoo", "ecopark", "museum", "theatre", "theater", "hospital", "school", "college", "academy", "library", "cathedral", "monastery"}
COLLECTIVES = {"collective", "band", "group", "movement", "network", "charity", "organisation", "organization"}  # what a named body is called before its name
ORG_WORDS = {"institute", "university", "center", "centre", "program", "programme", "foundation", "council", "company", "group"}
NEAR = {"near", "toward", "towards"}
# what war reports place near or toward a village: "attacked near Basovka", "southwest of Lyman near X"
MOVES = {
    "attack", "counterattack", "assault", "advance", "operation", "operate", "strike", "fight", "clash",
    "position", "infiltrate", "shell", "repel", "push", "gain", "force", "offensive", "battle", "raid",
    "engage", "move", "withdraw", "retreat", "hit", "fire", "continue",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", *NEAR,
}
# prepositions after which a village's name is a place ("in Kirby", "near Harris" are rare;
# "according to Kirby", "spoke to Harris", "a call from Sullivan" are not)
AROUND = {"in", "near", "outside", "around", "toward", "towards", "across", "inside"}
LOCATIVE = {"in", "near", "outside", "around", "at", "from", "to", "into", "toward", "towards", "across", "through", "inside"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "himself", "herself"}
WEAPONS = {"launcher", "missile", "howitzer", "rifle", "interceptor", "munition"}  # not "rockets", "fighters": "Hamas fighters"
MILITARY_UNITS = {"brigade", "battalion", "regiment", "division", "corps", "army", "squadron", "detachment", "platoon", "fleet", "flotilla"}
FORCES = {"navy", "army", "force", "forces", "fleet", "corps", "guard", "marines", "ministry", "industries", "corporation"}
# a body named for its work, whose name takes no "The": "Office for Nuclear Regulation", "Council for Global Equality"
NAMED_FOR_ITS_WORK = re.compile(
    r"^(?:Office|Council|Ministry|Department|Committee|Commission|Agency|Board|Bureau|Authority|Service|Organi[sz]ation|Institute|Cent(?:re|er)|Foundation) (?:for|of|on)\b"
)
LISTED_BODY_WORDS = {"ministry", "service", "directorate", "department", "committee", "agency", "office", "council", "bureau", "guard", "forces", "commission", "authority", "administration"}
BODY_WORDS = {"navy", "army", "air", "marines", "coast", "senate", "congress", "parliament", "embassy", "treasury"}
SHIP_PREFIX = re.compile(r"^(?:USS|HMS|RFS|HMCS|HMAS|INS|USNS|MV|MS) [A-Z]")
BLOCS = {"west", "east", "global south", "global north", "collective west"}
FACILITIES = {"airport", "airfield", "plant", "powerplant", "station", "pipeline", "bridge", "dam"}
MEN_OF_THE_FAMILY = {"son", "brother", "father"}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "ter", "zu"}  # "Ursula von der Leyen"
TREATIES = {"convention", "conventions", "agreement", "agreements", "accord", "accords", "protocol", "protocols", "treaty", "memorandum"}
VESSELS = {"ship", "vessel", "tanker", "freighter", "carrier", "warship", "cruiser", "frigate", "yacht"}
# weapon systems the model takes for organisations or people ("HIMARS", "Himars", "Shaheds", "Iskander-M"), by
# names no person or institution has; not "Abrams", "Bradley", "Caesar": surnames too
WEAPON_SYSTEMS = re.compile(
    r"^(?:HIMARS|M142|MLRS|ATACMS|NASAMS|IRIS-T|Patriot|Javelin|Stinger|NLAW|Bayraktar(?: TB2)?|TB2|Shahed(?:-\d+)?|Geran(?:-\d)?"
    r"|Iskander(?:-M)?|Kalibr|Kinzhal|Oreshnik|Zircon|Tochka(?:-U)?|Storm Shadow|SCALP|Taurus|Tomahawk|Grad|Uragan|Smerch"
    r"|Pantsir(?:-S1)?|Buk(?:-M\d)?|Krasnopol|Excalibur|Harpoon|Switchblade|Phoenix Ghost|Starstreak|Gepard|Leopard(?: \d\w*)?"
    r"|UAV|UCAV|MANPADS|ATGM|ICBM|SLBM|IFV|APC|HARM|AGM-\d+\w*|(?:F|MiG|Su|Ka|Mi|Tu|Kh|Yak)-\d+\w*|S-[34]00|A-50)(?:s|es)?$",
    re.IGNORECASE,  # "Himars", "Nasams": some papers write acronyms as words
)
# endings of one-word company names no person's name has: Gazprombank, Sberbank, Rosneft, Naftogaz, Gazprom, Rosatom
COMPANY_ENDING = re.compile(r"^[A-Z]\w*(?:bank|neft|gaz|prom|atom)$")
# a bare chamber's name in an article naming the United States ("asked Congress for $33bn", "House Democrats")
US_CHAMBERS = {"Congress": "US Congress", "House": "US House of Representatives"}
INITIAL_SMALL_WORDS = {"of", "the", "for", "and", "on", "in"}  # left out of an acronym, or in lower case ("MoD")
PSEUDONYM = re.compile(r"[\s,(\-–—]{1,4}(?:which is |who is )?not (?:his|her|their) real name", re.IGNORECASE)  # "Sergey - not his real name -"
ACRONYM = re.compile(r"^(?=.{3})[A-Z](?:[a-z]?[A-Z]){1,6}$")  # "ASA", "UNHCR", "MoD"; not "AC" (an army corps)
WIRE_AGENCIES = {"AP", "Reuters", "AFP"}  # credited in a dateline: "KYIV, Ukraine (AP) — "; not "(IAEA) –" mid-text
OWN_NAME_WORDS = 3  # words a body's name needs to stand without its owner's: "Asan Institute for Policy Studies"
OUTLET_ROLE = re.compile(r"\b(?:news|broadcaster|channel|radio|television|newspaper|outlet)\b", re.I)  # a gazetteer role naming a news outlet
BROADCAST_ROLES = {"presenter", "host", "anchor", "producer", "presenters", "hosts"}  # "the former BBC Top Gear presenter"
SCHOOLS = {"University", "Institute", "Academy", "Polytechnic", "Conservatory"}
# nouns naming a news outlet: "the newspaper Novaya Gazeta", "Ukrainian outlet Strana", "Time magazine"
OUTLET_NOUNS = {
    "newspaper", "daily", "weekly", "tabloid", "magazine", "outlet", "channel", "radio", "tv",
    "television", "newswire", "website", "portal", "publication",
}
# people who work for an outlet: "opinion editor at Politico Europe", "the Politico editor"
NEWS_PEOPLE = {"editor", "correspondent", "reporter", "columnist", "journalist", "anchor", "presenter"}
OUTLET_OR_NEWS_PEOPLE = OUTLET_NOUNS | NEWS_PEOPLE
# last words that make the words an acronym spells a body's name ("National Unity Platform
# (NUP)"; not "the Consumer Price Index (CPI)", "the United Arab Emirates (UAE)")
SPELLED_BODIES = {
    "platform", "district", "studies", "organization", "organisation", "association", "alliance", "authority",
    "office", "service", "services", "union", "network", "movement", "front", "board", "administration",
}
# a body's kind, which alone and capitalised names again the one body of that kind named in
# full ("the Foundation" after "the Anti-Corruption Foundation")
BODY_KINDS = {
    "foundation", "parliament", "ministry", "council", "committee", "commission", "agency", "fund", "institute",
    "assembly", "court", "tribunal", "party", "bank", "department",
}
PARTY_STATE = re.compile(r"(?:\(|, )(?:R|D|I)-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?:\)|,)")  # "(R-Calif.)", "(D-New York)", "Sen. X, R-Wyo., said"
NEWSPAPER_WORDS = {"times", "post", "journal", "telegraph", "guardian", "examiner", "herald", "tribune", "mirror", "independent", "observer", "gazette", "express"}
# bodies every state has, which a state's possessive makes that state's: "Russia's Defense Ministry"
STATE_BODY = re.compile(
    r"^(?:[A-Z][a-z]+ (?:(?:and )?[A-Z][a-z]+ )?Ministry|Ministry of (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)?"
    r"|Security Council|General Staff|National Guard|Armed Forces|Navy|Air Force|Parliament|Security Service"
    r"|Border Guard Service|Emergency Service|Investigative Committee|Prosecutor General['’]s Office)$"
)


@dataclass(frozen=True)
class Name:
    name: str
    type: str
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class _PlaceTests:
    """The place tests for one doc: countries and continents (the gazetteer's), and towns,
    with the villages of the countries the doc names most."""

    is_country: Callable[[str], bool]
    countries: tuple[str, ...]

    def is_town(self, name: str, villages: bool = False) -> bool:
        """A town of 15,000 people or more; with `villages`, also a place of 500 or more of
        the doc's countries (whose names include surnames: "Kirby", "Harris", "Shevchenko")."""
        return places.is_town(name, self.countries if villages else ())


def named_countries(doc, gazetteer: Gazetteer) -> dict[str, str]:
    """The countries the doc names, each name (canonical, or as written) with its ISO code, the
    most named first (ties: first named first); a capital ("Moscow", "Washington, D.C.") names
    its country."""
    counts = Counter()
    for ent in entities(doc):
        if ent.label_ == "GPE" and (gazetteer.is_country(name := ent.ent_id_ or clean_name(ent.text)) or places.country_of_capital(name)):
            counts[name] += 1
    codes = {name: places.country_of_capital(name) or places.country_code((name, *gazetteer.aliases.get(name, ()))) for name, _ in counts.most_common()}
    return {name: code for name, code in codes.items() if code}


def entity_names(doc, gazetteer: Gazetteer, countries: tuple[str, ...]) -> list[Name]:
    """Canonical names of the people, organisations and places the doc names (`countries`:
    ISO codes of the countries it names, the most named first)."""
    known_types = gazetteer.types
    tests = _PlaceTests(gazetteer.is_country, countries[:COUNTRIES_WITH_VILLAGES])
    columns = doc_columns(doc)
    common_words = columns.lowercase_words()
    raw = []
    outlets = {fold(clean_name(ent.text)) for ent in entities(doc) if ent.label_ in TYPES and _an_outlet(doc, ent, tests)}
    cued = {ent.start: fold(clean_name(ent.text)) for ent in entities(doc) if ent.start and doc[ent.start - 1].lower_ in OUTLET_NOUNS and fold(clean_name(ent.text)) in outlets}
    cued_names = {name for start, name in cued.items() if doc[start - 1].is_lower}  # not "Scotland" of "BBC Radio Scotland"
    named_in_full = _first_names(doc, gazetteer, tests, common_words)
    first_names = {first for first, _ in named_in_full.values()}
    given = gazetteer.first_names | GIVEN_NAMES  # first names of the listed people, and the region's common ones
    facility_acronyms = {doc[i + 1].text for i in numpy.flatnonzero(columns.lower_in({"("})) if 0 < i < len(doc) - 2 and doc[i - 1].lower_ in FACILITIES and doc[i + 2].text == ")"}
    states = _party_states(doc, gazetteer)
    raw += states
    named_alone = {clean_name(ent.text) for ent in entities(doc) if ent.label_ in TYPES and not any(t.text in POSSESSIVE_MARKS for t in ent)}
    languages = any(ent.label_ == "LANGUAGE" for ent in entities(doc))
    for ent, start in (part for whole in _widened(doc, gazetteer) for part in _without_possessor(*whole, named_alone, gazetteer)):
        surface = text_between(doc, start, ent.end)
        if _wire_credit(doc, ent) or _hashtag(doc, ent) or _a_treaty(doc, ent, tests) or _a_language(doc, ent, tests, languages) or any(n.start <= ent.start < n.end for n in states):
            continue
        if ent.start in named_in_full:
            first, name = named_in_full[ent.start]
            name, kind = gazetteer.listed(name) or (name, "person")
            raw.append(Name(name, kind, text_between(doc, first, ent.end), first, ent.end))
            continue
        if ent.end - ent.start == 1 and ent.start in first_names:
            continue
        if republic := _republic(doc, ent):
            name, known = gazetteer.listed(republic) or (republic, "place")
            raw.append(Name(name, known, surface, start, ent.end))
            continue
        if state := _governed(doc, ent, gazetteer):
            raw.append(Name(*(gazetteer.listed(state) or (state, "place")), surface, start, ent.end))
            continue
        if state_body := _state_body(doc, ent, gazetteer):
            body, state, begin = state_body
            if begin > ent.start + 1:  # the state's name inside the span: "Ukraine’s Defense Ministry"
                raw.append(Name(*(gazetteer.listed(state) or (state, "place")), text_between(doc, ent.start, begin - 1), ent.start, begin - 1))
            raw.append(Name(*(gazetteer.listed(body) or (body, "organization")), text_between(doc, begin, ent.end), begin, ent.end))
            continue
        if ent.label_ in TYPES and (ent.text in facility_acronyms or _a_facility(doc, ent, gazetteer, tests)):
            if place := _place_of(doc, start, ent.end - 1, gazetteer, tests):
                raw.append(place)
            continue
        if body_end := _country_body(doc, ent, gazetteer.is_country):
            body = text_between(doc, start, body_end)
            raw.append(Name(clean_name(body), "organization", body, start, body_end))
            continue
        if ent.ent_id_ in known_types and all(t.ent_id_ == ent.ent_id_ for t in ent):  # not "Russia" of "BBC Russia", its root
            raw.append(Name(ent.ent_id_, known_types[ent.ent_id_], surface, start, ent.end))
            continue
        kind = "organization" if _a_division(ent, gazetteer) else _retyped(doc, ent, start, surface, TYPES.get(ent.label_), tests)
        # "news outlet Delfi" (a word for an outlet before it), and the outlet's name elsewhere unless the model
        # calls it a place ("New York" of "New York magazine", "our Eastern Europe correspondent") and no common
        # noun for an outlet came before the name ("the media outlet Baza … according to Baza")
        key = fold(clean_name(ent.text))
        if kind and (ent.start in cued or (key in outlets and (ent.label_ in ("ORG", "PERSON") or key in cued_names))):
            kind = "organization"
        elif (kind == "organization" and _first_named(doc, ent, given)) or (kind in ("organization", "place") and _a_given_name(ent, tests)):
            kind = "person"
        kind = "place" if kind and PROVINCE.search(clean_name(surface)) else kind
        adjective = len(ent) == 1 and (ent.root.pos_ == "ADJ" or (places.state_of(ent.text) and not tests.is_country(ent.text)))  # "the Kazakh meeting"
        if not kind or not plausible(surface, ent.label_) or adjective:
            continue
        for begin, end in _place_parts(doc, start, ent.end, surface, tests) if kind == "place" else _listed_bodies(doc, start, ent.end):
            part = text_between(doc, begin, end)
            name = clean_person(part) if kind == "person" else clean_name(part)
            if kind == "place":
                name = GENERIC_TAIL.sub("", name) or name  # "the Svalbard archipelago", "the Bosphorus strait"
            if listed := gazetteer.listed(name):
                raw.append(Name(*listed, part, begin, end))
            elif name and plausible(name, ent.label_) and name.lower() not in common_words:
                raw.append(Name(name, kind, part, begin, end))
    for i in numpy.flatnonzero(columns.pos_in(PROPN)[:-1] & columns.lower_in({","})[1:]):
        token = doc[int(i)]  # "Viktoria, from Kyiv, has been …": a first name the model left untagged
        untagged = not token.ent_type_ and token.is_title and token.lower_ not in common_words
        # a home town makes a person of an untagged word only with a person's pronoun after it ("with her mother")
        personal = any(t.lower_ in PERSONAL_PRONOUNS for t in doc[token.i + 1:token.sent.end])
        if untagged and not date_expression(token.text) and _introduced(doc, token.i + 1, by_home=personal):
            raw.append(Name(token.text, "person", token.text, token.i, token.i + 1))
    raw = _untagged_full_names(doc, raw, tests, common_words)
    raw += _untagged_mentions(doc, raw, common_words)
    raw += _untagged_settlements(doc, columns)
    raw += _untagged_outlets(doc, columns)
    raw = one_type_per_name(sorted(raw, key=lambda n: n.start), known_types, tests.is_town)
    raw = _surnames_as_people(doc, raw, known_types, gazetteer.is_country)
    raw = _absorb_first_names(doc, raw, known_types)
    raw = _family(raw, named_in_full, known_types)
    raw = _sons(doc, raw)
    raw = _without_families(doc, raw)
    raw = _spelled_out(doc, raw, gazetteer)
    raw = _possessive_brands(doc, raw, known_types)
    raw = _initials_of_named(raw, gazetteer)
    if "US" in countries:
        raw = [Name(US_CHAMBERS[n.name], "organization", n.surface, n.start, n.end) if n.name in US_CHAMBERS and n.type == "organization" else n for n in raw]
    pseudonyms = _pseudonyms(doc, raw)
    surnames = {short: name for short, name in merge_surnames([n.name for n in raw if n.type == "person"]).items() if short not in pseudonyms}
    organisations = {n.name for n in raw if n.type == "organization"}
    bodies = _qualified_bodies(organisations) | _bodies_of_states(doc_text(doc), organisations, gazetteer)
    full = lambda n: surnames.get(n.name, n.name) if n.type == "person" else bodies.get(n.name, n.name)  # noqa: E731
    by_fold: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for n in raw:
        by_fold[(n.type, fold(full(n)))][full(n)] += 1
    display = {key: max(c.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] for key, c in by_fold.items()}
    titled = _titled(doc, raw, known_types, full)
    out = []
    for n in raw:
        name = full(n)
        if n.name not in known_types:
            name = display[(n.type, fold(name))]
            name = f"The {name}" if (n.type, fold(name)) in titled else name
        out.append(Name(name, n.type, n.surface, n.start, n.end))
    return out


def _titled(doc, raw: list[Name], known_types: dict[str, str], full) -> set[tuple[str, str]]:
    """(type, folded full name) of the organisations whose name opens with "The": a capital
    "The" after a lower-case word ("reported by The Jerusalem Post"), not in a headline's
    capitals nor before a body named for its work ("by The Office for Nuclear Regulation", a
    capital the writer's). `full` gives a mention's full name."""
    def the(i: int) -> bool:
        return doc[i].text == "The" and i > doc[i].sent.start and doc[i - 1].is_lower and not headline(doc[i].sent)

    return {
        (n.type, fold(full(n))) for n in raw
        if n.type == "organization" and full(n) not in known_types and not NAMED_FOR_ITS_WORK.match(full(n))
        and ((n.surface.startswith("The ") and the(n.start)) or (n.start > 0 and the(n.start - 1)))
    }


def _first_names(doc, gazetteer: Gazetteer, tests: _PlaceTests, common_words: set[str]) -> dict[int, tuple[int, str]]:
    """First names the model left out of a one-word person's name ("Ilya Yashin" of which it
    tagged "Yashin"), and other people of a listed person's family ("Hunter Biden", "Dmitry
    Patrushev"): surname's token -> (first name's token, the person's name). A first name
    that may be a spelling of the listed one's (`_spelling_of`: "Alexander" / "Oleksandr",
    "Evgeny" / "Yevgeny", "Segey" / "Sergey") is left to `_absorb_first_names`."""
    found = {}
    for ent in entities(doc):
        listed = gazetteer.types.get(ent.ent_id_) == "person"
        if ent.end - ent.start != 1 or ent.start == 0:
            continue
        first = doc[ent.start - 1]
        given = ent.label_ in TYPES and fold(first.text) in GIVEN_NAMES and not (tests.is_town(ent.text) or tests.is_country(ent.text))  # "Andrii Yurash", "Yurash" tagged a place
        if not (listed or (not ent.ent_id_ and (ent.label_ == "PERSON" or given))):
            continue
        own = [w for form in (ent.ent_id_, *gazetteer.aliases.get(ent.ent_id_, ())) for w in form.split()[:-1]] if listed else []
        if _may_be_first_name(first, tests, common_words) and not any(_spelling_of(first.text, w) for w in own):
            found[ent.start] = (first.i, f"{first.text} {ent.text}")
    return found


def _may_be_first_name(token, tests: _PlaceTests, common_words: set[str]) -> bool:
    """A capitalised word no title, role noun, place, sentence adverb or common word: not "Professor", "Leader",
    "Moscow", a word the doc also writes in lower case, "State" of "Secretary of State
    Blinken", or any word of a headline ("Trump Meets Zelensky")."""
    return (
        token.pos_ == "PROPN" and token.is_title and token.is_alpha and len(token) > 1 and not token.ent_id_
        and not token.is_stop and token.lower_ not in common_words and token.lower_ not in HUMAN_NOUNS
        and not LEADING_ADVERB.match(token.text + " A")  # "Overnight Zelenskiy acknowledged"
        and token.ent_type_ in ("", "PERSON", "GPE", "ORG") and not TITLES.match(token.text + " ")
        and not (token.i and token.doc[token.i - 1].lower_ == "of")
        and not (tests.is_country(token.text) or tests.is_town(token.text)) and not headline(token.sent)
    )


def _untagged_full_names(doc, raw: list[Name], tests: _PlaceTests, common_words: set[str]) -> list[Name]:
    """`raw` with the first names and surnames the model left untagged ("ambassador to the US
    Anatoly Antonov … Mr Antonov") or whose first name alone it took for a place or a person
    ("Natalia Papernaya … Papernaya said"), where the surname alone is a person's elsewhere in
    the doc, and a region's given names and surnames the model left untagged
    (`_untagged_given_names`)."""
    surnames = {n.surface for n in raw if n.type == "person" and " " not in n.surface}
    tagged = {i: n for n in raw for i in range(n.start, n.end)}
    found = []
    for i in numpy.flatnonzero(doc_columns(doc).lower_in({s.lower() for s in surnames})):
        token, first = doc[int(i)], doc[int(i) - 1]
        first_name = first.i not in tagged or (tagged[first.i].type in ("place", "person") and tagged[first.i].end - tagged[first.i].start == 1)
        if i and token.text in surnames and token.i not in tagged and first_name and not token.ent_type_ and _may_be_first_name(first, tests, common_words):
            found.append(Name(f"{first.text} {token.text}", "person", f"{first.text} {token.text}", first.i, token.i + 1))
    starts = {n.start for n in found}
    found += [n for n in _untagged_given_names(doc, tagged, tests, common_words) if n.start not in starts]
    starts = {n.start for n in found}
    return [n for n in raw if n.start not in starts] + found


def _untagged_given_names(doc, tagged: dict, tests: _PlaceTests, common_words: set[str]) -> list[Name]:
    """A given name common in the region and the capitalised word after it, both untagged (not
    in `tagged`) and with no capitalised word after them, as a person named once ("…,”
    Nina Ostanina, the head of …"); not a patronymic ("Oleksiy Opanasovych")."""
    proper = doc_columns(doc).pos_in(PROPN)
    found = []
    for i in map(int, numpy.flatnonzero(proper[:-1] & proper[1:])):
        first, token = doc[i], doc[i + 1]
        untagged = not (first.ent_type_ or token.ent_type_ or i in tagged or i + 1 in tagged)
        alone = i + 2 >= len(doc) or not (doc[i + 2].is_title and doc[i + 2].is_alpha)  # not "Lidiya Marchenko Hospital"
        surname = token.is_title and token.is_alpha and token.lower_ not in common_words and not PATRONYMIC.search(token.text)
        if untagged and alone and surname and fold(first.text) in GIVEN_NAMES and _may_be_first_name(first, tests, common_words):
            found.append(Name(f"{first.text} {token.text}", "person", f"{first.text} {token.text}", i, i + 2))
    return found


def _untagged_mentions(doc, raw: list[Name], common_words: set[str]) -> list[Name]:
    """Mentions of a person the model left untagged where it tagged them elsewhere: the word of
    a one-word name or a full name's surname, capitalised as there, standing alone (no
    capitalised word beside it but a sentence's first), in no other entity and never written
    in lower case in the doc ("Banksy confirmed …", "Chornobryvets said …"; not "store" of
    Jonas Gahr Store, nor "Oblast" of another "Bryansk Oblast")."""
    words = {n.surface.split()[-1] for n in raw if n.type == "person" and n.surface.split()[-1].isalpha()}
    words = {w for w in words if w.istitle() and w.lower() not in common_words}
    tagged = {i for n in raw for i in range(n.start, n.end)}
    found = []
    for i in map(int, numpy.flatnonzero(doc_columns(doc).lower_in({w.lower() for w in words}))):
        token = doc[i]
        alone = not any(0 <= j < len(doc) and doc[j].is_title and doc[j].is_alpha and j != token.sent.start for j in (i - 1, i + 1))
        if token.text in words and i not in tagged and not token.ent_type_ and token.tag_ == "NNP" and alone:
            found.append(Name(token.text, "person", token.text, i, i + 1))
    return found


def _untagged_settlements(doc, columns) -> list[Name]:
    """"the city of Yeysk", "the village of Zvirove": a settlement's name the model left untagged
    (or ran into a date: "Yeysk last Monday") is a place."""
    found = []
    for of in numpy.flatnonzero(columns.lower_in({"of"})[1:] & columns.lower_in(SETTLEMENTS)[:-1]) + 1:
        begin = int(of) + 1
        end = _run_after(doc, begin, lambda t: t.is_title and t.ent_type_ in ("", "DATE") and not date_expression(t.text))
        if end > begin and not (end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ != "DATE"):
            found.append(Name(clean_name(text_between(doc, begin, end)), "place", text_between(doc, begin, end), begin, end))
    return found


def _untagged_outlets(doc, columns) -> list[Name]:
    """"the Russian publication Insider", "Norwegian television TV2", "the agency Energoatom": a
    name the model left untagged right after a word for an outlet or an agency is an
    organisation's."""
    found = []
    for noun in numpy.flatnonzero(columns.lower_in(OUTLET_NOUNS | {"broadcaster", "agency"})[:-1]):
        begin = int(noun) + 1
        end = _run_after(doc, begin, _untagged_name)
        if doc[int(noun)].is_lower and end > begin and not date_expression(doc[begin].text):
            found.append(Name(text_between(doc, begin, end), "organization", text_between(doc, begin, end), begin, end))
    return found


def _run_after(doc, begin: int, accept) -> int:
    """The end of the run of up to three tokens from `begin` that `accept` takes for a name."""
    end = begin
    while end < len(doc) and end - begin < 3 and accept(doc[end]):
        end += 1
    return end


def _untagged_name(token) -> bool:
    """A capitalised word the model left out of every entity, taken for a name: a proper noun,
    or a word in capitals or with a digit ("TV2", "RBK")."""
    written_as_name = token.pos_ == "PROPN" or (token.pos_ in ("NOUN", "X") and (token.is_upper or not token.is_alpha))
    return not token.ent_type_ and token.text[:1].isupper() and written_as_name


def _spelling_of(word: str, listed: str) -> bool:
    """Whether `word` may spell the listed first name: the same start (`_initial`) or one letter
    off it ("Segey" for "Sergey"; not "Jill" for "Joe")."""
    a, b = sorted((fold(word), fold(listed)), key=len, reverse=True)
    one_off = len(a) - len(b) == 1 and any(a[:i] + a[i + 1:] == b for i in range(len(a)))
    return _initial(word) == _initial(listed) or one_off or (len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1)


def _initial(word: str) -> str:
    """What a first name's spellings share at its start: its first letter and the first consonant
    after it ("Oleksandr" and "Alexander", "Olena" and "Elena", "Yevgeny" and "Evgeny" (any vowel),
    "Hennadiy" and "Gennady"; not "Joe" and "Jill")."""
    folded = re.sub(r"^i(?=[aeiou])", "", fold(word))
    if not folded:
        return ""
    first = "*" if folded[0] in "aeiou" else "g" if folded[0] == "h" else folded[0]
    return first + next((c for c in folded[1:] if c not in "aeiou"), "")


def _family(raw: list[Name], named_in_full: dict[int, tuple[int, str]], known_types: dict[str, str]) -> list[Name]:
    """A listed person's bare surname in an article that names another of the family in full and
    never the listed one ("Dmitry Patrushev, the agriculture minister, … Patrushev said") is
    the one named."""
    relatives = defaultdict(set)
    for _, name in named_in_full.values():
        relatives[fold(name.split()[-1])].add(name)
    in_full = {n.name for n in raw if n.name in known_types and " " in n.surface}
    out = []
    for n in raw:
        kin = relatives.get(fold(n.surface)) if n.name in known_types and n.name not in in_full else None
        out.append(Name(next(iter(kin)), "person", n.surface, n.start, n.end) if kin and len(kin) == 1 else n)
    return out


def _sons(doc, raw: list[Name]) -> list[Name]:
    """'Joe Biden and his son Hunter', "Biden's son Hunter": a first name after "his son",
    "brother" or "father" (whose surnames are the man's in languages that inflect them) takes
    the surname of the last person named in full before it in the sentence; so does that first
    name wherever it stands alone."""
    people = [n for n in raw if n.type == "person"]
    full = {}
    for n in people:
        if " " in n.name or n.start < 2 or doc[n.start - 1].lower_ not in MEN_OF_THE_FAMILY or doc[n.start - 2].lower_ not in ("his", "'s", "’s"):
            continue
        sentence = doc[n.start].sent.start
        before = [p.name for p in people if sentence <= p.start and p.end <= n.start - 1 and " " in p.name]
        if before:
            full.setdefault(n.name, f"{n.name} {before[-1].split()[-1]}")
    return [Name(full[n.name], "person", n.surface, n.start, n.end) if n.type == "person" and n.name in full else n for n in raw]


def _without_families(doc, raw: list[Name]) -> list[Name]:
    """`raw` without "the Bidens", "the Hucklesbys": a family called by the surname of a person
    the article names in full is no entity of its own (the model takes it for a place)."""
    surnames = {n.name.split()[-1] for n in raw if n.type == "person" and " " in n.name}

    def family(n: Name) -> bool:
        word, after_the = n.surface, n.start > 0 and doc[n.start - 1].lower_ == "the"
        return n.end - n.start == 1 and after_the and word.endswith("s") and (word[:-1] in surnames or (word.endswith("es") and word[:-2] in surnames))

    return [n for n in raw if not family(n)]


def _possessive_brands(doc, raw: list[Name], known_types: dict[str, str]) -> list[Name]:
    """A company whose name ends in "'s", which the parser reads as the subject of a verb
    ("McDonald's said", "Applebee's has"), not as owning the noun after it: the name keeps its
    "'s" wherever it stands ("10,000 McDonald's employees"); not "obstructing Congress's efforts"."""

    def acting(n: Name) -> bool:
        mark = n.end - 1 if doc[n.end - 1].text in ("'s", "’s") else n.end  # the model tags it in the name or not
        if mark >= len(doc) or mark == n.start or doc[mark].text not in ("'s", "’s"):
            return False
        return doc[mark].head.i == mark - 1 and doc[mark - 1].dep_ in ("nsubj", "nsubjpass")

    def brand(n: Name) -> bool:  # one or two words as written: not "the 1427th Motorized Rifle Regiment’s", "the CCP's"
        words = clean_name(n.surface).split()
        return n.type == "organization" and n.name not in known_types and " ".join(words) == n.name and len(words) <= 2 and not n.name.isupper()

    brands = {n.name for n in raw if brand(n) and acting(n)}
    return [Name(f"{n.name}'s", n.type, n.surface, n.start, n.end) if n.type == "organization" and n.name in brands else n for n in raw]


def _initials_of_named(raw: list[Name], gazetteer: Gazetteer) -> list[Name]:
    """An acronym the article uses without defining it ("the MoD", "the AFU") names the one
    organisation it names in full whose words spell it, small words in lower case or left out
    ("UK Ministry of Defence", "Armed Forces of Ukraine"); the gazetteer's acronyms stay its own."""
    acronyms = {n.name for n in raw if n.type == "organization" and ACRONYM.match(n.name) and not gazetteer.listed(n.name)}
    if not acronyms:
        return raw
    spelled: dict[str, set[str]] = defaultdict(set)  # acronym -> the names whose words spell it
    for name, surface in {(n.name, clean_name(n.surface)) for n in raw if n.type == "organization" and not ACRONYM.match(n.surface)}:
        for written in {name, surface}:
            for acronym in _initials(written) & acronyms:
                spelled[acronym].add(name)
    found = {acronym: names.pop() for acronym, names in spelled.items() if len(names) == 1}
    return [Name(found[n.name], n.type, n.surface, n.start, n.end) if n.type == "organization" and n.name in found else n for n in raw]


def _initials(name: str) -> set[str]:
    """Every acronym a run of the name's words spells, small words in lower case ("MoD") or
    left out ("AFU")."""
    words = re.findall(r"[\w'’-]+", name)
    small = [w.lower() in INITIAL_SMALL_WORDS for w in words]
    found = set()
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            found.add("".join(w[0].lower() if s else w[0] for w, s in zip(words[start:end], small[start:end])))
            if not small[start]:
                found.add("".join(w[0] for w, s in zip(words[start:end], small[start:end]) if not s))
    return found


def _spelled_out(doc, raw: list[Name], gazetteer: Gazetteer) -> list[Name]:
    """An acronym the article defines after an organisation's name ("the Advertising Standards
    Authority (ASA)", "the UN Refugee Agency (UNHCR)") names that organisation wherever it
    stands, unless the gazetteer lists it ("IAEA"); the words whose initials it spells, ending
    in a word for a body, are that name, whatever the model tagged of them ("the Russian
    Anti-Corruption Foundation (ACF)": Anti-Corruption Foundation; not "the Consumer Price Index
    (CPI)")."""
    def defined(n: Name) -> str:
        """The acronym defined right after an organisation's name that may be its, or ""."""
        short = doc[n.end + 1].text if n.type == "organization" and n.end + 2 < len(doc) and doc[n.end].text == "(" and doc[n.end + 2].text == ")" else ""
        initials = "".join(w[0] for w in n.surface.split() if w[0].isupper())
        return short if (ACRONYM.match(short) and short[0] in initials) or (len(short) == 2 and short == initials) else ""  # "Business Insider (BI)"

    defined_at = {n.end for n in raw if defined(n)}
    for i in map(int, numpy.flatnonzero(doc_columns(doc).lower_in({"("}))):
        if i in defined_at or not (1 < i < len(doc) - 2 and doc[i + 2].text == ")" and ACRONYM.match(doc[i + 1].text)) or doc[i - 1].lower_ in FACILITIES:
            continue  # a facility's acronym names its place ("the Kerch Nuclear Power Plant (KNPP)")
        start = _initials_start(doc, i, doc[i + 1].text)
        if start is not None and doc[i - 1].lower_ in ORG_WORDS | FORCES | BODY_KINDS | BODY_WORDS | SPELLED_BODIES:
            name = text_between(doc, start, i)
            raw = [n for n in raw if not start <= n.start < i] + [Name(*(gazetteer.listed(name) or (clean_name(name), "organization")), name, start, i)]
    raw.sort(key=lambda n: n.start)
    long_form = {}
    for n in raw:
        if (short := defined(n)) and not gazetteer.listed(short):
            long_form.setdefault(short, n.name)
    return [Name(long_form[n.name], "organization", n.surface, n.start, n.end) if n.name in long_form else n for n in raw]


def _initials_start(doc, bracket: int, acronym: str) -> int | None:
    """The first token of the capitalised words right before `bracket` whose initials spell
    `acronym` ("Anti-Corruption Foundation" for ACF; small words between them skipped:
    "Office of Management and Budget" for OMB), or None."""
    letters = [c for c in acronym if c.isupper()]
    i = bracket - 1
    while i >= 0 and letters:
        token = doc[i]
        if token.text in ("-", "–") or (token.is_lower and token.lower_ in ("of", "and", "for", "the", "on", "in")):
            i -= 1
            continue
        if not token.text[:1].isupper() or token.text[0] != letters[-1]:
            return None
        letters.pop()
        i -= 1
    return i + 1 if not letters and bracket - (i + 1) >= 2 else None


def _first_named(doc, ent, first_names: frozenset[str]) -> bool:
    """"Dmitry Zakhvatov" typed an organisation: two or three capitalised words, no body's,
    opening with a first name of a person the gazetteer lists ("Dmitry Peskov") or a given name
    common in the region ("Nataliya Rudyk")."""
    words = ent.text.split()
    return (
        2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and fold(words[0]) in first_names
        and not {w.lower() for w in words} & (ORG_WORDS | FORCES | BODY_WORDS) and not (ent.start and doc[ent.start - 1].lower_ == "the")
    )


def _a_given_name(ent, tests: _PlaceTests) -> bool:
    """"Elena" typed an organisation, "Katerina" a place: one word, a given name common in the
    region, no town's ("Sofia") and no ship's ("the Konstantin")."""
    after_the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    return len(ent) == 1 and fold(ent.text) in GIVEN_NAMES and not tests.is_town(ent.text) and not after_the


def _a_facility(doc, ent, gazetteer: Gazetteer, tests: _PlaceTests) -> bool:
    """A facility's name, no entity: "Sheremetyevo Airport", "the Crimean Bridge", "the
    Zaporozhye Nuclear Power Plant", or a name no town's before such a word, or words for its
    kind ("Schiphol airport", "the Nord Stream pipeline", "the Kakhovskaya hydroelectric power
    station"; not "Kyiv airport", "the Zaporizhzhia plant")."""
    if len(ent) > 1 and doc[ent.end - 1].lower_ in FACILITIES:
        return True
    name = clean_name(ent.text)
    after = doc[ent.end:ent.end + (1 if ent.label_ in ("GPE", "LOC") else 4)]  # not "the Chernobyl nuclear power plant", "an Idaho news station"
    modifiers = next((i for i, t in enumerate(after) if not (t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN"))), len(after))
    followed = any(t.lower_ in FACILITIES for t in after[:modifiers + 1])
    return followed and not (gazetteer.listed(name) or tests.is_town(name) or _a_country_or_capital(name, tests))


def _a_treaty(doc, ent, tests: _PlaceTests) -> bool:
    """A treaty's name, no entity: "the Chemical Weapons Convention", or a town's name before a
    treaty's noun ("the Geneva Conventions", "the Minsk agreements"); not a country or a body,
    parties to one ("a Russia-Ukraine agreement", "the NATO treaty")."""
    if doc[ent.end - 1].lower_ in TREATIES:
        return True
    if ent.end == len(doc) or doc[ent.end].lower_ not in TREATIES:
        return False
    name = ent.ent_id_ or clean_name(ent.text)
    return not tests.is_country(name) and (TYPES.get(ent.label_) == "place" or tests.is_town(name) or _a_country_or_capital(name, tests))


def _place_of(doc, start: int, end: int, gazetteer: Gazetteer, tests: _PlaceTests) -> Name | None:
    """The place a facility's name opens with ("Zaporozhye" of "Zaporozhye Nuclear Power
    Plant", "Kerch" of "Kerch Bridge"), the longest that is a listed place or a town; or None."""
    for stop in range(end, start, -1):
        if "-" in (doc[stop].text, doc[stop - 1].text):
            continue  # not "Anklav" of "Anklav-N", a system's name
        name = clean_name(text_between(doc, start, stop))
        listed = gazetteer.listed(name)
        if (listed and listed[1] == "place") or (not listed and name and (tests.is_town(name) or tests.is_country(name))):
            return Name(*(listed or (name, "place")), text_between(doc, start, stop), start, stop)
    return None


def _country_body(doc, ent, is_country) -> int | None:
    """Where a country's body named after it ends ("US Navy", "US Senate Intelligence
    Committee"), when the model, given the country by the gazetteer, left the body's words
    untagged; None for anything else."""
    if ent.label_ != "GPE" or ent.end >= len(doc) or doc[ent.end].lower_ not in BODY_WORDS or not is_country(ent.ent_id_ or ent.text):
        return None
    end = ent.end
    while end < len(doc) and end - ent.end < 4 and doc[end].is_title and not doc[end].ent_type_ and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return end if end > ent.end else None


def _party_states(doc, gazetteer: Gazetteer) -> list[Name]:
    """The states of lawmakers' party labels ("Devin Nunes (R-Calif.)": California), which the
    model tags as a place cut short ("Calif") or not at all ("S.C."); a state named like a
    country or a listed name is told apart ("(R-Ga.)": Georgia (US state))."""
    found = []
    for match in PARTY_STATE.finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is not None and (state := places.us_state(match.group(1))):
            if gazetteer.is_country(state) or gazetteer.listed(state):
                state += " (US state)"
            found.append(Name(state, "place", span.text, span.start, span.end))
    return found


def _wire_credit(doc, ent) -> bool:
    """'(AP) —' of "KYIV, Ukraine (AP) — Russian missiles …": the agency a wire story's dateline
    credits, which the story does not name."""
    return ent.label_ == "ORG" and ent.text in WIRE_AGENCIES and 0 < ent.start and ent.end + 1 < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" and doc[ent.end + 1].text in DASHES


def _hashtag(doc, ent) -> bool:
    """"#BringBackBoris", "#Kyiv": a label for posts, which names no one (most stand in
    embedded posts the scrape kept)."""
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text == "#" and not doc[ent.start - 1].whitespace_  # not "#Russian Armed Forces"


LANGUAGE_NOUNS = {"language", "languages"}


def _a_language(doc, ent, tests: _PlaceTests, languages: bool) -> bool:
    """Whether a name is a language's: one word before "language" ("a Khmer language group";
    not a place the model or GeoNames knows, "a Kyiv language school", "a Poltava language
    school", nor an acronym, "NATO language courses"), or, in a doc where the model tags
    `languages`, one listed with a language it tags so ("in English, Russian, Farsi and
    Arabic")."""
    after = doc[ent.end] if ent.end < len(doc) else None
    second = ent[1] if len(ent) > 1 else after  # "Khmer language (group)", the model's span or the word after it
    before_language = second is not None and second.text in LANGUAGE_NOUNS and ent.label_ != "GPE"
    if not (before_language or (languages and len(ent) == 1)):
        return False  # most names: nothing to read
    if ent[0].is_upper or tests.is_town(ent[0].text) or tests.is_country(ent[0].text):
        return False  # "NATO language courses"
    if before_language:
        return True
    first = ent.root
    while first.dep_ == "conj":
        first = first.head
    listed = _conjuncts(first)
    return len(listed) > 1 and any(t.ent_type_ == "LANGUAGE" for t in listed)


def _governed(doc, ent, gazetteer: Gazetteer) -> str | None:
    """The state "the Slovenian Government" or "the Gibraltar Government" names (a state's own
    adjective or name before the word; not "the Scottish Government", a devolved body), as
    "the UK Government" names the United Kingdom, by the name the doc gives it elsewhere ("the
    Czech Republic" for "the Czech Government"); None for any other name."""
    words = clean_name(ent.text).split()
    if ent.label_ != "ORG" or len(words) < 2 or words[-1] != "Government":
        return None
    state = " ".join(words[:-1])
    if not (code := places.state_of(state)):
        return state if gazetteer.is_country(state) else None
    named = (e.ent_id_ or clean_name(e.text) for e in entities(doc) if e.label_ == "GPE")
    return next((name for name in named if places.country_code((name,)) == code), None) or places.country_name(code)


def _state_body(doc, ent, gazetteer: Gazetteer) -> tuple[str, str, int] | None:
    """The name of a body every state has, given it by the state's possessive before it:
    "Russia’s Defense Ministry" is the Russian Defense Ministry, "Britain's Ministry of Defence"
    the UK Ministry of Defence, "Russia's Security Council" not the UN's. The model tags the
    possessive apart or as part of the name: (the body's name, the state's, the body's first
    token), or None for anything else."""
    if ent.label_ != "ORG":
        return None
    mark = next((t.i for t in doc[max(ent.start - 1, 0):ent.end - 1] if t.lower_ in ("'s", "’s")), None)
    if not mark:  # none, or a doc opening with "'s"
        return None
    state = doc[mark - 1].ent_id_ or (_entity_text(doc[mark - 1]) if mark - 1 < ent.start else clean_name(doc[ent.start:mark].text))
    body = clean_name(doc[mark + 1:ent.end].text)
    qualified = _of_state(state, body, gazetteer) if STATE_BODY.match(body) else None
    return (qualified, state, mark + 1) if qualified else None


def lower_case_bodies(doc, gazetteer: Gazetteer) -> dict[int, str]:
    """Bodies every state has, named in lower case after the state's possessive or adjective,
    which the model does not tag ("Russia's defence ministry said", "the Ukrainian general staff
    admitted"): the index of the body's last word -> its name qualified by the state's, in the
    gazetteer's spelling. They speak, but are not entities of the article."""
    found = {}
    for i in numpy.flatnonzero(doc_columns(doc).lower_in(("ministry", "staff"))):
        head = doc[int(i)]
        if not head.is_lower or head.i < 2 or not doc[head.i - 1].is_lower or not doc[head.i - 1].is_alpha:
            continue
        body = f"{doc[head.i - 1].text.title()} {head.text.title()}"
        state = doc[head.i - 2]
        if state.lower_ in ("'s", "’s") and head.i >= 3:
            qualified = _of_state(doc[head.i - 3].ent_id_ or _entity_text(doc[head.i - 3]), body, gazetteer)
        else:
            code = places.state_of(state.text)
            qualified = f"{places.attributive(code)} {body}" if code else None
        if qualified and STATE_BODY.match(body):
            found[head.i] = (gazetteer.listed(qualified) or (qualified,))[0]
    return found


def _of_state(state: str, body: str, gazetteer: Gazetteer) -> str | None:
    """A body's name qualified by the state's, as the state writes it ("Russian Defense Ministry",
    "UK Ministry of Defence"), the state named by its capital too ("Moscow’s Ministry of
    Defense"); None when `state` is neither or how it qualifies is unknown."""
    code = places.country_code((state, *gazetteer.aliases.get(state, ()))) if gazetteer.is_country(state) else places.capital_country((gazetteer.listed(state) or (state,))[0])
    adjective = places.attributive(code or "")
    return f"{adjective} {body}" if adjective else None


def _an_outlet(doc, ent, tests: _PlaceTests) -> bool:
    """Whether a name is a news outlet's by the words around it: after or before a word for one
    ("the newspaper Munchner Merkur", "outlet Strana", "Time magazine", "WABC radio"), or as what
    a journalist works at or for ("opinion editor at Politico Europe", "the Politico editor"); not
    a country's name, nor a town's before the word ("a Moscow newspaper", "the Kyiv correspondent")."""
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    root = ent.root
    named = before is not None and before.lower_ in OUTLET_NOUNS and (root.head.i == before.i or ent.start <= before.head.i < ent.end)
    cued = (
        (after is not None and after.lower_ in OUTLET_OR_NEWS_PEOPLE and root.head.i == after.i and root.dep_ == "compound")
        or (root.dep_ == "pobj" and root.head.lower_ in ("at", "for") and root.head.head.lemma_.lower() in NEWS_PEOPLE)
    )
    name = clean_name(ent.text)
    return (named or cued) and not (tests.is_country(name) or (cued and tests.is_town(name)))  # "outlet Baza", a town's name too


def headline(sent) -> bool:
    """Every word but the small ones capitalised: "Trump Meets Zelensky at Mar-a-Lago"."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and not any(t.is_lower and not t.is_stop for t in words)


def _republic(doc, ent) -> str | None:
    """The republic a name of the form "X and Y People's Republics" gives each of its places
    ("Lugansk People's Republic" and "Donetsk People's Republic"), or None."""
    if doc[ent.end - 1].text == "Republics" and ent.end - ent.start >= 3 and doc[ent.end - 3].text == "People":
        return clean_name(ent.text[:-1])
    if ent.label_ != "GPE" or ent.end + 5 > len(doc) or doc[ent.end].text != "and":
        return None
    words = [t.text for t in doc[ent.end + 2:ent.end + 5]]
    if words in (["People", "'s", "Republics"], ["People", "’s", "Republics"]):
        return f"{clean_name(ent.text)} People{words[1]} Republic"
    return None


def _qualified_bodies(organisations: set[str]) -> dict[str, str]:
    """'the Defense Ministry' after 'the Russian Defence Ministry': an organisation's name of
    two words or more that ends the one longer name the article gives, after words that
    qualify it (not "Armed Forces" of "General Staff of the Ukrainian Armed Forces"); and a
    newspaper's word or a body's kind that ends one longer name ("the Times" after "The New
    York Times", "the Post" after "The Washington Post", "the Foundation" after "the
    Anti-Corruption Foundation"); failing those, the one longer name it shortens ("the Valdai
    Club" after "the Valdai Discussion Club")."""
    folded = {name: fold(name) for name in organisations}
    out = {}
    for name, key in folded.items():
        qualified = " " in key or key in NEWSPAPER_WORDS | BODY_KINDS
        longer = {other for other, k in folded.items() if k.endswith(" " + key) and not {"of", "for"} & set(k[: -len(key)].split())} if qualified else set()
        longer = longer or {other for other, k in folded.items() if _shortened(key, k)}
        if len(longer) == 1:
            out[name] = longer.pop()
    return out


def _bodies_of_states(text: str, organisations: set[str], gazetteer: Gazetteer) -> dict[str, str]:
    """'the Foreign Ministry' after an untagged "Ukraine’s Foreign Ministry" (or "Ukraine's
    foreign ministry"): a body every state has, named alone, is the one state's the article
    gives it with a possessive; with two states' ("Ukraine's … Belarus's Foreign Ministry"),
    neither."""
    out = {}
    for name in organisations:
        if not STATE_BODY.match(name):
            continue
        states = set(re.findall(rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?i:{re.escape(name)})\b", text))
        qualified = {_of_state(state, name, gazetteer) for state in states}
        if len(qualified) == 1 and None not in qualified:
            name_of_state = qualified.pop()
            out[name] = (gazetteer.listed(name_of_state) or (name_of_state,))[0]  # "Russian Defense Ministry": the gazetteer's "Defence"
    return out


def _shortened(short: str, full: str) -> bool:
    """Whether a name of two words or more is a longer one with words left out of its middle
    ("Valdai Club" of "Valdai Discussion Club")."""
    words, full_words = short.split(), full.split()
    if len(words) < 2 or len(full_words) <= len(words) or words[0] != full_words[0] or words[-1] != full_words[-1]:
        return False
    rest = iter(full_words[1:-1])
    return all(word in rest for word in words[1:-1])


def _place_parts(doc, start: int, end: int, surface: str, tests: _PlaceTests) -> list[tuple[int, int]]:
    """The places of one span the model ran together ("Pleshchiivka, Shcherbynivka", "Hai and
    Novooleksandrivka"), split at its commas and "and"s; not a name that has them ("Bosnia and
    Herzegovina")."""
    words = [t for t in doc[start:end] if t.text != "," and t.lower_ != "and"]
    name = clean_name(surface)
    if tests.is_country(name) or tests.is_town(name, villages=True) or not all(t.text[:1].isupper() for t in words):
        return [(start, end)]  # "Center for Strategic and International Studies" is one name
    parts, begin = [], start
    for i in range(start, end + 1):
        if i == end or doc[i].text == "," or doc[i].lower_ == "and":
            if i > begin:
                parts.append((begin, i))
            begin = i + 1
    return parts


def _listed_bodies(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The bodies of a list the model ran into one name ("the Ministry of Internal Affairs,
    Security Service, Main Intelligence Directorate"), split at its commas when each part is a
    body's name of two words or more; not a name with a list of its own ("Department for
    Environment, Food and Rural Affairs"), nor a list of fields ("National Security,
    International Affairs")."""
    commas = [i for i in range(start, end) if doc[i].text == ","]
    if not commas or any(t.lower_ == "and" or t.text == "&" for t in doc[commas[-1]:end]):
        return [(start, end)]
    bounds = [start - 1, *commas, end]
    parts = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    parts = [(a + (a < b and doc[a].lower_ == "the"), b) for a, b in parts]
    bodies = all(b - a >= 2 and doc[a].is_title and any(t.lower_ in LISTED_BODY_WORDS for t in doc[a:b]) for a, b in parts)
    return parts if bodies else [(start, end)]


def _widened(doc, gazetteer: Gazetteer):
    """(entity, start token) per entity; an organisation right after a nationality word starts
    there ("Ukrainian" + "Greek Catholic Church"), a name run into an open bracket ends before
    it, a name cut short at a preposition, a
    person's at a particle or hyphen, a place's before the school named for it and an outlet's before
    its division run on, and a military unit's name starts at its number
    ("95th" + "Separate Airborne Assault Brigade", "93rd Independent Kholodnyi" + "Yar
    Mechanized Brigade"): the model often leaves them out."""
    covered = 0
    found = sorted(((_hyphenated(_run_on(_before_bracket(e))), e.start) for e in entities(doc)), key=lambda pair: (pair[0].start, -pair[0].end))
    for ent, tagged_start in found:
        if ent.start < covered:
            continue  # "Leyen", taken into "Ursula Von der Leyen"; "Hyeong" into "Hyeong-wook Choo"
        whole = _with_division(_school(_with_particles(ent)), gazetteer)
        covered, ent = (whole.end, whole) if whole.end > ent.end or ent.start < tagged_start else (covered, ent)
        before = doc[ent.start - 1] if ent.start else None
        joined = (
            ent.label_ == "ORG" and before is not None and before.is_title
            and before.dep_ in ("compound", "amod") and ent.start <= before.head.i < ent.end
            and (before.ent_type_ == "NORP" or NATIONALITY.search(before.text))
        )
        yield ent, min(ent.start - 1 if joined else ent.start, _unit_number(doc, ent))


def _with_division(ent, gazetteer: Gazetteer):
    """A news outlet's name run on into its division's, which the gazetteer's outlet cut short:
    "BBC" + "Scotland", "BBC" + "Radio 4", "CBS News" + "Colorado", "Fox News" + "Media": up to
    three capitalised words or numbers after it, none a date, a personal title before a name
    ("told The Washington Post Mr Lee …") or a word of a person's name; not
    the role of someone working there ("BBC Russia editor"), a place that is a clause's subject
    ("told Reuters Russia had moved troops"), nor in a headline."""
    doc = ent.doc
    if ent.label_ != "ORG" or not OUTLET_ROLE.search(gazetteer.roles.get(ent.ent_id_, "")) or headline(ent.sent):
        return ent

    def divides(token) -> bool:  # "Radio", "4", "Scotland"; not "Thursday", "Get", "Mr" before a name
        named = token.pos_ == "PROPN" and token.is_title and len(token) > 1 and token.ent_type_ not in ("DATE", "TIME", "PERSON") and not PERSONAL_TITLE.match(doc[token.i:token.i + 2].text)
        station = token.is_digit and doc[token.i - 1].lower_ == "radio"  # "Radio 4"; not "Financial Times first", "BBC One 9pm"
        return (named or station) and doc[token.i - 1].whitespace_ == " "

    end = _run_after(doc, ent.end, divides)
    if end == ent.end:
        return ent
    people = {w for e in entities(doc) if e.label_ == "PERSON" for w in e.text.split()}
    role = any(t.lower_ in HUMAN_NOUNS | BROADCAST_ROLES for t in doc[ent.end:end + 1])  # "BBC Russia editor", "BBC Top Gear presenter"
    person = any(t.text in people for t in doc[ent.end:end])  # "Photograph: AP Sands has …", Philippe Sands named elsewhere
    finite = end < len(doc) and doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD")
    subject = end - ent.end == 1 and doc[ent.end].ent_type_ in ("GPE", "LOC") and finite  # "told Reuters Russia had moved troops"
    return ent if role or person or subject else Span(doc, ent.start, end, label="ORG")


def _a_division(ent, gazetteer: Gazetteer) -> bool:
    """Whether a span is an outlet's division `_with_division` joined ("BBC Radio Berkshire"):
    an organisation, whatever its last word names."""
    outlet = ent[0].ent_id_
    return bool(outlet) and ent[-1].ent_id_ != outlet and bool(OUTLET_ROLE.search(gazetteer.roles.get(outlet, "")))


def _without_possessor(ent, start: int, named_alone: set[str], gazetteer: Gazetteer):
    """(entity, start) for a name the model ran on from its owner's, each apart: the owner a
    name the article gives alone (or the surname of one) or the gazetteer lists, what is owned
    a name of its own, two words or more after a person's name ("Poroshenko’s" + "European
    Solidarity"), three or more after another's ("Seoul’s" + "Asan Institute for Policy
    Studies"); not "King's College London", "Donetsk People's Republic", "McDonald's", nor
    "Duma's Defence Committee", which without its owner could be any parliament's."""
    doc = ent.doc
    mark = next((i for i in range(start + 1, ent.end - 2) if doc[i].text in POSSESSIVE_MARKS), None)
    if mark is None:
        return [(ent, start)]
    owner = clean_name(doc[start:mark].text)
    if not owner or not (owner in named_alone or any(name.endswith(f" {owner}") for name in named_alone) or gazetteer.listed(owner)):
        return [(ent, start)]  # "Poroshenko" is known by "Petro Poroshenko"
    label = _label_of(owner, gazetteer, doc)
    if label != "PERSON" and ent.end - mark - 1 < OWN_NAME_WORDS:
        return [(ent, start)]
    owned = Span(doc, mark + 1, ent.end, label=ent.label_)
    return [(Span(doc, start, mark, label=label), start), (owned, owned.start)]


def _label_of(name: str, gazetteer: Gazetteer, doc) -> str:
    """The label of an owner's name: its gazetteer type's, failing that the model's where it
    tags the name alone, or a longer name ending in it ("Petro Poroshenko" for "Poroshenko")."""
    if listed := gazetteer.listed(name):
        return LABELS[listed[1]]
    alone = (ent.label_ for ent in entities(doc) if ent.label_ in TYPES and (clean_name(ent.text) == name or ent.text.endswith(f" {name}")))
    return next(alone, "ORG")


def _school(ent):
    """A place's name run on into the school named for it, which the gazetteer's place cut
    short: "Lviv" + "University", "Moscow" + "State University", "Kyiv" + "National Economic
    University", "Moscow" + "State Institute of International Relations"."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "LOC"):
        return ent
    end = _run_after(doc, ent.end, lambda t: t.is_title and t.text not in SCHOOLS)  # "State", "National Economic"
    if end == len(doc) or doc[end].text not in SCHOOLS:
        return ent
    end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:  # "… Institute of International Relations"
        end += 1
        while end < len(doc) and (doc[end].is_title or (doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
    return Span(doc, ent.start, end, label="ORG")


def _with_particles(ent):
    """A person's name the model cut at a particle, whole again: "Ursula Von" + "der" +
    "Leyen", "Joachim" + "von" + "Ribbentrop"."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON":
        return ent
    while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower:
        end += 1
    cut = end > ent.end or doc[ent.end - 1].lower_ in NAME_PARTICLES
    if not cut or end == len(doc) or not doc[end].is_title or doc[end].ent_type_ not in ("", "PERSON", "GPE", "ORG", "NORP"):
        return ent
    end += 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, ent.start, end, label="PERSON")


def _before_bracket(ent):
    """A name the model ran into a bracket it does not close, cut before it: "Business
    Insider (BI", whose acronym then names it."""
    brackets = [t.i for t in ent if t.text == "("]
    if not brackets or brackets[0] in (ent.start, ent.end - 1) or any(t.text == ")" for t in ent):  # not "Berislav ("
        return ent
    return Span(ent.doc, ent.start, brackets[0], label=ent.label_)


def _hyphenated(ent):
    """A person's name the model cut at the hyphen of a given name, whole again: "Yoon Suk" +
    "-yeol", "Hyeong-wook" + "Choo" (Korean and Taiwanese given names), the part after the
    hyphen one syllable of such a name (not "Kremlin-backed Denis Pushilin", "Putin-era")."""
    doc, start, end = ent.doc, ent.start, ent.end

    def joined(i: int) -> bool:  # a capitalised word, a hyphen and a lower-case name written as one word
        return 0 <= i and i + 2 < len(doc) and doc[i].is_title and doc[i + 1].text == "-" and bool(SYLLABLE.match(doc[i + 2].text)) and not (doc[i].whitespace_ or doc[i + 1].whitespace_) and (i + 3 == len(doc) or doc[i + 3].text != "-")  # not "Mar-a-Lago"

    if ent.label_ != "PERSON":
        return ent
    if joined(end - 1):
        end += 2
    if joined(start - 3) and doc[start - 1].whitespace_:
        start -= 3
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON")


def _run_on(ent):
    """'the Independent International Commission of Inquiry on' + 'Ukraine': an organisation's
    name the gazetteer's place cut short at a preposition, whole again."""
    doc = ent.doc
    if ent.label_ != "ORG" or doc[ent.end - 1].lower_ not in ("of", "on", "for", "in") or ent.end == len(doc) or doc[ent.end].ent_iob_ != "B" or doc[ent.end].ent_type_ not in ("GPE", "LOC"):
        return ent
    end = ent.end + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        return ent  # "the Central Committee of" + "Ukraine's Communist Party"
    return Span(doc, ent.start, end, label="ORG")


def _unit_number(doc, ent) -> int:
    """Where a military unit's name starts: at the ordinal the model left out, with up to
    three capitalised words between; else where the entity starts."""
    if ent.label_ != "ORG" or doc[ent.end - 1].lower_ not in MILITARY_UNITS:
        return ent.start
    start = ent.start
    while start > 0 and ent.start - start < 3 and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        start -= 1
    return start - 1 if start > 0 and ORDINAL_NUMBER.match(doc[start - 1].text) else ent.start


def _retyped(doc, ent, start: int, surface: str, kind: str | None, tests: _PlaceTests) -> str | None:
    """The model's type, corrected from the words around the name: after "analyst" or
    "spokesman", behind a personal title ("Major Archbishop Shevchuk") or as what a person is
    called ("a woman named Yulia"), it is a person;
    after "Panama-flagged" or "tanker", or named as a ship or a class of ships, a ship, none of our
    types, nor a weapon ("HIMARS launchers", a known system: "Shaheds"), nor a treaty ("the
    Geneva Conventions"), and "the West" none either; a country's name the model calls a product or a
    nationality, a place; with a place name's ending
    ("Kindrashivka") or used as a place, a place; in apposition to a role ("Edgars Rinkevics,
    Latvia's foreign minister"), a person; a person's with a company's ending ("Gazprombank") or
    ending in a word for a body or venue ("Feldman Ecopark") or after one ("the punk collective
    Pussy Riot"), and a place's opening with one ("the Centre for European Studies"), an
    organisation."""
    before = doc[start - 1] if start else None
    if before is not None and (before.lower_.endswith("flagged") or before.lower_ in VESSELS):
        return None
    if SHIP_PREFIX.match(surface) or (ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "class"):
        return None  # "USS Rhode Island", "an Ohio-class submarine": ships
    if WEAPON_SYSTEMS.match(clean_name(surface)) or (kind in ("organization", "person") and _armament(doc, ent, surface)):
        return None  # "HIMARS", "Javelin missiles", "the Moskva cruiser": a weapon's or ship's name
    if surface.lower().removeprefix("the ") in BLOCS:
        return None  # "the West": a bloc of countries, no place or body
    mislabelled = ent.label_ in ("PRODUCT", "WORK_OF_ART") or (ent.label_ == "NORP" and not NATIONALITY.search(surface))
    if kind is None and mislabelled and _a_country_or_capital(surface, tests):
        return "place"  # "as Cyprus is to the eastern Mediterranean", tagged a product
    if kind in ("organization", "place") and (
        PERSONAL_TITLE.match(POSSESSIVE.sub("", surface)) or (before is not None and (before.pos_ == "NOUN" or before.is_title) and before.lower_ in HUMAN_NOUNS) or _called(doc, start)
        or (not surface.isupper() and _introduced(doc, ent.end, by_home=kind == "place"))
    ):
        return "person"
    if kind == "person" and _a_home(doc, start, ent.end):
        return "place"
    if kind and (_toponym(surface) or _used_as_place(ent, surface, tests) or _a_country_or_capital(surface, tests)):
        return "place"
    if kind in ("organization", "place") and _in_apposition_to_a_person(ent.root, before, surface):
        return "person"
    if kind == "person" and (COMPANY_ENDING.search(surface) or surface.split()[-1].lower() in ORG_WORDS | VENUES):
        return "organization"  # "the former vice-president of Gazprombank", "Feldman Ecopark"
    if kind == "person" and before is not None and before.is_lower and before.lower_ in COLLECTIVES and _named_by(ent, before):
        return "organization"  # "the punk collective Pussy Riot", "the band Kalush Orchestra"
    if kind == "place" and len(words := clean_name(surface).split()) > 2 and words[0].lower() in ORG_WORDS and words[1] in ("for", "of"):
        return "organization"  # "the Centre for European Studies"
    return kind


def _named_by(ent, noun) -> bool:
    """Whether a name is what the noun before it is called: the noun hangs on the name, or the
    name on the noun in apposition, and no clause hangs on the name ("the movement Navalny
    founded", "an activist in the Galician Ukrainian movement Longin Tsegelsky wrote")."""
    joined = ent.start <= noun.head.i < ent.end or (ent.root.dep_ == "appos" and ent.root.head == noun)
    return joined and not any(c.dep_ in ("acl", "relcl") for c in ent.root.children)


def _called(doc, start: int) -> bool:
    """Whether the name at `start` is what a person is called: "a woman named Yulia", "a
    young man called Anton"."""
    return start >= 2 and doc[start - 1].lower_ in ("named", "called") and doc[start - 2].tag_ == "NN" and doc[start - 2].lower_ in HUMAN_NOUNS  # not "leaders called the Club de Madrid"


def _armament(doc, ent, surface: str) -> bool:
    """Whether a name is a weapon's or a ship's: the article writes it only right before such a
    noun ("Javelin missiles", "Iskander launchers", "the Moskva cruiser"); not a force's name
    ("Royal Navy ships") or a name the article also uses on its own ("Hezbollah missiles" where
    "Hezbollah said" too), or a weapon's by its model's letter ("IRIS-T")."""
    def armed(e) -> bool:
        after = doc[e.end + 1] if e.end + 1 < len(doc) else None  # not a name's: "Hamas-EU"
        designated = after is not None and doc[e.end].text == "-" and not (doc[e.end - 1].whitespace_ or doc[e.end].whitespace_) and DESIGNATION.fullmatch(after.text) and not after.ent_type_
        return e.end < len(doc) and (doc[e.end].lemma_.lower() in WEAPONS | VESSELS or bool(designated))
    if not armed(ent) or set(surface.lower().split()) & (FORCES | ORG_WORDS):
        return False
    return all(armed(e) for e in entities(doc) if e.text == ent.text)


def _introduced(doc, end: int, by_home: bool = True) -> bool:
    """Whether the name ending before token `end` is introduced the way a story introduces a
    person: with an age set off by commas ("Olena, 45,"), or (`by_home`) a home town
    ("Viktoria, from Kyiv,"; not for a name the model calls an organisation: "Naftogaz, from
    Kyiv,")."""
    after = [t.text for t in doc[end:end + 5]]
    if after[:1] != [","] or len(after) < 4:
        return False
    if doc[end + 1].like_num and after[2] == ",":
        return after[1].isdigit() and 0 < int(after[1]) < 110
    return by_home and after[1] == "from" and (doc[end + 2].ent_type_ != "" or doc[end + 2].pos_ == "PROPN") and "," in after[3:]


def _a_home(doc, start: int, end: int) -> bool:
    """Whether the name at `start:end` is a person's home town, set off after their name as
    `_introduced` reads it ("Mrs O'Brien, from Llangollen, said")."""
    return start >= 3 and doc[start - 1].lower_ == "from" and doc[start - 2].text == "," and doc[start - 3].ent_type_ == "PERSON" and end < len(doc) and doc[end].text == ","


def _a_country_or_capital(surface: str, tests: _PlaceTests) -> bool:
    """'Slovakia', 'Copenhagen' typed as an organisation or a person: a country or a capital
    of 100,000 people or more is a place by name (smaller capitals are people's names too)."""
    name = clean_name(surface)
    if len(name) <= 3 or name.isupper():
        return False  # "Col", "ET": country codes to pycountry, not names
    return tests.is_country(name) or places.is_capital(name)


def _bare(root, surface: str) -> bool:
    """A name with no role or place of its own ("Jane Doe, a commander", "Jane Doe in London"),
    not an acronym, not "the ..." and not an institution's."""
    described = any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("in", "of")) for c in root.children)
    words = surface.lower().split()
    return not described and not surface.isupper() and words[:1] != ["the"] and not ORG_WORDS & set(words)


def _entity_text(token) -> str:
    """The text of the entity `token` is in."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return clean_name(doc[start:end].text)


@lru_cache(maxsize=65536)
def _toponym(surface: str) -> bool:
    """Whether a name of one to three capitalised words ends as East Slavic place names or
    English counties do."""
    words = re.split(r"[\s-]+", clean_name(surface))
    return len(words) <= 3 and all(w[:1].isupper() for w in words) and len(words[-1]) >= 6 and bool(TOPONYM_ENDING.search(words[-1]))


def _conjuncts(first) -> list:
    """The items of the coordination that `first` opens ("Kupiansk, Lyman and Zvanovka")."""
    items, todo = [], [first]
    while todo:
        item = todo.pop()
        items.append(item)
        todo.extend(c for c in item.children if c.dep_ == "conj")
    return items


def _listed_town(token, tests: _PlaceTests, villages: bool) -> bool:
    """Whether `token` is in a town's name: a place the model found that is no country or
    continent (a list of countries may go on with organisations: "Britain, the World Bank and
    Caritas"), a town (or with `villages`, a village) GeoNames knows, or a name with a place
    name's ending."""
    if token.ent_type_ not in ("GPE", "LOC", "PERSON", "ORG", "NORP", "FAC"):
        return False
    name = token.ent_id_ or _entity_text(token)
    if token.ent_type_ in ("GPE", "LOC") and not tests.is_country(name):
        return True
    return tests.is_town(name, villages) or _toponym(name)


def _in_apposition_to_a_person(root, before, surface: str) -> bool:
    """'Edgars Rinkevics, Latvia's foreign minister,' or 'the minister, Edgars Rinkevics,';
    not 'the West', an acronym or a parenthesised source ("(RBC, January 31)")."""
    if surface.isupper() or surface.lower().startswith("the ") or (before is not None and before.lower_ in ("the", "(")):
        return False
    roles = HUMAN_NOUNS - {"source"}  # "Source: UK Ministry of Defence"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in roles:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in roles for c in root.children)


def _used_as_place(ent, surface: str, tests: _PlaceTests) -> bool:
    """'the town of Lyman', 'the Krasnodar region': a place by its use. After "near" or
    "toward" in a war report ("attacked near Basovka and Zvanovka", "southwest of Lyman near
    Torske") or in a list of towns after a preposition ("close to Sadove, Hrushivka and
    Lozova"), a place if nothing says it is a person or institution. 'in Nikopol', 'Nikopol
    residents': a place when the name is a town's; 'around Dachne', a village's. What a
    village is ("One of the villages is Ruska Lozova"), and a village or town listed with towns
    only after a preposition of place, "on" or "of" ("fired on Marhanets and Nikopol", "from the
    directions of Oryol and Kursk"), a place."""
    root = ent.root
    while root.dep_ == "conj":
        root = root.head  # "near Kupiansk and Zvanovka": used as the first is
    head = root.head
    around = root.dep_ == "pobj" and (head.lower_ in AROUND or (head.lower_ == "to" and head.head.lower_ in ("close", "next")))
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if root.dep_ in ("compound", "amod") and head.i == ent.end and head.lower_ in PLACE_NOUNS | FRONT_NOUNS:  # "the Chuhuyiv district", parsed either way
        return True
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE and _bare(ent.root, surface) and any(
        _listed_town(item, tests, around) for item in _conjuncts(root) if not ent.start <= item.i < ent.end
    ):
        return True
    if root.dep_ == "pobj" and head.lower_ in NEAR and (head.head.lemma_.lower() in MOVES or head.head.pos_ == "PROPN"):
        return not surface.isupper()
    if root.dep_ == "attr" and head.lemma_ == "be" and (subject := next((c for c in head.children if c.dep_ == "nsubj"), None)) is not None:
        of = next((o for c in subject.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None) if subject.lower_ == "one" else None
        if (of if of is not None else subject).lemma_.lower() in PLACE_NOUNS:
            return True  # "One of the villages is Ruska Lozova"
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE | {"on", "of"}:
        # "fired on Marhanets and Nikopol": a known place listed with towns, where places are hit or lie (not "played for Bournemouth and Portsmouth")
        others = [item for item in _conjuncts(root) if not ent.start <= item.i < ent.end]
        towns = others and all(_listed_town(item, tests, True) for item in others) and any(_listed_town(item, tests, False) for item in others)
        if towns and tests.is_town(clean_name(surface), True):
            return True
    located = (root.dep_ == "pobj" and head.lower_ in LOCATIVE) or (root.dep_ == "compound" and head.lemma_.lower() in LOCAL_NOUNS)
    return located and tests.is_town(clean_name(surface), around)


def one_type_per_name(raw: list[Name], known_types: dict[str, str], is_town: Callable[[str], bool]) -> list[Name]:
    """A name the model types differently across one article ("Krasnodar officials" as an
    organisation, "the Krasnodar region" as a place) takes its most frequent type, on a tie
    the type of its first mention; a town GeoNames knows that is a place once and never a
    person is a place throughout ("the town of Drohobych … the people of Drohobych"; not
    "Mao", "Austin")."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for n in raw:
        counts[fold(n.name)][n.type] += 1  # a Counter keeps first-mention order on ties
    towns = {key for key in {fold(n.name) for n in raw if n.type == "place" and is_town(n.name)} if not counts[key]["person"]}
    chosen = {key: "place" if key in towns else c.most_common(1)[0][0] for key, c in counts.items()}
    return [n if n.name in known_types else Name(n.name, chosen[fold(n.name)], n.surface, n.start, n.end) for n in raw]


def _pseudonyms(doc, raw: list[Name]) -> set[str]:
    """The one-word names the story says are not the person's real one ("says Sergey - not his
    real name -", "Marina, which is not her real name"): no one named in full is them."""
    text = doc_text(doc)
    return {n.name for n in raw if n.type == "person" and " " not in n.name and PSEUDONYM.match(text, doc[n.end - 1].idx + len(doc[n.end - 1].text))}


def _surnames_as_people(doc, raw: list[Name], known_types: dict[str, str], is_country) -> list[Name]:
    """'Dugina, a pro-Kremlin commentator', typed a place: a one-word name that ends (or opens)
    the name of a person the article names in full is that person (also when it is a town's:
    "Obama", "Kim"; "Alyokjina" for "Maria Alyokhina", a letter typed wrong), unless it is a
    country's or continent's. The other way round, "Olaf
    Scholz" typed an organisation is a person when "Scholz" alone is one (not "the Battleship
    Potemkin")."""
    people = {n.name for n in raw if n.type == "person" and " " in n.name}
    full = [fold(name).split() for name in people]
    alone = {fold(n.name) for n in raw if n.type == "person" and " " not in n.name}

    def person(n: Name) -> bool:
        if n.type == "person" or n.name in known_types:
            return False
        words = n.name.split()
        if len(words) == 1:
            # the last or first word(s) ("Kim" of "Kim Jong Un", "O'Brien"), as merge_surnames
            key = fold(n.name).split()
            standing = doc[n.end - 1].dep_ not in ("compound", "amod", "nmod")  # "sending Stormer armoured vehicles": no Starmer
            spelt = any(ends_with(words, key) or ends_with(words, key, at_start=True) for words in full) or (standing and any(misspelling(n.name, name.split()[-1]) for name in people))
            return spelt and not is_country(n.name)
        determined = n.start > 0 and doc[n.start - 1].lower_ in ("the", "of", "a", "an")
        return len(words) <= 3 and not determined and all(w[:1].isupper() for w in words) and fold(words[-1]) in alone and not ORG_WORDS & {w.lower() for w in words}

    def as_person(n: Name) -> Name:
        country, _, rest = n.name.partition(" ")
        begin = next((t.i + 1 for t in doc[n.start:n.end - 1] if t.text == country), None)
        if len(rest.split()) > 1 and begin is not None and is_country(country):  # "ambassador to the US Anatoly Antonov"
            return Name(rest, "person", doc[begin:n.end].text, begin, n.end)
        return Name(n.name, "person", n.surface, n.start, n.end)

    return [as_person(n) if person(n) else n for n in raw]


def _absorb_first_names(doc, raw: list[Name], known_types: dict[str, str]) -> list[Name]:
    """'Mykhaylo Podolyak' where the gazetteer knows 'Podolyak': the model tags the unlisted
    first name on its own (often as a place); it belongs to the listed person."""
    out = []
    for k, n in enumerate(raw):
        following = raw[k + 1] if k + 1 < len(raw) else None
        if (
            following is not None
            and n.end == following.start
            and n.end - n.start == 1
            and n.name not in known_types
            and following.type == "person"
            and following.name in known_types
            and doc[n.start].is_title
        ):
            out.append(Name(following.name, "person", n.surface, n.start, n.end))
            continue
        out.append(n)
    return out
