"""Figures: a number with what it counts ("at least 1,200 more prisoners of war")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = UNITS | TENS | {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "hundred": 100, "dozen": 12, "dozens": 24,
    "hundreds": 200, "thousands": 2000,
}
RANGE_WORDS = {"to", "or"}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7, "mn": 1e6, "bn": 1e9}
# a sum of money counts its currency, named by its sign or its word
CURRENCIES = {"$": "dollars", "£": "pounds", "€": "euros", "₴": "hryvnias", "₽": "roubles"}
CURRENCY_WORDS = {"dollar": "dollars", "euro": "euros", "hryvnia": "hryvnias", "rouble": "roubles", "ruble": "roubles"}  # "pounds" may weigh
_CURRENCY_WORD = re.compile(rf"\b(?:{'|'.join(CURRENCY_WORDS)})s?\b")
QUALIFIERS = [
    "at least", "more than", "less than", "fewer than", "up to", "as many as", "as much as", "nearly", "almost",
    "exceeding", "in excess of",
    "about", "around", "roughly", "approximately", "some", "over", "under", "just over",
    "just under", "just", "only", "barely", "at most", "estimated", "below", "above",
    "within", "no more than", "not more than", "no fewer than", "no less than", "well over", "in the region of",
    "a little over", "a little more than", "a little under", "a little less than", "a maximum of", "a minimum of",
]
_QUALIFIER = re.compile(r"^(" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\b", re.I)
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_UNIT = re.compile(r"\b(second(?=s)|minute|hour|day|week|month|year|decade|centur)(?:s|y|ies)?\b", re.I)  # not "the Second World War"
UNIT_PLURALS = {"centur": "centuries"}  # what a count of a unit counts: "days", "centuries"
LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"}
_NOUNS = {"NOUN", "PROPN"}
TOLLS = {"toll", "total", "tally"}  # what a number brings up to date
VAGUE_NOUNS = {"thing", "way", "factor", "issue", "reason", "example", "question", "idea", "word"}  # "a couple of things": a manner of speaking
DEATHS = {"fatality", "casualty", "death", "victim"}
STRIKES = {"hit", "destroy", "down", "strike", "damage", "shoot", "intercept", "seize", "capture", "sink", "kill", "injure", "wound", "stop", "drop", "fire", "launch"}  # what they hit is counted
CASUALTIES = {"killed", "injured", "wounded", "dead", "missing", "displaced", "detained", "evacuated", "captured"}
TIMES_OF_DAY = {"overnight", "today", "yesterday", "tonight"}  # when, run into a count
SCORE = re.compile(r"\d{1,2}")  # a side's goals, points or games
RESULTS = {"draw", "victory", "win", "defeat", "loss", "lead", "scoreline", "triumph", "thrashing", "drubbing"}  # what a score ends in
DIMENSIONS = {"long", "deep", "high", "wide", "tall", "thick", "broad", "across"}
CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b", re.I)
# units of distance, speed and weight a number counts when written onto it or right after it
MEASURES = ("km", "kms", "kilometres", "kilometers", "metres", "meters", "mi", "mile", "miles", "mph", "ft", "feet", "kg", "lb", "lbs", "tonnes", "tons")
# a unit the tokenizer leaves on its number ("1.7miles", "84kms"; it splits "850m" itself)
GLUED = re.compile(rf"^\d[\d.,]*({'|'.join(MEASURES)})$")
# "the two sides", "the two leaders": the parties a report has named
PARTIES = {"side", "party", "delegation", "leader", "country", "nation", "president", "government", "neighbour", "neighbor", "power"}
# "eight of the family", "two of their daughters": a number of a group the article names
GROUP_DETERMINERS = {"the", "their", "his", "her", "its", "our", "my", "your", "these", "those"}
# "a city of 215,000": a number of a place's people
SETTLEMENTS = {"city", "town", "village", "settlement", "community", "population", "country", "nation", "region", "district"}


def number_value(text: str) -> float | None:
    text = re.sub(r"(?<=\d)(bn|mn)\b", r" \1", text.lower().replace(",", ""))
    if any(sign in text for sign in CURRENCIES) or _CURRENCY_WORD.search(text):
        text = re.sub(r"(?<=\d) ?m\b", " million", text)  # "€670m", "500m euros"; alone, "670m" may be metres
    value, half, ranged, between, word, scale = None, False, False, False, "", 1.0
    for match in re.finditer(r"\d+(?:\.\d+)?|[a-z]+", text):
        previous, word = word, match.group(0)
        between = between or word == "between"
        if word[0].isdigit() and ORDINAL_SUFFIX.match(text, match.end()):
            continue  # "the 254th day" counts nothing
        if word[0].isdigit():
            value = float(word)  # "200,000-220,000", "10-15 million": the upper bound
        elif word == "half" and value is None:
            half = True  # "half a dozen"
        elif word == "half" and text[:match.start()].endswith((" and a ", "-and-a-")):
            value += 0.5 * scale  # "three and a half years", "two-and-a-half months", "a million and a half"
        elif word in NUMBER_WORDS and (value is None or ranged):
            value = float(NUMBER_WORDS[word]) * (0.5 if half else 1)
        elif word in UNITS and previous in TENS and value == TENS[previous]:
            value += UNITS[word]  # "seventy-four", "twenty one"; not "one hundred twenty five", read as 100
        elif word in SCALES and value is not None:
            value, scale = value * SCALES[word], SCALES[word]
        elif word in SCALES and previous in ("a", "an"):
            value, scale = SCALES[word] * (0.5 if half else 1.0), SCALES[word]  # "almost a million followers", "half a million"
        # "five to ten years", "three or four", "between four and six": the upper bound
        ranged = (word in RANGE_WORDS or (between and word == "and")) and value is not None
    return None if value is None else round(value, 6)  # 1.1 x 1e9 is 1100000000.0000002


def figure_of(ent: Span, previous_counts: str | None) -> tuple[float, str, str, str | None] | None:
    """(value, text, counts, qualifier) for an entity span, or None when it counts nothing."""
    doc = ent.doc
    # an opening quotation mark the model ran into the span ("'Over 100,000"), not one closed with it ("'several dozen'")
    if len(ent) > 1 and ent[0].is_quote and not any(t.is_quote for t in doc[ent.start + 1:ent.end + 1]):
        label, ent = ent.label_, doc[ent.start + 1:ent.end]
        ent.label_ = label
    if len(ent) > 2 and ent[-1].lower_ in TIMES_OF_DAY and ent[-2].pos_ in _NOUNS:
        label, ent = ent.label_, doc[ent.start:ent.end - 1]  # "30 shells overnight", tagged one quantity
        ent.label_ = label
    if ent.end < len(doc) and ent[-1].lower_ in ("a", "an") and doc[ent.end].lower_ in NUMBER_WORDS:
        ent = doc[ent.start:ent.end + 1]  # the model stops "less than a | dozen kilometers" short
        ent.label_ = "CARDINAL"
    value = number_value(ent.text)
    if value is None:
        return None
    if (upper := _upper_bound(ent)) is not None:
        if upper.ent_type_ not in ("", "CARDINAL") or upper.dep_ == "nummod":
            return None  # the upper bound's own span counts: "four-to-six-month"
        value = number_value(upper.text) or value  # "three or four medics": the noun hangs on "three"
    small_word = value <= 2 and not re.search(r"\d", ent.text) and not _UNIT.search(ent.text)
    if small_word and (not (_counts_a_noun(ent) or (value == 2 and _partitive(ent))) or _hyphened(ent)) and not (value == 2 and _times(ent)):
        return None  # "one of them", "the two sides", "one-way" count nothing; "two industrial plants", "two of his colleagues", "a two-time champion" do
    if CLOCK.search(ent.text):
        return None  # "3.30am", "03:59": a time of day
    if _score(ent) or _rank(ent) or _a_generation(ent):
        return None  # "a 6-4, 6-3 victory", "the No. 1 seed", "5G technology": no counts
    qualifier = _qualifier(ent)
    if ent.label_ in ("DATE", "TIME"):
        unit = _UNIT.search(ent.text)
        if not unit or re.search(r"\bage\b|\bold\b", ent.text, re.I):
            return None
        end = ent.end
        if ent.text.endswith(("-day", "-hour", "-week", "-month", "-year")) and end < len(doc):
            head = doc[end] if doc[end].pos_ in _NOUNS else None
            end = head.i + 1 if head is not None else end
        counts = UNIT_PLURALS.get(unit.group(1).lower(), unit.group(1).lower() + "s")
        return value, doc[ent.start:end].text, counts, qualifier
    if ent.label_ == "PERCENT":
        return value, ent.text, "percent", qualifier
    if (cent := _per_cent(ent)) is not None:
        return value, doc[ent.start:cent + 1].text, "percent", qualifier
    if ent.label_ == "MONEY" and (currency := _currency(ent)):
        return value, ent.text, currency, qualifier
    if measure := _measure(ent):
        unit, name = measure
        return value, doc[ent.start:unit.i + 1].text, name, qualifier
    number = max((t for t in ent if t.like_num), key=lambda t: t.i, default=ent.root)
    if number.dep_ == "conj" and number.head.like_num and number.head.i >= ent.start:
        number = number.head  # "between 10,000 and 15,000 civilians": the noun hangs on the lower bound
    head = number.head
    if head.dep_ == "poss" and head.tag_ == "NNP" and head.head.pos_ in _NOUNS and head.head.i > head.i:  # "10,000 McDonald's employees"
        head = head.head
    if number.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in _NOUNS and head.i >= ent.end - 1:
        if head.lower_ in ("each", "percent", "%") or (head.lower_ == "way" and doc[head.i - 1].text == "-"):
            return None  # "a three-way discussion": how many take part, no count of ways
        end, counts = _counted(head, ent.end)
        if measured := _measured(number, head):  # "the 1,000-kilometer border": kilometers of border
            end, counts = _counted(*measured)
            counts = f"{head.lower_.rstrip('s')}s of {counts}"
        if qualifier is None and doc[end:end + 2].text.lower() == "or so":  # "20 countries or so"
            qualifier = "or so"
        return value, doc[ent.start:end].text, counts, qualifier
    if partitive := _partitive(ent):
        end, counts = partitive
        return value, doc[ent.start:end].text, counts, qualifier
    if number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.lemma_.lower() in SETTLEMENTS:
        return value, doc[number.head.head.i:ent.end].text, "people", qualifier
    if toll := _toll(number):
        return value, ent.text, toll, qualifier
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.lower_ in CASUALTIES:  # "more than 12,000 injured"
        return value, doc[ent.start:ent.end + 1].text, following.lower_, qualifier
    if previous_counts and _elliptical(ent):  # "including 34 over ...", "110 of which ..."
        return value, ent.text, previous_counts, qualifier
    if previous_counts and following is not None and following.lower_ == "each":
        return value, doc[ent.start:ent.end + 1].text, previous_counts, qualifier
    if (counted := _set_off(ent)) is not None:  # "its subscribers - more than 700,000 - joined"
        return value, ent.text, counted.lower_, qualifier
    return None


def _score(ent) -> bool:
    """Whether a number opens a game's score before what it ended in: "a 6-4, 6-3 victory", "a
    0-0 draw"."""
    doc = ent.doc
    after = doc[ent.end:ent.end + 2]
    if len(ent) != 1 or not SCORE.fullmatch(ent.text) or len(after) < 2 or after[0].text not in ("-", "–") or not SCORE.fullmatch(after[1].text):
        return False
    following = next((t for t in doc[ent.end + 2:ent.end + 12] if not (SCORE.fullmatch(t.text) or t.text in ("-", "–", ","))), None)
    return following is not None and following.lemma_.lower() in RESULTS


def _rank(ent) -> bool:
    """Whether a number is a rank: "the No. 1 seed", "No 10" (not "No 10 soldiers" opening a sentence)."""
    doc, i = ent.doc, ent.start - 1
    if i >= 1 and doc[i].text == "." and doc[i - 1].text == "No" and not doc[i - 1].whitespace_:
        return True  # "No." split in two
    return i >= 0 and (doc[i].text in ("No.", "#") or (doc[i].text == "No" and not doc[i].is_sent_start))


def _a_generation(ent) -> bool:
    """Whether a number is written onto a capital letter that names a kind: "5G", "3D" (not
    "100K", thousands)."""
    doc, last = ent.doc, ent[-1]
    return not last.whitespace_ and last.i + 1 < len(doc) and bool(re.fullmatch(r"[A-JL-Z]", doc[last.i + 1].text))


def _set_off(ent):
    """The plural noun a number follows between dashes or brackets, which it counts, or None;
    not a unit's conversion ("12 sq km (5 sq miles)")."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc):
        return None
    opening, noun, closing = doc[ent.start - 1], doc[ent.start - 2], doc[ent.end]
    paired = (opening.text in ("-", "–", "—") and closing.text == opening.text) or (opening.text == "(" and closing.text == ")")
    unit = noun.lower_ in MEASURES or bool(_UNIT.fullmatch(noun.text))
    return noun if paired and noun.tag_ == "NNS" and not unit else None


def couple_of(token) -> tuple[float, str, str, str | None] | None:
    """(value, text, counts, qualifier) for the "couple" of "a couple of sensitive strikes" or
    "the past couple of centuries": two of the plural noun it governs; not the "couple" two people
    make ("had been a couple for nine years"), a rate ("a couple of days a week", "every couple
    of hours"), a likeness ("like a couple of tricksters") or a manner of speaking ("a couple of
    things", "in a couple of ways")."""
    doc = token.doc
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    noun = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None) if of is not None else None
    if noun is None or token.i == 0 or doc[token.i - 1].lower_ not in ("a", "past", "next", "last", "first"):
        return None
    rate = noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("a", "an", "per", "each", "every") and _UNIT.match(doc[noun.i + 2].text)
    if rate or doc[max(token.i - 2, 0)].lower_ in ("like", "as") or noun.lemma_.lower() in VAGUE_NOUNS:
        return None
    start = token.i - 1 if doc[token.i - 1].lower_ == "a" else token.i
    words = [t for t in noun.lefts if t.i > of.i and t.dep_ in ("amod", "compound", "nmod")]
    counts = re.sub(r"^(?:more|additional|other|further|new) ", "", doc[min([noun.i] + [t.i for t in words]):noun.i + 1].text)
    return 2.0, doc[start:noun.i + 1].text, counts, _qualifier(doc[start:noun.i + 1])


def _per_cent(ent) -> int | None:
    """Where "per cent" ends after a span's last number ("70 | per cent", which the model tags a
    sum of cents or leaves apart), or None."""
    doc = ent.doc
    number = max((t.i for t in ent if t.like_num), default=None)
    if number is None or number + 2 >= len(doc) or number + 2 > ent.end + 1:
        return None
    per, cent = doc[number + 1], doc[number + 2]
    return cent.i if per.lower_ == "per" and cent.lower_ == "cent" else None


def _currency(ent) -> str | None:
    for token in [*ent.doc[max(ent.start - 1, 0):ent.start], *ent, *ent.doc[ent.end:ent.end + 1]]:
        if token.text in CURRENCIES or (1 < len(token.text) <= 3 and token.text[-1] == "$"):  # "US$", "A$"
            return CURRENCIES[token.text[-1]]
        if token.lemma_.lower() in CURRENCY_WORDS:
            return CURRENCY_WORDS[token.lemma_.lower()]
        if token.lower_ in CURRENCY_WORDS.values():  # "hryvnias", which the model does not lemmatise
            return token.lower_
    return None


def _qualifier(ent) -> str | None:
    """The qualifier opening the span ("at least 1,200"; "about" of "only about 10%"), the words
    just before it ("over a dozen", "below 14 degrees") or before the range it ends ("about 20 to
    40 miles") unless the span opens with "the", or "or so" after it."""
    if ent.doc[ent.end:ent.end + 2].text.lower() == "or so":
        return "or so"
    text = re.sub(r"^(?:an?|the)\s+(?!little|maximum|minimum)", "", ent.text, flags=re.I)
    own = _QUALIFIER.match(re.sub(r"^(?:only|just) (?=about|around|roughly|approximately|some|nearly|almost)", "", text, flags=re.I))
    if own or ent[0].lower_ == "the":  # "over the past two weeks": when, not more than
        return own.group(1).lower() if own else None
    start = ent.start - (ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("a", "an"))  # "over a dozen"
    low = number_value(ent.doc[start - 2].text) if start >= 2 and ent.doc[start - 1].lower_ in RANGE_WORDS else None
    if low is not None and low < (number_value(ent.text) or 0):
        start -= 2  # "about 20 to | 40 miles": the range's qualifier (not "owing at least 600,000 to | 60 creditors")
    for width in (3, 2, 1):
        before = ent.doc[max(start - width, 0):start].text
        match = _QUALIFIER.match(before)
        if match and match.end() == len(before):
            return match.group(1).lower()
    return None


def _upper_bound(ent):
    """The upper bound of a range a bare number opens ("four" of "four-to-six-month", "three or
    four medics"), which the model tags apart; a range counts its upper bound. A percentage or
    sum opens none ("rose 2% to 73 cents" names a new level), but "from 200 to 300" reads as a
    range too."""
    after = [t for t in ent.doc[ent.end:ent.end + 4] if t.text != "-"]
    if ent.label_ != "CARDINAL" or len(after) < 2 or after[0].lower_ not in RANGE_WORDS:
        return None
    return after[1] if after[1].like_num or after[1].lower_.split("-")[0] in NUMBER_WORDS else None


def _measure(ent) -> tuple[object, str] | None:
    """The token naming a span's unit and the unit: glued to the number ("440lbs", "715ft above
    sea level") or after it where the parser reads no noun ("(715 | ft)")."""
    for token in ent:
        if glued := GLUED.match(token.lower_):
            return token, glued.group(1)
        if token.lower_ in MEASURES and token.pos_ not in _NOUNS and token.i > ent.start and token.nbor(-1).like_num:
            return token, token.lower_
    return None


def _times(ent) -> bool:
    """"two-time": how many times someone won or held something (not "a one-time ally", a former one)."""
    return [t.lower_ for t in ent.doc[ent.end:ent.end + 2]] == ["-", "time"]


def _hyphened(ent) -> bool:
    """"one-way", "one-sided": a small number in words made an adjective (larger ones, as in
    "three-way talks", still count their noun)."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].text == "-"


def _toll(number) -> str | None:
    """The toll or total a number brings up to date: "the death toll had risen to six", "raising
    the toll to 12", "the toll stood at 15", "has reached 25", "taking the total to 15"."""
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "at"):
        verb = number.head.head
    elif number.dep_ == "dobj":
        verb = number.head
    else:
        return None
    toll = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.lower_ in TOLLS), None) if verb.pos_ == "VERB" else None
    if toll is None:
        return None
    start = min([toll.i] + [t.i for t in toll.lefts if t.dep_ in ("compound", "amod")])
    return number.doc[start:toll.i + 1].text.lower()


def _counts_a_noun(ent) -> bool:
    """"two industrial plants", "the two merchant vessels"; not "the two sides", "the two
    countries" (the parties the report has named) or "the one issue" (the only one); "one" only
    among other counts ("two tanks and one gun"), qualified ("only one hospital"), killed,
    injured … ("One person was injured") or hit ("destroyed one tank"), not "One injured man
    said", "one thing", "said one resident" (a man, a thing, a resident)."""
    number = ent.root
    head = number.head
    if number.dep_ != "nummod" or head.pos_ not in _NOUNS or head.i < ent.end:
        return False
    between = ent.doc[ent.end:head.i]  # "one U.S.-made M113 armoured personnel carrier"
    if len(between) > 2 and (len(between) > 5 or any(_breaks_a_noun_phrase(t) for t in between)):
        return False
    definite = any(t.lower_ == "the" for t in head.lefts)
    if number.lower_ == "one":  # "the one issue": the only; "One injured man said": a man
        verb = head.head
        casualty = head.lemma_.lower() in DEATHS or any(t.lower_ in CASUALTIES for t in (verb, *verb.children))  # "was injured", injured as a verb or an adjective
        target = head.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in STRIKES  # "hit one carrier"
        return not definite and (casualty or target or _qualifier(ent) is not None or _among_counts(ent))
    return not (definite and head.lemma_.lower() in PARTIES)


def _among_counts(ent) -> bool:
    """Whether the sentence counts something else too ("two tanks, one gun and seven mortars")."""
    return any(t.like_num and not (ent.start <= t.i < ent.end) and t.ent_type_ not in ("DATE", "TIME", "ORDINAL") for t in ent.sent)


def _breaks_a_noun_phrase(token) -> bool:
    """A word no noun phrase between a number and its noun holds: a preposition, a conjunction,
    a pronoun, a finite verb or punctuation other than a hyphen."""
    return token.pos_ in ("ADP", "CCONJ", "PRON") or (token.pos_ == "VERB" and token.dep_ != "amod") or (token.is_punct and token.text not in "-–")


def _elliptical(ent) -> bool:
    """A number whose counted noun is the previous figure's: "…, including 34 over the Krasnodar
    region and four over the Sea of Azov", "138 drones, 110 of which …", "21 of them"."""
    doc = ent.doc
    after = doc[ent.end:ent.end + 2].text.lower()
    before = doc[ent.start - 1].lower_ if ent.start else ""
    return after in ("of which", "of them", "of those", "of whom") or before in ("including", "and")



def _counted(head, after: int) -> tuple[int, str]:
    """(end token, what is counted) for the noun `head` a number qualifies: its modifiers after
    the number (token `after` on) and an "of" phrase ("3,000 bodies of soldiers")."""
    doc = head.doc
    words = [t for t in head.lefts if t.i >= after and t.dep_ in ("amod", "compound", "nmod")]
    start = min([head.i] + [max(t.left_edge.i, after) for t in words])  # "Singapore-based grain trader"
    end = head.i + 1
    for prep in head.rights:
        if prep.lower_ == "of" and prep.i == end:
            objects = [t for t in prep.rights if t.dep_ == "pobj"]
            if objects:
                end = max(t.i for t in objects[0].subtree) + 1
                end = next((t.i for t in doc[prep.i:end] if _clause_break(t)), end)
    return end, re.sub(r"^(?:[-–]|(?:more|additional|other|further|new) )", "", doc[start:end].text)


def _measured(number, unit) -> tuple[object, int] | None:
    """The noun a hyphened measure qualifies and where its words start ("border" of "the
    1,000-kilometer border", "front line" of "the 1,000-kilometer (600-mile) front line", past the
    conversion), or None."""
    doc, noun = number.doc, unit.head
    hyphened = number.i + 2 == unit.i and number.nbor().text == "-"
    converted = number.i > 0 and doc[number.i - 1].text == "("  # the "(12-mile)" of "19-kilometer (12-mile) bridge"
    after = unit.i + 1
    if after < noun.i and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after:noun.i] if t.text == ")"), after)
    joined = all(t.is_alpha and t.lower_ not in DIMENSIONS for t in doc[after:noun.i + 1])  # not "3-metre deep barrier"
    if hyphened and not converted and joined and unit.ent_type_ == "QUANTITY" and unit.dep_ in ("compound", "nmod") and noun.i > unit.i and noun.pos_ == "NOUN":
        return noun, after
    return None


def _clause_break(token) -> bool:
    """Where a counted noun's "of" phrase gives way to an aside: "(", ", which", "– who"."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.text == "(" or (token.text in (",", "–", "—") and following is not None and following.tag_ in ("WDT", "WP", "WRB"))


def _a_count_of(ent) -> bool:
    """Whether a number before "of the …" counts members of it: a number alone ("eight of the
    family"), not a fraction or a vague plural ("two-thirds of", "hundreds of"), nor a number a
    noun or a list holds ("Day 50 of the invasion", "articles 9-11 of", "steps two, three and
    four of")."""
    held = ent.start > 0 and ent.doc[ent.start - 1].pos_ in _NOUNS
    listed = ent.root.dep_ in ("conj", "appos") and ent.root.head.like_num
    return ent[-1].like_num and not held and not listed


def _partitive(ent) -> tuple[int, str] | None:
    """"12 (out) of 20 drones": the first number counts what the second does; "eight of the
    family", "two of their daughters": what the "of" phrase names ("of them", "of which" are
    `_elliptical`)."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].lower_ == "out":
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in GROUP_DETERMINERS and _a_count_of(ent):
        group = next((t for t in doc[i].rights if t.dep_ == "pobj" and t.pos_ in _NOUNS), None)
        if group is not None and not any(c.dep_ == "case" for c in group.children):  # not "two of the city's busiest"
            return _counted(group, i + 2)
        return None
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or not doc[i + 1].like_num:
        return None
    number = doc[i + 1]
    while number.i + 1 < len(doc) and number.dep_ == "compound" and number.head.like_num:
        number = number.head  # "1.4 million"
    head = number.head
    if number.dep_ not in ("nummod", "quantmod") or head.pos_ not in _NOUNS or head.i <= number.i:
        return None
    return _counted(head, number.i + 1)
