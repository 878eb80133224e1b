import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrial, Milestone, MonthlyUpdate, ResourceDomain
from fieldtrials.services.trial import StatusMoveRefused, move_trial_status, update_trial_details
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory
from toolkit.tests.factories import ExerciseFactory, ParticipationFactory, ToolVersionFactory


def test_a_trial_page_shows_its_details_team_and_history(client, world):
    client.force_login(world.users["leader"])
    page = client.get(world.coral.get_absolute_url()).content.decode()
    assert "Coral Trial" in page and "Lately" in page
    # The team is on the "Details and team" sub-page.
    page = client.get(reverse("fieldtrials:fieldtrial_details", args=[world.coral.pk]))
    for text in ("Coral Trial", "Leader Person", "Consultant Person"):
        assert text in page.content.decode()


def test_status_moves_follow_the_rules_and_are_recorded(world):
    officer, trial = world.users["officer"], world.coral  # incubating
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="completed", actor=officer)
    assert "can only become" in refused.value.reason
    trial.monthly_updates.all().delete()
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="reporting", actor=officer)
    assert "submit at least one monthly update" in refused.value.reason
    MonthlyUpdate.objects.create(
        field_trial=trial, month=datetime.date(2007, 2, 1), rag="green", status="submitted",
        author=world.users["leader"],
    )  # fmt: skip
    change = move_trial_status(trial=trial, to_status="reporting", actor=officer)
    trial.refresh_from_db()
    assert trial.status == "reporting" and change.actor == officer
    assert Event.objects.filter(verb="fieldtrials.status_moved", target_id=trial.pk).exists()
    assert Notification.objects.filter(recipient=world.users["leader"], kind="trial_status")
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="completed", actor=officer)
    assert "milestone is not done yet" in refused.value.reason or (
        "milestones are not done yet" in refused.value.reason
    )
    Milestone.objects.filter(field_trial=trial).update(completed_on=datetime.date(2007, 6, 1))
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="completed", actor=officer)
    assert "Power to Innovate request is still open" in refused.value.reason


def test_the_team_is_told_in_plain_words_what_the_new_status_means_for_them(
    world, django_capture_on_commit_callbacks
):
    """The e-mail said "Coral Trial is now reporting", the internal label and no more."""
    officer, trial = world.users["officer"], world.coral  # incubating, with an update
    with django_capture_on_commit_callbacks(execute=True):
        move_trial_status(trial=trial, to_status="reporting", actor=officer)
    told = {m.to[0]: m for m in mail.outbox}
    message = told[world.users["leader"].email]
    assert message.subject == "Coral Trial has moved to reporting"
    body = " ".join(message.body.split())
    assert (
        "Coral Trial has moved to reporting: this is the trial's last phase, when the team "
        "draws together what the trial has shown. Keep writing a monthly update each month, "
        "and mark each milestone done (or withdraw it, saying why) so that the trial can be "
        "completed."
    ) in body
    assert f"To open the trial:\n{settings.SITE_URL}{trial.get_absolute_url()}" in message.body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        move_trial_status(trial=trial, to_status="withdrawn", actor=officer, reason="Head left")
    message = mail.outbox[0]
    assert message.subject == "Coral Trial has been withdrawn"
    assert "no more monthly updates or milestone reminders are due" in message.body


def test_withdrawing_a_trial_needs_a_reason_and_only_officers_may(world):
    with pytest.raises(PermissionDenied):
        move_trial_status(trial=world.coral, to_status="withdrawn", actor=world.users["leader"])
    with pytest.raises(StatusMoveRefused):
        move_trial_status(trial=world.coral, to_status="withdrawn", actor=world.users["officer"])
    move_trial_status(
        trial=world.coral, to_status="withdrawn", actor=world.users["officer"], reason="Head left"
    )
    world.coral.refresh_from_db()
    assert world.coral.status == "withdrawn"


def test_the_status_page_explains_what_each_move_needs(client, world):
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_status", args=[world.coral.pk])
    page = client.get(url).content.decode()
    assert "Possible now" in page or "Not yet" in page
    back = world.coral.get_absolute_url()
    assert f'<a class="govuk-link" href="{back}">Cancel and go back</a>' in page
    response = client.post(url, {"to_status": "withdrawn", "reason": ""})
    assert response.status_code == 400
    assert "Give a reason for withdrawing the trial" in response.content.decode()


def test_the_team_edits_the_plan_and_a_stale_save_is_refused(client, world):
    leader = world.users["leader"]
    trial = world.coral
    domain = ResourceDomain.objects.get(code="time")
    client.force_login(leader)
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    form = {
        "title": "Coral Trial", "summary": "", "locality": "Stevenage", "trigger": "",
        "plan": "Term 1: governance group", "start_date": "1/9/2006", "end_date": "31/7/2008",
        "domains": [domain.pk], "version": "0",
    }  # fmt: skip
    assert client.post(url, form).status_code == 302
    trial.refresh_from_db()
    assert trial.plan == "Term 1: governance group" and trial.version == 1
    assert list(trial.resource_domains.all()) == [domain]
    stale = dict(form, plan="An older idea", version="0")
    response = client.post(url, stale)
    assert response.status_code == 409
    body = response.content.decode()
    # Their own save, from a page opened before it (another tab), is said as theirs.
    assert "You changed this in another tab or window since you opened it" in body
    assert "An older idea" in body
    saved_now = body.split("What is saved now")[1].split("</dl>")[0]
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        saved_now
    )
    assert "You changed this in both" in saved_now
    assert "Leader Person saved this" not in body and "You both" not in body
    trial.refresh_from_db()
    assert trial.plan == "Term 1: governance group"
    history_url = reverse("fieldtrials:fieldtrial_history", args=[trial.pk])
    history = client.get(history_url).content.decode().split('id="history"')[1]
    assert "Leader Person changed the details of" in history
    assert "Trial plan: set to Term 1: governance group" in history


def test_a_stale_save_of_the_plan_names_who_saved_it_meanwhile(client, world):
    from django.test import Client

    trial = world.coral
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    form = {
        "title": "Coral Trial", "summary": "", "locality": "Stevenage", "trigger": "",
        "plan": "Their plan", "start_date": "1/9/2006", "end_date": "31/7/2008",
        "version": str(trial.version),
    }  # fmt: skip
    other = Client()
    other.force_login(world.users["consultant"])
    assert other.post(url, form).status_code == 302
    client.force_login(world.users["leader"])
    response = client.post(url, dict(form, plan="My plan"))
    assert response.status_code == 409
    body = response.content.decode()
    saved_now = body.split("What is saved now")[1].split("</dl>")[0]
    assert "Consultant Person saved this at" in saved_now
    assert "after you opened the page" in saved_now
    assert "You both changed this" in saved_now
    assert "another tab or window since" not in body
    trial.refresh_from_db()
    assert trial.plan == "Their plan"


def test_the_history_names_the_schools_and_domains_added_and_taken_off(client, world):
    """A save that adds a school and takes a domain off says both in the trial's history and
    in the programme's activity, not only "changed the details of …"."""
    trial = world.coral
    alder = OrganisationFactory(name="Alder School")
    anne = OrganisationFactory(name="St Anne's CE Primary School")
    time, tech = ResourceDomain.objects.order_by("pk")[:2]
    trial.participating_organisations.set([alder])
    trial.resource_domains.set([time, tech])
    client.force_login(world.users["officer"])
    form = {
        "title": trial.title, "summary": "", "locality": "", "trigger": "", "plan": "",
        "start_date": "", "end_date": "", "lead_organisation": "", "local_authority": "",
        "consultant": "", "participating": [alder.pk], "add_participating": anne.name,
        "domains": [tech.pk], "version": str(trial.version),
    }  # fmt: skip
    response = client.post(reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]), form)
    assert response.status_code == 302
    added = "Participating organisations: added St Anne&#x27;s CE Primary School"
    removed = f"Resource domains: removed {time.name}"
    for url in (
        reverse("fieldtrials:fieldtrial_history", args=[trial.pk]),
        reverse("accounts:programme_activity", args=[trial.project.programme_id]),
    ):
        page = client.get(url).content.decode()
        assert "Officer Person changed the details of Coral Trial." in page
        assert added in page and removed in page
        assert "Participating organisations: removed" not in page
        assert "Resource domains: added" not in page


def test_dates_out_of_order_are_refused(client, world):
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk]),
        {"title": "Coral Trial", "start_date": "1/9/2007", "end_date": "1/9/2006", "version": "0"},
    )
    assert response.status_code == 400
    assert "The end date must be after the start date" in response.content.decode()


def test_a_partner_reads_the_trial_but_finds_no_edit_control(client, world):
    client.force_login(world.users["partner"])
    page = client.get(world.coral.get_absolute_url()).content.decode()
    assert "Coral Trial" in page
    assert "Edit the details and plan" not in page and "Change the status" not in page


@pytest.mark.parametrize("size", [5, 50])
def test_the_trial_page_costs_the_same_queries_for_5_and_50_rows(
    client, django_assert_num_queries, db, size
):
    trial = FieldTrialFactory(start_date=datetime.date(2006, 9, 1))
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    trial.participating_organisations.set(OrganisationFactory.create_batch(size))
    FieldTrialMembershipFactory.create_batch(size, field_trial=trial)
    for i in range(size):
        Milestone.objects.create(field_trial=trial, title=f"M{i}", due_on=datetime.date(2007, 1, 1))
    update_trial_details(
        trial=trial, actor=officer, based_on_version=0, participating=[], domains=[],
        **{f: getattr(trial, f) for f in [
            "title", "summary", "lead_organisation", "local_authority", "locality", "trigger",
            "consultant", "plan", "start_date", "end_date"]},
    )  # fmt: skip
    client.force_login(officer)
    with django_assert_num_queries(QUERIES):
        response = client.get(reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]))
    assert response.status_code == 200
    assert FieldTrial.objects.count() == 1


# The officer's memberships are read once (accounts.memberships) and every permission the
# page asks is answered from them; what is left is the page's own rows, each list in one query,
# the follow button (one), and whether the school's people are on its team or invited (one,
# for an officer of a trial being set up: "Invite the school's people to its team").
QUERIES = 17


START = reverse("toolkit:exercise_start")


def trial_page(client, user, trial):
    """The trial's "Toolkit exercises" sub-page."""
    client.force_login(user)
    return client.get(reverse("fieldtrials:fieldtrial_exercises", args=[trial.pk])).content.decode()


def test_the_trial_page_lists_its_toolkit_exercises_with_state_and_submissions(client, world):
    world.fern.closes_at = timezone.make_aware(datetime.datetime(2031, 3, 31, 12))
    world.fern.save()
    page = trial_page(client, world.users["leader"], world.coral)
    assert "Toolkit exercises" in page
    assert page.index("Birch Exercise") < page.index("Fern Exercise")  # newest first
    assert world.fern.get_absolute_url() in page and world.birch.get_absolute_url() in page
    assert world.fern.tool.title in page
    assert "until 31 March 2031" in page
    assert "1 of 1" in page and "0 of 1" in page  # Birch submitted, Fern not yet


def test_a_closed_exercise_is_shown_closed(client, world):
    world.birch.closed_at = timezone.make_aware(datetime.datetime(2007, 5, 4, 12))
    world.birch.save()
    page = trial_page(client, world.users["partner"], world.coral)
    assert "Closed" in page and "on 4 May 2007" in page


def test_exercises_of_other_trials_are_not_listed(client, world):
    ExerciseFactory(title="Dune Exercise", field_trial=world.dune)
    page = trial_page(client, world.users["officer"], world.coral)
    assert "Fern Exercise" in page
    assert "Dune Exercise" not in page and "Onyx Exercise" not in page
    page = trial_page(client, world.users["officer"], world.dune)
    assert "Dune Exercise" in page and "Fern Exercise" not in page


def test_a_trial_with_no_exercises_says_so(client, world):
    page = trial_page(client, world.users["officer"], world.dune)
    assert "No toolkit exercises have been run with this trial's team yet." in page


@pytest.mark.parametrize("persona", ["leader", "consultant", "officer"])
def test_the_team_and_the_officers_may_start_an_exercise_for_the_trial(client, world, persona):
    page = trial_page(client, world.users[persona], world.coral)
    assert f'href="{START}?trial={world.coral.pk}"' in page
    assert "Start a toolkit exercise" in page


def test_a_partner_reads_the_exercises_but_finds_no_start_button(client, world):
    page = trial_page(client, world.users["partner"], world.coral)
    assert "Fern Exercise" in page and "Birch Exercise" in page
    assert "Start a toolkit exercise" not in page and START not in page


@pytest.mark.parametrize("size", [1, 12])
def test_the_trial_page_costs_the_same_queries_however_many_exercises(
    client, django_assert_num_queries, db, size
):
    trial = FieldTrialFactory()
    leader, colleague = FieldTrialMembershipFactory.create_batch(2, field_trial=trial)
    version = ToolVersionFactory()
    for i in range(size):
        exercise = ExerciseFactory(field_trial=trial, tool_version=version, title=f"Ash {i}")
        ParticipationFactory(exercise=exercise, user=leader.user, submitted_at=timezone.now())
        ParticipationFactory(exercise=exercise, user=colleague.user)
    client.force_login(leader.user)
    url = reverse("fieldtrials:fieldtrial_exercises", args=[trial.pk])
    # A school leader of the trial's team, on a trial with no records: the same number for one
    # exercise or twelve (the exercises and their counts are one query).
    with django_assert_num_queries(LEADER_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("1 of 2") == size


LEADER_QUERIES = 7


def test_the_history_names_states_as_people_read_them(client, world):
    from fieldtrials.models import BrokeredRelationship
    from fieldtrials.services.records import (
        add_relationship,
        history_token,
        update_relationship,
    )

    officer = world.users["officer"]
    fields = {"with_whom": "Stevenage FE College", "kind": "research", "notes": ""}
    added = add_relationship(
        trial=world.coral, actor=officer, state=BrokeredRelationship.State.PROPOSED, **fields
    )
    update_relationship(
        relationship=added,
        actor=officer,
        based_on=history_token(added),
        state=BrokeredRelationship.State.ACTIVE,
        **fields,
    )
    client.force_login(officer)
    page = client.get(reverse("fieldtrials:fieldtrial_history", args=[world.coral.pk]))
    history = page.content.decode().split('id="history"', 1)[1]
    assert "Officer Person added the relationship “Stevenage FE College”." in history
    assert "Officer Person changed the relationship “Stevenage FE College”." in history
    assert "State: from Proposed to Working together" in history


def test_a_missing_or_overlong_answer_is_named_in_the_error_summary(client, world):
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk])
    form = {"title": "", "locality": "x" * 250, "version": "0"}
    response = client.post(url, form)
    assert response.status_code == 400
    body = response.content.decode()
    summary = body.split("govuk-error-summary__list")[1].split("</ul>")[0]
    assert "Enter the title" in summary
    assert "The locality must be 200 characters or fewer (it has 250)" in summary
    assert "This field is required" not in summary and "Ensure this value" not in summary


# A trial's versions count its saves from 0: one not yet saved is its version and one, and
# 0 is a page loaded before its first save (a clash once it is saved), not a page tampered
# with.
@pytest.mark.parametrize("version", ["abc", "", "-1", "99999999999999999999", "not yet saved"])
def test_an_edited_hidden_version_says_the_page_is_out_of_date(client, world, version):
    # Out of range (-1, too big to store, not yet saved) it said "This was changed while you
    # were editing it" (409), which nobody had done.
    client.force_login(world.users["leader"])
    trial = world.coral
    saved = (trial.title, trial.version, trial.history.count())
    events = Event.objects.count()
    if version == "not yet saved":
        version = str(trial.version + 1)
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    response = client.post(url, {"title": "Tampered", "version": version})
    assert response.status_code == 400
    body = response.content.decode()
    summary = body.split("govuk-error-summary__list")[1].split("</ul>")[0]
    assert "This page is out of date: reload it and make your changes again" in summary
    assert "This was changed while you were editing it" not in body
    assert 'value="Tampered"' in body  # what they typed is still in its box
    trial.refresh_from_db()
    assert (trial.title, trial.version, trial.history.count()) == saved
    assert Event.objects.count() == events


def test_saving_with_nothing_changed_writes_nothing_and_says_so(client, world):
    leader = world.users["leader"]
    trial = world.coral
    trial.lead_organisation = None  # the form below leaves the organisation boxes empty
    trial.save()
    client.force_login(leader)
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    form = {
        "title": trial.title, "summary": trial.summary, "locality": trial.locality,
        "trigger": trial.trigger, "plan": trial.plan, "version": str(trial.version),
    }  # fmt: skip
    before = Event.objects.count()
    response = client.post(url, form, follow=True)
    assert "Nothing was changed, so nothing was saved." in response.content.decode()
    trial.refresh_from_db()
    assert trial.version == 0 and Event.objects.count() == before
    # A real change is saved and recorded.
    response = client.post(url, dict(form, plan="Term 1"), follow=True)
    assert "The trial&#x27;s details have been saved." in response.content.decode()
    trial.refresh_from_db()
    assert trial.version == 1 and Event.objects.count() == before + 1


def test_text_sent_back_unchanged_with_a_browser_s_line_breaks_is_not_a_change(client, world):
    """A browser sends a text box's line breaks as CRLF; the demo's texts (and any typed
    before) hold LF: saving the page untouched recorded "Summary: from … to …" and "Trial
    plan: from … to …" in its history, and told its followers (tester O)."""
    leader = world.users["leader"]
    trial = world.coral
    trial.lead_organisation = None  # the form below leaves the organisation boxes empty
    trial.summary = "Governors share one board.\n\nHeads meet each term."
    trial.plan = "Term 1: governance group\nTerm 2: first meeting"
    trial.save()
    client.force_login(leader)
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    form = {
        "title": trial.title, "summary": trial.summary.replace("\n", "\r\n"),
        "locality": trial.locality, "trigger": trial.trigger,
        "plan": trial.plan.replace("\n", "\r\n"), "version": str(trial.version),
    }  # fmt: skip
    before = Event.objects.count()
    response = client.post(url, form, follow=True)
    assert "Nothing was changed, so nothing was saved." in response.content.decode()
    assert Event.objects.count() == before
    # A change is kept with the line breaks as one character each, as everywhere else.
    client.post(url, dict(form, plan="Term 1\r\nTerm 2\rTerm 3"), follow=True)
    trial.refresh_from_db()
    assert trial.plan == "Term 1\nTerm 2\nTerm 3"


def test_a_withdrawn_trials_page_says_who_withdrew_it_and_why(client, world):
    officer = world.users["officer"]
    move_trial_status(trial=world.coral, to_status="withdrawn", actor=officer, reason="Head left")
    client.force_login(world.users["leader"])
    page = client.get(world.coral.get_absolute_url()).content.decode()
    assert f"Withdrawn by {officer.full_name}: Head left" in page
    assert "Nothing is overdue or waiting" in page
    # Under way again, its status says nothing of the withdrawal (its history still does).
    move_trial_status(trial=world.coral, to_status="selected", actor=officer, reason="Back")
    page = client.get(world.coral.get_absolute_url()).content.decode()
    assert "Withdrawn by" not in page


def test_a_new_trial_without_its_school_or_dates_says_these_are_its_first_steps(client, world):
    """A trial just made from its option read "Nothing is overdue or waiting" with no school
    and no dates: those are what needs doing now, each to whoever may do it."""
    trial = world.coral
    type(trial).objects.filter(pk=trial.pk).update(lead_organisation=None, start_date=None)
    client.force_login(world.users["officer"])
    page = client.get(trial.get_absolute_url()).content.decode()
    assert "Name the school or organisation that leads it" in page
    assert "Set when it starts and ends, and choose its consultant" in page
    assert "Nothing is overdue or waiting" not in page
    # Its team: neither (the officers set both: its lead's staff invite people to it).
    client.force_login(world.users["leader"])
    page = client.get(trial.get_absolute_url()).content.decode()
    assert "Name the school or organisation that leads it" not in page
    assert "Set when it starts and ends" not in page


def test_the_status_page_says_where_to_finish_the_milestones_that_hold_completion_back(
    client, world
):
    # It said "complete them or record why", without saying where or how.
    trial = world.coral
    FieldTrial.objects.filter(pk=trial.pk).update(status="reporting")
    client.force_login(world.users["officer"])
    page = client.get(reverse("fieldtrials:fieldtrial_status", args=[trial.pk])).content.decode()
    assert (
        "1 milestone is not done yet. Before the trial is completed, on its milestones page mark "
        "each one done, or withdraw it with the reason it was not done." in page
    )
    milestones = reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk])
    assert f'href="{milestones}">Go to the milestones of Coral Trial</a>' in page
    # Everything that holds it back at once, each with its page: its open Power to Innovate
    # request was said only once the milestones were done, with no way to it.
    [request] = trial.power_to_innovate_requests.current().filter(state__in=["draft", "submitted"])
    pti = reverse("fieldtrials:pti_detail", args=[request.pk])
    assert "A Power to Innovate request is still open: it must be decided or withdrawn." in page
    assert f'href="{pti}">Go to the open Power to Innovate request</a>' in page


def test_the_status_page_names_the_open_risks_a_completed_trial_keeps_but_completes_it(
    client, world
):
    from fieldtrials.tests.factories_records import RiskFactory

    trial = world.coral
    FieldTrial.objects.filter(pk=trial.pk).update(status="reporting")
    trial.risks.all().delete()
    trial.milestones.update(completed_on=datetime.date(2007, 3, 1))
    trial.power_to_innovate_requests.all().delete()
    RiskFactory(field_trial=trial, description="Staff turnover at the lead school")
    RiskFactory(field_trial=trial, description="Parents not consulted", impact=3)
    RiskFactory(field_trial=trial, description="A closed one", is_open=False)
    RiskFactory(field_trial=trial, description="A withdrawn one", withdrawn_at=timezone.now())
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_status", args=[trial.pk])
    page = client.get(url).content.decode()
    assert "2 risks are still open:" in page
    assert "Parents not consulted" in page and "Staff turnover at the lead school" in page
    assert "A closed one" not in page and "A withdrawn one" not in page
    assert "they stay open unless closed" in page
    risks = reverse("fieldtrials:fieldtrial_risks", args=[trial.pk])
    assert f'href="{risks}">Go to the risks of Coral Trial</a>' in page
    # Not a bar: the trial is completed with them open.
    moved = client.post(url, {"to_status": "completed"}, follow=True)
    assert moved.redirect_chain and moved.redirect_chain[0][1] == 302
    assert FieldTrial.objects.get(pk=trial.pk).status == "completed"
    # Said as the team's e-mail says it, not "is now completed" (the status's label).
    assert "Coral Trial is completed." in moved.content.decode()
    assert trial.risks.current().filter(is_open=True).count() == 2
    # A trial that cannot be completed from where it is (completed now) says nothing of them.
    assert "still open" not in client.get(url).content.decode()


def test_a_title_loses_the_characters_that_turn_text_round_and_the_plan_keeps_its_marks(
    client, world
):
    # "Coral<U+202E>lairT" would show as "CoralTrial" read backwards: a spoof. A plan of
    # several lines keeps the left-to-right and right-to-left marks, not the override.
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk])
    form = {
        "title": "\u2067Coral\u202e Trial\u200f\u2069", "locality": "Steve\u202dnage\u200e",
        "plan": "Term 1\u200f: \u202egovernance\u2066", "version": "0",
    }  # fmt: skip
    assert client.post(url, form).status_code == 302
    world.coral.refresh_from_db()
    assert world.coral.title == "Coral Trial"
    assert world.coral.locality == "Stevenage"
    assert world.coral.plan == "Term 1\u200f: governance"


def test_a_title_of_nothing_but_turning_characters_is_refused_as_empty(client, world):
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk])
    response = client.post(url, {"title": "\u202e\u200e \u2066", "version": "0"})
    assert response.status_code == 400
    assert "Enter the title" in response.content.decode()
    world.coral.refresh_from_db()
    assert world.coral.title == "Coral Trial"


def test_a_withdrawn_trial_taken_back_must_start_within_its_projects_dates(client, world):
    """Taken back from withdrawn (as moved back from completed), a trial is under way again:
    its project may have been moved on past its start meanwhile. Refused beside the choice,
    with the page to change its dates; nothing is moved."""
    trial, project = world.coral, world.coral.project
    early = project.start_date - datetime.timedelta(days=30)
    FieldTrial.objects.filter(pk=trial.pk).update(status="withdrawn", start_date=early)
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_status", args=[trial.pk])
    page = client.get(url).content.decode()
    edit = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    assert 'Selected</strong>: <strong class="govuk-tag govuk-tag--red">Not yet' in page
    assert f'href="{edit}">Change the dates of Coral Trial</a>' in page
    response = client.post(url, {"to_status": "selected", "reason": "Back on"})
    assert response.status_code == 400
    page = response.content.decode()
    said = page.split('id="id_to_status_1_error" class="govuk-error-message">', 1)[1]
    said = said.split("</p>", 1)[0]
    assert "The trial must start within the project&#x27;s dates" in said
    assert "Change the trial&#x27;s dates first." in said
    assert FieldTrial.objects.get(pk=trial.pk).status == "withdrawn"
    assert not trial.status_changes.exists()


def test_an_option_selected_again_whose_trial_no_longer_fits_its_project_is_refused(client, db):
    """Selecting an option again takes back the trial withdrawn with it: a move back under
    way, refused when the project was shortened past the trial's end meanwhile. The deciding
    page says why (400); it answered 500, and nothing is decided."""
    from programmes.models import CreativeOption
    from programmes.services.options import decide_option, decision_token
    from programmes.tests.factories_options import AssessmentFactory, OptionFactory, officer_of

    option = OptionFactory(title="Learning Exchange", description="Students teach each other.")
    officer = officer_of(option.project, full_name="Olive Officer")
    AssessmentFactory(option=option)
    trial = decide_option(option=option, decision="selected", reason="Yes", actor=officer)
    trial = trial.field_trial
    decide_option(option=option, decision="parked", reason="Funding paused", actor=officer)
    project = option.project
    late = project.planned_end + datetime.timedelta(days=40)
    FieldTrial.objects.filter(pk=trial.pk).update(start_date=project.start_date, end_date=late)
    client.force_login(officer)
    loaded = decision_token(CreativeOption.objects.get(pk=option.pk))
    data = {"decision": "selected", "reason": "Funded", "based_on": loaded}
    response = client.post(reverse("programmes:option_decide", args=[option.pk]), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "The trial must end within the project&#x27;s dates" in page
    assert "Change the trial&#x27;s dates first." in page
    option = CreativeOption.objects.get(pk=option.pk)
    assert (option.status, option.decision_reason) == ("parked", "Funding paused")
    assert FieldTrial.objects.get(pk=trial.pk).status == "withdrawn"


def test_resource_domains_are_shown_only_where_the_trials_project_works_on_them(client, world):
    """Resource domains are Resourcing Personalisation's: a System Leadership trial's page read
    "Resource domains: None recorded", as if something were missing."""
    trial = world.coral
    FieldTrial.resource_domains.through.objects.filter(fieldtrial__project=trial.project).delete()
    client.force_login(world.users["officer"])
    details = reverse("fieldtrials:fieldtrial_details", args=[trial.pk])
    page = client.get(details).content.decode()
    assert "#term-resource-domains" not in page and "Lead organisation" in page
    # Another trial of the project works on one: this trial's none is worth saying.
    other = FieldTrialFactory(project=trial.project, title="Other Trial")
    time = ResourceDomain.objects.get(code="time")
    other.resource_domains.add(time)
    page = client.get(details).content.decode()
    assert "Resource domains</a></dt>" in page and "None recorded" in page
    trial.resource_domains.add(time)
    page = client.get(details).content.decode()
    assert f"{time.name}</dd>" in page
