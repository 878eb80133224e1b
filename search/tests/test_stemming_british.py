"""British spelling doubles a final l ("trialled", "trialling"), and PostgreSQL's English
stemmer keeps it ("triall"): a document saying so is found by the plain word all the same,
whether it was indexed as it was saved or by `reindex_search`."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from evaluation.models import Lesson
from evaluation.tests.factories import LessonFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]


def lessons_found(client, user, words):
    client.force_login(user)
    response = client.get(reverse("search:search"), {"q": words, "kind": "lessons"})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("words", ["trial", "trials"])
def test_a_lesson_saying_we_trialled_is_found_by_trial_and_trials(client, world, words):
    LessonFactory(programme=world.quartz, title="Breakfast club", text="We trialled it twice.")
    LessonFactory(programme=world.quartz, title="Homework club", text="Trialling it now.")
    LessonFactory(programme=world.quartz, title="Reading club", text="Nothing to say.")
    body = lessons_found(client, world.users["officer"], words)
    assert "2 results" in body
    assert "Breakfast club" in body and "Homework club" in body


def test_a_title_saying_trialling_is_found_by_trial_and_ranked_first(client, world):
    LessonFactory(programme=world.quartz, title="Another lesson", text="A trial of clubs.")
    LessonFactory(programme=world.quartz, title="Trialling clubs", text="Plain words.")
    body = lessons_found(client, world.users["officer"], "trial")
    assert "2 results" in body
    assert body.index("clubs</") < body.index("Another lesson")


def test_modelling_is_found_by_model(client, world):
    # PostgreSQL's stemmer already makes "modelling" "model" (its l is in the word's
    # second region): kept so that a change to the vector does not lose it.
    LessonFactory(programme=world.quartz, title="Roles", text="Modelling good practice works.")
    assert "1 result " in lessons_found(client, world.users["officer"], "model")


def test_reindexing_brings_older_documents_up_to_date(client, world):
    Lesson.objects.bulk_create(
        [Lesson(programme=world.quartz, title="Breakfast club", text="We trialled it.")]
    )  # written without signals: no document until reindexed
    call_command("reindex_search", kind=["lessons"], verbosity=0)
    body = lessons_found(client, world.users["officer"], "trials")
    assert "1 result " in body and "Breakfast club" in body


@pytest.mark.parametrize(
    ("saying", "words"), [("We dialled in weekly.", "dial"), ("It fuelled the debate.", "fuel")]
)
def test_short_doubled_l_words_are_found_by_the_plain_word(client, world, saying, words):
    LessonFactory(programme=world.quartz, title="Short word", text=saying)
    assert "1 result " in lessons_found(client, world.users["officer"], words)


def test_a_word_whose_own_ll_comes_before_ed_is_not_read_as_another_word(client, world):
    # "filled" is "fill" + "ed", not "file": a lesson saying it is not found by "file".
    LessonFactory(programme=world.quartz, title="Forms", text="The forms were filled in.")
    assert "No results" in lessons_found(client, world.users["officer"], "file")
    assert "1 result " in lessons_found(client, world.users["officer"], "filled")


def test_a_document_is_written_with_its_words_in_one_statement(client, world):
    # Its vector is built from its text in the INSERT (or UPDATE) itself, not by a second
    # write of the row, which left the table twice its live size after a full reindex.
    with CaptureQueriesContext(connection) as saved:
        lesson = LessonFactory(programme=world.quartz, title="Club", text="We trialled it.")
    with CaptureQueriesContext(connection) as changed:
        lesson.text = "We modelled it."
        lesson.save()
    for queries in (saved, changed):
        writes = [
            q["sql"]
            for q in queries
            if re.match(r'(INSERT INTO|UPDATE) "search_searchdocument"', q["sql"])
        ]
        assert len(writes) == 1 and "to_tsvector" in writes[0]
    assert "1 result " in lessons_found(client, world.users["officer"], "model")
    assert "No results" in lessons_found(client, world.users["officer"], "trial")
