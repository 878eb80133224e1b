"""Forms for generating creative options: workshops, options, assessments and decisions."""

import re

from crispy_forms_gds.choices import Choice
from crispy_forms_gds.fields import DateInputField
from crispy_forms_gds.layout import HTML, Button, Field, Fieldset, Fluid, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy

from accounts.forms import GDSFormMixin
from nextpractice.records.forms import based_on, version_field
from nextpractice.records.merge import StartedFrom, shown_value
from nextpractice.words import long_date

from ..models import Assessment, CreativeOption, Stimulus, Workshop, WorkshopParticipant
from ..models.lifecycle import add_months
from ..models.options import (
    CHARACTERISTICS,
    PROMISE_TESTS,
    PROMISE_WORDING,
    RADICAL_EFFICIENCY,
    Judgement,
)
from ..services.options import (
    NONE_MET_UNCONFIRMED,
    REOPENS_TRIAL,
    WITHDRAWS_TRIAL,
    can_select,
    decision_token,
    none_met_warning,
    participant_key,
    what_deciding_does,
    who_of,
)
from .lifecycle import THIS_YEAR, past_in_parts

# --- Workshops ---------------------------------------------------------------------------

# Words people may type for each kind of participant, in lower case.
PARTICIPANT_WORDS = {
    WorkshopParticipant.Kind.PRACTITIONER: ["practitioner", "teacher", "head", "school leader"],
    WorkshopParticipant.Kind.USER: ["user", "service user", "student", "parent", "carer"],
    WorkshopParticipant.Kind.PROVOCATEUR: ["provocateur"],
    WorkshopParticipant.Kind.POLICY: ["policy maker", "policy", "national agency"],
    WorkshopParticipant.Kind.THOUGHT_LEADER: ["thought leader"],
}
KIND_BY_WORD = {
    **{kind.value: kind for kind in WorkshopParticipant.Kind},
    **{word: kind for kind, words in PARTICIPANT_WORDS.items() for word in words},
}
KIND_QUESTION = (
    "say whether they are a practitioner, user, provocateur, policy maker or thought leader"
)
NAME_MAX = WorkshopParticipant._meta.get_field("name").max_length
AFFILIATION_MAX = WorkshopParticipant._meta.get_field("affiliation").max_length


def parse_participants(text):
    """Lines of "Name | kind | affiliation" as (participants, errors), errors by line. The
    same person of the same organisation twice (whatever the letters' case) is an error."""
    participants, errors, lines = [], [], {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        name = parts[0]
        kind_word = parts[1].lower() if len(parts) > 1 else ""
        affiliation = " | ".join(parts[2:]).strip()
        if not name:
            errors.append(f"Line {number}: give the person's name before the first |")
            continue
        if len(name) > NAME_MAX:
            errors.append(f"Line {number}: the name must be {NAME_MAX} characters or fewer")
            continue
        kind = KIND_BY_WORD.get(re.sub(r"\s+", " ", kind_word))
        if kind is None:
            errors.append(f"Line {number}: {KIND_QUESTION}")
            continue
        if len(affiliation) > AFFILIATION_MAX:
            errors.append(
                f"Line {number}: the affiliation must be {AFFILIATION_MAX} characters or fewer"
            )
            continue
        person = participant_key(name, affiliation)
        if person in lines:
            errors.append(
                f"Line {number}: {who_of(name, affiliation)} is listed already, on line "
                f"{lines[person]}: give each person once"
            )
            continue
        lines[person] = number
        participants.append({"name": name, "kind": kind, "affiliation": affiliation})
    return participants, errors


# 27 March, the last one up to today: in a hint of this year's, it was ahead until then.
EXAMPLE_HELD = past_in_parts("27/3")


class WorkshopDateField(DateInputField):
    """The GOV.UK date input, with messages that say what to do and an example of a day
    already come (a workshop is recorded once held)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", format_lazy("For example, {}", EXAMPLE_HELD))
        super().__init__(**kwargs)
        self.error_messages.update(
            required="Enter the date the workshop was held",
            incomplete="Enter the day, month and year the workshop was held",
        )
        for sub, what in zip(self.fields, ("day", "month", "year"), strict=True):
            sub.error_messages["incomplete"] = f"The date must include a {what}"
            sub.validators[0].message = f"The {what} must be a number"
            # A NUL is not a digit, so the box says so once: without Django's "Null
            # characters are not allowed." beside it.
            sub.validators = [
                v for v in sub.validators if not isinstance(v, ProhibitNullCharactersValidator)
            ]
        self.fields[2].validators.append(_four_digit_year)

    def clean(self, value):
        # A box holding only spaces is an empty one: asked for as one ("Enter the date...",
        # "The date must include a month"), not with each box's "This field is required".
        if isinstance(value, (list, tuple)):
            value = [part.strip() if isinstance(part, str) else part for part in value]
        return super().clean(value)

    def compress(self, data_list):
        try:
            held_on = super().compress(data_list)
        except (ValidationError, OverflowError):  # a day or year too big for a date at all
            raise ValidationError(
                format_lazy("The date must be a real date, for example {}", EXAMPLE_HELD)
            ) from None
        # A workshop is recorded once held, with who took part ("When was it held?").
        if held_on and held_on > timezone.localdate():
            raise ValidationError(
                "The date must be today or earlier: record a workshop once it has been held"
            )
        return held_on


# Phase 1 usually comes before a programme's formal start (every stage move and option may):
# a workshop may be held up to a year before it, not in 1900.
LEAD_IN_MONTHS = 12


def held_too_early(held_on, project):
    """A workshop is held once its project's programme has begun, or in the year before it,
    when Phase 1 usually is (one dated 1 January 1900 was accepted; one held in Phase 1
    before a programme starting next spring was refused): the message, or "" when it may
    be so."""
    began = project.programme.start_date if project is not None else None
    if not held_on or not began:
        return ""
    earliest = add_months(began, -LEAD_IN_MONTHS)
    if held_on >= earliest:
        return ""
    starts = "starts" if began > timezone.localdate() else "began"
    return (
        f"The date must be on or after {long_date(earliest)}: a workshop can be up to a year "
        f"before the programme {starts}, on {long_date(began)}"
    )


def _four_digit_year(value):
    # Only numbers reach here as numbers: the first validator says when it is not one.
    if value.isdigit() and len(value.lstrip("0")) != 4:
        raise ValidationError(format_lazy("The year must be a real year, like {}", THIS_YEAR))


class WorkshopForm(GDSFormMixin, forms.Form):
    submit_label = "Record the workshop"

    def __init__(self, *args, project=None, **kwargs):
        self.project = project
        super().__init__(*args, **kwargs)
        hint = self.fields["participants"].help_text
        self.fields["participants"].help_text = hint + format_html(
            ' <a class="govuk-link" href="{}#term-provocateur">What a provocateur is</a>.',
            reverse("glossary"),
        )

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if problem := held_too_early(held_on, self.project):
            raise ValidationError(problem)
        return held_on

    title = forms.CharField(
        label="Title",
        max_length=200,
        help_text="For example, 'Futures thinking with Year 10 students'.",
        error_messages={"required": "Enter the workshop's title"},
    )
    kind = forms.ChoiceField(
        label="What kind of workshop was it?",
        choices=Workshop.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what kind of workshop it was"},
    )
    held_on = WorkshopDateField(label="When was it held?", require_all_fields=False)
    participants = forms.CharField(
        label="Who took part? (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=mark_safe(
            "One person a line: <strong>name | kind | organisation</strong>, for example "
            "'Sam Patel | provocateur | Zopa'. The kind is practitioner, user (a student, "
            "parent or carer), provocateur (someone from another sector), policy maker or "
            "thought leader. The organisation may be left out."
        ),
    )
    notes = forms.CharField(
        label="Notes (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What happened, what stimuli were used, anything a reader should know.",
    )

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.radios("kind"),
            Field("held_on"),
            Field.textarea("participants", rows=8),
            Field.textarea("notes", rows=5),
        ]

    def clean_participants(self):
        participants, errors = parse_participants(self.cleaned_data["participants"])
        if errors:
            raise ValidationError(errors)
        return participants


# --- Options -----------------------------------------------------------------------------


class OptionForm(GDSFormMixin, forms.Form):
    submit_label = "Add the option"

    title = forms.CharField(
        label="Title",
        max_length=200,
        help_text="A short name for the idea, as people will refer to it.",
        error_messages={"required": "Enter a title for the option"},
    )
    description = forms.CharField(
        label="Describe the idea",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="What would a field trial of it do, and for whom?",
        error_messages={"required": "Describe the idea"},
    )
    proposed_by = forms.CharField(
        label="Who proposed it? (optional)",
        max_length=200,
        required=False,
        help_text="A person, or a group such as 'Students at the creative workshop'.",
    )
    workshop = forms.ModelChoiceField(
        label="Workshop it came from (optional)",
        queryset=Workshop.objects.none(),
        required=False,
        empty_label="Not from a workshop",
        error_messages={"invalid_choice": "Choose one of this project's workshops"},
    )
    stimuli = forms.TypedMultipleChoiceField(
        label="Stimuli that provoked it (optional)",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose from the stimuli this project keeps"},
    )
    burning_platform = forms.CharField(
        label="Burning platform (optional)",
        max_length=300,
        required=False,
        help_text="If the idea was born of a crisis (deep budget cuts, say), name it. Reviewers "
        "then also ask whether it is radically efficient: radically different, much lower cost "
        "and significantly better.",
    )

    def __init__(self, *args, project, **kwargs):
        self.project = project
        self.kept = {
            s.pk: s for s in Stimulus.objects.filter(kept_by__project=project).order_by("title")
        }
        super().__init__(*args, **kwargs)
        self.fields["workshop"].queryset = Workshop.objects.current().filter(project=project)
        self.fields["stimuli"].choices = [
            Choice(pk, s.title, hint=s.provocation) for pk, s in self.kept.items()
        ]
        if not self.kept:
            self.fields["stimuli"].help_text = (
                "This project has not kept any stimuli yet. Keep stimuli from the library "
                "while scanning the horizon, then link them to the options they provoke."
            )

    def layout_fields(self):
        fields = [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.textarea("description", rows=6),
            Field.text("proposed_by", field_width=Fluid.TWO_THIRDS),
            Field.select("workshop"),
        ]
        if self.kept:
            fields.append(Field.checkboxes("stimuli", legend_size="s", small=True))
        else:
            fields.append(
                HTML.p(
                    "No stimuli to link yet: this project has not kept any stimuli from the "
                    "library."
                )
            )
        fields.append(Field.text("burning_platform"))
        return fields

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if CreativeOption.objects.filter(project=self.project, title__iexact=title).exists():
            raise ValidationError(
                "This project already has an option with this title: give this one another"
            )
        return title

    def clean_stimuli(self):
        return [self.kept[pk] for pk in self.cleaned_data["stimuli"]]


# --- Assessments --------------------------------------------------------------------------

JUDGEMENT_CHOICES = [(j.value, j.label) for j in Judgement]  # Yes, Partly, No
YES_NO = [("yes", "Yes"), ("no", "No")]

CHANGE_CHOICES = [
    Choice(
        Assessment.Change.MINOR.value,
        "Minor change",
        hint="An adaptation of how things are done now.",
    ),
    Choice(
        Assessment.Change.MAJOR.value,
        "Major change",
        hint="Significantly changed methods of delivery, organisation or structure.",
    ),
]
DISTANCE_CHOICES = [
    Choice(
        Assessment.Distance.NEAR.value,
        "Near to existing practice",
        hint="Well within the way schools work now.",
    ),
    Choice(
        Assessment.Distance.FAR.value,
        "Far from existing practice",
        hint="Challenges the existing way of doing things.",
    ),
]

CHARACTERISTICS_HINT = (
    "What the Innovation Unit looks for in Next Practice, rather than an improvement to "
    "today's practice. For each, say Yes, Partly or No, and add a note if it helps other "
    "reviewers see why."
)
PROMISE_HINT = (
    "A field trial should hold the promise to deliver all three. Say Yes, Partly or No for each."
)
NATURE_HINT = (
    "David Hargreaves places innovations on two axes. Minor change near to existing practice "
    "is incremental innovation: relatively minor changes or adaptations, well within the "
    "prevalent paradigm. Major change far from existing practice is radical innovation: it "
    "challenges the existing paradigm. Other combinations are between the two."
)


def _note_label(label):
    return format_html('Note<span class="govuk-visually-hidden"> on “{}”</span> (optional)', label)


def _sentence(label):
    return label[0].lower() + label[1:]


# What to ask when a promise test is left unanswered: the seed's own question where it has
# one, else what the option promises.
_PROMISE_REQUIRED = {
    name: f"Say yes, partly or no: {_sentence(question)}"
    if question
    else f"Say yes, partly or no: does it promise {_sentence(statement)}?"
    for name, statement, question in PROMISE_WORDING
}


class AssessmentForm(GDSFormMixin, forms.Form):
    """One reviewer's screening of an option; radical efficiency only for a burning platform.

    It carries the version of the reviewer's assessment it was loaded on (`version`: its
    services.options.assessment_token, 0 for none yet) and the answers it started from, as
    the record kit's edit forms do: a save meeting one made since in another tab is shown
    both (nextpractice.records.merge); a version tampered with says the page is out of
    date."""

    submit_label = "Save your assessment"

    def __init__(self, *args, option, version=0, **kwargs):
        self.option = option
        super().__init__(*args, **kwargs)
        # From 0: a page loaded before the reviewer's first save sends 0 (a clash, not a
        # page tampered with, once the assessment exists).
        self.fields["version"] = version_field(version, first=0)
        for name, label in CHARACTERISTICS + PROMISE_TESTS:
            self.fields[name] = forms.TypedChoiceField(
                label=label,
                choices=JUDGEMENT_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _PROMISE_REQUIRED.get(
                        name, f"Say yes, partly or no: is it {_sentence(label)}?"
                    ),
                },
            )
            self.fields[f"{name}_note"] = forms.CharField(
                label=_note_label(label), required=False, widget=forms.Textarea(attrs={"rows": 2})
            )
        self.fields["change"] = forms.TypedChoiceField(
            label="How big a change is it?",
            choices=CHANGE_CHOICES,
            coerce=int,
            widget=forms.RadioSelect,
            error_messages={"required": "Say whether it is a minor or a major change"},
        )
        self.fields["distance"] = forms.TypedChoiceField(
            label="How far is it from existing practice?",
            choices=DISTANCE_CHOICES,
            coerce=int,
            widget=forms.RadioSelect,
            error_messages={"required": "Say whether it is near to or far from existing practice"},
        )
        self.fields["horizon"] = forms.ChoiceField(
            label="When could it be realised?",
            choices=Assessment.Horizon.choices,
            widget=forms.RadioSelect,
            help_text="Some ideas may only be capable of realisation in a 10 or 15 year timeframe.",
            error_messages={"required": "Say when it could be realised"},
        )
        if option.burning_platform:
            for name, label in RADICAL_EFFICIENCY:
                self.fields[name] = forms.TypedChoiceField(
                    label=f"{label}?",
                    choices=YES_NO,
                    coerce=lambda value: value == "yes",
                    widget=forms.RadioSelect,
                    error_messages={"required": f"Say yes or no: {_sentence(label)}?"},
                )
        self.fields["comment"] = forms.CharField(
            label="Anything else? (optional)",
            required=False,
            widget=forms.Textarea(attrs={"rows": 4}),
        )
        self.helper.layout = self._layout()

    def layout_fields(self):
        return []  # built in __init__, once the fields exist

    def _criteria(self, criteria):
        items = []
        for name, _ in criteria:
            items += [
                Field.radios(name, legend_size="s", inline=True, small=True),
                Field.textarea(f"{name}_note", rows=2),
            ]
        return items

    def _layout(self):
        parts = [
            Fieldset(
                HTML(format_html('<p class="govuk-hint">{}</p>', CHARACTERISTICS_HINT)),
                *self._criteria(CHARACTERISTICS),
                legend="The seven characteristics of Next Practice",
                legend_size="m",
                legend_tag="h2",
            ),
            Fieldset(
                HTML(
                    format_html(
                        '<p class="govuk-hint">{} <a class="govuk-link" href="{}">'
                        "What the tests of promise are</a></p>",
                        PROMISE_HINT,
                        reverse("glossary") + "#term-tests-of-promise",
                    )
                ),
                *self._criteria(PROMISE_TESTS),
                legend="Tests of promise",
                legend_size="m",
                legend_tag="h2",
            ),
            Fieldset(
                HTML(format_html('<p class="govuk-hint">{}</p>', NATURE_HINT)),
                Field.radios("change", legend_size="s"),
                Field.radios("distance", legend_size="s"),
                Field.radios("horizon", legend_size="s"),
                legend="Nature of the innovation",
                legend_size="m",
                legend_tag="h2",
            ),
        ]
        if self.option.burning_platform:
            hint = format_html(
                '<p class="govuk-hint">This option was born of a burning platform: {}. '
                "Radically efficient innovation is radically different, much lower cost and "
                "significantly better: all three must hold.</p>",
                self.option.burning_platform,
            )
            parts.append(
                Fieldset(
                    HTML(hint),
                    *[Field.radios(n, legend_size="s", inline=True) for n, _ in RADICAL_EFFICIENCY],
                    legend="Radical efficiency",
                    legend_size="m",
                    legend_tag="h2",
                )
            )
        parts.append(Field.textarea("comment", rows=4))
        return Layout(Field("version"), StartedFrom(), *parts, Button("submit", self.submit_label))

    def clean(self):
        data = super().clean()
        based_on(self)  # none, or one not saved: "This page is out of date"
        return data

    def answers(self):
        """The cleaned answers, as services.options.assess_option takes them."""
        return {name: value for name, value in self.cleaned_data.items() if name != "version"}

    def saved_rows(self, both=()):
        """[(label, value as shown, whether both changed it)] of this form unbound on the
        assessment as saved now, for a clash page: each judgement, its note when it has one
        (or both changed it), the nature of the innovation and the comment."""
        criteria = dict(CHARACTERISTICS + PROMISE_TESTS)
        rows = []
        for name, formfield in self.fields.items():
            if formfield.widget.is_hidden:
                continue
            value = shown_value(self[name])
            if name.endswith("_note"):
                if value == "Not given" and name not in both:
                    continue
                label = f"Note on “{criteria[name.removesuffix('_note')]}”"
            else:
                label = str(formfield.label).removesuffix(" (optional)")
            rows.append((label, value, name in both))
        return rows

    @staticmethod
    def initial_from(assessment):
        """The form's initial values from a reviewer's saved assessment."""
        if assessment is None:
            return {}
        names = [f for f, _ in CHARACTERISTICS + PROMISE_TESTS]
        initial = {n: getattr(assessment, n) for n in names}
        initial.update({f"{n}_note": getattr(assessment, f"{n}_note") for n in names})
        initial.update(
            change=assessment.change,
            distance=assessment.distance,
            horizon=assessment.horizon,
            comment=assessment.comment,
        )
        for name, _ in RADICAL_EFFICIENCY:
            value = getattr(assessment, name)
            if value is not None:
                initial[name] = "yes" if value else "no"
        return initial


# --- Decisions ---------------------------------------------------------------------------

DECISIONS = [
    Choice(
        CreativeOption.Status.SHORTLISTED.value,
        "Shortlisted",
        hint="Worth developing further; not yet chosen for a field trial.",
    ),
    Choice(
        CreativeOption.Status.SELECTED.value,
        "Selected",
        hint="It becomes a field trial: one is created for the project, with the status Selected.",
    ),
    Choice(
        CreativeOption.Status.PARKED.value,
        "Parked",
        hint="Not now; the project may come back to it.",
    ),
    Choice(
        CreativeOption.Status.DECLINED.value,
        "Declined",
        hint="It will not be taken forward.",
    ),
]


# Where an option's field trial is on its course, said after its name and status on the
# deciding page.
TRIAL_STATE_WORDS = {
    "selected": "It has not started yet.",
    "incubating": "It is under way.",
    "reporting": "It is under way.",
    "completed": "It has been completed.",
    "withdrawn": "It has been withdrawn.",
}
UNDER_WAY = ("incubating", "reporting")


def _trial_left(trial, named):
    """What shortlisting, parking or declining an option says of its field trial, left as
    it is (`named`: "Its field trial, “…”,")."""
    if trial.status in UNDER_WAY:
        return (
            f"{named} is under way: it is left running, and stays linked to this option. If it "
            "should stop, withdraw it on the trial's page."
        )
    if trial.status == "withdrawn":
        return f"{named} stays withdrawn."
    if trial.status == "completed":
        return f"{named} has been completed: it stays as it is."
    return f"{named} stays as it is: not started yet."


def _trial_kept(trial, named):
    """What selecting an option says of its field trial, when it is not reopened."""
    if trial.status == "withdrawn":
        return f"{named} stays withdrawn: it can be reopened on the trial's page."
    return f"It keeps its field trial, “{trial.title}”, as it is."


def decision_choices(trial):
    """The decisions to choose from, each saying what it does to the option's field trial
    (`trial`, None for none), as services.options.what_deciding_does decides it."""
    if trial is None:
        return DECISIONS
    named = f"Its field trial, “{trial.title}”,"
    choices = []
    for choice in DECISIONS:
        does = what_deciding_does(trial, choice.value)
        if does == WITHDRAWS_TRIAL:
            said = (
                f"{choice.hint} {named} has not started, so it is withdrawn. Selecting the "
                "option again reopens it."
            )
        elif does == REOPENS_TRIAL:
            said = (
                f"{named} was withdrawn when the option was set aside: it is reopened, with "
                "the status Selected."
            )
        elif choice.value == CreativeOption.Status.SELECTED:
            said = _trial_kept(trial, named)
        elif choice.value == CreativeOption.Status.SHORTLISTED:
            said = f"Worth developing further. {_trial_left(trial, named)}"
        else:
            said = f"{choice.hint} {_trial_left(trial, named)}"
        choices.append(Choice(choice.value, choice.label, hint=said))
    return choices


class DecisionForm(GDSFormMixin, forms.Form):
    submit_label = "Record the decision"

    decision = forms.ChoiceField(
        label="What have you decided?",
        choices=DECISIONS,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a decision"},
    )
    reason = forms.CharField(
        label="Reason for the decision",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Others will read this on the option's page: say what the decision rests on.",
        error_messages={"required": "Give a reason for the decision"},
    )

    def __init__(self, *args, option, **kwargs):
        self.option = option
        # Not yet selected, and its reviewers said Yes to none of the criteria: the page says
        # so first, and selecting it asks them to tick that they mean it (their decision; the
        # service decides again).
        self.none_met_warning = (
            none_met_warning(option) if option.status != CreativeOption.Status.SELECTED else ""
        )
        self.none_met = bool(self.none_met_warning)
        super().__init__(*args, **kwargs)
        # The option's field trial, if it has one: the page names it, and each decision says
        # what it does to it.
        from fieldtrials.models import FieldTrial

        self.trial = FieldTrial.objects.filter(option=option).first()
        self.trial_state = TRIAL_STATE_WORDS.get(self.trial.status, "") if self.trial else ""
        self.fields["decision"].choices = decision_choices(self.trial)
        if self.none_met:
            self.fields["select_anyway"] = forms.BooleanField(
                label="Select it anyway",
                required=False,
                help_text="Tick this if you choose Selected although no reviewer said Yes to "
                "any of the criteria.",
            )
        # The decision the page was loaded on: one made meanwhile (another tab, another
        # officer) is told, not silently replaced. From 0, none yet, to the one made now: any
        # other (letters, none, -1, one not yet made) says the page is out of date.
        self.fields["based_on"] = version_field(decision_token(option), first=0)
        self.relayout()

    def layout_fields(self):
        fields = [
            Field("based_on"),
            Field.radios("decision", legend_size="m"),
            Field.textarea("reason", rows=5),
        ]
        if self.none_met:
            fields.append(Field.checkbox("select_anyway"))
        return fields

    def clean_decision(self):
        decision = self.cleaned_data["decision"]
        if decision == CreativeOption.Status.SELECTED:
            allowed, reason = can_select(self.option)
            if not allowed:
                raise ValidationError(reason)
        return decision

    def clean(self):
        data = super().clean()
        selected = data.get("decision") == CreativeOption.Status.SELECTED
        if self.none_met and selected and not data.get("select_anyway"):
            self.add_error("select_anyway", NONE_MET_UNCONFIRMED)
        based_on(self, "based_on")
        return data
