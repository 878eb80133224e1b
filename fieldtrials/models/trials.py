"""Field trials (Phase 2, Incubate) and who belongs to each."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.models import Organisation, Role


class ResourceDomain(models.Model):
    """A resource domain a trial works on (Resourcing Personalisation's four, verbatim).

    Rows are created by migration 0004 from DOMAINS.
    """

    DOMAINS = [
        ("time", "The use of time"),
        ("technology", "Harnessing technology for learning"),
        ("co_construction", "Co-constructing learning with students"),
        ("environment", "The learning environment"),
    ]

    code = models.SlugField(unique=True)
    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.name


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
    locality = models.CharField(
        max_length=200, blank=True, help_text="The town, area or cluster the trial works in"
    )
    resource_domains = models.ManyToManyField(
        ResourceDomain, blank=True, related_name="field_trials"
    )
    trigger = models.CharField(
        "what triggered it",
        max_length=300,
        blank=True,
        help_text="Where it matters: a burning platform such as budget cuts",
    )
    consultant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="trials_consulted",
        help_text="Drawn from the field of change management rather than content-specific",
    )
    plan = models.TextField(
        "trial plan", blank=True, help_text="What the trial will do, when, and how it will know"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SELECTED)
    status_changed_at = models.DateTimeField(default=timezone.now)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    # Kept by the services that change them, so the trials list filters without subqueries.
    latest_rag = models.CharField(max_length=5, blank=True)
    latest_update_month = models.DateField(null=True, blank=True)
    # Optimistic concurrency for edits of the trial's own details and plan.
    version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["project", "title"]
        constraints = [
            models.UniqueConstraint(fields=["project", "title"], name="fieldtrial_unique_title")
        ]
        indexes = [
            models.Index(fields=["status", "title"]),
            models.Index(fields=["latest_rag"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("fieldtrials:fieldtrial_detail", args=[self.pk])

    @property
    def has_ended(self):
        """Completed or withdrawn: its records are kept and may be corrected, but it takes no
        new risks or milestones (it may be moved back to take them again)."""
        return self.status in (self.Status.COMPLETED, self.Status.WITHDRAWN)

    def no_new(self, noun):
        """Why a trial that has ended takes no new `noun` ("risk"), in a sentence."""
        why = f"This field trial has been {self.get_status_display().lower()}, so no new {noun} "
        why += "can be added to it."
        if self.status == self.Status.COMPLETED:
            why += " To add one, move it back to Reporting first."
        return why


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


class TrialStatusChange(models.Model):
    """A field trial moving between statuses: who, when, why."""

    field_trial = models.ForeignKey(
        FieldTrial, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=20, choices=FieldTrial.Status.choices)
    to_status = models.CharField(max_length=20, choices=FieldTrial.Status.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.field_trial}: {self.from_status} to {self.to_status}"
