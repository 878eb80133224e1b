"""Toolkit tools (versioned definitions held as data) and the exercises in which groups use them.

A tool's questions live in its definition (a validated document loaded from
`toolkit/definitions/*.yaml` or edited in the admin; see `toolkit/definition.py` for the
format). Changing a tool makes a new `ToolVersion`; an exercise keeps the version it was
started with, so its answers always read against the questions that were asked.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Tool(models.Model):
    """A structured exercise from the Next Practice toolkit (Annex 1 of the 2007 pamphlet).

    Title, subtitle, purpose and status mirror the latest version's definition, so lists need
    no JSON; `latest` points at that version.
    """

    class Status(models.TextChoices):
        IN_PRODUCTION = "in_production", "In production"
        IN_DEVELOPMENT = "in_development", "In development"
        NOT_STATED = "not_stated", "Not stated"

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    subtitle = models.CharField(max_length=200, blank=True)
    purpose = models.TextField()
    audience = models.TextField("who it is for", blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NOT_STATED)
    latest = models.ForeignKey(
        "ToolVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class ToolVersion(models.Model):
    """One immutable definition of a tool. Never edited: a change is a new version."""

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    definition = models.JSONField()
    checksum = models.CharField(max_length=64, help_text="SHA-256 of the canonical definition")
    source = models.CharField(max_length=200, blank=True, help_text="file it was loaded from")
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["tool", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["tool", "number"], name="toolversion_number_once")
        ]

    def __str__(self):
        return f"{self.tool} v{self.number}"


class Exercise(models.Model):
    """One use of a tool version by a group: a field trial's team, a workshop, a local
    authority, or named people."""

    tool_version = models.ForeignKey(ToolVersion, on_delete=models.PROTECT, related_name="+")
    tool = models.ForeignKey(Tool, on_delete=models.PROTECT, related_name="exercises")
    title = models.CharField(max_length=200)
    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="exercises",
    )
    workshop = models.ForeignKey(
        "programmes.Workshop",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="exercises",
    )
    # Seed 002's networking tool is for a local authority: the authority runs the exercise.
    local_authority = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        limit_choices_to={"kind": "local_authority"},
        related_name="exercises",
        help_text="a local authority running the exercise for itself",
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="exercises_facilitated"
    )
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Participation", related_name="exercises"
    )
    closes_at = models.DateTimeField("closing date", null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    results_shared = models.BooleanField(
        default=False, help_text="participants may read the group's results"
    )
    conclusion = models.TextField("the group's conclusion", blank=True)
    concluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    concluded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("toolkit:exercise_detail", args=[self.pk])

    @property
    def definition(self):
        return self.tool_version.definition

    @property
    def is_open(self):
        if self.closed_at is not None:
            return False
        return self.closes_at is None or self.closes_at > timezone.now()

    @property
    def group_label(self):
        if self.field_trial_id:
            return f"Field trial team: {self.field_trial}"
        if self.workshop_id:
            return f"Workshop: {self.workshop}"
        if self.local_authority_id:
            return f"Local authority: {self.local_authority}"
        return "Named participants"


class Participation(models.Model):
    """A person invited to an exercise, where they were, and whether they have submitted."""

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    invited_at = models.DateTimeField(default=timezone.now)
    position = models.CharField(
        max_length=100, blank=True, help_text="key of the section they were last on"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    # Claimed by the invitation e-mail job before it sends, so a job delivered twice sends once.
    invitation_emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["exercise", "user__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["exercise", "user"], name="participation_once")
        ]

    def __str__(self):
        return f"{self.user} in {self.exercise}"


class Answer(models.Model):
    """One participant's answer to one question, saved as it is given.

    `question` is the question's key in the exercise's tool version ("section.question");
    `value` is the normalised value the question kind accepts (see toolkit/questions.py).
    """

    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.CharField(max_length=100)
    value = models.JSONField()
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participation", "question"], name="answer_once")
        ]

    def __str__(self):
        return f"{self.participation}: {self.question}"
