"""Asking for a progress report (the period it covers) and withdrawing one (why)."""

from crispy_forms_gds.layout import Field
from django import forms
from django.utils import timezone

from accounts.forms import GDSFormMixin
from nextpractice.dates import before_programme_problem, both_ways
from nextpractice.records.forms import WithdrawForm
from programmes.forms.lifecycle import DateField

from .parts import Period


class ReportPeriodForm(GDSFormMixin, forms.Form):
    """The dates a report covers: both empty for the month up to today (the default)."""

    submit_label = "Make the progress report"

    covers_from = DateField(label="From", required=False)
    covers_to = DateField(label="To", required=False)

    def __init__(self, *args, today=None, programme=None, **kwargs):
        self.today = today or timezone.localdate()
        # A report covers time the programme has run: none before it began.
        self.programme = programme
        # A trial's period may end before the trial was recorded or started: its report says
        # so ("The field trial had not started by 31 December 2006").
        super().__init__(*args, **kwargs)
        self.default = Period.month_to(self.today)
        # One example of each date, in its hint and in the message for a date it cannot read.
        for name, example, after in (
            (
                "covers_from",
                self.default.start,
                f". Leave both dates empty for the last month, "
                f"{self.default.start:%-d %B %Y} to {self.default.end:%-d %B %Y}",
            ),
            ("covers_to", self.today, ": today at the latest"),
        ):
            field = self.fields[name]
            field.help_text = f"For example, {both_ways(example)}{after}"
            field.error_messages["invalid"] = field.invalid_for(field.label, example)

    def layout_fields(self):
        return [Field.text("covers_from", field_width=10), Field.text("covers_to", field_width=10)]

    def clean(self):
        """Every date's problems at once: a From it cannot read does not hide a To in the
        future. Each date read is checked; one it cannot read is not also said to be missing."""
        data = super().clean()
        start, end = data.get("covers_from"), data.get("covers_to")
        unread = {name for name in ("covers_from", "covers_to") if name in self.errors}
        if not unread and start is None and end is None:
            data["period"] = self.default
            return data
        if start and start > self.today:
            self.add_error("covers_from", "The date the report starts from must be today or before")
        if problem := before_programme_problem(
            start, self.programme, "date the report starts from"
        ):
            self.add_error("covers_from", problem)
        if end and end > self.today:
            self.add_error("covers_to", "The date the report goes up to must be today or before")
        if start is None and "covers_from" not in unread:
            self.add_error("covers_from", "Enter the date the report starts from")
        if end is None and "covers_to" not in unread:
            self.add_error("covers_to", "Enter the date the report goes up to")
        if not self.errors and start >= end:
            self.add_error(
                "covers_from",
                "The date the report starts from must be before the date it goes up to",
            )
        if not self.errors:
            data["period"] = Period(start=start, end=end)
        return data

    @property
    def period(self):
        return self.cleaned_data["period"]


class WithdrawReportForm(WithdrawForm):
    """Why a progress report is withdrawn: only its subject's officers still open it, so
    only they read the reason."""

    submit_label = "Withdraw the report"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[
            "reason"
        ].help_text = "The programme's officers will see your reason, your name and the date."
