"""The People pages and the invitation link, through the test client."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.core import mail
from django.db.models import F
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Invitation, ReplacedInvitationLink, Role, User
from accounts.people import services
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrialMembership
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.jobs import WAITING_SHOWN_AFTER
from nextpractice.testing.races import at_once
from programmes.models import ProgrammeMembership, ProjectMembership
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db
TOKEN = "a-token-for-the-tests-" + "x" * 21


@pytest.fixture
def trial():
    return FieldTrialFactory(title="Larch Trial")


@pytest.fixture
def officer(trial):
    person = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=person, role=Role.OFFICER)
    return person


@pytest.fixture
def invitation(trial, officer):
    result = services.invite(
        target=trial, email="head@school.example", role=Role.PRACTITIONER, actor=officer
    )
    Invitation.objects.filter(pk=result.invitation.pk).update(token_hash=services.hash_token(TOKEN))
    return result.invitation


def e_mailed(invitation, ago=timedelta(days=1)):
    """`invitation` as its e-mail's job left it, `ago`: sent ("Send again" sends it again)."""
    Invitation.objects.filter(pk=invitation.pk).update(emailed_at=timezone.now() - ago)


def people_url(trial):
    return reverse("people:people", args=["field-trial", trial.pk])


def accept_url(token=TOKEN):
    return reverse("people:invitation_accept", args=[token])


def fill(trial, members, invitations):
    for _ in range(members):
        FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER)
    for n in range(invitations):
        Invitation.objects.create(
            field_trial=trial,
            email=f"invited{n}-{Invitation.objects.count()}@school.example",
            role=Role.PRACTITIONER,
            expires_at="2099-01-01T00:00Z",
            token_hash=f"{Invitation.objects.count():064d}",
            # Half e-mailed, half not: each says which without a query of its own.
            emailed_at="2026-12-06T18:02Z" if n % 2 else None,
        )


def test_the_people_page_asks_the_same_queries_for_two_people_or_forty(
    client, trial, officer, django_assert_num_queries
):
    def expire(count):
        first = Invitation.objects.order_by("pk")[:count].values("pk")
        Invitation.objects.filter(pk__in=first).update(expires_at="2020-01-01T00:00Z")

    client.force_login(officer)
    fill(trial, members=1, invitations=2)
    expire(1)
    client.get(people_url(trial))  # the session and content types, once
    # Session, user, memberships, trial, unread notifications (the menu), members counted,
    # members, who else reads it counted and a page of them, its communities of practice with
    # their other trials' people counted, invitations waiting counted and a page of them,
    # those that expired counted and a page of them (none expired: not read).
    with django_assert_num_queries(14):
        small = client.get(people_url(trial))
    fill(trial, members=20, invitations=40)
    expire(10)
    for _ in range(30):
        ProgrammeMembershipFactory(programme=trial.project.programme, role=Role.CONSULTANT)
    with django_assert_num_queries(14):
        large = client.get(people_url(trial))
    assert small.status_code == large.status_code == 200
    assert large.content.decode().count("Change role") == 21
    assert large.content.decode().count("Change organisation") == 21


def test_invitations_waiting_show_25_a_page_and_page_2_the_rest(client, trial, officer):
    client.force_login(officer)
    fill(trial, members=0, invitations=26)
    emails = sorted(Invitation.objects.values_list("email", flat=True))

    first = client.get(people_url(trial)).content.decode()
    second = client.get(people_url(trial), {"invitations-page": 2}).content.decode()

    assert all(e in first for e in emails[:25]) and emails[25] not in first
    assert emails[25] in second and emails[0] not in second
    assert 'aria-label="Pages of invitations"' in first
    assert 'href="?invitations-page=2#invitations"' in first


def test_a_long_team_is_paged_and_downloads_whole(client, trial, officer):
    import csv
    import io

    client.force_login(officer)
    fill(trial, members=60, invitations=0)
    first = client.get(people_url(trial)).content.decode()
    assert first.count("Change role") == 50 and 'aria-label="Pages of members"' in first
    second = client.get(people_url(trial), {"page": 2}).content.decode()
    assert second.count("Change role") == 10
    export = reverse("people:people_export", args=["field-trial", trial.pk])
    assert export in first
    rows = list(csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig"))))
    assert rows[0] == ["Name", "Organisation", "School number (URN)", "Role"]
    assert len(rows) == 61 and {row[3] for row in rows[1:]} == {"School leader or practitioner"}
    xlsx = client.get(export, {"format": "xlsx"})
    assert xlsx["Content-Disposition"].endswith('.xlsx"')


def test_the_people_page_lists_members_and_pending_invitations_with_their_actions(
    client, trial, officer, invitation
):
    member = UserFactory(full_name="Hazel Head")
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    client.force_login(officer)
    page = unescape(client.get(people_url(trial)).content.decode())
    assert "Hazel Head" in page and "School leader or practitioner" in page
    # The address may wrap after its @ and before its dots, on a phone's narrow screen.
    assert "head@<wbr>school<wbr>.example" in page
    assert "Send\N{NO-BREAK SPACE}again" in page and "Withdraw" in page
    assert reverse("people:remove", args=["field-trial", trial.pk, member.pk]) in page


def test_each_invitation_waiting_says_when_its_e_mail_went_or_that_it_has_not(
    client, trial, officer
):
    fill(trial, members=0, invitations=2)
    sent, waiting = Invitation.objects.order_by("email")
    Invitation.objects.filter(pk=sent.pk).update(emailed_at="2026-12-06T18:02Z")
    Invitation.objects.filter(pk=waiting.pk).update(emailed_at=None)
    client.force_login(officer)
    page = client.get(people_url(trial)).content.decode()
    rows = {
        i.email: page.split(i.email.split("@")[0])[1].split("</td>")[0] for i in (sent, waiting)
    }
    assert "E-mailed 6 December 2026, 18:02" in rows[sent.email]  # London time, in winter
    assert "Not e-mailed yet" not in rows[sent.email]
    assert "Not e-mailed yet" in rows[waiting.email] and "E-mailed" not in rows[waiting.email]


def test_an_invitations_address_is_escaped_where_it_may_wrap():
    from accounts.templatetags.addresses import email_breaks

    assert email_breaks("a.b@c.org") == "a<wbr>.b@<wbr>c<wbr>.org"
    assert email_breaks("o'neil@<x>.org") == "o&#x27;neil@<wbr>&lt;x&gt;<wbr>.org"


def test_expired_invitations_are_listed_apart_from_those_waiting_and_may_be_sent_again(
    client, trial, officer, django_capture_on_commit_callbacks
):
    for email in ("waiting@school.example", "exp@example.org"):
        services.invite(target=trial, email=email, role=Role.PRACTITIONER, actor=officer)
    Invitation.objects.filter(email="exp@example.org").update(expires_at="2026-11-20T10:00Z")
    client.force_login(officer)
    page = unescape(client.get(people_url(trial)).content.decode())
    waiting = page[page.index("Invitations waiting for an answer") :]
    waiting = waiting[: waiting.index("</table>")]
    assert "waiting@<wbr>school" in waiting and "exp@" not in waiting
    expired = page[page.index("Invitations that expired") :]
    expired = expired[: expired.index("</table>")]
    assert "so their links no longer work" in expired
    assert "exp@<wbr>example<wbr>.org" in expired and "waiting@" not in expired
    assert "Expired</strong> 20 Nov 2026" in expired
    gone = Invitation.objects.get(email="exp@example.org")
    assert reverse("people:invitation_resend", args=[gone.pk]) in expired
    assert reverse("people:invitation_withdraw", args=[gone.pk]) in expired
    # Sent again, it waits for an answer for another 14 days.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("people:invitation_resend", args=[gone.pk]))
    page = unescape(client.get(people_url(trial)).content.decode())
    assert "Invitations that expired" not in page
    waiting = page[page.index("Invitations waiting for an answer") :]
    assert "exp@<wbr>example<wbr>.org" in waiting[: waiting.index("</table>")]


def test_the_invitation_banner_names_the_address_as_kept_not_as_typed(client, trial, officer):
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    response = client.post(url, {"email": " Dual@Example.org ", "role": "practitioner"})
    page = client.get(response["Location"]).content.decode()
    assert "We are e-mailing an invitation to dual@example.org:" in page
    assert "Dual@Example.org" not in page
    assert Invitation.objects.get().email == "dual@example.org"


def test_send_again_clicked_twice_sends_once(client, trial, officer, invitation):
    # The button's form carries a one-off token (nextpractice/once.py): a double click, or a
    # retried post, is acted on once, where it queued one e-mail and one new link a click.
    e_mailed(invitation)
    client.force_login(officer)
    page = client.get(people_url(trial)).content.decode()
    resend = reverse("people:invitation_resend", args=[invitation.pk])
    form = page.split(f'action="{resend}"')[1].split("</form>")[0]
    token = re.search(r'name="once" value="([^"]+)"', form).group(1)
    for _ in range(2):
        assert client.post(resend, {"once": token}).status_code == 302
    assert Event.objects.filter(verb="accounts.invitation_resent").count() == 1


@pytest.mark.django_db(transaction=True)
def test_send_again_posted_at_once_from_several_tabs_sends_it_again_once(
    trial, officer, invitation, monkeypatch
):
    """Posts without the form's one-off token (two tabs, a script) each wrote a "sent again"
    event and replaced the link, though one e-mail went (tester Z): the invitation's lock
    decides, and a resend whose e-mail still waits to go changes nothing."""
    e_mailed(invitation)
    queued = []  # the jobs, not run: the worker has not reached the first yet
    monkeypatch.setattr(services, "send_job", lambda task, *args: queued.append(args))
    resend = reverse("people:invitation_resend", args=[invitation.pk])

    def send_again():
        client = Client()
        client.force_login(officer)
        response = client.post(resend)
        return response.status_code, unescape(client.get(response["Location"]).content.decode())

    answers, errors = at_once([send_again for _ in range(8)])
    assert not errors
    assert [status for status, _ in answers] == [302] * 8
    assert Event.objects.filter(verb="accounts.invitation_resent").count() == 1
    assert ReplacedInvitationLink.objects.filter(invitation=invitation).count() == 1
    assert len(queued) == 1
    said = [page for _, page in answers]
    assert sum("e-mailing the invitation to head@school.example again" in p for p in said) == 1
    assert (
        sum(
            "We are already e-mailing the invitation to head@school.example: the list below "
            "says when it has gone, or if it could not be." in page
            for page in said
        )
        == 7
    )
    invitation.refresh_from_db()
    assert invitation.token_hash == services.hash_token(queued[0][1])  # the one e-mailed


def test_send_again_while_its_e_mail_waits_to_go_changes_nothing_unless_its_job_was_lost(
    client, trial, officer, invitation
):
    client.force_login(officer)
    resend = reverse("people:invitation_resend", args=[invitation.pk])
    page = unescape(client.post(resend, follow=True).content.decode())
    assert "We are already e-mailing the invitation to head@school.example:" in page
    assert "There is a problem" not in page
    assert not Event.objects.filter(verb="accounts.invitation_resent").exists()
    assert not ReplacedInvitationLink.objects.exists()
    assert services.find_invitation(TOKEN) is not None  # its link still works
    # Waited longer than a job waits (its job lost with the broker's queue): sent again.
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=F("expires_at") - WAITING_SHOWN_AFTER - timedelta(seconds=1)
    )
    page = unescape(client.post(resend, follow=True).content.decode())
    assert "We are e-mailing the invitation to head@school.example again" in page
    assert Event.objects.filter(verb="accounts.invitation_resent").count() == 1
    assert services.find_invitation(TOKEN) is None


def test_the_team_sees_the_people_but_not_the_invitations_or_the_actions(client, trial, invitation):
    member = UserFactory(full_name="Hazel Head")
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    client.force_login(member)
    page = client.get(people_url(trial)).content.decode()
    assert "Hazel Head" in page
    assert "head@school.example" not in page and "Change role" not in page


def test_inviting_an_address_already_a_member_says_so_next_to_the_field(client, trial, officer):
    member = UserFactory(full_name="Hazel Head", email="hazel@school.example")
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    response = client.post(url, {"email": "Hazel@school.example", "role": "consultant"})
    assert response.status_code == 400
    assert "Hazel Head is already a member of Larch Trial." in response.content.decode()
    assert not Invitation.objects.exists()


def test_an_address_longer_than_any_e_mail_address_is_refused_with_a_message(
    client, trial, officer
):
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    response = client.post(url, {"email": "a" * 60_000 + "@example.org", "role": "partner"})
    assert response.status_code == 400
    assert "An e-mail address is at most 254 characters" in response.content.decode()


def test_an_officer_may_give_the_name_of_whom_they_invite(
    client, trial, officer, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    data = {"email": "ravi@school.example", "full_name": "  Ravi   Shah ", "role": "practitioner"}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    assert Invitation.objects.get(email="ravi@school.example").full_name == "Ravi Shah"
    assert mail.outbox[-1].body.startswith("Hello Ravi Shah,")
    too_long = client.post(url, {**data, "email": "x@school.example", "full_name": "R" * 151})
    assert too_long.status_code == 400
    assert "A name is at most 150 characters" in too_long.content.decode()


def test_an_officer_may_name_the_organisation_of_whom_they_invite_and_they_join_it(
    client, trial, officer
):
    school = OrganisationFactory(name="Birch Primary School", urn="100200")
    OrganisationFactory.create_batch(3)
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    page = client.get(url).content.decode()
    # Typed with suggestions, as on the profile: never a list of every organisation.
    assert re.search(r'name="organisation"[^>]*data-np-autocomplete=', page)
    assert "Start typing its name, or enter a school" in page
    assert "<select" not in page and "Organisation 0" not in page
    refused = client.post(
        url, {"email": "ravi@school.example", "role": "practitioner", "organisation": "Nowhere"}
    )
    assert refused.status_code == 400
    assert "No organisation is called ‘Nowhere’" in refused.content.decode()
    assert not Invitation.objects.filter(email="ravi@school.example").exists()
    data = {"email": "ravi@school.example", "role": "practitioner", "organisation": "100200"}
    assert client.post(url, data).status_code == 302
    invitation = Invitation.objects.get(email="ravi@school.example")
    assert invitation.organisation == school
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=services.hash_token(TOKEN))
    client.logout()
    password = "reading-for-pleasure"
    data = {"full_name": "Ravi Shah", "password1": password, "password2": password}
    assert client.post(accept_url(), data).status_code == 302
    assert User.objects.get(email="ravi@school.example").organisation == school


def test_accepting_gives_the_organisation_named_only_to_an_account_naming_none(trial, officer):
    school, theirs = OrganisationFactory(), OrganisationFactory()
    for email, before, after in (
        ("none@school.example", None, school),
        ("theirs@school.example", theirs, theirs),
    ):
        result = services.invite(
            target=trial, email=email, role=Role.PRACTITIONER, actor=officer, organisation=school
        )
        # Their account was made after the invitation was sent (by another way in).
        person = UserFactory(email=email, organisation=before)
        token = f"{TOKEN}-{email}"
        Invitation.objects.filter(pk=result.invitation.pk).update(
            token_hash=services.hash_token(token)
        )
        services.accept_invitation(token=token, user=person)
        person.refresh_from_db()
        assert person.organisation == after, email


def test_inviting_someone_with_an_account_adds_them_at_once_and_says_so(
    client, trial, officer, django_capture_on_commit_callbacks
):
    known = UserFactory(full_name="Kim Known", email="kim@school.example")
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "kim@school.example", "role": "practitioner"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Kim Known already had an account: they are now a member" in page
    assert FieldTrialMembership.objects.filter(field_trial=trial, user=known).exists()
    assert [m.to for m in mail.outbox] == [["kim@school.example"]]


def test_the_old_members_page_sends_officers_to_the_people_page(client):
    project = ProjectFactory()
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    client.force_login(officer)
    response = client.get(reverse("programmes:project_members", args=[project.pk]))
    assert response["Location"] == reverse("people:people", args=["project", project.pk])


def test_following_the_link_writes_nothing_and_accepting_signs_the_new_person_in(
    client, trial, invitation
):
    before = Event.objects.count()
    response = client.get(accept_url())
    assert response.status_code == 200
    assert "Join Larch Trial" in response.content.decode()
    assert (
        Event.objects.count() == before
        and not User.objects.filter(email="head@school.example").exists()
    )
    response = client.post(
        accept_url(),
        {"full_name": "Hazel Head", "password1": "password", "password2": "password"},
    )
    assert response.status_code == 400
    assert "This password is too common" in response.content.decode()
    response = client.post(
        accept_url(),
        {
            "full_name": "Hazel Head",
            "password1": "reading-for-pleasure",
            "password2": "reading-for-pleasure",
        },
    )
    assert response["Location"] == trial.get_absolute_url()
    assert client.get(trial.get_absolute_url()).status_code == 200


def test_an_invitation_with_a_name_shows_it_and_accepting_starts_with_it(
    client, trial, officer, invitation
):
    Invitation.objects.filter(pk=invitation.pk).update(full_name="Hazel Head")
    client.force_login(officer)
    page = client.get(people_url(trial)).content.decode()
    assert "Hazel Head<br>head@<wbr>school<wbr>.example" in page
    client.logout()
    page = client.get(accept_url()).content.decode()
    assert re.search(r'name="full_name"[^>]*value="Hazel Head"', page)


def test_an_existing_person_is_asked_to_sign_in_first_then_accepts(client, trial, invitation):
    person = UserFactory(email="head@school.example")
    page = client.get(accept_url()).content.decode()
    assert "Sign in to join Larch Trial" in page
    assert f"?next={accept_url()}" in page
    client.force_login(person)
    assert client.get(accept_url()).status_code == 200
    response = client.post(accept_url(), {})
    assert response["Location"] == trial.get_absolute_url()
    assert FieldTrialMembership.objects.filter(field_trial=trial, user=person).exists()


def test_someone_signed_in_as_another_address_is_told_and_nothing_changes(
    client, trial, invitation
):
    client.force_login(UserFactory(email="other@school.example"))
    for response in (client.get(accept_url()), client.post(accept_url(), {})):
        assert "This invitation is for someone else" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.state == "pending"


def test_someone_signed_in_as_another_address_can_sign_out_and_come_back_to_the_link(
    client, trial, invitation
):
    client.force_login(UserFactory(email="other@school.example"))
    main = client.get(accept_url()).content.decode().split("<main")[1]
    form = main.split(f'action="{reverse("accounts:logout")}"')[1].split("</form>")[0]
    assert f'name="next" value="{accept_url()}"' in form and ">Sign out</button>" in form
    response = client.post(reverse("accounts:logout"), {"next": accept_url()})
    assert response["Location"] == accept_url()
    assert "Join Larch Trial" in client.get(accept_url()).content.decode()
    # Only back to this site.
    elsewhere = client.post(reverse("accounts:logout"), {"next": "https://evil.example/"})
    assert elsewhere["Location"] == reverse("accounts:login")


def test_a_used_link_opened_signed_in_says_it_was_used_and_links_home(client, trial, invitation):
    person = UserFactory(email="head@school.example")
    client.force_login(person)
    client.post(accept_url(), {})
    page = client.get(accept_url()).content.decode()
    assert "This invitation has been used" in page
    assert "You accepted this invitation on " in page
    assert "Sign in" not in page.split("<main")[1]
    assert f'href="{reverse("home")}">Go to your home page' in page
    client.force_login(UserFactory(email="other@school.example"))
    page = client.get(accept_url()).content.decode()
    assert "This invitation has already been accepted. Ask Olive Officer if you need to" in page


def test_a_withdrawn_link_says_so_plainly_and_who_to_ask(client, trial, officer, invitation):
    client.force_login(officer)
    withdraw = reverse("people:invitation_withdraw", args=[invitation.pk])
    assert (
        "Withdraw the invitation to head@school.example?" in client.get(withdraw).content.decode()
    )
    client.post(withdraw, {})
    client.logout()
    page = client.get(accept_url()).content.decode()
    assert "This invitation was withdrawn. Ask Olive Officer" in page


def test_a_token_that_matches_no_invitation_is_not_found(client, invitation):
    assert client.get(accept_url("not-a-real-token")).status_code == 404


def test_removing_the_lead_officer_asks_for_a_new_one_on_the_page(client):
    project = ProjectFactory(title="Reading Project")
    lead, second = UserFactory(full_name="Lee Lead"), UserFactory(full_name="Sam Second")
    for person in (lead, second):
        ProgrammeMembershipFactory(programme=project.programme, user=person, role=Role.OFFICER)
    project.lead_officer = lead
    project.save()
    client.force_login(second)
    url = reverse("people:remove", args=["programme", project.programme_id, lead.pk])
    assert "Who is the new lead officer?" in client.get(url).content.decode()
    response = client.post(url, {})
    assert response.status_code == 400
    assert "Lee Lead is the lead officer of Reading Project" in response.content.decode()
    response = client.post(url, {"new_lead": second.pk})
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.lead_officer == second


def test_the_invite_form_offers_the_roles_that_make_sense_here_each_with_what_it_lets_them_do(
    client, trial, officer
):
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    page = unescape(client.get(url).content.decode())
    for role in ("School leader or practitioner", "Consultant", "Partner"):
        assert f"{role}\n" in page
    assert "Programme officer" not in page  # one of a trial's team, not its officer
    assert "Can see and change this field trial's plans, milestones, risks" in page
    assert "Can read this field trial and its monthly updates, but not change them." in page
    refused = client.post(url, {"email": "o@school.example", "role": "officer"})
    assert refused.status_code == 400
    assert "Choose one of the roles listed" in refused.content.decode()
    assert not Invitation.objects.exists()
    programme = reverse("people:invite", args=["programme", trial.project.programme_id])
    page = client.get(programme).content.decode()
    assert "Programme officer" in page and "School leader or practitioner" not in page
    assert "Can run this programme: change its projects and field trials" in page
    project = client.get(reverse("people:invite", args=["project", trial.project_id]))
    page = unescape(project.content.decode())
    assert "School leader or practitioner" in page
    assert "Can read all of this project (its need analysis, its options with each " in page
    assert "and discuss it, but not its field trials." in page


def test_the_change_role_form_offers_the_invite_forms_roles_and_keeps_an_old_one(
    client, trial, officer
):
    """A field trial's Change role form offers the trial's roles with what each lets them do,
    not "Programme officer"; someone who holds it from before keeps it listed, chosen and
    marked as theirs now, so that changing nothing loses nothing."""
    member = UserFactory(full_name="Pat Partner")
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PARTNER)
    client.force_login(officer)
    url = reverse("people:change_role", args=["field-trial", trial.pk, member.pk])
    page = unescape(client.get(url).content.decode())
    assert "Programme officer" not in page
    for role in ("School leader or practitioner", "Consultant"):
        assert f"{role}\n" in page
    assert "Partner (their role now)" in page
    assert re.search(r'value="partner"[^>]*checked', page)
    assert "Can see and change this field trial's plans, milestones, risks" in page
    assert "Can read this field trial and its monthly updates, but not change them." in page
    refused = client.post(url, {"role": "officer"})
    assert refused.status_code == 400
    assert "Choose one of the roles listed" in refused.content.decode()
    assert FieldTrialMembership.objects.get(user=member).role == Role.PARTNER

    old = UserFactory(full_name="Otto Old")
    FieldTrialMembershipFactory(field_trial=trial, user=old, role=Role.OFFICER)
    url = reverse("people:change_role", args=["field-trial", trial.pk, old.pk])
    page = unescape(client.get(url).content.decode())
    assert "Programme officer (their role now)" in page
    assert "No longer offered here: it stays theirs if you keep it." in page
    assert re.search(r'value="officer"[^>]*checked', page)
    assert page.index('value="officer"') < page.index('value="practitioner"')
    client.post(url, {"role": "officer"})
    assert FieldTrialMembership.objects.get(user=old).role == Role.OFFICER
    response = client.post(url, {"role": "consultant"})
    assert response.status_code == 302
    assert FieldTrialMembership.objects.get(user=old).role == Role.CONSULTANT
    page = unescape(client.get(url).content.decode())
    assert "Programme officer" not in page and "Consultant (their role now)" in page


def test_a_trial_lead_invites_their_schools_staff_as_practitioners_only(client, trial):
    lead = UserFactory(organisation=trial.lead_organisation)
    FieldTrialMembershipFactory(field_trial=trial, user=lead, role=Role.PRACTITIONER)
    client.force_login(lead)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    page = client.get(url).content.decode()
    assert "School leader or practitioner" in page and "Consultant" not in page
    assert 'name="organisation"' not in page  # they invite their own school's staff
    refused = client.post(url, {"email": "c@school.example", "role": "consultant"})
    assert refused.status_code == 400
    response = client.post(url, {"email": "teacher@school.example", "role": "practitioner"})
    assert response.status_code == 302
    assert Invitation.objects.get().organisation == trial.lead_organisation
    assert "teacher@school.example" in client.get(people_url(trial)).content.decode()


def test_the_team_reads_who_else_reads_their_trial(client, trial, officer):
    from programmes.tests.factories import ProjectMembershipFactory

    leader = UserFactory(full_name="Lee Leader")
    FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
    partner = UserFactory(full_name="Pat Partner")
    ProjectMembershipFactory(project=trial.project, user=partner, role=Role.PARTNER)
    # A practitioner of the project reads the project, not its trials: not listed.
    ProjectMembershipFactory(
        project=trial.project, user=UserFactory(full_name="Pip Practitioner"), role="practitioner"
    )
    # A consultant of the project who is also on the trial is listed once, as a member.
    both = UserFactory(full_name="Cass Consultant")
    ProjectMembershipFactory(project=trial.project, user=both, role=Role.CONSULTANT)
    FieldTrialMembershipFactory(field_trial=trial, user=both, role=Role.CONSULTANT)
    client.force_login(leader)
    body = client.get(people_url(trial)).content.decode()
    readers = body.split('id="readers"')[1].split("</section>")[0]
    assert "Cass Consultant" in body and "Cass Consultant" not in readers
    assert "Olive Officer" in readers and "Programme officer, for the whole programme" in readers
    assert "Pat Partner" in readers and "Partner, for the whole project" in readers
    assert f'href="{partner.get_absolute_url()}"' in readers
    assert "Pip Practitioner" not in readers and "Lee Leader" not in readers
    assert "Also reading it (2)" in readers


def community_of(trial, name, others, people_each):
    """A community of practice of `trial` and `others` more trials, each with `people_each`
    practitioners."""
    from fieldtrials.models import CommunityOfPractice

    community = CommunityOfPractice.objects.create(name=name)
    community.field_trials.add(trial)
    for _ in range(others):
        other = FieldTrialFactory()
        community.field_trials.add(other)
        for _ in range(people_each):
            FieldTrialMembershipFactory(field_trial=other, role=Role.PRACTITIONER)
    return community


def readers_section(client, trial):
    """The section saying who else reads `trial`: (its words as read, its HTML)."""
    from django.utils.html import strip_tags

    body = client.get(people_url(trial)).content.decode()
    html = body.split('id="readers"')[1].split("</section>")[0]
    return " ".join(unescape(strip_tags(html)).split()), html


def test_the_team_is_told_the_other_trials_of_its_community_read_their_trial(
    client, trial, officer
):
    """Members of a trial in a community of practice read its other trials (fieldtrials.
    rules): the page that says who reads the trial counts them and links to where they are
    listed. Someone on both trials is a member here, not counted; a switched-off account is
    not counted."""
    leader = UserFactory(full_name="Lee Leader")
    FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
    community = community_of(trial, "14-19 governance", others=2, people_each=3)
    other = community.field_trials.exclude(pk=trial.pk).first()
    FieldTrialMembershipFactory(field_trial=other, user=leader, role=Role.PRACTITIONER)
    gone = FieldTrialMembershipFactory(field_trial=other, role=Role.PRACTITIONER).user
    User.objects.filter(pk=gone.pk).update(is_active=False)
    client.force_login(leader)
    readers, html = readers_section(client, trial)
    assert (
        "So do the teams of the other field trials in its community of practice "
        "14-19 governance (6 people): the community's page lists them." in readers
    )
    url = reverse("fieldtrials:community_detail", args=[community.pk])
    assert f'href="{url}#members"' in html
    assert "Also reading it (1)" in readers  # the officer, as before


def test_a_trial_read_only_through_its_communities_says_so(client, trial):
    """No officer, consultant or partner of its project or programme: the teams of its
    communities' other trials are still said to read it, not 'nobody beyond its members'."""
    leader = UserFactory(full_name="Lee Leader")
    FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
    community_of(trial, "Alder Group", others=1, people_each=1)
    community_of(trial, "Birch Group", others=1, people_each=0)
    client.force_login(leader)
    readers, _ = readers_section(client, trial)
    assert "Nobody beyond its members" not in readers
    assert (
        "Beyond its members, the teams of the other field trials in its communities of "
        "practice Alder Group (1 person) and Birch Group (nobody yet) read everything in it"
        in readers
    )
    assert "Also reading it" not in readers


def test_a_trial_in_no_community_says_nothing_of_communities(client, trial, officer):
    client.force_login(officer)
    assert "communit" not in readers_section(client, trial)[1]


@pytest.mark.parametrize("trials", [2, 6])
def test_the_communities_readers_are_counted_in_one_query_however_many_trials(
    client, trial, officer, trials, django_assert_num_queries
):
    community_of(trial, "Counted Group", others=trials - 1, people_each=2)
    community_of(trial, "Second Group", others=trials - 1, people_each=1)
    client.force_login(officer)
    client.get(people_url(trial))  # the session and content types, once
    with django_assert_num_queries(11):  # the same for 2 or 6 trials in each
        readers, _ = readers_section(client, trial)
    assert f"Counted Group ({2 * (trials - 1)} people)" in readers
    assert f"Second Group ({trials - 1} {'person' if trials == 2 else 'people'})" in readers


def test_someone_reading_a_trial_by_two_routes_is_listed_once_by_the_wider(client, trial, officer):
    from programmes.tests.factories import ProjectMembershipFactory

    # Olive is an officer of the programme and of the project; Pat a consultant of the
    # project and a partner of the programme.
    ProjectMembershipFactory(project=trial.project, user=officer, role=Role.OFFICER)
    pat = UserFactory(full_name="Pat Twoways")
    ProjectMembershipFactory(project=trial.project, user=pat, role=Role.CONSULTANT)
    ProgrammeMembershipFactory(programme=trial.project.programme, user=pat, role=Role.PARTNER)
    client.force_login(officer)
    body = client.get(people_url(trial)).content.decode()
    readers = body.split('id="readers"')[1].split("</section>")[0]
    assert readers.count("Olive Officer") == 1 and readers.count("Pat Twoways") == 1
    assert "Programme officer, for the whole programme" in readers
    assert "Partner, for the whole programme" in readers
    assert "for the whole project" not in readers
    assert "Also reading it (2)" in readers


def test_readers_who_share_a_name_are_each_on_one_page_of_them(client, trial, officer):
    """A to Z by name and where they read it, then by the person: with more than a page of
    readers alike, the order between pages was not fixed, and someone could be on both
    pages or on neither."""
    alike = UserFactory.create_batch(60, full_name="Sam Same")
    for person in reversed(alike):  # the table's order is not the people's
        ProgrammeMembershipFactory(
            programme=trial.project.programme, user=person, role=Role.PARTNER
        )
    client.force_login(officer)
    shown = []
    for number in (1, 2):
        body = client.get(people_url(trial), {"readers-page": number}).content.decode()
        readers = body.split('id="readers"')[1].split("</section>")[0]
        shown += re.findall(r'href="([^"]*)"[^>]*>Sam Same<', readers)
    assert len(set(shown)) == 60
    assert shown == [person.get_absolute_url() for person in sorted(alike, key=lambda u: u.pk)]


def test_the_only_officer_leading_a_project_is_told_to_make_another_officer_first(client):
    project = ProjectFactory(title="Reading Project")
    lead = UserFactory(full_name="Lee Lead")
    ProgrammeMembershipFactory(programme=project.programme, user=lead, role=Role.OFFICER)
    project.lead_officer = lead
    project.save()
    client.force_login(lead)
    invite = reverse("people:invite", args=["programme", project.programme_id])
    for action in ("remove", "change_role"):
        url = reverse(f"people:{action}", args=["programme", project.programme_id, lead.pk])
        page = client.get(url).content.decode()
        assert "Lee Lead is the lead officer of Reading Project, and there is no other " in page
        assert "Invite or make someone else a programme officer first" in page
        assert f'href="{invite}"' in page
        assert "Choose an officer" not in page and "<select" not in page
        assert client.post(url, {"role": "partner"}).status_code == 400
    assert ProgrammeMembership.objects.get(user=lead).role == Role.OFFICER


@pytest.fixture
def chris(trial):
    """The trial's named consultant, a consultant of its project too."""
    from programmes.tests.factories import ProjectMembershipFactory

    chris = UserFactory(full_name="Chris Carter")
    FieldTrialMembershipFactory(field_trial=trial, user=chris, role=Role.CONSULTANT)
    ProjectMembershipFactory(project=trial.project, user=chris, role=Role.CONSULTANT)
    trial.consultant = chris
    trial.save()
    return chris


def test_removing_the_trials_consultant_warns_unassigns_and_says_so_in_the_history(
    client, trial, officer, chris
):
    from nextpractice.history import sentence

    client.force_login(officer)
    url = reverse("people:remove", args=["field-trial", trial.pk, chris.pk])
    page = client.get(url).content.decode()
    assert "Chris Carter is the consultant of Larch Trial. Once they are removed, it will " in page
    # They still read it through the project: the page promises only what is certain.
    assert "They will no longer see" not in page
    assert "They will no longer be a member of Larch Trial. As consultant of " in page
    assert "they can still read this field trial and log support for it." in page
    version = trial.version
    response = client.post(url, {})
    assert response.status_code == 302
    trial.refresh_from_db()
    # An edit of the trial begun before cannot name them again unseen: it conflicts.
    assert trial.consultant is None and trial.version == version + 1
    event = Event.objects.get(verb="fieldtrials.member_removed")
    assert sentence(event) == (
        "removed Chris Carter from Larch Trial and unassigned them as its consultant."
    )
    done = client.get(response["Location"]).content.decode()
    assert "Chris Carter has been removed from Larch Trial and is no longer its consultant" in done


def test_removing_someone_with_no_other_way_in_says_they_will_no_longer_see_it(
    client, trial, officer
):
    member = UserFactory(full_name="Hazel Head")
    FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    client.force_login(officer)
    page = client.get(reverse("people:remove", args=["field-trial", trial.pk, member.pk]))
    page = page.content.decode()
    assert "They will no longer see Larch Trial from their next page." in page
    assert "consultant of Larch Trial" not in page


def test_an_officer_cannot_add_herself_to_a_project_her_programme_role_covers(client, officer):
    project = ProjectFactory(programme=officer.programme_memberships.get().programme)
    client.force_login(officer)
    url = reverse("people:invite", args=["project", project.pk])
    response = client.post(url, {"email": officer.email.upper(), "role": "practitioner"})
    assert response.status_code == 400
    field = response.content.decode().split('id="id_email_1_error"')[1][:300]
    assert (
        f"Olive Officer is already a programme officer of {project.programme.name}, which "
        "covers this project." in field
    )
    assert not ProjectMembership.objects.exists()


def test_the_role_page_says_what_a_role_above_still_gives_and_what_happens_to_the_consultant(
    client, trial, officer, chris
):
    from nextpractice.history import sentence

    client.force_login(officer)
    url = reverse("people:change_role", args=["field-trial", trial.pk, chris.pk])
    page = client.get(url).content.decode()
    project = trial.project
    assert (
        f"Chris Carter is also consultant of {project.title}. Whatever their role here, that "
        "lets them read this field trial and log support for it." in page
    )
    assert reverse("people:people", args=["project", project.pk]) in page
    assert "Chris Carter is the consultant of Larch Trial. Given any role here but " in page

    response = client.post(url, {"role": "practitioner"})
    trial.refresh_from_db()
    assert trial.consultant is None
    said = client.get(response["Location"]).content.decode()
    assert (
        "Chris Carter is now a school leader or practitioner in Larch Trial. They are no longer "
        f"its consultant. As consultant of {project.title}, they can still read this field "
        "trial and log support for it." in said
    )
    event = Event.objects.get(verb="fieldtrials.member_role_changed")
    assert sentence(event) == (
        "changed Chris Carter's role in Larch Trial from consultant to school leader or "
        "practitioner and unassigned them as its consultant."
    )


def test_a_role_change_that_changes_nothing_they_can_do_is_not_called_a_success(
    client, trial, officer
):
    FieldTrialMembershipFactory(field_trial=trial, user=officer, role=Role.PRACTITIONER)
    client.force_login(officer)
    url = reverse("people:change_role", args=["field-trial", trial.pk, officer.pk])
    response = client.post(url, {"role": "partner"})
    said = client.get(response["Location"]).content.decode()
    programme = trial.project.programme.name
    assert "Success" not in said
    assert (
        "Olive Officer&#x27;s role in Larch Trial is now a partner, but that changes nothing they "
        f"can do here: as programme officer of {programme}, they can still manage this field "
        "trial and its people." in said
    )
    response = client.post(url, {"role": "partner"})
    said = client.get(response["Location"]).content.decode()
    assert "Olive Officer is already a partner in Larch Trial." in said


def test_a_link_replaced_by_send_again_says_to_use_the_newest_e_mail_and_admits_nobody(
    client, trial, officer, invitation
):
    e_mailed(invitation)
    client.force_login(officer)
    client.post(reverse("people:invitation_resend", args=[invitation.pk]))
    client.logout()
    for response in (client.get(accept_url()), client.post(accept_url(), {})):
        page = response.content.decode()
        assert response.status_code == 200 and "This link has been replaced" in page
        assert "This link was replaced when the invitation was sent again on " in page
        assert (
            "use the link in the newest e-mail headed “You are invited to join "
            "Larch Trial as a school leader or practitioner”. Ask Olive Officer if you cannot "
            "find it." in page
        )
    invitation.refresh_from_db()
    assert invitation.state == "pending" and not User.objects.filter(email=invitation.email)
    # Once the invitation closes, the old link says why, as the newest does.
    services.withdraw_invitation(invitation=invitation, actor=officer)
    assert (
        "This invitation was withdrawn. Ask Olive Officer"
        in client.get(accept_url()).content.decode()
    )
    assert client.get(accept_url("never-a-token")).status_code == 404


def test_the_only_programme_officer_is_not_removed_or_made_something_else(client):
    """Removing the programme's only officer (who led no project) left it with nobody to run
    it or bring its people in: refused, with the way forward, until there is another."""
    from accounts.people.services import TeamChangeRefused, remove_member

    project = ProjectFactory()
    programme = project.programme
    only = UserFactory(full_name="Olga Only")
    ProgrammeMembershipFactory(programme=programme, user=only, role=Role.OFFICER)
    client.force_login(only)
    remove = reverse("people:remove", args=["programme", programme.pk, only.pk])
    page = client.get(remove).content.decode()
    assert "Olga Only is the only programme officer of" in page
    assert "Invite or make someone else a programme officer first" in page
    assert client.post(remove, {}).status_code == 400
    role = reverse("people:change_role", args=["programme", programme.pk, only.pk])
    response = client.post(role, {"role": "partner"})
    assert response.status_code == 400
    assert "a programme needs one. Invite or make someone else" in response.content.decode()
    with pytest.raises(TeamChangeRefused):
        remove_member(target=programme, user=only, actor=only)
    assert ProgrammeMembership.objects.get(user=only).role == Role.OFFICER

    other = UserFactory(full_name="Otto Other")
    ProgrammeMembershipFactory(programme=programme, user=other, role=Role.OFFICER)
    assert client.post(remove, {}).status_code == 302
    assert not ProgrammeMembership.objects.filter(user=only).exists()


def test_an_organisation_named_for_someone_with_an_account_is_said_not_to_be_theirs(
    client, trial, officer, django_capture_on_commit_callbacks
):
    """It is for a new account: one already made names where they work, as they wrote it."""
    theirs = OrganisationFactory(name="Ash Academy")
    OrganisationFactory(name="Birch Primary School", urn="100200")
    known = UserFactory(full_name="Kim Known", email="kim@school.example", organisation=theirs)
    client.force_login(officer)
    url = reverse("people:invite", args=["field-trial", trial.pk])
    data = {"email": "kim@school.example", "role": "practitioner", "organisation": "100200"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    page = client.get(response["Location"]).content.decode()
    assert (
        "Their account is left naming Ash Academy, not Birch Primary School: if that is "
        "wrong, change their organisation from the list of members." in page
    )
    known.refresh_from_db()
    assert known.organisation == theirs
