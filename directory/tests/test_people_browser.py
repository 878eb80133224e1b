"""In a real Chromium, checked with axe-core: a programme officer goes from the programme's
People page to the import, uploads a spreadsheet, sees the preview's counts and problems,
confirms, and the invitations are in the outbox. Jobs run in-process."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import Invitation
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"
PEOPLE = (
    "email,name,organisation,where,role\n"
    "asha@example.org,Asha Khan,,programme,consultant\n"
    "jo@example.org,Jo Ellis,,project: Amber Project,partner\n"
    "sam@example.org,Sam Okoro,,trial: Coral Trial,school leader\n"
    "kit@example.org,Kit,,trial: Onyx Trial,partner\n"
)


def test_an_officer_imports_people_and_their_invitations_are_sent(
    live_server, page, world, tmp_path
):
    quartz = world.objects["quartz"]
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE)
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(f"{live_server.url}/programmes/{quartz.pk}/people/")
    page.get_by_role("link", name="Import people from a spreadsheet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import people from a spreadsheet")
    assert_accessible(page)

    page.get_by_label("The file of people").set_input_files(str(path))
    page.get_by_role("button", name="Upload and preview").click()
    counts = page.locator("#import-counts")
    expect(counts.locator('[data-count="invite"]')).to_have_text("3")
    expect(counts.locator('[data-count="problems"]')).to_have_text("1")
    expect(page.locator("#import-problems")).to_contain_text("Onyx Trial")
    assert_accessible(page)
    invited = ["asha@example.org", "jo@example.org", "sam@example.org"]
    assert not Invitation.objects.filter(email__in=invited).exists()  # a preview invites nobody

    page.get_by_role("button", name="Confirm and invite").click()
    expect(page.get_by_role("heading", name="What was done")).to_be_visible()
    assert_accessible(page)
    # Their invitations, and the officer told the import has finished.
    officer = world.users["officer"].email
    assert sorted(m.to[0] for m in mail.outbox) == sorted([*invited, officer])
    assert Invitation.objects.filter(email__in=invited).count() == 3
