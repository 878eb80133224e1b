"""The trial edit page as it opens: six queries whatever the trial holds (the person, their
memberships, the trial, the organisations taking part with the resource domains and which of
them are ticked, the notification count), and the boxes ticked as the trial stands."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Organisation
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrial, ResourceDomain
from programmes.tests.factories import ProgrammeMembershipFactory

# session, user, memberships, trial, organisations taking part and domains, notifications
QUERIES = 6


def ticked(body, name):
    return re.findall(rf'name="{name}"[^>]*value="(\d+)" checked', body)


@pytest.mark.parametrize("size", [1, 25])
def test_the_edit_page_opens_in_the_same_few_queries_at_any_size(
    client, world, django_assert_num_queries, size
):
    trial = world.coral
    trial.participating_organisations.set(OrganisationFactory.create_batch(size))
    domains = list(ResourceDomain.objects.order_by("pk"))
    trial.resource_domains.set(domains[1 : 1 + min(size, 2)])
    consultant = UserFactory(full_name="Connie Sultant")
    ProgrammeMembershipFactory(
        programme=trial.project.programme, user=consultant, role="consultant"
    )
    trial.consultant = consultant
    trial.save()
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    client.get(url)  # warm the caches a first request fills
    with django_assert_num_queries(QUERIES):
        body = client.get(url).content.decode()
    assert len(ticked(body, "participating")) == size
    assert ticked(body, "domains") == [str(d.pk) for d in domains[1 : 1 + min(size, 2)]]
    assert body.count('name="domains"') == len(domains)
    assert 'value="Connie Sultant"' in body  # the chosen consultant, named without a query


def test_the_trial_is_read_with_its_project_only_and_the_boxes_name_the_chosen_ones(client, world):
    """The trial's own query joins no organisation and no person (each join cost more to
    plan than the row it brought); the lead organisation, local authority and consultant
    are named in their search boxes from the boxes' query, a consultant with no name by
    their e-mail address."""
    trial = world.coral
    trial.lead_organisation = OrganisationFactory(name="Barclay School")
    trial.local_authority = OrganisationFactory(name="Kent", kind=Organisation.Kind.LOCAL_AUTHORITY)
    nameless = UserFactory(full_name="", email="no.name@example.org")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=nameless, role="consultant")
    trial.consultant = nameless
    trial.save()
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    client.get(url)  # warm the caches a first request fills
    with CaptureQueriesContext(connection) as queries:
        body = client.get(url).content.decode()
    own = f'SELECT "{FieldTrial._meta.db_table}".'
    (read,) = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(own)]
    assert "accounts_organisation" not in read
    assert "accounts_user" not in read
    # A way back without saving (there was none).
    cancel = f'<a class="govuk-link" href="{trial.get_absolute_url()}">Cancel and go back</a>'
    assert cancel in body
    for name, shown, pk in [
        ("lead_organisation", "Barclay School", trial.lead_organisation_id),
        ("local_authority", "Kent", trial.local_authority_id),
        ("consultant", "no.name@example.org", nameless.pk),
    ]:
        assert f'name="{name}" value="{shown}"' in body
        assert f'name="{name}_choice" value="{pk}"' in body
