"""A doc's sentences, listed once, and the sentence of a token in logarithmic time.

spaCy's `Doc.sents` builds its spans again on every call and `Token.sent` walks them, which made
per-token lookups quadratic in the article's length; the list and its bounds are kept in the
doc's `user_data` instead.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy

_KEY = "briefing_sentences"


def sentences(doc) -> list:
    """The doc's sentence spans, in order."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        spans = list(doc.sents)
        cached = doc.user_data[_KEY] = (spans, [s.start for s in spans], [s.end for s in spans])
    return cached[0]


def sentence_bounds(doc) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Arrays of the sentences' start and end token indexes."""
    sentences(doc)
    _, starts, ends = doc.user_data[_KEY]
    return numpy.array(starts, dtype=numpy.int64), numpy.array(ends, dtype=numpy.int64)


def sentence_of(token) -> tuple[int, int]:
    """(start, end) token indexes of the sentence holding `token`."""
    sentences(token.doc)
    _, starts, ends = token.doc.user_data[_KEY]
    k = bisect_right(starts, token.i) - 1
    return starts[k], ends[k]


def sentence_start(token) -> int:
    return sentence_of(token)[0]
