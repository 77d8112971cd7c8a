"""The sentence of a token in constant time.

spaCy's `Token.sent` walks the doc's sentences on every call, which makes per-token lookups
quadratic in the article's length; the bounds are computed once per doc here instead.
"""

from __future__ import annotations

_KEY = "sentence_bounds"


def sentence_of(token) -> tuple[int, int]:
    """(start, end) token indexes of the sentence holding `token`."""
    doc = token.doc
    bounds = doc.user_data.get(_KEY)
    if bounds is None:
        bounds = [(0, 0)] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                bounds[i] = (sent.start, sent.end)
        doc.user_data[_KEY] = bounds
    return bounds[token.i]


def sentence_start(token) -> int:
    return sentence_of(token)[0]
