"""At 320 px, in Chromium, checked with axe-core: the import pages fit the screen, a wide
table scrolling in its own region rather than the whole page sideways (the people import's
example file made the page 768 px wide)."""

import pytest
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in

from .factories import OrganisationImportFactory, PeopleImportFactory
from .test_people_browser import PEOPLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def _fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)


def test_an_officer_reads_the_people_import_and_its_preview_at_320(
    live_server, page, world, tmp_path
):
    quartz = world.objects["quartz"]
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE)
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(f"{live_server.url}/programmes/{quartz.pk}/people-imports/new/")
    example = page.get_by_role("region", name="An example file of people")
    expect(example.get_by_role("columnheader", name="role")).to_be_attached()
    _fits(page)

    page.get_by_label("The file of people").set_input_files(str(path))
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.locator("#import-problems")).to_contain_text("Onyx Trial")
    _fits(page)


def test_an_administrator_reads_the_organisation_imports_at_320(live_server, page, world):
    OrganisationImportFactory(requested_by=world.users["admin"])
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, live_server, world.users["admin"].email, PASSWORD)
    page.goto(f"{live_server.url}/directory/imports/")
    expect(page.get_by_role("region", name="Imports, newest first")).to_be_visible()
    _fits(page)
    page.get_by_role("link", name="Import the register's file").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import the register's file")
    _fits(page)


def test_a_long_address_among_the_problems_wraps_at_320(live_server, page, world):
    # "Rows with problems" kept a long address whole: the page scrolled sideways.
    address = "alexandra.montgomerysmythe@stbartholomews.example.org"
    item = PeopleImportFactory(
        programme=world.objects["quartz"],
        requested_by=world.users["officer"],
        previewed=True,
        problems=[
            [2, f"{address} is in the file twice for the same place."],
            # No dot nor @ to wrap at: the page was 1,040 px wide.
            [3, f"“{'a' * 60}&{'b' * 40}” is not an e-mail address."],
            # 23 characters without a space: the page was 348 px wide.
            [4, f"There is no organisation with the URN or name “{'9' * 20}”."],
        ],
        problem_count=3,
    )
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(f"{live_server.url}/programmes/{item.programme_id}/people-imports/{item.pk}/")
    expect(page.locator("#import-problems")).to_contain_text(address)
    # Read as it was written, whatever the places it may wrap.
    expect(page.locator("#import-problems")).to_contain_text(f"{'a' * 60}&{'b' * 40}")
    expect(page.locator("#import-problems")).to_contain_text(f"“{'9' * 20}”.")
    _fits(page)
