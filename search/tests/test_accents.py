"""Names and words with accents, common in English schools ("Seán", "Sinéad", "Zoë", "Café"),
are found whether or not the accent is typed, on PostgreSQL (the `np_english` text search
configuration of migration 0004: unaccent, then English stemming), and marked as found."""

import importlib
import re
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from evaluation.models import Lesson
from evaluation.tests.factories import LessonFactory
from search.indexing import CONFIG
from search.models import SearchDocument

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]


def lessons_found(client, user, words):
    client.force_login(user)
    response = client.get(reverse("search:search"), {"q": words, "kind": "lessons"})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("words", ["Sean", "Seán", "sean", "SEÁN"])
def test_a_lesson_named_for_sean_is_found_with_or_without_the_accent(client, world, words):
    LessonFactory(programme=world.quartz, title="Seán's reading club", text="Plain words.")
    LessonFactory(programme=world.quartz, title="Another club", text="Nothing to say.")
    body = lessons_found(client, world.users["officer"], words)
    assert "1 result " in body
    assert "<mark>Seán</mark>&#x27;s reading club" in body


@pytest.mark.parametrize(
    ("saying", "words", "marked"),
    [
        ("Sinéad ran the breakfast club.", "Sinead", "Sinéad"),
        ("Zoë led the maths trial.", "zoe", "Zoë"),
        ("A reading café at lunchtime.", "cafe", "café"),
        ("A reading cafe at lunchtime.", "Café", "cafe"),
        ("Bronwyn and Siôn wrote it up.", "Sion", "Siôn"),
    ],
)
def test_accented_words_are_found_either_way_and_marked_in_the_excerpt(
    client, world, saying, words, marked
):
    LessonFactory(programme=world.quartz, title="Clubs", text=saying)
    body = lessons_found(client, world.users["officer"], words)
    assert "1 result " in body
    assert f"<mark>{marked}</mark>" in body


def test_a_document_rebuilt_by_reindex_search_is_found_without_the_accent(client, world):
    Lesson.objects.bulk_create([Lesson(programme=world.quartz, title="Zoë's garden", text="")])
    call_command("reindex_search", kind=["lessons"], verbosity=0)
    assert "<mark>Zoë</mark>" in lessons_found(client, world.users["officer"], "Zoe")


def test_the_migration_gives_documents_with_accents_their_words_again(client, world):
    LessonFactory(programme=world.quartz, title="Seán's reading club", text="We trialled it")
    LessonFactory(programme=world.quartz, title="Plain reading club", text="")
    # Their words as they were written before: PostgreSQL's own english, accents kept.
    SearchDocument.objects.filter(kind="lessons").update(vector=None)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE search_searchdocument SET vector = to_tsvector('english', title) "
            "WHERE kind = 'lessons'"
        )
    assert "No results" in lessons_found(client, world.users["officer"], "Sean")
    migration = importlib.import_module("search.migrations.0004_words_whatever_their_accents")
    with CaptureQueriesContext(connection) as queries:
        migration.revector(apps, SimpleNamespace(connection=connection))
    (update,) = [q["sql"] for q in queries if q["sql"].startswith("UPDATE")]
    assert f"'{CONFIG}'" in update
    assert "<mark>Seán</mark>" in lessons_found(client, world.users["officer"], "Sean")
    # The words as the index wrote them when the migration was made, whatever it writes
    # later: title weighted A, body B, and the doubled l singled ("trialled", "trialed").
    accented = SearchDocument.objects.get(kind="lessons", title="Seán's reading club")
    assert accented.vector == "'club':4A 'read':3A 'sean':1A 'trial':7B 'triall':6B"
    plain = SearchDocument.objects.get(kind="lessons", title="Plain reading club")
    assert plain.vector == "'club':3 'plain':1 'read':2"  # left as it was: no accents


def test_a_search_with_an_accent_is_one_statement_that_can_read_the_gin_index(client, world):
    LessonFactory(programme=world.quartz, title="Seán's reading club", text="")
    officer = world.users["officer"]
    lessons_found(client, officer, "Sean")  # sessions and caches warmed
    counts = {}
    for words in ("Sean", "Seán"):
        with CaptureQueriesContext(connection) as queries:
            lessons_found(client, officer, words)
        counts[words] = len(queries)
        searched = [q["sql"] for q in queries if "search_searchdocument" in q["sql"]]
        assert len(searched) == 1 and f"'{CONFIG}'" in searched[0]
    assert counts["Sean"] == counts["Seán"]
    # The match of the words and the keys is one the GIN index answers (a handful of rows
    # here, so the planner is told not to walk the table, as it would not at any size).
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM search_searchdocument "
            f"WHERE vector @@ websearch_to_tsquery('{CONFIG}', %s) AND access ?| %s",
            ["Seán", ["lessons/programme:1"]],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert re.search(r"Bitmap Index Scan on search_document_vector_access_gin", plan), plan
