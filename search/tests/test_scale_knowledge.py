"""generate_scale's issue 19 area: posts, lessons, case studies and community pages over the
trials, and search's documents of everything; added once to a database made before it."""

import pytest
from django.urls import reverse

from communities.models import CommunitySpace
from discussions.models import Post
from evaluation.models import Lesson
from fieldtrials.models import CommunityOfPractice, MonthlyUpdate
from nextpractice import scale
from search.models import SearchDocument
from toolkit.tests.factories import ToolVersionFactory

FACTOR = 0.002


@pytest.fixture
def made(db):
    ToolVersionFactory()
    return scale.generate(factor=FACTOR, seed=7)


def test_posts_lessons_and_community_pages_follow_the_factor(made):
    assert Post.objects.count() == scale.COUNTS["posts"] * FACTOR
    assert Lesson.objects.count() == scale.COUNTS["lessons"] * FACTOR
    assert CommunitySpace.objects.count() == scale.COUNTS["communities"] * FACTOR
    kinds = ("posts", "lessons", "community-pages", "field-trials", "organisations")
    for kind in (*kinds, "monthly-updates"):
        assert made[f"search: {kind}"] == SearchDocument.objects.filter(kind=kind).count() > 0
    submitted = MonthlyUpdate.objects.filter(status="submitted").count()
    assert made["search: monthly-updates"] == submitted == scale.COUNTS["updates"] * FACTOR


def test_an_officer_of_the_generated_data_finds_lessons(made, client):
    from programmes.models import ProgrammeMembership

    officer = ProgrammeMembership.objects.filter(role="officer").order_by("pk").first().user
    client.force_login(officer)
    body = client.get(reverse("search:search"), {"q": "attendance"}).content.decode()
    assert "Lessons (" in body


def test_a_database_made_before_the_area_gains_it_once(made):
    Post.objects.all().delete()
    Lesson.objects.all().delete()
    CommunityOfPractice.objects.all().delete()
    added = scale.add_knowledge_if_missing(factor=FACTOR)
    assert added["posts"] == scale.COUNTS["posts"] * FACTOR
    assert added["search: lessons"] == Lesson.objects.count()
    assert scale.add_knowledge_if_missing(factor=FACTOR) == {}


def test_a_database_made_before_updates_were_found_gains_their_documents_once(made):
    SearchDocument.objects.filter(kind="monthly-updates").delete()
    added = scale.add_update_documents_if_missing()
    count = MonthlyUpdate.objects.filter(status="submitted").count()
    assert added == {"search: monthly-updates": count} and count > 0
    assert SearchDocument.objects.filter(kind="monthly-updates").count() == count
    assert scale.add_update_documents_if_missing() == {}
