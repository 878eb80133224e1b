"""In Chromium, with a real worker: an officer reading a report that named someone whose
details were erased is told, at 320 px and to axe's satisfaction, that it is being made
again; the worker makes it, and the page shows the links to the new PDF without a reload,
which says "A former member"."""

import time
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.erasure import erase_person
from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.jobs import send_job
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories import ProgrammeMembershipFactory
from reports.models import Report
from reports.services import request_report
from reports.tasks import make_report
from reports.tests.helpers import pdf_text

pytestmark = [
    pytest.mark.browser,
    pytest.mark.celery_worker,
    pytest.mark.django_db(transaction=True),
]

PASSWORD = "a long passphrase for tests"


def ready(report, seconds=90):
    """`report` once the worker has made it."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        report.refresh_from_db()
        if report.state == Report.State.READY:
            return report
        time.sleep(0.5)
    raise AssertionError(f"Report {report.pk} is still {report.state}")


def test_a_report_being_made_again_says_so_then_offers_the_new_pdf(
    live_server, page, jobs_to_a_worker
):
    her = UserFactory(full_name="Wilhelmina Tarrant")
    trial = FieldTrialFactory(title="Beacon Trial", consultant=her)
    FieldTrialMembershipFactory(field_trial=trial, user=her, role=Role.CONSULTANT)
    officer = UserFactory(full_name="Olive Officer", password=PASSWORD)
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    report = ready(request_report(subject=trial, actor=officer)[0])
    admin = UserFactory(is_staff=True, is_superuser=True)
    # As her erasure leaves it until its job, sent once the erasure is committed, has made
    # it again: the page as it is while the worker is busy.
    Report.objects.filter(pk=report.pk).update(
        state=Report.State.REMAKING,
        file="",
        page="",
        names_erased_at=timezone.now(),
        started_at=None,
    )

    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/reports/{report.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "This progress report is being made again"
    )
    expect(page.get_by_text("Being made again", exact=True)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)

    erase_person(person=her, actor=admin)
    send_job(make_report, report.pk)  # the job her erasure sends, to the worker

    link = page.get_by_role("link", name="Download the PDF")
    expect(link).to_be_visible(timeout=90_000)  # without a reload: the status polls
    assert_accessible(page)
    with page.expect_download() as download:
        link.click()
    text = " ".join(pdf_text(Path(download.value.path()).read_bytes()).split())
    assert "Consultant A former member" in text and "Tarrant" not in text
