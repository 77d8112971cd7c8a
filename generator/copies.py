"""Near-duplicate articles: syndicated wire copy and re-published stories become one article.

Two articles are copies when most of the shorter one's word 5-grams ("shingles") also occur in
the longer one: containment |A ∩ B| / min(|A|, |B|) of at least CONTAINMENT. Shingles are
sampled by hash (one in SAMPLE) so that an inverted index finds candidate pairs without
comparing every pair; shingles shared by more than COMMON articles (boilerplate) are ignored.
Copies are linked transitively. The kept article is the earliest published, then the one with
the least text not found in the others (a portal's copy carries its menus and teasers), then the
first id; the others are attached to it as `copies` and are not parsed again.

Written by hand rather than with a MinHash library: exact containment on a deterministic sample
is a few lines, needs no tuning of permutations, and gives the same answer on every run.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import replace

from .models import Article, Copy

SHINGLE = 5
SAMPLE = 4
CONTAINMENT = 0.8
MIN_SHINGLES = 20
COMMON = 50
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    """Sampled hashes of the text's word 5-grams."""
    words = _WORD.findall(text.lower())
    out = set()
    for i in range(len(words) - SHINGLE + 1):
        digest = hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest()
        value = int.from_bytes(digest, "big")
        if value % SAMPLE == 0:
            out.add(value)
    return out


def copy_groups(articles: tuple[Article, ...] | list[Article]) -> list[list[Article]]:
    """Groups of two or more articles carrying the same text, kept article first."""
    sets = {a.id: shingles(a.text) for a in articles}
    index: dict[int, list[str]] = defaultdict(list)
    for aid in sorted(sets):
        for h in sets[aid]:
            index[h].append(aid)
    shared: Counter = Counter()
    for ids in index.values():
        if 1 < len(ids) <= COMMON:
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    shared[(a, b)] += 1
    parent = {aid: aid for aid in sets}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), n in sorted(shared.items()):
        smaller = min(len(sets[a]), len(sets[b]))
        if smaller >= MIN_SHINGLES and n / smaller >= CONTAINMENT:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        groups[root(a.id)].append(a)

    def kept_first(a: Article, group: list[Article]) -> tuple:
        others = set().union(*(sets[o.id] for o in group if o is not a))
        extra = len(sets[a.id] - others) / max(len(sets[a.id]), 1)
        return (a.published or "9999", round(extra, 6), a.id)

    return [sorted(g, key=lambda a: kept_first(a, g)) for _, g in sorted(groups.items()) if len(g) > 1]


def fold_copies(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    """The articles with each group of copies folded into its kept article."""
    folded = {}
    for group in copy_groups(articles):
        kept, others = group[0], group[1:]
        folded[kept.id] = replace(kept, copies=tuple(Copy(o.id, o.path, o.title, o.source, o.published, o.url) for o in others))
        folded.update({o.id: None for o in others})
    return tuple(folded.get(a.id, a) for a in articles if folded.get(a.id, a) is not None)
