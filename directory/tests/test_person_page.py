"""A person's page: who they are, and of their work only what the reader may see, for whoever
may find them (search's people, the pickers), in a number of queries that does not grow
with their work. Search's people, a team's members and an organisation's people link to it.
Someone who has left keeps their page, saying their account is switched off, for whoever
could open it before; someone whose details were erased is "A former member" there."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.erasure import erase_person
from accounts.leaving import switch_off_account
from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from discussions.tests.factories import PostFactory, ThreadFactory
from fieldtrials.models import CommunityOfPractice
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory

pytestmark = pytest.mark.django_db


def url(person):
    return reverse("directory:person_detail", args=[person.pk])


def page(client, reader, person, **params):
    client.force_login(reader)
    response = client.get(url(person), params)
    assert response.status_code == 200
    return response.content.decode()


def status(client, reader, person):
    client.force_login(reader)
    return client.get(url(person)).status_code


@pytest.fixture
def consultant(world):
    """The consultant, of Oak Consulting, on Coral (Quartz), on the Onyx trial (which only the
    administrator sees of these readers) and convening a community of Coral's."""
    person = world.users["consultant"]
    person.job_title = "Change management consultant"
    person.organisation = OrganisationFactory(name="Oak Consulting", kind="other")
    person.save()
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=person, role=Role.CONSULTANT)
    circle = CommunityOfPractice.objects.create(name="Coral circle", convenor=person)
    circle.field_trials.add(world.coral)
    return person


def test_an_officer_reads_who_they_are_and_their_work_in_the_programme(client, world, consultant):
    body = page(client, world.users["officer"], consultant)
    assert '<h1 class="govuk-heading-l">Consultant Person</h1>' in body
    assert "Change management consultant" in body
    assert f'href="{consultant.organisation.get_absolute_url()}">Oak Consulting</a>' in body
    assert "Their work (2)" in body
    assert f'href="{world.coral.get_absolute_url()}">Coral Trial</a>' in body
    assert "Field trial" in body and "Consultant" in body
    assert "Coral circle" in body and "Convenor" in body
    assert "Onyx Trial" not in body  # another programme's


def test_the_administrator_reads_every_part_of_their_work(client, world, consultant):
    body = page(client, world.users["admin"], consultant)
    assert "Their work (3)" in body and "Onyx Trial" in body


def test_a_school_leader_reads_a_colleague_s_work_only_where_they_may_look(client, world):
    colleague = UserFactory(full_name="Casey Colleague")
    FieldTrialMembershipFactory(field_trial=world.coral, user=colleague)
    FieldTrialMembershipFactory(field_trial=world.dune, user=colleague, role=Role.CONSULTANT)
    body = page(client, world.users["leader"], colleague)
    assert "Coral Trial" in body and "School leader or practitioner" in body
    assert "Dune Trial" not in body and "Their work (1)" in body
    assert "This is you" not in body
    # The officer, who reads the whole programme, reads both.
    assert "Their work (2)" in page(client, world.users["officer"], colleague)


def test_nobody_outside_the_person_s_programmes_finds_their_page(client, world, consultant):
    onyx_only = UserFactory(full_name="Olive Onyx")
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=onyx_only)
    assert status(client, world.users["outsider"], consultant) == 404
    assert status(client, world.users["leader"], onyx_only) == 404
    assert status(client, world.users["officer"], onyx_only) == 404
    assert status(client, world.users["admin"], onyx_only) == 200


def test_everyone_reads_their_own_page_even_in_no_programme(client, world):
    outsider = world.users["outsider"]
    body = page(client, outsider, outsider)
    assert "This is you" in body and reverse("accounts:profile") in body
    assert "Nothing that you can see." in body


def test_the_page_asks_as_many_queries_for_thirty_trials_as_for_one(client, world):
    person = UserFactory(full_name="Busy Person")
    FieldTrialMembershipFactory(field_trial=world.coral, user=person)
    client.force_login(world.users["officer"])

    def counted():
        client.get(url(person))
        with CaptureQueriesContext(connection) as captured:
            body = client.get(url(person)).content.decode()
        return len(captured), body

    few, _ = counted()
    for n in range(30):
        trial = FieldTrialFactory(project=world.objects["amber"], title=f"Trial {n:02}")
        FieldTrialMembershipFactory(field_trial=trial, user=person)
    many, body = counted()
    assert many == few
    assert "Their work (31)" in body and "Pages of their work" in body
    # Trials A to Z: the first page ends before the last trials.
    assert "Coral Trial" in body and "Trial 29" not in body
    last = page(client, world.users["officer"], person, work_page="2")
    assert "Trial 29" in last and "Coral Trial" not in last


def test_search_a_team_and_an_organisation_link_to_a_person_s_page(client, world, consultant):
    link = f'href="{url(consultant)}"'
    client.force_login(world.users["leader"])
    found = client.get(reverse("search:search"), {"q": "Consultant Person", "kind": "people"})
    assert link in found.content.decode()
    team = reverse("people:people", args=["field-trial", world.coral.pk])
    assert link in client.get(team).content.decode()
    organisation = consultant.organisation.get_absolute_url()
    assert link in client.get(organisation).content.decode()
    # Someone who has left is still linked from the team, marked as switched off.
    switch_off_account(person=consultant, actor=world.users["admin"])
    body = " ".join(client.get(team).content.decode().split())
    assert f'{link}>Consultant Person</a> <strong class="govuk-tag govuk-tag--grey">Account ' in (
        body
    )


def test_whoever_finds_a_person_by_search_opens_their_page_and_nobody_else(world, consultant):
    """The page's rule (one person's programmes against the reader's) and search's people
    (programmes.rules.visible_people) agree, for every reader and every person."""
    from django.http import Http404

    from accounts.models import User
    from directory.rules import get_person_for
    from programmes.rules import visible_people

    onyx_only = UserFactory(full_name="Olive Onyx")
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=onyx_only)
    people = list(User.objects.all())
    for persona, reader in world.users.items():
        if reader is None:
            continue
        found = set(visible_people(reader).values_list("pk", flat=True)) | {reader.pk}
        for person in people:
            try:
                opened = get_person_for(User.objects.get(pk=reader.pk), person.pk) is not None
            except Http404:
                opened = False
            assert opened == (person.pk in found), (persona, person.full_name)


SWITCHED_OFF = (
    "This account is switched off: Consultant Person no longer signs in to Next Practice."
)


def test_someone_who_left_keeps_their_page_saying_their_account_is_switched_off(
    client, world, consultant
):
    switch_off_account(person=consultant, actor=world.users["admin"])
    body = page(client, world.users["officer"], consultant)
    assert SWITCHED_OFF in body
    assert "Change management consultant" in body and "Their work (2)" in body
    switch_on = reverse("accounts:person_switch_on", args=[consultant.pk])
    assert switch_on not in body  # an officer does not switch accounts on
    assert "Switch off this account" not in body
    # The administrator is offered to switch it back on.
    body = page(client, world.users["admin"], consultant)
    assert SWITCHED_OFF in body and f'href="{switch_on}">Switch this account back on</a>' in body
    assert "Switch off this account" not in body
    # Whoever could not open it before still cannot.
    assert status(client, world.users["outsider"], consultant) == 404


def test_switching_someone_off_changes_nobody_s_access_to_their_page(client, world, consultant):
    readers = [r for r in world.users.values() if r is not None and r != consultant]
    before = {reader.pk: status(client, reader, consultant) for reader in readers}
    switch_off_account(person=consultant, actor=world.users["admin"])
    after = {reader.pk: status(client, reader, consultant) for reader in readers}
    assert after == before and set(before.values()) == {200, 404}


def test_a_post_by_someone_who_left_links_to_their_page(client, world, consultant):
    thread = ThreadFactory(field_trial=world.coral, created_by=consultant)
    PostFactory(thread=thread, author=consultant, body="What we tried in the first term")
    switch_off_account(person=consultant, actor=world.users["admin"])
    client.force_login(world.users["officer"])
    body = client.get(thread.get_absolute_url()).content.decode()
    assert f'href="{url(consultant)}">Consultant Person</a>' in body
    assert SWITCHED_OFF in client.get(url(consultant)).content.decode()


def test_an_erased_person_s_page_names_nobody_and_lists_nothing(client, world, consultant):
    erase_person(person=consultant, actor=world.users["admin"])
    for reader in ("officer", "admin"):
        body = page(client, world.users[reader], consultant)
        assert '<h1 class="govuk-heading-l">A former member</h1>' in body
        assert "This person’s details were erased." in body
        for gone in ("Consultant Person", "Change management", "Oak Consulting", "Coral"):
            assert gone not in body, (reader, gone)
        assert "Their work" not in body and "switched off:" not in body
        assert "Switch this account back on" not in body and "Switch off" not in body
    assert status(client, world.users["outsider"], consultant) == 404
