import html
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts.models import Event, Notification
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import RecordWithdrawn, withdraw_record
from programmes.models import CreativeOption
from programmes.services.options import decide_option, decision_token
from programmes.tests.factories_options import (
    AssessmentFactory,
    OptionFactory,
    broken_error_links,
    officer_of,
    partner_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def option():
    return OptionFactory(title="Learning Exchange", description="Students teach each other.")


@pytest.fixture
def officer(option):
    return officer_of(option.project, full_name="Olive Officer")


def decide_url(option):
    return reverse("programmes:option_decide", args=[option.pk])


def on_page(option, data):
    """`data` as the deciding page posts it, loaded now: with the decision it was based on."""
    return {**data, "based_on": decision_token(CreativeOption.objects.get(pk=option.pk))}


def test_a_decision_needs_a_reason(client, option, officer):
    client.force_login(officer)
    response = client.post(
        decide_url(option), on_page(option, {"decision": "shortlisted", "reason": "  "})
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Give a reason for the decision" in page and not broken_error_links(page)
    option.refresh_from_db()
    assert option.status == "proposed"


def test_an_empty_decision_form_names_both_fields(client, option, officer):
    client.force_login(officer)
    page = client.post(decide_url(option), {}).content.decode()
    assert "Choose a decision" in page and "Give a reason for the decision" in page
    assert 'href="#id_decision_1"' in page and not broken_error_links(page)
    # A way back without deciding (there was none).
    cancel = f'<a class="govuk-link" href="{option.get_absolute_url()}">Cancel and go back</a>'
    assert cancel in page


def test_an_option_nobody_has_assessed_cannot_be_selected(client, option, officer):
    client.force_login(officer)
    response = client.post(
        decide_url(option), on_page(option, {"decision": "selected", "reason": "Great"})
    )
    assert response.status_code == 400
    assert (
        "This option has not been screened yet: at least one reviewer must assess it before "
        "it is selected" in response.content.decode()
    )
    option.refresh_from_db()
    assert option.status == "proposed" and not FieldTrial.objects.exists()
    with pytest.raises(ValidationError):
        decide_option(option=option, decision="selected", reason="Great", actor=officer)


def test_selecting_creates_one_field_trial_draft_linked_both_ways(client, option, officer):
    AssessmentFactory(option=option)
    other = officer_of(option.project)
    client.force_login(officer)
    response = client.post(
        decide_url(option), on_page(option, {"decision": "selected", "reason": "Meets all"})
    )
    assert response.status_code == 302
    option.refresh_from_db()
    trial = FieldTrial.objects.get()
    assert option.status == "selected" and option.decision_reason == "Meets all"
    assert option.decided_by == officer and option.decided_at is not None
    assert trial.option == option and option.field_trial == trial
    assert trial.status == "selected" and trial.project == option.project
    assert trial.title == "Learning Exchange" and trial.summary == "Students teach each other."
    event = Event.objects.get(verb="programmes.option_decided")
    assert event.data == {"decision": "selected", "reason": "Meets all", "field_trial": trial.pk}
    notice = Notification.objects.get()
    assert notice.recipient == other and "Learning Exchange" in notice.message
    page = client.get(option.get_absolute_url()).content.decode()
    # Not "a draft field trial": a trial has no such status.
    assert (
        "A field trial, “Learning Exchange”, has been created for it, with the status Selected."
        in page
    )
    assert reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]) in page
    # The trial's own history starts with it (it said "No changes recorded yet").
    history = client.get(reverse("fieldtrials:fieldtrial_history", args=[trial.pk]))
    assert (
        "started the field trial Learning Exchange from the selected option “Learning Exchange”"
        in history.content.decode()
    )


def test_re_selecting_after_parking_reuses_the_trial(option, officer):
    AssessmentFactory(option=option)
    first = decide_option(option=option, decision="selected", reason="Yes", actor=officer)
    decide_option(option=option, decision="parked", reason="Funding paused", actor=officer)
    again = decide_option(option=option, decision="selected", reason="Back on", actor=officer)
    assert FieldTrial.objects.count() == 1
    assert again.field_trial == first.field_trial and not again.trial_created


def test_a_second_officer_deciding_the_same_option_reuses_the_trial(option, officer):
    """Two officers select at once: the option row is locked, the second sees the trial."""
    AssessmentFactory(option=option)
    colleague = officer_of(option.project)
    stale = type(option).objects.get(pk=option.pk)  # the colleague's page, loaded earlier
    first = decide_option(option=option, decision="selected", reason="Mine", actor=officer)
    second = decide_option(option=stale, decision="selected", reason="Mine too", actor=colleague)
    assert first.trial_created and not second.trial_created
    assert second.field_trial.pk == first.field_trial.pk
    assert FieldTrial.objects.filter(option=option).count() == 1


def test_reselecting_says_when_the_trial_was_withdrawn(client, option, officer):
    AssessmentFactory(option=option)
    FieldTrialFactory(project=option.project, option=option, status="withdrawn", title="Old")
    client.force_login(officer)
    response = client.post(
        decide_url(option),
        on_page(option, {"decision": "selected", "reason": "Try again"}),
        follow=True,
    )
    assert "Its field trial, “Old”, was withdrawn earlier" in response.content.decode()
    assert FieldTrial.objects.get().status == "withdrawn"


def test_a_trial_title_already_taken_in_the_project_gets_a_number(option, officer):
    AssessmentFactory(option=option)
    FieldTrialFactory(project=option.project, title="Learning Exchange")
    FieldTrialFactory(project=option.project, title="Learning Exchange (2)")
    decision = decide_option(option=option, decision="selected", reason="Go", actor=officer)
    assert decision.field_trial.title == "Learning Exchange (3)"


def test_declining_keeps_the_reason_and_creates_no_trial(client, option, officer):
    client.force_login(officer)
    client.post(
        decide_url(option), on_page(option, {"decision": "declined", "reason": "Already common"})
    )
    option.refresh_from_db()
    assert option.status == "declined" and option.decision_reason == "Already common"
    assert not FieldTrial.objects.exists()
    page = client.get(option.get_absolute_url()).content.decode()
    assert "Declined by Olive Officer" in page and "Already common" in page


def test_a_partner_may_not_decide(client, option):
    partner = partner_of(option.project)
    client.force_login(partner)
    response = client.post(
        decide_url(option), on_page(option, {"decision": "declined", "reason": "No"})
    )
    assert response.status_code == 403
    option.refresh_from_db()
    assert option.status == "proposed"
    with pytest.raises(PermissionDenied):
        decide_option(option=option, decision="declined", reason="No", actor=partner)


@pytest.mark.django_db(transaction=True)
def test_two_officers_selecting_at_the_same_moment_create_one_trial():
    """Run on PostgreSQL (CI): both requests race; the row lock makes the second wait."""
    from nextpractice.testing.races import at_once

    option = OptionFactory()
    AssessmentFactory(option=option)
    officers = [officer_of(option.project), officer_of(option.project)]

    def select(actor):
        return lambda: decide_option(option=option, decision="selected", reason="Go", actor=actor)

    results, errors = at_once([select(o) for o in officers])
    assert not errors
    assert FieldTrial.objects.filter(option=option).count() == 1
    assert sorted(r.trial_created for r in results) == [False, True]
    assert len({r.field_trial.pk for r in results}) == 1


def test_the_same_decision_posted_again_changes_nothing_and_tells_nobody_again(
    client, option, officer, django_capture_on_commit_callbacks
):
    """A double click or a post sent again: one event, one notification, one e-mail."""
    from django.core import mail

    AssessmentFactory(option=option)
    other = officer_of(option.project)
    client.force_login(officer)
    posted = on_page(option, {"decision": "selected", "reason": "Meets all"})
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(decide_url(option), posted)
        again = client.post(decide_url(option), {**posted, "reason": " Meets all "})
    assert first.status_code == again.status_code == 302
    option.refresh_from_db()
    assert option.status == "selected" and option.decision_reason == "Meets all"
    assert FieldTrial.objects.count() == 1
    assert Event.objects.filter(verb="programmes.option_decided").count() == 1
    assert list(Notification.objects.values_list("recipient", flat=True)) == [other.pk]
    assert [m.to for m in mail.outbox] == [[other.email]]
    repeat = decide_option(option=option, decision="selected", reason="Meets all", actor=officer)
    assert not repeat.changed and not repeat.trial_created
    assert repeat.field_trial == FieldTrial.objects.get()


def test_a_new_decision_or_reason_is_a_new_happening_and_is_told(option, officer):
    AssessmentFactory(option=option)
    other = officer_of(option.project)
    decide_option(option=option, decision="selected", reason="Meets all", actor=officer)
    decide_option(option=option, decision="parked", reason="Meets all", actor=officer)
    decide_option(option=option, decision="parked", reason="Funding paused", actor=officer)
    decide_option(option=option, decision="selected", reason="Meets all", actor=officer)
    assert Event.objects.filter(verb="programmes.option_decided").count() == 4
    assert Notification.objects.filter(recipient=other).count() == 4


def test_a_long_reason_is_kept_whole_and_the_other_officers_are_told_in_short(
    client, option, officer
):
    """A reason longer than a notification holds gave a 500 on PostgreSQL (message is 500)."""
    other = officer_of(option.project)
    reason = "The schools asked for it because " + "it builds on peer tutoring, " * 21
    assert len(reason) > 600
    client.force_login(officer)
    response = client.post(
        decide_url(option), on_page(option, {"decision": "shortlisted", "reason": reason})
    )
    assert response.status_code == 302
    option.refresh_from_db()
    assert option.status == "shortlisted" and option.decision_reason == reason.strip()
    notice = Notification.objects.get(recipient=other)
    assert len(notice.message) <= 500 and notice.message.endswith("…")
    assert notice.message.startswith(f"{officer} shortlisted the option “Learning Exchange”")
    assert notice.url == option.get_absolute_url()
    client.force_login(other)
    page = client.get(option.get_absolute_url()).content.decode()
    assert reason.strip() in page  # the link leads to the whole reason


@pytest.mark.django_db(transaction=True)
def test_fifteen_identical_posts_at_once_make_one_trial_one_event_and_tell_each_officer_once():
    """Run on PostgreSQL (CI): a double click times fifteen, as real requests at one moment.
    The option row lock queues them; each after the first finds the decision already made."""
    from django.core import mail
    from django.test import Client

    from nextpractice.testing.races import at_once

    option = OptionFactory()
    AssessmentFactory(option=option)
    actor = officer_of(option.project)
    others = {officer_of(option.project).pk, officer_of(option.project).pk}
    clients = []
    for _ in range(15):
        clients.append(Client())
        clients[-1].force_login(actor)

    def post(client):
        posted = {"decision": "selected", "reason": "Go", "based_on": 0}  # all loaded at once
        return lambda: client.post(decide_url(option), posted).status_code

    statuses, errors = at_once([post(c) for c in clients], timeout=60)
    assert not errors
    assert statuses == [302] * 15
    assert FieldTrial.objects.filter(option=option).count() == 1
    assert Event.objects.filter(verb="programmes.option_decided").count() == 1
    assert Event.objects.filter(verb="fieldtrials.trial_created").count() == 1
    told = list(Notification.objects.values_list("recipient", flat=True))
    assert sorted(told) == sorted(others)
    assert Notification.objects.filter(emailed_at__isnull=False).count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        type(actor).objects.filter(pk__in=others).values_list("email", flat=True)
    )


def test_a_withdrawn_option_is_no_longer_decided_on(client, option, officer):
    """Withdrawn while the form was open: refused as the kit refuses an edit (409), nothing
    saved, no trial; decided on the locked row, so an option read before it was withdrawn is
    refused."""
    AssessmentFactory(option=option)
    seen = type(option).objects.get(pk=option.pk)  # as the form read it
    kind = record_kinds()[("programmes", "option")]
    withdraw_record(kind=kind, record=option, actor=officer, reason="Captured twice")
    with pytest.raises(RecordWithdrawn):
        decide_option(option=seen, decision="selected", reason="Strong", actor=officer)
    client.force_login(officer)
    data = {"decision": "parked", "reason": "Not now"}
    for response in (client.get(decide_url(option)), client.post(decide_url(option), data)):
        page = response.content.decode()
        assert response.status_code == 409
        assert "This creative option has been withdrawn" in page and "Captured twice" in page
        assert "is parked" not in page
    option.refresh_from_db()
    assert option.status == "proposed" and option.decided_at is None
    assert not FieldTrial.objects.filter(option=option).exists()
    assert not Event.objects.filter(verb="programmes.option_decided").exists()


def test_declining_an_option_withdraws_its_trial_not_yet_started_and_frees_the_gate(
    client, option, officer
):
    from programmes.workflow import can_leave

    AssessmentFactory(option=option)
    trial = decide_option(option=option, decision="selected", reason="Yes", actor=officer)
    trial = trial.field_trial
    project = option.project
    project.stage = "incubate"
    project.save()
    FieldTrialFactory(project=project, status="completed")  # another trial, finished
    assert can_leave(project, "incubate") == (
        False, "1 field trial is not yet completed or withdrawn."
    )  # fmt: skip
    client.force_login(officer)
    response = client.post(
        decide_url(option),
        on_page(option, {"decision": "declined", "reason": "Met none"}),
        follow=True,
    )
    assert "had not started, so it is withdrawn" in response.content.decode()
    trial.refresh_from_db()
    assert trial.status == "withdrawn"
    change = trial.status_changes.get()
    assert (change.from_status, change.actor, change.reason) == (
        "selected", officer, "Its option was declined: Met none"
    )  # fmt: skip
    assert can_leave(project, "incubate") == (True, "")
    # Selected again, it is the same trial, reopened.
    again = decide_option(option=option, decision="selected", reason="Back on", actor=officer)
    assert again.trial_reopened and again.field_trial == trial
    trial.refresh_from_db()
    assert trial.status == "selected" and FieldTrial.objects.filter(option=option).count() == 1
    # Parked, likewise; a trial under way is left for its officers to decide on its page.
    decide_option(option=option, decision="parked", reason="Funding paused", actor=officer)
    trial.refresh_from_db()
    assert trial.status == "withdrawn"
    decide_option(option=option, decision="selected", reason="Funded", actor=officer)
    FieldTrial.objects.filter(pk=trial.pk).update(status="incubating")
    parked = decide_option(option=option, decision="parked", reason="Pause", actor=officer)
    assert not parked.trial_withdrawn_now
    trial.refresh_from_db()
    assert trial.status == "incubating"


# --- An option that met none of the criteria ------------------------------------------------

NONE_MET = "This option met none of the criteria in its assessment. Select it anyway?"
UNCONFIRMED = (
    "This option met none of the criteria in its assessment: to select it anyway, tick the box"
)


def test_selecting_an_option_that_met_no_criterion_asks_to_confirm(client, option, officer):
    AssessmentFactory(option=option, score=0)  # No to everything
    AssessmentFactory(option=option, score=1)  # Partly, never Yes
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    assert NONE_MET in page and 'name="select_anyway"' in page
    assert "Every reviewer scored this option No" not in page  # one said Partly
    posted = on_page(option, {"decision": "selected", "reason": "A hunch"})
    response = client.post(decide_url(option), posted)
    page = response.content.decode()
    assert response.status_code == 400
    # Beside the box, and in the summary leading to it.
    beside = page.split('class="govuk-error-message">', 1)[1].split("</span>", 2)[1]
    assert UNCONFIRMED in beside
    assert 'href="#id_select_anyway"' in page and not broken_error_links(page)
    option.refresh_from_db()
    assert option.status == "proposed" and not FieldTrial.objects.exists()
    with pytest.raises(ValidationError) as refused:
        decide_option(option=option, decision="selected", reason="A hunch", actor=officer)
    assert refused.value.message_dict == {"select_anyway": [UNCONFIRMED]}
    # Ticked, it is selected.
    response = client.post(decide_url(option), {**posted, "select_anyway": "on"})
    assert response.status_code == 302
    option.refresh_from_db()
    assert option.status == "selected" and FieldTrial.objects.filter(option=option).exists()


def test_an_option_every_reviewer_scored_no_on_everything_says_so_and_may_be_selected(
    client, option, officer
):
    """Said first, above the form, in those words; still the officer's decision."""
    AssessmentFactory(option=option, score=0, re_different=False)
    AssessmentFactory(option=option, score=0)
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    said = "Every reviewer scored this option No on every criterion. Select it anyway?"
    assert said in page and NONE_MET not in page
    assert page.index(said) < page.index('name="decision"') and 'name="select_anyway"' in page
    posted = on_page(option, {"decision": "selected", "reason": "Worth a try"})
    response = client.post(decide_url(option), {**posted, "select_anyway": "on"})
    assert response.status_code == 302
    option.refresh_from_db()
    assert option.status == "selected" and FieldTrial.objects.filter(option=option).exists()
    # Once selected, deciding again warns of nothing.
    assert said not in client.get(decide_url(option)).content.decode()


def test_other_decisions_on_such_an_option_ask_nothing(client, option, officer):
    AssessmentFactory(option=option, score=0)
    client.force_login(officer)
    response = client.post(
        decide_url(option), on_page(option, {"decision": "declined", "reason": "Weak"})
    )
    assert response.status_code == 302
    option.refresh_from_db()
    assert option.status == "declined"


def test_one_yes_from_any_reviewer_selects_it_without_asking(client, option, officer):
    AssessmentFactory(option=option, score=0, user_focused=2)
    AssessmentFactory(option=option, score=0)
    client.force_login(officer)
    assert NONE_MET not in client.get(decide_url(option)).content.decode()
    response = client.post(
        decide_url(option), on_page(option, {"decision": "selected", "reason": "Users"})
    )
    assert response.status_code == 302
    option.refresh_from_db()
    assert option.status == "selected"


# --- Two tabs, or two officers, deciding on the same option -----------------------------------


def test_an_option_decided_in_another_tab_is_told_not_decided_again(client, option, officer):
    AssessmentFactory(option=option)
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    loaded = re.search(r'name="based_on" value="(\d+)"', page).group(1)
    tab_a = {"decision": "selected", "reason": "tab A select", "based_on": loaded}
    assert client.post(decide_url(option), tab_a).status_code == 302

    tab_b = {"decision": "selected", "reason": "tab B select", "based_on": loaded}
    response = client.post(decide_url(option), tab_b)
    page = html.unescape(response.content.decode())
    assert response.status_code == 409
    assert (
        "This option was already selected by Olive Officer: tab A select. Your decision has not "
        "been recorded: it is kept below." in page
    )
    assert re.search(r"<textarea[^>]*>\s*tab B select</textarea>", page)  # kept
    option.refresh_from_db()
    assert option.status == "selected" and option.decision_reason == "tab A select"
    assert Event.objects.filter(verb="programmes.option_decided").count() == 1
    assert FieldTrial.objects.filter(option=option).count() == 1

    # Recorded again from that page, it replaces the decision knowingly.
    tab_b["based_on"] = re.search(r'name="based_on" value="(\d+)"', page).group(1)
    assert tab_b["based_on"] != loaded
    assert client.post(decide_url(option), tab_b).status_code == 302
    option.refresh_from_db()
    assert option.decision_reason == "tab B select"
    assert Event.objects.filter(verb="programmes.option_decided").count() == 2

    # A post without the decision it was based on is out of date: nothing recorded.
    response = client.post(decide_url(option), {"decision": "parked", "reason": "Later"})
    assert response.status_code == 400
    assert "This page is out of date" in response.content.decode()
    option.refresh_from_db()
    assert option.status == "selected"


# A version not yet saved is the decision's token and one; 0 (none made yet) is a page loaded
# before the first decision, a clash once one is made, not a page tampered with.
TAMPERED = ["abc", "", "-1", "99999999999999999999", "not yet saved"]
OUT_OF_DATE = "This page is out of date: reload it and make your changes again"


@pytest.mark.parametrize("sent", TAMPERED)
def test_a_decision_sent_with_its_version_tampered_with_says_the_page_is_out_of_date(
    client, option, officer, sent
):
    # Out of range, it said "This option was already … by …" (409): nobody had decided since.
    decide_option(option=option, decision="shortlisted", reason="Worth a look", actor=officer)
    option.refresh_from_db()
    token = decision_token(option)
    if sent == "not yet saved":
        sent = str(token + 1)
    client.force_login(officer)
    data = {"decision": "parked", "reason": "Not this year", "based_on": sent}
    response = client.post(decide_url(option), data)
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    summary = page.split('class="govuk-list govuk-error-summary__list"', 1)[1].split("</ul>")[0]
    assert OUT_OF_DATE in summary
    assert "already" not in summary and "has not been recorded" not in page
    assert re.search(r"<textarea[^>]*>\s*Not this year</textarea>", page)  # kept in its box
    option.refresh_from_db()
    assert (option.status, option.decision_reason) == ("shortlisted", "Worth a look")
    assert decision_token(option) == token
    assert Event.objects.filter(verb="programmes.option_decided").count() == 1


def test_a_page_loaded_before_the_first_decision_meets_the_one_made_since(client, option, officer):
    decide_option(option=option, decision="shortlisted", reason="Worth a look", actor=officer)
    client.force_login(officer)
    data = {"decision": "parked", "reason": "Not this year", "based_on": "0"}
    response = client.post(decide_url(option), data)
    assert response.status_code == 409
    page = html.unescape(response.content.decode())
    assert "Your decision has not been recorded: it is kept below." in page
    assert OUT_OF_DATE not in page
    option.refresh_from_db()
    assert option.status == "shortlisted"


@pytest.mark.django_db(transaction=True)
def test_two_tabs_selecting_at_the_same_moment_record_one_decision():
    """Run on PostgreSQL: both wait on the option's row lock; the second finds it decided."""
    from django.test import Client

    from nextpractice.testing.races import at_once

    option = OptionFactory()
    AssessmentFactory(option=option)
    actor = officer_of(option.project)
    clients = [Client(), Client()]
    for c in clients:
        c.force_login(actor)

    def post(c, reason):
        data = {"decision": "selected", "reason": reason, "based_on": 0}
        return lambda: c.post(decide_url(option), data).status_code

    statuses, errors = at_once([post(clients[0], "tab A"), post(clients[1], "tab B")])
    assert not errors
    assert sorted(statuses) == [302, 409]
    assert Event.objects.filter(verb="programmes.option_decided").count() == 1
    assert FieldTrial.objects.filter(option=option).count() == 1
    option.refresh_from_db()
    event = Event.objects.get(verb="programmes.option_decided")
    assert option.decision_reason == event.data["reason"]


def test_the_decision_page_shows_the_screening_and_warns_when_promise_is_short(
    client, option, officer
):
    """Option 48 met 7 of 7 characteristics but none of the tests of promise (all Partly):
    its decision page showed only its status, and Selected went through unremarked. It
    shows what the reviewers concluded and says the tests are not met, without a block."""
    partly = {"promise_outcomes": 1, "promise_responsiveness": 1, "promise_value": 1}
    AssessmentFactory(option=option, **partly)
    client.force_login(officer)
    page = html.unescape(client.get(decide_url(option)).content.decode())
    assert "What the reviewers concluded" in page
    assert re.search(r"Characteristics of Next Practice met</dt>\s*<dd[^>]*>7 of 7", page)
    assert re.search(r"Tests of promise met</dt>\s*<dd[^>]*>0 of 3", page)
    assert "Nature of the innovation" in page
    said = (
        "If you select it: it meets 0 of the 3 tests of promise; a field trial should hold the "
        "promise to deliver all three."
    )
    assert said in page and page.index(said) < page.index('name="decision"')
    assert 'name="select_anyway"' not in page  # no block: the officer decides
    response = client.post(
        decide_url(option), on_page(option, {"decision": "selected", "reason": "Worth it"})
    )
    assert response.status_code == 302
    option.refresh_from_db()
    assert option.status == "selected"
    assert "tests of promise;" not in client.get(decide_url(option)).content.decode()


def test_an_option_meeting_every_test_of_promise_is_not_warned_about(client, option, officer):
    AssessmentFactory(option=option)  # Yes to everything
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    assert re.search(r"Tests of promise met</dt>\s*<dd[^>]*>3 of 3", page)
    assert "tests of promise;" not in page


# --- What the page says of the option's field trial, before the decision ---------------------


def _hint(page, value):
    """The hint beside the decision `value` on the deciding page, as read."""
    radio = re.search(rf'<input[^>]*value="{value}"[^>]*aria-describedby="([^"]+)"', page)
    hint = re.search(rf'id="{radio.group(1)}"[^>]*>(.*?)</span>', page, re.S).group(1)
    return " ".join(html.unescape(hint).split())


def test_the_decision_page_of_an_option_without_a_trial_says_selecting_creates_one(
    client, option, officer
):
    AssessmentFactory(option=option)
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    assert "This option already has a field trial" not in page
    assert "Selecting the option creates a field trial for the project" in page
    assert _hint(page, "selected") == (
        "It becomes a field trial: one is created for the project, with the status Selected."
    )
    assert _hint(page, "declined") == "It will not be taken forward."


def test_the_decision_page_names_a_trial_not_started_and_says_setting_aside_withdraws_it(
    client, option, officer
):
    AssessmentFactory(option=option)
    trial = decide_option(option=option, decision="selected", reason="Go", actor=officer)
    trial = trial.field_trial
    FieldTrial.objects.filter(pk=trial.pk).update(title="Learning <b>Exchange</b>")
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert (
        "This option already has a field trial: Learning <b>Exchange</b> , with the status "
        "Selected. It has not started yet." in text
    )
    assert "Learning &lt;b&gt;Exchange&lt;/b&gt;" in page  # shown as written, not as markup
    assert reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]) in page
    assert "Selecting the option creates a field trial" not in page
    withdrawn = (
        "Its field trial, “Learning <b>Exchange</b>”, has not started, so it is withdrawn. "
        "Selecting the option again reopens it."
    )
    assert _hint(page, "declined") == f"It will not be taken forward. {withdrawn}"
    assert _hint(page, "parked") == f"Not now; the project may come back to it. {withdrawn}"
    assert _hint(page, "shortlisted") == (
        "Worth developing further. Its field trial, “Learning <b>Exchange</b>”, stays as it "
        "is: not started yet."
    )
    assert _hint(page, "selected") == (
        "It keeps its field trial, “Learning <b>Exchange</b>”, as it is."
    )


def test_the_decision_page_says_a_running_trial_is_left_running_and_linked(client, option, officer):
    AssessmentFactory(option=option)
    trial = decide_option(option=option, decision="selected", reason="Go", actor=officer)
    FieldTrial.objects.filter(pk=trial.field_trial.pk).update(status="incubating")
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert (
        "This option already has a field trial: Learning Exchange , with the status "
        "Incubating. It is under way." in text
    )
    left = (
        "Its field trial, “Learning Exchange”, is under way: it is left running, and stays "
        "linked to this option. If it should stop, withdraw it on the trial's page."
    )
    assert _hint(page, "declined") == f"It will not be taken forward. {left}"
    assert _hint(page, "parked") == f"Not now; the project may come back to it. {left}"
    assert "so it is withdrawn" not in page
    # And so it is: declined, the option keeps its trial running.
    response = client.post(
        decide_url(option), on_page(option, {"decision": "declined", "reason": "Not now"})
    )
    assert response.status_code == 302
    assert FieldTrial.objects.get().status == "incubating"
    assert FieldTrial.objects.get().option == option


def test_the_decision_page_says_selecting_again_reopens_a_trial_set_aside_with_it(
    client, option, officer
):
    AssessmentFactory(option=option)
    decide_option(option=option, decision="selected", reason="Go", actor=officer)
    decide_option(option=option, decision="parked", reason="Later", actor=officer)
    client.force_login(officer)
    page = client.get(decide_url(option)).content.decode()
    assert "with the status Withdrawn. It has been withdrawn." in html.unescape(page)
    assert _hint(page, "selected") == (
        "Its field trial, “Learning Exchange”, was withdrawn when the option was set aside: it "
        "is reopened, with the status Selected."
    )
    assert _hint(page, "declined") == (
        "It will not be taken forward. Its field trial, “Learning Exchange”, stays withdrawn."
    )
