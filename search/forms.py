"""The search form: words, and filters whose choices are only what the person may see."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.text import get_text_list

from accounts.forms import LongTextLimit
from nextpractice.bidi import without_bidi
from nextpractice.filtering import not_offered
from nextpractice.paging import whole_number
from programmes.models.lifecycle import programme_choice_label
from programmes.rules import visible_projects

from . import registry
from .choices import filter_choices
from .selectors import Filters

# A filter's value the person is not offered, as the page says it (never its name: a theme
# or programme they may not see stays unnamed): "That theme is not one you can filter by;
# showing every theme."
NOT_OFFERED = {
    "kind": ("kind", "every kind"),
    "programme": ("programme", "every programme"),
    "project": ("project", "every project"),
    "policy_area": ("policy area", "every policy area"),
    "theme": ("theme", "every theme"),
    "since": ("date", "any date"),
}
FILTERS = tuple(NOT_OFFERED)

SINCE_CHOICES = [
    ("", "Any time"),
    ("week", "In the past week"),
    ("month", "In the past month"),
    ("year", "In the past year"),
]


# Under Programme while none is chosen: the Project menu comes once one is.
PROJECT_HINT = "Choose a programme, then Apply filters, to filter by one of its projects."

SEARCH_MAX_LENGTH = 200  # the boxes' maxlength too (search.html, base.html's header)


class SearchText(forms.CharField):
    """The words as searched: a NUL (from a pasted PDF: PostgreSQL refuses it in a query)
    reads as a space, the characters that turn text round go (nextpractice/bidi.py), and
    spaces are one, before the length is counted. Junk is not an error: "Null characters are
    not allowed" would refuse a search nobody can see is wrong."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # "(it has 1,250)", as the other long-text messages count.
        self.validators = [
            LongTextLimit(self.max_length) if isinstance(v, MaxLengthValidator) else v
            for v in self.validators
        ]

    def to_python(self, value):
        text = without_bidi(str(value or "").replace("\x00", " "))
        return " ".join(text.split())


class SearchForm(forms.Form):
    """Read from the query string; a filter's value not offered is dropped (and the page says
    so, `not_offered`): not an error of the form's, nor an error page."""

    # Longer than the box takes: a typed or pasted address. An error beside the box (not a
    # search quietly dropped), the words kept in it to shorten.
    q = SearchText(
        label="Search for",
        max_length=SEARCH_MAX_LENGTH,
        required=False,
        error_messages={
            "max_length": f"Your search must be {SEARCH_MAX_LENGTH} characters or fewer "
            "(it has %(show_value)s)"
        },
    )
    kind = forms.ChoiceField(label="Kind", required=False)
    programme = forms.TypedChoiceField(label="Programme", coerce=int, required=False)
    project = forms.TypedChoiceField(label="Project", coerce=int, required=False)
    policy_area = forms.ChoiceField(label="Policy area", required=False)
    theme = forms.TypedChoiceField(label="Theme", coerce=int, required=False)
    since = forms.ChoiceField(
        label="Date",
        choices=SINCE_CHOICES,
        required=False,
    )

    def __init__(self, data, *, user, searchables, held):
        """`held`: the person's access keys (search/access.py keys_held)."""
        super().__init__(data)
        self._not_offered = {}  # full_clean's
        self.searchables = searchables
        self.fields["kind"].choices = [("", "Every kind")] + [
            (s.kind, s.label) for s in searchables
        ]
        # A community page's date is when it last changed; the knowledge base holds no kind
        # without a date.
        self.fields["since"].help_text = "When it was added or last changed." + (
            " Organisations, people and tools have no date, so a date leaves them out."
            if any(not s.dated for s in searchables)
            else ""
        )
        programmes, areas, themes = filter_choices(user, held)
        # Labelled here, not where they are kept for a day: one that ends today reads as
        # ended tomorrow.
        self.fields["programme"].choices = [("", "Any programme")] + [
            (pk, programme_choice_label(name, end)) for pk, name, end in programmes
        ]
        chosen = self._chosen_programme()
        if chosen is None:
            chosen = self._project_s_programme(user)
        if chosen:
            # Projects of the chosen programme only: a national officer's every project
            # would be a list of thousands.
            self.fields["project"].choices = [("", "Any project")] + list(
                visible_projects(user)
                .filter(programme_id=chosen)
                .order_by("title")
                .values_list("pk", "title")
            )
        else:
            self.fields["project"].choices = [("", "Any project")]
            self.fields["programme"].help_text = PROJECT_HINT
        self.fields["policy_area"].choices = [("", "Any policy area")] + [(a, a) for a in areas]
        self.fields["theme"].choices = [("", "Any theme"), *themes]

    def full_clean(self):
        """A filter's value that is not one of its choices is left out of the search, and
        of the form's errors (a kept link is not the person's mistake: no "Error:" in the
        page title); `not_offered` says so."""
        super().full_clean()
        self._not_offered = {}
        for name, (noun, every) in NOT_OFFERED.items():
            if self._errors.pop(name, None) and str(self.data.get(name) or "").strip():
                self._not_offered[name] = not_offered(noun, every)

    def selects(self):
        """The filters as the page shows them: (name, label, [(value, label, chosen)], its
        hint) for each, the project only once a programme is chosen; a filter with nothing to
        choose but "Any …" (an outside member of a community sees no programme) is left out."""
        self.is_valid()
        out = []
        for name, field in self.fields.items():
            if name == "q" or len(field.choices) < 2:
                continue
            chosen = str(self.cleaned_data.get(name) or "")
            options = [(str(v), label, str(v) == chosen) for v, label in field.choices]
            out.append((name, field.label, options, field.help_text))
        return out

    def chosen(self):
        """The filters chosen, in words for the page's title (" among lessons, filtered by
        theme Governance and in the past year"), or "": the kind as the page says it, each
        other filter by its noun and its choice's label, the date as said. A value not
        offered is left out, as from the search."""
        self.is_valid()
        labels = {
            name: dict(self.fields[name].choices).get(self.cleaned_data.get(name), "")
            for name in FILTERS
            if self.cleaned_data.get(name)
        }
        kind = labels.pop("kind", "")
        said = [
            label[:1].lower() + label[1:] if name == "since" else f"{NOT_OFFERED[name][0]} {label}"
            for name, label in labels.items()
        ]
        return (f" among {kind.lower()}" if kind else "") + (
            f", filtered by {get_text_list(said, 'and')}" if said else ""
        )

    def not_offered(self):
        """{name: message} for each filter given a value that is not one of its choices:
        it is left out of the search, and the page says so in a notice
        (includes/not_offered.html)."""
        self.is_valid()
        return self._not_offered

    def filtered(self):
        """Whether a filter narrows the search (one that was offered: a value not offered
        is left out)."""
        self.is_valid()
        return any(self.cleaned_data.get(name) for name in FILTERS)

    def _chosen_programme(self):
        number = whole_number(self.data.get("programme"), digits=11)
        return number if number is not None and number >= 0 else None

    def _project_s_programme(self, user):
        """A project given without its programme (a link from the project's page, or typed):
        its programme, taken as chosen (the Programme menu shows it), when the person may see
        the project; else None, and the project is not offered (the page says so). Asked
        only then."""
        if str(self.data.get("programme") or "").strip():
            return None  # a programme not offered: the project is not one of its
        number = whole_number(self.data.get("project"), digits=11)
        if number is None or number <= 0:
            return None
        programme = (
            visible_projects(user).filter(pk=number).values_list("programme_id", flat=True).first()
        )
        if programme is not None:
            self.data = self.data.copy()  # a QueryDict is read-only
            self.data["programme"] = str(programme)
        return programme

    def words(self):
        """The words for the search box: as searched, or, when refused (too long), as typed,
        whole (less the junk SearchText drops), to shorten there."""
        self.is_valid()
        if "q" in self.errors:
            return self.fields["q"].to_python(self.data.get("q"))
        return self.cleaned_data.get("q") or ""

    def filters(self):
        """The valid part of what was asked: a field whose value is not a choice is left out,
        and words refused (too long) are none."""
        self.is_valid()
        data = self.cleaned_data
        kind = data.get("kind") or ""
        return Filters(
            text=data.get("q") or "",
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
