"""Event mentions: token patterns over lemmas and parts of speech type a sentence, keeping the
trigger words as evidence.

Vocabulary (type: what triggers it):
- talks: talks, negotiations, a round of talks / negotiations / meetings
- prisoner_exchange: exchange / swap / free / release near prisoners, POWs, captives; "in exchange for" soldiers
- body_repatriation: return / exchange / repatriate near bodies or remains
- ceasefire_proposal: ceasefire / truce near propose, offer, plan, accept, support, demand
- strike: strike, attack, shelling, bombing, barrage, drone or missile attack (a "strike a deal" is not, nor "a barrage of criticism");
  drones, missiles or rockets launched, fired, downed, shot down or intercepted
- sanctions: sanctions imposed or threatened
- meeting: a meeting between named people outside formal talks
- aid: military, financial or humanitarian aid
- statement: a named person's dated statement that matches nothing above (summarize.py)

The patterns are the ones a spaCy `Matcher` would take (a word, two words at most WINDOW tokens
apart in either order, a fixed phrase), evaluated as array tests over the doc's LEMMA, LOWER and
POS columns: the Matcher's per-token state machine cost a third of extraction time for the same
matches (docs/extraction.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.symbols import NOUN, VERB

from .views import Columns
from .views import columns as doc_columns
from .sentences import sentence_bounds

WINDOW = 6  # tokens allowed between the two words of a Near pattern


@dataclass(frozen=True)
class Word:
    """One token whose lemma is in `lemmas` (and whose POS is in `pos`, if given)."""

    lemmas: frozenset[str]
    pos: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Near:
    """A word of `first` and a word of `second`, in either order, at most WINDOW tokens between."""

    first: Word
    second: Word


@dataclass(frozen=True)
class Phrase:
    """Tokens whose lower-cased text is in each set of `lead` in turn, at most `slack` tokens,
    then a word of `last`."""

    lead: tuple[frozenset[str], ...]
    last: Word
    slack: int = 0


def _word(*lemmas: str, pos: tuple[int, ...] = ()) -> Word:
    return Word(frozenset(lemmas), frozenset(pos))


PATTERNS: dict[str, tuple[Word | Near | Phrase, ...]] = {
    "prisoner_exchange": (
        Near(_word("exchange", "swap", "free", "release", "freeing", "trade"), _word("prisoner", "pow", "pows", "POW", "PoW", "POWs", "PoWs", "captive", "detainee")),
        Phrase((frozenset({"in"}), frozenset({"exchange"}), frozenset({"for"})), _word("soldier", "serviceman"), slack=3),  # "in exchange for nine captured Russian soldiers"
    ),
    "body_repatriation": (
        Near(_word("return", "exchange", "repatriate", "repatriation", "hand", "retrieval", "retrieve"), _word("body", "remains")),
    ),
    "talks": (
        _word("talk", "talks", pos=(NOUN,)),
        _word("negotiation", "negotiations"),
        Phrase((frozenset({"round"}), frozenset({"of"})), _word("talk", "negotiation", "meeting"), slack=1),
    ),
    "ceasefire_proposal": (
        Near(
            _word("ceasefire", "truce", "armistice", "cease-fire"),
            _word("propose", "proposal", "offer", "plan", "accept", "acceptance", "support", "demand", "call"),
        ),
    ),
    "strike": (
        _word("strike", "attack", "shelling", "bombing", "bombardment", "airstrike", "shell", "barrage", pos=(NOUN, VERB)),
        Near(_word("launch", "fire", "down", "shoot", "intercept", pos=(VERB,)), _word("drone", "missile", "rocket")),
    ),
    "sanctions": (_word("sanction", "sanctions"),),
    "meeting": (_word("meet", "meeting", "summit"),),
    "aid": (Phrase((frozenset({"military", "financial", "humanitarian", "economic"}),), _word("aid")),),
}
ORDER = list(PATTERNS)
WORDS_NOT_FIRE = {"criticism", "question", "complaint", "insult", "abuse", "email", "message", "call", "accusation", "claim", "headline"}
# a talks mention already covers the delegations meeting
SUBSUMES = {"talks": {"meeting"}}


def _word_mask(columns: Columns, word: Word) -> numpy.ndarray:
    found = columns.lemma_in(word.lemmas)
    return found & columns.pos_in(*word.pos) if word.pos else found


def _spans(columns: Columns, pattern: Word | Near | Phrase) -> list[tuple[int, int]]:
    """(start, end) token spans the pattern matches, possibly across sentences."""
    if isinstance(pattern, Word):
        return [(int(i), int(i) + 1) for i in numpy.flatnonzero(_word_mask(columns, pattern))]
    if isinstance(pattern, Near):
        first, second = _word_mask(columns, pattern.first), _word_mask(columns, pattern.second)
        spans = []
        for a_mask, b_mask in ((first, second), (second, first)):
            b_at = numpy.flatnonzero(b_mask)
            for a in numpy.flatnonzero(a_mask):
                k = numpy.searchsorted(b_at, a, side="right")
                if k < len(b_at) and b_at[k] - a <= WINDOW + 1:
                    spans.append((int(a), int(b_at[k]) + 1))
        return spans
    lead = [columns.lower_in(texts) for texts in pattern.lead]
    spans = []
    for end in numpy.flatnonzero(_word_mask(columns, pattern.last)):
        for gap in range(pattern.slack + 1):
            start = end - gap - len(lead)
            if start >= 0 and all(mask[start + k] for k, mask in enumerate(lead)):
                spans.append((int(start), int(end) + 1))
                break
    return spans


def _figurative(trigger) -> bool:
    """"a barrage of criticism": no strike."""
    return trigger.lemma_.lower() == "barrage" and any(o.lemma_.lower() in WORDS_NOT_FIRE for p in trigger.children if p.lower_ == "of" for o in p.children)


def typed(doc) -> dict[int, list[tuple[str, str, int]]]:
    """Per sentence start: (type, trigger text, trigger token index) for each type it names;
    of several matches of one type in a sentence, the shortest (then the first) is kept."""
    columns = doc_columns(doc)
    starts, ends = sentence_bounds(doc)
    found: dict[int, dict[str, tuple[int, int]]] = {}
    for name, patterns in PATTERNS.items():
        for pattern in patterns:
            for start, end in _spans(columns, pattern):
                if name == "strike" and (any(t.lower_ == "deal" for t in doc[start].children) or _figurative(doc[start])):
                    continue
                k = numpy.searchsorted(starts, start, side="right") - 1
                if end > ends[k]:
                    continue
                per_sentence = found.setdefault(int(starts[k]), {})
                best = per_sentence.get(name)
                if best is None or (end - start, start) < (best[1] - best[0], best[0]):
                    per_sentence[name] = (start, end)
    result = {}
    for sent_start, types in sorted(found.items()):
        for name, covered in SUBSUMES.items():
            if name in types:
                for other in covered:
                    types.pop(other, None)
        result[sent_start] = [(name, doc[s:e].text, s) for name in ORDER if name in types for s, e in [types[name]]]
    return result
