"""A report shows at most 1,500 characters of a cell or paragraph, and no word longer than
300 (reports.building.cut_short): a record filled with thousands of emoji took WeasyPrint
minutes to lay out, and the worker says a report that takes over 240 s failed. What is cut
ends with a note saying the whole text is in Next Practice; a shorter text is shown whole."""

import re

import pytest

from accounts.tests.factories import UserFactory
from fieldtrials.models import PowerToInnovateRequest
from reports.building import (
    CUT_NOTE,
    LONGEST_WORD,
    SHOWN,
    cut_short,
    render_pdf_with_pages,
    report_html,
)
from reports.tests.helpers import pdf_text, project_with_trials

pytestmark = pytest.mark.django_db

# A plan of 1,392 characters: under the limit, shown whole.
PROSE = "Each week two teachers visit a partner school and teach its Year 5 together. " * 18

NOTE = "(cut short here: the whole text is in Next Practice)"


def words(text):
    return " ".join(text.split())


def test_a_trial_record_of_5000_emoji_is_cut_short_in_the_pdf_and_a_short_text_is_whole():
    project = project_with_trials(1, consultant=UserFactory(full_name="Rowan Consultant"))
    trial = project.field_trials.get()
    PowerToInnovateRequest.objects.filter(field_trial=trial).update(variation_sought="🙂" * 5000)
    trial.plan = PROSE
    trial.save(update_fields=["plan"])

    html = report_html(trial)
    pdf = render_pdf_with_pages(html)
    text = words(pdf_text(pdf.content))

    assert NOTE in text
    assert 0 < text.count("🙂") <= LONGEST_WORD
    assert "🙂" * 5000 not in html
    # The plan, shorter than the limit, is shown whole, with no note.
    assert words(PROSE) in text
    assert text.count(NOTE) == 1


def test_a_long_paragraph_is_cut_at_a_word_with_the_note_and_the_tags_kept():
    prose = "Pupils lead the morning meeting & plan the week. " * 60  # 2,940 characters
    html = (
        '<table class="np-table"><caption>Plans</caption><tbody><tr><th scope="row">Plan</th>'
        f"<td><strong>Plan:</strong> {prose}</td></tr>"
        '<tr><th scope="row">Next</th><td>Short and whole.</td></tr></tbody></table>'
    )

    cut = str(cut_short(html))

    kept = cut.split("<strong>Plan:</strong> ", 1)[1].split(CUT_NOTE, 1)[0].replace("&amp;", "&")
    assert SHOWN - 20 < len(f"Plan: {kept}") <= SHOWN
    assert prose.startswith(f"{kept} ")  # at the end of a word
    assert f"{CUT_NOTE}</td>" in cut
    assert "<td>Short and whole.</td>" in cut
    # Every tag is as it was.
    assert re.findall(r"<[^>]*>", cut) == re.findall(r"<[^>]*>", html)


def test_a_cut_never_splits_an_emoji_made_of_several_characters():
    teacher = "👩🏽\u200d🏫"  # woman, skin tone, joiner, school: four code points, one emoji
    cut = str(cut_short(f"<p>{teacher * 200}</p>"))
    kept = cut.removeprefix("<p>").split(CUT_NOTE)[0]
    assert kept and kept == teacher * (len(kept) // len(teacher))
