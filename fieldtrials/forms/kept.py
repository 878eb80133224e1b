"""Forms the record kit's edit pages use (fieldtrials/kinds.py) for records whose own pages
follow a course: a Power to Innovate request and a monthly update change only while they are
drafts; once sent they stand as they were sent, and are withdrawn rather than changed. A
community's meeting is corrected with the fields it was recorded with."""

from crispy_forms_gds.layout import Field
from django import forms

from accounts.forms import GDSFormMixin

from ..models import CommunityMeeting, MonthlyUpdate, PowerToInnovateRequest, Rag
from ..models.updates import meeting_date_problem
from .records import PowerToInnovateForm
from .updates import MeetingForm


def _sent(record, what):
    state = record.get_status_display() if what == "update" else record.get_state_display()
    return forms.ValidationError(
        f"This {what} is {state.lower()}, so it stands as it was sent and can no longer be "
        f"changed. If it should no longer count, withdraw it instead."
    )


class KeptRequestForm(PowerToInnovateForm):
    """A Power to Innovate request corrected through the record kit: only while a draft."""

    submit_label = "Save the changes"

    def clean(self):
        data = super().clean()
        if self.instance.state != PowerToInnovateRequest.State.DRAFT:
            raise _sent(self.instance, "request")
        return data


class KeptUpdateForm(GDSFormMixin, forms.ModelForm):
    """A monthly update corrected through the record kit: only while a draft (its own edit
    page, which autosaves, is where its team writes it)."""

    submit_label = "Save the changes"

    class Meta:
        model = MonthlyUpdate
        fields = ["rag", "what_happened", "what_next", "in_the_way"]
        labels = {"rag": "How is the trial going?"}
        widgets = {"rag": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rag"].choices = Rag.choices  # no "---------" among the radios

    def layout_fields(self):
        return [
            Field.radios("rag", legend_size="s"),
            Field.textarea("what_happened", rows=5),
            Field.textarea("what_next", rows=4),
            Field.textarea("in_the_way", rows=4),
        ]

    def clean(self):
        data = super().clean()
        if self.instance.status != MonthlyUpdate.Status.DRAFT:
            raise _sent(self.instance, "update")
        return data


class KeptMeetingForm(GDSFormMixin, forms.ModelForm):
    """A community's meeting corrected through the record kit: its date, the trials that
    came (of those the editor sees) and what it shared, checked as when it was recorded."""

    submit_label = "Save the changes"
    held_on = MeetingForm.base_fields["held_on"]
    attended_by = MeetingForm.base_fields["attended_by"]
    shared = MeetingForm.base_fields["shared"]

    class Meta:
        model = CommunityMeeting
        fields = ["held_on", "attended_by", "shared"]

    def __init__(self, *args, trials, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended_by"].queryset = trials.order_by("title")

    def layout_fields(self):
        return MeetingForm.layout_fields(self)

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        problem = meeting_date_problem(held_on, self.instance.community)
        if problem:
            raise forms.ValidationError(problem)
        return held_on
