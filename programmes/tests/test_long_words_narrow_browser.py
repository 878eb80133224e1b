"""What people type can be long and unbroken (a pasted web address, a string of dashes): on a
320 px phone it wraps within the page, which does not scroll sideways (a tester's 5,000
unbroken characters made a project's Phase 1 page 77,713 px wide)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.models import ProblemStatement
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_a_long_unbroken_statement_wraps_on_a_320_px_phone(live_server, page):
    officer = UserFactory(email="officer@example.org", password=PASSWORD)
    project = ProjectFactory(title="Learning Outside the Classroom")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    ProblemStatement.objects.create(
        project=project, kind="problem", text="https://example.org/" + "x" * 3000
    )
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(live_server.url + reverse("programmes:project_phase1", args=[project.pk]))
    expect(page.get_by_text("https://example.org/xxx").first).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways at 320px ({width}px wide)"
    assert_accessible(page)


def test_a_trials_pages_links_take_a_few_rows_on_a_320_px_phone(live_server, page):
    """Stacked one per line, a trial's nine page links filled a phone's first screen before
    any of its content: they wrap in rows."""
    from fieldtrials.tests.factories import FieldTrialFactory

    officer = UserFactory(email="officer@example.org", password=PASSWORD)
    trial = FieldTrialFactory(title="Learning Exchange")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(live_server.url + trial.get_absolute_url())
    nav = page.get_by_role("navigation", name="Pages of this field trial")
    links = nav.get_by_role("link")
    assert links.count() >= 8
    height = nav.bounding_box()["height"]
    assert height <= 200, f"the trial's page links are {height:.0f}px tall at 320px"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)
