"""The sweep for organisation imports whose job died: a django-celery-beat periodic task,
every five minutes, editable in the admin. Created once; if someone has changed or disabled
it in the admin, running migrations again leaves it as they set it.
"""

from django.db import migrations

TASK_NAME = "Fail organisation imports whose job died"


def create_schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_five_minutes, _ = IntervalSchedule.objects.get_or_create(every=5, period="minutes")
    PeriodicTask.objects.get_or_create(
        name=TASK_NAME,
        defaults={
            "task": "directory.tasks.sweep_stale_imports",
            "interval": every_five_minutes,
            "enabled": True,
            "description": "Marks organisation imports whose job died as failed, so the "
            "next import is not blocked; a second run changes nothing.",
        },
    )


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_organisation_import"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
