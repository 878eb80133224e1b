"""Who an exercise's invitation reaches, and what it says: the group's people who may still
sign in, never the facilitator by their own name; greeted, ended and linked as every other
notification e-mail is."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import Notification, NotificationKind, Role
from accounts.tests.email_headers import stops
from accounts.tests.factories import UserFactory
from accounts.unsubscribe import unsubscribe_url
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from toolkit.models import Exercise
from toolkit.tasks import send_invitation
from toolkit.tests.factories import ParticipationFactory, ToolVersionFactory

START = reverse("toolkit:exercise_start")


@pytest.fixture
def tool(db):
    return ToolVersionFactory(tool__title="Landing Pad", tool__slug="landing-pad").tool


def start(client, tool, group, emails="", **headers):
    data = {"tool": tool.pk, "title": "Landing Pad check-in", "group": group, "emails": emails}
    return client.post(START, data, **headers)


def switched_off_member_of(trial):
    ruth = UserFactory(email="ruth.ellis@school.example", full_name="Ruth Ellis")
    FieldTrialMembershipFactory(field_trial=trial, user=ruth, role=Role.PRACTITIONER)
    ruth.is_active = False
    ruth.save(update_fields=["is_active"])
    return ruth


def test_a_switched_off_member_of_the_trial_is_not_invited_nor_counted(
    client, world, tool, django_capture_on_commit_callbacks
):
    ruth = switched_off_member_of(world.coral)
    leader, consultant = world.users["leader"], world.users["consultant"]
    client.force_login(world.users["officer"])  # not of Coral's team: not a participant
    with django_capture_on_commit_callbacks(execute=True):
        response = start(client, tool, f"trial-{world.coral.pk}")
    assert response.status_code == 302
    exercise = Exercise.objects.get(title="Landing Pad check-in")
    assert set(exercise.participants.all()) == {leader, consultant}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([leader.email, consultant.email])
    assert not Notification.objects.filter(recipient=ruth).exists()
    followed = client.get(response["Location"]).content.decode()
    assert "The exercise is started and 2 people are invited." in followed
    assert "You take part too" not in followed


def test_someone_switched_off_before_their_invitation_goes_gets_none(world):
    person = UserFactory(email="leaving@school.example")
    participation = ParticipationFactory(exercise=world.fern, user=person)
    person.is_active = False
    person.save(update_fields=["is_active"])
    assert send_invitation(participation.pk) == 0
    assert mail.outbox == []


def test_the_facilitator_named_among_the_people_takes_part_but_is_not_invited(
    client, world, tool, django_capture_on_commit_callbacks
):
    officer, leader = world.users["officer"], world.users["leader"]
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = start(client, tool, "people", emails=f"{officer.email}\n{leader.email}")
    exercise = Exercise.objects.get(title="Landing Pad check-in")
    assert set(exercise.participants.all()) == {officer, leader}
    assert [m.to for m in mail.outbox] == [[leader.email]]
    assert not Notification.objects.filter(
        recipient=officer, kind="toolkit.exercise_invitation"
    ).exists()
    followed = client.get(response["Location"]).content.decode()
    assert "The exercise is started and 1 person is invited. You take part too." in followed


def test_a_facilitator_alone_in_the_group_is_told_no_one_else_is_invited(
    client, world, tool, django_capture_on_commit_callbacks
):
    officer = world.users["officer"]
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = start(client, tool, "people", emails=officer.email)
    assert mail.outbox == []
    followed = client.get(response["Location"]).content.decode()
    assert "You are its only participant: no one else is invited." in followed


def test_the_invitation_greets_ends_and_links_as_the_other_notification_emails(
    client, world, tool, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://nextpractice.example"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "internal-alias.example"]
    client.force_login(world.users["consultant"])
    with django_capture_on_commit_callbacks(execute=True):
        start(client, tool, f"trial-{world.coral.pk}", HTTP_HOST="internal-alias.example")
    exercise = Exercise.objects.get(title="Landing Pad check-in")
    [invitation] = mail.outbox
    body = invitation.body
    assert body.startswith("Hello Leader,\n")
    assert "Consultant Person invites you to take part" in body
    assert "Dear" not in body
    assert f"https://nextpractice.example{exercise.get_absolute_url()}" in body
    assert "internal-alias" not in body  # the host the consultant happened to use
    assert body.rstrip().endswith(
        "-- Next Practice\nChoose which notifications you get by e-mail: "
        "https://nextpractice.example" + reverse("accounts:notification_emails")
    )
    # A kind the person may switch off: their mail app offers "Unsubscribe" as for the others,
    # and it stops exercise invitations to them, with one click.
    stop = unsubscribe_url(world.users["leader"], [NotificationKind.EXERCISE_INVITATION])
    assert stop.startswith("https://nextpractice.example/")
    # Its token names the second it was signed: compare what it stops, not its letters.
    assert stops(invitation.extra_headers["List-Unsubscribe"]) == stops(f"<{stop}>")
    assert invitation.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert invitation.extra_headers["Auto-Submitted"] == "auto-generated"


def invite(client, exercise, emails):
    return client.post(reverse("toolkit:exercise_invite", args=[exercise.pk]), {"emails": emails})


def test_whoever_runs_an_open_exercise_invites_someone_left_out_in_the_app_and_by_email(
    client, world, django_capture_on_commit_callbacks
):
    newcomer = UserFactory(email="new.teacher@school.example", full_name="Nia Newcomer")
    # New to Coral's team, whose exercise Fern is.
    FieldTrialMembershipFactory(field_trial=world.coral, user=newcomer, role=Role.PRACTITIONER)
    client.force_login(world.users["consultant"])  # Fern's facilitator
    page = client.get(reverse("toolkit:exercise_detail", args=[world.fern.pk])).content.decode()
    assert reverse("toolkit:exercise_invite", args=[world.fern.pk]) in page
    with django_capture_on_commit_callbacks(execute=True):
        # The leader takes part already: left as they are, not invited again.
        response = invite(client, world.fern, "New.Teacher@school.example\nleader@example.org")
    assert response.status_code == 302
    assert set(world.fern.participants.all()) == {world.users["leader"], newcomer}
    assert Notification.objects.filter(
        recipient=newcomer, kind=NotificationKind.EXERCISE_INVITATION
    ).exists()
    assert not Notification.objects.filter(
        recipient=world.users["leader"], kind=NotificationKind.EXERCISE_INVITATION
    ).exists()
    [email] = mail.outbox
    assert email.to == [newcomer.email] and world.fern.title in email.subject
    shown = client.get(response["Location"]).content.decode()
    assert "1 more person is invited to the exercise." in shown
    # They answer it as those invited at the start do.
    client.force_login(newcomer)
    section = reverse("toolkit:exercise_answer", args=[world.fern.pk, "first"])
    assert client.get(section).status_code == 200


def test_inviting_only_those_taking_part_or_to_a_closed_exercise_is_refused_beside_the_box(
    client, world
):
    client.force_login(world.users["consultant"])
    again = invite(client, world.fern, "leader@example.org")
    assert again.status_code == 400
    assert "Everyone you named takes part already" in again.content.decode()
    world.fern.closed_at = world.fern.created_at
    world.fern.save(update_fields=["closed_at"])
    UserFactory(email="late@school.example")
    closed = invite(client, world.fern, "late@school.example")
    assert closed.status_code == 400
    assert "This exercise has closed" in closed.content.decode()
    assert set(world.fern.participants.all()) == {world.users["leader"]}
    assert not mail.outbox


def test_nobody_outside_a_field_trial_is_brought_into_its_exercise(client, world):
    """A trial's exercise is its team's: an account of another trial or programme, named by
    its address, is refused beside the box, and nobody is invited."""
    stranger = UserFactory(email="stranger@elsewhere.example")
    FieldTrialMembershipFactory(field_trial=world.elm, user=stranger, role=Role.PRACTITIONER)
    client.force_login(world.users["consultant"])
    form = client.get(reverse("toolkit:exercise_invite", args=[world.fern.pk])).content.decode()
    assert "invite only people of that field trial or its project" in form
    refused = invite(client, world.fern, "stranger@elsewhere.example")
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "stranger@elsewhere.example is not in" in page and world.coral.title in page
    assert set(world.fern.participants.all()) == {world.users["leader"]}
    assert not mail.outbox
