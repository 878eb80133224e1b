"""Hargreaves' 2x2 of a project's creative options, as data for a server-side SVG.

The x axis runs from near to far from existing practice, the y axis from minor to major
change. Each assessed option is a numbered marker at its reviewers' mean (change,
distance); options at the same spot are fanned out on a small spiral so none hides another,
without leaving their quadrant. Status is shown by shape and colour, and named in a legend.
`hargreaves_chart(options)` takes options annotated by
`selectors_options.options_with_scores` and returns a `HargreavesChart` for
`programmes/options/_chart.html`, drawn for a wide screen, with the same chart drawn for a
phone as its `narrow` (shorter axis words, so the text stays legible at 320 px instead of
shrinking to a third of its size). Quadrant names sit in bands along the plot's top and
bottom edges that markers never enter, so no marker hides a name.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from .models import CreativeOption
from .selectors_options import AXIS, CLASSIFICATION_LABELS, classification_of

SPIRAL = 13  # px between fanned-out markers at one spot
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

Status = CreativeOption.Status


@dataclass(frozen=True)
class Layout:
    """Sizes of one drawing of the chart, in SVG units."""

    suffix: str  # keeps element ids apart when both drawings are on one page
    width: int
    height: int
    left: int  # margins around the plot area
    right: int
    top: int
    bottom: int
    band: int  # strip along the top and bottom edges for the quadrant names, free of markers
    quadrant_font: int
    title_on_chart: bool  # centre the x axis's title on the whole chart, not on the plot
    near: str
    far: str
    minor: str
    major: str

    @property
    def plot_w(self):
        return self.width - self.left - self.right

    @property
    def plot_h(self):
        return self.height - self.top - self.bottom


WIDE = Layout(
    "", 640, 470, 80, 20, 20, 70, 44, 16, False,
    "Near to existing practice", "Far from existing practice", "Minor change", "Major change",
)  # fmt: skip
# Drawn about as wide as a 320 px screen shows it, so its 14-unit text stays near 14 px.
NARROW = Layout("-narrow", 300, 330, 46, 8, 8, 46, 34, 14, True, "Near", "Far", "Minor", "Major")

# Shape and colour per status: never colour alone (the legend names each shape).
MARKERS = {
    Status.PROPOSED: ("circle", "#505a5f"),
    Status.SHORTLISTED: ("square", "#1d70b8"),
    Status.SELECTED: ("diamond", "#00703c"),
    Status.PARKED: ("triangle", "#b58840"),
    Status.DECLINED: ("cross", "#d4351c"),
}


def _outline(x, y, offsets):
    return "M " + " L ".join(f"{x + dx:.1f} {y + dy:.1f}" for dx, dy in offsets) + " Z"


def marker_path(shape, x, y, r=7):
    """SVG path data for a marker of `shape` centred on (x, y)."""
    if shape == "circle":
        return f"M {x - r:.1f} {y:.1f} a {r} {r} 0 1 0 {2 * r} 0 a {r} {r} 0 1 0 {-2 * r} 0 Z"
    if shape == "square":
        s = r * 0.85
        return _outline(x, y, [(-s, -s), (s, -s), (s, s), (-s, s)])
    if shape == "diamond":
        return _outline(x, y, [(0, -r), (r, 0), (0, r), (-r, 0)])
    if shape == "triangle":
        return _outline(x, y, [(0, -r), (r, r * 0.8), (-r, r * 0.8)])
    # cross: a thick X drawn as one outline
    a, b = r, r * 0.35
    return _outline(
        x,
        y,
        [
            (-a, -a + b), (-a + b, -a), (0, -b), (a - b, -a), (a, -a + b), (b, 0),
            (a, a - b), (a - b, a), (0, b), (-a + b, a), (-a, a - b), (-b, 0),
        ],
    )  # fmt: skip


@dataclass
class Point:
    number: int
    option_id: int
    title: str
    url: str
    status: str
    status_label: str
    mean_change: float
    mean_distance: float
    reviewers: int
    classification: str
    x: float
    y: float
    path: str
    fill: str

    @property
    def classification_label(self):
        return CLASSIFICATION_LABELS[self.classification]

    @property
    def label_x(self):
        return round(self.x + 9, 1)

    @property
    def label_y(self):
        return round(self.y - 6, 1)


@dataclass
class Quadrant:
    label: str
    classification: str
    x: float  # where its label goes
    y: float
    rect_x: float
    rect_y: float
    fill: str


@dataclass
class LegendItem:
    status: str
    label: str
    path: str
    fill: str
    count: int


@dataclass
class HargreavesChart:
    width: int
    height: int
    plot_x: int
    plot_y: int
    plot_w: int
    plot_h: int
    mid_x: float
    mid_y: float
    quadrants: list
    points: list
    legend: list
    unassessed: list = field(default_factory=list)  # options nobody has assessed yet
    layout: Layout = WIDE
    narrow: "HargreavesChart | None" = None  # the same chart drawn for a phone

    @property
    def title_id(self):
        return "hargreaves-title" + self.layout.suffix

    @property
    def desc_id(self):
        return "hargreaves-desc" + self.layout.suffix

    @property
    def total(self):
        return len(self.points) + len(self.unassessed)

    @property
    def description(self):
        counts = defaultdict(int)
        for p in self.points:
            counts[p.classification] += 1
        parts = [
            f"{counts[c]} {CLASSIFICATION_LABELS[c].lower()}"
            for c in ("incremental", "between", "radical")
        ]
        text = f"{len(self.points)} assessed options: " + ", ".join(parts) + "."
        if self.unassessed:
            text += f" {len(self.unassessed)} not yet assessed."
        return text

    @property
    def quadrant_w(self):
        return self.plot_w / 2

    @property
    def quadrant_h(self):
        return self.plot_h / 2

    @property
    def x_title_y(self):
        return self.x_axis_y + 20

    @property
    def y_title_x(self):
        return self.y_axis_x - 20

    @property
    def x_axis_y(self):
        return self.plot_y + self.plot_h + 18

    @property
    def y_axis_x(self):
        return self.plot_x - 8

    @property
    def y_axis_mid(self):
        return self.plot_y + self.plot_h / 2

    @property
    def x_axis_mid(self):
        if self.layout.title_on_chart:
            return self.width / 2
        return self.plot_x + self.plot_w / 2

    @property
    def plot_right(self):
        return self.plot_x + self.plot_w

    @property
    def plot_bottom(self):
        return self.plot_y + self.plot_h


def _position(mean, inset):
    """0..1 along an axis, inset from the edges: reviewers split evenly (0.5) are drawn on the
    midline, between the quadrants, as they count for neither side."""
    return inset + (1 - 2 * inset) * mean


def _side(mean, above, below):
    """The limits (low, high) a marker keeps to on an axis: `above` the midline's, `below`
    it, or both when the reviewers split evenly."""
    if mean > AXIS:
        return above
    if mean < AXIS:
        return below
    return min(above[0], below[0]), max(above[1], below[1])


def _clamp(value, low, high):
    return min(max(value, low), high)


def hargreaves_chart(options, start=1):
    """The 2x2 of `options` (annotated with options_with_scores), numbered in given order
    from `start` (a list page passes its page's options and the number of its first); its
    `narrow` is the same chart drawn for a phone."""
    options = list(options)
    chart = _draw(options, start, WIDE)
    chart.narrow = _draw(options, start, NARROW)
    return chart


def _draw(options, start, layout):
    """One drawing of the chart of `options` at the sizes of `layout`."""
    left, top, plot_w, plot_h = layout.left, layout.top, layout.plot_w, layout.plot_h
    mid_x = left + plot_w / 2
    mid_y = top + plot_h / 2
    # A marker (radius 7) and its number (up and to its right) stay inside the plot, clear
    # of the bands holding the quadrant names; markers at the ends of an axis sit a spiral
    # step inside these limits, so the ones fanned out around them have room.
    x_low, x_high = left + 10, left + plot_w - 28
    y_low, y_high = top + layout.band + 20, top + plot_h - layout.band - 8
    inset_x = (28 + 2 * SPIRAL) / plot_w
    inset_y = (layout.band + 20 + 2 * SPIRAL) / plot_h
    points, unassessed = [], []
    at_spot = defaultdict(int)
    counts = defaultdict(int)
    for number, option in enumerate(options, start=start):
        counts[option.status] += 1
        change = getattr(option, "mean_change", None)
        distance = getattr(option, "mean_distance", None)
        if change is None or distance is None:
            unassessed.append(option)
            continue
        x = left + plot_w * _position(distance, inset_x)
        y = top + plot_h * (1 - _position(change, inset_y))
        spot = (round(x), round(y))
        k = at_spot[spot]
        at_spot[spot] += 1
        if k:  # fan out on a golden-angle spiral: deterministic, never on top of another
            radius = SPIRAL * math.sqrt(k)
            x += radius * math.cos(k * GOLDEN_ANGLE)
            y += radius * math.sin(k * GOLDEN_ANGLE)
            # ...but keep each marker on its own side (far is right, major is up); one split
            # evenly on an axis may fan out to either side of its midline
            x = _clamp(x, *_side(distance, (mid_x + 3, x_high), (x_low, mid_x - 3)))
            y = _clamp(y, *_side(change, (y_low, mid_y - 3), (mid_y + 3, y_high)))
        shape, fill = MARKERS.get(option.status, MARKERS[Status.PROPOSED])
        points.append(
            Point(
                number=number,
                option_id=option.pk,
                title=option.title,
                url=option.get_absolute_url(),
                status=option.status,
                status_label=option.get_status_display(),
                mean_change=change,
                mean_distance=distance,
                reviewers=getattr(option, "reviewers", 0),
                classification=classification_of(change, distance),
                x=round(x, 1),
                y=round(y, 1),
                path=marker_path(shape, x, y),
                fill=fill,
            )
        )
    # Names sit in each quadrant's outer band, which markers never enter.
    low_label = top + plot_h - layout.band / 2 + layout.quadrant_font / 3
    high_label = top + layout.band / 2 + layout.quadrant_font / 3
    quadrants = [
        Quadrant("Incremental", "incremental", left + 8, low_label, left, mid_y, "#eef7f2"),
        Quadrant("Between", "between", left + 8, high_label, left, top, "#f3f2f1"),
        Quadrant("Between", "between", mid_x + 8, low_label, mid_x, mid_y, "#f3f2f1"),
        Quadrant("Radical", "radical", mid_x + 8, high_label, mid_x, top, "#fdf1e8"),
    ]
    legend = [
        LegendItem(s, label, marker_path(MARKERS[s][0], 10, 10), MARKERS[s][1], counts[s])
        for s, label in Status.choices
    ]
    return HargreavesChart(
        width=layout.width,
        height=layout.height,
        plot_x=left,
        plot_y=top,
        plot_w=plot_w,
        plot_h=plot_h,
        mid_x=mid_x,
        mid_y=mid_y,
        quadrants=quadrants,
        points=points,
        legend=legend,
        unassessed=unassessed,
        layout=layout,
    )
