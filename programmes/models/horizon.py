"""Scan the horizon: a library of stimuli shared across projects, and those a project keeps."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Sector(models.TextChoices):
    """Where a stimulus comes from: international education or sectors outside education."""

    EDUCATION_INTERNATIONAL = "education_international", "Education outside England"
    RETAIL = "retail", "Retail"
    BANKING = "banking", "Banking and finance"
    IT = "it", "Information technology"
    ENERGY = "energy", "Energy"
    ADVERTISING = "advertising", "Advertising"
    HEALTHCARE = "healthcare", "Healthcare"
    PUBLIC_SERVICES = "public_services", "Other public services"
    COMMUNITY = "community", "Community and voluntary sector"
    OTHER = "other", "Other"


class StimulusTag(models.Model):
    """A theme label on stimuli."""

    name = models.CharField(max_length=60, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Stimulus(models.Model):
    """Practice from elsewhere that provokes new thinking, with the question it raises."""

    title = models.CharField(max_length=200, unique=True)
    sector = models.CharField(max_length=30, choices=Sector.choices)
    sector_other = models.CharField(
        "other sector", max_length=100, blank=True, help_text="Name the sector if 'Other'."
    )
    country = models.CharField(max_length=100)
    summary = models.TextField()
    source_url = models.URLField("source link", max_length=500, blank=True)
    provocation = models.TextField(
        "provocation question", help_text="The question it raises for education."
    )
    contacts = models.TextField("key contacts", blank=True)
    tags = models.ManyToManyField(StimulusTag, blank=True, related_name="stimuli")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "stimuli"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("programmes:stimulus_detail", args=[self.pk])

    @property
    def sector_label(self):
        if self.sector == Sector.OTHER and self.sector_other:
            return self.sector_other
        return self.get_sector_display()


class KeptStimulus(models.Model):
    """A stimulus a project has chosen to use, and why."""

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="kept_stimuli"
    )
    stimulus = models.ForeignKey(Stimulus, on_delete=models.PROTECT, related_name="kept_by")
    why = models.TextField()
    kept_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    kept_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["kept_at", "id"]
        verbose_name = "kept stimulus"
        verbose_name_plural = "kept stimuli"
        constraints = [
            models.UniqueConstraint(fields=["project", "stimulus"], name="stimulus_kept_once")
        ]

    def __str__(self):
        return f"{self.stimulus} in {self.project}"
