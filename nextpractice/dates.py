"""What a form says of a date that cannot be: one recorded as done after today, or one
before its programme began. The same words on every page that asks for such a date."""

from django.utils import timezone


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
