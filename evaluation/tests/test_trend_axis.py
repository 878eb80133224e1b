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
