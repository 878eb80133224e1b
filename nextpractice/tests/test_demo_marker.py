"""load_demo's marker (the banner on every page) is a file in the default storage: on one
server its disk, on a cluster the bucket every app server shares."""

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage

from nextpractice import demo_notes

IN_MEMORY = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def test_the_marker_is_written_to_the_default_storage_not_a_folder_of_this_server(settings):
    settings.STORAGES = IN_MEMORY
    assert not demo_notes.is_loaded() and demo_notes.loaded_on() is None

    demo_notes.mark_loaded(offset_months=2)

    assert default_storage.exists(demo_notes.MARKER_FILE)
    assert not (settings.MEDIA_ROOT / demo_notes.MARKER_FILE).exists()
    assert demo_notes.is_loaded()
    assert demo_notes.loaded_on() is not None


def test_loading_the_demo_again_replaces_the_marker(settings):
    settings.STORAGES = IN_MEMORY
    demo_notes.mark_loaded(offset_months=2)
    demo_notes.mark_loaded(offset_months=3)

    assert default_storage.listdir("")[1] == [demo_notes.MARKER_FILE]


@pytest.fixture
def in_object_storage(settings):
    """Object storage as the app sees it (STORAGE=s3), with Django's in-memory storage
    standing in for the bucket; the cache starts empty."""
    settings.STORAGES = IN_MEMORY
    settings.STORAGE = "s3"
    cache.delete("nextpractice:demo-loaded")
    yield
    cache.delete("nextpractice:demo-loaded")


def test_in_object_storage_the_bucket_is_asked_at_most_once_a_minute(in_object_storage):
    assert not demo_notes.is_loaded()  # remembered for a minute...
    demo_notes.mark_loaded(offset_months=2)
    assert demo_notes.is_loaded()  # ...but loading the demo forgets it at once

    # Gone from the bucket: pages keep the answer they had until it is a minute old.
    default_storage.delete(demo_notes.MARKER_FILE)
    assert demo_notes.is_loaded()
    cache.delete("nextpractice:demo-loaded")  # as when the minute is up
    assert not demo_notes.is_loaded()
