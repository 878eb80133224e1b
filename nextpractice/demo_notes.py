"""Where the demonstration's content comes from, kept off its records.

The demo modules mark each item they invent with MARK ("(demo)") in their data: an option's
or a trial's title, a school's name, a text the seeds do not give. The loaders write every
such text through `plain()`, so records carry only what a head teacher would read; the
"About this demonstration" page (nextpractice.views.about_demo) lists the marked items,
read from the same data, so it stays true as the data changes.

load_demo leaves a small file (`demo.json`) in the default storage saying when it ran, so
every app server of a cluster finds it in the shared bucket. The banner on every page asks
for it without a query: one `stat` on this server's disk; in object storage, a request to the
bucket at most once a minute (the answer is kept in the cache, shared when that is Redis;
when the cache is down, the bucket is asked).
"""

import datetime
import json
import re

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from nextpractice.caching import cache

MARK = "(demo)"
_MARK_RE = re.compile(r"\s*\(demo\)\s*")
MARKER_FILE = "demo.json"
# In object storage: how long an answer to "is the demo loaded?" is kept before asking again.
REMOTE_SECONDS = 60
_CACHE_KEY = "nextpractice:demo-loaded"


def plain(text):
    """`text` as a record shows it: without the demo's marks."""
    if not text:
        return text
    return _MARK_RE.sub(" ", text).strip()


def mark_loaded(*, offset_months):
    """Say that the demo is loaded (called by load_demo), and by how many months it moved."""
    data = {"loaded_on": timezone.localdate().isoformat(), "offset_months": offset_months}
    # Replaced, not saved beside: a storage gives a second file of one name a name of its own.
    default_storage.delete(MARKER_FILE)
    default_storage.save(MARKER_FILE, ContentFile(json.dumps(data).encode()))
    if _in_object_storage():
        cache.delete(_CACHE_KEY)


def is_loaded():
    """Whether load_demo has run on this installation: never a query."""
    if not _in_object_storage():
        return default_storage.exists(MARKER_FILE)
    loaded = cache.get(_CACHE_KEY)
    if loaded is None:
        try:
            loaded = default_storage.exists(MARKER_FILE)
        except Exception:  # the bucket unreachable: no banner on this page, rather than no page
            return False
        cache.set(_CACHE_KEY, loaded, timeout=REMOTE_SECONDS)
    return loaded


def _in_object_storage():
    return settings.STORAGE != "local"


# The seeds the demo is filled from, as the About page names them.
SEEDS = [
    ("000", "‘Next Practice’ in education, the Innovation Unit, March 2007: the 2006-8 "
     "programme, its four projects, the Stevenage and Bridgemary field trials, the "
     "incubation offer and the Power to Innovate"),
    ("001", "Building an Innovation Zone with national partners through BSF: Knowsley's "
     "experience, Partnerships for Schools, with Knowsley's pedagogic audit"),
    ("002", "Spreading innovation across local authorities: Tools of the trade, NCSL's "
     "LEArning Project"),
    ("003", "The Innovation Unit on ‘burning platform’ innovation: Radical Efficiency, "
     "Corby and Bradford"),
    ("004", "Towards excellence and equity for all, The Staff College, 2016: the local "
     "authority's role"),
]  # fmt: skip


def loaded_on():
    """The day load_demo last ran, or None."""
    if not default_storage.exists(MARKER_FILE):
        return None
    try:
        with default_storage.open(MARKER_FILE) as marker:
            data = json.loads(marker.read())
    except (OSError, ValueError):
        return None
    return datetime.date.fromisoformat(data["loaded_on"])


def about():
    """What the "About this demonstration" page says: how far each seed's dates moved, the
    seeds, and what each demo part invents (its ABOUT, read from the part's own data)."""
    from accounts.management.commands.load_demo import PARTS

    from . import demo_calendar

    today = timezone.localdate()
    moves = []
    for name, present in demo_calendar.PRESENTS:
        months = demo_calendar.offset_months(today, present=present)
        last = (present - datetime.timedelta(days=1)).replace(day=1)
        moves.append(
            {"name": name, "months": months, "present": present, "now": today, "last": last}
        )
    sections = [
        {"heading": heading, "intro": intro, "items": items}
        for part in PARTS
        for heading, intro, items in getattr(part, "ABOUT", ())
    ]
    # Parts that list what they invent as plain sentences (INVENTED) share one section.
    invented = [item for part in PARTS for item in getattr(part, "INVENTED", ())]
    if invented:
        sections.append(
            {
                "heading": "The later stages",
                "intro": "To show every screen, the demonstration carries the programme a "
                "little beyond where the seeds leave it. These are its own:",
                "items": invented,
            }
        )
    return {"moves": moves, "seeds": SEEDS, "sections": sections, "loaded_on": loaded_on()}
