"""Server-side SVG charts of a group's results, as data for the templates in
`toolkit/templates/toolkit/results/`.

- `bar_chart`: horizontal bars, one per scale point or option (a distribution), or one per
  area of a profile; `_chart_bars.html`.
- `stacked_chart`: a matrix question, one bar per statement split by scale point (with a
  key); `_chart_stacked.html`.
- `consensus_chart`: a ranking's consensus order, each item's mean rank as a dot with a
  whisker of one standard deviation either side and a thin line over its range;
  `_chart_consensus.html`.

Every chart carries an id (for `aria-labelledby`), a title and a description; the pages
always show the same figures in a table next to the chart. `charts_for(results)` makes the
chart of each question and sets it on the question as `chart`.
"""

from dataclasses import dataclass, field

WIDTH = 640
LABEL_W = 250  # left column for labels
RIGHT = 84  # room for the value after a bar ("30 (100%)")
ROW_H = 30
BAR_H = 18
TOP = 10
AXIS_H = 34
LABEL_CHARS = 28  # longer labels are shortened on the chart (the table has them whole)
BAR_FILL = "#1d70b8"
LOW, MIDDLE, HIGH = (0xF4, 0x77, 0x38), (0xB1, 0xB4, 0xB6), (0x1D, 0x70, 0xB8)


def shorten(text, limit=LABEL_CHARS):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Bar:
    label: str
    short_label: str
    value: float
    value_text: str
    y: float
    width: float

    @property
    def text_y(self):
        return round(self.y + BAR_H / 2 + 5, 1)

    @property
    def value_x(self):
        return round(LABEL_W + self.width + 6, 1)


@dataclass
class BarChart:
    id: str
    title: str
    description: str
    bars: list
    width: int = WIDTH
    plot_x: int = LABEL_W
    bar_h: int = BAR_H

    @property
    def height(self):
        return TOP + ROW_H * len(self.bars) + 6

    @property
    def label_x(self):
        return self.plot_x - 8


def bar_chart(chart_id, title, rows, *, max_value, description=""):
    """Bars for `rows` [(label, value, value text)], scaled so `max_value` fills the plot."""
    plot_w = WIDTH - LABEL_W - RIGHT
    bars = []
    for i, (label, value, text) in enumerate(rows):
        width = round(plot_w * value / max_value, 1) if max_value else 0
        bars.append(
            Bar(
                label,
                shorten(label),
                value,
                text,
                TOP + i * ROW_H + (ROW_H - BAR_H) / 2,
                width,
            )
        )
    return BarChart(chart_id, title, description, bars)


def distribution_chart(question, chart_id):
    """How many gave each point or chose each option of a rating or choice question."""
    most = max((c.count for c in question.options), default=0)
    rows = [(c.long_label, c.count, f"{c.count} ({c.percent}%)") for c in question.options]
    described = "; ".join(f"{c.long_label}: {c.count}" for c in question.options)
    who = "chose" if question.kind == "multiple_choice" else "gave"
    return bar_chart(
        chart_id,
        f"How many {who} each answer to: {question.text}",
        rows,
        max_value=most,
        description=f"{question.answered} answered. {described}.",
    )


@dataclass
class Segment:
    label: str
    count: int
    percent: int
    x: float
    width: float
    fill: str


@dataclass
class StackedRow:
    label: str
    short_label: str
    y: float
    segments: list
    answered: int

    @property
    def text_y(self):
        return round(self.y + BAR_H / 2 + 5, 1)


@dataclass
class LegendItem:
    label: str
    fill: str


@dataclass
class StackedChart:
    id: str
    title: str
    description: str
    rows: list
    legend: list
    width: int = WIDTH
    plot_x: int = LABEL_W
    bar_h: int = BAR_H

    @property
    def height(self):
        return TOP + ROW_H * len(self.rows) + AXIS_H

    @property
    def plot_w(self):
        return WIDTH - LABEL_W - RIGHT

    @property
    def label_x(self):
        return self.plot_x - 8

    @property
    def axis_y(self):
        return TOP + ROW_H * len(self.rows) + 18

    @property
    def ticks(self):
        return [
            {"x": round(self.plot_x + self.plot_w * p / 100, 1), "label": f"{p}%"}
            for p in (0, 50, 100)
        ]


def _mix(a, b, t):
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(a, b, strict=True))


def scale_colours(n):
    """Colours from low (orange) through grey to high (blue): never colour alone, the key
    and the table name every point."""
    if n <= 1:
        return [_mix(MIDDLE, HIGH, 1)] * n
    colours = []
    for i in range(n):
        t = i / (n - 1)
        colours.append(_mix(LOW, MIDDLE, t * 2) if t <= 0.5 else _mix(MIDDLE, HIGH, t * 2 - 1))
    return colours


def stacked_chart(question, chart_id):
    """One bar per statement of a matrix question, split by the share giving each point."""
    points = question.statements[0].options if question.statements else []
    colours = scale_colours(len(points))
    plot_w = WIDTH - LABEL_W - RIGHT
    rows = []
    for i, statement in enumerate(question.statements):
        x = LABEL_W
        segments = []
        for c, fill in zip(statement.options, colours, strict=True):
            width = round(plot_w * c.share, 1)
            segments.append(Segment(c.long_label, c.count, c.percent, round(x, 1), width, fill))
            x += width
        rows.append(
            StackedRow(
                statement.text,
                shorten(statement.text),
                TOP + i * ROW_H + (ROW_H - BAR_H) / 2,
                [s for s in segments if s.width > 0],
                statement.answered,
            )
        )
    legend = [LegendItem(c.long_label, fill) for c, fill in zip(points, colours, strict=True)]
    return StackedChart(
        chart_id,
        f"Share of answers at each point of the scale, per statement: {question.text}",
        f"{len(rows)} statements; each bar runs from the lowest point of the scale on the "
        "left to the highest on the right. The table gives the counts.",
        rows,
        legend,
    )


@dataclass
class ConsensusRow:
    position_label: str
    label: str
    full_label: str
    short_label: str
    y: float
    mean: float
    sd: float
    low: int
    high: int
    mean_x: float
    sd_x1: float
    sd_x2: float
    range_x1: float
    range_x2: float

    @property
    def text_y(self):
        return round(self.y + 5, 1)

    @property
    def cap_y1(self):
        return self.y - 6

    @property
    def cap_y2(self):
        return self.y + 6


@dataclass
class ConsensusChart:
    id: str
    title: str
    description: str
    rows: list
    ticks: list = field(default_factory=list)
    width: int = WIDTH
    plot_x: int = LABEL_W

    @property
    def height(self):
        return TOP + ROW_H * len(self.rows) + AXIS_H + 16

    @property
    def label_x(self):
        return self.plot_x - 8

    @property
    def plot_bottom(self):
        return TOP + ROW_H * len(self.rows)

    @property
    def axis_y(self):
        return self.plot_bottom + 18

    @property
    def axis_title_y(self):
        return self.plot_bottom + 40

    @property
    def axis_mid(self):
        return self.plot_x + (WIDTH - LABEL_W - RIGHT) / 2


def consensus_chart(question, chart_id):
    """The consensus order of a ranking question: mean rank, spread whisker and range."""
    n_items = len(question.ranking)
    plot_w = WIDTH - LABEL_W - RIGHT

    def x(rank):
        if n_items <= 1:
            return LABEL_W + plot_w / 2
        return round(LABEL_W + plot_w * (rank - 1) / (n_items - 1), 1)

    rows = []
    ranked = [item for item in question.ranking if item.mean is not None]
    for i, item in enumerate(ranked):
        label = f"{item.position_label}{' ' if item.tied else '. '}{item.label}"
        rows.append(
            ConsensusRow(
                position_label=item.position_label,
                label=item.label,
                full_label=label,
                short_label=shorten(label),
                y=TOP + i * ROW_H + ROW_H / 2,
                mean=item.mean,
                sd=item.sd,
                low=item.low,
                high=item.high,
                mean_x=x(item.mean),
                sd_x1=x(max(1, item.mean - item.sd)),
                sd_x2=x(min(n_items, item.mean + item.sd)),
                range_x1=x(item.low),
                range_x2=x(item.high),
            )
        )
    ticks = [{"x": x(r), "label": str(r)} for r in range(1, n_items + 1)]
    order = "; ".join(r.full_label for r in rows)
    return ConsensusChart(
        chart_id,
        f"The group's consensus order: {question.text}",
        f"Mean rank of each item, 1 being the most important, with a whisker of one standard "
        f"deviation either side and a thin line over the range of ranks given. Order: {order}.",
        rows,
        ticks,
    )


def profile_chart(outcome, chart_id, title="The group's profile across the areas"):
    """The mean rating per area of a profile (toolkit.scoring.ProfileOutcome)."""
    rows = [
        (
            a.title,
            (a.mean or outcome.scale_low) - outcome.scale_low,
            a.mean_text or "none",
        )
        for a in outcome.by_need  # the most need first, as the table lists them
    ]
    described = "; ".join(r[0] + ": " + r[2] for r in rows)
    return bar_chart(
        chart_id,
        title,
        rows,
        max_value=outcome.scale_high - outcome.scale_low,
        description=f"Mean rating per area, lowest (the most need) first, on a scale of "
        f"{outcome.scale_low} to {outcome.scale_high}. {described}.",
    )


def charts_for(results):
    """{question key: chart} for every question that has one; also sets `question.chart`."""
    charts = {}
    for number, q in enumerate(results.questions, start=1):
        chart_id = f"chart-{number}"
        chart = None
        if q.kind in ("rating", "single_choice", "multiple_choice") and q.answered:
            chart = distribution_chart(q, chart_id)
        elif q.kind == "matrix" and any(s.answered for s in q.statements):
            chart = stacked_chart(q, chart_id)
        elif q.kind == "ranking" and any(i.mean is not None for i in q.ranking):
            chart = consensus_chart(q, chart_id)
        if chart is not None:
            q.chart = chart
            charts[q.key] = chart
    return charts
