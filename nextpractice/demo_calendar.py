"""The demonstration's calendar: the seeds' dates, moved so the programme stands today where
the seeds leave it.

The seeds' Next Practice programme ran from January 2006; the pamphlet (seed 000, March 2007)
leaves it in spring 2007, with trials incubating and their reports for May 2007 the latest in.
The demo keeps every date's place relative to the others and moves them all by the same whole
number of months, so that the seeds' "present" (SEEDS_PRESENT, the month after that last
report) falls in the current month: the seeds' May 2007 is the demo's last complete month.
Month boundaries stay month boundaries, so a monthly update for "May 2007" becomes the update
for last month.

The other seeds have presents of their own: the Knowsley Innovation Zone (seed 001) is left
after its March 2009 review and the case study of June 2009, and the Radical Efficiency
programme (seed 003; its dates are the demo's) after its options were decided in January
2011. Their dates move by their own offsets (`present=`), so that none lies in the future.

Every demo loader writes a seed date through `moved()` (or `moved_datetime()`), never a bare
date, so the whole demo moves together. What happened (a submission, a completion, a meeting
held) goes through `not_after_today()` as well: a seed date late in the seeds' present month
would otherwise land later this month. Held back, a moment lands in the working hours
(08:00 to 18:00, local) of the working days of the month so far.

A seed date moved by whole months keeps its day of the month, so its weekday changes: the
seeds' Thursday meeting can become a Saturday. What people do (a session, a visit, a meeting,
a milestone due or done, an update sent) is put on the nearest working day (`working_day()`):
Monday to Friday, not a bank holiday in England; and what is done with schools (sessions,
visits, workshops, meetings) on a school day too, not in the summer or Christmas holidays.
"""

import datetime
import functools
import zlib

from dateutil.easter import easter
from dateutil.relativedelta import MO, relativedelta
from django.utils import timezone

# Where the seeds leave the Next Practice programme: the month after its May 2007 reports.
SEEDS_PRESENT = datetime.date(2007, 6, 1)
# Seed 001: the month after the Knowsley case study (June 2009).
KNOWSLEY_PRESENT = datetime.date(2009, 7, 1)
# Seed 003: the month after the Radical Efficiency options were decided (January 2011).
RADICAL_EFFICIENCY_PRESENT = datetime.date(2011, 2, 1)

# For the "About this demonstration" page: (what, whose dates, its present).
PRESENTS = [
    ("Next Practice 2006-8 (seed 000)", SEEDS_PRESENT),
    ("Knowsley Innovation Zone (seed 001)", KNOWSLEY_PRESENT),
    ("Radical Efficiency (seed 003)", RADICAL_EFFICIENCY_PRESENT),
]


def offset_months(today=None, *, present=SEEDS_PRESENT):
    """Whole months between the seeds' present and today's month."""
    today = today or timezone.localdate()
    return (today.year - present.year) * 12 + (today.month - present.month)


def moved(day, today=None, *, present=SEEDS_PRESENT):
    """A seed date moved to the demo's calendar (the day of the month kept, or the month's
    last day when the month is shorter)."""
    if day is None:
        return None
    return day + relativedelta(months=offset_months(today, present=present))


def moved_datetime(moment, today=None, *, present=SEEDS_PRESENT):
    """A seed date and time moved as `moved()` moves dates; a naive value is taken as local."""
    if moment is None:
        return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment + relativedelta(months=offset_months(today, present=present))


@functools.cache
def bank_holidays(year):
    """England's bank holidays in `year`: New Year's Day, Good Friday, Easter Monday, the
    early May, spring and summer bank holidays, Christmas Day and Boxing Day, a holiday that
    falls at the weekend replaced by the next weekday. (Years with a moved May bank holiday,
    such as 2020's VE Day, are not special-cased: the demo only needs a plausible calendar.)"""
    days = set()
    for fixed in (datetime.date(year, 1, 1), datetime.date(year, 12, 25)):
        while fixed.weekday() >= 5 or fixed in days:
            fixed += datetime.timedelta(days=1)
        days.add(fixed)
    boxing = datetime.date(year, 12, 26)
    while boxing.weekday() >= 5 or boxing in days:
        boxing += datetime.timedelta(days=1)
    days.add(boxing)
    sunday = easter(year)
    days |= {sunday - datetime.timedelta(days=2), sunday + datetime.timedelta(days=1)}
    days.add(datetime.date(year, 5, 1) + relativedelta(weekday=MO(1)))
    days.add(datetime.date(year, 5, 31) + relativedelta(weekday=MO(-1)))
    days.add(datetime.date(year, 8, 31) + relativedelta(weekday=MO(-1)))
    return frozenset(days)


def is_working_day(day):
    """Monday to Friday, and not a bank holiday in England."""
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def in_school_holidays(day):
    """In the schools' summer holiday (from 22 July to the end of August) or their
    Christmas holiday (from 20 December to 2 January): roughly, as English schools' terms
    vary by authority."""
    month_day = (day.month, day.day)
    return (7, 22) <= month_day <= (8, 31) or month_day >= (12, 20) or month_day <= (1, 2)


def school_holidays_around(day):
    """The (first, last) days of the school holiday `day` falls in."""
    if day.month in (7, 8):
        return datetime.date(day.year, 7, 22), datetime.date(day.year, 8, 31)
    year = day.year if day.month == 12 else day.year - 1
    return datetime.date(year, 12, 20), datetime.date(year + 1, 1, 2)


def is_school_day(day):
    """A working day in term time: when a school can be visited or met."""
    return is_working_day(day) and not in_school_holidays(day)


def working_day(day, *, school=False, earliest=None, latest=None):
    """The working day nearest `day` (the day itself if it is one; the earlier of two as
    near), no earlier than `earliest` nor later than `latest`. With school=True, the nearest
    school day (is_school_day), or a working day when the span has none; a day in the school
    holidays goes to the last fortnight of the term before (from the holiday's first half) or
    the first fortnight of the term after, spread as the days were, so that a month's visits
    do not all land on the last day of term. A span with no working day at all leaves `day`
    as it is (held within the span)."""
    if day is None:
        return None
    if school and in_school_holidays(day):
        first, last = school_holidays_around(day)
        length, into = (last - first).days + 1, (day - first).days
        if into < length / 2:
            day = first - datetime.timedelta(days=1 + (length // 2 - 1 - into) * 14 // length)
        else:
            day = last + datetime.timedelta(days=1 + (into - length // 2) * 14 // length)
    if earliest is not None and day < earliest:
        day = earliest
    if latest is not None and day > latest:
        day = latest
    tests = (is_school_day, is_working_day) if school else (is_working_day,)
    for test in tests:
        for distance in range(0, 62):
            for candidate in (day - datetime.timedelta(days=distance),
                              day + datetime.timedelta(days=distance)):  # fmt: skip
                if earliest is not None and candidate < earliest:
                    continue
                if latest is not None and candidate > latest:
                    continue
                if test(candidate):
                    return candidate
    return day


def on_working_day(moment, *, school=False):
    """A moment moved to the same time of day on the first working day on or after its own
    (a school day with school=True): forwards, so that it stays after what it followed."""
    if moment is None:
        return None
    local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    day = local.date()
    test = is_school_day if school else is_working_day
    while not test(day):
        day += datetime.timedelta(days=1)
    if day == local.date():
        return moment
    moved_local = datetime.datetime.combine(day, local.time().replace(tzinfo=None))
    return timezone.make_aware(moved_local) if timezone.is_aware(moment) else moved_local


def time_of_day(key, earliest=9, latest=17):
    """A time of day between `earliest` and `latest` o'clock (the last hour excluded), the
    same for the same `key` on every load and spread across keys, so that what different
    people did on one day does not all read as done at the same minute."""
    spread = zlib.crc32(str(key).encode()) % ((latest - earliest) * 12)
    return datetime.time(earliest + spread // 12, (spread % 12) * 5)


# When people do things in the demo: a squeezed moment (not_after_today) falls in these
# hours of the day, local time, as the seeds' own moments do.
WORKING_HOURS = (datetime.time(8), datetime.time(18))


def working_hours_so_far(now=None):
    """The working hours of the month so far, [(start, end)] in local time: each working
    day's WORKING_HOURS from the 1st, today's up to now; none before 08:00 on the 1st. When
    the month has had no working day yet (it began at a weekend or on New Year's Day), every
    day's hours so far."""
    now = timezone.localtime(now or timezone.now())
    spans = _hours_so_far(now, is_working_day)
    return spans or _hours_so_far(now, lambda day: True)


def _hours_so_far(now, counts):
    spans = []
    day = now.date().replace(day=1)
    while day <= now.date():
        if not counts(day):
            day += datetime.timedelta(days=1)
            continue
        opens, closes = (
            timezone.make_aware(datetime.datetime.combine(day, hour)) for hour in WORKING_HOURS
        )
        if opens < now:
            spans.append((opens, min(closes, now)))
        day += datetime.timedelta(days=1)
    return spans


def not_after_today(value):
    """A moved date or datetime of something that has happened, held back to today (or now)
    when the seed's day falls later in the present month than today: spread over the month
    so far in the seed's order, so that they do not all read as happening this minute, and
    within its working hours (08:00 to 18:00), so that nobody works at night."""
    if value is None:
        return None
    now = timezone.now()
    if isinstance(value, datetime.datetime):
        if value <= now:
            return value
        # Squeezed into the month so far, in the same order, rather than all at this minute:
        # at the same share of its working hours as the seed's moment is of its month.
        local = timezone.localtime(now)
        start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        end = start + relativedelta(months=1)
        share = min(1.0, (value - start) / (end - start))
        spans = working_hours_so_far(local)
        if not spans:
            # Before 08:00 on the 1st the month has no working hours yet: its night so far.
            return start + (local - start) * share
        left = sum((closes - opens for opens, closes in spans), datetime.timedelta()) * share
        for opens, closes in spans:
            if left <= closes - opens:
                return opens + left
            left -= closes - opens
        return spans[-1][1]
    today = timezone.localdate()
    if value <= today:
        return value
    # The working days of the month so far (or, before the first, its days so far).
    first = today.replace(day=1)
    days = [first + datetime.timedelta(days=n) for n in range(today.day)]
    days = [day for day in days if is_working_day(day)] or days
    return days[int(len(days) * (value.day - 1) / 31)]
