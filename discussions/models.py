"""Discussions: threads of posts on a field trial."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from nextpractice.records.models import KeptRecord

BODY_MAX_LENGTH = 10_000


class Thread(models.Model):
    """A conversation on a field trial; its first post opens it."""

    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial", on_delete=models.CASCADE, related_name="threads"
    )
    title = models.CharField(max_length=200)
    officers_only = models.BooleanField(
        "for officers only",
        default=False,
        help_text="Only the project's programme officers see it.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Moved on by each post, so the list shows the liveliest first without a subquery.
    last_posted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-last_posted_at", "-pk"]
        indexes = [models.Index(fields=["field_trial", "-last_posted_at"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("discussions:thread_detail", args=[self.pk])


class Post(KeptRecord):
    """What someone wrote in a thread, in Markdown. Withdrawn, it stays in place as
    "removed by ..." so the replies after it still read."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(max_length=BODY_MAX_LENGTH)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Post in {self.thread}"

    def get_absolute_url(self):
        return f"{self.thread.get_absolute_url()}#post-{self.pk}"
