"""Phase 2 of the demonstration: the trials of the two incubating projects look like a live
programme, today, and loading twice changes nothing."""

import datetime

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from accounts.models import Organisation, Role, User
from fieldtrials.models import (
    BrokeredRelationship,
    CommunityOfPractice,
    FieldTrial,
    FieldTrialMembership,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    PowerToInnovateRequest,
    SupportSession,
)
from nextpractice.demo_calendar import moved
from programmes import demo_content as content

pytestmark = pytest.mark.django_db

INCUBATING = [content.SL, content.PERS]


def counts():
    return {
        model._meta.label: model.objects.count()
        for app in ("accounts", "programmes", "fieldtrials")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
    }


@pytest.fixture
def demo():
    call_command("load_demo", quiet=True)


def trials():
    return FieldTrial.objects.filter(project__title__in=INCUBATING)


def stevenage():
    return FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)


def test_loading_twice_changes_nothing():
    call_command("load_demo", quiet=True)
    first = counts()
    call_command("load_demo", quiet=True)
    assert counts() == first
    assert first["fieldtrials.MonthlyUpdate"] > 0
    assert first["fieldtrials.HistoricalMonthlyUpdate"] == first["fieldtrials.MonthlyUpdate"]


def test_the_seeds_34_trials_incorporate_over_100_schools(demo):
    assert trials().count() == 34
    schools = (
        Organisation.objects.filter(
            field_trials__in=trials(),
            kind__in=[Organisation.Kind.SCHOOL, Organisation.Kind.SPECIAL_SCHOOL],
        )
        .distinct()
        .count()
    )
    assert schools > 100


def test_bradford_and_corby_are_proposals_not_trials(demo):
    titles = " ".join(FieldTrial.objects.values_list("title", flat=True))
    assert "Bradford" not in titles and "Corby" not in titles


def test_exactly_one_power_to_innovate_request_stevenages_with_advice(demo):
    request = PowerToInnovateRequest.objects.get()
    assert request.field_trial == stevenage()
    assert request.state == "submitted" and request.advice and request.submitted_on
    assert "Governance Group" in request.variation_sought
    # Where it comes from is said on the About page, not on the request.
    assert "(demo)" not in request.regulation and "invented" not in request.variation_sought
    assert OfferUse.objects.filter(field_trial=stevenage(), element="obstacle_removal").exists()


def test_every_trial_has_several_months_of_updates_and_its_latest_rag(demo):
    for trial in trials().annotate(n=Count("monthly_updates")):
        assert trial.n >= 5, trial
        newest = trial.monthly_updates.filter(status="submitted").order_by("-month").first()
        assert (trial.latest_rag, trial.latest_update_month) == (newest.rag, newest.month)
    assert trials().filter(monthly_updates__month=moved(datetime.date(2006, 9, 1))).exists()
    # Reported up to last month, never for a month still to come.
    this_month = timezone.localdate().replace(day=1)
    assert not MonthlyUpdate.objects.filter(status="submitted", month__gte=this_month).exists()
    assert not MonthlyUpdate.objects.filter(submitted_at__gt=timezone.now()).exists()
    rags = set(MonthlyUpdate.objects.filter(status="submitted").values_list("rag", flat=True))
    assert rags == {"red", "amber", "green"}
    # Mostly green, a few amber and red.
    green = MonthlyUpdate.objects.filter(rag="green").count()
    assert green > MonthlyUpdate.objects.exclude(rag="green").count()


def test_stevenages_leader_writes_its_updates_and_has_a_draft(demo):
    leader = User.objects.get(email="leader@example.org")
    updates = stevenage().monthly_updates
    assert set(updates.values_list("author", flat=True)) == {leader.pk}
    draft = updates.get(status="draft")
    assert draft.month == timezone.localdate().replace(day=1)  # this month's, in progress
    assert updates.filter(status="submitted").count() == 9


def test_personalisation_trials_work_on_resource_domains_and_system_leaderships_on_none(demo):
    bridgemary = FieldTrial.objects.get(title=content.BRIDGEMARY_TRIAL)
    assert set(bridgemary.resource_domains.values_list("code", flat=True)) == {
        "time",
        "co_construction",
        "environment",
    }
    personalisation = trials().filter(project__title=content.PERS)
    assert not personalisation.filter(resource_domains__isnull=True).exists()
    assert not trials().filter(project__title=content.SL, resource_domains__isnull=False).exists()


def test_consultants_half_the_demos_and_the_rest_two_invented_ones(demo):
    consultant = User.objects.get(email="consultant@example.org")
    by_consultant = dict(
        trials().values_list("consultant__email").annotate(n=Count("pk")).order_by()
    )
    assert 15 <= by_consultant.pop(consultant.email) <= 19
    assert set(by_consultant) == {
        "demo-consultant-2@example.org",
        "demo-consultant-3@example.org",
    }
    for trial in trials():
        assert FieldTrialMembership.objects.filter(
            field_trial=trial, user=trial.consultant, role=Role.CONSULTANT
        ).exists()
    assert not trials().filter(locality="").exists()
    # The seeds' September and November 2006 starts and July 2008 end, moved to today.
    starts = [moved(datetime.date(2006, 9, 1)), moved(datetime.date(2006, 11, 1))]
    assert not trials().exclude(start_date__in=starts).exists()
    # All still running but the one fieldtrials/demo_completed.py ends and completes.
    running = trials().exclude(status=FieldTrial.Status.COMPLETED)
    assert not running.exclude(end_date=moved(datetime.date(2008, 7, 31))).exists()
    assert not running.filter(end_date__lt=timezone.localdate()).exists()


def test_milestones_are_mostly_done_with_a_realistic_few_overdue(demo):
    per_trial = trials().annotate(n=Count("milestones")).values_list("n", flat=True)
    assert all(3 <= n <= 6 for n in per_trial)
    overdue = [m for m in Milestone.objects.all() if m.is_overdue]
    assert 3 <= len(overdue) <= 8
    assert Milestone.objects.filter(completed_on__isnull=False).count() > 100


def test_the_offer_support_risks_and_relationships_are_there(demo):
    drawn = OfferUse.objects.values("element").annotate(n=Count("pk")).order_by("-n")
    assert len(drawn) == 10
    assert drawn[0]["element"] == "change_support"
    kinds = set(SupportSession.objects.values_list("kind", flat=True))
    assert {"consultancy", "change_leadership"} <= kinds
    assert not trials().filter(support_sessions__isnull=True).exists()
    assert not trials().filter(risks__isnull=True).exists()
    assert {"investor", "research", "health"} <= set(
        BrokeredRelationship.objects.values_list("kind", flat=True)
    )


def test_two_communities_of_practice_with_two_meetings_each(demo):
    governance = CommunityOfPractice.objects.get(name="14-19 governance")
    flexible = CommunityOfPractice.objects.get(name="Flexible days")
    assert stevenage() in governance.field_trials.all()
    assert governance.field_trials.filter(project__title=content.SL).count() == 4
    assert flexible.field_trials.filter(title=content.BRIDGEMARY_TRIAL).exists()
    assert governance.meetings.count() == 2 and flexible.meetings.count() == 2
    # Stevenage's leader reads the other trials of their community, and no more.
    leader = User.objects.get(email="leader@example.org")
    from fieldtrials.rules import visible_fieldtrials

    assert set(visible_fieldtrials(leader)) == set(governance.field_trials.all())


def test_the_demo_teams_have_todays_reminders_in_the_app_and_no_email(demo, mailoutbox):
    from accounts.models import Notification

    # Every trial has sent last month's update, so nobody is asked for one; the few open
    # milestones are overdue by weeks or months, not years, and only for trials running today.
    assert not Notification.objects.filter(kind="update_missing").exists()
    consultant = User.objects.get(email="consultant@example.org")
    overdue = Notification.objects.filter(recipient=consultant, kind="milestone_overdue")
    assert overdue.exists()
    today = timezone.localdate()
    for milestone in Milestone.objects.filter(completed_on__isnull=True, due_on__lt=today):
        assert (today - milestone.due_on).days < 365, milestone
        assert milestone.field_trial.end_date >= today
    assert mailoutbox == []
    before = Notification.objects.count()
    call_command("load_demo", quiet=True)
    assert Notification.objects.count() == before
