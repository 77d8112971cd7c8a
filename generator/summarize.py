"""Parse articles with spaCy and turn each Doc into a Summary; spaCy objects stop here."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Span

from .config import Gazetteer
from .errors import Problem
from .models import Article, DateRef, EntityRef, Figure, Mention, Quote, Sentence, Summary
from .nlp import events as event_rules
from .nlp.views import columns as doc_columns
from .nlp.views import entities, given_text, positions_in, span_text
from .nlp.views import text as doc_text
from .nlp.dates import HOLIDAY_NAME, date_expression, holiday, resolve
from .nlp.entities import TITLES, clean_name, fold
from .nlp.naming import HUMAN_NOUNS, Name, entity_names, named_countries
from .nlp.figures import LABELS as FIGURE_LABELS
from .nlp.figures import figure_of
from .nlp.model import load
from .nlp.quotes import SPEECH_VERBS, according_to, quoted_spans, reported_clauses, reporter_of, speaker_token, subject_of
from .nlp.sentences import sentence_start
from .nlp.sentences import sentences as doc_sentences

BATCH_SIZE = 16
LEDE_SENTENCES = 3
REPORT_WINDOW_DAYS = 2
FUTURE_WORDS = {"will", "shall", "expect", "schedule", "slate", "due", "plan", "set", "intend"}
PRONOUNS = {"he", "she"}
CATAPHORA_TOKENS = 120  # "…, Russia's deputy foreign minister said": named in the next sentences
INDEFINITE = {"a", "an", "one", "another"}
# title words that make another office of the same noun: a deputy minister is not the minister
RANKS = {"deputy", "vice", "former", "acting", "opposition", "first", "ex"}
DEICTIC = {"this", "last", "next", "past", "coming", "previous"}
PERIODS = {"week", "weekend", "month", "year", "summer", "winter", "spring", "autumn", "fall", "morning", "afternoon", "evening"}
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
    countries = named_countries(doc, gazetteer)
    names = entity_names(doc, gazetteer, countries)
    entities = _entity_refs(names, index_of, doc)
    dated_ents = _dates(doc, article.published, index_of, countries)
    dates = [ref for _, ref in dated_ents]
    names = _Names(names, doc, gazetteer.roles)
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


def _is_future(token) -> bool:
    """Whether a date speaks of what is to come: its verb takes "will", or is planned, expected
    or scheduled, or is governed by such a verb ("plans to announce on Wednesday")."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            kids = {c.lemma_.lower() for c in node.children if c.dep_ in ("aux", "auxpass")}
            planned = node.dep_ == "xcomp" and node.head.lemma_.lower() in FUTURE_WORDS
            return bool(kids & {"will", "shall"}) or node.lemma_.lower() in FUTURE_WORDS - {"will", "shall"} or planned
    return False


def _dates(doc, published: str | None, index_of: dict[int, int], countries: tuple[str, ...]) -> list[tuple[object, DateRef]]:
    """Each date expression (a DATE/TIME entity, split at commas, or a holiday the model calls
    an EVENT) with its resolution."""
    refs, full_text = [], doc_text(doc)
    for ent in entities(doc):
        if ent.label_ not in ("DATE", "TIME", "EVENT") or "\n" in span_text(ent):
            continue
        for part in _parts(ent):
            surface = span_text(part)
            resolved = holiday(surface, published, countries) if HOLIDAY_NAME.search(surface) else None
            if resolved is None:
                if ent.label_ == "EVENT" or not date_expression(surface):
                    continue
                text = surface + ("-long" if full_text[part.end_char:part.end_char + 5] == "-long" else "")
                resolved = resolve(text, published, _is_future(part.root))
            refs.append((part, DateRef(surface, resolved.date, resolved.precision, resolved.relation, _sentence_no(part[0], index_of))))
    return refs


def _parts(ent):
    """'this week, days', 'between 2022 and 2025' and 'between Friday and Sunday' are two
    expressions; 'February 28, 2022' is one. A deictic word the model left out of a period
    ("this" + "week's") belongs to it."""
    doc, start, between = ent.doc, ent.start, False
    if start and doc[start - 1].lower_ in DEICTIC and ent[0].lower_ in PERIODS and not doc[start - 1].ent_type_:
        start -= 1
    for token in ent:
        year_follows = token.i + 1 < ent.end and re.fullmatch(r"\d{4}", doc[token.i + 1].text)
        ends_range = token.lower_ == "and" and (between or year_follows)  # "between 2022 and 2025", "1917 and 1991"
        between = between or token.lower_ == "between"
        if token.lower_ == "between" or ends_range or token.text == ";" or (token.text == "," and not year_follows):
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


def _titles(doc, name: Name) -> set[str]:
    """Title words of one mention of a person: in its span and not in the name ("Archbishop"
    of "Archbishop Shevchuk"), or the capitalised words right before it ("President" before a
    gazetteer match of "Volodymyr Zelensky")."""
    words = set(name.surface.lower().split()) - set(name.name.lower().split())
    i = name.start - 1
    while i >= 0 and ((doc[i].is_title and (TITLES.match(doc[i].text + " ") or doc[i].ent_type_ == "NORP")) or doc[i].lower_ in HUMAN_NOUNS):
        words.add(doc[i].lower_)  # "Croatian President", "Foreign Ministry spokeswoman"
        i -= 1
    return words


def _akin(a: str, b: str, letters: int) -> bool:
    """"russia" and "russian", "france" and "french" (with `letters` 2): one word, or words of one stem."""
    return a == b or (min(len(a), len(b)) >= 4 and a[:letters] == b[:letters])


def _bare_definite(token) -> bool:
    """"the ministry", "the diplomat": a noun with "the" and nothing else, which names again
    someone the story has named."""
    return token.pos_ == "NOUN" and [c.lower_ for c in token.children] == ["the"]


class _Names:
    """The canonical name covering each token: a lookup per token, built once per doc."""

    def __init__(self, names: list[Name], doc, roles: dict[str, str]):
        self.all = names
        self.at = {i: n for n in names for i in range(n.start, n.end)}
        self.titles = {n.start: _titles(doc, n) | set(roles.get(n.name, "").lower().split()) for n in names if n.type == "person"}
        self.nationalities = {t.lower_ for ent in entities(doc) if ent.label_ == "NORP" for t in ent}
        self.people = {n.name for n in names if n.type == "person"}
        self.unnamed: dict[str, list[int]] | None = None  # noun -> where "a …", "one …" holds it, in order
        self.surnamed: dict[str, list[Name]] = defaultdict(list)
        for n in names:
            if n.type == "person" and " " in n.name:
                self.surnamed[fold(n.name.split()[-1])].append(n)

    def around(self, token, deps: tuple[str, ...]) -> list[Name]:
        """The names covering `token` and its children of the dependency types `deps`, in that order."""
        return [self.at[t.i] for t in (token, *(c for c in token.children if c.dep_ in deps)) if t.i in self.at]

    def titled(self, token) -> str | None:
        """The person "the archbishop" or "Russia's deputy foreign minister" refers to: the
        last one named before `token` whose title (as written, or as the gazetteer's role) has
        its words ("Major Archbishop Sviatoslav Shevchuk", "President Volodymyr Zelensky"),
        unless someone unnamed took that noun since ("One European minister …"); failing that,
        the first one the next sentences name ("Deputy Foreign Minister Mikhail Galuzin")."""
        if token.pos_ != "NOUN" or not (token.lower_ in HUMAN_NOUNS or TITLES.match(token.text + " ")):
            return None
        owner = [c.lower_ for c in token.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")]
        if not owner and not any(c.lower_ == "the" for c in token.children):
            return None
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
        countries = owner + [c.lower_ for c in modifiers if c.ent_type_ == "NORP"]
        words = {c.lower_ for c in modifiers if c.ent_type_ != "NORP"}
        of = [t.lower_ for c in token.children if c.lower_ == "of" for t in c.subtree if t.pos_ in ("NOUN", "PROPN")]

        def fits(n: Name, later: bool = False) -> bool:
            titles = self.titles.get(n.start, set())
            if token.lower_ not in titles or titles & RANKS - words or not words - RANKS <= titles:
                return False
            if not all(any(_akin(w, t, 4) for t in titles) for w in of):  # "the foreign minister of Moldova"
                return False
            if not later:
                return all(any(_akin(w, t, 2) for t in titles) for w in countries)  # "Russia's": "Russian", "of Russia"
            # every word of the role is in the title: no other nationality may be
            return not countries or not any(t in self.nationalities and not any(_akin(w, t, 2) for w in countries) for t in titles)

        before = next((n for n in reversed(self.all) if n.start < token.i and fits(n)), None)
        if self._unnamed_since(token, before.start if before is not None else 0):
            return None
        if before is not None:
            return before.name
        end = token.sent.end
        later = [n for n in self.all if end <= n.start < end + CATAPHORA_TOKENS]
        return next((n.name for n in later if fits(n, later=True)), None)

    def _unnamed_since(self, token, since: int) -> bool:
        """Whether someone unnamed was called by `token`'s noun between token `since` and it
        ("One European foreign minister, who asked not to be named, …")."""
        if self.unnamed is None:  # built on first use: most docs never ask
            held_by: dict[str, set[int]] = defaultdict(set)
            for t in token.doc:
                if t.lower_ in INDEFINITE and t.head.i != t.i:
                    held_by[t.head.lower_].add(t.head.i)
            self.unnamed = {noun: sorted(at) for noun, at in held_by.items()}
        held = self.unnamed.get(token.lower_, [])
        return bisect_left(held, token.i) > bisect_left(held, since)

    def described(self, token) -> str | None:
        """The organisation "the ministry" refers to: the last one named before `token` with
        that word in its name ("the Russian Ministry of Defense said …")."""
        if not _bare_definite(token):
            return None
        for n in reversed(self.all):
            if n.start < token.i and n.type == "organization" and token.lower_ in f"{n.surface} {n.name}".lower().split():
                return n.name
        return None

    def by_surname(self, token) -> str | None:
        """The one person named before whose surname `token` is, when the model did not tag it
        ("Rear Adm Parry said")."""
        if token.pos_ != "PROPN":
            return None
        found = {n.name for n in self.surnamed.get(fold(token.text), ()) if n.start < token.i}
        return found.pop() if len(found) == 1 else None

    def apposed(self, token) -> str | None:
        """"Baerbock, a member of the Greens, said": the parser takes the role for the subject
        and hangs the person named before it on the verb."""
        before = token.left_edge.i - 2
        named = self.at.get(before) if token.pos_ == "NOUN" and before >= 0 and token.doc[before + 1].text == "," else None
        return named.name if named and named.type == "person" and token.doc[before].head == token.head else None

    def person(self, token) -> str | None:
        named = self.at.get(token.i) if token is not None else None
        return named.name if named and named.type == "person" else None


def _quotes(doc, names: _Names, index_of: dict[int, int]) -> Iterator[Quote]:
    """Direct quotes with their speaker, then reported statements ("X said that ...") of people.

    A quotation split over sentences ('"The war will not stop. It will just pause," he said')
    is one quote, attributed from any sentence it touches. A pronoun speaker is the person last
    speaking or last the subject of a sentence; "it" the organisation last speaking."""
    text = doc_text(doc)
    people = names.people
    spans = quoted_spans(text)
    inside = lambda t: any(a <= t.idx < b for a, b in spans)  # noqa: E731
    sents = doc_sentences(doc)
    starts = [sent.start_char for sent in sents]
    state = {"person": None, "subject": None, "speaker": None, "it": None}

    def who(token) -> str | None:
        if token is None or inside(token):
            return None
        # a place speaks as the subject ("Moscow said") or through a person ("a US official said"),
        # not as a modifier of a thing ("The Geneva Convention states")
        human = token.lemma_.lower() in HUMAN_NOUNS
        named = [n for n in names.around(token, ("appos", "compound")) if n.type != "place" or human or n.start <= token.i < n.end]
        if named:
            return next((n for n in named if n.type == "person"), named[0]).name
        if token.lower_ in PRONOUNS or token.lower_ == "it":
            reporter = who(reporter_of(token))  # "Moscow said it had decided …, saying …"
            if reporter and (reporter in people) == (token.lower_ != "it"):
                return reporter  # known slip: "Kuleba said she had warned", of a woman named before
        if token.lower_ in PRONOUNS:
            return state["subject"] or state["person"]
        if token.lower_ == "it":
            return state["it"]
        return names.titled(token) or names.described(token) or names.by_surname(token) or names.apposed(token)

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
            subjects = [speaker_token(s, (a, b)) for s in sents[k:last + 1]]
            speaker = next((w for w in map(who, subjects) if w), None)
            if speaker is None and text[sent.start_char:a].strip() in "\"“‘«" and not any(subjects):
                speaker = state["speaker"]  # no one else is said to speak: the last speaker goes on
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
    main = _main_subject(sent)  # "After Trump remarked that …, Carney fired back": Carney
    subject = main if main is not None and names.person(main) else speaker_token(sent) or main
    if subject is not None and inside(subject):
        return
    # "the spokesman, John Kirby"; "The UN trade chief, Rebeca Grynspan warned" (two subjects to the parser)
    named = next(iter(names.around(subject, ("appos",)) + names.around(subject.head, ("nsubj",))), None) if subject is not None else None
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
    speakers: dict[int, str] = {}
    for quote in quotes:
        if quote.speaker in names.people:
            speakers.setdefault(quote.sentence, quote.speaker)
    return speakers


def _mentions(doc, names: _Names, dated_ents: list[tuple[object, DateRef]], published: str | None, index_of: dict[int, int], speakers: dict[int, str]) -> Iterator[Mention]:
    typed = event_rules.typed(doc)
    dated: dict[int, list[tuple[DateRef, int]]] = defaultdict(list)
    for ent, ref in dated_ents:
        if ref.date and ref.precision in ("day", "week"):
            dated[sentence_start(ent[0])].append((ref, ent.start))
    names_by_sentence: dict[int, list[Name]] = defaultdict(list)
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
