"""After `load_demo` its records agree with one another, as a head teacher or programme officer
reading them would expect: a report holds only what existed when it was made; a milestone done
is not contradicted by the exercise behind it still open; a project's plan outlasts its trials
and ends by its programme's end; a trial is incubated only once its project has passed its
Phase 1 gate; the offer shows drawn on what the updates tell of; each trial has its own
indicator figures; a school's updates are written by its own people; a convenor is among the
members; submitted answers are complete; and the Knowsley Innovation Zone's page says how it
works.

The demo is slow to load, so one test loads it and checks each of these in turn."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from communities.selectors import community_members
from evaluation.models import CaseStudy, Indicator, Lesson
from fieldtrials.models import (
    BrokeredRelationship,
    CommunityOfPractice,
    FieldTrial,
    FieldTrialMembership,
    Milestone,
    MonthlyUpdate,
    OfferElement,
    OfferUse,
    SupportSession,
    TrialStatusChange,
)
from fieldtrials.tests.test_demo_reads_true import page as words
from fieldtrials.workflow import AFTER_THE_GATE
from nextpractice.testing.demo import load_demo
from programmes import demo_content as content
from programmes.models import Programme, Project, Stage, StageMove
from programmes.workflow import in_phase_1
from reports.models import Report
from toolkit.models import Exercise, Participation
from toolkit.services import unanswered_required

pytestmark = pytest.mark.django_db


def end_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))


def test_the_demos_records_agree_with_one_another(client):
    load_demo()
    reports_hold_only_what_existed_when_they_were_made()
    stevenages_baseline_exercise_is_closed_before_its_milestone_is_done()
    projects_plans_outlast_their_trials()
    projects_plans_end_by_their_programmes_end()
    trials_are_incubated_only_after_their_projects_phase_1_gate()
    the_offer_shows_drawn_on_what_the_updates_tell_of(client)
    each_trial_has_its_own_indicator_figures()
    bridgemarys_updates_are_written_by_its_own_people()
    every_convenor_is_a_member(client)
    submitted_answers_are_complete()
    the_knowsley_zone_says_how_it_works(client)


def reports_hold_only_what_existed_when_they_were_made():
    reports = list(Report.objects.all())
    assert reports
    last_month = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    for report in reports:
        made = report.requested_at
        # Each trial's latest update the report shows is last month's, sent before it was made.
        updates = MonthlyUpdate.objects.filter(
            status=MonthlyUpdate.Status.SUBMITTED, month__lte=report.covers_to
        )
        late = updates.filter(submitted_at__gt=made)
        assert not late.exists(), [(u.field_trial.title, u.month, u.submitted_at) for u in late]
        running = FieldTrial.objects.filter(status=FieldTrial.Status.INCUBATING)
        for trial in running.filter(monthly_updates__isnull=False).distinct():
            latest = updates.filter(field_trial=trial).latest("month")
            assert latest.month == last_month, (trial.title, latest.month)
        # Nothing done after one asked for (made at load, "now"): no status change, lesson,
        # case study, milestone or session. A monthly report made on the 1st tells of the
        # month before; the days since go on.
        if report.kind == Report.Kind.MONTHLY:
            continue
        assert not TrialStatusChange.objects.filter(created_at__gt=made).exists()
        assert not Lesson.objects.filter(created_at__gt=made).exists()
        assert not CaseStudy.objects.filter(created_at__gt=made).exists()
        day = timezone.localdate(made)
        done_later = Milestone.objects.filter(completed_on__gt=day)
        assert not done_later.exists(), list(done_later.values_list("title", "completed_on"))
        assert not SupportSession.objects.filter(held_on__gt=day).exists()


def stevenages_baseline_exercise_is_closed_before_its_milestone_is_done():
    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    baseline = Exercise.objects.get(field_trial=stevenage, tool__slug="baseline")
    # The baseline milestone's title is its kind's ("Baseline ... gathered").
    milestone = Milestone.objects.filter(field_trial=stevenage, title__startswith="Baseline")
    # Whether or not the trial has that milestone, its baseline is gathered: its indicators
    # have baselines, so the exercise that chose them is closed and concluded before them.
    assert baseline.closed_at is not None and baseline.conclusion
    first_baseline = min(i.baseline_date for i in Indicator.objects.filter(field_trial=stevenage))
    assert timezone.localdate(baseline.closed_at) <= first_baseline + datetime.timedelta(days=60)
    for done in milestone.filter(completed_on__isnull=False):
        assert baseline.closed_at <= end_of(done.completed_on)
    # Nobody is left answering a closed exercise.
    assert not baseline.participations.filter(submitted_at__isnull=True).exists()
    # Every trial's baseline milestone, where done, has no baseline exercise still open.
    baselines = Milestone.objects.filter(title__startswith="Baseline", completed_on__isnull=False)
    assert baselines.exists()
    for done in baselines:
        still_open = Exercise.objects.filter(
            field_trial=done.field_trial, tool__slug="baseline", closed_at__isnull=True
        )
        assert not still_open.exists(), done.field_trial.title


def projects_plans_outlast_their_trials():
    for project in Project.objects.filter(field_trials__isnull=False).distinct():
        ends = [t.end_date for t in project.field_trials.all() if t.end_date]
        assert max(ends) <= project.planned_end, (project.title, max(ends), project.planned_end)
    leadership = Project.objects.get(title=content.SL)
    # In System learning while trials still incubate: planned to close after they end.
    assert leadership.stage == Stage.SYSTEM_LEARNING
    running = leadership.field_trials.filter(status=FieldTrial.Status.INCUBATING)
    assert running.exists()
    assert all(t.end_date <= leadership.planned_end for t in running)


def projects_plans_end_by_their_programmes_end():
    """As a project's plan is held when it is added or changed (Project.clean), and an open
    project is not left in a programme that has ended (Programme.clean)."""
    projects = Project.objects.current().filter(closed_on__isnull=True)
    dated = projects.filter(programme__end_date__isnull=False).select_related("programme")
    assert dated.exists()
    for project in dated:
        end = project.programme.end_date
        assert project.planned_end <= end, (project.title, project.planned_end, end)
        assert not project.programme.has_ended, project.programme.name


def trials_are_incubated_only_after_their_projects_phase_1_gate():
    """A trial incubating or past it is in a project at Incubate or after (as the status
    service insists), and its history moved it there once its project had entered Incubate."""
    under_way = FieldTrial.objects.filter(status__in=AFTER_THE_GATE).select_related("project")
    assert under_way.exists()
    for trial in under_way:
        assert not in_phase_1(trial.project), (trial.title, trial.project.stage)
    entered = {}
    for move in StageMove.objects.filter(to_stage=Stage.INCUBATE).order_by("created_at"):
        entered.setdefault(move.project_id, move.created_at)
    moves = TrialStatusChange.objects.filter(to_status__in=AFTER_THE_GATE)
    for change in moves.select_related("field_trial"):
        project = change.field_trial.project_id
        assert project in entered, change.field_trial.title
        assert change.created_at >= entered[project], (change.field_trial.title, change.to_status)


def the_offer_shows_drawn_on_what_the_updates_tell_of(client):
    for trial in FieldTrial.objects.all():
        uses = {u.element: u for u in OfferUse.objects.filter(field_trial=trial)}
        for update in trial.monthly_updates.filter(what_happened__contains="visited"):
            practice = uses.get(OfferElement.PRACTICE)
            assert practice is not None, trial.title
            assert practice.given_on < update.month.replace(day=28) + datetime.timedelta(days=4)
        for relationship in BrokeredRelationship.objects.filter(field_trial=trial):
            drawn = {OfferElement.GATEWAY, OfferElement.SOCIAL_CAPITAL} & set(uses)
            assert drawn, (trial.title, relationship.with_whom)
    # Bridgemary's staff visited a school and were introduced to the DfES policy team: its
    # offer shows both drawn on, not "Not drawn on yet".
    bridgemary = FieldTrial.objects.get(title=content.BRIDGEMARY_TRIAL)
    url = reverse("fieldtrials:fieldtrial_support", args=[bridgemary.pk])
    page = words(client, "officer@example.org", url)
    offer = page.split("The incubation offer", 1)[1]
    for element in (OfferElement.PRACTICE, OfferElement.GATEWAY):
        shown = offer.split(element.label, 1)[1].strip()
        assert shown.startswith("Asked for:"), (element.label, shown[:80])


def each_trial_has_its_own_indicator_figures():
    seen = {}
    for trial in FieldTrial.objects.filter(indicators__isnull=False).distinct():
        figures = tuple(
            (
                i.name,
                i.baseline_value,
                i.target_value,
                tuple(i.measurements.order_by("measured_on").values_list("value", flat=True)),
            )
            for i in Indicator.objects.filter(field_trial=trial).order_by("name")
        )
        assert figures not in seen, (trial.title, seen.get(figures))
        seen[figures] = trial.title
        for name, *_ in figures:
            values = [f[3] for f in figures if f[0] == name]
            assert values and values[0], (trial.title, name)
    assert len(seen) >= 6


def bridgemarys_updates_are_written_by_its_own_people():
    bridgemary = FieldTrial.objects.get(title=content.BRIDGEMARY_TRIAL)
    updates = list(bridgemary.monthly_updates.filter(status=MonthlyUpdate.Status.SUBMITTED))
    school = set(
        FieldTrialMembership.objects.filter(
            field_trial=bridgemary, role=Role.PRACTITIONER
        ).values_list("user_id", flat=True)
    )
    by_school = [u for u in updates if u.author_id in school]
    assert len(by_school) > len(updates) / 2, [u.author.full_name for u in updates]
    assert all(
        u.author.organisation and u.author.organisation.name == "Bridgemary College"
        for u in by_school
    )


def every_convenor_is_a_member(client):
    for community in CommunityOfPractice.objects.all():
        assert community.convenor in community_members(community), community.name
        url = reverse("fieldtrials:community_detail", args=[community.pk])
        page = words(client, "officer@example.org", url)
        assert f"Convened by {community.convenor.full_name}" in page
        members = page.split("Convened by", 1)[1]
        assert members.count(community.convenor.full_name) >= 2, community.name


def submitted_answers_are_complete():
    for participation in Participation.objects.filter(submitted_at__isnull=False):
        answers = dict(participation.answers.values_list("question", "value"))
        missing = unanswered_required(participation, answers)
        assert not missing, (
            participation.exercise.title,
            participation.user.full_name,
            [q.key for q in missing],
        )


def the_knowsley_zone_says_how_it_works(client):
    zone = Programme.objects.get(name="Knowsley Innovation Zone")
    page = words(client, "officer@example.org", zone.get_absolute_url())
    assert "Strategic Action Team" in page
    assert "project groups" in page and "This innovation zone has no projects" in page
    assert "no projects yet" not in page
