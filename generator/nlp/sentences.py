"""A doc's sentences, listed once, and the sentence of a token in logarithmic time.

spaCy's `Doc.sents` builds its spans again on every call and `Token.sent` walks them, which made
per-token lookups quadratic in the article's length; the list and its bounds are kept in the
doc's `user_data` instead.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy

from .views import kept

_KEY = "briefing_sentences"


def sentences(doc) -> list:
    """The doc's sentence spans, in order."""
    return kept(doc, _KEY, _listed)[0]


def _listed(doc) -> tuple[list, list[int], list[int]]:
    spans = list(doc.sents)
    return spans, [s.start for s in spans], [s.end for s in spans]


def sentence_bounds(doc) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Arrays of the sentences' start and end token indexes."""
    _, starts, ends = kept(doc, _KEY, _listed)
    return numpy.array(starts, dtype=numpy.int64), numpy.array(ends, dtype=numpy.int64)


def sentence_of(token) -> tuple[int, int]:
    """(start, end) token indexes of the sentence holding `token`."""
    _, starts, ends = kept(token.doc, _KEY, _listed)
    k = bisect_right(starts, token.i) - 1
    return starts[k], ends[k]


def sentence_start(token) -> int:
    return sentence_of(token)[0]
