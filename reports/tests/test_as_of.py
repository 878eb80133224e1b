"""A report is as of its period's end, whenever it is made: a report of November made in
December tells, in "What changed since the last report", what was recorded by 30 November and
nothing recorded on 1 December (a tester found December's lesson and take-up in a November
report; the other sections are gathered in each app's `reporting.py`)."""

import datetime

import pytest
from django.utils import timezone

from accounts.services import event_for
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProjectFactory
from reports.building import report_document
from reports.models import Report
from reports.parts import Period

pytestmark = pytest.mark.django_db

NOVEMBER = Period(start=datetime.date(2006, 11, 1), end=datetime.date(2006, 11, 30))
INSIDE = timezone.make_aware(datetime.datetime(2006, 11, 20, 15, 0))
AFTER = timezone.make_aware(datetime.datetime(2006, 12, 1, 0, 0))  # the first moment after
MADE_AT = timezone.make_aware(datetime.datetime(2006, 12, 5, 9, 0))


def _words(html):
    return " ".join(html.split())


@pytest.fixture
def trial():
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    return FieldTrialFactory(
        project=project, title="Beacon Trial", status=FieldTrial.Status.INCUBATING
    )


def test_what_changed_since_the_last_report_stops_at_the_periods_end(trial):
    """The summary's changes are read from the event log up to the period's end, not up to
    the day the report is made."""
    Report.objects.create(
        project=trial.project,
        state=Report.State.READY,
        requested_at=INSIDE - datetime.timedelta(days=10),
        started_at=INSIDE - datetime.timedelta(days=10),
    )
    for title, at in [("Harbour Trial", INSIDE), ("Quay Trial", AFTER)]:
        other = FieldTrialFactory(project=trial.project, title=title)
        event = event_for(actor=None, verb="fieldtrials.risk_added", target=other)
        event.created_at = at
        event.save()
    body = _words(report_document(trial.project, made_at=MADE_AT, period=NOVEMBER).body)
    changes = body[body.index("What changed since the last report") : body.index("Contents")]
    assert "Since the last report, made on 10 November 2006:" in body
    assert "1 new risk was recorded for Harbour Trial." in changes
    assert "Quay Trial" not in changes
