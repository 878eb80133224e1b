"""An administrator erases someone's details in a real Chromium, from the person's admin
page: the confirm page saying what happens and what stays, and the page after, pass
axe-core (WCAG A/AA), at a desktop's width and a phone's."""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_administrator_erases_someone_after_reading_what_happens(live_server, page):
    admin = UserFactory(email="ada@agency.example", is_staff=True, is_superuser=True)
    leaver = UserFactory(full_name="Wilhelmina Tarrant", email="wil.tarrant@school.example")
    sign_in(page, live_server, admin.email, "correct horse battery")
    page.goto(f"{live_server.url}/admin/accounts/user/{leaver.pk}/change/")
    # Offered twice: among the page's tools, and in the note saying people are not deleted here.
    erase = page.get_by_role("link", name="Erase this person’s details")
    expect(erase).to_have_count(2)
    erase.first.click()
    expect(page.get_by_role("heading", name="Erase Wilhelmina Tarrant’s details?")).to_be_visible()
    expect(page.get_by_role("heading", name="What stays")).to_be_visible()
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert_accessible(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.get_by_role("button", name="Yes, erase their details").click()
    expect(page.get_by_role("heading", name="This person’s details are erased")).to_be_visible()
    expect(page.get_by_text("Their details are erased.")).to_be_visible()
    assert_accessible(page)
    assert User.objects.get(pk=leaver.pk).full_name == "A former member"
