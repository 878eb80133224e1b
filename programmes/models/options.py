"""Generate creative options: workshops, the ideas they produce, and how reviewers screen them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from nextpractice.records.models import KeptRecord

from .horizon import Stimulus

# Said beside the title when adding or correcting an option, and by the constraint in a race.
OPTION_TITLE_TAKEN = "This project already has an option with this title: give this one another"


class Workshop(KeptRecord):
    """A session that brings practitioners, users and provocateurs together to generate ideas."""

    class Kind(models.TextChoices):
        FOCUS_GROUP = "focus_group", "Focus group"
        CREATIVE = "creative", "Creative workshop"
        FUTURES = "futures", "Futures thinking"
        SERVICE_DESIGN = "service_design", "Service design clinic"
        OPEN_SPACE = "open_space", "Open space"

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="workshops"
    )
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    held_on = models.DateField("date")
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["held_on", "id"]

    def __str__(self):
        return f"{self.title} ({self.held_on:%-d %B %Y})"


class WorkshopParticipant(models.Model):
    """Someone at a workshop, and what they bring: practice, use, policy, provocation."""

    class Kind(models.TextChoices):
        PRACTITIONER = "practitioner", "Practitioner"
        USER = "user", "Service user (student, parent, carer)"
        PROVOCATEUR = "provocateur", "Provocateur from another sector"
        POLICY = "policy", "Policy maker or national agency"
        THOUGHT_LEADER = "thought_leader", "Thought leader"

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    affiliation = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name


class CreativeOption(KeptRecord):
    """An idea for a field trial, screened against the Next Practice criteria."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        SHORTLISTED = "shortlisted", "Shortlisted"
        SELECTED = "selected", "Selected"
        PARKED = "parked", "Parked"
        DECLINED = "declined", "Declined"

    project = models.ForeignKey(
        "programmes.Project", on_delete=models.CASCADE, related_name="options"
    )
    title = models.CharField(max_length=200)
    description = models.TextField()
    proposed_by = models.CharField(max_length=200, blank=True)
    workshop = models.ForeignKey(
        Workshop, on_delete=models.SET_NULL, null=True, blank=True, related_name="options"
    )
    stimuli = models.ManyToManyField(Stimulus, blank=True, related_name="options")
    burning_platform = models.CharField(
        "burning platform",
        max_length=300,
        blank=True,
        help_text="The crisis it answers, if it was born of one (budget cuts, say). Options "
        "born of a crisis are also assessed with the radical efficiency test.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    decision_reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            # A withdrawn option's title may be used again.
            models.UniqueConstraint(
                fields=["project", "title"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="option_unique_title",
                violation_error_message=OPTION_TITLE_TAKEN,
            )
        ]
        indexes = [models.Index(fields=["project", "status"])]

    def __str__(self):
        return self.title

    def clean(self):
        # Whatever the case of its letters; a withdrawn option's title may be used again.
        self.title = (self.title or "").strip()
        if self.project_id is None or not self.title or self.withdrawn_at:
            return
        if self.current_others(project_id=self.project_id, title__iexact=self.title).exists():
            raise ValidationError({"title": OPTION_TITLE_TAKEN})

    def get_absolute_url(self):
        return reverse("programmes:option_detail", args=[self.pk])


class Judgement(models.IntegerChoices):
    """How far an option meets a criterion; the numbers let reviewers' views be compared."""

    YES = 2, "Yes"
    PARTLY = 1, "Partly"
    NO = 0, "No"


# The seven characteristics of Next Practice, in the seed's words (seed 000).
CHARACTERISTICS = [
    ("in_advance_of_evidence", "In advance of hard evidence of effectiveness"),
    (
        "not_yet_sanctioned",
        "Not (yet) officially sanctioned and therefore maybe entailing some risk",
    ),
    (
        "aware_of_best_practice",
        "Consciously designed with an awareness of the strengths and limitations of "
        "conventional 'best' practice",
    ),
    (
        "able_practitioners",
        "Generated by very able, informed practitioners aware of the existing knowledge base",
    ),
    ("scanning_informed", "Informed by critical scanning of the wider environment"),
    ("serious_problems", "Directed at serious, contemporary problems"),
    ("user_focused", "User focused"),
]

# The three tests of promise in seed 000's words: what a field trial holds "the promise also
# to deliver", with the question the seed asks of the second and the third (their order is
# the seed's; nextpractice/tests/test_seed_words.py reads the seed to check the words).
PROMISE_WORDING = [
    ("promise_outcomes", "Improvements in relevant outcomes", ""),
    (
        "promise_responsiveness",
        "Service responsiveness to needs of individuals and localities",
        "Will customer needs be better met?",
    ),
    (
        "promise_value",
        "Reductions in costs for a given set of outputs or increases in productivity",
        "Will the activity represent improved value for money?",
    ),
]
PROMISE_TESTS = [
    (name, f"{statement} ({question})" if question else statement)
    for name, statement, question in PROMISE_WORDING
]

# Radical efficiency (seed 003), for options born of a burning platform: all three must hold.
RADICAL_EFFICIENCY = [
    ("re_different", "Radically different"),
    ("re_lower_cost", "Much lower cost"),
    ("re_better", "Significantly better outcomes"),
]


def _judgement(label):
    return models.PositiveSmallIntegerField(label, choices=Judgement.choices)


def _note():
    return models.TextField(blank=True)


class Assessment(models.Model):
    """One reviewer's screening of an option against the Next Practice criteria."""

    class Change(models.IntegerChoices):
        MINOR = 0, "Minor change"
        MAJOR = 1, "Major change"

    class Distance(models.IntegerChoices):
        NEAR = 0, "Near to existing practice"
        FAR = 1, "Far from existing practice"

    class Horizon(models.TextChoices):
        NOW = "1", "Within a year"
        SHORT = "3", "In 1 to 3 years"
        MEDIUM = "5", "In 3 to 5 years"
        LONG = "10", "In 5 to 10 years"
        GENERATION = "15", "In a 10 or 15 year timeframe"

    option = models.ForeignKey(CreativeOption, on_delete=models.CASCADE, related_name="assessments")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessments"
    )
    in_advance_of_evidence = _judgement(CHARACTERISTICS[0][1])
    in_advance_of_evidence_note = _note()
    not_yet_sanctioned = _judgement(CHARACTERISTICS[1][1])
    not_yet_sanctioned_note = _note()
    aware_of_best_practice = _judgement(CHARACTERISTICS[2][1])
    aware_of_best_practice_note = _note()
    able_practitioners = _judgement(CHARACTERISTICS[3][1])
    able_practitioners_note = _note()
    scanning_informed = _judgement(CHARACTERISTICS[4][1])
    scanning_informed_note = _note()
    serious_problems = _judgement(CHARACTERISTICS[5][1])
    serious_problems_note = _note()
    user_focused = _judgement(CHARACTERISTICS[6][1])
    user_focused_note = _note()
    promise_outcomes = _judgement(PROMISE_TESTS[0][1])
    promise_outcomes_note = _note()
    promise_responsiveness = _judgement(PROMISE_TESTS[1][1])
    promise_responsiveness_note = _note()
    promise_value = _judgement(PROMISE_TESTS[2][1])
    promise_value_note = _note()
    change = models.PositiveSmallIntegerField("size of change", choices=Change.choices)
    distance = models.PositiveSmallIntegerField(
        "distance from existing practice", choices=Distance.choices
    )
    horizon = models.CharField("realisation horizon", max_length=2, choices=Horizon.choices)
    re_different = models.BooleanField(RADICAL_EFFICIENCY[0][1], null=True, blank=True)
    re_lower_cost = models.BooleanField(RADICAL_EFFICIENCY[1][1], null=True, blank=True)
    re_better = models.BooleanField(RADICAL_EFFICIENCY[2][1], null=True, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["option", "reviewer"], name="one_assessment_each")
        ]

    def __str__(self):
        return f"{self.reviewer} on {self.option}"

    @property
    def classification(self):
        return classify(self.change, self.distance)

    @property
    def characteristics_met(self):
        return sum(getattr(self, f) == Judgement.YES for f, _ in CHARACTERISTICS)

    @property
    def radically_efficient(self):
        values = [getattr(self, f) for f, _ in RADICAL_EFFICIENCY]
        if any(v is None for v in values):
            return None
        return all(values)


def classify(change, distance):
    """Hargreaves' 2x2: minor and near is incremental, major and far is radical."""
    if change is None or distance is None:
        return "unassessed"
    if change == Assessment.Change.MINOR and distance == Assessment.Distance.NEAR:
        return "incremental"
    if change == Assessment.Change.MAJOR and distance == Assessment.Distance.FAR:
        return "radical"
    return "between"
