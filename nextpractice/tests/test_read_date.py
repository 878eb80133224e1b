"""Dates read as a head teacher types them: "10 March 2027", "10.3.2027", "10th of March
2027" and "Wed 10 March 2027" are all 10 March 2027, and figures are never read month first.
A tester's "10 March 2027" was refused as "Enter a real date"."""

import calendar
import datetime

import pytest
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from nextpractice.dates import MONTHS, WEEKDAYS, DateNotRead, in_figures, read_date
from nextpractice.words import long_date

TENTH_OF_MARCH = datetime.date(2027, 3, 10)


@pytest.mark.parametrize(
    "typed",
    [
        "10/3/2027",
        "10/03/2027",
        "10-3-2027",
        "10.3.2027",
        "10 3 2027",
        " 10 / 3 / 2027 ",
        "2027-03-10",
        "2027/3/10",
        "10 March 2027",
        "10 march 2027",
        "10 MARCH 2027",
        "10 Mar 2027",
        "10 Mar. 2027",
        "10-Mar-2027",
        "10/March/2027",
        "10th March 2027",
        "10th of March 2027",
        "10 March, 2027",
        "March 10 2027",
        "March 10th, 2027",
        "Mar 10 2027",
        "Wed 10 March 2027",
        "Wednesday 10 March 2027",
        "Wednesday, 10th of March 2027",
        "weds 10/3/2027",
        "10/3/2027.",
    ],
)
def test_a_date_written_as_people_write_it_is_read(typed):
    assert read_date(typed) == TENTH_OF_MARCH


@pytest.mark.parametrize(
    "typed, day",
    [
        ("1st September 2027", datetime.date(2027, 9, 1)),
        ("2nd Sept 2027", datetime.date(2027, 9, 2)),
        ("3rd Sep 2027", datetime.date(2027, 9, 3)),
        ("21st May 2027", datetime.date(2027, 5, 21)),
        ("29 February 2028", datetime.date(2028, 2, 29)),  # a leap year
        ("Thurs 1 July 2027", datetime.date(2027, 7, 1)),
        ("Tues 6 July 2027", datetime.date(2027, 7, 6)),
        ("3/10/2027", datetime.date(2027, 10, 3)),  # 3 October, never March the 10th
        ("12/1/2027", datetime.date(2027, 1, 12)),
    ],
)
def test_ordinals_short_names_and_day_first_figures(typed, day):
    assert read_date(typed) == day


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "10",
        "10032027",  # no separators: 10 March, or 3 October in another order?
        "3/30/2027",  # American order: month 30 does not exist
        "13/13/2027",
        "0/3/2027",
        "32/3/2027",
        "10/0/2027",
        "10/3/0000",
        "10/3/202",
        "10/3/20271",
        "100/3/2027",
        "10 March 2027 Fri",
        "of 10 March 2027",
        "10th 3rd 2027",
        "10 March 2027th",
        "-10/3/2027",
        "10/3/2027/",
        "10//3//2027x",
        "today",
        "mañana",
        "١٠/٣/٢٠٢٧",  # Arabic-Indic digits: not what the hint asks for
        "10/3/2027 10:00",
    ],
)
def test_what_is_not_a_date_is_refused(typed):
    with pytest.raises(DateNotRead) as refused:
        read_date(typed)
    assert refused.value.code == "invalid"


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("31/2/2027", "February 2027 has 28 days, not 31"),
        ("29 February 2027", "February 2027 has 28 days, not 29"),
        ("30 Feb 2028", "February 2028 has 29 days, not 30"),
        ("31 April 2027", "April has 30 days, not 31"),
        ("31.6.2027", "June has 30 days, not 31"),
    ],
)
def test_a_day_past_its_month_s_end_says_how_many_days_the_month_has(typed, reason):
    with pytest.raises(DateNotRead) as refused:
        read_date(typed)
    assert (refused.value.code, refused.value.params) == ("no_such_day", {"reason": reason})


@pytest.mark.parametrize(
    "typed, example",
    [
        ("10/03/27", "10/3/2027"),
        ("1 3 07", "1/3/2007"),
        ("10 March 27", "10 March 2027"),
        ("10th Mar 27", "10 March 2027"),
    ],
)
def test_a_two_digit_year_is_asked_for_in_full_as_it_was_written(typed, example):
    with pytest.raises(DateNotRead) as refused:
        read_date(typed)
    assert (refused.value.code, refused.value.params) == ("year_in_full", {"example": example})


@pytest.mark.parametrize(
    "typed, day, month, in_words",
    [
        ("10 March", 10, 3, True),
        ("March 10th", 10, 3, True),
        ("Wed 10th of March", 10, 3, True),
        ("10/3", 10, 3, False),
        ("29 Feb", 29, 2, True),
    ],
)
def test_a_date_without_a_year_asks_for_it_with_the_next_such_day(typed, day, month, in_words):
    today = timezone.localdate()
    year = next(
        y
        for y in range(today.year, today.year + 9)
        if day <= calendar.monthrange(y, month)[1] and datetime.date(y, month, day) >= today
    )
    example = datetime.date(year, month, day)
    with pytest.raises(DateNotRead) as refused:
        read_date(typed)
    written = long_date(example) if in_words else in_figures(example)
    assert (refused.value.code, refused.value.params) == ("no_year", {"example": written})


@pytest.mark.parametrize(
    "typed, month, example",
    [
        ("3 Febuary 2027", "febuary", "3 February 2027"),
        ("Febuary 3rd, 2027", "febuary", "3 February 2027"),
        ("10 Marchh 2027", "marchh", "10 March 2027"),
    ],
)
def test_a_misspelt_month_is_named_with_the_month_it_is_most_like(typed, month, example):
    with pytest.raises(DateNotRead) as refused:
        read_date(typed)
    assert refused.value.code == "no_such_month"
    assert refused.value.params == {"month": month, "example": example}


def test_a_two_digit_year_of_a_date_that_is_not_real_is_not_a_date():
    with pytest.raises(DateNotRead) as refused:
        read_date("31/2/07")
    assert refused.value.code == "invalid"


def test_a_weekday_that_is_not_the_date_s_is_refused_not_guessed():
    """Either the weekday or the date is wrong, and only the person who typed it knows
    which: say both, rather than keep a date that may be the wrong one."""
    with pytest.raises(DateNotRead) as refused:
        read_date("Fri 10 March 2027")
    assert refused.value.code == "wrong_weekday"
    assert refused.value.params == {"reason": "10 March 2027 is a Wednesday, not a Friday"}


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_any_date_written_as_we_write_dates_is_read_back_as_itself(day):
    assert read_date(in_figures(day)) == day
    assert read_date(long_date(day)) == day
    assert read_date(f"{day:%d/%m/%Y}") == day
    assert read_date(f"{day.day:02} {MONTHS[day.month - 1]} {day.year}") == day  # %d %B %Y
    assert read_date(day.isoformat()) == day
    assert read_date(f"{WEEKDAYS[day.weekday()]} {long_date(day)}") == day
