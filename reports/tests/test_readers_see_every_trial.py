"""A report is one stored file, the same for everyone who reads it, so its lists of field
trials ("No field trials yet" when there are none) are true only if each of its readers
sees every trial of its subject. reports/rules.py lets only such readers in: a member of a
project who sees some of its trials, or none, finds no reports pages of it (404)."""

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.rules import visible_fieldtrials
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.fixtures import PERSONAS
from programmes.models import Programme, Project
from programmes.tests.factories import ProjectMembershipFactory
from reports.rules import reads_reports_of

pytestmark = pytest.mark.django_db


def _trials_of(subject):
    if isinstance(subject, Programme):
        return FieldTrial.objects.filter(project__programme=subject)
    return FieldTrial.objects.filter(project=subject)


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p != "anonymous"])
def test_whoever_reads_a_programmes_or_projects_reports_sees_each_of_its_trials(world, persona):
    user = world.users[persona]
    seen = set(visible_fieldtrials(user).values_list("pk", flat=True))
    subjects = [*Programme.objects.all(), *Project.objects.all()]
    read = [s for s in subjects if reads_reports_of(user, s)]
    for subject in read:
        missing = set(_trials_of(subject).values_list("pk", flat=True)) - seen
        assert not missing, f"{persona} reads the reports of {subject} but not all its trials"
    if persona in {"officer", "admin"}:
        assert world.quartz in read and world.amber in read


def test_a_project_member_who_sees_one_of_its_trials_finds_no_reports_of_the_project(client, world):
    head = UserFactory()
    ProjectMembershipFactory(project=world.amber, user=head, role=Role.PRACTITIONER)
    FieldTrialMembershipFactory(field_trial=world.coral, user=head, role=Role.PRACTITIONER)
    FieldTrialFactory(project=world.amber, title="Hidden Trial")
    client.force_login(head)
    assert client.get(world.amber.get_absolute_url()).status_code == 200
    for url in (
        reverse("reports:subject_reports", args=["project", world.amber.pk]),
        reverse("reports:report_create", args=["project", world.amber.pk]),
        reverse("reports:report_page", args=[world.amber_report.pk]),
        reverse("reports:report_download", args=[world.amber_report.pk]),
    ):
        assert client.get(url).status_code == 404, url
    # Their own trial's reports are theirs: one trial, the one they see.
    page = client.get(reverse("reports:subject_reports", args=["trial", world.coral.pk]))
    assert page.status_code == 200 and "Hidden Trial" not in page.content.decode()
