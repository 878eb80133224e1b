"""Pages stay valid HTML: htmx's attributes are written data-hx-*, which htmx reads the same
way, never bare hx-*, which no HTML standard allows."""

import re
from pathlib import Path

from django.conf import settings

BARE = re.compile(r'(?:^|[\s"])hx-[a-z-]+=')


def test_no_template_uses_bare_hx_attributes():
    root = Path(settings.BASE_DIR)
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in root.glob("**/templates/**/*.html")
        if ".venv" not in path.parts and "node_modules" not in path.parts
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if BARE.search(line)
    ]
    assert not offenders, f"write data-hx-* instead of hx-* in {offenders}"
