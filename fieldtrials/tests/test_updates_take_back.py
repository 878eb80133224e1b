"""A monthly update's author can take a submitted update back to edit until a project officer
has marked it read; a draft being edited is autosaved, checked against its version."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from accounts.models import Event, Notification
from fieldtrials.models import MonthlyUpdate
from fieldtrials.services.updates import (
    UpdateAlreadyRead,
    UpdateEditConflict,
    UpdateLocked,
    mark_update_read,
    save_update_draft,
    submit_draft,
    submit_new_update,
    take_back_update,
    update_draft,
)
from nextpractice.testing.races import at_once

FEB_2007 = datetime.date(2007, 2, 1)
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def coral(world):
    world.coral.start_date = datetime.date(2006, 9, 1)
    world.coral.save()
    return world.coral


@pytest.fixture
def submitted(coral, world):
    """Coral's February 2007 update, submitted by the leader and not yet read."""
    return submit_new_update(
        trial=coral,
        month=FEB_2007,
        actor=world.users["leader"],
        rag="red",
        what_happened="We started the flexible days.",
    )


def url(name, update):
    return reverse(f"fieldtrials:{name}", args=[update.pk])


def page(response):
    return response.content.decode()


def test_the_author_takes_back_an_unread_update_edits_it_and_submits_it_again(
    client, world, coral, submitted
):
    leader, officer = world.users["leader"], world.users["officer"]
    client.force_login(leader)
    assert "Take back to edit" in page(client.get(url("update_detail", submitted)))
    locked = client.get(url("update_edit", submitted))  # where "change it" leads
    assert locked.status_code == 409 and "Take back to edit" in page(locked)

    response = client.post(url("update_take_back", submitted))
    assert response.status_code == 302 and response.url == url("update_edit", submitted)
    update = MonthlyUpdate.objects.get(pk=submitted.pk)
    assert update.status == "draft" and update.submitted_at is None
    coral.refresh_from_db()  # its latest is January's again (amber), not February's red
    assert (coral.latest_rag, coral.latest_update_month) == ("amber", datetime.date(2007, 1, 1))
    assert Event.objects.filter(verb="fieldtrials.update_taken_back", target_id=update.pk).exists()

    response = client.post(
        url("update_edit", update),
        {
            "version": update.version,
            "rag": "amber",
            "what_happened": "We started the flexible days, two weeks late.",
            "submit_update": "",
        },
    )
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.status == "submitted" and update.rag == "amber"
    # Each submission is news to the officers: told of both, the second with its new RAG.
    told = Notification.objects.filter(recipient=officer, kind="update_submitted")
    assert [n.message.endswith("Amber: some problems.") for n in told] == [True, False]


def test_once_an_officer_has_marked_it_read_its_author_can_no_longer_take_it_back(
    client, world, submitted
):
    leader, officer = world.users["leader"], world.users["officer"]
    client.force_login(officer)
    assert "Take back to edit" not in page(client.get(url("update_detail", submitted)))
    response = client.post(url("update_mark_read", submitted))
    assert response.status_code == 302
    update = MonthlyUpdate.objects.get(pk=submitted.pk)
    assert update.read_by == officer and update.read_at is not None
    assert Event.objects.filter(verb="fieldtrials.update_read", target_id=update.pk).exists()
    assert "Mark as read" not in page(client.get(url("update_detail", submitted)))

    client.force_login(leader)
    detail = page(client.get(url("update_detail", submitted)))
    assert "Take back to edit" not in detail
    assert "Read by an officer" in detail and officer.full_name in detail
    assert "Take back to edit" not in page(client.get(url("update_edit", submitted)))
    refused = client.post(url("update_take_back", submitted))
    assert refused.status_code == 409
    assert "so it can no longer be taken back" in page(refused)
    assert MonthlyUpdate.objects.get(pk=submitted.pk).status == "submitted"
    # Its author is told it was read, once, however often it is marked read again.
    client.force_login(officer)
    client.post(url("update_mark_read", submitted))
    told = Notification.objects.get(recipient=leader, kind="update_read")
    assert told.message.startswith(f"{officer} read your monthly update for ")
    assert told.url == url("update_detail", submitted)


def test_only_the_author_takes_an_update_back_and_only_officers_mark_it_read(
    client, world, submitted
):
    client.force_login(world.users["consultant"])  # of Coral's team, not its author
    assert "Take back to edit" not in page(client.get(url("update_detail", submitted)))
    assert client.post(url("update_take_back", submitted)).status_code == 403
    assert client.post(url("update_mark_read", submitted)).status_code == 403
    client.force_login(world.users["leader"])
    assert "Mark as read" not in page(client.get(url("update_detail", submitted)))
    assert client.post(url("update_mark_read", submitted)).status_code == 403
    assert MonthlyUpdate.objects.get(pk=submitted.pk).read_at is None


def test_the_update_page_says_once_when_it_can_still_change(client, world, submitted):
    """It says what the rule is: its author may take it back until an officer reads it."""
    leader, consultant, officer = (world.users[n] for n in ("leader", "consultant", "officer"))
    until = "Until a programme officer reads this update"
    client.force_login(leader)
    author_reads = page(client.get(url("update_detail", submitted)))
    assert author_reads.count(until) == 1 and "you can take it back" in author_reads
    assert "locked" not in author_reads
    client.force_login(consultant)  # of Coral's team, not its author
    colleague_reads = page(client.get(url("update_detail", submitted)))
    assert f"{until}, {leader.full_name}, who wrote it, can take it back" in colleague_reads
    assert "locked" not in colleague_reads

    mark_update_read(update=submitted, actor=officer)
    for person in (leader, consultant):
        client.force_login(person)
        read = page(client.get(url("update_detail", submitted)))
        assert "has read this update, so it can no longer be changed" in read
        assert until not in read and "take it back" not in read


def test_an_update_taken_back_cannot_be_marked_read_until_submitted_again(client, world, submitted):
    client.force_login(world.users["leader"])
    client.post(url("update_take_back", submitted))
    client.force_login(world.users["officer"])
    refused = client.post(url("update_mark_read", submitted))
    assert refused.status_code == 409
    assert "taken this update back" in page(refused)
    assert MonthlyUpdate.objects.get(pk=submitted.pk).read_at is None


def test_autosave_saves_the_draft_and_moves_its_version_on(client, world, coral):
    leader = world.users["leader"]
    draft = save_update_draft(trial=coral, month=FEB_2007, actor=leader, what_happened="Day 1")
    client.force_login(leader)
    edit = page(client.get(url("update_edit", draft)))
    assert 'data-autosave="update-' in edit and "js/autosave.js" in edit
    assert "data-autosave-button" in edit  # "Save as draft": hidden when the script runs

    saved = client.post(
        url("update_autosave", draft), {"version": 0, "what_happened": "Day 2"}, **HTMX
    )
    assert saved.status_code == 200
    assert "Draft saved at" in page(saved)
    assert 'name="version" value="1"' in page(saved)  # swapped into the form out of band
    draft.refresh_from_db()
    assert draft.what_happened == "Day 2" and draft.version == 1

    # A save typed against version 0 would overwrite Day 2: refused, with the reason.
    stale = client.post(
        url("update_autosave", draft), {"version": 0, "what_happened": "Day 3"}, **HTMX
    )
    assert stale.status_code == 409
    # Their own save (another tab or window, or this page's earlier one): said as theirs.
    assert (
        "Not saved: you changed this draft in another tab or window since you opened it. "
        "Nothing you wrote is lost"
    ) in page(stale)
    assert "someone else" not in page(stale)
    draft.refresh_from_db()
    assert draft.what_happened == "Day 2"


def test_autosave_meeting_someone_elses_save_names_them(client, world, coral):
    leader, consultant = world.users["leader"], world.users["consultant"]
    draft = save_update_draft(trial=coral, month=FEB_2007, actor=leader, what_happened="Day 1")
    other = Client()  # the consultant's own page (a save's history row says whose it is)
    other.force_login(consultant)
    sent = {"version": 0, "what_happened": "Theirs"}
    assert other.post(url("update_autosave", draft), sent, **HTMX).status_code == 200
    client.force_login(leader)
    stale = client.post(
        url("update_autosave", draft), {"version": 0, "what_happened": "Mine"}, **HTMX
    )
    assert stale.status_code == 409
    assert (
        f"Not saved: {consultant.full_name} changed this draft while you were writing. "
        "Nothing you wrote is lost"
    ) in page(stale).replace("&#x27;", "'")
    assert "another tab" not in page(stale)
    draft.refresh_from_db()
    assert draft.what_happened == "Theirs"


def test_autosave_of_a_submitted_update_is_refused(client, world, submitted):
    client.force_login(world.users["leader"])
    refused = client.post(
        url("update_autosave", submitted),
        {"version": submitted.version, "what_happened": "Changed after all"},
        **HTMX,
    )
    assert refused.status_code == 409
    assert "so it is no longer a draft" in page(refused)
    assert MonthlyUpdate.objects.get(pk=submitted.pk).what_happened.startswith("We started")


@pytest.mark.django_db(transaction=True)
def test_taking_back_and_marking_read_at_the_same_moment_lets_one_win(world, submitted):
    """Both lock the update's row: either it is taken back (and cannot be marked read) or
    it is read (and cannot be taken back), never a draft that an officer has read."""
    leader, officer = world.users["leader"], world.users["officer"]
    results, errors = at_once(
        [
            lambda: take_back_update(update=submitted, actor=leader),
            lambda: mark_update_read(update=submitted, actor=officer),
        ]
    )
    assert len(results) == 1 and len(errors) == 1
    assert type(errors[0]) in (UpdateAlreadyRead, ValidationError)
    update = MonthlyUpdate.objects.get(pk=submitted.pk)
    if isinstance(errors[0], UpdateAlreadyRead):
        assert update.status == "submitted" and update.read_by == officer
    else:
        assert update.status == "draft" and update.read_at is None


@pytest.mark.django_db(transaction=True)
def test_an_autosave_and_a_submit_at_the_same_moment_keep_one(world, coral):
    """Autosave can still be saving when its author presses "Submit": one of the two goes
    through and the other is refused with a reason, rather than a deadlock."""
    leader = world.users["leader"]
    draft = save_update_draft(trial=coral, month=FEB_2007, actor=leader, what_happened="Day 1")
    results, errors = at_once(
        [
            lambda: update_draft(
                update=draft, based_on_version=0, actor=leader, what_happened="Day 2"
            ),
            lambda: submit_draft(
                update=draft, based_on_version=0, actor=leader, rag="green", what_happened="Day 3"
            ),
        ]
    )
    assert len(results) == 1
    assert [type(e) for e in errors] in ([UpdateEditConflict], [UpdateLocked])
    assert MonthlyUpdate.objects.get(pk=draft.pk).what_happened == results[0].what_happened
