"""Administrators add and change tools by pasting a definition; a change is a new version,
a malformed definition is refused with the same messages as a file, versions stay read-only."""

import copy

import pytest
import yaml
from django.urls import reverse

from accounts.tests.factories import UserFactory
from toolkit.loading import install
from toolkit.models import Tool, ToolVersion
from toolkit.questions import questions_of
from toolkit.tests.factories import SAMPLE_DEFINITION, ExerciseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def pasted(definition):
    return {"definition_yaml": yaml.safe_dump(definition, sort_keys=False)}


def change(client, tool, data):
    """Post the change form as a browser would: with the versions inline's management form."""
    url = reverse("admin:toolkit_tool_change", args=[tool.pk])
    page = client.get(url)
    for inline in page.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data = {
            **data,
            **{management.add_prefix(k): v for k, v in management.initial.items()},
        }
    return client.post(url, data, follow=True)


def sample(**changes):
    return {**copy.deepcopy(SAMPLE_DEFINITION), **changes}


def test_an_administrator_adds_a_tool_by_pasting_its_definition(client, admin_user):
    response = client.post(reverse("admin:toolkit_tool_add"), pasted(sample()), follow=True)
    assert response.status_code == 200
    tool = Tool.objects.get(slug="sample")
    assert tool.title == "Sample tool" and tool.latest.number == 1
    assert tool.latest.created_by == admin_user and tool.latest.source == "pasted in the admin"
    assert "Installed Sample tool version 1." in response.content.decode()


def test_changing_a_tool_in_the_admin_makes_a_new_version_and_keeps_old_exercises(
    client, admin_user
):
    tool, first, _ = install(sample(), source="sample.yaml")
    exercise = ExerciseFactory(tool=tool, tool_version=first)
    url = reverse("admin:toolkit_tool_change", args=[tool.pk])
    # The form starts from the latest definition.
    form = client.get(url).context["adminform"].form
    assert yaml.safe_load(form.initial["definition_yaml"]) == SAMPLE_DEFINITION

    changed = sample(title="Sample tool, revised")
    changed["sections"][0]["questions"][1]["text"] = "How ready is your team?"
    response = change(client, tool, pasted(changed))
    assert "Installed Sample tool, revised version 2." in response.content.decode()
    tool.refresh_from_db()
    assert tool.title == "Sample tool, revised" and tool.latest.number == 2
    assert questions_of(tool.latest.definition)[1].text == "How ready is your team?"
    exercise.refresh_from_db()
    assert exercise.tool_version == first
    assert questions_of(exercise.definition)[1].text == "How ready are you?"


def test_saving_the_same_definition_makes_no_new_version(client, admin_user):
    tool, _, _ = install(sample(), source="sample.yaml")
    response = change(client, tool, pasted(sample()))
    assert "No change: the definition is the same as version 1." in response.content.decode()
    assert ToolVersion.objects.filter(tool=tool).count() == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "slug: sample\ntitle: [unclosed\n",
            "not valid YAML: expected &#x27;,&#x27; or &#x27;]&#x27;",
        ),
        (
            yaml.safe_dump(sample(sections=[{"key": "s", "title": "S", "questions": []}])),
            "the definition: section &quot;s&quot;: &quot;questions&quot; needs at least one "
            "question",
        ),
        (
            # A "billion laughs": each line nine of the one before. Spelled out in a message it
            # took 25 s and 2 GB; an alias is refused where it first appears.
            "slug: sample\na: &a [x, x, x, x, x, x, x, x, x]\n"
            "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            "title: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
            "line 3: not valid YAML: it uses an alias (*name): write the value out in full",
        ),
        (
            "slug: sample\ntitle: " + "9" * 5000 + "\n",
            "not valid YAML: a number in it is too long to be read",
        ),
        (
            "slug: sample\ntitle: " + "[" * 3000 + "]" * 3000 + "\n",
            "not valid YAML: its lists or mappings are nested too deeply",
        ),
    ],
    ids=["syntax", "schema", "aliases", "long number", "deep"],
)
def test_a_malformed_definition_is_refused_in_the_form_and_nothing_changes(
    client, admin_user, text, message
):
    tool, _, _ = install(sample(), source="sample.yaml")
    response = change(client, tool, {"definition_yaml": text})
    assert response.status_code == 200  # the admin shows the form again
    assert message in response.content.decode()
    assert "errornote" in response.content.decode()
    assert ToolVersion.objects.filter(tool=tool).count() == 1


def test_a_tools_slug_cannot_be_changed_in_the_admin(client, admin_user):
    tool, _, _ = install(sample(), source="sample.yaml")
    response = change(client, tool, pasted(sample(slug="other")))
    assert "The slug must stay &quot;sample&quot;" in response.content.decode()
    assert not Tool.objects.filter(slug="other").exists()


def test_adding_a_tool_whose_slug_exists_is_refused(client, admin_user):
    install(sample(), source="sample.yaml")
    response = client.post(reverse("admin:toolkit_tool_add"), pasted(sample(title="Again")))
    assert "A tool with the slug &quot;sample&quot; exists" in response.content.decode()
    assert Tool.objects.get(slug="sample").title == "Sample tool"


def test_versions_are_read_only_in_the_admin(client, admin_user):
    tool, version, _ = install(sample(), source="sample.yaml")
    page = client.get(reverse("admin:toolkit_tool_change", args=[tool.pk])).content.decode()
    assert "versions-0-number" not in page  # the inline shows versions, never as inputs
    url = reverse("admin:toolkit_toolversion_change", args=[version.pk])
    response = client.get(url)
    assert response.status_code == 200 and "How ready are you?" in response.content.decode()
    assert 'name="_save"' not in response.content.decode()
    client.post(url, {"number": 9})
    version.refresh_from_db()
    assert version.number == 1
    assert client.get(reverse("admin:toolkit_toolversion_add")).status_code == 403
    assert (
        client.get(reverse("admin:toolkit_toolversion_delete", args=[version.pk])).status_code
        == 403
    )
