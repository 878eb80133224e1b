"""Power to Innovate: an exception path from the trial; the Secretary of State decides on the
Innovation Unit's advice; every step is declared in one place and enforced by one service."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification
from fieldtrials.models import PowerToInnovateRequest
from fieldtrials.selectors_records import trial_records
from fieldtrials.services.records import (
    PTI_DONE_MESSAGES,
    PTI_TRANSITIONS,
    PowerToInnovateRefused,
    history_token,
    transition_pti,
    update_pti,
)
from fieldtrials.tests.factories import FieldTrialFactory
from fieldtrials.tests.factories_records import PowerToInnovateRequestFactory
from nextpractice.words import long_date


def today():
    """Asked when a test runs, not when the file is read: a run may pass midnight."""
    return timezone.localdate()


State = PowerToInnovateRequest.State


def step(client, pti, action, data=None):
    """Post a step; a decision, unless `data` says otherwise, as made today (the date its
    page offers)."""
    if data is None and action in ("grant", "refuse"):
        data = {"decided_on": f"{today():%-d/%-m/%Y}"}
    return client.post(reverse("fieldtrials:pti_transition", args=[pti.pk, action]), data or {})


@pytest.fixture
def draft(world):
    return PowerToInnovateRequestFactory(field_trial=world.coral, regulation="Key Stage 3 rules")


def test_the_team_drafts_changes_and_submits_a_request(client, world):
    client.force_login(world.users["leader"])
    response = client.post(
        reverse("fieldtrials:pti_create", args=[world.coral.pk]),
        {
            "regulation": "Education (School Day) Regulations",
            "variation_sought": "A four-day teaching week",
            "case": "The fifth day becomes community learning.",
        },
    )
    pti = PowerToInnovateRequest.objects.get(regulation="Education (School Day) Regulations")
    assert response.status_code == 302
    assert response["Location"] == reverse("fieldtrials:pti_detail", args=[pti.pk])
    assert pti.state == State.DRAFT and pti.created_by == world.users["leader"]

    edit = reverse("fieldtrials:pti_edit", args=[pti.pk])
    data = {
        "regulation": "Education (School Day and School Year) Regulations 1999",
        "variation_sought": "A four-day teaching week",
        "case": "The fifth day becomes community learning.",
        "based_on": history_token(pti),
    }
    assert client.post(edit, data).status_code == 302

    assert (
        client.get(reverse("fieldtrials:pti_transition", args=[pti.pk, "submit"])).status_code
        == 200
    )
    assert step(client, pti, "submit").status_code == 302
    pti.refresh_from_db()
    assert pti.state == State.SUBMITTED and pti.submitted_on == today()
    assert pti.regulation.endswith("1999")
    verbs = list(Event.objects.filter(target_id=world.coral.pk).values_list("verb", flat=True))
    assert {"fieldtrials.pti_created", "fieldtrials.pti_updated", "fieldtrials.pti_submit"} <= set(
        verbs
    )

    # Once submitted it stands as it was sent: its edit page says so, as the record kit's edit
    # page says a withdrawn record can no longer change (409, a state conflict, not bad input).
    response = client.get(edit)
    assert response.status_code == 409
    assert "A submitted request can no longer be changed" in response.content.decode()
    response = client.post(edit, {**data, "regulation": "Changed", "based_on": history_token(pti)})
    assert response.status_code == 409
    pti.refresh_from_db()
    assert pti.regulation.endswith("1999")


def test_the_secretary_of_state_decides_only_on_the_units_advice(client, world):
    pti = world.pti  # submitted, no advice yet
    client.force_login(world.users["officer"])
    response = step(client, pti, "grant")
    assert response.status_code == 409
    assert "Record the Innovation Unit&#x27;s advice first" in response.content.decode()
    pti.refresh_from_db()
    assert pti.state == State.SUBMITTED and pti.decided_on is None

    response = step(client, pti, "advise", {"advice": ""})
    assert response.status_code == 400
    assert "Enter the Innovation Unit" in response.content.decode()

    advice = {"advice": "Grant it for two years.", "based_on": history_token(pti)}
    for _ in range(2):  # a double click records the advice once
        assert step(client, pti, "advise", advice).status_code == 302
    pti.refresh_from_db()
    assert pti.state == State.SUBMITTED and pti.advice == "Grant it for two years."
    assert Event.objects.filter(verb="fieldtrials.pti_advise").count() == 1

    assert step(client, pti, "grant").status_code == 302
    pti.refresh_from_db()
    assert pti.state == State.GRANTED and pti.decided_on == today()
    assert Event.objects.filter(verb="fieldtrials.pti_grant", target_id=world.coral.pk).count() == 1


def test_advice_saved_in_another_tab_is_shown_not_silently_replaced(client, world):
    pti = world.pti  # submitted, no advice yet
    officer = world.users["officer"]
    client.force_login(officer)
    page = client.get(reverse("fieldtrials:pti_transition", args=[pti.pk, "advise"]))
    loaded = int(re.search(r'name="based_on" value="(\d+)"', page.content.decode()).group(1))
    assert loaded == history_token(pti)
    tab_a = {"advice": "Advice tab A", "based_on": loaded}
    assert step(client, pti, "advise", tab_a).status_code == 302

    tab_b = {"advice": "Advice tab B", "based_on": loaded}
    response = step(client, pti, "advise", tab_b)
    body = response.content.decode()
    assert response.status_code == 409
    # Their own save in the other tab, said as theirs.
    assert "You changed this in another tab or window since you opened it" in body
    # What is saved now is read before the box and its button, and the summary says so.
    start = body.index('id="saved-now"')
    end = body.index("</section>", start)
    saved_now = body[start:end]
    assert "Advice tab A" in saved_now
    assert end < body.index("<textarea") < body.index(">Record the advice</button>")
    assert "shown on this page under ‘What is saved now’, before your version" in body
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        saved_now
    )
    assert f"{officer.full_name} saved this" not in body and "someone else" not in body
    assert re.search(r"<textarea[^>]*>\s*Advice tab B</textarea>", body)  # theirs, kept
    pti.refresh_from_db()
    assert pti.advice == "Advice tab A"
    assert Event.objects.filter(verb="fieldtrials.pti_advise").count() == 1

    # Saving again from the conflict page replaces it, knowingly.
    again = {"advice": "Advice tab B", "based_on": history_token(pti)}
    assert re.search(rf'name="based_on" value="{again["based_on"]}"', body)
    assert step(client, pti, "advise", again).status_code == 302
    pti.refresh_from_db()
    assert pti.advice == "Advice tab B"

    # A page without the version it was based on is out of date: nothing saved.
    response = step(client, pti, "advise", {"advice": "No version"})
    assert response.status_code == 400 and "This page is out of date" in response.content.decode()
    pti.refresh_from_db()
    assert pti.advice == "Advice tab B"


def test_advice_saved_by_someone_else_meanwhile_names_them(client, world):
    from django.test import Client

    pti = world.pti  # submitted, no advice yet
    client.force_login(world.users["officer"])
    page = client.get(reverse("fieldtrials:pti_transition", args=[pti.pk, "advise"]))
    loaded = int(re.search(r'name="based_on" value="(\d+)"', page.content.decode()).group(1))
    admin = Client()
    admin.force_login(world.users["admin"])
    assert step(admin, pti, "advise", {"advice": "Theirs", "based_on": loaded}).status_code == 302

    response = step(client, pti, "advise", {"advice": "Mine", "based_on": loaded})
    body = response.content.decode()
    assert response.status_code == 409
    assert "Someone else changed this while you were editing it" in body
    assert f"{world.users['admin'].full_name} saved this at" in body
    assert "another tab or window" not in body
    pti.refresh_from_db()
    assert pti.advice == "Theirs"


def test_a_decision_is_told_to_the_trials_members(client, world):
    pti = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    client.force_login(world.users["officer"])
    assert step(client, pti, "refuse").status_code == 302
    notices = Notification.objects.filter(kind="pti_decision")
    assert {n.recipient for n in notices} == {world.users["leader"], world.users["consultant"]}
    notice = notices.first()
    assert notice.message.startswith(f"On {long_date(today())} the Secretary of State refused")
    assert "Coral Trial" in notice.message
    assert notice.url == reverse("fieldtrials:pti_detail", args=[pti.pk])


def test_the_members_are_told_the_day_of_the_decision(world):
    pti = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    today = timezone.localdate()
    pti.submitted_on = today - datetime.timedelta(days=17)
    pti.save()
    decided = today - datetime.timedelta(days=6)
    transition_pti(request=pti, action="grant", actor=world.users["officer"], decided_on=decided)
    notice = Notification.objects.filter(kind="pti_decision").first()
    assert notice.message == (
        f"On {long_date(decided)} the Secretary of State granted the Power to Innovate request "
        f"of Coral Trial, to vary “{pti.regulation}”."
    )


def test_the_decision_e_mail_says_granted_or_refused_first_and_quotes_the_regulation(
    world, django_capture_on_commit_callbacks
):
    """Its subject was "Power to Innovate decision for <trial>: on <day> the Secretary of
    State…", cut before the decision; its body "granted the variation of The school…"."""
    world.coral.title = "Stevenage: A Learning Town, the 14-19 reconfiguration of the town"
    world.coral.save(update_fields=["title"])
    pti = PowerToInnovateRequestFactory(
        field_trial=world.coral,
        advised=True,
        regulation="The school governance regulations that leave each governing body "
        "accountable for its own school's curriculum.",
    )
    pti.submitted_on = today() - datetime.timedelta(days=17)
    pti.save()
    decided = today() - datetime.timedelta(days=6)
    with django_capture_on_commit_callbacks(execute=True):
        transition_pti(
            request=pti, action="grant", actor=world.users["officer"], decided_on=decided
        )
    assert {m.subject for m in mail.outbox} == {
        "Power to Innovate granted: Stevenage: A Learning Town, the 14-19 reconfiguration of "
        "the town"
    }
    body = mail.outbox[0].body
    assert (
        f"On {long_date(decided)} the Secretary of State granted the Power to Innovate request "
        "of Stevenage: A Learning Town, the 14-19 reconfiguration of the town, to vary “The "
        "school governance regulations that leave each governing body accountable for its own "
        "school's curriculum”."
    ) in " ".join(body.split())
    link = django_settings.SITE_URL + reverse("fieldtrials:pti_detail", args=[pti.pk])
    assert f"To read the decision:\n{link}" in body

    mail.outbox.clear()
    refused = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    with django_capture_on_commit_callbacks(execute=True):
        transition_pti(request=refused, action="refuse", actor=world.users["officer"])
    assert mail.outbox[0].subject.startswith("Power to Innovate refused: Stevenage")


def test_a_grant_notifies_the_members(world):
    pti = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    transition_pti(request=pti, action="grant", actor=world.users["officer"])
    messages = Notification.objects.filter(kind="pti_decision").values_list("message", flat=True)
    assert len(messages) == 2 and all("granted" in m for m in messages)


def test_each_step_says_in_plain_words_what_has_been_recorded(client, world, draft):
    # It read "Done: record that the secretary of state granted it. The request is now
    # granted.": the button's label made into a sentence.
    def banner(response):
        """The messages shown on the page the step leads to."""
        page = client.get(response["Location"])
        return [str(m) for m in page.context["messages"]]

    client.force_login(world.users["leader"])
    assert banner(step(client, draft, "submit")) == [
        "The request is submitted. The Innovation Unit will give its advice, and the "
        "Secretary of State decides."
    ]
    client.force_login(world.users["officer"])
    advice = {"advice": "Grant it for two years.", "based_on": history_token(draft)}
    assert banner(step(client, draft, "advise", advice)) == [
        "The Innovation Unit's advice is recorded. The request stays submitted until the "
        "Secretary of State's decision is recorded."
    ]
    assert banner(step(client, draft, "grant")) == [
        "The Secretary of State's decision is recorded: the request is granted."
    ]
    refused = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    assert banner(step(client, refused, "refuse")) == [
        "The Secretary of State's decision is recorded: the request is refused."
    ]
    # Every step taken on this page has its own words.
    assert set(PTI_TRANSITIONS) - {"withdraw"} <= set(PTI_DONE_MESSAGES)


def test_the_team_may_not_advise_or_decide(client, world):
    pti = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    client.force_login(world.users["leader"])
    for action in ("advise", "grant", "refuse"):
        assert step(client, pti, action, {"advice": "x"}).status_code == 403
    with pytest.raises(PermissionDenied):
        transition_pti(request=pti, action="grant", actor=world.users["leader"])
    pti.refresh_from_db()
    assert pti.state == State.SUBMITTED


def test_impossible_steps_answer_409_and_change_nothing(client, world, draft):
    client.force_login(world.users["officer"])
    granted = PowerToInnovateRequestFactory(field_trial=world.coral, state="granted", advice="a")
    cases = [(draft, "grant"), (draft, "advise"), (granted, "submit"), (world.pti, "submit")]
    for pti, action in cases:
        before = history_token(pti)
        response = step(client, pti, action, {"advice": "Some advice"})
        assert response.status_code == 409, (pti.state, action)
        assert "Nothing has been changed" in response.content.decode()
        assert history_token(pti) == before
    with pytest.raises(PowerToInnovateRefused, match="Only a submitted request can be granted"):
        transition_pti(request=draft, action="grant", actor=world.users["officer"])
    unknown = reverse("fieldtrials:pti_transition", args=[draft.pk, "approve"])
    assert client.post(unknown).status_code == 404


def withdraw(client, pti, reason="We no longer need it"):
    url = reverse(
        "records:withdraw", kwargs={"app": "fieldtrials", "kind": "power-to-innovate", "pk": pti.pk}
    )
    return client.post(url, {"reason": reason})


def test_the_team_or_officers_withdraw_a_draft_or_submitted_request(client, world, draft):
    client.force_login(world.users["leader"])
    assert withdraw(client, draft).status_code == 302
    draft.refresh_from_db()
    assert draft.state == State.WITHDRAWN and draft.is_withdrawn
    assert draft.withdrawn_reason == "We no longer need it"
    client.force_login(world.users["officer"])
    assert withdraw(client, world.pti).status_code == 302
    world.pti.refresh_from_db()
    assert world.pti.state == State.WITHDRAWN and world.pti.is_withdrawn


def test_withdrawing_is_one_action_on_the_request_page_worded_by_its_state(client, world, draft):
    """One "Withdraw" on the page, the record kit's (with a reason): a pending request goes no
    further; a decided one keeps its decision and stops counting. The old step's address
    leads to the same page."""
    client.force_login(world.users["leader"])
    page = client.get(reverse("fieldtrials:pti_detail", args=[draft.pk])).content.decode()
    kit_page = reverse(
        "records:withdraw",
        kwargs={"app": "fieldtrials", "kind": "power-to-innovate", "pk": draft.pk},
    )
    assert page.count("Withdraw the request") == 1 and page.count(kit_page) == 1
    old_address = reverse("fieldtrials:pti_transition", args=[draft.pk, "withdraw"])
    assert f'href="{old_address}"' not in page
    asked = client.get(kit_page).content.decode()
    assert "the draft will not be submitted" in asked and "Why are you withdrawing it?" in asked
    old_step = client.get(old_address)
    assert old_step.status_code == 302 and old_step["Location"] == kit_page

    granted = PowerToInnovateRequestFactory(field_trial=world.coral, state="granted", advice="a")
    client.force_login(world.users["officer"])  # once submitted, the officers' to withdraw
    page = client.get(reverse("fieldtrials:pti_detail", args=[granted.pk])).content.decode()
    assert "Withdraw the request" not in page and "recorded by mistake or twice" in page
    assert withdraw(client, granted, "Entered twice").status_code == 302
    granted.refresh_from_db()
    assert granted.state == State.GRANTED and granted.is_withdrawn  # the decision stands
    with pytest.raises(PowerToInnovateRefused, match="withdrawn with a reason"):
        transition_pti(request=draft, action="withdraw", actor=world.users["leader"])


def test_the_transitions_are_declared_as_data_in_one_place():
    assert set(PTI_TRANSITIONS) == {"submit", "advise", "grant", "refuse", "withdraw"}
    assert PTI_TRANSITIONS["grant"] == (
        {State.SUBMITTED},
        State.GRANTED,
        "fieldtrials.decide_record",
    )
    assert PTI_TRANSITIONS["advise"][1] is None  # the state stays


def test_the_request_page_shows_everything_its_course_and_its_history(client, world, draft):
    officer = world.users["officer"]
    client.force_login(world.users["leader"])
    step(client, draft, "submit")
    transition_pti(request=draft, action="advise", actor=officer, advice="Advise granting it.")
    transition_pti(request=draft, action="grant", actor=officer)
    page = client.get(reverse("fieldtrials:pti_detail", args=[draft.pk])).content.decode()
    for text in (
        "Key Stage 3 rules",
        "Teach in blocks of a whole day",
        "The timetable stops the trial",
        "Advise granting it.",
        "Granted",
        "Its course",
        "Submitted",
        "Innovation Unit&#x27;s advice recorded",
        # Its history, from the event log, in sentences.
        "submitted the Power to Innovate request “Key Stage 3 rules”",
        "recorded the Innovation Unit&#x27;s advice on the Power to Innovate request “Key",
        "recorded that the Secretary of State granted the Power to Innovate request “Key",
        "Officer Person",
    ):
        assert text in page, text
    assert f"{today():%-d %B %Y}" in page


def test_the_request_page_offers_the_steps_each_person_may_take(client, world, draft):
    url = reverse("fieldtrials:pti_detail", args=[world.pti.pk])
    client.force_login(world.users["officer"])
    page = client.get(url).content.decode()
    assert "Record the Innovation Unit&#x27;s advice" in page
    assert "Record that the Secretary of State granted it" not in page  # advice first
    assert "record the Unit's advice before you record the decision" in page
    client.force_login(world.users["partner"])
    page = client.get(url).content.decode()
    main = page.split('id="main-content"')[1]  # the header's search button is not a step
    assert "govuk-button" not in main.split("Its course")[0]


def test_the_trial_page_include_is_a_quiet_link_when_there_are_no_requests(world):
    trial = world.dune
    records = trial_records(trial)
    html = render_to_string(
        "fieldtrials/records/_pti.html",
        {"trial": trial, "records": records, "can_change": True, "can_decide": False},
    )
    assert "Request a variation of a regulation (Power to Innovate)" in html
    assert "govuk-table" not in html and "govuk-button" not in html
    html = render_to_string(
        "fieldtrials/records/_pti.html",
        {"trial": trial, "records": records, "can_change": False, "can_decide": False},
    )
    assert "Request a variation" not in html
    coral = render_to_string(
        "fieldtrials/records/_pti.html",
        {"trial": world.coral, "records": trial_records(world.coral), "can_change": True,
         "can_decide": True},
    )  # fmt: skip
    assert "Vetch Regulation" in coral and "advice awaited" in coral


def test_the_list_shows_requests_on_trials_each_person_sees_filtered_by_state(client, world, draft):
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:pti_list")
    page = client.get(url).content.decode()
    assert "Vetch Regulation" in page and "Key Stage 3 rules" in page
    assert "OnyxVetch" not in page
    page = client.get(url, {"state": "draft"}).content.decode()
    assert "Key Stage 3 rules" in page and "Vetch Regulation" not in page
    client.force_login(world.users["outsider"])
    assert client.get(url).status_code == 403


def pagination_link(response, marker):
    """The href of the pagination link marked `marker` (`rel="next"`, `aria-label="Page 2"`)."""
    body = response.content.decode()
    return re.search(rf'href="([^"]*)"[^>]*{marker}', body)[1].replace("&amp;", "&")


def query_of(href):
    return parse_qs(urlsplit(href).query)


def test_pages_of_25_keep_the_state_asked_for_in_their_links(client, world):
    # The drafts are the oldest: a page 2 that lost the state would list them.
    PowerToInnovateRequestFactory.create_batch(3, field_trial=world.coral)
    PowerToInnovateRequestFactory.create_batch(30, field_trial=world.coral, submitted=True)
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:pti_list")
    first = client.get(url, {"state": "submitted"})
    assert len(first.context["page"]) == 25
    next_link = pagination_link(first, 'rel="next"')
    assert next_link == pagination_link(first, 'aria-label="Page 2"')
    assert query_of(next_link) == {"state": ["submitted"], "page": ["2"]}
    second = client.get(url + next_link)
    assert second.context["page"].number == 2 and len(second.context["page"]) > 0
    assert {pti.state for pti in second.context["page"]} == {State.SUBMITTED}
    previous = pagination_link(second, 'rel="prev"')
    assert previous == pagination_link(second, 'aria-label="Page 1"')
    assert query_of(previous) == {"state": ["submitted"], "page": ["1"]}


@pytest.mark.parametrize("size", [5, 50])
def test_the_list_costs_the_same_queries_for_5_and_50_requests(
    client, world, django_assert_num_queries, size
):
    trials = [FieldTrialFactory(project=world.amber) for _ in range(5)]
    for i in range(size):
        PowerToInnovateRequestFactory(field_trial=trials[i % 5], submitted=True)
    client.force_login(world.users["officer"])
    # session, user, memberships (the list permission asks them), count, page, state counts,
    # + base template (unread)
    with django_assert_num_queries(7):
        response = client.get(reverse("fieldtrials:pti_list"), {"state": "submitted"})
    assert response.status_code == 200


@pytest.mark.parametrize("size", [5, 50])
def test_the_request_page_costs_the_same_queries_for_5_and_50_changes(
    client, world, django_assert_num_queries, size
):
    leader = world.users["leader"]
    pti = PowerToInnovateRequestFactory(field_trial=world.coral, created_by=leader)
    for i in range(size):
        update_pti(request=pti, actor=leader, based_on=history_token(pti), case=f"Case {i}",
                   regulation=pti.regulation, variation_sought=pti.variation_sought)  # fmt: skip
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:pti_detail", args=[pti.pk])
    with django_assert_num_queries(7):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("changed the Power to Innovate request") == size
