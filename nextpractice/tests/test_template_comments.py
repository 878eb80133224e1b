"""Django's {# #} comment is one line only: one spread over lines is printed on the page as
text (the project page once showed its own note to developers under the diamonds)."""

import re
from pathlib import Path

from django.conf import settings

ONE_LINE_COMMENT = re.compile(r"\{#(?:(?!#\}).)*$", re.MULTILINE)


def test_no_template_opens_a_one_line_comment_it_does_not_close_on_that_line():
    root = Path(settings.BASE_DIR)
    found = [
        f"{path.relative_to(root)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in root.glob("**/templates/**/*.html")
        if ".venv" not in path.parts
        for text in [path.read_text(encoding="utf-8")]
        for m in ONE_LINE_COMMENT.finditer(text)
    ]
    assert not found, f"Use {{% comment %}} for a note over several lines: {found}"
