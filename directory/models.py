"""Imports into the organisation directory from the register of schools in England.

An import is a durable row: the uploaded file (stored through Django's storage API), who
asked, and its state as two background jobs move it on: `preview_import` reads the file and
counts what would change (queued -> previewing -> previewed), and once an administrator
confirms, `run_import` applies it in one transaction (importing -> done). Either job can
end it as failed, with a message for the administrator.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

from nextpractice.jobs import JobProgress

# An import still being read or imported this long after a job started on it has lost its
# job (a worker killed): it is shown as failed. The national file takes a few minutes at most.
STALE_AFTER = timedelta(minutes=30)
STALE_MESSAGE = (
    "The background job reading this file did not finish: the background service may have "
    "stopped while reading it. Upload the file again."
)
# An import no job has started yet (uploaded and waiting to be read, or confirmed and waiting
# to be imported) waits in the queue: failed only after a day (nextpractice.jobs).
UNSTARTED_MESSAGE = (
    "It waited a day without the background service starting it: upload the file again."
)
# Rows with problems kept to show; the total is always kept.
PROBLEMS_KEPT = 200


def import_path(organisation_import, filename):
    return f"directory/imports/{timezone.now():%Y/%m}/{filename}"


class ImportState(models.TextChoices):
    QUEUED = "queued", "Waiting to be read"
    PREVIEWING = "previewing", "Being read"
    PREVIEWED = "previewed", "Ready to confirm"
    IMPORTING = "importing", "Being imported"
    DONE = "done", "Imported"
    FAILED = "failed", "Failed"


WORKING = {ImportState.QUEUED, ImportState.PREVIEWING, ImportState.IMPORTING}


class ImportProgress(JobProgress):
    """What an import row shows of its state: a job gone quiet for too long is failed."""

    STALE_AFTER = STALE_AFTER
    STALE_MESSAGE = STALE_MESSAGE
    UNSTARTED_MESSAGE = UNSTARTED_MESSAGE
    # Each step of an import, by its states: when it began waiting for a job, and when a job
    # started it (None while it waits).
    JOB_STEPS = (
        # Reading the file, once uploaded.
        ({ImportState.QUEUED, ImportState.PREVIEWING}, "requested_at", "started_at"),
        # Applying it, once confirmed.
        ({ImportState.IMPORTING}, "confirmed_at", "import_started_at"),
    )

    @property
    def is_working(self):
        return self.shown_state in WORKING

    @property
    def more_problems(self):
        return max(self.problem_count - len(self.problems), 0)


# Which imports, of either model, to fail (a Q): see JobProgress.stale_jobs.
stale = ImportProgress.stale_jobs


class OrganisationImport(ImportProgress, models.Model):
    """One upload of the register's file: its preview, and its import once confirmed."""

    State = ImportState

    file = models.FileField(upload_to=import_path, max_length=300)
    original_name = models.CharField(max_length=255)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="organisation_imports",
    )
    requested_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=20, choices=State.choices, default=State.QUEUED)
    counts = models.JSONField(default=dict, blank=True)
    problems = models.JSONField(
        default=list, blank=True, help_text=f"The first {PROBLEMS_KEPT}: [line, message]."
    )
    problem_count = models.PositiveIntegerField(default=0)
    changes = models.JSONField(
        default=list, blank=True, help_text=f"The first {PROBLEMS_KEPT} changes, as sentences."
    )
    failure_message = models.CharField(max_length=500, blank=True)
    started_at = models.DateTimeField(
        null=True, blank=True, help_text="When the job reading the file for the preview began."
    )
    previewed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    import_started_at = models.DateTimeField(
        null=True, blank=True, help_text="When a job claimed the confirmed import."
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        constraints = [
            # One import writes to the directory at a time.
            models.UniqueConstraint(
                fields=["state"],
                condition=models.Q(state="importing"),
                name="one_organisation_import_at_a_time",
            ),
        ]

    def __str__(self):
        return f"Import of {self.original_name}"


OrganisationImport.WORKING = WORKING


def people_import_path(people_import, filename):
    return f"directory/people/{timezone.now():%Y/%m}/{filename}"


class PeopleImport(ImportProgress, models.Model):
    """One upload of a spreadsheet of people and where they belong in a programme: its
    preview, and once confirmed the invitations it sends (one transaction)."""

    State = ImportState

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="people_imports"
    )
    file = models.FileField(upload_to=people_import_path, max_length=300)
    original_name = models.CharField(max_length=255)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=20, choices=State.choices, default=State.QUEUED)
    counts = models.JSONField(default=dict, blank=True)
    problems = models.JSONField(
        default=list, blank=True, help_text=f"The first {PROBLEMS_KEPT}: [line, message]."
    )
    problem_count = models.PositiveIntegerField(default=0)
    failure_message = models.CharField(max_length=500, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    previewed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    import_started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]

    def __str__(self):
        return f"People import of {self.original_name}"

    @property
    def anyone_to_import(self):
        """Whether its preview found anyone to invite or add: when not, there is nothing to
        confirm."""
        return bool(self.counts.get("invite") or self.counts.get("add"))

    @property
    def nothing_to_import(self):
        """Read, and nobody in it to invite or add: it is not offered for confirming."""
        return self.shown_state == self.State.PREVIEWED and not self.anyone_to_import

    @property
    def nothing_to_import_message(self):
        if self.problem_count:
            return (
                "Nobody in this file can be invited or added: correct the rows below and "
                "upload it again."
            )
        return (
            "Nobody in this file can be invited or added: everyone in it is already a member "
            "or already invited."
        )

    @property
    def shown_state_label(self):
        if self.nothing_to_import:
            return "Nothing to import"
        return super().shown_state_label
