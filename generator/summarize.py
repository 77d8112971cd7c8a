"""Parse articles with spaCy and turn each Doc into a Summary; spaCy objects stop here."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy
from spacy.symbols import NOUN, PROPN, VERB

from .config import Gazetteer
from .errors import Problem
from .models import Article, Conflict, DateRef, EntityRef, Figure, Mention, Sentence, Summary
from .nlp import events as event_rules
from .nlp import speakers
from .nlp.date_spans import dated_spans, run_into, since_the_article
from .nlp.dates import Resolved
from .nlp.views import columns as doc_columns
from .nlp.views import entities, given_text, span_text
from .nlp.views import text as doc_text
from .nlp.entities import clean_name
from .nlp.naming import Name, entity_names, lower_case_bodies, named_countries
from .nlp.figures import LABELS as FIGURE_LABELS
from .nlp.figures import couple_of, figure_of
from .nlp.model import load
from .nlp.quotes import SPEECH_VERBS, speaker_token
from .nlp.sentences import sentence_start
from .places import country_codes
from .nlp.sentences import sentences as doc_sentences

BATCH_SIZE = 16
LEDE_SENTENCES = 3
RETOLD_WITHIN = 8  # sentences within which a story retells, dated, the saying its first sentence opened with
REPORT_WINDOW_DAYS = 2
SPEAKING_VERBS = {"speak", "talk", "address", "write", "post"}  # participles of an occasion of speech
_STOP_LEMMAS = {"say", "be", "have", "do", "also", "would", "could", "will"}


def summarize_all(articles: Iterable[Article], gazetteer: Gazetteer, conflict: Conflict = Conflict()) -> tuple[list[Summary], list[Problem]]:
    """Summaries in the order of `articles`; the model is loaded once per process. An article
    whose extraction fails is reported and left out; it never stops the others. `conflict` is
    the briefing's (days of its war count from its start)."""
    articles = list(articles)
    nlp = load(gazetteer.json)
    summaries, problems = [], []
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE)):
        try:
            summaries.append(summarize(article, doc, gazetteer, conflict))
        except Exception as err:  # a bug on one article must not lose the others
            problems.append(Problem(article.path, None, "E201", "error", f"extraction failed: {type(err).__name__}: {err}", "report this article with the build log"))
    return summaries, problems


def summarize(article: Article, doc, gazetteer: Gazetteer, conflict: Conflict = Conflict()) -> Summary:
    given_text(doc, article.text)
    sentences, index_of = _sentences(article, doc)
    countries = named_countries(doc, gazetteer)
    names = entity_names(doc, gazetteer, country_codes(countries))
    entities = _entity_refs(names, index_of, doc)
    dated_ents = [(span, _date_ref(span, resolved, index_of)) for span, resolved in dated_spans(doc, article.published, countries, conflict)]
    dates = [ref for _, ref in dated_ents]
    names = speakers.Names(names, doc, speakers.roles_held(gazetteer.roles, article.published), lower_case_bodies(doc, gazetteer))
    quotes = tuple(speakers.quotes(doc, names, index_of))
    return Summary(
        article_id=article.id,
        title=article.title,
        sentences=tuple(sentences),
        lede=_lede(doc, index_of),
        entities=entities,
        dates=tuple(dates),
        figures=tuple(_figures(doc, index_of)),
        quotes=quotes,
        mentions=_mentions(doc, names, dated_ents, article.published, index_of, speakers.by_sentence(quotes, names)),
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


def _entity_refs(names: list[Name], index_of: dict[int, int], doc) -> tuple[EntityRef, ...]:
    grouped: dict[tuple[str, str], list[Name]] = defaultdict(list)
    for n in names:
        grouped[(n.name, n.type)].append(n)
    refs = []
    for (name, kind), mentions in grouped.items():
        sentences = sorted({_sentence_no(doc[m.start], index_of) for m in mentions})
        aliases = sorted({clean_name(m.surface) for m in mentions} - {name})
        refs.append(EntityRef(name, kind, len(mentions), tuple(sentences), tuple(aliases)))
    return tuple(sorted(refs, key=lambda r: (-r.count, r.name)))


def _date_ref(span, resolved: Resolved, index_of: dict[int, int]) -> DateRef:
    return DateRef(span_text(span), resolved.date, resolved.precision, resolved.relation, _sentence_no(span[0], index_of))


def _figures(doc, index_of: dict[int, int]) -> list[Figure]:
    """The doc's figures in the order they stand: its number entities' and its "a couple of"s."""
    found = [(ent.start, figure) for ent, figure in _entity_figures(doc, index_of)]
    for i in map(int, numpy.flatnonzero(doc_columns(doc).lower_in({"couple"}))):
        if couple := couple_of(doc[i]):
            found.append((i, Figure(*couple, _sentence_no(doc[i], index_of))))
    return [figure for _, figure in sorted(found, key=lambda pair: pair[0])]


def _entity_figures(doc, index_of: dict[int, int]) -> Iterator[tuple[object, Figure]]:
    previous: dict[int, str] = {}
    for ent in entities(doc):
        if ent.label_ not in FIGURE_LABELS or "\n" in span_text(ent):
            continue
        if ent.label_ in ("DATE", "TIME") and (not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b", span_text(ent), re.I) or run_into(ent) is not None):
            continue
        sentence = _sentence_no(ent[0], index_of)
        found = figure_of(ent, previous.get(sentence))
        if found:
            value, text, counts, qualifier = found
            previous[sentence] = counts
            yield ent, Figure(value, text, counts, qualifier, sentence)


def _mentions(doc, names: speakers.Names, dated_ents: list[tuple[object, DateRef]], published: str | None, index_of: dict[int, int], speaking: dict[int, str]) -> tuple[Mention, ...]:
    """The typed mentions of the article, each dated; "X has said …" opening the story is a
    statement of the article's day, unless the story tells X's saying again, dated, within its
    first sentences."""
    typed = event_rules.typed(doc)
    dated: dict[int, list[tuple[DateRef, int]]] = defaultdict(list)
    back_dated = set()  # "comes a week after …": the date of what follows "after", not of the rest
    for ent, ref in dated_ents:
        if ref.date and ref.precision in ("day", "week"):
            dated[sentence_start(ent[0])].append((ref, ent.start))
            if since_the_article(ent):
                back_dated.add(ent.start)
    found_mentions, lede = [], None
    names_by_sentence: dict[int, list[Name]] = defaultdict(list)
    for n in names.all:
        names_by_sentence[sentence_start(doc[n.start])].append(n)
    for sent in doc_sentences(doc):
        if sent.start not in index_of:
            continue
        number = index_of[sent.start]
        found = typed.get(sent.start, [])
        token = speaker_token(sent)
        speaker = names.person(token) or speaking.get(number)
        opening = number == 0 and not dated.get(sent.start) and _says(token) and speaker in _persons_at(token, names)
        if not found and (dated.get(sent.start) or opening) and token is not None and speaker:
            found = [("statement", speaker, token.head.i)]
        found = _reported_speech(doc, found, dated.get(sent.start, []), speaker)
        for kind, trigger, token_i in found:
            candidates = [c for c in dated.get(sent.start, []) if not _precedes(doc[token_i], doc[c[1]]) and (c[1] not in back_dated or token_i > c[1])]
            if kind == "statement":  # "X said diplomats knew as early as July 25": the knowing's date, not the saying's
                candidates = [c for c in candidates if c[0].date == published or not _reported(doc[token_i], doc[c[1]])]
            nearest = _nearest(candidates, token_i)
            choice = nearest[0] if nearest else None
            if choice is None:
                if number >= LEDE_SENTENCES or not published or dated.get(sent.start):
                    continue
                when, precision = published, "day"
            else:
                when, precision = choice.date, choice.precision
            in_sentence = names_by_sentence.get(sent.start, [])
            found_mentions.append(Mention(
                type=kind,
                date=when,
                precision=precision,
                trigger=trigger,
                places=tuple(sorted({n.name for n in in_sentence if n.type == "place"})),
                people=tuple(sorted({n.name for n in in_sentence if n.type == "person"})),
                sentence=number,
                kind=_kind(when, published),
            ))
            if opening and kind == "statement":
                lede = found_mentions[-1]
    if lede is not None and any(m.type == "statement" and m.trigger == lede.trigger and 0 < m.sentence < RETOLD_WITHIN for m in found_mentions):
        found_mentions.remove(lede)  # "Putin has said …" told further down as "Putin on Friday said …"
    return tuple(found_mentions)


def _persons_at(token, names: speakers.Names) -> set[str]:
    """The person a subject names, itself or in apposition ("The minister Oleksii Reznikov")."""
    return {names.person(t) for t in (token, *token.children) if t is token or t.dep_ == "appos"} - {None}


def _says(token) -> bool:
    """Whether a sentence's speaker token is the subject of its main verb, a speech verb
    ("Zelensky has said …"; not "Six months after Putin announced …", "the woman Russia says
    blew up …")."""
    if token is None:
        return False
    subject = token.head if token.dep_ in ("appos", "compound") and token.head.dep_ == "nsubj" else token  # "The minister Oleksii Reznikov"
    return subject.dep_ == "nsubj" and subject.head.dep_ == "ROOT" and subject.head.lemma_.lower() in SPEECH_VERBS


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


def _reported(verb, date_token) -> bool:
    """Whether a date tells when what a speech verb reports happened: it follows the verb of the
    clausal complement ("said diplomats knew as early as July 25", "Lawmakers began signing on
    June 30, Jacobs tweeted"); not one before it, which the parser often takes into the clause
    ("said on Monday his company would exit", "“Today, there is a beacon,” Guterres said"), nor
    one of another saying there ("asked about his claim he would never use them, responded last
    night: …")."""
    own = _verb_of(date_token)
    if own is not None and own.lemma_.lower() in SPEECH_VERBS:
        return False
    return any(date_token in child.subtree and date_token.i > child.i for child in verb.children if child.dep_ == "ccomp")


def _verb_of(token):
    """The verb a token hangs on; "Speaking at a meeting on Monday, X said …": the saying's."""
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEAKING_VERBS:
        return verb.head
    return verb


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
