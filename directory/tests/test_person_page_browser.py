"""In a real Chromium, checked with axe-core at 320 px: an administrator opens the page of
someone who has left, reads that their account is switched off and reaches the link to switch
it back on by keyboard; the page of someone whose details were erased names nobody."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.erasure import erase_person
from accounts.leaving import switch_off_account
from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def narrow(page):
    page.set_viewport_size({"width": 320, "height": 640})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways at 320px ({width}px wide)"


def test_the_pages_of_someone_who_left_and_of_someone_erased(live_server, page, world):
    admin = world.users["admin"]
    sam, dana = UserFactory(full_name="Sam Lewis"), UserFactory(full_name="Dana Reeve")
    for person in (sam, dana):
        FieldTrialMembershipFactory(field_trial=world.coral, user=person, role=Role.PRACTITIONER)
    switch_off_account(person=sam, actor=admin)
    erase_person(person=dana, actor=admin)
    sign_in(page, live_server, admin.email, PASSWORD)

    page.goto(f"{live_server.url}{sam.get_absolute_url()}")
    narrow(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Sam Lewis")
    expect(page.locator("main")).to_contain_text(
        "This account is switched off: Sam Lewis no longer signs in to Next Practice."
    )
    switch_on = page.get_by_role("link", name="Switch this account back on")
    switch_on.focus()
    expect(switch_on).to_be_focused()
    page.keyboard.press("Enter")
    switch_on_page = reverse("accounts:person_switch_on", args=[sam.pk])
    expect(page).to_have_url(f"{live_server.url}{switch_on_page}")
    page.go_back()
    assert_accessible(page)

    page.goto(f"{live_server.url}{dana.get_absolute_url()}")
    narrow(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("A former member")
    expect(page.locator("main")).to_contain_text("This person’s details were erased.")
    expect(page.locator("main")).not_to_contain_text("Dana")
    assert_accessible(page)
