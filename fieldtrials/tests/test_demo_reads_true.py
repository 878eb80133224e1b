"""After `load_demo` the trials read true on their pages: the completed trial ends with a
closing update and no open risks, running trials have milestones coming up, support was
given lately, each trial's risks are its own kind's, and Stevenage's latest update is last
month's (nobody has started this month's yet)."""

import datetime
import re
from collections import Counter
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from accounts.activity import cursor_of
from accounts.models import Event, Notification, User
from fieldtrials import demo_kinds
from fieldtrials.models import FieldTrial, Milestone, MonthlyUpdate, Risk, SupportSession
from nextpractice.testing.demo import load_demo
from programmes import demo_content as content

pytestmark = pytest.mark.django_db

OFFICER = "officer@example.org"
LEADER = "leader@example.org"


@pytest.fixture
def demo():
    load_demo()


def page(client, who, url):
    """The words `who` reads on `url`, tags stripped and spaces squeezed."""
    client.force_login(User.objects.get(email=who))
    response = client.get(url)
    assert response.status_code == 200, url
    html = re.sub(r"(?s)<(script|style).*?</\1>", " ", response.content.decode())
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'").split())


def incubating():
    return FieldTrial.objects.filter(
        project__title__in=[content.SL, content.PERS], status=FieldTrial.Status.INCUBATING
    )


def test_the_completed_trial_ends_with_a_closing_update_and_no_open_risks(demo, client):
    trial = FieldTrial.objects.get(title__startswith="Executive headship")
    assert trial.status == FieldTrial.Status.COMPLETED
    last = trial.monthly_updates.filter(status="submitted").latest("month")
    # Its last month's update, November's in the demo's calendar, reads as an ending.
    last_month = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    assert last.month == last_month == trial.end_date.replace(day=1)
    assert "final review" in last.what_happened and "interim review" not in last.what_happened
    assert last.in_the_way == "" and last.rag == "green"
    # Sent before the trial was completed, not after.
    assert last.submitted_at < trial.status_changed_at
    # Its risks were closed, through the risk's change (a history row and an event).
    assert trial.risks.exists() and not trial.risks.filter(is_open=True).exists()
    closed_at_the_end = trial.risks.filter(changed_at__isnull=False)
    assert closed_at_the_end.exists()
    for risk in closed_at_the_end:
        assert risk.history.filter(is_open=True).exists()
        assert risk.history.filter(is_open=False).exists()
        assert risk.changed_at < trial.status_changed_at
    text = page(client, OFFICER, trial.get_absolute_url())
    assert "Completed since" in text
    assert "No open risks recorded." in text and "serious open risk" not in text
    assert "The final review with the project's officers" in text


def test_running_trials_have_milestones_coming_up_some_this_week(demo, client):
    today = timezone.localdate()
    week = today + datetime.timedelta(days=7)
    for trial in incubating():
        ahead = trial.milestones.filter(completed_on__isnull=True, due_on__gte=today)
        assert 2 <= ahead.count() <= 3, trial
        assert not ahead.filter(due_on__gt=trial.end_date).exists()
    this_week = {
        m.field_trial.title for m in Milestone.objects.filter(due_on__gte=today, due_on__lte=week)
    }
    assert {content.STEVENAGE_TRIAL, content.BRIDGEMARY_TRIAL} <= this_week
    assert 6 <= len(this_week) <= 14
    # The trials list: every running trial has a milestone next due (or one overdue); only
    # the completed trial has "None coming up".
    text = page(client, OFFICER, reverse("fieldtrials:fieldtrial_list"))
    assert "Next due" in text
    assert text.count("None coming up") == 1
    # Stevenage's, in the words of its plan, read on its page by its leader.
    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    first = stevenage.milestones.filter(due_on__gte=today).first()
    assert today < first.due_on <= week
    text = page(client, LEADER, stevenage.get_absolute_url())
    assert f"{first.title}, due {date_format(first.due_on, 'j F Y')}" in text
    assert "Town-wide options booklet for Year 10 published" in text
    assert "Joint blocked timetable running two afternoons a week" in text


def test_support_was_given_in_each_of_the_last_two_months(demo, client):
    today = timezone.localdate()
    this_month = today.replace(day=1)
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=1)
    month_before = (last_month - datetime.timedelta(days=1)).replace(day=1)
    for trial in FieldTrial.objects.filter(project__title__in=[content.SL, content.PERS]):
        for start, end in ((month_before, last_month), (last_month, this_month)):
            sessions = trial.support_sessions.filter(held_on__gte=start, held_on__lt=end)
            assert sessions.exists(), (trial, start)
    assert not SupportSession.objects.filter(held_on__gt=today).exists()
    # Last month's progress report counts them.
    from reports.models import Report

    report = Report.objects.get(project__title=content.SL)
    text = page(client, OFFICER, reverse("reports:report_page", args=[report.pk]))
    given = re.search(r"Support given from [^:]+: ([\d.]+) hours in (\d+) sessions", text)
    assert given and float(given[1]) > 0 and int(given[2]) >= 17


def test_the_activity_names_support_sessions_as_their_pages_do(demo, client):
    """ "Consultancy session on 30 November 2026", not a history row's "... as of 2026-11-30
    17:00:00+00:00" on the officer's home page and a trial's recent activity."""
    events = Event.objects.filter(verb="fieldtrials.support_logged")
    sessions = SupportSession.objects.in_bulk([e.data["id"] for e in events])
    assert len(sessions) > 20
    for event in events:
        assert event.data["text"] == str(sessions[event.data["id"]]), event.data
    trial = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    # The activity pages, as they list what was added, from the newest session's logging
    # (sessions are logged on days of their own, so the newest page may hold updates and
    # milestones instead): the page its "Older" links lead to.
    newest = {
        trial.pk: events.filter(field_trial=trial).latest("created_at", "pk"),
        None: events.latest("created_at", "pk"),
    }
    since = {
        k: cursor_of(SimpleNamespace(when=e.created_at, pk=e.pk + 1)) for k, e in newest.items()
    }
    urls = (
        reverse("accounts:activity") + f"?kind=added&before={since[None]}",
        reverse("accounts:field_trial_activity", args=[trial.pk])
        + f"?kind=added&before={since[trial.pk]}",
    )
    for url in urls:
        text = page(client, OFFICER, url)
        assert "logged the support session" in text, url
        assert " as of " not in text and "+00:00" not in text, url


def test_each_trials_risks_are_its_own_kinds(demo, client):
    on = Counter(Risk.objects.values_list("description", flat=True))
    # No risk copied across the programme: none on more than a handful of trials.
    assert max(on.values()) <= 5, on.most_common(3)
    school_day = "Parents are unconvinced by changes to the school day"
    for risk in Risk.objects.filter(description=school_day).select_related("field_trial"):
        assert demo_kinds.kind_of(risk.field_trial) == demo_kinds.TIME, risk.field_trial
    headship = FieldTrial.objects.get(title__startswith="Executive headship")
    assert not headship.risks.filter(description=school_day).exists()
    assert not Risk.objects.filter(description__startswith="Budget pressure").exists()
    for trial in FieldTrial.objects.filter(project__title__in=[content.SL, content.PERS]):
        assert trial.risks.exists(), trial
    # Stevenage's read as its own, in the words of its story.
    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    text = page(client, LEADER, reverse("fieldtrials:fieldtrial_risks", args=[stevenage.pk]))
    assert "the Governance Group can only advise" in text


def test_stevenages_governance_risk_stays_open_while_its_request_waits(demo, client):
    trial = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    risk = trial.risks.get(description__startswith="Each governing body stays accountable")
    assert risk.is_open
    assert trial.power_to_innovate_requests.filter(state="submitted").exists()


def test_a_trial_whose_plan_was_agreed_has_one_to_read(demo, client):
    """Its milestones say "Trial plan agreed with the consultant" and "Agreed in the trial
    plan": its details page shows that plan, not "No plan written yet"."""
    agreed = Milestone.objects.filter(
        title="Trial plan agreed with the consultant", completed_on__isnull=False
    ).values("field_trial")
    trials = FieldTrial.objects.filter(pk__in=agreed)
    assert trials.count() > 10
    assert not trials.filter(plan="").exists()
    trial = trials.exclude(title=content.STEVENAGE_TRIAL).order_by("title").first()
    later = trial.milestones.exclude(title="Trial plan agreed with the consultant").first()
    text = page(client, OFFICER, reverse("fieldtrials:fieldtrial_details", args=[trial.pk]))
    assert "No plan written yet" not in text
    assert f"{later.title}, by {later.due_on:%B %Y}" in text


def test_every_trial_has_school_staff_who_write_its_updates(demo, client):
    """The design's school leaders post monthly updates: on every trial, not its consultant
    writing of "the consultant" in the third person."""
    from fieldtrials.models import MonthlyUpdate

    trials = FieldTrial.objects.filter(project__title__in=[content.SL, content.PERS])
    assert trials.count() == 34
    for trial in trials:
        school = set(trial.memberships.filter(role="practitioner").values_list("user", flat=True))
        assert school, trial
        by_school = trial.monthly_updates.filter(author__in=school).count()
        assert by_school > trial.monthly_updates.count() / 2, trial
    leads = User.objects.filter(fieldtrial_memberships__role="practitioner").distinct()
    assert leads.count() >= 34  # no two invented trials share their lead
    assert MonthlyUpdate.objects.exclude(author__in=leads).count() < 10


def test_the_trials_schools_have_names_not_numbers(demo, client):
    """Schools are named as English schools are ("St Anne's CE Primary School"), not after
    their authority and a number ("Cornwall primary school 5"), on the trials list too."""
    from accounts import demo as accounts_demo
    from accounts.models import Organisation

    numbered = r"(primary|secondary|all-age|special|community) school [0-9]+$"
    assert not Organisation.objects.filter(name__iregex=numbered).exists()
    text = page(client, OFFICER, reverse("fieldtrials:fieldtrial_list"))
    assert not re.search(numbered.rstrip("$"), text, re.I)
    leads = {name for names in content.trial_schools().values() for name, *_ in names[:1]}
    assert sum(lead in text for lead in leads) >= 20  # the list's first page at least
    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    taking_part = stevenage.participating_organisations.values_list("name", flat=True)
    assert sorted(taking_part) == sorted(accounts_demo.STEVENAGE_PARTNERS)
    # The special school head who leads a trial is its head teacher.
    special = FieldTrial.objects.get(lead_organisation__kind=Organisation.Kind.SPECIAL_SCHOOL)
    lead = special.memberships.get(
        role="practitioner", user__organisation=special.lead_organisation
    )
    assert lead.user.job_title == f"Head teacher, {special.lead_organisation.name}"


def test_the_demo_s_people_have_names_not_roles_and_stevenage_s_are_told_apart(demo):
    """Nobody is called after their role ("Ada Administrator"), and no two people around
    Stevenage's trial, its officer among them, share a first name or a surname."""
    roles = {"Administrator", "Admin", "Officer", "Consultant", "Leader", "Partner", "Person"}
    for name in User.objects.values_list("full_name", flat=True):
        assert not roles & set(name.split()), name
    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    people = {m.user.full_name for m in stevenage.memberships.select_related("user")}
    people.add(User.objects.get(email=OFFICER).full_name)
    assert len(people) >= 6
    for part in (0, -1):
        words = [name.split()[part] for name in people]
        assert len(words) == len(set(words)), sorted(words)


# What an update says when it tells of a step of the trial plan as done (demo_kinds.HAPPENED,
# Stevenage's own updates), by the step (demo_phase2.MILESTONES' place).
TOLD_DONE = {
    0: r"trial plan was agreed|plan for .+ agreed|trial plan signed off",
    1: r"diagnostic was run|through the Change Leadership Model diagnostic|diagnostic is done"
    r"|ran the Change Leadership Model diagnostic",
    2: r"baseline data on .+ was gathered|the baseline was gathered|baseline gathered across",
    3: r"terms of reference showed|drafted its terms of reference",  # and the kind's "first"
    4: r"evaluation of .+ was co-designed|agreed our evaluation|evaluation design finished",
    5: r"first full cycle|a full cycle from start|for a whole cycle|shadow Governance Group met",
    6: r"interim review",
}


def test_each_update_tells_of_the_milestones_met_in_its_month(demo):
    """A tester read Bridgemary's July update say "The trial plan was agreed." when its
    milestone was done in May, and August's that the new timetable "started with one year
    group" when its milestone was done in September. Every update that tells of a step of its
    trial's plan as done was written in the month that step's milestone was done, and one
    whose step slipped says so while the milestone is still open."""
    from fieldtrials import demo_phase2

    checked = 0
    for trial in FieldTrial.objects.filter(project__title__in=[content.SL, content.PERS]):
        milestones = {m.title: m for m in trial.milestones.all()}
        steps = {
            step: milestones.get(demo_kinds.plan_step(trial, step, title))
            for step, (title, _) in enumerate(demo_phase2.MILESTONES)
        }
        first = demo_kinds.UPDATE_WORDS[demo_kinds.kind_of(trial)]["first"]
        for update in trial.monthly_updates.all():
            said = update.what_happened
            if said.startswith("Not done yet"):
                title = said.split('"')[1]
                assert milestones[title].completed_on is None, (trial.title, title)
                continue
            for step, told in TOLD_DONE.items():
                if not (re.search(told, said, re.I) or (step == 3 and first in said)):
                    continue
                milestone = steps[step]
                if milestone is None:  # a step the trial did not make a milestone of
                    continue
                checked += 1
                done = milestone.completed_on
                assert done and done.replace(day=1) == update.month, (
                    trial.title,
                    milestone.title,
                    done,
                    f"{update.month:%B %Y}: {said}",
                )
    assert checked > 50
    # Bridgemary's, as the tester read them.
    bridgemary = FieldTrial.objects.get(title=content.BRIDGEMARY_TRIAL)
    for title, told in (
        ("Trial plan agreed with the consultant", "The trial plan was agreed"),
        ("Change Leadership Model diagnostic completed", "diagnostic was run"),
        ("New timetable tried with one year group", "started with one year group"),
    ):
        done = bridgemary.milestones.get(title=title).completed_on
        update = bridgemary.monthly_updates.get(what_happened__contains=told)
        assert update.month == done.replace(day=1), (title, done, update.month)


def test_no_two_trials_share_a_milestone_beyond_the_plans_steps(demo, client):
    """ "Joint improvement plan for the schools reviewed by both governing bodies" was on three
    trials, word for word. Beyond the steps every trial plan has (the programme's, and its
    kind's: demo_phase2.MILESTONES, demo_kinds.PLAN_STEPS), each trial's milestones are its
    own: none is on two trials, and those still to come name the trial's school or idea."""
    from fieldtrials import demo_phase2

    plan_steps = {title for title, _ in demo_phase2.MILESTONES} | {
        title for steps in demo_kinds.PLAN_STEPS.values() for title in steps.values()
    }
    on = Counter(
        Milestone.objects.exclude(title__in=plan_steps)
        .values_list("field_trial", "title")
        .distinct()
        .values_list("title", flat=True)
    )
    assert on and max(on.values()) == 1, on.most_common(3)
    today = timezone.localdate()
    for trial in incubating().select_related("lead_organisation"):
        for milestone in trial.milestones.filter(due_on__gte=today):
            assert milestone.title not in plan_steps, (trial.title, milestone.title)
    # The leadership models keep the seeds' words for them.
    headship = FieldTrial.objects.get(title__startswith="Federation of two primary schools")
    ahead = list(headship.milestones.filter(due_on__gte=today).values_list("title", flat=True))
    assert any("federation of two primary schools under one executive head" in t for t in ahead)
    text = page(client, OFFICER, reverse("fieldtrials:fieldtrial_milestones", args=[headship.pk]))
    assert "both governing bodies" in text


def months_before_last(update):
    """How many months before the demo's last reported month (last month) `update`'s is."""
    last = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    return (last.year - update.month.year) * 12 + last.month - update.month.month


def test_the_officer_has_read_every_update_but_some_of_the_last_two_months(demo, client):
    """A tester read "Until a programme officer reads this update, you can take it back" on
    Stevenage's April update, eight months old: no officer had read any of the 257."""
    officer = User.objects.get(email=OFFICER)
    updates = MonthlyUpdate.objects.filter(
        field_trial__project__title__in=[content.SL, content.PERS], status="submitted"
    )
    recent = Counter()
    for update in updates:
        if months_before_last(update) >= 2:
            assert update.read_at is not None, update
        recent[months_before_last(update), update.read_at is not None] += 1
        if update.read_at:
            assert update.read_by == officer
            assert update.submitted_at < update.read_at <= timezone.now()
    # Of the last two months, some read and some not yet: the officer is catching up.
    for months in (0, 1):
        assert recent[months, True] and recent[months, False], recent
    # Through the service: the author may no longer take it back, its history and event say
    # who read it and when, and its author was told (in the app; the demo sends no e-mail).
    april = MonthlyUpdate.objects.get(field_trial__title=content.STEVENAGE_TRIAL, month__month=4)
    when = date_format(timezone.localtime(april.read_at), "j F Y")
    text = page(client, LEADER, reverse("fieldtrials:update_detail", args=[april.pk]))
    assert f"Read by an officer Olivia Okafor, {when}" in text
    assert "Take back to edit" not in text and "Not yet" not in text
    event = Event.objects.get(verb="fieldtrials.update_read", target_id=april.pk)
    assert (event.actor, event.created_at) == (officer, april.read_at)
    row = april.history.first()
    assert (row.history_user, row.history_date) == (officer, april.read_at)
    told = Notification.objects.get(kind="update_read", key=f"event:{event.pk}")
    assert told.recipient == april.author and told.created_at == april.read_at
    assert told.read_at and told.emailed_at
    # The newest unread one is still open to its author.
    unread = updates.filter(read_at__isnull=True, author__email=LEADER).first()
    if unread is not None:
        text = page(client, LEADER, reverse("fieldtrials:update_detail", args=[unread.pk]))
        assert "Take back to edit" in text


# Every long text of a trial's updates, milestones and support sessions: (model, field).
LONG_TEXTS = [
    (MonthlyUpdate, "what_happened"),
    (MonthlyUpdate, "what_next"),
    (MonthlyUpdate, "in_the_way"),
    (Milestone, "notes"),
    (SupportSession, "notes"),
]


def test_the_updates_of_different_trials_say_different_things(demo):
    """A tester read "Collect the first evaluation data and review it with the consultant."
    in 36 updates, the same two staff off sick in 17 trials, and "staff in both schools in
    both schools"; then "The trial plan was agreed." and "No trial activity over the summer
    holiday." in 14 trials' updates, "Agreed in the trial plan." on every trial's milestones
    and "Consultancy on the trial plan and its milestones" in every trial's support. No
    sentence of an update, a milestone's notes or a support session's notes is in more than
    three trials."""
    updates = MonthlyUpdate.objects.filter(
        field_trial__project__title__in=[content.SL, content.PERS], status="submitted"
    )
    for model, field in LONG_TEXTS:
        trials = {}
        for text, trial in model.objects.exclude(**{field: ""}).values_list(field, "field_trial"):
            for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
                trials.setdefault(sentence, set()).add(trial)
        assert len(trials) > 30, (model, field)
        shared = {text: len(ids) for text, ids in trials.items() if len(ids) > 3}
        assert not shared, (model.__name__, field, shared)
    for update in updates:
        for text in (update.what_happened, update.what_next, update.in_the_way):
            # No words said twice over ("in both schools in both schools").
            assert not re.search(r"\b(\w+ \w+ \w+) \1\b", text), text
            for sentence in re.split(r"(?<=[.;])\s", text):
                assert sentence.count("both schools") <= 1, text
    # Trials with more than two schools are not told of "both" of them.
    three = FieldTrial.objects.get(title="Co-headship of a partnership of three schools")
    assert not three.monthly_updates.filter(what_happened__contains="both schools").exists()


def test_trials_of_three_schools_or_more_are_not_told_of_both(demo, client):
    """A tester read "Visit to both schools' joint senior team meeting" and "Baseline data on
    both schools' attainment" on the co-headship of a partnership of three schools, and "The
    two senior teams meet weekly" on trials of four. A trial's records say its schools for
    their number ("all three schools"), in words below ten."""
    from evaluation.models import ProgressEntry

    both = re.compile(r"\bboth\b(?! ways)|\btwo senior teams\b|\ball [1-9] schools\b", re.I)
    told = Counter()
    for trial in FieldTrial.objects.filter(project__title__in=[content.SL, content.PERS]):
        count = trial.participating_organisations.count()
        texts = [
            *(
                t
                for m, f in LONG_TEXTS
                for t in m.objects.filter(field_trial=trial).values_list(f, flat=True)
            ),
            *trial.milestones.values_list("title", flat=True),
            *trial.risks.values_list("description", flat=True),
            *ProgressEntry.objects.filter(objective__field_trial=trial).values_list(
                "what", flat=True
            ),
        ]
        for text in texts:
            if count > 2:
                assert not both.search(text), (trial.title, count, text)
            told[count] += bool(re.search(r"\ball (three|four|five) schools\b", text))
    assert told[3] and told[4] and not told[2], told
    three = FieldTrial.objects.get(title="Co-headship of a partnership of three schools")
    text = page(client, OFFICER, reverse("fieldtrials:fieldtrial_support", args=[three.pk]))
    assert "Visit to the joint senior team meeting of all three schools" in text
    assert "both" not in text
    # A trial of two still has "both".
    two = FieldTrial.objects.get(title="Federation of two primary schools under one executive head")
    text = page(client, OFFICER, reverse("fieldtrials:fieldtrial_support", args=[two.pk]))
    assert "both schools" in text


def test_a_green_update_with_nothing_in_the_way_says_so_on_its_page(demo, client):
    """Green updates with the box left empty read "Nothing this month" under "What is in the
    way", not "Nothing written", as though their author had skipped it."""
    update = MonthlyUpdate.objects.filter(
        field_trial__title=content.STEVENAGE_TRIAL, rag="green", in_the_way=""
    ).first()
    assert update is not None
    text = page(client, LEADER, reverse("fieldtrials:update_detail", args=[update.pk]))
    assert "What is in the way Nothing this month" in text
    assert "Nothing written" not in text


def test_the_completed_trial_has_a_progress_report_of_its_whole_life(demo, client):
    """A tester found "No progress reports" on the completed trial: the officer asked for its
    report once it was completed, covering it from its start; its page lists it, ready."""
    from reports.models import Report

    trial = FieldTrial.objects.get(title__startswith="Executive headship")
    report = Report.objects.get(field_trial=trial)
    assert report.state == Report.State.READY and report.file and report.pages
    assert report.covers_from == trial.start_date
    assert report.requested_at > trial.status_changed_at
    assert report.requested_by.email == OFFICER
    text = page(client, OFFICER, trial.get_absolute_url())
    assert "No progress reports" not in text
    assert f"Report of {date_format(trial.start_date, 'j F Y')} to" in text
