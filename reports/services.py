"""Asking for progress reports, the monthly schedule's reports, and failing reports whose
job died."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from accounts.services import notify, record_event
from nextpractice.jobs import UNSTARTED_AFTER, JobRefused, send_job
from nextpractice.words import date_range, fitted, long_date
from programmes.services.lifecycle import ProjectWithdrawn, lock_open_project

from .models import (
    FINAL,
    STALE_AFTER,
    MonthlyReportOptOut,
    Report,
    project_of,
    stale,
    subject_filter,
    subject_kind,
)
from .parts import Period

LIVE_TRIALS = ["selected", "incubating", "reporting"]
# The states in which a job makes a report: asked for, or made again (remake_reports_naming).
MAKING = [Report.State.PREPARING, Report.State.REMAKING]
REFUSED_MESSAGE = (
    "The background job service was not responding, so this report was not started. "
    "Ask for a new report."
)
# Reports one person may ask for in an hour: each is a PDF drawn by the shared workers.
REPORTS_AN_HOUR = 5


class TooManyReports(Exception):
    """The person has asked for REPORTS_AN_HOUR reports in the last hour."""

    def __init__(self, *, next_at):
        self.next_at = next_at
        self.message = (
            f"You have asked for {REPORTS_AN_HOUR} progress reports in the last hour, which "
            "is as many as one person can. No report was started: you can ask for another "
            f"from {timezone.localtime(next_at):%H:%M}."
        )
        super().__init__(self.message)


def request_report(*, subject, actor, period=None):
    """`actor` asks for a report of `subject` (a programme, project or field trial) covering
    `period` (a reports.parts.Period; by default the month up to today): returns (report,
    created).

    Once only: while a report of `subject` covering `period` that `actor` asked for is being
    prepared, asking again (a double click, twenty posts at once) gives that report and
    `created` False; a report of another period is another report. A
    unique constraint decides; a lock on the person's row puts their requests in a line,
    so that no more than REPORTS_AN_HOUR an hour are started (TooManyReports past that).
    A stale report of theirs (models.stale: started STALE_AFTER ago, or never started for a
    day) is failed first: its job died, and it must not block them. Asking again for a report
    that has waited WAITING_SHOWN_AFTER without being started sends its job again, in case
    the first was lost with the broker's queue (a job finds a report already made or being
    made and leaves it). The row, its event and the job are one step: if the broker refuses
    the job, JobRefused is raised and nothing is kept. ProjectWithdrawn for a withdrawn
    project or a trial of one (decided under the project's lock, as for its records).
    """
    from accounts.models import User

    from .rules import may_ask_for_report_on
    from .tasks import make_report

    if not may_ask_for_report_on(actor, subject):
        raise PermissionDenied("You may not ask for a report of this.")
    period = period or Period.month_to(timezone.localdate())
    problem = period_problem(period)
    if problem:
        raise ValidationError(problem)
    preparing = Report.objects.filter(
        **subject_filter(subject),
        kind=Report.Kind.ON_REQUEST,
        state=Report.State.PREPARING,
        requested_by=actor,
    )
    mine = preparing.filter(covers_from=period.start, covers_to=period.end)
    project = project_of(subject)
    with transaction.atomic():
        if project is not None:
            lock_open_project(project, closed_ok=True)
        User.objects.select_for_update().values_list("pk", flat=True).get(pk=actor.pk)
        for report in preparing.filter(stale()):
            fail_report(report=report, message=report.why_stale, only_if=stale())
        pending = mine.first()
        if pending is not None:
            if pending.waiting_since is not None:
                send_job(make_report, pending.pk)
                pending.refresh_from_db()
            return pending, False
        _check_hourly_limit(actor)
        try:
            with transaction.atomic():
                report = Report.objects.create(
                    **subject_filter(subject),
                    kind=Report.Kind.ON_REQUEST,
                    requested_by=actor,
                    covers_from=period.start,
                    covers_to=period.end,
                )
        except IntegrityError:
            # A request that did not queue behind the lock made it first: give theirs.
            return mine.get(), False
        record_event(
            actor=actor,
            verb="reports.report_requested",
            target=report,
            data={"subject": subject_kind(subject), "subject_id": subject.pk},
        )
        # Last, so that a refusal rolls the row back. A worker that runs before the commit
        # finds no row yet and retries (reports.tasks.make_report).
        send_job(make_report, report.pk)
    report.refresh_from_db()
    return report, True


def period_problem(period, today=None):
    """Why a report cannot cover `period`, or "" when it can: it must start before it ends,
    and not end in the future (a report says what happened)."""
    today = today or timezone.localdate()
    if period.start >= period.end:
        return "The start of the period must be before its end"
    if period.end > today:
        return "The end of the period cannot be in the future"
    return ""


def _check_hourly_limit(actor):
    """Raise TooManyReports if `actor` asked for REPORTS_AN_HOUR reports in the last hour."""
    hour = datetime.timedelta(hours=1)
    times = list(
        Report.objects.filter(
            requested_by=actor,
            kind=Report.Kind.ON_REQUEST,
            requested_at__gte=timezone.now() - hour,
        )
        .order_by("-requested_at")
        .values_list("requested_at", flat=True)[:REPORTS_AN_HOUR]
    )
    if len(times) >= REPORTS_AN_HOUR:
        raise TooManyReports(next_at=times[-1] + hour)


def fail_report(*, report, message, only_if=None):
    """Mark `report` failed with `message` (what its reader can do) and tell its readers,
    once: False, changing nothing, when it is no longer being prepared or made again (made
    meanwhile, or failed by another caller), or no longer matches `only_if` (a Q: started
    meanwhile)."""
    with transaction.atomic():
        updated = (
            Report.objects.filter(pk=report.pk, state__in=MAKING)
            .filter(only_if or Q())
            .update(state=Report.State.FAILED, failure_message=message, finished_at=timezone.now())
        )
        if not updated:
            return False
        record_event(
            actor=None, verb="reports.report_failed", target=report, data={"reason": message}
        )
        tell_readers(report, ready=False)
    report.state, report.failure_message = Report.State.FAILED, message
    return True


NOT_READY_TO_WITHDRAW = "Only a report that has been made can be withdrawn"


class ReportWithdrawnAlready(Exception):
    """The report was withdrawn already (a second click, or another officer): nothing is
    changed; `report` is it as withdrawn."""

    def __init__(self, report):
        super().__init__("This progress report has already been withdrawn.")
        self.report = report


def withdraw_report(*, report, actor, reason):
    """Withdraw a ready report that should no longer be read (it shows a record entered by
    mistake): it stays, marked with who, when and why, but only the officers who manage its
    subject (and administrators) still list and open it (reports.rules.visible_reports).
    Once only, however many posts come at once: a conditional update decides, and the
    others raise ReportWithdrawnAlready. One event, in its subject's history, for those
    officers only (reports/events.py). Its files stay in storage, for those officers to
    read what it said; a monthly report withdrawn is not made again by the schedule (its
    month's row is this one)."""
    from .rules import manages_reports_of

    if not manages_reports_of(actor, report.subject):
        raise PermissionDenied("Only the officers of its programme can withdraw a report.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Say why you are withdrawing it"})
    with transaction.atomic():
        now = timezone.now()
        withdrawn = Report.objects.filter(
            pk=report.pk, state=Report.State.READY, withdrawn_at__isnull=True
        ).update(withdrawn_at=now, withdrawn_by=actor, withdrawn_reason=reason)
        if not withdrawn:
            now_is = Report.objects.select_related("withdrawn_by").get(pk=report.pk)
            if now_is.is_withdrawn:
                raise ReportWithdrawnAlready(now_is)
            raise ValidationError(NOT_READY_TO_WITHDRAW)
        report.withdrawn_at, report.withdrawn_by, report.withdrawn_reason = now, actor, reason
        record_event(
            actor=actor, verb="reports.report_withdrawn", target=report, data={"reason": reason}
        )
    return report


def not_made_if_withdrawn(report):
    """Whether `report` is not to be made: its subject is a withdrawn project, or a field
    trial of one. Decided as asking for a report is, under the project's lock
    (lock_open_project, held in the caller's transaction, so that the project is not
    withdrawn before the caller commits what it decided). Such a report still being
    prepared is marked not made, saying since when, once; nobody is told (no e-mail about a
    project added by mistake): its officers read why on its Reports page. A report made
    again (remake_reports_naming) is made whatever became of its project since: it was
    made then, and its officers read it still."""
    project = project_of(report.subject)
    if project is None or report.state == Report.State.REMAKING:  # a programme's, or remade
        return False
    try:
        lock_open_project(project, closed_ok=True)
    except ProjectWithdrawn as refused:
        message = not_made_message(report, refused.project)
        marked = Report.objects.filter(pk=report.pk, state=Report.State.PREPARING).update(
            state=Report.State.NOT_MADE, failure_message=message, finished_at=timezone.now()
        )
        if marked:
            record_event(
                actor=None,
                verb="reports.report_not_made",
                target=report,
                data={"reason": message},
            )
        return True
    return False


def not_made_message(report, project):
    """Why a report of withdrawn `project` (or of a field trial of it) was not made."""
    whose = "project" if report.project_id else "field trial's project"
    when = long_date(timezone.localdate(project.withdrawn_at))
    return f"Not made: the {whose} was withdrawn on {when}."


def fail_stale_reports(*, older_than=STALE_AFTER, waiting_for=UNSTARTED_AFTER):
    """Fail every report still being prepared `older_than` after a job started it (the job
    died: a worker killed), or never started `waiting_for` after it was asked for (its job
    lost, or the workers stopped for a day); each with a message saying which. A report
    waiting in the queue for less is left waiting; one of a project withdrawn since is not
    made (not_made_if_withdrawn), and nobody is told. Returns how many it failed; a second
    run fails none."""
    condition = stale(started_for=older_than, waiting_for=waiting_for)
    reports = Report.objects.filter(condition).select_related(
        "programme", "project", "field_trial__project", "requested_by"
    )
    failed = 0
    for report in reports:
        with transaction.atomic():
            if not not_made_if_withdrawn(report):
                failed += fail_report(report=report, message=report.why_stale, only_if=condition)
    return failed


def readers_to_tell(report):
    """Who hears what became of a report: whoever asked, or for a monthly report the
    officers and partners of the project and its programme, less those who turned its
    monthly reports off; for its final report, all of those (they turned off the monthly
    ones, not this); only those who may still read it."""
    from accounts.models import User
    from programmes.models import ProgrammeMembership, ProjectMembership

    from .rules import TOLD_OF_MONTHLY_REPORTS, reads_reports_of

    if report.requested_by_id:
        people = [report.requested_by]
    else:
        project = report.project
        told = User.objects.filter(
            pk__in=ProjectMembership.objects.filter(
                project=project, role__in=TOLD_OF_MONTHLY_REPORTS
            ).values("user_id")
        ) | User.objects.filter(
            pk__in=ProgrammeMembership.objects.filter(
                programme_id=project.programme_id, role__in=TOLD_OF_MONTHLY_REPORTS
            ).values("user_id")
        )
        if not report.is_final:
            told = told.exclude(
                pk__in=MonthlyReportOptOut.objects.filter(project=project).values("person_id")
            )
        people = list(told.order_by("pk"))
    return [p for p in people if p.is_active and reads_reports_of(p, report.subject)]


def choose_monthly_reports(*, project, person, wanted):
    """`person` turns the monthly reports of `project` on (told when each is ready) or off
    for themselves. Returns True when that changed something; choosing again changes
    nothing and writes no event."""
    from .rules import told_of_monthly_reports

    if not told_of_monthly_reports(person, project):
        raise PermissionDenied("You are not told of this project's monthly reports.")
    with transaction.atomic():
        if wanted:
            changed = bool(
                MonthlyReportOptOut.objects.filter(project=project, person=person).delete()[0]
            )
        else:
            # get_or_create: two posts at once make one row (the unique constraint decides).
            _, changed = MonthlyReportOptOut.objects.get_or_create(project=project, person=person)
        if changed:
            record_event(
                actor=person,
                verb="reports.monthly_reports_on" if wanted else "reports.monthly_reports_off",
                target=project,
            )
    return changed


def tell_readers(report, *, ready):
    """Tell whoever hears of `report` (readers_to_tell) that it is ready, with a link to
    it, or that it could not be made, with a link to its row in its subject's list (which
    says why): once per report (the notification's key). A monthly report, which nobody
    asked for, is told under kinds of its own, so that its readers can choose its e-mails
    apart from those of the reports they ask for; so is a project's final report, which
    nobody asked for either and reaches the same people."""
    from accounts.models import NotificationKind

    monthly = report.kind == report.Kind.MONTHLY or report.is_final
    if ready:
        kind = NotificationKind.MONTHLY_REPORT_READY if monthly else NotificationKind.REPORT_READY
        message = f"{describe(report)} is ready."
        subject = subject_of(report, "ready")
        url = reverse("reports:report_page", args=[report.pk])
    else:
        kind = NotificationKind.MONTHLY_REPORT_FAILED if monthly else NotificationKind.REPORT_FAILED
        message = f"{describe(report, ready=False)} could not be made. Ask for a new one."
        subject = subject_of(report, "could not be made")
        url = report.list_url
    for person in readers_to_tell(report):
        notify(
            recipient=person,
            kind=kind,
            key=f"report:{report.pk}",
            message=message,
            url=url,
            subject=subject,
        )


def subject_of(report, what):
    """The e-mail subject telling of `report`, what became of it first and the dates whole:
    "Report ready: System Leadership, 7 November to 6 December 2026", "Monthly report ready:
    Lantern Project, January 2026"."""
    if report.kind == report.Kind.MONTHLY:
        # Says "Monthly": nobody asked for it, and its e-mails are told apart from those asked for.
        return fitted(f"Monthly report {what}: ", str(report.subject), f", {report.period:%B %Y}")
    if report.is_final:
        return fitted(
            f"Final report {what}: ", str(report.subject), f", closed on {long_date(report.period)}"
        )
    covers = report.covers
    when = "" if covers is None else f", {date_range(covers.start, covers.end)}"
    return fitted(f"Report {what}: ", str(report.subject), when)


def describe(report, *, ready=True):
    """The report as a notification names it, with the time it covers: two reports asked
    for on the same subject are told apart. A final report is "made as it closed" once it is
    `ready`, else "asked for as it closed"."""
    if report.kind == report.Kind.MONTHLY:
        return f"The monthly progress report on {report.subject} for {report.period:%B %Y}"
    if report.is_final:
        how = "made" if ready else "asked for"
        closed = long_date(report.period)
        return f"The final report on {report.subject}, {how} as it closed on {closed},"
    covers = report.covers
    if covers is None:  # asked for before reports kept their dates
        return f"Your progress report on {report.subject}"
    return (
        f"Your progress report on {report.subject} covering "
        f"{covers.start:%-d %B %Y} to {covers.end:%-d %B %Y}"
    )


def month_just_ended(today=None):
    """The first day of the month before `today`'s."""
    today = today or timezone.localdate()
    last_of_previous = today.replace(day=1) - datetime.timedelta(days=1)
    return last_of_previous.replace(day=1)


def active_projects(today=None):
    """Projects worth a monthly report: of a programme that has not ended, or with a field
    trial still selected, incubating or reporting; not one closed before the month just
    ended began (the month it closed in gets its last report, unless its final report,
    asked for as it closed, is made or being made: that is its last), nor a withdrawn one."""
    from programmes.models import Project

    today = today or timezone.localdate()
    final = Report.objects.filter(
        FINAL,
        project=OuterRef("pk"),
        period=OuterRef("closed_on"),
        state__in=[Report.State.PREPARING, Report.State.READY, Report.State.REMAKING],
    )
    return (
        Project.objects.filter(
            pk__in=Project.objects.filter(
                Q(programme__end_date__isnull=True)
                | Q(programme__end_date__gte=today)
                | Q(field_trials__status__in=LIVE_TRIALS)
            ).values("pk")
        )
        .exclude(closed_on__lt=month_just_ended(today))
        .exclude(Exists(final))
        .current()
        .order_by("pk")
    )


def schedule_monthly_report(*, project, period):
    """The monthly report of `project` for the month starting `period`, made once: returns
    (report, created). Running the schedule twice finds the first run's report. None, not
    created, for a project withdrawn since the schedule listed it (decided under its lock,
    as asking for a report is: lock_open_project)."""
    from .tasks import make_report

    with transaction.atomic():
        try:
            lock_open_project(project, closed_ok=True)
        except ProjectWithdrawn:
            return None, False
        report, created = Report.objects.get_or_create(
            project=project, kind=Report.Kind.MONTHLY, period=period
        )
        if not created:
            return report, False
        record_event(
            actor=None,
            verb="reports.monthly_report_scheduled",
            target=report,
            data={"project": project.pk, "period": period.isoformat()},
        )
    try:
        send_job(make_report, report.pk)
    except JobRefused:
        Report.objects.filter(pk=report.pk, state=Report.State.PREPARING).update(
            state=Report.State.FAILED, failure_message=REFUSED_MESSAGE, finished_at=timezone.now()
        )
    return report, True


def final_period(project):
    """What `project`'s final report covers: the whole project, from its start (its planned
    start, or the day it was added here if that was earlier; not before its programme
    began) to the day it closed."""
    added = timezone.localdate(project.created_at)
    start = max(min(project.start_date, added), project.programme.start_date)
    end = project.closed_on
    return Period(start=min(start, end - datetime.timedelta(days=1)), end=end)


def schedule_final_report(*, project):
    """The final progress report of `project`, which has just closed: asked for once, as it
    closes, in the closing's transaction and under its lock (programmes.services.
    close_project), so that closing twice (a second click, two officers) asks for one; a
    final report of the same closing already asked for (made or being made) is given back.
    It covers the whole project (final_period), so it ends with its closing note and its
    trials' last statuses, and nobody asked for it: the officers and partners of the project
    and its programme are told when it is ready (readers_to_tell), as of a monthly report.
    Its job is sent once the closing is committed (a worker would not find it before);
    refused by the broker, the report is failed saying so, and they are told. Returns
    (report, created)."""
    from .tasks import make_report

    period = final_period(project)
    made = Report.objects.filter(
        FINAL,
        project=project,
        period=project.closed_on,
        requested_by__isnull=True,
        covers_from=period.start,
        covers_to=period.end,
        state__in=[Report.State.PREPARING, Report.State.READY, Report.State.REMAKING],
    ).first()
    if made is not None:
        return made, False
    report = Report.objects.create(
        project=project,
        kind=Report.Kind.ON_REQUEST,
        period=project.closed_on,
        covers_from=period.start,
        covers_to=period.end,
    )
    record_event(
        actor=None,
        verb="reports.final_report_scheduled",
        target=report,
        data={"project": project.pk, "closed_on": project.closed_on.isoformat()},
    )

    def send():
        try:
            send_job(make_report, report.pk)
        except JobRefused:
            fail_report(report=report, message=REFUSED_MESSAGE)

    transaction.on_commit(send)
    return report, True


REMAKE_REFUSED_MESSAGE = (
    "This report had to be made again without the name of a person whose details were "
    "erased, but the background job service was not responding. Ask for a new report."
)


def remake_reports_naming(*, person):
    """`person`'s details are being erased (accounts.erasure.erase_person, in its
    transaction, their name already replaced): no report kept may still show their name.
    Each report that may name them (selectors.reports_naming) has its files deleted from
    storage once the erasure is committed; a ready one (not withdrawn) is made again, by its
    job, as it was (the same period, made at the same time) but with "A former member", and
    until then its PDF and page cannot be opened. A withdrawn or failed one is not made
    again. A report being made (or made again) while they are erased is made again by the
    job making it (tasks._finish: its `names_erased_at` moved on). Decided on the reports'
    locked rows, so that each is made again once, however many erasures run at once.
    Returns how many reports are made again."""
    from .selectors import reports_naming

    now = timezone.now()
    remade = 0
    with transaction.atomic():
        wanted = reports_naming(person).values("pk")
        for report in Report.objects.select_for_update().filter(pk__in=wanted).order_by("pk"):
            change = {"names_erased_at": now}
            if report.state == Report.State.READY and not report.is_withdrawn:
                change.update(state=Report.State.REMAKING, started_at=None)
            elif report.state not in (Report.State.PREPARING, Report.State.REMAKING):
                if not (report.file or report.page):
                    continue  # not made, or failed with no file: nothing of it names them
            if report.file or report.page:
                change.update(file="", page="")
                for kept in (report.file, report.page):
                    if kept:
                        transaction.on_commit(
                            lambda name=kept.name, storage=kept.storage: storage.delete(name)
                        )
            Report.objects.filter(pk=report.pk).update(**change)
            if change.get("state") == Report.State.REMAKING:
                remade += 1
                transaction.on_commit(lambda pk=report.pk: _send_remake(pk), robust=True)
    return remade


def _send_remake(report_pk):
    """Send the job making a report again; refused by the broker, the report is failed
    saying so (its old files are gone), and its readers are told as of any failed report."""
    from .tasks import make_report

    try:
        send_job(make_report, report_pk)
    except JobRefused:
        report = Report.objects.select_related(
            "programme", "project", "field_trial", "requested_by"
        ).get(pk=report_pk)
        fail_report(report=report, message=REMAKE_REFUSED_MESSAGE)
