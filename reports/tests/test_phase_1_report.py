"""A project's report reads true for where the project is. One still in Phase 1 (Stimulate)
says so once, in one section that names the later phases' sections it leaves out, instead of
a page each of "No field trials by...", "No lessons recorded"; what it has recorded of them
is still told. Its two kinds of objective are told apart: the need analysis's ("0 agreed
objectives (of 3)", in the stage table) and the evaluation's ("No evaluation objectives
yet"), where the report said "No objectives recorded" beside "0 agreed objectives (of 3)"."""

import datetime
import html as entities
import re

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from evaluation.tests.factories import LessonFactory
from programmes.models import Objective as NeedObjective
from programmes.tests.factories import ProjectFactory
from reports.building import render_pdf, report_document
from reports.tests.helpers import WRITTEN, pdf_text, project_with_trials

pytestmark = pytest.mark.django_db

MARCH_2007 = timezone.make_aware(datetime.datetime(2007, 3, 1, 9, 0))
LATER_PHASES = [
    "Field trials and their milestones",
    "Each trial's latest monthly update and open risks",
    "Incubation offer and support given",
    "Power to Innovate requests",
    "Evaluation objectives and progress",
    "Indicators against baseline and target",
    "Lessons, case studies and what transferred",
]
NOTHING = [
    "No field trials by 1 March 2007: trials come",
    "No trial has recorded drawing on the offer",
    "No Power to Innovate requests",
    "No indicators recorded",
    "No lessons recorded",
    "No case studies",
]
NO_EVALUATION_OBJECTIVES = (
    "No evaluation objectives yet. Each objective agreed in the project's need analysis, in "
    "Analyse need, becomes one: the table of stages counts them, agreed or not."
)


def _words(html):
    return " ".join(entities.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _contents(html):
    toc = html[html.index('<h2 id="contents">') : html.index("</nav>")]
    return [_words(item) for item in re.findall(r"<li>(.*?)</li>", toc)]


def _parts(html):
    """Summary, then the numbered sections, as words."""
    summary = html[html.index('<h2 id="summary">') : html.index('<h2 id="contents">')]
    return _words(summary), _words(html[html.index("</nav>") :])


@pytest.fixture
def phase_1():
    project = ProjectFactory(title="Deep Engagement", created_at=WRITTEN, stage_entered_at=WRITTEN)
    for n in range(3):
        NeedObjective.objects.create(project=project, text=f"Aim {n}", created_at=WRITTEN)
    return project


def test_a_phase_1_project_says_once_where_it_is_and_leaves_out_the_empty_later_sections(
    phase_1,
):
    html = report_document(phase_1, UserFactory(), made_at=MARCH_2007).body
    assert _contents(html) == [
        "Stage and gate status",
        "Phases 2 and 3: not reached yet",
        "Toolkit results of closed exercises",  # toolkit exercises are run in workshops too
    ]
    summary, sections = _parts(html)
    assert "2. Phases 2 and 3: not reached yet" in sections
    assert (
        "On 1 March 2007, the end of the period this report covers, the project was in Phase 1 "
        "(Stimulate), at Analyse need. Field trials of the options it selects in Generate "
        "creative options run in Phase 2 (Incubate), with the incubation offer; Phase 3 "
        "(Accelerate) spreads what they teach. These sections of the report tell of that work. "
        "They have nothing to tell yet, so they are left out: " + " ".join(LATER_PHASES)
    ) in sections
    for nothing in NOTHING:
        assert nothing not in sections, nothing
    for title in LATER_PHASES:
        assert f". {title}" not in sections  # no heading "3. Field trials and their..."
    # The need analysis's objectives in the stage table, the evaluation's said to be none:
    # not "No objectives recorded" beside "0 agreed objectives (of 3)".
    assert "0 agreed objectives (of 3)" in sections
    assert "No objectives recorded" not in html
    assert "in Phase 1 (Stimulate)" in summary
    assert f"Progress against evaluation objectives {NO_EVALUATION_OBJECTIVES}" in summary
    assert "No field trials by 1 March 2007: trials come from options selected" in summary


def test_the_pdf_of_a_phase_1_project_has_the_same_sections_as_its_contents(phase_1):
    document = report_document(phase_1, UserFactory(), made_at=MARCH_2007)
    text = " ".join(pdf_text(render_pdf(document.html)).split())
    assert re.search(r"Phases 2 and 3: not reached yet \.{5,} \d+", text)  # in the contents
    text = text[text.index("1. Stage and gate status") :]  # the sections, after the summary
    assert "2. Phases 2 and 3: not reached yet On 1 March 2007" in text
    assert "3. Toolkit results of closed exercises" in text
    assert "4. " not in text
    for nothing in NOTHING:
        assert nothing not in text, nothing


def test_what_a_phase_1_project_has_recorded_of_the_later_phases_is_still_told(phase_1):
    LessonFactory(
        programme=None, project=phase_1, title="Parents as co-designers", created_at=WRITTEN
    )
    html = report_document(phase_1, UserFactory(), made_at=MARCH_2007).body
    assert _contents(html) == [
        "Stage and gate status",
        "Phases 2 and 3: not reached yet",
        "Lessons, case studies and what transferred",
        "Toolkit results of closed exercises",
    ]
    _, sections = _parts(html)
    left_out = sections[sections.index("so they are left out:") : sections.index("3. Lessons")]
    assert "Lessons, case studies" not in left_out and "Evaluation objectives" in left_out
    assert "3. Lessons, case studies and what transferred Lessons Parents as co-designers" in (
        sections
    )


def test_an_incubating_project_has_every_section_and_names_its_objectives_kind():
    project = project_with_trials(1, consultant=UserFactory())
    html = report_document(project, UserFactory(), made_at=MARCH_2007).body
    assert _contents(html) == [
        "Stage and gate status",
        *LATER_PHASES,
        "Toolkit results of closed exercises",
    ]
    summary, sections = _parts(html)
    assert "not reached yet" not in html
    assert "in Phase 2 (Incubate)" in summary
    assert f"6. Evaluation objectives and progress {NO_EVALUATION_OBJECTIVES}" in sections
    assert "No lessons recorded" in sections  # told: its trials are under way
    assert f"Progress against evaluation objectives {NO_EVALUATION_OBJECTIVES}" in summary
