"""Forms for a field trial's own details and its status."""

from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.db.models import Q

from accounts.forms import GDSFormMixin
from accounts.models import Organisation, Role, User
from programmes.forms.lifecycle import DateField

from ..models import FieldTrial, ResourceDomain
from ..workflow import MOVES
from .fields import IdsChoiceField


class TrialDetailsForm(GDSFormMixin, forms.ModelForm):
    submit_label = "Save the trial's details"
    start_date = DateField(required=False, help_text="For example, 1/9/2006")
    end_date = DateField(required=False)
    participating = IdsChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Participating organisations",
        help_text="One school, a federation, or every secondary school in a local authority: "
        "the organisations of the trial's local authority are listed.",
    )
    domains = IdsChoiceField(
        queryset=ResourceDomain.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Resource domains it works on",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = FieldTrial
        fields = ["title", "summary", "lead_organisation", "local_authority", "locality",
                  "trigger", "consultant", "plan", "start_date", "end_date"]  # fmt: skip
        labels = {"lead_organisation": "Lead organisation", "local_authority": "Local authority"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        trial = self.instance
        la = trial.local_authority_id
        self.fields["participating"].queryset = Organisation.objects.filter(
            Q(local_authority_id=la) | Q(pk__in=trial.participating_organisations.all())
            if la
            else Q(pk__in=trial.participating_organisations.all())
        ).order_by("name")
        self.fields["participating"].initial = list(
            trial.participating_organisations.values_list("pk", flat=True)
        )
        self.fields["domains"].initial = list(trial.resource_domains.values_list("pk", flat=True))
        self.fields["version"].initial = trial.version
        self.fields["lead_organisation"].queryset = Organisation.objects.order_by("name")
        self.fields["local_authority"].queryset = Organisation.objects.filter(
            kind=Organisation.Kind.LOCAL_AUTHORITY
        ).order_by("name")
        self.fields["consultant"].queryset = (
            User.objects.filter(
                Q(fieldtrial_memberships__role=Role.CONSULTANT)
                | Q(project_memberships__role=Role.CONSULTANT)
                | Q(programme_memberships__role=Role.CONSULTANT)
            )
            .distinct()
            .order_by("full_name")
        )

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.textarea("summary", rows=3),
            Field.select("lead_organisation"),
            Field.select("local_authority"),
            Field.text("locality", field_width=Fluid.TWO_THIRDS),
            Field.checkboxes("participating"),
            Field.checkboxes("domains"),
            Field.text("trigger", field_width=Fluid.TWO_THIRDS),
            Field.select("consultant"),
            Field.textarea("plan", rows=8),
            Field.text("start_date", field_width=10),
            Field.text("end_date", field_width=10),
            Field("version"),
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end <= start:
            self.add_error("end_date", "The end date must be after the start date")
        return data


class StatusForm(GDSFormMixin, forms.Form):
    submit_label = "Change the status"
    to_status = forms.ChoiceField(label="What is the trial's status now?", widget=forms.RadioSelect)
    reason = forms.CharField(
        label="Why?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required when a trial is withdrawn or returned to selected",
    )

    def __init__(self, *args, trial, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [
            (s.value, s.label) for s in MOVES[FieldTrial.Status(trial.status)]
        ]

    def layout_fields(self):
        return [Field.radios("to_status"), Field.textarea("reason")]
