"""Wrong passwords count towards one pause whatever the capitals of the address typed: sign-in
takes every spelling for the one account, so the pause holds for every spelling."""

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"
ADDRESS = "partner@example.org"
SPELLINGS = ["Partner@Example.org", "PARTNER@example.org", " pArtner@example.org", ADDRESS]


def sign_in(client, email, password):
    return client.post(reverse("accounts:login"), {"username": email, "password": password})


def test_wrong_passwords_in_mixed_spellings_pause_every_spelling(client):
    UserFactory(email=ADDRESS)
    for typed in [*SPELLINGS, "partner@EXAMPLE.ORG"]:
        assert sign_in(client, typed, "wrong").status_code in (400, 429)
    for typed in [*SPELLINGS, "PARTNER@EXAMPLE.ORG "]:
        response = sign_in(client, typed, PASSWORD)
        assert response.status_code == 429, typed
        assert "Too many attempts to sign in" in response.content.decode()
        assert "_auth_user_id" not in client.session
    # One count for the account, not one for each spelling.
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == [ADDRESS]


def test_four_wrong_passwords_in_any_spellings_still_let_the_right_one_in(client):
    UserFactory(email=ADDRESS)
    for typed in SPELLINGS:
        assert sign_in(client, typed, "wrong").status_code == 400
    assert sign_in(client, "PARTNER@Example.org", PASSWORD).status_code == 302


def test_a_new_password_by_the_emailed_link_ends_a_pause_run_up_in_other_spellings(client):
    UserFactory(email=ADDRESS)
    for typed in [*SPELLINGS, "PARTNER@EXAMPLE.ORG"]:
        sign_in(client, typed, "wrong")
    assert sign_in(client, ADDRESS, PASSWORD).status_code == 429
    client.post(reverse("accounts:password_reset"), {"email": "Partner@example.org"})
    link = next(m for m in mail.outbox if "/accounts/reset/" in m.body)
    path = link.body.split("/accounts/reset/")[1].split()[0]
    form_url = client.get(f"/accounts/reset/{path}", follow=True).redirect_chain[-1][0]
    new = "a new long passphrase 2026"
    assert client.post(form_url, {"new_password1": new, "new_password2": new}).status_code == 302
    assert sign_in(client, "PARTNER@example.ORG", new).status_code == 302
