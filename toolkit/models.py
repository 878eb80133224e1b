"""Toolkit tools and the exercises in which groups use them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Tool(models.Model):
    """A structured exercise from the Next Practice toolkit (Annex 1 of the 2007 pamphlet)."""

    class Status(models.TextChoices):
        IN_PRODUCTION = "in_production", "In production"
        IN_DEVELOPMENT = "in_development", "In development"
        NOT_STATED = "not_stated", "Not stated"

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    subtitle = models.CharField(max_length=200, blank=True)
    purpose = models.TextField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NOT_STATED)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class Exercise(models.Model):
    """One use of a tool by a group, such as a field trial's team."""

    tool = models.ForeignKey(Tool, on_delete=models.PROTECT, related_name="exercises")
    title = models.CharField(max_length=200)
    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="exercises",
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="exercises_facilitated"
    )
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Participation", related_name="exercises"
    )
    closes_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("toolkit:exercise_detail", args=[self.pk])

    @property
    def is_open(self):
        return self.closes_at is None or self.closes_at > timezone.now()


class Participation(models.Model):
    """A person invited to an exercise, and whether they have submitted their answers."""

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    invited_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["exercise", "user"], name="participation_once")
        ]

    def __str__(self):
        return f"{self.user} in {self.exercise}"
