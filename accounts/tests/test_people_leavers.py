"""Someone who has left brings nobody in. An invitation sent by someone since switched off,
taken off the team or made something that invites nobody is refused on acceptance (no
account, no membership), naming the team's programme officers to ask, never the leaver;
switching someone off in the admin, taking them off a team or changing their role withdraws
the invitations they sent that nobody answered, in the team's history. The People pages
mark a switched-off account beside the name, and an invitation from one."""

import re
import threading
import time
from html import unescape

import pytest
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse

from accounts.models import Event, Invitation, Role, User
from accounts.people import services
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrialMembership
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.history import sentence
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory

pytestmark = pytest.mark.django_db
TOKEN = "a-token-for-the-leavers-" + "x" * 21
PASSWORD = "reading-for-pleasure"
NEW_ACCOUNT = {"full_name": "New Teacher", "password1": PASSWORD, "password2": PASSWORD}
OFFICERS = "Olive Officer or Pat Price (programme officers of Reading Together)"
SWITCHED_OFF = '<strong class="govuk-tag govuk-tag--grey">Account switched off</strong>'


@pytest.fixture
def school():
    return OrganisationFactory(name="Stevenage Primary")


@pytest.fixture
def trial(school):
    return FieldTrialFactory(
        title="Larch Trial", lead_organisation=school, project__title="Reading Together"
    )


@pytest.fixture
def officer(trial):
    olive = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=olive, role=Role.OFFICER)
    ProjectMembershipFactory(project=trial.project, user__full_name="Pat Price", role=Role.OFFICER)
    return olive


@pytest.fixture
def leader(trial, school, officer):
    """Sam Lewis, who leads the trial: a practitioner on it who works at its school."""
    sam = UserFactory(full_name="Sam Lewis", organisation=school)
    FieldTrialMembershipFactory(field_trial=trial, user=sam, role=Role.PRACTITIONER)
    return sam


def invite(target, actor, email="new.teacher@example.net", token=TOKEN):
    invitation = services.invite(
        target=target, email=email, role=Role.PRACTITIONER, actor=actor
    ).invitation
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=services.hash_token(token))
    return invitation


@pytest.fixture
def sams_invitation(trial, leader):
    return invite(trial, leader)


def accept_url(token=TOKEN):
    return reverse("people:invitation_accept", args=[token])


def people_url(trial):
    return reverse("people:people", args=["field-trial", trial.pk])


def _text(response):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def _waiting(client, trial):
    """The addresses the People page lists as waiting for an answer."""
    page = client.get(people_url(trial)).content.decode()
    table = page.split('id="invitations"', 1)[1].split("</table>", 1)[0]
    return set(re.findall(r"[\w.]+@[\w.]+", unescape(re.sub(r"<[^>]+>", "", table))))


def assert_nobody_joined(trial, email="new.teacher@example.net"):
    assert not User.objects.filter(email=email).exists()
    assert not FieldTrialMembership.objects.filter(field_trial=trial, user__email=email).exists()


def test_an_invitation_from_someone_switched_off_since_makes_nobody_an_account(
    client, trial, officer, leader, sams_invitation
):
    # Switched off outside the admin (a shell, an older release): the link is refused anyway.
    User.objects.filter(pk=leader.pk).update(is_active=False)
    events = Event.objects.count()
    said = (
        "This invitation is no longer valid: the person who sent it is no longer on the team "
        f"of Larch Trial, so it cannot bring anyone in. Ask {OFFICERS} if you need to join."
    )

    for response in (client.get(accept_url()), client.post(accept_url(), NEW_ACCOUNT)):
        assert response.status_code == 200
        text = _text(response)
        assert "<h1" in response.content.decode() and said in text
        assert re.search(r"<h1[^>]*>This invitation is no longer valid</h1>", response.text)
        assert "Sam Lewis" not in text and "Accept and create my account" not in text
    assert_nobody_joined(trial)
    assert Event.objects.count() == events

    # The officer sees why: Sam is marked beside his name, and beside his invitation.
    client.force_login(officer)
    page = " ".join(client.get(people_url(trial)).content.decode().split())
    assert page.count(f"Sam Lewis {SWITCHED_OFF}") == 1  # who sent the invitation
    # In the team, his name still links to his page, which says his account is switched off.
    sam_page = reverse("directory:person_detail", args=[leader.pk])
    assert page.count(f'href="{sam_page}">Sam Lewis</a> {SWITCHED_OFF}') == 1
    assert "Nobody can join through it: send it again to invite them yourself, or withdraw it." in (
        _text(client.get(people_url(trial)))
    )
    assert "Olive Officer " + SWITCHED_OFF not in page


def test_an_invitation_from_someone_no_longer_on_the_team_is_refused(
    client, trial, leader, sams_invitation
):
    """However their membership went (here, not through the People pages, which withdraw
    it): whoever no longer may invite to the team brings nobody in."""
    FieldTrialMembership.objects.filter(user=leader).delete()
    response = client.post(accept_url(), NEW_ACCOUNT)
    assert "This invitation is no longer valid" in _text(response)
    assert_nobody_joined(trial)


def test_taking_someone_off_the_team_withdraws_the_invitations_they_sent_there(
    client, trial, officer, leader, sams_invitation, school
):
    olives = invite(trial, officer, email="stays@example.net", token="t" * 40)
    # Sam still leads another trial: what he sent there stays.
    other = FieldTrialFactory(title="Rowan Trial", project=trial.project, lead_organisation=school)
    FieldTrialMembershipFactory(field_trial=other, user=leader, role=Role.PRACTITIONER)
    elsewhere = invite(other, leader, email="elsewhere@example.net", token="u" * 40)
    client.force_login(officer)
    assert _waiting(client, trial) == {"new.teacher@example.net", "stays@example.net"}

    response = client.post(
        reverse("people:remove", args=["field-trial", trial.pk, leader.pk]), follow=True
    )
    assert (
        "Sam Lewis has been removed from Larch Trial. The invitation they sent that was waiting "
        "for an answer is withdrawn."
    ) in _text(response)
    assert _waiting(client, trial) == {"stays@example.net"}
    states = dict(Invitation.objects.values_list("pk", "state"))
    assert states == {
        sams_invitation.pk: Invitation.State.WITHDRAWN,
        olives.pk: Invitation.State.PENDING,
        elsewhere.pk: Invitation.State.PENDING,
    }
    # In the trial's history, as any withdrawal, saying why.
    [event] = Event.objects.filter(verb="accounts.invitation_withdrawn")
    assert event.actor == officer and event.target == trial
    assert sentence(event) == (
        "withdrew an invitation to Larch Trial: the person who sent it can no longer invite "
        "people to it."
    )

    client.logout()
    text = _text(client.get(accept_url()))
    assert f"This invitation was withdrawn. Ask {OFFICERS} if you need to join." in text
    assert "Sam Lewis" not in text


def test_a_trial_lead_made_its_consultant_no_longer_invites_and_their_invitations_go(
    trial, officer, leader, sams_invitation
):
    olives = invite(trial, officer, email="stays@example.net", token="v" * 40)
    changed = services.change_role(target=trial, user=leader, role=Role.CONSULTANT, actor=officer)
    assert changed.invitations_withdrawn == 1
    states = dict(Invitation.objects.values_list("pk", "state"))
    assert states == {
        sams_invitation.pk: Invitation.State.WITHDRAWN,
        olives.pk: Invitation.State.PENDING,
    }


@pytest.fixture
def admin_client():
    admin = Client()
    admin.force_login(UserFactory(full_name="Ada Admin", is_staff=True, is_superuser=True))
    return admin


def _admin_form(admin_client, person):
    page = admin_client.get(reverse("admin:accounts_user_change", args=[person.pk]))
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.pop("date_joined", None)
    data.pop("last_login", None)
    data.update(date_joined_0="2026-01-01", date_joined_1="09:00", groups=[])
    if data.get("organisation") is None:
        data.pop("organisation", None)
    return data


def _post_admin(admin_client, person, data):
    return admin_client.post(
        reverse("admin:accounts_user_change", args=[person.pk]),
        {k: v for k, v in data.items() if not isinstance(v, bool) or v},
        follow=True,
    )


def test_switching_someone_off_in_the_admin_withdraws_the_invitations_they_sent(
    admin_client, client, trial, officer, leader, sams_invitation, school
):
    olives = invite(trial, officer, email="stays@example.net", token="t" * 40)
    other = FieldTrialFactory(title="Rowan Trial", project=trial.project, lead_organisation=school)
    FieldTrialMembershipFactory(field_trial=other, user=leader, role=Role.PRACTITIONER)
    elsewhere = invite(other, leader, email="elsewhere@example.net", token="u" * 40)
    data = _admin_form(admin_client, leader)
    data["is_active"] = False

    response = _post_admin(admin_client, leader, data)
    assert response.status_code == 200
    assert (
        "Sam Lewis's account is switched off. The 2 invitations they sent that nobody had "
        "answered are withdrawn: nobody can join through them."
    ) in _text(response)
    states = dict(Invitation.objects.values_list("pk", "state"))
    assert states[sams_invitation.pk] == states[elsewhere.pk] == Invitation.State.WITHDRAWN
    assert states[olives.pk] == Invitation.State.PENDING
    withdrawn = Event.objects.filter(verb="accounts.invitation_withdrawn")
    assert {e.target for e in withdrawn} == {trial, other}
    assert {sentence(e) for e in withdrawn} == {
        f"withdrew an invitation to {title}: the account of the person who sent it was "
        "switched off."
        for title in ("Larch Trial", "Rowan Trial")
    }
    # Once: saved again, or switched back on, nothing more is withdrawn nor revived.
    _post_admin(admin_client, leader, data)
    data["is_active"] = True
    _post_admin(admin_client, leader, data)
    assert withdrawn.count() == 2
    assert Invitation.objects.get(pk=sams_invitation.pk).state == Invitation.State.WITHDRAWN

    client.force_login(officer)
    assert _waiting(client, trial) == {"stays@example.net"}


def test_sending_again_an_invitation_from_someone_who_left_makes_it_the_senders(
    client, trial, officer, leader, sams_invitation
):
    User.objects.filter(pk=leader.pk).update(is_active=False)
    Invitation.objects.filter(pk=sams_invitation.pk).update(emailed_at="2026-12-01T09:00Z")
    services.resend_invitation(invitation=sams_invitation, actor=officer)
    sams_invitation.refresh_from_db()
    assert sams_invitation.invited_by == officer
    Invitation.objects.filter(pk=sams_invitation.pk).update(token_hash=services.hash_token(TOKEN))
    response = client.post(accept_url(), NEW_ACCOUNT)
    assert response.status_code == 302 and response["Location"] == trial.get_absolute_url()


def test_whom_to_ask_names_someone_still_on_the_team(trial, officer, leader, sams_invitation):
    assert services.whom_to_ask(sams_invitation) == "Sam Lewis"
    User.objects.filter(pk=leader.pk).update(is_active=False)
    sams_invitation.refresh_from_db()
    Invitation.objects.filter(pk=sams_invitation.pk).update(expires_at="2020-01-01T00:00Z")
    sams_invitation.refresh_from_db()
    with pytest.raises(services.InvitationClosed) as closed:
        services.check_open(sams_invitation)
    assert closed.value.message == (
        f"This invitation has expired. Ask {OFFICERS} to send it again: the new e-mail will "
        "hold a new link."
    )
    # Officers switched off are not named; with none left, an administrator is.
    User.objects.filter(full_name="Pat Price").update(is_active=False)
    assert services.whom_to_ask(sams_invitation) == (
        "Olive Officer (programme officer of Reading Together)"
    )
    User.objects.filter(pk=officer.pk).update(is_active=False)
    assert services.whom_to_ask(sams_invitation) == "an administrator of Next Practice"


def test_single_sign_on_makes_no_account_from_a_leavers_invitation(trial, leader, sams_invitation):
    User.objects.filter(pk=leader.pk).update(is_active=False)
    made = services.account_for_invitations(email="new.teacher@example.net", full_name="New")
    assert made is None
    assert_nobody_joined(trial)


def test_the_people_page_marks_switched_off_people_with_the_same_queries_for_few_or_many(
    client, trial, officer, django_assert_num_queries
):
    def grow(count):
        for n in range(count):
            gone = UserFactory(full_name=f"Gone {len(seen)}", is_active=False)
            seen.append(gone)
            FieldTrialMembershipFactory(field_trial=trial, user=gone)
            Invitation.objects.create(
                field_trial=trial,
                email=f"from-gone-{len(seen)}@example.net",
                role=Role.PRACTITIONER,
                invited_by=gone,
                expires_at="2099-01-01T00:00Z",
                token_hash=f"{len(seen):064d}",
            )
            FieldTrialMembershipFactory(field_trial=trial, user__full_name=f"Here {n}")

    seen = []
    client.force_login(officer)
    grow(1)
    client.get(people_url(trial))  # the session and content types, once
    with django_assert_num_queries(13):  # as test_people_pages counts them, none expired
        small = " ".join(client.get(people_url(trial)).content.decode().split())
    grow(20)
    with django_assert_num_queries(13):
        large = " ".join(client.get(people_url(trial)).content.decode().split())
    assert small.count(SWITCHED_OFF) == 2  # beside the member, and beside the invitation
    assert large.count(SWITCHED_OFF) == 21 + 21
    assert "Here 0 " + SWITCHED_OFF not in large


@pytest.mark.django_db(transaction=True)
def test_an_acceptance_while_the_sender_is_taken_off_waits_and_is_refused():
    """Run on PostgreSQL (CI): taking someone off a team locks the invitations they sent
    first; an acceptance waits for it, then finds its invitation withdrawn."""
    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks: run with DATABASE_URL set to PostgreSQL")
    school = OrganisationFactory()
    trial = FieldTrialFactory(title="Larch Trial", lead_organisation=school)
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role="officer")
    sam = UserFactory(full_name="Sam Lewis", organisation=school)
    FieldTrialMembershipFactory(field_trial=trial, user=sam, role=Role.PRACTITIONER)
    invite(trial, sam, email="race@example.net")
    outcome, removing = [], threading.Event()

    def accept():
        removing.wait(10)
        try:
            outcome.append(
                services.accept_invitation(token=TOKEN, full_name="Rae", password=PASSWORD)
            )
        except Exception as error:
            outcome.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=accept)
    thread.start()
    with transaction.atomic():
        services.remove_member(target=trial, user=sam, actor=officer)
        removing.set()
        time.sleep(1)  # the acceptance waits on the invitation's lock meanwhile
    thread.join(timeout=30)
    assert isinstance(outcome[0], services.InvitationClosed), outcome
    assert "withdrawn" in outcome[0].message
    assert not User.objects.filter(email="race@example.net").exists()
    assert not FieldTrialMembership.objects.filter(field_trial=trial).exclude(user=sam).exists()
