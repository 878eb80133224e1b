"""Nobody is invited to a withdrawn field trial (its project live): its People page offers
no 'Invite someone' nor 'Send again', inviting is refused (409, nothing sent), and so is a
people import's row naming it; an invitation sent before it was withdrawn is refused on
acceptance (no account made) until the trial is taken back. Decided under the trial's row
lock, which withdrawing it takes (accounts/people/services.py)."""

import re
import threading
import time
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.db import connection, connections, transaction
from django.urls import reverse

from accounts.models import Event, Invitation, Role, User
from accounts.people import services
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, FieldTrialMembership
from fieldtrials.services.trial import move_trial_status
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db
TOKEN = "a-token-for-the-tests-" + "x" * 21
REFUSED = (
    "Larch Trial has been withdrawn, so nobody can be invited to it. Its project's programme "
    "officers can take it back by moving it to Selected."
)


@pytest.fixture
def trial():
    return FieldTrialFactory(title="Larch Trial", status=FieldTrial.Status.INCUBATING)


@pytest.fixture
def officer(trial):
    person = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=person, role=Role.OFFICER)
    return person


def withdraw(trial, officer):
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="No school"
    )


def _text(response):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_nobody_is_invited_to_a_withdrawn_trial(
    client, trial, officer, django_capture_on_commit_callbacks, mailoutbox
):
    waiting = services.invite(
        target=trial, email="early@school.example", role=Role.PRACTITIONER, actor=officer
    ).invitation
    stale = FieldTrial.objects.get(pk=trial.pk)  # a page shown before, sent after
    withdraw(trial, officer)
    events = Event.objects.count()
    people_url = reverse("people:people", args=["field-trial", trial.pk])
    invite_url = reverse("people:invite", args=["field-trial", trial.pk])
    client.force_login(officer)

    page = client.get(people_url)
    assert invite_url not in page.content.decode()
    assert "This field trial has been withdrawn: nobody is invited to it" in _text(page)
    # A waiting invitation may be withdrawn, not sent again.
    assert reverse("people:invitation_withdraw", args=[waiting.pk]) in page.content.decode()
    assert reverse("people:invitation_resend", args=[waiting.pk]) not in page.content.decode()
    with pytest.raises(services.TrialWithdrawn, match=REFUSED):
        services.resend_invitation(invitation=waiting, actor=officer)

    data = {"email": "new@school.example", "role": Role.PRACTITIONER, "full_name": "Nia New"}
    with django_capture_on_commit_callbacks(execute=True):
        for response in (client.get(invite_url), client.post(invite_url, data)):
            assert response.status_code == 409
            assert f"{REFUSED} Nobody has been invited." in _text(response)
        with pytest.raises(services.TrialWithdrawn, match=REFUSED):
            services.invite(
                target=stale, email="new@school.example", role="practitioner", actor=officer
            )
        someone = UserFactory(email="known@school.example")  # nor added at once
        with pytest.raises(services.TrialWithdrawn):
            services.invite(target=stale, email=someone.email, role="practitioner", actor=officer)
        # The page answers the service's refusal as its own (read before the withdrawal).
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("accounts.people.views.withdrawn_trial", lambda target: False)
            response = client.post(invite_url, data)
        assert response.status_code == 409
        assert "Nobody has been invited." in _text(response)
    assert not Invitation.objects.filter(email="new@school.example").exists()
    assert not FieldTrialMembership.objects.filter(field_trial=trial, user=someone).exists()
    assert Event.objects.count() == events and not mailoutbox

    # Taken back, it takes invitations again.
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.SELECTED, actor=officer, reason="A school found"
    )
    assert invite_url in client.get(people_url).content.decode()
    services.invite(target=trial, email="new@school.example", role="practitioner", actor=officer)


def test_an_invitation_to_a_trial_withdrawn_since_is_refused_and_works_once_taken_back(
    client, trial, officer
):
    """As the People page says: nobody is invited to a withdrawn trial unless its project's
    programme officers take it back. The link makes nobody an account meanwhile; taken back
    (in date), it works."""
    invitation = services.invite(
        target=trial, email="early@school.example", role=Role.PRACTITIONER, actor=officer
    ).invitation
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=services.hash_token(TOKEN))
    withdraw(trial, officer)
    events = Event.objects.count()
    password = "reading-for-pleasure"
    data = {"full_name": "Ezra Early", "password1": password, "password2": password}
    url = reverse("people:invitation_accept", args=[TOKEN])
    said = (
        "Larch Trial has been withdrawn, so nobody joins it unless its project's programme "
        "officers take it back. This invitation cannot be used until then. Ask Olive Officer "
        "if you need to know more."
    )

    for response in (client.get(url), client.post(url, data)):
        assert response.status_code == 200
        assert said in _text(response)
        assert "Accept and create my account" not in _text(response)
    assert not User.objects.filter(email="early@school.example").exists()
    assert not FieldTrialMembership.objects.filter(field_trial=trial).exists()
    assert Event.objects.count() == events
    assert Invitation.objects.get(pk=invitation.pk).state == Invitation.State.PENDING

    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.SELECTED, actor=officer, reason="A school found"
    )
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == trial.get_absolute_url()
    assert FieldTrialMembership.objects.filter(
        field_trial=trial, user__email="early@school.example"
    ).exists()


def test_the_people_import_lists_a_row_for_a_withdrawn_trial_as_a_problem(
    trial, officer, django_capture_on_commit_callbacks
):
    from directory.models import PeopleImport
    from directory.people import (
        Places,
        confirm_people_import,
        preview_people_import,
        run_people_import,
    )
    from directory.tests.factories import PeopleImportFactory

    data = (
        b"email,name,organisation,where,role\n"
        b"jo@example.org,Jo,,trial: Larch Trial,practitioner\n"
        b"asha@example.org,Asha,,programme,partner\n"
    )
    item = PeopleImportFactory(
        programme=trial.project.programme,
        requested_by=officer,
        original_name="people.csv",
        file=ContentFile(data, name="people.csv"),
    )
    withdraw(trial, officer)
    assert preview_people_import(pk=item.pk) == PeopleImport.State.PREVIEWED
    item.refresh_from_db()
    assert item.problems == [[2, REFUSED]] and item.counts["invite"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert confirm_people_import(people_import=item, actor=officer)
        assert run_people_import(pk=item.pk) == PeopleImport.State.DONE
    item.refresh_from_db()
    assert item.problems == [[2, REFUSED]]
    assert list(Invitation.objects.values_list("email", flat=True)) == ["asha@example.org"]
    # Another project's live trial of the same title is the one a row means.
    other = ProjectFactory(programme=trial.project.programme, title="A Other Project")
    live = FieldTrialFactory(project=other, title="Larch Trial")
    assert Places(trial.project.programme).find("trial: Larch Trial") == live


def test_a_people_import_meeting_a_trial_withdrawn_since_it_was_planned_invites_nobody_there(
    trial, officer
):
    from directory.people import plan_people

    row = {"email": "jo@example.org", "name": "Jo", "where": "trial: Larch Trial"}
    rows = [(2, row | {"role": "practitioner", "organisation": ""})]
    plan = plan_people(programme=trial.project.programme, rows=rows, actor=officer)
    [(_, email, _, _, target, role)] = plan.invite
    withdraw(trial, officer)
    with pytest.raises(services.TrialWithdrawn):  # as the import's run calls it
        services.invite(target=target, email=email, role=role, actor=officer)


def _holding_the_withdrawal(trial, officer, then):
    """Withdraw `trial` in a transaction held open while `then()` runs in another thread
    (which waits on the trial's row lock, if it takes it), then commit. Returns what `then`
    returned or raised."""
    outcome, locked = [], threading.Event()

    def other():
        locked.wait(10)
        try:
            outcome.append(then())
        except Exception as error:
            outcome.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=other)
    thread.start()
    with transaction.atomic():
        withdraw(trial, officer)
        locked.set()
        time.sleep(1)  # the other thread reads the trial meanwhile, or waits for it
    thread.join(timeout=30)
    return outcome[0]


@pytest.mark.django_db(transaction=True)
def test_an_invitation_made_as_the_trial_is_withdrawn_waits_for_it_and_is_refused():
    """Run on PostgreSQL (CI): inviting waits on the trial's row lock, which withdrawing it
    holds, and then finds it withdrawn; read without it, the invitation was made."""
    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks: run with DATABASE_URL set to PostgreSQL")
    trial = FieldTrialFactory(title="Larch Trial", status=FieldTrial.Status.INCUBATING)
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role="officer")
    stale = FieldTrial.objects.get(pk=trial.pk)

    outcome = _holding_the_withdrawal(
        trial,
        officer,
        lambda: services.invite(
            target=stale, email="race@school.example", role="practitioner", actor=officer
        ),
    )
    assert isinstance(outcome, services.TrialWithdrawn), outcome
    assert not Invitation.objects.filter(email="race@school.example").exists()


@pytest.mark.django_db(transaction=True)
def test_an_invitation_accepted_as_the_trial_is_withdrawn_waits_for_it_and_is_refused():
    """Run on PostgreSQL (CI): accepting waits on the trial's row lock, which withdrawing it
    holds, and then finds it withdrawn: no account is made."""
    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks: run with DATABASE_URL set to PostgreSQL")
    trial = FieldTrialFactory(title="Larch Trial", status=FieldTrial.Status.INCUBATING)
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role="officer")
    invitation = services.invite(
        target=trial, email="race@school.example", role="practitioner", actor=officer
    ).invitation
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=services.hash_token(TOKEN))

    outcome = _holding_the_withdrawal(
        trial,
        officer,
        lambda: services.accept_invitation(
            token=TOKEN, full_name="Rae Race", password="a long enough pass phrase"
        ),
    )
    assert isinstance(outcome, services.InvitationClosed), outcome
    assert "Larch Trial has been withdrawn" in outcome.message
    assert not User.objects.filter(email="race@school.example").exists()
    assert not FieldTrialMembership.objects.filter(field_trial=trial).exists()
