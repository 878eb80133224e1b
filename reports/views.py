"""Progress report pages: a subject's reports, asking for one, its status, its download."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_POST

from accounts.access import requires
from nextpractice.jobs import JobRefused

from .filters import ReportFilter
from .models import Report, subject_filter
from .rules import get_report_for, get_subject_for, visible_reports
from .services import TooManyReports, choose_monthly_reports, request_report

PER_PAGE = 25


@requires("reports.view_reports")
@require_GET
def subject_reports(request, kind, pk):
    subject = get_subject_for(request.user, kind, pk)
    reports = (
        Report.objects.filter(**subject_filter(subject))
        .select_related("requested_by")
        .order_by("-requested_at", "-id")
    )
    page = Paginator(reports, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "reports/subject_reports.html",
        {
            "subject": subject,
            "kind": kind,
            "page": page,
            "reports": page.object_list,
            "can_ask": request.user.has_perm("reports.add_report", subject),
        },
    )


@requires("reports.list_reports")
@require_GET
def report_list(request):
    """Every report the person may download, newest first, by programme and project."""
    if not request.user.has_perm("reports.list_reports"):
        raise PermissionDenied("You do not work on any programme, project or field trial yet.")
    reports = (
        visible_reports(request.user)
        .select_related("programme", "project", "field_trial", "requested_by")
        .order_by("-requested_at", "-id")
    )
    filterset = ReportFilter(request.GET, queryset=reports, user=request.user)
    page = Paginator(filterset.qs, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "filterset": filterset,
        "form": filterset.form,
        "page": page,
        "reports": page.object_list,
    }
    status = 400 if filterset.form.errors else 200
    return render(request, "reports/report_list.html", context, status=status)


@requires("reports.add_report")
@require_POST
def report_create(request, kind, pk):
    subject = get_subject_for(request.user, kind, pk, "reports.add_report")
    back = redirect(subject.get_absolute_url() + "#progress-reports")
    try:
        report, created = request_report(subject=subject, actor=request.user)
    except JobRefused as refused:
        context = {"subject": subject, "kind": kind, "message": refused.message}
        return render(request, "reports/refused.html", context, status=503)
    except TooManyReports as refused:
        messages.error(request, refused.message)
        return back
    messages.add_message(request, *_what_became_of(report, created, kind))
    return back


def _what_became_of(report, created, kind):
    """(level, message) telling the person what became of their request."""
    if not created:
        link = reverse("reports:subject_reports", args=[kind, report.subject.pk])
        return messages.INFO, format_html(
            "Your progress report on {} is already being prepared, so no second one was "
            'started. <a class="govuk-link" href="{}">See it in the list of reports</a>: '
            "its download link appears there when it is ready.",
            report.subject,
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
    return redirect(project.get_absolute_url() + "#progress-reports")


@requires("reports.view_report")
@require_GET
def report_status(request, pk):
    """The state of one report as a small fragment, polled by htmx while it is prepared."""
    report = get_report_for(request.user, pk)
    if request.htmx and report.shown_state == Report.State.PREPARING:
        # Nothing changed: no swap (htmx swaps nothing on 204), so the live region that holds
        # the state is not announced again every two seconds.
        return HttpResponse(status=204)
    return render(request, "reports/_status.html", {"report": report})


@requires("reports.view_report")
@require_GET
def report_download(request, pk):
    """The report's PDF, read through the storage API, only after the access check."""
    report = get_report_for(request.user, pk)
    if report.state != Report.State.READY or not report.file:
        raise Http404("This report is not ready to download.")
    try:
        handle = report.file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404("This report's file is missing: ask for a new report.") from None
    return FileResponse(
        handle, as_attachment=True, filename=report.filename, content_type="application/pdf"
    )
