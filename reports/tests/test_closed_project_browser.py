"""A closed project's pages in Chromium, with axe-core, at full width and at 320 px: its
overview and Reports page say monthly reports stopped and link its final report, and its
trial's Exercises page says no new exercise is started (nothing offers one)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.models import Stage
from programmes.services import close_project
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import Report
from reports.tasks import make_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"


def test_a_closed_project_s_pages_say_what_stopped_readably_at_320_pixels(
    live_server, page, monkeypatch
):
    today = timezone.localdate()
    project = ProjectFactory(
        title="Lantern Project",
        stage=Stage.SYSTEM_LEARNING,
        start_date=today - datetime.timedelta(days=300),
        stage_entered_at=timezone.now() - datetime.timedelta(days=60),
    )
    trial = FieldTrialFactory(project=project, title="Beacon Trial", status="completed")
    officer = UserFactory(email="ada@example.org", full_name="Ada Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER)
    monkeypatch.setattr("reports.services.send_job", lambda *args: None)  # made just below
    close_project(project=project, actor=officer, closed_on=today, note="Handed on.")
    make_report.apply(args=[Report.objects.get(project=project).pk])

    sign_in(page, live_server, "ada@example.org", PASSWORD)
    for width in (1024, 320):
        page.set_viewport_size({"width": width, "height": 800})
        for path in (
            project.get_absolute_url(),
            reverse("reports:subject_reports", args=["project", project.pk]),
        ):
            page.goto(f"{live_server.url}{path}")
            stopped = page.locator("#monthly-reports-stopped")
            expect(stopped).to_contain_text("Monthly reports stopped when the project closed")
            expect(stopped.get_by_role("link", name="read the final report")).to_be_visible()
            assert page.evaluate("document.documentElement.scrollWidth") <= max(width, 320)
            assert_accessible(page)
        page.goto(live_server.url + reverse("fieldtrials:fieldtrial_exercises", args=[trial.pk]))
        expect(page.locator("main")).to_contain_text("no new toolkit exercise is started")
        expect(page.get_by_role("link", name="Start a toolkit exercise")).to_have_count(0)
        assert page.evaluate("document.documentElement.scrollWidth") <= max(width, 320)
        assert_accessible(page)
