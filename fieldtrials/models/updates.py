"""Monthly updates (highlight reports) and communities of practice."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nextpractice.dates import done_date_problem
from nextpractice.records.models import KeptRecord

from .trials import FieldTrial


class Rag(models.TextChoices):
    """Red, amber, green: our addition (the seeds name no scale)."""

    RED = "red", "Red: serious problems"
    AMBER = "amber", "Amber: some problems"
    GREEN = "green", "Green: on track"


class MonthlyUpdate(KeptRecord):
    """A trial team's highlight report for one month: a draft until submitted, then locked.

    A project officer may withdraw one (with a reason, KeptRecord): it stays, marked, no
    longer counts as the month's update, and the month can be written again."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"

    field_trial = models.ForeignKey(
        FieldTrial, on_delete=models.CASCADE, related_name="monthly_updates"
    )
    month = models.DateField(help_text="The first day of the month reported on")
    rag = models.CharField("rating", max_length=5, choices=Rag.choices, blank=True)
    what_happened = models.TextField(blank=True)
    what_next = models.TextField("what is next", blank=True)
    in_the_way = models.TextField("what is in the way", blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="monthly_updates"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    # A project officer marks a submitted update read; until then its author may take it
    # back to edit.
    read_at = models.DateTimeField(null=True, blank=True)
    read_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The draft's own stale-edit guard (autosave, take-back) since before the record kit;
    # it is the kit's version too.
    version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-month"]
        constraints = [
            # One current update per trial per month: a draft becomes the submitted one; a
            # withdrawn one leaves the month free to be written again.
            models.UniqueConstraint(
                fields=["field_trial", "month"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_update_a_month",
                violation_error_message="This trial already has an update for that month",
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft") | ~models.Q(rag=""),
                name="submitted_update_has_rag",
            ),
        ]

    def __str__(self):
        return f"{self.field_trial}, {self.month:%B %Y}"


class CommunityOfPractice(models.Model):
    """Field trials (of a project or across projects) grouped to share learning."""

    name = models.CharField(max_length=200, unique=True)
    purpose = models.TextField(blank=True)
    field_trials = models.ManyToManyField(FieldTrial, related_name="communities")
    convenor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="communities_convened",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "communities of practice"

    def __str__(self):
        return self.name


class CommunityMeeting(KeptRecord):
    """A meeting of a community of practice, and what it shared.

    Its community's convenor and officers correct it and withdraw it with a reason
    (KeptRecord, fieldtrials/kinds.py): a withdrawn meeting stays, marked, but is no longer
    listed or counted among the community's meetings."""

    community = models.ForeignKey(
        CommunityOfPractice, on_delete=models.CASCADE, related_name="meetings"
    )
    held_on = models.DateField("date")
    attended_by = models.ManyToManyField(
        FieldTrial, blank=True, related_name="+", verbose_name="trials that came"
    )
    shared = models.TextField("what was shared")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on"]

    def __str__(self):
        return f"{self.community}, {self.held_on:%-d %B %Y}"

    def clean(self):
        # Held on 1 January 0001 it read so on the community's page. One kept from before may
        # still be withdrawn; a correction is checked.
        if self.held_on and self.community_id and not self.is_withdrawn:
            if problem := meeting_date_problem(self.held_on, self.community):
                raise ValidationError({"held_on": problem})


def earliest_programme(community):
    """The programme, of those the community's trials belong to, that began first (None if
    it has no trial): none of its meetings was held before then."""
    from programmes.models import Programme

    return (
        Programme.objects.filter(projects__field_trials__communities=community)
        .order_by("start_date", "pk")
        .first()
    )


def meeting_date_problem(held_on, community=None):
    """Why a meeting (of `community`, if given) cannot have been held on `held_on`, or None:
    not in the future, nor before the earliest programme of its trials began."""
    programme = earliest_programme(community) if community is not None else None
    return done_date_problem(held_on, programme, "meeting date")
