"""System learning: lessons, case studies, and what partner agencies took up."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from accounts.models import Organisation
from nextpractice.dates import done_date_problem
from nextpractice.records.models import KeptRecord

from .subjects import Subject, exactly_one, programme_of


class Tag(models.Model):
    """A theme a lesson is tagged with."""

    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name"]
        constraints = [
            # One tag a theme whatever the case of its letters: "Leadership" and "leadership"
            # typed at the same moment make one (evaluation.services.themes_named).
            models.UniqueConstraint(
                Lower("name"),
                name="tag_name_once_any_case",
                violation_error_message="There is already a theme with that name",
            )
        ]

    def __str__(self):
        return self.name


class Lesson(Subject, KeptRecord):
    """What was learned from a field trial, project or programme."""

    title = models.CharField(max_length=200)
    text = models.TextField("what was learned")
    themes = models.ManyToManyField(Tag, blank=True, related_name="lessons")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta(Subject.Meta):
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.title


class CaseStudy(Subject, KeptRecord):
    """A model of Next Practice in action, published from a trial, project or programme."""

    title = models.CharField(max_length=200)
    summary = models.TextField()
    url = models.URLField("link", max_length=500, blank=True)
    published_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta(Subject.Meta):
        ordering = ["created_at", "id"]
        verbose_name_plural = "case studies"

    def __str__(self):
        return self.title

    def clean(self):
        # Published on 1 January 0001 or 31 December 9999 was kept. One kept from before may
        # still be withdrawn; a correction is checked.
        subject = self.subject
        if self.published_on and subject is not None and not self.is_withdrawn:
            day, programme = self.published_on, programme_of(subject)
            if problem := done_date_problem(day, programme, "date in “Published elsewhere on”"):
                raise ValidationError({"published_on": problem})


class TakeUp(KeptRecord):
    """A lesson or case study taken up by a partner agency: how learning transfers."""

    lesson = models.ForeignKey(
        Lesson, on_delete=models.CASCADE, null=True, blank=True, related_name="take_ups"
    )
    case_study = models.ForeignKey(
        CaseStudy, on_delete=models.CASCADE, null=True, blank=True, related_name="take_ups"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    taken_up_on = models.DateField("when")
    how = models.TextField("how it was taken up")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-taken_up_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=exactly_one("lesson", "case_study"), name="takeup_one_source"
            )
        ]

    def __str__(self):
        return f"Taken up by {self.organisation}: {self.item}"

    @property
    def item(self):
        """The lesson or case study taken up."""
        return self.lesson or self.case_study

    @property
    def subject(self):
        return self.item.subject

    def clean(self):
        # Taken up on 1 January 0001 or 31 December 9999 was kept. One kept from before may
        # still be withdrawn; a correction is checked.
        item = self.item
        if self.taken_up_on and item is not None and not self.is_withdrawn:
            day, programme = self.taken_up_on, programme_of(item.subject)
            if problem := done_date_problem(day, programme, "date it was taken up"):
                raise ValidationError({"taken_up_on": problem})
