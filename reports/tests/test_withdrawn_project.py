"""A withdrawn project (added by mistake; its field trials are withdrawn first): no progress
report of it or of its trials is asked for, nor made by the monthly schedule, until it is
restored; its officers still read the reports it had, on pages that offer none."""

import re

import pytest
from django.urls import reverse

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.services import withdraw_project
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import Report
from reports.services import active_projects, request_report
from reports.tasks import make_monthly_reports

pytestmark = pytest.mark.django_db

WITHDRAWN = "The project has been withdrawn: restore it first."


@pytest.fixture
def project():
    return ProjectFactory(title="Wrongly Named Project")


@pytest.fixture
def officer(project):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


@pytest.fixture
def trial(project):
    return FieldTrialFactory(project=project, status=FieldTrial.Status.WITHDRAWN)


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_no_report_of_a_withdrawn_project_or_its_trial_is_asked_for(
    client, project, officer, trial, mailoutbox
):
    earlier = Report.objects.create(
        project=project, kind=Report.Kind.MONTHLY, period="2025-01-01", state="ready"
    )
    client.force_login(officer)
    before = client.get(project.get_absolute_url())
    assert "Make a progress report" in _text(before)
    assert "Stop telling me about monthly reports" in _text(before)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()
    choice = reverse("reports:monthly_reports_choice", args=[project.pk])
    for kind, subject in (("project", project), ("trial", trial)):
        new = reverse("reports:report_create", args=[kind, subject.pk])
        for response in (client.get(new), client.post(new)):
            assert response.status_code == 409
            assert WITHDRAWN in _text(response)
        with pytest.raises(ProjectWithdrawn):  # the service decides it too, under the lock
            request_report(subject=subject, actor=officer)
        # Its officers read what was there, with nothing offered.
        for page in (
            client.get(reverse("reports:subject_reports", args=[kind, subject.pk])),
            client.get(subject.get_absolute_url()),
        ):
            assert page.status_code == 200
            assert new not in page.content.decode()
            assert "Make a progress report" not in _text(page)
            assert "telling me about monthly reports" not in _text(page)
            assert choice not in page.content.decode()
    listed = client.get(reverse("reports:subject_reports", args=["project", project.pk]))
    assert f"report-{earlier.pk}" in listed.content.decode()
    assert client.post(choice, {"monthly": "off"}).status_code == 409
    assert list(Report.objects.all()) == [earlier]
    assert Event.objects.count() == events
    assert mailoutbox == []


def test_the_monthly_schedule_makes_no_report_of_a_withdrawn_project(project, officer, trial):
    FieldTrialFactory(project=ProjectFactory(programme=project.programme))  # a live one
    withdraw_project(project=project, actor=officer, reason="Added twice")
    assert project not in active_projects()
    assert make_monthly_reports() == 1
    assert not Report.objects.filter(project=project).exists()
    assert not Report.objects.filter(field_trial=trial).exists()
