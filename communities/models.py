"""A community of practice's space: the page its members write together, with its history,
and the requests of people beyond the programme to join it (communities of interest)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from fieldtrials.models import CommunityOfPractice
from nextpractice.records.models import Versioned


class CommunitySpace(Versioned):
    """What a community keeps beside its trials and meetings: whether people beyond the
    programme may ask to join it, and its shared page, "What we are learning" (Markdown),
    whose `version` the stale-edit guard compares."""

    community = models.OneToOneField(
        CommunityOfPractice, on_delete=models.CASCADE, related_name="space"
    )
    open_to_others = models.BooleanField(
        "open to people beyond the programme",
        default=False,
        help_text="Listed for anyone signed in to ask to join; its convenor approves them.",
    )
    text = models.TextField("what we are learning", blank=True)
    # The empty page is no version: the first save is version 1, as its history counts.
    version = models.PositiveIntegerField(default=0, editable=False)

    def __str__(self):
        return f"{self.community}: what we are learning"


class PageRevision(models.Model):
    """One saved version of a community's shared page: what it said, who saved it and why."""

    space = models.ForeignKey(CommunitySpace, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    text = models.TextField(blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    edited_at = models.DateTimeField(default=timezone.now)
    note = models.CharField("what changed", max_length=200, blank=True)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["space", "version"], name="one_revision_a_version")
        ]

    def __str__(self):
        return f"{self.space.community}, version {self.version}"


class JoinRequest(models.Model):
    """Someone beyond the community asking to join it. Approved, they read its page, its
    shared page and its threads, and nothing else of the programme."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a decision"
        APPROVED = "approved", "Approved"
        DECLINED = "declined", "Declined"
        LEFT = "left", "Left"
        WITHDRAWN = "withdrawn", "Withdrawn"
        # An outside member the convenor (or an officer) took out of the community.
        REMOVED = "removed", "Removed"
        # A membership or a request waiting ended by closing the community to others: if it
        # is opened again, they ask again.
        CLOSED = "closed", "Ended when closed"

    LIVE = (Status.PENDING, Status.APPROVED)
    # After a decline or a removal, how long before the same person may ask again (each ask
    # tells the convenor): the convenor's answer stands that long.
    ASK_AGAIN_AFTER_DAYS = 30
    STANDING = (Status.DECLINED, Status.REMOVED)

    community = models.ForeignKey(
        CommunityOfPractice, on_delete=models.CASCADE, related_name="join_requests"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests"
    )
    message = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    # Who approved or declined it and when; for a removal or a closing, who ended it and when.
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # When they left the community (or were removed from it, or it closed), or took their
    # request back before anyone decided it.
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One live request a person a community: a double click asks once; after a
            # refusal or leaving they may ask again.
            models.UniqueConstraint(
                fields=["community", "user"],
                condition=models.Q(status__in=["pending", "approved"]),
                name="one_live_join_request",
            )
        ]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} asks to join {self.community}"
