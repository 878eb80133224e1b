"""The three diamonds of a project, drawn as server-side SVG with a text alternative.

Each phase is a diamond: the left half opens out, the right half refocuses. Phase 1's
diamond holds its three stages side by side, and is drawn wider than the other two so that
each stage's name fits inside its own part. Geometry is computed here; the template only
draws what it is given.

`diamonds_for(stage)` is drawn for a wide screen (960 units wide, in a row);
`diamonds_for(stage, NARROW)` for a phone (300 units, about as wide as a 320 px screen shows
it, so that its 14-unit words stay near 14 px): Phase 1 across the top, Phases 2 and 3 side
by side under it. Shrunk to a phone, the wide drawing's words were 3 to 4 px high.
"""

from dataclasses import dataclass, field

from .models import STAGE_ORDER, Stage
from .workflow import PHASES


@dataclass(frozen=True)
class Layout:
    """Sizes of one drawing of the diamonds, in SVG units."""

    suffix: str  # keeps element ids apart when both drawings are on one page
    width: int
    height: int
    # (cx, top, half width, half height, middle's half width) of each phase's diamond: the
    # top is that of its title; the middle is Phase 1's middle stage, the outer two wider,
    # since they are the diamond's narrow tips.
    places: tuple
    phase_font: int
    label_font: int
    small_font: int  # the level and "opens out" / "refocuses"
    phase_lines: tuple  # per phase: its title on one line, or split in two
    axis: tuple  # per phase: whether "opens out" and "refocuses" are written under it
    labels: dict  # each stage's name in the drawing, in lines

    @property
    def line_gap(self):
        return self.label_font + 3


FULL_LABELS = {
    Stage.ANALYSE_NEED: ["Analyse", "need"],
    Stage.SCAN_HORIZON: ["Scan the", "horizon"],
    Stage.GENERATE_OPTIONS: ["Generate", "creative", "options"],
    Stage.INCUBATE: ["Incubate"],
    Stage.SYSTEM_LEARNING: ["System", "learning"],
}
# A phone's Phase 1 tip is too narrow for three lines: "Generate options" there (the whole
# name is in the text alternative and the table under the drawing).
SHORT_LABELS = {**FULL_LABELS, Stage.GENERATE_OPTIONS: ["Generate", "options"]}

WIDE = Layout(
    suffix="",
    width=960,
    height=292,
    places=((200, 0, 196, 100, 44), (546, 0, 130, 100, 0), (826, 0, 130, 100, 0)),
    phase_font=18,
    label_font=15,
    small_font=14,
    phase_lines=(False, False, False),
    axis=(True, True, True),
    labels=FULL_LABELS,
)
NARROW = Layout(
    suffix="-narrow",
    width=300,
    height=494,
    places=((150, 0, 146, 106, 40), (76, 300, 70, 60, 0), (224, 300, 70, 60, 0)),
    phase_font=15,
    label_font=14,
    small_font=14,
    # Phases 2 and 3 are half the width: "Phase 3:" over "Accelerate". Their "opens out"
    # and "refocuses" would not fit under them: Phase 1's say it once (the description
    # says it of every phase).
    phase_lines=(False, True, True),
    axis=(True, False, False),
    labels=SHORT_LABELS,
)

PAD = 6  # between a stage's name and the line that ends its part


@dataclass
class Text:
    x: float
    y: float
    text: str


@dataclass
class Segment:
    stage: str
    label: str
    points: str
    state: str  # done, current, to-come
    text_x: float
    text_lines: list
    lines: list = field(default_factory=list)  # Text, the name in the drawing


@dataclass
class Diamond:
    number: int
    name: str
    level: str
    cx: float
    outline: str
    segments: list = field(default_factory=list)
    titles: list = field(default_factory=list)  # Text
    level_text: Text | None = None
    axis: list = field(default_factory=list)  # Text: "opens out", "refocuses"
    layout: Layout | None = None


@dataclass
class Drawing:
    layout: Layout
    diamonds: list

    @property
    def width(self):
        return self.layout.width

    @property
    def height(self):
        return self.layout.height


def _strip(cx, cy, half_w, half_h, x0, x1):
    """The part of a diamond centred at (cx, cy) between x0 and x1, as polygon points."""

    def reach(x):
        return half_h * (1 - abs(x - cx) / half_w)

    top = [(x0, cy - reach(x0))]
    if x0 < cx < x1:
        top.append((cx, cy - half_h))
    top.append((x1, cy - reach(x1)))
    bottom = [(x1, cy + reach(x1))]
    if x0 < cx < x1:
        bottom.append((cx, cy + half_h))
    bottom.append((x0, cy + reach(x0)))
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in top + bottom)


def text_width(text, size):
    """About how wide `text` is drawn in bold at `size`: on the wide side (DejaVu Sans, the
    widest sans-serif a reader is likely to have), so a name placed by it stays inside."""
    return 0.66 * size * len(text)


def _name_lines(lines, x, cy, layout):
    """A stage's name, its lines centred on x and, together, on the diamond's middle."""
    gap = layout.line_gap
    first = cy - gap * (len(lines) - 1) / 2 + layout.label_font * 0.35
    return [Text(round(x, 1), round(first + i * gap, 1), line) for i, line in enumerate(lines)]


def _bounds(cx, half_w, middle, count):
    """Where each stage's part of a diamond starts and ends."""
    if count == 1:
        return [(cx - half_w, cx + half_w)]
    return [(cx - half_w, cx - middle), (cx - middle, cx + middle), (cx + middle, cx + half_w)]


def diamonds_for(stage, layout=WIDE):
    """The three diamonds with each stage marked done, current or to come, laid out for a
    wide screen or (`NARROW`) a phone."""
    here = STAGE_ORDER.index(stage)
    result = []
    for i, (number, name, level, stages) in enumerate(PHASES):
        cx, top, half_w, half_h, middle = layout.places[i]
        titles = (
            [f"Phase {number}:", name] if layout.phase_lines[i] else [f"Phase {number}: {name}"]
        )
        y = top
        title_texts = []
        for line in titles:
            y += layout.phase_font + 3
            title_texts.append(Text(cx, y, line))
        level_text = Text(cx, y + layout.small_font + 4, f"{level} level")
        diamond_top = level_text.y + 14  # clear of the level's words
        cy = diamond_top + half_h
        outline = _strip(cx, cy, half_w, half_h, cx - half_w, cx + half_w)
        diamond = Diamond(number, name, level, cx, outline)
        diamond.titles, diamond.level_text, diamond.layout = title_texts, level_text, layout
        if layout.axis[i]:
            axis_y = cy + half_h + layout.small_font + 8
            diamond.axis = [
                Text(cx - half_w / 2, axis_y, "opens out"),
                Text(cx + half_w / 2, axis_y, "refocuses"),
            ]
        bounds = _bounds(cx, half_w, middle, len(stages))
        for (x0, x1), s in zip(bounds, stages, strict=True):
            index = STAGE_ORDER.index(s)
            state = "done" if index < here else "current" if index == here else "to-come"
            lines = layout.labels[s]
            widest = max(text_width(line, layout.label_font) for line in lines)
            # Inside a diamond's tip, the name sits by the part's wide end, away from the
            # tip, where there is room above and below it.
            if x0 == cx - half_w and x1 < cx:
                text_x = x1 - PAD - widest / 2
            elif x1 == cx + half_w and x0 > cx:
                text_x = x0 + PAD + widest / 2
            else:
                text_x = (x0 + x1) / 2
            diamond.segments.append(
                Segment(
                    stage=s.value,
                    label=s.label,
                    points=_strip(cx, cy, half_w, half_h, x0, x1),
                    state=state,
                    text_x=round(text_x, 1),
                    text_lines=lines,
                    lines=_name_lines(lines, text_x, cy, layout),
                )
            )
        result.append(diamond)
    return result


def drawing_for(stage, layout=WIDE):
    """The diamonds for `stage` with their layout (the SVG's size), for a template."""
    return Drawing(layout, diamonds_for(stage, layout))
