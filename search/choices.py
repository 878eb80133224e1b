"""The search filters' choices a person is offered: the programmes, policy areas and themes of
what they may see. Asked of the apps' rules, and kept in the cache, because they change far
less often than people search:

- under the person's access keys (search/access.py keys_held): whoever holds the same keys
  sees the same programmes, projects and lessons (search/tests/test_access_keys.py holds the
  keys to the rules), so a membership made or ended changes the keys and so the entry;
- and under a version that any change to a programme, project, lesson or theme moves on
  (the signals below), so a new theme or a renamed programme is offered at once.

The version is moved in the cache of the process that made the change. Shared (Redis, with
NEXTPRACTICE_CACHE_URL) every process sees it, and choices are kept a day; in a process's own
memory (no cache URL), a change made in another process (the worker, another app server)
moves nothing here, so choices are kept only a minute: that change is offered within one.
A cache that does not answer is a miss (nextpractice/caching.py): the choices are asked.
"""

import hashlib
import time

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.signals import m2m_changed, post_delete, post_save

from evaluation.models import Lesson, Tag
from evaluation.rules import visible_records
from nextpractice.caching import cache
from programmes.models import Programme, Project
from programmes.rules import visible_programmes, visible_projects

VERSION_KEY = "search:choices:version"
KEEP_SECONDS = 24 * 60 * 60  # in a cache every process shares
KEEP_SECONDS_OWN = 60  # in this process's own memory


def keep_seconds():
    """How long a person's choices are kept: a day if every process shares the cache, a
    minute if it is this process's own."""
    return KEEP_SECONDS_OWN if isinstance(caches["default"], LocMemCache) else KEEP_SECONDS


def filter_choices(user, held):
    """(programmes, policy areas, themes) for `user`, who holds the keys `held` (None: an
    administrator): programmes as (id, name, end date), themes as (id, name), policy areas as
    names."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _new_version()
    who = "all" if held is None else hashlib.sha256("\n".join(held).encode()).hexdigest()
    # "v2": programmes as (id, name, end date) since their pickers say which have ended.
    key = f"search:choices:v2:{version}:{who}"
    found = cache.get(key)
    if found is None:
        found = _asked(user)
        cache.set(key, found, timeout=keep_seconds())
    return found


def _asked(user):
    programmes = list(
        visible_programmes(user).order_by("name").values_list("pk", "name", "end_date")
    )
    areas = list(
        visible_projects(user)
        .exclude(policy_area="")
        .order_by("policy_area")
        .values_list("policy_area", flat=True)
        .distinct()
    )
    # Themes of lessons the person may read: the name of a theme used only where they may
    # not look is not shown either. Asked tag by tag (there are few), so that the lessons
    # they read are not all read.
    lessons = visible_records(user, Lesson).current()
    used = Lesson.themes.through.objects.filter(tag=OuterRef("pk"), lesson__in=lessons)
    themes = list(Tag.objects.filter(Exists(used)).order_by("name").values_list("pk", "name"))
    return programmes, areas, themes


def _new_version():
    """A version never used before (the clock), should the cache have lost the last one:
    starting again from 1 could find choices kept under an old 1."""
    cache.add(VERSION_KEY, time.time_ns(), timeout=None)
    return cache.get(VERSION_KEY)


def move_on():
    """Every person's choices are asked afresh from now on."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not kept (or evicted)
        _new_version()


def forget(**_kwargs):
    """Move the version on, now and again when the change commits: choices asked in between
    (from what was there before) are then asked afresh."""
    move_on()
    transaction.on_commit(move_on)


for model in (Programme, Project, Lesson, Tag):
    post_save.connect(forget, sender=model, dispatch_uid=f"search-choices-save-{model.__name__}")
    post_delete.connect(
        forget, sender=model, dispatch_uid=f"search-choices-delete-{model.__name__}"
    )
m2m_changed.connect(forget, sender=Lesson.themes.through, dispatch_uid="search-choices-themes")
