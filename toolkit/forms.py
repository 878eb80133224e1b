"""Forms for starting an exercise, and reading a posted answer for each kind of question."""

import datetime

from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import format_lazy

from accounts.forms import GDSFormMixin
from accounts.models import User
from fieldtrials.models import FieldTrialMembership
from fieldtrials.rules import TEAM_ROLES, visible_fieldtrials
from nextpractice.rules_util import sees_everything
from programmes.forms.lifecycle import A_MONTH_AHEAD, DateField
from programmes.models import ProgrammeMembership, Project, ProjectMembership, Workshop
from programmes.services.lifecycle import ProjectWithdrawn, open_project

from .questions import is_answered, scale_points
from .rules import STARTER_ROLES, visible_tools

PEOPLE = "people"


def _projects_run_by(user):
    """Projects where the user is an officer or consultant (of the project or its programme)."""
    return Project.objects.current().filter(
        Q(
            pk__in=ProjectMembership.objects.filter(user=user, role__in=STARTER_ROLES).values(
                "project_id"
            )
        )
        | Q(
            programme_id__in=ProgrammeMembership.objects.filter(
                user=user, role__in=STARTER_ROLES
            ).values("programme_id")
        )
    )


def trials_to_start_for(user):
    """The choices for a trial team: one query mirroring `toolkit.start_exercise_for_trial`
    (the rule itself is asked again for the one chosen)."""
    trials = visible_fieldtrials(user)
    if not sees_everything(user):
        trials = trials.filter(
            Q(
                pk__in=FieldTrialMembership.objects.filter(user=user, role__in=TEAM_ROLES).values(
                    "field_trial_id"
                )
            )
            | Q(consultant=user)
            | Q(project__in=_projects_run_by(user))
        )
    return trials.select_related("project").order_by("title")


def workshops_to_start_for(user):
    """Workshops of projects the user runs (mirrors `toolkit.start_exercise_for_workshop`),
    not withdrawn: a withdrawn workshop takes no new exercise (services.start_exercise)."""
    workshops = Workshop.objects.current()
    if not sees_everything(user):
        workshops = workshops.filter(project__in=_projects_run_by(user))
    return workshops.select_related("project").order_by("-held_on", "title")


def _shut(project):
    """What a withdrawn or closed `project` says to a change (as its pages do); else ""."""
    try:
        open_project(project)
    except ProjectWithdrawn as refused:  # or ProjectClosed
        return str(refused)
    return ""


class GroupChoiceField(forms.ChoiceField):
    """Who an exercise is for, among its choices; a trial or workshop of a closed or
    withdrawn project, not offered (`shut`), is let through to be refused by name in the
    form's clean() ("This project was closed on …") rather than as an unknown choice."""

    shut = frozenset()

    def valid_value(self, value):
        return value in self.shut or super().valid_value(value)


class ToolChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, tool):
        return f"{tool.title}: {tool.subtitle}" if tool.subtitle else tool.title


class StartExerciseForm(GDSFormMixin, forms.Form):
    """Which tool, for whom, until when."""

    submit_label = "Start the exercise"

    tool = ToolChoiceField(
        queryset=None,
        label="Which tool will the group use?",
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Choose a tool", "invalid_choice": "Choose a tool"},
    )
    title = forms.CharField(
        label="Name the exercise",
        max_length=200,
        help_text="Participants see this name. For example, “Delta 6 with the Coral team, "
        "spring term”.",
        error_messages={"required": "Enter a name for the exercise"},
    )
    group = GroupChoiceField(
        label="Who is it for?",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose who the exercise is for",
            "invalid_choice": "Choose who the exercise is for",
        },
    )
    emails = forms.CharField(
        label="E-mail addresses of the people to invite",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        help_text="One address per line, for named people or a workshop (a workshop's list of "
        "participants has no accounts, so name those who will answer). Each person must "
        "already have an account. A field trial's members are invited without this.",
    )
    for_authority = forms.BooleanField(
        label="Run it for the local authority",
        required=False,
        help_text="Some tools are for a local authority (seed 002's networking tool is). The "
        "exercise then belongs to your authority, and its people can find it.",
    )
    closes_on = DateField(
        label="Closing date (optional)",
        required=False,
        help_text=format_lazy(
            "Answers are taken until the end of this day. Leave it empty to close the "
            "exercise yourself. For example, {}",
            A_MONTH_AHEAD,
        ),
    )

    def __init__(self, *args, user, **kwargs):
        # An exercise may belong to a local authority (toolkit 0004): the starter's own.
        # Known before the layout is built (GDSFormMixin builds it in __init__).
        organisation = getattr(user, "organisation", None)
        is_authority = organisation is not None and organisation.kind == "local_authority"
        self.authority = organisation if is_authority else None
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["tool"].queryset = visible_tools(user).filter(latest__isnull=False)
        self.trials = {f"trial-{t.pk}": t for t in trials_to_start_for(user)}
        self.workshops = {f"workshop-{w.pk}": w for w in workshops_to_start_for(user)}
        # Not offered while their project is closed or withdrawn (toolkit.rules refuses them).
        shut = {
            key
            for key, group in (*self.trials.items(), *self.workshops.items())
            if not group.project.takes_changes
        }
        self.fields["group"].shut = frozenset(shut)
        choices = [
            (key, f"The team of {t.title} (field trial)")
            for key, t in self.trials.items()
            if key not in shut
        ]
        choices += [
            (key, f"{w.title}, {w.project.title} (workshop)")
            for key, w in self.workshops.items()
            if key not in shut
        ]
        if user.has_perm("toolkit.start_exercise_for_people"):
            choices.append((PEOPLE, "People I name below"))
        self.fields["group"].choices = choices
        if self.authority is not None:
            self.fields["for_authority"].label = f"Run it for {self.authority.name}"
        else:
            del self.fields["for_authority"]

    def layout_fields(self):
        return [
            Field.radios("tool"),
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.radios("group"),
            Field.textarea("emails", rows=4),
            *([Field.checkbox("for_authority")] if self.authority else []),
            Field.text("closes_on", field_width=10),
        ]

    def clean_closes_on(self):
        day = self.cleaned_data["closes_on"]
        if day is not None and day < timezone.localdate():
            raise ValidationError("The closing date must be today or in the future")
        return day

    def clean(self):
        data = super().clean()
        group = data.get("group")
        data["field_trial"] = data["workshop"] = None
        data["people"] = []
        data["local_authority"] = self.authority if data.get("for_authority") else None
        if not group:
            return data
        if group in self.trials:
            trial = self.trials[group]
            if _shut(trial.project):
                self.add_error("group", _shut(trial.project))
            elif not self.user.has_perm("toolkit.start_exercise_for_trial", trial):
                self.add_error("group", "You cannot start an exercise for this trial's team")
            elif not FieldTrialMembership.objects.filter(field_trial=trial).exists():
                self.add_error("group", "This trial has no members to invite yet")
            data["field_trial"] = trial
            return data
        if group in self.workshops:
            workshop = self.workshops[group]
            if _shut(workshop.project):
                self.add_error("group", _shut(workshop.project))
            elif not self.user.has_perm("toolkit.start_exercise_for_workshop", workshop):
                self.add_error("group", "You cannot start an exercise for this workshop")
            data["workshop"] = workshop
        elif group == PEOPLE and not self.user.has_perm("toolkit.start_exercise_for_people"):
            self.add_error("group", "You cannot start an exercise for named people")
        data["people"] = self._people(data.get("emails", ""))
        return data

    def _people(self, text):
        people, error = people_named(text)
        if error:
            self.add_error("emails", error)
        return people

    def closes_at(self):
        day = self.cleaned_data.get("closes_on")
        if day is None:
            return None
        end = datetime.datetime.combine(day, datetime.time(23, 59, 59))
        return timezone.make_aware(end)


def people_named(text):
    """(people, "") for the active users named by e-mail in `text`, one address per line;
    ([], what is wrong) for an address that is not one, none given, or one nobody has."""
    addresses = []
    for line in text.splitlines():
        address = line.strip().strip(",;").strip()
        if not address:
            continue
        try:
            validate_email(address)
        except ValidationError:
            return [], f"“{address}” is not an e-mail address: put one address per line"
        addresses.append(address.lower())
    if not addresses:
        return [], "Enter the e-mail address of at least one person to invite"
    found = {
        u.lowered: u
        for u in User.objects.annotate(lowered=Lower("email")).filter(
            lowered__in=addresses, is_active=True
        )
    }
    unknown = [a for a in dict.fromkeys(addresses) if a not in found]
    if unknown:
        return [], (
            "No one with the address "
            + ", ".join(unknown)
            + " has an account here. Check the address, or ask an administrator to add them"
        )
    return [found[a] for a in dict.fromkeys(addresses)], ""


class InviteForm(GDSFormMixin, forms.Form):
    """More people to an open exercise: one forgotten at the start, or new to the group."""

    submit_label = "Invite them"

    emails = forms.CharField(
        label="E-mail addresses of the people to invite",
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        help_text="One address per line. Each person must already have an account.",
        error_messages={"required": "Enter the e-mail address of at least one person to invite"},
    )

    def layout_fields(self):
        return [Field.textarea("emails", rows=4)]

    def clean_emails(self):
        people, error = people_named(self.cleaned_data["emails"])
        if error:
            raise ValidationError(error)
        return people


# --- Answers -------------------------------------------------------------------------------
# Each question is its own small form posting to `toolkit:answer_save`. Inputs are named by
# kind: "value" (one or many), "rank-<item key>" for a ranking, "st-<statement key>" for a
# matrix. `posted_answer` turns a POST into what `questions.clean_answer` expects.

TEXT_KINDS = ("short_text", "long_text")
RANKING_HINT = "Give each item a different rank: 1 is the most important."


def input_prefix(question):
    """What starts the names of a question's inputs, so that a section's questions can be
    posted together in one form (the page without JavaScript) without their names meeting."""
    return f"{question.key}:"


def posted_answer(question, post):
    """The raw answer to `question` in `post`: its inputs' names start with its prefix
    (input_prefix), or carry no prefix (a question posted on its own, as by older pages)."""
    kind, spec = question.kind, question.spec
    prefix = input_prefix(question)
    if not any(name.startswith(prefix) for name in post):
        prefix = ""
    if kind == "multiple_choice":
        return post.getlist(f"{prefix}value")
    if kind == "ranking":
        return {item["key"]: post.get(f"{prefix}rank-{item['key']}", "") for item in spec["items"]}
    if kind == "matrix":
        return {s["key"]: post.get(f"{prefix}st-{s['key']}", "") for s in spec["statements"]}
    return post.get(f"{prefix}value", "")


def _as_shown(question, value, posted):
    """What the inputs should show: what was just posted (when refused), else what is stored."""
    kind = question.kind
    if posted is None:
        # A stored value of the wrong shape (edited in the admin, say) shows as unanswered.
        if kind == "ranking":
            order = value if isinstance(value, list) else []
            return {str(key): str(i) for i, key in enumerate(order, 1)}
        if kind == "matrix":
            return {k: str(v) for k, v in value.items()} if isinstance(value, dict) else {}
        if kind == "multiple_choice":
            return [str(v) for v in value] if isinstance(value, list) else []
        return "" if value is None or isinstance(value, (list, dict)) else str(value)
    raw = posted_answer(question, posted)
    if kind in ("ranking", "matrix"):
        return {k: str(v) for k, v in raw.items()}
    return raw


def question_context(exercise, question, value=None, *, posted=None, error=""):
    """Everything a question's template needs: ids, inputs and what each shows."""
    kind, spec = question.kind, question.spec
    dom = question.key.replace(".", "-")
    shown = _as_shown(question, value, posted)
    context = {
        "key": question.key,
        "id": dom,
        "kind": kind,
        "text": spec["text"],
        # A ranking's own hint says how to rank (Delta 6's does); else the general one.
        "hint": spec.get("hint") or (RANKING_HINT if kind == "ranking" else ""),
        "required": spec.get("required", True),
        "error": error,
        "is_text": kind in TEXT_KINDS,
        "exercise_pk": exercise.pk,
        "prefix": input_prefix(question),
    }
    definition = exercise.definition
    if kind in ("rating", "single_choice", "multiple_choice"):
        if kind == "rating":
            points = [(str(p["value"]), p["label"]) for p in scale_points(definition, spec)]
            points = [(v, f"{v}: {label}") for v, label in points]
        else:
            points = [(o["key"], o["label"]) for o in spec["options"]]
        chosen = shown if isinstance(shown, list) else [shown]
        context["choices"] = [
            {"value": v, "label": label, "id": f"{dom}-{i}", "checked": v in chosen}
            for i, (v, label) in enumerate(points)
        ]
        if kind == "multiple_choice" and spec.get("max_choices"):
            context["limit"] = spec["max_choices"]
    elif kind in TEXT_KINDS:
        context["value"] = shown
        context["max_length"] = spec.get("max_length", 200 if kind == "short_text" else 5000)
    elif kind == "ranking":
        n = len(spec["items"])
        context["ranks"] = [str(r) for r in range(1, n + 1)]
        context["items"] = [
            {
                "name": f"{input_prefix(question)}rank-{item['key']}",
                "label": item["label"],
                "id": f"{dom}-rank-{item['key']}",
                "rank": shown.get(item["key"], ""),
            }
            for item in spec["items"]
        ]
    elif kind == "matrix":
        points = scale_points(definition, spec)
        context["statements"] = [
            {
                "name": f"{input_prefix(question)}st-{s['key']}",
                "text": s["text"],
                "ref": s.get("ref", ""),
                "id": f"{dom}-st-{s['key']}",
                "points": [
                    {
                        "value": str(p["value"]),
                        "label": p["label"],
                        "id": f"{dom}-st-{s['key']}-{j}",
                        "checked": shown.get(s["key"]) == str(p["value"]),
                    }
                    for j, p in enumerate(points)
                ],
            }
            for s in spec["statements"]
        ]
        if any(s.get("ref") for s in spec["statements"]):
            context["refs_note"] = definition.get("cross_references", "")
    context["first_input"] = _first_input(context)
    return context


def _first_input(context):
    """The id an error summary links to: the question's first input."""
    if "choices" in context:
        return context["choices"][0]["id"] if context["choices"] else context["id"]
    if "items" in context:
        return context["items"][0]["id"]
    if "statements" in context:
        return context["statements"][0]["points"][0]["id"]
    return f"{context['id']}-value"


def answer_text(exercise, question, value):
    """A stored answer as a sentence (or lines) for the check-your-answers page."""
    if value in (None, "", [], {}):
        return ""
    try:
        return _answer_text(exercise, question, value)
    except (TypeError, KeyError, AttributeError):  # a value of the wrong shape
        return str(value)


def _answer_text(exercise, question, value):
    kind, spec = question.kind, question.spec
    if kind == "rating":
        labels = {p["value"]: p["label"] for p in scale_points(exercise.definition, spec)}
        return f"{value}: {labels.get(value, '')}"
    if kind == "single_choice":
        return {o["key"]: o["label"] for o in spec["options"]}.get(value, str(value))
    if kind == "multiple_choice":
        labels = {o["key"]: o["label"] for o in spec["options"]}
        return "; ".join(labels.get(v, v) for v in value)
    if kind == "ranking":
        labels = {i["key"]: i["label"] for i in spec["items"]}
        return [f"{labels.get(k, k)}" for k in value]
    if kind == "matrix":
        labels = {p["value"]: p["label"] for p in scale_points(exercise.definition, spec)}
        rated = [
            f"{s['text']}: {labels.get(value[s['key']], value[s['key']])}"
            for s in spec["statements"]
            if s["key"] in value
        ]
        if not is_answered(question, value):
            rated.append(f"{len(spec['statements']) - len(value)} statements not rated yet")
        return rated
    return str(value)
