"""Which agencies and outlets an article cites: "Reuters reported", "according to TASS".

An outlet is cited when its name (a known news agency, or any source of the briefing) stands
as the subject of a reporting verb or after "according to" / "told" / "citing" / "cited by";
"Inputs from Reuters"-style credits found when cleaning count too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

AGENCIES = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "TASS", "RIA Novosti", "RIA",
    "Interfax", "RT", "Ukrinform", "UNIAN", "Bloomberg", "ANI", "PTI", "IANS", "Xinhua", "Anadolu",
    "BBC", "CNN", "Al Jazeera", "The Guardian", "The New York Times", "The Washington Post",
    "The Wall Street Journal", "Financial Times", "Axios", "Politico", "Kyiv Independent", "Sputnik",
)
_VERBS = r"(?:reported|reports|said|says|quoted|cited|wrote|writes|news agency reported|agency reported)"


def cited_outlets(sentences: Iterable[str], outlets: Iterable[str]) -> Counter:
    """Outlet name -> number of sentences citing it."""
    names = sorted({*AGENCIES, *outlets}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names if n)
    pattern = re.compile(
        rf"(?:\b(?P<a>{alternatives})(?:\s+news agency)?\s*,?\s+{_VERBS}\b)|"
        rf"(?:\b(?:according to|told|citing|cited by|reported by|quoted by)\s+(?:the\s+)?(?P<b>{alternatives})\b)"
    )
    found: Counter = Counter()
    for text in sentences:
        for name in {m.group("a") or m.group("b") for m in pattern.finditer(text)}:
            found[name] += 1
    return found


def source_citations(briefing) -> dict[str, dict[str, int]]:
    """Source id -> outlet cited by its articles -> number of sentences (its own name left out)."""
    outlets = [s.name for s in briefing.sources]
    articles = {a.id: a for a in briefing.articles}
    out = {}
    for s in briefing.sources:
        found: Counter = Counter()
        for aid in s.articles:
            found.update(cited_outlets((x.text for x in briefing.summaries[aid].sentences), outlets))
            found.update(articles[aid].cited)
        found.pop(s.name, None)
        out[s.id] = dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
    return out
