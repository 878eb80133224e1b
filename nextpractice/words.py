"""Words for a record's name, or a message, where the whole of a text would be too long;
numbers as people write them."""

from decimal import Decimal

from django.utils.dateformat import format as format_date


def long_date(day):
    """A day as the pages write it: 3 March 2026."""
    return format_date(day, "j F Y")


def month_label(month):
    """A month (its first day, as a monthly update or highlight report keeps it) as the pages
    write it: March 2026, not the day 1 March 2026."""
    return format_date(month, "F Y")


def clock_time(moment):
    """A moment's time of day as the pages write it, in the site's time zone: 3:45pm."""
    from django.utils import timezone

    moment = timezone.localtime(moment)
    return format_date(moment, "g:i") + ("am" if moment.hour < 12 else "pm")


def in_a_list(names, most=None):
    """Names as a sentence lists them: "A", "A and B", "A, B and C"; with `most`, no more
    than that many named and the rest counted: "A, B, C, D, E and 12 more"."""
    names = [str(name) for name in names]
    if most is not None and len(names) > most:
        names = [*names[:most], f"{len(names) - most} more"]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def plain_number(value):
    """A number as people write it: 89, 91.5, 1200, -3; not 89.000, 1.2E+3 nor -0. The one
    place a stored decimal is made plain: in forms, pages, exports and "from … to …"."""
    if value is None or value == "":
        return ""
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    text = f"{value.normalize():f}"
    return "0" if text == "-0" else text


def shortened(text, width):
    """`text` whole if it fits `width` characters; else on one line, cut after its last whole
    word that fits, with "…": "Becta: work with Knowsley's City…", not "…City Learning Centr".
    A last word so long that cutting before it would lose more than half the room (a pasted
    link, say) is cut within itself."""
    text = str(text or "")
    if len(text) <= width:
        return text
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    at_word = cut if flat[width - 1] == " " else cut.rsplit(" ", 1)[0]
    kept = at_word if len(at_word) >= width // 2 else cut
    return kept.rstrip(" ,;:.") + "…"


def without_full_stop(text):
    """`text` without the full stop at its end, for a sentence that goes on after it: a
    risk's "…the SEND strand cannot start." then its likelihood read "…cannot start., high
    likelihood". An ellipsis ("..." or "…") and any other mark are kept."""
    text = str(text or "").rstrip()
    if text.endswith(".") and not text.endswith(".."):
        return text[:-1].rstrip()
    return text


def fitted(before, name, after="", width=105):
    """`before` + `name` + `after`, within `width` characters: the name cut at a word with
    "…" so what follows it (a role, the dates) stays whole."""
    room = max(width - len(before) - len(after), 10)
    return f"{before}{shortened(name, room)}{after}"


def date_range(start, end):
    """Two days as a sentence spans them, the year said once where it can be: "7 to 30
    November 2026", "7 November to 6 December 2026", "7 December 2025 to 6 January 2026"."""
    if start.year != end.year:
        return f"{long_date(start)} to {long_date(end)}"
    if start.month != end.month:
        return f"{format_date(start, 'j F')} to {long_date(end)}"
    return f"{start.day} to {long_date(end)}"


def since_label(moment):
    """When something has waited since, as a line says it: "09:12" for today, "3 May, 09:12"
    for an earlier day (local time); "" for None."""
    if moment is None:
        return ""
    from django.utils import timezone

    moment = timezone.localtime(moment)
    if moment.date() == timezone.localdate():
        return f"{moment:%H:%M}"
    return f"{moment:%-d %B, %H:%M}"
