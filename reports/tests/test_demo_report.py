"""The demo's System Leadership report (17 trials) is one a partner would forward: a summary
on page one, shorter than the 19 pages it was, tagged, with the schools' own words, risks
and toolkit results, and no lateness measured against a trial that has ended."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from evaluation.models import EvaluationPlan
from fieldtrials.models import MonthlyUpdate, Risk
from nextpractice.testing.demo import load_demo
from programmes.models import Project
from reports.building import render_pdf_with_pages, report_html
from reports.tests.helpers import pdf_info, pdf_page_text, pdf_text
from toolkit.models import Exercise

pytestmark = pytest.mark.django_db

PAGES_BEFORE = 19  # the report of the same data before it was reshaped
# Since each trial whose evaluation was co-designed shows it (evaluation.demo_trials), the
# project's report tells each one's objectives and indicator too, with its trend in the
# appendix: some two thirds of a page a trial more.
PAGES_PER_EVALUATED_TRIAL = 2 / 3


def _words(text):
    return " ".join(text.split())


def _closed_shared(**filters):
    now = timezone.now()
    return [
        e
        for e in Exercise.objects.filter(results_shared=True, **filters)
        if e.closed_at or (e.closes_at and e.closes_at <= now)
    ]


def test_the_demo_system_leadership_report_is_short_tagged_and_says_what_matters():
    """Load the demo once (it is slow) and read both its project's and a trial's PDF."""
    load_demo()
    project = Project.objects.get(title__startswith="System Leadership")
    pdf = render_pdf_with_pages(report_html(project))

    evaluated = EvaluationPlan.objects.filter(field_trial__project=project).count()
    assert pdf.pages < PAGES_BEFORE + evaluated * PAGES_PER_EVALUATED_TRIAL
    assert "Tagged:          yes" in pdf_info(pdf.content)
    first_page = pdf_page_text(pdf.content, 1)
    assert "Summary" in first_page and "Needs attention" in first_page
    # The summary, what changed since the demo's own report included, fits on page one.
    assert "What changed since the last report" in first_page

    text = _words(pdf_text(pdf.content))
    # A monthly update in the school's own words.
    update = (
        MonthlyUpdate.objects.filter(
            field_trial__project=project, status=MonthlyUpdate.Status.SUBMITTED
        )
        .exclude(what_happened="")
        .order_by("-month")
        .first()
    )
    assert _words(update.what_happened)[:60] in text
    # An open risk.
    risk = Risk.objects.filter(field_trial__project=project, is_open=True).first()
    assert _words(risk.description)[:50] in text
    # A toolkit result: a closed exercise's conclusion.
    exercises = _closed_shared(field_trial__project=project)
    assert exercises, "the demo has a closed exercise with shared results in this project"
    assert _words(exercises[0].conclusion)[:60] in text
    # No lateness beyond the project's own length (none at all for trials that have ended).
    length = (project.planned_end - project.start_date).days
    late = [int(days) for days in re.findall(r"Overdue by (\d+) days?", text)]
    assert all(days <= length for days in late), late
    # Made long after every trial's end date, the report counts nothing as overdue (it once
    # said "Overdue by 7245 days" of a trial that ended in 2008).
    years_later = timezone.make_aware(
        datetime.datetime.combine(project.planned_end, datetime.time(9))
        + datetime.timedelta(days=3650)
    )
    assert "Overdue</strong> by" not in report_html(project, made_at=years_later)

    # The report of the exercise's trial has its results too.
    exercise = exercises[0]
    trial_text = _words(pdf_text(render_pdf_with_pages(report_html(exercise.field_trial)).content))
    assert _words(exercise.title) in trial_text
    assert _words(exercise.conclusion)[:60] in trial_text
    assert "The group's consensus order" in trial_text or "How well each approach" in trial_text


def test_the_demo_leader_and_resourcing_personalisation_have_a_progress_report(client):
    """The leader's Reports page has their trial's report, which they asked for, and
    Resourcing Personalisation's page has the monthly report of the month just ended, made
    by the schedule on the 1st: neither reads "No progress reports yet"."""
    from accounts.models import Notification, User
    from fieldtrials.models import FieldTrial
    from reports.models import Report
    from reports.services import month_just_ended

    load_demo()
    leader = User.objects.get(email="leader@example.org")
    trial = FieldTrial.objects.get(title="Stevenage: A Learning Town")
    # Its leader's: not the one the officer asked for by mistake and withdrew.
    report = Report.objects.get(
        field_trial=trial, state=Report.State.READY, withdrawn_at__isnull=True
    )
    assert report.requested_by == leader
    assert Notification.objects.filter(recipient=leader, kind="report_ready").exists()
    client.force_login(leader)
    html = client.get(reverse("reports:report_list")).content.decode()
    assert "No progress reports yet" not in html
    assert reverse("reports:report_page", args=[report.pk]) in html
    # The report the officer asked for by mistake and withdrew: marked on their list only.
    withdrawn = Report.objects.get(field_trial=trial, withdrawn_at__isnull=False)
    assert f'id="report-{withdrawn.pk}"' not in html and "Withdrawn</strong>" not in html
    client.force_login(User.objects.get(email="officer@example.org"))
    html = client.get(reverse("reports:report_list")).content.decode()
    assert f'id="report-{withdrawn.pk}"' in html
    assert html.count("Withdrawn</strong> by") == 1 and "Asked for by mistake" in html

    project = Project.objects.get(title="Resourcing Personalisation")
    monthly = Report.objects.get(project=project, kind=Report.Kind.MONTHLY)
    assert monthly.state == Report.State.READY and monthly.requested_by is None
    assert monthly.period == month_just_ended()
    client.force_login(User.objects.get(email="officer@example.org"))
    html = client.get(project.get_absolute_url()).content.decode()
    assert "No progress reports yet" not in html
    assert reverse("reports:report_page", args=[monthly.pk]) in html
