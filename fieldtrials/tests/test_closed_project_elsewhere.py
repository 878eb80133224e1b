"""What else a closed project takes, or refuses, until it is reopened: no reply in its
threads (nor its trials'), and no post changed there, though an officer still removes one;
no toolkit exercise started for its trial's team; no status move of its completed trial.
Its people stay open: an invitation to one of its trials is still accepted."""

import datetime
import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, Role
from accounts.people.services import accept_invitation, hash_token, invite
from accounts.tests.factories import UserFactory
from discussions.models import Post
from discussions.tests.factories import PostFactory, ThreadFactory
from discussions.tests.test_threads import detail, token_on
from fieldtrials.models import FieldTrial, FieldTrialMembership
from fieldtrials.services.trial import StatusMoveRefused, move_trial_status
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.workflow import TRIAL_OF_A_CLOSED_PROJECT
from nextpractice.words import long_date
from programmes.models import Project, Stage
from programmes.services import close_project, reopen_project
from programmes.services.lifecycle import ProjectClosed
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from programmes.tests.factories_options import WorkshopFactory
from toolkit.models import Exercise
from toolkit.services import start_exercise
from toolkit.tests.factories import ToolVersionFactory

pytestmark = pytest.mark.django_db


def _text(response):
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


@pytest.fixture
def officer():
    return UserFactory(full_name="Olive Officer")


@pytest.fixture
def trial(officer):
    project = ProjectFactory(
        title="System Leadership",
        stage=Stage.SYSTEM_LEARNING,
        stage_entered_at=timezone.now() - datetime.timedelta(days=60),
        start_date=timezone.localdate() - datetime.timedelta(days=400),
    )
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return FieldTrialFactory(
        project=project,
        title="Stevenage: A Learning Town",
        status=FieldTrial.Status.COMPLETED,
        start_date=timezone.localdate() - datetime.timedelta(days=300),
    )


@pytest.fixture
def leader(trial):
    return FieldTrialMembershipFactory(
        field_trial=trial, role=Role.PRACTITIONER, user__full_name="Lee Leader"
    ).user


def _close(trial, officer):
    close_project(project=trial.project, actor=officer, closed_on=timezone.localdate(), note="Done")
    return f"This project was closed on {long_date(timezone.localdate())}"


def _reopen(trial, officer):
    project = Project.objects.get(pk=trial.project_id)
    reopen_project(project=project, actor=officer, reason="More to do")


def test_no_reply_nor_change_in_a_closed_project_s_thread_until_it_reopens(
    client, trial, officer, leader
):
    thread = ThreadFactory(field_trial=trial, created_by=leader)
    post = PostFactory(thread=thread, author=leader, body="As it was")
    client.force_login(leader)
    reply_token = token_on(client.get(detail(thread)))  # the page as shown before the close
    edit = reverse("discussions:post_edit", args=[post.pk])
    edit_token = token_on(client.get(edit))
    closed = _close(trial, officer)

    page = _text(client.get(detail(thread)))
    assert "nothing is posted in this discussion until it is reopened" in page
    assert 'name="body"' not in client.get(detail(thread)).text
    assert edit not in client.get(detail(thread)).text
    refused = client.post(detail(thread), {"body": "After the close", "once": reply_token})
    assert refused.status_code == 409 and closed in _text(refused)
    for response in (
        client.get(edit),
        client.post(edit, {"body": "Changed", "version": post.version, "once": edit_token}),
    ):
        assert response.status_code == 409 and closed in _text(response)
    assert list(Post.objects.values_list("body", flat=True)) == ["As it was"]
    # Its officers still remove a post (moderation).
    client.force_login(officer)
    assert client.get(reverse("discussions:post_withdraw", args=[post.pk])).status_code == 200

    _reopen(trial, officer)
    client.force_login(leader)
    token = token_on(client.get(detail(thread)))
    assert client.post(detail(thread), {"body": "Reopened", "once": token}).status_code == 302
    assert Post.objects.filter(body="Reopened").exists()


def test_no_exercise_is_started_for_a_closed_project_s_trial(client, trial, officer, leader):
    """Neither offered (its trial's Exercises page, the start page's list of groups, its
    workshops) nor started (a post gets 400 saying it is closed, and the service refuses)
    until it is reopened; the rule says no to everyone, administrators too."""
    tool = ToolVersionFactory(tool__title="Delta 6").tool
    workshop = WorkshopFactory(project=trial.project, title="Futures day")
    admin = UserFactory(is_staff=True, is_superuser=True)
    start, exercises = (
        reverse("toolkit:exercise_start"),
        reverse("fieldtrials:fieldtrial_exercises", args=[trial.pk]),
    )
    team = "The team of Stevenage: A Learning Town (field trial)"
    client.force_login(officer)
    assert team in _text(client.get(start)) and "Futures day" in _text(client.get(start))
    closed = _close(trial, officer)
    trial = FieldTrial.objects.select_related("project").get(pk=trial.pk)
    workshop.project = trial.project
    for person in (officer, leader):
        assert not person.has_perm("toolkit.start_exercise_for_trial", trial)
        assert not person.has_perm("toolkit.start_exercise_for_workshop", workshop)

    for person in (officer, leader, admin):
        client.force_login(person)
        page = _text(client.get(exercises))
        assert "Start a toolkit exercise" not in page
        assert "Its project, System Leadership" in page  # linked for whoever opens it
        assert (
            f"was closed on {long_date(timezone.localdate())}: "
            "no new toolkit exercise is started with this trial's team unless the project is "
            "reopened. Exercises already started can still be answered and closed."
        ) in page
        offered = _text(client.get(f"{start}?trial={trial.pk}"))
        assert team not in offered and "Futures day" not in offered
    client.force_login(officer)
    for group in (f"trial-{trial.pk}", f"workshop-{workshop.pk}"):
        response = client.post(start, {"tool": tool.pk, "title": "After the close", "group": group})
        assert response.status_code == 400
        assert closed in _text(response)
    with pytest.raises(ProjectClosed):  # the service decides it too, under the lock
        start_exercise(tool=tool, title="After", facilitator=officer, field_trial=trial)
    assert not Exercise.objects.exists()

    _reopen(trial, officer)
    trial = FieldTrial.objects.select_related("project").get(pk=trial.pk)
    assert officer.has_perm("toolkit.start_exercise_for_trial", trial)
    assert "Start a toolkit exercise" in _text(client.get(exercises))
    assert team in _text(client.get(start))
    response = client.post(
        start, {"tool": tool.pk, "title": "Reopened", "group": f"trial-{trial.pk}"}
    )
    assert response.status_code == 302 and Exercise.objects.filter(title="Reopened").exists()


def test_a_completed_trial_of_a_closed_project_moves_nowhere(trial, officer):
    _close(trial, officer)
    for to_status, said in (
        (FieldTrial.Status.REPORTING, TRIAL_OF_A_CLOSED_PROJECT),
        (FieldTrial.Status.WITHDRAWN, "A completed trial can only become reporting."),
    ):
        with pytest.raises(StatusMoveRefused) as refused:
            move_trial_status(trial=trial, to_status=to_status, actor=officer, reason="Why")
        assert refused.value.reason == said
    assert FieldTrial.objects.get(pk=trial.pk).status == FieldTrial.Status.COMPLETED


def test_an_invitation_to_a_closed_project_s_trial_is_still_accepted(trial, officer):
    """Its people stay open (Phase 3 learning and reports go on after it closes)."""
    invited = invite(
        target=trial, email="sam@school.example", role=Role.PRACTITIONER, actor=officer
    )
    Invitation.objects.filter(pk=invited.invitation.pk).update(token_hash=hash_token("sam-link"))
    _close(trial, officer)
    _, sam = accept_invitation(token="sam-link", full_name="Sam Lewis", password="a long one 2026!")
    assert FieldTrialMembership.objects.filter(field_trial=trial, user=sam).exists()
