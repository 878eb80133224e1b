"""Background jobs for organisation imports: each takes the import's primary key and calls
its service, which claims the row by a conditional UPDATE (a job delivered twice works
once) and ends it previewed, done or failed with a message, never raising."""

from celery import shared_task


@shared_task(acks_late=True, soft_time_limit=900, time_limit=960)
def preview_import_job(import_id):
    """Read an uploaded file and count what importing it would change."""
    from .services import preview_import

    return preview_import(pk=import_id)


@shared_task(acks_late=True, soft_time_limit=900, time_limit=960)
def run_import_job(import_id):
    """Apply a confirmed import in one transaction."""
    from .services import run_import

    return run_import(pk=import_id)


@shared_task(acks_late=True)
def sweep_stale_imports():
    """Fail the imports (of organisations and of people) whose job died; returns how many
    (a second run fails none)."""
    from .people import fail_stale_people_imports
    from .services import fail_stale_imports

    return fail_stale_imports() + fail_stale_people_imports()


@shared_task(acks_late=True, soft_time_limit=900, time_limit=960)
def preview_people_import_job(import_id):
    """Read an uploaded file of people and say what importing it would do."""
    from .people import preview_people_import

    return preview_people_import(pk=import_id)


@shared_task(acks_late=True, soft_time_limit=900, time_limit=960)
def run_people_import_job(import_id):
    """Invite the people of a confirmed import in one transaction."""
    from .people import run_people_import

    return run_people_import(pk=import_id)
