"""An organisation's page: what the directory says of it, and of its work only what the
reader may see (its trials, its people, what it took up), in a number of queries that does
not grow with them. Search's organisations link to it, and a trial's page to its own."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.tests.factories import OrganisationFactory, UserFactory
from evaluation.models import TakeUp
from evaluation.tests.factories import LessonFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def page(client, user, organisation, **params):
    client.force_login(user)
    response = client.get(reverse("directory:organisation_detail", args=[organisation.pk]), params)
    assert response.status_code == 200
    return response.content.decode()


def queries(client, url):
    """The queries of a second visit to `url` (the session warm), and what it showed."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        body = client.get(url).content.decode()
    return len(captured), body


@pytest.fixture
def hampshire(world):
    """A local authority with a school leading Coral (which the leader works on) and taking
    part in Dune (which the leader does not see), and Elm in its area."""
    authority = OrganisationFactory(name="Hampshire", kind="local_authority")
    school = world.coral.lead_organisation
    school.name, school.kind, school.local_authority, school.urn = (
        "Bridgemary School", "school", authority, "116428",
    )  # fmt: skip
    school.save()
    world.dune.participating_organisations.add(school)
    world.elm.local_authority = authority
    world.elm.save()
    return authority, school


def test_the_officer_reads_the_school_and_every_trial_of_it(client, world, hampshire):
    authority, school = hampshire
    body = page(client, world.users["officer"], school)
    assert '<h1 class="govuk-heading-l">Bridgemary School</h1>' in body
    assert "116428" in body and authority.get_absolute_url() in body
    assert "Field trials, A to Z (2)" in body
    assert world.coral.get_absolute_url() in body and "Leads it" in body
    assert world.dune.get_absolute_url() in body and "Takes part" in body
    # The authority's page: the trial in its area.
    body = page(client, world.users["officer"], authority)
    assert world.elm.title in body and "In its area" in body and world.coral.title not in body
    # A trial in its area links to it from its details.
    details = reverse("fieldtrials:fieldtrial_details", args=[world.elm.pk])
    assert f'href="{authority.get_absolute_url()}"' in client.get(details).content.decode()
    # And the organisations in its area, from the directory: the school, linked.
    assert "In its area (1)" in body and f'href="{school.get_absolute_url()}"' in body


def test_a_school_leader_sees_only_the_trials_and_people_they_may_see(client, world, hampshire):
    _authority, school = hampshire
    colleague = UserFactory(
        full_name="Casey Colleague", job_title="Deputy head", organisation=school
    )
    FieldTrialMembershipFactory(field_trial=world.coral, user=colleague)
    stranger = UserFactory(full_name="Sam Stranger", organisation=school)
    other = FieldTrialFactory(project=ProjectFactory(programme=world.onyx_programme))
    FieldTrialMembershipFactory(field_trial=other, user=stranger)  # in a programme they don't see

    body = page(client, world.users["leader"], school)
    assert world.coral.title in body
    assert world.dune.title not in body and "Field trials, A to Z (1)" in body
    assert f'href="{colleague.get_absolute_url()}">Casey Colleague</a>, Deputy head' in body
    assert "Sam Stranger" not in body
    # Someone in no programme reads the directory's entry and none of its work.
    body = page(client, world.users["outsider"], school)
    assert "Bridgemary School" in body and world.coral.title not in body
    assert "Casey Colleague" not in body and "None that you can see." in body
    assert "Nobody from Bridgemary School works in a programme you can see." in body


def test_what_a_partner_agency_took_up_links_to_where_it_was_recorded(client, world):
    agency = OrganisationFactory(name="Ofsted", kind="national_agency")
    lesson = LessonFactory(programme=None, field_trial=world.coral, title="Walking buses")
    hidden = LessonFactory(programme=world.onyx_programme, title="Onyx secret lesson")
    for item in (lesson, hidden):
        TakeUp.objects.create(
            lesson=item, organisation=agency, taken_up_on=datetime.date(2007, 5, 1), how="Guidance"
        )
    body = page(client, world.users["leader"], agency)
    assert "What it has taken up" in body and "Lesson: Walking buses" in body
    assert reverse("evaluation:field_trial_evaluation", args=[world.coral.pk]) in body
    assert "Onyx secret" not in body


def test_the_page_asks_as_many_queries_for_thirty_trials_and_people_as_for_one(
    client, world, hampshire
):
    _authority, school = hampshire
    client.force_login(world.users["officer"])
    url = reverse("directory:organisation_detail", args=[school.pk])

    def add_person():
        FieldTrialMembershipFactory(field_trial=world.coral, user=UserFactory(organisation=school))

    add_person()
    few, _ = queries(client, url)
    for n in range(30):
        FieldTrialFactory(project=world.objects["amber"], lead_organisation=school, title=f"T{n}")
        add_person()
    many, body = queries(client, url)
    assert many == few
    assert "Field trials, A to Z (32)" in body and "Pages of people" in body


def test_search_links_an_organisation_to_its_page_and_a_trial_to_its_schools(client, world):
    school = world.coral.lead_organisation
    school.name = "Zebedee Academy"
    school.save()
    client.force_login(world.users["leader"])
    body = client.get(reverse("search:search"), {"q": "Zebedee"}).content.decode()
    assert f'href="{school.get_absolute_url()}"' in body
    details = reverse("fieldtrials:fieldtrial_details", args=[world.coral.pk])
    assert f'href="{school.get_absolute_url()}"' in client.get(details).content.decode()


def test_a_local_authority_s_page_asks_as_many_queries_for_thirty_schools_as_for_one(
    client, world, hampshire
):
    authority, _school = hampshire
    client.force_login(world.users["officer"])
    url = reverse("directory:organisation_detail", args=[authority.pk])

    few, _ = queries(client, url)
    for n in range(30):
        OrganisationFactory(
            name=f"Hampshire school {n:02}", kind="school", local_authority=authority
        )
    many, body = queries(client, url)
    assert many == few
    assert "In its area (31)" in body and "Pages of organisations in its area" in body
    assert "Bridgemary School" in body and "Hampshire school 23" in body  # A to Z, 25 a page
    assert "Hampshire school 24" not in body


def test_an_agency_s_page_names_the_programmes_it_leads_and_projects_it_partners(client, world):
    agency = world.quartz.lead_organisation  # it leads Quartz and Onyx
    amber = world.objects["amber"]
    amber.partner_agency = agency
    amber.save()
    body = page(client, world.users["partner"], agency)
    assert "Programmes and projects" in body
    assert world.quartz.get_absolute_url() in body and "Leads the programme" in body
    assert amber.get_absolute_url() in body and "Partner agency of this project in" in body
    assert "Onyx" not in body  # a programme the partner does not see
    body = page(client, world.users["outsider"], agency)
    assert "Programmes and projects" not in body and "Quartz" not in body
