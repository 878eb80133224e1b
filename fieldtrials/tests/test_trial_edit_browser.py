"""Adding the schools that take part in a trial, in a real Chromium: each one picked in the
"Add a participating organisation" box becomes a ticked box in the list at once, is said to
screen readers, and the box empties for the next; several are saved in one go (axe-core on
the page, the strict CSP kept: the `page` fixture fails on any console error)."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.tests.factories import OrganisationFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_an_officer_adds_two_schools_in_one_save(live_server, page, world):
    alder = OrganisationFactory(name="Alder School")
    birchwood = OrganisationFactory(name="Birchwood Lane Primary School", urn="117520")
    anne = OrganisationFactory(name="St Anne's CE Primary School")
    OrganisationFactory(name="St Anne's RC Primary School")
    trial = world.coral
    trial.participating_organisations.set([alder])
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]))
    box = page.get_by_role("combobox", name="Add a participating organisation")
    listed = page.get_by_role("group", name="Participating organisations")
    status = page.locator("#div_id_add_participating > [role=status]")

    # By keyboard: typed, chosen with the arrow and Enter.
    box.focus()
    page.keyboard.type("Birchw")
    expect(page.get_by_role("option")).to_have_text(
        ["Birchwood Lane Primary SchoolSchool, URN 117520"]
    )
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(listed.get_by_role("checkbox", name="Birchwood Lane Primary School")).to_be_checked()
    expect(status).to_have_text("Added Birchwood Lane Primary School")
    expect(box).to_have_value("")
    expect(box).to_be_focused()  # ready for the next

    # By mouse: the second is added beside the first, not joined to its name.
    page.keyboard.type("St Anne")
    page.get_by_role("option", name="St Anne's CE Primary School").click()
    expect(listed.get_by_role("checkbox", name="St Anne's CE Primary School")).to_be_checked()
    expect(status).to_have_text("Added St Anne's CE Primary School")
    expect(box).to_have_value("")
    expect(listed.get_by_role("checkbox")).to_have_count(3)
    # Picked again, it is not listed twice.
    box.type("117520")
    page.get_by_role("option", name="Birchwood Lane Primary School").click()
    expect(status).to_have_text("Birchwood Lane Primary School is in the list already")
    expect(listed.get_by_role("checkbox")).to_have_count(3)
    assert_accessible(page)

    page.get_by_role("button", name="Save the trial's details").click()
    expect(page.get_by_text("The trial's details have been saved")).to_be_visible()
    assert set(trial.participating_organisations.all()) == {alder, birchwood, anne}


def test_with_javascript_the_hint_does_not_ask_for_semicolons(live_server, page, world):
    """The hint said to type several names with semicolons between them; with JavaScript the
    box then said "No matches" and offered to add an organisation called "Tanyard Road
    School; Westm". With it, schools are added one by one, and the hint says only that."""
    OrganisationFactory(name="Tanyard Road School")
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk]))
    box = page.get_by_role("combobox", name="Add a participating organisation")
    expect(page.locator("#id_add_participating_hint")).to_have_text(
        "Start typing its name or URN and choose it: it is added to the list above, and you "
        "can add the next. They are kept when you save the trial's details."
    )
    expect(page.locator("#div_id_add_participating")).not_to_contain_text("semicolon")
    expect(box).to_have_attribute("aria-describedby", re.compile(r"\bid_add_participating_hint\b"))

    box.fill("Tanyard Road School; Westm")
    expect(
        page.get_by_text("No matches: type one name or URN at a time, and choose it")
    ).to_be_visible()
    expect(page.get_by_role("link", name="Not in the directory?")).to_have_count(0)
    assert_accessible(page)
