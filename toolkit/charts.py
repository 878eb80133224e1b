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

from dataclasses import dataclass, field, replace

WIDTH = 640
LABEL_W = 250  # left column for labels
RIGHT = 84  # room for the value after a bar ("30 (100%)")
ROW_H = 30
BAR_H = 18
TOP = 10
AXIS_H = 34
LABEL_CHARS = 28  # longer labels are shortened on the chart (the table has them whole)
# A phone's drawing (shown below 641 px, `np-chart__narrow`): as wide as a 320 px screen's
# column, so its 14 px text draws near 14 px, each label whole on lines of its own above its
# bar (cut to one line, "Personalising learning so that…" told a phone user little).
NARROW_W = 290
NARROW_ROW_H = 46
NARROW_LABEL_CHARS = 32  # a line of 14 px text in 290 px, wide letters and all
NARROW_LINES = 4  # a label longer than this many lines ends in "…" (the table has it whole)
LINE_H = 17  # between a label's lines
NARROW_X = 14  # bars start a little in, so an axis's "0%" is not cut off
BAR_FILL = "#1d70b8"
LOW, MIDDLE, HIGH = (0xF4, 0x77, 0x38), (0xB1, 0xB4, 0xB6), (0x1D, 0x70, 0xB8)


def shorten(text, limit=LABEL_CHARS):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap(text, limit=NARROW_LABEL_CHARS, most=NARROW_LINES):
    """`text` in lines of at most `limit` characters, broken between words (a word longer
    than a line is shortened), at most `most` lines, the last ending in "…" if cut."""
    lines = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(shorten(word, limit))
    if len(lines) > most:
        lines = lines[: most - 1] + [shorten(" ".join(lines[most - 1 :]), limit)]
    return lines or [""]


@dataclass
class Layout:
    """Where a chart's rows go: labels in a column left of the bars (wide), or on a line of
    their own above each bar (narrow)."""

    id: str  # the drawing's id, for its title and description
    width: int
    plot_x: int  # where bars start
    plot_w: int
    row_h: int
    label_chars: int
    narrow: bool
    lines: tuple = ()  # how many lines each row's label takes (a phone's: wrapped)

    def _extra(self, i):
        return (self.lines[i] - 1) * LINE_H if i < len(self.lines) else 0

    def top(self, i):
        return TOP + i * self.row_h + sum(self._extra(j) for j in range(i))

    def bar_y(self, i):
        top = self.top(i)
        return top + 20 + self._extra(i) if self.narrow else top + (ROW_H - BAR_H) / 2

    def label_y(self, i):
        return self.top(i) + 14 if self.narrow else round(self.bar_y(i) + BAR_H / 2 + 5, 1)

    def labelled(self, labels):
        """This layout for rows labelled `labels`, and each label's lines: shortened to one
        line beside its bar (wide), wrapped whole above it (narrow)."""
        if not self.narrow:
            return self, [[shorten(label, self.label_chars)] for label in labels]
        wrapped = [wrap(label, self.label_chars) for label in labels]
        return replace(self, lines=tuple(len(lines) for lines in wrapped)), wrapped

    @property
    def label_x(self):
        return 0 if self.narrow else self.plot_x - 8

    @property
    def label_anchor(self):
        return "start" if self.narrow else "end"

    def height(self, rows):
        return self.top(rows)


def layouts(chart_id):
    """The wide drawing and the phone's."""
    return (
        Layout(chart_id, WIDTH, LABEL_W, WIDTH - LABEL_W - RIGHT, ROW_H, LABEL_CHARS, False),
        Layout(
            f"{chart_id}-narrow", NARROW_W, NARROW_X, NARROW_W - NARROW_X - RIGHT,
            NARROW_ROW_H, NARROW_LABEL_CHARS, True,
        ),
    )  # fmt: skip


@dataclass
class Bar:
    label: str
    short_label: str
    value: float
    value_text: str
    y: float
    width: float
    x: float
    label_y: float
    label_lines: list = field(default_factory=list)

    @property
    def text_y(self):
        return round(self.y + BAR_H / 2 + 5, 1)

    @property
    def value_x(self):
        return round(self.x + self.width + 6, 1)


@dataclass
class BarChart:
    id: str
    title: str
    description: str
    bars: list
    layout: Layout
    narrow: "BarChart | None" = None  # the same chart drawn for a phone
    bar_h: int = BAR_H

    @property
    def width(self):
        return self.layout.width

    @property
    def height(self):
        return self.layout.height(len(self.bars)) + 6

    @property
    def plot_x(self):
        return self.layout.plot_x

    @property
    def label_x(self):
        return self.layout.label_x


def bar_chart(chart_id, title, rows, *, max_value, description=""):
    """Bars for `rows` [(label, value, value text)], scaled so `max_value` fills the plot;
    drawn wide, with the phone's drawing as `narrow`."""
    drawings = []
    for layout in layouts(chart_id):
        layout, lines = layout.labelled([label for label, _, _ in rows])
        bars = [
            Bar(
                label,
                shorten(label, layout.label_chars),
                value,
                text,
                layout.bar_y(i),
                round(layout.plot_w * value / max_value, 1) if max_value else 0,
                layout.plot_x,
                layout.label_y(i),
                lines[i],
            )
            for i, (label, value, text) in enumerate(rows)
        ]
        drawings.append(BarChart(layout.id, title, description, bars, layout))
    wide, narrow = drawings
    wide.narrow = narrow
    return wide


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
    label_y: float
    label_lines: list = field(default_factory=list)


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
    layout: Layout
    narrow: "StackedChart | None" = None  # the same chart drawn for a phone
    bar_h: int = BAR_H

    @property
    def width(self):
        return self.layout.width

    @property
    def height(self):
        return self.layout.height(len(self.rows)) + AXIS_H

    @property
    def plot_x(self):
        return self.layout.plot_x

    @property
    def plot_w(self):
        return self.layout.plot_w

    @property
    def label_x(self):
        return self.layout.label_x

    @property
    def axis_y(self):
        return self.layout.height(len(self.rows)) + 18

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
    """One bar per statement of a matrix question, split by the share giving each point;
    drawn wide, with the phone's drawing as `narrow`."""
    points = question.statements[0].options if question.statements else []
    colours = scale_colours(len(points))
    legend = [LegendItem(c.long_label, fill) for c, fill in zip(points, colours, strict=True)]
    drawings = []
    for layout in layouts(chart_id):
        layout, lines = layout.labelled([s.text for s in question.statements])
        rows = []
        for i, statement in enumerate(question.statements):
            x = layout.plot_x
            segments = []
            for c, fill in zip(statement.options, colours, strict=True):
                width = round(layout.plot_w * c.share, 1)
                segments.append(Segment(c.long_label, c.count, c.percent, round(x, 1), width, fill))
                x += width
            rows.append(
                StackedRow(
                    statement.text,
                    shorten(statement.text, layout.label_chars),
                    layout.bar_y(i),
                    [s for s in segments if s.width > 0],
                    statement.answered,
                    layout.label_y(i),
                    lines[i],
                )
            )
        drawings.append(
            StackedChart(
                layout.id,
                f"Share of answers at each point of the scale, per statement: {question.text}",
                f"{len(rows)} statements; each bar runs from the lowest point of the scale on "
                "the left to the highest on the right. The table gives the counts.",
                rows,
                legend,
                layout,
            )
        )
    wide, narrow = drawings
    wide.narrow = narrow
    return wide


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
    label_y: float
    label_lines: list = field(default_factory=list)

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
    layout: Layout
    ticks: list = field(default_factory=list)
    narrow: "ConsensusChart | None" = None  # the same chart drawn for a phone

    @property
    def width(self):
        return self.layout.width

    @property
    def height(self):
        return self.plot_bottom + AXIS_H + 16

    @property
    def label_x(self):
        return self.layout.label_x

    @property
    def plot_bottom(self):
        return self.layout.height(len(self.rows))

    @property
    def axis_y(self):
        return self.plot_bottom + 18

    @property
    def axis_title_y(self):
        return self.plot_bottom + 40

    @property
    def axis_mid(self):
        # On a phone the axis's title is about as wide as the drawing: centred on it whole.
        if self.layout.narrow:
            return self.width / 2
        return self.layout.plot_x + self.layout.plot_w / 2


def consensus_chart(question, chart_id):
    """The consensus order of a ranking question: mean rank, spread whisker and range; drawn
    wide, with the phone's drawing as `narrow`."""
    n_items = len(question.ranking)
    ranked = [item for item in question.ranking if item.mean is not None]
    labels = [f"{i.position_label}{' ' if i.tied else '. '}{i.label}" for i in ranked]
    order = "; ".join(labels)
    drawings = []
    for layout in layouts(chart_id):
        layout, lines = layout.labelled(labels)

        def x(rank, layout=layout):
            if n_items <= 1:
                return layout.plot_x + layout.plot_w / 2
            return round(layout.plot_x + layout.plot_w * (rank - 1) / (n_items - 1), 1)

        rows = [
            ConsensusRow(
                position_label=item.position_label,
                label=item.label,
                full_label=label,
                short_label=shorten(label, layout.label_chars),
                y=layout.bar_y(i) + BAR_H / 2,
                mean=item.mean,
                sd=item.sd,
                low=item.low,
                high=item.high,
                mean_x=x(item.mean),
                sd_x1=x(max(1, item.mean - item.sd)),
                sd_x2=x(min(n_items, item.mean + item.sd)),
                range_x1=x(item.low),
                range_x2=x(item.high),
                label_y=layout.label_y(i),
                label_lines=lines[i],
            )
            for i, (item, label) in enumerate(zip(ranked, labels, strict=True))
        ]
        drawings.append(
            ConsensusChart(
                layout.id,
                f"The group's consensus order: {question.text}",
                "Average rank of each item, 1 being the most important, with a thick bar "
                "around it for its spread (the longer, the more people differed over it) and a "
                "thin line from the highest to the lowest rank given. "
                f"Order: {order}.",
                rows,
                layout,
                [{"x": x(r), "label": str(r)} for r in range(1, n_items + 1)],
            )
        )
    wide, narrow = drawings
    wide.narrow = narrow
    return wide


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
