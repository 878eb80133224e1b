"""A draft monthly update is autosaved as its author types: its history, the trial's "Lately",
the programme's and everyone's activity say "saved the draft" once a day per person, not once
a save; the draft's content keeps every version. The updates list reads a draft as a draft."""

import datetime

import pytest
from django.urls import reverse

from accounts.models import Event
from fieldtrials.models import MonthlyUpdate
from fieldtrials.services.updates import (
    save_update_draft,
    submit_draft,
    take_back_update,
    update_draft,
)
from nextpractice.testing.races import at_once

FEB_2007 = datetime.date(2007, 2, 1)
HTMX = {"HTTP_HX_REQUEST": "true"}
SAVED = "fieldtrials.update_draft_saved"
SAID = "saved the draft of the monthly update"


@pytest.fixture
def coral(world):
    world.coral.start_date = datetime.date(2006, 9, 1)
    world.coral.save()
    return world.coral


@pytest.fixture
def draft(world, coral):
    return save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], what_happened="Day 1"
    )


def saves(update):
    return Event.objects.filter(verb=SAVED, target_id=update.pk).order_by("created_at", "id")


def autosave(client, update, version, **fields):
    url = reverse("fieldtrials:update_autosave", args=[update.pk])
    response = client.post(url, {"version": version, **fields}, **HTMX)
    assert response.status_code == 200, response.content
    return response


@pytest.mark.parametrize("new", [False, True], ids=["draft", "new update"])
def test_an_autosave_after_the_session_ended_gets_401_not_the_sign_in_page(
    client, world, draft, new
):
    """htmx followed the redirect to sign in: the autosave's status line showed nothing
    useful. 401 and nothing to swap in: static/js/autosave.js says it was not saved."""
    if new:
        url = reverse("fieldtrials:update_autosave_new", args=[draft.field_trial.pk])
        data = {"month": "2007-03", "what_happened": "Lost?"}
    else:
        url = reverse("fieldtrials:update_autosave", args=[draft.pk])
        data = {"version": draft.version, "what_happened": "Lost?"}
    response = client.post(url, data, **HTMX)
    assert response.status_code == 401
    assert response["HX-Reswap"] == "none"
    assert "signed out" in response.content.decode()
    assert not MonthlyUpdate.objects.filter(what_happened="Lost?").exists()
    # Without JavaScript the form's own post gets the page saying nothing was saved.
    plain = client.post(url, data)
    assert plain.status_code == 401
    assert "You were signed out, so nothing was saved" in plain.content.decode()


def test_the_update_page_says_in_its_words_what_to_do_once_signed_out(client, world, draft):
    """autosave.js shows the form's data-autosave-signed-out, and its Save as draft button."""
    client.force_login(world.users["leader"])
    page = client.get(reverse("fieldtrials:update_edit", args=[draft.pk])).content.decode()
    assert (
        'data-autosave-signed-out="You have been signed out, so your latest changes are not '
        'saved. Sign in again in another tab, then press Save as draft."'
    ) in page


def test_three_autosaves_in_a_row_are_told_once_and_every_version_is_kept(client, world, draft):
    leader = world.users["leader"]
    client.force_login(leader)
    kept_before = draft.history.count()
    autosave(client, draft, 0, what_happened="Day 1, then")
    autosave(client, draft, 1, what_happened="Day 1, then more", rag="amber")
    autosave(client, draft, 2, what_happened="Day 1, then more", rag="amber", what_next="Soon")

    told = saves(draft).get()
    draft.refresh_from_db()
    assert draft.version == 3 and draft.what_next == "Soon"
    # Told at the last save, with every field the day's saves changed.
    assert told.created_at >= draft.updated_at
    assert told.data["changed"] == ["rag", "what_happened", "what_next"]
    # The draft's content keeps each version it was saved as.
    assert draft.history.count() == kept_before + 3

    update_page = client.get(reverse("fieldtrials:update_detail", args=[draft.pk]))
    assert update_page.content.decode().count(SAID) == 1
    for url in (
        world.coral.get_absolute_url(),
        reverse("accounts:field_trial_activity", args=[world.coral.pk]),
        world.coral.project.programme.get_absolute_url(),
        reverse("accounts:programme_activity", args=[world.coral.project.programme_id]),
        reverse("home"),
    ):
        assert client.get(url).content.decode().count(SAID) == 1, url


def test_a_save_the_next_day_is_told_again(world, draft):
    leader = world.users["leader"]
    update_draft(update=draft, based_on_version=0, actor=leader, what_happened="Day 1")
    yesterday = saves(draft).get()
    yesterday.created_at -= datetime.timedelta(days=1)
    yesterday.save(update_fields=["created_at"])

    update_draft(update=draft, based_on_version=1, actor=leader, what_happened="Day 2")
    update_draft(update=draft, based_on_version=2, actor=leader, what_happened="Day 2, more")
    assert saves(draft).count() == 2
    assert saves(draft).first().created_at == yesterday.created_at  # yesterday's stays


def test_each_person_saving_the_draft_is_told_once(world, draft):
    leader, consultant = world.users["leader"], world.users["consultant"]
    for version, actor in enumerate([leader, consultant, leader, consultant]):
        update_draft(
            update=draft, based_on_version=version, actor=actor, what_happened=str(version)
        )
    assert sorted(saves(draft).values_list("actor__email", flat=True)) == [
        consultant.email,
        leader.email,
    ]


def test_submitting_is_still_told_and_saves_after_a_take_back_are_told_after_it(world, draft):
    leader = world.users["leader"]
    update_draft(update=draft, based_on_version=0, actor=leader, what_happened="Day 1, more")
    update_draft(update=draft, based_on_version=1, actor=leader, what_happened="Day 1, all")
    submitted = submit_draft(
        update=draft, based_on_version=2, actor=leader, rag="green", what_happened="Day 1, all"
    )
    assert Event.objects.filter(verb="fieldtrials.update_submitted").count() == 1
    assert saves(draft).count() == 1

    take_back_update(update=submitted, actor=leader)
    version = MonthlyUpdate.objects.get(pk=draft.pk).version
    update_draft(update=draft, based_on_version=version, actor=leader, what_happened="Fixed")
    update_draft(update=draft, based_on_version=version + 1, actor=leader, what_happened="Fixed!")
    verbs = list(
        Event.objects.filter(target_id=draft.pk, verb__startswith="fieldtrials.update")
        .order_by("created_at", "id")
        .values_list("verb", flat=True)
    )
    assert verbs == [
        "fieldtrials.update_drafted",
        SAVED,
        "fieldtrials.update_submitted",
        "fieldtrials.update_taken_back",
        SAVED,
    ]


@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_moment_are_told_once(world, coral):
    """Both lock the update's row: the second to go through finds the first's event."""
    leader = world.users["leader"]
    draft = save_update_draft(trial=coral, month=FEB_2007, actor=leader, what_happened="Day 1")
    for _ in range(3):
        version = MonthlyUpdate.objects.get(pk=draft.pk).version
        at_once(
            [
                lambda v=version: update_draft(
                    update=draft, based_on_version=v, actor=leader, what_happened=f"A{v}"
                ),
                lambda v=version: update_draft(
                    update=draft, based_on_version=v + 1, actor=leader, what_happened=f"B{v}"
                ),
            ]
        )
    assert saves(draft).count() == 1


def test_the_updates_list_reads_a_draft_as_a_draft(client, world, coral):
    save_update_draft(trial=coral, month=FEB_2007, actor=world.users["leader"])
    client.force_login(world.users["leader"])
    listing = client.get(reverse("fieldtrials:update_list", args=[coral.pk])).content.decode()
    row = listing.split("February 2007", 1)[1].split("</tr>", 1)[0]
    assert "Draft</strong>" in row and "Draft, not submitted yet" in row
    assert "Nothing written in the draft yet" in row
    assert "No status yet" not in row and "Not written yet" not in row


def test_a_drafts_first_save_and_later_ones_are_told_with_one_verb_and_its_month(
    client, world, draft
):
    leader = world.users["leader"]
    update_draft(update=draft, based_on_version=0, actor=leader, what_happened="Day 1, more")
    # A save told before the month was kept in its event: read from the update's name.
    told = saves(draft).get()
    told.data.pop("month")
    told.save(update_fields=["data"])
    client.force_login(leader)
    page = client.get(reverse("fieldtrials:update_detail", args=[draft.pk])).content.decode()
    assert "Leader Person saved the first draft of the monthly update for February 2007." in page
    assert "Leader Person saved the draft of the monthly update for February 2007." in page
    assert "started the monthly update" not in page and "draft monthly update of" not in page
