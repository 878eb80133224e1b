"""Progress reports in the demo: System Leadership's and the Knowsley Innovation Zone's, asked
for by the officer; the Stevenage trial's, asked for by its leader; and Resourcing
Personalisation's monthly report, made by the schedule. So the partner's home, the leader's
and the officer's Reports pages, and the projects' pages have something to open.

Made while the demo loads, in this process: the report row as `request_report` (or the
monthly schedule, `schedule_monthly_report`) writes it, then the report job (`make_report`)
run here and now rather than sent to a worker, which a fresh demo may not have yet. They are
made last but for the reminders, so that they show the demo's completed trial, its exercises
and its lessons. Loading again finds them ready and makes none.

Each is dated, with its event and its "ready" notification, when the demo's calendar puts
it: on the first of the current month (the seeds' June 2007), never after now. The monthly
report is made at 06:00, as the schedule makes it, and covers the month just ended; the
reports asked for are asked for that afternoon and cover the month up to that day, as "Make a
progress report" does. A fifth, a report of the Stevenage trial that the officer asked for
by mistake that day (they meant Knowsley's), was withdrawn by them, so the officer's Reports
page shows one marked withdrawn, which nobody else lists.
By then every trial has sent last month's update (sent in that
month's last week, fieldtrials.demo_phase2), and the completed trial, its lesson and its
case study of that morning are recorded, so a report shows nothing that happened after it
was made.
"""

import datetime

from django.utils import timezone

from accounts.demo_history import happened_at
from accounts.services import record_event
from nextpractice.demo_calendar import moved, moved_datetime, not_after_today
from programmes import demo_content as content

from .models import Report, subject_filter, subject_kind
from .parts import Period
from .services import withdraw_report
from .tasks import make_report

# When the officer asked for theirs: the first afternoon of the seeds' present month (June
# 2007), after that morning's completion of a trial (fieldtrials.demo_completed, 09:30) and
# its lesson and case study (evaluation.demo_system_learning, 10:00 and 11:00).
ASKED = datetime.datetime(2007, 6, 1, 14, 0)
# When the officer asked for the completed trial's report, of its whole life (from its start
# to its completion that morning), once its lesson and case study were recorded.
COMPLETED_ASKED = datetime.datetime(2007, 6, 1, 12, 0)
# When Stevenage's leader asked for the trial's, later that afternoon.
LEADER_ASKED = datetime.datetime(2007, 6, 1, 15, 30)
# When the monthly schedule made the report of the month just ended (MONTH): the beat
# schedule runs at 06:00 on the 1st.
SCHEDULED = datetime.datetime(2007, 6, 1, 6, 0)
MONTH = datetime.date(2007, 5, 1)
# When the officer asked for a report of the Stevenage trial by mistake (after that
# morning's records, before Knowsley's, which they meant), and when they withdrew it.
EARLY_ASKED = datetime.datetime(2007, 6, 1, 13, 0)
WITHDRAWN = datetime.datetime(2007, 6, 1, 14, 5)
WITHDRAWN_REASON = (
    "Asked for by mistake: I meant the Knowsley Innovation Zone's report, made at 14:00. "
    "This one should not be passed on."
)

INVENTED = [
    "The five progress reports (System Leadership, the Knowsley Innovation Zone, the "
    "Stevenage field trial, the completed executive headship trial, and Resourcing "
    "Personalisation's monthly report) were made from this demonstration's data when it was "
    "loaded, and are dated the first of the current month: the monthly one covers the month "
    "before, the completed trial's its whole life, the others the month up to that day. "
    "So is the earlier Stevenage report the officer withdrew, and its reason. "
    "The seeds contain no reports of this kind, though Knowsley's case study describes "
    "monthly highlight reports.",
]


def load(ctx):
    users, projects = ctx["users"], ctx["projects"]
    officer = users["officer"]
    # First, so that the leader's report of the trial is made after it (and is not it).
    withdrawn = make_demo_withdrawn_report(ctx["trials"]["stevenage"], officer)
    asked = [
        (projects[content.SL], officer, ASKED),
        (ctx["programmes"]["knowsley"], officer, ASKED),
        (ctx["trials"]["stevenage"], users["leader"], LEADER_ASKED),
    ]
    ctx["reports"] = [make_demo_report(subject, person, at) for subject, person, at in asked]
    completed = ctx.get("completed_trial")
    if completed is not None:  # its whole life, start to completion, for the project to keep
        ctx["reports"].append(
            make_demo_report(completed, officer, COMPLETED_ASKED, since=completed.start_date)
        )
    ctx["reports"].append(make_demo_monthly_report(projects[content.PERS]))
    ctx["reports"].append(withdrawn)
    return ctx


def make_demo_withdrawn_report(trial, officer):
    """`trial`'s report asked for by `officer` by mistake (EARLY_ASKED), then withdrawn by
    them (WITHDRAWN) with the service's own checks and event; an existing one is kept."""
    kept = Report.objects.filter(field_trial=trial, withdrawn_at__isnull=False).first()
    if kept is not None:
        return kept
    report = make_demo_report(trial, officer, EARLY_ASKED)
    when = not_after_today(moved_datetime(WITHDRAWN))
    with happened_at(when):
        withdraw_report(report=report, actor=officer, reason=WITHDRAWN_REASON)
    Report.objects.filter(pk=report.pk).update(withdrawn_at=when)
    report.refresh_from_db()
    return report


def make_demo_report(subject, person, at=ASKED, *, since=None):
    """`subject`'s report asked for by `person`, made now but asked for, made and dated (in
    the PDF too) when the demo's calendar puts it (`at`, a seed moment), covering the month
    up to then (or from `since`, a demo day); an existing ready one (or one being made) is
    kept."""
    reports = Report.objects.filter(
        **subject_filter(subject), kind=Report.Kind.ON_REQUEST, withdrawn_at__isnull=True
    )
    kept = reports.filter(
        state__in=[Report.State.READY, Report.State.PREPARING, Report.State.REMAKING]
    ).first()
    if kept is not None:
        return kept
    asked = not_after_today(moved_datetime(at))
    period = Period.month_to(timezone.localdate(asked))
    if since is not None:
        period = Period(start=since, end=period.end)
    dated = [(Report, field) for field in ("requested_at", "started_at", "finished_at")]
    with happened_at(asked, *dated):
        report = Report.objects.create(
            **subject_filter(subject),
            kind=Report.Kind.ON_REQUEST,
            requested_by=person,
            covers_from=period.start,
            covers_to=period.end,
        )
        record_event(
            actor=person,
            verb="reports.report_requested",
            target=report,
            data={"subject": subject_kind(subject), "subject_id": subject.pk},
        )
        make_report.apply(args=[report.pk], kwargs={"made_at": asked.isoformat()})
    report.refresh_from_db()
    return report


def make_demo_monthly_report(project):
    """`project`'s monthly report for the month just ended in the demo's calendar, as the
    schedule makes it (reports.services.schedule_monthly_report: nobody asked, its officers
    and partners told), made now but dated on the 1st at 06:00."""
    period = moved(MONTH)
    kept = Report.objects.filter(project=project, kind=Report.Kind.MONTHLY, period=period)
    if kept.exists():
        return kept.get()
    made = not_after_today(moved_datetime(SCHEDULED))
    dated = [(Report, field) for field in ("requested_at", "started_at", "finished_at")]
    with happened_at(made, *dated):
        # Without the schedule's event (reports/events.py): it would add a line to the
        # project's history dated the moment the demo was loaded.
        report = Report.objects.create(project=project, kind=Report.Kind.MONTHLY, period=period)
        make_report.apply(args=[report.pk], kwargs={"made_at": made.isoformat()})
    report.refresh_from_db()
    return report
