"""Who speaks: the person or body each quote and reported statement is attributed to, found
through names, titles ("the foreign minister"), surnames and pronouns."""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache

import numpy

from ..models import Quote
from .entities import TITLES, clean_name, fold
from .naming import HUMAN_NOUNS, OUTLET_ROLE, ROLE_NOUNS, Name, headline
from .quotes import DOCUMENTS, SPEECH_VERBS, a_question, a_title, according_to, quoted_spans, reported_clauses, reporter_of, run_ends, speaker_token, speech_verbs, subject_of
from .sentences import sentence_start
from .sentences import sentences as doc_sentences
from .views import columns as doc_columns
from .views import entities, positions_in, span_text
from .views import text as doc_text

PRONOUNS = {"he", "she"}
# what tells a person's gender in the story: a title or role beside the name, or the pronoun
# the story uses in a sentence naming that person alone
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
TITLE_GENDER = {
    "m": {"mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "businessman",
          "man", "husband", "father", "son", "brother", "grandfather", "actor"},
    "f": {"ms", "ms.", "mrs", "mrs.", "miss", "madame", "madam", "mme", "mme.", "lady", "queen", "princess",
          "dame", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman", "wife", "mother",
          "daughter", "sister", "grandmother", "actress", "widow"},
}
GENDER_OF = PRONOUN_GENDER | {word: gender for gender, words in TITLE_GENDER.items() for word in words}
OFFICIALS = HUMAN_NOUNS - ROLE_NOUNS  # a place speaks through these: "a US official said"
HUMAN_FORMS = HUMAN_NOUNS | {f"{noun}s" for noun in HUMAN_NOUNS} | {"men", "women", "spokesmen", "businessmen"}
# East Slavic surnames that change with gender: Zakharova, Zelenska; Lavrov, Medvedev, Zelensky
# (not the Polish -ski, which an American woman may carry: Lisa Murkowski)
SURNAME_GENDER = ((re.compile(r"[^aou](?:ova|eva|yova|skaya|ska)$"), "f"), (re.compile(r"[^aou](?:ov|ev|sk(?:y|iy|yi|ii))$"), "m"))
CATAPHORA_TOKENS = 120  # "…, Russia's deputy foreign minister said": named in the next sentences
INDEFINITE = {"a", "an", "one", "another"}
# words that make a role someone else's: "the wife of Alexei Navalny", "a spokesman for Putin"
OF_ANOTHER = {"of", "for", "with", "by", "and", "from", "'s", "’s"}
# roles that head the body named after them, so that the name closing the phrase is theirs
HEADS = {"head", "boss", "chief", "director", "secretary", "chairman", "chairwoman", "chair", "leader", "commander", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "minister", "president"}
SERVICE_ROLE = re.compile(r"\b(?:messaging|social network|video platform|online forum)\b", re.I)  # a gazetteer role naming an online service
POSTING_VERBS = {"post", "write", "say", "tweet", "publish", "share", "comment", "reply", "respond", "announce", "state"}
# offices the story's subject may be called by again ("the EU Commission chief expressed …"; not
# "the reservist", someone new)
OFFICES = {
    "chief", "head", "leader", "commander", "minister", "president", "chancellor", "secretary", "diplomat", "envoy",
    "ambassador", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "general", "director", "lawmaker",
    "senator", "prosecutor", "negotiator", "commissioner", "boss",
}
# who belong to a body and speak for themselves: "A Tory MP told", "the Tory party chairman said"
MEMBERS = {"mp", "mps", "peer", "member", "backbencher", "councillor", "speaker", "supporter", "donor", "grandee", "rebel", "whip", "chairman"}
SAYING_VERBS = {"say", "write", "add", "reply", "declare", "state", "tweet"}  # before a comma and the words said
GROUP_NOUNS = {"group", "organization", "organisation", "watchdog", "charity"}  # what an organisation is called again
PRESS_NOUNS = {"paper", "newspaper", "daily", "tabloid", "magazine", "broadcaster", "network"}  # what a news outlet is called again
# nouns that say who someone is, not what they do: "Olena Kovalenko, a 54-year-old woman" may be "the baker"
WHO_THEY_ARE = {"woman", "man", "mother", "father", "son", "daughter", "wife", "husband", "aunt", "uncle", "resident", "witness"}
# roles a story calls its last speaker by, after naming them by another ("the ministry's vice
# head Rostislav Karandeev … the official added"; "opinion editor … according to the journalist")
GENERIC = {"official", "journalist", "expert", "analyst", "politician", "lawmaker", "reporter", "writer", "researcher", "scholar", "economist", "historian", "demographer", "sociologist"}
# title words that make another office of the same noun: a deputy minister is not the minister
RANKS = {"deputy", "vice", "former", "acting", "opposition", "first", "ex", "shadow"}
FORMER = {"former", "ex"}
# offices the news names by another noun: "the top diplomat" is a foreign minister or secretary
# of state (not an ambassador); "the diplomat" a foreign minister, someone of a foreign ministry,
# an ambassador or an envoy (not a chairman of a foreign affairs committee); "the Russian
# leader" a head of state or government (not a deputy prime minister: a rank); a spokesman a
# spokesperson
HEADS_OF_BODIES = ({"head"}, {"chief"}, {"boss"}, {"ceo"}, {"chairman"}, {"director"})
OFFICE_OF = {
    ("top", "diplomat"): ({"foreign", "minister"}, {"secretary", "state"}),
    (None, "diplomat"): ({"foreign", "minister"}, {"foreign", "ministry"}, {"ambassador"}, {"envoy"}, {"secretary", "state"}),
    (None, "leader"): ({"president"}, {"prime", "minister"}, {"premier"}, {"chancellor"}),
    (None, "spokesman"): ({"spokesperson"},),
    (None, "spokeswoman"): ({"spokesperson"},),
    (None, "spokesperson"): ({"spokesman"}, {"spokeswoman"}),
    (None, "pm"): ({"prime", "minister"},),
    **{(None, noun): HEADS_OF_BODIES for noun in ("boss", "chief")},  # "Yuri Vitrenko, the head of … Naftogaz … the Naftogaz boss said"
}
# verbs by which a writer reads a document rather than lets it speak: "Putin's statements suggest …"
INFERENCE_VERBS = {"suggest", "indicate", "show", "reveal"}
ISSUING_VERBS = {"issue", "sign", "publish", "release", "write", "send", "adopt"}  # "a decree issued by X"; not "documents seen by"
MILITARY_WORDS = {"defence", "defense", "army", "armed", "forces", "military"}  # what "the military" may be the name of
CARRYING_VERBS = {"hold", "carry", "display", "wave", "raise", "issue", "publish", "release", "post", "put", "send", "share", "unveil"}  # "held up a banner that said …"
ACCOUNTS = {"account", "feed", "channel", "page"}  # a platform's name before one is not its owner
POSTS = {"tweet", "post"}  # what an account puts out
DOCUMENT_REACH = 3  # sentences back to the one saying "in a statement" that "the statement" is
ROLE_DATE = r"(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4}"  # a bound of a role's term
REPEATED_WORDS = 8  # a quotation this long quoted again word for word is the same speaker's
ANTECEDENT_STEPS = 5  # "Markus" ← "sergeant" ← "of" ← "Battalion": the words from a person to the noun "who" hangs on
_MAIN_SUBJECTS = "briefing_main_subjects"


def roles_held(roles: dict[str, str], published: str | None) -> dict[str, str]:
    """The gazetteer's roles as they stood when the article was published: a role with its
    years or days ("President of the United States (2021–2025)", "(2017–2021, from 2025)",
    "(6 September 2022 – 25 October 2022)", "(2022)") as it is while held, "former …" once
    over, and not at all before it began; a role without them, or an article without a date,
    always. Each of a person's roles, set apart by ";", is read on its own: "Prime Minister of
    Ukraine (2020–2025); Defence Minister (2025–2026)"."""
    held = {}
    for name, roles_of in roles.items():
        parts = [part for role in roles_of.split(";") if (part := _as_held(role.strip(), published))]
        if parts:
            held[name] = "; ".join(parts)
    return held


def _as_held(role: str, published: str | None) -> str | None:
    """One role as it stood on the day `published` (`roles_held`)."""
    spans = _held_from_to(role)
    if not published or not spans or any(a <= published[:10] <= b for a, b in spans):
        return role
    return f"former {role}" if any(b < published[:10] for _, b in spans) else None


@lru_cache(maxsize=4096)
def _held_from_to(role: str) -> tuple[tuple[str, str], ...]:
    """The first and last ISO days of each stretch a role gives, read once per role."""
    spans = [(_day(a), _day(b, last=True) if b else "9999") for a, b in re.findall(rf"({ROLE_DATE})\s*[–-]\s*({ROLE_DATE})?", role)]
    spans += [(_day(a), "9999") for a in re.findall(rf"\bfrom ({ROLE_DATE})", role)]
    spans += [(_day(a), _day(a, last=True)) for a in re.findall(r"\((\d{4})\)", role)]
    return tuple(spans)


def _day(text: str, last: bool = False) -> str:
    """ISO day of a role's bound: a year's first (or `last`) day, or the day written."""
    if len(text) == 4:
        return f"{text}-12-31" if last else f"{text}-01-01"
    return datetime.strptime(text, "%d %B %Y").date().isoformat()


def _titles(doc, name: Name) -> set[str]:
    """Title words of one mention of a person: in its span and not in the name ("Archbishop"
    of "Archbishop Shevchuk"), or the capitalised words right before it ("President" before a
    gazetteer match of "Volodymyr Zelensky"), or the role set beside it ("Jamie Dettmer,
    opinion editor at Politico Europe": the noun, its modifiers and the names in it; "her
    lawyer, Dmitry Zakhvatov": the noun and its modifiers; not "the minister" of "a friend of
    the minister"); a role noun before the name brings the words set on it ("former Trump
    military adviser Colonel X": former, military)."""
    words = set(name.surface.lower().split()) - set(name.name.lower().split())
    i = _before_the_post(doc, name.start - 1)
    while i >= 0 and ((doc[i].is_title and (TITLES.match(doc[i].text + " ") or doc[i].ent_type_ in ("NORP", "ORG"))) or (doc[i].is_upper and doc[i].ent_type_ == "ORG") or doc[i].lower_ in HUMAN_NOUNS | RANKS):
        words.add(doc[i].lower_)  # "Croatian President", "Foreign Ministry spokeswoman", "NATO Secretary General", "former chancellor"
        if doc[i].lower_ in HUMAN_NOUNS:  # "former Trump military adviser Colonel X": former
            words.update(c.lower_ for c in doc[i].children if c.dep_ in ("amod", "compound") and c.i < i)
        i -= 1
    if i > 0 and doc[i].lower_ in ("'s", "’s") and doc[i - 1].ent_type_ == "GPE" and i < name.start - 1:
        words.add(doc[i - 1].lower_)  # "Russia's ambassador": Russia's
    last = doc[name.end - 1]
    for role in last.children:
        if role.dep_ == "appos" and role.i >= name.end and role.pos_ == "NOUN":
            words.add(role.lower_)
            words.update(c.lower_ for c in role.children if c.dep_ in ("amod", "compound"))
            words.update(t.lower_ for t in role.subtree if t.pos_ == "PROPN")
    if last.dep_ == "appos" and last.head.i < name.start and last.head.pos_ == "NOUN":  # "her lawyer, Dmitry Zakhvatov"; not the possessor's
        words.add(last.head.lower_)
        words.update(c.lower_ for c in last.head.children if c.dep_ in ("amod", "compound"))
    return words


def _before_the_post(doc, i: int) -> int:
    """Where a role's words end before token `i`, past the place its holder is posted to:
    the "ambassador" of "Russia's ambassador to the US Anatoly Antonov"; else `i`."""
    j = i
    while j >= 0 and doc[j].ent_type_ in ("GPE", "LOC", "ORG") and doc[j].is_alpha:
        j -= 1
    if j < i and j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j - 1 if j < i and j >= 1 and doc[j].lower_ in ("to", "at") and doc[j - 1].lower_ in HUMAN_NOUNS else i


def _akin(a: str, b: str, letters: int) -> bool:
    """"russia" and "russian", "france" and "french" (with `letters` 2): one word, or words of one stem."""
    return a == b or (min(len(a), len(b)) >= 4 and a[:letters] == b[:letters])


def _posted_on(doc, start: int) -> bool:
    """Whether the name at `start` is a site something was posted or said on ("wrote on
    Telegram", "said on Twitter"; not "sanctions on Wagner")."""
    on = doc[start - 1] if start else None
    return on is not None and on.lower_ == "on" and on.head.lemma_.lower() in POSTING_VERBS


def _side_of(name: Name, role) -> bool:
    """Whether a person's name before a role names the side it serves, a noun between them ("a
    senior Biden administration official"; not "an Ofgem spokeswoman", nor "President Biden")."""
    between = role.doc[name.end:role.i]
    return name.end <= role.i and any(t.pos_ == "NOUN" for t in between)


def _the_country(token) -> bool:
    """Whether a token is "the country's" or "the nation's", owning a title."""
    return token.dep_ == "poss" and token.lower_ in ("country", "nation") and [c.lower_ for c in token.children if c.dep_ != "case"] == ["the"]


def _bare_definite(token) -> bool:
    """"the ministry", "the diplomat": a noun with "the" and nothing else, which names again
    someone the story has named."""
    return token.pos_ == "NOUN" and [c.lower_ for c in token.children] == ["the"]


class Names:
    """The canonical name covering each token: a lookup per token, built once per doc."""

    def __init__(self, names: list[Name], doc, roles: dict[str, str], bodies: dict[int, str]):
        self.all = names
        self.roles = roles
        self.bodies = bodies  # "Russia's defence ministry": not entities, but they speak
        self.at = {i: n for n in names for i in range(n.start, n.end)}
        self.titles = {n.start: _titles(doc, n) | set(roles.get(n.name, "").lower().split()) for n in names if n.type == "person"}
        self.nationalities = {t.lower_ for ent in entities(doc) if ent.label_ == "NORP" for t in ent}
        self.people = {n.name for n in names if n.type == "person"}
        self.unnamed: dict[str, list[int]] | None = None  # noun -> where "a …", "one …" holds it, in order
        self.by_word: dict[str, list[Name]] = defaultdict(list)  # a person's first name or surname -> mentions
        for n in names:
            if n.type == "person" and " " in n.name:
                words = n.name.split()
                self.by_word[fold(words[-1])].append(n)
                self.by_word[fold(words[0])].append(n)

    def around(self, token, deps: tuple[str, ...]) -> list[Name]:
        """The names covering `token` and its children of the dependency types `deps`, in that order."""
        return [self.at[t.i] for t in (token, *(c for c in token.children if c.dep_ in deps)) if t.i in self.at]

    def called(self, token) -> Name | None:
        """The person a description goes on to name: "a young man called Anton", "a woman
        named Yulia"."""
        for acl in (c for c in token.children if c.dep_ == "acl" and c.lower_ in ("called", "named")):
            named = next((self.at[c.i] for c in acl.children if c.dep_ == "oprd" and c.i in self.at), None)
            if named is not None and named.type == "person":
                return named
        return None

    def titled(self, token) -> str | None:
        """The person "the archbishop" or "Russia's deputy foreign minister" refers to: the
        last one named before `token` whose title (as written, or as the gazetteer's role) has
        its words ("Major Archbishop Sviatoslav Shevchuk", "President Volodymyr Zelensky"),
        unless someone unnamed took that noun since ("One European minister …"); failing that,
        the first one the next sentences name ("Deputy Foreign Minister Mikhail Galuzin"). An
        office owned by "its" or "their" looks only ahead ("Norway …, its prime minister said")."""
        owner = [c.lower_ for c in token.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP", "ORG")]
        # "the psychotherapist", tagged a name; "NATO's Secretary General", a title with its owner;
        # "The Prime Minister said", a title with its article
        the = any(c.lower_ == "the" or _the_country(c) for c in token.children)  # "the country's prime minister"
        common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and (token.is_lower or bool(owner) or (the and token.ent_type_ != "PERSON")))
        if not common or not (token.lower_ in HUMAN_NOUNS or TITLES.match(token.text + " ")):
            return None
        anaphoric = any(c.lower_ in ("its", "their") for c in token.children)  # "Norway …, its prime minister said": named after only
        if not owner and not anaphoric and not the:
            return None
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
        countries = owner + [c.lower_ for c in modifiers if c.ent_type_ == "NORP"]
        bodies = [c.lower_ for c in token.children if c.dep_ == "poss" and c.ent_type_ == "ORG"]
        words = {c.lower_ for c in modifiers if c.ent_type_ != "NORP"} - {"new"}  # "the new Prime Minister"
        rank = "top" if "top" in words and ("top", token.lower_) in OFFICE_OF else None
        offices = OFFICE_OF.get((rank, token.lower_), ())
        words.discard(rank)
        of = [t.lower_ for c in token.children if c.lower_ == "of" for t in c.subtree if t.pos_ in ("NOUN", "PROPN")]

        # "the Russian defense official": any office of any rank but a former one, its words as written or spelt otherwise ("defence")
        asks_office = token.lower_ == "official" and bool(words)

        def fits(n: Name, later: bool = False) -> bool:
            titles = self.titles.get(n.start, set())
            official = asks_office and bool(titles & OFFICES) and all(any(_akin(w, t, 5) for t in titles) for w in words)
            held = official or token.lower_ in titles or any(office <= titles for office in offices)
            if not held or titles & (RANKS & FORMER if official else RANKS) - words or not (official or words - RANKS <= titles):
                return False
            if words & FORMER and not titles & FORMER:  # "the former prime minister": not the one in office
                return False
            if not all(any(_akin(w, t, 4) for t in titles) for w in of):  # "the foreign minister of Moldova"
                return False
            if not later:
                return all(any(_akin(w, t, 2) for t in titles) for w in countries)  # "Russia's": "Russian", "of Russia"
            # every word of the role is in the title, and its body's name ("NATO's"): no other nationality may be
            if not all(any(_akin(w, t, 4) for t in titles) for w in bodies):
                return False
            return not countries or not any(t in self.nationalities and not any(_akin(w, t, 2) for w in countries) for t in titles)

        before = None if anaphoric else next((n for n in reversed(self.all) if n.start < token.i and fits(n)), None)
        if self.unnamed_since(token, before.start if before is not None else 0):
            return None
        if before is not None:
            return before.name
        end = token.sent.end
        later = [n for n in self.all if end <= n.start < end + CATAPHORA_TOKENS]
        return next((n.name for n in later if fits(n, later=True)), None)

    def unnamed_since(self, token, since: int) -> bool:
        """Whether someone unnamed was called by `token`'s noun between token `since` and it
        ("One European foreign minister, who asked not to be named, …", "the commander of a
        Chechen unit")."""
        if self.unnamed is None:  # built on first use: most docs never ask
            held_by: dict[str, set[int]] = defaultdict(set)
            for t in (token.doc[int(i)] for i in numpy.flatnonzero(doc_columns(token.doc).lower_in(INDEFINITE))):
                if t.head.i != t.i and t.head.dep_ != "appos":  # "Ella Libanova, a demographer": named
                    held_by[t.head.lower_].add(t.head.i)
                    of = t.head.head if t.head.dep_ == "pobj" else None
                    if of is not None and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.i < of.i:
                        held_by[of.head.lower_].add(of.head.i)  # "the commander of a Chechen unit"
            self.unnamed = {noun: sorted(at) for noun, at in held_by.items()}
        held = self.unnamed.get(token.lower_, [])
        return bisect_left(held, token.i) > bisect_left(held, since)

    def described(self, token) -> str | None:
        """The organisation "the ministry" or "the defence forces" refers to: the last one named
        before `token` with those words in its name ("the Russian Ministry of Defense said …");
        "the military", "the British military" the last defence ministry, army or armed forces
        named ("the British Defense Ministry said … The British military added"); a role ("the
        security advisor") is no body's."""
        role = token.lemma_.lower() in HUMAN_NOUNS
        modifiers = [] if role else [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
        common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)  # "the national guard", tagged a name
        if not common or [c.lower_ for c in token.children if c not in modifiers and c.dep_ != "case"] != ["the"]:  # "the ministry's statement"
            return None
        words = {c.lower_ for c in modifiers}
        for n in reversed(self.all):
            if n.start >= token.i or n.type != "organization":
                continue
            named = set(f"{n.surface} {n.name}".lower().split())
            if words <= named and (token.lower_ in named or (token.lower_ == "military" and named & MILITARY_WORDS)):
                return n.name
        return None

    def by_short_name(self, token) -> str | None:
        """The one person named before whose surname or first name `token` is, when the model
        did not tag it ("Rear Adm Parry said", "Yuriy showed us photos")."""
        if not (token.pos_ == "PROPN" or token.is_title):  # "Chornobryvets said", tagged a noun
            return None
        found = {n.name for n in self.by_word.get(fold(clean_name(token.text)), ()) if n.start < token.i}
        return found.pop() if len(found) == 1 else None

    def apposed(self, token) -> str | None:
        """"Baerbock, a member of the Greens, said": the parser takes the role for the subject
        and hangs the person named before it on the verb."""
        before = token.left_edge.i - 2
        named = self.at.get(before) if token.pos_ == "NOUN" and before >= 0 and token.doc[before + 1].text == "," else None
        return named.name if named and named.type == "person" and token.doc[before].head == token.head else None

    def named_in(self, token) -> Name | None:
        """"Russia's ambassador to the US Anatoly Antonov": a role whose phrase ends, after a
        place or body, in the name of the person holding it, the parser hanging the name on the
        place, and for a head of a body after "of" ("the head of Russia's Security Council
        Nikolay Patrushev", "the head of the regional administration Oleksiy Kuleba", "the head of
        the delegation, Vladimir Medinsky,"); not "the wife of Alexei Navalny", "a spokesman for Vladimir Putin",
        "an aide to President Joe Biden"."""
        heads = token.lemma_.lower() in HEADS
        if token.pos_ != "NOUN" or not (heads or token.lemma_.lower() in HUMAN_NOUNS):
            return None
        of = next((c for c in token.children if c.lower_ == "of"), None) if heads else None
        body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        apposed = [self.at[c.i] for c in body.children if c.dep_ == "appos" and c.i in self.at] if body is not None else []
        if apposed and apposed[0].type == "person":
            return apposed[0]  # "The boss of its hydrogen unit, Hyeong-wook Choo, told": hung on the body
        # "the head of Kyiv regional state administration Oleksiy Kuleba in a Telegram post": the "of" phrase's end
        last = self.at.get(token.right_edge.i) or (self.at.get(of.right_edge.i) if of is not None else None)
        if last is None or last.type != "person" or last.start <= token.i + 1:
            return None
        between = token.doc[token.i + 1:last.start]
        # "to the US", "of the regional administration"; not "to President"
        place = between[-1].ent_type_ in ("GPE", "LOC", "ORG", "NORP") or (of is not None and between[-1].pos_ == "NOUN" and between[-1].is_lower)
        others = OF_ANOTHER - ({"of", "'s", "’s"} if token.lemma_.lower() in HEADS else set())  # "the head of Russia's Security Council Nikolay Patrushev"
        return last if place and not any(t.lower_ in others or t.is_punct for t in between) else None

    def online(self, name: str) -> bool:
        """Whether the gazetteer's role for `name` makes it an online service ("Messaging service")."""
        return bool(SERVICE_ROLE.search(self.roles.get(name, "")))

    def person(self, token) -> str | None:
        named = self.at.get(token.i) if token is not None else None
        return named.name if named and named.type == "person" else None


def quotes(doc, names: Names, index_of: dict[int, int]) -> Iterator[Quote]:
    """Direct quotes with their speaker, then reported statements ("X said that ...") of people.

    A quotation split over sentences ('"The war will not stop. It will just pause," he said')
    is one quote, attributed from any sentence it touches; each paragraph of one running over
    paragraphs is a quote, attributed from any sentence up to the last paragraph's end. A
    pronoun speaker is the person last speaking or last the subject of a sentence; "it" the
    organisation last speaking or last told of as saying something."""
    text = doc_text(doc)
    people = names.people
    spans = quoted_spans(text)
    ends = run_ends(text, spans)
    inside = lambda t: any(a <= t.idx < b for a, b in spans)  # noqa: E731
    sents = doc_sentences(doc)
    starts = [sent.start_char for sent in sents]
    state = {"person": None, "subject": None, "speaker": None, "spoke_in": None, "it": None, "body": (None, None)}
    gender = genders(doc, names, inside)

    def fits(person: str, pronoun) -> bool:
        """Whether "he" or "she" may be `person`: the story does not give them the other gender."""
        want = GENDER_OF.get(pronoun.lower_)  # "it" has none
        return gender.get(person, want) == want

    def ends_turn(subject) -> bool:
        """Whether a speaker no one resolved ends the last speaker's turn: "said one", someone
        unnamed called so again ("A senior official said … “…,” the official said"), or a "he"
        who cannot be the last speaker ("Ms Stein …: '…' … he said: '…'")."""
        other = subject.lower_ in PRONOUNS and state["speaker"] is not None and not fits(state["speaker"], subject)
        return _unnamed(subject) or other or (subject.pos_ == "NOUN" and subject.lemma_.lower() in HUMAN_NOUNS and names.unnamed_since(subject, 0))

    def last_of(pronoun) -> str | None:
        """The person of `pronoun`'s gender named last before it in its sentence ("Zelensky and
        his wife, Olena, went to bed, she said"), failing that the last named before the
        sentence whose gender the story does not contradict."""
        before = [n for n in reversed(names.all) if n.start < pronoun.i and n.type == "person"]
        want = GENDER_OF[pronoun.lower_]
        same = (n for n in before if n.start >= pronoun.sent.start and gender.get(n.name) == want)
        earlier = (n for n in before if n.start < pronoun.sent.start and gender.get(n.name, want) == want)
        return next((n.name for n in (*same, *earlier)), None)

    def who(token) -> str | None:
        if token is None or inside(token):
            return None
        # a place speaks as the subject ("Moscow said") or through a person ("a US official said"),
        # not as a modifier of a thing ("The Geneva Convention states")
        if token.lemma_.lower() in ACCOUNTS and (owners := _owners(token, ("for", "of"))):
            return who(owners[0])  # "the official Twitter account for Ukraine": Ukraine's, not Twitter's
        human = token.lemma_.lower() in OFFICIALS
        member = token.lower_ in MEMBERS or token.lemma_.lower() in MEMBERS  # "A Tory MP told": not the party's words
        former = any(c.lower_ in FORMER for c in token.children if c.dep_ == "amod")  # "the former Pentagon adviser": not the Pentagon's
        # not a person naming an official's side ("a senior Biden administration official said")
        named = [
            n for n in names.around(token, ("appos", "compound"))
            if (n.type != "place" or human or n.start <= token.i < n.end) and not (n.type == "person" and human and _side_of(n, token))
            and not ((former or member) and n.type != "person" and not n.start <= token.i < n.end)
            and not (token.lemma_.lower() in DOCUMENTS and names.online(n.name))  # "a Telegram statement"
        ]
        if all(n.type != "person" for n in named) and token.dep_ == "nsubj" and token.pos_ == "NOUN":
            # "The zoo owner Alexander Feldman said", "Ascot head of cargo Chris McGill told", "State Duma chair
            # Vyacheslav Volodin said": two subjects to the parser, the name right after the role's words, not
            # the role's body (nor "A spokesperson for Usmanov and Narzieva told")
            named = [n for n in names.around(token.head, ("nsubj",)) if n.type == "person" and n.start == token.right_edge.i + 1 and doc[n.start - 1].pos_ in ("NOUN", "PROPN")] or named
        if named and human and all(n.type != "person" for n in named) and any(c.lower_ == "the" for c in token.children) and (titled := names.titled(token)):
            return titled  # "the FBI agent", "the Kremlin spokesman": the one named with that title before, not the body
        if named:
            return next((n for n in named if n.type == "person"), named[0]).name
        if called := names.called(token):
            return called.name
        if token.lower_ == "who" and token.head.dep_ == "relcl":
            return _antecedent(token.head.head, names)  # "Jane Doe, who said …"; not "the official, who added"
        if token.lower_ in PRONOUNS or token.lower_ == "it":
            reporter = who(reporter_of(token))  # "Moscow said it had decided …, saying …"
            if reporter and (reporter in people) == (token.lower_ != "it") and fits(reporter, token):
                return reporter
        if token.lower_ in PRONOUNS or (token.dep_ == "poss" and token.lower_ in ("his", "her")):  # "In her opinion, “…”"
            main = _main_subject(token.sent)  # "Mr Heappey spoke at a reception, during which he emphasised …"
            if main is not None and main.i < token.i and not inside(main) and (person := names.person(main)) and fits(person, token):
                return person
            governing = _governing_subject(token)  # "a speech Biden made in Poland, where he said of Putin"
            if governing is not None and not inside(governing):
                # "The FBI agent then shared that when he told Trump …": the agent named before
                person = names.person(governing) or (who(governing) if governing.pos_ == "NOUN" else None)
                if person in people and fits(person, token):
                    return person
            candidates = [p for p in (state["subject"], state["person"]) if p]  # none: someone unnamed
            return next((p for p in candidates if fits(p, token)), None) or (last_of(token) if candidates else None)
        if token.lower_ == "it":
            return state["it"]
        if token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENTS and token.head.lemma_.lower() not in INFERENCE_VERBS:
            return author(token)
        if holder := names.named_in(token):
            return holder.name
        if token.i in names.bodies:
            return names.bodies[token.i]
        return names.titled(token) or names.described(token) or group(token) or names.by_short_name(token) or names.apposed(token) or generic(token)

    def carries_on(sent, k: int) -> bool:
        """Whether a quotation no one is said to speak, inside sentence `k`, goes on the words of
        whoever spoke in the sentence before: its subject is "he" or "she" of their gender, "it"
        for a body, or owned by "his" or "her" ("He hopes the pastries allow … to “…”", "His
        inner circle … are “utterly complicit …”"; not "The idea that “politics stops at the
        water's edge” …", nor their name: "Sentsov went “back to the trenches”")."""
        speaker, main = state["speaker"], _main_subject(sent)
        if speaker is None or state["spoke_in"] != k - 1 or main is None or inside(main):
            return False
        owner = next((c for c in main.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        pronoun = owner if owner is not None else main
        if pronoun.lower_ in PRONOUN_GENDER:
            return speaker in people and fits(speaker, pronoun)
        return main.lower_ == "it" and speaker not in people

    def author(document) -> str | None:
        """Who a document speaks for: its owner ("Navalny's feeds", "a letter from X", "a decree
        issued by X"), or for "the statement" whoever said something "in a statement" in one of
        the sentences just before ("the Foreign Ministry said in a statement … it added … the
        statement added"), or the author of a document that spoke there ("a decree issued by X
        says … the document says"), and for "the tweet" or "the post" the owner of an account
        named there ("responded through Biden's official Twitter account … the tweet said"); None
        when the nearest such mention is of a statement no one is said to have made."""
        issued = [a for c in document.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_VERBS for a in c.children if a.dep_ == "agent"]  # "a decree issued by X"
        named = [c for c in document.children if c.dep_ == "compound" and c.i in names.at]  # "a White House statement"
        owners = _owners(document, ("from", "by")) + [o for a in issued for o in a.children if o.dep_ == "pobj"] + named
        if owners:
            return who(owners[0])
        if (carrier := _carrier(document)) is not None:
            return who(carrier)
        if not _bare_definite(document):
            return None
        sent, lemma = document.sent, document.lemma_.lower()
        for _ in range(DOCUMENT_REACH):
            if not sent.start:
                return None
            sent = doc[sent.start - 1].sent
            for t in reversed(sent):
                verb = t.head.head
                if t.lemma_.lower() == lemma and t.dep_ == "pobj" and t.head.lower_ == "in" and verb in speech_verbs(t.sent):
                    return who(subject_of(verb)) if verb.dep_ != "conj" else None  # a conjunct may borrow another verb's subject
                if t.lemma_.lower() in DOCUMENTS and t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head in speech_verbs(t.sent):
                    return author(t)  # "a decree issued by X says … the document says"
                if lemma in POSTS and t.lemma_.lower() in ACCOUNTS and _owners(t, ("for", "of")):
                    return who(t)  # "… through Biden's official Twitter account. '…' the tweet said": the owner's
                if t.lemma_.lower() == lemma:  # the statement named before: whose it is, if it is told
                    return author(t)  # none for "referred to an earlier statement"
        return None

    def group(token) -> str | None:
        """For "the group", "the rights group" or "the organization", when no organisation of
        that name was named before (`Names.described`): the organisation named last outside
        quotations in its sentence or the few before ("Amnesty International released a report
        … “…,” the rights group said", "the FBI raided the Uhuru Movement … “…,” the group
        said"), never a news outlet, an online service (by their gazetteer roles) or a site
        posted on ("as cited by Reuters", "published … on Twitter", "wrote on Telegram"); for
        "the paper" or "the newspaper", the news outlet named last so ("the New York Times has
        reported … the paper pointed out"), unless a paper was spoken of since."""
        press = token.lemma_.lower() in PRESS_NOUNS
        if token.pos_ != "NOUN" or not (press or token.lemma_.lower() in GROUP_NOUNS) or not _epithet(token):
            return None
        since = starts[max(bisect_right(starts, token.idx) - 1 - DOCUMENT_REACH, 0)]

        def fits(n: Name) -> bool:
            outlet = bool(OUTLET_ROLE.search(names.roles.get(n.name, "")))
            return outlet if press else not (outlet or names.online(n.name)) and not _posted_on(doc, n.start)

        named = [n for n in names.all if n.type == "organization" and since <= doc[n.start].idx < token.idx and not inside(doc[n.start]) and fits(n)]
        if press and named and any(t.lemma_ == token.lemma_ and t.pos_ == "NOUN" for t in doc[named[-1].end:token.i]):
            return None  # "Amnesty published a paper … the paper said": that paper, not the outlet
        return named[-1].name if named else None

    def generic(token) -> str | None:
        """The last speaker, for "the official", when the story gave them a role ("vice head"),
        named them in this sentence or the two before, called no one else an official since
        ("Western officials") and no one unnamed ever ("a senior official"); for "the baker" or
        "the pensioner" (a trade, `ROLE_NOUNS`, also with a relative clause set off by a comma:
        "The baker, who moved from Kharkiv, says"), when the story gave them no other role."""
        noun = token.lemma_.lower()
        trade = noun in ROLE_NOUNS and _set_off_only(token)
        if not ((trade or (_bare_definite(token) and noun in GENERIC)) and token.tag_ == "NN" and state["speaker"] in people):
            return None
        mentions = [n for n in names.all if n.name == state["speaker"] and n.start < token.i]
        roles = set().union(*(names.titles.get(n.start, set()) for n in mentions)) & HUMAN_NOUNS
        if (noun not in roles and roles - WHO_THEY_ARE) if trade else not roles:
            return None  # someone the story gave no role ("Svetlana") is not "the official", a nurse no "baker"
        if bisect_right(starts, token.idx) - bisect_right(starts, doc[mentions[-1].start].idx) > 2:
            return None
        # someone else called so since ("Western officials", "The pensioner … was angry"); not the speaker called so again
        others = any(t.lemma_.lower() == noun and not _speaking_again(t) for t in doc[mentions[-1].end:token.i])
        return None if others or names.unnamed_since(token, 0) else state["speaker"]

    people_in: dict[int, list[str]] = defaultdict(list)
    for n in names.all:
        if n.type == "person":
            people_in[sentence_start(doc[n.start])].append(n.name)
    said: dict[str, str] = {}  # the words of each quotation with a speaker, and theirs
    by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in spans:
        by_sentence[bisect_right(starts, a) - 1].append((a, b))
    for k, sent in enumerate(sents):
        number = index_of.get(sent.start, 0)
        for a, b in by_sentence.get(k, []):
            opening = text[sent.start_char:a].strip() in "\"'“‘«"
            if a_title(text[a:b]) and not (opening or headline(sent) or _introduced_words(sent, a)):
                continue  # "appeared on “Good Morning America”": a name, no words said
            end = ends[(a, b)]
            last = bisect_right(starts, end) - 1
            subjects = [speaker_token(s, (a, end)) for s in sents[k:last + 1]]
            speaker = next((w for w in map(who, subjects) if w), None) or next(filter(None, (_unparsed(s, names, inside) for s in sents[k:last + 1])), None)
            if speaker is None and not any(subjects) and (opening or carries_on(sent, k)):
                body, told_in = state["body"]  # "… Fox News said in its statement. “In December …”": the body goes on
                spoke_in = -1 if state["spoke_in"] is None else state["spoke_in"]
                speaker = body if told_in == k - 1 and spoke_in < told_in else state["speaker"]
            words = text[a:b].strip()
            if len(words.split()) >= REPEATED_WORDS and words in said:
                speaker = said[words]  # the story quotes again, word for word, what someone said before
            elif speaker:
                said.setdefault(words, speaker)
            yield Quote(words, speaker, number)
            if speaker or any(s is not None and ends_turn(s) for s in subjects):
                state["speaker"], state["spoke_in"] = speaker, last
            if speaker and speaker not in people:
                state["it"] = speaker  # "Kyiv Post … adding that it would “…”. “…,” it said"
        reports = [(subject_of(verb), clause, a_question(clause[0], verb)) for verb, clause in reported_clauses(sent, spans)]
        for subject, clause, asked in reports + [(source, clause, False) for source, clause in according_to(sent, spans)]:
            reporter = who(subject)
            if reporter in people:
                if not asked:  # "Asked who could replace Putin, …", "tells how …": a question or a topic, no statement
                    yield Quote(span_text(clause), reporter, number, "reported")
                state["speaker"], state["spoke_in"] = reporter, k
            elif reporter:  # a body's words are no statement, but a quotation opening the next sentence may be its, and "it"
                state["body"], state["it"] = (reporter, k), reporter
        _follow(sent, names, people_in.get(sent.start, []), state, inside)


def _introduced_words(sent, start: int) -> bool:
    """Whether the quotation opening at character `start` follows a verb of saying and a comma
    or colon: words said, however capitalised ("saying, “Dear President Vladimir Putin,”")."""
    before = [t for t in sent if t.idx < start and not t.is_space]
    return len(before) >= 3 and before[-2].text in (",", ":") and before[-3].lemma_.lower() in SAYING_VERBS


def genders(doc, names: Names, inside) -> dict[str, str]:
    """Each person's gender as the story tells it: "m" or "f" from the titles and roles set
    beside the name ("Mr", "spokeswoman"), failing those from the pronouns outside quotations
    in sentences naming that person alone ("Kallas said her …"), where they agree two to one,
    failing those from a Slavic surname's ending ("Zakharova")."""
    titled: dict[str, Counter] = defaultdict(Counter)
    for n in names.all:
        if n.type != "person":
            continue
        titled[n.name].update(GENDER_OF[w] for w in names.titles.get(n.start, ()) if w in GENDER_OF)
        root = doc[n.end - 1]  # a name's last word heads it
        if root.dep_ == "appos" and root.head.lower_ in GENDER_OF and root.head.pos_ == "NOUN":
            titled[n.name][GENDER_OF[root.head.lower_]] += 1  # "his wife, Olena"
    pronouns: dict[str, Counter] = defaultdict(Counter)
    cols = doc_columns(doc)
    watched = numpy.flatnonzero(cols.lower_in(PRONOUN_GENDER.keys() | HUMAN_FORMS))  # the only tokens the scan reads
    by_sent: dict[int, list[Name]] = defaultdict(list)
    for n in names.all:
        if n.type == "person":
            by_sent[sentence_start(doc[n.start])].append(n)
    for start, named in by_sent.items():
        if len({n.name for n in named}) > 1:
            continue
        first = named[0]
        root = doc[first.end - 1]
        if root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "Like Beasley, she was thinking globally"
        verb = root.head
        lo, hi = numpy.searchsorted(watched, (first.end, verb.sent.end))
        for t in (doc[int(i)] for i in watched[lo:hi]):
            if t.pos_ == "NOUN" and t.lemma_.lower() in HUMAN_NOUNS and t.head.i not in names.at:
                break  # "Putin said a mother lost her son": the pronouns may be someone else's
            # "Kallas said she would …", "Putin made his position clear"; not "called on Russia to release her"
            own = (t.dep_ in ("nsubj", "nsubjpass") and verb in t.ancestors) or (t.dep_ == "poss" and t.head.head == verb)
            if own and t.lower_ in PRONOUN_GENDER and not inside(t):
                pronouns[first.name][PRONOUN_GENDER[t.lower_]] += 1
    found = {}
    for name in names.people:
        votes = (titled.get(name) or pronouns.get(name) or Counter()).most_common()
        if votes and (len(votes) == 1 or votes[0][1] >= 2 * votes[1][1]):
            found[name] = votes[0][0]
        elif not votes and " " in name:
            surname = name.split()[-1].lower()
            found.update((name, gender) for ending, gender in SURNAME_GENDER if ending.search(surname))
    return found


def _owners(noun, preps: tuple[str, ...]) -> list:
    """Who owns a thing: its possessor and the objects of its phrases opening with `preps`
    ("Ukraine's Twitter account", "the official account for Ukraine", "a letter from X")."""
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps]
    return [c for c in noun.children if c.dep_ == "poss"] + [o for c in phrases for o in c.children if o.dep_ == "pobj"]


def _antecedent(noun, names: Names) -> str | None:
    """The person "who" refers to from the noun the parser hung its clause on: that noun's
    person, or the one its phrase describes ("Jane Doe, who said …", "Murphy, a former FBI agent
    who said …", "Valery Markus, a sergeant of the 47th Battalion, who wrote …")."""
    token = noun
    for _ in range(ANTECEDENT_STEPS):
        if person := names.person(token):
            return person
        if token.dep_ not in ("appos", "pobj", "prep", "compound") or token.head == token:
            return None
        token = token.head
    return None


def _carrier(document):
    """Who put out or held up a document no one is said to own: the subject of the verb whose
    object it is ("she held up a banner that said …") or that acts in it ("attacked Nato in a
    tweet that read …"), or whoever the thing it came with came from ("The video was released
    by X …, along with a statement that read: …"); or None."""
    head = document.head
    if document.dep_ == "dobj" and head.lemma_.lower() in CARRYING_VERBS:
        return subject_of(head)
    verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
    if document.dep_ != "pobj" or verb is None:
        return None
    if head.lower_ == "in":
        return subject_of(verb)  # "attacked Nato on the night of … in a tweet that read: …"
    if head.lower_ == "with":
        sources = (o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from") for o in c.children if o.dep_ == "pobj")
        return next(sources, None)
    return None


def _follow(sent, names: Names, people: list[str], state: dict, inside) -> None:
    """Update who a later pronoun may refer to after reading `sent` (naming `people`); a
    subject inside quotation marks (`inside`) is the speaker's words, not the story's."""
    main = _main_subject(sent)  # "After Trump remarked that …, Carney fired back": Carney
    subject = main if main is not None and names.person(main) else _opening_subject(sent, names) or speaker_token(sent) or main
    if subject is not None and inside(subject):
        return
    # "the spokesman, John Kirby"; "The UN trade chief, Rebeca Grynspan warned" (two subjects to the parser)
    named = next(iter(names.around(subject, ("appos",)) + names.around(subject.head, ("nsubj",))), None) if subject is not None else None
    if named is None and subject is not None:
        named = names.named_in(subject) or names.called(subject) or _possessor(subject, names)
    surnamed = names.by_short_name(subject) if named is None and subject is not None else None  # "Yuriy showed us …", untagged
    titled = names.titled(subject) if subject is not None and named is None else None
    role = subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lemma_.lower() in HUMAN_NOUNS
    # "the EU Commission chief expressed …": whom the story is about, called so again; not someone unnamed called so before ("a journalist … the journalist")
    epithet = role and subject.lemma_.lower() in OFFICES and _epithet(subject) and not names.unnamed_since(subject, 0)
    if named and named.type == "person":
        state["subject"] = named.name
    elif surnamed:
        state["subject"] = surnamed
    elif titled:
        state["subject"] = titled  # "The president said ...": the president named before
    elif named and subject.head.lemma_.lower() in SPEECH_VERBS:
        state["it"] = named.name
    elif subject is not None and subject.i in names.bodies and subject.head.lemma_.lower() in SPEECH_VERBS:
        state["it"] = names.bodies[subject.i]
    elif role and not epithet:
        state["subject"] = state["person"] = None  # "The mayor of Lutsk ...": a person not named ("Officials told …" leaves "he" as it was)
        return
    if people:
        state["person"] = people[-1]
        # "His public defection … is chaired by X, who is close to Y": "his" keeps the story on its subject
        possessed = subject is not None and any(c.dep_ == "poss" and c.lower_ in PRONOUN_GENDER for c in subject.children)
        # "…, he tells Lukyanenko": "he" speaking in the main clause keeps the story on its subject too, unless his own clause
        # named someone before him ("Back in Mr Stryzhko's room, he recalled …"; not "Guterres
        # has formed a task force, she said")
        pronoun = subject is not None and subject.lower_ in PRONOUNS and _of_main_clause(subject.head) and not any(
            names.person(t) and _in_own_clause(t, subject.head) for t in sent.doc[sent.start:subject.i]
        )
        if not (named and named.type == "person") and not surnamed and not titled and not epithet and not possessed and not pronoun:
            state["subject"] = state["person"]


def _possessor(subject, names: Names) -> Name | None:
    """The person owning a subject that is no one, when the sentence speaks of no other person
    outside the subject's phrase ("But Trump's love of Putin goes back …": the story is on
    Trump; "Paoletta's memo said OMB waited for the Trump administration": Paoletta; not
    "Putin's invasion forced Kovalenko to flee"), or None."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in HUMAN_NOUNS:
        return None
    owner = next((names.at.get(c.i) for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.type != "person":
        return None
    phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
    sent, doc = subject.sent, subject.doc
    # another person the sentence speaks of, not one naming a thing ("from the Trump administration")
    others = (n for n in names.all if n.type == "person" and n.start not in phrase and sent.start <= n.start < sent.end and doc[n.end - 1].dep_ not in ("compound", "poss", "amod"))
    return None if any(others) else owner


def _speaking_again(noun) -> bool:
    """Whether a noun with "the" speaks ("The baker says …"): the last speaker called so again."""
    return noun.tag_ == "NN" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEECH_VERBS and any(c.lower_ == "the" for c in noun.children)


def _set_off_only(noun) -> bool:
    """Whether a noun has "the" and nothing else but a relative clause set off by a comma ("The
    baker, who moved from Kharkiv, says"), so names again someone the story spoke of."""
    words = [c for c in noun.children if c.dep_ != "punct"]
    if not words or words[0].lower_ != "the":
        return False
    return all(_set_off(c) for c in words[1:])


def _epithet(noun) -> bool:
    """Whether a noun has "the" and only words set on it, or a relative clause set off by a
    comma, so names again what the story spoke of ("the EU Commission chief expressed confidence
    …", "the rights group", "The research group, which monitors the fighting, said"), not
    something new ("The mayor of Lutsk", "A local official")."""
    others = [c for c in noun.children if c.dep_ not in ("amod", "compound")]
    clauses = [c for c in others if _set_off(c)]
    return [c.lower_ for c in others if c not in clauses and not (clauses and c.dep_ == "punct")] == ["the"]


def _set_off(clause) -> bool:
    """Whether a noun's child is a relative clause set off by a comma ("…, who moved from Kharkiv,")."""
    return clause.dep_ == "relcl" and clause.doc[clause.left_edge.i - 1].text == ","


def _opening_subject(sent, names: Names):
    """The person opening the sentence as a subject ("Krasovsky made the comments …, when
    children told him …", which the parser roots in "told")."""
    named = names.at.get(sent.start)
    if named is None or named.type != "person" or named.start != sent.start:
        return None
    root = sent.doc[named.end - 1]
    return root if root.dep_ in ("nsubj", "nsubjpass") else None


def _of_main_clause(verb) -> bool:
    """Whether a verb is the sentence's root, or set beside it ("'…', he tells X")."""
    return verb.dep_ == "ROOT" or (verb.dep_ in ("parataxis", "conj") and verb.head.dep_ == "ROOT")


def _in_own_clause(token, verb) -> bool:
    """Whether `token` hangs on `verb` other than through a clause it reports or a comparison
    ("Like Beasley, she was thinking globally": someone else)."""
    for node in token.ancestors:
        if node == verb:
            return True
        if (node.dep_ in ("ccomp", "parataxis") and node.head == verb) or (node.dep_ == "prep" and node.lower_ in ("like", "unlike")):
            return False
    return False


def _unparsed(sent, names: Names, inside) -> str | None:
    """The one person named before a speech verb the parser left without a subject ("In a
    statement issued by the US Navy, Captain John Craddock, commander, …, said:", where it
    joins the captain to the navy), or the person it made the sentence's root and hung the
    verb on after a comma ("“…,” Vladimir Rogov, a member of …, announced")."""
    for verb in speech_verbs(sent):
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") for c in verb.children)
        named = names.at.get(verb.head.i)
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and named is not None and named.type == "person" and verb.head.i < verb.i and sent.doc[verb.i - 1].text == "," and not inside(verb):
            return named.name  # "“…,” X, a member of the region's administration, announced", the verb hung on the name
        if verb.dep_ != "ROOT" and verb.head.pos_ not in ("VERB", "AUX"):
            continue  # "between the new measures and previously announced sanctions": no one's act of speech
        if finite and not inside(verb) and subject_of(verb) is None:
            before = {n.name for n in names.all if sent.start <= n.start < verb.i and n.type == "person" and not inside(sent.doc[n.start])}
            if len(before) == 1:
                return before.pop()
    return None


def _unnamed(token) -> bool:
    """Whether a speaker is someone the story does not name: "one", "someone", "a woman",
    "another guardsman" (not an unresolved "she" or "the secretary")."""
    return token.lower_ in ("one", "someone", "another") or any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in token.children)


def _governing_subject(pronoun):
    """The subject of the nearest clause above the relative or adverbial clause a pronoun is the
    subject of ("a speech Biden made in Poland, where he said …": Biden)."""
    if pronoun.dep_ != "nsubj" or pronoun.head.dep_ not in ("relcl", "advcl"):
        return None
    for node in pronoun.head.ancestors:
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subject is not None:
            return subject
    return None


def _main_subject(sent):
    """The first subject of the sentence's root verb."""
    at = positions_in(sent, _MAIN_SUBJECTS, lambda cols: cols.dep_is("nsubj") & cols.dep_is("ROOT")[cols.head])
    return sent.doc[at[0]] if at else None


def by_sentence(quotes: tuple[Quote, ...], names: Names) -> dict[int, str]:
    """The person each sentence quotes or reports, pronouns resolved ("He added Sunday that …")."""
    speakers: dict[int, str] = {}
    for quote in quotes:
        if quote.speaker in names.people:
            speakers.setdefault(quote.sentence, quote.speaker)
    return speakers
