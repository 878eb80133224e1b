"""Edit forms for Phase 1 records whose add form does more than correcting needs."""

from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.core.files.uploadedfile import UploadedFile

from accounts.forms import GDSFormMixin

from ..models import CreativeOption, Workshop
from .lifecycle import ProjectForm
from .need import DataSourceForm, ObjectiveForm
from .options import WorkshopDateField, held_too_early


class ObjectiveWordingForm(ObjectiveForm):
    """An objective's wording; agreeing it is its own button on the project page."""

    class Meta(ObjectiveForm.Meta):
        fields = ["text"]

    def layout_fields(self):
        return [Field.textarea("text", rows=3)]


class DataSourceEditForm(DataSourceForm):
    """A data source; its stored file is checked when it was uploaded, only a new one now."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            return super().clean_file()
        return upload


class OptionEditForm(GDSFormMixin, forms.ModelForm):
    """A creative option's words; its status is decided on its own page."""

    class Meta:
        model = CreativeOption
        fields = ["title", "description", "proposed_by", "burning_platform"]
        labels = {
            "title": "Title",
            "description": "Describe the idea",
            "proposed_by": "Who proposed it? (optional)",
            "burning_platform": "Burning platform (optional)",
        }
        error_messages = {
            "title": {"required": "Enter a title for the option"},
            "description": {"required": "Describe the idea"},
        }

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.textarea("description", rows=5),
            Field.text("proposed_by", field_width=Fluid.TWO_THIRDS),
            Field.text("burning_platform"),
        ]


class WorkshopEditForm(GDSFormMixin, forms.ModelForm):
    """A workshop's title, kind, date and notes; who took part stays as recorded."""

    held_on = WorkshopDateField(label="When was it held?", require_all_fields=False)

    class Meta:
        model = Workshop
        fields = ["title", "kind", "held_on", "notes"]
        labels = {"title": "Title", "kind": "What kind of workshop was it?",
                  "notes": "Notes (optional)"}  # fmt: skip
        widgets = {"kind": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "title": {"required": "Enter the workshop's title"},
            "kind": {"required": "Choose what kind of workshop it was"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Workshop.Kind.choices  # no empty "---------" radio

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        project = self.instance.project if self.instance.project_id else None
        if problem := held_too_early(held_on, project):
            raise forms.ValidationError(problem)
        return held_on

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.radios("kind"),
            Field("held_on"),
            Field.textarea("notes", rows=5),
        ]


class ProjectDetailsForm(ProjectForm):
    """A project's details; its title must stay unique in its programme, itself aside
    (ProjectForm.clean_title)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, programme=kwargs["instance"].programme, **kwargs)
