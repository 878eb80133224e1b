"""A new monthly update saves as it is written, as the home page tells a head it does: its
first save with something written starts the month's draft (once, even for two saves at
once), and the page's later saves and its buttons carry on with that draft."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from fieldtrials.models import MonthlyUpdate
from fieldtrials.services.updates import save_update_draft
from nextpractice.testing.races import at_once

FEB_2007 = datetime.date(2007, 2, 1)
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def coral(world):
    world.coral.start_date = datetime.date(2006, 9, 1)
    world.coral.save()
    return world.coral


def autosave_url(trial):
    return reverse("fieldtrials:update_autosave_new", args=[trial.pk])


def create_url(trial):
    return reverse("fieldtrials:update_create", args=[trial.pk])


def drafts(trial):
    return MonthlyUpdate.objects.filter(field_trial=trial, month=FEB_2007)


def test_the_new_update_page_autosaves(client, world, coral):
    client.force_login(world.users["leader"])
    page = client.get(create_url(coral)).content.decode()
    assert f'data-hx-post="{autosave_url(coral)}"' in page
    assert 'data-autosave="update-new-' in page
    assert 'id="update-autosave-status"' in page
    assert 'name="draft" value="" id="id_draft"' in page
    # The buttons for saving without JavaScript go when it runs; the words say so.
    assert "data-autosave-button" in page and "data-with-autosave" in page


def test_its_first_save_starts_the_draft_and_later_saves_carry_on_with_it(client, world, coral):
    client.force_login(world.users["leader"])
    # Only a month chosen: nothing written, no draft yet.
    response = client.post(autosave_url(coral), {"month": "2007-02"}, **HTMX)
    assert response.status_code == 200 and not drafts(coral).exists()

    response = client.post(
        autosave_url(coral), {"month": "2007-02", "what_happened": "Planning"}, **HTMX
    )
    assert response.status_code == 200
    draft = drafts(coral).get()
    answer = response.content.decode()
    assert "Draft saved at" in answer
    # The page learns the draft, its version and its month (fixed from now on).
    assert f'name="draft" value="{draft.pk}" id="id_draft" data-hx-swap-oob="true"' in answer
    assert f'name="version" value="{draft.version}"' in answer
    assert "The update is about February 2007." in answer
    assert 'name="month" value="2007-02"' in answer

    posted = {"month": "2007-02", "draft": draft.pk, "version": draft.version}
    response = client.post(
        autosave_url(coral), {**posted, "what_happened": "Planning days", "rag": "amber"}, **HTMX
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert (draft.what_happened, draft.rag, draft.version) == ("Planning days", "amber", 1)
    assert drafts(coral).count() == 1

    # The draft's page shows what was typed.
    edit = client.get(reverse("fieldtrials:update_edit", args=[draft.pk])).content.decode()
    assert "Planning days" in edit

    # "Submit the update" on the new update's page submits that draft.
    response = client.post(
        create_url(coral),
        {
            **posted,
            "version": 1,
            "what_happened": "Planning days",
            "rag": "amber",
            "submit_update": "",
        },
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == MonthlyUpdate.Status.SUBMITTED and drafts(coral).count() == 1


def test_a_month_with_a_draft_already_is_refused_and_carries_on_in_it(client, world, coral):
    other = Client()  # the consultant's own page (a save's history row says whose it is)
    other.force_login(world.users["consultant"])
    sent = {"month": "2007-02", "what_happened": "Theirs"}
    assert other.post(autosave_url(coral), sent, **HTMX).status_code == 200
    theirs = drafts(coral).get()
    client.force_login(world.users["leader"])
    response = client.post(
        autosave_url(coral), {"month": "2007-02", "what_happened": "Mine"}, **HTMX
    )
    assert response.status_code == 409
    answer = response.content.decode().replace("&#x27;", "'")
    consultant = world.users["consultant"].full_name
    assert (
        f"Not saved: there is already a draft update for February 2007, saved last by {consultant}."
    ) in answer
    assert "another tab" not in answer
    # Not a link, which would leave what they wrote behind: a button that sends the page,
    # shown merged into the draft (nextpractice/tests/test_records_merge.py).
    assert reverse("fieldtrials:update_edit", args=[theirs.pk]) not in answer
    assert '<button type="submit" name="save_draft"' in answer
    assert "Carry on in that draft with what you wrote" in answer
    theirs.refresh_from_db()
    assert theirs.what_happened == "Theirs" and drafts(coral).count() == 1


def test_a_month_they_drafted_already_in_another_tab_says_it_is_theirs(client, world, coral):
    leader = world.users["leader"]
    client.force_login(leader)
    sent = {"month": "2007-02", "what_happened": "Other tab"}
    assert client.post(autosave_url(coral), sent, **HTMX).status_code == 200
    # This tab, opened before that save, has no draft to carry on in: its first save meets it.
    response = client.post(
        autosave_url(coral), {"month": "2007-02", "what_happened": "Mine"}, **HTMX
    )
    assert response.status_code == 409
    answer = response.content.decode()
    assert "Not saved: you have already saved a draft update for February 2007." in answer
    assert "someone else" not in answer and leader.full_name not in answer
    assert "Carry on in that draft with what you wrote" in answer
    assert drafts(coral).get().what_happened == "Other tab"


def test_a_bad_month_is_refused_with_its_reason(client, world, coral):
    client.force_login(world.users["leader"])
    response = client.post(
        autosave_url(coral), {"month": "2999-01", "what_happened": "Soon"}, **HTMX
    )
    assert response.status_code == 400
    assert "You cannot report on a month that has not started yet" in response.content.decode()
    assert not MonthlyUpdate.objects.filter(field_trial=coral, month__year=2999).exists()


def test_another_trials_draft_cannot_be_carried_on(client, world, coral):
    """The officer may write Quill's updates and Coral's: a draft of Coral's posted to
    Quill's page is not found, and stays as it was."""
    corals = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["officer"], what_happened="Coral's"
    )
    client.force_login(world.users["officer"])
    posted = {"month": "2007-02", "draft": corals.pk, "version": 0, "what_happened": "Quill's"}
    assert client.post(autosave_url(world.quill), posted, **HTMX).status_code == 404
    assert client.post(create_url(world.quill), posted).status_code == 404
    corals.refresh_from_db()
    assert corals.what_happened == "Coral's"


@pytest.mark.django_db(transaction=True)
def test_two_first_saves_at_once_start_one_draft(world, coral):
    """Two tabs (or a double save): the unique (trial, month) decides; the other is refused
    with 409, nothing overwritten."""
    clients = []
    for _ in range(2):
        clients.append(Client())
        clients[-1].force_login(world.users["leader"])

    def post(client, text):
        data = {"month": "2007-02", "what_happened": text}
        return lambda: client.post(autosave_url(coral), data, **HTMX).status_code

    statuses, errors = at_once([post(clients[0], "First"), post(clients[1], "Second")])
    assert not errors
    assert sorted(statuses) == [200, 409]
    draft = drafts(coral).get()
    assert draft.what_happened in ("First", "Second") and draft.version == 0
    client = clients[0]
    page = client.get(reverse("fieldtrials:update_edit", args=[draft.pk])).content.decode()
    assert draft.what_happened in page
