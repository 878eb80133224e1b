"""In a real Chromium, checked with axe-core: an administrator uploads the register's file,
sees the preview's counts, confirms, and sees what was imported. Jobs run in-process."""

import pytest
from playwright.sync_api import expect

from accounts.models import Organisation
from nextpractice.testing.browser import assert_accessible, sign_in

from .gias_files import DATA

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_an_administrator_uploads_previews_and_confirms_an_import(live_server, page, world):
    sign_in(page, live_server, world.users["admin"].email, PASSWORD)
    page.goto(f"{live_server.url}/directory/imports/")
    assert_accessible(page)
    page.get_by_role("link", name="Import the register's file").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import the register's file")
    assert_accessible(page)

    page.get_by_label("The register's file").set_input_files(str(DATA / "gias_extract.csv"))
    page.get_by_role("button", name="Upload and preview").click()
    counts = page.locator("#import-counts")
    expect(counts.locator('[data-count="new"]')).to_have_text("292")
    expect(counts.locator('[data-count="closed"]')).to_have_text("6")
    expect(counts.locator('[data-count="new_local_authorities"]')).to_have_text("6")
    expect(page.get_by_text("Ready to confirm")).to_be_visible()
    assert_accessible(page)
    assert not Organisation.objects.exclude(urn="").exists()  # a preview changes nothing

    page.get_by_role("button", name="Confirm and import").click()
    expect(page.get_by_role("heading", name="What was imported")).to_be_visible()
    expect(page.locator('[data-count="new"]')).to_have_text("292")
    assert_accessible(page)
    assert Organisation.objects.exclude(urn="").count() == 292


def test_a_file_being_read_turns_into_its_preview_without_a_reload(live_server, page, world):
    from directory.tasks import preview_import_job

    from .factories import OrganisationImportFactory

    item = OrganisationImportFactory(requested_by=world.users["admin"])
    sign_in(page, live_server, world.users["admin"].email, PASSWORD)
    page.goto(f"{live_server.url}/directory/imports/{item.pk}/")
    expect(page.get_by_text("Waiting to be read")).to_be_visible()
    assert_accessible(page)
    outcome = page.get_by_role("status").filter(has_text="The file has been read")
    expect(page.locator("#import-outcome")).to_be_empty()
    page.evaluate("window.npOutcome = document.getElementById('import-outcome')")
    preview_import_job.delay(item.pk)  # as a worker would, while the page waits
    expect(page.locator('[data-count="new"]')).to_have_text("292", timeout=10_000)
    assert page.locator("#import-state[data-hx-get]").count() == 0  # polling has stopped
    # The outcome is told in the status region that was on the page all along (not replaced
    # with the import's state), so a screen reader announces it.
    expect(outcome).to_contain_text("importing it would add 292 new organisations")
    assert page.evaluate("window.npOutcome === document.getElementById('import-outcome')")
    assert_accessible(page)


@pytest.mark.parametrize("width", [1280, 320])
def test_a_school_leader_goes_from_a_search_result_to_the_school_s_page_and_its_people(
    live_server, page, world, width
):
    from accounts.tests.factories import OrganisationFactory

    school = world.coral.lead_organisation
    school.name, school.kind, school.urn = "Wexcombe Community College", "school", "116428"
    school.local_authority = OrganisationFactory(name="Hampshire", kind="local_authority")
    school.save()
    leader = world.users["leader"]
    leader.organisation = school
    leader.save()
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, live_server, leader.email, PASSWORD)
    page.goto(f"{live_server.url}/search/?q=Wexcombe")
    page.get_by_role("link", name="Wexcombe Community College").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wexcombe Community College")
    region = page.get_by_role("region", name="Field trials of Wexcombe Community College")
    expect(region.get_by_role("link", name="Coral Trial")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Leader Person")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)
    # On to a person of the school: their page, with their work.
    page.get_by_role("link", name="Leader Person").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Leader Person")
    region = page.get_by_role("region", name="Work of Leader Person")
    expect(region.get_by_role("link", name="Coral Trial")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)
