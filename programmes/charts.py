"""Hargreaves' 2x2 of a project's creative options, as data for a server-side SVG.

The x axis runs from near to far from existing practice, the y axis from minor to major
change. Each assessed option is a numbered marker at its reviewers' mean (change,
distance); options at the same spot are fanned out on a small spiral so none hides another,
without leaving their quadrant. Status is shown by shape and colour, and named in a legend.
`hargreaves_chart(options)` takes options annotated by
`selectors_options.options_with_scores` and returns a `HargreavesChart` for
`programmes/options/_chart.html`.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from .models import CreativeOption
from .selectors_options import AXIS, CLASSIFICATION_LABELS, classification_of

WIDTH, HEIGHT = 640, 470
LEFT, RIGHT, TOP, BOTTOM = 80, 20, 20, 70  # margins around the plot area
PLOT_W = WIDTH - LEFT - RIGHT
PLOT_H = HEIGHT - TOP - BOTTOM
INSET = 0.08  # keep markers off the plot's edges (fraction of each axis)
NUDGE = 0.04  # a mean exactly on the midline is drawn on the side it counts for
SPIRAL = 13  # px between fanned-out markers at one spot
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

Status = CreativeOption.Status

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
        return self.x_axis_y + 22

    @property
    def y_title_x(self):
        return self.y_axis_x - 22

    @property
    def x_axis_y(self):
        return self.plot_y + self.plot_h + 28

    @property
    def y_axis_x(self):
        return self.plot_x - 28

    @property
    def y_axis_mid(self):
        return self.plot_y + self.plot_h / 2

    @property
    def x_axis_mid(self):
        return self.plot_x + self.plot_w / 2

    @property
    def plot_right(self):
        return self.plot_x + self.plot_w

    @property
    def plot_bottom(self):
        return self.plot_y + self.plot_h


def _position(mean):
    """0..1 along an axis: inset from the edges, and off the midline onto its own side."""
    value = INSET + (1 - 2 * INSET) * mean
    if abs(mean - AXIS) < 1e-9:
        value += NUDGE  # 0.5 counts as major / far
    return value


def _clamp(value, low, high):
    return min(max(value, low + 3), high - 3)


def hargreaves_chart(options, start=1):
    """The 2x2 of `options` (annotated with options_with_scores), numbered in given order
    from `start` (a list page passes its page's options and the number of its first)."""
    mid_x = LEFT + PLOT_W / 2
    mid_y = TOP + PLOT_H / 2
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
        x = LEFT + PLOT_W * _position(distance)
        y = TOP + PLOT_H * (1 - _position(change))
        spot = (round(x), round(y))
        k = at_spot[spot]
        at_spot[spot] += 1
        if k:  # fan out on a golden-angle spiral: deterministic, never on top of another
            radius = SPIRAL * math.sqrt(k)
            x += radius * math.cos(k * GOLDEN_ANGLE)
            y += radius * math.sin(k * GOLDEN_ANGLE)
            # ...but keep each marker in its own quadrant (far is right, major is up)
            x = _clamp(x, mid_x, LEFT + PLOT_W) if distance >= AXIS else _clamp(x, LEFT, mid_x)
            y = _clamp(y, TOP, mid_y) if change >= AXIS else _clamp(y, mid_y, TOP + PLOT_H)
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
    low_label = TOP + PLOT_H - 12  # labels sit in each quadrant's outer corner
    quadrants = [
        Quadrant("Incremental", "incremental", LEFT + 10, low_label, LEFT, mid_y, "#eef7f2"),
        Quadrant("Between", "between", LEFT + 10, TOP + 22, LEFT, TOP, "#f3f2f1"),
        Quadrant("Between", "between", mid_x + 10, low_label, mid_x, mid_y, "#f3f2f1"),
        Quadrant("Radical", "radical", mid_x + 10, TOP + 22, mid_x, TOP, "#fdf1e8"),
    ]
    legend = [
        LegendItem(s, label, marker_path(MARKERS[s][0], 10, 10), MARKERS[s][1], counts[s])
        for s, label in Status.choices
    ]
    return HargreavesChart(
        width=WIDTH,
        height=HEIGHT,
        plot_x=LEFT,
        plot_y=TOP,
        plot_w=PLOT_W,
        plot_h=PLOT_H,
        mid_x=mid_x,
        mid_y=mid_y,
        quadrants=quadrants,
        points=points,
        legend=legend,
        unassessed=unassessed,
    )
