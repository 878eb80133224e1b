"""Reads of progress reports for pages outside the reports app (the home page)."""

from dataclasses import dataclass

from django.db.models import F, OuterRef, Q, Subquery

from accounts.memberships import memberships_of
from fieldtrials.rules import visible_fieldtrials
from programmes.models.lifecycle import running_first
from programmes.rules import READ_ALL_ROLES, visible_programmes, visible_projects

from .models import MonthlyReportOptOut, Report, subject_kind
from .rules import told_of_monthly_reports, visible_reports


@dataclass
class ReportSubject:
    """One programme, project or trial on the home page, with its latest ready report."""

    subject: object
    kind: str
    latest: Report | None
    may_read: bool
    may_ask: bool


def _with_latest(queryset, column):
    """`queryset` annotated with the id of its subject's latest ready report: the one that
    covers the latest time (a report of September asked for today is not the latest), the
    newest made among those; not a withdrawn one (nobody but its officers reads it)."""
    newest = (
        Report.objects.filter(
            **{column: OuterRef("pk")}, state=Report.State.READY, withdrawn_at__isnull=True
        )
        .order_by(
            F("covers_to").desc(nulls_last=True),
            F("finished_at").desc(nulls_last=True),
            "-requested_at",
            "-id",
        )
        .values("pk")[:1]
    )
    return queryset.annotate(latest_report_id=Subquery(newest))


def report_subjects_for(user):
    """Every programme, project and field trial the user belongs to or partners (a project
    counts when they read its programme in full), each with its newest ready report that
    they may download and whether they may read its reports and ask for a new one.

    Four queries whatever the number of subjects or reports."""
    m = memberships_of(user)
    programmes = _with_latest(
        running_first(visible_programmes(user).filter(pk__in=m.programmes()), "name"),
        "programme",
    )
    projects = _with_latest(
        visible_projects(user)
        .filter(Q(pk__in=m.projects()) | Q(programme_id__in=m.programmes(READ_ALL_ROLES)))
        .select_related("programme")
        .order_by("title"),
        "project",
    )
    trials = _with_latest(
        visible_fieldtrials(user)
        .filter(pk__in=m.trials())
        .select_related("project__programme")
        .order_by("title"),
        "field_trial",
    )
    subjects = [*programmes, *projects, *trials]
    wanted = [s.latest_report_id for s in subjects if s.latest_report_id]
    latest = visible_reports(user).filter(pk__in=wanted).select_related("requested_by")
    latest = {report.pk: report for report in latest}
    return [
        ReportSubject(
            subject=subject,
            kind=subject_kind(subject),
            latest=latest.get(subject.latest_report_id),
            may_read=user.has_perm("reports.view_reports", subject),
            may_ask=user.has_perm("reports.add_report", subject),
        )
        for subject in subjects
    ]


def wants_monthly_reports(*, project, person):
    """Is `person` told of `project`'s monthly reports: None when they are not among those
    told, else whether they left it on."""
    if not told_of_monthly_reports(person, project):
        return None
    return not MonthlyReportOptOut.objects.filter(project=project, person=person).exists()


def reports_naming(person):
    """The reports that may show `person`'s name, as a queryset: those they asked for, and
    those of each programme, project and field trial they took part in (on its team now, or
    in the event log as doing something there or having something done to them: someone
    taken off a team is still named in what they wrote), of the project and programme above
    it, and of the projects and trials under it. A report names people of the work below and
    above its subject (an update's author in its project's report, an officer's stage move in
    the project's, a consultant's support in the trial's), not of work elsewhere."""
    from accounts.personal_data import events_naming
    from fieldtrials.models import FieldTrial, FieldTrialMembership
    from programmes.models import ProgrammeMembership, Project, ProjectMembership

    programmes = set(
        ProgrammeMembership.objects.filter(user=person).values_list("programme_id", flat=True)
    )
    projects = set(
        ProjectMembership.objects.filter(user=person).values_list("project_id", flat=True)
    )
    trials = set(
        FieldTrialMembership.objects.filter(user=person).values_list("field_trial_id", flat=True)
    )
    # An event is placed in its trial, that trial's project and its programme: the narrowest.
    places = (
        events_naming(person).order_by().values_list("programme_id", "project_id", "field_trial_id")
    )
    for programme, project, trial in places.distinct():
        if trial:
            trials.add(trial)
        elif project:
            projects.add(project)
        elif programme:
            programmes.add(programme)
    trial_projects = set(
        FieldTrial.objects.filter(pk__in=trials).values_list("project_id", flat=True)
    )
    above = set(
        Project.objects.filter(pk__in=projects | trial_projects).values_list(
            "programme_id", flat=True
        )
    )
    return Report.objects.filter(
        Q(requested_by=person)
        | Q(programme__in=programmes | above)
        | Q(project__in=projects | trial_projects)
        | Q(project__programme__in=programmes)
        | Q(field_trial__in=trials)
        | Q(field_trial__project__in=projects)
        | Q(field_trial__project__programme__in=programmes)
    )


def final_report_of(user, project):
    """The final report of `project`'s closing (made as it closed, on its `closed_on`) as
    `user` reads it in its lists, the newest if it failed and one was made again; None while
    the project is open, or when `user` reads no such report. One query, for a closed
    project only."""
    from .models import FINAL
    from .rules import reports_of

    if project.closed_on is None:
        return None
    return (
        reports_of(user, project)
        .filter(FINAL, period=project.closed_on)
        .select_related("project")
        .order_by("-requested_at", "-id")
        .first()
    )
