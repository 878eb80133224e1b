"""Server-side SVG charts of indicators, as data for templates.

`trend_chart(indicator, measurements)` draws one indicator's measurements over time against
its baseline and target (evaluation/charts/_trend.html). `progress_chart(rows)` draws
several indicators side by side, each normalised as progress from its baseline (0%) to its
target (100%), so indicators in different units compare (evaluation/charts/_progress.html).
Every chart's template also renders its data as a table.
"""

import math
from dataclasses import dataclass, field
from datetime import timedelta

from nextpractice.words import plain_number

from .models.indicators import is_percentage

WIDTH, HEIGHT = 600, 280
LEFT, RIGHT, TOP, BOTTOM = 72, 24, 20, 48


def number(value):
    """A value for people, to at most three places: no trailing zeros, thousands kept plain."""
    if value is None:
        return ""
    return plain_number(f"{float(value):.3f}")


def nice_step(span, count=4):
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `count` intervals."""
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


@dataclass
class TrendPoint:
    x: float
    y: float
    value: str
    date: object
    progress: float | None
    pk: int | None = None  # the measurement's, for its Change link


@dataclass
class Tick:
    position: float
    label: str
    anchor: str = "middle"


@dataclass
class TrendChart:
    id: str
    title: str
    description: str
    unit: str
    width: int = WIDTH
    height: int = HEIGHT
    plot_x: int = LEFT
    plot_y: int = TOP
    plot_right: int = WIDTH - RIGHT
    plot_bottom: int = HEIGHT - BOTTOM
    points: list = field(default_factory=list)
    y_ticks: list = field(default_factory=list)
    x_ticks: list = field(default_factory=list)
    baseline_y: float | None = None
    baseline_label: str = ""
    target_y: float | None = None
    target_label: str = ""
    target_x: float | None = None
    trajectory: str = ""  # the straight line from baseline to target
    line: str = ""  # the measurements joined up

    @property
    def has_data(self):
        return bool(self.points) or self.baseline_y is not None or self.target_y is not None

    @property
    def axis_title_y(self):
        return self.plot_bottom + 40

    @property
    def x_label_y(self):
        return self.plot_bottom + 18

    @property
    def y_label_x(self):
        return self.plot_x - 8

    @property
    def plot_mid_x(self):
        return (self.plot_x + self.plot_right) / 2


def _describe(indicator, measurements):
    parts = [f"{indicator.name}, in {indicator.unit}; {indicator.get_direction_display().lower()}."]
    if indicator.baseline_value is not None:
        parts.append(
            f"Baseline {number(indicator.baseline_value)} on {indicator.baseline_date:%-d %B %Y}."
        )
    else:
        parts.append("No baseline yet.")
    if indicator.target_value is not None:
        parts.append(
            f"Target {number(indicator.target_value)} by {indicator.target_date:%-d %B %Y}."
        )
    else:
        parts.append("No target yet.")
    if measurements:
        last = measurements[-1]
        text = (
            f"{len(measurements)} measurement{'s' if len(measurements) != 1 else ''}; "
            f"the latest, on {last.measured_on:%-d %B %Y}, is {number(last.value)}"
        )
        progress = indicator.progress_of(last.value)
        if progress is not None:
            text += f", {progress:.0f}% of the way from baseline to target"
        parts.append(text + ".")
    else:
        parts.append("No measurements yet.")
    return " ".join(parts)


def trend_chart(indicator, measurements):
    """The indicator's measurements (in date order) against its baseline and target."""
    measurements = list(measurements)
    chart = TrendChart(
        id=f"indicator-{indicator.pk}",
        title=f"{indicator.name}: measurements against baseline and target",
        description=_describe(indicator, measurements),
        unit=indicator.unit,
    )
    values = [float(m.value) for m in measurements]
    dates = [m.measured_on for m in measurements]
    if indicator.baseline_value is not None:
        values.append(float(indicator.baseline_value))
        dates.append(indicator.baseline_date)
    if indicator.target_value is not None:
        values.append(float(indicator.target_value))
        dates.append(indicator.target_date)
    if not values:
        return chart
    low, high = min(values), max(values)
    if high == low:
        low, high = low - max(1, abs(low) * 0.1), high + max(1, abs(high) * 0.1)
    margin = (high - low) * 0.08  # keep lines and points off the plot's edges
    low, high = low - margin, high + margin
    # A share out of 100 ("% of pupils") never passes 100: its axis stops there, not at 150.
    share = is_percentage(indicator.unit) and max(values) <= 100
    if share:
        high = min(high, 100)
    step = nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if min(values) >= 0:
        low = max(low, 0)  # a count or a share never goes below nothing: the axis starts at 0
    if share:
        high = min(high, 100)
    first, last = min(dates), max(dates)
    if first == last:
        first, last = first - timedelta(days=30), last + timedelta(days=30)
    days = (last - first).days
    plot_w = chart.plot_right - chart.plot_x
    plot_h = chart.plot_bottom - chart.plot_y

    def x(day):
        return round(chart.plot_x + plot_w * (day - first).days / days, 1)

    def y(value):
        return round(chart.plot_bottom - plot_h * (float(value) - low) / (high - low), 1)

    tick = low
    while tick <= high + step / 1000:
        chart.y_ticks.append(Tick(y(tick), number(tick)))
        tick += step
    count = 4 if days > 120 else 2
    chart.x_ticks = [
        Tick(x(first + timedelta(days=round(days * i / count))), "") for i in range(count + 1)
    ]
    for i, t in enumerate(chart.x_ticks):
        t.label = f"{first + timedelta(days=round(days * i / count)):%b %Y}"
        t.anchor = "start" if i == 0 else "end" if i == count else "middle"
    if indicator.baseline_value is not None:
        chart.baseline_y = y(indicator.baseline_value)
        chart.baseline_label = f"Baseline {number(indicator.baseline_value)}"
    if indicator.target_value is not None:
        chart.target_y = y(indicator.target_value)
        chart.target_x = x(indicator.target_date)
        chart.target_label = f"Target {number(indicator.target_value)}"
        if indicator.baseline_value is not None:
            chart.trajectory = (
                f"M {x(indicator.baseline_date)} {chart.baseline_y} "
                f"L {chart.target_x} {chart.target_y}"
            )
    chart.points = [
        TrendPoint(
            x(m.measured_on),
            y(m.value),
            number(m.value),
            m.measured_on,
            indicator.progress_of(m.value),
            m.pk,
        )
        for m in measurements
    ]
    if chart.points:
        chart.line = "M " + " L ".join(f"{p.x} {p.y}" for p in chart.points)
    return chart


# --- Side by side ------------------------------------------------------------------------

ROW_H = 30
LABEL_W = 300
BAR_LEFT, BAR_RIGHT = LABEL_W + 10, 620
FLOOR, CEILING = -50.0, 150.0  # bars beyond these are drawn to the edge (the table says all)


@dataclass
class ProgressBar:
    number: int
    label: str
    progress: float | None
    y: float
    x: float = 0
    width: float = 0
    text_x: float = 0
    cut: bool = False  # beyond the drawn range

    @property
    def text_y(self):
        return self.y + 19

    @property
    def bar_y(self):
        return self.y + 6


@dataclass
class ProgressChart:
    id: str
    description: str
    bars: list
    height: int
    zero_x: float
    hundred_x: float
    width: int = BAR_RIGHT + 40
    top: int = 26

    @property
    def bottom(self):
        return self.height - 4


def progress_chart(rows, *, id="progress"):
    """Bars of progress from baseline (0%) to target (100%), one per row, side by side.

    Each row needs `label` and `progress` (a percent, or None when not yet measurable)."""
    rows = list(rows)
    known = [r.progress for r in rows if r.progress is not None]
    low = max(FLOOR, min([0.0, *known]))
    high = min(CEILING, max([100.0, *known]))

    def x(percent):
        return round(BAR_LEFT + (BAR_RIGHT - BAR_LEFT) * (percent - low) / (high - low), 1)

    bars = []
    for index, row in enumerate(rows):
        bar = ProgressBar(index + 1, row.label, row.progress, 26 + index * ROW_H)
        if row.progress is not None:
            clamped = max(low, min(high, row.progress))
            bar.cut = clamped != row.progress
            start, end = sorted((x(0), x(clamped)))
            bar.x, bar.width = start, max(1.5, end - start)
            bar.text_x = min(end + 4, BAR_RIGHT + 2)
        else:
            bar.text_x = x(0) + 4
        bars.append(bar)
    reached = sum(1 for p in known if p >= 100)
    description = (
        f"{len(rows)} indicator{'s' if len(rows) != 1 else ''}, each drawn as progress from "
        f"its baseline (0%) to its target (100%). {reached} of {len(known)} with measurements "
        "have reached their target."
    )
    return ProgressChart(
        id=id,
        description=description,
        bars=bars,
        height=26 + len(rows) * ROW_H + 8,
        zero_x=x(0),
        hundred_x=x(100),
    )
