"""Daily housekeeping on beat's schedule (django-celery-beat periodic tasks, editable in the
admin): expired sessions, sign-in records older than a month, form tokens older than a day,
rate-limit rows no longer counting (nextpractice/housekeeping.py, accounts/tasks.py).

Created once; if someone has changed or disabled one in the admin, running migrations again
leaves it as they set it. In `reports` beside the other schedules (0002, 0004).
"""

from django.db import migrations

# (name, task, minute past 3 a.m. London time: a quiet hour, staggered)
TASKS = [
    ("Clear expired sessions", "accounts.tasks.clear_expired_sessions", 10),
    ("Forget sign-in records older than 30 days", "accounts.tasks.forget_old_login_records", 20),
    ("Forget form tokens older than a day", "accounts.tasks.forget_old_form_submissions", 30),
    ("Forget rate limits no longer counting", "accounts.tasks.forget_expired_throttle_buckets", 40),
]


def create_schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, minute in TASKS:
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute=str(minute),
            hour="3",
            day_of_week="*",
            day_of_month="*",
            month_of_year="*",
            timezone="Europe/London",
        )
        PeriodicTask.objects.get_or_create(
            name=name,
            defaults={
                "task": task,
                "crontab": crontab,
                "enabled": True,
                "description": "Housekeeping: deletes only rows past their use; a second "
                "run the same day deletes nothing.",
            },
        )


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[name for name, _, _ in TASKS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0005_planner_random_page_cost"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
