"""Who may read and ask for progress reports. Access to reports is decided here only.

A report shows everything about its subject, and one stored file is the same for everyone,
so it is read by those who read the whole of its subject:
- a programme's reports: its officers, consultants and partners (programme members who read
  all its projects). Someone who sees the programme only through one of its projects or
  trials does not read them: the report names projects they may not see. To them its
  reports pages are 404, as pages that do not exist (as to anyone who may not read them).
- a project's reports: whoever reads the project in full (fieldtrials' rule: officers,
  consultants and partners of the project or its programme), so a project's partners read
  them and an unrelated partner gets 404.
- a field trial's reports: whoever sees the trial (its members, the readers of its project,
  and members of a trial in the same community of practice).
- a withdrawn project's reports, and its trials', by its officers only, as its pages
  (programmes.rules.withdrawn_closed_to): to everyone else they are 404 and left out of
  every list and export.
Asking for a report: for a programme or project, the same people (officers, consultants and
partners); for a trial, its members (team and readers), its consultant, and the officers,
consultants and partners of its project or programme, but not someone who reads it only
through a community of practice. Administrators read and ask for everything.
Withdrawing a report (it should no longer be read: it shows a record entered by mistake) is
for those who manage its subject: a programme's officers, the officers of a project or its
programme, and of a trial's project or its programme. A withdrawn report is then theirs
(and administrators') only: it leaves everyone else's lists, and to those who read it (who
still read its subject's reports) its page, PDF and tables say only that it was withdrawn,
by whom, when and why (withdrawn_report_for); to whoever never read it, it is as one that
does not exist.
"""

import rules
from django.db.models import Q
from django.http import Http404

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from accounts.models import Role
from fieldtrials.models import FieldTrial
from fieldtrials.rules import can_see_fieldtrial, reads_trial_in_full, visible_fieldtrials
from nextpractice.rules_util import any_of, id_filter, rows_where, sees_everything, signed_in
from programmes.models import Programme, Project
from programmes.rules import (
    READ_ALL_ROLES,
    is_programme_officer,
    is_project_officer,
    openable_projects,
    projects_filter,
    reads_project_in_full,
    withdrawn_closed_to,
)

from .models import Report, subject_filter


def programmes_read_in_full(user):
    """Programmes whose every project the user reads: their officers, consultants, partners."""
    if sees_everything(user):
        return Programme.objects.all()
    return Programme.objects.filter(pk__in=memberships_of(user).programmes(READ_ALL_ROLES))


def readable_reports(user):
    """The reports of what `user` reads the reports of, withdrawn ones included: those they
    read, or read before they were withdrawn. A withdrawn project's by its officers only, as
    its pages (subjects_read_by); its trials' are left out with them (fieldtrials.rules.
    visible_fieldtrials)."""
    if sees_everything(user):
        return Report.objects.all()
    if not signed_in(user):
        return Report.objects.none()
    return Report.objects.filter(
        any_of(
            Q(field_trial__in=visible_fieldtrials(user).values("pk")),
            id_filter("programme_id", memberships_of(user).programmes(READ_ALL_ROLES)),
            projects_filter(user, READ_ALL_ROLES),
        )
    ).exclude(project__in=withdrawn_closed_to(user).values("pk"))


def visible_reports(user):
    """Reports the user may read and download (`reports.view_report` as a filter): those of
    readable_reports, a withdrawn one only if they manage its subject
    (managed_reports_filter)."""
    if sees_everything(user):
        return Report.objects.all()
    return readable_reports(user).filter(
        any_of(Q(withdrawn_at__isnull=True), managed_reports_filter(user))
    )


def withdrawn_report_for(user, pk):
    """The report `pk` if it was withdrawn and `user` read it before (they still read its
    subject's reports: readable_reports) but may not now: its pages tell them it was
    withdrawn, by whom, when and why. None otherwise: to whoever never read it, it is as a
    report that does not exist."""
    try:
        return (
            readable_reports(user)
            .exclude(pk__in=visible_reports(user).values("pk"))
            .select_related("programme", "project", "field_trial__project", "withdrawn_by")
            .get(pk=pk)
        )
    except (Report.DoesNotExist, ValueError, TypeError):
        return None


def managed_reports_filter(user):
    """The condition on a report whose subject `user` manages (manages_reports_of): of a
    programme they are an officer of, of a project or a trial of a project they are an
    officer of (of it or its programme). No query of its own; None if they manage nothing."""
    officer = (Role.OFFICER,)
    return any_of(
        id_filter("programme_id", memberships_of(user).programmes(officer)),
        projects_filter(user, officer),
        projects_filter(user, officer, "field_trial__project__"),
    )


def manages_reports_of(user, subject):
    """Does `user` manage the reports of `subject` (a programme, project or field trial):
    withdraw them, and still read those withdrawn? Its officers (a project's or a trial's:
    of its project or programme) and administrators. No query but a trial's project."""
    if not signed_in(user):
        return False
    if sees_everything(user):
        return True
    if isinstance(subject, Programme):
        return is_programme_officer(user, subject)
    if isinstance(subject, Project):
        return is_project_officer(user, subject)
    return is_project_officer(user, subject.project)


def reports_of(user, subject):
    """The reports of `subject` as a list shows them to `user`, who reads its reports
    (reads_reports_of): every one to those who manage them, else those not withdrawn."""
    reports = Report.objects.filter(**subject_filter(subject))
    if manages_reports_of(user, subject):
        return reports
    return reports.filter(withdrawn_at__isnull=True)


def reads_reports_of(user, subject):
    """May `user` read the reports of `subject` (a programme, project or field trial)?"""
    if not signed_in(user):
        return False
    if sees_everything(user):
        return True
    if isinstance(subject, Programme):
        return memberships_of(user).holds(READ_ALL_ROLES, programme_id=subject.pk)
    if isinstance(subject, Project):  # a withdrawn one's: its officers' only
        if subject.is_withdrawn and not is_project_officer(user, subject):
            return False
        return reads_project_in_full(user, subject.pk, subject.programme_id)
    return bool(can_see_fieldtrial(user, subject))


def may_ask_for_report_on(user, subject):
    """May `user` ask for a report of `subject`? Its readers, but of a field trial only its
    members, its consultant and those who read its project in full (not readers through a
    community of practice)."""
    if not isinstance(subject, FieldTrial):
        return reads_reports_of(user, subject)
    if not signed_in(user):
        return False
    if sees_everything(user) or subject.consultant_id == user.pk:
        return True
    return subject.pk in memberships_of(user).trial_roles or reads_trial_in_full(user, subject)


@rules.predicate
def can_see_report(user, report):
    return visible_reports(user).filter(pk=report.pk).exists()


@rules.predicate
def may_withdraw_report(user, report):
    return manages_reports_of(user, report.subject)


@rules.predicate
def may_list_reports(user):
    """Those who read the reports of something: a trial's members (they see the trial) and
    whoever reads a project or programme in full (its officers, consultants and partners).
    The list shows each what they may download, which may be nothing yet. No query: asked of
    the memberships, so the menu can ask it on every page."""
    if sees_everything(user):
        return True
    if not signed_in(user):
        return False
    m = memberships_of(user)
    return bool(m.trial_roles or m.projects(READ_ALL_ROLES) or m.programmes(READ_ALL_ROLES))


# Told of a project's monthly reports: the officers and partners of the project or its
# programme (who read its reports); each may turn that off for themselves.
TOLD_OF_MONTHLY_REPORTS = {Role.OFFICER, Role.PARTNER}


def told_of_monthly_reports(user, project):
    """Is `user` told when `project`'s monthly report is ready (unless they turned it off)?
    No query: asked of the memberships."""
    if not signed_in(user):
        return False
    return memberships_of(user).holds(
        TOLD_OF_MONTHLY_REPORTS, programme_id=project.programme_id, project_id=project.pk
    )


rules.add_perm("reports.view_report", can_see_report)
rules.add_perm("reports.withdraw_report", may_withdraw_report)
rules.add_perm("reports.list_reports", may_list_reports)
# Asked with the subject (a programme, project or field trial).
rules.add_perm("reports.view_reports", rules.predicate(reads_reports_of))
rules.add_perm("reports.add_report", rules.predicate(may_ask_for_report_on))
# Asked with the project.
rules.add_perm("reports.choose_monthly_reports", rules.predicate(told_of_monthly_reports))


def subjects_read_by(user, kind):
    """The programmes, projects or trials (kind "programme", "project" or "trial") whose
    reports `user` reads (`reports.view_reports` as a filter): a withdrawn project's, and its
    trials', by its officers only, who open it (programmes.rules.openable_projects)."""
    if kind == "programme":
        return programmes_read_in_full(user)
    if kind == "project":  # a withdrawn project's are read by who opens it (its officers)
        if sees_everything(user):
            return openable_projects(user)
        return rows_where(openable_projects(user), projects_filter(user, READ_ALL_ROLES, ""))
    return visible_fieldtrials(user)


RELATED = {"programme": (), "project": ("programme",), "trial": ("project__programme",)}


# Why someone who reads a subject's reports is refused an action on them (the 403 page says
# it). Who may not read them at all gets 404: to them the page is as one that does not exist.
REFUSALS = {
    ("project", "reports.choose_monthly_reports"): (
        "Only the officers and partners of the project or its programme are told of its "
        "monthly progress reports, so only they turn that on or off."
    ),
    ("trial", "reports.add_report"): (
        "You may read this field trial's progress reports, but only its team and the "
        "officers, consultants and partners of its project ask for one."
    ),
}


def get_subject_for(user, kind, pk, perm="reports.view_reports"):
    """The programme, project or trial `pk` (kind "programme", "project" or "trial") whose
    reports the user reads: 404 if they do not, whether they see the subject or not (a
    trial's team sees its programme, not the programme's reports), 403 if they read them but
    may not do `perm` (saying why: REFUSALS)."""
    return fetch_for(
        user,
        subjects_read_by(user, kind).select_related(*RELATED[kind]),
        pk,
        perm,
        view_perm="reports.view_reports",
        reason=REFUSALS.get((kind, perm)),
    )


# Why someone who reads a report may not withdraw it (the 403 page says it).
NOT_WITHDRAWN_BY_YOU = (
    "You may read this progress report, but only the officers of its programme withdraw one."
)


class ReportWithdrawnFromYou(Http404):
    """Reading a report withdrawn since `user` read it (withdrawn_report_for): a 404 to any
    page that does not catch it, as to everyone else; the pages that read a report say
    what became of it (reports.views.tells_withdrawn)."""

    def __init__(self, report):
        super().__init__("This progress report has been withdrawn.")
        self.report = report


def get_report_for(user, pk, perm="reports.view_report"):
    """The report `pk` that `user` reads: 404 if they do not (ReportWithdrawnFromYou, a 404,
    when they read it before it was withdrawn), 403 if they read it but may not do
    `perm`."""
    try:
        return fetch_for(
            user,
            visible_reports(user).select_related(
                "programme", "project", "field_trial__project", "requested_by", "withdrawn_by"
            ),
            pk,
            perm,
            view_perm="reports.view_report",
            reason=NOT_WITHDRAWN_BY_YOU if perm == "reports.withdraw_report" else None,
        )
    except Http404:
        withdrawn = withdrawn_report_for(user, pk) if perm == "reports.view_report" else None
        if withdrawn is None:
            raise
        raise ReportWithdrawnFromYou(withdrawn) from None
