"""Load the English pipeline once per process, with the gazetteer's entity ruler before `ner`."""

from __future__ import annotations

import json
import re
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import compile_infix_regex

from . import MODEL
from .date_spans import YEAR
from .dates import FESTIVALS, LENGTH_UNIT, UNIT
from .figures import CURRENCIES, CURRENCY_WORDS, GLUED
from .quotes import CLOSING_MARKS, OPENING_MARKS

LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """A sentence never runs across a blank line: headings and paragraphs stay apart."""
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("opening_quotes")
def opening_quotes(doc):
    """A quotation mark that opens a sentence starts it ("… on Thursday afternoon. 'Further testing
    …"): the model ends the sentence before it after the mark."""
    for before, mark, after in zip(doc, doc[1:], doc[2:]):
        if before.text in (".", "!", "?") and before.whitespace_ and mark.text in OPENING_MARKS and not mark.whitespace_ and after.text[:1].isupper():
            mark.is_sent_start = True
            after.is_sent_start = False
    return doc


@Language.component("quoted_questions")
def quoted_questions(doc):
    """A quotation ending in a question or an exclamation runs on into the lower-case words after
    its closing mark ("“Will it hold?” she said."): the model ends the sentence at the mark."""
    for end, mark, after in zip(doc, doc[1:], doc[2:]):
        if end.text in ("?", "!") and not end.whitespace_ and mark.text in CLOSING_MARKS and mark.whitespace_ and after.is_lower and after.is_alpha:
            mark.is_sent_start = False
            after.is_sent_start = False
    return doc


# bodies named for or owned by a listed name: "Melitopol City Council", "the Duma's Defence Committee"
RUN_ON_BODIES = {"Committee", "Commission", "Council", "Framework", "Administration", "Assembly"}
POSSESSIVE_MARKS = {"'s", "’s", "´s"}
SETTLEMENTS = {"city", "town", "village", "settlement", "hamlet"}


@Language.component("listed_names_run_on")
def listed_names_run_on(doc):
    """A name the gazetteer lists run on into a body named for it or owned by it, whose words the
    ruler left to the model and the model left untagged, took for a date or (after a place)
    tagged apart: "Melitopol" + "City Council", "Russian Duma's" + "Defense Committee",
    "Conservative Party's" + "1922 Committee" (no year), "Indo-Pacific" + "Economic Framework";
    not a body's word right after a name ("the U.S. Administration", "NATO-Russia Council"). A
    one-word alias of a body after "the city of" names a town ("the city of Duma"), and after
    "city", "regional" or a name the gazetteer does not list another body ("the Moscow city
    Duma", "the Central Rada"): not the listed one."""
    kept, bodies, covered = [], [], 0
    for ent in doc.ents:
        if ent.start < covered:
            continue  # taken into the body before it
        read = _run_on(doc, ent) if ent.ent_id_ else ent
        if read is not None:
            kept.append(read)
            covered = read.end
            if read is not ent:
                bodies.append(read)
    doc.ents = kept
    for token in (t for body in bodies for t in body):
        token.ent_id = 0  # a body of its own, not the listed name
    return doc


def _run_on(doc, ent):
    """`ent`, a listed name, as `listed_names_run_on` reads it: the same, the body it runs on
    into, or None."""
    if len(ent) == 1 and ent.label_ == "ORG" and ent.text != ent.ent_id_ and ent.start >= 2:
        before = doc[ent.start - 1]
        town = before.lower_ == "of" and doc[ent.start - 2].lower_ in SETTLEMENTS
        unlisted = before.pos_ == "PROPN" and not before.ent_type_ and doc[ent.start - 2].pos_ == "DET"  # "the Central Rada"; not "… of New UN figures"
        if town or unlisted or before.lower_ in SETTLEMENTS | {"regional"}:
            return None
    owned = ent.end < len(doc) and doc[ent.end].text in POSSESSIVE_MARKS
    start = ent.end + owned
    body = next((j for j in range(start, min(start + 4, len(doc))) if doc[j].text in RUN_ON_BODIES), None)
    if body is None or (body == start and not owned):
        return ent
    words = doc[start:body + 1]
    tagged = {(e.start, e.end, e.label_) for e in doc.ents if start <= e.start <= body}
    numbers = {(t.i, t.i + 1, t.ent_type_) for t in words if t.ent_type_ in ("DATE", "CARDINAL")}
    own = {(start, body + 1, "ORG")} if ent.label_ in ("GPE", "LOC") and not owned else set()  # "Mariupol" + "City Council", tagged apart
    if all(t.is_title or t.like_num for t in words) and tagged <= numbers | own:
        return Span(doc, ent.start, body + 1, label="ORG")
    return ent


RANGE_OPENERS = {"and", "or", "to"}
NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")  # "900", "3,500"; not "2+2", "1.5"
UNIT_WORD = re.compile(rf"(?:seconds?|{UNIT}|decades?|century|centuries)")
UNIT_ABBREVIATIONS = {"mm", "cm", "m", "km", "ft", "in", "kg", "g", "lb", "lbs", "kt", "mph"}  # "227 mm missiles"
COUNTED_UNITS = {"hectare", "acre", "word", "page", "metre", "meter", "kilometre", "kilometer", "mile", "tonne", "ton", "pound", "foot", "square"}  # "the 1900 hectare farm"


@Language.component("years_before_nouns")
def years_before_nouns(doc):
    """A year the model took for a count, set between a determiner or possessive and a singular
    noun: "the country's 2022 budget", "its 2023 forecast" (a count of one thing would be 1;
    not a unit, which a count may take in the singular: "the 1900 hectare farm")."""
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if ent.label_ == "CARDINAL" and len(ent) == 1 and YEAR.fullmatch(ent.text) and 0 < ent.start and ent.end < len(doc):
            if doc[ent.start - 1].tag_ in ("DT", "POS", "PRP$") and doc[ent.end].tag_ == "NN" and doc[ent.end].lower_ not in COUNTED_UNITS:
                ents[k] = Span(doc, ent.start, ent.end, label="DATE")
    doc.ents = ents
    return doc


@Language.component("untagged_counts")
def untagged_counts(doc):
    """A number in digits the model left untagged, counting a plural noun ("found 900
    civilians", "about 200 graves", "hit targets 50-80 kilometers away" from its first number)
    or some of a group ("more than 900 of the fighters"): a count all the same. Not a number in
    a name ("BBC Radio 4", "No 10", "“Putin 45” mugs": punctuation before the noun), which
    counts no plural, nor a time ("10 years", the dates' work), a unit ("800g", "227 mm
    missiles") or the first of two numbers ("between 20 and 25 million")."""
    ents, found = list(doc.ents), []
    for token in doc:
        if token.ent_type_ or token.tag_ != "CD" or not NUMERAL.fullmatch(token.text) or (token.i and doc[token.i - 1].lower_ == "no"):
            continue
        head, after = token.head, doc[token.i + 1] if token.i + 1 < len(doc) else token
        if after.lower_ in RANGE_OPENERS | UNIT_ABBREVIATIONS:
            continue  # "between 20 and 25 million tonnes": the range's end tells what it counts; "227 mm": a calibre
        plain = not any(t.is_punct for t in doc[token.i + 1:head.i])
        counted = token.dep_ == "nummod" and head.tag_ == "NNS" and head.i > token.i and head.is_alpha and len(head) > 2 and not UNIT_WORD.fullmatch(head.lower_) and plain
        some_of = token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and after.lower_ == "of" and token.text != "1"  # not "1 of his motives"
        if counted or some_of:
            start = token.i
            while start > 1 and doc[start - 1].text == "-" and NUMERAL.fullmatch(doc[start - 2].text) and not doc[start - 2].ent_type_:
                start -= 2
            if not found or found[-1].end <= start:
                found.append(Span(doc, start, token.i + 1, label="CARDINAL"))
    if found:
        doc.ents = sorted(ents + found, key=lambda ent: ent.start)
    return doc


# date expressions the model misses: "after the weekend car bombing", Easter, Victory Day, a month cut short with no
# full stop ("Feb 10 (Reuters) -", "Aug 14, 2022")
_SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
DATE_PATTERNS = [
    {"label": "DATE", "pattern": [  # "two-and-a-half months"
        {"LOWER": {"IN": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]}}, {"ORTH": "-"}, {"LOWER": "and"}, {"ORTH": "-"},
        {"LOWER": "a"}, {"ORTH": "-"}, {"LOWER": "half"}, {"LOWER": {"IN": ["hours", "days", "weeks", "months", "years", "decades"]}},
    ]},
    {"label": "DATE", "pattern": [{"LOWER": {"IN": ["orthodox", "catholic", "western"]}, "OP": "?"}, {"ORTH": "Easter"}, {"ORTH": "Sunday", "OP": "?"}]},  # "Orthodox Easter": no person
    {"label": "EVENT", "pattern": [{"ORTH": "Easter"}, {"IS_TITLE": True, "ORTH": {"NOT_IN": ["Sunday"]}}]},  # "the Easter Rising", "Easter Monday"
    {"label": "DATE", "pattern": [{"ORTH": "Victory"}, {"ORTH": "Day"}]},  # "his annual Victory Day speech", left untagged
    # festivals of faiths kept the world over: "wished him a happy Diwali", tagged a place
    *({"label": "DATE", "pattern": name} for name in FESTIVALS),
    {"label": "EVENT", "pattern": [{"ORTH": "Yom"}, {"ORTH": "Kippur"}, {"LOWER": "war"}]},  # the war of 1973, no day of this year
    {"label": "DATE", "pattern": [{"LOWER": {"IN": ["the", "this", "last", "past", "next"]}}, {"LOWER": "weekend"}]},
    {"label": "DATE", "pattern": [{"LOWER": {"REGEX": rf"^{LENGTH_UNIT}long$"}}]},  # "an hourlong call", left untagged
    {"label": "DATE", "pattern": [
        {"ORTH": {"IN": _SHORT_MONTHS}}, {"TEXT": {"REGEX": r"^(?:[1-9]|[12]\d|3[01])$"}}, {"ORTH": ",", "OP": "?"}, {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}, "OP": "?"},
    ]},
]
# sums the model misses or cuts short: "€90bn", "$200bn", "€670m", "500m euros"
_CURRENCY_WORDS = sorted({*CURRENCY_WORDS, *CURRENCY_WORDS.values()})
MONEY_PATTERNS = [
    {"label": "MONEY", "pattern": [
        {"TEXT": {"IN": list(CURRENCIES)}},
        {"TEXT": {"REGEX": r"^\d[\d,.]*(?:bn|mn|m)?$"}},
        {"LOWER": {"IN": ["m", "m.", "bn", "mn", "million", "billion", "trillion"]}, "OP": "?"},
    ]},
    {"label": "MONEY", "pattern": [
        {"TEXT": {"REGEX": r"^\d[\d,.]*$"}}, {"LOWER": {"IN": ["m", "bn", "mn"]}}, {"LOWER": {"IN": _CURRENCY_WORDS}},
    ]},
    {"label": "MONEY", "pattern": [{"TEXT": {"REGEX": r"^\d[\d,.]*(?:bn|mn|m)$"}}, {"LOWER": {"IN": _CURRENCY_WORDS}}]},
]
# republics whose town's name the gazetteer would cut them to: "Donetsk People's Republic",
# "the Lugansk and Donetsk People's Republics", "the Democratic People's Republic of Korea"
_REPUBLIC = [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["the"]}, "OP": "?"}, {"LOWER": "people"}, {"ORTH": {"IN": ["'s", "’s"]}}, {"LOWER": {"IN": ["republic", "republics"]}}]
REPUBLIC_PATTERNS = [{"label": "GPE", "pattern": _REPUBLIC + tail} for tail in ([], [{"LOWER": "of"}, {"IS_TITLE": True}])]
# a title the model's tokenizer splits at its full stop, ending the sentence there ("a letter to Pres. |
# Biden"), as it does not "Sen.", "Rep." or "Gov." (other military and plural titles were tried: the
# parses they changed were as often worse as better)
TITLE_ABBREVIATIONS = ("Pres.",)
# a colon glued to the quotation it opens ('Mr Austin said:"This …'): colon and mark split off; a
# closing mark glued to the next sentence ('… armed forces.”In February'): the mark split off
GLUED_QUOTE_INFIXES = (r'(?<=[A-Za-z]):(?=["“])', r'(?<=[A-Za-z]:)["“](?=[A-Za-z])', r"(?<=[.!?])”(?=[A-Z])")
LONG_NAME_WORDS = 4  # an organisation's name this long is matched in any case
# a distance or weight written onto its number, which the model then often misses ("1.7miles")
QUANTITY_PATTERNS = [{"label": "QUANTITY", "pattern": [{"LOWER": {"REGEX": GLUED.pattern}}]}]


def gazetteer_patterns(entries: tuple[dict, ...], any_case: bool = False) -> list[dict]:
    """A phrase pattern per spelling; with `any_case`, only those of organisations' names of
    four words or more, which a ruler matching lower-cased text finds in any case ("the General
    Staff of the Armed forces of Ukraine") and no common phrase is."""
    patterns = []
    for entry in entries:
        label = LABELS[entry["type"]]
        for form in (entry["name"], *entry.get("aliases", ())):
            if not any_case or (entry["type"] == "organization" and len(form.split()) >= LONG_NAME_WORDS):
                patterns.append({"label": label, "pattern": form, "id": entry["name"]})
        if not any_case and entry["type"] == "person" and len(words := entry["name"].split()) == 2:
            # the name with a middle name or patronymic in it: "Rafael Mariano Grossi", "Vladimir Vladimirovich Putin"
            middle = [{"ORTH": words[0]}, {"IS_TITLE": True, "IS_ALPHA": True}, {"ORTH": words[1]}]
            patterns.append({"label": label, "pattern": middle, "id": entry["name"]})
    return patterns


@lru_cache(maxsize=4)
def load(gazetteer_json: str) -> Language:
    """The pipeline; `gazetteer_json` is the sorted JSON of the gazetteer (hashable for the cache)."""
    nlp = spacy.load(MODEL)
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.tokenizer.infix_finditer = compile_infix_regex((*nlp.Defaults.infixes, *GLUED_QUOTE_INFIXES)).finditer
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("opening_quotes", before="parser")
    nlp.add_pipe("quoted_questions", before="parser")
    entries = tuple(json.loads(gazetteer_json))
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(gazetteer_patterns(entries))
    if long_names := gazetteer_patterns(entries, any_case=True):
        any_case = nlp.add_pipe("entity_ruler", name="long_names_ruler", before="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
        any_case.add_patterns(long_names)
    ruler.add_patterns(DATE_PATTERNS + MONEY_PATTERNS + QUANTITY_PATTERNS + REPUBLIC_PATTERNS)
    nlp.add_pipe("listed_names_run_on", after="ner")
    nlp.add_pipe("years_before_nouns", after="listed_names_run_on")
    nlp.add_pipe("untagged_counts", after="years_before_nouns")
    return nlp
