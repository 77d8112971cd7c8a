"""Resolve date expressions to calendar dates against an article's publication date.

dateparser handles explicit calendar dates ("May 16", "February 28, 2022", "March 2025"),
with the year taken from the publication date and the tense. Relative expressions are
resolved here instead, because dateparser reads them against the wall clock or resolves
them differently from how news is written: a bare weekday is the most recent such day on
or before publication ("on Monday" in Monday's paper is that day; dateparser gives the week
before), "earlier this week" is a week, not a day, and "50 days" or "24- to 48-hour" are
durations, not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBERS = {
    "a": 1, "an": 1, **{word: n for n, word in enumerate(_ONES, 1)}, **{word: n for n, word in enumerate(_TEENS, 10)},
    **{tens: n for n, tens in zip(range(20, 100, 10), _TENS)},
    **{f"{tens}-{one}": n + k for n, tens in zip(range(20, 100, 10), _TENS) for k, one in enumerate(_ONES, 1)},  # "twenty-two"
    "several": 3, "a few": 3, "few": 3, "a couple of": 2, "couple of": 2,
}
VAGUE_COUNTS = {"several", "a few", "few"}
UNIT = r"(minute|hour|day|night|week|fortnight|month|year)s?"
_COUNT = rf"(\d+|{'|'.join(sorted(NUMBERS, key=len, reverse=True))})"  # "twenty-two" before "twenty"
_HEDGE = (
    r"(?:just |only |about |around |nearly |almost |roughly |approximately |some |more than |less than |over |under |"
    r"just over |just under |barely |at least |a little over |a little more than |little more than |over-|more-than-)?"
)
_AGO = re.compile(rf"^{_HEDGE}{_COUNT}[ -](minute|hour|day|night|week|fortnight|month|year|decade)s? ago$")
LENGTH_UNIT = r"(?:hour|day|night|week|month|year|decade|century)"  # what a length is counted in: "hourlong", "years-long"
_ONE_PERIOD = r"(?:hour|day|week|month|year)"  # "within the hour"
WITHIN_THE = re.compile(rf"^within the (?:next|coming|{_ONE_PERIOD})\b")  # "within the next week", "within the hour": how long
_LOWER_BOUND = r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:to|-|or)[- ]?)?"  # "five to ten years"
ONE_MORE = r"(?:another|a further|an additional)"
_DURATION = re.compile(
    rf"^(?:within |for |after |over |in |during |the past |the last |the previous |the next |up to |the )?{_HEDGE}"
    rf"{_LOWER_BOUND}{_COUNT}(?: and a half)?[- ]{UNIT}(?: and a half)?(?:[- ]long|[- ]old| of age)?$"  # "three and a half years"
    rf"|^{_HEDGE}(?!an? )(?!one ){_COUNT} [a-z]+(?:ing|ed|ful) {UNIT}$"  # "five grueling months" (not "a momentous day")
    rf"|^{ONE_MORE} (?:[a-z]+ )?{_COUNT}[- ]{UNIT}$"  # "another volatile 24 hours"
    rf"|^for {ONE_MORE} {UNIT}$"  # "held out for another day" (not "on another day")
    rf"|^an? [a-z]+ few {UNIT}$"  # "a tough few weeks"
    rf"|^(?:the (?:past|last|previous) )?{_HEDGE}{_LOWER_BOUND}(?:half a |{_COUNT} )(?:decades?|centur(?:y|ies))$"  # "nearly half a century", "the past two decades"
    rf"|^(?:the )?age of \d+$|^\d+-?(?:day|hour|week|month|year)s?$|^(?:an? )?(?:\w+-)?{LENGTH_UNIT}s?-?long$"
    rf"|^(?:over|more than|under|nearly|about|almost)?-?{_COUNT}-{UNIT}$"
    r"|^(?:(?:over|for|during|under) (?:the )?)?(?:many |several |few )?(?:(?:minute|hour|day|night|week|month|year|decade)s|centuries)$"  # "for days", "over the years", "under days of attack": how long, not when
    r"|^(?:over |during )?(?:the (?:past|last)|this past) (?:day|week|fortnight|month|year|decade)$"  # "over the past week": a window up to now
    rf"|^within (?:the )?(?:next|coming) (?:few |{_COUNT} )?(?:minute|hour|day|week|fortnight|month|year)s?$|^within the {_ONE_PERIOD}$"
)
_RELATIVE_WORDS = re.compile(
    r"\b(ago|last|next|this|previous|past|coming|before|after|earlier|later|since|today|tonight|"
    r"yesterday|tomorrow|now|day|days|week|weeks|weekend|fortnight|hours?|minutes?|months|years|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
SOON_DAYS = 31  # how far ahead a present-tense day and month may be (a month alone is the nearest: "imagery from May shows")
FIXED_BASE = datetime(2024, 12, 31)  # a leap year, so "29 February" parses before its year is fixed
ORDINAL_NUMBER = re.compile(r"^(\d+)(?:st|nd|rd|th)$")  # "254th"
_DECADE = re.compile(r"\b(?:(?:1[89]|20)\d0['’]?s|\d{1,2}(?:st|nd|rd|th) century)$")
_FUTURE_ONLY = re.compile(r"\b(coming|upcoming|next few|soon)\b")
_PARTS_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"
_BOUND = re.compile(r"^(?:at least|as early as|as late as|no later than|not later than|not before|not until) (?=\S)")
_DAY_SO_FAR = re.compile(r"\b(?:beginning|start) of (?:this|the) day\b")
_IN_YEAR = re.compile(r"^(.+?) (this|last|next) year$")
_WEEKEND = re.compile(r"^(?:over |at |during )?(?:the |this |last |past |next )?weekend$")
_WEEKDAY = re.compile(
    rf"^(?:(last|this|next|past|previous|on|early|late|earlier|later) )?({'|'.join(WEEKDAYS)})(?:['’]s)?{_PARTS_OF_DAY}$"
)
_SIMPLE = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1, "overnight": -1, "the day before": -1,
    "the previous day": -1, "the day before yesterday": -2, "tomorrow": 1,
}
_PERIODS = {
    "this week": ("week", 0), "earlier this week": ("week", 0), "later this week": ("week", 0),
    "last week": ("week", -1), "the previous week": ("week", -1), "earlier last week": ("week", -1),
    "next week": ("week", 1), "earlier in the week": ("week", 0), "later in the week": ("week", 0),
    "earlier in the month": ("month", 0), "this month": ("month", 0), "earlier this month": ("month", 0),
    "last month": ("month", -1), "next month": ("month", 1), "this year": ("year", 0),
    "earlier this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "later this month": ("month", 0), "later this year": ("year", 0),
}


@dataclass(frozen=True)
class Resolved:
    date: str | None
    precision: str | None
    relation: str  # past | future | duration


# a word that makes a span a date expression at all (not an age, a clock time or a frequency)
_DATE_WORD = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|days?|weeks?|weekends?|fortnights?|months?|years?|decades?|hours?|minutes?|today|tonight|tomorrow|yesterday"
    r"|ago|age of \d+|(?:1\d|20)\d\d|(?:1[89]|20)\d0['’]?s|centur(?:y|ies)|(?:last|this) (?:night|morning|afternoon|evening)|spring|summer|autumn|winter|(?:last|this|next|past) fall"
    rf"|{LENGTH_UNIT}s?-?long)(?:['’]s)?\b",
    re.I,
)
HOUR_KINDS = ("daylight", "working", "business", "opening", "office", "peak", "waking", "visiting")
_NOT_DATES = re.compile(
    r"^(?:daily|weekly|monthly|yearly|annually|every \w+|each \w+)$"
    r"|^the \w+est (?:day|week|month|year)\b"  # "the deadliest year": a ranking, not a date
    rf"|^(?:{'|'.join(HOUR_KINDS)}) hours$"  # a kind of hours
    r"|^(?:this|that) [a-z]+ hour$",  # "in this dark hour": a moment of history, no time
    re.I,
)
EDGE = re.compile(r"^(?:the )?(?:end|beginning|start|middle) of |^(?:early|late|mid)[- ](?=\w)")


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
MONTH_NAME = re.compile(rf"^{_MONTH}$", re.I)
# a weekday, then a day and month: "sunday 24 april", "saturday, sept. 10" (not "friday the 13th", "monday 9 a.m.")
_ON_WEEKDAY = re.compile(rf"^({'|'.join(WEEKDAYS)}),? (?=\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}}\b)")
WEEKDAY_REACH = 92  # how far from the article's date a weekday may move a day's year
_NAMED_MONTH = re.compile(rf"^(last|past|this|next) ({_MONTH})$")  # "last December", "this November"
_SEASON = re.compile(r"^(?:the )?(?:((?:19|20)\d\d) )?(?:(?:earlier|later) (?=this))?(?:(last|past|this|next) )?(spring|summer|autumn|fall|winter)(?: of)?(?: ((?:19|20)\d\d))?$")
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # northern; winter spans two years
_TO = r"\s*(?:-|–|—|to|and)\s*"
_DAY_FIRST = re.compile(rf"^(\d{{1,2}}){_TO}(\d{{1,2}})\s+({_MONTH}(?:,?\s+\d{{4}})?)$", re.I)
_MONTH_FIRST = re.compile(rf"^({_MONTH})\s+(\d{{1,2}}){_TO}(\d{{1,2}})((?:,?\s+\d{{4}})?)$", re.I)
_YEARS = re.compile(r"^(?:the years )?((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)$")  # "the 1950-1953 Korean War", "in the years 2022–2025"
_LONE_DAY = re.compile(r"^(\d{1,2})(?:\s*(?:and|to|,))?$", re.I)
_DATED_DAY_NEXT = re.compile(rf"^(?:{_TO}|,\s*|\s+)\d{{1,2}}\s+({_MONTH}(?:,?\s+\d{{4}})?)\b", re.I)


def days_named(surface: str, after: str) -> list[tuple[int, int, str]]:
    """The days (or years) a range names, each as the characters of its words in `surface` and
    the expression to resolve: "23-27 September" is (0, 2, "23 September") and (3, 15, "27
    September"), "September 23-27" is two days too, "1950-1953" two years; a lone day before a
    dated one takes its month and year ("28" of "28 and 29 January 2025", `after` being the
    text that follows). Empty for anything else."""
    if match := _YEARS.match(surface):
        return [(match.start(1), match.end(1), match.group(1)), (match.start(2), len(surface), match.group(2))]
    if match := _DAY_FIRST.match(surface):
        first, second, month = match.groups()
        return [(0, match.end(1), f"{first} {month}"), (match.start(2), len(surface), f"{second} {month}")]
    if match := _MONTH_FIRST.match(surface):
        month, first, second, year = match.groups()
        return [(0, match.end(2), f"{month} {first}{year}"), (match.start(3), len(surface), f"{month} {second}{year}")]
    if (match := _LONE_DAY.match(surface)) and (dated := _DATED_DAY_NEXT.match(after)):
        return [(0, match.end(1), f"{match.group(1)} {dated.group(1)}")]
    return []


def counts_back(text: str) -> bool:
    """Whether an expression is a count of units that "ago" would date ("a week", "just two days")."""
    return bool(_AGO.match(f"{normalize_expression(text)} ago"))


def weekday(text: str) -> bool:
    """Whether an expression names a day of the week ("Sunday", "next Monday evening")."""
    return bool(_WEEKDAY.match(normalize_expression(text)))


@lru_cache(maxsize=65536)
def date_expression(text: str) -> bool:
    """Whether a DATE/TIME span names a time at all: "under 25" (an age), "half-past-noon",
    "night" or "daily" do not."""
    expr = normalize_expression(text)
    return bool(_DATE_WORD.search(expr)) and not _NOT_DATES.match(expr)


@lru_cache(maxsize=65536)
def normalize_expression(text: str) -> str:
    text = re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("-and-a-half", " and a half")).strip(" .,;:")
    text = re.sub(r" (?:or|and)$", "", text)  # "late July or" (… "early August"): the model's span
    text = re.sub(r"^(?:on|by|since|from|until|till|in) ", "", re.sub(r"^the (?=\w+day\b)", "", text))
    text = _BOUND.sub("", text)  # "until at least November 21": the day
    text = re.sub(r"^(?:pre|post|mid)-(?=(?:1[89]|20)\d\d\b)", "", text)  # "pre-2014 borders": the year
    text = re.sub(r"'s(?: (?:first|second|third|last|latest|final|next))?$", "", text)  # "this week's first"
    return EDGE.sub("", text)


def resolve(text: str, published: str | None, future: bool = False, soon: bool = False, either_side: bool = False) -> Resolved:
    """Resolve one date expression; `future` says the sentence speaks of what is to come,
    `soon` that it is in the present tense (a day and month up to a month ahead is this
    coming one: "as EU leaders prepare to decide June 23-24"), `either_side` that a month or day
    without its year may lie either side of the article's date (the nearest is taken)."""
    expr = normalize_expression(text)
    if _DURATION.match(expr) and not expr.endswith("ago"):
        return Resolved(None, None, "duration")
    if _FUTURE_ONLY.search(expr):
        return Resolved(None, None, "future")
    if _DECADE.search(expr):
        return Resolved(None, None, "past")  # "the early 1990s", "the 21st century": no precision of a decade or century
    base = date.fromisoformat(published) if published else None
    if base is None:
        return _explicit(expr, None, future) or Resolved(None, None, "future" if future else "past")
    if _DAY_SO_FAR.search(text.lower()):
        return _day(base, False)  # "since the beginning of this day", in a daily report
    if expr in _SIMPLE:
        offset = _SIMPLE[expr]
        return _day(base + timedelta(days=offset), offset > 0)
    if expr in _PERIODS:
        unit, offset = _PERIODS[expr]
        period = _period(base, unit, offset)
        return replace(period, relation="future") if expr.startswith("later") else period  # "later this month": to come
    if expr == "the new year":  # "will rise in the new year": the coming one, this one in January
        return _period(base, "year", 0 if base.month == 1 else 1)
    if match := _AGO.match(expr):
        return _ago(base, match.group(1), match.group(2))
    if match := _WEEKDAY.match(expr):
        return _weekday(base, match.group(1), match.group(2), future, either_side)
    if _WEEKEND.match(expr):
        return _weekend(base, future or expr.startswith("next "), expr.startswith("next "))
    if match := _NAMED_MONTH.match(expr):
        return _named_month(base, match.group(1), match.group(2))
    if match := _SEASON.match(expr):
        first_year, modifier, name, year = match.groups()
        return _season(base, modifier, name, first_year or year, future, soon or either_side)
    return _explicit(expr, base, future, soon, either_side) or Resolved(None, None, "future" if future else "past")


def _day(day: date, future: bool) -> Resolved:
    return Resolved(day.isoformat(), "day", "future" if future else "past")


def _period(base: date, unit: str, offset: int) -> Resolved:
    relation = "future" if offset > 0 else "past"
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=offset)
        return Resolved(monday.isoformat(), "week", relation)
    if unit == "month":
        month = base.month - 1 + offset
        start = date(base.year + month // 12, month % 12 + 1, 1)
        return Resolved(start.isoformat(), "month", relation)
    return Resolved(date(base.year + offset, 1, 1).isoformat(), "year", relation)


def counted_from(start: str, published: str | None, count: int, unit: str) -> Resolved:
    """The day, week, month or year `count` units after the day `start` (before it when negative):
    "a day after the start of the war" is the day after the day the war began."""
    first = date.fromisoformat(start)
    counted = Resolved((first + timedelta(days=count)).isoformat(), "day", "past") if unit == "day" else _period(first, unit, count)
    later = published is not None and counted.date > published
    return Resolved(counted.date, counted.precision, "future" if later else "past")


def _ago(base: date, count: str, unit: str) -> Resolved:
    """The day, week, month or year a count of units before `base` falls in; none for a count
    no one gave ("a few months ago", "several weeks ago": three would be a guess)."""
    if count in VAGUE_COUNTS:
        return Resolved(None, None, "past")
    n = int(count) if count.isdigit() else NUMBERS.get(count, 1)
    if unit.startswith(("minute", "hour")):
        return _day(base - timedelta(days=-(-n // 24) if unit.startswith("hour") else 0), False)
    if unit.startswith(("day", "night")):
        return _day(base - timedelta(days=n), False)
    if unit.startswith(("week", "fortnight")):
        day = base - timedelta(days=14 * n if unit.startswith("fortnight") else 7 * n)
        return Resolved((day - timedelta(days=day.weekday())).isoformat(), "week", "past")
    if unit.startswith("month"):
        return _period(base, "month", -n)
    return _period(base, "year", -n * (10 if unit.startswith("decade") else 1))


def _weekday(base: date, modifier: str | None, name: str, future: bool, either_side: bool = False) -> Resolved:
    """The weekday `name` before publication (or on it), or after it when the clause speaks of
    what is to come; under a modal with no "last" or "next" ("should win in Sunday's
    election"), the nearer of the two."""
    target = WEEKDAYS.index(name)
    nearer_ahead = either_side and modifier is None and 0 < (target - base.weekday()) % 7 < (base.weekday() - target) % 7
    ahead = modifier == "next" or (future and modifier not in ("last", "past", "previous")) or nearer_ahead
    if ahead:
        delta = (target - base.weekday()) % 7 or (7 if modifier == "next" else 0)  # "meets on Friday" in Friday's paper: that day
        return _day(base + timedelta(days=delta), True)
    delta = (base.weekday() - target) % 7
    if modifier in ("last", "previous") and delta == 0:
        delta = 7
    return _day(base - timedelta(days=delta), False)


def month_number(name: str) -> int:
    """1 for "January", "Jan." or "jan", … 12 for "December"."""
    return datetime.strptime(name.strip(".")[:3], "%b").month


def _named_month(base: date, modifier: str, name: str) -> Resolved:
    """"last December": the latest December before the article's month; "next March" the first
    after it; "this November" the one of the article's year."""
    month = month_number(name)
    year = base.year
    if modifier in ("last", "past"):
        year -= month >= base.month
    elif modifier == "next":
        year += month <= base.month
    start = date(year, month, 1)
    return Resolved(start.isoformat(), "month", "future" if start > base else "past")


def _season(base: date, modifier: str | None, name: str, year: str | None, future: bool, present: bool) -> Resolved:
    """The year of a season: "last summer" the latest one over before the article's month,
    "next spring" the first not yet begun, "this autumn" the article's year's; with no word
    before it ("in the spring"), the latest begun, or for what is to come the first not yet
    over. A winter spans two years, so it keeps only whether it is past or to come: "this
    winter", or one in a present-tense or open clause ("face a harsh winter", "could return
    during winter"), is to come from March to November."""
    ahead = modifier == "next" or (future and modifier not in ("last", "past"))
    if year:
        return Resolved(f"{year}-01-01", "year", "future" if int(year) > base.year or (int(year) == base.year and ahead) else "past")
    if name == "winter":  # "this winter" is to come until March
        return Resolved(None, None, "future" if ahead or ((modifier == "this" or present and not modifier) and 3 <= base.month <= 11) else "past")
    start = SEASON_START[name]
    if modifier in ("last", "past"):
        held = base.year - (base.month <= start + 2)
    elif modifier == "next":
        held = base.year + (base.month >= start)
    elif modifier == "this":
        held = base.year
    else:
        held = base.year + (base.month > start + 2) if future else base.year - (base.month < start)
    relation = "future" if held > base.year or (held == base.year and (base.month < start or ahead and base.month <= start + 2)) else "past"
    return Resolved(date(held, 1, 1).isoformat(), "year", relation)


def _weekend(base: date, future: bool, following: bool = False) -> Resolved:
    """The week of the weekend `base` is in or last followed; for the future the coming one,
    and for "next weekend" said during a weekend, the one after."""
    saturday = base - timedelta(days=(base.weekday() - 5) % 7)
    if (future and saturday < base - timedelta(days=1)) or (following and base.weekday() >= 5):
        saturday += timedelta(weeks=1)
    monday = saturday - timedelta(days=5)
    return Resolved(monday.isoformat(), "week", "future" if future else "past")


def _explicit(expr: str, base: date | None, future: bool, soon: bool = False, either_side: bool = False) -> Resolved | None:
    if not re.search(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", expr):
        return None
    if base and (match := _IN_YEAR.match(expr)):  # "february this year": dateparser reads no such year
        year = base.year + {"this": 0, "last": -1, "next": 1}[match.group(2)]
        return _explicit(f"{match.group(1)} {year}", base, future)
    if base and (match := _ON_WEEKDAY.match(expr)):
        return _on_weekday(WEEKDAYS.index(match.group(1)), expr[match.end():], base, future, soon, either_side)
    if re.fullmatch(r"\d{4}", expr):
        year = int(expr)
        if not 1000 <= year <= 2100:
            return None
        relation = "future" if base and year > base.year else "past"
        return Resolved(f"{year}-01-01", "year", relation)
    if base and not _RELATIVE_WORDS.search(expr):
        # An absolute expression parses the same for every article: parse it once, then take a
        # missing year from the article's date, as dateparser's PREFER_DATES_FROM would.
        parsed, period = _parse(expr, None, future)
        if parsed is not None and period in ("month", "year"):
            parsed = parsed.replace(day=1)  # before the year is chosen: 29 February has no other year
        if parsed is not None and not re.search(r"\b\d{4}\b", expr):
            parsed = _nearest_year(parsed, base, future, soon, period, either_side)
    else:
        parsed, period = _parse(expr, base.isoformat() if base else None, future)
    if parsed is None:
        return None
    if period == "month":
        parsed = parsed.replace(day=1)
    elif period == "year":
        parsed = parsed.replace(month=1, day=1)
    elif period == "week":
        parsed = parsed - timedelta(days=parsed.weekday())
    relation = "future" if base and parsed > base else "past"
    return Resolved(parsed.isoformat(), period if period in ("day", "week", "month", "year") else "day", relation)


def _on_weekday(named: int, rest: str, base: date, future: bool, soon: bool, either_side: bool) -> Resolved | None:
    """A day and month set after its weekday ("Sunday 24 April") in the year, of the tense's
    and the two beside it, in which it falls on that weekday within three months of the
    article's date, whatever the tense ("taking place on Sunday 24 April", said on 15 April
    2022: 2022, not 2021); failing that, in the tense's year ("on Monday, 13 February" of a
    trial years back, or a weekday the story got wrong)."""
    resolved = _explicit(rest, base, future, soon, either_side)
    if resolved is None or resolved.precision != "day" or re.search(r"\b\d{4}\b", rest):
        return resolved
    day = date.fromisoformat(resolved.date)
    fitting = [d for d in _same_day(day, (day.year - 1, day.year, day.year + 1)) if d.weekday() == named and abs((d - base).days) <= WEEKDAY_REACH]
    if not fitting:
        return resolved
    day = _nearest(fitting, base)
    return Resolved(day.isoformat(), "day", "future" if day > base else "past")


def _nearest(days: list[date], base: date) -> date:
    """The day nearest `base`, the earlier of two as near."""
    return min(days, key=lambda d: (abs((d - base).days), d > base))


def _same_day(day: date, years) -> list[date]:
    """The same month and day in each of `years` that has it (29 February)."""
    found = []
    for year in years:
        try:
            found.append(day.replace(year=year))
        except ValueError:
            continue
    return found


def _nearest_year(parsed: date | None, base: date, future: bool, soon: bool = False, period: str = "day", either_side: bool = False) -> date | None:
    """The same month and day in the year nearest the article's date, on or before it (or on
    or after it for the future, or for `soon` when a day falls within a month after it, or
    either side for `either_side`, and for `soon` a month alone: "the cap is set in October")."""
    candidates = _same_day(parsed, (base.year - 1, base.year, base.year + 1))
    if (either_side or (soon and period == "month")) and not future:  # a month is as near as its middle
        middle = timedelta(days=14 if period == "month" else 0)
        return min(candidates, key=lambda d: (abs((d + middle - base).days), d > base), default=None)
    ahead = min((d for d in candidates if d >= base), default=None)
    if future or (soon and ahead is not None and period == "day" and (ahead - base).days <= SOON_DAYS):
        return ahead
    return max((d for d in candidates if d <= base), default=None)


@lru_cache(maxsize=4096)
def _parse(expr: str, base: str | None, future: bool) -> tuple[date | None, str | None]:
    """dateparser on one expression; without `base`, relative to a fixed leap year's last day
    (never the clock), for expressions whose year the caller fixes."""
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": False}
    settings["RELATIVE_BASE"] = datetime.fromisoformat(base) if base else FIXED_BASE
    data = _parser(tuple(sorted(settings.items()))).get_date_data(expr)
    if data is None or data.date_obj is None:
        return None, None
    return data.date_obj.date(), data.period


@lru_cache(maxsize=64)
def _parser(settings: tuple):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))


# a capitalised word that is no weekday or month: "Independence Day", "Christmas"
HOLIDAY_NAME = re.compile(
    r"\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Febr)uary\b|March\b|April\b|May\b|June?\b|July?\b"
    r"|August\b|(?:Septem|Octo|Novem|Decem)ber\b|The\b|This\b|Last\b|Next\b|Early\b|Late\b)[A-Z][a-z]+"
)


# festivals of faiths kept the world over, by a country whose calendar the `holidays` package keeps them in
FESTIVALS = {"Diwali": "IN", "Hanukkah": "IL", "Rosh Hashanah": "IL", "Yom Kippur": "IL", "Eid al-Fitr": "AE", "Eid al-Adha": "AE"}
_FESTIVAL_OF = {name.lower(): country for name, country in FESTIVALS.items()}
_EASTER = re.compile(r"(?:(orthodox|catholic|western) )?easter(?: sunday)?")
EASTER_APART = 7  # days between the two churches' Easters within which a story's "Easter" is the nearer one
# countries whose main church keeps the Orthodox Easter
ORTHODOX = {"UA", "RU", "BY", "GE", "GR", "RS", "BG", "RO", "MD", "CY", "MK", "ME"}


def holiday(text: str, published: str | None, countries: tuple[str, ...]) -> Resolved | None:
    """A named holiday ("Independence Day", "Victory Day", "Christmas") as kept by the first of
    `countries` (ISO codes, the article's most named first) that keeps it, on its occurrence
    nearest the publication date. The `holidays` package knows each country's calendar, also
    days that are no longer days off (Ukraine's under martial law). Easter is read by `_easter`."""
    if not published:
        return None
    expr = re.sub(r"^(?:the )?(?:annual |traditional )?", "", normalize_expression(text))
    expr = re.sub(r" (?:parades?|celebrations?|festivities)$", "", expr)  # "the annual Victory Day Parade": held on the day
    if not re.search(r"[a-z]", expr):
        return None
    base = date.fromisoformat(published)
    if match := _EASTER.fullmatch(expr):
        return _easter(base, match.group(1), countries[:1] and countries[0] in ORTHODOX)
    for country in (*countries, *([_FESTIVAL_OF[expr]] if expr in _FESTIVAL_OF else [])):  # "a happy Diwali" in a British story
        days = [day for year in (base.year - 1, base.year, base.year + 1) for day, name in _calendar(country, year) if _names(name, expr)]
        if days := [day for day in days if day - timedelta(days=1) not in days]:  # a feast of several days is its first
            day = _nearest(days, base)
            return _day(day, day > base)
    return None


def _easter(base: date, church: str | None, orthodox_country: bool) -> Resolved:
    """Easter Sunday nearest the article's date of the church named ("orthodox"; "western" or
    "catholic"); with none named, when the two churches' Easters are a week apart or less (2022:
    17 and 24 April), the one nearer the article's date (a British story of 17 April speaks of
    that day), else the one of the church of the country the article names most. Calendars keep
    it only where it is a day off (not Germany's or Russia's)."""
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    years = (base.year - 1, base.year, base.year + 1)
    western, orthodox = (_nearest([easter(year, method) for year in years], base) for method in (EASTER_WESTERN, EASTER_ORTHODOX))
    if church:
        day = orthodox if church == "orthodox" else western
    elif abs((western - orthodox).days) <= EASTER_APART:
        day = _nearest([western, orthodox], base)
    else:
        day = orthodox if orthodox_country else western
    return _day(day, day > base)


def _names(name: str, expr: str) -> bool:
    """Whether a holiday's name is the expression: "Independence Day", "Christmas" for
    "Christmas Day", "Easter" for "Easter Sunday (Pascha)", "Victory Day" for "Day of Victory
    over Nazism … (Victory Day)", "Diwali" for "Diwali; Naraka Chaturdashi" (two on one day);
    not a day off in its stead ("Victory Day (observed)")."""
    name = name.lower().replace("’", "'")
    if "(observed)" in name:
        return False
    bases = [one.split(" (")[0] for one in name.split("; ")]
    return any(expr in (base, base.removesuffix(" day"), base.removesuffix("'s day"), base.removesuffix(" sunday")) for base in bases) or f"({expr})" in name


@lru_cache(maxsize=256)
def _calendar(country: str, year: int) -> tuple[tuple[date, str], ...]:
    import holidays  # 0.2 s to import: only for an article that names a holiday

    try:
        categories = holidays.country_holidays(country).supported_categories  # no year: nothing computed
        calendar = holidays.country_holidays(country, years=year, language="en_US", categories=categories)
    except (NotImplementedError, KeyError):
        return ()
    return tuple(sorted(calendar.items()))
