import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


def sign_in(client, email, password):
    return client.post(reverse("accounts:login"), {"username": email, "password": password})


def test_a_person_signs_in_with_their_email_address_in_any_case(client):
    UserFactory(email="head@school.example", full_name="Hannah Head")
    response = sign_in(client, "Head@School.example", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert "Welcome, Hannah" in client.get(reverse("home")).content.decode()


def test_a_wrong_password_is_refused_with_a_message_and_an_error_summary(client):
    UserFactory(email="head@school.example")
    response = sign_in(client, "head@school.example", "wrong")
    body = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in body
    assert "Enter a correct e-mail address and password" in body
    # The e-mail address is matched whatever its capitals; only the password is not.
    assert "The password is case-sensitive" in body and "Both" not in body
    assert 'value="head@school.example"' in body  # what they typed is kept
    assert "_auth_user_id" not in client.session


def test_repeated_wrong_passwords_lock_the_account_from_that_address(client):
    UserFactory(email="head@school.example")
    for _ in range(5):
        sign_in(client, "head@school.example", "wrong")
    response = sign_in(client, "head@school.example", PASSWORD)
    assert response.status_code == 429
    assert "Too many attempts to sign in" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.fixture
def behind_one_proxy(settings):
    """As docs/operating.md has an app server behind its balancer (DJANGO_PROXY_COUNT=1)."""
    settings.PROXY_COUNT = 1
    settings.AXES_CLIENT_IP_CALLABLE = "nextpractice.proxy.client_ip"


def test_forged_forwarded_addresses_sent_past_the_balancer_are_paused_after_five(
    client, behind_one_proxy
):
    """Sent straight to an app server, each wrong password naming a new X-Forwarded-For:
    eight were answered "wrong password" and the right one then signed in (findings X, 1)."""
    UserFactory(email="head@school.example")
    outside = {"REMOTE_ADDR": "198.51.100.7"}  # not the balancer's address
    url = reverse("accounts:login")
    for n in range(5):
        client.post(
            url,
            {"username": "head@school.example", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
            **outside,
        )
    response = client.post(
        url,
        {"username": "head@school.example", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.99",
        **outside,
    )
    assert response.status_code == 429
    assert "Too many attempts to sign in" in response.content.decode()
    assert "_auth_user_id" not in client.session


def sign_in_from(client, address, password):
    """Through the balancer (a private address), for a client at `address`."""
    return client.post(
        reverse("accounts:login"),
        {"username": "head@school.example", "password": password},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR=address,
    )


def test_twenty_wrong_passwords_from_as_many_addresses_pause_the_account_everywhere(
    client, behind_one_proxy
):
    UserFactory(email="head@school.example")
    for n in range(20):
        assert sign_in_from(client, f"203.0.113.{n}", "wrong").status_code in (400, 429)
    response = sign_in_from(client, "198.51.100.200", PASSWORD)  # an address never used
    assert response.status_code == 429
    assert "signing in to this account is paused for 15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_from_many_addresses_short_of_twenty_leave_the_account_open(
    client, behind_one_proxy
):
    UserFactory(email="head@school.example")
    for n in range(19):
        assert sign_in_from(client, f"203.0.113.{n}", "wrong").status_code == 400
    assert sign_in_from(client, "198.51.100.200", PASSWORD).status_code == 302


def test_signing_out_needs_a_post_and_ends_the_session(client):
    client.force_login(UserFactory())
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_password_reset_sends_a_link_that_sets_a_new_password(client):
    UserFactory(email="head@school.example")
    response = client.post(reverse("accounts:password_reset"), {"email": "head@school.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    new = "a new long passphrase 2026"
    page = client.get(form_url).content.decode()
    # The service's words for a new password, not Django's four bullets.
    assert "not like your name or e-mail address" in page and "Type the new password again" in page
    assert "Your password can’t be too similar" not in page
    mismatch = client.post(form_url, {"new_password1": new, "new_password2": "different"})
    assert mismatch.status_code == 400
    assert "There is a problem" in mismatch.content.decode()
    assert "The two passwords are not the same" in mismatch.content.decode()
    done = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    assert sign_in(client, "head@school.example", new).status_code == 302


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_reset_with_a_malformed_address_is_a_400_with_the_field_message(client):
    response = client.post(reverse("accounts:password_reset"), {"email": "not-an-address"})
    assert response.status_code == 400
    assert "Enter an e-mail address in the right form, like name@school.org.uk" in (
        response.content.decode()
    )


def test_the_usual_login_address_leads_to_sign_in_keeping_where_to_go_next(client):
    response = client.get("/accounts/login/?next=/field-trials/")
    assert response.status_code == 301
    assert response["Location"] == reverse("accounts:login") + "?next=/field-trials/"


def test_an_empty_sign_in_names_its_fields_in_plain_words_and_draws_both_boxes_red(client):
    body = sign_in(client, "", "").content.decode()
    assert "Enter the e-mail address" in body and "Enter the E-mail" not in body
    boxes = re.findall(r"<input[^>]*(?:id_username|id_password)[^>]*>", body)
    assert len(boxes) == 2 and all("govuk-input--error" in box for box in boxes), boxes


def test_a_switched_off_account_is_told_so_only_with_its_right_password(client):
    UserFactory(email="head@school.example", is_active=False)
    right = sign_in(client, "Head@School.example", PASSWORD)
    assert right.status_code == 400
    assert (
        "This account has been switched off. Ask your programme officer to have an "
        "administrator of Next Practice switch it on again." in right.content.decode()
    )
    assert "_auth_user_id" not in client.session
    wrong = sign_in(client, "head@school.example", "wrong").content.decode()
    assert "switched off" not in wrong and "Enter a correct e-mail address" in wrong


def test_a_password_like_the_persons_name_is_refused_when_reset(client):
    UserFactory(email="h.newhead@school.example", full_name="Harriet Newhead")
    client.post(reverse("accounts:password_reset"), {"email": "h.newhead@school.example"})
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    for like_the_name in ("harrietnewhead", "Harriet Newhead"):
        response = client.post(
            form_url, {"new_password1": like_the_name, "new_password2": like_the_name}
        )
        assert response.status_code == 400
        assert "too similar to the full name" in response.content.decode()


def test_a_new_password_by_the_emailed_link_ends_the_pause_after_wrong_passwords(client):
    """The paused page says "Wait 15 minutes and try again, or reset your password"."""
    UserFactory(email="head@school.example")
    for _ in range(5):
        sign_in(client, "Head@school.example", "wrong")
    assert sign_in(client, "Head@school.example", PASSWORD).status_code == 429
    client.post(reverse("accounts:password_reset"), {"email": "head@school.example"})
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    new = "a new long passphrase 2026"
    assert client.post(form_url, {"new_password1": new, "new_password2": new}).status_code == 302
    assert sign_in(client, "Head@school.example", new).status_code == 302


def test_a_switched_off_account_asking_for_a_new_password_is_told_why_none_comes(client):
    UserFactory(email="head@school.example", is_active=False)
    response = client.post(reverse("accounts:password_reset"), {"email": "Head@school.example"})
    assert response.status_code == 302  # the same page as for any address
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Your account is switched off"
    assert "to have an administrator of Next Practice switch your account on" in (
        mail.outbox[0].body
    )
    assert "/accounts/reset/" not in mail.outbox[0].body
