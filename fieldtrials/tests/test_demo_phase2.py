"""Phase 2 of the demonstration: the trials of the two incubating projects look like a live
programme, today, and loading twice changes nothing."""

import datetime
from html import unescape

import pytest
from django.apps import apps
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Organisation, Role, User
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
from nextpractice.testing.demo import load_demo
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
    load_demo()


def trials():
    return FieldTrial.objects.filter(project__title__in=INCUBATING)


def stevenage():
    return FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)


def test_loading_twice_changes_nothing():
    load_demo()
    first = counts()
    load_demo()
    assert counts() == first
    assert first["fieldtrials.MonthlyUpdate"] > 0
    # Each update's row when it was written, and one more when the officer read it.
    read = MonthlyUpdate.objects.filter(read_at__isnull=False).count()
    assert read > 0
    assert first["fieldtrials.HistoricalMonthlyUpdate"] == first["fieldtrials.MonthlyUpdate"] + read


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


def test_stevenages_head_teacher_has_one_ask_open_on_the_consultants_home(client, demo):
    [ask] = OfferUse.objects.filter(given="")
    assert ask.field_trial == stevenage() and ask.created_by.email == "leader@example.org"
    client.force_login(User.objects.get(email="consultant@example.org"))
    home = client.get(reverse("home")).content.decode()
    assert f"{content.STEVENAGE_TRIAL} asked for: Confidence and moral support" in home
    page = client.get(reverse("fieldtrials:fieldtrial_history", args=[ask.field_trial_id]))
    assert "Sam Lewis asked for support: “Confidence and moral support”" in " ".join(
        page.content.decode().split()
    )


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


def test_stevenages_leader_writes_its_updates_and_last_months_is_the_latest(demo, client):
    leader = User.objects.get(email="leader@example.org")
    updates = stevenage().monthly_updates
    assert set(updates.values_list("author", flat=True)) == {leader.pk}
    assert updates.filter(status="submitted").count() == 9
    # Nobody has started this month's: last month's, submitted, is the latest and newest.
    assert not MonthlyUpdate.objects.filter(status="draft").exists()
    last_month = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    assert updates.latest("created_at").month == last_month
    client.force_login(leader)
    html = client.get(stevenage().get_absolute_url()).content.decode()
    assert "Finish the update" not in html


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
    # The About page says every one of them is invented, as every person in the demo is.
    from fieldtrials.demo_phase2 import ABOUT

    intro, items = next((intro, items) for h, intro, items in ABOUT if "field trials" in h)
    assert "the three consultants are invented" in intro and "Two of" not in intro
    named = {consultant.full_name, *trials().values_list("consultant__full_name", flat=True)}
    assert len(named) == 3 and named <= set(items)


def test_milestones_are_mostly_done_with_a_realistic_few_overdue(demo):
    today = timezone.localdate()
    past = Count("milestones", filter=Q(milestones__due_on__lt=today))
    ahead = Count("milestones", filter=Q(milestones__due_on__gte=today))
    for trial in trials().annotate(past=past, ahead=ahead):
        assert 3 <= trial.past <= 6, trial
        # Two or three still to come for every running trial; none for the completed one.
        assert 2 <= trial.ahead <= 3 or (trial.status == "completed" and trial.ahead == 0)
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
    load_demo()
    assert Notification.objects.count() == before


def history_of_page(client, who, url):
    """The text of a page's history section, as `who` reads it."""
    client.force_login(User.objects.get(email=who))
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    history = html[html.index('id="history"') :]
    history = history[: history.index("</section>")]
    assert "No changes recorded yet" not in history, url
    return history


def shown(moment):
    """How a history shows when something happened."""
    from django.template.defaultfilters import date

    return date(timezone.localtime(moment), "j M Y, H:i")


def test_each_updates_page_names_who_started_and_submitted_it_and_when(demo, client):
    from django.urls import reverse

    from fieldtrials.services.updates import month_label

    # Every update has the events the update service writes, on the update, by its author,
    # when the demo says it was drafted and submitted; none is left on its trial.
    updates = MonthlyUpdate.objects.all()
    for verb, when in (("update_drafted", "created_at"), ("update_submitted", "submitted_at")):
        events = Event.objects.filter(verb=f"fieldtrials.{verb}")
        on = dict(events.values_list("target_id", "created_at"))
        by = dict(events.values_list("target_id", "actor_id"))
        written = updates if verb == "update_drafted" else updates.filter(status="submitted")
        assert events.count() == written.count() > 200
        for update in written:
            assert (on[update.pk], by[update.pk]) == (getattr(update, when), update.author_id)
    targets = Event.objects.filter(verb__startswith="fieldtrials.update_")
    assert set(targets.values_list("target_type__model", flat=True)) == {"monthlyupdate"}

    # Stevenage's leader reads on each of its updates who started and submitted it, and when.
    leader = User.objects.get(email="leader@example.org").full_name
    for update in stevenage().monthly_updates.all():
        history = history_of_page(
            client, "leader@example.org", reverse("fieldtrials:update_detail", args=[update.pk])
        )
        month = month_label(update.month)
        started = f"{leader} saved the first draft of the monthly update for {month}."
        assert f"{shown(update.created_at)}</time></strong>: {started}" in history
        if update.status == "submitted":
            submitted = f"{leader} submitted the monthly update for {month} ({update.rag})."
            assert f"{shown(update.submitted_at)}</time></strong>: {submitted}" in history
        else:
            assert "submitted" not in history


def test_the_power_to_innovate_request_tells_its_course_and_its_history(demo, client):
    from django.urls import reverse

    request = PowerToInnovateRequest.objects.get()
    leader = User.objects.get(email="leader@example.org")
    client.force_login(leader)
    html = client.get(reverse("fieldtrials:pti_detail", args=[request.pk])).content.decode()
    history = html[html.index('id="history"') :]
    assert "No changes recorded yet" not in history
    # As the request service writes them: by whom, when, with the request's kind and id.
    events = {
        e.verb: e for e in Event.objects.filter(data__kind="power-to-innovate", data__id=request.pk)
    }
    assert set(events) == {
        "fieldtrials.pti_created",
        "fieldtrials.pti_submit",
        "fieldtrials.pti_advise",
    }
    drafted, submitted = events["fieldtrials.pti_created"], events["fieldtrials.pti_submit"]
    assert drafted.created_at == request.created_at and drafted.actor == request.created_by
    assert timezone.localtime(submitted.created_at).date() == request.submitted_on
    assert submitted.actor == request.created_by
    assert (submitted.data["from"], submitted.data["to"]) == ("draft", "submitted")
    assert events["fieldtrials.pti_advise"].actor.email == "officer@example.org"
    for event in events.values():
        assert event.data["text"] == str(request)[:200]
        assert f"{shown(event.created_at)}</time></strong>:" in history
    assert f"{leader.full_name} drafted the Power to Innovate request" in history
    assert f"{leader.full_name} submitted the Power to Innovate request" in history
    # The request's course names who submitted it, beside when.
    course = " ".join(html[: html.index('id="history"')].split())
    assert f"{request.submitted_on:%-d %B %Y}, by {leader.full_name}" in course


def test_loading_again_puts_an_earlier_demos_update_and_request_events_right():
    """An earlier demo wrote an update's events on its trial and a request's without its
    kind: loading again gives them the service's shape, and adds none."""
    from django.contrib.contenttypes.models import ContentType

    load_demo()
    first = counts()
    submitted = Event.objects.filter(verb="fieldtrials.update_submitted").order_by("pk")
    earlier = list(submitted.values_list("pk", "target_id"))
    for event in submitted.select_related("field_trial"):
        event.target_type = ContentType.objects.get_for_model(FieldTrial)
        event.target_id = event.field_trial_id
        event.save()
    for event in Event.objects.filter(verb__startswith="fieldtrials.pti_"):
        event.data.pop("kind")
        event.save()
    load_demo()
    assert counts() == first
    assert list(submitted.values_list("pk", "target_id")) == earlier
    assert not Event.objects.filter(
        verb__startswith="fieldtrials.pti_", data__kind__isnull=True
    ).exists()


def test_loading_over_an_older_demo_brings_its_words_up_to_date_and_leaves_peoples_alone(client):
    """An older demo's milestones, support, risks and updates said other words (records
    found by their words were added again beside them, and the others kept theirs): loading
    again gives them today's words, doubles nothing, and leaves what a person added alone."""
    from fieldtrials.models import Risk
    from fieldtrials.models.records import words_key
    from fieldtrials.services.records import add_milestone, log_support

    load_demo()
    trial = trials().filter(title__startswith="Flexible timetables in three Bolton").get()
    officer = User.objects.get(email="officer@example.org")
    step = trial.milestones.filter(notes__startswith="Agreed in").order_by("due_on").last()
    ahead = trial.milestones.filter(notes__contains="review").order_by("due_on").first()
    session = trial.support_sessions.filter(kind="consultancy").order_by("held_on").first()
    risk = trial.risks.order_by("pk").first()
    update = trial.monthly_updates.order_by("month").first()
    now = {
        "step": (step.title, step.notes),
        "ahead": ahead.title,
        "session": session.notes,
        "risk": risk.description,
        "update": update.what_happened,
        "plan": trial.plan,
    }
    # The older demo's words, as it wrote them (on the records, their events and the plan).
    old_step, old_ahead = "Baseline data gathered", "Review of the trial with staff"
    Milestone.objects.filter(pk=step.pk).update(
        title=old_step, title_key=words_key(old_step), notes="Agreed in the trial plan."
    )
    Milestone.objects.filter(pk=ahead.pk).update(title=old_ahead, title_key=words_key(old_ahead))
    Event.objects.filter(verb="fieldtrials.milestone_added", data__id=step.pk).update(
        data={"id": step.pk, "text": old_step}
    )
    FieldTrial.objects.filter(pk=trial.pk).update(plan=trial.plan.replace(step.title, old_step))
    SupportSession.objects.filter(pk=session.pk).update(
        notes="Consultancy on the trial plan and its milestones"
    )
    Risk.objects.filter(pk=risk.pk).update(
        description="Parents are unconvinced", description_key=words_key("Parents are unconvinced")
    )
    MonthlyUpdate.objects.filter(pk=update.pk).update(what_happened="The trial was launched.")
    # What a person added: a milestone, and a session on a day and of a kind the demo has.
    consultant = trial.consultant
    own = add_milestone(
        trial=trial, actor=consultant, title="Governors' visit", due_on=ahead.due_on, notes="Ours"
    )
    own_session = log_support(
        trial=trial,
        actor=consultant,
        held_on=session.held_on,
        given_by=consultant,
        kind="consultancy",
        hours=1,
        notes="Our own notes of the day",
    )
    before = counts()

    load_demo()

    # Nothing doubled (a record brought up to date has a row more in its history).
    records = {label: n for label, n in counts().items() if ".Historical" not in label}
    assert records == {label: n for label, n in before.items() if label in records}
    step.refresh_from_db(), ahead.refresh_from_db(), session.refresh_from_db()
    risk.refresh_from_db(), update.refresh_from_db(), trial.refresh_from_db()
    assert (step.title, step.notes) == now["step"] and ahead.title == now["ahead"]
    assert session.notes == now["session"] and risk.description == now["risk"]
    assert update.what_happened == now["update"] and trial.plan == now["plan"]
    added = Event.objects.get(verb="fieldtrials.milestone_added", data__id=step.pk)
    assert added.data["text"] == step.title
    own.refresh_from_db(), own_session.refresh_from_db()
    assert (own.title, own.notes, own.due_on) == ("Governors' visit", "Ours", ahead.due_on)
    assert own_session.notes == "Our own notes of the day"
    # What the officer reads on the trial's milestones and its history.
    client.force_login(officer)
    html = client.get(reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk])).content
    assert step.title in html.decode() and old_step not in html.decode()
    html = client.get(reverse("fieldtrials:fieldtrial_history", args=[trial.pk])).content
    assert old_step not in html.decode()


def test_flexible_days_was_handed_to_its_convenor_and_its_history_says_so(demo, client):
    flexible = CommunityOfPractice.objects.get(name="Flexible days")
    officer = User.objects.get(email="officer@example.org")
    client.force_login(officer)
    page = unescape(
        client.get(reverse("fieldtrials:community_detail", args=[flexible.pk])).content.decode()
    )
    assert (
        f"made {flexible.convenor.full_name} the convenor of Flexible days, in place of "
        f"{officer.full_name}" in page
    )
