"""A trial's records withdrawn by mistake are restored through the record kit: a Power to
Innovate request returns to the state it was withdrawn from, a monthly update counts again
as the trial's latest unless the month was written again meanwhile, and a milestone's own
list offers it to those who may withdraw it."""

import html
import re

import pytest
from django.urls import reverse

from accounts.models import Event
from fieldtrials.models import Milestone, MonthlyUpdate, PowerToInnovateRequest
from fieldtrials.services.updates import save_update_draft


def kit(action, slug, pk):
    return reverse(f"records:{action}", kwargs={"app": "fieldtrials", "kind": slug, "pk": pk})


def text_of(response):
    words = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(words))


@pytest.fixture
def officer(world, client):
    client.force_login(world.users["officer"])
    return world.users["officer"]


def test_a_submitted_request_restored_is_submitted_again_and_its_page_tells_both(
    world, client, officer
):
    pti = world.pti  # Coral's, submitted
    withdraw = kit("withdraw", "power-to-innovate", pti.pk)
    assert client.post(withdraw, {"reason": "Asked of the wrong body"}).status_code == 302
    pti.refresh_from_db()
    assert (pti.state, pti.state_when_withdrawn) == ("withdrawn", "submitted")
    page = client.get(reverse("fieldtrials:pti_detail", args=[pti.pk]))
    restore = kit("restore", "power-to-innovate", pti.pk)
    assert restore in page.content.decode()
    asked = client.get(restore)
    assert asked.status_code == 200
    assert "It is submitted again, as it was when it was withdrawn" in asked.text
    response = client.post(restore, {"reason": "It was the right body after all"})
    assert response.status_code == 302
    assert response["Location"] == reverse("fieldtrials:pti_detail", args=[pti.pk])
    pti.refresh_from_db()
    assert not pti.is_withdrawn and pti.is_open
    assert (pti.state, pti.state_when_withdrawn) == ("submitted", "")
    shown = text_of(client.get(response["Location"]))
    assert "Record the Innovation Unit's advice" in shown  # back on its course
    course = shown.split("Its course")[1].split("History")[0]
    day = r"\d+ \w+ \d{4}"
    assert re.search(
        rf"Withdrawn {day}, by Officer Person Restored {day}, by Officer Person", course
    )
    history = shown.split("History")[-1]
    assert "withdrew the Power to Innovate request “Vetch Regulation”" in history
    assert (
        "restored the Power to Innovate request “Vetch Regulation”. Reason: It was the right "
        "body after all." in history
    )


def test_a_draft_withdrawn_by_its_team_is_restored_by_them_as_a_draft(world, client):
    client.force_login(world.users["leader"])
    draft = PowerToInnovateRequest.objects.create(
        field_trial=world.coral, regulation="Hemlock Regulation", variation_sought="v", case="c"
    )
    withdraw = kit("withdraw", "power-to-innovate", draft.pk)
    assert client.post(withdraw, {"reason": "Not needed"}).status_code == 302
    draft.refresh_from_db()
    assert draft.state == "withdrawn"
    # Someone who reads the trial's records but may not withdraw the request: refused.
    client.force_login(world.users["partner"])
    restore = kit("restore", "power-to-innovate", draft.pk)
    assert client.post(restore, {"reason": "Mine"}).status_code == 403
    client.force_login(world.users["leader"])
    assert client.post(restore, {"reason": "Needed after all"}).status_code == 302
    draft.refresh_from_db()
    assert (draft.state, draft.is_withdrawn) == ("draft", False)
    page = client.get(reverse("fieldtrials:pti_detail", args=[draft.pk])).content.decode()
    assert reverse("fieldtrials:pti_edit", args=[draft.pk]) in page


def test_a_decided_request_restored_keeps_its_decision(world, client, officer):
    granted = PowerToInnovateRequest.objects.create(
        field_trial=world.coral, regulation="Ivy Regulation", variation_sought="v", case="c",
        state="granted", advice="a",
    )  # fmt: skip
    restore = kit("restore", "power-to-innovate", granted.pk)
    assert client.post(kit("withdraw", "power-to-innovate", granted.pk), {"reason": "Twice"})
    assert client.post(restore, {"reason": "Only once after all"}).status_code == 302
    granted.refresh_from_db()
    assert (granted.state, granted.is_withdrawn) == ("granted", False)


def test_a_restored_update_counts_again_as_the_trials_latest(world, client, officer):
    update, coral = world.update, world.coral  # January 2007, amber
    assert client.post(kit("withdraw", "update", update.pk), {"reason": "x"}).status_code == 302
    coral.refresh_from_db()
    assert coral.latest_rag == ""
    page = client.get(reverse("fieldtrials:update_detail", args=[update.pk]))
    assert kit("restore", "update", update.pk) in page.content.decode()
    response = client.post(kit("restore", "update", update.pk), {"reason": "Withdrawn by mistake"})
    assert response.status_code == 302
    coral.refresh_from_db()
    assert (coral.latest_rag, coral.latest_update_month) == ("amber", update.month)
    shown = text_of(client.get(reverse("fieldtrials:update_detail", args=[update.pk])))
    assert "withdrew the monthly update" in shown and "restored the monthly update" in shown


def test_an_update_whose_month_was_written_again_is_not_restored(world, client, officer):
    update = world.update
    assert client.post(kit("withdraw", "update", update.pk), {"reason": "x"}).status_code == 302
    save_update_draft(
        trial=world.coral, month=update.month, actor=world.users["leader"], what_happened="Again"
    )
    refused = client.post(kit("restore", "update", update.pk), {"reason": "Mistake"})
    assert refused.status_code == 409
    said = text_of(refused)
    assert "This monthly update cannot be restored" in said
    assert "This trial already has an update for that month." in said
    assert "It stays withdrawn: nothing has been changed." in said
    update.refresh_from_db()
    assert update.is_withdrawn
    assert MonthlyUpdate.objects.current().filter(field_trial=world.coral).count() == 1
    assert not Event.objects.filter(verb="fieldtrials.update_restored").exists()


def test_the_milestones_list_offers_its_team_to_restore_a_withdrawn_one(world, client):
    milestone = world.milestone
    client.force_login(world.users["leader"])
    withdraw = kit("withdraw", "milestone", milestone.pk)
    assert client.post(withdraw, {"reason": "Added twice"}).status_code == 302
    listed = reverse("fieldtrials:fieldtrial_milestones", args=[world.coral.pk])
    restore = kit("restore", "milestone", milestone.pk)
    assert restore in client.get(listed).content.decode()
    client.force_login(world.users["partner"])  # reads them, changes none
    assert restore not in client.get(listed).content.decode()
    assert client.get(restore).status_code == 403
    client.force_login(world.users["leader"])
    assert client.post(restore, {"reason": "It was the only one"}).status_code == 302
    assert Milestone.objects.current().filter(pk=milestone.pk).exists()


def test_a_withdrawn_update_is_offered_back_until_its_month_is_written_again(
    world, client, officer
):
    """Its page offered "Restore this update", which was refused, and said the month could
    be written again after it had been; its list counted it out and offered no Restore."""
    update = world.update  # January 2007
    restore = kit("restore", "update", update.pk)
    listed = reverse("fieldtrials:update_list", args=[world.coral.pk])
    own = reverse("fieldtrials:update_detail", args=[update.pk])
    current = MonthlyUpdate.objects.current().filter(field_trial=world.coral).count()
    assert client.post(kit("withdraw", "update", update.pk), {"reason": "x"}).status_code == 302
    page = client.get(listed)
    assert f"newest first ({current - 1}, and 1 withdrawn)" in text_of(page)
    assert restore in page.text
    page = client.get(own)
    assert restore in page.text
    assert "the trial's team can write that month's update again" in text_of(page)

    again = save_update_draft(
        trial=world.coral, month=update.month, actor=world.users["leader"], what_happened="Again"
    )
    assert restore not in client.get(listed).text
    page = client.get(own)
    said = text_of(page)
    assert restore not in page.text and "can write that month's update again" not in said
    assert "another update for January 2007 has been written since" in said
    assert "To restore this one, that one has to be withdrawn first." in said
    assert reverse("fieldtrials:update_detail", args=[again.pk]) in page.text
    # Someone who does not read the draft is not led to it.
    client.force_login(world.users["partner"])
    page = client.get(own)
    assert "another update for that month has been written since" in text_of(page)
    assert reverse("fieldtrials:update_detail", args=[again.pk]) not in page.text


def test_the_withdraw_and_restore_pages_say_an_updates_month_in_words(world, client, officer):
    update = world.update  # January 2007
    withdraw = kit("withdraw", "update", update.pk)
    asked = text_of(client.get(withdraw))
    assert "Month January 2007" in asked and "2007-01" not in asked
    # Its download keeps the month as a spreadsheet sorts it.
    export = reverse(
        "records:export",
        kwargs={"app": "fieldtrials", "kind": "update", "pk": world.coral.pk, "fmt": "csv"},
    )
    assert "\r\n2007-01," in client.get(export).content.decode("utf-8-sig")
    assert client.post(withdraw, {"reason": "x"}).status_code == 302
    asked = text_of(client.get(kit("restore", "update", update.pk)))
    assert "Month January 2007" in asked and "2007-01" not in asked
