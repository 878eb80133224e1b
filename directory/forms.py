"""The forms for uploading the register's file or a file of people, and for adding one
organisation by hand."""

from crispy_forms_gds.layout import Field, Fluid
from django import forms

from accounts.forms import GDSFormMixin
from accounts.models import Organisation, plain_digits
from accounts.search import OrganisationField, kinds_in_words
from nextpractice.uploads import DOCUMENT_KINDS, FileKind, check_upload, size_in_words

from .gias import FileProblem, read_header
from .people import MAX_PEOPLE

# The national file is about 60 MB; room for it to grow.
MAX_FILE_SIZE = 150 * 1024 * 1024
CSV_KINDS = {
    "text/csv": DOCUMENT_KINDS["text/csv"],
    "text/plain": DOCUMENT_KINDS["text/plain"],
    "application/csv": FileKind("a CSV file", (".csv", ".txt")),
}


NUL_IN_CSV = (
    "The file has a character in it that cannot be read (a NUL byte), so it cannot be read "
    "as CSV: open it in your spreadsheet program, save it again as CSV and upload that"
)


def _check_csv_upload(upload, **kwargs):
    """nextpractice.uploads.check_upload, saying why a file named as CSV is refused when a
    NUL byte among its text is what makes it look like no kind of file at all."""
    try:
        check_upload(upload, **kwargs)
    except forms.ValidationError:
        head = upload.read(4096)
        upload.seek(0)
        named_csv = upload.name.lower().endswith((".csv", ".txt"))
        if upload.size <= kwargs["max_size"] and named_csv and b"\x00" in head:
            raise forms.ValidationError(NUL_IN_CSV) from None
        raise


class ImportForm(GDSFormMixin, forms.Form):
    submit_label = "Upload and preview"
    file = forms.FileField(
        label="The register's file",
        help_text='The "all establishment data" CSV file from Get Information About Schools '
        f"(edubasealldata followed by a date), up to {size_in_words(MAX_FILE_SIZE)}",
    )

    def layout_fields(self):
        return [Field("file")]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        _check_csv_upload(upload, kinds=CSV_KINDS, described="a CSV file", max_size=MAX_FILE_SIZE)
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
        f"up to {size_in_words(PEOPLE_MAX_FILE_SIZE)} and {MAX_PEOPLE:,} people",
    )

    def layout_fields(self):
        return [Field("file")]

    def clean_file(self):
        from .people import check_header

        upload = self.cleaned_data["file"]
        _check_csv_upload(
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


URN_FIELD = Organisation._meta.get_field("urn")


class URNField(forms.CharField):
    """A URN as people copy it, spaces and all ("1234 56"), or in another script's digits
    ("１２３４５６"): checked without the spaces, in digits 0-9."""

    def to_python(self, value):
        return plain_digits("".join(super().to_python(value).split()))


KIND_CHOICES = [("", "Choose the kind")] + [
    (kind, label) for kind, label in Organisation.Kind.choices
]


class OrganisationForm(GDSFormMixin, forms.Form):
    """One organisation added by hand (directory.organisations). `not_these` carries the
    name, as organisation_name_key reads it, that its adder said is none of those already
    here; changing the name asks again."""

    submit_label = "Add the organisation"
    name = forms.CharField(
        label="Name",
        max_length=Organisation._meta.get_field("name").max_length,
        help_text="In full, as the organisation writes it",
    )
    kind = forms.ChoiceField(label="Kind of organisation", choices=KIND_CHOICES)
    urn = URNField(
        label="School URN (optional)",
        required=False,
        validators=URN_FIELD.validators,
        help_text="The school's unique reference number: 6 or 7 digits, from Get Information "
        "About Schools",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}),
    )
    local_authority = OrganisationField(
        label="Local authority (optional)",
        required=False,
        kinds=(Organisation.Kind.LOCAL_AUTHORITY,),
        help_text="Start typing its name",
    )
    not_these = forms.CharField(required=False, widget=forms.HiddenInput)
    # Opened in a new tab from an organisation box's "Not in the directory? Add …" link
    # (static/js/autocomplete.js, ?from=picker): once added, it says to go back to that tab.
    from_picker = forms.BooleanField(required=False, widget=forms.HiddenInput)
    # The kinds that box takes (?kind=…, accounts.views.organisation_search): only those are
    # offered, so that what is added is one the box finds. Comma-separated.
    only_kinds = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        raw = self.data.get("only_kinds") if self.is_bound else self.initial.get("only_kinds")
        kinds = [k for k in str(raw or "").split(",") if k in Organisation.Kind.values]
        if kinds:
            kind = self.fields["kind"]
            kind.choices = [KIND_CHOICES[0]] + [
                (k, label) for k, label in Organisation.Kind.choices if k in kinds
            ]
            kind.error_messages["invalid_choice"] = "Choose one of the kinds listed"
            kind.help_text = (
                f"The box you came from takes only {kinds_in_words(kinds)}: the directory "
                "can hold other kinds, but that box would not find them"
            )
            if len(kinds) == 1:
                kind.initial = kinds[0]

    def layout_fields(self):
        return [
            Field.text("name", field_width=Fluid.TWO_THIRDS),
            Field.select("kind"),
            Field.text("urn", field_width=10),
            Field.text("local_authority", field_width=Fluid.TWO_THIRDS),
            Field("not_these"),
            Field("from_picker"),
            Field("only_kinds"),
        ]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_urn(self):
        urn = self.cleaned_data["urn"]
        holder = Organisation.objects.filter(urn=urn).first() if urn else None
        if holder is not None:
            raise forms.ValidationError(
                f"{holder.name} already has URN {urn}: it is in the directory", code="taken"
            )
        return urn

    def clean(self):
        data = super().clean()
        name, kind = data.get("name"), data.get("kind")
        if name and kind:
            held = Organisation.objects.filter(name__iexact=name, kind=kind).first()
            if held is not None:
                self.add_error(
                    "name",
                    f"{held.name} is already in the directory, of this kind: choose it where you "
                    "need it, or check the name",
                )
        if kind == Organisation.Kind.LOCAL_AUTHORITY and data.get("local_authority"):
            self.add_error(
                "local_authority",
                "A local authority is not in another's area: leave the local authority empty",
            )
        return data
