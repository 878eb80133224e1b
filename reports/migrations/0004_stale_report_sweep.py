"""The sweep for reports whose job died: a django-celery-beat periodic task, every five
minutes, editable in the admin.

`fail_stale_reports` marks reports still being prepared long after they were asked for
as failed and tells whoever was waiting. Created once; if someone has changed or disabled
it in the admin, running migrations again leaves it as they set it.
"""

from django.db import migrations

TASK_NAME = "Fail progress reports whose job died"


def create_schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_five_minutes, _ = IntervalSchedule.objects.get_or_create(every=5, period="minutes")
    PeriodicTask.objects.get_or_create(
        name=TASK_NAME,
        defaults={
            "task": "reports.tasks.sweep_stale_reports",
            "interval": every_five_minutes,
            "enabled": True,
            "description": "Marks progress reports still being prepared 20 minutes after "
            "they were asked for as failed (their job died) and tells whoever asked; a "
            "second run changes nothing.",
        },
    )


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0003_pending_once_and_claim"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
