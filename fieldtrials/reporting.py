"""The field trials part of a PDF progress report (see reports/parts.py): trials with their
RAG status and milestones (overdue marked), the incubation offer and support given, and Power
to Innovate requests.

Each `part(subject)` returns sections `{"title", "template", "context"}`; the templates
include the trial and project pages' own partials where they fit. The number of queries is
fixed, however many trials, milestones or requests there are.
"""

from decimal import Decimal

from django.db.models import Count, Prefetch, Q, Sum
from django.utils import timezone

from programmes.models import Programme, Project

from .models import (
    FieldTrial,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    PowerToInnovateRequest,
    SupportSession,
)
from .selectors_records import offer_summary_for, support_summary_for, trial_records

LIVE = [FieldTrial.Status.SELECTED, FieldTrial.Status.INCUBATING, FieldTrial.Status.REPORTING]


def _mark_overdue(milestones, today):
    for milestone in milestones:
        milestone.days_overdue = (today - milestone.due_on).days if milestone.is_overdue else 0
    return milestones


def project_trials(project):
    """The project's trials with their milestones, support and offer uses (four queries)."""
    today = timezone.localdate()
    trials = list(
        FieldTrial.objects.filter(project=project)
        .select_related("lead_organisation", "local_authority", "consultant")
        .prefetch_related(
            Prefetch("milestones", queryset=Milestone.objects.order_by("due_on", "id"))
        )
        .order_by("title")
    )
    support = {
        row["field_trial_id"]: row
        for row in SupportSession.objects.filter(field_trial__project=project)
        .order_by()
        .values("field_trial_id")
        .annotate(hours=Sum("hours"), sessions=Count("id"))
    }
    uses = dict(
        OfferUse.objects.filter(field_trial__project=project)
        .order_by()
        .values("field_trial_id")
        .annotate(n=Count("id"))
        .values_list("field_trial_id", "n")
    )
    for trial in trials:
        trial.report_milestones = _mark_overdue(list(trial.milestones.all()), today)
        trial.overdue_count = sum(1 for m in trial.report_milestones if m.is_overdue)
        trial.done_count = sum(1 for m in trial.report_milestones if m.completed_on)
        row = support.get(trial.pk, {})
        trial.report_hours = row.get("hours") or Decimal("0")
        trial.report_sessions = row.get("sessions", 0)
        trial.report_offer_uses = uses.get(trial.pk, 0)
    return trials


def _requests(**filters):
    return list(
        PowerToInnovateRequest.objects.filter(**filters)
        .select_related("field_trial__project")
        .order_by("field_trial__title", "-created_at", "-id")
    )


def project_sections(project):
    trials = project_trials(project)
    return [
        {
            "title": "Field trials",
            "template": "reports/parts/project_trials.html",
            "context": {"project": project, "trials": trials},
        },
        {
            "title": "Milestones",
            "template": "reports/parts/project_milestones.html",
            "context": {"project": project, "trials": trials},
        },
        {
            "title": "Incubation offer and support given",
            "template": "reports/parts/project_offer.html",
            "context": {
                "project": project,
                "trials": trials,
                "offer_summary": offer_summary_for(project),
                "support_summary": support_summary_for(project),
            },
        },
        {
            "title": "Power to Innovate requests",
            "template": "reports/parts/pti.html",
            "context": {"requests": _requests(field_trial__project=project)},
        },
    ]


def trial_sections(trial):
    records = trial_records(trial)
    updates = list(
        MonthlyUpdate.objects.filter(
            field_trial=trial, status=MonthlyUpdate.Status.SUBMITTED
        ).order_by("-month")[:3]
    )
    shared = {"trial": trial, "records": records, "can_change": False, "can_decide": False}
    return [
        {
            "title": "The trial",
            "template": "reports/parts/trial_details.html",
            "context": {**shared, "updates": updates},
        },
        {
            "title": "Milestones",
            "template": "reports/parts/trial_milestones.html",
            "context": shared,
        },
        {
            "title": "Incubation offer and support given",
            "template": "reports/parts/trial_offer.html",
            "context": {**shared, "can_log_support": False, "can_view_project": False},
        },
        {
            "title": "Power to Innovate requests",
            "template": "reports/parts/pti.html",
            "context": {"requests": _requests(field_trial=trial)},
        },
    ]


def programme_sections(programme):
    rows = list(
        Project.objects.filter(programme=programme)
        .annotate(
            trials=Count("field_trials"),
            live=Count("field_trials", filter=Q(field_trials__status__in=LIVE)),
            red=Count("field_trials", filter=Q(field_trials__latest_rag="red")),
            amber=Count("field_trials", filter=Q(field_trials__latest_rag="amber")),
            green=Count("field_trials", filter=Q(field_trials__latest_rag="green")),
        )
        .order_by("start_date", "title")
    )
    overdue = dict(
        Milestone.objects.filter(
            field_trial__project__programme=programme,
            completed_on__isnull=True,
            due_on__lt=timezone.localdate(),
        )
        .order_by()
        .values("field_trial__project_id")
        .annotate(n=Count("id"))
        .values_list("field_trial__project_id", "n")
    )
    for row in rows:
        row.overdue = overdue.get(row.pk, 0)
    return [
        {
            "title": "Field trials by project",
            "template": "reports/parts/programme_trials.html",
            "context": {"programme": programme, "rows": rows},
        },
        {
            "title": "Power to Innovate requests",
            "template": "reports/parts/pti.html",
            "context": {
                "requests": _requests(field_trial__project__programme=programme),
                "show_project": True,
            },
        },
    ]


def part(subject):
    if isinstance(subject, Programme):
        return programme_sections(subject)
    if isinstance(subject, Project):
        return project_sections(subject)
    return trial_sections(subject)
