"""The daily job forgetting sign-in records is named for the period it keeps them, which is
set (settings.SIGN_IN_RECORDS_DAYS, from NEXTPRACTICE_SIGN_IN_RECORDS_DAYS), not a fixed 30
days. One job, renamed where it is: made if missing (a schedule someone deleted), and left
as it is if someone changed its time or switched it off in the admin."""

from django.db import migrations

TASK = "accounts.tasks.forget_old_login_records"
OLD = "Forget sign-in records older than 30 days"
NEW = "Forget sign-in records older than NEXTPRACTICE_SIGN_IN_RECORDS_DAYS (90 days unless set)"
DESCRIPTION = (
    "Housekeeping: deletes django-axes' sign-in records (address typed, IP address, browser, "
    "time) older than the period set; a second run the same day deletes nothing."
)


def rename(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    if PeriodicTask.objects.filter(name=NEW).exists():
        return
    if PeriodicTask.objects.filter(name=OLD).update(name=NEW, description=DESCRIPTION):
        return
    crontab, _ = CrontabSchedule.objects.get_or_create(
        minute="20",
        hour="3",
        day_of_week="*",
        day_of_month="*",
        month_of_year="*",
        timezone="Europe/London",
    )
    PeriodicTask.objects.create(
        name=NEW, task=TASK, crontab=crontab, enabled=True, description=DESCRIPTION
    )


def rename_back(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name=NEW).update(name=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0012_report_withdrawn"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
