"""Dates as people write them, and what a form says of a date that cannot be: one recorded
as done after today, or one before its programme began. The same words on every page that
asks for such a date."""

import calendar
import datetime
import difflib
import re

from django.utils import timezone

from nextpractice.words import long_date

# English names, not the server's locale's (strptime's %B would follow LC_TIME).
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _words(names, **more):
    """Each name and its first three letters, lower case, to its number (from 1), and
    `more` (other short forms: "sept", "thurs")."""
    words = {name.lower(): number for number, name in enumerate(names, 1)}
    words.update({name[:3].lower(): number for number, name in enumerate(names, 1)})
    return words | more


MONTH_WORDS = _words(MONTHS, sept=9)
WEEKDAY_WORDS = _words(WEEKDAYS, tues=2, weds=3, thur=4, thurs=4)
# Between the parts of a date: "10/3/2027", "10-3-2027", "10.3.2027", "10 March, 2027".
_BETWEEN = re.compile(r"[\s/.,-]+")
# A part: a number, perhaps an ordinal ("10th"), or a word.
_PART = re.compile(r"(?P<number>[0-9]+)(?P<ordinal>st|nd|rd|th)?|(?P<word>[a-z]+)")


def in_figures(day):
    """27/3/2026: a date as our hints write it, and as a form shows a saved one."""
    return f"{day.day}/{day.month}/{day.year}"


def both_ways(day):
    """An example that shows figures and words both work: "27/3/2026 or 27 March 2026"."""
    return f"{in_figures(day)} or {long_date(day)}"


class DateNotRead(ValueError):
    """Why a typed date was not read: `code` ("invalid", "year_in_full", "no_such_day",
    "wrong_weekday", "no_year", "no_such_month") and what its message names (`params`)."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code, self.params = code, params


def _next_on(d, m):
    """The first `d` of month `m` from today on (a year or more ahead for 29 February), or
    None if no month `m` has a day `d`."""
    today = timezone.localdate()
    for year in range(today.year, today.year + 9):
        try:
            day = datetime.date(year, m, d)
        except ValueError:
            continue
        if day >= today:
            return day
    return None


def _no_year(first, second):
    """Raise "no_year" for a day and month with no year ("3 February", "February 3rd",
    "3/2"), its `example` the next such day written so, or "invalid"."""
    if first["word"] and not second["word"]:
        first, second = second, first  # "February 3rd"
    day, month = first, second
    if day["word"] or month["ordinal"] or len(day["number"]) > 2:
        raise DateNotRead("invalid")
    if month["word"] and month["word"] not in MONTH_WORDS:
        _misspelt_month(day, month["word"], None)
    if month["number"] and (len(month["number"]) > 2 or not 1 <= int(month["number"]) <= 12):
        raise DateNotRead("invalid")
    m = MONTH_WORDS[month["word"]] if month["word"] else int(month["number"])
    next_one = _next_on(int(day["number"]), m)
    if next_one is None:
        raise DateNotRead("invalid")
    written = long_date(next_one) if month["word"] else in_figures(next_one)
    raise DateNotRead("no_year", example=written)


def _misspelt_month(day, word, year):
    """Raise "no_such_month" for a month's name we do not know ("Febuary"), its `example`
    the date with the month it is most like ("3 February 2027"), or today if none is."""
    like = difflib.get_close_matches(word, [name.lower() for name in MONTHS], n=1, cutoff=0.6)
    example = None
    if like:
        m, d = MONTH_WORDS[like[0]], int(day["number"])
        if year and year["number"] and len(year["number"]) == 4:
            try:
                example = datetime.date(int(year["number"]), m, d)
            except ValueError:
                example = None
        else:
            example = _next_on(d, m)
    raise DateNotRead(
        "no_such_month", month=word, example=long_date(example or timezone.localdate())
    )


def read_date(text):
    """The date in `text` as people in England write one: day, month, year, with "/", "-",
    ".", "," or spaces between; the month as a number, a name or its first three letters
    ("10/3/2027", "10.3.2027", "10 Mar 2027", "10th of March 2027", "March 10th, 2027");
    a weekday before it, which must be the date's ("Wed 10 March 2027"); or year first
    ("2027-03-10"). Figures are never read month first: 10/3 is 10 March. Raises
    DateNotRead: "year_in_full" for a real date with a two-digit year (its `example` the date
    written in full, as it was typed), "no_such_day" for a day past its month's end ("31
    February 2027", its `reason`), "wrong_weekday" when the weekday is another (its
    `reason`), "no_year" for a day and month with no year ("3 February", its `example` the
    next such day), "no_such_month" for a month's name misspelt ("3 Febuary 2027", its
    `month` as typed and `example` the date with the month it is most like), "invalid" for
    anything else."""
    parts = _BETWEEN.split(text.strip().lower())
    if parts and parts[-1] == "" and text.rstrip().endswith("."):  # "10 Mar."
        parts.pop()
    matches = [_PART.fullmatch(part) for part in parts]
    if not 2 <= len(parts) <= 5 or not all(matches):
        raise DateNotRead("invalid")
    weekday = None
    if matches[0]["word"] in WEEKDAY_WORDS:
        weekday = WEEKDAY_WORDS[matches.pop(0)["word"]]
    # "10th of March": "of" only between a day and a month's name.
    matches = [
        m
        for i, m in enumerate(matches)
        if not (
            m["word"] == "of"
            and 0 < i < len(matches) - 1
            and matches[i - 1]["number"]
            and matches[i + 1]["word"] in MONTH_WORDS
        )
    ]
    if len(matches) == 2:
        _no_year(*matches)
    if len(matches) != 3:
        raise DateNotRead("invalid")
    words = [m["word"] for m in matches]
    if words == [None, None, None] and len(matches[0]["number"]) == 4:
        year, month, day = matches  # 2027-03-10
    elif words[0] is None and words[2] is None:
        day, month, year = matches  # 10/3/2027, 10 March 2027
    elif words[1] is None and words[2] is None:
        month, day, year = matches  # March 10 2027
    else:
        raise DateNotRead("invalid")
    if (
        month["ordinal"]
        or year["word"]
        or year["ordinal"]
        or day["word"]
        or len(day["number"]) > 2
        or (month["number"] and len(month["number"]) > 2)
    ):
        raise DateNotRead("invalid")
    if month["word"] not in (None, *MONTH_WORDS):  # "3 Febuary 2027"
        _misspelt_month(day, month["word"], year)
    d = int(day["number"])
    m = int(month["number"]) if month["number"] else MONTH_WORDS[month["word"]]
    y = int(year["number"])
    if len(year["number"]) == 2:
        try:
            full = datetime.date(2000 + y, m, d)
        except ValueError:
            raise DateNotRead("invalid") from None
        written = long_date(full) if month["word"] else in_figures(full)
        raise DateNotRead("year_in_full", example=written)
    if len(year["number"]) != 4 or not 1 <= m <= 12 or not 1 <= d <= 31 or y < 1:
        raise DateNotRead("invalid")
    last = calendar.monthrange(y, m)[1]
    if d > last:
        month_is = f"{MONTHS[m - 1]} {y}" if m == 2 else MONTHS[m - 1]
        raise DateNotRead("no_such_day", reason=f"{month_is} has {last} days, not {d}")
    date = datetime.date(y, m, d)
    if weekday is not None and weekday != date.isoweekday():
        raise DateNotRead(
            "wrong_weekday",
            reason=f"{long_date(date)} is a {WEEKDAYS[date.weekday()]}, "
            f"not a {WEEKDAYS[weekday - 1]}",
        )
    return date


def not_in_future_problem(day, what):
    """Why `day` cannot be the date of something recorded as done (`what`: "date measured"),
    or None: not after today."""
    if day and day > timezone.localdate():
        return f"The {what} must be today or in the past"
    return None


def before_programme_problem(day, programme, what):
    """Why `day` cannot be the date `what` of something in `programme`, or None: not before
    the programme began ("must be 9/1/2006 or after: Next Practice began on 9 January
    2006")."""
    began = programme.start_date if programme is not None else None
    if day and began and day < began:
        return (
            f"The {what} must be {began:%-d/%-m/%Y} or after: "
            f"{programme.name} began on {began:%-d %B %Y}"
        )
    return None


def done_date_problem(day, programme, what):
    """Why `day` cannot be the date `what` of something done in `programme`, or None: neither
    after today nor before the programme began (a meeting "held" on 1 January 0001)."""
    return not_in_future_problem(day, what) or before_programme_problem(day, programme, what)
