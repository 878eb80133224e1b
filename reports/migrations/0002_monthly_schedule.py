"""The monthly schedule: a django-celery-beat periodic task, editable in the admin.

At 06:00 (Europe/London) on the first day of each month, `make_monthly_reports` makes one
report for every active project. Created once; if someone has changed or disabled it in the
admin, running migrations again leaves it as they set it.
"""

from django.db import migrations

TASK_NAME = "Monthly progress reports of every active project"


def create_schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    crontab, _ = CrontabSchedule.objects.get_or_create(
        minute="0",
        hour="6",
        day_of_month="1",
        month_of_year="*",
        day_of_week="*",
        timezone="Europe/London",
    )
    PeriodicTask.objects.get_or_create(
        name=TASK_NAME,
        defaults={
            "task": "reports.tasks.make_monthly_reports",
            "crontab": crontab,
            "enabled": True,
            "description": "Makes one progress report per active project for the month "
            "just ended; running it twice in a month makes nothing twice.",
        },
    )


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
