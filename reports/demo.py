"""Progress reports in the demo: System Leadership's and the Knowsley Innovation Zone's, so
the partner's home and the Reports page have something to open.

Made while the demo loads, in this process: the report row as `request_report` writes it,
then the report job (`make_report`) run here and now rather than sent to a worker, which a
fresh demo may not have yet. They are made last but for the reminders, so that they show
the demo's completed trial, its exercises and its lessons. Loading again finds them ready
and makes none.

Each is dated, with its event and its "ready" notification, when the demo's calendar puts
it: on the first afternoon of the current month (the seeds' June 2007), covering the month up
to that day, as an officer's "Make a progress report" does; never after now. By then every
trial has sent last month's update (sent in that month's last week, fieldtrials.demo_phase2),
and the completed trial, its lesson and its case study of that morning are recorded, so the
report shows nothing that happened after it was made.
"""

import datetime

from django.utils import timezone

from accounts.demo_history import happened_at
from accounts.services import record_event
from nextpractice.demo_calendar import moved_datetime, not_after_today
from programmes import demo_content as content

from .models import Report, subject_filter, subject_kind
from .parts import Period
from .tasks import make_report

# When the officer asked for them: the first afternoon of the seeds' present month (June 2007),
# after that morning's completion of a trial (fieldtrials.demo_completed, 09:30) and its lesson
# and case study (evaluation.demo_system_learning, 10:00 and 11:00).
ASKED = datetime.datetime(2007, 6, 1, 14, 0)

INVENTED = [
    "The two progress reports (System Leadership, and the Knowsley Innovation Zone) were "
    "made from this demonstration's data when it was loaded, and are dated the first afternoon "
    "of the current month, covering the month up to that day; the seeds contain no reports "
    "of this kind, though Knowsley's case study describes monthly highlight reports.",
]


def load(ctx):
    officer = ctx["users"]["officer"]
    subjects = [ctx["projects"][content.SL], ctx["programmes"]["knowsley"]]
    ctx["reports"] = [make_demo_report(subject, officer) for subject in subjects]
    return ctx


def make_demo_report(subject, officer):
    """`subject`'s report asked for by the demo's officer, made now but asked for, made and
    dated (in the PDF too) when the demo's calendar puts it (ASKED), covering the month up
    to then; an existing ready one (or one being made) is kept."""
    reports = Report.objects.filter(**subject_filter(subject), kind=Report.Kind.ON_REQUEST)
    kept = reports.filter(state__in=[Report.State.READY, Report.State.PREPARING]).first()
    if kept is not None:
        return kept
    asked = not_after_today(moved_datetime(ASKED))
    period = Period.month_to(timezone.localdate(asked))
    dated = [(Report, field) for field in ("requested_at", "started_at", "finished_at")]
    with happened_at(asked, *dated):
        report = Report.objects.create(
            **subject_filter(subject),
            kind=Report.Kind.ON_REQUEST,
            requested_by=officer,
            covers_from=period.start,
            covers_to=period.end,
        )
        record_event(
            actor=officer,
            verb="reports.report_requested",
            target=report,
            data={"subject": subject_kind(subject), "subject_id": subject.pk},
        )
        make_report.apply(args=[report.pk], kwargs={"made_at": asked.isoformat()})
    report.refresh_from_db()
    return report
