"""An administrator erases a person's details: what they wrote stays, credited to "A former
member"; their name and address are nowhere any more; they cannot come back; once only."""

import re

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import models
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.erasure import FORMER_MEMBER, erase_person
from accounts.models import Event, Invitation, Notification, NotificationKind, Role, User
from accounts.people.services import accept_invitation, hash_token, invite
from accounts.services import notify, record_event
from accounts.tests.factories import OrganisationFactory, UserFactory
from discussions.tests.factories import PostFactory, ThreadFactory
from fieldtrials.tests.factories import FieldTrialFactory
from fieldtrials.tests.factories_records import MonthlyUpdateFactory
from following.models import DigestChoice, Follow
from nextpractice.history import entry
from nextpractice.testing.races import at_once
from programmes.tests.factories import ProgrammeMembershipFactory
from reports.models import MonthlyReportOptOut

pytestmark = pytest.mark.django_db

NAME = "Wilhelmina Tarrant"
ADDRESS = "wil.tarrant@school.example"
PASSWORD = "a long passphrase of hers 2026"
# What must be found nowhere once she is erased: her name, its rarer half, her address.
WORDS = [NAME, "Tarrant", ADDRESS, "wil.tarrant"]


def rows_holding(words):
    """Every row of every table (every model's text and JSON columns) holding one of `words`,
    in any case: ["app.Model pk: column"]."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        rows = model._base_manager.all()
        condition = Q()
        for field in model._meta.concrete_fields:
            column = field.attname
            if isinstance(field, models.JSONField):
                column = f"{field.attname}_text"
                rows = rows.annotate(**{column: Cast(field.attname, TextField())})
            elif not isinstance(field, (models.CharField, models.TextField)):
                continue
            for word in words:
                condition |= Q(**{f"{column}__icontains": word})
        if condition:
            found += [
                f"{model._meta.label} {pk}"
                for pk in rows.filter(condition).values_list("pk", flat=True)
            ]
    return found


def sign_in(client, email, password):
    return client.post(reverse("accounts:login"), {"username": email, "password": password})


@pytest.fixture
def story(client):
    """Wilhelmina joins a trial by an invitation, writes and posts there, follows it, signs
    in (and once mistypes her password), invites a colleague; her name is copied where the
    app copies names."""
    officer = UserFactory(full_name="Olive Officer", email="olive@agency.example")
    admin = UserFactory(
        full_name="Ada Admin", email="ada@agency.example", is_staff=True, is_superuser=True
    )
    trial = FieldTrialFactory(title="Coral Trial")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    invited = invite(target=trial, email=ADDRESS, role=Role.PRACTITIONER, actor=officer)
    Invitation.objects.filter(pk=invited.invitation.pk).update(token_hash=hash_token("her-link"))
    _, her = accept_invitation(token="her-link", full_name=NAME, password=PASSWORD)
    User.objects.filter(pk=her.pk).update(
        job_title="Deputy head", organisation=OrganisationFactory(name="Oak School")
    )
    her.refresh_from_db()
    update = MonthlyUpdateFactory(field_trial=trial, author=her, what_happened="We began.")
    PostFactory(thread=ThreadFactory(field_trial=trial, created_by=her), author=her)
    Follow.objects.create(user=her, field_trial=trial)
    DigestChoice.objects.create(user=her, frequency="weekly")
    MonthlyReportOptOut.objects.create(project=trial.project, person=her)
    waiting = Invitation.objects.create(
        email="friend@school.example",
        role=Role.PRACTITIONER,
        field_trial=trial,
        invited_by=her,
        expires_at=timezone.now() + timezone.timedelta(days=14),
        token_hash=hash_token("her-friend"),
    )
    # Copies the app makes: a role change's sentence, a change naming her, a notification
    # to someone else, the admin's log of a change to her account.
    record_event(
        actor=officer,
        verb="fieldtrials.member_role_changed",
        target=trial,
        data={"user": her.pk, "from": "practitioner", "to": "practitioner"},
    )
    record_event(
        actor=officer,
        verb="fieldtrials.fieldtrial_changed",
        target=trial,
        data={"changes": [{"field": "Lead person", "from": "", "to": NAME}]},
    )
    notify(
        recipient=officer,
        kind=NotificationKind.JOIN_REQUESTED,
        message=f"{NAME} of Oak School asks to join the community ‘Rowan’.",
        key="test:asked",
    )
    LogEntry.objects.create(
        user=admin,
        content_type=ContentType.objects.get_for_model(User),
        object_id=str(her.pk),
        object_repr=str(her),
        action_flag=CHANGE,
        change_message="[]",
    )
    signed_in = Client()
    assert sign_in(signed_in, ADDRESS, PASSWORD).status_code == 302
    assert sign_in(Client(), ADDRESS, "not her password").status_code == 400
    client.force_login(admin)
    return {
        "her": her,
        "officer": officer,
        "admin": admin,
        "trial": trial,
        "update": update,
        "waiting": waiting,
        "signed_in": signed_in,
        "client": client,
    }


def erase(story):
    url = reverse("accounts:person_erase", args=[story["her"].pk])
    return story["client"].post(url)


def test_the_confirm_page_says_what_happens_and_what_stays(story):
    page = story["client"].get(reverse("accounts:person_erase", args=[story["her"].pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert f"Erase {NAME}’s details?" in text
    assert "This cannot be undone" in text
    assert "What they wrote stays as the team’s record, credited to ‘A former member’" in text
    assert "the record of their sign-ins" in text
    assert "Yes, erase their details" in text
    assert User.objects.get(pk=story["her"].pk).full_name == NAME  # a GET changes nothing


def test_before_erasing_her_name_and_address_are_in_many_places(story):
    """The search below finds what it looks for: the copies the erasure must reach."""
    held = rows_holding(WORDS)
    for where in [
        "accounts.User",
        "accounts.Event",
        "accounts.Notification",
        "accounts.Invitation",
        "admin.LogEntry",
        "axes.AccessLog",
        "axes.AccessAttempt",
        "search.SearchDocument",
    ]:
        assert any(row.startswith(where + " ") for row in held), where


def test_after_erasing_no_table_holds_her_name_or_address(story):
    response = erase(story)
    assert response.status_code == 302
    assert rows_holding(WORDS) == []
    her = User.objects.get(pk=story["her"].pk)
    assert (her.full_name, her.job_title, her.organisation) == (FORMER_MEMBER, "", None)
    assert her.email.endswith("@erased.invalid")
    assert not her.is_active and not her.has_usable_password() and her.erased_at is not None


def test_what_was_only_hers_is_deleted(story):
    her = story["her"]
    erase(story)
    assert not Notification.objects.filter(recipient=her).exists()
    assert not Follow.objects.filter(user=her).exists()
    assert not DigestChoice.objects.filter(user=her).exists()
    assert not MonthlyReportOptOut.objects.filter(person=her).exists()
    assert not Invitation.objects.filter(Q(invited_by=her) | Q(accepted_by=her)).exists()
    for model in (AccessLog, AccessAttempt, AccessFailureLog):
        assert not model.objects.filter(username__iexact=ADDRESS).exists(), model
    # Her browser, still signed in, is signed out: its session is gone.
    signed_in_as = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(her.pk) not in signed_in_as and str(story["admin"].pk) in signed_in_as
    assert story["signed_in"].get(reverse("home")).status_code == 302
    # Someone she invited finds the link no longer works.
    follow = Client().get(reverse("people:invitation_accept", args=["her-friend"]))
    assert follow.status_code == 404


def test_her_monthly_updates_stay_on_the_trial_credited_to_a_former_member(story):
    erase(story)
    officer = Client()
    officer.force_login(story["officer"])
    page = officer.get(reverse("fieldtrials:update_list", args=[story["trial"].pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert FORMER_MEMBER in text and NAME not in text
    story["update"].refresh_from_db()
    assert story["update"].what_happened == "We began."


def test_the_history_tells_of_her_as_a_former_member_and_of_the_erasure_without_her_name(story):
    erase(story)
    said = {e.verb: entry(e).sentence for e in Event.objects.select_related("actor")}
    assert said["fieldtrials.member_role_changed"].startswith(
        "Olive Officer changed a former member's role in Coral Trial"
    )
    assert said["accounts.person_erased"] == "A person’s details were erased by Ada Admin."
    told = Notification.objects.get(recipient=story["officer"], key="test:asked")
    assert told.message == "A former member of Oak School asks to join the community ‘Rowan’."


def test_she_can_neither_sign_in_nor_reset_her_password(story):
    erase(story)
    visitor = Client()
    assert sign_in(visitor, ADDRESS, PASSWORD).status_code == 400
    erased_address = User.objects.get(pk=story["her"].pk).email
    assert sign_in(visitor, erased_address, PASSWORD).status_code == 400
    for address in (ADDRESS, erased_address):
        reset = visitor.post(reverse("accounts:password_reset"), {"email": address})
        assert reset.status_code == 302
    assert mail.outbox == []


def test_a_second_erase_changes_nothing_and_says_so(story):
    erase(story)
    before = User.objects.filter(pk=story["her"].pk).values().get()
    events = Event.objects.count()
    second = story["client"].post(
        reverse("accounts:person_erase", args=[story["her"].pk]), follow=True
    )
    assert "This person’s details were already erased: nothing changed." in (
        second.content.decode()
    )
    assert "This person’s details are erased" in second.content.decode()
    assert User.objects.filter(pk=story["her"].pk).values().get() == before
    assert Event.objects.count() == events
    assert Event.objects.filter(verb="accounts.person_erased").count() == 1


@pytest.mark.parametrize("who", ["officer", "her"])
def test_nobody_but_an_administrator_may_erase(story, who):
    client = Client()
    client.force_login(story[who])
    url = reverse("accounts:person_erase", args=[story["her"].pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert User.objects.get(pk=story["her"].pk).full_name == NAME


def test_an_administrator_may_not_erase_themselves(story):
    url = reverse("accounts:person_erase", args=[story["admin"].pk])
    refused = story["client"].post(url)
    assert refused.status_code == 403
    assert "ask another administrator" in refused.content.decode()
    assert User.objects.get(pk=story["admin"].pk).full_name == "Ada Admin"


def test_the_admin_page_of_a_person_offers_to_erase_them(story):
    page = story["client"].get(reverse("admin:accounts_user_change", args=[story["her"].pk]))
    assert reverse("accounts:person_erase", args=[story["her"].pk]) in page.content.decode()
    assert "Erase this person’s details" in page.content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_erasures_at_the_same_moment_erase_once():
    """Run on PostgreSQL: the person's row lock decides which goes ahead."""
    admin = UserFactory(is_staff=True, is_superuser=True)
    her = UserFactory(full_name=NAME, email=ADDRESS)
    results, errors = at_once([lambda: erase_person(person=her, actor=admin)] * 2)
    assert errors == []
    assert sorted(r is None for r in results) == [False, True]
    assert Event.objects.filter(verb="accounts.person_erased").count() == 1


def test_words_are_replaced_whole_not_inside_other_words():
    from accounts.erasure import _Replacer

    replacer = _Replacer(["Ann Lee"], "ann@x.example", "former-member-1@erased.invalid")
    assert replacer.text("Ann Lee") == FORMER_MEMBER
    assert replacer.text("ANN@x.example") == "former-member-1@erased.invalid"
    assert replacer.text("removed Ann Lee from X") == "removed a former member from X"
    assert replacer.text("Ann Leeds and Joann Lee stay") == "Ann Leeds and Joann Lee stay"
    assert re.fullmatch(r"A former member asks\.", replacer.text("Ann Lee asks."))
