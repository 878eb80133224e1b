"""Monthly reports are told under notification kinds of their own (nobody asked for them):
file the notifications already sent about them under those kinds, keeping their once-only
keys, and keep the e-mails of those who had turned report e-mails off turned off for monthly
reports too (the kinds are new, so they would otherwise start to arrive)."""

from django.db import migrations

MOVES = {"report_ready": "monthly_report_ready", "report_failed": "monthly_report_failed"}


def forwards(apps, schema_editor):
    Notification = apps.get_model("accounts", "Notification")
    Report = apps.get_model("reports", "Report")
    User = apps.get_model("accounts", "User")
    monthly = Report.objects.filter(kind="monthly").values_list("pk", flat=True)
    keys = [f"report:{pk}" for pk in monthly]
    for old, new in MOVES.items():
        Notification.objects.filter(kind=old, key__in=keys).update(kind=new)
    for user in User.objects.only("pk", "email_muted_kinds").iterator():
        muted = list(user.email_muted_kinds or [])
        added = [new for old, new in MOVES.items() if old in muted and new not in muted]
        if added:
            user.email_muted_kinds = muted + added
            user.save(update_fields=["email_muted_kinds"])


def backwards(apps, schema_editor):
    Notification = apps.get_model("accounts", "Notification")
    for old, new in MOVES.items():
        Notification.objects.filter(kind=new).update(kind=old)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0017_monthly_report_notifications"),
        ("reports", "0009_pending_once_per_period"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
