"""Loading tool definitions: all or nothing, unchanged files change nothing, a changed file
is a new version, and exercises keep the version they were started with."""

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command

from accounts.models import Event
from toolkit.definition import DefinitionError
from toolkit.loading import checksum, install, load_directory
from toolkit.models import Tool, ToolVersion
from toolkit.questions import questions_of
from toolkit.tests.factories import ExerciseFactory

DEFINITIONS = Path(__file__).resolve().parents[1] / "definitions"

pytestmark = pytest.mark.django_db


@pytest.fixture
def folder(tmp_path):
    """A copy of the shipped definitions to change."""
    target = tmp_path / "definitions"
    shutil.copytree(DEFINITIONS, target)
    return target


def edit(path, change):
    definition = yaml.safe_load(path.read_text())
    change(definition)
    path.write_text(yaml.safe_dump(definition, sort_keys=False))


def test_loading_the_shipped_tools_installs_nine_tools_at_version_1():
    results = load_directory(DEFINITIONS)
    assert len(results) == 9 and all(created for _, _, created in results)
    delta = Tool.objects.get(slug="delta-6")
    assert (delta.title, delta.subtitle, delta.status) == (
        "Delta 6",
        "Prioritising 21st century challenges",
        "not_stated",
    )
    assert delta.purpose.startswith("A tool for prioritising the challenges education faces.")
    assert delta.audience and delta.latest.number == 1
    assert delta.latest.source == "delta-6.yaml"
    assert delta.latest.checksum == checksum(delta.latest.definition)


def test_loading_again_changes_nothing(folder):
    load_directory(folder)
    again = load_directory(folder)
    assert [created for _, _, created in again] == [False] * 9
    assert ToolVersion.objects.count() == 9


def test_the_command_says_what_it_did_for_each_tool(capsys):
    call_command("load_tools")
    out = capsys.readouterr().out
    assert "delta-6: new version 1" in out and out.count("new version 1") == 9
    call_command("load_tools", str(DEFINITIONS / "delta-6.yaml"))
    assert "delta-6: unchanged (version 1)" in capsys.readouterr().out


def test_a_folder_with_one_malformed_file_installs_nothing(folder):
    edit(
        folder / "landing-pad.yaml",
        lambda d: d["sections"][0]["questions"][0].pop("options"),
    )
    (folder / "zz-broken.yaml").write_text("slug: broken\ntitle: [unclosed\n")
    with pytest.raises(DefinitionError) as refused:
        load_directory(folder)
    messages = refused.value.messages
    assert (
        'landing-pad.yaml: section "context", question "perspective": single_choice needs '
        '"options"' in messages
    )
    assert any(re.match(r"zz-broken.yaml, line \d+: not valid YAML", m) for m in messages)
    assert Tool.objects.count() == 0 and ToolVersion.objects.count() == 0


def test_the_command_refuses_a_malformed_folder_with_status_1_and_the_messages(folder):
    edit(
        folder / "delta-6.yaml",
        lambda d: d["sections"][0]["questions"][0].update(items=[{"key": "a", "label": "A"}]),
    )
    with pytest.raises(CommandError) as refused:
        call_command("load_tools", str(folder))
    assert refused.value.returncode == 1
    assert "No tools were loaded" in str(refused.value)
    assert (
        'delta-6.yaml: section "challenges", question "rank": ranking needs at least two items'
        in str(refused.value)
    )
    assert Tool.objects.count() == 0


def test_two_files_with_the_same_slug_are_refused(folder):
    shutil.copy(folder / "delta-6.yaml", folder / "delta-7.yaml")
    with pytest.raises(DefinitionError, match='delta-7.yaml: slug "delta-6" is already used'):
        load_directory(folder)
    assert Tool.objects.count() == 0


def test_a_changed_file_makes_version_2_and_exercises_keep_reading_version_1(folder):
    load_directory(folder)
    delta = Tool.objects.get(slug="delta-6")
    exercise = ExerciseFactory(tool=delta, tool_version=delta.latest)
    old_text = questions_of(exercise.definition)[0].text

    def reword(definition):
        definition["subtitle"] = "Prioritising the challenges of the 21st century"
        definition["sections"][0]["questions"][0]["text"] = "Put the challenges in order"

    edit(folder / "delta-6.yaml", reword)
    results = {
        tool.slug: (version.number, created) for tool, version, created in load_directory(folder)
    }
    assert results["delta-6"] == (2, True)
    assert results["landing-pad"] == (1, False)

    delta.refresh_from_db()
    assert delta.subtitle == "Prioritising the challenges of the 21st century"
    assert delta.latest.number == 2
    assert questions_of(delta.latest.definition)[0].text == "Put the challenges in order"
    exercise.refresh_from_db()
    assert exercise.tool_version.number == 1
    assert questions_of(exercise.definition)[0].text == old_text
    assert list(delta.versions.values_list("number", flat=True)) == [2, 1]


def test_layout_and_file_format_do_not_count_as_a_change(tmp_path):
    definition = yaml.safe_load((DEFINITIONS / "to-be.yaml").read_text())
    _, first, _ = install(definition, source="to-be.yaml")
    reordered = dict(reversed(list(definition.items())))
    (tmp_path / "to-be.json").write_text(json.dumps(reordered, indent=4))
    ((tool, version, created),) = load_directory(tmp_path)
    assert not created and version == first


def test_installing_records_one_event_per_new_version():
    definition = yaml.safe_load((DEFINITIONS / "looking-to-learn.yaml").read_text())
    source = "looking-to-learn.yaml"
    install(definition, source=source)
    install(definition, source=source)
    (event,) = Event.objects.filter(verb="toolkit.tool_version_installed")
    assert event.data == {
        "tool": "looking-to-learn",
        "number": 1,
        "source": "looking-to-learn.yaml",
    }


def test_install_refuses_a_malformed_definition_naming_its_source():
    with pytest.raises(DefinitionError, match='mine.yaml: missing "sections"'):
        install(
            {"slug": "mine", "title": "Mine", "status": "not_stated", "purpose": "-"},
            "mine.yaml",
        )
    assert not Tool.objects.exists()


def test_an_empty_folder_is_refused(tmp_path):
    with pytest.raises(DefinitionError, match="no tool definitions found"):
        load_directory(tmp_path)
