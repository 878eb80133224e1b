"""Measurements: a date after today, a count below 0, a decimal comma, a number too big to
keep and a second measurement on one day are refused beside their field, by the pages and the
service, and nothing is saved."""

import datetime
from decimal import Decimal
from importlib import import_module

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Role
from evaluation.models import Indicator, Measurement
from evaluation.models.indicators import COUNT_BELOW_ZERO, is_count
from evaluation.services import (
    DECIMAL_COMMA,
    TOO_BIG,
    TOO_PRECISE,
    TOO_SMALL,
    enter_measurement,
    read_number,
)
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.records.services import withdraw_record

from .factories import IndicatorFactory
from .pages import add_url, beside, edit_url, kind

pytestmark = pytest.mark.django_db

TOMORROW = timezone.localdate() + datetime.timedelta(days=1)


@pytest.fixture
def counted():
    """An indicator of learners, as Stevenage's, and a member of its trial."""
    indicator = IndicatorFactory(
        unit="number of learners",
        baseline_value=Decimal(120),
        baseline_date=datetime.date(2006, 9, 1),
        target_value=Decimal(400),
        target_date=datetime.date(2008, 7, 1),
    )
    member = FieldTrialMembershipFactory(
        field_trial=indicator.field_trial, role=Role.PRACTITIONER
    ).user
    return indicator, member


def measure(client, indicator, value="300", day="1/10/2007"):
    return client.post(
        add_url("indicator", indicator.pk, "measurement"),
        {"measured_on": day, "value": value, "note": ""},
    )


def test_a_measurement_dated_after_today_is_refused_beside_the_date(client, counted):
    # Dated 2031, it became the indicator's "Latest" on the pages but not in the reports.
    indicator, member = counted
    client.force_login(member)
    page = client.get(add_url("indicator", indicator.pk, "measurement")).text
    assert "On or after the baseline date, 1/9/2006, and today or earlier" in page
    response = measure(client, indicator, day=f"{TOMORROW:%d/%m/%Y}")
    assert response.status_code == 400
    assert beside(response.text, "measured_on") == "The date measured must be today or in the past"
    assert not Measurement.objects.exists()
    with pytest.raises(ValidationError) as caught:
        enter_measurement(indicator=indicator, measured_on=TOMORROW, value="300", actor=member)
    assert caught.value.message_dict == {
        "measured_on": ["The date measured must be today or in the past"]
    }
    assert not Measurement.objects.exists()
    assert measure(client, indicator, day=f"{timezone.localdate():%d/%m/%Y}").status_code == 302


def test_a_measurement_changed_to_a_future_date_is_refused(client, counted):
    indicator, member = counted
    kept = enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 10, 1),
                             value="270", actor=member)  # fmt: skip
    client.force_login(member)
    posted = {"measured_on": "1/1/2031", "value": "300", "note": "", "version": kept.version}
    response = client.post(edit_url("measurement", kept.pk), posted)
    assert response.status_code == 400
    assert beside(response.text, "measured_on") == "The date measured must be today or in the past"
    kept.refresh_from_db()
    assert (kept.measured_on, kept.value) == (datetime.date(2007, 10, 1), 270)


@pytest.mark.parametrize(
    "unit, count",
    [
        ("number of learners", True),
        ("Number of leaders", True),
        ("pupils", True),
        ("decisions a year", True),
        ("exclusions per 100 pupils", True),
        ("change in number of pupils", False),  # a change may be below 0
        ("gap in points", False),
        ("value-added score", False),
        ("£", False),  # cannot tell: any number, as before
        ("days", False),
        ("", False),
    ],
)
def test_a_unit_counts_things_when_it_says_so(unit, count):
    assert is_count(unit) is count


def test_a_count_below_0_is_refused_beside_the_value(client, counted):
    # -5 learners was drawn, and printed as "-45%" of the way to the target.
    indicator, member = counted
    client.force_login(member)
    page = client.get(add_url("indicator", indicator.pk, "measurement")).text
    assert "The number only, 0 or more, for example 125" in page
    response = measure(client, indicator, value="-5")
    assert response.status_code == 400
    assert beside(response.text, "value") == COUNT_BELOW_ZERO
    with pytest.raises(ValidationError) as caught:
        enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 10, 1),
                          value="-5", actor=member)  # fmt: skip
    assert caught.value.message_dict == {"value": [COUNT_BELOW_ZERO]}
    assert not Measurement.objects.exists()
    assert measure(client, indicator, value="0").status_code == 302


def test_a_change_may_be_below_0(counted):
    indicator, member = counted
    Indicator.objects.filter(pk=indicator.pk).update(
        unit="change in number of learners", baseline_value=0, target_value=50
    )
    indicator.refresh_from_db()
    m = enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 10, 1),
                          value="-5", actor=member)  # fmt: skip
    assert m.value == -5


@pytest.mark.parametrize("field", ["baseline_value", "target_value"])
def test_an_indicators_baseline_or_target_below_0_in_a_count_is_refused(field):
    values = {"baseline_value": Decimal(5), "target_value": Decimal(10), field: Decimal(-1)}
    indicator = IndicatorFactory.build(unit="number of learners", direction="lower", **values)
    if field == "baseline_value":
        indicator.direction = "higher"
    with pytest.raises(ValidationError) as caught:
        indicator.clean()
    assert caught.value.message_dict == {field: [COUNT_BELOW_ZERO]}


@pytest.mark.parametrize(
    "typed, problem",
    [
        ("12,5", DECIMAL_COMMA),  # was stored as 125
        ("0,5", DECIMAL_COMMA),
        ("1,25", DECIMAL_COMMA),
        ("1,2500", DECIMAL_COMMA),
        ("1e30", TOO_BIG),  # was "Ensure that there are no more than 14 digits in total."
        ("100000000000", TOO_BIG),
        ("-1e30", TOO_SMALL),
        ("12.5001", TOO_PRECISE),
    ],
)
def test_a_number_that_cannot_be_kept_as_typed_is_refused_in_plain_words(
    client, counted, typed, problem
):
    indicator, member = counted
    Indicator.objects.filter(pk=indicator.pk).update(unit="change in learners")
    client.force_login(member)
    response = measure(client, indicator, value=typed)
    assert response.status_code == 400
    assert beside(response.text, "value") == " ".join(problem.split())
    with pytest.raises(ValidationError) as caught:
        enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 10, 1),
                          value=typed, actor=member)  # fmt: skip
    assert caught.value.message_dict == {"value": [problem]}
    assert not Measurement.objects.exists()


@pytest.mark.parametrize(
    "typed, number",
    [
        ("1,250", Decimal(1250)),  # a comma between thousands is read as one
        ("12,345,678.5", Decimal("12345678.5")),
        (" 91.5 ", Decimal("91.5")),
        ("12.5000", Decimal("12.5")),
        ("99999999999.999", Decimal("99999999999.999")),
    ],
)
def test_a_number_written_as_people_write_it_is_read(typed, number):
    assert read_number(typed) == number


def test_a_thousands_comma_is_saved_through_the_page(client, counted):
    indicator, member = counted
    client.force_login(member)
    assert measure(client, indicator, value="1,250").status_code == 302
    assert Measurement.objects.get().value == 1250


def test_a_second_measurement_on_one_day_is_refused_beside_the_date(client, counted):
    indicator, member = counted
    first = enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 10, 1),
                              value="270", actor=member)  # fmt: skip
    client.force_login(member)
    response = measure(client, indicator, value="125")
    assert response.status_code == 400
    said = "A measurement for 1 October 2007 is already recorded: change that one instead"
    assert beside(response.text, "measured_on") == said
    with pytest.raises(ValidationError) as caught:
        enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 10, 1),
                          value="125", actor=member)  # fmt: skip
    assert caught.value.message_dict == {"measured_on": [said]}
    assert list(Measurement.objects.values_list("value", flat=True)) == [270]

    # Another day changed to that day is refused too; the day itself may be kept.
    other = enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 11, 1),
                              value="280", actor=member)  # fmt: skip
    posted = {"measured_on": "1/10/2007", "value": "280", "note": "", "version": other.version}
    response = client.post(edit_url("measurement", other.pk), posted)
    assert response.status_code == 400 and beside(response.text, "measured_on") == said
    posted = {"measured_on": "1/10/2007", "value": "275", "note": "", "version": first.version}
    assert client.post(edit_url("measurement", first.pk), posted).status_code == 302

    # Once withdrawn, its day may be measured again.
    withdraw_record(kind=kind("measurement"), record=first, actor=member, reason="Miscounted")
    assert measure(client, indicator, value="125").status_code == 302


def test_the_database_keeps_one_current_measurement_a_day(counted):
    indicator, _ = counted
    day = datetime.date(2007, 10, 1)
    Measurement.objects.create(indicator=indicator, measured_on=day, value=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Measurement.objects.create(indicator=indicator, measured_on=day, value=2)
    Measurement.objects.create(
        indicator=indicator, measured_on=day, value=3, withdrawn_at=timezone.now()
    )


def test_the_migration_withdraws_repeats_already_kept_deleting_nothing(counted):
    """Before the constraint, two a day could be kept: the migration keeps the one entered
    last and withdraws the others, with the reason, so the constraint holds."""
    from django.apps import apps
    from django.db import connection

    indicator, _ = counted
    migration = import_module("evaluation.migrations.0009_measurements_twice_a_day_withdrawn")
    with connection.schema_editor() as editor:  # undone with the test's transaction
        for constraint in Measurement._meta.constraints:
            editor.remove_constraint(Measurement, constraint)
    day, now = datetime.date(2026, 10, 1), timezone.now()

    def add(value, minutes, **extra):
        return Measurement.objects.create(
            indicator=indicator, measured_on=day, value=value,
            created_at=now - datetime.timedelta(minutes=minutes), **extra,
        )  # fmt: skip

    first, last = add(-5, 10), add(125, 5)
    withdrawn = add(7, 1, withdrawn_at=now, withdrawn_reason="Wrong")
    other_day = Measurement.objects.create(
        indicator=indicator, measured_on=day + day.resolution, value=130
    )
    migration.withdraw_repeats(apps, None)
    assert Measurement.objects.count() == 4
    first.refresh_from_db()
    assert first.is_withdrawn and first.version == 2
    assert first.withdrawn_reason.startswith("Another measurement for 1 October 2026 was entered")
    assert set(Measurement.objects.current().values_list("pk", flat=True)) == {
        last.pk,
        other_day.pk,
    }
    withdrawn.refresh_from_db()
    assert withdrawn.withdrawn_reason == "Wrong"
