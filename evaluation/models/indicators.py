"""Indicators of a field trial with dated measurements, and its evaluation plan."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nextpractice.dates import not_in_future_problem
from nextpractice.records.models import KeptRecord, Versioned
from nextpractice.words import long_date, plain_number, shortened

from ..strands import STRAND_CHOICES, STRAND_LABELS, grouping_of

# Said by clean() beside the name, and by the constraint in a race (see
# objectives.GROUP_NAME_TAKEN).
INDICATOR_NAME_TAKEN = "This trial already has an indicator with that name"


class Direction(models.TextChoices):
    HIGHER = "higher", "Higher is better"
    LOWER = "lower", "Lower is better"


# Said beside a value, baseline or target out of 0 to 100 in a unit of percentages.
PERCENTAGE_RANGE = "A percentage must be between 0 and 100"


def is_percentage(unit):
    """Whether `unit` (free text) is a share out of 100: "%", "% of pupils", "per cent of
    leavers", "Percentage attending". Not "percentage points", which a gap or a change may
    be (a fall of 3 percentage points is -3)."""
    words = " ".join((unit or "").lower().split())
    if "point" in words:
        return False
    return words.startswith("%") or "per cent" in words or "percent" in words


def outside_percentage(unit, value):
    """Whether `value` cannot be a percentage in `unit`: below 0 or above 100."""
    return value is not None and is_percentage(unit) and not 0 <= value <= 100


# Said beside a value, baseline or target below 0 in a unit that counts things.
COUNT_BELOW_ZERO = "A count cannot be below 0: enter 0 or more"

# A unit that starts so counts things: "number of learners", "pupils taking part".
COUNTED = (
    "number of",
    "numbers of",
    "no. of",
    "count of",
    "pupils",
    "learners",
    "students",
    "children",
    "young people",
    "teachers",
    "leaders",
    "staff",
    "schools",
    "families",
    "parents",
)
# Words of a unit that may be below 0 whatever it counts: "change in number of pupils".
MAY_BE_NEGATIVE = ("change", "difference", "gap", "point", "score", "net ", "balance", "+/-", "±")


def is_count(unit):
    """Whether `unit` (free text) counts things, so that nothing in it is below 0: "number of
    learners", "pupils", "decisions a year", "exclusions per 100 pupils". Not a change, a gap,
    a difference or a score ("change in number of pupils" may be -3), nor a unit it cannot
    tell ("£", "days"), which may be any number as before."""
    words = " ".join((unit or "").lower().split())
    if not words or any(word in words for word in MAY_BE_NEGATIVE):
        return False
    return (
        words.startswith(COUNTED)
        or " per " in f" {words} "
        or words.endswith((" a year", " a term", " a month", " a week"))
    )


def count_below_zero(unit, value):
    """Whether `value` cannot be in `unit`: a count below 0."""
    return value is not None and value < 0 and is_count(unit)


def out_of_range_problem(unit, value):
    """Why `value` cannot be in `unit` (a percentage outside 0 to 100, a count below 0), or
    None."""
    if outside_percentage(unit, value):
        return PERCENTAGE_RANGE
    if count_below_zero(unit, value):
        return COUNT_BELOW_ZERO
    return None


def measured_twice_problem(day):
    """Said beside the date of a second measurement of an indicator on one day."""
    return f"A measurement for {long_date(day)} is already recorded: change that one instead"


# Said by the constraint when another request saved a measurement for the same day between
# clean()'s check and this save (save_checked then asks clean() again, which names the day).
MEASURED_THAT_DAY = "A measurement for that date is already recorded: change that one instead"


def same_unit(a, b):
    """Units match when they are the same words, ignoring case and spacing."""
    return " ".join((a or "").lower().split()) == " ".join((b or "").lower().split())


def progress_towards_target(*, baseline, target, value, direction):
    """How far `value` has come from `baseline` (0%) to `target` (100%), as a float percent,
    counting movement in the better direction as progress. None when it cannot be said."""
    if baseline is None or target is None or value is None:
        return None
    baseline, target, value = Decimal(baseline), Decimal(target), Decimal(value)
    if direction == Direction.LOWER:
        gained, span = baseline - value, baseline - target
    else:
        gained, span = value - baseline, target - baseline
    if span <= 0:
        return None
    return float(gained / span * 100)


class Indicator(KeptRecord):
    """A measure of a field trial's impact, with its baseline and target."""

    Direction = Direction

    field_trial = models.ForeignKey(
        "fieldtrials.FieldTrial", on_delete=models.CASCADE, related_name="indicators"
    )
    strand = models.CharField(max_length=30, choices=STRAND_CHOICES)
    name = models.CharField(max_length=300)
    unit = models.CharField(max_length=100, help_text="For example, % of pupils")
    direction = models.CharField(max_length=10, choices=Direction.choices, default=Direction.HIGHER)
    baseline_value = models.DecimalField(max_digits=14, decimal_places=3, null=True, blank=True)
    baseline_date = models.DateField(null=True, blank=True)
    target_value = models.DecimalField(max_digits=14, decimal_places=3, null=True, blank=True)
    target_date = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["field_trial", "strand", "name"]
        constraints = [
            # A withdrawn indicator's name may be used again.
            models.UniqueConstraint(
                fields=["field_trial", "name"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="indicator_unique_name",
                violation_error_message=INDICATOR_NAME_TAKEN,
            )
        ]

    def __str__(self):
        return self.name

    @property
    def subject(self):
        return self.field_trial

    @property
    def strand_label(self):
        return STRAND_LABELS.get(self.strand, self.strand)

    @property
    def grouping(self):
        return grouping_of(self.strand)

    def progress_of(self, value):
        """`value` as progress from baseline (0%) to target (100%); None if unknown."""
        return progress_towards_target(
            baseline=self.baseline_value,
            target=self.target_value,
            value=value,
            direction=self.direction,
        )

    def clean(self):
        problems = {}
        if self._name_taken():
            problems["name"] = INDICATOR_NAME_TAKEN
        # One kept from before may still be withdrawn.
        out_of_range = {
            field: out_of_range_problem(self.unit, getattr(self, field))
            for field in ("baseline_value", "target_value")
            if not self.is_withdrawn
        }
        out_of_range = {field: problem for field, problem in out_of_range.items() if problem}
        problems.update(out_of_range)
        if (self.baseline_value is None) != (self.baseline_date is None):
            field = "baseline_date" if self.baseline_date is None else "baseline_value"
            problems[field] = "Enter both the baseline value and the date it was measured"
        if (self.target_value is None) != (self.target_date is None):
            field = "target_date" if self.target_date is None else "target_value"
            problems[field] = "Enter both the target value and the date it is for"
        if self.baseline_date and self.target_date and self.target_date <= self.baseline_date:
            problems["target_date"] = "The target date must be after the baseline date"
        both = self.baseline_value is not None and self.target_value is not None
        if both and not out_of_range:
            if self.direction == Direction.HIGHER and self.target_value <= self.baseline_value:
                problems["target_value"] = (
                    "Higher is better for this indicator, so the target must be above the "
                    f"baseline ({plain_number(self.baseline_value)})"
                )
            elif self.direction == Direction.LOWER and self.target_value >= self.baseline_value:
                problems["target_value"] = (
                    "Lower is better for this indicator, so the target must be below the "
                    f"baseline ({plain_number(self.baseline_value)})"
                )
        if problems:
            raise ValidationError(problems)

    def _name_taken(self):
        """Whether another current indicator of its trial has its name, whatever the case of
        its letters (asked for every form that adds or corrects one); a withdrawn one's name
        may be used again, as the constraint allows."""
        if self.field_trial_id is None or not self.name or self.withdrawn_at:
            return False
        others = self.current_others(field_trial_id=self.field_trial_id, name__iexact=self.name)
        return others.exists()


class Measurement(KeptRecord):
    """A dated value of an indicator, entered by a member of the trial."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="measurements")
    measured_on = models.DateField("date measured")
    value = models.DecimalField(max_digits=14, decimal_places=3)
    unit = models.CharField(
        max_length=100, blank=True, help_text="Must be the indicator's unit, if given"
    )
    note = models.TextField(blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["measured_on", "id"]
        constraints = [
            # One value of an indicator a day: two for 1 October were both kept and drawn.
            # A withdrawn one's day may be measured again.
            models.UniqueConstraint(
                fields=["indicator", "measured_on"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="measurement_once_a_day",
                violation_error_message=MEASURED_THAT_DAY,
            )
        ]

    def __str__(self):
        """ "Attendance: 8.9% of pupils on 1 November 2026", its indicator named where it is at
        hand (a history keeps the name when the measurement is saved, with its indicator);
        never a query for it. The unit is the measurement's own copy of its indicator's."""
        value = plain_number(self.value)
        if self.unit:
            value += self.unit if self.unit.startswith("%") else f" {self.unit}"
        said = f"{value} on {self.measured_on:%-d %B %Y}"
        if self._meta.get_field("indicator").is_cached(self):
            return f"{self.indicator.name}: {said}"
        return said

    @property
    def subject(self):
        return self.indicator.field_trial

    def clean(self):
        if self.indicator_id is None:
            return  # no indicator chosen: its own field says so
        problems = {}
        indicator = self.indicator
        if (
            self.measured_on
            and indicator.baseline_date
            and self.measured_on < indicator.baseline_date
        ):
            problems["measured_on"] = (
                "The date is before the baseline "
                f"({indicator.baseline_date:%-d/%-m/%Y}): enter a date on or after it"
            )
        # One dated 2031 became the indicator's "Latest" on the pages, which the reports,
        # bounded by their periods, never showed. A correction is checked.
        elif not self.is_withdrawn and (
            problem := not_in_future_problem(self.measured_on, "date measured")
        ):
            problems["measured_on"] = problem
        elif not self.is_withdrawn and self._measured_that_day():
            problems["measured_on"] = measured_twice_problem(self.measured_on)
        # A unit given is checked when the measurement is entered (the service and the admin
        # take one; the page names the indicator's and asks for none). A stored one is the
        # indicator's as it was: it follows the indicator's unit, so a measurement entered
        # before that changed can still be corrected and withdrawn.
        # A typo such as 919 for 91.9% of sessions; one kept from before may still be
        # withdrawn (and corrected: the correction is checked).
        # -5 "number of learners" was drawn, and printed as -45% of the way to the target.
        if not self.is_withdrawn and (problem := out_of_range_problem(indicator.unit, self.value)):
            problems["value"] = problem
        if self._state.adding and self.unit and not same_unit(self.unit, indicator.unit):
            problems["unit"] = (
                f"The unit must be the indicator's unit, {indicator.unit}: you entered "
                f"{self.unit}. Convert the value, or leave the unit empty"
            )
        if problems:
            raise ValidationError(problems)
        self.unit = indicator.unit

    def _measured_that_day(self):
        """Whether another current measurement of its indicator has its date (asked for every
        form that adds or corrects one; the constraint decides a race)."""
        if self.measured_on is None:
            return False
        others = self.current_others(indicator_id=self.indicator_id, measured_on=self.measured_on)
        return others.exists()


class EvaluationPlan(Versioned):
    """How a field trial will be evaluated, co-designed with its team."""

    field_trial = models.OneToOneField(
        "fieldtrials.FieldTrial", on_delete=models.CASCADE, related_name="evaluation_plan"
    )
    co_designed_with = models.TextField(
        "co-designed with", blank=True, help_text="Who in the trial's team designed it"
    )
    summary = models.TextField("what the evaluation sets out to show", blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Evaluation plan for {self.field_trial}"

    @property
    def subject(self):
        return self.field_trial


class EvaluationQuestion(KeptRecord):
    """One question of an evaluation plan: how it is answered, who collects what, when."""

    plan = models.ForeignKey(EvaluationPlan, on_delete=models.CASCADE, related_name="questions")
    question = models.TextField()
    methods = models.TextField()
    who_collects = models.TextField("who collects what")
    when = models.CharField(max_length=200)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return shortened(self.question, 100)

    @property
    def subject(self):
        return self.plan.field_trial
