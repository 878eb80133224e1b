"""Measurements, indicators and objectives: what is refused, and why."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from accounts.models import Event, Role
from evaluation.models import Indicator, Measurement, Objective, progress_towards_target
from evaluation.models.indicators import PERCENTAGE_RANGE, is_percentage
from evaluation.services import adopt_indicator, enter_measurement
from fieldtrials.tests.factories import FieldTrialMembershipFactory

from .factories import IndicatorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicator():
    return IndicatorFactory(unit="% of pupils", baseline_date=datetime.date(2006, 9, 1))


@pytest.fixture
def member(indicator):
    return FieldTrialMembershipFactory(
        field_trial=indicator.field_trial, role=Role.PRACTITIONER
    ).user


def refusal(**kwargs):
    with pytest.raises(ValidationError) as caught:
        enter_measurement(**kwargs)
    return caught.value.message_dict


def test_a_value_that_is_not_a_number_is_refused_with_the_reason(indicator, member):
    problems = refusal(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                       value="about 60", actor=member)  # fmt: skip
    assert problems == {"value": ["Enter the value as a number, like 42 or 93.5"]}
    assert not Measurement.objects.exists()


def test_a_date_before_the_baseline_is_refused_with_the_reason(indicator, member):
    problems = refusal(indicator=indicator, measured_on=datetime.date(2006, 8, 31),
                       value="60", actor=member)  # fmt: skip
    assert "before the baseline (1/9/2006)" in problems["measured_on"][0]
    assert not Measurement.objects.exists()


def test_another_unit_is_refused_with_the_reason(indicator, member):
    problems = refusal(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                       value="60", unit="pupils", actor=member)  # fmt: skip
    assert "must be the indicator's unit, % of pupils" in problems["unit"][0]
    assert not Measurement.objects.exists()


def test_the_same_unit_in_other_case_and_spacing_is_accepted(indicator, member):
    m = enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                          value=" 61.5 ", unit="%  OF pupils", actor=member)  # fmt: skip
    assert m.value == Decimal("61.5")
    assert m.unit == "% of pupils"
    assert Event.objects.filter(verb="evaluation.measurement_added").count() == 1


def test_someone_outside_the_trial_cannot_enter_a_measurement(indicator):
    outsider = FieldTrialMembershipFactory(role=Role.PRACTITIONER).user  # another trial
    with pytest.raises(PermissionDenied):
        enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                          value="60", actor=outsider)  # fmt: skip
    assert not Measurement.objects.exists()


def test_a_target_on_the_wrong_side_of_the_baseline_is_refused():
    indicator = IndicatorFactory.build(direction="lower", baseline_value=Decimal(12),
                                       target_value=Decimal(15))  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        indicator.clean()
    assert "Lower is better" in caught.value.message_dict["target_value"][0]


@pytest.mark.parametrize(
    "direction, baseline, target, value, expected",
    [
        ("higher", 50, 70, 60, 50.0),
        ("higher", 50, 70, 70, 100.0),
        ("higher", 50, 70, 45, -25.0),
        ("lower", 12, 6, 9, 50.0),  # fewer exclusions is progress
        ("lower", 12, 6, 6, 100.0),
        ("lower", 12, 6, 15, -50.0),  # more exclusions is going backwards
        ("higher", 50, None, 60, None),
        ("higher", 50, 70, None, None),
    ],
)
def test_progress_runs_from_baseline_0_to_target_100_in_the_better_direction(
    direction, baseline, target, value, expected
):
    got = progress_towards_target(baseline=baseline, target=target, value=value,
                                  direction=direction)  # fmt: skip
    assert got == expected


def test_an_objective_is_about_exactly_one_programme_project_or_trial(indicator):
    trial = indicator.field_trial
    with pytest.raises(IntegrityError), transaction.atomic():
        Objective.objects.create(text="About nothing")
    with pytest.raises(IntegrityError), transaction.atomic():
        Objective.objects.create(text="About two", project=trial.project, field_trial=trial)
    assert Objective.objects.create(text="About one", field_trial=trial).level == "field_trial"


def test_adopting_an_indicator_twice_keeps_one(indicator, member):
    trial = indicator.field_trial
    first = adopt_indicator(trial=trial, strand="collaboration", name="Joint activities",
                            unit="activities a term", direction="higher", actor=member)  # fmt: skip
    again = adopt_indicator(trial=trial, strand="collaboration", name="joint activities",
                            unit="activities a term", direction="higher", actor=member)  # fmt: skip
    assert first.pk == again.pk
    assert Indicator.objects.filter(field_trial=trial, name__iexact="joint activities").count() == 1
    assert Event.objects.filter(verb="evaluation.indicator_adopted").count() == 1
    assert first.baseline_value is None  # the baseline is measured after adopting


def test_a_measurement_s_history_names_its_indicator_and_a_list_of_them_asks_no_more(
    indicator, member, django_assert_num_queries
):
    indicator.name = "Attendance"
    indicator.unit = "% of sessions"
    indicator.save()
    enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                      value="8.9", actor=member)  # fmt: skip
    event = Event.objects.get(verb="evaluation.measurement_added")
    assert event.target_name == "Attendance: 8.9% of sessions on 1 January 2007"
    # Read without its indicator, it is named by its value, unit and date, with no query for it.
    with django_assert_num_queries(1):
        assert [str(m) for m in Measurement.objects.all()] == ["8.9% of sessions on 1 January 2007"]
    # A unit that is not a percentage follows the value after a space.
    indicator.unit = "pupils"
    indicator.save()
    enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 2, 1),
                      value="120", actor=member)  # fmt: skip
    assert str(Measurement.objects.get(measured_on=datetime.date(2007, 2, 1))) == (
        "120 pupils on 1 February 2007"
    )


@pytest.mark.parametrize(
    "unit, percentage",
    [
        ("%", True),
        ("% of sessions attended", True),
        (" % OF pupils", True),
        ("per cent of leavers", True),
        ("Percentage attending", True),
        ("pupils", False),
        ("sessions attended (number)", False),
        ("percentage points", False),  # a gap or a change may be below 0
        ("", False),
    ],
)
def test_a_unit_is_a_percentage_when_it_starts_with_a_percent_sign_or_says_so(unit, percentage):
    assert is_percentage(unit) is percentage


def test_a_percentage_outside_0_to_100_is_refused_beside_the_value(indicator, member):
    # 919 for 91.9 was shown as "13833% of the way from baseline to target".
    indicator.unit = "% of sessions attended"
    indicator.save()
    problems = refusal(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                       value="919", actor=member)  # fmt: skip
    assert problems == {"value": [PERCENTAGE_RANGE]}
    assert refusal(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                   value="-1", actor=member) == {"value": [PERCENTAGE_RANGE]}  # fmt: skip
    assert not Measurement.objects.exists()
    for day, value in enumerate(("0", "100", "91.9"), start=1):
        enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 1, day),
                          value=value, actor=member)  # fmt: skip
    assert Measurement.objects.count() == 3


def test_a_number_of_pupils_may_be_above_100(member):
    indicator = IndicatorFactory(unit="pupils", baseline_value=50, target_value=700)
    FieldTrialMembershipFactory(field_trial=indicator.field_trial, user=member,
                                role=Role.PRACTITIONER)  # fmt: skip
    m = enter_measurement(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                          value="919", actor=member)  # fmt: skip
    assert m.value == 919


def test_the_measurement_pages_say_a_percentage_must_be_0_to_100_and_save_nothing(
    client, indicator, member
):
    client.force_login(member)
    add = reverse("evaluation:record_create", args=["indicator", indicator.pk, "measurement"])
    assert "between 0 and 100, for example 91.5" in client.get(add).text
    response = client.post(add, {"measured_on": "1/1/2007", "value": "919", "note": ""})
    assert response.status_code == 400
    assert PERCENTAGE_RANGE in response.text  # beside the value:
    assert 'aria-invalid="true" id="id_value"' in response.text
    assert not Measurement.objects.exists()

    kept = Measurement.objects.create(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                                      value=Decimal(919), unit=indicator.unit)  # fmt: skip
    edit = reverse("records:edit", args=["evaluation", "measurement", kept.pk])
    response = client.post(
        edit, {"measured_on": "1/1/2007", "value": "101", "note": "", "version": kept.version}
    )
    assert response.status_code == 400 and PERCENTAGE_RANGE in response.text
    response = client.post(
        edit, {"measured_on": "1/1/2007", "value": "91.9", "note": "", "version": kept.version}
    )
    assert response.status_code == 302
    kept.refresh_from_db()
    assert kept.value == Decimal("91.9")


def test_a_percentage_kept_from_before_outside_0_to_100_can_still_be_withdrawn(
    client, indicator, member
):
    kept = Measurement.objects.create(indicator=indicator, measured_on=datetime.date(2007, 1, 1),
                                      value=Decimal(919), unit=indicator.unit)  # fmt: skip
    client.force_login(member)
    withdraw = reverse("records:withdraw", args=["evaluation", "measurement", kept.pk])
    assert client.post(withdraw, {"reason": "919 was 91.9"}).status_code == 302
    kept.refresh_from_db()
    assert kept.is_withdrawn


@pytest.mark.parametrize("field", ["baseline_value", "target_value"])
def test_an_indicators_percentage_baseline_or_target_outside_0_to_100_is_refused(field):
    indicator = IndicatorFactory.build(unit="per cent of leavers", **{field: Decimal(120)})
    with pytest.raises(ValidationError) as caught:
        indicator.clean()
    assert caught.value.message_dict == {field: [PERCENTAGE_RANGE]}
    indicator.unit = "leavers"
    if field == "baseline_value":
        indicator.target_value = Decimal(130)
    indicator.clean()  # not a percentage: any number


def test_nothing_is_added_to_a_withdrawn_indicator(client, indicator, member):
    """A measurement could still be added to an indicator withdrawn meanwhile (the page
    open in another tab): its page says it is withdrawn, and the service refuses it on the
    indicator's locked row."""
    from accounts.tests.factories import UserFactory
    from evaluation.kinds import RECORD_KINDS
    from nextpractice.records.services import withdraw_record
    from programmes.tests.factories import ProjectMembershipFactory

    officer = UserFactory()
    ProjectMembershipFactory(project=indicator.field_trial.project, user=officer, role=Role.OFFICER)
    kind = next(k for k in RECORD_KINDS if k.slug == "indicator")
    client.force_login(member)
    add = reverse("evaluation:record_create", args=["indicator", indicator.pk, "measurement"])
    assert client.get(add).status_code == 200
    withdraw_record(kind=kind, record=indicator, actor=officer, reason="Measured another way")
    response = client.post(add, {"measured_on": "1/1/2007", "value": "60", "note": ""})
    assert response.status_code == 409
    assert "This indicator has been withdrawn" in response.text
    assert client.get(add).status_code == 409
    with pytest.raises(ValidationError, match="has been withdrawn, so nothing more can be added"):
        enter_measurement(
            indicator=indicator, measured_on=datetime.date(2007, 1, 1), value="60", actor=member
        )
    assert not Measurement.objects.exists()
