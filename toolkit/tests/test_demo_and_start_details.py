"""Two details of issue 17: an exercise can be started for the starter's own local authority
(exercises may belong to one since toolkit 0004; seed 002's tool is for one), and the demo
runs the pedagogic audit only in Knowsley, where seed 001 uses it."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation
from accounts.tests.factories import OrganisationFactory, UserFactory
from nextpractice.testing.demo import load_demo
from toolkit.models import Exercise
from toolkit.tests.factories import ToolVersionFactory

pytestmark = pytest.mark.django_db

START = reverse("toolkit:exercise_start")


@pytest.fixture
def tool(db):
    return ToolVersionFactory(tool__title="Networking", tool__slug="networking-approach").tool


def test_an_officer_of_a_local_authority_starts_an_exercise_for_it(client, world, tool):
    hampshire = OrganisationFactory(name="Hampshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    officer = world.users["officer"]
    officer.organisation = hampshire
    officer.save()
    head = UserFactory(email="head@school.example")
    client.force_login(officer)
    assert "Run it for Hampshire" in client.get(START).content.decode()
    response = client.post(
        START,
        {
            "tool": tool.pk,
            "title": "Hampshire: our networking approach",
            "group": "people",
            "emails": head.email,
            "for_authority": "on",
        },
    )
    assert response.status_code == 302
    exercise = Exercise.objects.get(title="Hampshire: our networking approach")
    assert exercise.local_authority == hampshire


def test_someone_not_of_a_local_authority_is_not_offered_one(client, world, tool):
    officer = world.users["officer"]
    officer.organisation = OrganisationFactory(kind=Organisation.Kind.SCHOOL)
    officer.save()
    client.force_login(officer)
    assert "for_authority" not in client.get(START).content.decode()
    response = client.post(
        START,
        {"tool": tool.pk, "title": "Ours", "group": "people", "emails": "leader@example.org",
         "for_authority": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    assert Exercise.objects.get(title="Ours").local_authority is None


def test_the_demo_runs_the_pedagogic_audit_in_knowsley_only():
    load_demo()
    audits = Exercise.objects.filter(tool__slug="pedagogic-audit").select_related("local_authority")
    assert audits.exists()
    for audit in audits:
        assert audit.field_trial_id is None, audit.title
        assert audit.local_authority is not None and "Knowsley" in audit.local_authority.name
    assert not Exercise.objects.filter(title__icontains="Bridgemary", tool__slug="pedagogic-audit")


def test_the_demo_tools_versions_are_older_than_the_exercises_run_with_them(client):
    """The toolkit's files are loaded with the demo, today; a tool's page must not say its
    version 1 was made today when the trial's exercise with it closed in April."""
    load_demo()
    exercises = Exercise.objects.select_related("tool_version", "tool")
    assert exercises.count() > 9
    for exercise in exercises:
        assert exercise.tool_version.created_at < exercise.created_at, exercise
    exercise = exercises.filter(tool__slug="delta-6").earliest("created_at")
    client.force_login(exercise.facilitator)
    page = client.get(reverse("toolkit:tool_detail", args=["delta-6"])).content.decode()
    made = timezone.localtime(exercise.tool_version.created_at)
    assert f"Version 1, {made:%-d %B %Y}" in page and "Supplied with Next Practice" in page
