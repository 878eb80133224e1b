"""The trend chart's value axis: a count starts at 0 rather than at a negative tick."""

import datetime
from decimal import Decimal

from evaluation.charts import trend_chart
from evaluation.tests.factories import IndicatorFactory, MeasurementFactory


def chart_of(baseline, target, *values):
    indicator = IndicatorFactory.build(
        pk=1, unit="schools", baseline_value=baseline, target_value=target
    )
    measurements = [
        MeasurementFactory.build(
            indicator=indicator, value=Decimal(v), measured_on=datetime.date(2007, 1 + i, 1)
        )
        for i, v in enumerate(values)
    ]
    return trend_chart(indicator, measurements)


def test_a_count_from_nothing_has_its_axis_start_at_0_not_minus_5():
    chart = chart_of(Decimal("0"), Decimal("12"), "3", "8")
    labels = [t.label for t in chart.y_ticks]
    assert labels[0] == "0" and not any(label.startswith("-") for label in labels)
    # The lowest tick is the plot's bottom edge, so the baseline of 0 sits on it.
    assert chart.y_ticks[0].position == chart.plot_bottom == chart.baseline_y


def test_values_below_zero_still_get_an_axis_below_zero():
    chart = chart_of(Decimal("-4"), Decimal("6"), "-2")
    assert chart.y_ticks[0].label.startswith("-")


def test_a_percentage_axis_stops_at_100():
    """A "% of pupils" indicator from 12 towards 100 had its axis run to 150."""
    indicator = IndicatorFactory.build(
        pk=1, unit="% of pupils", baseline_value=Decimal("12"), target_value=Decimal("100")
    )
    measurement = MeasurementFactory.build(
        indicator=indicator, value=Decimal("40"), measured_on=datetime.date(2007, 1, 1)
    )
    chart = trend_chart(indicator, [measurement])
    labels = [t.label for t in chart.y_ticks]
    assert labels[0] == "0" and labels[-1] == "100"
    assert chart.target_y == chart.plot_y  # the target of 100 is the top of the plot


def test_an_axis_of_something_else_may_pass_100():
    chart = chart_of(Decimal("12"), Decimal("100"), "40")  # schools
    assert float(chart.y_ticks[-1].label) > 100
