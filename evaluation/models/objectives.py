"""Objectives with progress recorded against them over time, the groups that record it, and
monthly highlight reports."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nextpractice.dates import before_programme_problem, not_in_future_problem
from nextpractice.records.models import KeptRecord
from nextpractice.words import shortened

from .subjects import ProgrammeOrProject, Subject, programme_of

# Said by clean() beside the name, and by the constraint when another request saved the
# same name between clean()'s read and its own (its default words were "Constraint … is
# violated").
GROUP_NAME_TAKEN = "This programme already has a group with that name"


class LocalityGroup(KeptRecord):
    """A named group that records progress for a programme, such as each of Knowsley's two
    Innovation Zone project groups."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["name"]
        constraints = [
            # A withdrawn group's name may be used again.
            models.UniqueConstraint(
                fields=["programme", "name"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="locality_group_once",
                violation_error_message=GROUP_NAME_TAKEN,
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        # Asked here, whatever the case, so that every form says so beside the name (the
        # constraint, which a form without withdrawn_at does not check, decides a race).
        if self.programme_id is None or self.withdrawn_at or not self.name:
            return
        if self.current_others(programme_id=self.programme_id, name__iexact=self.name).exists():
            raise ValidationError({"name": GROUP_NAME_TAKEN})

    @property
    def subject(self):
        return self.programme


class Objective(Subject, KeptRecord):
    """An objective of a programme, project or field trial, against which progress and
    impact are recorded over time."""

    number = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Its number in the list, if the objectives are numbered"
    )
    text = models.TextField("objective")
    # The objective agreed in the project's Analyse need, when this is one: its wording is
    # the need objective's, and it is listed while that objective stays agreed.
    need_objective = models.OneToOneField(
        "programmes.Objective",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="evaluation_objective",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta(Subject.Meta):
        ordering = ["number", "created_at", "id"]
        constraints = [
            *Subject.Meta.constraints,
            # An agreed need objective is a project's: its evaluation objective is too.
            models.CheckConstraint(
                condition=models.Q(need_objective__isnull=True) | models.Q(project__isnull=False),
                name="evaluation_objective_need_of_project",
            ),
        ]

    def __str__(self):
        prefix = f"{self.number}. " if self.number else ""
        return f"{prefix}{shortened(self.wording, 100)}"

    @property
    def wording(self):
        """The words people read: an agreed need objective's own, corrected where it is.
        It heads its progress, or leads a list's line to a colon ("…by half-term: no
        progress recorded yet"), so a full stop (or comma, colon, semicolon) at its end is
        left off: it read "…by half-term.: no progress recorded yet"."""
        text = self.need_objective.text if self.need_objective_id else self.text
        return text.rstrip().rstrip(".,:;").rstrip()


class ProgressStatus(models.TextChoices):
    """Where an objective stands when progress is recorded (our scale: the seeds name none)."""

    NOT_STARTED = "not_started", "Not started"
    ON_TRACK = "on_track", "On track"
    AT_RISK = "at_risk", "At risk"
    ACHIEVED = "achieved", "Achieved"


class ProgressEntry(KeptRecord):
    """Progress or impact evidence recorded against an objective on a date, by a person, for
    a group where the programme has groups."""

    Status = ProgressStatus

    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="progress")
    group = models.ForeignKey(
        LocalityGroup,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="progress",
        help_text="The group whose progress this is, if the programme has groups",
    )
    recorded_on = models.DateField("date")
    what = models.TextField("progress and impact")
    status = models.CharField(max_length=20, choices=ProgressStatus.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["recorded_on", "id"]
        verbose_name_plural = "progress entries"

    def __str__(self):
        when = f"{self.recorded_on:%-d %B %Y}"
        return f"{self.get_status_display()} on {when}: {shortened(self.what, 60)}"

    @property
    def subject(self):
        return self.objective.subject

    def clean(self):
        problems = {}
        if self.group_id and self.objective_id:
            if self.group.programme_id != programme_of(self.objective.subject).pk:
                problems["group"] = "Choose a group of this objective's programme"
        # Progress dated 1/1/2030 read "Overall: Achieved on 1 January 2030" on the project's
        # page (its reports, bounded by their periods, still said "on track"). One kept from
        # before may still be withdrawn; a correction is checked.
        if self.recorded_on and self.objective_id and not self.is_withdrawn:
            day, what = self.recorded_on, "date of this progress"
            subject = self.objective.subject
            if problem := not_in_future_problem(day, what) or before_programme_problem(
                day, programme_of(subject), what
            ):
                problems["recorded_on"] = problem
        if problems:
            raise ValidationError(problems)


class HighlightReport(ProgrammeOrProject, KeptRecord):
    """A monthly highlight report on a programme or project (Knowsley's local authority
    wrote one a month for its Future Schooling Core group)."""

    class Rag(models.TextChoices):
        # Red/amber/green is our addition: the seeds name no scale.
        GREEN = "green", "Green"
        AMBER = "amber", "Amber"
        RED = "red", "Red"

    month = models.DateField(help_text="The first day of the month reported on")
    group = models.ForeignKey(
        LocalityGroup, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField("report")
    rag = models.CharField("red, amber or green", max_length=5, choices=Rag.choices, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta(ProgrammeOrProject.Meta):
        ordering = ["-month", "-id"]

    def __str__(self):
        return f"Highlight report for {self.month:%B %Y}"

    def clean(self):
        if self.month and self.month.day != 1:
            self.month = self.month.replace(day=1)
        if self.group_id and self.subject is not None:
            if self.group.programme_id != programme_of(self.subject).pk:
                raise ValidationError({"group": "Choose a group of this programme"})
