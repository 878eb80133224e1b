"""Edits of records: the incubation offer, brokered relationships and risks, and two people
editing the same record at once (the second save is refused with 409, nothing is lost)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event
from accounts.tests.factories import UserFactory
from fieldtrials.models import BrokeredRelationship, OfferElement, OfferUse, Risk
from fieldtrials.services.records import history_token, update_milestone, update_risk
from nextpractice.history import change_lines


def today():
    """Asked when a test runs, not when the file is read: a run may pass midnight."""
    return timezone.localdate()


def test_the_offer_form_lists_the_ten_elements_and_records_a_use(client, world):
    client.force_login(world.users["consultant"])
    url = reverse("fieldtrials:offer_create", args=[world.coral.pk])
    page = client.get(url).content.decode()
    assert page.count('type="radio"') == 10
    for _, label in OfferElement.choices:
        assert label in page
    response = client.post(
        url,
        {
            "element": "gateway",
            "asked_for": "A meeting with the DfES timetabling team",
            "given": "An introduction to the policy lead",
            "given_on": "2/2/2007",
            "given_by": "Programme officer",
        },
    )
    assert response.status_code == 302
    use = OfferUse.objects.get(element="gateway", field_trial=world.coral)
    assert use.given_on == datetime.date(2007, 2, 2)
    assert Event.objects.filter(verb="fieldtrials.offer_recorded").count() == 1


def test_the_offer_refuses_a_future_date_and_a_date_without_what_was_given(client, world):
    client.force_login(world.users["consultant"])
    url = reverse("fieldtrials:offer_create", args=[world.coral.pk])
    tomorrow = (today() + datetime.timedelta(days=1)).isoformat()
    data = {"element": "confidence", "asked_for": "Moral support", "given": "A visit"}
    response = client.post(url, {**data, "given_on": tomorrow})
    assert response.status_code == 400
    assert "The date it was given must be today or in the past" in response.content.decode()
    response = client.post(url, {**data, "given": "", "given_on": "1/1/2007"})
    assert response.status_code == 400
    assert "Say what was given, or leave the date empty" in response.content.decode()
    assert not OfferUse.objects.filter(element="confidence").exists()


def test_the_offer_refuses_a_date_before_the_programme_began_on_every_page(client, world):
    """Given on 1 January 0001, the trial's report printed "on 1 January 0001"."""
    client.force_login(world.users["consultant"])
    programme = world.coral.project.programme
    said = (
        f"The date it was given must be {programme.start_date:%-d/%-m/%Y} or after: "
        f"{programme.name} began on"
    )
    data = {"element": "confidence", "asked_for": "Moral support", "given": "A visit"}
    url = reverse("fieldtrials:offer_create", args=[world.coral.pk])
    response = client.post(url, {**data, "given_on": "0001-01-01"})
    assert response.status_code == 400 and said in response.content.decode()
    assert not OfferUse.objects.filter(element="confidence").exists()

    use = OfferUse.objects.create(
        field_trial=world.coral, **data, given_on=datetime.date(2007, 2, 2)
    )
    edit = reverse("fieldtrials:offer_edit", args=[use.pk])
    changed = {**data, "given_on": "1/1/0001", "given_by": "", "based_on": history_token(use)}
    response = client.post(edit, changed)
    assert response.status_code == 400 and said in response.content.decode()
    kit = reverse("records:edit", kwargs={"app": "fieldtrials", "kind": "offer-use", "pk": use.pk})
    response = client.post(kit, {**changed, "version": use.version})
    assert response.status_code == 400 and said in response.content.decode()
    use.refresh_from_db()
    assert use.given_on == datetime.date(2007, 2, 2)


def test_a_risk_is_added_open_and_later_closed(client, world):
    client.force_login(world.users["leader"])
    response = client.post(
        reverse("fieldtrials:risk_create", args=[world.coral.pk]),
        {"description": "Staff turnover", "likelihood": "3", "impact": "2", "owner": "Head"},
    )
    assert response.status_code == 302
    risk = Risk.objects.get(description="Staff turnover")
    assert risk.is_open and risk.likelihood == 3
    # Its change link names it, for a screen reader's list of links.
    trial_page = client.get(reverse("fieldtrials:fieldtrial_risks", args=[world.coral.pk]))
    trial_page = trial_page.content.decode()
    assert 'Change<span class="govuk-visually-hidden"> the risk ‘Staff turnover’</span>' in (
        trial_page
    )
    url = reverse("fieldtrials:risk_edit", args=[risk.pk])
    page = client.get(url).content.decode()
    assert "Is it still open?" in page and "Low" in page and "High" in page
    data = {
        "description": "Staff turnover",
        "likelihood": "3",
        "impact": "2",
        "owner": "Head",
        "mitigation": "Two deputies trained",
        "is_open": "False",
        "based_on": history_token(risk),
    }
    assert client.post(url, data).status_code == 302
    risk.refresh_from_db()
    assert not risk.is_open and risk.mitigation == "Two deputies trained"
    event = Event.objects.filter(verb="fieldtrials.risk_updated").get()
    assert event.data["changed"] == ["is_open", "mitigation"]
    # Said as the form offers it (it read "Open: from Yes to No").
    assert "Status: from Open to Closed" in change_lines(event)
    history = client.get(reverse("fieldtrials:fieldtrial_history", args=[world.coral.pk])).text
    assert "Status: from Open to Closed" in history and "from Yes to No" not in history


def test_a_risk_needs_a_likelihood_from_low_to_high(client, world):
    client.force_login(world.users["leader"])
    response = client.post(
        reverse("fieldtrials:risk_create", args=[world.coral.pk]),
        {"description": "Funding", "likelihood": "4", "owner": "Head"},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "Select a valid choice" in body
    assert "Choose how great its impact would be" in body


def test_a_brokered_relationship_is_added_and_moves_on(client, world):
    client.force_login(world.users["consultant"])
    response = client.post(
        reverse("fieldtrials:brokered_create", args=[world.coral.pk]),
        {"with_whom": "Local health service", "kind": "health", "state": "proposed"},
    )
    assert response.status_code == 302
    relationship = BrokeredRelationship.objects.get(with_whom="Local health service")
    url = reverse("fieldtrials:brokered_edit", args=[relationship.pk])
    data = {
        "with_whom": "Local health service",
        "kind": "health",
        "state": "active",
        "notes": "Joint clinic",
        "based_on": history_token(relationship),
    }
    assert client.post(url, data).status_code == 302
    relationship.refresh_from_db()
    assert relationship.state == "active"


def test_the_partner_reads_but_may_not_change_records(client, world):
    client.force_login(world.users["partner"])
    for name, key in [
        ("milestone_edit", "milestone"),
        ("offer_edit", "offer"),
        ("brokered_edit", "brokered"),
        ("risk_edit", "risk"),
    ]:
        url = reverse(f"fieldtrials:{name}", args=[world.objects[key].pk])
        assert client.get(url).status_code == 403
        assert client.post(url, {}).status_code == 403


def test_a_second_save_over_someone_elses_change_is_refused_and_nothing_is_lost(client, world):
    milestone = world.milestone
    url = reverse("fieldtrials:milestone_edit", args=[milestone.pk])
    client.force_login(world.users["leader"])
    loaded = history_token(milestone)
    assert f'name="based_on" value="{loaded}"' in client.get(url).content.decode()
    # The consultant saves first, through the same service the page uses.
    update_milestone(
        milestone=milestone,
        actor=world.users["consultant"],
        based_on=loaded,
        title="Their title",
        due_on=datetime.date(2007, 2, 1),
        completed_on=None,
        notes="Their notes",
    )
    response = client.post(
        url, {"title": "My title", "due_on": "15/1/2007", "notes": "Mine", "based_on": loaded}
    )
    body = response.content.decode()
    assert response.status_code == 409
    assert "Consultant Person changed this while you were editing it" in body
    assert "by someone else or by you" not in body
    assert 'value="My title"' in body  # what they typed is kept
    # Theirs is read before the boxes and the Save button (at 320 px, for a screen reader).
    start = body.index('id="saved-now"')
    end = body.index("</section>", start)
    saved_now = body[start:end]
    assert "Their title" in saved_now and "1 February 2007" in saved_now
    assert end < body.index('name="title"') < body.index('id="id_submit"')
    assert "Consultant Person saved this" in body
    assert "You both changed this" in saved_now and "another tab or window" not in body
    milestone.refresh_from_db()
    assert (milestone.title, milestone.notes) == ("Their title", "Their notes")
    # The page now carries their version's token: saving again replaces theirs with mine.
    fresh = history_token(milestone)
    assert f'name="based_on" value="{fresh}"' in body
    data = {"title": "My title", "due_on": "15/1/2007", "notes": "Mine", "based_on": fresh}
    assert client.post(url, data).status_code == 302
    milestone.refresh_from_db()
    assert milestone.title == "My title"


def test_a_save_met_in_another_tab_of_the_same_person_is_said_as_theirs(client, world):
    """The leader saves the milestone in one tab, then from a page opened before: the clash
    says it was their own save, in another tab or window, not "you both" nor their name."""
    milestone, leader = world.milestone, world.users["leader"]
    url = reverse("fieldtrials:milestone_edit", args=[milestone.pk])
    client.force_login(leader)
    loaded = history_token(milestone)
    assert f'name="based_on" value="{loaded}"' in client.get(url).content.decode()
    data = {"title": "Other tab", "due_on": "1/2/2007", "notes": "", "based_on": loaded}
    assert client.post(url, data).status_code == 302
    response = client.post(url, {**data, "title": "This tab"})
    assert response.status_code == 409
    body = response.content.decode().replace("&#x27;", "'")
    start = body.index('id="saved-now"')
    saved_now = body[start : body.index("</section>", start)]
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        saved_now
    )
    assert "You changed this in both" in saved_now
    assert "You changed this in another tab or window too. You saved: “Other tab”" in body
    assert f"{leader.full_name} saved this" not in body
    for theirs in ("You both", "They saved", "their other changes"):
        assert theirs not in body, theirs
    milestone.refresh_from_db()
    assert milestone.title == "Other tab"


@pytest.mark.parametrize(
    "name, key, field, data",
    [
        ("risk_edit", "risk", "description", {"description": "Mine", "likelihood": "1",
                                              "impact": "1", "owner": "Me", "is_open": "True"}),
        ("offer_edit", "offer", "asked_for", {"element": "practice", "asked_for": "Mine"}),
        ("brokered_edit", "brokered", "with_whom", {"with_whom": "Mine", "kind": "other",
                                                    "state": "ended"}),
    ],
)  # fmt: skip
def test_every_edit_page_detects_a_concurrent_change(client, world, name, key, field, data):
    record = world.objects[key]
    stale = history_token(record)
    setattr(record, field, "Theirs")
    record.save()  # someone else's save: a new history row
    client.force_login(world.users["officer"])
    url = reverse(f"fieldtrials:{name}", args=[record.pk])
    response = client.post(url, {**data, "based_on": stale})
    body = response.content.decode()
    assert response.status_code == 409
    assert "Theirs" in body and "Mine" in body
    record.refresh_from_db()
    assert getattr(record, field) == "Theirs"


def test_an_edit_without_the_token_is_refused(client, world):
    client.force_login(world.users["officer"])
    colleague = UserFactory()
    world.risk.field_trial.memberships.create(user=colleague, role="practitioner")
    update_risk(
        risk=world.risk,
        actor=colleague,
        based_on=history_token(world.risk),
        description="Thistle Risk",
        likelihood=1,
        impact=1,
        owner="Head",
        mitigation="",
        is_open=True,
    )
    url = reverse("fieldtrials:risk_edit", args=[world.risk.pk])
    data = {"description": "x", "likelihood": "1", "impact": "1", "owner": "y", "is_open": "True"}
    response = client.post(url, data)
    assert response.status_code == 400
    assert "This page is out of date" in response.content.decode()
