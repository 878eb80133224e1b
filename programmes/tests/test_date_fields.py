"""Dates typed into forms: a saved date is shown as the hint asks for one (1/3/2026, not
2026-03-01), and the hints' and messages' examples are of this year, not of 2006."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from programmes.forms.lifecycle import DateField

pytestmark = pytest.mark.django_db


def test_a_trial_s_saved_start_date_reads_as_the_hint_asks_and_the_example_is_this_year(
    client, world
):
    trial = world.coral
    trial.start_date = datetime.date(2026, 3, 1)
    trial.save()
    client.force_login(world.users["officer"])
    body = client.get(reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])).content.decode()
    assert 'value="1/3/2026"' in body and "2026-03-01" not in body
    assert f"For example, 1/9/{timezone.localdate().year}" in body
    assert "2006" not in body


def test_a_date_shown_is_read_back_as_the_same_date():
    field = DateField()
    shown = field.prepare_value(datetime.date(2027, 12, 31))
    assert shown == "31/12/2027" and field.clean(shown) == datetime.date(2027, 12, 31)
    this_year = timezone.localdate().year
    with pytest.raises(ValidationError) as raised:
        field.clean("31/13/2027")
    assert f"for example 27/3/{this_year}" in str(raised.value)
