"""Words written in angle brackets ("pupils <14 and >11", "<year 7 cohort>", "a<b") are found
and shown as written: PostgreSQL's text search parser would read them as a tag and leave
them out of a document's words and of its excerpt (search/indexing.py Escaped). Whatever a
document holds (a script, an attribute, an entity) the page shows it as text."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from discussions.tests.factories import PostFactory, ThreadFactory
from evaluation.models import Lesson
from evaluation.tests.factories import LessonFactory
from search.highlight import unescaped

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's text search parser"
)

SAID = "Pupils <14 and >11 joined the <year 7 cohort> club, and a<b stays."


def page(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response.content.decode()


def excerpts(body):
    return re.findall(r'np-search-result__excerpt">(.*?)</p>', body, re.S)


def post_saying(world, text):
    return PostFactory(thread=ThreadFactory(field_trial=world.coral, title="Transition"), body=text)


@pytest.mark.parametrize(
    ("words", "marked"),
    [
        ("cohort", "&lt;year 7 <mark>cohort</mark>&gt; club"),
        ("year", "&lt;<mark>year</mark> 7 cohort&gt; club"),
        ('"year 7 cohort"', "&lt;<mark>year</mark> <mark>7</mark> <mark>cohort</mark>&gt;"),
        ("<year 7 cohort>", "&lt;<mark>year</mark> <mark>7</mark> <mark>cohort</mark>&gt;"),
    ],
)
def test_a_post_is_found_by_words_in_angle_brackets_shown_as_written(client, world, words, marked):
    post_saying(world, SAID)
    post_saying(world, "A cohort of year groups: 7 of them.")  # not the phrase
    body = page(client, world.users["leader"], q=words, kind="posts")
    if words.startswith('"'):
        assert "1 result " in body
    (excerpt,) = [e for e in excerpts(body) if "Pupils" in e]
    assert re.sub("</?mark>", "", excerpt) == (
        "Pupils &lt;14 and &gt;11 joined the &lt;year 7 cohort&gt; club, and a&lt;b stays."
    )
    if connection.vendor == "postgresql":
        assert marked in excerpt
    else:  # SQLite marks a phrase whole, and the words as typed ("<mark>&lt;year</mark>")
        assert "<mark>" in excerpt


def test_a_word_beside_an_angle_bracket_is_a_word_of_its_own(client, world):
    post_saying(world, SAID)
    (excerpt,) = excerpts(page(client, world.users["leader"], q="stays", kind="posts"))
    assert excerpt.endswith("a&lt;b <mark>stays</mark>.")


def test_a_title_in_angle_brackets_is_found_and_marked_whole(client, world):
    LessonFactory(programme=world.quartz, title="<Reading recovery> in <year 7>", text="Plain.")
    body = page(client, world.users["officer"], q="recovery", kind="lessons")
    assert "1 result " in body
    assert "&lt;Reading <mark>recovery</mark>&gt; in &lt;year 7&gt;" in body


def test_markup_in_a_document_is_shown_as_text_never_as_markup(client, world):
    LessonFactory(
        programme=world.quartz,
        title='<script>alert("x")</script> Reading <b onmouseover=alert(1)>recovery</b>',
        text="Pupils' \ue000marked\ue001 <script>alert(2)</script> reading "
        "<b onmouseover=alert(3)>rose</b> sharply: 5 &lt; 7 &amp; &#60;i&#62; stay.",
    )
    body = page(client, world.users["officer"], q="reading", kind="lessons")
    assert "<script>" not in body and "<b onmouseover" not in body and "<b>" not in body
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Reading</mark> "
        "&lt;b onmouseover=alert(1)&gt;recovery&lt;/b&gt;"
    ) in body
    (excerpt,) = excerpts(body)
    # Entities are shown as typed; search's private markers are dropped, never a highlight.
    assert excerpt == (
        "Pupils&#x27; marked &lt;script&gt;alert(2)&lt;/script&gt; <mark>reading</mark> "
        "&lt;b onmouseover=alert(3)&gt;rose&lt;/b&gt; sharply: 5 &amp;lt; 7 &amp;amp; "
        "&amp;#60;i&amp;#62; stay."
    )


def test_words_inside_markup_are_found_and_marked_as_text(client, world):
    LessonFactory(programme=world.quartz, title="Clubs", text="<b onmouseover=alert(1)>rose</b>")
    body = page(client, world.users["officer"], q="onmouseover", kind="lessons")
    (excerpt,) = excerpts(body)
    assert "<mark>onmouseover</mark>=alert(1)&gt;rose" in excerpt
    assert "<b" not in excerpt


@postgresql_only
def test_a_search_is_still_one_statement(client, world):
    post_saying(world, SAID)
    leader = world.users["leader"]
    page(client, leader, q="cohort")  # sessions and caches warmed
    with CaptureQueriesContext(connection) as queries:
        assert "&lt;year 7 <mark>cohort</mark>&gt;" in page(client, leader, q="cohort")
    searched = [q["sql"] for q in queries if "search_searchdocument" in q["sql"]]
    assert len(searched) == 1 and "ts_headline" in searched[0]


def test_reindex_search_keeps_words_in_angle_brackets(client, world):
    Lesson.objects.bulk_create([Lesson(programme=world.quartz, title="Bulk", text=SAID)])
    call_command("reindex_search", kind=["lessons"], verbosity=0)
    (excerpt,) = excerpts(page(client, world.users["officer"], q="cohort", kind="lessons"))
    assert "&lt;year 7 <mark>cohort</mark>&gt; club" in excerpt


def test_only_the_three_entities_are_written_back_and_each_once():
    assert (
        unescaped("a&lt;b &gt; &amp;lt; &amp;amp; &quot; &#60;") == "a<b > &lt; &amp; &quot; &#60;"
    )
    assert unescaped(None) == ""
