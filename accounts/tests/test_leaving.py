"""Someone leaves: an administrator switches their account off in the app (not only with
the admin's tick box), after a page saying what happens and listing what they alone lead,
so that it can be handed over; and back on. Administrators only, never their own; once."""

import re
from html import unescape

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.erasure import erase_person
from accounts.leaving import switch_off_account, what_they_lead
from accounts.models import Event, Invitation, NotificationKind, Role, User
from accounts.people.services import hash_token
from accounts.services import notify
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import CommunityOfPractice, FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.history import entry
from nextpractice.testing.races import at_once
from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"  # accounts.tests.factories.UserFactory's


def text(response):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def off_url(person):
    return reverse("accounts:person_switch_off", args=[person.pk])


def on_url(person):
    return reverse("accounts:person_switch_on", args=[person.pk])


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("accounts:login"), {"username": email, "password": password})


@pytest.fixture
def story():
    """Sam Lewis, a head teacher at Stevenage Primary, is leaving. He is the only lead of
    Larch Trial, leads it with a colleague in Rowan Trial (and with one already gone in
    Birch Trial), led Oak Trial (completed); he is the only officer of Reading Together,
    one of two of Writing Together, lead officer of Phonics First (and of Spelling Bee,
    closed), and convenes the Readers' Circle. He invited a new teacher to Larch, who has
    not answered, and he is signed in."""
    admin = UserFactory(full_name="Ada Admin", is_staff=True, is_superuser=True)
    school = OrganisationFactory(name="Stevenage Primary")
    sam = UserFactory(full_name="Sam Lewis", email="sam.lewis@school.example", organisation=school)
    officer = UserFactory(full_name="Olive Officer")
    reading = ProgrammeFactory(name="Reading Together")
    ProgrammeMembershipFactory(programme=reading, user=sam, role=Role.OFFICER)
    writing = ProgrammeFactory(name="Writing Together")
    for person in (sam, officer):
        ProgrammeMembershipFactory(programme=writing, user=person, role=Role.OFFICER)
    project = ProjectFactory(programme=writing, title="Phonics First", lead_officer=sam)
    ProjectFactory(
        programme=writing, title="Spelling Bee", lead_officer=sam, closed_on="2007-01-31"
    )

    def trial(title, *colleagues, **fields):
        made = FieldTrialFactory(
            project=project, title=title, **{"lead_organisation": school, **fields}
        )
        for person in (sam, *colleagues):
            FieldTrialMembershipFactory(field_trial=made, user=person, role=Role.PRACTITIONER)
        return made

    larch = trial("Larch Trial")
    trial("Rowan Trial", UserFactory(full_name="Kim Colleague", organisation=school))
    trial("Birch Trial", UserFactory(full_name="Gone Too", organisation=school, is_active=False))
    trial("Oak Trial", status=FieldTrial.Status.COMPLETED)
    # Elsewhere his organisation does not lead: he is no lead there.
    trial("Elm Trial", lead_organisation=OrganisationFactory(name="Elm Academy"))
    CommunityOfPractice.objects.create(name="Readers' Circle", convenor=sam)
    invitation = Invitation.objects.create(
        field_trial=larch,
        email="new.teacher@school.example",
        role=Role.PRACTITIONER,
        invited_by=sam,
        expires_at=timezone.now() + timezone.timedelta(days=14),
        token_hash=hash_token("sams-invitation"),
    )
    his_browser = Client()
    his_browser.force_login(sam)
    client = Client()
    client.force_login(admin)
    return {
        "admin": admin,
        "sam": sam,
        "officer": officer,
        "larch": larch,
        "invitation": invitation,
        "his_browser": his_browser,
        "client": client,
    }


LED = [
    ("Programme", "Reading Together", "The only programme officer"),
    ("Project", "Phonics First", "Lead officer"),
    ("Field trial", "Birch Trial", "The only lead from Stevenage Primary"),
    ("Field trial", "Larch Trial", "The only lead from Stevenage Primary"),
    ("Community of practice", "Readers' Circle", "Convenor"),
]


def test_what_they_lead_is_what_nobody_else_leads_in_four_queries(story, django_assert_num_queries):
    with django_assert_num_queries(4):
        led = what_they_lead(story["sam"])
    assert [(item.kind, item.title, item.role) for item in led] == LED
    larch = story["larch"]
    assert led[3].url == larch.get_absolute_url()
    assert led[3].hand_over_url == reverse("people:people", args=["field-trial", larch.pk])
    # A community he convenes is handed over on its own form: its convenor is named there.
    circle = CommunityOfPractice.objects.get(name="Readers' Circle")
    assert (led[4].hand_over, led[4].hand_over_url) == (
        "Choose a new convenor",
        reverse("fieldtrials:convenor_change", args=[circle.pk]),
    )


def test_the_page_says_what_happens_and_lists_what_he_leads_and_changes_nothing(story):
    events = Event.objects.count()
    page = story["client"].get(off_url(story["sam"]))
    assert page.status_code == 200
    said = text(page)
    assert "Switch off Sam Lewis’s account?" in said
    for sentence in [
        "They can no longer sign in, and wherever they are signed in now they are signed out.",
        "They are sent no more e-mails from Next Practice, and no notifications.",
        "The invitation they sent that nobody has answered yet is withdrawn, so that nobody "
        "joins through someone who has left.",
        "What they wrote stays under their name",
        "Nobody else leads these. Hand each one over",
        "Reading Together Programme The only programme officer Make someone else a programme "
        "officer (Reading Together)",
        "Larch Trial Field trial The only lead from Stevenage Primary Invite another school "
        "leader or practitioner from Stevenage Primary (Larch Trial)",
        "Yes, switch off their account",
    ]:
        assert sentence in said, sentence
    for not_his_alone in ("Rowan Trial", "Oak Trial", "Elm Trial", "Writing Together", "Spelling"):
        assert not_his_alone not in said
    # A GET writes nothing.
    assert User.objects.get(pk=story["sam"].pk).is_active
    assert Event.objects.count() == events
    assert Invitation.objects.get(pk=story["invitation"].pk).state == Invitation.State.PENDING


def test_switching_off_signs_him_out_withdraws_his_invitation_and_is_recorded(
    story, django_capture_on_commit_callbacks
):
    sam = story["sam"]
    response = story["client"].post(off_url(sam), follow=True)
    assert response.redirect_chain == [(on_url(sam), 302)]
    said = text(response)
    assert (
        "Sam Lewis’s account is switched off: they can no longer sign in, and they are signed "
        "out. The invitation they sent that nobody had answered is withdrawn."
    ) in said
    today = timezone.localdate().strftime("%-d %B %Y")
    assert f"Switched off on {today} by Ada Admin." in said
    assert "Larch Trial" in said  # still listed, to hand over
    assert "Switch it back on" in said

    assert not User.objects.get(pk=sam.pk).is_active
    assert Invitation.objects.get(pk=story["invitation"].pk).state == Invitation.State.WITHDRAWN
    [event] = Event.objects.filter(verb="accounts.account_switched_off")
    assert entry(event).sentence == "Ada Admin switched off the account of Sam Lewis."
    assert event.data == {"invitations_withdrawn": 1}
    # His browser is signed out for good: its session is gone.
    signed_in_as = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(sam.pk) not in signed_in_as
    home = story["his_browser"].get(reverse("home"))
    assert home.status_code == 302 and home["Location"].startswith(reverse("accounts:login"))
    # He cannot sign in again, and is sent nothing more.
    refused = sign_in(Client(), "sam.lewis@school.example")
    assert refused.status_code == 400 and "This account has been switched off" in text(refused)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=sam, kind=NotificationKind.MEMBERSHIP, message="Hi", key="test:hi")
    assert mail.outbox == []


def test_a_second_switch_off_changes_nothing_and_says_so(story):
    sam = story["sam"]
    page = story["client"].get(off_url(sam))  # the page, open twice, sent twice
    story["client"].post(off_url(sam))
    assert page.status_code == 200
    events = Event.objects.count()
    second = story["client"].post(off_url(sam), follow=True)
    assert "Sam Lewis’s account was already switched off: nothing changed." in text(second)
    assert Event.objects.count() == events
    assert Event.objects.filter(verb="accounts.account_switched_off").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_switch_offs_at_the_same_moment_switch_off_once():
    """Run on PostgreSQL: the person's row lock decides which goes ahead."""
    admin = UserFactory(is_staff=True, is_superuser=True)
    other_admin = UserFactory(is_staff=True, is_superuser=True)
    sam = UserFactory(full_name="Sam Lewis")
    results, errors = at_once(
        [
            lambda: switch_off_account(person=sam, actor=admin),
            lambda: switch_off_account(person=sam, actor=other_admin),
        ]
    )
    assert errors == []
    assert sorted(r is None for r in results) == [False, True]
    assert Event.objects.filter(verb="accounts.account_switched_off").count() == 1


def test_switching_back_on_lets_him_sign_in_and_leaves_his_invitation_withdrawn(story):
    sam = story["sam"]
    story["client"].post(off_url(sam))
    page = story["client"].get(on_url(sam))
    assert "Invitations withdrawn when their account was switched off stay withdrawn" in (
        text(page)
    )
    assert User.objects.get(pk=sam.pk).is_active is False  # a GET writes nothing
    response = story["client"].post(on_url(sam), follow=True)
    assert response.redirect_chain == [(off_url(sam), 302)]
    assert "Sam Lewis’s account is switched on again: they can sign in." in text(response)
    assert "Switch off Sam Lewis’s account?" in text(response)
    assert User.objects.get(pk=sam.pk).is_active
    assert sign_in(Client(), "sam.lewis@school.example").status_code == 302
    assert Invitation.objects.get(pk=story["invitation"].pk).state == Invitation.State.WITHDRAWN
    [event] = Event.objects.filter(verb="accounts.account_switched_on")
    assert entry(event).sentence == "Ada Admin switched the account of Sam Lewis back on."
    # Once: sent again, nothing more.
    again = story["client"].post(on_url(sam), follow=True)
    assert "Sam Lewis’s account was already switched on: nothing changed." in text(again)
    assert Event.objects.filter(verb="accounts.account_switched_on").count() == 1


def test_an_erased_account_stays_switched_off(story):
    sam = story["sam"]
    erase_person(person=sam, actor=story["admin"])
    page = story["client"].get(off_url(sam), follow=True)
    assert page.redirect_chain == [(on_url(sam), 302)]
    assert "their account stays switched off for good" in text(page)
    assert "Switch it back on" not in text(page)
    refused = story["client"].post(on_url(sam))
    assert refused.status_code == 403
    assert not User.objects.get(pk=sam.pk).is_active


@pytest.mark.parametrize("who", ["officer", "sam", "staff"])
def test_nobody_but_an_administrator_may_switch_an_account(story, who):
    """Not a programme officer, not the person, not staff who are not administrators: told
    there is no such page, and nothing changes."""
    if who == "staff":
        story["staff"] = UserFactory(is_staff=True)
    client = Client()
    client.force_login(story[who])
    sam = story["sam"]
    for url in (off_url(sam), on_url(sam)):
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    assert User.objects.get(pk=sam.pk).is_active
    assert not Event.objects.filter(verb__startswith="accounts.account_switched").exists()


def test_an_administrator_may_not_switch_off_their_own_account(story):
    refused = story["client"].post(off_url(story["admin"]))
    assert refused.status_code == 403
    assert "You cannot switch off your own account: ask another administrator to." in (
        text(refused)
    )
    assert User.objects.get(pk=story["admin"].pk).is_active


def test_an_administrator_finds_it_on_the_persons_page_and_in_the_admin(story):
    sam = story["sam"]
    link = f'href="{off_url(sam)}"'
    person_page = reverse("directory:person_detail", args=[sam.pk])
    page = story["client"].get(person_page).content.decode()
    assert link in page and "Switch off this account (they have left)" in page
    admin_page = reverse("admin:accounts_user_change", args=[sam.pk])
    page = story["client"].get(admin_page).content.decode()
    assert link in page and "Switch off this account (they have left)" in page
    assert "Account switched on" in page  # the tick box, in words that say what it is
    # Not to a programme officer who sees Sam's page.
    officer = Client()
    officer.force_login(story["officer"])
    page = officer.get(person_page)
    assert page.status_code == 200 and link not in page.content.decode()
    # Once off, the admin offers to switch it back on.
    story["client"].post(off_url(sam))
    page = story["client"].get(admin_page).content.decode()
    assert f'href="{on_url(sam)}"' in page and link not in page
