"""A report prints names and titles written in other scripts: a field trial named in Chinese
and Arabic, asked for by someone whose name is partly Chinese, prints those characters in
fonts that have them (Noto's), on its cover and in the running header of the pages after,
not as empty boxes in Liberation Sans, which has Latin, Greek and Cyrillic only."""

import subprocess

import pytest

from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from reports.building import render_pdf, report_html
from reports.tests.helpers import pdf_fonts, pdf_page_text

pytestmark = pytest.mark.django_db

# The font families the report's stylesheet names for these scripts, and their packages.
NEEDED = {"Noto Sans CJK SC": "fonts-noto-cjk", "Noto Sans Arabic": "fonts-noto-core"}


def _missing():
    try:
        families = subprocess.run(
            ["fc-list", ":", "family"], capture_output=True, check=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        families = ""
    return [package for family, package in NEEDED.items() if family not in families]


@pytest.mark.skipif(
    bool(_missing()),
    reason=f"The reports' fonts for other scripts are not installed ({', '.join(_missing())}): "
    "make sysdeps installs them",
)
def test_chinese_and_arabic_in_a_title_and_a_name_print_in_fonts_that_have_them():
    trial = FieldTrialFactory(title="学校 and مدرسة: one Learning Town")
    asker = UserFactory(full_name="Ĉhris 陈")
    content = render_pdf(report_html(trial, asker))
    cover = " ".join(pdf_page_text(content, 1).split())
    assert "学校 and" in cover and "asked for by Ĉhris 陈" in cover
    assert "مدرسة" in cover
    for page in (1, 2):  # the cover; the running header, which the cover has not
        fonts = pdf_fonts(content, page)
        assert {"Noto-Sans-CJK-SC", "Noto-Sans-Arabic"} <= fonts, (page, fonts)
        assert "Liberation-Sans" in fonts  # the rest, as before
