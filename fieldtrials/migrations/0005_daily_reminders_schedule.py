"""The daily reminders: a django-celery-beat periodic task, editable in the admin.

At 07:00 (Europe/London) every day, `send_daily_reminders` tells trial teams of milestones
due within seven days or overdue, and of monthly updates missing. Created once; if someone
has changed or disabled it in the admin, running migrations again leaves it as they set it.
"""

from django.db import migrations

TASK_NAME = "Daily reminders: milestones due or overdue, monthly updates missing"


def create_schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    crontab, _ = CrontabSchedule.objects.get_or_create(
        minute="0",
        hour="7",
        day_of_month="*",
        month_of_year="*",
        day_of_week="*",
        timezone="Europe/London",
    )
    PeriodicTask.objects.get_or_create(
        name=TASK_NAME,
        defaults={
            "task": "fieldtrials.tasks.send_daily_reminders",
            "crontab": crontab,
            "enabled": True,
            "description": "Tells each trial's team of milestones due within seven days or "
            "overdue and of a monthly update missing; running it twice tells nobody twice.",
        },
    )


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("fieldtrials", "0004_resource_domains"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
