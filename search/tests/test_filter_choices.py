"""The search filters' choices are kept in the cache (search/choices.py) and never stale: a
new theme, a renamed programme or a membership ended is seen on the very next search."""

import re
import time

from django.core.cache import caches
from django.core.cache.backends import locmem
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from evaluation.models import Tag
from evaluation.tests.factories import LessonFactory
from programmes.models import Programme, ProgrammeMembership
from search import choices


def options(client, user, name, **params):
    """The labels of the filter `name`'s options on the search page."""
    client.force_login(user)
    response = client.get(reverse("search:search"), {"q": "anything", **params})
    assert response.status_code == 200
    select = re.search(
        rf'<select[^>]*name="{name}">(.*?)</select>', response.content.decode(), re.S
    )
    if select is None:  # nothing to choose but "Any …": the filter is not shown
        return []
    return re.findall(r"<option[^>]*>([^<]*)</option>", select.group(1))


def test_the_choices_are_asked_of_the_database_once_then_kept(client, world):
    officer = world.users["officer"]
    LessonFactory(programme=world.quartz).themes.set([Tag.objects.create(name="Kept theme")])
    assert "Kept theme" in options(client, officer, "theme")
    with CaptureQueriesContext(connection) as asked:
        assert "Kept theme" in options(client, officer, "theme")
    tables = " ".join(q["sql"] for q in asked.captured_queries)
    assert '"evaluation_tag"' not in tables and '"programmes_programme"."name"' not in tables


def test_a_theme_given_to_a_lesson_is_offered_at_once(client, world):
    officer = world.users["officer"]
    lesson = LessonFactory(programme=world.quartz)
    assert options(client, officer, "theme") == []
    lesson.themes.add(Tag.objects.create(name="Reading aloud"))
    assert options(client, officer, "theme") == ["Any theme", "Reading aloud"]
    lesson.themes.clear()
    assert options(client, officer, "theme") == []


def test_a_renamed_programme_and_a_new_policy_area_are_offered_at_once(client, world):
    officer = world.users["officer"]
    assert "Quartz Programme" in options(client, officer, "programme")
    world.quartz.name = "Quartz Renamed"
    world.quartz.save()
    world.beryl.policy_area = "Attendance"
    world.beryl.save()
    assert options(client, officer, "programme") == ["Any programme", "Quartz Renamed"]
    assert "Attendance" in options(client, officer, "policy_area")


def test_a_person_who_leaves_a_programme_is_no_longer_offered_it(client, world):
    officer = world.users["officer"]
    assert options(client, officer, "programme") == ["Any programme", "Quartz Programme"]
    ProgrammeMembership.objects.filter(user=officer, programme=world.quartz).delete()
    assert options(client, officer, "programme") == []


def test_people_who_see_different_things_are_offered_different_choices(client, world):
    LessonFactory(programme=world.onyx_programme).themes.set([Tag.objects.create(name="Onyx")])
    assert "Onyx" in options(client, world.users["admin"], "theme")
    assert "Onyx" not in options(client, world.users["officer"], "theme")
    assert "Onyx Programme" not in options(client, world.users["officer"], "programme")


def test_kept_in_one_process_s_memory_a_change_made_elsewhere_is_offered_within_a_minute(
    client, world, monkeypatch
):
    """Without a shared cache, the worker or another app server renaming a programme moves
    no version here: what this process kept lasts a minute, not a day."""
    officer = world.users["officer"]
    assert isinstance(caches["default"], LocMemCache)  # as `make run` and these tests keep it
    assert "Quartz Programme" in options(client, officer, "programme")
    # Renamed where this process's signals do not hear of it.
    Programme.objects.filter(pk=world.quartz.pk).update(name="Quartz Elsewhere")
    assert "Quartz Programme" in options(client, officer, "programme")
    later = time.time() + 61
    monkeypatch.setattr(locmem.time, "time", lambda: later)
    assert "Quartz Elsewhere" in options(client, officer, "programme")


def test_in_a_cache_every_process_shares_choices_are_kept_a_day(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    assert choices.keep_seconds() == choices.KEEP_SECONDS == 24 * 60 * 60
