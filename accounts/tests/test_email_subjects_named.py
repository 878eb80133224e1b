"""Every e-mail a notification sends has a subject of its own: what happened first, then the
record it happened to, whole. Without one, the notification's sentence was the subject, cut
at a word ("Olivia Okafor read your monthly update for December 2026 of Stevenage: A
Learning Town. Anything new…"), and what mattered was lost or buried."""

import datetime

import pytest
from django.core import mail

from accounts.models import Role
from accounts.people import services as people
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db

# Long enough that each notification's sentence is longer than a subject holds (105).
TRIAL = "Stevenage: A Learning Town, 14-19 partnership"
PROJECT = (
    "Knowsley 14-19: learning beyond the school gates with its colleges, employers and youth "
    "service"
)
COMMUNITY = "14-19 governance across the local authorities"


def sent(person):
    """The subjects of the e-mails to `person`."""
    return [m.subject for m in mail.outbox if m.to == [person.email]]


def whole(subject, name):
    """A subject not cut, naming `name`."""
    assert not subject.endswith("…") and len(subject) <= 105, subject
    assert name in subject, subject
    return subject


@pytest.fixture
def trial(world):
    """Coral, renamed with a longer name, started in September 2006, with its submitted
    January 2007 update by the leader."""
    trial = world.coral
    trial.title, trial.start_date = TRIAL, datetime.date(2006, 9, 1)
    trial.save()
    return trial


def test_an_update_read_or_withdrawn_says_so_then_names_the_trial_and_month(
    world, trial, django_capture_on_commit_callbacks
):
    from fieldtrials.services.updates import mark_update_read
    from nextpractice.records.kinds import record_kinds
    from nextpractice.records.services import withdraw_record

    leader, officer = world.users["leader"], world.users["officer"]
    officer.full_name = "Olivia Okafor"
    officer.save()
    with django_capture_on_commit_callbacks(execute=True):
        mark_update_read(update=world.update, actor=officer)
    [read] = sent(leader)
    assert whole(read, TRIAL) == f"Update read: {TRIAL}, January 2007"
    mail.outbox.clear()
    kind = record_kinds()[("fieldtrials", "update")]
    with django_capture_on_commit_callbacks(execute=True):
        withdraw_record(kind=kind, record=world.update, actor=officer, reason="Sent twice")
    [withdrawn] = sent(leader)
    assert whole(withdrawn, TRIAL) == f"Update withdrawn: {TRIAL}, January 2007"


def test_an_update_submitted_says_so_then_the_trial_month_and_rating(
    world, trial, django_capture_on_commit_callbacks
):
    from fieldtrials.services.updates import submit_new_update

    with django_capture_on_commit_callbacks(execute=True):
        submit_new_update(
            trial=trial, month=datetime.date(2007, 2, 1), actor=world.users["leader"],
            rag="amber", what_happened="The Governance Group met", what_next="Transport",
            in_the_way="Nothing",
        )  # fmt: skip
    [subject] = sent(world.users["officer"])
    assert whole(subject, TRIAL) == f"Update submitted: {TRIAL}, February 2007, rated amber"


def test_an_update_missing_says_so_then_the_trial_and_month(django_capture_on_commit_callbacks):
    from fieldtrials.services.reminders import remind_missing_updates

    trial = FieldTrialFactory(title=TRIAL, start_date=datetime.date(2025, 9, 1))
    head = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    with django_capture_on_commit_callbacks(execute=True):
        remind_missing_updates(today=datetime.date(2026, 12, 3))
    [subject] = sent(head)
    assert whole(subject, TRIAL) == f"Monthly update due: {TRIAL}"


def test_a_new_consultant_is_told_which_trial_is_now_theirs(
    world, trial, django_capture_on_commit_callbacks
):
    from fieldtrials.services.trial import DETAIL_FIELDS, update_trial_details

    other = UserFactory(full_name="Otto Otherconsultant")
    ProgrammeMembershipFactory(programme=world.quartz, user=other, role=Role.CONSULTANT)
    current = {name: getattr(trial, name) for name in DETAIL_FIELDS}
    with django_capture_on_commit_callbacks(execute=True):
        update_trial_details(
            trial=trial, actor=world.users["officer"], based_on_version=trial.version,
            participating=[], domains=[], **{**current, "consultant": other},
        )  # fmt: skip
    [subject] = sent(other)
    assert whole(subject, TRIAL) == f"You are now the consultant of {TRIAL}"


def test_a_project_s_members_are_told_what_became_of_it_then_its_name(
    world, django_capture_on_commit_callbacks
):
    from programmes.models import Objective, Stage
    from programmes.services.lifecycle import add_project_member, move_stage

    project, partner, officer = world.amber, world.users["partner"], world.users["officer"]
    project.title = PROJECT
    project.save()
    Objective.objects.create(project=project, text="Spread leadership", status="agreed")
    newcomer = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        move_stage(project=project, to_stage=Stage.ANALYSE_NEED, actor=officer, reason="Back")
        add_project_member(project=project, user=newcomer, role=Role.PARTNER, actor=officer)
    # Its long name is what is cut, at a word: what became of it stays whole.
    [moved] = sent(partner)
    assert whole(moved, "Knowsley 14-19") == (
        "Knowsley 14-19: learning beyond the school gates with its colleges, employers and… "
        "moved to Analyse need"
    )
    [added] = sent(newcomer)
    assert whole(added, "Knowsley 14-19") == (
        "You were added to Knowsley 14-19: learning beyond the school gates with its "
        "colleges… as a partner"
    )


def test_an_accepted_invitation_names_the_team_and_who_accepted(
    trial, world, django_capture_on_commit_callbacks
):
    officer = world.users["officer"]
    with django_capture_on_commit_callbacks(execute=True):
        result = people.invite(
            target=trial, email="head@school.example", role=Role.PRACTITIONER, actor=officer
        )
    token = "a-token-for-the-tests-" + "x" * 21
    type(result.invitation).objects.filter(pk=result.invitation.pk).update(
        token_hash=people.hash_token(token)
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        people.accept_invitation(
            token=token, full_name="Maureen Brierley", password="a long enough pass phrase"
        )
    [subject] = sent(officer)
    assert whole(subject, TRIAL) == f"Invitation accepted: {TRIAL}, by Maureen Brierley"


def test_joining_a_community_from_outside_each_e_mail_names_the_community(
    world, django_capture_on_commit_callbacks
):
    from communities.services import (
        ask_to_join,
        change_community,
        decide_join_request,
        remove_outside_member,
    )

    officer, community = world.users["officer"], world.rowan

    def change(open_to_others):
        change_community(community=community, name=COMMUNITY, purpose="Sharing",
                         open_to_others=open_to_others, actor=officer)  # fmt: skip

    change(True)
    community.refresh_from_db()
    from accounts.tests.factories import OrganisationFactory

    council = OrganisationFactory(name="Stevenage Borough Council")
    joiner = UserFactory(full_name="Jo Joiner", organisation=council)
    with django_capture_on_commit_callbacks(execute=True):
        asked = ask_to_join(community=community, actor=joiner, message="Hello")
        decide_join_request(join_request=asked, approve=True, actor=officer)
        remove_outside_member(join_request=asked, actor=officer)
    # Where they work is in the e-mail's body: with it, the subject would be cut.
    assert sent(officer) == [f"Jo Joiner asks to join the community ‘{COMMUNITY}’"]
    assert sent(joiner) == [
        f"You have joined the community ‘{COMMUNITY}’",
        f"You were removed from the community ‘{COMMUNITY}’",
    ]
    other = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        asked = ask_to_join(community=community, actor=other, message="Hello")
        decide_join_request(join_request=asked, approve=True, actor=officer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        change(False)
    [closed] = sent(other)
    assert whole(closed, COMMUNITY) == (
        f"‘{COMMUNITY}’ has been closed to people beyond the programme"
    )
    for subject in [m.subject for m in mail.outbox]:
        whole(subject, COMMUNITY)


def test_a_mention_names_who_and_the_discussion(world, trial, django_capture_on_commit_callbacks):
    from discussions.services import reply, start_thread

    title = "Transport between the sites for the 14-19 diplomas next September, and who pays"
    leader = world.users["leader"]
    thread = start_thread(subject=trial, title=title, body="Who drives?", actor=leader)
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread=thread, body="Over to @[Consultant Person]", actor=leader)
    [subject] = sent(world.users["consultant"])
    # A title too long for the subject is what is cut, inside its quotation marks.
    assert whole(subject, "Transport between the sites") == (
        "Leader Person mentions you in “Transport between the sites for the 14-19 diplomas "
        "next September, and…”"
    )


def test_an_option_decided_and_results_shared_say_so_then_name_them(
    world, django_capture_on_commit_callbacks
):
    from programmes.services.options import decide_option
    from programmes.tests.factories_options import OptionFactory, officer_of
    from toolkit.services_results import share_results
    from toolkit.tests.factories import ParticipationFactory

    option = OptionFactory(title="A learning exchange where students teach each other")
    decider, other = officer_of(option.project), officer_of(option.project)
    with django_capture_on_commit_callbacks(execute=True):
        decide_option(option=option, decision="parked", reason="Not this year", actor=decider)
    [decided] = sent(other)
    assert whole(decided, option.title) == f"Option parked: {option.title}"

    participation = ParticipationFactory(exercise__title="Delta 6 with Coral, autumn term")
    exercise = participation.exercise
    with django_capture_on_commit_callbacks(execute=True):
        share_results(exercise=exercise, shared=True, actor=exercise.facilitator)
    [shared] = sent(participation.user)
    assert whole(shared, exercise.title) == f"Results ready to read: {exercise.title}"
