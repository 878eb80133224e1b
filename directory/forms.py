"""The form for uploading the register's file."""

from crispy_forms_gds.layout import Field
from django import forms
from django.template.defaultfilters import filesizeformat

from accounts.forms import GDSFormMixin
from nextpractice.uploads import DOCUMENT_KINDS, FileKind, check_upload

from .gias import FileProblem, read_header
from .people import MAX_PEOPLE

# The national file is about 60 MB; room for it to grow.
MAX_FILE_SIZE = 150 * 1024 * 1024
CSV_KINDS = {
    "text/csv": DOCUMENT_KINDS["text/csv"],
    "text/plain": DOCUMENT_KINDS["text/plain"],
    "application/csv": FileKind("a CSV file", (".csv", ".txt")),
}


class ImportForm(GDSFormMixin, forms.Form):
    submit_label = "Upload and preview"
    file = forms.FileField(
        label="The register's file",
        help_text='The "all establishment data" CSV file from Get Information About Schools '
        f"(edubasealldata followed by a date), up to {filesizeformat(MAX_FILE_SIZE)}",
    )

    def layout_fields(self):
        return [Field("file")]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_upload(upload, kinds=CSV_KINDS, described="a CSV file", max_size=MAX_FILE_SIZE)
        try:
            read_header(upload)
        except FileProblem as problem:
            raise forms.ValidationError(problem.message) from None
        return upload


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PEOPLE_KINDS = CSV_KINDS | {XLSX: DOCUMENT_KINDS[XLSX]}
PEOPLE_MAX_FILE_SIZE = 20 * 1024 * 1024


class PeopleImportForm(GDSFormMixin, forms.Form):
    submit_label = "Upload and preview"
    file = forms.FileField(
        label="The file of people",
        help_text="A CSV file or an Excel (XLSX) workbook with the columns described above, "
        f"up to {filesizeformat(PEOPLE_MAX_FILE_SIZE)} and {MAX_PEOPLE:,} people",
    )

    def layout_fields(self):
        return [Field("file")]

    def clean_file(self):
        from .people import check_header

        upload = self.cleaned_data["file"]
        check_upload(
            upload,
            kinds=PEOPLE_KINDS,
            described="a CSV file or an Excel (XLSX) workbook",
            max_size=PEOPLE_MAX_FILE_SIZE,
        )
        try:
            check_header(upload)
        except FileProblem as problem:
            raise forms.ValidationError(problem.message) from None
        return upload
