"""Picking an organisation by typing, in a real Chromium with the keyboard only: the
GOV.UK accessible-autocomplete over our suggestions endpoint, under our strict CSP (the
`page` fixture fails on any console error, a blocked script or style included), with
axe-core on each page."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import Organisation
from accounts.tests.factories import OrganisationFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


@pytest.fixture
def schools():
    herts = OrganisationFactory(name="Hertfordshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    kent = OrganisationFactory(name="Kent", kind=Organisation.Kind.LOCAL_AUTHORITY)
    return {
        "herts": OrganisationFactory(name="Barclay School", urn="117520", local_authority=herts),
        "kent": OrganisationFactory(
            name="Barclay School",
            kind=Organisation.Kind.SPECIAL_SCHOOL,
            urn="118999",
            local_authority=kent,
        ),
        "thomas": OrganisationFactory(name="Thomas Alleyne Academy", urn="137261"),
    }


def test_an_officer_picks_a_school_by_typing_part_of_its_name(live_server, page, world, schools):
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk]))
    field = page.get_by_role("combobox", name="Lead organisation")
    field.focus()
    page.keyboard.type("barcl")
    options = page.get_by_role("option")
    expect(options).to_have_count(2)
    # Two schools of one name, told apart by what the suggestion says under the name.
    expect(options.nth(1)).to_contain_text("Special school, URN 118999, Kent")
    assert_accessible(page)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(field).to_have_value("Barclay School")
    page.keyboard.press("Enter")  # the menu is closed: Enter sends the form
    expect(page.get_by_role("heading", level=1)).to_have_text("Coral Trial")
    world.coral.refresh_from_db()
    assert world.coral.lead_organisation == schools["kent"]
    assert_accessible(page)


def member_page(world):
    """Where Coral's officers set where its leader works (a team member's organisation)."""
    leader = world.users["leader"]
    return reverse("people:change_organisation", args=["field-trial", world.coral.pk, leader.pk])


def test_an_officer_picks_a_members_school_by_its_urn(live_server, page, world, schools):
    leader = world.users["leader"]
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + member_page(world))
    field = page.get_by_role("combobox", name="Their organisation")
    field.focus()
    page.keyboard.type("137261")
    expect(page.get_by_role("option")).to_have_text(["Thomas Alleyne AcademySchool, URN 137261"])
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(field).to_have_value("Thomas Alleyne Academy")
    page.keyboard.press("Enter")
    expect(
        page.get_by_text("Leader Person's organisation is now Thomas Alleyne Academy.")
    ).to_be_visible()
    leader.refresh_from_db()
    assert leader.organisation == schools["thomas"]
    # Opened again, the field shows the organisation's name.
    page.goto(live_server.url + member_page(world))
    expect(page.get_by_role("combobox", name="Their organisation")).to_have_value(
        "Thomas Alleyne Academy"
    )
    assert_accessible(page)


def test_without_javascript_the_plain_field_works(live_server, chromium, world, schools):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, live_server, world.users["officer"].email, PASSWORD)
        page.goto(live_server.url + member_page(world))
        page.get_by_label("Their organisation").fill("Barclay School")
        page.get_by_role("button", name="Save their organisation").click()
        expect(page.get_by_role("alert")).to_contain_text(
            "More than one organisation matches ‘Barclay School’"
        )
        page.get_by_label("Their organisation").fill("118999")
        page.get_by_role("button", name="Save their organisation").click()
        expect(
            page.get_by_text("Leader Person's organisation is now Barclay School.")
        ).to_be_visible()
        world.users["leader"].refresh_from_db()
        assert world.users["leader"].organisation == schools["kent"]
    finally:
        context.close()


def test_save_clicked_while_the_suggestions_are_open_saves(live_server, page, world, schools):
    """The suggestions pushed the button down while open and let it jump back as they closed
    on the click, so the click fell off it and nothing was saved (4 times in 4 for a
    tester): the list lies over the page instead."""
    leader = world.users["leader"]
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + member_page(world))
    save = page.get_by_role("button", name="Save their organisation")
    before = save.bounding_box()
    page.get_by_role("combobox", name="Their organisation").type("137261")
    expect(page.get_by_role("option")).to_have_count(1)
    assert save.bounding_box()["y"] == before["y"]  # the open list moved nothing
    page.mouse.click(before["x"] + before["width"] / 2, before["y"] + before["height"] / 2)
    expect(page.get_by_text("Leader Person's organisation is now")).to_be_visible()
    leader.refresh_from_db()
    assert leader.organisation == schools["thomas"]


def test_an_officer_is_offered_adding_an_organisation_nothing_matches(
    live_server, page, world, schools
):
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk]))
    page.get_by_role("combobox", name="Lead organisation").type("Hebden Royd")
    add = page.get_by_role("link", name="Not in the directory? Add “Hebden Royd”")
    expect(add).to_be_visible()
    expect(add).to_have_attribute("target", "_blank")
    # Not under the list's "No matches", which lay over it: a click would reach it.
    add.click(trial=True, timeout=2000)
    href = add.get_attribute("href")
    assert href == reverse("directory:organisation_create") + "?name=Hebden+Royd&from=picker"
    assert_accessible(page)
    # Added in its new tab, that tab says to go back to this one.
    with page.context.expect_page() as opened:
        add.click()
    tab = opened.value
    expect(tab.get_by_label("Name", exact=True)).to_have_value("Hebden Royd")
    tab.get_by_label("Kind of organisation").select_option(label="School")
    tab.get_by_role("button", name="Add the organisation").click()
    expect(tab.get_by_text("You can close this tab and go back to the form")).to_be_visible()
    assert_accessible(tab)
    tab.close()
    page.get_by_role("combobox", name="Lead organisation").fill("Barcl")
    expect(page.get_by_role("option")).to_have_count(2)
    expect(add).to_be_hidden()  # something matches: nothing to add


def test_a_leader_is_not_offered_adding_one(live_server, page, world, schools):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk]))
    # (the lead organisation is the officers' to set: the leader adds a school taking part)
    page.get_by_role("combobox", name="Add a participating organisation").type("Hebden Royd")
    expect(page.get_by_role("option")).to_have_text(
        ["No matches: check the spelling, or type more of the name"]
    )
    expect(page.get_by_role("link", name="Not in the directory?")).to_have_count(0)


def test_escape_on_a_suggestion_closes_the_list_and_leaves_focus_in_the_box(
    live_server, page, world, schools
):
    """With a suggestion highlighted, Escape closed the list and dropped focus to the page
    (alphagov/accessible-autocomplete#692): the next Tab jumped to the form's button. Focus
    goes back to the box, with what was typed."""
    OrganisationFactory(name="Stevenage Academy", urn="117000")
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + member_page(world))
    field = page.get_by_role("combobox", name="Their organisation")
    field.focus()
    page.keyboard.type("Steven")
    option = page.get_by_role("option", name="Stevenage Academy")
    expect(option).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(option).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("option")).to_have_count(0)
    expect(field).to_be_focused()
    expect(field).to_have_value("Steven")
    expect(field).to_have_attribute("aria-expanded", "false")
    assert_accessible(page)
    # Typing on works as before: the list opens again.
    page.keyboard.type("a")
    expect(option).to_be_visible()
