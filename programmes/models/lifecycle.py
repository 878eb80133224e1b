"""Programmes, their projects, and who belongs to each."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation, Role
from nextpractice.records.models import Versioned, Withdrawable
from nextpractice.words import in_a_list, long_date


class Stage(models.TextChoices):
    """The five stages of the three diamonds, in order."""

    ANALYSE_NEED = "analyse_need", "Analyse need"
    SCAN_HORIZON = "scan_horizon", "Scan the horizon"
    GENERATE_OPTIONS = "generate_options", "Generate creative options"
    INCUBATE = "incubate", "Incubate"
    SYSTEM_LEARNING = "system_learning", "System learning"


class Programme(Versioned):
    """A programme of innovation work, such as Next Practice 2006-8 or an innovation zone."""

    class Kind(models.TextChoices):
        PROGRAMME = "programme", "Innovation programme"
        ZONE = "zone", "Innovation zone (run by a partnership)"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PROGRAMME)
    summary = models.TextField(blank=True)
    lead_organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="programmes_led"
    )
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["start_date", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("programmes:programme_detail", args=[self.pk])

    @property
    def has_ended(self):
        """Has its end date passed? Its end date is its last day."""
        return self.end_date is not None and self.end_date < timezone.localdate()

    @property
    def choice_label(self):
        """Its name in a picker, saying when it ended (programme_choice_label)."""
        return programme_choice_label(self.name, self.end_date)

    def clean(self):
        """A new end date still holds its open projects (neither closed nor withdrawn): it
        is not before the planned end of any of them, nor in the past while any is open,
        since a programme that has ended runs no projects (its monthly reports stop). One
        message beside the end date names them (_open_projects_past). An end date saved
        before is not asked again: a programme whose end passed with a project still open
        can have its other details corrected. Called under the programme's row lock when its
        details are saved (nextpractice.records)."""
        super().clean()
        end = self.end_date
        if self.pk is None or end is None:
            return
        saved = Programme.objects.filter(pk=self.pk).values_list("end_date", flat=True).first()
        if end == saved:
            return
        projects = self.projects.current().filter(closed_on__isnull=True)
        projects = projects.order_by("title", "pk").only(
            "title", "start_date", "planned_duration_months"
        )
        problem = _open_projects_past(list(projects), end, timezone.localdate())
        if problem:
            raise ValidationError({"end_date": problem})


def programme_choice_label(name, end_date):
    """A programme's name in a picker: "Next Practice 2006-8 (ended 19 Dec 2008)" once its
    end date has passed, so that it does not read as one still running."""
    if end_date is not None and end_date < timezone.localdate():
        return f"{name} (ended {end_date.day} {end_date:%b %Y})"
    return name


def running_first(programmes, *then):
    """`programmes` (a queryset) with those running first, then those that have ended, each
    by `then` (start date and name, unless given): a list is read for current work first."""
    ended = models.Case(
        models.When(end_date__lt=timezone.localdate(), then=models.Value(1)),
        default=models.Value(0),
    )
    return programmes.order_by(ended, *(then or ("start_date", "name")))


def _open_projects_past(projects, end, today):
    """What an end date `end` says of open `projects`, or None when it holds them all: one
    planned to run past it ("System Leadership is still open and planned to run until 31 July
    2027, after this date. Close System Leadership first, or change its plan, or end the
    programme on or after 31 July 2027."), or, `end` in the past, any ("This date is in the
    past, but …"); for more than one, "2 projects are …", the first TRIALS_NAMED named."""
    if end < today:
        holding = projects
    else:
        holding = [project for project in projects if project.planned_end > end]
    if not holding:
        return None
    earliest = long_date(max([today, *(project.planned_end for project in projects)]))
    otherwise = f"end the programme on or after {earliest}"
    if len(holding) == 1:
        title, until = holding[0].title, long_date(holding[0].planned_end)
        if end < today:
            return (
                f"This date is in the past, but {title} is still open (planned to run until "
                f"{until}). Close {title} first, or {otherwise}."
            )
        return (
            f"{title} is still open and planned to run until {until}, after this date. Close "
            f"{title} first, or change its plan, or {otherwise}."
        )
    named = in_a_list(
        [f"{p.title} (until {long_date(p.planned_end)})" for p in holding], most=TRIALS_NAMED
    )
    if end < today:
        return (
            f"This date is in the past, but {len(holding)} projects are still open: {named}. "
            f"Close them first, or {otherwise}."
        )
    return (
        f"{len(holding)} projects are still open and planned to run after this date: "
        f"{named}. Close them first, or change their plans, or {otherwise}."
    )


# A project's title is its name in its programme: one project, not withdrawn, has it.
PROJECT_TITLE_TAKEN = "This programme already has a project with that title"


class Project(Withdrawable):
    """One policy area of a programme, moving through the three diamonds."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="projects")
    title = models.CharField(max_length=200)
    policy_area = models.CharField(max_length=200, blank=True)
    partner_agency = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects_partnered",
        help_text="The national agency whose core business this area is, if any.",
    )
    start_date = models.DateField()
    planned_duration_months = models.PositiveSmallIntegerField(default=18)
    stage = models.CharField(max_length=30, choices=Stage.choices, default=Stage.ANALYSE_NEED)
    stage_entered_at = models.DateTimeField(default=timezone.now)
    narrative = models.TextField(
        "current-state narrative",
        blank=True,
        help_text="The current state of the English system in this area, as the need analysis "
        "finds it.",
    )
    # Optimistic concurrency for the narrative: a save must name the version it edited.
    narrative_version = models.PositiveIntegerField(default=0)
    narrative_updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    narrative_updated_at = models.DateTimeField(null=True, blank=True)
    lead_officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects_led",
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Closed from System learning, its last stage (programmes.services.close_project): the
    # day it finished and a short note; reopened, both are cleared (its history keeps them).
    closed_on = models.DateField(null=True, blank=True, editable=False)
    closed_note = models.TextField(blank=True, editable=False)
    # Withdrawn (Withdrawable), when it was added by mistake: it leaves every list and search;
    # its page is its officers' only, to restore it (which clears who, when and why; its
    # history keeps them). Its title may be given to another project meanwhile: it is not
    # restored while one has it (services.restore_project).

    class Meta:
        ordering = ["programme", "start_date", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "title"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="project_unique_title",
                violation_error_message=PROJECT_TITLE_TAKEN,
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("programmes:project_detail", args=[self.pk])

    @property
    def stage_index(self):
        return STAGE_ORDER.index(self.stage)

    @property
    def planned_end(self):
        return add_months(self.start_date, self.planned_duration_months)

    @property
    def is_closed(self):
        return self.closed_on is not None

    @property
    def takes_changes(self):
        """Whether its records may be added to or changed: not while it is withdrawn (until
        it is restored), nor once it is closed (until it is reopened), apart from its Phase
        3 learning, which keeps coming after it closes (evaluation.rules.LEARNING)."""
        return not self.is_withdrawn and not self.is_closed

    def clean(self):
        """Its plan ends by its programme's end (_plan_past_the_programme), and its dates
        still hold its field trials that are under way (not completed nor withdrawn), which
        must start and end within them (fieldtrials.services.trial): a start after a trial's
        start, or a planned end before a trial's end, is refused, one message for each date
        naming the trials. A completed trial's dates are history: they do not hold the plan.
        Called under the programme's and the project's row locks when a project is added or
        its details are saved (services.create_project, programmes.kinds)."""
        super().clean()
        if self.start_date is None or not self.planned_duration_months:
            return
        errors = {}
        if past := self._plan_past_the_programme():
            errors["planned_duration_months"] = [past]
        if self.pk is None:
            if errors:
                raise ValidationError(errors)
            return
        first, last = self.start_date, self.planned_end
        ended = self.field_trials.model.Status
        trials = self.field_trials.exclude(status__in=[ended.COMPLETED, ended.WITHDRAWN])
        early, late = [], []
        for trial in trials.order_by("title", "pk").only("title", "start_date", "end_date"):
            if trial.start_date and trial.start_date < first:
                early.append(trial)
            ends = trial.end_date or trial.start_date
            if ends and ends > last:
                late.append(trial)
        if early:
            errors["start_date"] = _trials_outside(
                early, "start", "before this date", "or choose an earlier start"
            )
        if late:
            errors.setdefault("planned_duration_months", []).append(
                _trials_outside(
                    late,
                    "end",
                    f"after the planned end these dates give ({long_date(last)})",
                    "or choose a later end",
                )
            )
        if errors:
            raise ValidationError(errors)

    def _plan_past_the_programme(self):
        """Why its plan may not end when these dates say (after its programme's end: see
        plan_past_programme_end), or None. A plan already saved is not asked again, so that
        a project whose plan was made before its programme's end was set can still have its
        other details corrected."""
        if self.programme_id is None:
            return None
        if self.pk is not None:
            saved = Project.objects.filter(pk=self.pk)
            saved = saved.values_list("start_date", "planned_duration_months").first()
            if saved == (self.start_date, self.planned_duration_months):
                return None
        return plan_past_programme_end(
            self.programme.end_date, self.start_date, self.planned_duration_months
        )

    @property
    def starts_later(self):
        """Is its planned start still ahead? (A project may be added before it starts.)"""
        return self.start_date > timezone.localdate()

    def first_stage_entered_on(self, moves=()):
        """The day the project actually entered Analyse need: the day it was added here, not
        its planned start date, which may be months ahead or back-dated (or, in a history
        recorded after the fact, the day of its first stage move if that was earlier).
        `moves` are its stage moves, oldest first."""
        added = timezone.localdate(self.created_at)
        if moves:
            return min(added, timezone.localdate(moves[0].created_at))
        return added


def plan_past_programme_end(programme_end, start, months):
    """What a project's plan of `months` from `start` is told when it ends after its
    programme's end `programme_end` ("The programme ends on 31 July 2027: plan the project to
    end by then (from this start, at most 14 months), or move the programme's end date first
    (its programme officers can)"), or None when it ends by then or the programme is open-ended."""
    if programme_end is None or add_months(start, months) <= programme_end:
        return None
    fits = 0
    while add_months(start, fits + 1) <= programme_end:
        fits += 1
    if fits >= MIN_PLANNED_MONTHS:
        room = f"from this start, at most {fits} months"
    else:
        room = f"this start is less than {MIN_PLANNED_MONTHS} months before then: start earlier"
    return (
        f"The programme ends on {long_date(programme_end)}: plan the project to end by then "
        f"({room}), or move the programme's end date first (its programme officers can)"
    )


# The shortest plan a project is given (forms.lifecycle.ProjectForm).
MIN_PLANNED_MONTHS = 3


# How many trials a date's message names before it counts the rest ("and 12 more").
TRIALS_NAMED = 5


def withdrawn_project_of(obj):
    """The withdrawn project `obj` is, or belongs to (a field trial's, an option's, a
    team's: its `project`), or None (a programme, a community, a project not withdrawn):
    nothing of it changes until it is restored (its trials are withdrawn first)."""
    project = obj if isinstance(obj, Project) else getattr(obj, "project", None)
    return project if project is not None and project.is_withdrawn else None


def shut_project_of(obj):
    """The project `obj` is, or belongs to (as withdrawn_project_of), when it takes no
    changes: withdrawn, or closed (Project.takes_changes); else None."""
    project = obj if isinstance(obj, Project) else getattr(obj, "project", None)
    return project if project is not None and not project.takes_changes else None


def _trials_outside(trials, verb, where, otherwise):
    """One message for the trials that `verb` ("start", "end") `where` ("before this date"):
    "Beacon Trial ends on 31 January 2028, after …. Change its dates first, or …" for one;
    for more, "3 field trials end after …: Beacon Trial (31 January 2028), … and Delta Trial
    (…). Change their dates first, or …", the first TRIALS_NAMED named. A trial with no end
    yet whose start is past the planned end is said by its start."""

    def when(trial):
        if verb == "end" and trial.end_date:
            return "ends", trial.end_date
        return "starts", trial.start_date

    def day(trial):
        said, on = when(trial)
        return long_date(on) if said == f"{verb}s" else f"{said} {long_date(on)}"

    if len(trials) == 1:
        said, on = when(trials[0])
        return (
            f"{trials[0].title} {said} on {long_date(on)}, {where}. Change its dates first, "
            f"{otherwise}."
        )
    named = in_a_list([f"{t.title} ({day(t)})" for t in trials], most=TRIALS_NAMED)
    return (
        f"{len(trials)} field trials {verb} {where}: {named}. Change their dates first, "
        f"{otherwise}."
    )


STAGE_ORDER = [s.value for s in Stage]


def add_months(day, months):
    """The same day `months` later (clamped to the month's end)."""
    import calendar

    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


class StageMove(models.Model):
    """A project moving from one stage to another: who, when, why, and what was overridden."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="stage_moves")
    from_stage = models.CharField(max_length=30, choices=Stage.choices)
    to_stage = models.CharField(max_length=30, choices=Stage.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True)
    overridden = models.BooleanField(
        default=False, help_text="Moved on although a gate on the way did not hold."
    )
    # What was missing at the moment of the move, per gate overridden.
    unmet = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["project", "created_at"])]

    def __str__(self):
        return f"{self.project}: {self.get_from_stage_display()} to {self.get_to_stage_display()}"

    @property
    def missing_then(self):
        """What was missing at the move, in sentences: "Analyse need: No project objective
        … agree at least one objective. Scan the horizon: …" (each reason is a sentence of
        its own; joined with ";" they read ".;")."""
        sentences = []
        for gate in self.unmet:
            reason = str(gate.get("reason", "")).strip()
            if reason and not reason.endswith((".", "!", "?")):
                reason += "."
            sentences.append(f"{gate.get('stage', '')}: {reason}")
        return " ".join(sentences)

    @property
    def direction(self):
        if STAGE_ORDER.index(self.to_stage) < STAGE_ORDER.index(self.from_stage):
            return "back"
        return "forward"


class ProgrammeMembership(models.Model):
    """A person's role in a whole programme (officers of a programme see all its projects)."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programme_memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["programme", "user"], name="programme_member_once")
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}) in {self.programme}"


class ProjectMembership(models.Model):
    """A person's role in one project."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="project_member_once")
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}) in {self.project}"
