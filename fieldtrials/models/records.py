"""What is kept around each field trial: milestones, the incubation offer, support, Power to
Innovate requests, brokered relationships and risks."""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nextpractice.dates import done_date_problem
from nextpractice.records.models import KeptRecord
from nextpractice.words import long_date, shortened, without_full_stop

from .trials import FieldTrial


def _trial_fk(related_name):
    return models.ForeignKey(FieldTrial, on_delete=models.CASCADE, related_name=related_name)


def _author():
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )


def _words(text):
    """What a title or description says, whatever its case, spacing or closing full stop."""
    return " ".join(str(text).casefold().split()).rstrip(" .")


def same_words(text, others):
    """The first of `others` (a trial's few current milestones or open risks, on one day)
    that says what `text` says, as it is written there; None if none does."""
    said = _words(text)
    return next((other for other in others if _words(other) == said), None)


def words_key(text):
    """What `text` says (_words), as a digest short enough for an index entry: two texts
    have the same key when same_words finds them the same."""
    return hashlib.sha256(_words(text).encode()).hexdigest()


class _KeptByWords:
    """A record whose `words_field` is compared by its words_key, stored in `key_field` on
    each save, by a unique constraint that clean() (setting the key too) says first."""

    words_field = key_field = ""

    def validate_constraints(self, exclude=None):
        # The key is the words': once they are refused, clean() has said why beside them,
        # and the constraint has nothing to add.
        if exclude and self.words_field in exclude:
            exclude = {*exclude, self.key_field}
        super().validate_constraints(exclude=exclude)

    def save(self, *args, **kwargs):
        setattr(self, self.key_field, words_key(getattr(self, self.words_field)))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and self.words_field in update_fields:
            kwargs["update_fields"] = {*update_fields, self.key_field}
        super().save(*args, **kwargs)


class Milestone(_KeptByWords, KeptRecord):
    """Something the trial means to have done by a date."""

    words_field, key_field = "title", "title_key"

    field_trial = _trial_fk("milestones")
    title = models.CharField(max_length=200)
    due_on = models.DateField("due")
    completed_on = models.DateField("completed", null=True, blank=True)
    notes = models.TextField(blank=True)
    created_by = _author()
    created_at = models.DateTimeField(default=timezone.now)
    # What the title says, whatever its case, spacing or closing full stop (words_key): what
    # the once-a-day constraint compares, as clean() does. Set on each save.
    title_key = models.CharField(max_length=64, default="", editable=False)
    history = HistoricalRecords(excluded_fields=["title_key"])

    class Meta:
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["field_trial", "completed_on", "due_on"])]
        constraints = [
            # The same milestone added twice (a second tab) is refused: the same title due
            # the same day. A step that comes round again ("Termly review") is due on
            # another day; a withdrawn one's title may be used again. The same words in
            # other capitals or spacing are the same title: compared by their key, which
            # clean() compares too and says first, so two sent at the same moment are
            # decided here.
            models.UniqueConstraint(
                fields=["field_trial", "title_key", "due_on"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="milestone_once_a_day",
                violation_error_message="This trial already has this milestone due that day",
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        self.title = (self.title or "").strip()
        self.title_key = words_key(self.title)
        if self.field_trial_id is None or not self.title or self.withdrawn_at:
            return
        others = self.current_others(field_trial_id=self.field_trial_id, due_on=self.due_on)
        same = same_words(self.title, others.values_list("title", flat=True))
        if self.due_on and same is not None:
            called = f"a milestone called “{shortened(same, 80)}”"
            due = f"due on {long_date(self.due_on)}"
            raise ValidationError({"title": f"{self.field_trial.title} already has {called} {due}"})

    @property
    def is_overdue(self):
        """Past due and not done; a withdrawn milestone is no longer due."""
        return (
            not self.is_withdrawn
            and self.completed_on is None
            and self.due_on < timezone.localdate()
        )


class OfferElement(models.TextChoices):
    """The ten elements of the incubation offer, in seed 000's words and order (its figure
    "The incubation 'offer' to identified trials"; nextpractice/tests/test_seed_words.py
    reads the seed to check them)."""

    IDEAS_POOL = "ideas_pool", "Access to a wider ideas pool"
    CREATIVE_SPACE = "creative_space", "Creative space (to incubate ideas)"
    SAFER_SPACE = "safer_space", "Safer space (to legitimate experimentation)"
    GATEWAY = "gateway", "Gateway to departmental teams"
    OBSTACLE_REMOVAL = "obstacle_removal", "Obstacle removal (e.g. Power to Innovate)"
    CHANGE_SUPPORT = "change_support", "Support for the change and development process"
    PRACTICE = "practice", "Access to practice of interest"
    EVALUATION = "evaluation", "Co-design of evaluation"
    CONFIDENCE = "confidence", "Confidence and moral support"
    SOCIAL_CAPITAL = "social_capital", "Social capital and connection (between schools and beyond)"


class OfferUse(KeptRecord):
    """One element of the incubation offer a trial drew on: asked for, given, when, by whom."""

    field_trial = _trial_fk("offer_uses")
    element = models.CharField(max_length=30, choices=OfferElement.choices)
    asked_for = models.TextField("what the trial asked for")
    given = models.TextField("what was given", blank=True)
    given_on = models.DateField("when", null=True, blank=True)
    given_by = models.CharField("by whom", max_length=200, blank=True)
    created_by = _author()
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["element", "created_at"]
        indexes = [models.Index(fields=["field_trial", "element"])]

    def __str__(self):
        return f"{self.get_element_display()} for {self.field_trial}"

    def clean(self):
        # Given on 1 January 0001, the trial's report printed "on 1 January 0001". One kept
        # from before may still be withdrawn; a correction is checked.
        if self.given_on and self.field_trial_id and not self.is_withdrawn:
            programme = self.field_trial.project.programme
            if problem := done_date_problem(self.given_on, programme, "date it was given"):
                raise ValidationError({"given_on": problem})


class SupportSession(KeptRecord):
    """Consultancy and other support given to a trial."""

    class Kind(models.TextChoices):
        CONSULTANCY = "consultancy", "Consultancy session"
        CHANGE_LEADERSHIP = "change_leadership", "Change Leadership Model session"
        WORKSHOP = "workshop", "Workshop"
        VISIT = "visit", "Visit"
        BROKERING = "brokering", "Brokering"
        REMOTE = "remote", "Telephone or e-mail"
        OTHER = "other", "Other"

    field_trial = _trial_fk("support_sessions")
    held_on = models.DateField("date")
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="support_given"
    )
    kind = models.CharField(max_length=30, choices=Kind.choices)
    hours = models.DecimalField(max_digits=5, decimal_places=2)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["field_trial", "held_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__gt=0) & models.Q(hours__lte=24),
                name="support_hours_in_a_day",
            )
        ]

    def __str__(self):
        held = f"{self.held_on:%-d %B %Y}" if self.held_on else "a day not given"
        return f"{self.get_kind_display()} on {held}"

    def clean(self):
        # Held on 1 January 0001, it was counted in the trial's support log. One kept from
        # before may still be withdrawn; a correction is checked.
        if self.held_on and self.field_trial_id and not self.is_withdrawn:
            programme = self.field_trial.project.programme
            if problem := done_date_problem(self.held_on, programme, "date of the session"):
                raise ValidationError({"held_on": problem})


class PowerToInnovateRequest(KeptRecord):
    """A request to vary a regulation that constrains a trial; the Secretary of State decides.

    Its state is its course (a draft, submitted, decided, or withdrawn by the trial); being
    withdrawn as a record (KeptRecord, with a reason) takes it out of lists and counts."""

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        GRANTED = "granted", "Granted"
        REFUSED = "refused", "Refused"
        WITHDRAWN = "withdrawn", "Withdrawn"

    field_trial = _trial_fk("power_to_innovate_requests")
    regulation = models.CharField("the regulation that constrains the trial", max_length=300)
    variation_sought = models.TextField("the variation sought")
    case = models.TextField("the case for it")
    advice = models.TextField("the Innovation Unit's advice", blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    submitted_on = models.DateField(null=True, blank=True)
    decided_on = models.DateField(null=True, blank=True)
    # While withdrawn from its course (a draft or submitted, now "withdrawn"): the state it
    # was in, where restoring it returns it. "" otherwise (a decided request keeps its state).
    state_when_withdrawn = models.CharField(
        max_length=20, choices=State.choices, blank=True, editable=False
    )
    created_by = _author()
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state"])]

    def __str__(self):
        return f"Power to Innovate: {self.regulation}"

    @property
    def is_open(self):
        return not self.is_withdrawn and self.state in (self.State.DRAFT, self.State.SUBMITTED)

    @property
    def state_on_its_course(self):
        """Its state, or, withdrawn from its course, the one it was withdrawn from (where
        restoring it returns it)."""
        if self.is_withdrawn and self.state_when_withdrawn:
            return self.state_when_withdrawn
        return self.state


class BrokeredRelationship(KeptRecord):
    """A relationship the agency brokers for a trial: an investor, a research body..."""

    class Kind(models.TextChoices):
        INVESTOR = "investor", "Investor"
        RESEARCH = "research", "Research body"
        POLICY = "policy", "Policy team"
        HEALTH = "health", "Health service"
        BUSINESS = "business", "Business"
        OTHER = "other", "Other"

    class State(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        INTRODUCED = "introduced", "Introduced"
        ACTIVE = "active", "Working together"
        ENDED = "ended", "Ended"

    field_trial = _trial_fk("brokered_relationships")
    with_whom = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PROPOSED)
    notes = models.TextField(blank=True)
    created_by = _author()
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.with_whom


# An open risk scoring this or more (likelihood x impact, each low 1, medium 2, high 3) is
# serious: high likelihood or impact, the other at least medium. Shown red on the register,
# named under "Needs attention" on the home page and in progress reports.
SERIOUS_RISK = 6


class Risk(_KeptByWords, KeptRecord):
    """A risk to a trial: Next Practice is risky by definition, and the agency shares it."""

    words_field, key_field = "description", "description_key"

    class Level(models.IntegerChoices):
        LOW = 1, "Low"
        MEDIUM = 2, "Medium"
        HIGH = 3, "High"

    field_trial = _trial_fk("risks")
    description = models.TextField()
    likelihood = models.PositiveSmallIntegerField(choices=Level.choices)
    impact = models.PositiveSmallIntegerField(choices=Level.choices)
    owner = models.CharField(max_length=200)
    mitigation = models.TextField(blank=True)
    # Said as the form offers it, in its history too: "Status: from Open to Closed".
    is_open = models.BooleanField(
        "status", default=True, choices=[(True, "Open"), (False, "Closed")]
    )
    created_by = _author()
    created_at = models.DateTimeField(default=timezone.now)
    # What the description says, whatever its case, spacing or closing full stop (words_key):
    # what the open-once constraint compares, as clean() does. Set on each save.
    description_key = models.CharField(max_length=64, default="", editable=False)
    history = HistoricalRecords(excluded_fields=["description_key"])

    class Meta:
        ordering = ["-is_open", "-likelihood", "-impact", "id"]
        constraints = [
            # The same risk added twice (a second tab) is refused while it is open; closed or
            # withdrawn, it may be recorded again. The same words in other capitals or
            # spacing are the same risk: compared by their key, which clean() compares too
            # and says first, so two sent at the same moment are decided here.
            models.UniqueConstraint(
                fields=["field_trial", "description_key"],
                condition=models.Q(is_open=True, withdrawn_at__isnull=True),
                name="risk_open_once",
                violation_error_message="This trial already has an open risk like this one",
            )
        ]

    def __str__(self):
        return shortened(self.description, 80)

    def clean(self):
        self.description = (self.description or "").strip()
        self.description_key = words_key(self.description)
        if self.field_trial_id is None or not self.description:
            return
        if not self.is_open or self.withdrawn_at:
            return
        others = self.current_others(field_trial_id=self.field_trial_id, is_open=True)
        same = same_words(self.description, others.values_list("description", flat=True))
        if same is not None:
            called = f"an open risk called “{shortened(same, 80)}”"
            raise ValidationError({"description": f"{self.field_trial.title} already has {called}"})

    @property
    def score(self):
        return self.likelihood * self.impact

    @property
    def in_a_line(self):
        """The description as a line goes on after it, with the risk's likelihood and impact:
        without its own full stop ("…cannot start, high likelihood, high impact")."""
        return without_full_stop(self.description)
