"""Progress report pages: a subject's reports, asking for one, its status, its download."""

import logging
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import requires
from evaluation.models import programme_of
from nextpractice.jobs import JobRefused
from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format
from nextpractice.uploads import stored_file_download
from programmes.models import withdrawn_project_of
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.views.project_pages import project_withdrawn

from .filters import ReportFilter
from .forms import ReportPeriodForm, WithdrawReportForm
from .models import Report
from .rules import (
    ReportWithdrawnFromYou,
    get_report_for,
    get_subject_for,
    reports_of,
    visible_reports,
)
from .selectors import final_report_of
from .services import (
    ReportWithdrawnAlready,
    TooManyReports,
    choose_monthly_reports,
    request_report,
    withdraw_report,
)
from .tables import scrollable, tables_of

PER_PAGE = 25

logger = logging.getLogger(__name__)


@requires("reports.view_reports")
@require_GET
def subject_reports(request, kind, pk):
    subject = get_subject_for(request.user, kind, pk)
    reports = (
        reports_of(request.user, subject)
        .select_related("programme", "project", "field_trial", "requested_by", "withdrawn_by")
        .order_by("-requested_at", "-id")
    )
    page = paged(request, reports, per_page=PER_PAGE)
    # A closed project's list says its monthly reports stopped, and which is its last.
    closed = kind == "project" and subject.is_closed
    return render(
        request,
        "reports/subject_reports.html",
        {
            "subject": subject,
            "kind": kind,
            "closed": closed,
            "final": final_report_of(request.user, subject) if closed else None,
            "page": page,
            "reports": page.object_list,
            "can_ask": withdrawn_project_of(subject) is None
            and request.user.has_perm("reports.add_report", subject),
        },
    )


@requires("reports.list_reports")
@require_GET
def report_list(request):
    """Every report the person may download, newest first, by programme and project."""
    filterset = _filtered_reports(request)
    page = paged(request, filterset.qs, per_page=PER_PAGE)
    context = {
        "filterset": filterset,
        "form": filterset.form,
        "page": page,
        "reports": page.object_list,
    }
    return render(request, "reports/report_list.html", context)


def _filtered_reports(request):
    """The reports the person may download, newest first, filtered as the list asks."""
    if not request.user.has_perm("reports.list_reports"):
        raise PermissionDenied("You do not work on any programme, project or field trial yet.")
    reports = (
        visible_reports(request.user)
        .select_related("programme", "project", "field_trial", "requested_by", "withdrawn_by")
        .order_by("-requested_at", "-id")
    )
    return ReportFilter(request.GET, queryset=reports, user=request.user)


EXPORT_HEADINGS = [
    "About",
    "Programme, project or field trial",
    "Report",
    "Covers from",
    "Covers to",
    "Asked for by",
    "Asked for at",
    "State",
    "Pages",
    "Size in bytes",
    "Download link",
    "Withdrawn",
]


@requires("reports.list_reports")
@require_GET
def report_list_export(request):
    """The list of reports as CSV (or XLSX with ?format=xlsx), with the list's filters: only
    reports the person may download, each with its download link."""
    filterset = _filtered_reports(request)
    rows = (
        [
            str(report.subject),
            report.subject_kind.replace("trial", "field trial").capitalize(),
            report.kind_label,
            report.covers_from,
            report.covers_to,
            asked_by_said(report),
            timezone.localtime(report.requested_at),
            report.shown_state_label,
            report.pages,
            report.size,
            request.build_absolute_uri(reverse("reports:report_download", args=[report.pk]))
            if report.shown_state == Report.State.READY
            else "",
            withdrawn_said(report),
        ]
        for report in filterset.qs
    )
    return export_response(
        headings=EXPORT_HEADINGS,
        rows=rows,
        filename="progress-reports",
        fmt=requested_format(request),
        title="Progress reports",
    )


def asked_by_said(report):
    """Who asked for `report`, as the lists' "Asked for by" says it (reports/_asked_by.html)."""
    if report.requested_by:
        return report.requested_by.full_name or report.requested_by.email
    return "Closing the project" if report.is_final else "The monthly schedule"


def withdrawn_said(report):
    """ "Withdrawn by Ann Lee on 3 May 2026: why", as its note on the lists says; "" for a
    report not withdrawn (only those who manage its subject list a withdrawn one)."""
    if not report.is_withdrawn:
        return ""
    who = report.withdrawn_by
    name = (who.full_name or who.email) if who else "someone no longer here"
    when = timezone.localtime(report.withdrawn_at)
    return f"Withdrawn by {name} on {when:%-d %B %Y}: {report.withdrawn_reason}"


@requires("reports.add_report")
@require_http_methods(["GET", "POST"])
def report_create(request, kind, pk):
    """Ask for a report: GET shows the dates it may cover; a POST without dates (the button
    on the subject's page) covers the last month."""
    subject = get_subject_for(request.user, kind, pk, "reports.add_report")
    withdrawn = withdrawn_project_of(subject)  # the project's, or a trial's project
    if withdrawn is not None:  # no report is asked for: 409, as for its other records
        return project_withdrawn(request, withdrawn)
    back_url = subject.get_absolute_url() + "#progress-reports"
    # What became of the request is told in the banner at the top of the subject's page, which
    # takes focus (includes/messages.html): no #progress-reports, whose jump would lose it.
    told_url = subject.get_absolute_url()
    if request.GET.get("from") == "reports":  # asked for on its Reports page: back there
        told_url = back_url = reverse("reports:subject_reports", args=[kind, subject.pk])
    form = ReportPeriodForm(
        request.POST if request.method == "POST" else None,
        programme=programme_of(subject),
    )
    if not form.is_valid():
        context = {"subject": subject, "kind": kind, "form": form, "back_url": back_url}
        context["from_reports"] = request.GET.get("from") == "reports"
        status = 400 if form.is_bound else 200
        return render(request, "reports/report_create.html", context, status=status)
    try:
        report, created = request_report(subject=subject, actor=request.user, period=form.period)
    except JobRefused as refused:
        context = {"subject": subject, "kind": kind, "message": refused.message}
        return render(request, "reports/refused.html", context, status=503)
    except TooManyReports as refused:
        messages.error(request, refused.message)
        return redirect(told_url)
    except ProjectWithdrawn as refused:  # withdrawn since the page was shown
        return project_withdrawn(request, refused.project)
    messages.add_message(request, *_what_became_of(report, created, kind))
    return redirect(told_url)


def _what_became_of(report, created, kind):
    """(level, message) telling the person what became of their request."""
    if not created:
        link = reverse("reports:subject_reports", args=[kind, report.subject.pk])
        return messages.INFO, format_html(
            "Your progress report on {} covering {} to {} is already being prepared, so no "
            'second one was started. <a class="govuk-link" href="{}">See it in the list of '
            "reports</a>: its download link appears there when it is ready.",
            report.subject,
            f"{report.covers_from:%-d %B %Y}",
            f"{report.covers_to:%-d %B %Y}",
            f"{link}#report-{report.pk}",
        )
    if report.state == Report.State.READY:
        return messages.SUCCESS, "Your progress report is ready to download."
    if report.state == Report.State.FAILED:
        return messages.SUCCESS, "Your progress report could not be made: see below why."
    return messages.SUCCESS, (
        "Your progress report is being prepared. Its download link will appear below "
        "when it is ready, and you will get a notification."
    )


@requires("reports.choose_monthly_reports")
@require_POST
def monthly_reports_choice(request, pk):
    """Someone told of a project's monthly reports turns that on or off for themselves."""
    project = get_subject_for(request.user, "project", pk, "reports.choose_monthly_reports")
    if project.is_withdrawn:  # no monthly report is made of it: nothing to choose
        return project_withdrawn(request, project, "changed")
    choice = request.POST.get("monthly")
    if choice not in {"on", "off"}:
        return HttpResponseBadRequest("Choose whether to be told: monthly=on or monthly=off.")
    wanted = choice == "on"
    choose_monthly_reports(project=project, person=request.user, wanted=wanted)
    if wanted:
        messages.success(
            request, f"You will be told when each monthly progress report on {project} is ready."
        )
    else:
        messages.success(
            request,
            f"You will no longer be told of the monthly progress reports on {project}. They "
            "are still made and listed here.",
        )
    # To the top of the page, where the banner saying so takes focus (as report_create).
    return redirect(project.get_absolute_url())


def tells_withdrawn(view):
    """A page reading one report (its page, PDF or tables), asked for by someone who read it
    before it was withdrawn (a link in a "report ready" e-mail, in a spreadsheet of reports),
    says so: by whom, when and why, and where to ask for a new one. 410: it was there, and
    is gone for them for good. Whoever never read it gets the plain 404 (rules.
    get_report_for), as for a report that does not exist."""

    @wraps(view)
    def wrapped(request, pk, *args, **kwargs):
        try:
            return view(request, pk, *args, **kwargs)
        except ReportWithdrawnFromYou as gone:
            return report_withdrawn(request, gone.report)

    return wrapped


def report_withdrawn(request, report):
    subject = report.subject
    context = {
        "report": report,
        "subject": subject,
        "reports_url": reverse("reports:subject_reports", args=[report.subject_kind, subject.pk]),
        "can_ask": withdrawn_project_of(subject) is None
        and request.user.has_perm("reports.add_report", subject),
    }
    return render(request, "reports/report_withdrawn.html", context, status=410)


@requires("reports.view_report")
@require_GET
def report_status(request, pk):
    """The state of one report as a small fragment, polled by htmx while it is prepared."""
    report = get_report_for(request.user, pk)
    shown_waiting = request.GET.get("shown") == "waiting"  # what the polling fragment shows
    if (
        request.htmx
        and report.shown_state in (Report.State.PREPARING, Report.State.REMAKING)
        and (report.waiting_since is not None) == shown_waiting
    ):
        # Nothing changed: no swap (htmx swaps nothing on 204), so the live region that holds
        # the state is not announced again every two seconds.
        return HttpResponse(status=204)
    return render(request, "reports/_status.html", {"report": report})


@requires("reports.view_report")
@require_GET
@tells_withdrawn
def report_download(request, pk):
    """The report's PDF, read through the storage API, only after the access check."""
    report = get_report_for(request.user, pk)
    if report.state == Report.State.REMAKING:  # its page says so, and links the new one
        return redirect("reports:report_page", report.pk)
    if report.state != Report.State.READY or not report.file:
        raise Http404("This report is not ready to download.")
    return stored_file_download(
        request,
        report.file,
        name=report.filename,
        content_type="application/pdf",
        missing="This report's file is missing: ask for a new report.",
    )


def _kept_page(report):
    """The report's kept web page (its HTML, made with the PDF); "" when it was made before
    reports kept one; None when it has one whose file is missing from storage (a lost or
    not yet restored file, a server reading another disk)."""
    if report.state != Report.State.READY:
        raise Http404("This report is not ready.")
    if not report.page:
        return ""
    try:
        with report.page.open("rb") as handle:
            return handle.read().decode()
    except (FileNotFoundError, OSError):
        logger.warning("Report %s: its web page file %s is missing", report.pk, report.page.name)
        return None


@requires("reports.view_report")
@require_GET
@tells_withdrawn
def report_page(request, pk):
    """The report as a web page: the same content as its PDF, kept when it was made. A
    report being made again (someone it names had their details erased) says so instead."""
    report = get_report_for(request.user, pk)
    if report.state == Report.State.REMAKING:
        return render(request, "reports/report_remaking.html", {"report": report})
    body = _kept_page(report)
    context = {
        "report": report,
        "missing": body is None,
        "can_ask": body is None
        and withdrawn_project_of(report.subject) is None
        and request.user.has_perm("reports.add_report", report.subject),
        # Our own template's output, escaped when the report was made and kept since in the
        # reports' private storage: shown as it was, never re-rendered, its tables in regions
        # that scroll them on a narrow screen (the PDF has no need of them).
        "body": mark_safe(scrollable(body or "")),  # noqa: S308
        "tables": tables_of(body or ""),
        "may_withdraw": request.user.has_perm("reports.withdraw_report", report),
    }
    return render(request, "reports/report_page.html", context)


@requires("reports.view_report")
@require_GET
@tells_withdrawn
def report_table(request, pk, number):
    """One table of the report as it was made, as CSV (or XLSX with ?format=xlsx)."""
    report = get_report_for(request.user, pk)
    tables = tables_of(_kept_page(report) or "")
    if not 1 <= number <= len(tables):
        raise Http404("This report has no such table.")
    table = tables[number - 1]
    return export_response(
        headings=table.headings,
        rows=table.rows,
        filename=f"{report.file_stem}-table-{number}",
        fmt=requested_format(request),
        title=table.caption or f"Table {number}",
    )


def _withdraw_page(request, report, form, status):
    context = {"report": report, "form": form, "back_url": _back_to(report)}
    return render(request, "reports/report_withdraw.html", context, status=status)


def _back_to(report):
    return reverse("reports:report_page", args=[report.pk])


@requires("reports.withdraw_report")
@require_http_methods(["GET", "POST"])
def report_withdraw(request, pk):
    """Confirm withdrawing a report that should no longer be read, with a reason: only the
    officers of its subject still list and open it. Withdrawn already (a second click, or
    another officer): said, nothing changed, 409."""
    report = get_report_for(request.user, pk, "reports.withdraw_report")
    if report.state != Report.State.READY:
        raise Http404("This report is not ready.")
    if report.is_withdrawn:
        return _withdraw_page(request, report, None, 409)
    form = WithdrawReportForm(request.POST if request.method == "POST" else None)
    if request.method != "POST":
        return _withdraw_page(request, report, form, 200)
    if not form.is_valid():
        return _withdraw_page(request, report, form, 400)
    try:
        withdraw_report(report=report, actor=request.user, reason=form.cleaned_data["reason"])
    except ReportWithdrawnAlready as already:
        return _withdraw_page(request, already.report, None, 409)
    messages.success(
        request,
        "The progress report is withdrawn. Only the programme’s officers can still open it.",
    )
    return redirect(report.list_url)
