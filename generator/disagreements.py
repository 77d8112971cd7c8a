"""Disagreements: two sources giving different values for the same quantity of one event.

Only sentences an event rests on are read, and only those cited by that event alone: a sentence
recalling two rounds of talks cannot say which round a figure belongs to. Quantities are keyed
by what they count ("prisoners of war", plural folded) or, for a span of time ("nearly five
hours", "barely lasted an hour"), as the event's duration; a span that qualifies a noun ("a
30-day ceasefire") counts that noun. Values of one key from two different articles (copies of
one text are one article) disagree when they differ by more than TOLERANCE of the larger, so
"about 1,000" and "1,000" agree while "40 minutes" and "an hour" do not. Accounts of different
rounds are different events, so they are never compared.

Dates: two events of one type and venue dated a day apart, each reported first-hand by
different articles, in alike wording, are probably one happening the sources date differently;
both are kept and each is flagged with the other's date (see `_date_disagreements`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

from .clustering import SAME_WORDING, similarity, words_of
from .models import Account, Disagreement, Event, Summary
from .nlp.figures import number_value

TOLERANCE = 0.1
MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080}
_SPAN = re.compile(r"\b(?:(\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                   r"twenty|thirty|forty|fifty)[\s-]+)?(minute|hour|day|week)s?\b(?:\s+(\w+))?", re.I)
_NOT_COUNTED = {"ago", "later", "earlier", "before", "after", "of", "and", "or", "to", "in", "on", "at", "the", "a"}


def disagreements(events: tuple[Event, ...], summaries: dict[str, Summary]) -> dict[str, tuple[Disagreement, ...]]:
    """Event id -> its disagreements: quantities, then dates."""
    found = _quantity_disagreements(events, summaries)
    for event_id, d in _date_disagreements(events):
        found[event_id] = found.get(event_id, ()) + (d,)
    return found


def _date_disagreements(events: tuple[Event, ...]):
    """Two events that look like one happening dated a day apart by different sources: same type
    and venue, first-hand reports from different articles (none citing both), in alike wording.
    Both events are kept, each flagged with the other's date."""
    def reports(e: Event):
        return [c for c in e.citations if c.kind == "report"]

    dated = [e for e in events if e.precision == "day" and e.venue and e.type != "statement" and reports(e)]
    for a in dated:
        for b in dated:
            if not (a.id < b.id and a.type == b.type and a.venue == b.venue):
                continue
            if abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days) != 1 or set(a.articles) & set(b.articles):
                continue
            words_a = frozenset().union(*(words_of(c.text) for c in reports(a)))
            words_b = frozenset().union(*(words_of(c.text) for c in reports(b)))
            if similarity(words_a, words_b) < SAME_WORDING:
                continue
            accounts = tuple(
                Account(c.article_id, c.sentence, e.date, float(date.fromisoformat(e.date).toordinal()))
                for e in (a, b) for c in reports(e)[:1]
            )
            yield a.id, Disagreement("date", accounts)
            yield b.id, Disagreement("date", accounts)


def _quantity_disagreements(events: tuple[Event, ...], summaries: dict[str, Summary]) -> dict[str, tuple[Disagreement, ...]]:
    cited = Counter((c.article_id, c.sentence) for e in events for c in {(c.article_id, c.sentence): c for c in e.citations}.values())
    out = {}
    for e in events:
        by_key: dict[str, dict[str, Account]] = defaultdict(dict)
        labels: dict[str, str] = {}
        for c in e.citations:
            if cited[(c.article_id, c.sentence)] > 1:
                continue
            for label, account in _quantities(summaries[c.article_id], c.article_id, c.sentence):
                key = _fold(label)
                labels.setdefault(key, label)
                by_key[key].setdefault(c.article_id, account)
        found = []
        for key, accounts in sorted(by_key.items()):
            values = [a.value for a in accounts.values()]
            if len(accounts) > 1 and max(values) - min(values) > TOLERANCE * max(values):
                found.append(Disagreement(labels[key], tuple(accounts[a] for a in sorted(accounts))))
        if found:
            out[e.id] = tuple(found)
    return out


def _quantities(summary: Summary, article_id: str, sentence: int):
    """(what is counted, Account) for each figure and span of time in the sentence."""
    spans = set()
    for d in summary.dates:
        if d.sentence == sentence and d.relation == "duration":
            found = _span(d.text)
            if found:
                spans.add(d.text.lower())
                yield found[0], Account(article_id, sentence, d.text, found[1])
    for f in summary.figures:
        if f.sentence != sentence or f.text.lower() in spans:
            continue
        found = _span(f.text)
        if found:
            yield found[0], Account(article_id, sentence, f.text, found[1])
        elif f.counts:
            yield f.counts.lower(), Account(article_id, sentence, f.text, f.value)


def _span(text: str) -> tuple[str, float] | None:
    """('duration' or what the span qualifies, minutes) for a span of time, else None."""
    m = _SPAN.search(text)
    if not m:
        return None
    number = m.group(1) or "one"
    value = number_value("1" if number.lower() in ("a", "an") else number)
    if value is None:
        return None
    noun = (m.group(3) or "").lower()
    unit = m.group(2).lower()
    if "-" in m.group(0) and noun and noun not in _NOT_COUNTED:
        return noun, value * MINUTES[unit]
    if unit in ("minute", "hour"):  # how long the happening lasted; days and weeks are deadlines
        return "duration", value * MINUTES[unit]
    return None


def _fold(counts: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in counts.lower().split())
