"""A report's request reads as a sentence in a history: "asked for a progress report on X"."""

import pytest

from accounts.services import record_event
from nextpractice.history import sentence
from programmes.tests.factories import ProjectFactory
from reports.models import Report

pytestmark = pytest.mark.django_db


def test_asking_for_a_report_reads_as_a_sentence():
    project = ProjectFactory(title="System Leadership")
    report = Report.objects.create(project=project, kind=Report.Kind.ON_REQUEST)
    event = record_event(actor=None, verb="reports.report_requested", target=report)
    assert sentence(event) == "asked for a progress report on System Leadership."
