"""The summary's "What changed since the last report": read from the event log the services
write, scoped to the report's subject, compared with the subject's previous ready report, in
plain sentences, and in three queries however much changed."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import Event
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, Milestone
from fieldtrials.services.records import add_risk, complete_milestone
from fieldtrials.services.trial import move_trial_status
from fieldtrials.services.updates import add_months, current_month, submit_new_update
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.services.lifecycle import move_stage
from programmes.tests.factories import ProjectFactory
from reports.building import report_html
from reports.changes import changes_since_last_report
from reports.models import Report
from reports.parts import Period

pytestmark = pytest.mark.django_db

YESTERDAY = timezone.now() - datetime.timedelta(days=1)
STARTED = add_months(current_month(), -2)
# A report made today covers the month up to today; the previous one ended the day before.
PERIOD = Period.month_to(timezone.localdate())
PREVIOUS_END = PERIOD.start - datetime.timedelta(days=1)
BEFORE_PREVIOUS_END = timezone.make_aware(
    datetime.datetime.combine(PREVIOUS_END, datetime.time(12))
)


@pytest.fixture
def admin():
    return UserFactory(full_name="Ada Admin", is_superuser=True)


def _summary(html):
    return html[html.index('<h2 id="summary">') : html.index('<h2 id="contents">')]


def _previous_report(**subject):
    """A ready report of `subject` covering the month before the one a report made today
    covers."""
    return Report.objects.create(
        **subject,
        state=Report.State.READY,
        requested_at=BEFORE_PREVIOUS_END,
        started_at=BEFORE_PREVIOUS_END,
        covers_from=PREVIOUS_END - datetime.timedelta(days=27),
        covers_to=PREVIOUS_END,
    )


def _submit(trial, actor, rag, months_ago=0):
    return submit_new_update(
        trial=trial,
        month=add_months(current_month(), -months_ago),
        actor=actor,
        rag=rag,
        what_happened="Work went on.",
        what_next="More work.",
        in_the_way="Nothing.",
    )


def _move_events_before_yesterday():
    """Into the previous report's period."""
    Event.objects.update(created_at=BEFORE_PREVIOUS_END - datetime.timedelta(days=1))


def test_the_first_report_of_a_subject_says_so(admin):
    project = ProjectFactory(title="Lantern Project")
    # A report still being prepared, or one that failed, is not a report that was read.
    Report.objects.create(project=project, requested_at=YESTERDAY)
    Report.objects.create(project=project, requested_at=YESTERDAY, state=Report.State.FAILED)
    summary = _summary(report_html(project))
    assert "What changed since the last report" in summary
    assert "No earlier report of Lantern Project covers the time before this one" in summary


def test_what_changed_since_the_previous_report_is_told_in_sentences(admin):
    project = ProjectFactory(title="Lantern Project", stage="generate_options")
    reddening, starting, withdrawn = (
        FieldTrialFactory(project=project, title=title, status=status, start_date=STARTED)
        for title, status in [
            ("Beacon Trial", FieldTrial.Status.INCUBATING),
            ("Harbour Trial", FieldTrial.Status.SELECTED),
            ("Quay Trial", FieldTrial.Status.SELECTED),
        ]
    )
    milestone = Milestone.objects.create(
        field_trial=starting, title="First term", due_on=datetime.date.today()
    )
    # Before the last report: Beacon was amber, and a risk was recorded (not new now).
    _submit(reddening, admin, "amber", months_ago=1)
    add_risk(trial=reddening, actor=admin, description="Old", likelihood=1, impact=1, owner="Jo")
    _move_events_before_yesterday()
    _previous_report(project=project)
    # Another project's news is not this report's.
    elsewhere = FieldTrialFactory(
        title="Elsewhere Trial", status=FieldTrial.Status.SELECTED, start_date=STARTED
    )
    move_trial_status(trial=elsewhere, to_status="incubating", actor=admin)

    move_stage(project=project, to_stage="incubate", actor=admin, reason="Ready.", override=True)
    _submit(reddening, admin, "red")
    move_trial_status(trial=starting, to_status="incubating", actor=admin)
    move_trial_status(trial=withdrawn, to_status="withdrawn", actor=admin, reason="Closed.")
    for n in range(2):
        add_risk(
            trial=reddening, actor=admin, description=f"New {n}", likelihood=2, impact=2, owner="J"
        )
    complete_milestone(milestone=milestone, actor=admin)

    summary = _summary(report_html(project))
    assert f"Since the last report, which covered up to {PREVIOUS_END:%-d %B %Y}:" in summary
    for sentence in [
        "Lantern Project moved from Generate creative options to Incubate.",
        "1 trial started incubating: Harbour Trial.",
        "1 trial ended: Quay Trial (withdrawn).",
        "Red, amber or green changed for 1 trial: Beacon Trial from amber to red.",
        "2 new risks were recorded for Beacon Trial.",
        "1 milestone was met in Harbour Trial.",
    ]:
        assert f"<li>{sentence}</li>" in summary
    assert "Elsewhere" not in summary

    # The trial's own report tells only its own news.
    trial_summary = _summary(report_html(reddening))
    assert "No earlier report of Beacon Trial covers the time before this one" in trial_summary
    _previous_report(field_trial=reddening)
    trial_summary = _summary(report_html(reddening))
    assert "Red, amber or green changed for 1 trial: Beacon Trial from amber to red." in (
        trial_summary
    )
    assert "Harbour" not in trial_summary and "moved from" not in trial_summary


def test_nothing_changed_is_said_plainly(admin):
    project = ProjectFactory(title="Lantern Project")
    _previous_report(project=project)
    summary = _summary(report_html(project))
    assert "no stage moves, trials started or ended, red, amber or green changes" in summary


@pytest.mark.parametrize("size", [2, 20])
def test_what_changed_costs_three_queries_however_many_trials_changed(
    size, admin, django_assert_num_queries
):
    project = ProjectFactory(title="Lantern Project")
    trials = [
        FieldTrialFactory(project=project, title=f"Trial {n:02d}", start_date=None)
        for n in range(size)
    ]
    for trial in trials:
        _submit(trial, admin, "green", months_ago=1)
    _move_events_before_yesterday()
    _previous_report(project=project)
    for trial in trials:
        _submit(trial, admin, "red")
        add_risk(trial=trial, actor=admin, description="R", likelihood=1, impact=1, owner="J")
    with django_assert_num_queries(3):
        changes = changes_since_last_report(project, PERIOD, as_of=timezone.now())
    reds = [f"Trial {n:02d} from green to red" for n in range(4)]
    if size == 2:
        rags, risks = f"{reds[0]} and {reds[1]}", "Trial 00 and Trial 01"
    else:
        rags = f"{', '.join(reds)} and 16 more"
        risks = "Trial 00, Trial 01, Trial 02, Trial 03 and 16 more"
    assert changes.sentences == [
        f"Red, amber or green changed for {size} trials: {rags}.",
        f"{size} new risks were recorded for {risks}.",
    ]


def test_what_changed_leaves_out_records_since_withdrawn(admin):
    """An update, risk or milestone withdrawn through the record kit no longer counts in the
    report's tables, so it is no change either: December's amber, withdrawn, leaves the trial
    green, as its own table says."""
    from nextpractice.records.kinds import record_kinds
    from nextpractice.records.services import withdraw_record

    project = ProjectFactory(title="Lantern Project")
    trial = FieldTrialFactory(project=project, title="Beacon Trial", start_date=STARTED)
    milestone = Milestone.objects.create(
        field_trial=trial, title="First term", due_on=datetime.date.today()
    )
    _submit(trial, admin, "green", months_ago=1)
    _move_events_before_yesterday()
    _previous_report(project=project)
    amber = _submit(trial, admin, "amber")
    risk = add_risk(trial=trial, actor=admin, description="Old", likelihood=1, impact=1, owner="J")
    complete_milestone(milestone=milestone, actor=admin)
    kinds = record_kinds()
    for slug, record in [("update", amber), ("risk", risk), ("milestone", milestone)]:
        withdraw_record(
            kind=kinds[("fieldtrials", slug)], record=record, actor=admin, reason="Wrong."
        )

    summary = _summary(report_html(project))
    assert "from green to amber" not in summary
    assert "new risk was recorded" not in summary and "milestone was met" not in summary
    assert "no stage moves, trials started or ended" in summary


def _at(day, hour=12):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _ready(project, start, end, made):
    return Report.objects.create(
        project=project,
        state=Report.State.READY,
        covers_from=start,
        covers_to=end,
        requested_at=made,
        started_at=made,
    )


def test_the_previous_report_is_the_one_before_in_time_covered_not_in_time_made(admin):
    """The report before this one is the latest ready one whose period ends by the day this
    one's starts, however late it or another was made: a November monthly report made on 1
    December is not before a report of September to November, nor of 7 November to 6
    December; a report of August asked for later is not the baseline of December's."""
    from accounts.services import event_for
    from reports.building import report_document
    from reports.changes import previous_report_end

    day = datetime.date
    project = ProjectFactory(title="Lantern Project")
    trial = FieldTrialFactory(project=project, title="Quay Trial")
    october = _ready(project, day(2006, 10, 1), day(2006, 10, 31), _at(day(2006, 11, 1), 6))
    _ready(project, day(2006, 11, 1), day(2006, 11, 30), _at(day(2006, 12, 1), 12))
    _ready(project, day(2006, 8, 1), day(2006, 8, 31), _at(day(2006, 12, 6), 9))  # back-dated
    ended = event_for(
        actor=admin, verb="fieldtrials.status_moved", target=trial, data={"to": "completed"}
    )
    ended.created_at = _at(day(2006, 12, 1), 10)  # before November's report was made
    ended.save()

    autumn = Period(start=day(2006, 9, 1), end=day(2006, 11, 30))
    assert previous_report_end(project, autumn) == day(2006, 8, 31)
    to_december = Period(start=day(2006, 11, 7), end=day(2006, 12, 6))
    assert previous_report_end(project, to_december) == october.covers_to
    december = Period.of_month(day(2006, 12, 1))
    assert previous_report_end(project, december) == day(2006, 11, 30)
    assert previous_report_end(project, Period.of_month(day(2006, 8, 1))) is None

    made = _at(day(2006, 12, 7), 9)
    summary = _summary(report_document(project, made_at=made, period=to_december).body)
    assert "Since the last report, which covered up to 31 October 2006:" in summary
    assert "1 trial ended: Quay Trial (completed)." in summary
    summary = _summary(report_document(project, made_at=made, period=autumn).body)
    assert "Since the last report, which covered up to 31 August 2006:" in summary
    assert "Quay Trial" not in summary  # completed after the autumn ended

    # With no report before it, the changes are those within the period, said so; and
    # that November's, which overlaps it, is not the one it is compared with (a partner
    # read "no earlier report" beside November's in the list as a report lost).
    Report.objects.filter(covers_to__lte=day(2006, 10, 31)).delete()
    summary = _summary(report_document(project, made_at=made, period=to_december).body)
    assert (
        "The last report of Lantern Project, which covered up to 30 November 2006, overlaps "
        "this one, so these are the changes within this period, from 7 November 2006:"
        in " ".join(summary.split())
    )
    assert "No earlier report" not in summary
    assert "1 trial ended: Quay Trial (completed)." in summary
