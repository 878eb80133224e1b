"""The digests on beat's schedule (django-celery-beat periodic tasks, editable in the admin):
daily at 07:30 London time for those who chose daily, Mondays at 07:30 for weekly.

Created once; if someone has changed or disabled one in the admin, running migrations again
leaves it as they set it.
"""

import json

from django.db import migrations

# (name, frequency, day of week)
TASKS = [
    ("Daily digests of what people follow", "daily", "*"),
    ("Weekly digests of what people follow", "weekly", "1"),
]


def create_schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, frequency, day_of_week in TASKS:
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute="30",
            hour="7",
            day_of_week=day_of_week,
            day_of_month="*",
            month_of_year="*",
            timezone="Europe/London",
        )
        PeriodicTask.objects.get_or_create(
            name=name,
            defaults={
                "task": "following.tasks.send_digests",
                "kwargs": json.dumps({"frequency": frequency}),
                "crontab": crontab,
                "enabled": True,
                "description": f"E-mails each person who chose a {frequency} digest what is "
                "new in what they follow; running it twice tells nobody anything twice.",
            },
        )


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[name for name, _, _ in TASKS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("following", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
