"""Score extraction against hand-written gold files (`tests/gold/*.yml`).

A gold file names one article (`article: corpus:seeds/NAME.txt`, `content:articles/...` or
`fixtures:NAME`) and lists what a careful reader finds in it. Items are tied to a sentence by a
snippet of its text (`in:`), never by sentence number, so they survive changes to sentence
splitting. Each category is scored by precision (share of extracted items that match the gold)
and recall (share of gold items extracted):

- entities: the set of (canonical name, type) per article, names compared after `fold`;
- dates: every date expression; correct when the day, week, month or year (with its precision)
  is right, or when a duration / unresolved future expression is recognised as such;
- figures: a number in a sentence; correct when its value, what it counts and its qualifier match;
- quotes: direct quotes and reported statements; correct when the speaker is right (a
  quotation over several sentences is found by a snippet of any of them);
- events: (type, sentence) pairs of event mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .config import Gazetteer, load_config
from .errors import BriefingError
from .ingest import FOLDER_INDEX, read_article
from .models import Article, Summary
from .nlp.entities import fold
from .summarize import summarize_all

CATEGORIES = ("entities", "dates", "figures", "quotes", "events")
GROUPS = ("built", "held-out")


@dataclass
class Score:
    """Counts behind precision and recall for one category."""

    matched_predicted: int = 0
    predicted: int = 0
    matched_gold: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    def add(self, other: Score) -> None:
        self.matched_predicted += other.matched_predicted
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.gold += other.gold
        self.misses += other.misses


@dataclass(frozen=True)
class GoldArticle:
    file: Path  # the gold file
    article: Article
    held_out: bool
    data: dict


SPANNED_SENTENCES = 12  # the most sentences one quotation is read over for its gold snippet


def _norm(text) -> str:
    text = str(text)
    text = text.replace("’", "'").replace("‘", "'").replace("´", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _resolve_ref(ref: str, roots: dict[str, Path], gold_file: Path) -> Path:
    prefix, _, rest = ref.partition(":")
    if prefix not in roots or not rest:
        raise BriefingError(f"{gold_file}: `article: {ref}` should start with one of {', '.join(sorted(roots))} and a colon")
    path = roots[prefix] / rest
    if not path.is_file():
        raise BriefingError(f"{gold_file}: article {ref} not found at {path}")
    return path


FIELDS = {
    "dates": {"text", "in", "date", "precision", "relation"},
    "figures": {"value", "counts", "qualifier", "in"},
    "quotes": {"text", "speaker", "kind", "in"},
    "events": {"type", "in"},
}


def _check_fields(data: dict, gold_file: Path) -> None:
    """Unknown fields are typos (or a comma YAML read as a separator): say where."""
    for category, allowed in FIELDS.items():
        for number, item in enumerate(data.get(category) or [], start=1):
            unknown = set(item) - allowed if isinstance(item, dict) else {"(not a mapping)"}
            if unknown:
                raise BriefingError(
                    f"{gold_file}: {category} #{number} has unknown field(s) {', '.join(sorted(map(str, unknown)))}; "
                    f"allowed: {', '.join(sorted(allowed))} (quote values that contain a comma)"
                )


def load_gold(gold_dir: Path, roots: dict[str, Path]) -> list[GoldArticle]:
    """Every gold file under `gold_dir`, with its article read as the pipeline reads it."""
    files = sorted(gold_dir.glob("*.yml"))
    if not files:
        raise BriefingError(f"no gold files (*.yml) in {gold_dir}")
    out = []
    for gold_file in files:
        data = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict) or "article" not in data:
            raise BriefingError(f"{gold_file}: needs an `article:` field naming the article")
        _check_fields(data, gold_file)
        path = _resolve_ref(data["article"], roots, gold_file)
        index = path.parent / FOLDER_INDEX
        folder_meta = (yaml.safe_load(index.read_text(encoding="utf-8")) or {}) if index.is_file() else {}
        article = read_article(path, f"articles/{path.name}", folder_meta.get(path.name))
        out.append(GoldArticle(gold_file, article, bool(data.get("held_out")), data))
    return out


def _sentence(summary: Summary, number: int) -> str:
    return _norm(summary.sentences[number].text)


def _located(item: dict, sentence: str) -> bool:
    snippet = item.get("in")
    return snippet is None or _norm(snippet) in sentence


def _pairs(gold: list[dict], predicted: list, matches, correct, closeness=lambda g, p: 0) -> Score:
    """Greedy one-to-one pairing: a gold item is recalled by at most one prediction; among the
    gold items a prediction matches, the closest is taken."""
    score = Score(predicted=len(predicted), gold=len(gold))
    used = set()
    for p in predicted:
        candidates = [i for i, g in enumerate(gold) if i not in used and matches(g, p)]
        if not candidates:
            score.misses.append(f"extra: {p}")
            continue
        i = max(candidates, key=lambda i: (closeness(gold[i], p), -i))
        used.add(i)
        if correct(gold[i], p):
            score.matched_predicted += 1
            score.matched_gold += 1
        else:
            score.misses.append(f"wrong: {p} for gold {gold[i]}")
    score.misses += [f"missed: {g}" for i, g in enumerate(gold) if i not in used]
    return score


def _canonical(name: str, gazetteer: Gazetteer) -> str:
    """A gold name the gazetteer lists under another spelling counts as its canonical name."""
    return gazetteer.by_fold.get(fold(name), (name,))[0]


def _entities(gold: GoldArticle, summary: Summary, gazetteer: Gazetteer) -> Score:
    expected = {(fold(_canonical(name, gazetteer)), kind): name for name, kind in (gold.data.get("entities") or [])}
    found = {(fold(e.name), e.type): e.name for e in summary.entities}
    hits = expected.keys() & found.keys()
    score = Score(len(hits), len(found), len(hits), len(expected))
    score.misses += [f"extra: {found[k]} ({k[1]})" for k in sorted(found.keys() - hits)]
    score.misses += [f"missed: {expected[k]} ({k[1]})" for k in sorted(expected.keys() - hits)]
    return score


def _same_words(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return a in b or b in a


def _dates(gold: GoldArticle, summary: Summary, gazetteer: Gazetteer) -> Score:
    def matches(g, d):
        return _same_words(g["text"], d.text) and _located(g, _sentence(summary, d.sentence))

    def correct(g, d):
        if "date" not in g:
            return d.date is None and g.get("relation", d.relation) == d.relation
        return d.date == str(g["date"]) and d.precision == g.get("precision", "day")

    predicted = [d for d in summary.dates]
    return _pairs(gold.data.get("dates") or [], predicted, matches, correct)


def _qualifier(text: str | None) -> str | None:
    """'an estimated' and 'estimated' are one qualifier."""
    return re.sub(r"^(?:an?|the) ", "", text.lower()) if text else None


def _figures(gold: GoldArticle, summary: Summary, gazetteer: Gazetteer) -> Score:
    def matches(g, f):
        return float(g["value"]) == f.value and _located(g, _sentence(summary, f.sentence))

    def correct(g, f):
        return fold(g["counts"]) in fold(f.counts) and _qualifier(g.get("qualifier")) == _qualifier(f.qualifier)

    return _pairs(gold.data.get("figures") or [], list(summary.figures), matches, correct)


def _spanned(summary: Summary, quote) -> str:
    """The sentences a quotation runs over, from its own to the one where its words end ("“Nope.
    It's because …,” Vindman responded": both), as one normalised text; its own sentence alone
    when its words' end is not found."""
    tail, text = _norm(quote.text)[-20:], ""
    for sentence in summary.sentences[quote.sentence:quote.sentence + SPANNED_SENTENCES]:
        text = f"{text} {_norm(sentence.text)}"
        if tail in text:
            return text
    return _sentence(summary, quote.sentence)


def _quotes(gold: GoldArticle, summary: Summary, gazetteer: Gazetteer) -> Score:
    def matches(g, q):
        return _same_words(g["text"][:60], q.text) and _located(g, _spanned(summary, q))

    def correct(g, q):
        return fold(_canonical(g.get("speaker") or "", gazetteer)) == fold(q.speaker or "") and g.get("kind", "direct") == q.kind

    def closeness(g, q):
        a, b = _norm(g["text"]), _norm(q.text)
        return (b.startswith(a[:20]), -abs(len(a) - len(b)))

    return _pairs(gold.data.get("quotes") or [], list(summary.quotes), matches, correct, closeness)


@dataclass(frozen=True)
class _Typed:
    """An event mention as scored: its type and sentence."""

    type: str
    sentence: int
    text: str


def _events(gold: GoldArticle, summary: Summary, gazetteer: Gazetteer) -> Score:
    predicted = [_Typed(t, n, summary.sentences[n].text[:80]) for t, n in sorted({(m.type, m.sentence) for m in summary.mentions})]

    def matches(g, m):
        return g["type"] == m.type and _located(g, _sentence(summary, m.sentence))

    return _pairs(gold.data.get("events") or [], predicted, matches, lambda g, m: True)


SCORERS = {"entities": _entities, "dates": _dates, "figures": _figures, "quotes": _quotes, "events": _events}


def evaluate(gold_dir: Path, roots: dict[str, Path], content: Path) -> dict[str, dict[str, Score]]:
    """Scores per group (built on / held out) and category, summed over the gold articles."""
    gold = load_gold(gold_dir, roots)
    config = load_config(content)
    gazetteer = Gazetteer(config.gazetteer)
    summaries, problems = summarize_all([g.article for g in gold], gazetteer, config.war)
    if problems:
        raise BriefingError("; ".join(str(p) for p in problems))
    scores = {group: {c: Score() for c in CATEGORIES} for group in GROUPS}
    for g, summary in zip(gold, summaries):
        group = "held-out" if g.held_out else "built"
        for category, scorer in SCORERS.items():
            one = scorer(g, summary, gazetteer)
            one.misses = [f"{g.file.name}: {m}" for m in one.misses]
            scores[group][category].add(one)
    return scores


def table(scores: dict[str, dict[str, Score]]) -> Iterable[str]:
    yield f"{'group':<9} {'category':<9} {'precision':>9} {'recall':>7} {'extracted':>9} {'gold':>5}"
    for group, categories in scores.items():
        for category, s in categories.items():
            yield f"{group:<9} {category:<9} {s.precision:>9.3f} {s.recall:>7.3f} {s.predicted:>9} {s.gold:>5}"
