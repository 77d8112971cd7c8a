"""Direct quotes and who said them."""

from __future__ import annotations

import re

PAIRS = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»")]
SPEECH_VERBS = {
    "say", "tell", "add", "state", "stress", "note", "write", "declare", "announce", "claim",
    "describe", "quote", "warn", "insist", "reiterate", "confirm", "accuse", "urge", "ask",
    "explain", "post", "reply", "respond", "argue", "call", "promise", "vow", "deny", "admit",
}
MIN_WORDS = 3


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quotations of at least three words."""
    spans = []
    for opening, closing in PAIRS:
        pattern = re.escape(opening) + r"([^" + re.escape(opening + closing) + r"]+)" + re.escape(closing)
        for match in re.finditer(pattern, text):
            if opening == "‘" and match.start() > 0 and text[match.start() - 1].isalnum():
                continue
            inner = match.group(1).strip()
            if len(inner.split()) >= MIN_WORDS:
                spans.append((match.start(1), match.end(1)))
    return sorted(spans)


def speaker_token(sent):
    """The subject of the sentence's speech verb, outside the quotation marks."""
    for token in sent:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
    return None
