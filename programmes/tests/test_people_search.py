"""A programme's people search (the consultant picker's suggestions) and the programme and
project forms' organisation fields, at any number of organisations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Organisation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.models import Programme
from programmes.tests.factories import ProjectMembershipFactory


def people(client, programme, **params):
    url = reverse("programmes:programme_people_search", args=[programme.pk])
    return client.get(url, params)


def names(response):
    assert response.status_code == 200
    return [r["label"] for r in response.json()["results"]]


def test_only_the_programmes_members_are_suggested(client, world):
    olive = UserFactory(full_name="Olive Person")
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=olive, role=Role.CONSULTANT)
    UserFactory(full_name="Oscar Person")  # in no programme at all
    client.force_login(world.users["officer"])
    found = names(people(client, world.quartz, q="person"))
    assert "Olive Person" not in found and "Oscar Person" not in found
    assert {"Officer Person", "Consultant Person", "Leader Person", "Partner Person"} <= set(found)
    assert names(people(client, world.quartz, q="person", role="consultant")) == [
        "Consultant Person"
    ]


def test_a_programme_they_cannot_see_is_404_as_its_page(client, world):
    client.force_login(world.users["officer"])
    assert people(client, world.onyx_programme, q="person").status_code == 404
    assert client.get(world.onyx_programme.get_absolute_url()).status_code == 404
    client.force_login(world.users["outsider"])
    assert people(client, world.quartz, q="person").status_code == 404


def test_people_come_a_page_at_a_time_for_the_same_queries_at_10_and_200(
    client, world, django_assert_num_queries
):
    client.force_login(world.users["officer"])
    trial = FieldTrialFactory(project=world.amber)
    for _ in range(10):
        FieldTrialMembershipFactory(field_trial=trial, role=Role.CONSULTANT)
    with CaptureQueriesContext(connection) as small:
        people(client, world.quartz, q="person", page=1)
    for _ in range(190):
        ProjectMembershipFactory(project=world.amber, role=Role.CONSULTANT)
    with django_assert_num_queries(len(small.captured_queries)):
        response = people(client, world.quartz, q="person", role="consultant", page=2)
    data = response.json()
    assert len(data["results"]) == 15 and data["has_next"] and data["page"] == 2


def new_programme_page(client):
    response = client.get(reverse("programmes:programme_create"))
    assert response.status_code == 200
    return response


def test_the_new_programme_page_costs_the_same_for_10_and_200_organisations(
    client, world, django_assert_num_queries
):
    client.force_login(world.users["officer"])
    OrganisationFactory.create_batch(10)
    with CaptureQueriesContext(connection) as small:
        small_size = len(new_programme_page(client).content)
    OrganisationFactory.create_batch(190)
    with django_assert_num_queries(len(small.captured_queries)):
        response = new_programme_page(client)
    assert abs(len(response.content) - small_size) < 20
    assert "<option" not in response.content.decode()


def test_the_new_project_page_costs_the_same_for_10_and_200_agencies(
    client, world, django_assert_num_queries
):
    client.force_login(world.users["officer"])
    url = reverse("programmes:project_create", args=[world.quartz.pk])
    OrganisationFactory.create_batch(10, kind=Organisation.Kind.NATIONAL_AGENCY)
    with CaptureQueriesContext(connection) as small:
        small_size = len(client.get(url).content)
    OrganisationFactory.create_batch(190, kind=Organisation.Kind.NATIONAL_AGENCY)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert abs(len(response.content) - small_size) < 20
    body = response.content.decode()
    assert "kind=national_agency&amp;kind=local_authority&amp;kind=research_body" in body
    # The lead officer is chosen from the programme's officers, read once.
    officer = world.users["officer"]
    assert f'<option value="{officer.pk}">{officer}</option>' in body
    assert body.count("<option") == 2  # the empty choice and the programme's one officer


def test_a_programme_is_led_by_the_organisation_typed_and_an_unknown_one_is_refused(client, world):
    client.force_login(world.users["officer"])
    ncsl = OrganisationFactory(name="National College", kind=Organisation.Kind.NATIONAL_AGENCY)
    form = {"name": "Next Practice 2010", "kind": "programme", "start_date": "9/1/2010"}
    response = client.post(reverse("programmes:programme_create"), form)
    assert response.status_code == 400
    assert "Enter the name or URN of the organisation" in response.content.decode()
    response = client.post(
        reverse("programmes:programme_create"), {**form, "lead_organisation": "Nowhere"}
    )
    assert response.status_code == 400 and "No organisation is called ‘Nowhere’" in (
        response.content.decode()
    )
    response = client.post(
        reverse("programmes:programme_create"), {**form, "lead_organisation": "national c"}
    )
    assert response.status_code == 302
    assert Programme.objects.get(name="Next Practice 2010").lead_organisation == ncsl


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's unaccent")
@pytest.mark.parametrize("typed", ["Zoe", "zoë", "ZOE H"])
def test_a_name_with_an_accent_is_suggested_whether_or_not_the_accent_is_typed(
    client, world, typed
):
    FieldTrialMembershipFactory(
        field_trial=world.coral, user=UserFactory(full_name="Zoë Hart"), role=Role.CONSULTANT
    )
    FieldTrialMembershipFactory(
        field_trial=world.coral, user=UserFactory(full_name="Zola Hart"), role=Role.CONSULTANT
    )
    client.force_login(world.users["officer"])
    assert names(people(client, world.quartz, q=typed)) == ["Zoë Hart"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's unaccent")
def test_a_person_picker_takes_a_name_typed_without_its_accent(world):
    from accounts.search import PersonField

    zoe = UserFactory(full_name="Zoë Hart")
    field = PersonField(
        queryset=type(zoe).objects.filter(pk__in=[zoe.pk, world.users["leader"].pk])
    )
    assert field.clean(("zoe hart", "")) == zoe
    assert field.clean(("Zoe", "")) == zoe


def test_a_name_holding_percent_or_underscore_is_matched_as_typed(client, world):
    FieldTrialMembershipFactory(
        field_trial=world.coral, user=UserFactory(full_name="Ann_Marie 100%"), role=Role.CONSULTANT
    )
    client.force_login(world.users["officer"])
    assert names(people(client, world.quartz, q="n_m")) == ["Ann_Marie 100%"]
    assert names(people(client, world.quartz, q="0%")) == ["Ann_Marie 100%"]
    assert names(people(client, world.quartz, q="nnm")) == []
    assert names(people(client, world.quartz, q="%")) == ["Ann_Marie 100%"]
