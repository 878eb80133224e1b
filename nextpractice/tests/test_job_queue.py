"""The admin's job queue page: waiting, running and failed jobs from their rows, and how long
the oldest has waited."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, Role
from accounts.tests.factories import UserFactory
from directory.models import ImportState
from directory.tests.factories import OrganisationImportFactory
from nextpractice.job_queue import job_queue
from programmes.tests.factories import ProjectFactory
from reports.models import Report

pytestmark = pytest.mark.django_db


def ago(**kwargs):
    return timezone.now() - timedelta(**kwargs)


@pytest.fixture
def jobs():
    project = ProjectFactory()
    make = Report.objects.create
    make(project=project, requested_at=ago(hours=3))  # waiting, the oldest
    make(project=project, requested_at=ago(minutes=10))  # waiting
    make(project=project, requested_at=ago(minutes=2), started_at=ago(minutes=1))  # running
    failed = Report.State.FAILED
    make(project=project, requested_at=ago(days=1), state=failed)  # failed this week
    make(project=project, requested_at=ago(days=10), state=failed)  # failed long ago
    make(project=project, requested_at=ago(days=4, hours=5), state=Report.State.READY)

    OrganisationImportFactory(requested_at=ago(minutes=50))  # queued
    OrganisationImportFactory(  # confirmed, waiting for the import job: waiting since then
        state=ImportState.IMPORTING, requested_at=ago(days=2), confirmed_at=ago(hours=2)
    )
    OrganisationImportFactory(state=ImportState.PREVIEWING, started_at=ago(minutes=1))
    OrganisationImportFactory(state=ImportState.FAILED, requested_at=ago(hours=1))

    def invitation(n, **fields):
        return Invitation.objects.create(
            email=f"invited{n}@example.org",
            role=Role.PARTNER,
            programme=project.programme,
            token_hash=f"{n:064d}",
            **{"expires_at": timezone.now() + timedelta(days=14), **fields},
        )

    invitation(1, created_at=ago(days=1))  # its e-mail waits
    invitation(2, created_at=ago(days=3), emailed_at=ago(days=3))  # sent
    invitation(3, created_at=ago(days=20), expires_at=ago(days=6))  # expired, not waiting


def lines_by_kind():
    return {line.kind: line for line in job_queue()}


def test_each_kind_of_job_counts_waiting_running_and_failed_this_week(jobs):
    lines = lines_by_kind()
    reports = lines["reports"]
    assert (reports.waiting, reports.running, reports.failed) == (2, 1, 1)
    assert ago(hours=3, minutes=1) < reports.oldest_waiting_since < ago(hours=2, minutes=59)

    imports = lines["organisation_imports"]
    assert (imports.waiting, imports.running, imports.failed) == (2, 1, 1)
    # The confirmed import has waited since it was confirmed, not since it was uploaded.
    assert ago(hours=2, minutes=1) < imports.oldest_waiting_since < ago(hours=1, minutes=59)

    people = lines["people_imports"]
    assert (people.waiting, people.running, people.failed) == (0, 0, 0)
    assert people.oldest_waiting_since is None

    emails = lines["invitation_emails"]
    assert (emails.waiting, emails.running, emails.failed) == (1, None, None)
    assert ago(days=1, minutes=1) < emails.oldest_waiting_since < ago(hours=23)


def test_the_queue_is_read_in_the_same_few_queries_however_many_jobs(
    django_assert_num_queries, jobs
):
    with django_assert_num_queries(4):
        job_queue()
    project = ProjectFactory()
    for minutes in range(20):
        Report.objects.create(project=project, requested_at=ago(minutes=minutes))
    with django_assert_num_queries(4):
        assert lines_by_kind()["reports"].waiting == 22


def test_staff_see_the_job_queue_page_linked_from_the_admin_index(client, jobs):
    client.force_login(UserFactory(is_staff=True))
    index = client.get(reverse("admin:index"))
    assert reverse("admin:job_queue") in index.content.decode()

    page = client.get(reverse("admin:job_queue"))
    assert page.status_code == 200
    html = page.content.decode()
    row = html.split('id="job-queue-reports"')[1].split("</tr>")[0]
    assert "<td>2</td>" in row and "<td>1</td>" in row and "3\xa0hours" in row
    emails = html.split('id="job-queue-invitation_emails"')[1].split("</tr>")[0]
    assert "Not recorded" in emails and "1\xa0day" in emails
    people = html.split('id="job-queue-people_imports"')[1].split("</tr>")[0]
    assert "None waiting" in people


def test_people_who_are_not_staff_are_sent_to_the_admins_sign_in(client):
    client.force_login(UserFactory(is_staff=False, is_superuser=False))
    response = client.get(reverse("admin:job_queue"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
