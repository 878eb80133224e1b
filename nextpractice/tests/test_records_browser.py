"""Issue 15's journey in a real Chromium, with axe-core on every page: an officer corrects
a problem statement's wording, a second officer's stale save of the same statement is
refused with both versions shown and what they typed kept, and the first officer withdraws
a support session with a reason; the trial's history and the project's page show both in
sentences (read from the event log; the sentences are helper G1's), and the events hold
what changed."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import SupportSession
from fieldtrials.tests.factories import FieldTrialFactory
from fieldtrials.tests.factories_records import SupportSessionFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.models import ProblemStatement
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def checked(page):
    assert_accessible(page)
    return page


def test_officers_correct_a_statement_clash_and_withdraw_a_support_session(
    live_server, page, chromium
):
    project = ProjectFactory(title="Workforce Modernisation")
    olivia = UserFactory(email="olivia@example.org", full_name="Olivia Okafor")
    sam = UserFactory(email="sam@example.org", full_name="Sam Shah")
    for officer in (olivia, sam):
        ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    statement = ProblemStatement.objects.create(
        project=project, text="Teachers spend too much time on admin tasks"
    )
    trial = FieldTrialFactory(project=project, title="Remodelled Staffing Trial")
    SupportSessionFactory(field_trial=trial, given_by=olivia, notes="Planning the first term")

    # Both officers open the statement's edit page.
    sign_in(page, live_server, olivia.email, PASSWORD)
    page.goto(f"{live_server.url}/projects/{project.pk}/phase-1/")
    checked(page)
    page.get_by_role("link", name=re.compile(r"^Change Teachers spend")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change the problem statement")
    checked(page)

    other = chromium.new_context()
    second = other.new_page()
    sign_in(second, live_server, sam.email, PASSWORD)
    second.goto(page.url)
    expect(second.get_by_role("heading", level=1)).to_have_text("Change the problem statement")

    # Olivia corrects the wording first.
    page.get_by_label("Statement").fill("Teachers spend too much time on administrative tasks")
    page.get_by_role("button", name="Save the changes").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "Your changes to the problem statement are saved"
    )
    checked(page)

    # Sam's save, based on the version he opened, is refused with both versions shown.
    second.get_by_label("Statement").fill("Teachers spend too long on paperwork")
    second.get_by_role("button", name="Save the changes").click()
    expect(second.locator(".govuk-error-summary")).to_contain_text(
        "Olivia Okafor changed this while you were editing it"
    )
    expect(second.get_by_role("heading", name="What is saved now")).to_be_visible()
    expect(second.get_by_text("Olivia Okafor saved this")).to_be_visible()
    expect(second.locator(".govuk-summary-list")).to_contain_text(
        "Teachers spend too much time on administrative tasks"
    )
    expect(second.get_by_label("Statement")).to_have_value("Teachers spend too long on paperwork")
    checked(second)
    # What is saved now comes before the Save button: beside Sam's version at 1280 px (on
    # its left), above it at 320 px, where it came after the button.
    saved_now = second.get_by_role("heading", name="What is saved now")
    yours = second.get_by_role("heading", name="Your version (not saved)")
    save = second.get_by_role("button", name="Save the changes")
    second.set_viewport_size({"width": 1280, "height": 800})
    assert saved_now.bounding_box()["x"] < yours.bounding_box()["x"]
    second.set_viewport_size({"width": 320, "height": 640})
    assert saved_now.bounding_box()["y"] < yours.bounding_box()["y"] < save.bounding_box()["y"]
    checked(second)
    other.close()
    statement.refresh_from_db()
    assert statement.text == "Teachers spend too much time on administrative tasks"

    # Olivia withdraws the support session from the trial's support page, saying why.
    page.goto(f"{live_server.url}{trial.get_absolute_url()}support/")
    checked(page)
    page.get_by_role("link", name=re.compile(r"^Withdraw Consultancy session")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Withdraw this support session")
    checked(page)
    page.get_by_role("button", name="Withdraw it").click()  # no reason: refused
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say why you are withdrawing it")
    page.console_errors.clear()  # the browser logs the 400 it was meant to get
    checked(page)
    page.get_by_label("Why are you withdrawing it?").fill("it was logged against the wrong trial")
    page.get_by_role("button", name="Withdraw it").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "The support session is withdrawn"
    )
    expect(page.locator("p", has_text="Withdrawn by Olivia Okafor on")).to_contain_text(
        ": it was logged against the wrong trial"
    )
    expect(page.get_by_text("0 hours in 0 sessions")).to_be_visible()
    checked(page)
    # The trial's history and the project's page say both, in sentences (G1's phrasing of
    # the kit's events).
    page.goto(f"{live_server.url}{trial.get_absolute_url()}")
    expect(page.locator(".np-timeline__item").first).to_contain_text(
        "Olivia Okafor withdrew the support session"
    )
    page.goto(f"{live_server.url}{project.get_absolute_url()}")
    expect(
        page.locator(".np-timeline__item", has_text="changed the problem statement").first
    ).to_contain_text(
        "Statement: from Teachers spend too much time on admin tasks to Teachers spend too "
        "much time on administrative tasks"
    )
    expect(
        page.locator(".np-timeline__item", has_text="withdrew the support session").first
    ).to_contain_text("because it was logged against the wrong trial")
    checked(page)

    session = SupportSession.objects.get()
    assert session.withdrawn_by == olivia
    changed = Event.objects.get(verb="programmes.problem_statement_changed")
    assert (changed.actor, changed.target) == (olivia, project)
    assert changed.data["changes"][0]["to"].endswith("administrative tasks")
    withdrawn = Event.objects.get(verb="fieldtrials.support_session_withdrawn")
    assert (withdrawn.actor, withdrawn.target) == (olivia, trial)
    assert withdrawn.data["reason"] == "it was logged against the wrong trial"
