"""Event mentions: spaCy Matcher patterns over lemmas type a sentence, keeping the trigger.

Vocabulary (type: what triggers it):
- talks: talks, negotiations, a round of negotiations, delegations meeting
- prisoner_exchange: exchange / swap / free / release near prisoners, POWs, captives
- body_repatriation: return / exchange / repatriate near bodies or remains
- ceasefire_proposal: ceasefire / truce near propose, offer, plan, accept, support, demand
- strike: strike, attack, shelling, bombing, drone or missile attack
- sanctions: sanctions imposed or threatened
- meeting: a meeting between named people outside formal talks
- aid: military, financial or humanitarian aid
- statement: a named person's dated statement that matches nothing above
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from .sentences import sentence_of

WINDOW = {"OP": "{,6}"}


def _near(first: list[str], second: list[str]) -> list[list[dict]]:
    a = {"LEMMA": {"IN": first}}
    b = {"LEMMA": {"IN": second}}
    return [[a, WINDOW, b], [b, WINDOW, a]]


PATTERNS: dict[str, list[list[dict]]] = {
    "prisoner_exchange": _near(
        ["exchange", "swap", "free", "release", "freeing", "trade"],
        ["prisoner", "pow", "PoW", "captive", "detainee", "POWs", "PoWs", "POW"],
    ) + [[{"LOWER": {"IN": ["prisoner", "pow", "pows"]}}, {"LEMMA": {"IN": ["swap", "exchange"]}}]],
    "body_repatriation": _near(
        ["return", "exchange", "repatriate", "repatriation", "hand", "retrieval", "retrieve"],
        ["body", "remains"],
    ),
    "talks": [
        [{"LEMMA": {"IN": ["talk", "talks"]}, "POS": "NOUN"}],
        [{"LEMMA": {"IN": ["negotiation", "negotiations"]}}],
        [{"LOWER": "round"}, {"LOWER": "of"}, {"OP": "?"}, {"LEMMA": {"IN": ["talk", "negotiation", "meeting"]}}],
    ],
    "ceasefire_proposal": _near(
        ["ceasefire", "truce", "armistice", "cease-fire"],
        ["propose", "proposal", "offer", "plan", "accept", "acceptance", "support", "demand", "call"],
    ),
    "strike": [
        [{"LEMMA": {"IN": ["strike", "attack", "shelling", "bombing", "bombardment", "airstrike", "shell"]}, "POS": {"IN": ["NOUN", "VERB"]}}],
    ],
    "sanctions": [[{"LEMMA": {"IN": ["sanction", "sanctions"]}}]],
    "meeting": [[{"LEMMA": {"IN": ["meet", "meeting", "summit"]}}]],
    "aid": [[{"LOWER": {"IN": ["military", "financial", "humanitarian", "economic"]}}, {"LEMMA": "aid"}]],
}
ORDER = list(PATTERNS)
# a talks mention already covers the delegations meeting; a body return is not a prisoner swap
SUBSUMES = {"talks": {"meeting"}, "body_repatriation": set()}


@lru_cache(maxsize=4)
def matcher(vocab: Vocab) -> Matcher:
    m = Matcher(vocab)
    for name, patterns in PATTERNS.items():
        m.add(name, patterns)
    return m


def typed(doc) -> dict[int, list[tuple[str, str, int]]]:
    """Per sentence start: (type, trigger text, trigger token index) for each type it names."""
    found: dict[int, dict[str, tuple[str, int]]] = {}
    for match_id, start, end in matcher(doc.vocab)(doc):
        name = doc.vocab.strings[match_id]
        words = doc[start:end]
        if name == "strike" and any(t.lower_ == "deal" for t in words.root.children):
            continue
        sent_start, sent_end = sentence_of(doc[start])
        if words.end > sent_end:
            continue
        per_sentence = found.setdefault(sent_start, {})
        if name not in per_sentence or len(words) < len(per_sentence[name][0].split()):
            per_sentence[name] = (words.text, start)
    result = {}
    for sent_start, types in found.items():
        for name, covered in SUBSUMES.items():
            if name in types:
                for other in covered:
                    types.pop(other, None)
        result[sent_start] = [(name, *types[name]) for name in ORDER if name in types]
    return result
