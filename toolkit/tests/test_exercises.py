"""Starting an exercise, its page, and the facilitator closing and reopening it."""

import datetime
import html
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from accounts.tests.test_broker_down import broker_down  # noqa: F401  (fixture)
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.celery import app
from nextpractice.records.kinds import kind_or_404
from nextpractice.records.services import withdraw_record
from toolkit.models import Answer, Exercise, Participation
from toolkit.services import start_exercise
from toolkit.tests.factories import ExerciseFactory, ParticipationFactory, ToolVersionFactory
from toolkit.tests.test_results import submit
from toolkit.tests.test_results_pages import every_kind

START = reverse("toolkit:exercise_start")


def page(response):
    return response.content.decode()


@pytest.fixture
def tool(db):
    version = ToolVersionFactory(tool__title="Delta 6", tool__slug="delta-6")
    return version.tool


def test_starting_for_a_trial_invites_its_members_in_the_app_and_by_email(
    client, world, tool, django_capture_on_commit_callbacks, settings
):
    consultant, leader = world.users["consultant"], world.users["leader"]
    client.force_login(consultant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            START,
            {
                "tool": tool.pk,
                "title": "Delta 6 with Coral",
                "group": f"trial-{world.coral.pk}",
            },
        )
    exercise = Exercise.objects.get(title="Delta 6 with Coral")
    assert response.status_code == 302
    assert response["Location"] == exercise.get_absolute_url()
    assert exercise.tool_version == tool.latest
    assert exercise.field_trial == world.coral
    assert exercise.facilitator == consultant
    participants = set(exercise.participations.values_list("user__email", flat=True))
    assert participants == {leader.email, consultant.email}  # Coral's members
    assert Notification.objects.filter(
        recipient=leader,
        kind="toolkit.exercise_invitation",
        url=exercise.get_absolute_url(),
    ).exists()
    # The consultant takes part, but is not invited by their own name.
    assert not Notification.objects.filter(recipient=consultant).exists()
    [invitation] = mail.outbox
    assert invitation.to == [leader.email]
    assert "Delta 6 with Coral" in invitation.subject
    assert f"{settings.SITE_URL}{exercise.get_absolute_url()}" in invitation.body
    assert Event.objects.filter(verb="toolkit.exercise_started").count() == 1
    followed = client.get(response["Location"])
    assert "The exercise is started and 1 person is invited. You take part too." in page(followed)


def test_the_trial_is_preselected_from_the_trial_page_link(client, world, tool):
    client.force_login(world.users["leader"])
    body = page(client.get(f"{START}?trial={world.coral.pk}"))
    chosen = body.split(f'value="trial-{world.coral.pk}"')[1].split(">")[0]
    assert "checked" in chosen


def test_named_people_are_invited_by_address(
    client, world, tool, django_capture_on_commit_callbacks
):
    head = UserFactory(email="Head@School.example", full_name="Head Teacher")
    client.force_login(world.users["officer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            START,
            {
                "tool": tool.pk,
                "title": "Local authority's role",
                "group": "people",
                "emails": "head@school.example\n\nleader@example.org\n",
                "closes_on": (timezone.localdate() + datetime.timedelta(days=7)).strftime(
                    "%d/%m/%Y"
                ),
            },
        )
    assert response.status_code == 302
    exercise = Exercise.objects.get(title="Local authority's role")
    assert exercise.field_trial is None and exercise.workshop is None
    assert set(exercise.participants.all()) == {head, world.users["leader"]}
    assert exercise.closes_at.date() == timezone.localdate() + datetime.timedelta(days=7)
    assert len(mail.outbox) == 2


def test_a_workshop_exercise_invites_the_people_named_for_it(client, world, tool):
    client.force_login(world.users["officer"])
    response = client.post(
        START,
        {
            "tool": tool.pk,
            "title": "Oak follow-up",
            "group": f"workshop-{world.oak.pk}",
            "emails": "partner@example.org",
        },
    )
    assert response.status_code == 302
    exercise = Exercise.objects.get(title="Oak follow-up")
    assert exercise.workshop == world.oak
    assert list(exercise.participants.all()) == [world.users["partner"]]


def test_a_withdrawn_workshop_is_not_offered_and_an_exercise_for_it_is_refused(client, world, tool):
    officer = world.users["officer"]
    kind = kind_or_404("programmes", "workshop")
    withdraw_record(kind=kind, record=world.oak, actor=officer, reason="Recorded twice")
    client.force_login(officer)
    assert f'value="workshop-{world.oak.pk}"' not in page(client.get(START))
    response = client.post(
        START,
        {
            "tool": tool.pk,
            "title": "Oak follow-up",
            "group": f"workshop-{world.oak.pk}",
            "emails": "partner@example.org",
        },
    )
    assert response.status_code == 400
    assert "Choose who the exercise is for" in page(response)
    # Withdrawn after the form was shown and checked: the start itself refuses it.
    with pytest.raises(ValidationError, match="This workshop is withdrawn"):
        start_exercise(
            tool=tool,
            title="Oak follow-up",
            facilitator=officer,
            workshop=world.oak,
            people=[world.users["partner"]],
        )
    assert not Exercise.objects.filter(title="Oak follow-up").exists()


def test_bad_start_input_is_refused_with_messages_and_nothing_is_started(client, world, tool):
    client.force_login(world.users["officer"])
    before = (
        Exercise.objects.count(),
        Participation.objects.count(),
        Notification.objects.count(),
    )
    empty = client.post(START, {})
    assert empty.status_code == 400
    for message in [
        "Choose a tool",
        "Enter a name for the exercise",
        "Choose who the exercise",
    ]:
        assert message in page(empty)
    assert "govuk-error-summary" in page(empty)

    unknown = client.post(
        START,
        {
            "tool": tool.pk,
            "title": "Named",
            "group": "people",
            "emails": "leader@example.org\nnobody@nowhere.example",
        },
    )
    assert unknown.status_code == 400
    assert "nobody@nowhere.example" in page(unknown)
    assert "has an account here" in page(unknown)

    not_an_address = client.post(
        START,
        {"tool": tool.pk, "title": "Named", "group": "people", "emails": "just a name"},
    )
    assert not_an_address.status_code == 400
    assert "is not an e-mail address" in page(not_an_address)

    past = client.post(
        START,
        {
            "tool": tool.pk,
            "title": "Late",
            "group": f"trial-{world.coral.pk}",
            "closes_on": "1/1/2006",
        },
    )
    assert past.status_code == 400
    assert "The closing date must be today or in the future" in page(past)
    after = (
        Exercise.objects.count(),
        Participation.objects.count(),
        Notification.objects.count(),
    )
    assert after == before


def test_the_closing_dates_example_is_a_date_it_may_be(client, world, tool):
    # The example must be one the form takes: today or later, never 31/3 of a year gone.
    client.force_login(world.users["consultant"])
    form = page(client.get(START))
    day, month, year = map(int, form.split("close the exercise yourself. For example, ")[1][:10]
                           .split("<")[0].strip().rstrip(".").split("/"))  # fmt: skip
    example = datetime.date(year, month, day)
    assert example >= timezone.localdate() + datetime.timedelta(days=28)


def test_a_school_leader_starts_only_for_their_own_trial(client, world, tool):
    client.force_login(world.users["leader"])
    form = page(client.get(START))
    assert "Coral Trial" in form
    assert "Dune Trial" not in form
    assert "People I name below" not in form  # named lists are for officers and consultants
    response = client.post(
        START, {"tool": tool.pk, "title": "Not mine", "group": f"trial-{world.dune.pk}"}
    )
    assert response.status_code == 400
    assert not Exercise.objects.filter(title="Not mine").exists()


@pytest.fixture(autouse=True)
def fresh_producers():
    """Sending a job makes Celery keep a connection and producer pool for the broker it was
    configured with; drop them around each test so that a test pointing Celery at a broker
    that is down (here or in accounts) really reaches that broker."""
    app._pool = None
    app.amqp._producer_pool = None
    yield
    app._pool = None
    app.amqp._producer_pool = None


@pytest.mark.django_db(transaction=True)
def test_with_the_job_service_down_the_exercise_stands_and_the_facilitator_is_warned(
    client,
    broker_down,  # noqa: F811
):
    from nextpractice.testing.fixtures import build_world

    world = build_world()
    tool = ToolVersionFactory(tool__title="Delta 6", tool__slug="delta-6").tool
    client.force_login(world.users["consultant"])
    response = client.post(
        START,
        {"tool": tool.pk, "title": "Offline start", "group": f"trial-{world.coral.pk}"},
        follow=True,
    )
    assert response.status_code == 200
    exercise = Exercise.objects.get(title="Offline start")
    assert exercise.participations.count() == 2
    assert "invitation e-mails could not be sent" in page(response)
    # The leader; the consultant who started it is not told of it by their own name.
    assert Notification.objects.filter(kind="toolkit.exercise_invitation").count() == 1
    assert mail.outbox == []


def test_runners_see_who_has_submitted_but_never_the_answers(client, world):
    client.force_login(world.users["consultant"])
    body = page(client.get(world.birch.get_absolute_url()))
    assert "Leader Person" in body
    assert "1 of 1 participants have submitted" in body
    assert "6 of 7" in body  # questions answered, counted
    assert "Birch short answer" not in body
    client.force_login(world.users["partner"])  # sees the exercise, does not run it
    body = page(client.get(world.birch.get_absolute_url()))
    assert "1 of 1 participants have submitted" in body
    assert "Leader Person" not in body
    assert "Close the exercise" not in body


def test_the_progress_table_s_scrolling_region_is_named_apart_from_its_section(client, world):
    """Two landmarks both called "Participants' progress", one inside the other, told a
    screen reader user nothing about which was which."""
    client.force_login(world.users["consultant"])
    body = html.unescape(page(client.get(world.birch.get_absolute_url())))
    section = re.search(r'<section[^>]*aria-labelledby="progress"[^>]*>(.*?)</section>', body, re.S)
    assert '<h2 class="govuk-heading-m" id="progress">Participants\' progress</h2>' in body
    names = re.findall(r'role="region" aria-label="([^"]*)"', section.group(1))
    assert names == ["Table of participants' progress"]


def test_a_participant_starts_then_continues_where_they_left_off(client, world):
    leader = world.users["leader"]
    client.force_login(leader)
    url = world.fern.get_absolute_url()
    body = page(client.get(url))
    first = reverse("toolkit:exercise_answer", args=[world.fern.pk, "first"])
    assert f'href="{first}">Start' in body
    client.post(
        reverse("toolkit:answer_save", args=[world.fern.pk, "second.short"]),
        {"value": "Time to plan"},
        HTTP_HX_REQUEST="true",
    )
    body = page(client.get(url))
    second = reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"])
    assert f'href="{second}">Continue where you left off' in body


def test_the_facilitator_closes_and_reopens_the_exercise(client, world):
    client.force_login(world.users["consultant"])
    fern = world.fern
    client.post(reverse("toolkit:exercise_close", args=[fern.pk]))
    # A double click: the second changes and logs nothing.
    response = client.post(reverse("toolkit:exercise_close", args=[fern.pk]), follow=True)
    fern.refresh_from_db()
    assert not fern.is_open
    assert "The exercise is closed" in page(response)
    assert "Closed" in page(response)
    client.force_login(world.users["leader"])
    refused = client.post(
        reverse("toolkit:answer_save", args=[fern.pk, "first.rate"]),
        {"value": "2"},
        HTTP_HX_REQUEST="true",
    )
    assert refused.status_code == 409
    assert "This exercise has closed" in page(refused)
    assert not Answer.objects.filter(participation__exercise=fern).exists()
    client.force_login(world.users["consultant"])
    client.post(reverse("toolkit:exercise_open", args=[fern.pk]))
    client.post(reverse("toolkit:exercise_open", args=[fern.pk]))
    fern.refresh_from_db()
    assert fern.is_open
    verbs = list(Event.objects.filter(verb__startswith="toolkit.exercise_").values_list("verb"))
    assert verbs.count(("toolkit.exercise_closed",)) == 1
    assert verbs.count(("toolkit.exercise_reopened",)) == 1


def test_reopening_an_exercise_past_its_closing_date_clears_the_date(client, world):
    fern = world.fern
    fern.closes_at = timezone.now() - datetime.timedelta(days=1)
    fern.save()
    client.force_login(world.users["officer"])  # an officer of the trial's project
    client.post(reverse("toolkit:exercise_open", args=[fern.pk]))
    fern.refresh_from_db()
    assert fern.is_open and fern.closes_at is None


def test_participants_cannot_close_an_exercise(client, world):
    client.force_login(world.users["leader"])
    assert client.post(reverse("toolkit:exercise_close", args=[world.fern.pk])).status_code == 403
    world.fern.refresh_from_db()
    assert world.fern.is_open


@pytest.mark.parametrize("size", [5, 50])
def test_the_exercise_page_costs_the_same_queries_however_many_take_part(
    client, django_assert_num_queries, world, size
):
    fern = world.fern
    for _ in range(size):
        person = UserFactory()
        FieldTrialMembershipFactory(field_trial=world.coral, user=person, role=Role.PRACTITIONER)
        participation = ParticipationFactory(exercise=fern, user=person)
        Answer.objects.create(participation=participation, question="first.rate", value=2)
    client.force_login(world.users["consultant"])
    # session, user, memberships and their trials' communities, menu; exercise; own
    # participation; participations; their answers
    with django_assert_num_queries(9):
        assert client.get(fern.get_absolute_url()).status_code == 200
    client.force_login(world.users["leader"])
    # session, user, memberships, menu; exercise; own participation and answers;
    # how many submitted
    with django_assert_num_queries(9):
        assert client.get(fern.get_absolute_url()).status_code == 200


def test_an_administrator_may_start_an_exercise_for_any_trial_the_start_page_offers(world):
    admin, partner = world.users["admin"], world.users["partner"]
    assert admin.has_perm("toolkit.start_exercise_for_trial", world.onyx_trial) is True
    assert partner.has_perm("toolkit.start_exercise_for_trial", world.coral) is False


def test_an_invitation_email_job_delivered_twice_sends_once(world):
    from toolkit.tasks import send_invitation

    participation = ParticipationFactory(exercise=world.fern, user=UserFactory())
    assert send_invitation(participation.pk, "http://testserver/") == 1
    assert send_invitation(participation.pk, "http://testserver/") == 0  # after a lost ack
    assert [m.to for m in mail.outbox] == [[participation.user.email]]
    participation.refresh_from_db()
    assert participation.invitation_emailed_at is not None


def test_an_invitation_that_could_not_be_sent_is_sent_by_the_retry(world, settings):
    import socket

    from toolkit.tasks import send_invitation

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens there once closed
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed, 2
    participation = ParticipationFactory(exercise=world.fern, user=UserFactory())
    with pytest.raises(OSError):
        send_invitation(participation.pk)
    participation.refresh_from_db()
    assert participation.invitation_emailed_at is None  # the claim is given back
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_invitation(participation.pk) == 1
    assert len(mail.outbox) == 1


def test_closing_asks_first_and_names_who_has_not_submitted_including_you(client, db):
    fay = UserFactory(full_name="Fay Facilitator")
    exercise = ExerciseFactory(title="Spring review", facilitator=fay)
    submit(exercise, every_kind(0), name="Ann Able")
    submit(exercise, {"first.rate": 2}, name="Dan Draft", submitted=False)
    own = ParticipationFactory(exercise=exercise, user=fay)  # every answer given, not submitted
    Answer.objects.bulk_create(
        [Answer(participation=own, question=k, value=v) for k, v in every_kind(1).items()]
    )
    close = reverse("toolkit:exercise_close", args=[exercise.pk])
    client.force_login(fay)
    detail = page(client.get(exercise.get_absolute_url()))
    assert f'href="{close}"' in detail and f'action="{close}"' not in detail
    response = client.get(close)
    body = html.unescape(page(response))
    assert response.status_code == 200
    # Fay started it: she takes part, but is not counted among the people invited.
    assert "1 of the 2 people invited has not submitted their answers, nor have you." in body
    assert "You: 7 of 7 questions answered" in body
    assert "Dan Draft: 1 of 7 questions answered" in body
    assert "Ann Able" not in body
    assert "not counted in the group's results unless you open the exercise again" in body
    assert reverse("toolkit:exercise_review", args=[exercise.pk]) in body
    # Asking changes nothing; the button on the page closes it.
    exercise.refresh_from_db()
    assert exercise.is_open
    assert not Event.objects.filter(verb="toolkit.exercise_closed").exists()
    assert client.post(close).status_code == 302
    exercise.refresh_from_db()
    assert not exercise.is_open
    assert "This exercise is already closed." in page(client.get(close))


def test_an_officer_closing_is_told_who_has_not_submitted_without_a_you(client, world):
    client.force_login(world.users["officer"])  # runs Fern, is not invited to it
    body = html.unescape(page(client.get(reverse("toolkit:exercise_close", args=[world.fern.pk]))))
    leader = world.users["leader"]
    assert "1 of the 1 person invited has not submitted their answers." in body
    assert f"{leader.full_name or leader.email}: 0 of" in body
    assert "You:" not in body and "check and submit your answers" not in body


def test_when_everyone_has_submitted_closing_says_so(client, world):
    client.force_login(world.users["consultant"])
    body = page(client.get(reverse("toolkit:exercise_close", args=[world.birch.pk])))
    assert "Everyone invited (1 person) has submitted their answers." in body


def test_whoever_started_it_and_takes_part_is_said_apart_from_the_people_invited(client, world):
    """Birch's consultant started it; the leader, the one person invited, has submitted."""
    consultant = world.users["consultant"]
    own = ParticipationFactory(exercise=world.birch, user=consultant)
    close = reverse("toolkit:exercise_close", args=[world.birch.pk])

    client.force_login(world.users["officer"])
    body = html.unescape(page(client.get(close)))
    name = consultant.full_name or consultant.email
    assert (
        f"Everyone invited (1 person) has submitted their answers, but {name}, who started "
        "it, has not." in body
    )
    assert f"{name}: 0 of" in body  # named among those who have not submitted

    client.force_login(consultant)
    body = html.unescape(page(client.get(close)))
    assert "Everyone invited (1 person) has submitted their answers, but you have not." in body
    Participation.objects.filter(pk=own.pk).update(submitted_at=timezone.now())
    body = html.unescape(page(client.get(close)))
    assert "Everyone invited (1 person) has submitted their answers, and so have you." in body
    assert "2 people" not in body

    # Alone in it: nobody else is invited.
    Participation.objects.filter(exercise=world.birch).exclude(pk=own.pk).delete()
    Participation.objects.filter(pk=own.pk).update(submitted_at=None)
    body = html.unescape(page(client.get(close)))
    assert "No one else is invited, and you have not submitted your answers." in body
