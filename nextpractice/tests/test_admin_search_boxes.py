"""The admin's search-box selects (autocomplete_fields): a value that is no id, typed into
the request by hand, gets the field's message on the refused form, not a 500."""

import pytest
from django.contrib import admin
from django.urls import reverse

from accounts.models import Organisation
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from nextpractice.admin_widgets import IdsOnlyAutocomplete

pytestmark = pytest.mark.django_db


def test_every_admin_with_search_boxes_keeps_to_ids():
    admins = list(admin.site._registry.values())
    with_boxes = [
        holder
        for model_admin in admins
        for holder in (model_admin, *model_admin.inlines)
        if holder.autocomplete_fields
    ]
    assert len(with_boxes) >= 10
    assert [
        h
        for h in with_boxes
        if not issubclass(h if isinstance(h, type) else type(h), IdsOnlyAutocomplete)
    ] == []


@pytest.mark.parametrize("value", ["nonsense", "-1", "99999999999999999999999", "1.5"])
def test_an_organisations_local_authority_that_is_no_id_is_refused_beside_the_field(client, value):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(
        reverse("admin:accounts_organisation_add"),
        {"name": "Hand-typed School", "kind": "school", "local_authority": value},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "errornote" in page and "Select a valid choice" in page
    assert not Organisation.objects.filter(name="Hand-typed School").exists()


def test_a_trials_organisations_that_are_no_ids_are_refused(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(
        reverse("admin:fieldtrials_fieldtrial_add"),
        {
            "title": "Hand-typed trial",
            "lead_organisation": "x",
            "participating_organisations": ["y", "2"],
        },
    )
    assert response.status_code == 200 and "errornote" in response.content.decode()
    assert not FieldTrial.objects.filter(title="Hand-typed trial").exists()


def test_a_urn_already_in_the_directory_is_refused_in_plain_words(client):
    from accounts.tests.factories import OrganisationFactory

    OrganisationFactory(name="Stevenage School", urn="117000")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(
        reverse("admin:accounts_organisation_add"),
        {"name": "Another School", "kind": "school", "urn": "117000"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "An organisation with this URN is already in the directory" in page
    assert "Constraint" not in page
    assert not Organisation.objects.filter(name="Another School").exists()
