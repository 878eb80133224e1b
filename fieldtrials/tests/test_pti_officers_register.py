"""A Power to Innovate request once submitted is on the project officers' register: only they
withdraw it, and the register still lists it once withdrawn, with who, when and why; the
Secretary of State's decision is recorded on the day it was made; a step taken meanwhile is
told with who took it and when; a submitted request's edit page is a plain refusal (409)."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event
from fieldtrials.models import PowerToInnovateRequest
from fieldtrials.selectors_records import pti_state_counts
from fieldtrials.services.records import PTI_KIND, history_token, transition_pti
from fieldtrials.tests.factories_records import PowerToInnovateRequestFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import withdraw_record

State = PowerToInnovateRequest.State


def today():
    return timezone.localdate()


def typed(day):
    """A date as the page's hint asks for it: 27/3/2026."""
    return f"{day:%-d/%-m/%Y}"


def kit_withdraw(pti):
    return reverse(
        "records:withdraw", kwargs={"app": "fieldtrials", "kind": PTI_KIND, "pk": pti.pk}
    )


def detail(client, pti):
    return client.get(reverse("fieldtrials:pti_detail", args=[pti.pk])).content.decode()


def transition(pti, action):
    return reverse("fieldtrials:pti_transition", args=[pti.pk, action])


@pytest.fixture
def granted(world):
    """Coral's request, submitted last week, advised, granted by the officer."""
    pti = PowerToInnovateRequestFactory(
        field_trial=world.coral,
        regulation="School Day Regulations",
        advised=True,
        submitted_on=today() - datetime.timedelta(days=7),
    )
    return transition_pti(request=pti, action="grant", actor=world.users["officer"])


# --- 1. Withdrawing: the officers', once submitted ---------------------------------------


@pytest.mark.parametrize("state", ["submitted", "granted"])
def test_the_trial_team_cannot_withdraw_a_request_once_submitted(client, world, granted, state):
    pti = world.pti if state == "submitted" else granted
    for persona in ("leader", "consultant"):
        client.force_login(world.users[persona])
        assert client.get(kit_withdraw(pti)).status_code == 403
        assert client.post(kit_withdraw(pti), {"reason": "Hiding it"}).status_code == 403
        # The request's own old address for the step refuses too, rather than leading there.
        assert client.get(transition(pti, "withdraw")).status_code == 403
        page = detail(client, pti)
        assert kit_withdraw(pti) not in page
        assert "on the project officers' register" in page
        assert "ask them to withdraw it" in page
    pti.refresh_from_db()
    assert not pti.is_withdrawn and pti.state == state
    assert not Event.objects.filter(verb="fieldtrials.power_to_innovate_withdrawn").exists()


def test_the_trial_team_still_withdraws_its_draft(client, world):
    draft = PowerToInnovateRequestFactory(field_trial=world.coral)
    client.force_login(world.users["leader"])
    assert kit_withdraw(draft) in detail(client, draft)
    assert client.post(kit_withdraw(draft), {"reason": "Not needed"}).status_code == 302
    draft.refresh_from_db()
    assert draft.is_withdrawn and draft.state == State.WITHDRAWN


def test_a_draft_submitted_while_its_withdraw_page_was_open_is_not_withdrawn_by_the_team(world):
    """The rule is asked again of the locked row: the leader read it as a draft, but it was
    submitted before the withdrawal reached the database."""
    leader = world.users["leader"]
    seen_as_draft = PowerToInnovateRequestFactory(field_trial=world.coral)
    transition_pti(
        request=PowerToInnovateRequest.objects.get(pk=seen_as_draft.pk),
        action="submit",
        actor=leader,
    )
    kind = record_kinds()[("fieldtrials", PTI_KIND)]
    assert seen_as_draft.state == State.DRAFT  # as the page was read
    with pytest.raises(PermissionDenied):
        withdraw_record(kind=kind, record=seen_as_draft, actor=leader, reason="Not needed")
    seen_as_draft.refresh_from_db()
    assert not seen_as_draft.is_withdrawn and seen_as_draft.state == State.SUBMITTED


def test_an_officer_withdraws_a_granted_request_and_finds_it_on_the_register(
    client, world, granted
):
    officer = world.users["officer"]
    client.force_login(officer)
    register = reverse("fieldtrials:pti_list")
    before = client.get(register).content.decode()
    assert "Granted: 1</a>" in before and "Withdrawn from the register: 0</a>" in before

    assert kit_withdraw(granted) in detail(client, granted)
    asked = client.get(kit_withdraw(granted)).content.decode()
    assert "takes it off the register" in asked and "listed among the withdrawn requests" in asked
    response = client.post(kit_withdraw(granted), {"reason": "Entered on the wrong trial"})
    assert response.status_code == 302
    granted.refresh_from_db()
    assert granted.is_withdrawn and granted.state == State.GRANTED  # the decision stands

    # Off the register and its counts by state, which say what they count...
    page = client.get(register)
    body = page.content.decode()
    assert "On the register, by state:" in body
    assert "Granted: 0</a>" in body and "Submitted: 1</a>" in body
    assert "School Day Regulations" not in body
    assert "1 request on the register</caption>" in body
    # ...and counted apart, as withdrawn once decided, not as a request withdrawn on its course.
    assert "Withdrawn from the register: 1</a>" in body
    assert (
        "0 withdrawn before a decision, as no longer asked for; 1 withdrawn once decided, as "
        "recorded by mistake or twice: the decision stands" in body
    )
    assert pti_state_counts(officer) == {
        "submitted": 1,
        "withdrawn": 1,
        "decided_withdrawn": 1,
    }

    # The withdrawn requests: who, when and why.
    listed = client.get(register, {"state": "withdrawn"})
    assert listed.status_code == 200
    body = listed.content.decode()
    assert "1 withdrawn request, the latest withdrawn first</caption>" in body
    row = body[body.index("School Day Regulations") :]
    row = row[: row.index("</tr>")]
    assert "Granted" in row and "the decision stands" in row
    assert "Withdrawn as recorded by mistake or twice" in row
    assert f"{today():%-d %b %Y}, by Officer Person" in row
    assert "Entered on the wrong trial" in row
    assert "Vetch Regulation" not in body  # still on the register


def test_a_request_withdrawn_before_a_decision_is_counted_and_listed_as_such(client, world):
    officer = world.users["officer"]
    client.force_login(officer)
    assert client.post(kit_withdraw(world.pti), {"reason": "No longer needed"}).status_code == 302
    # One withdrawn on its course before such withdrawals were kept: its state only.
    PowerToInnovateRequestFactory(
        field_trial=world.coral, regulation="Old Withdrawn Regulation", state=State.WITHDRAWN
    )
    assert pti_state_counts(officer) == {"withdrawn": 2}
    body = client.get(reverse("fieldtrials:pti_list")).content.decode()
    assert "Submitted: 0</a>" in body and "Withdrawn from the register: 2</a>" in body
    assert "2 withdrawn before a decision, as no longer asked for; 0 withdrawn once" in body
    assert "No requests on the register." in body
    body = client.get(reverse("fieldtrials:pti_list"), {"state": "withdrawn"}).content.decode()
    assert "2 withdrawn requests" in body
    assert body.count("Withdrawn before a decision: no longer asked for") == 2
    assert "No longer needed" in body and "Date not recorded" in body


def test_the_register_filter_offers_the_states_on_it_and_the_withdrawn(client, world):
    client.force_login(world.users["officer"])
    body = client.get(reverse("fieldtrials:pti_list")).content.decode()
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', body)
    assert options == [
        ("", "Every request on the register"),
        ("draft", "Draft"),
        ("submitted", "Submitted"),
        ("granted", "Granted"),
        ("refused", "Refused"),
        ("withdrawn", "Withdrawn requests"),
    ]


# --- 2. The decision's date --------------------------------------------------------------


def test_an_officer_records_a_decision_made_last_week(client, world):
    pti = PowerToInnovateRequestFactory(
        field_trial=world.coral, advised=True, submitted_on=today() - datetime.timedelta(days=20)
    )
    client.force_login(world.users["officer"])
    page = client.get(transition(pti, "grant")).content.decode()
    assert "Date of the Secretary of State" in page
    assert f'value="{typed(today())}"' in page  # today unless said
    assert f"Between {typed(pti.submitted_on)}, when the request was submitted, and today" in page
    assert "as of today" not in page

    last_week = today() - datetime.timedelta(days=7)
    response = client.post(transition(pti, "grant"), {"decided_on": typed(last_week)})
    assert response.status_code == 302
    pti.refresh_from_db()
    assert pti.state == State.GRANTED and pti.decided_on == last_week
    page = detail(client, pti)
    course = page[page.index('id="course"') : page.index('id="history"')]
    assert f"{last_week:%-d %B %Y}, recorded by Officer Person" in course
    assert (
        "recorded that the Secretary of State granted the Power to Innovate request "
        f"“{pti.regulation}” on {last_week:%-d %B %Y}" in page
    )


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (lambda: typed(today() + datetime.timedelta(days=1)), "must be today or in the past"),
        (lambda: typed(today() - datetime.timedelta(days=21)), "the request was submitted on"),
        (lambda: "31/2/2026", "Enter a real date"),
        (lambda: "", "Enter the date of the Secretary of State"),
    ],
)
def test_a_decision_date_that_cannot_be_is_refused_beside_its_box(client, world, day, message):
    pti = PowerToInnovateRequestFactory(
        field_trial=world.coral, advised=True, submitted_on=today() - datetime.timedelta(days=20)
    )
    before = history_token(pti)
    client.force_login(world.users["officer"])
    response = client.post(transition(pti, "refuse"), {"decided_on": day()})
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body.replace("&#x27;", "'")
    assert 'id="id_decided_on_1_error"' in body  # beside the box, and in the summary
    assert "govuk-error-summary" in body
    pti.refresh_from_db()
    assert pti.state == State.SUBMITTED and pti.decided_on is None
    assert history_token(pti) == before


def test_the_service_refuses_a_decision_dated_before_the_submission(world):
    from django.core.exceptions import ValidationError

    pti = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    with pytest.raises(ValidationError) as refused:
        transition_pti(
            request=pti,
            action="grant",
            actor=world.users["officer"],
            decided_on=pti.submitted_on - datetime.timedelta(days=1),
        )
    assert "decided_on" in refused.value.message_dict
    pti.refresh_from_db()
    assert pti.state == State.SUBMITTED


# --- 3. A step taken meanwhile says who took it and when ---------------------------------


def test_refusing_a_request_granted_meanwhile_says_who_granted_it_and_when(client, world, granted):
    client.force_login(world.users["admin"])  # a second officer, in another tab
    response = client.post(transition(granted, "refuse"), {"decided_on": typed(today())})
    assert response.status_code == 409
    body = response.content.decode().replace("&#x27;", "'")
    recorded = timezone.localtime(granted.history.latest().history_date)
    assert (
        "This request is already granted: Officer Person recorded the decision on "
        f"{recorded:%-d %B %Y} at {recorded:%H:%M} (the Secretary of State granted it on "
        f"{today():%-d %B %Y}). Only a submitted request can be refused." in body
    )
    assert "Nothing has been changed" in body
    granted.refresh_from_db()
    assert granted.state == State.GRANTED


def test_submitting_again_says_who_submitted_it_and_when(client, world):
    leader = world.users["leader"]
    pti = PowerToInnovateRequestFactory(field_trial=world.coral)
    transition_pti(request=pti, action="submit", actor=leader)
    client.force_login(leader)
    response = client.post(transition(pti, "submit"))
    assert response.status_code == 409
    assert "This request is already submitted: Leader Person submitted it on" in (
        response.content.decode()
    )


# --- 4. A submitted request's edit page -----------------------------------------------------


def test_a_submitted_requests_edit_page_is_a_plain_refusal_not_bad_input(client, world):
    client.force_login(world.users["leader"])
    response = client.get(reverse("fieldtrials:pti_edit", args=[world.pti.pk]))
    assert response.status_code == 409  # as the record kit's edit page of a withdrawn record
    assert "A submitted request can no longer be changed." in response.content.decode()
