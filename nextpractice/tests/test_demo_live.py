"""After `load_demo` the demonstration reads as a live programme today: no internal notes on
the records, no update asked of a trial for a month after its end, trials incubating since
their (moved) start, histories that name who did what and when, and a banner on every page
that links to the one page saying where it all comes from."""

import datetime
import re
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape

from accounts.models import Event, Notification, User
from fieldtrials.models import FieldTrial, Milestone, MonthlyUpdate
from fieldtrials.selectors_list import last_complete_month
from nextpractice import demo_notes
from nextpractice.demo_calendar import SEEDS_PRESENT, moved, offset_months, working_day
from nextpractice.testing.demo import load_demo
from programmes import demo as programmes_demo
from programmes import demo_content as content

pytestmark = pytest.mark.django_db

# What an internal note on a record looks like; none may reach a screen.
NOTES = [
    "(demo)",
    "invented",
    "seed 0",
    "the seed",  # "17 field trials selected, as the seed records": the About page's to say
    "by inference",
    "the demo's",
    "for the demo",
]


@pytest.fixture
def demo():
    load_demo()


def test_no_record_carries_the_demos_internal_notes(demo):
    found = []
    for model in apps.get_models():
        texts = [
            f.name
            for f in model._meta.get_fields()
            if isinstance(f, models.CharField | models.TextField) and not f.is_relation
        ]
        for field in texts:
            for note in NOTES:
                rows = model.objects.filter(**{f"{field}__icontains": note})
                found += [(model.__name__, field, v) for v in rows.values_list(field, flat=True)]
    assert found == []


def test_no_trial_is_asked_for_a_month_after_its_end_or_before_today(demo, client):
    last_month = last_complete_month()
    # Trials the seeds ended (July 2008) end, in the demo's calendar, after today.
    for trial in FieldTrial.objects.filter(status__in=["incubating", "reporting"]):
        assert trial.end_date is None or trial.end_date >= last_month, trial
    for update in MonthlyUpdate.objects.select_related("field_trial"):
        end = update.field_trial.end_date
        assert end is None or update.month <= end, update
    for notification in Notification.objects.filter(kind="update_missing"):
        month = datetime.date.fromisoformat(notification.key.rsplit(":", 1)[1] + "-01")
        trial = FieldTrial.objects.get(pk=notification.key.split(":")[1])
        assert trial.end_date is None or month <= trial.end_date, notification.message
    # No milestone is overdue by more than the programme's length (not "7245 days").
    today = timezone.localdate()
    for milestone in Milestone.objects.filter(completed_on__isnull=True, due_on__lt=today):
        assert (today - milestone.due_on).days < 3 * 365, milestone
    # The officer's home: not "34 trials missing last month's update".
    client.force_login(User.objects.get(email="officer@example.org"))
    html = client.get(reverse("home")).content.decode()
    assert "missing last month" in html
    assert not re.search(r"\d+ trials?</span> missing last month", html)


def test_the_school_leader_finds_their_trial_s_monthly_updates_by_what_they_wrote(demo, client):
    trial = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    newest = trial.monthly_updates.current().filter(status="submitted").first()
    words = " ".join(re.findall(r"[A-Za-z]{4,}", newest.what_happened)[:8])
    client.force_login(User.objects.get(email="leader@example.org"))
    html = client.get(reverse("search:search"), {"q": words}).content.decode()
    assert f"Monthly update, {newest.month:%B %Y} — {escape(trial.title)}" in html
    assert reverse("fieldtrials:update_detail", args=[newest.pk]) in html


def test_a_trial_incubates_since_its_start_and_its_history_names_who_and_when(demo, client):
    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    officer = User.objects.get(email="officer@example.org")
    # Seed 000's September 2006 start, in the demo's calendar.
    assert stevenage.start_date == moved(datetime.date(2006, 9, 1))
    change = stevenage.status_changes.get(to_status="incubating")
    assert change.actor == officer
    # On its start, or the first working day after it (the officer moves no trial at a weekend).
    moved_on = timezone.localdate(change.created_at)
    assert moved_on == working_day(stevenage.start_date, earliest=stevenage.start_date)
    assert moved_on.weekday() < 5
    assert Event.objects.filter(
        verb="fieldtrials.status_moved", target_id=stevenage.pk, actor=officer
    ).exists()

    # The trial's history is its story: what its team did, by name, across its months.
    events = Event.objects.filter(field_trial=stevenage)
    assert not events.filter(actor__isnull=True).exists()
    days = {timezone.localdate(when) for when in events.values_list("created_at", flat=True)}
    assert len(days) >= 10 and min(days) < timezone.localdate() - datetime.timedelta(days=180)
    assert events.filter(verb="fieldtrials.update_submitted").count() == 9

    client.force_login(officer)
    html = client.get(stevenage.get_absolute_url()).content.decode()
    assert f"since {date_format(moved_on, 'j F Y')}" in html
    assert "The system" not in html


def test_every_page_says_it_is_a_demonstration_and_the_about_page_says_what_moved(demo, client):
    about = reverse("about_demo")
    # Anyone may read it, signed in or not.
    page = client.get(about)
    assert page.status_code == 200
    html = page.content.decode()
    assert f"moved {offset_months(present=SEEDS_PRESENT)} months" in html
    assert "Seed 000" in html and "Seed 003" in html
    # It lists what the demo invents, from the same data the records were written from.
    invented_trials = dict((h, items) for h, _, items in programmes_demo.ABOUT)["Field trials"]
    assert len(invented_trials) == 32
    for title in invented_trials:
        assert FieldTrial.objects.filter(title=title).exists()
        assert title.replace("'", "&#x27;") in html
    # And what the later stages' parts invent (the completed trial, the demo's reports).
    from fieldtrials import demo_completed
    from reports import demo as reports_demo

    for item in (*demo_completed.INVENTED, *reports_demo.INVENTED):
        assert escape(item) in html

    client.force_login(User.objects.get(email="leader@example.org"))
    home = client.get(reverse("home")).content.decode()
    assert "This is a demonstration: names and events come from the Innovation Unit" in home
    assert f'href="{about}"' in home
    # The banner follows load_demo's mark, not the data: an installation without it has none.
    (Path(settings.MEDIA_ROOT) / demo_notes.MARKER_FILE).unlink()
    assert "This is a demonstration" not in client.get(reverse("home")).content.decode()


def test_each_selected_options_decision_names_the_trial_it_became(demo):
    from programmes.models import CreativeOption

    selected = CreativeOption.objects.filter(status="selected", field_trial__isnull=False)
    assert selected.count() >= 10
    trial_of = dict(selected.values_list("pk", "field_trial__pk"))
    decisions = Event.objects.filter(verb="programmes.option_decided", target_id__in=trial_of)
    assert decisions.count() == len(trial_of)
    assert all(e.data["field_trial"] == trial_of[e.target_id] for e in decisions)


def test_talk_pages_and_reports_are_dated_in_the_demos_calendar_not_when_it_was_loaded(demo):
    from communities.models import JoinRequest, PageRevision
    from discussions.models import Post
    from evaluation.models import CaseStudy, HighlightReport, Lesson
    from programmes.models import Programme, Project
    from reports.models import Report
    from search.models import SearchDocument

    now = timezone.now()
    today = timezone.localdate()

    def spread(times, what, months=1):
        """Nothing after now, nothing at the moment of loading, the earliest `months` ago."""
        times = list(times)
        assert times, what
        assert all(t <= now for t in times), what
        assert min(times) < now - datetime.timedelta(days=31 * months), what
        assert len(set(times)) == len(times), what  # not one loading moment for all

    # Discussions: within their trials' incubation, replies after the posts they answer.
    posts = Post.objects.select_related("thread__field_trial")
    spread(posts.values_list("created_at", flat=True), "posts", months=5)
    for post in posts:
        trial = post.thread.field_trial
        if trial is not None:
            assert trial.start_date <= timezone.localdate(post.created_at) < today, post
        first = post.thread.posts.order_by("created_at", "id").first()
        assert post == first or post.created_at > first.created_at, post
        assert post.thread.created_at == first.created_at
        assert post.thread.last_posted_at == post.thread.posts.order_by("-created_at")[0].created_at
    # Search shows the posts' dates, not the moment they were indexed.
    found = dict(SearchDocument.objects.filter(kind="posts").values_list("object_id", "date"))
    assert found == {post.pk: post.created_at for post in posts}

    # The community's page grew version by version over the spring; requests came later.
    revisions = list(PageRevision.objects.order_by("version").values_list("edited_at", flat=True))
    assert len(revisions) == 3 and revisions == sorted(revisions)
    spread(revisions, "page versions", months=3)
    page = SearchDocument.objects.get(kind="community-pages")
    assert page.date == revisions[-1]
    requests = JoinRequest.objects.order_by("created_at")
    assert all(revisions[-1] < r.created_at <= now for r in requests)
    decided = requests.filter(decided_at__isnull=False)
    assert decided and all(r.created_at < r.decided_at <= now for r in decided)
    # The request still waiting is still news to those who decide it.
    waiting = requests.get(status=JoinRequest.Status.PENDING)
    assert Notification.objects.filter(
        kind="communities.join_requested", created_at=waiting.created_at, read_at__isnull=True
    ).exists()
    # Their events say the same days.
    joins = Event.objects.filter(verb__startswith="communities.join_")
    assert joins and all(e.created_at < now - datetime.timedelta(hours=1) for e in joins)

    # The demo's reports: asked for this month (or before), not at the loading minute.
    reports = Report.objects.all()
    assert reports.count() == 6  # one of them withdrawn (reports.demo)
    for report in reports:
        assert report.requested_at <= report.finished_at <= now
        assert timezone.localdate(report.requested_at) <= today.replace(day=1), report
        if report.kind == Report.Kind.MONTHLY:  # the month before it was made
            assert report.covers_to == timezone.localdate(report.requested_at) - (
                datetime.timedelta(days=1)
            )
        else:
            assert report.covers_to == timezone.localdate(report.requested_at)
        # And the report itself says it was made that morning, not the day the demo loaded.
        made = timezone.localtime(report.requested_at)
        with report.page.open("rb") as page:
            said = page.read().decode()
        assert f"Made on {made:%-d %B %Y} at {made:%H:%M}" in said, report
    assert not Notification.objects.filter(
        kind="report_ready", created_at__gt=now - datetime.timedelta(hours=1)
    ).exists()

    # Lessons, case studies and highlight reports when they were written, in search too.
    spread(Lesson.objects.values_list("created_at", flat=True), "lessons")
    spread(CaseStudy.objects.values_list("created_at", flat=True), "case studies")
    highlights = HighlightReport.objects.values_list("created_at", flat=True)
    spread(highlights, "highlight reports", months=6)
    for kind, model in (("lessons", Lesson), ("case-studies", CaseStudy)):
        dated = dict(model.objects.values_list("pk", "created_at"))
        assert dict(SearchDocument.objects.filter(kind=kind).values_list("object_id", "date")) == (
            dated
        )
    # The submitted monthly updates are found, dated when they were submitted; drafts not.
    submitted = MonthlyUpdate.objects.current().filter(status=MonthlyUpdate.Status.SUBMITTED)
    assert submitted.count() > 9
    found = SearchDocument.objects.filter(kind="monthly-updates")
    assert dict(found.values_list("object_id", "date")) == dict(
        submitted.values_list("pk", "submitted_at")
    )
    # Programmes and projects were set up on their first day.
    for record in (*Programme.objects.all(), *Project.objects.all()):
        assert timezone.localdate(record.created_at) == record.start_date, record


def test_a_reader_mentioned_in_a_thread_is_told_for_information_and_asked_nothing(demo):
    from discussions.models import Post
    from discussions.text import mentioned_names

    readers = 0
    for post in Post.objects.select_related("thread"):
        for name in mentioned_names(post.body):
            person = User.objects.get(full_name=name)
            assert person.has_perm("discussions.view_thread", post.thread), (name, post.body)
            if person.has_perm("discussions.post", post.thread):
                continue
            # They read the thread but may not write in it: the mention asks them nothing.
            readers += 1
            told = post.body.split(f"@[{name}]", 1)[1].split("\n\n", 1)[0]
            assert "?" not in told, post.body
    assert readers  # the partner, on the project's thread


def test_the_shared_pages_versions_count_from_one_and_name_the_meetings_as_dated(demo, client):
    from communities.models import CommunitySpace
    from fieldtrials.models import CommunityMeeting

    space = CommunitySpace.objects.get(community__name="14-19 governance")
    revisions = list(space.revisions.order_by("version"))
    assert [r.version for r in revisions] == [1, 2, 3] and space.version == 3
    meetings = list(
        CommunityMeeting.objects.filter(community=space.community).values_list("held_on", flat=True)
    )
    months = [date_format(datetime.date(2000, m, 1), "F") for m in range(1, 13)]
    named = 0
    for revision in revisions:
        said = re.findall(rf"\b({'|'.join(months)}) meeting\b", revision.note)
        if not said:
            continue
        named += 1
        # The community's latest meeting by the day of the save, in the demo's calendar.
        saved_on = timezone.localdate(revision.edited_at)
        held = max(day for day in meetings if day <= saved_on)
        assert said == [date_format(held, "F")], revision.note
    assert named
    client.force_login(User.objects.get(email="officer@example.org"))
    history = reverse("communities:page_history", args=[space.community.pk])
    html = client.get(history).content.decode()
    assert "Versions (3)" in html and ">Version 1<" in html and "Version 4" not in html


WORKDAY = (datetime.time(8), datetime.time(18))


def _in_working_hours(moment, now):
    local = timezone.localtime(moment)
    if WORKDAY[0] <= local.time() <= WORKDAY[1]:
        return True
    # Only a demo loaded before 08:00 on the 1st has nowhere else to put this month's moments.
    today = timezone.localtime(now)
    early = today.day == 1 and today.time() < WORKDAY[0]
    return early and local.date() == today.date() and moment <= now


def test_what_people_did_in_the_demo_happened_in_working_hours(demo):
    from communities.models import JoinRequest, PageRevision
    from discussions.models import Post

    now = timezone.now()
    moments = {
        # Follows and digest choices are made as the demo loads, by the following part.
        "events": Event.objects.filter(actor__isnull=False).exclude(verb__startswith="following."),
        "updates submitted": MonthlyUpdate.objects.values_list("submitted_at", flat=True),
        "updates begun": MonthlyUpdate.objects.values_list("created_at", flat=True),
        "posts": Post.objects.values_list("created_at", flat=True),
        "page versions": PageRevision.objects.values_list("edited_at", flat=True),
        "requests to join": JoinRequest.objects.values_list("created_at", flat=True),
        "requests decided": JoinRequest.objects.exclude(decided_at=None).values_list(
            "decided_at", flat=True
        ),
    }
    moments["events"] = moments["events"].values_list("created_at", flat=True)
    for what, values in moments.items():
        values = [v for v in values if v is not None]
        assert values, what
        late = [f"{timezone.localtime(v):%d %b %Y %H:%M}" for v in values]
        late = [t for v, t in zip(values, late, strict=True) if not _in_working_hours(v, now)]
        assert late == [], what
        assert max(values) <= now, what


@pytest.mark.parametrize(
    "now",
    [
        (2026, 12, 4, 11, 12),  # a morning: the month so far is three days and a morning
        (2026, 12, 4, 22, 30),  # at night: today's working day is over
        (2026, 12, 1, 9, 30),  # the 1st: half an hour of working time so far
        (2026, 12, 1, 5, 40),  # before 08:00 on the 1st: no working time yet
        (2026, 3, 29, 12, 0),  # the day the clocks go forward
    ],
)
def test_held_back_moments_stay_in_working_hours_before_now_and_in_order(monkeypatch, now):
    from nextpractice import demo_calendar

    now = timezone.make_aware(datetime.datetime(*now))
    monkeypatch.setattr(demo_calendar.timezone, "now", lambda: now)
    local = timezone.localtime(now)
    first = local.date().replace(day=1)
    # The seeds' moments of this month, later than now: at all hours, night ones too.
    seeds = [
        timezone.make_aware(datetime.datetime.combine(first, datetime.time(hour)))
        + datetime.timedelta(days=day)
        for day in range(31)
        for hour in (1, 9, 16, 23)
    ]
    seeds = [s for s in seeds if s > now and timezone.localtime(s).month == first.month]
    assert seeds
    held = [demo_calendar.not_after_today(s) for s in seeds]
    assert all(h <= now for h in held)
    assert all(timezone.localtime(h).date() >= first for h in held)
    assert held == sorted(held)
    assert all(_in_working_hours(h, now) for h in held), [
        f"{timezone.localtime(h):%d %H:%M}" for h in held if not _in_working_hours(h, now)
    ]
    if local.time() >= WORKDAY[0] or local.day > 1:
        # Spread over the working time so far, not all at this minute.
        assert len(set(held)) > len(held) // 2 and min(held) < now - datetime.timedelta(minutes=20)


def test_reminders_are_dated_the_morning_the_daily_run_would_have_sent_them(demo):
    now = timezone.now()
    reminders = Notification.objects.filter(kind__in=["milestone_overdue", "milestone_due"])
    assert reminders.filter(kind="milestone_overdue").exists()
    for reminder in reminders:
        milestone = Milestone.objects.get(pk=reminder.key.split(":")[1])
        sent = timezone.localtime(reminder.created_at)
        assert reminder.created_at <= now, reminder.message
        if reminder.kind == "milestone_overdue":
            # The first morning it was overdue (or, that morning, before the run: now).
            assert sent.date() == milestone.due_on + datetime.timedelta(days=1), reminder.message
        else:
            assert milestone.due_on - datetime.timedelta(days=7) <= sent.date() <= milestone.due_on
            assert reminder.created_at >= milestone.created_at
        # At the run's 07:00; earlier only when the demo was loaded before that morning's run.
        assert sent.time() <= datetime.time(7), reminder.message
        assert reminder.read_at is None  # still news to the team
    for reminder in Notification.objects.filter(kind="update_missing"):
        month = datetime.date.fromisoformat(reminder.key.rsplit(":", 1)[1] + "-01")
        assert timezone.localdate(reminder.created_at) == (month + relativedelta(months=1))
