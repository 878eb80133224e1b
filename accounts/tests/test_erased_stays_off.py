"""An erased account stays switched off for good, as the erase page promises: its admin page
changes nothing and sets no password, and sign-in, a session, a password reset and single
sign-on all refuse it, a password set on it or not; and the database itself refuses it switched
on, whatever writes it."""

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.erasure import FORMER_MEMBER, erase_person
from accounts.models import ERASED_STAYS_OFF, User
from accounts.sso import user_for_claims
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a long passphrase of hers 2026"


@pytest.fixture
def admin():
    return UserFactory(full_name="Ada Admin", is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(client, admin):
    client.force_login(admin)
    return client


@pytest.fixture
def erased(admin):
    her = UserFactory(full_name="Dana Reeve", email="dana@school.example")
    erase_person(person=her, actor=admin)
    her.refresh_from_db()
    return her


def switched_on_again(person):
    """What the tester did through the admin before it was read only: set a password (and
    ticked "Active", which the database now refuses: see the test below). Sign-in must refuse
    the account all the same."""
    person.set_password(PASSWORD)
    person.save()
    return person


def test_the_database_refuses_her_account_switched_on(erased):
    """Not only the app: a direct UPDATE (a script, a console) switching an erased account on
    is refused by PostgreSQL, and so is the ORM's save."""
    with pytest.raises(IntegrityError, match="accounts_user_erased_stays_off"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("UPDATE accounts_user SET is_active = true WHERE id = %s", [erased.pk])
    erased.is_active = True
    with pytest.raises(IntegrityError), transaction.atomic():
        erased.save(update_fields=["is_active"])
    assert not User.objects.get(pk=erased.pk).is_active
    # Someone not erased is switched on as before.
    other = UserFactory(is_active=False)
    User.objects.filter(pk=other.pk).update(is_active=True)
    assert User.objects.get(pk=other.pk).is_active


def test_her_admin_page_shows_her_details_with_nothing_to_change(admin_client, erased):
    page = admin_client.get(reverse("admin:accounts_user_change", args=[erased.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "This person’s details are erased. Their account stays switched off for good" in text
    for field in ("is_active", "full_name", "email", "is_staff", "is_superuser"):
        assert f'name="{field}"' not in text, field
    assert reverse("admin:auth_user_password_change", args=[erased.pk]) not in text
    assert 'name="_save"' not in text


def test_ticking_active_and_typing_her_name_back_is_refused(admin_client, erased):
    url = reverse("admin:accounts_user_change", args=[erased.pk])
    refused = admin_client.post(
        url,
        {
            "email": "dana@school.example",
            "full_name": "Dana Reeve",
            "is_active": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "09:00:00",
            "_save": "Save",
        },
    )
    assert refused.status_code == 403
    assert ERASED_STAYS_OFF in refused.content.decode()
    erased.refresh_from_db()
    assert (erased.is_active, erased.full_name) == (False, FORMER_MEMBER)
    assert erased.email.endswith("@erased.invalid")


def test_no_password_can_be_set_for_her_in_the_admin(admin_client, erased):
    url = reverse("admin:auth_user_password_change", args=[erased.pk])
    assert admin_client.get(url).status_code == 403
    refused = admin_client.post(
        url, {"password1": PASSWORD, "password2": PASSWORD, "usable_password": "true"}
    )
    assert refused.status_code == 403
    # In the words the rules and the database use, not the admin's own.
    assert ERASED_STAYS_OFF in refused.content.decode()
    erased.refresh_from_db()
    assert not erased.has_usable_password()


def test_an_account_not_erased_can_still_be_changed(admin_client):
    """The page is read only for an erased account, not for everyone."""
    other = UserFactory(full_name="Sam Lewis")
    page = admin_client.get(reverse("admin:accounts_user_change", args=[other.pk]))
    assert 'name="is_active"' in page.content.decode()
    url = reverse("admin:auth_user_password_change", args=[other.pk])
    assert admin_client.get(url).status_code == 200


def test_she_cannot_sign_in_even_switched_on_again_with_a_password(erased):
    switched_on_again(erased)
    visitor = Client()
    answer = visitor.post(
        reverse("accounts:login"), {"username": erased.email, "password": PASSWORD}
    )
    assert answer.status_code == 400
    text = answer.content.decode()
    assert "Enter a correct e-mail address and password" in text
    assert "switch it on again" not in text  # an erased account is nobody's to switch on
    assert visitor.get(reverse("home")).status_code == 302


def test_the_admin_sign_in_refuses_her_too(erased):
    switched_on_again(erased)
    User.objects.filter(pk=erased.pk).update(is_staff=True)
    visitor = Client()
    visitor.post(reverse("admin:login"), {"username": erased.email, "password": PASSWORD})
    assert "_auth_user_id" not in visitor.session


def test_a_session_of_hers_is_not_signed_in(erased):
    switched_on_again(erased)
    browser = Client()
    browser.force_login(erased, backend="accounts.backends.PasswordBackend")
    answer = browser.get(reverse("home"))
    assert answer.status_code == 302
    assert answer.url.startswith(reverse("accounts:login"))


def test_no_reset_link_is_sent_for_her_even_switched_on_again(erased):
    switched_on_again(erased)
    answer = Client().post(reverse("accounts:password_reset"), {"email": erased.email})
    assert answer.status_code == 302
    assert mail.outbox == []


def test_a_reset_link_for_her_sets_no_password(erased):
    switched_on_again(erased)
    url = reverse(
        "accounts:password_reset_confirm",
        args=[
            urlsafe_base64_encode(force_bytes(erased.pk)),
            default_token_generator.make_token(erased),
        ],
    )
    browser = Client()
    page = browser.get(url, follow=True)
    assert 'name="new_password1"' not in page.content.decode()
    new = "another long passphrase 2027"
    browser.post(
        page.redirect_chain[-1][0] if page.redirect_chain else url,
        {"new_password1": new, "new_password2": new},
    )
    erased.refresh_from_db()
    assert not erased.check_password(new) and erased.check_password(PASSWORD)


def test_single_sign_on_does_not_sign_her_in(settings):
    settings.SSO = {"domains": ["school.example"], "provider_name": "Test provider"}
    UserFactory(email="dana@school.example", erased_at="2026-12-07T10:00:00Z", is_active=False)
    user, reason = user_for_claims({"email": "dana@school.example", "email_verified": True})
    assert user is None and reason
