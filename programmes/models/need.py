"""Analyse need: problems, objectives, data sources and potential innovators of a project."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.models import Organisation
from nextpractice.records.models import KeptRecord
from nextpractice.words import shortened


class ProblemStatement(KeptRecord):
    """A problem or challenge in the current English system, or a driver of change."""

    class Kind(models.TextChoices):
        PROBLEM = "problem", "Problem or challenge"
        DRIVER = "driver", "Driver of change"

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="problems"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PROBLEM)
    text = models.TextField("statement")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["kind", "created_at", "id"]

    def __str__(self):
        return shortened(self.text, 80)


class Objective(KeptRecord):
    """A project objective: a draft while the need is analysed, then agreed."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        AGREED = "agreed", "Agreed"

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="objectives"
    )
    text = models.TextField("objective")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return shortened(self.text, 80)


def data_source_path(instance, filename):
    # Stored under the project, never under the static root; served only by a checked view.
    return f"projects/{instance.project_id}/data/{filename}"


class DataSource(KeptRecord):
    """Available data on the need, with what it shows: a link, an uploaded file, or
    neither (a report not online, cited by its title)."""

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="data_sources"
    )
    title = models.CharField(max_length=200)
    url = models.URLField("link", max_length=500, blank=True)
    file = models.FileField(upload_to=data_source_path, blank=True, max_length=300)
    # The name as the person's file had it (nextpractice.uploads.clean_filename): storage
    # keeps the file under a safer name ("Plan "final".pdf" as "Plan_final.pdf").
    original_name = models.CharField("file name", max_length=255, blank=True)
    file_type = models.CharField(max_length=100, blank=True, help_text="As detected from content")
    what_it_shows = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.title

    @property
    def file_name(self):
        """The name its file is shown and downloaded under: as uploaded; for a file kept
        before that was recorded, as stored; "" when it has no file."""
        if not self.file:
            return ""
        return self.original_name or self.file.name.rsplit("/", 1)[-1]


class PotentialInnovator(KeptRecord):
    """A practitioner or organisation already pushing at the boundaries of current practice."""

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="innovators"
    )
    person_name = models.CharField("person", max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    why = models.TextField("why they are poised to innovate")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(person_name="") | models.Q(organisation__isnull=False),
                name="innovator_person_or_organisation",
            )
        ]

    def __str__(self):
        if self.person_name and self.organisation_id:
            return f"{self.person_name}, {self.organisation}"
        return self.person_name or str(self.organisation)
