"""Forms for analysing need: narrative, problems, objectives, data sources, innovators."""

from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from accounts.forms import GDSFormMixin
from accounts.search import TYPE_AN_ORGANISATION, OrganisationField
from nextpractice.uploads import DOCUMENT_KINDS, check_upload, size_in_words

from ..models import DataSource, Objective, PotentialInnovator, ProblemStatement
from ..services.need import ONCE_IN_PROJECT, check_once_in_project

MAX_FILE_SIZE = 10 * 1024 * 1024


class NarrativeForm(GDSFormMixin, forms.Form):
    submit_label = "Save the narrative"
    narrative = forms.CharField(
        label="Current-state narrative",
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="What is the current state of the English system in this area? What does the "
        "evidence say, and where is practice already pushing at the boundaries?",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    def layout_fields(self):
        return [Field.textarea("narrative", rows=14), Field("version")]


class OnceInProject:
    """An added need record whose words its project already has (among those not withdrawn,
    whatever the capitals) is refused beside the field (services.need.check_once_in_project,
    decided again under the project's lock when it is added). The view sets `project` before
    validating; a correction (the record kit's form, no project) is not checked."""

    project = None

    def clean(self):
        data = super().clean()
        model = self._meta.model
        if self.project is not None and model in ONCE_IN_PROJECT:
            field, _ = ONCE_IN_PROJECT[model]
            try:
                check_once_in_project(model, self.project, data.get(field))
            except ValidationError as refused:
                self.add_error(None, refused)
        return data


class ProblemForm(OnceInProject, GDSFormMixin, forms.ModelForm):
    submit_label = "Add the statement"

    class Meta:
        model = ProblemStatement
        fields = ["kind", "text"]
        widgets = {"kind": forms.RadioSelect}
        labels = {"kind": "What kind of statement is it?", "text": "Statement"}
        help_texts = {"text": "Describe it in a sentence or two, in the words people use."}

    def layout_fields(self):
        return [Field.radios("kind"), Field.textarea("text", rows=4)]


class ObjectiveForm(OnceInProject, GDSFormMixin, forms.ModelForm):
    submit_label = "Add the objective"

    class Meta:
        model = Objective
        fields = ["text", "status"]
        widgets = {"status": forms.RadioSelect}
        labels = {"text": "Objective", "status": "Has it been agreed?"}
        help_texts = {
            "status": "Agreed objectives are what the need analysis refocuses on: the project "
            "cannot leave Analyse need until at least one is agreed."
        }

    def layout_fields(self):
        return [Field.textarea("text", rows=3), Field.radios("status")]


class CheckedDocument:
    """A data source form's file, checked by its content (nextpractice/uploads.py): the
    page's form and the admin's alike. `detected_type` is what the content is;
    `uploaded_name` the name the person's file had (cleaned, as check_upload leaves it)."""

    detected_type = ""
    uploaded_name = ""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # a new upload, not the file already kept
            self.detected_type = check_upload(
                upload,
                kinds=DOCUMENT_KINDS,
                described="a PDF, office document, CSV or image",
                max_size=MAX_FILE_SIZE,
            )
            self.uploaded_name = upload.name
        return upload

    def file_values(self):
        """What a new file sets beside it, {field: value}: what its content is and the name
        it had; nothing when no file was uploaded."""
        if not self.detected_type:
            return {}
        return {"file_type": self.detected_type, "original_name": self.uploaded_name}


class DataSourceForm(OnceInProject, GDSFormMixin, CheckedDocument, forms.ModelForm):
    submit_label = "Add the data source"

    class Meta:
        model = DataSource
        fields = ["title", "url", "file", "what_it_shows"]
        labels = {
            "url": "Link (optional)",
            "file": "Or upload a file (optional)",
            "what_it_shows": "What it shows",
        }
        help_texts = {
            "title": "A report that is not online needs only its title and what it shows",
            "url": "The web address of the data, if it is online",
            "file": "PDF, Word, Excel, PowerPoint, OpenDocument, CSV or an image, up to "
            f"{size_in_words(MAX_FILE_SIZE)}",
        }

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.text("url"),
            Field("file"),
            Field.textarea("what_it_shows", rows=3),
        ]


class InnovatorForm(GDSFormMixin, forms.ModelForm):
    submit_label = "Add the potential innovator"

    # Typed, with suggestions: a list of every organisation (25,000 nationally) in the page
    # was unusable once a register was imported (accounts/search.py).
    organisation = OrganisationField(
        required=False,
        label="Organisation",
        help_text=TYPE_AN_ORGANISATION,
    )

    class Meta:
        model = PotentialInnovator
        fields = ["person_name", "organisation", "why"]
        labels = {"person_name": "Person", "organisation": "Organisation"}
        help_texts = {
            "person_name": "Their name and role, if the innovator is a person",
            "why": "What are they already doing that pushes at the boundaries of current practice?",
        }

    def layout_fields(self):
        return [
            Field.text("person_name", field_width=Fluid.TWO_THIRDS),
            Field.text("organisation", field_width=Fluid.TWO_THIRDS),
            Field.textarea("why", rows=4),
        ]

    def clean(self):
        data = super().clean()
        if not data.get("person_name") and not data.get("organisation"):
            self.add_error("person_name", "Name a person or choose an organisation")
        return data
