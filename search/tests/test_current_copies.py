"""Words a document copies from another row (its project's policy area, its thread's title,
its organisation's name) are searched as they are now, not as they were when it was
written: changing the source refreshes the documents copying it (search.registry.Copied)."""

import re

import pytest
from django.urls import reverse

from accounts.tests.factories import OrganisationFactory, UserFactory
from discussions.tests.factories import PostFactory, ThreadFactory
from evaluation.tests.factories import CaseStudyFactory, LessonFactory
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def search(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_project_s_new_policy_area_is_on_its_trials_options_records_and_posts(client, world):
    amber = world.amber  # its trials: Coral and Dune; its option: Jade
    LessonFactory(programme=None, project=amber, title="Areaword project lesson")
    LessonFactory(programme=None, field_trial=world.coral, title="Areaword trial lesson")
    CaseStudyFactory(programme=None, project=amber, title="Areaword study")
    for subject in ({"field_trial": world.coral}, {"project": amber}, {"option": world.jade}):
        thread = ThreadFactory(**{"field_trial": None, **subject}, title="Areaword talk")
        PostFactory(thread=thread)

    amber.policy_area = "School attendance"
    amber.save()  # as the administration pages save it

    of_amber = SearchDocument.objects.filter(project_id=amber.pk)
    kinds = {"projects", "field-trials", "options", "lessons", "case-studies", "posts"}
    assert set(of_amber.values_list("kind", flat=True)) >= kinds
    assert set(of_amber.values_list("policy_area", flat=True)) == {"School attendance"}
    body = search(client, world.users["officer"], q="areaword", policy_area="School attendance")
    assert "6 results" in body


def test_a_thread_s_new_title_finds_its_posts_and_its_old_title_does_not(client, world):
    thread = ThreadFactory(field_trial=world.coral, title="Breakfast club")
    PostFactory(thread=thread, body="We start at eight.")
    PostFactory(thread=thread, body="Toast for everyone.")

    thread.title = "Homework club"
    thread.save(update_fields=["title"])  # as a service renaming it would

    leader = world.users["leader"]
    body = search(client, leader, q="homework")
    assert "Discussion posts (2)" in body and "<mark>Homework</mark> club" in body
    assert "No results" in search(client, leader, q="breakfast")


def test_a_renamed_organisation_is_on_its_people_and_a_local_authority_on_its_schools():
    authority = OrganisationFactory(kind="local_authority", name="Oldshire")
    school = OrganisationFactory(kind="school", name="Hill School", local_authority=authority)
    person = UserFactory(full_name="Pat Teacher", organisation=school)

    authority.name = "Newshire"
    authority.save()
    school.name = "Dale School"
    school.save()

    school_words = SearchDocument.objects.get(kind="organisations", object_id=school.pk).body
    assert "Newshire" in school_words and "Oldshire" not in school_words
    person_words = SearchDocument.objects.get(kind="people", object_id=person.pk).body
    assert "Dale School" in person_words and "Hill School" not in person_words


def test_a_trial_moved_to_another_programme_takes_its_records_posts_and_community_along(
    client, world
):
    from communities.tests.factories import CommunitySpaceFactory
    from fieldtrials.models import CommunityOfPractice

    coral = world.coral
    LessonFactory(programme=None, field_trial=coral, title="Moveword lesson")
    CaseStudyFactory(programme=None, field_trial=coral, title="Moveword study")
    PostFactory(thread=ThreadFactory(field_trial=coral), body="Moveword post")
    community = CommunityOfPractice.objects.create(name="Moveword circle")
    community.field_trials.add(coral)
    PostFactory(thread=ThreadFactory(field_trial=None, community=community), body="Moveword")
    CommunitySpaceFactory(community=community, text="Moveword page")
    officer, admin = world.users["officer"], world.users["admin"]
    assert "5 results" in search(client, officer, q="moveword")

    coral.project = world.onyx_project  # as the admin pages move it (a full save)
    coral.save()

    # Quartz's officer no longer reads the trial, nor anything said of or around it; the
    # administrator finds its lesson, study and post under Onyx's programme (a community
    # belongs to no one programme).
    assert "No results" in search(client, officer, q="moveword")
    assert "3 results" in search(client, admin, q="moveword", programme=world.onyx_programme.pk)
    assert "5 results" in search(client, admin, q="moveword")
    assert "5 results" in search(client, world.users["leader"], q="moveword")


def test_a_trial_is_found_by_what_it_measures_as_its_indicators_are_now(client, world):
    from evaluation.tests.factories import IndicatorFactory
    from nextpractice.records.kinds import record_kinds
    from nextpractice.records.services import withdraw_record

    officer, leader = world.users["officer"], world.users["leader"]
    indicator = IndicatorFactory(field_trial=world.coral, name="Punctuality")
    body = search(client, leader, q="punctuality")
    assert "Field trials (1)" in body and world.coral.title in body
    assert re.search(r"What it measures: [^<.]*<mark>Punctuality</mark>", body)
    # Whoever may not see a trial does not find it by its indicators either.
    IndicatorFactory(field_trial=world.dune, name="Truancy")
    assert world.dune.title in search(client, officer, q="truancy")
    assert "No results" in search(client, leader, q="truancy")

    indicator.name = "Lateness"
    indicator.save()  # as the record kit saves a correction
    assert "No results" in search(client, officer, q="punctuality")
    assert world.coral.title in search(client, officer, q="lateness")

    withdraw_record(
        kind=record_kinds()[("evaluation", "indicator")],
        record=indicator,
        actor=officer,
        reason="Measured twice",
    )
    assert "No results" in search(client, officer, q="lateness")


def test_a_loader_s_saves_leave_search_alone_until_it_rebuilds_every_document(client, world):
    """`load_demo` writes hundreds of records and then rebuilds search once: within
    `indexing.deferred()` a save, a rename its copies follow and a delete change no document;
    the rebuild after makes them all as saving one at a time would have."""
    from search import indexing

    lesson = LessonFactory(programme=None, field_trial=world.coral, title="Deferword lesson")
    gone = LessonFactory(programme=None, field_trial=world.coral, title="Goneword lesson")
    before = set(SearchDocument.objects.values_list("kind", "object_id", "title"))
    with indexing.deferred():
        added = LessonFactory(programme=None, field_trial=world.coral, title="Newword lesson")
        lesson.title = "Renamedword lesson"
        lesson.save()
        world.amber.policy_area = "School attendance"
        world.amber.save()
        gone.delete()
        assert set(SearchDocument.objects.values_list("kind", "object_id", "title")) == before
    indexing.reindex()
    officer = world.users["officer"]
    assert "<mark>Newword</mark> lesson" in search(client, officer, q="newword")
    assert "<mark>Renamedword</mark> lesson" in search(client, officer, q="renamedword")
    assert "No results" in search(client, officer, q="deferword")
    assert "No results" in search(client, officer, q="goneword")
    of_amber = SearchDocument.objects.filter(project_id=world.amber.pk)
    assert set(of_amber.values_list("policy_area", flat=True)) == {"School attendance"}
    assert SearchDocument.objects.filter(kind="lessons", object_id=added.pk).exists()
