"""Long texts on PostgreSQL, which refuses a text vector of over a megabyte (SQLite would
hide it): a two-megabyte lesson posted gets its limit beside the field, not an error page,
and a record written otherwise (the administration, a loader) is still saved and found."""

import hashlib

import pytest
from django.db import connection
from django.urls import reverse

from evaluation.models import Lesson
from evaluation.tests.factories import LessonFactory
from search.models import SearchDocument

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's vector limit"),
]


def distinct_words(n):
    """Some 33 characters a word, no two alike: 60,000 of them make about 2 MB of text."""
    return " ".join(hashlib.md5(str(i).encode()).hexdigest() for i in range(n))


def test_a_two_megabyte_lesson_is_refused_beside_its_field_and_nothing_is_saved(world, client):
    client.force_login(world.users["officer"])
    url = reverse(
        "evaluation:record_create",
        kwargs={"parent": "project", "pk": world.amber.pk, "kind": "lesson"},
    )
    text = distinct_words(60_000)
    response = client.post(url, {"title": "Everything we learnt", "text": text})
    assert response.status_code == 400
    page = response.content.decode()
    assert f"must be 50,000 characters or fewer (it has {len(text):,})" in page
    assert not Lesson.objects.filter(title="Everything we learnt").exists()


def test_a_record_longer_than_search_can_index_is_saved_and_found_by_its_first_words(world):
    text = "Governance first. " + distinct_words(60_000)
    lesson = LessonFactory(programme=world.amber.programme, title="Everything we learnt", text=text)
    doc = SearchDocument.objects.get(kind="lessons", object_id=lesson.pk)
    assert len(doc.body) <= 100_000
    assert SearchDocument.objects.filter(pk=doc.pk, vector="governance").exists()
