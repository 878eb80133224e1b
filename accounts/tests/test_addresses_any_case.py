"""An e-mail address is one person's whatever its capitals: the admin keeps it in lower case
and cannot add a second account that differs only in case, the database refuses one too, and
sign-in never answers 500 for such a pair."""

import re

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


def sign_in(client, email, password):
    return client.post(reverse("accounts:login"), {"username": email, "password": password})


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(email="admin@example.org", is_staff=True, is_superuser=True))
    return client


def add_user(client, email):
    return client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": email,
            "full_name": "Olive Officer",
            "password1": "a long new passphrase 1",
            "password2": "a long new passphrase 1",
            "usable_password": "true",
        },
    )


def test_the_admin_keeps_a_new_address_trimmed_and_in_lower_case(admin_client):
    response = add_user(admin_client, "  Mixed.Case@Example.ORG ")
    assert response.status_code == 302
    assert User.objects.filter(email="mixed.case@example.org").count() == 1


def test_the_admin_refuses_an_address_another_account_has_in_other_capitals(admin_client):
    UserFactory(email="officer@example.org")
    response = add_user(admin_client, "OFFICER@Example.org")
    body = response.content.decode()
    assert response.status_code == 200  # the admin's own answer to a refused form
    # Beside the field, as the admin shows a field's error.
    beside = re.search(r'<ul class="errorlist" id="id_email_error">(.*?)</ul>', body, re.S)
    assert beside and "There is already an account with this e-mail address" in beside.group(1)
    assert User.objects.filter(email__iexact="officer@example.org").count() == 1


def test_the_admin_refuses_changing_an_address_to_another_accounts(admin_client):
    UserFactory(email="officer@example.org")
    other = UserFactory(email="other@example.org", full_name="Oscar Other")
    page = admin_client.get(reverse("admin:accounts_user_change", args=[other.pk]))
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(email=" Officer@EXAMPLE.org", date_joined_0="2026-01-01", date_joined_1="09:00")
    data.pop("date_joined", None)
    data.pop("last_login", None)
    data["groups"] = []
    response = admin_client.post(
        reverse("admin:accounts_user_change", args=[other.pk]),
        {k: v for k, v in data.items() if not isinstance(v, bool) or v},
    )
    assert "There is already an account with this e-mail address" in response.content.decode()
    other.refresh_from_db()
    assert other.email == "other@example.org"
    # Their own address in other capitals is kept in lower case.
    data["email"] = "OTHER@Example.org "
    response = admin_client.post(
        reverse("admin:accounts_user_change", args=[other.pk]),
        {k: v for k, v in data.items() if not isinstance(v, bool) or v},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    other.refresh_from_db()
    assert other.email == "other@example.org"


def test_the_database_refuses_a_second_account_differing_only_in_case():
    UserFactory(email="officer@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.bulk_create([User(email="OFFICER@Example.org", full_name="Copy")])


def test_sign_in_picks_one_account_not_a_500_if_two_differ_only_in_case(client):
    """Only a database from before the constraint could hold such a pair: the constraint is
    taken away for this test (PostgreSQL undoes it with the test's transaction)."""
    constraint = next(
        c for c in User._meta.constraints if c.name == "accounts_user_email_unique_ignoring_case"
    )
    with connection.schema_editor() as editor:
        editor.remove_constraint(User, constraint)
    UserFactory(email="officer@example.org", full_name="Olive Officer")
    UserFactory(email="OFFICER@Example.org", full_name="Copy Officer")
    assert sign_in(client, "Officer@Example.ORG", PASSWORD).status_code == 302
    assert "Welcome, Olive" in client.get(reverse("home")).content.decode()
    client.post(reverse("accounts:logout"))
    assert sign_in(client, "OFFICER@Example.org", PASSWORD).status_code == 302
    assert "Welcome, Copy" in client.get(reverse("home")).content.decode()
