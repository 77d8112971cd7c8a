"""Turn spaCy entity spans into canonical people, organisations and places.

The gazetteer's ruler gives known names their canonical form. Names it does not list are
cleaned (titles, possessives, articles dropped), folded across transliteration variants
(Zelensky / Zelenskyy / Zelenskiy) and surname-only mentions are merged into the full name
used elsewhere in the same article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

DASHES = {"-", "–", "—", "--"}  # as tokens: what sets off a wire story's dateline ("KYIV (AP) — ")

TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
TITLES = re.compile(
    r"^(?:(?:u\.?s\.?|us|russian|ukrainian|french|british|german|turkish|briton|american|canadian|australian|belarusian|"
    r"polish|italian|spanish|dutch|swedish|finnish|norwegian|israeli|iranian|chinese|japanese|indian|czech|slovak|"
    r"hungarian|estonian|latvian|lithuanian|moldovan|romanian|georgian|then|former|acting|deputy|vice|"
    r"prime|foreign|defen[cs]e|chief|head|special|president|premier|minister|chancellor|secretary|"
    r"general|gen\.|pres\.|lt\.|col\.|adm\.?|maj\.?|sgt\.?|rear(?= adm)|(?:gen|lt|col)(?= \S+ \S)|envoy|spokes(?:man|woman|person)|mr\.?|mrs\.?|ms\.?|miss|madame|madam|mme\.?|professor|prof\.|dr\.?|sir|"
    r"king|queen|pope|senator|sen\.|rep\.|ambassador|commander|governor|mayor|council(?:l?or|man|woman)|cllr\.?|pm|mp|mep|state|of|the|delegate|"
    r"major|archbishop|bishop|metropolitan|patriarch|cardinal|father|rev\.|reverend|rabbi|imam|sheikh|"
    r"captain|capt\.|lieutenant|colonel|sergeant|admiral|marshal|brigadier|lance|corporal|cpl\.?|first)\s+)+",
    re.I,
)
# titles only people carry: a span opening with one names a person whatever the model says
PERSONAL_TITLE = re.compile(
    r"^(?:major |archbishop |bishop |metropolitan |patriarch |cardinal |father |rev\. |reverend |rabbi |imam |"
    r"mr\.? |mrs\.? |ms\.? |miss |madame |madam |mme\.? |professor |prof\. |dr\.? |sir |senator |sen\. |council(?:l?or|man|woman) |cllr\.? |gen\. |pres\. |colonel |col\. |lt\. |adm\.? |maj\.? |sgt\.? |"
    r"rear (?=adm)|(?:gen|lt|col) (?=\S+ \S)|captain |capt\. |"
    r"lieutenant |sergeant |admiral |marshal |brigadier |lance |corporal |cpl\.? )+[A-Z]\w+(?: [A-Z][\w'’-]+){0,2}$",
    re.I,
)
POSSESSIVE = re.compile(r"\s*['’´]s?$")  # "Europe´s" in some scrapes


# sentence adverbs the model runs into a name at a sentence's head ("Overnight Zelenskiy acknowledged")
LEADING_ADVERB = re.compile(r"^(?:Overnight|Meanwhile|Earlier|Later|Yesterday|Today|Tonight|Also|However|Now|Then|Still|Instead) (?=[A-Z])")
# a part of a country or town written in lower case before its name ("north west Ireland", "southeast England");
# not one with a name of its own ("west Berlin", "west Africa")
LEADING_DIRECTION = re.compile(
    r"^(?:north|south|east|west|central)(?:[- ]?(?:east|west))?(?:ern)? (?=[A-Z])(?!(?:Berlin|Germany|Africa|Asia|Bank|Korea|Sudan|Timor|Virginia|Jerusalem)\b)"
)


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    text = re.sub(r"(?<=[a-z])\.\d+$|^\d+(?=[A-Z][a-z])| \d+-\d+$", "", re.sub(r"\s+", " ", text))  # "Pokrovsk.26", "29Blinken", "Wales 1-0"
    text = re.sub(r" [-–—] [a-z].*$", "", text).strip(" \"“”‘’'.,:;()[]-–—")  # "Ministry of Defence - which", "[President Vladimir]"
    text = POSSESSIVE.sub("", text)
    text = re.sub(r"\s+(?:of|of the|for|and)$", "", text)  # "Ministry of Defense of the" before a listed "Russian Federation"
    text = re.sub(r"^ex-(?=[A-Z])", "", re.sub(r"^the\s+", "", text, flags=re.I).strip())  # "ex-Russian Railways boss"
    return LEADING_DIRECTION.sub("", LEADING_ADVERB.sub("", text))


NICKNAME = re.compile(r" [\"“‘'][A-Z][\w-]*[\"”’'] (?=[A-Z])")  # "Maria “Masha” Alyokhina"


@lru_cache(maxsize=65536)
def clean_person(text: str) -> str:
    name = TITLES.sub("", NICKNAME.sub(" ", clean_name(text)))
    return name or clean_name(text)


# units the model takes for names ("14 degrees Fahrenheit")
UNITS = {"fahrenheit", "celsius", "kelvin", "euro", "euros", "rouble", "roubles", "ruble", "rubles", "hryvnia", "hryvnias"}  # "Euro MPs"


@lru_cache(maxsize=65536)
def plausible(text: str, label: str) -> bool:
    """Reject spans that are line-joined headings, fragments or not names at all."""
    if "\n" in text or len(text) < 2 or len(text) > (80 if label == "ORG" else 60) or text.lower() in UNITS or text.count("(") != text.count(")"):
        return False
    if not any(c.isupper() for c in text) or not re.search(r"[A-Za-z]", text) or text.startswith("@"):
        return False  # no name, or an account's handle ("@JusticeOIG")
    if "://" in text:
        return False  # a web address
    words = text.split()
    if not TITLES.sub("", text + " ").strip():
        return False  # "Defence" of "Defence Minister ...": a title word, not a name
    if label == "PERSON" and (len(words) > 4 or any(w.isupper() and len(w) > 3 for w in words)):
        return False
    if words[-1] in AWARDS:
        return False  # "the Sakharov Prize", "an Academy Award": no person, body or place
    if (words[-1] in HAPPENINGS and not {"of", "for"} & set(words)) or text in HAPPENINGS or DISEASE.match(text) or HOLIDAY.search(text):
        return False  # "the Cuban Missile Crisis", "Armageddon", "Covid", "Mother’s Day"; not "the Institute for the Study of War"
    return not re.search(r"\d", text) or label in ("ORG", "FAC")


AWARDS = {"Prize", "Award", "Awards", "Medal", "Trophy"}
# what happened, which the model takes for a body or a place: no person, body or place either
HAPPENINGS = {"Crisis", "War", "Revolution", "Uprising", "Massacre", "Famine", "Blockade", "Invasion", "Summit", "Armageddon"}
HOLIDAY = re.compile(r"['’´]s Day$")  # "Valentine’s Day", "Mother's Day": a day, no one's name
DISEASE = re.compile(r"^(?:covid|coronavirus|sars-cov)(?:-\d+)?$", re.I)
# American spellings in institutions' names (and in what a figure counts), folded to British ("Ministry of Defense")
SPELLINGS = {
    "defense": "defence", "center": "centre", "organization": "organisation", "labor": "labour", "program": "programme",
    "ruble": "rouble", "rubles": "roubles",
}


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A key that transliteration and spelling variants of one name share: accents dropped,
    'kh' -> 'h', 'y' -> 'i', 'tz' -> 'z', 'h' -> 'g' but in 'ch', 'sh', 'zh', doubled letters
    single (Zelensky / Zelenskyy / Zelenskiy, Mykhailo / Mykhaylo, Oleksii / Oleksiy, Ihnat /
    Ignat, Scholz / Scholtz), American spellings British (Defense / Defence)."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = []
    for word in re.findall(r"[a-z]+|[0-9]+", text):
        if word.isdigit():
            words.append(word)  # "France 24" is not France, "Task Force 69" not "Task Force 6"
            continue
        word = SPELLINGS.get(word, word)
        word = re.sub(r"(?:iy|yy|ij|ii)$", "i", word).replace("kh", "h").replace("y", "i").replace("tz", "z")
        word = re.sub(r"(?<![csz])h", "g", word)  # Ukrainian h, Russian g: Ihnat / Ignat, Oleh / Oleg
        words.append(re.sub(r"(.)\1+", r"\1", word))
    return " ".join(words)


def ends_with(words: list[str], key: list[str], at_start: bool = False) -> bool:
    """Whether the folded words `key` of a one-word name end (or open) the folded words of a
    full name: "Assad" of "Bashar al-Assad", "O'Brien" (two words folded) of "Sarah O'Brien"."""
    return bool(key) and (words[:len(key)] if at_start else words[-len(key):]) == key  # "Путин" folds to nothing


def merge_surnames(names: list[str]) -> dict[str, str]:
    """Map each short person name (`names` in the order the text names them) to the longer
    name it ends with, or failing that the one it starts with if unique, or failing that the one
    whose surname it misspells, if unique. A surname several
    people share is the one named first, the story's subject ("Griner" after "Brittney
    Griner" and her wife "Cherelle Griner")."""
    first_named = {n: i for i, n in reversed(list(enumerate(names)))}
    full = sorted({n for n in names if len(n.split()) > 1}, key=first_named.get)
    folded = {f: fold(f).split() for f in full}
    mapping = {}
    for name in set(names):
        if len(name.split()) != 1:
            continue
        key = fold(name).split()
        surnamed = [f for f in full if ends_with(folded[f], key)]
        first_named_so = [f for f in full if ends_with(folded[f], key, at_start=True)]
        misspelt = [f for f in full if misspelling(name, f.split()[-1])]
        if surnamed:
            mapping[name] = surnamed[0]
        elif len(first_named_so) == 1:
            mapping[name] = first_named_so[0]
        elif len(misspelt) == 1:
            mapping[name] = misspelt[0]
    return mapping


def misspelling(word: str, surname: str) -> bool:
    """Whether a word of seven letters or more is a surname with one letter typed wrong
    ("Alyokjina" for "Alyokhina"); not the other gender's form, one letter more or less
    ("Lavrova") or an "a" for the last letter ("Zelenska", "Kowalska")."""
    a, b = word.lower(), surname.lower()
    wrong = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(a) == len(b) >= 7 and a.isalpha() and len(wrong) == 1 and not (wrong[0] == len(a) - 1 and "a" in (a[-1], b[-1]))
