"""The search form: words, and filters whose choices are only what the person may see."""

from django import forms
from django.db.models import Exists, OuterRef

from evaluation.models import Lesson, Tag
from evaluation.rules import visible_records
from programmes.rules import visible_programmes, visible_projects

from . import registry
from .selectors import Filters

SINCE_CHOICES = [
    ("", "Any time"),
    ("week", "In the past week"),
    ("month", "In the past month"),
    ("year", "In the past year"),
]


class SearchForm(forms.Form):
    """Read from the query string; an unknown choice is dropped, never an error page."""

    q = forms.CharField(label="Search for", max_length=200, required=False)
    kind = forms.ChoiceField(label="Kind", required=False)
    programme = forms.TypedChoiceField(label="Programme", coerce=int, required=False)
    project = forms.TypedChoiceField(label="Project", coerce=int, required=False)
    policy_area = forms.ChoiceField(label="Policy area", required=False)
    theme = forms.TypedChoiceField(label="Theme", coerce=int, required=False)
    since = forms.ChoiceField(label="Date", choices=SINCE_CHOICES, required=False)

    def __init__(self, data, *, user, searchables):
        super().__init__(data)
        self.searchables = searchables
        self.fields["kind"].choices = [("", "Every kind")] + [
            (s.kind, s.label) for s in searchables
        ]
        programmes = visible_programmes(user).order_by("name").values_list("pk", "name")
        self.fields["programme"].choices = [("", "Any programme"), *programmes]
        projects = visible_projects(user)
        chosen = self._chosen_programme()
        if chosen:
            # Projects of the chosen programme only: a national officer's every project
            # would be a list of thousands.
            self.fields["project"].choices = [("", "Any project")] + list(
                projects.filter(programme_id=chosen).order_by("title").values_list("pk", "title")
            )
        else:
            self.fields["project"].choices = [("", "Any project")]
        areas = (
            projects.exclude(policy_area="")
            .order_by("policy_area")
            .values_list("policy_area", flat=True)
            .distinct()
        )
        self.fields["policy_area"].choices = [("", "Any policy area")] + [(a, a) for a in areas]
        # Themes of lessons the person may read: the name of a theme used only where they may
        # not look is not shown either.
        # Asked tag by tag (there are few), so that the lessons they read are not all read.
        lessons = visible_records(user, Lesson).current()
        used = Lesson.themes.through.objects.filter(tag=OuterRef("pk"), lesson__in=lessons)
        themes = Tag.objects.filter(Exists(used)).order_by("name").values_list("pk", "name")
        self.fields["theme"].choices = [("", "Any theme"), *themes]

    def _chosen_programme(self):
        value = str(self.data.get("programme") or "")
        return int(value) if value.isdigit() and len(value) < 12 else None

    def filters(self):
        """The valid part of what was asked: a field whose value is not a choice is left out."""
        self.is_valid()
        data = self.cleaned_data
        kind = data.get("kind") or ""
        return Filters(
            text=" ".join((data.get("q") or "").replace("\x00", " ").split()),
            kinds=(kind,) if kind else tuple(s.kind for s in self.searchables),
            programme=data.get("programme") or None,
            project=data.get("project") or None,
            policy_area=data.get("policy_area") or "",
            theme=data.get("theme") or None,
            since=data.get("since") or "",
        )


def knowledge_kinds():
    """What the knowledge base holds: lessons, case studies, stimuli, community pages..."""
    return [s for s in registry.kinds() if s.knowledge]
