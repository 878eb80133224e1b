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
(08:00 to 18:00, local) of the month so far.
"""

import datetime

from dateutil.relativedelta import relativedelta
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


# When people do things in the demo: a squeezed moment (not_after_today) falls in these
# hours of the day, local time, as the seeds' own moments do.
WORKING_HOURS = (datetime.time(8), datetime.time(18))


def working_hours_so_far(now=None):
    """The working hours of the month so far, [(start, end)] in local time: each day's
    WORKING_HOURS from the 1st, today's up to now; none before 08:00 on the 1st."""
    now = timezone.localtime(now or timezone.now())
    spans = []
    day = now.date().replace(day=1)
    while day <= now.date():
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
    share = (value.day - 1) / 31
    return today.replace(day=1) + datetime.timedelta(days=int((today.day - 1) * share))
