"""Field trials (Phase 2, Incubate) and who belongs to each."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation, Role


class FieldTrial(models.Model):
    """A trial of a selected option in schools and localities, given the incubation offer."""

    class Status(models.TextChoices):
        SELECTED = "selected", "Selected"
        INCUBATING = "incubating", "Incubating"
        REPORTING = "reporting", "Reporting"
        COMPLETED = "completed", "Completed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="field_trials"
    )
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    lead_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="field_trials_led",
        help_text="Not yet known for a trial just selected from an option.",
    )
    option = models.OneToOneField(
        "programmes.CreativeOption",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="field_trial",
        help_text="The creative option this trial was selected from.",
    )
    participating_organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="field_trials"
    )
    local_authority = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="field_trials_in_area",
        limit_choices_to={"kind": Organisation.Kind.LOCAL_AUTHORITY},
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SELECTED)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["project", "title"]
        constraints = [
            models.UniqueConstraint(fields=["project", "title"], name="fieldtrial_unique_title")
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("fieldtrials:fieldtrial_detail", args=[self.pk])


class FieldTrialMembership(models.Model):
    """A person's role in one field trial: its team, its consultant, or a reader."""

    field_trial = models.ForeignKey(
        FieldTrial, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="fieldtrial_memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["field_trial", "user"], name="fieldtrial_member_once")
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}) in {self.field_trial}"
