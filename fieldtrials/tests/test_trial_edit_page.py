"""The trial edit page as it opens: six queries whatever the trial holds (the person, their
memberships, the trial, the organisations taking part with the resource domains and which of
them are ticked, the notification count), and the boxes ticked as the trial stands."""

import re

import pytest
from django.urls import reverse

from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import ResourceDomain
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
