"""Views of a spaCy Doc built once per doc and kept in its `user_data`: its text, its entity
spans, and its token attributes as arrays.

spaCy rebuilds `Doc.text`, `Span.text` and `Doc.ents` from Token objects on every access, and
walking a Doc from Python creates a Token per step. Extraction asks the same few questions (is
the lemma one of these words? which tokens are verbs?) of every token, so they are answered over
`Doc.to_array` columns instead.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_STOP, LEMMA, LOWER, ORTH, POS

_COLUMNS, _TEXT, _ENTS = "briefing_columns", "briefing_text", "briefing_ents"
_ATTRS = [LEMMA, LOWER, POS, IS_ALPHA, IS_STOP, DEP, HEAD, ORTH]


class Columns:
    def __init__(self, doc):
        table = doc.to_array(_ATTRS) if len(doc) else numpy.zeros((0, len(_ATTRS)), dtype="uint64")
        strings = doc.vocab.strings
        lemmas, self._lemma_index = numpy.unique(table[:, 0], return_inverse=True)
        self.lemma_strings = [strings[int(h)] for h in lemmas]
        lowers, self._lower_index = numpy.unique(table[:, 1], return_inverse=True)
        self._lower_strings = [strings[int(h)] for h in lowers]
        self.pos = table[:, 2]
        self.is_alpha = table[:, 3].astype(bool)
        self.is_stop = table[:, 4].astype(bool)
        self.dep = table[:, 5]
        self.head = numpy.arange(len(table), dtype=numpy.int64) + table[:, 6].astype(numpy.int64)
        self._written_lower = table[:, 7] == table[:, 1]
        self.strings = strings
        self._lemma_positions: dict[str, list[int]] | None = None
        self._lower_positions: dict[str, list[int]] | None = None

    def lemma_in(self, lemmas, lower: bool = False) -> numpy.ndarray:
        """Tokens whose lemma (lower-cased, if `lower`) is one of `lemmas`."""
        if self._lemma_positions is None:
            self._lemma_positions = {s: [k] for k, s in enumerate(self.lemma_strings)}
            self._lowered_positions: dict[str, list[int]] = {}
            for k, lemma in enumerate(self.lemma_strings):
                self._lowered_positions.setdefault(lemma.lower(), []).append(k)
        positions = self._lowered_positions if lower else self._lemma_positions
        return self._lookup(positions, lemmas, len(self.lemma_strings), self._lemma_index)

    def lower_in(self, texts) -> numpy.ndarray:
        """Tokens whose lower-cased text is one of `texts`."""
        if self._lower_positions is None:
            self._lower_positions = {s: [k] for k, s in enumerate(self._lower_strings)}
        return self._lookup(self._lower_positions, texts, len(self._lower_strings), self._lower_index)

    def lemma_keys(self) -> tuple[list[str], numpy.ndarray]:
        """The distinct lower-cased lemmas and, per token, the index of its own."""
        lowered = [s.lower() for s in self.lemma_strings]
        distinct = sorted(set(lowered))
        position = {s: k for k, s in enumerate(distinct)}
        per_lemma = numpy.array([position[s] for s in lowered], dtype=numpy.int64)
        return distinct, per_lemma[self._lemma_index] if len(self._lemma_index) else numpy.zeros(0, numpy.int64)

    def lowercase_words(self) -> set[str]:
        """Words the doc writes in lower case somewhere ("faith" beside a "Faith" the model
        took for a name)."""
        return {self._lower_strings[k] for k in numpy.unique(self._lower_index[self._written_lower])}

    def pos_in(self, *tags: int) -> numpy.ndarray:
        found = numpy.zeros(len(self.pos), bool)
        for tag in tags:
            found |= self.pos == tag
        return found

    def dep_is(self, label: str) -> numpy.ndarray:
        return self.dep == self.strings[label]

    @staticmethod
    def _lookup(positions: dict[str, list[int]], wanted, count: int, index: numpy.ndarray) -> numpy.ndarray:
        hit = numpy.zeros(count, bool)
        for word in wanted:
            hit[positions.get(word, [])] = True
        return hit[index] if len(index) else numpy.zeros(0, bool)


def kept(doc, key: str, make):
    """`make(doc)`, computed once per doc and kept under `key` in its `user_data`."""
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = make(doc)
    return cached


def positions_in(sent, key: str, select) -> list[int]:
    """Indexes of the tokens of `sent` among those `select(columns)` marks in the whole doc
    (the selection is made once per doc and kept under `key`)."""
    at = kept(sent.doc, key, lambda doc: numpy.flatnonzero(select(columns(doc))).tolist())
    return at[bisect_left(at, sent.start):bisect_left(at, sent.end)]


def columns(doc) -> Columns:
    return kept(doc, _COLUMNS, Columns)


def text(doc) -> str:
    return kept(doc, _TEXT, lambda d: d.text)


def given_text(doc, source: str) -> None:
    """Keep `source`, the text the doc was made from, as its text: spaCy's tokens give it back
    exactly, and joining them again costs as much as a tenth of extraction."""
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(source):
        doc.user_data[_TEXT] = source


def span_text(span) -> str:
    """`span.text`, cut from the doc's text."""
    return text(span.doc)[span.start_char:span.end_char]


def text_between(doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the doc's text."""
    last = doc[end - 1]
    return text(doc)[doc[start].idx:last.idx + len(last)]


def entities(doc) -> tuple:
    return kept(doc, _ENTS, lambda d: d.ents)
