"""The "Progress reports" panel of a programme's page:
`{% include "reports/_panel.html" with subject=programme %}` calls `{% reports_panel subject %}`,
which reads its own data: two queries (three for a trial, and one more for a project for those
told of its monthly reports, or once it is closed for its final report), however many reports.
The overviews of a project (programmes' `latest_report` tag) and of a field trial
(`{% latest_report_line trial %}`) show the same in brief, their latest report; their Reports
pages list them all."""

from django import template
from django.urls import reverse

from programmes.models import withdrawn_project_of

from ..models import subject_kind
from ..rules import may_ask_for_report_on, reads_reports_of, reports_of
from ..selectors import final_report_of, wants_monthly_reports

register = template.Library()

LATEST = 5


@register.inclusion_tag("reports/_panel_body.html", takes_context=True)
def reports_panel(context, subject):
    request = context.get("request")
    user = getattr(request, "user", None)
    readable = reads_reports_of(user, subject)
    kind = subject_kind(subject)
    reports = []
    more = False
    if readable:
        reports = list(
            reports_of(user, subject)
            .select_related("programme", "project", "field_trial", "requested_by", "withdrawn_by")
            .order_by("-requested_at", "-id")[: LATEST + 1]
        )
        more = len(reports) > LATEST
        reports = reports[:LATEST]
    # A withdrawn project's (or its trial's) reports are read, but none is asked for and no
    # monthly report is made: nothing is offered.
    withdrawn = readable and kind != "programme" and withdrawn_project_of(subject) is not None
    # On a project: whether the person is told of its monthly reports (None: not among
    # those told), for the control that turns that on or off.
    # A closed project gets no more monthly reports: the panel says so and points to its
    # final report instead of offering the choice (back as it was once it is reopened).
    closed = readable and kind == "project" and not withdrawn and subject.is_closed
    monthly = (
        wants_monthly_reports(project=subject, person=user)
        if readable and kind == "project" and not withdrawn and not closed
        else None
    )
    return {
        "subject": subject,
        "readable": readable,
        "closed": closed,
        "final": final_report_of(user, subject) if closed else None,
        "monthly": monthly,
        "monthly_url": (
            reverse("reports:monthly_reports_choice", args=[subject.pk])
            if monthly is not None
            else ""
        ),
        # For a programme or project, whoever reads its reports may ask for one.
        "can_ask": readable
        and not withdrawn
        and (kind != "trial" or may_ask_for_report_on(user, subject)),
        "reports": reports,
        "more": more,
        "list_url": reverse("reports:subject_reports", args=[kind, subject.pk]),
        "create_url": reverse("reports:report_create", args=[kind, subject.pk]),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("reports/_latest.html", takes_context=True)
def latest_report_line(context, subject):
    """The reports panel in brief, for a field trial's overview: the latest report in one
    line with a link to them all (the Reports page keeps the table), and asking for one."""
    panel = reports_panel(context, subject)
    panel["latest"] = panel["reports"][0] if panel["reports"] else None
    return panel
