"""Discussions: threads of posts on a field trial, a project, an option or a community of
practice."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from nextpractice.records.models import KeptRecord

BODY_MAX_LENGTH = 10_000

# What a thread can be about: its field on Thread, and its name in URLs.
SUBJECT_FIELDS = ("field_trial", "project", "option", "community")
KIND_OF_FIELD = {
    "field_trial": "field-trials",
    "project": "projects",
    "option": "options",
    "community": "communities",
}


def exactly_one(*fields):
    """A condition that holds when exactly one of `fields` is set."""
    condition = None
    for chosen in fields:
        one = Q(**{f"{chosen}__isnull": False})
        for other in fields:
            if other != chosen:
                one &= Q(**{f"{other}__isnull": True})
        condition = one if condition is None else condition | one
    return condition


def _subject_key(model):
    return models.ForeignKey(
        model, on_delete=models.CASCADE, null=True, blank=True, related_name="threads"
    )


class Thread(models.Model):
    """A conversation on a field trial, a project, a creative option or a community of
    practice (exactly one); its first post opens it."""

    field_trial = _subject_key("fieldtrials.FieldTrial")
    project = _subject_key("programmes.Project")
    option = _subject_key("programmes.CreativeOption")
    community = _subject_key("fieldtrials.CommunityOfPractice")
    # A field trial's thread started from one of its monthly updates ("Start a discussion
    # about this update"): listed on that update's page.
    monthly_update = models.ForeignKey(
        "fieldtrials.MonthlyUpdate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="threads",
    )
    title = models.CharField(max_length=200)
    officers_only = models.BooleanField(
        "for officers only",
        default=False,
        help_text="Only the programme officers of what it is about see it.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Moved on by each post, so the list shows the liveliest first without a subquery.
    last_posted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-last_posted_at", "-pk"]
        indexes = [
            models.Index(fields=["field_trial", "-last_posted_at"]),
            models.Index(fields=["project", "-last_posted_at"], name="discussions_project_idx"),
            models.Index(fields=["option", "-last_posted_at"], name="discussions_option_idx"),
            models.Index(fields=["community", "-last_posted_at"], name="discussions_community_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=exactly_one(*SUBJECT_FIELDS), name="discussions_thread_one_subject"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("discussions:thread_detail", args=[self.pk])

    def clean(self):
        update = self.monthly_update
        if update is not None and update.field_trial_id != self.field_trial_id:
            raise ValidationError("A discussion of a monthly update is on the update's trial.")

    @property
    def subject_field(self):
        """'field_trial', 'project', 'option' or 'community'."""
        for name in SUBJECT_FIELDS:
            if getattr(self, f"{name}_id"):
                return name
        return None

    @property
    def kind(self):
        """The subject's kind as URLs name it ("field-trials", "projects"...)."""
        return KIND_OF_FIELD[self.subject_field]

    @property
    def subject(self):
        """The trial, project, option or community the thread is about."""
        return getattr(self, self.subject_field)

    def set_subject(self, subject):
        setattr(self, field_of(subject), subject)
        return self


def field_of(subject):
    """The Thread field that points at `subject` (a trial, project, option or community)."""
    label = subject._meta.label_lower
    return {
        "fieldtrials.fieldtrial": "field_trial",
        "programmes.project": "project",
        "programmes.creativeoption": "option",
        "fieldtrials.communityofpractice": "community",
    }[label]


class Post(KeptRecord):
    """What someone wrote in a thread, in Markdown. Withdrawn, it stays in place as
    "removed by ..." so the replies after it still read; edited, its earlier words are kept
    (PostRevision)."""

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
        return f"{self.thread.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        """Its id on its discussion's page."""
        return f"post-{self.pk}"

    @property
    def is_edited(self):
        return self.changed_at is not None


class PostRevision(models.Model):
    """A post's words as they were before an edit: version `version` of the post."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    body = models.TextField(max_length=BODY_MAX_LENGTH)
    # When these words were written (the post's creation, or the edit that wrote them).
    written_at = models.DateTimeField()
    replaced_at = models.DateTimeField(default=timezone.now)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["post", "version"], name="discussions_one_revision")
        ]

    def __str__(self):
        return f"Version {self.version} of {self.post}"


def attachment_path(instance, filename):
    # Stored under the thread, never under the static root; served only by a checked view.
    return f"discussions/{instance.post.thread_id}/{instance.post_id}/{filename}"


class Attachment(models.Model):
    """A file attached to a post, checked by its content on upload (nextpractice.uploads)
    and given only to those who may read the post's thread."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=300)
    # The name as the person's file had it (nextpractice.uploads.clean_filename): storage
    # keeps the file under a safer name ("Plan "final".pdf" as "Plan_final.pdf").
    original_name = models.CharField(max_length=255, blank=True)
    file_type = models.CharField(max_length=100, help_text="As detected from content")
    size = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("discussions:attachment_download", args=[self.pk])

    @property
    def name(self):
        """The name it is shown and downloaded under: as uploaded; for a file kept before
        that was recorded, as stored."""
        return self.original_name or self.file.name.rsplit("/", 1)[-1]
