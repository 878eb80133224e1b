"""A trial's "What needs doing now" carries on through setting it up: once its school and dates
are set it read "Nothing is overdue or waiting" with no team, no plan, no milestones, and still
selected. Each step is for whoever may take it, links to where it is taken, and is gone once
taken."""

import datetime

from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.people import services as people
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.services.trial import move_trial_status
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import MilestoneFactory

INVITE = "Invite the school&#x27;s people to its team"
PLAN = "Write its plan: what it will do, when, and how it will know"
MILESTONES = "Add its milestones"
INCUBATE = "Move it to incubating when the school is ready to begin"
STEPS = (INVITE, PLAN, MILESTONES, INCUBATE)


def to_do(client, user, trial):
    """The "What needs doing now" box of the trial's overview, as `user` reads it."""
    client.force_login(user)
    page = client.get(trial.get_absolute_url()).content.decode()
    return page.split('id="to-do"')[1].split("</section>")[0]


def new_trial(world, **fields):
    """A trial just selected from its option, its school and dates set by the officer: it
    starts next month (it owes no monthly update yet)."""
    today = timezone.localdate()
    defaults = {
        "project": world.amber,
        "title": "Gorse Trial",
        "status": FieldTrial.Status.SELECTED,
        "start_date": today + datetime.timedelta(days=31),
        "end_date": today + datetime.timedelta(days=365),
    }
    return FieldTrialFactory(**(defaults | fields))


def test_a_new_trial_lists_each_step_of_setting_it_up_in_order_each_linked(client, world):
    trial = new_trial(world)
    box = to_do(client, world.users["officer"], trial)
    assert "Nothing is overdue or waiting" not in box
    assert [box.index(step) for step in STEPS] == sorted(box.index(step) for step in STEPS)
    for where, step in (
        (reverse("people:invite", args=["field-trial", trial.pk]), INVITE),
        (reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]) + "#id_plan", PLAN),
        (reverse("fieldtrials:milestone_create", args=[trial.pk]), MILESTONES),
        (reverse("fieldtrials:fieldtrial_status", args=[trial.pk]), INCUBATE),
    ):
        assert f'<a class="govuk-link" href="{where}">{step}</a>' in box
    # The plan's link leads to its box on the form.
    client.force_login(world.users["officer"])
    form = client.get(reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])).content.decode()
    assert 'id="id_plan"' in form


def test_each_step_is_gone_once_taken_and_then_nothing_is_waiting(client, world):
    officer = world.users["officer"]
    trial = new_trial(world)
    # Invited: the invitation is the officer's step (the school's people answer it).
    people.invite(target=trial, email="head@gorse.example", role=Role.PRACTITIONER, actor=officer)
    box = to_do(client, officer, trial)
    assert INVITE not in box and PLAN in box and MILESTONES in box and INCUBATE in box
    trial.plan = "Term 1: a flexible day for Year 9.\nTerm 2: the whole school."
    trial.save(update_fields=["plan"])
    box = to_do(client, officer, trial)
    assert PLAN not in box and MILESTONES in box and INCUBATE in box
    MilestoneFactory(field_trial=trial, title="Timetable agreed with governors")
    box = to_do(client, officer, trial)
    assert MILESTONES not in box and INCUBATE in box
    move_trial_status(trial=trial, to_status="incubating", actor=officer)
    box = to_do(client, officer, trial)
    assert not any(step in box for step in STEPS)
    assert "Nothing is overdue or waiting" in box


def test_a_school_leader_on_its_team_is_the_team_and_a_done_milestone_is_a_milestone(client, world):
    officer = world.users["officer"]
    trial = new_trial(world, plan="Term 1")
    FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER)
    MilestoneFactory(field_trial=trial, done=True)
    box = to_do(client, officer, trial)
    assert INVITE not in box and MILESTONES not in box and PLAN not in box
    assert INCUBATE in box
    # A consultant or a partner on it is not the school's people; nor is a withdrawn
    # milestone a milestone.
    other = new_trial(world, title="Holly Trial", plan="Term 1")
    FieldTrialMembershipFactory(field_trial=other, role=Role.CONSULTANT)
    MilestoneFactory(field_trial=other, withdrawn_at=timezone.now())
    box = to_do(client, officer, other)
    assert INVITE in box and MILESTONES in box


def test_a_head_teacher_sees_only_the_steps_they_may_take(client, world):
    school = OrganisationFactory(name="Gorse Primary School")
    head = UserFactory(full_name="Gwen Head", organisation=school)
    trial = new_trial(world, lead_organisation=school, start_date=None, end_date=None)
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    box = to_do(client, head, trial)
    assert PLAN in box and MILESTONES in box
    # Dates and incubating are the officers' (and it may not incubate without a start); the
    # team is there (the head is on it).
    for step in (INVITE, INCUBATE, "Set when it starts and ends"):
        assert step not in box
    box = to_do(client, world.users["officer"], trial)
    assert "Set when it starts and ends" in box and PLAN in box and MILESTONES in box
    assert INVITE not in box and INCUBATE not in box
    # A partner of the project reads the trial and takes none of it.
    box = to_do(client, world.users["partner"], trial)
    assert not any(step in box for step in (*STEPS, "Set when it starts and ends"))


def test_an_incubating_trial_asks_for_what_it_lacks_after_what_is_overdue(client, world):
    # Coral is incubating, with an overdue milestone, its school leader, and no plan.
    box = to_do(client, world.users["leader"], world.coral)
    assert "1 milestone overdue" in box and PLAN in box
    assert box.index("1 milestone overdue") < box.index(PLAN)
    assert INVITE not in box and MILESTONES not in box and INCUBATE not in box
    # Reporting, it is past setting up.
    FieldTrial.objects.filter(pk=world.coral.pk).update(status="reporting")
    assert PLAN not in to_do(client, world.users["leader"], world.coral)


def test_a_withdrawn_trial_is_not_set_up(client, world):
    officer = world.users["officer"]
    trial = new_trial(world)
    move_trial_status(trial=trial, to_status="withdrawn", actor=officer, reason="Head left")
    box = to_do(client, officer, trial)
    assert not any(step in box for step in STEPS)
    assert "Nothing is overdue or waiting" in box
