"""Restoring a record withdrawn by mistake (nextpractice/records): by those who may withdraw
it, with a reason kept in its history; once only; refused, in plain words, when another
record has taken its place. Access by persona for every kind is in test_access.py
(access_cases_records.py); two restores at the same moment in test_records_races.py."""

import re

import pytest
from django.urls import reverse

from accounts.models import Event
from programmes.selectors import project_overview


def url(action, pk, slug="problem-statement", app="programmes"):
    return reverse(f"records:{action}", kwargs={"app": app, "kind": slug, "pk": pk})


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def officer(world, client):
    client.force_login(world.users["officer"])
    return world.users["officer"]


@pytest.fixture
def withdrawn(world, client, officer):
    """Amber's problem statement, withdrawn by the officer by mistake."""
    problem = world.problem
    response = client.post(url("withdraw", problem.pk), {"reason": "it repeats another"})
    assert response.status_code == 302
    problem.refresh_from_db()
    assert problem.is_withdrawn
    return problem


def test_an_officer_restores_a_withdrawn_record_and_it_reads_as_before(
    world, client, officer, withdrawn
):
    assert withdrawn not in project_overview(world.amber, officer)["problems"]
    # The record's kit page (where Change and Withdraw lead once it is withdrawn) offers it.
    refused = client.get(url("edit", withdrawn.pk))
    assert refused.status_code == 409
    assert url("restore", withdrawn.pk) in refused.content.decode()
    page = client.get(url("restore", withdrawn.pk))
    assert page.status_code == 200
    assert "Restore this problem statement" in page.text
    assert "Withdrawn by Officer Person" in text_of(page)
    # No reason: said beside the box, nothing changed.
    unsaid = client.post(url("restore", withdrawn.pk), {"reason": " "})
    assert unsaid.status_code == 400
    assert "Say why you are restoring it" in unsaid.text
    withdrawn.refresh_from_db()
    assert withdrawn.is_withdrawn
    response = client.post(url("restore", withdrawn.pk), {"reason": "withdrawn by mistake"})
    assert response.status_code == 302
    assert response["Location"] == reverse("programmes:project_phase1", args=[world.amber.pk])
    withdrawn.refresh_from_db()
    assert not withdrawn.is_withdrawn
    assert (withdrawn.withdrawn_by, withdrawn.withdrawn_reason) == (None, "")
    assert withdrawn.text == "Kelp Problem"
    assert withdrawn in project_overview(world.amber, officer)["problems"]
    shown = text_of(client.get(response["Location"]))
    assert "The problem statement is restored." in shown
    assert "it repeats another" not in shown  # its withdrawal note is gone from the page
    # Its history keeps both: the withdrawal and the restoring, each with its reason.
    history = text_of(client.get(reverse("programmes:project_history", args=[world.amber.pk])))
    assert "withdrew the problem statement “Kelp Problem”, because it repeats another" in history
    assert "restored the problem statement “Kelp Problem”, because withdrawn by mistake" in history
    event = Event.objects.get(verb="programmes.problem_statement_restored")
    assert (event.actor, event.target) == (officer, world.amber)
    assert event.data["withdrawn_reason"] == "it repeats another"


@pytest.mark.parametrize("persona, status", [("partner", 403), ("outsider", 404)])
def test_someone_who_may_only_read_it_or_not_see_it_cannot_restore_it(
    world, client, withdrawn, persona, status
):
    client.force_login(world.users[persona])
    assert client.get(url("restore", withdrawn.pk)).status_code == status
    response = client.post(url("restore", withdrawn.pk), {"reason": "I want it back"})
    assert response.status_code == status
    withdrawn.refresh_from_db()
    assert withdrawn.is_withdrawn
    assert not Event.objects.filter(verb="programmes.problem_statement_restored").exists()


def test_restoring_twice_restores_once_and_the_second_says_it_is_restored_already(
    client, withdrawn
):
    restore = url("restore", withdrawn.pk)
    assert client.post(restore, {"reason": "withdrawn by mistake"}).status_code == 302
    again = client.post(restore, {"reason": "withdrawn by mistake"})
    assert again.status_code == 409
    assert "This problem statement is not withdrawn" in again.text
    assert "It has been restored already: nothing has been changed." in again.text
    assert 'name="reason"' not in again.text
    withdrawn.refresh_from_db()
    assert withdrawn.version == 3  # added 1, withdrawn 2, restored 3: once
    assert Event.objects.filter(verb="programmes.problem_statement_restored").count() == 1


def test_a_record_whose_place_was_taken_is_not_restored_and_the_page_says_why(
    world, client, officer
):
    from programmes.models import CreativeOption
    from programmes.models.options import OPTION_TITLE_TAKEN

    def wren():
        return CreativeOption.objects.create(project=world.amber, title="Wren", description="d")

    option = wren()
    withdraw = url("withdraw", option.pk, slug="option")
    assert client.post(withdraw, {"reason": "a mistake"}).status_code == 302
    wren()  # its place, taken since
    restore = url("restore", option.pk, slug="option")
    page = client.get(restore)
    assert page.status_code == 409
    assert "This creative option cannot be restored" in page.text
    # Said as what can be done from here: not the form's "give this one another", as a
    # withdrawn option cannot be renamed, but what to do with the option now called so.
    instead = (
        "Another option of this project is now called “Wren”, and a withdrawn option cannot "
        "be renamed: rename that one, or withdraw it, first."
    )
    assert instead in text_of(page)
    assert OPTION_TITLE_TAKEN not in page.text and "give this one another" not in page.text
    assert 'name="reason"' not in page.text
    refused = client.post(restore, {"reason": "I want it back"})
    assert refused.status_code == 409
    assert instead in text_of(refused)
    option.refresh_from_db()
    assert option.is_withdrawn
    assert not Event.objects.filter(verb="programmes.option_restored").exists()


def test_a_record_kept_before_a_rule_it_breaks_is_withdrawn_all_the_same(world, client, officer):
    """An option kept with no description (older data, written before the rule) could not be
    withdrawn: the withdrawal checked every field, and the page failed (500). Withdrawing
    checks only what it writes."""
    from programmes.models import CreativeOption

    option = CreativeOption.objects.create(project=world.amber, title="Old Wren", description="")
    response = client.post(url("withdraw", option.pk, slug="option"), {"reason": "a mistake"})
    assert response.status_code == 302
    option.refresh_from_db()
    assert option.is_withdrawn and option.withdrawn_reason == "a mistake"
    assert option.description == ""  # nothing else is changed
    assert Event.objects.filter(verb="programmes.option_withdrawn").count() == 1


def test_a_record_that_corrected_only_has_no_restore_page(world, client, officer):
    assert client.get(url("restore", world.amber.pk, slug="project")).status_code == 404


def test_a_restore_refused_by_djangos_own_rules_says_so_in_the_records_words(
    world, client, officer, withdrawn
):
    """A record kept from before a rule (a statement left empty, a kind no longer offered)
    cannot come back as it is: its restore page says which of its details, and what to do,
    not Django's "This field cannot be blank." (which field?) or "Value 'x' is not a valid
    choice." about a model's internals."""
    from programmes.models import ProblemStatement

    ProblemStatement.objects.filter(pk=withdrawn.pk).update(text="", kind="wish")
    page = client.get(url("restore", withdrawn.pk))
    assert page.status_code == 409
    said = text_of(page)
    assert "This problem statement cannot be restored" in said
    assert (
        "Its statement is missing now, and a withdrawn problem statement cannot be changed: "
        "add it again as a new one instead."
    ) in said
    assert "Its kind is not one it can have now" in said
    assert "cannot be blank" not in said and "is not a valid choice" not in said
    assert 'name="reason"' not in page.text
