"""One report being prepared per person and subject (a constraint per subject column), and
`started_at`, set when a job claims a report to make it.

Before the constraints, duplicates that double clicks made are failed, keeping the newest
of each person and subject, so the constraints can be added to a database that has them.
"""

from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

DUPLICATE_MESSAGE = "This report was asked for twice at once; the other one is being made."


def fail_duplicate_pending_reports(apps, schema_editor):
    Report = apps.get_model("reports", "Report")
    pending = Report.objects.filter(kind="on_request", state="preparing").order_by(
        "-requested_at", "-id"
    )
    seen = set()
    duplicates = []
    for row in pending.values(
        "id", "programme_id", "project_id", "field_trial_id", "requested_by_id"
    ):
        if row["requested_by_id"] is None:
            continue  # NULLs never clash
        key = (
            row["programme_id"],
            row["project_id"],
            row["field_trial_id"],
            row["requested_by_id"],
        )
        if key in seen:
            duplicates.append(row["id"])
        seen.add(key)
    Report.objects.filter(id__in=duplicates).update(
        state="failed", failure_message=DUPLICATE_MESSAGE, finished_at=timezone.now()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("fieldtrials", "0005_daily_reminders_schedule"),
        ("programmes", "0003_blank_authors"),
        ("reports", "0002_monthly_schedule"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="report",
            name="started_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When a job claimed the report to make it; empty while nobody is "
                "making it.",
                null=True,
            ),
        ),
        migrations.RunPython(fail_duplicate_pending_reports, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="report",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind", "on_request"), ("state", "preparing")),
                fields=("programme", "requested_by"),
                name="one_pending_report_per_person_and_programme",
            ),
        ),
        migrations.AddConstraint(
            model_name="report",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind", "on_request"), ("state", "preparing")),
                fields=("project", "requested_by"),
                name="one_pending_report_per_person_and_project",
            ),
        ),
        migrations.AddConstraint(
            model_name="report",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind", "on_request"), ("state", "preparing")),
                fields=("field_trial", "requested_by"),
                name="one_pending_report_per_person_and_field_trial",
            ),
        ),
    ]
