import pytest

from generator.nlp.dates import Resolved, date_expression, days_named, resolve

CASES = [
    # text, published, future, expected (date, precision, relation)
    ("Monday", "2025-06-02", False, ("2025-06-02", "day", "past")),  # published on a Monday: that day
    ("Wednesday", "2025-07-23", False, ("2025-07-23", "day", "past")),
    ("Sunday", "2022-02-28", False, ("2022-02-27", "day", "past")),
    ("Thursday night", "2025-03-14", False, ("2025-03-13", "day", "past")),
    ("Monday", "2025-06-04", True, ("2025-06-09", "day", "future")),
    ("May 16", "2025-06-02", False, ("2025-05-16", "day", "past")),
    ("June 2", "2025-07-23", False, ("2025-06-02", "day", "past")),
    ("December 30", "2025-01-04", False, ("2024-12-30", "day", "past")),
    ("February 28, 2022", None, False, ("2022-02-28", "day", "past")),
    ("yesterday", "2025-03-14", False, ("2025-03-13", "day", "past")),
    ("the day before", "2025-03-14", False, ("2025-03-13", "day", "past")),
    ("earlier this week", "2025-03-14", False, ("2025-03-10", "week", "past")),
    ("last week", "2025-03-14", False, ("2025-03-03", "week", "past")),
    ("Just over a week ago", "2025-07-23", False, ("2025-07-14", "week", "past")),
    ("less than 24 hours ago", "2025-06-02", False, ("2025-06-01", "day", "past")),
    ("three days ago", "2025-06-02", False, ("2025-05-30", "day", "past")),
    ("March 2025", "2025-06-02", False, ("2025-03-01", "month", "past")),
    ("the coming days", "2022-02-28", False, (None, None, "future")),
    ("50 days", "2025-07-23", False, (None, None, "duration")),
    ("within 50 days", "2025-07-23", False, (None, None, "duration")),
    ("within the next week", "2025-07-23", False, (None, None, "duration")),
    ("within the next two weeks", "2025-07-23", False, (None, None, "duration")),
    ("3-4 decades", "2025-07-23", False, (None, None, "duration")),
    ("the beginning of this day", "2025-02-10", False, ("2025-02-10", "day", "past")),
    ("this day", "2025-02-10", False, (None, None, "past")),  # "to this day": no day
    ("Friday", "2023-02-24", True, ("2023-02-24", "day", "future")),  # "meets on Friday" in Friday's paper
    ("next Friday", "2023-02-24", False, ("2023-03-03", "day", "future")),
    ("48-hour", "2025-07-23", False, (None, None, "duration")),
    ("30-day", "2025-03-14", False, (None, None, "duration")),
    ("more than eight hours", "2025-03-14", False, (None, None, "duration")),
    ("a little over an hour", "2025-06-02", False, (None, None, "duration")),
    ("over-two-hour", "2025-06-02", False, (None, None, "duration")),
    ("years-long", "2025-06-02", False, (None, None, "duration")),
    ("the age of 25", "2025-07-23", False, (None, None, "duration")),
    ("later this month", "2022-06-11", False, ("2022-06-01", "month", "future")),
    ("later this year", "2022-06-11", False, ("2022-01-01", "year", "future")),
    ("three and a half years", "2022-06-11", False, (None, None, "duration")),
    ("a year and a half", "2022-06-11", False, (None, None, "duration")),
    ("in the coming days", "2025-06-02", False, (None, None, "future")),
    ("earlier in the week", "2022-10-22", False, ("2022-10-17", "week", "past")),
    ("the end of March", "2022-07-11", False, ("2022-03-01", "month", "past")),
    ("Saturday morning", "2022-10-22", False, ("2022-10-22", "day", "past")),
    ("Oct. 10", "2022-10-22", False, ("2022-10-10", "day", "past")),
    ("today's", "2025-06-02", False, ("2025-06-02", "day", "past")),
    ("2014", "2022-07-11", False, ("2014-01-01", "year", "past")),
    ("pre-2014", "2022-05-28", False, ("2014-01-01", "year", "past")),
    ("three decades", "2022-08-11", False, (None, None, "duration")),
    ("26-year-old", "2022-08-23", False, (None, None, "duration")),
    ("over the weekend", "2022-08-23", False, ("2022-08-15", "week", "past")),
    ("decade", "2024-03-01", False, (None, None, "past")),  # nothing dateparser can place
    ("at least November 21", "2022-10-01", True, ("2022-11-21", "day", "future")),  # "until at least November 21"
    ("no later than Friday", "2022-10-01", True, ("2022-10-07", "day", "future")),
    ("at least 50 days", "2022-10-01", False, (None, None, "duration")),
    ("over the past week", "2022-10-01", False, (None, None, "duration")),  # a window up to now
    ("over the years", "2022-10-01", False, (None, None, "duration")),
    ("the weeks", "2022-10-01", False, (None, None, "past")),  # "in the weeks before the invasion": when
    ("For centuries", "2022-10-01", False, (None, None, "duration")),
    ("last summer", "2022-07-20", False, ("2021-01-01", "year", "past")),  # this one is not over
    ("last summer", "2022-10-01", False, ("2022-01-01", "year", "past")),
    ("next spring", "2022-10-01", False, ("2023-01-01", "year", "future")),
    ("the spring", "2022-10-01", False, ("2022-01-01", "year", "past")),
    ("the spring", "2022-10-01", True, ("2023-01-01", "year", "future")),
    ("Earlier this summer", "2022-10-01", False, ("2022-01-01", "year", "past")),
    ("the autumn of 2023", "2022-10-01", False, ("2023-01-01", "year", "future")),
    ("2025 summer", "2025-02-28", False, ("2025-01-01", "year", "past")),
    ("this winter", "2022-10-01", False, (None, None, "future")),  # a winter spans two years
    ("this winter", "2023-01-15", False, (None, None, "past")),
    ("last winter", "2022-10-01", False, (None, None, "past")),
]


@pytest.mark.parametrize("text,expected", [
    ("Monday", True), ("the end of March", True), ("years", True), ("the age of 25", True),
    ("under 25", False), ("half-past-noon", False), ("night", False), ("daily", False), ("winter", True),
])
def test_date_expression(text, expected):
    assert date_expression(text) is expected


@pytest.mark.parametrize("text,published,future,expected", CASES)
def test_resolve(text, published, future, expected):
    got = resolve(text, published, future)
    assert (got.date, got.precision, got.relation) == expected


def test_weekends_months_without_a_day_and_months_of_this_year():
    assert resolve("the weekend", "2026-01-26") == Resolved("2026-01-19", "week", "past")
    assert resolve("late February", "2022-08-05") == Resolved("2022-02-01", "month", "past")
    assert resolve("the end of February this year", "2022-08-05") == Resolved("2022-02-01", "month", "past")
    assert resolve("yearlong", "2022-08-05").relation == "duration"
    assert resolve("days", "2022-08-05").relation == "duration"
    assert not date_expression("the deadliest year")


def test_a_range_of_days_names_each_day():
    assert days_named("23-27 September", ".") == [(0, 2, "23 September"), (3, 15, "27 September")]
    assert days_named("March 5–6, 2022", ".") == [(0, 7, "March 5, 2022"), (8, 15, "March 6, 2022")]
    assert days_named("28 and", " 29 January 2025 in Geneva") == [(0, 2, "28 January 2025")]
    assert days_named("10", " and 12 October") == [(0, 2, "10 October")]
    assert days_named("10", " soldiers and 12 October") == []
    assert days_named("1950-1953", ".") == [(0, 4, "1950"), (5, 9, "1953")]
    assert days_named("27 September", ".") == [] and days_named("3-4 decades", ".") == [] and days_named("1950-53", ".") == []


def test_a_present_tense_day_and_month_looks_a_month_ahead_only():
    assert resolve("June 23", "2022-06-16", soon=True).date == "2022-06-23"
    assert resolve("August 23", "2022-06-16", soon=True).date == "2021-08-23"
    assert resolve("June 20", "2022-06-16").date == "2021-06-20"


def test_decades_ago_count_back_in_years():
    assert resolve("more than two decades ago", "2022-03-23") == Resolved("2002-01-01", "year", "past")
    assert resolve("a decade ago", "2022-03-23").date == "2012-01-01"


def test_a_weekday_before_a_day_and_month_picks_the_year_it_falls_in():
    assert resolve("Sunday 24 April", "2022-04-15") == Resolved("2022-04-24", "day", "future")  # not April 2021, a Saturday
    assert resolve("Saturday, Sept. 10", "2022-08-26").date == "2022-09-10"
    assert resolve("on Monday, 11 April", "2022-04-15") == Resolved("2022-04-11", "day", "past")
    assert resolve("Monday 3 March", "2022-04-15").date == "2022-03-03"  # on no Monday near: the tense's year stands
    assert resolve("on Monday, 13 February", "2022-08-26").date == "2022-02-13"  # a Monday of 2023, but half a year off
    assert resolve("Monday 9 a.m.", "2022-04-15").date == "2022-04-11"  # a time, no day of the month
