"""A reset link sent before the account was switched off changes nothing."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"
NEW = "a new long phrase 42"


def reset_form_url(client, email):
    client.post(reverse("accounts:password_reset"), {"email": email})
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[-1].body).group(1)
    return client.get(link, follow=True).redirect_chain[-1][0]


def test_a_reset_link_sent_before_the_account_was_switched_off_changes_nothing(client):
    person = UserFactory(email="consultant@example.org")
    form_url = reset_form_url(client, "Consultant@Example.org")
    person.is_active = False
    person.save()
    mail.outbox.clear()
    page = client.get(form_url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "This account is switched off" in body
    assert "its password cannot be changed. Nothing has been changed." in body
    assert "new_password1" not in body and "Choose a new password" not in body
    posted = client.post(form_url, {"new_password1": NEW, "new_password2": NEW})
    assert posted.status_code == 403
    assert "This account is switched off" in posted.content.decode()
    assert "Sign in with your new password" not in posted.content.decode()
    person.refresh_from_db()
    assert person.check_password(PASSWORD) and not person.check_password(NEW)
    assert mail.outbox == []
