"""Signing in through a real OpenID Connect provider (oidc-provider on 127.0.0.1) in Chromium.

Needs Node.js (the provider) and Chromium; `make test-sysdeps` installs both.
"""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.conftest import PROVIDER_NAME
from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.oidc, pytest.mark.django_db(transaction=True)]


def sign_in_with_provider(page, live_server, login):
    page.goto(f"{live_server.url}/accounts/sign-in/")
    page.get_by_role("button", name=f"Sign in with {PROVIDER_NAME}").click()
    # The provider's own sign-in page: its development login takes any password.
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill("any password")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()


def test_a_person_with_an_account_signs_in_with_their_provider(live_server, page, sso_on):
    UserFactory(email="leader@school.example", full_name="Lee Leader")
    page.goto(f"{live_server.url}/accounts/sign-in/")
    assert_accessible(page)

    sign_in_with_provider(page, live_server, "known")

    assert page.url == f"{live_server.url}/"
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    expect(page.get_by_text("Signed in as leader@school.example")).to_be_visible()
    # The provider (127.0.0.1) is another site than the app (localhost): the session cookie,
    # SameSite=Lax, still came back with the provider's redirect to the callback.
    session = [c for c in page.context.cookies() if c["name"] == "sessionid"]
    assert [c["sameSite"] for c in session] == ["Lax"]


def test_a_person_without_an_account_is_told_who_to_ask_and_none_is_made(live_server, page, sso_on):
    before = User.objects.count()

    sign_in_with_provider(page, live_server, "stranger")

    assert page.url == f"{live_server.url}/accounts/sign-in/"
    expect(
        page.get_by_text("Next Practice has no account for stranger@school.example")
    ).to_be_visible()
    expect(page.get_by_text("Ask your programme officer to invite you")).to_be_visible()
    assert User.objects.count() == before
    assert not User.objects.filter(email__iexact="stranger@school.example").exists()
    assert_accessible(page)


def test_an_address_outside_the_configured_domains_is_refused(live_server, page, sso_on):
    UserFactory(email="leader@elsewhere.example")

    sign_in_with_provider(page, live_server, "elsewhere")

    assert page.url == f"{live_server.url}/accounts/sign-in/"
    expect(page.get_by_text("is for addresses ending @school.example")).to_be_visible()
    page.goto(f"{live_server.url}/")
    assert page.url.startswith(f"{live_server.url}/accounts/sign-in/")  # not signed in
