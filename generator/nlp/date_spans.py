"""Find the date expressions of a parsed Doc and resolve each: which spans name a time, how
the model's entities split into expressions or join across its gaps, and the tense of the
clause each sits in, which `dates.resolve` needs to place a weekday or a month."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import numpy
from spacy.tokens import Span

from ..models import Conflict
from ..places import country_codes
from .dates import EDGE, HOLIDAY_NAME, HOUR_KINDS, MONTH_NAME, NUMBERS, ONE_MORE, ORDINAL_NUMBER, UNIT, WITHIN_THE, Resolved, counted_from, counts_back, date_expression, days_named, holiday, month_number, normalize_expression, resolve, weekday
from .entities import DASHES, clean_name
from .quotes import OPENING_MARKS
from .sentences import sentence_of, sentence_start
from .views import columns as doc_columns
from .views import entities, span_text
from .views import text as doc_text

FUTURE_WORDS = {"will", "shall", "expect", "schedule", "slate", "due", "plan", "set", "intend"}
# verbs of the calendar, which in the present tense speak of what is to come ("falls on Wednesday")
CALENDAR_VERBS = {"fall", "mark", "begin", "start", "end", "expire", "run", "open", "close", "last"}
PRESENT_MODALS = {"can", "may", "must"}  # "can be delivered on July 5"
THAT_DAY = {"that day", "the same day", "that same day"}
# "in August 2016 … that year's election", "on 3 April … Later that month"
THAT_PERIOD = {f"{when}{that} {unit}": unit for unit in ("month", "year") for that in ("that", "the same", "that same") for when in ("", "later ", "earlier ", "late ", "early ")}
FINENESS = ("day", "week", "month", "year")
# a part of the day the story told last, however far back: "On Saturday … Earlier in the day, …"
IN_THE_DAY = {f"{when} {day}" for when in ("earlier", "later", "early", "late") for day in ("in the day", "that day")}
# adverbs that say only that something is to come ("will soon be completed"), when not narrative ("soon after")
SOON = {"soon", "shortly", "someday"}
# "her life changed overnight", "practically overnight": suddenly, not last night
SUDDEN = {"change", "vanish", "disappear", "collapse", "transform", "become", "turn", "grow", "gain", "get", "happen", "bring", "destroy", "write"}
MANNER = {"practically", "almost", "virtually", "literally", "nearly", "seemingly", "simply"}
NOT_SOON = {"after", "afterwards", "afterward", "thereafter", "before", "as", "than", "enough"}
NEAR_FUTURE = {"the", "near", "foreseeable", "immediate", "distant", "not", "too", "-", "very", "nearest"}
OPEN_MODALS = {"would", "could", "might", "should", "can", "may", "must"}  # a date under one may be either side of the article's
MODALS = {"will", "shall", "would", "should", "may", "might", "can", "must", "'ll", "’ll"}
_UNIT_WORD = re.compile(rf"^(?:{UNIT}|decades?)$")
_ONE_MORE_UNIT = re.compile(rf"{ONE_MORE} {UNIT}")  # a duration after "for": "for another day"
# words before "last year" that make it part of a longer expression ("the same period last year")
PART_OF = {"of", "period", "time", "season", "quarter"}
DAY_PARTS = {"hour", "night", "morning", "afternoon", "evening"}  # "the early hours of Tuesday"
RANGE_WORDS = {"to", "through", "until", "till"}
DEICTIC = {"this", "last", "next", "past", "coming", "previous"}
# happenings a month may name ("the November summit"), which may be to come or past
EVENT_NOUNS = {"summit", "election", "elections", "vote", "balloting", "ballot", "meeting", "talks", "referendum", "conference", "poll", "session", "visit", "deadline", "offensive", "counteroffensive", "exercise", "drills"}
RUN_IN_STARTS = {"for", "early", "late", "one", "on"}  # words that open a date after a noun phrase
EDGE_WORDS = {"early", "late", "first", "last", "next", "same", "previous", "final", "whole", "entire"}
OF_A_THING = {"his", "her", "their", "its", "the", "a", "an", "this", "that"}  # "the last month of his premiership"
PROGRAMMES = {"programme", "program", "show"}
RELATIVE_AFTER = {"ago", "before", "after", "later", "earlier", "since", "on", "into", "from", "of"}  # "a year before the war": a time, no rate
FIRST_STRETCH = ("early ", "first ", "initial ")  # "its early years": the first stretch of something past
# "the following day" (or "the next day"): the unit each names the next of
NEXT_OF = {"day": "day", "morning": "day", "evening": "day", "night": "day", "week": "week", "month": "month", "year": "year"}
FOLLOWING_REACH = 1  # sentences back that "the following day" or "a year later" looks for its date
_JOINED_MONTH = re.compile(r"^ (?:and|or|to) ([A-Z][a-z]+\.?)(?: \d{1,2})?,? ((?:1[89]|20)\d\d)\b")  # "May | and August 2025", "July 28 | and September 30, 2021"
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# a quarter of a year, kept unresolved: a company's financial quarters need not be the calendar's
QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last|prior|previous|next|this|current|latest|same) quarter\b(?![- ]century| of (?:a|the) \w*\s?century)|\bQ[1-4]\b", re.I)
# "the end of the year" is this year's, unless told in the past ("towards the end of the month
# failed": a month the story has named) or, for a week, in the present ("cuts come at the end of
# the week": any week's)
THE_PERIODS = ("the week", "the month", "the year")
# what the briefing's conflict is called, and its start: "the 254th day of the war", "a day after the start of the invasion"
WAR_WORDS = {"war", "invasion", "conflict", "aggression"}  # and a "military operation" or "military offensive"
START_WORDS = {"start", "beginning", "outbreak", "onset"}
START_VERBS = {"start", "begin", "launch", "invade"}  # "a month after Russia began its invasion", "… invaded Ukraine"
AIMS = {"idea", "aim", "goal", "plan", "task", "priority", "objective", "point", "purpose", "hope", "mission", "intention", "job"}  # "the idea is to …": no schedule
ANY_ONE = ("average", "typical", "normal", "ordinary")  # "an average autumn day": no time
WORKS = {"novel", "book", "film", "movie", "song", "album", "play", "opera", "symphony", "overture", "poem", "musical"}
STEM = 5  # letters a name's word and its adjective share: "Russia" / "Russian", "Ukraine" / "Ukrainian"
EXACT_NUMBERS = {word: n for word, n in NUMBERS.items() if "few" not in word and "couple" not in word and word != "several"}
_EXACT_COUNT = rf"(\d+|{'|'.join(EXACT_NUMBERS)})"  # "3", "three", "a"; not "a few"
_LATER = re.compile(rf"^{_EXACT_COUNT} (month|year)s? later$")  # "a year later", "three months later"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
SEASONS = {"summer", "winter", "spring", "autumn", "fall"}
CLOCK_AFTER = {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "msk", "local", "hours", "hrs"}  # four digits before these tell a time of day
NEARING_WORDS = {"approaches", "approaching", "comes", "coming", "looms", "looming", "nears", "nearing", "arrives", "arriving", "sets"}
NAMED_DAYS = {"Good", "Black", "Bloody", "Palm", "Holy", "Easter", "Ash", "Maundy", "Cyber", "Super"}  # "Good Friday", "Bloody Sunday"
PERIODS = {"week", "weekend", "month", "year", "morning", "afternoon", "evening"} | SEASONS


def dated_spans(doc, published: str | None, countries: dict[str, str], conflict: Conflict = Conflict()) -> list[tuple[Span, Resolved]]:
    """Each date expression (a DATE/TIME entity, split at commas, or a holiday the model calls
    an EVENT) with its resolution, in the order of the text; "that day" is the day its
    sentence named before it, "that year" and "that month" the year or month it named; a day
    of the briefing's war counts from its start (unresolved without one)."""
    found, full_text = [], doc_text(doc)
    day_parts = _parts_of_days(doc)
    for ent in _weekdays_joined(entities(doc)):
        if ent.label_ not in ("DATE", "TIME", "EVENT") or "\n" in span_text(ent) or ent.start in day_parts.values() or _a_title(ent) or _a_named_day(ent) or _copyright(ent):
            continue
        for part in _parts(ent):
            for span, resolved in _readings(part, ent.label_, published, countries, full_text):
                if span.start == ent.start and ent.start in day_parts:
                    span = doc[day_parts[ent.start]:span.end]  # "the early hours of | Tuesday": Tuesday's
                if normalize_expression(span_text(span)) in THAT_DAY and found and _same_day_before(found[-1], span):
                    resolved = found[-1][1]  # "contacted on Friday to move that day"
                elif normalize_expression(span_text(span)) in IN_THE_DAY and (told := [r for _, r in found if r is not None and r.date]):
                    resolved = replace(told[-1], relation=resolved.relation)  # "results ready later in the day": still to come
                elif (unit := THAT_PERIOD.get(normalize_expression(span_text(span)))) and found and (period := _period_before(found[-1], span, unit)):
                    resolved = period
                elif resolved.date and _yearly(span):
                    resolved = Resolved(None, None, "past")  # "Every year on October 29, … holds a vigil": no one day
                found.append((span, resolved))
    found += [(span, Resolved(None, None, "future")) for span in _vague_future(doc)]
    found += [reading for season in _untagged_seasons(doc) for reading in _readings(season, "DATE", published, countries, full_text) if reading[1].relation == "future"]
    found += [(span, Resolved(None, None, "past")) for span in _the_past(doc)]
    found += [(doc[token.i:token.i + 1], resolve(token.text, published)) for token in _overnight(doc)]
    found += [(doc[token.i:token.i + 1], resolve(token.text, published)) for token in _untagged_last_years(doc)]
    found += [(span, resolve(span.text, published)) for span in _untagged_periods(doc)]
    found += [(span, Resolved(None, None, "past")) for span in _untagged_followings(doc)]
    found += [(span, None) for span in _untagged_war_days(doc)]  # kept only when they count from the war
    found += [(span, _day_before(found, span)) for span in _untagged_same_days(doc)]
    found = [(span, war_day or resolved) for span, resolved in found if (war_day := _of_the_war(span, conflict, published)) or resolved]
    return _after_the_last(sorted(found, key=lambda item: item[0].start), [sent.start for sent in doc.sents], published)


def _untagged_seasons(doc) -> Iterator[Span]:
    """A season the model left untagged ("it will be the worst winter"), as a DATE for the rules
    of seasons to read ("winter clothing", `_a_kind`; "the Prague Spring", `_a_name`); kept
    only when they read it as to come: over a sample, 11 of the 14 read as past were wrong
    ("urged allies to stand by Ukraine through the winter", "cash coming through the autumn")."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in(SEASONS)):
        token = doc[int(i)]
        if not token.ent_type_ and token.pos_ == "NOUN":  # not "prices spring back"
            yield Span(doc, token.i, token.i + 1, label="DATE")


def _weekdays_joined(ents) -> Iterator[Span]:
    """The entities, a weekday the model tagged apart from its day of the month after a comma
    joined to it ("Thursday" + "Aug. 25, 2022", "Monday" + "11 April": one day)."""
    ents = list(ents)
    for k, ent in enumerate(ents):
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and after.start == ent.end + 1 and ent.doc[ent.end].text == "," and weekday(ent.text) and ent.label_ == after.label_ == "DATE" and _day_of_month(after):
            ents[k + 1] = Span(ent.doc, ent.start, after.end, label="DATE")
        else:
            yield ent


def _of_the_war(span, conflict: Conflict, published: str | None) -> Resolved | None:
    """A date counted from the start of the briefing's war: "the 254th day of the war", "day 25
    of the invasion" (the 254th and 25th days, the first being the start), "a day after the
    start of the conflict", "two weeks into the war", "six months after Russia launched its
    invasion", "a month after Russia invaded Ukraine", "two days after the war began"; None for any other span, for a count
    that is no number ("several days into the war") and for another war ("the first day of the
    Yom Kippur war", "three weeks into the war in Gaza": `_this_war`). Without the start, or
    in an article from before it, it is an unresolved day in the past."""
    doc, words = span.doc, [t.lower_ for t in span]
    link = doc[span.end] if span.end < len(doc) else None
    if link is None:
        return None
    target = next((c for c in link.children if c.dep_ == "pobj"), None)
    begun = link.dep_ == "mark" and link.lower_ in ("after", "before") and link.head.lemma_.lower() in START_VERBS
    if begun and link.head.lemma_.lower() == "invade":
        target = link.head  # "two weeks after Russia invaded Ukraine": the verb is the war
    elif begun:
        args = {c.dep_: c for c in link.head.children}  # "six months after Russia launched its invasion", "after the war began"
        target = args.get("dobj", args.get("nsubj"))
    elif target is not None and link.lower_ in ("after", "before") and target.lemma_.lower() in START_WORDS:
        of = next((c for c in target.children if c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    elif link.lower_ not in ("of", "into"):
        return None
    military = target is not None and target.lemma_.lower() in ("operation", "offensive") and any(c.lower_ == "military" for c in target.children)
    war = target is not None and (target.lemma_.lower() in WAR_WORDS or target.lemma_.lower() == "invade" or military)
    if not war or not _this_war(target, conflict.name):
        return None
    if link.lower_ == "of" and words[-1] == "day" and len(words) >= 2 and (n := ORDINALS.get(words[-2]) or _ordinal(words[-2])):
        count, unit = n - 1, "day"  # "the 254th day of the war"
    elif link.lower_ == "of" and words[0] == "day" and len(words) == 2 and words[1].isdigit():
        count, unit = int(words[1]) - 1, "day"  # "day 25 of the invasion"
    elif link.lower_ != "of" and (match := re.fullmatch(rf"{_EXACT_COUNT} (day|week|month)s?", " ".join(words))):
        n = _exact(match.group(1))
        count, unit = (-n if link.lower_ == "before" else n), match.group(2)
    else:
        return None
    if conflict.start is None or (published is not None and published < conflict.start):
        return Resolved(None, None, "past")
    return counted_from(conflict.start, published, count, unit)


def _this_war(noun, name: str) -> bool:
    """Whether a word for a war (or "invade") is the briefing's: nothing written with a capital or a number
    qualifies it (nor is its subject or object) ("the war", "the full-scale invasion") but words of the conflict's name
    ("Russia's invasion of Ukraine" in a "Russia–Ukraine war" briefing; not "the Yom Kippur
    war", "the war in Gaza", "the war in 2014")."""
    own = {word.lower()[:STEM] for word in re.findall(r"[^\W\d_]+", name)}
    qualifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "nsubj", "dobj")]
    qualifiers += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "on", "against") for g in p.children if g.dep_ == "pobj"]
    return all(q.lower_[:STEM] in own for q in qualifiers if q.text[:1].isupper() or q.like_num)


def _untagged_war_days(doc) -> Iterator[Span]:
    """"Day 100 of the invasion", "the 200th day of the operation", whose number the model tags
    a cardinal or an ordinal: the day's words before "of" (kept when they count from the war)."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in({"day"})):
        token = doc[int(i)]
        if token.ent_type_ in ("DATE", "TIME") or token.i + 2 >= len(doc) or token.i == 0:
            continue
        before = doc[token.i - 1]
        if doc[token.i + 1].text.isdigit() and doc[token.i + 2].lower_ == "of":
            yield doc[token.i:token.i + 2]  # "Day 100 | of"
        elif doc[token.i + 1].lower_ == "of" and (before.lower_ in ORDINALS or _ordinal(before.lower_)):
            yield doc[token.i - 2 if token.i > 1 and doc[token.i - 2].lower_ == "the" else token.i - 1:token.i + 1]


def _exact(count: str) -> int:
    """The number an `_EXACT_COUNT` match stands for: "3", "three", "a"."""
    return int(count) if count.isdigit() else EXACT_NUMBERS[count]


def _ordinal(word: str) -> int | None:
    return int(match.group(1)) if (match := ORDINAL_NUMBER.match(word)) else None


def _untagged_same_days(doc) -> Iterator[Span]:
    """"The same day", "that same day", which the model often leaves untagged."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in({"same"})):
        token = doc[int(i)]
        if 0 < token.i < len(doc) - 1 and doc[token.i - 1].lower_ in ("the", "that") and token.nbor().lower_ == "day" and not token.nbor().ent_type_:
            yield doc[token.i - 1:token.i + 2]


def _day_before(found: list[tuple[Span, Resolved]], span: Span) -> Resolved | None:
    """The day named last before `span` in its sentence or the one before, or None."""
    before = [item for item in found if item[0].start < span.start and item[1] is not None]
    last = max(before, key=lambda item: item[0].start, default=None)
    return last[1] if last is not None and _same_day_before(last, span) else None


def _untagged_followings(doc) -> Iterator[Span]:
    """"The following day", which the model often leaves untagged."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in({"following"})):
        token = doc[int(i)]
        if 0 < token.i < len(doc) - 1 and doc[token.i - 1].lower_ == "the" and token.nbor().lower_ in NEXT_OF and not token.nbor().ent_type_:
            yield doc[token.i - 1:token.i + 2]


def _after_the_last(found: list[tuple[Span, Resolved]], starts: list[int], published: str | None) -> list[tuple[Span, Resolved]]:
    """"On March 3 … The following day", "In 2018 … The following December": a day, week, month
    or year told after the last past date before it, in its sentence or the one before, which it
    is the next of ("the previous month" the one before); unresolved with no such date (of its own unit or finer). "following
    February's record high" is no "the following February". "A year later" and "three months
    later" count on from the last date told before them there, past or to come, when it is as
    fine as their unit ("in 2013 … and a year later": 2014); weeks and days later stay unresolved."""
    out, last, last_at, told, told_at = [], None, 0, None, 0
    for span, resolved in found:
        sentence = bisect_right(starts, span.start)
        if sentence - last_at > FOLLOWING_REACH:
            last = None
        if sentence - told_at > FOLLOWING_REACH:
            told = None
        words = [t.lower_ for t in span]
        before = span.doc[span.start - 1].lower_ if span.start else ""
        following = words[:2] in (["the", "following"], ["the", "next"]) and len(words) == 3 and words[2] in NEXT_OF
        named_month = before == "following" and span.start > 1 and span.doc[span.start - 2].lower_ == "the" and MONTH_NAME.match(span.text)
        previous = words[:2] in (["the", "previous"], ["the", "preceding"]) and len(words) == 3 and words[2] in NEXT_OF
        if following and (words[1] == "following" or NEXT_OF[words[2]] == "day"):  # not "the next week": this coming one
            resolved = _next_of(last, NEXT_OF[words[2]]) or Resolved(None, None, "past")
        elif previous and (before_last := _next_of(last, NEXT_OF[words[2]], -1)):  # "In May … from the previous month": April
            resolved = before_last
        elif named_month and last is not None:
            month = month_number(span.text)
            previous = date.fromisoformat(last.date)
            resolved = Resolved(date(previous.year + (month <= previous.month), month, 1).isoformat(), "month", last.relation)
        elif (later := _LATER.match(" ".join(words))) and told is not None and FINENESS.index(told.precision) <= FINENESS.index(later.group(2)):
            resolved = counted_from(told.date, published, _exact(later.group(1)), later.group(2))
        out.append((span, resolved))
        if resolved.date:
            told, told_at = resolved, sentence
        if resolved.date and resolved.relation == "past":  # not "next year's": the following is not counted from a date to come
            last, last_at = resolved, sentence
    return out


def _next_of(last: Resolved | None, unit: str, step: int = 1) -> Resolved | None:
    """The day, week, month or year after the date `last` (before it, `step` -1), when `last` is
    as fine as `unit`."""
    if last is None or FINENESS.index(last.precision) > FINENESS.index(unit):
        return None
    return replace(counted_from(last.date, None, step, unit), relation=last.relation)


def _period_before(previous: tuple[Span, Resolved | None], span: Span, unit: str) -> Resolved | None:
    """The month or year (`unit`) of the date found before `span` in its sentence or the one
    before, when that date names its year ("launched in August 2016 into interference in that
    year's election": 2016) or, for a month, its month ("on 3 May; that month"), or None (not
    "joined in 2016. On Monday he said … that year's election": Monday names no year)."""
    told, words = previous[1], previous[0]
    named = YEAR.search(words.text) if unit == "year" else any(MONTH_NAME.match(t.text) for t in words)
    if told is None or not told.date or not named or not _told_just_before(words, span):
        return None
    day = date.fromisoformat(told.date)
    return Resolved(day.replace(month=1 if unit == "year" else day.month, day=1).isoformat(), unit, told.relation)


def _same_day_before(previous: tuple[Span, Resolved], span: Span) -> bool:
    """Whether the date found before `span` is a day named in the same sentence or the one
    before ("At 6pm on 21 October the ship was seen … The warship moved north on the same day")."""
    return previous[1].precision == "day" and _told_just_before(previous[0], span)


def _told_just_before(told: Span, span: Span) -> bool:
    """Whether `told` lies in the sentence of `span` or the one before it."""
    return sentence_start(span[0]) in sentence_of(told[0])


def _tense(token) -> tuple[bool, bool, bool]:
    """(future, present, open) of a date's clause. Future: its verb takes "will", or is planned,
    expected or scheduled, or is governed by such a verb ("plans to announce on Wednesday"), or
    is a verb of the calendar in the present tense ("Independence Day falls on Wednesday"), or
    is a scheduled to-infinitive (`_scheduled`).
    Present: the first verb above it that is no infinitive is in the present, simple or
    progressive ("holds", "is holding"; not "has held"), or takes "can", "may" or "must", and
    the date is no "since" one ("enjoy freedom since March"). An
    infinitive takes the tense of the verb it hangs on ("prepare to make a decision June 23"), and so
    does a participle with no subject ("will rise in October, hitting a peak in January") or a
    gerund after a preposition ("will be the key factor in driving inflation up in January"; not
    after "after", "since" or "before").
    Open (also a plan told in the past perfect, "had been planned for June"): the date may lie either side of the article's, as near it as can be: the verb takes a
    modal but not "have" nor a negation ("could hold a vote as soon as September", "would hold
    referendums from 23-27 September"), and the date is no "since" or "as of" one."""
    subject = False  # "Friday's evacuation marks the end of the siege": the date is not the verb's
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            aux = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
            kids = {c.lemma_.lower() for c in aux}
            planned = node.dep_ == "xcomp" and node.head.lemma_.lower() in FUTURE_WORDS
            calendar = node.tag_ in ("VBZ", "VBP") and node.lemma_.lower() in CALENDAR_VERBS and not subject
            if _planned(node) and any(c.lower_ == "had" for c in aux):
                return False, False, True  # "had been planned for June": a plan of the past, for either side of it
            if kids & {"will", "shall"} or _planned(node) or planned or calendar:
                return True, False, False
            infinitive = (node.tag_ == "VB" or (node.tag_ == "VBN" and "be" in kids)) and any(c.lower_ == "to" for c in aux)
            if infinitive and _scheduled(node):
                return True, False, False
            # "will rise in October, hitting a peak in January", "will be the key factor in driving inflation up in January";
            # not "will retreat after suspending trading in March" nor "before ordering troops in on February 24", told apart
            gerund = node.dep_ == "pcomp" and node.head.lower_ not in ("after", "since", "before")
            participle = node.tag_ == "VBG" and not aux and (node.dep_ == "advcl" or gerund) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            if not (infinitive or participle):
                progressive = any(c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() != "have" for c in aux)
                since = _since(token)
                present = (node.tag_ in ("VBZ", "VBP") or progressive or bool(kids & PRESENT_MODALS)) and not since
                negated = any(c.dep_ == "neg" for c in node.children)  # "could not take Kyiv in March": past ability
                return False, present, bool(kids & OPEN_MODALS) and "have" not in kids and not negated and not since
        subject = subject or node.dep_ in ("nsubj", "nsubjpass")
    return False, False, False


def _yearly(span) -> bool:
    """Whether a date's verb happens every year ("Every year on October 29, Memorial holds a
    vigil")."""
    verb = next((node for node in span.root.ancestors if node.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.lower_ == "year" and any(d.lower_ in ("every", "each") for d in c.children) for c in verb.children)


def _scheduled(infinitive) -> bool:
    """Whether a to-infinitive tells what is scheduled: a passive one on a noun ("the figure to
    be announced on Friday"; not "the first leader to be received on Monday", nor an active one,
    "no time to rest on Friday"), or one on "is" ("is to be announced on Friday", "are to meet
    on Monday")."""
    head = infinitive.head
    if infinitive.dep_ == "xcomp":  # "to" right after "is" (not "it is best to use", "the idea is to push")
        aim = any(c.dep_ == "nsubj" and c.lemma_.lower() in AIMS for c in head.children)
        return head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "to" and not aim
    ranked = any(c.tag_ == "JJS" or c.lower_ in ("first", "last", "only", "next") for c in head.children)
    return infinitive.dep_ in ("acl", "relcl") and infinitive.tag_ == "VBN" and head.pos_ == "NOUN" and not ranked


def _planned(verb) -> bool:
    """Whether a verb plans what it governs: "expected", "scheduled", "is set for Monday"; not
    "set" with an object ("set social media abuzz in April", "set a record")."""
    lemma = verb.lemma_.lower()
    return lemma in FUTURE_WORDS - {"will", "shall"} and not (lemma == "set" and any(c.dep_ == "dobj" for c in verb.children))


def _deadline(token) -> bool:
    """Whether a date is a deadline ("must leave by Sunday", "has until Monday", "before winter",
    "ahead of winter"); a weekday one in the present tense is to come, and so is a season one not
    told in the past ("aims to evacuate them by autumn", "to hold an election by the summer")."""
    head = token.head
    ahead_of = head.lower_ == "of" and head.i > 0 and head.doc[head.i - 1].lower_ == "ahead"
    return head.lower_ in ("by", "until", "till") or (token.lower_ in SEASONS and (head.lower_ == "before" or ahead_of))


def _since(token) -> bool:
    """Whether a date is what something has lasted since ("since February", "as of February 24"),
    or lies in a "since" phrase or clause ("since the outbreak of the conflict in late February",
    "since it began launching strikes in February")."""
    head = token.head
    as_of = head.lower_ == "of" and head.i > 0 and head.doc[head.i - 1].lower_ == "as"
    return as_of or any(a.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in a.children) for a in token.ancestors)


def _a_title(ent) -> bool:
    """Whether capitalised time words name a programme ("BBC Radio 4's Today programme", "the
    BBC's Sunday Morning programme"; not "results made public on Tuesday show")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return all(t.is_title for t in ent) and ent.start > 0 and after is not None and after.lower_ in PROGRAMMES and after.pos_ == "NOUN"


def _a_named_day(ent) -> bool:
    """Whether a weekday is part of a day's name ("the Belfast (Good Friday) Agreement", "Black
    Friday", "Bloody Sunday"): no day the calendar puts near the article."""
    return len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].text in NAMED_DAYS and weekday(ent[0].text)


def _parts_of_days(doc) -> dict[int, int]:
    """"the early hours of | Tuesday", "the night | of | February 23", "the autumn of | 2023": a
    part of a day or of a year the model tagged apart from the day or year it is of, as that
    date's first token -> the part's."""
    found, ents = {}, [e for e in entities(doc) if e.label_ in ("DATE", "TIME")]
    for part, day in zip(ents, ents[1:]):
        between = [t.lower_ for t in doc[part.end:day.start]]
        of = between == ["of"] or (not between and part[-1].lower_ == "of")
        words = {t.lemma_.lower() for t in part}
        of_a_day = part.label_ == "TIME" and words & DAY_PARTS
        of_a_year = part.label_ == "DATE" and words & SEASONS and YEAR.fullmatch(span_text(day))
        if of and day.label_ == "DATE" and (of_a_day or of_a_year):
            found[day.start] = part.start
    return found


def _vague_future(doc) -> Iterator[Span]:
    """Time words the model leaves untagged that say only that something is to come: "(very)
    soon", "shortly", "someday" in a clause not told in the past ("will soon be completed",
    "would be captured shortly"; not "soon after the war began", "he soon left"), and "in (the
    near) future", "for the foreseeable future" (not "the future of Ukraine", "for its future", "for a
    greener future", "her soon-to-be husband")."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in(SOON | {"future"})):
        token = doc[int(i)]
        if token.ent_type_ in ("DATE", "TIME"):
            continue
        if token.lower_ in SOON and token.pos_ == "ADV":
            before = doc[token.i - 1].lower_ if token.i else ""
            after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if before not in ("as", "too", "how", "so") and after not in NOT_SOON | {"-"} and not _told_in_the_past(token):  # not "soon-to-be"
                yield doc[min([token.i, *(c.i for c in token.lefts if c.dep_ == "advmod")]):token.i + 1]
        elif token.lower_ == "future" and token.pos_ in ("NOUN", "ADJ") and token.dep_ == "pobj" and token.head.lower_ in ("in", "for"):
            if all(c.lower_ in NEAR_FUTURE for c in token.children):  # not "its future", "a greener future", "the future of"
                yield doc[token.left_edge.i:token.i + 1]


def _the_past(doc) -> Iterator[Span]:
    """"in the past" ("Russia has used them in the past"), which the model leaves untagged: the
    past, unresolved; not "in the past two months" (a window, tagged), "the past of a nation"."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in({"past"})):
        token = doc[int(i)]
        if token.ent_type_ or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "in":
            continue
        if [c.lower_ for c in token.children] == ["the"]:
            yield doc[token.i - 1:token.i + 1]


def _overnight(doc) -> Iterator:
    """"Missiles were fired overnight": the night before the article's day, as an adverb (not
    in a longer date or time) in a clause told in the past with no modal, in a sentence naming no
    day of its own; not "an overnight session", "will fly overnight", "could change overnight",
    "overnight on February 6 to 7", "her life changed overnight", "practically overnight"."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in({"overnight"})):
        token = doc[int(i)]
        following = token.nbor() if token.i + 1 < len(doc) else None
        alone = token.ent_type_ not in ("DATE", "TIME") or (token.ent_iob_ == "B" and (following is None or following.ent_iob_ != "I"))
        verb = next((node for node in token.ancestors if node.pos_ in ("VERB", "AUX")), None)
        literal = verb is not None and verb.lemma_.lower() not in SUDDEN and not any(c.lower_ in MANNER for c in token.children)
        modal = verb is not None and any(c.tag_ == "MD" for c in verb.children)
        adverb = token.pos_ == "ADV" or (token.i == token.sent.start and token.dep_ == "compound")  # "Overnight Zelenskiy acknowledged"
        if alone and literal and not modal and adverb and _told_in_the_past(token) and not _day_named(token.sent):
            yield token


def _untagged_last_years(doc) -> Iterator:
    """The year that ends a range the model tagged only the start of: "2015" of "from 2005 to
    2015", "between 1999 and 2004"."""
    for ent in entities(doc):
        if ent.label_ == "DATE" and len(ent) == 1 and YEAR.fullmatch(ent.text) and ent.end + 1 < len(doc):
            link, last = doc[ent.end], doc[ent.end + 1]
            if link.lower_ in RANGE_WORDS | {"and", "-", "–"} and not last.ent_type_ and YEAR.fullmatch(last.text):
                yield last


def _untagged_periods(doc) -> Iterator[Span]:
    """"this year" of "this year’s Nobel Peace Prize", which the model ran into the name after
    it: a deictic word and a period with no entity of time (not "the last week of March")."""
    for i in numpy.flatnonzero(doc_columns(doc).lower_in({"this", "last", "next"})):
        token = doc[int(i)]
        if token.i + 2 >= len(doc) or token.ent_type_ or (token.i and doc[token.i - 1].lower_ in ("the", "a", "an")):
            continue
        period, after = token.nbor(), token.nbor(2)
        if period.lower_ in ("week", "month", "year") and not period.ent_type_ and after.tag_ == "POS":
            yield doc[token.i:token.i + 2]


def _day_named(sent) -> bool:
    """Whether a sentence names a day of its own ("overnight on February 6 to 7", "pounded the city
    overnight, officials said on Friday"): its "overnight" is that day's, not the article's."""
    return any(ent.label_ == "DATE" and (weekday(ent.text) or re.search(r"\d", ent.text)) for ent in sent.ents)


def _drawing_near(part) -> bool:
    """Whether a season is said to draw near ("with winter approaching", "before winter sets
    in", "as winter looms"), whatever the parser made of the verb; not "when winter came"."""
    doc = part.doc
    return part[-1].lower_ in SEASONS and part.end < len(doc) and doc[part.end].lower_ in NEARING_WORDS


def _told_in_the_past(token) -> bool:
    """Whether the verb a word hangs on tells of the past: in the past tense with no modal ("he
    soon left"), or with "could" ("soon he could not feel them")."""
    verb = next((node for node in token.ancestors if node.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "could" in aux or (verb.tag_ in ("VBD", "VBN") and not aux & MODALS and not aux & {"is", "are", "am", "be"})


def _readings(part, label: str, published: str | None, countries: dict[str, str], full_text: str):
    """(span, resolution) for each time one part of a date entity names: a holiday, each day
    of a range ("23-27 September"), or the expression itself."""
    surface = span_text(part)
    if HOLIDAY_NAME.search(surface) and (resolved := _holiday(part, surface, published, countries)):
        yield part, resolved
    elif label == "EVENT":
        return
    elif days := days_named(surface, full_text[part.end_char:part.end_char + 30]):
        future, present, either_side = _tense(part.root)
        tense = (future, present, either_side or _either_side(part, surface))
        for a, b, expression in days:  # "5–6 March" is one token: both days are the whole span
            day = part.doc.char_span(part.start_char + a, part.start_char + b) or part
            yield day, resolve(expression, published, *tense)
    elif _final_stretch(part):
        yield part, Resolved(None, None, "past")
    elif QUARTER.search(surface):
        yield part, Resolved(None, None, "future" if _tense(part.root)[0] or "next" in surface.lower().split() else "past")
    elif _a_measure(part):
        yield part, Resolved(None, None, "duration")
    elif _a_kind(part) or _a_name(part) or _habitual(part) or _no_time(part):
        return
    elif since_the_article(part):
        yield part, resolve(f"{surface} ago", published)
    elif _from_now(part):
        yield part, Resolved(None, None, "future")  # "in three weeks' time"
    elif _still_away(part) and resolve(surface, None).relation == "duration":
        yield part.doc[part.start:part.end + 1], Resolved(None, None, "future")  # "may be months away", with its "away"
    elif date_expression(surface):
        text = _lead(part, surface, full_text) + surface + ("-long" if full_text[part.end_char:part.end_char + 5] == "-long" else "") + _shared_year(surface, full_text[part.end_char:part.end_char + 30])
        future, present, either_side = _tense(part.root)
        future = future or _drawing_near(part)
        # "will end by the end of the year": this year's, and to come; not any week's ("cuts are at the end of the week")
        edge = bool(EDGE.match(surface.lower())) and normalize_expression(surface) in THE_PERIODS
        this_one = edge and not _told_in_the_past(part.root) and (future or not (present and surface.endswith("week")))
        if this_one:
            text = re.sub(r"\bthe (\w+)$", r"this \1", text)
        seasonal = part[-1].lower_ in SEASONS and (present or either_side or not _told_in_the_past(part.root))
        deadline = (present and weekday(surface) or seasonal) and _deadline(part.root)
        resolved = resolve(text, published, future or deadline, present, either_side or _either_side(part, surface))
        yield part, replace(resolved, relation="future") if this_one and future and resolved.date else resolved


def _shared_year(surface: str, after: str) -> str:
    """The year a month or day with none shares with the one joined to it ("May and August 2025",
    "July or October 2023", "July 28 and September 30, 2021"): " 2025", or nothing."""
    joined = _JOINED_MONTH.match(after)
    month = surface.split()[0] if re.fullmatch(r"\S+(?: \d{1,2})?", surface) else ""
    return f" {joined.group(2)}" if joined and MONTH_NAME.fullmatch(month) and MONTH_NAME.fullmatch(joined.group(1)) else ""


def _holiday(part, surface: str, published: str | None, countries: dict[str, str]) -> Resolved | None:
    """A holiday's day (`holiday`): of the year before or after when "last year's" or "next
    year's" comes before it ("last year's Victory Day parade")."""
    doc, i = part.doc, _past_adjectives(part)
    words = [t.lower_.replace("’", "'") for t in doc[max(i - 3, 0):i]]
    years = {"last": -1, "next": 1}.get(words[0], 0) if len(words) == 3 and words[1:] == ["year", "'s"] else 0
    if not published or not (resolved := holiday(surface, _years_on(published, years), _owner_first(part, countries))):
        return None
    return replace(resolved, relation="future" if resolved.date > published else "past")


def _years_on(published: str, years: int) -> str:
    """The day `years` years from `published` (28 February for a 29th in a common year)."""
    day = date.fromisoformat(published)
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day).isoformat()


def _past_adjectives(part) -> int:
    """Where a span starts, back over the lower-case adjectives before it ("annual")."""
    i = part.start
    while i and part.doc[i - 1].pos_ == "ADJ" and part.doc[i - 1].is_lower:
        i -= 1
    return i


def _owner_first(part, countries: dict[str, str]) -> tuple[str, ...]:
    """The ISO codes of the countries the doc names (`named_countries`), the one whose day a span
    names by its possessive first ("Russia's annual Victory Day" in a story that names Estonia
    most)."""
    doc, i, codes = part.doc, _past_adjectives(part), country_codes(countries)  # "Russia's annual Victory Day"
    if i < 2 or doc[i - 1].lower_ not in ("'s", "’s") or doc[i - 2].ent_type_ != "GPE":
        return codes
    code = countries.get(doc[i - 2].ent_id_ or clean_name(doc[i - 2].text))
    return (code, *(c for c in codes if c != code)) if code else codes


def _either_side(part, surface: str) -> bool:
    """Whether a date with no year may lie either side of the article's day whatever the tense:
    a month naming an event ("invited him to the November summit"), an event's day ("arrived for
    a meeting Thursday") and the last day of a stretch ("banned gatherings through Thursday")."""
    root = part.root
    month = MONTH_NAME.match(part[0].text) and all(t.like_num or t.is_punct for t in part[1:])  # "November", "Sept. 25"
    naming = month and root.dep_ in ("compound", "nmod", "npadvmod", "amod") and root.head.i > root.i and root.head.lemma_.lower() in EVENT_NOUNS
    event_day = weekday(surface) and root.dep_ == "npadvmod" and root.head.lemma_.lower() in EVENT_NOUNS  # "arrived for a meeting Thursday"
    return bool(naming) or event_day or (weekday(surface) and root.head.lower_ in ("through", "until", "till"))


def _a_measure(part) -> bool:
    """Whether a count of units owns the thing it measures: "10 days' training", "a week's
    notice", "six months' imprisonment"; not "in two years' time", which says when."""
    doc = part.doc
    mark = part[-1] if part[-1].tag_ == "POS" else (doc[part.end] if part.end < len(doc) and doc[part.end].tag_ == "POS" else None)
    if mark is None or mark.i + 1 >= len(doc):
        return False
    counted = doc[part.start - 1 if part.start and doc[part.start - 1].lower_ in ("a", "an") else part.start:mark.i].text  # "a" + "week"
    if not counts_back(counted):
        return False  # "last week's vote" is when
    owned = doc[mark.i + 1]
    return owned.pos_ == "NOUN" and owned.lower_ != "time"


def _final_stretch(part) -> bool:
    """Whether "the last month" is the end of something, not the month up to now: "the last
    month of his premiership", "the last year before his dismissal" (not "the last month of
    nuclear talk", a window)."""
    doc, end = part.doc, part.end
    if not part.text.lower().startswith("the last ") or end + 1 >= len(doc):
        return False
    return doc[end].lower_ in ("before", "after") or (doc[end].lower_ == "of" and doc[end + 1].lower_ in OF_A_THING)


def since_the_article(part) -> bool:
    """Whether a span counts back from the article's day: "(It) comes a week after …", which
    names the day the event after "after" fell on (not "came a week after", which counts from
    another event)."""
    doc = part.doc
    comes = part.start > 0 and doc[part.start - 1].lemma_ == "come" and doc[part.start - 1].tag_ in ("VBZ", "VBP")
    return comes and part.end < len(doc) and doc[part.end].lower_ == "after" and counts_back(part.text)


def _from_now(part) -> bool:
    """Whether a span says how long from now: "in three weeks' time", "in a week's time" (the
    model's span may leave out the "a" and the possessive), "two days from now"."""
    doc = part.doc
    ahead = doc[part.end:part.end + 2]
    if [t.lower_ for t in ahead] == ["from", "now"]:
        return True
    owned = part[-1].tag_ == "POS" or part[-1].text.endswith(("'", "’"))
    if not owned and ahead[:1].text in ("'", "’", "'s", "’s"):
        owned, ahead = True, ahead[1:]
    start = part.start - 1 if part.start > 1 and doc[part.start - 1].lower_ in ("a", "one") else part.start
    return owned and ahead[:1].text.lower() == "time" and start > 0 and doc[start - 1].lower_ == "in"


def _still_away(part) -> bool:
    """Whether a span says how far off something is: "may be months away", "remains weeks away"
    (not "spent a few months away from Moscow")."""
    doc = part.doc
    away = doc[part.end] if part.end < len(doc) else None
    return away is not None and away.lower_ == "away" and away.head.lemma_.lower() in ("be", "remain", "seem", "appear", "lie")


def _a_name(part) -> bool:
    """Whether capitalised words inside a sentence name something: a season with no year ("the
    heroes of the Russian Spring", "the Arab Spring"; not "Spring 2026"), or a time word and a
    word of no time after it ("the Initiative on 21st Century Trade"; not "July Fourth")."""
    last = part[-1]
    if not (last.text[0].isupper() and last.i > last.sent.start):
        return False
    if last.lower_ in SEASONS:
        return not YEAR.search(part.text)
    before = part[-2] if len(part) > 1 else None
    timed = before is not None and before.text[0].isupper() and date_expression(before.text) and not (MONTH_NAME.match(before.text) or weekday(before.text))
    return timed and not date_expression(last.text)


def _habitual(part) -> bool:
    """Whether "in (the) winter" tells what happens every year, in the simple present: "gas used
    to heat homes in winter", "it is too cold in the winter" (not "is preparing an offensive in
    the spring", "will attack in the spring")."""
    words = [t.lower_ for t in part]
    if words[-1] not in SEASONS or words[:-1] not in ([], ["the"]) or part.root.head.lower_ != "in":
        return False
    verb = next((t for t in part.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl", "relcl", "acl"):
        verb = verb.head  # "used to heat homes in winter"
    if verb is None:
        return False
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and helpers & {"is", "are"} and not helpers & MODALS)


def _no_time(part) -> bool:
    """Whether time words tell no time: a rate ("six million passengers a year", "$20 million a
    month", "once a week", "every six months", "87p per day", "week-on-week"; not "a deal a year
    before the war"), a lifetime ("spent his days"; not
    "his days as chancellor") or its end ("our last minutes"), a count of years, months or weeks
    ("for the second year in a row"; not "the second Monday in a row that …", the day it
    happened) or any one ("an average autumn day", "in a typical year"), a clock time ("by 1225
    GMT"), a kind of hours the model split ("peak | evening hours"), a work's name ("the novel
    1984"), "these days" not told in the past (nowadays), or an idiom (`_in_the_end`, `_step_by_step`)."""
    doc, words = part.doc, [t.lower_ for t in part]
    before = doc[part.start - 1] if part.start else None
    after = doc[part.end].lower_ if part.end < len(doc) else ""
    often = before is not None and (before.pos_ in ("NOUN", "NUM") or before.lower_ in ("once", "twice"))  # "once a week"
    rate = len(words) == 2 and words[0] in ("a", "an", "per") and often and after not in RELATIVE_AFTER
    every = words[0] in ("every", "each") and not any(MONTH_NAME.match(t.text) or YEAR.fullmatch(t.text) for t in part)  # not "every day since February 24"
    rate = rate or every or "per" in words[:-1] or _period_on_period(part)
    own = part[0] if len(part) == 2 else before  # "spent his days", the model's span with or without "his"
    lifetime = words[-1] == "days" and own is not None and own.tag_ == "PRP$" and part.root.head.lemma_.lower() in ("spend", "live")
    last_moments = words in (["last", "minutes"], ["last", "moments"]) and before is not None and before.tag_ == "PRP$"
    counted = words[-1] in ("row", "running") and any(w.rstrip("s") in ("week", "month", "year") for w in words)  # not "the second Monday in a row that …"
    generic = len(words) > 2 and words[0] in ("a", "an") and words[1] in ANY_ONE
    generic = generic or (before is not None and before.lower_ in ANY_ONE and part.start > 1 and doc[part.start - 2].lower_ in ("a", "an"))  # "a typical | day's usage"
    nowadays = words == ["these", "days"] and not _told_in_the_past(part.root)  # not "detained these days": in recent days
    clock = len(words) == 1 and re.fullmatch(r"\d{4}", words[0]) is not None and after in CLOCK_AFTER  # "by 1225 GMT", "at 1530 local time"
    hours = words[-1] == "hours" and before is not None and before.lower_ in HOUR_KINDS  # "peak | evening hours"
    # a work's name: "Orwell's novel 1984", "the 1812 Overture" (not "the 2014 film", a year told of it)
    work = len(words) == 1 and YEAR.fullmatch(words[0]) is not None and ((before is not None and before.lower_ in WORKS) or (after in WORKS and doc[part.end].is_title))
    return rate or lifetime or last_moments or counted or generic or clock or hours or work or nowadays or _in_the_end(part, after) or _step_by_step(part, words, after)


def _step_by_step(part, words: list[str], after: str) -> bool:
    """Whether a unit of time tells how fast something changes: "more restricted by the day",
    "rising by the hour", "day by day", "week after week"."""
    doc = part.doc
    unit = len(words) in (1, 2) and _UNIT_WORD.match(words[-1]) is not None
    told_of = any(c.dep_ in ("relcl", "acl", "prep") for c in part[-1].children)  # not "followed by the year that he became Tsar"
    by_the = unit and words[0] == "the" and part.start > 0 and doc[part.start - 1].lower_ == "by" and not told_of
    again = part.end + 1 < len(doc) and after in ("by", "after") and doc[part.end + 1].lower_ == words[-1]
    again_before = part.start > 1 and doc[part.start - 1].lower_ in ("by", "after") and doc[part.start - 2].lower_ == words[0]
    return by_the or (unit and len(words) == 1 and (again or again_before))


def _period_on_period(part) -> bool:
    """Whether a span is, or is part of, a comparison of one period with the one before ("rose 5%
    week-on-week", "year on year")."""
    doc = part.doc
    text = doc[max(part.start - 2, 0):min(part.end + 2, len(doc))].text.lower()
    return re.search(r"\b(day|week|month|quarter|year)[- ]on[- ]\1\b", text) is not None


def _in_the_end(part, after: str) -> bool:
    """Whether a span is the idiom "at the end of the day," opening a sentence or quotation ("At
    the end of the day, Washington has one path", "But at …", "“At …"): no time."""
    doc = part.doc
    if [t.lower_ for t in part[-5:]] != ["the", "end", "of", "the", "day"] or after != "," or part.end < 6 or doc[part.end - 6].lower_ != "at":
        return False
    at = doc[part.end - 6]
    return at.is_sent_start or doc[at.i - 1].text in OPENING_MARKS or doc[at.i - 1].lower_ in ("but", "and", "so", "yet")


def _copyright(ent) -> bool:
    """Whether a date is a copyright's: "© 2022 BBC", "Copyright © 2000-2026"."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and (before.text == "©" or before.lower_ == "copyright")


def _a_kind(part) -> bool:
    """Whether a season names a kind of thing, not a time: "the summer harvest", "winter
    clothing", "Russia's winter bombing campaign" (not "this summer's harvest", nor a season
    ending a longer date)."""
    last = part[-1]
    return last.lower_ in SEASONS and not date_expression(part[:-1].text) and not YEAR.search(part.text) and last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN")


def _lead(part, surface: str, full_text: str) -> str:
    """The word before a span that makes it say how long, not when, which the model leaves out:
    "within" of "within the next week" or "within the hour", "for" of "for another day", "over" of "over the years" (not of "over the past 24
    hours", which says it already); and "the" that a possessive stands for, making it say when."""
    before = full_text[max(part.start_char - 7, 0):part.start_char].lower()
    if before == "within " and WITHIN_THE.match(f"within {surface.lower()}"):
        return "within "  # "within the next week", "within the hour"
    if before.endswith(" for ") and _ONE_MORE_UNIT.fullmatch(surface.lower()):
        return "for "  # "held out for another day"
    if part.start and part.doc[part.start - 1].tag_ in ("PRP$", "POS") and surface.lower().startswith(FIRST_STRETCH):
        return "the "  # "in its early years", "the invasion's first days": a stretch of its past, as "the early years"
    return "over " if before.endswith(" over ") and re.fullmatch(r"the [a-z]+s", surface.lower()) else ""


def _parts(ent):
    """'this week, days', 'between 2022 and 2025', 'between Friday and Sunday', 'late July or
    early August', 'a month later - 24 February', 'October 4 to 5 - last year's', 'September 13
    and October 4' and 'the end of the year before winter' are two expressions; 'February 28, 2022' and 'between June 9 and 13' (a range of days) are one. A
    deictic word the model left out of a period ("this" + "week's") belongs to it, and so does a
    day number left out of its month ("a 7" + "March 2019 editorial"); a share after a month is
    none of it ("in January half of the households"); the verb "last" after a
    modal is none of it ("will last decades")."""
    doc, start = ent.doc, ent.start
    between = start > 0 and doc[start - 1].lower_ == "between"  # "between | February 24 and June 17"
    if (deictic := run_into(ent)) is not None:
        start = deictic
    elif (opening := _noun_run_in(ent)) is not None:
        start = opening
    elif start and doc[start - 1].lower_ in DEICTIC and ent[0].lower_ in PERIODS and not doc[start - 1].ent_type_:
        start -= 1
    elif start and _day_number(doc[start - 1]) and MONTH_NAME.match(ent[0].text):  # "a 7" + "March 2019 editorial"
        start -= 1
    if doc[start].lower_ == "last" and start < ent.end - 1 and start and doc[start - 1].tag_ in ("MD", "TO"):
        start += 1  # "will | last decades", "expected to | last weeks": the verb (not "compared to last year")
    for token in ent:
        year_follows = token.i + 1 < ent.end and re.fullmatch(r"\d{4}", doc[token.i + 1].text)
        # "between 2022 and 2025", "1917 and 1991"; not "between June 9 and 13", days of one month
        ends_range = token.lower_ == "and" and (between or year_follows) and not days_named(doc[start:ent.end].text, "")
        # "September 13 to 14 and October 4 to 5": two dates, each with its month
        two_dates = token.lower_ == "and" and token.i + 1 < ent.end and MONTH_NAME.match(doc[token.i + 1].text) and _day_of_month(doc[start:token.i]) and _day_of_month(doc[token.i + 1:ent.end])
        # "late July or early August", "three days or a week"
        either = token.lower_ == "or" and token.i > ent.start and (doc[token.i - 1].pos_ == "PROPN" or _two_durations(ent, token))
        span_to = token.lower_ in RANGE_WORDS and token.i + 1 < ent.end and _two_ends(doc[start:token.i].text, doc[token.i + 1:ent.end].text)
        between = between or token.lower_ == "between"
        # "A month later - 24 February": a spaced dash after words with no number ("June 9 - 13" is one range)
        aside = token.text in DASHES and token.whitespace_ and not (re.search(r"\d", doc[start:token.i].text) and re.search(r"\d", doc[token.i + 1:ent.end].text))
        # "the end of the year before winter": a season after "before" is a time of its own
        season = token.lower_ == "before" and _a_season(doc[token.i + 1:ent.end])
        # "Saturday, Sept. 10": a weekday and its day of the month are one day
        dated_day = token.text == "," and weekday(doc[start:token.i].text) and _day_of_month(doc[token.i + 1:ent.end])
        if token.lower_ == "between" or ends_range or two_dates or either or span_to or aside or season or token.text == ";" or (token.text == "," and not (year_follows or dated_day)):
            if token.i > start:
                yield Span(doc, start, token.i, label=ent.label_)
            start = token.i + 1
    end = _possessor_end(ent)
    if end - start > 1 and doc[end - 1].lower_ in ("half", "quarter", "third") and end < len(doc) and doc[end].lower_ == "of" and MONTH_NAME.match(doc[end - 2].text):
        end -= 1  # "in January | half of the households": a share of what follows
    quoted = start < end and doc[start].is_quote  # "only 'days' left": both marks of a quoted word
    if quoted:
        start += 1
    while end > start and doc[end - 1].is_quote and (quoted or doc[end - 1].tag_ != "POS"):
        end -= 1  # "within the next week'": the closing mark of a quotation the model ran in; not "in a few years' time"
    if start < end:
        yield Span(doc, start, end, label=ent.label_)


def _day_of_month(words) -> bool:
    """Whether tokens open with a day and month, in either order ("Sept. 10", "24 April")."""
    first, second = (t.text for t in words[:2]) if len(words) > 1 else ("", "")
    return bool((MONTH_NAME.match(first) and re.fullmatch(r"\d{1,2}", second)) or (re.fullmatch(r"\d{1,2}", first) and MONTH_NAME.match(second)))


def _a_season(words) -> bool:
    """Whether words name a season alone: "winter", "the winter"."""
    rest = [t.lower_ for t in words if t.lower_ != "the"]
    return len(rest) == 1 and rest[0] in SEASONS


def _possessor_end(ent) -> int:
    """Where a date ends that owns a thing the model ran into it: "This year’s" of "This year’s
    Nobel" (not "last year's first"; "the week's end" is one date)."""
    for token in ent[1:-1]:
        if token.tag_ == "POS" and not date_expression(ent.doc[token.i + 1:ent.end].text) and ent[-1].pos_ == "PROPN":
            return token.i + 1
    return ent.end


def _two_ends(first: str, last: str) -> bool:
    """Whether "FIRST to LAST" names two times each readable alone: both with their year
    ("2005 to 2015"), or neither and both days ("May 3 to May 5", "Monday to Friday") or a
    duration and a day ("five days through Tuesday"); not "two to three weeks", "September 9
    to 10, 2025" (days of one month: `_readings`), "April 25 to May 6, 1917" (the first takes
    the last's year) or "October to March" (which may cross a year)."""
    if not (date_expression(first) and date_expression(last)) or re.match(r"\d{1,2}\b", last):
        return False
    years = [bool(re.search(r"\b\d{4}\b", end)) for end in (first, last)]
    days = [bool(re.search(r"\b\d{1,2}\b", end)) or weekday(end) for end in (first, last)]
    lasting = resolve(first, None).relation == "duration"  # "five days through Tuesday"
    return all(years) or (not any(years) and (all(days) or (lasting and days[1]))) or _months_in_order(first, last)


def _months_in_order(first: str, last: str) -> bool:
    """Whether "FIRST through LAST" is a month and a later month of this year ("May through July
    of this year"), each then read alone; not "October to March" (which crosses a year), "from
    June to August" (any year's) or "January to March 2019" (the first would not take the
    last's year)."""
    opening = last.split()[0]
    if not MONTH_NAME.match(first) or not MONTH_NAME.match(opening) or not last.endswith("this year"):
        return False
    return month_number(first) < month_number(opening)


def run_into(ent) -> int | None:
    """Where a period named by a deictic word starts in a date entity the model ran a noun or a
    number into ("an interview | last week", "the four | last week"); None when it did not."""
    for token in ent[1:-1]:
        if token.lower_ in DEICTIC and token.nbor().lower_ in PERIODS:
            before = ent.doc[ent.start:token.i]
            timed = date_expression(before.text) or PART_OF & {t.lower_ for t in before}  # "two days last week", "the same period last year", "the end of last week"
            return token.i if not timed and any(t.pos_ == "NOUN" or (t.pos_ == "NUM" and t.is_alpha) for t in before) else None
    return None


def _noun_run_in(ent) -> int | None:
    """Where a date opens in an entity the model began with the noun phrase before it ("a couple |
    for nine years", "a memorial | one day"; not "less than | one week", "the first | day");
    None when it did not."""
    for token in ent[1:-1]:
        if token.lower_ in RUN_IN_STARTS and date_expression(ent.doc[token.i:ent.end].text):
            before = ent.doc[ent.start:token.i]
            if not date_expression(before.text) and any(t.pos_ == "NOUN" or (t.tag_ == "JJ" and t.lower_ not in EDGE_WORDS) for t in before):
                return token.i
            return None
    return None


def _two_durations(ent, token) -> bool:
    """Whether "or" at `token` joins two durations ("three days or a week", "months or years");
    not "a decade or more ago", "a week or two ago", "a day or so"."""
    after = token.nbor() if token.i + 1 < ent.end else None
    second = after is not None and (after.like_num or after.lower_ in ("a", "an") or _UNIT_WORD.match(after.lower_))
    return bool(_UNIT_WORD.match(token.nbor(-1).lower_)) and second and ent[-1].lower_ != "ago"


def _day_number(token) -> bool:
    """A day of the month the model left out of the date after it."""
    return not token.ent_type_ and token.text.isdigit() and 1 <= int(token.text) <= 31
