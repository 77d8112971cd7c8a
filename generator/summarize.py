"""Parse articles with spaCy and turn each Doc into a Summary; spaCy objects stop here."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Span

from .config import Gazetteer
from .errors import Problem
from .models import Article, DateRef, EntityRef, Figure, Mention, Quote, Sentence, Summary
from .nlp import events as event_rules
from .nlp.views import columns as doc_columns
from .nlp.views import entities, given_text, positions_in, span_text, text_between
from .nlp.views import text as doc_text
from .nlp.dates import date_expression, resolve
from .nlp.entities import PERSONAL_TITLE, TITLES, TYPES, clean_name, clean_person, fold, merge_surnames, plausible
from .nlp.figures import LABELS as FIGURE_LABELS
from .nlp.figures import figure_of
from .nlp.model import load
from .nlp.quotes import SPEECH_VERBS, according_to, quoted_spans, reported_clauses, speaker_token, subject_of
from .nlp.sentences import sentence_start
from .nlp.sentences import sentences as doc_sentences

BATCH_SIZE = 16
LEDE_SENTENCES = 3
REPORT_WINDOW_DAYS = 2
FUTURE_WORDS = {"will", "shall", "expect", "schedule", "slate", "due", "plan", "set", "intend"}
PRONOUNS = {"he", "she"}
# people named by their office: a pronoun after "The mayor said ..." is not an earlier name
HUMAN_NOUNS = {
    "mayor", "governor", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
    "adviser", "advisor", "aide", "envoy", "diplomat", "officer", "commander", "soldier", "resident",
    "witness", "aunt", "uncle", "mother", "father", "son", "daughter", "wife", "husband", "correspondent",
    "reporter", "analyst", "expert", "source", "lawmaker", "senator", "leader", "chief", "head", "woman", "man",
}
NATIONALITY = re.compile(r"(?:ian|ish|ese|ean|an|i)$")  # Ukrainian, British, Chinese, Korean, Israeli
VESSELS = {"ship", "vessel", "tanker", "freighter", "carrier", "warship", "cruiser", "frigate", "yacht"}
_MAIN_SUBJECTS = "briefing_main_subjects"
_STOP_LEMMAS = {"say", "be", "have", "do", "also", "would", "could", "will"}


def summarize_all(articles: Iterable[Article], gazetteer: Gazetteer) -> tuple[list[Summary], list[Problem]]:
    """Summaries in the order of `articles`; the model is loaded once per process. An article
    whose extraction fails is reported and left out; it never stops the others."""
    articles = list(articles)
    nlp = load(gazetteer.json)
    summaries, problems = [], []
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE)):
        try:
            summaries.append(summarize(article, doc, gazetteer))
        except Exception as err:  # a bug on one article must not lose the others
            problems.append(Problem(article.path, None, "E201", "error", f"extraction failed: {type(err).__name__}: {err}", "report this article with the build log"))
    return summaries, problems


def summarize(article: Article, doc, gazetteer: Gazetteer) -> Summary:
    given_text(doc, article.text)
    sentences, index_of = _sentences(article, doc)
    names = _entity_names(doc, gazetteer)
    entities = _entity_refs(names, index_of, doc)
    dated_ents = _dates(doc, article.published, index_of)
    dates = [ref for _, ref in dated_ents]
    names = _Names(names, doc)
    quotes = tuple(_quotes(doc, names, index_of))
    return Summary(
        article_id=article.id,
        title=article.title,
        sentences=tuple(sentences),
        lede=_lede(doc, index_of),
        entities=entities,
        dates=tuple(dates),
        figures=tuple(_figures(doc, index_of)),
        quotes=quotes,
        mentions=tuple(_mentions(doc, names, dated_ents, article.published, index_of, _speakers(quotes, names))),
    )


def _sentences(article: Article, doc) -> tuple[list[Sentence], dict[int, int]]:
    """Numbered sentences with their paragraph; maps a spaCy sentence start to its number."""
    starts, offset = [], 0
    for paragraph in article.paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    sentences, index_of = [], {}
    paragraph = 0
    for sent in doc_sentences(doc):
        raw = span_text(sent)
        text = raw.strip()
        if not text:
            continue
        while paragraph + 1 < len(starts) and sent.start_char >= starts[paragraph + 1]:
            paragraph += 1
        index_of[sent.start] = len(sentences)
        sentences.append(Sentence(len(sentences), paragraph, text, bool(doc[sent.end - 1].whitespace_) or raw != raw.rstrip()))
    return sentences, index_of


def _sentence_no(token, index_of: dict[int, int]) -> int:
    return index_of.get(sentence_start(token), 0)


@dataclass(frozen=True)
class _Name:
    name: str
    type: str
    surface: str
    start: int
    end: int


def _entity_names(doc, gazetteer: Gazetteer) -> list[_Name]:
    """Canonical names of the people, organisations and places the doc names."""
    known_types = gazetteer.types
    common_words = doc_columns(doc).lowercase_words()
    raw = []
    for ent, start in _with_nationality(doc):
        surface = text_between(doc, start, ent.end)
        if ent.ent_id_ and ent.ent_id_ in known_types:
            raw.append(_Name(ent.ent_id_, known_types[ent.ent_id_], surface, start, ent.end))
            continue
        kind = _retyped(doc, start, surface, TYPES.get(ent.label_))
        if not kind or not plausible(surface, ent.label_) or (len(ent) == 1 and ent.root.pos_ == "ADJ"):
            continue
        name = clean_person(surface) if kind == "person" else clean_name(surface)
        if name in known_types or fold(name) in gazetteer.by_fold:
            name, kind = (name, known_types[name]) if name in known_types else gazetteer.by_fold[fold(name)]
            raw.append(_Name(name, kind, surface, start, ent.end))
        elif name and plausible(name, ent.label_) and name.lower() not in common_words:
            raw.append(_Name(name, kind, surface, start, ent.end))
    raw = _one_type_per_name(raw, known_types)
    raw = _absorb_first_names(doc, raw, known_types)
    surnames = merge_surnames([n.name for n in raw if n.type == "person"])
    full = lambda n: surnames.get(n.name, n.name) if n.type == "person" else n.name  # noqa: E731
    by_fold: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for n in raw:
        by_fold[(n.type, fold(full(n)))][full(n)] += 1
    display = {key: max(c.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] for key, c in by_fold.items()}
    out = []
    for n in raw:
        name = full(n)
        if n.name not in known_types:
            name = display[(n.type, fold(name))]
        out.append(_Name(name, n.type, n.surface, n.start, n.end))
    return out


def _with_nationality(doc):
    """(entity, start token) per entity; an organisation right after a nationality word starts
    there ("Ukrainian" + "Greek Catholic Church"): the model often leaves the word out."""
    for ent in entities(doc):
        before = doc[ent.start - 1] if ent.start else None
        joined = (
            ent.label_ == "ORG" and before is not None and before.is_title
            and before.dep_ in ("compound", "amod") and ent.start <= before.head.i < ent.end
            and (before.ent_type_ == "NORP" or NATIONALITY.search(before.text))
        )
        yield ent, ent.start - 1 if joined else ent.start


def _retyped(doc, start: int, surface: str, kind: str | None) -> str | None:
    """The model's type, corrected from the words around the name: after "analyst" or
    "spokesman", or behind a personal title ("Major Archbishop Shevchuk"), it is a person;
    after "Panama-flagged" or "tanker", a ship, none of our types."""
    before = doc[start - 1] if start else None
    if before is not None and (before.lower_.endswith("flagged") or before.lower_ in VESSELS):
        return None
    if kind in ("organization", "place") and (
        PERSONAL_TITLE.match(surface) or (before is not None and before.pos_ == "NOUN" and before.lower_ in HUMAN_NOUNS)
    ):
        return "person"
    return kind


def _one_type_per_name(raw: list[_Name], known_types: dict[str, str]) -> list[_Name]:
    """A name the model types differently across one article ("Krasnodar officials" as an
    organisation, "the Krasnodar region" as a place) takes its most frequent type, on a tie
    the type of its first mention."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for n in raw:
        counts[fold(n.name)][n.type] += 1  # a Counter keeps first-mention order on ties
    chosen = {key: c.most_common(1)[0][0] for key, c in counts.items()}
    return [n if n.name in known_types else _Name(n.name, chosen[fold(n.name)], n.surface, n.start, n.end) for n in raw]


def _absorb_first_names(doc, raw: list[_Name], known_types: dict[str, str]) -> list[_Name]:
    """'Mykhaylo Podolyak' where the gazetteer knows 'Podolyak': the model tags the unlisted
    first name on its own (often as a place); it belongs to the listed person."""
    out = []
    for k, n in enumerate(raw):
        following = raw[k + 1] if k + 1 < len(raw) else None
        if (
            following is not None
            and n.end == following.start
            and n.end - n.start == 1
            and n.name not in known_types
            and following.type == "person"
            and following.name in known_types
            and doc[n.start].is_title
        ):
            out.append(_Name(following.name, "person", n.surface, n.start, n.end))
            continue
        out.append(n)
    return out


def _entity_refs(names: list[_Name], index_of: dict[int, int], doc) -> tuple[EntityRef, ...]:
    grouped: dict[tuple[str, str], list[_Name]] = defaultdict(list)
    for n in names:
        grouped[(n.name, n.type)].append(n)
    refs = []
    for (name, kind), mentions in grouped.items():
        sentences = sorted({_sentence_no(doc[m.start], index_of) for m in mentions})
        aliases = sorted({clean_name(m.surface) for m in mentions} - {name})
        refs.append(EntityRef(name, kind, len(mentions), tuple(sentences), tuple(aliases)))
    return tuple(sorted(refs, key=lambda r: (-r.count, r.name)))


def _is_future(token) -> bool:
    """Whether a date speaks of what is to come: its verb takes "will", or is planned, expected
    or scheduled, or is governed by such a verb ("plans to announce on Wednesday")."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            kids = {c.lemma_.lower() for c in node.children if c.dep_ in ("aux", "auxpass")}
            planned = node.dep_ == "xcomp" and node.head.lemma_.lower() in FUTURE_WORDS
            return bool(kids & {"will", "shall"}) or node.lemma_.lower() in FUTURE_WORDS - {"will", "shall"} or planned
    return False


def _dates(doc, published: str | None, index_of: dict[int, int]) -> list[tuple[object, DateRef]]:
    """Each date expression (a DATE/TIME entity, split at commas) with its resolution."""
    refs, full_text = [], doc_text(doc)
    for ent in entities(doc):
        if ent.label_ not in ("DATE", "TIME") or "\n" in span_text(ent):
            continue
        for part in _parts(ent):
            surface = span_text(part)
            if not date_expression(surface):
                continue
            text = surface + ("-long" if full_text[part.end_char:part.end_char + 5] == "-long" else "")
            resolved = resolve(text, published, _is_future(part.root))
            refs.append((part, DateRef(surface, resolved.date, resolved.precision, resolved.relation, _sentence_no(part[0], index_of))))
    return refs


def _parts(ent):
    """'this week, days' is two expressions; 'February 28, 2022' is one."""
    doc, start = ent.doc, ent.start
    for token in ent:
        year_follows = token.i + 1 < ent.end and re.fullmatch(r"\d{4}", doc[token.i + 1].text)
        if token.text in (",", ";") and not year_follows:
            if token.i > start:
                yield Span(doc, start, token.i, label=ent.label_)
            start = token.i + 1
    if start < ent.end:
        yield Span(doc, start, ent.end, label=ent.label_)


def _figures(doc, index_of: dict[int, int]) -> Iterator[Figure]:
    previous: dict[int, str] = {}
    for ent in entities(doc):
        if ent.label_ not in FIGURE_LABELS or "\n" in span_text(ent):
            continue
        if ent.label_ in ("DATE", "TIME") and not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b", span_text(ent), re.I):
            continue
        sentence = _sentence_no(ent[0], index_of)
        found = figure_of(ent, previous.get(sentence))
        if found:
            value, text, counts, qualifier = found
            previous[sentence] = counts
            yield Figure(value, text, counts, qualifier, sentence)


def _titles(doc, name: _Name) -> set[str]:
    """Title words of one mention of a person: in its span and not in the name ("Archbishop"
    of "Archbishop Shevchuk"), or the capitalised words right before it ("President" before a
    gazetteer match of "Volodymyr Zelensky")."""
    words = set(name.surface.lower().split()) - set(name.name.lower().split())
    i = name.start - 1
    while i >= 0 and doc[i].is_title and TITLES.match(doc[i].text + " "):
        words.add(doc[i].lower_)
        i -= 1
    return words


class _Names:
    """The canonical name covering each token: a lookup per token, built once per doc."""

    def __init__(self, names: list[_Name], doc):
        self.all = names
        self.at = {i: n for n in names for i in range(n.start, n.end)}
        self.titles = {n.start: _titles(doc, n) for n in names if n.type == "person"}

    def around(self, token, deps: tuple[str, ...]) -> list[_Name]:
        """The names covering `token` and its children of the dependency types `deps`, in that order."""
        return [self.at[t.i] for t in (token, *(c for c in token.children if c.dep_ in deps)) if t.i in self.at]

    def titled(self, token) -> str | None:
        """The person "the archbishop" or "the president" refers to: the last one named
        before `token` with that word in their title ("Major Archbishop Sviatoslav Shevchuk",
        "President Volodymyr Zelensky")."""
        if token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
            return None
        for n in reversed(self.all):
            if n.start < token.i and token.lower_ in self.titles.get(n.start, ()):
                return n.name
        return None

    def person(self, token) -> str | None:
        named = self.at.get(token.i) if token is not None else None
        return named.name if named and named.type == "person" else None


def _quotes(doc, names: _Names, index_of: dict[int, int]) -> Iterator[Quote]:
    """Direct quotes with their speaker, then reported statements ("X said that ...") of people.

    A quotation split over sentences ('"The war will not stop. It will just pause," he said')
    is one quote, attributed from any sentence it touches. A pronoun speaker is the person last
    speaking or last the subject of a sentence; "it" the organisation last speaking."""
    text = doc_text(doc)
    spans = quoted_spans(text)
    inside = lambda t: any(a <= t.idx < b for a, b in spans)  # noqa: E731
    sents = doc_sentences(doc)
    starts = [sent.start_char for sent in sents]
    state = {"person": None, "subject": None, "speaker": None, "it": None}

    def who(token) -> str | None:
        if token is None or inside(token):
            return None
        named = names.around(token, ("appos", "compound"))
        if named:
            return next((n for n in named if n.type == "person"), named[0]).name
        if token.lower_ in PRONOUNS:
            return state["subject"] or state["person"]
        if token.lower_ == "it":
            return state["it"]
        return names.titled(token)

    people = {n.name for n in names.all if n.type == "person"}
    people_in: dict[int, list[str]] = defaultdict(list)
    for n in names.all:
        if n.type == "person":
            people_in[sentence_start(doc[n.start])].append(n.name)
    by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in spans:
        by_sentence[bisect_right(starts, a) - 1].append((a, b))
    for k, sent in enumerate(sents):
        number = index_of.get(sent.start, 0)
        for a, b in by_sentence.get(k, []):
            last = bisect_right(starts, b) - 1
            speaker = next((w for w in (who(speaker_token(s, (a, b))) for s in sents[k:last + 1]) if w), None)
            if speaker is None and text[sent.start_char:a].strip() in "\"“‘«":
                speaker = state["speaker"]
            yield Quote(text[a:b].strip(), speaker, number)
            state["speaker"] = speaker or state["speaker"]
        reports = [(subject_of(verb), clause) for verb, clause in reported_clauses(sent, spans)]
        for subject, clause in reports + list(according_to(sent, spans)):
            reporter = who(subject)
            if reporter in people:
                yield Quote(span_text(clause), reporter, number, "reported")
                state["speaker"] = reporter
        _follow(sent, names, people_in.get(sent.start, []), state, inside)


def _follow(sent, names: _Names, people: list[str], state: dict, inside) -> None:
    """Update who a later pronoun may refer to after reading `sent` (naming `people`); a
    subject inside quotation marks (`inside`) is the speaker's words, not the story's."""
    subject = speaker_token(sent) or _main_subject(sent)
    if subject is not None and inside(subject):
        return
    named = next(iter(names.around(subject, ("appos",))), None) if subject is not None else None  # "the spokesman, John Kirby"
    titled = names.titled(subject) if subject is not None and named is None else None
    if named and named.type == "person":
        state["subject"] = named.name
    elif titled:
        state["subject"] = titled  # "The president said ...": the president named before
    elif named and subject.head.lemma_.lower() in SPEECH_VERBS:
        state["it"] = named.name
    elif subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in HUMAN_NOUNS:
        state["subject"] = state["person"] = None  # "The mayor of Lutsk ...": a person not named
        return
    if people:
        state["person"] = people[-1]
        if not (named and named.type == "person"):
            state["subject"] = state["person"]


def _main_subject(sent):
    """The first subject of the sentence's root verb."""
    at = positions_in(sent, _MAIN_SUBJECTS, lambda cols: cols.dep_is("nsubj") & cols.dep_is("ROOT")[cols.head])
    return sent.doc[at[0]] if at else None


def _speakers(quotes: tuple[Quote, ...], names: _Names) -> dict[int, str]:
    """The person each sentence quotes or reports, pronouns resolved ("He added Sunday that …")."""
    people = {n.name for n in names.all if n.type == "person"}
    speakers: dict[int, str] = {}
    for quote in quotes:
        if quote.speaker in people:
            speakers.setdefault(quote.sentence, quote.speaker)
    return speakers


def _mentions(doc, names: _Names, dated_ents: list[tuple[object, DateRef]], published: str | None, index_of: dict[int, int], speakers: dict[int, str]) -> Iterator[Mention]:
    typed = event_rules.typed(doc)
    dated: dict[int, list[tuple[DateRef, int]]] = defaultdict(list)
    for ent, ref in dated_ents:
        if ref.date and ref.precision in ("day", "week"):
            dated[sentence_start(ent[0])].append((ref, ent.start))
    names_by_sentence: dict[int, list[_Name]] = defaultdict(list)
    for n in names.all:
        names_by_sentence[sentence_start(doc[n.start])].append(n)
    for sent in doc_sentences(doc):
        if sent.start not in index_of:
            continue
        number = index_of[sent.start]
        found = typed.get(sent.start, [])
        token = speaker_token(sent)
        speaker = names.person(token) or speakers.get(number)
        if not found and dated.get(sent.start) and token is not None and speaker:
            found = [("statement", speaker, token.head.i)]
        found = _reported_speech(doc, found, dated.get(sent.start, []), speaker)
        for kind, trigger, token_i in found:
            nearest = _nearest([c for c in dated.get(sent.start, []) if not _precedes(doc[token_i], doc[c[1]])], token_i)
            choice = nearest[0] if nearest else None
            if choice is None:
                if number >= LEDE_SENTENCES or not published or dated.get(sent.start):
                    continue
                when, precision = published, "day"
            else:
                when, precision = choice.date, choice.precision
            in_sentence = names_by_sentence.get(sent.start, [])
            yield Mention(
                type=kind,
                date=when,
                precision=precision,
                trigger=trigger,
                places=tuple(sorted({n.name for n in in_sentence if n.type == "place"})),
                people=tuple(sorted({n.name for n in in_sentence if n.type == "person"})),
                sentence=number,
                kind=_kind(when, published),
            )


def _precedes(trigger, date_token) -> bool:
    """'talks on Monday, hours after a drone strike': the strike is before the dated clause,
    so the date is not the strike's. True when the trigger sits in an 'after'/'before'
    phrase that does not contain the date."""
    for node in [trigger, *trigger.ancestors]:
        if node.lower_ in ("after", "following", "before") and node.dep_ in ("prep", "mark"):
            return date_token not in node.subtree
        if node.pos_ in ("VERB", "AUX") and node is not trigger:
            return False
    return False


def _verb_of(token):
    return next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def _reported_speech(doc, found, dated, speaker: str | None):
    """'X said on Sunday that the talks would fail': the date is the saying's, so it is a
    statement by the sentence's `speaker`, not a happening of the type the reported clause names."""
    statements, kept = [], []
    for kind, trigger, token_i in found:
        nearest = _nearest(dated, token_i)
        verb = _verb_of(doc[nearest[1]]) if nearest else None
        reported = verb is not None and any(
            doc[token_i] in child.subtree for child in verb.children if child.dep_ == "ccomp"
        )
        if reported and verb.lemma_.lower() in SPEECH_VERBS and speaker:
            statements = [("statement", speaker, verb.i)]
            continue
        kept.append((kind, trigger, token_i))
    return kept + statements


def _nearest(candidates: list[tuple[DateRef, int]], token_i: int) -> tuple[DateRef, int] | None:
    """The dated expression closest to the trigger, with its token index."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs(c[1] - token_i), c[1]))


def _kind(when: str, published: str | None) -> str:
    if not published:
        return "mention"
    from datetime import date

    gap = (date.fromisoformat(published) - date.fromisoformat(when)).days
    return "report" if 0 <= gap <= REPORT_WINDOW_DAYS else "mention"


def _lede(doc, index_of: dict[int, int]) -> tuple[int, ...]:
    """2–3 sentences: frequent content words, favouring the opening (Luhn-style scoring)."""
    cols = doc_columns(doc)
    keys, key = cols.lemma_keys()
    content = cols.is_alpha & ~cols.is_stop & cols.pos_in(NOUN, PROPN, VERB)
    content &= ~numpy.isin(key, [k for k, lemma in enumerate(keys) if lemma in _STOP_LEMMAS])
    frequency = numpy.bincount(key[content], minlength=len(keys))
    weight = numpy.concatenate(([0], numpy.cumsum(numpy.where(cols.is_alpha, frequency[key], 0))))
    alpha = numpy.concatenate(([0], numpy.cumsum(cols.is_alpha)))
    text = doc_text(doc)
    scored = []
    for sent in doc_sentences(doc):
        if sent.start not in index_of:
            continue
        tokens = int(alpha[sent.end] - alpha[sent.start])
        if tokens < 8 or text[sent.start_char:sent.end_char].strip()[-1:] not in ".!?\"”’":
            continue
        number = index_of[sent.start]
        score = int(weight[sent.end] - weight[sent.start]) / math.sqrt(tokens) * (1.5 if number < 3 else 1.0) / (1 + number * 0.05)
        scored.append((score, number))
    best = sorted(scored, key=lambda s: (-s[0], s[1]))[:LEDE_SENTENCES]
    return tuple(sorted(n for _, n in best))
