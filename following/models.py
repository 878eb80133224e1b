"""What a person follows (a project, a field trial or a community of practice) and the
digest e-mails that tell them what happened there."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

# The three kinds of thing a person may follow: the Follow field holding each.
SUBJECT_FIELDS = ("project", "field_trial", "community")


class Follow(models.Model):
    """A person follows one project, field trial or community of practice, to see its
    activity on their home page and in their digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    community = models.ForeignKey(
        "fieldtrials.CommunityOfPractice",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="follow_exactly_one_subject",
                condition=(
                    Q(project__isnull=False, field_trial=None, community=None)
                    | Q(project=None, field_trial__isnull=False, community=None)
                    | Q(project=None, field_trial=None, community__isnull=False)
                ),
            ),
            # A double click follows once: the database decides.
            *[
                models.UniqueConstraint(
                    fields=["user", name],
                    condition=Q(**{f"{name}__isnull": False}),
                    name=f"follow_once_per_{name}",
                )
                for name in SUBJECT_FIELDS
            ],
        ]

    def __str__(self):
        return f"{self.user} follows {self.subject}"

    @property
    def subject(self):
        return self.project or self.field_trial or self.community


class DigestChoice(models.Model):
    """How often a person is e-mailed what happened in what they follow."""

    class Frequency(models.TextChoices):
        OFF = "off", "Off: no digest e-mails"
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_choice"
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default="off")
    # When they last chose: their first digest tells what happened since then.
    chosen_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.user}: {self.get_frequency_display()}"


class Digest(models.Model):
    """One digest e-mail to one person: claimed (with its items) before it is sent."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "-claimed_at"], name="digest_user_recent")]

    def __str__(self):
        return f"Digest for {self.user} at {self.claimed_at:%Y-%m-%d %H:%M}"


class DigestItem(models.Model):
    """An event told in a digest: nobody is told the same event twice (the database says)."""

    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="items")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    event = models.ForeignKey("accounts.Event", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "event"], name="digest_item_once_per_event")
        ]

    def __str__(self):
        return f"Event {self.event_id} told to {self.user_id}"
