"""A shared cache (Redis, NEXTPRACTICE_CACHE_URL) that does not answer is a miss: searching
and saving go on, each failure logged in one line (nextpractice/caching.py).

No mock: the cache is pointed at a real address where nothing listens.
"""

import logging

import pytest
from django.core.cache import caches
from django.urls import reverse

from accounts.tests.test_broker_down import closed_port
from nextpractice.caching import cache
from nextpractice.config import cache_from_url


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {"default": cache_from_url(f"redis://127.0.0.1:{closed_port()}/1")}


def cache_warnings(caplog):
    return [r for r in caplog.records if r.name == "nextpractice.caching"]


def test_with_the_cache_down_the_search_page_answers_with_its_filters(
    client, world, cache_down, caplog
):
    officer = world.users["officer"]
    client.force_login(officer)
    with caplog.at_level(logging.WARNING):
        response = client.get(reverse("search:search"), {"q": "leadership"})
    assert response.status_code == 200
    assert ">Quartz Programme</option>" in response.content.decode()  # the filters, asked
    warnings = cache_warnings(caplog)
    assert warnings, "a cache that did not answer was not logged"
    assert all("\n" not in r.getMessage() for r in warnings)
    assert "taken as a miss" in warnings[0].getMessage()


def test_with_the_cache_down_a_project_is_saved(world, cache_down, caplog):
    project = world.beryl
    project.title = "Beryl Renamed"
    with caplog.at_level(logging.WARNING):
        project.save()  # the search choices' version is moved in the cache: it is down
    project.refresh_from_db()
    assert project.title == "Beryl Renamed"
    assert len(cache_warnings(caplog)) == 1  # one failure, one line


def test_what_the_cache_answers_itself_is_unchanged(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert cache.get("not-kept") is None
    cache.set("kept", 1)
    assert cache.get("kept") == 1 and caches["default"].get("kept") == 1
    with pytest.raises(ValueError):
        cache.incr("not-kept")  # as Django's: search/choices.py move_on relies on it
