"""Forms for the stimulus library: searching it, adding and editing, and keeping a stimulus."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import HTML, Field, Fluid, Layout
from django import forms

from accounts.forms import GDSFormMixin

from ..models import Sector, Stimulus
from ..services.horizon import MAX_TAGS, check_tag_names, normalise_tag_names


class StimulusSearchForm(forms.Form):
    """The library's search and filters; django-filter adds the fields (see filters)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        # A button without a name, so the querystring carries only the filters.
        self.helper.layout = Layout(
            Field.text("q", field_width=Fluid.TWO_THIRDS),
            Field.checkboxes("sector", small=True),
            Field.select("country"),
            Field.select("tag"),
            Field.radios("sort", small=True),
            HTML(
                '<button type="submit" class="govuk-button" data-module="govuk-button">'
                "Show stimuli</button>"
            ),
        )


class StimulusForm(GDSFormMixin, forms.ModelForm):
    """Add or edit a stimulus. `based_on` carries the version the editor started from."""

    submit_label = "Save the stimulus"

    sector = forms.ChoiceField(
        label="Which sector does it come from?",
        choices=Sector.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the sector it comes from"},
    )
    sector_other = forms.CharField(
        label="Name the sector (only if you chose Other)",
        required=False,
        max_length=100,
        help_text="For example: transport, architecture, sport.",
        error_messages={"max_length": "Keep the sector name to 100 characters or fewer"},
    )
    source_url = forms.URLField(
        label="Source link (optional)",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="A web address where others can read more, like https://www.example.org/report",
        # A text input, not type=url: the design system styles its error state.
        widget=forms.TextInput(attrs={"inputmode": "url", "spellcheck": "false"}),
        error_messages={"max_length": "Keep the web address to 500 characters or fewer"},
    )
    tags = forms.CharField(
        label="Tags (optional)",
        required=False,
        help_text=f"Words that help people find it, separated by commas, for example: "
        f"extended schools, health, community. Up to {MAX_TAGS}.",
    )
    based_on = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Stimulus
        fields = [
            "title",
            "sector",
            "sector_other",
            "country",
            "summary",
            "source_url",
            "provocation",
            "contacts",
        ]
        labels = {
            "title": "Title",
            "country": "Country",
            "summary": "Summary",
            "provocation": "Provocation question",
            "contacts": "Key contacts (optional)",
        }
        help_texts = {
            "title": "A short name people will recognise, like ‘Bromley-by-Bow Healthy "
            "Living Centre’.",
            "country": "Where it happens, like England, Finland or New Zealand.",
            "summary": "What it is and what makes it remarkable, in a few sentences.",
            "provocation": "The question it raises for education, like ‘What would an "
            "extended school with similar ambition look like?’",
            "contacts": "People or organisations to talk to, and how to reach them.",
        }
        error_messages = {
            "title": {
                "required": "Enter a title",
                "unique": "A stimulus with this title is already in the library",
                "max_length": "Keep the title to 200 characters or fewer",
            },
            "country": {
                "required": "Enter the country",
                "max_length": "Keep the country to 100 characters or fewer",
            },
            "summary": {"required": "Enter a summary"},
            "provocation": {"required": "Enter the provocation question"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stimulus = self.instance
        if stimulus.pk and not self.is_bound:
            self.initial["tags"] = ", ".join(t.name for t in stimulus.tags.all())

    def clean_title(self):
        """The library holds one stimulus of a title, whatever its capitals ("Zopa" and
        "zopa" are one; the database's own check, which decides a race, tells the exact
        same title)."""
        title = self.cleaned_data["title"].strip()
        same = Stimulus.objects.filter(title__iexact=title).exclude(pk=self.instance.pk)
        if same.exists():
            raise forms.ValidationError(
                f"A stimulus with this title is already in the library: ‘{same.first().title}’"
            )
        return title

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.radios("sector", small=True),
            Field.text("sector_other", field_width=Fluid.ONE_HALF),
            Field.text("country", field_width=Fluid.ONE_HALF),
            Field.textarea("summary", rows=5),
            Field.text("source_url"),
            Field.textarea("provocation", rows=3),
            Field.textarea("contacts", rows=3),
            Field.text("tags", field_width=Fluid.TWO_THIRDS),
            Field("based_on"),
        ]

    def clean_tags(self):
        names = normalise_tag_names(self.cleaned_data["tags"])
        problems = check_tag_names(names)
        if problems:
            raise forms.ValidationError(problems)
        return names

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sector") == Sector.OTHER:
            if not (cleaned.get("sector_other") or "").strip():
                self.add_error("sector_other", "Name the sector")
        elif "sector_other" in cleaned:
            cleaned["sector_other"] = ""
        return cleaned

    def stimulus_fields(self):
        """What the services take: every edited field, tags as a list of names."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields} | {
            "tags": self.cleaned_data["tags"]
        }


class KeepStimulusForm(GDSFormMixin, forms.Form):
    """Choose a stimulus from the library for a project, and say why."""

    submit_label = "Keep this stimulus"

    stimulus = forms.ModelChoiceField(
        label="Which stimulus will the project use?",
        queryset=Stimulus.objects.none(),
        empty_label="Choose a stimulus",
        error_messages={
            "required": "Choose a stimulus",
            "invalid_choice": "Choose a stimulus from the library",
        },
    )
    why = forms.CharField(
        label="Why will the project use it?",
        help_text="What it might provoke in the project's thinking, so others see why it "
        "was chosen.",
        widget=forms.Textarea,
        error_messages={"required": "Say why the project will use this stimulus"},
    )

    def __init__(self, *args, stimuli, kept_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["stimulus"]
        # Any stimulus the user may see is taken (one the project keeps is then refused by
        # keep_stimulus, beside the field); only those it does not keep yet are offered: the
        # list offered them too, marked "(already used)", and choosing one was refused.
        field.queryset = stimuli.order_by("title")
        offered = field.queryset.exclude(pk__in=kept_ids).values_list("pk", "title")
        field.choices = lambda: [("", field.empty_label), *offered]

    def layout_fields(self):
        return [Field.select("stimulus"), Field.textarea("why", rows=4)]
