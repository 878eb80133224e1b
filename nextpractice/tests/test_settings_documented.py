"""Every setting the app reads is in README's configuration table, and `.env.example` lists
exactly the table's settings."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = r"[A-Z][A-Z0-9]*_[A-Z0-9_]+"


def readme_table_variables():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(rf"`({NAME})`", row.split(" | ")[0])}


def env_example_variables():
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(rf"^#? ?({NAME})=", text, flags=re.MULTILINE))


def variables_read_by_settings():
    source = "".join(
        (ROOT / "nextpractice" / name).read_text() for name in ["settings.py", "config.py"]
    )
    # env_str("NAME", ...), possibly across lines, and the names single sign-on reads.
    return set(re.findall(rf'env_\w+\(\s*"({NAME})"', source)) | set(
        re.findall(r'"(NEXTPRACTICE_SSO_[A-Z_]+)"', source)
    )


def test_env_example_lists_every_setting_in_the_readme_and_no_other():
    readme, example = readme_table_variables(), env_example_variables()
    assert readme, "no variables found in README's configuration table"
    assert readme - example == set(), "in README's table, missing from .env.example"
    assert example - readme == set(), "in .env.example, missing from README's table"


def test_every_setting_the_app_reads_is_in_the_readme():
    read = variables_read_by_settings()
    assert {"DATABASE_URL", "NEXTPRACTICE_SSO_ISSUER", "DJANGO_LOG_FORMAT"} <= read
    assert read - readme_table_variables() == set(), "read by settings, not in README's table"
