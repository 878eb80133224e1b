"""An officer takes a new project through all of Phase 1 in a real Chromium, checking every
page with axe-core: create it, agree an objective, keep a stimulus, record a workshop,
capture an option, assess it, select it (which creates its field trial), reach Incubate."""

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.models import CreativeOption, Project, StageMove
from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def checked(page):
    """Assert the page is accessible and return it, so each step reads as one line."""
    assert_accessible(page)
    return page


def open_page(page, name):
    """Follow the project's sub-navigation to one of its pages."""
    nav = page.get_by_role("navigation", name="Pages of this project")
    nav.get_by_role("link", name=name, exact=True).click()
    return checked(page)


def move_to(page, stage):
    open_page(page, "Overview")
    page.get_by_role("link", name="Move to another stage").click()
    checked(page)
    page.get_by_label(stage).check()
    page.get_by_role("button", name="Move the project").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(f"is now in {stage}")


def test_an_officer_runs_phase_1_end_to_end_in_the_browser(live_server, page):
    OrganisationFactory(name="Training and Development Agency for Schools", kind="national_agency")
    programme = ProgrammeFactory(name="Next Practice 2006-8")
    officer = UserFactory(email="olivia@example.org", full_name="Olivia Okafor")
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    sign_in(page, live_server, officer.email, PASSWORD)
    checked(page)

    # Create the project.
    page.get_by_role("link", name="Next Practice 2006-8").click()
    checked(page).get_by_role("link", name="Add a project").click()
    checked(page)
    page.get_by_label("Title").fill("Workforce Modernisation")
    page.get_by_label("Start date").fill("3/7/2006")
    page.get_by_role("button", name="Create the project").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Workforce Modernisation")
    checked(page)
    project = Project.objects.get(title="Workforce Modernisation")

    # Analyse need: the gate says what is missing until an objective is agreed.
    expect(page.get_by_text("agree at least one objective")).to_be_visible()
    open_page(page, "Phase 1").get_by_role("link", name="Add an objective").click()
    checked(page)
    page.get_by_role("button", name="Add the objective").click()  # empty: refused
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    page.console_errors.clear()  # the browser logs the 400 it was meant to get
    checked(page)
    page.get_by_label("Objective").fill("Remodel the workforce around learning")
    page.get_by_label("Agreed").check()
    page.get_by_role("button", name="Add the objective").click()
    expect(open_page(page, "Overview").get_by_text("Analyse need holds")).to_be_visible()
    move_to(page, "Scan the horizon")
    checked(page)

    # Scan the horizon: add a stimulus to the library and keep it for the project.
    open_page(page, "Phase 1").get_by_role("link", name="Browse the stimulus library").first.click()
    checked(page).get_by_role("button", name="Add a stimulus").click()
    checked(page)
    page.get_by_label("Title").fill("Bromley-by-Bow Healthy Living Centre")
    page.get_by_label("Healthcare").check()
    page.get_by_label("Country").fill("England")
    page.get_by_label("Summary").fill("A healthy living centre run with its community.")
    page.get_by_label("Provocation question").fill(
        "What would an extended school with similar levels of ambition and imagination look like?"
    )
    page.get_by_role("button", name="Save the stimulus").click()
    checked(page)
    page.goto(f"{live_server.url}/projects/{project.pk}/phase-1/")
    page.get_by_role("link", name="Keep a stimulus for this project").first.click()
    checked(page)
    page.get_by_label("Which stimulus will the project use?").select_option(index=1)
    page.get_by_label("Why will the project use it?").fill("Services around the learner")
    page.get_by_role("button", name="Keep this stimulus").click()
    checked(page)
    move_to(page, "Generate creative options")

    # Generate creative options: a workshop, an option from it, an assessment, a decision.
    open_page(page, "Phase 1").get_by_role("link", name="Record a workshop").click()
    checked(page)
    page.get_by_label("Title").fill("Futures day")
    page.get_by_label("Futures thinking").check()
    when = page.get_by_role("group", name="When was it held?")
    when.get_by_label("Day").fill("12")
    when.get_by_label("Month").fill("9")
    when.get_by_label("Year").fill("2006")
    page.get_by_role("button", name="Record the workshop").click()
    checked(page)
    page.goto(f"{live_server.url}/projects/{project.pk}/phase-1/")
    page.get_by_role("link", name="Add an option").click()
    checked(page)
    page.get_by_label("Title").fill("Learning communities across schools")
    page.get_by_label("Describe the idea").fill("Staff teams shared across a cluster.")
    page.get_by_label("Workshop it came from (optional)").select_option(index=1)
    page.get_by_label("Bromley-by-Bow Healthy Living Centre").check()
    page.get_by_role("button", name="Add the option").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Learning communities across schools")
    checked(page)
    option = CreativeOption.objects.get(title="Learning communities across schools")

    page.get_by_role("link", name="Assess this option").click()
    checked(page)
    for name in [
        "in_advance_of_evidence", "not_yet_sanctioned", "aware_of_best_practice",
        "able_practitioners", "scanning_informed", "serious_problems", "user_focused",
        "promise_outcomes", "promise_responsiveness", "promise_value",
    ]:  # fmt: skip
        page.locator(f"input[name={name}][value='2']").check()
    page.locator("input[name=change][value='1']").check()
    page.locator("input[name=distance][value='1']").check()
    page.locator("input[name=horizon]").first.check()
    page.get_by_role("button", name="Save your assessment").click()
    checked(page)

    page.get_by_role("link", name="Record a decision").click()
    checked(page)
    page.get_by_label("Selected").check()
    page.get_by_label("Reason for the decision").fill("Meets all seven characteristics")
    page.get_by_role("button", name="Record the decision").click()
    checked(page)
    option.refresh_from_db()
    assert option.status == "selected" and option.field_trial.status == "selected"
    expect(page.get_by_role("link", name=option.field_trial.title)).to_be_visible()

    # The options list with its 2x2.
    page.goto(f"{live_server.url}/projects/{project.pk}/phase-1/")
    page.get_by_role("link", name="See, screen and decide on the options").click()
    checked(page)

    # Incubate: every Phase 1 gate now holds.
    page.goto(f"{live_server.url}{project.get_absolute_url()}")
    move_to(page, "Incubate")
    checked(page)
    project.refresh_from_db()
    assert project.stage == "incubate"
    assert StageMove.objects.filter(project=project, overridden=False).count() == 3
