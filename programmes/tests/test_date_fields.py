"""Dates typed into forms: a saved date is shown as the hint asks for one (1/3/2026, not
2026-03-01), and the hints' and messages' examples are of this year, not of 2006, or ahead
where the date is (a trial's start and end, a new programme's start)."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from nextpractice.dates import both_ways
from programmes.forms.lifecycle import DateField

pytestmark = pytest.mark.django_db


def hinted(page, field):
    """The date the hint of `field` gives as its example ("For example, 1/9/2027")."""
    found = re.search(rf'id="id_{field}_hint"[^>]*>\s*For example, (\d+)/(\d+)/(\d+)', page)
    assert found, f"no example in the hint of {field}"
    day, month, year = (int(part) for part in found.groups())
    return datetime.date(year, month, day)


def test_a_trial_s_saved_start_date_reads_as_the_hint_asks(client, world):
    trial = world.coral
    trial.start_date = datetime.date(2026, 3, 1)
    trial.save()
    client.force_login(world.users["officer"])
    body = client.get(reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])).content.decode()
    assert 'value="1/3/2026"' in body and "2026-03-01" not in body
    assert "2006" not in body


def test_a_trial_s_date_hints_are_ahead_and_end_after_they_start(client, world):
    """A tester read "For example, 1/9/2026" to start and "31/7/2026" to end on 7 December
    2026: both past, the end before the start. Now a school year still to come."""
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk])
    body = client.get(url).content.decode()
    starts, ends = hinted(body, "start_date"), hinted(body, "end_date")
    today = timezone.localdate()
    assert today < starts < ends <= starts + datetime.timedelta(days=366)
    assert (starts.day, starts.month, ends.day, ends.month) == (1, 9, 31, 7)


def test_a_new_programme_s_start_hint_is_ahead(client, world):
    """It was "For example, 9/1/2026" on 7 December 2026."""
    client.force_login(world.users["officer"])
    body = client.get(reverse("programmes:programme_create")).content.decode()
    assert timezone.localdate() < hinted(body, "start_date")


def test_a_date_shown_is_read_back_as_the_same_date():
    field = DateField()
    shown = field.prepare_value(datetime.date(2027, 12, 31))
    assert shown == "31/12/2027" and field.clean(shown) == datetime.date(2027, 12, 31)
    with pytest.raises(ValidationError) as raised:
        field.clean("31/13/2027")
    # The example is today, not a fixed day long past.
    assert f"for example {both_ways(timezone.localdate())}" in str(raised.value)


@pytest.mark.parametrize(
    "today, done, due",
    [
        # 27/3 and 31/3 of this year were still to come: a meeting "held" then is refused
        ("2026-03-01", "2025", "2026"),
        # and once past, a milestone's "Due by" example was a day gone
        ("2026-04-01", "2026", "2027"),
    ],
)
def test_the_hints_of_days_done_give_one_come_and_of_days_due_one_ahead(
    monkeypatch, today, done, due
):
    """The example in a date's hint is relative to today, as the messages' are: a meeting or
    workshop held, a session logged, a report given on a day come (on or before today); a
    milestone due on a day ahead; a measurement today, a highlight report this month. Written
    both ways, figures and words, where the box takes both."""
    from evaluation.forms import HighlightForm, IndependentEvaluationForm, MeasurementForm
    from fieldtrials.forms.records import MilestoneForm, OfferUseForm, SupportSessionForm
    from fieldtrials.forms.updates import MeetingForm
    from programmes.forms import lifecycle
    from programmes.forms.options import WorkshopDateField

    monkeypatch.setattr(lifecycle.timezone, "localdate", lambda: datetime.date.fromisoformat(today))

    def hint(form, field):
        return str(form.base_fields[field].help_text)

    assert hint(MeetingForm, "held_on") == f"For example, 27/3/{done} or 27 March {done}"
    assert hint(SupportSessionForm, "held_on").startswith("For example, 15/1/2026 ")
    assert hint(OfferUseForm, "given_on").startswith("For example, 14/2/2026 or 14 February")
    assert hint(IndependentEvaluationForm, "reported_on").startswith(f"For example, 31/3/{done} ")
    assert hint(MilestoneForm, "due_on") == f"For example, 31/3/{due} or 31 March {due}"
    assert str(WorkshopDateField().help_text) == f"For example, 27 3 {done}"  # its three boxes
    day = datetime.date.fromisoformat(today)
    assert hint(HighlightForm, "month") == f"For example, {day.month}/{day.year}"  # reported on
    assert hint(MeasurementForm, "measured_on") == f"For example, {both_ways(day)}"


def test_a_date_box_gives_a_phone_a_keyboard_with_separators():
    """inputmode="numeric" gave an iPhone a keypad of digits, with no "/", "-" or space to
    type a date with."""
    assert "inputmode" not in DateField().widget.render("due_on", None)


@pytest.mark.parametrize(
    "today, starts, ends",
    [
        # the tester's day
        ("2026-12-07", "1/9/2027 or 1 September 2027", "31/7/2028 or 31 July 2028"),
        ("2026-08-31", "1/9/2026 or 1 September 2026", "31/7/2027 or 31 July 2027"),
        # a day already here is not ahead
        ("2026-09-01", "1/9/2027 or 1 September 2027", "31/7/2028 or 31 July 2028"),
        ("2026-07-31", "1/9/2026 or 1 September 2026", "31/7/2027 or 31 July 2027"),
    ],
)
def test_the_examples_ahead_are_the_next_school_year(monkeypatch, today, starts, ends):
    from programmes.forms import lifecycle

    monkeypatch.setattr(lifecycle.timezone, "localdate", lambda: datetime.date.fromisoformat(today))
    assert str(lifecycle.for_example_ahead("1/9")) == f"For example, {starts}"
    assert str(lifecycle.for_example_ahead("31/7", ".", following="1/9")) == (
        f"For example, {ends}."
    )


@pytest.mark.parametrize(
    "today, baseline, target",
    [
        # the tester's day
        ("2026-12-07", "1/9/2026 or 1 September 2026", "31/7/2027 or 31 July 2027"),
        ("2026-08-31", "1/9/2025 or 1 September 2025", "31/7/2026 or 31 July 2026"),
        # a day already here has come
        ("2026-09-01", "1/9/2026 or 1 September 2026", "31/7/2027 or 31 July 2027"),
    ],
)
def test_an_indicator_s_target_example_follows_its_baseline_s(monkeypatch, today, baseline, target):
    from programmes.forms import lifecycle

    monkeypatch.setattr(lifecycle.timezone, "localdate", lambda: datetime.date.fromisoformat(today))
    assert str(lifecycle.for_example_past("1/9")) == f"For example, {baseline}"
    assert str(lifecycle.for_example_after_past("31/7", "1/9", ".")) == (f"For example, {target}.")
