"""The three diamonds of a project, drawn as server-side SVG with a text alternative.

Each phase is a diamond: the left half opens out, the right half refocuses. Phase 1's
diamond holds its three stages side by side. Geometry is computed here; the template only
draws what it is given.
"""

from dataclasses import dataclass, field

from .models import STAGE_ORDER, Stage
from .workflow import PHASES

WIDTH, HEIGHT = 960, 250
HALF_W, HALF_H, CY = 140, 80, 120


@dataclass
class Segment:
    stage: str
    label: str
    points: str
    state: str  # done, current, to-come
    text_x: float
    text_lines: list


@dataclass
class Diamond:
    number: int
    name: str
    level: str
    cx: float
    outline: str
    segments: list = field(default_factory=list)


def _top(x, cx):
    return CY - HALF_H * (1 - abs(x - cx) / HALF_W)


def _bottom(x, cx):
    return CY + HALF_H * (1 - abs(x - cx) / HALF_W)


def _strip(cx, x0, x1):
    """The part of a diamond centred at cx between x0 and x1, as polygon points."""
    top = [(x0, _top(x0, cx))]
    if x0 < cx < x1:
        top.append((cx, CY - HALF_H))
    top.append((x1, _top(x1, cx)))
    bottom = [(x1, _bottom(x1, cx))]
    if x0 < cx < x1:
        bottom.append((cx, CY + HALF_H))
    bottom.append((x0, _bottom(x0, cx)))
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in top + bottom)


SHORT_LABELS = {
    Stage.ANALYSE_NEED: ["Analyse", "need"],
    Stage.SCAN_HORIZON: ["Scan the", "horizon"],
    Stage.GENERATE_OPTIONS: ["Generate", "options"],
    Stage.INCUBATE: ["Incubate"],
    Stage.SYSTEM_LEARNING: ["System", "learning"],
}


def diamonds_for(stage):
    """The three diamonds with each stage marked done, current or to come."""
    here = STAGE_ORDER.index(stage)
    result = []
    for i, (number, name, level, stages) in enumerate(PHASES):
        cx = 170 + i * 310
        outline = _strip(cx, cx - HALF_W, cx + HALF_W)
        diamond = Diamond(number, name, level, cx, outline)
        width = 2 * HALF_W / len(stages)
        for j, s in enumerate(stages):
            x0 = cx - HALF_W + j * width
            index = STAGE_ORDER.index(s)
            state = "done" if index < here else "current" if index == here else "to-come"
            diamond.segments.append(
                Segment(
                    stage=s.value,
                    label=s.label,
                    points=_strip(cx, x0, x0 + width),
                    state=state,
                    text_x=x0 + width / 2,
                    text_lines=SHORT_LABELS[s],
                )
            )
        result.append(diamond)
    return result
