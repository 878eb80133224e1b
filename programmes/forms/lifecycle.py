"""Forms for programmes, projects, their members and stage moves."""

import datetime

from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import format_lazy

from accounts.forms import GDSFormMixin
from accounts.models import Organisation, Role, User
from accounts.search import OrganisationField, kinds_in_words
from nextpractice.dates import DateNotRead, both_ways, in_figures, read_date
from nextpractice.records.forms import WithdrawForm

from ..models import STAGE_ORDER, Programme, Project, Stage
from ..models.lifecycle import MIN_PLANNED_MONTHS, PROJECT_TITLE_TAKEN
from ..services.lifecycle import (
    MOVE_BACK_REASON,
    close_problem,
    project_start_problem,
    title_holder,
)


def _this_year():
    return str(timezone.localdate().year)


# This year, when a hint or message is shown (not when the form was defined): examples read
# "For example, 27/3/<this year>", not a year long past.
THIS_YEAR = lazy(_this_year, str)()


def _this_month():
    today = timezone.localdate()
    return f"{today.month}/{today.year}"


# This month, "12/2026": the example of a month reported on (a highlight report's), which a
# fixed "3/<this year>" was not until March.
THIS_MONTH = lazy(_this_month, str)()


def _a_month_ahead():
    day = timezone.localdate() + datetime.timedelta(days=30)
    return f"{day.day}/{day.month}/{day.year}"


# A date a month from today, for hints of dates that must be ahead ("closes on").
A_MONTH_AHEAD = lazy(_a_month_ahead, str)()


def _next(day_month, since):
    """The first day after `since` that is `day_month` ("1/9")."""
    day, month = (int(part) for part in day_month.split("/"))
    that = datetime.date(since.year, month, day)
    return that if that > since else that.replace(year=since.year + 1)


def _last(day_month, until):
    """The last day on or before `until` that is `day_month` ("1/9")."""
    day, month = (int(part) for part in day_month.split("/"))
    that = datetime.date(until.year, month, day)
    return that if that <= until else that.replace(year=until.year - 1)


def _shown(day):
    return both_ways(day)


def _ahead(day_month, following):
    since = timezone.localdate()
    if following:
        since = _next(following, since)
    return _shown(_next(day_month, since))


def _past(day_month):
    return _shown(_last(day_month, timezone.localdate()))


def _after_past(day_month, past):
    return _shown(_next(day_month, _last(past, timezone.localdate())))


def for_example_today(after=""):
    """A hint for a date that is today or before: "For example, <today> or <today in
    words>", then `after`. Not a fixed day, which may be ahead of today."""
    return format_lazy("For example, {}{}", EXAMPLE, after)


def for_example_past(day_month, after=""):
    """A hint for a date already come: "For example, 1/9/<the last one up to today> or 1
    September <that year>"."""
    return format_lazy("For example, {}{}", lazy(_past, str)(day_month), after)


def _past_in_parts(day_month):
    day = _last(day_month, timezone.localdate())
    return f"{day.day} {day.month} {day.year}"


def past_in_parts(day_month):
    """A date already come, as the GOV.UK date input's three boxes take it: "27 3 <the last
    27 March up to today's year>", for a workshop's hint and messages."""
    return lazy(_past_in_parts, str)(day_month)


def for_example_after_past(day_month, past, after=""):
    """A hint for a date that follows a past one's example (`for_example_past(past)`): an
    indicator's target "31/7/2027" after its baseline "1/9/2026", not before it."""
    return format_lazy("For example, {}{}", lazy(_after_past, str)(day_month, past), after)


def for_example_ahead(day_month, after="", following=None):
    """A hint for a date ahead: "For example, 1/9/<the next one after today> or 1 September
    <that year>", then `after`;
    or, `following` another day ("1/9"), the first `day_month` after that one's example, so
    that an end's example comes after its start's ("1/9/2027", "31/7/2028"). A tester read
    a trial's "1/9/2026" start and "31/7/2026" end, both past, the end before the start."""
    return format_lazy("For example, {}{}", lazy(_ahead, str)(day_month, following), after)


def _example_today():
    return both_ways(timezone.localdate())


# Today, "7/12/2026 or 7 December 2026": the example of a date it cannot read. Not a fixed
# day, which would be long past, nor one ahead, which a date already come cannot be.
EXAMPLE = lazy(_example_today, str)()


class DateField(forms.DateField):
    """A date typed as people write one (nextpractice.dates.read_date: 27/3/2026, 27.3.2026,
    27 March 2026, 27th Mar 2026, 2026-03-27), with a GOV.UK-style message; a saved date is
    shown as 27/3/2026, as the hint asks for it, not as 2026-03-27. In a form of ours
    (GDSFormMixin) the message names its field (`invalid_for`): two wrong dates are two
    lines of the error summary that say which is which.

    A plain text box: inputmode="numeric" gave phones a keypad of digits with no "/", "-" or
    space, on which no date we read can be typed."""

    default_error_messages = {
        "invalid": format_lazy("Enter a real date, for example {}", EXAMPLE),
        # "31/12/26": GOV.UK asks for the year in full; say so, with the date written so.
        "year_in_full": "Write the year in full, for example %(example)s",
        # "31/2/2027": say why it is not a date ("February 2027 has 28 days, not 31").
        "no_such_day": "Enter a real date: %(reason)s",
        # "Fri 10 March 2027": one of the two is wrong, and we cannot tell which.
        "wrong_weekday": "Check the date: %(reason)s",
        # "3 February": say what is missing, with the next 3 February written in full.
        "no_year": "Add the year, for example %(example)s",
        # "3 Febuary 2027": say which word, and the month it is most like.
        "no_such_month": "Check the spelling of the month “%(month)s”, for example %(example)s",
    }
    # The same, naming the field ("{}" its label): invalid_for sets them.
    named_error_messages = {
        "year_in_full": "Write the year in full for “{}”, for example %(example)s",
        "no_such_day": "Enter a real date for “{}”: %(reason)s",
        "wrong_weekday": "Check “{}”: %(reason)s",
        "no_year": "Add the year to “{}”, for example %(example)s",
        "no_such_month": (
            "Check the spelling of the month “%(month)s” in “{}”, for example %(example)s"
        ),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.TextInput())
        super().__init__(*args, **kwargs)

    def invalid_for(self, label, example=None):
        """What accounts.forms.name_the_fields says of a date it cannot read in `label` (and,
        named the same way, of a date with a two-digit year, a day past its month's end or
        the wrong weekday): "for example 27/3/<this year> or 27 March <this year>", or
        `example` (a date), the one its hint gives, written both ways."""
        for code, named in self.named_error_messages.items():
            if str(self.error_messages[code]) == DateField.default_error_messages[code]:
                self.error_messages[code] = named.format(str(label).replace("%", "%%"))
        if example is not None:
            return f"Enter a real date for “{label}”, for example {both_ways(example)}"
        return format_lazy("Enter a real date for “{}”, for example {}", label, EXAMPLE)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        try:
            return read_date(str(value))
        except DateNotRead as refused:
            raise forms.ValidationError(
                self.error_messages[refused.code], code=refused.code, params=refused.params
            ) from None

    def prepare_value(self, value):
        if hasattr(value, "strftime"):
            return in_figures(value)
        return value


ME, SOMEONE_ELSE = "me", "someone_else"


class ProgrammeForm(GDSFormMixin, forms.ModelForm):
    """A new programme. An administrator, who sees and manages every programme without
    belonging to it (`ask_first_officer`), is asked who its first programme officer is: them,
    or someone else invited by e-mail; anyone else is its first programme officer."""

    submit_label = "Create the programme"
    # Typed, with suggestions: no list of every organisation in the page (accounts/search.py).
    lead_organisation = OrganisationField(
        label="Led by", help_text="Start typing the organisation's name"
    )
    start_date = DateField(help_text=for_example_ahead("1/9"))
    end_date = DateField(required=False, help_text="Leave empty if it is open-ended")
    first_officer = forms.ChoiceField(
        label="Who will be its first programme officer?",
        choices=[(ME, "Me"), (SOMEONE_ELSE, "Someone else")],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose who will be its first programme officer",
            "invalid_choice": "Choose me or someone else",
        },
    )
    officer_email = forms.EmailField(
        label="Someone else: their e-mail address",
        required=False,
        max_length=254,
        widget=forms.TextInput(
            attrs={"inputmode": "email", "spellcheck": "false", "autocomplete": "off"}
        ),
        help_text="We invite them as its programme officer: if they already have a Next "
        "Practice account they are added at once. You will not be a member of it, and as an "
        "administrator you still see and manage it.",
        error_messages={
            "invalid": "Enter an e-mail address like name@school.example.org",
            "max_length": "An e-mail address is at most 254 characters",
        },
    )

    class Meta:
        model = Programme
        fields = ["name", "kind", "summary", "lead_organisation", "start_date", "end_date"]
        widgets = {"kind": forms.RadioSelect}
        labels = {"kind": "What kind of programme is it?"}

    def __init__(self, *args, ask_first_officer=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.asks_first_officer = ask_first_officer
        if not ask_first_officer:
            del self.fields["first_officer"]
            del self.fields["officer_email"]
            self.relayout()

    def layout_fields(self):
        fields = [
            Field.text("name", field_width=Fluid.TWO_THIRDS),
            Field.radios("kind"),
            Field.textarea("summary", rows=3),
            Field.text("lead_organisation", field_width=Fluid.TWO_THIRDS),
            Field.text("start_date", field_width=10),
            Field.text("end_date", field_width=10),
        ]
        if "first_officer" in self.fields:
            fields += [
                Field.radios("first_officer"),
                Field.text("officer_email", field_width=Fluid.TWO_THIRDS),
            ]
        return fields

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end <= start:
            self.add_error("end_date", "The end date must be after the start date")
        if data.get("first_officer") == SOMEONE_ELSE and not data.get("officer_email"):
            if "officer_email" not in self.errors:
                self.add_error(
                    "officer_email",
                    "Enter the e-mail address of the person who will be its programme officer",
                )
        return data

    def first_officer_email(self):
        """The e-mail address of someone else to invite as its first programme officer, or
        "" when its creator is."""
        if self.cleaned_data.get("first_officer") == SOMEONE_ELSE:
            return self.cleaned_data["officer_email"]
        return ""

    def programme_fields(self):
        """The programme's own answers, for create_programme."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


# What a project's partner agency may be.
PARTNER_AGENCY_KINDS = (
    Organisation.Kind.NATIONAL_AGENCY,
    Organisation.Kind.LOCAL_AUTHORITY,
    Organisation.Kind.RESEARCH_BODY,
)


class ProjectForm(GDSFormMixin, forms.ModelForm):
    submit_label = "Create the project"
    partner_agency = OrganisationField(
        required=False,
        label="Partner agency",
        kinds=PARTNER_AGENCY_KINDS,
        help_text="The national agency whose core business this area is, so that outcomes "
        f"feed its national work. It must be {kinds_in_words(PARTNER_AGENCY_KINDS)}: start "
        "typing its name. Leave empty if there is none.",
    )
    start_date = DateField(
        help_text="Projects of a programme are often staggered about three months apart"
    )
    planned_duration_months = forms.IntegerField(
        label="Planned duration in months",
        min_value=MIN_PLANNED_MONTHS,
        max_value=60,
        initial=18,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        help_text="Next Practice projects usually run for about 18 months",
        error_messages={
            "invalid": "Enter the duration as a whole number of months, like 18",
            "min_value": f"A project runs for at least {MIN_PLANNED_MONTHS} months",
            "max_value": "A project runs for at most 60 months",
        },
    )

    class Meta:
        model = Project
        fields = ["title", "policy_area", "partner_agency", "start_date",
                  "planned_duration_months", "lead_officer"]  # fmt: skip
        labels = {"lead_officer": "Lead officer"}

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.programme = programme
        # A new project's plan is checked against its programme's end (Project.clean).
        self.instance.programme = programme
        self.fields["lead_officer"].queryset = User.objects.filter(
            programme_memberships__programme=programme,
            programme_memberships__role=Role.OFFICER,
        ).order_by("full_name")
        # The drop-down's officers read once (a model choice field counts, then reads again).
        lead = self.fields["lead_officer"]
        empty = [("", lead.empty_label)] if lead.empty_label is not None else []
        lead.choices = empty + [(u.pk, lead.label_from_instance(u)) for u in lead.queryset]

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.text("policy_area", field_width=Fluid.TWO_THIRDS),
            Field.text("partner_agency", field_width=Fluid.TWO_THIRDS),
            Field.text("start_date", field_width=10),
            Field.text("planned_duration_months", field_width=3),
            Field.select("lead_officer"),
        ]

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        problem = project_start_problem(self.programme, start)
        if problem:
            raise forms.ValidationError(problem)
        return start

    def clean_title(self):
        """Its title is no other project's in the programme (a project changed: itself aside;
        a withdrawn one leaves its title free, as project_unique_title does)."""
        title = self.cleaned_data["title"].strip()
        if title_holder(self.programme, title, but=self.instance.pk):
            raise forms.ValidationError(PROJECT_TITLE_TAKEN)
        return title


MOVE_TO_STAGE = "Choose a stage to move the project to"


class MoveStageForm(GDSFormMixin, forms.Form):
    submit_label = "Move the project"
    to_stage = forms.ChoiceField(
        label="Which stage should the project move to?",
        widget=forms.RadioSelect,
        # None chosen, or one not offered (the stage it is in, a page tampered with).
        error_messages={"required": MOVE_TO_STAGE, "invalid_choice": MOVE_TO_STAGE},
    )
    reason = forms.CharField(
        label="Why?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required when you move the project back, or move on although a gate does "
        "not hold",
    )
    override = forms.BooleanField(
        required=False,
        label="Move on although a gate does not hold (I have given the reason above)",
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_stage"].choices = [
            (s, Stage(s).label) for s in STAGE_ORDER if s != project.stage
        ]
        here = self.here = STAGE_ORDER.index(project.stage)
        if here + 1 < len(STAGE_ORDER):
            self.fields["to_stage"].initial = STAGE_ORDER[here + 1]

    def layout_fields(self):
        return [Field.radios("to_stage"), Field.textarea("reason"), Field("override")]

    def clean(self):
        data = super().clean()
        to_stage = data.get("to_stage")
        back = to_stage and STAGE_ORDER.index(to_stage) < self.here
        if back and not (data.get("reason") or "").strip():
            self.add_error("reason", MOVE_BACK_REASON)
        return data


class CloseProjectForm(GDSFormMixin, forms.Form):
    """The day a project in System learning closed (not ahead, not before it entered System
    learning) and a short note on how it finished."""

    submit_label = "Close the project"
    closed_on = DateField(
        label="On what date did the project close?",
        help_text=for_example_today(". Today, or a day since it entered System learning"),
    )
    note = forms.CharField(
        label="How did the project finish?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="A short note, kept in the project's history",
        error_messages={"required": "Say in a few words how the project finished"},
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        self.fields["closed_on"].initial = timezone.localdate()

    def layout_fields(self):
        return [Field.text("closed_on", field_width=10), Field.textarea("note")]

    def clean_closed_on(self):
        closed_on = self.cleaned_data["closed_on"]
        problem = close_problem(self.project, closed_on)
        if problem:
            raise forms.ValidationError(problem)
        return closed_on


class ReopenProjectForm(GDSFormMixin, forms.Form):
    submit_label = "Reopen the project"
    reason = forms.CharField(
        label="Why reopen it?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Kept in the project's history",
        error_messages={"required": "Give a reason for reopening the project"},
    )

    def layout_fields(self):
        return [Field.textarea("reason")]


class WithdrawProjectForm(WithdrawForm):
    """Withdrawing a project: only its programme's officers still open it, so only they
    read the reason (not "everyone who reads it", as of a record withdrawn)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[
            "reason"
        ].help_text = "The programme's officers will see your reason, your name and the date."


class RestoreProjectForm(GDSFormMixin, forms.Form):
    submit_label = "Restore the project"
    reason = forms.CharField(
        label="Why restore it?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Kept in the project's history",
        error_messages={"required": "Give a reason for restoring the project"},
    )

    def layout_fields(self):
        return [Field.textarea("reason")]
