"""Search finds a trial's submitted monthly updates, where most of what it learns is written,
for exactly those who may read them (fieldtrials.rules.visible_updates: whoever sees the
trial); never a draft, nor a withdrawn update, and never for anyone else, not even as a
count. The services that submit, take back and withdraw an update keep search current."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.tests.factories import UserFactory
from fieldtrials.models import MonthlyUpdate
from fieldtrials.services.updates import (
    current_month,
    save_update_draft,
    submit_update,
    take_back_update,
    update_draft,
)
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import MonthlyUpdateFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import withdraw_record
from search.models import SearchDocument

pytestmark = pytest.mark.django_db

FEBRUARY = datetime.date(2007, 2, 1)


def search(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response.content.decode()


def found_nothing(body):
    """No result, no group's count, nothing highlighted, no title of Coral's."""
    return (
        "No results" in body
        and "Monthly updates (" not in body
        and "<mark>" not in body
        and "Coral Trial" not in body
    )


@pytest.fixture
def coral_update(world):
    return MonthlyUpdateFactory(
        field_trial=world.coral,
        month=FEBRUARY,
        what_happened="Reading buddies met twice a week.",
        what_next="Pair the year 5s with the year 2s.",
        in_the_way="Supply cover for the coordinator.",
    )


def test_a_head_finds_their_own_trial_s_update_by_a_word_in_it(client, world, coral_update):
    body = search(client, world.users["leader"], q="buddies")
    assert "Monthly update, February 2007 — Coral Trial" in body
    assert "Monthly updates (1)" in body
    assert "What happened: Reading <mark>buddies</mark> met twice a week." in body
    assert reverse("fieldtrials:update_detail", args=[coral_update.pk]) in body
    assert "Monthly update · Submitted" in body
    # Its other texts are found too.
    assert "Monthly updates (1)" in search(client, world.users["leader"], q="coordinator")


def test_the_officer_and_the_project_s_partner_find_it(client, world, coral_update):
    for persona in ("officer", "partner", "consultant"):
        body = search(client, world.users[persona], q="buddies")
        assert "Monthly updates (1)" in body, persona


def test_a_head_of_another_trial_does_not_find_it_not_even_as_a_count(client, world, coral_update):
    dune_head = UserFactory(full_name="Dune Head")
    FieldTrialMembershipFactory(field_trial=world.dune, user=dune_head)
    for params in ({"q": "buddies"}, {"q": "buddies", "kind": "monthly-updates"}):
        assert found_nothing(search(client, dune_head, **params))


def test_who_does_not_see_the_trial_finds_none_of_its_updates(client, world):
    """Elm is Beryl's: Amber's partner does not read it, and the outsider, who joined its
    community (Juniper) from outside, reads the community and not its trials' updates."""
    MonthlyUpdateFactory(field_trial=world.elm, what_happened="Elm's quietword month")
    assert "Monthly updates (1)" in search(client, world.users["officer"], q="quietword")
    for persona in ("partner", "outsider", "leader", "consultant"):
        body = search(client, world.users[persona], q="quietword")
        assert "No results" in body and "Monthly updates (" not in body, persona
        assert "<mark>" not in body, persona


def test_a_draft_is_not_found_until_submitted_and_not_once_taken_back(client, world):
    leader, officer = world.users["leader"], world.users["officer"]
    update = save_update_draft(
        trial=world.coral, month=current_month(), actor=leader, what_happened="Draftword so far"
    )
    update = update_draft(
        update=update,
        based_on_version=update.version,
        actor=leader,
        rag="green",
        what_happened="Draftword: the garden is planted",
    )
    assert "No results" in search(client, officer, q="draftword")
    assert "No results" in search(client, leader, q="draftword")
    update = submit_update(update=update, actor=leader)
    body = search(client, officer, q="garden")
    assert "Monthly updates (1)" in body and "<mark>garden</mark>" in body
    document = SearchDocument.objects.get(kind="monthly-updates", object_id=update.pk)
    assert document.date == update.submitted_at
    take_back_update(update=update, actor=leader)
    assert "No results" in search(client, officer, q="garden")
    assert not SearchDocument.objects.filter(kind="monthly-updates").exclude(
        object_id__in=MonthlyUpdate.objects.values("pk")
    )


def test_a_withdrawn_update_leaves_the_results(client, world, coral_update):
    officer = world.users["officer"]
    assert "Monthly updates (1)" in search(client, officer, q="buddies")
    withdraw_record(
        kind=record_kinds()[("fieldtrials", "update")],
        record=coral_update,
        actor=officer,
        reason="Sent for the wrong trial",
    )
    assert not SearchDocument.objects.filter(
        kind="monthly-updates", object_id=coral_update.pk
    ).exists()
    for persona in ("officer", "leader"):
        assert "No results" in search(client, world.users[persona], q="buddies")


def test_a_renamed_trial_s_updates_are_found_by_its_new_name(client, world, coral_update):
    world.coral.title = "Coral Reading Trial"
    world.coral.save()
    body = search(client, world.users["leader"], q="buddies")
    assert "Monthly update, February 2007 — Coral Reading Trial" in body


def test_reindex_makes_the_submitted_updates_documents_only(client, world, coral_update):
    draft = MonthlyUpdateFactory(field_trial=world.dune, draft=True, what_happened="x")
    SearchDocument.objects.filter(kind="monthly-updates").delete()
    call_command("reindex_search", kind=["monthly-updates"], verbosity=0)
    indexed = set(
        SearchDocument.objects.filter(kind="monthly-updates").values_list("object_id", flat=True)
    )
    assert coral_update.pk in indexed and world.update.pk in indexed
    assert draft.pk not in indexed
    assert "Monthly updates (1)" in search(client, world.users["leader"], q="buddies")


def test_the_kind_filter_offers_monthly_updates(client, world, coral_update):
    body = search(client, world.users["leader"], q="buddies", kind="monthly-updates")
    assert 'value="monthly-updates"' in body
    assert "Monthly update, February 2007 — Coral Trial" in body


def test_an_update_s_excerpt_says_what_happened_once(client, world):
    """ts_headline sometimes keeps the stop word "What" that starts a monthly update's body
    ("What happened: ..."): the excerpt put it back all the same, and read "What What
    happened:" (read aloud by screen readers)."""
    MonthlyUpdateFactory(
        field_trial=world.coral,
        month=FEBRUARY,
        what_happened="The evaluation of one governing body across two schools began.",
        what_next="Agree the terms of reference.",
        in_the_way="",
    )
    body = search(client, world.users["leader"], q="governing", kind="monthly-updates")
    assert '_excerpt">What happened: The evaluation of one <mark>governing</mark>' in body
