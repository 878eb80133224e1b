"""Inviting people, accepting, resending and withdrawing; changing roles and removing
members (accounts/people/services.py)."""

import re
import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from accounts.memberships import memberships_of
from accounts.models import Event, Invitation, Notification, Role, User
from accounts.people import services
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrialMembership
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.models import ProgrammeMembership, ProjectMembership
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trial():
    return FieldTrialFactory(title="Larch Trial")


@pytest.fixture
def officer(trial):
    person = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=person, role=Role.OFFICER)
    return person


def token_in(message):
    """The raw token in an invitation e-mail's link."""
    return re.search(r"/invitations/accept/([^/\s]+)/", message.body).group(1)


def invite(trial, officer, email="head@school.example", role=Role.PRACTITIONER):
    return services.invite(target=trial, email=email, role=role, actor=officer)


@pytest.fixture
def invited(trial, officer, django_capture_on_commit_callbacks):
    """An invitation of a new school leader to the trial, e-mailed; returns (it, token)."""
    with django_capture_on_commit_callbacks(execute=True):
        result = invite(trial, officer)
    return result.invitation, token_in(mail.outbox[-1])


def test_an_invitation_is_e_mailed_once_with_a_link_whose_token_is_kept_only_hashed(
    trial, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        result = invite(trial, officer, email=" Head@School.Example ")
    invitation = result.invitation
    assert result.membership is None
    assert invitation.email == "head@school.example" and invitation.state == "pending"
    assert invitation.expires_at - timezone.now() > timedelta(days=13)
    [message] = mail.outbox
    assert message.to == ["head@school.example"] and "Larch Trial" in message.subject
    token = token_in(message)
    assert invitation.token_hash == services.hash_token(token) and token not in str(
        Invitation.objects.values().get()
    )
    assert invitation.emailed_at is None  # claimed by the job, on its own copy
    invitation.refresh_from_db()
    assert invitation.emailed_at is not None
    # The job delivered a second time sends nothing.
    from accounts.tasks import send_invitation_email

    assert send_invitation_email(invitation.pk, token) == 0
    assert len(mail.outbox) == 1
    assert Event.objects.filter(verb="accounts.invitation_sent").count() == 1


def test_a_new_person_accepts_with_a_name_and_password_and_joins_the_trial(trial, invited):
    invitation, token = invited
    accepted, user = services.accept_invitation(
        token=token, full_name="Hazel Head", password="a long enough pass phrase"
    )
    assert user.email == "head@school.example" and user.check_password("a long enough pass phrase")
    assert FieldTrialMembership.objects.get(field_trial=trial, user=user).role == Role.PRACTITIONER
    assert accepted.state == "accepted" and accepted.accepted_by == user
    assert accepted.accepted_at is not None
    assert Event.objects.filter(verb="accounts.invitation_accepted", actor=user).count() == 1
    assert Notification.objects.filter(recipient=invitation.invited_by, kind="membership").exists()


def test_an_existing_person_signed_in_as_the_address_just_gains_the_membership(
    trial, officer, invited
):
    invitation, token = invited
    person = UserFactory(email="head@school.example")
    services.accept_invitation(token=token, user=person)
    assert FieldTrialMembership.objects.filter(field_trial=trial, user=person).exists()
    assert User.objects.filter(email__iexact="head@school.example").count() == 1


def test_someone_else_cannot_accept_an_invitation_for_another_address(invited):
    invitation, token = invited
    with pytest.raises(PermissionDenied):
        services.accept_invitation(token=token, user=UserFactory(email="other@school.example"))
    invitation.refresh_from_db()
    assert invitation.state == "pending"


def test_a_used_link_says_it_was_accepted_and_makes_nothing_twice(trial, invited):
    invitation, token = invited
    services.accept_invitation(token=token, full_name="Hazel Head", password="a long pass phrase")
    with pytest.raises(services.InvitationClosed, match="already been accepted"):
        services.accept_invitation(token=token, full_name="Someone", password="another phrase!")
    assert FieldTrialMembership.objects.filter(field_trial=trial).count() == 1


def test_an_expired_link_says_so_and_who_to_ask(trial, invited):
    invitation, token = invited
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    with pytest.raises(services.InvitationClosed, match="expired. Ask Olive Officer"):
        services.accept_invitation(token=token, full_name="Hazel", password="a long pass phrase")
    assert not User.objects.filter(email="head@school.example").exists()


def test_a_withdrawn_link_says_so(trial, officer, invited):
    invitation, token = invited
    services.withdraw_invitation(invitation=invitation, actor=officer)
    with pytest.raises(services.InvitationClosed, match="withdrawn"):
        services.accept_invitation(token=token, full_name="Hazel", password="a long pass phrase")
    assert Event.objects.filter(verb="accounts.invitation_withdrawn").count() == 1
    with pytest.raises(services.TeamChangeRefused):
        services.withdraw_invitation(invitation=invitation, actor=officer)


def test_resending_e_mails_a_new_link_with_a_new_expiry_and_the_old_link_stops_working(
    trial, officer, invited, django_capture_on_commit_callbacks
):
    invitation, old_token = invited
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation=invitation, actor=officer)
    assert len(mail.outbox) == 2
    new_token = token_in(mail.outbox[-1])
    assert new_token != old_token
    assert services.find_invitation(old_token) is None
    invitation.refresh_from_db()
    assert invitation.expires_at > timezone.now() + timedelta(days=13)
    # The first e-mail's job delivered late sends nothing with the dead link.
    from accounts.tasks import send_invitation_email

    Invitation.objects.filter(pk=invitation.pk).update(emailed_at=None)
    assert send_invitation_email(invitation.pk, old_token) == 0
    services.accept_invitation(token=new_token, full_name="Hazel", password="a long pass phrase")


def test_an_invitation_sent_again_says_which_e_mail_it_replaces(
    trial, officer, invited, django_capture_on_commit_callbacks
):
    """It was word for word the first: someone could follow the old link first."""
    from nextpractice.words import long_date

    invitation, _ = invited
    assert "replaces" not in mail.outbox[-1].body  # the first one replaces nothing
    first_sent = timezone.now() - timedelta(days=10)
    Invitation.objects.filter(pk=invitation.pk).update(emailed_at=first_sent)
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation=invitation, actor=officer)
    first_day = long_date(timezone.localtime(first_sent))
    says = (
        f"This invitation replaces the one sent on {first_day}: the link in that e-mail no "
        "longer works, so use the link below."
    )
    assert says in " ".join(mail.outbox[-1].body.split())
    assert mail.outbox[-1].subject == mail.outbox[0].subject  # as the old link's page names it
    # Sent a third time: it replaces the second, sent three days ago.
    second_sent = timezone.now() - timedelta(days=3)
    Invitation.objects.filter(pk=invitation.pk).update(emailed_at=second_sent)
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation=invitation, actor=officer)
    body = " ".join(mail.outbox[-1].body.split())
    assert f"replaces the one sent on {long_date(timezone.localtime(second_sent))}:" in body
    assert f"sent on {first_day}" not in body


def test_an_invitation_sent_again_when_the_first_never_went_does_not_say_it_was_sent(
    trial, officer, django_capture_on_commit_callbacks
):
    """Its job was lost (the broker down when it was made, say): nothing says when it went."""
    invitation = invite(trial, officer).invitation  # its job never run
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=invitation.expires_at - timedelta(hours=1)  # waited long past its job
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation=invitation, actor=officer)
    [message] = mail.outbox
    body = " ".join(message.body.split())
    assert (
        "The invitation before this one may not have been sent; this one replaces it. If you "
        "did get it, its link no longer works, so use the link below." in body
    )
    assert "sent on" not in body


def test_an_address_already_a_member_is_refused_and_an_account_is_added_at_once(
    trial, officer, django_capture_on_commit_callbacks
):
    member = UserFactory(email="member@school.example")
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    with pytest.raises(services.TeamChangeRefused, match="already a member"):
        invite(trial, officer, email="MEMBER@school.example")
    known = UserFactory(email="known@school.example")
    with django_capture_on_commit_callbacks(execute=True):
        result = invite(trial, officer, email="known@school.example", role=Role.CONSULTANT)
    assert result.invitation is None and result.membership.role == Role.CONSULTANT
    assert not Invitation.objects.exists()
    assert Notification.objects.filter(recipient=known, kind="membership").count() == 1
    assert [m.to for m in mail.outbox] == [["known@school.example"]]


def test_a_second_invitation_to_the_same_address_and_trial_is_refused(trial, officer, invited):
    with pytest.raises(services.TeamChangeRefused, match="already been invited"):
        invite(trial, officer, email="HEAD@school.example")
    assert Invitation.objects.count() == 1


def test_a_trial_lead_invites_only_practitioners_of_their_own_school(trial):
    school = trial.lead_organisation
    lead = UserFactory(organisation=school)
    FieldTrialMembershipFactory(field_trial=trial, user=lead, role=Role.PRACTITIONER)
    result = services.invite(
        target=trial, email="teacher@school.example", role=Role.PRACTITIONER, actor=lead
    )
    assert result.invitation.organisation == school
    with pytest.raises(PermissionDenied):
        services.invite(target=trial, email="c@example.org", role=Role.CONSULTANT, actor=lead)
    elsewhere = UserFactory(email="elsewhere@example.org", organisation=OrganisationFactory())
    with pytest.raises(services.TeamChangeRefused, match="only staff of"):
        services.invite(target=trial, email=elsewhere.email, role=Role.PRACTITIONER, actor=lead)
    # A practitioner who does not work at the lead school leads nothing.
    other = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=other, role=Role.PRACTITIONER)
    with pytest.raises(PermissionDenied):
        services.invite(target=trial, email="x@example.org", role=Role.PRACTITIONER, actor=other)


def test_a_new_person_from_a_leads_invitation_belongs_to_the_school(trial):
    lead = UserFactory(organisation=trial.lead_organisation)
    FieldTrialMembershipFactory(field_trial=trial, user=lead, role=Role.PRACTITIONER)
    token = "t" * 43
    result = services.invite(
        target=trial, email="teacher@school.example", role=Role.PRACTITIONER, actor=lead
    )
    Invitation.objects.filter(pk=result.invitation.pk).update(token_hash=services.hash_token(token))
    _, user = services.accept_invitation(token=token, full_name="T", password="a long pass phr")
    assert user.organisation == trial.lead_organisation


def test_changing_a_role_is_recorded_and_the_person_told(trial, officer):
    member = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    services.change_role(target=trial, user=member, role=Role.CONSULTANT, actor=officer)
    assert FieldTrialMembership.objects.get(user=member).role == Role.CONSULTANT
    event = Event.objects.get(verb="fieldtrials.member_role_changed")
    assert event.data["from"] == "practitioner" and event.data["to"] == "consultant"
    assert Notification.objects.filter(recipient=member, kind="membership").count() == 1
    # The same role again changes nothing and logs nothing.
    services.change_role(target=trial, user=member, role=Role.CONSULTANT, actor=officer)
    assert Event.objects.filter(verb="fieldtrials.member_role_changed").count() == 1


def test_removing_someone_ends_their_access_at_once_and_keeps_what_they_wrote(trial, officer):
    from fieldtrials.models import Risk

    member = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.CONSULTANT)
    trial.consultant = member
    trial.save()
    assert member.has_perm("fieldtrials.view_fieldtrial", trial)  # memberships now kept
    risk = Risk.objects.create(
        field_trial=trial, description="Staff turnover", likelihood=2, impact=3, owner="Head"
    )
    services.remove_member(target=trial, user=member, actor=officer)
    assert not FieldTrialMembership.objects.filter(user=member).exists()
    assert not member.has_perm("fieldtrials.view_fieldtrial", trial)
    assert not memberships_of(member).any
    trial.refresh_from_db()
    assert trial.consultant is None
    assert Risk.objects.filter(pk=risk.pk).exists()
    assert Event.objects.get(verb="fieldtrials.member_removed").data["role"] == "consultant"
    assert Notification.objects.get(recipient=member, kind="membership").message == (
        "Olive Officer removed you from Larch Trial, and you are no longer its consultant. "
        "If you think this is a mistake, ask Olive Officer."
    )


def test_only_those_who_manage_people_may_change_them(trial, officer):
    member = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    with pytest.raises(PermissionDenied):
        services.remove_member(target=trial, user=officer, actor=member)
    with pytest.raises(PermissionDenied):
        services.change_role(target=trial, user=member, role=Role.OFFICER, actor=member)
    with pytest.raises(PermissionDenied):
        services.invite(target=trial, email="a@b.example", role=Role.OFFICER, actor=member)


def test_a_role_the_team_does_not_offer_is_refused_and_nothing_changes(trial, officer):
    # The People pages offer only a team's own roles; the services took any, so a programme
    # officer of a field trial, or a school leader of a programme, could be made.
    programme = trial.project.programme
    member = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    trial_roles = "choose “School leader or practitioner”, “Consultant” or “Partner”."
    with pytest.raises(services.TeamChangeRefused) as refused:
        services.change_role(target=trial, user=member, role=Role.OFFICER, actor=officer)
    assert refused.value.message == f"A field trial has no “Programme officer” role: {trial_roles}"
    with pytest.raises(services.TeamChangeRefused, match="A field trial has no “Programme off"):
        invite(trial, officer, email="new@school.example", role=Role.OFFICER)
    with pytest.raises(services.TeamChangeRefused, match="A field trial has no “Programme off"):
        invite(trial, officer, email=member.email.upper(), role="officer")
    with pytest.raises(services.TeamChangeRefused) as refused:
        services.invite(
            target=programme, email="head@school.example", role=Role.PRACTITIONER, actor=officer
        )
    assert refused.value.message == (
        "A programme has no “School leader or practitioner” role: choose “Programme officer”, "
        "“Consultant” or “Partner”."
    )
    with pytest.raises(services.TeamChangeRefused, match="That is not a role: choose"):
        services.change_role(target=trial, user=member, role="head", actor=officer)
    assert FieldTrialMembership.objects.get(user=member).role == Role.PRACTITIONER
    assert not Invitation.objects.exists() and not Event.objects.exists()


def test_a_role_no_longer_offered_may_be_kept_but_not_given_again(trial, officer):
    # A programme officer of a trial, made before trials stopped offering it, keeps it when
    # the "Change role" form is sent with their role as it is.
    member = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.OFFICER)
    kept = services.change_role(target=trial, user=member, role=Role.OFFICER, actor=officer)
    assert not kept.changed
    services.change_role(target=trial, user=member, role=Role.PARTNER, actor=officer)
    with pytest.raises(services.TeamChangeRefused, match="no “Programme officer” role"):
        services.change_role(target=trial, user=member, role=Role.OFFICER, actor=officer)
    assert FieldTrialMembership.objects.get(user=member).role == Role.PARTNER


def test_a_lead_officer_is_removed_only_once_a_new_one_is_named(trial, officer):
    project = trial.project
    project.lead_officer = officer
    project.save()
    programme = project.programme
    with pytest.raises(services.TeamChangeRefused, match="Name a new lead officer"):
        services.remove_member(target=programme, user=officer, actor=officer)
    with pytest.raises(services.TeamChangeRefused, match="Name a new lead officer"):
        services.change_role(target=programme, user=officer, role=Role.PARTNER, actor=officer)
    assert ProgrammeMembership.objects.filter(user=officer).exists()
    partner = UserFactory()
    ProgrammeMembershipFactory(programme=programme, user=partner, role=Role.PARTNER)
    with pytest.raises(services.TeamChangeRefused, match="another programme officer"):
        services.remove_member(target=programme, user=officer, actor=officer, new_lead=partner)
    second = UserFactory(full_name="Second Officer")
    ProgrammeMembershipFactory(programme=programme, user=second, role=Role.OFFICER)
    services.remove_member(target=programme, user=officer, actor=officer, new_lead=second)
    project.refresh_from_db()
    assert project.lead_officer == second
    assert not ProgrammeMembership.objects.filter(user=officer).exists()
    event = Event.objects.get(verb="programmes.member_removed")
    assert event.data["lead_handed_over"] == [project.pk]


def test_a_project_team_works_the_same_way(trial, officer, django_capture_on_commit_callbacks):
    project = trial.project
    with django_capture_on_commit_callbacks(execute=True):
        services.invite(target=project, email="p@agency.example", role=Role.PARTNER, actor=officer)
    _, user = services.accept_invitation(
        token=token_in(mail.outbox[-1]), full_name="Pat", password="a long pass phrase"
    )
    assert ProjectMembership.objects.get(project=project, user=user).role == Role.PARTNER
    assert user.has_perm("programmes.view_project", project)


@pytest.mark.django_db(transaction=True)
def test_two_accepts_of_one_link_at_the_same_moment_make_one_account_and_one_membership():
    """Run on PostgreSQL (CI): both accepts race; the row lock makes the second wait and
    then find the invitation accepted."""
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks: run with DATABASE_URL set to PostgreSQL")
    trial = FieldTrialFactory()
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role="officer")
    token = "race-token-" + "x" * 30
    result = services.invite(target=trial, email="race@school.example", role="practitioner",
                             actor=officer)  # fmt: skip
    Invitation.objects.filter(pk=result.invitation.pk).update(token_hash=services.hash_token(token))
    start = threading.Barrier(2)
    accepted, closed, errors = [], [], []

    def accept(name):
        try:
            start.wait()
            accepted.append(
                services.accept_invitation(token=token, full_name=name, password="a long phrase!")
            )
        except services.InvitationClosed as refused:
            closed.append(refused)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=accept, args=(n,)) for n in ("First", "Second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert len(accepted) == 1 and len(closed) == 1
    assert User.objects.filter(email="race@school.example").count() == 1
    assert FieldTrialMembership.objects.filter(field_trial=trial).count() == 1


def test_open_invitations_to_an_address_vouched_for_elsewhere_are_all_accepted(
    trial, officer, invited
):
    """For single sign-on: a person arriving with their address proven gets what they were
    invited to, and nothing closed."""
    invitation, _ = invited
    project_invitation = services.invite(
        target=trial.project, email="head@school.example", role=Role.PARTNER, actor=officer
    ).invitation
    services.withdraw_invitation(invitation=project_invitation, actor=officer)
    person = UserFactory(email="Head@school.example")
    accepted = services.accept_invitations_for(user=person)
    assert [i.pk for i in accepted] == [invitation.pk]
    assert FieldTrialMembership.objects.filter(field_trial=trial, user=person).exists()
    assert not ProjectMembership.objects.filter(user=person).exists()


def test_a_role_here_is_refused_only_when_a_role_above_gives_all_it_would(trial, officer):
    from accounts.people.above import covering_role

    project, programme = trial.project, trial.project.programme
    consultant = UserFactory(full_name="Cass Consultant", email="cass@agency.example")
    ProgrammeMembershipFactory(programme=programme, user=consultant, role=Role.CONSULTANT)
    # Reading the whole programme already, a partner's or practitioner's role adds nothing.
    for target, role in ((project, Role.PARTNER), (project, Role.CONSULTANT), (trial, "partner")):
        with pytest.raises(services.TeamChangeRefused, match="There is no need to add them"):
            invite(target, officer, email="cass@agency.example", role=role)
    assert covering_role(project, consultant, Role.PRACTITIONER).place == programme
    # On the trial's team they may change its records: that is more, so they are added.
    invite(trial, officer, email="cass@agency.example", role=Role.PRACTITIONER)
    assert FieldTrialMembership.objects.filter(field_trial=trial, user=consultant).exists()
    # A programme's practitioner does not read its projects: adding them to one gives more.
    teacher = UserFactory(email="t@school.example")
    ProgrammeMembershipFactory(programme=programme, user=teacher, role=Role.PRACTITIONER)
    invite(project, officer, email="t@school.example", role=Role.PRACTITIONER)
    assert ProjectMembership.objects.filter(project=project, user=teacher).exists()
    # Nothing is above a programme.
    partner = UserFactory(email="pat@agency.example")
    invite(programme, officer, email="pat@agency.example", role=Role.PARTNER)
    assert ProgrammeMembership.objects.filter(user=partner, role=Role.PARTNER).exists()


def test_an_invitation_e_mail_says_what_is_joined_by_whom_what_next_practice_is_and_when_it_ends(
    trial, officer, django_capture_on_commit_callbacks
):
    officer.organisation = OrganisationFactory(name="Hertfordshire County Council")
    officer.save()
    with django_capture_on_commit_callbacks(execute=True):
        result = invite(trial, officer, role=Role.CONSULTANT)
    [message] = mail.outbox
    assert message.subject == "You are invited to join Larch Trial as a consultant"
    body = " ".join(message.body.split())
    project = trial.project
    assert (
        "Olive Officer of Hertfordshire County Council has invited you to join Next Practice "
        f"as a consultant in the field trial “Larch Trial”, part of the project “{project.title}” "
        f"in the programme “{project.programme.name}”." in body
    )
    assert "Next Practice is where the programme's schools, consultants and partners keep" in body
    assert "As a consultant you can see and change this field trial's plans" in body
    assert "You will sign in with this e-mail address, head@school.example." in body
    expires = timezone.localtime(result.invitation.expires_at)
    assert f"It works once, and expires at {expires:%H:%M} on {expires.day} {expires:%B %Y}" in (
        body
    )


def test_people_e_mail_subjects_keep_the_role_and_who_did_it_when_the_name_is_long(
    trial, officer, django_capture_on_commit_callbacks
):
    """Subjects are cut at 105 characters: the long name is what is cut, not the role; what
    happened comes first."""
    project = trial.project
    project.title = (
        "A 14-19 collegiate with one sixth-form leadership across five schools and two "
        "further education colleges"
    )
    project.save()
    known = UserFactory(email="kim@school.example")
    with django_capture_on_commit_callbacks(execute=True):
        invite(project, officer, email="new@school.example", role=Role.CONSULTANT)
        invite(project, officer, email="kim@school.example", role=Role.PARTNER)
    with django_capture_on_commit_callbacks(execute=True):
        services.change_role(target=project, user=known, role=Role.CONSULTANT, actor=officer)
    invited, added, changed = (m.subject for m in mail.outbox)
    assert invited.startswith("You are invited to join A 14-19 collegiate with")
    assert invited.endswith("… as a consultant") and len(invited) <= 105
    assert added.startswith("You were added to A 14-19 collegiate with")
    assert added.endswith("… as a partner") and len(added) <= 105
    assert changed.startswith("You are now a consultant in A 14-19 collegiate with")
    assert "added you as a partner to A 14-19 collegiate" in mail.outbox[1].body


def test_the_removed_e_mail_says_who_removed_them_and_whom_to_ask_with_no_empty_link(
    trial, officer, django_capture_on_commit_callbacks
):
    member = UserFactory(email="mo@school.example")
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.CONSULTANT)
    with django_capture_on_commit_callbacks(execute=True):
        services.remove_member(target=trial, user=member, actor=officer)
    [message] = mail.outbox
    assert message.subject == "You were removed from Larch Trial"
    assert message.body.startswith(
        f"Hello {member.get_short_name()},\n\n"  # as every notification e-mail greets them
        "Olive Officer removed you from Larch Trial. If you think this is a mistake, ask "
        "Olive Officer.\n\n-- Next Practice\n"
    )
    assert "\n\n\n" not in message.body


def test_adding_someone_to_a_project_from_its_page_says_who_and_the_role_before_the_name(
    trial, officer
):
    from programmes.services import add_project_member

    member = UserFactory()
    add_project_member(project=trial.project, user=member, role=Role.PARTNER, actor=officer)
    assert Notification.objects.get(recipient=member).message == (
        f"Olive Officer added you as a partner to {trial.project.title}."
    )


def test_an_invitation_subject_keeps_a_trials_name_whole_beside_a_long_role(
    trial, officer, django_capture_on_commit_callbacks
):
    trial.title = "Stevenage: A Learning Town"
    trial.save()
    with django_capture_on_commit_callbacks(execute=True):
        invite(trial, officer, email="head@school.example", role=Role.PRACTITIONER)
    assert mail.outbox[0].subject == (
        "You are invited to join Stevenage: A Learning Town as a school leader or practitioner"
    )
