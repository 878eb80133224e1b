"""`render_report` makes the same report from the command line, synchronously: the demo's
System Leadership project, all its trials, over several pages."""

import subprocess
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from fieldtrials.models import FieldTrial
from nextpractice.testing.demo import load_demo
from reports.tests.helpers import pdf_text

pytestmark = pytest.mark.django_db


def test_the_demo_system_leadership_report_is_a_multi_page_pdf_naming_its_trials(tmp_path):
    load_demo()
    out = tmp_path / "system-leadership.pdf"
    said = StringIO()
    call_command("render_report", project="System Leadership", out=str(out), stdout=said)
    content = out.read_bytes()
    assert content.startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, check=True, text=True)
    pages = int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])
    assert pages > 1
    # Tagged, so that a screen reader can read its structure.
    assert "Tagged:          yes" in info.stdout
    assert f"{pages} pages" in said.getvalue()
    text = " ".join(pdf_text(content).split())
    trials = FieldTrial.objects.filter(project__title="System Leadership")
    assert trials.count() == 17
    for title in trials.values_list("title", flat=True):
        assert " ".join(title.split())[:30] in text, title


def test_an_unknown_subject_is_refused_with_a_reason(tmp_path):
    with pytest.raises(CommandError, match="No project with id or title 'Nowhere'"):
        call_command("render_report", project="Nowhere", out=str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
