"""Phase 1's lists are each paged, 25 a page, by a parameter of their own: a project with
many records costs the same queries as one with few, and page 2 of each list shows the rest
while the other lists stay where they were. So are a workshop's options and the projects
using a stimulus."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import UserFactory
from programmes.models import (
    CreativeOption,
    DataSource,
    KeptStimulus,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    Stimulus,
    Workshop,
)
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db

# (query parameter, the name each row of that list shows under)
LISTS = (
    ("drivers-page", "Driver"),
    ("problems-page", "Challenge"),
    ("objectives-page", "Aim"),
    ("sources-page", "Source"),
    ("innovators-page", "Innovator"),
    ("stimuli-page", "Stimulus"),
    ("workshops-page", "Workshop"),
    ("withdrawn-page", "Dropped"),
)


def fill(project, size):
    """`size` rows in each of Phase 1's lists, named "<list> 00" onwards in the page's order."""
    for i in range(size):
        n = f"{i:02d}"
        ProblemStatement.objects.create(project=project, text=f"Driver {n}", kind="driver")
        ProblemStatement.objects.create(project=project, text=f"Challenge {n}", kind="problem")
        Objective.objects.create(project=project, text=f"Aim {n}")
        DataSource.objects.create(project=project, title=f"Source {n}", url="https://example.org")
        PotentialInnovator.objects.create(project=project, person_name=f"Innovator {n}", why="-")
        stimulus = Stimulus.objects.create(
            title=f"Stimulus {n}", sector="healthcare", country="England", summary="-",
            provocation="-",
        )  # fmt: skip
        KeptStimulus.objects.create(project=project, stimulus=stimulus, why="-")
        Workshop.objects.create(
            project=project, title=f"Workshop {n}", kind="creative",
            held_on=datetime.date(2006, 5, 1) + datetime.timedelta(days=i),
        )  # fmt: skip
        # Newest withdrawal first: the earliest withdrawn goes last.
        Objective.objects.create(
            project=project, text=f"Dropped {n}",
            withdrawn_at=timezone.now() - datetime.timedelta(days=i), withdrawn_reason="-",
        )  # fmt: skip


def officer_of(project):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


def phase1(project):
    return reverse("programmes:project_phase1", args=[project.pk])


@pytest.mark.parametrize("size", [1, 26])
def test_phase_1_costs_the_same_queries_for_1_and_26_records_in_each_list(
    client, django_assert_num_queries, size
):
    project = ProjectFactory()
    fill(project, size)
    client.force_login(officer_of(project))
    # session, user, memberships, unread, project; a count and a page for each of the seven
    # lists, the kept stimuli's tags; the withdrawn records (one query a kind of need record);
    # the options counted by status
    with django_assert_num_queries(25):
        response = client.get(phase1(project))
    assert response.status_code == 200


def test_each_list_shows_25_and_its_page_2_the_rest_leaving_the_other_lists_alone(client):
    project = ProjectFactory()
    fill(project, 26)
    client.force_login(officer_of(project))

    first = client.get(phase1(project)).content.decode()
    for param, name in LISTS:
        assert f"{name} 24" in first and f"{name} 25" not in first, name
        assert f"?{param}=2#" in first, param  # its own page 2, back at the list

    for param, name in LISTS:
        second = client.get(phase1(project), {param: 2}).content.decode()
        assert f"{name} 25" in second and f"{name} 00" not in second, name
        others = [other for p, other in LISTS if p != param]
        assert all(f"{other} 00" in second for other in others), param


def test_a_second_list_pages_on_from_where_the_first_was_left(client):
    project = ProjectFactory()
    fill(project, 26)
    client.force_login(officer_of(project))
    page = client.get(phase1(project), {"drivers-page": 2}).content.decode()
    # Paging the objectives keeps the drivers on their page 2.
    assert 'href="?drivers-page=2&amp;objectives-page=2#objectives"' in page


def workshop_with_options(size):
    workshop = Workshop.objects.create(
        project=ProjectFactory(), title="Futures day", kind="creative",
        held_on=datetime.date(2006, 5, 1),
    )  # fmt: skip
    for i in range(size):
        CreativeOption.objects.create(
            project=workshop.project, workshop=workshop, title=f"Idea {i:02d}", description="-"
        )
    return workshop


def stimulus_kept_by(size):
    stimulus = Stimulus.objects.create(
        title="Healthy living centre", sector="healthcare", country="England", summary="-",
        provocation="-",
    )  # fmt: skip
    programme = ProjectFactory().programme
    for i in range(size):
        project = ProjectFactory(programme=programme, title=f"Project {i:02d}")
        KeptStimulus.objects.create(project=project, stimulus=stimulus, why="-")
    return stimulus, programme


def test_a_workshops_options_show_25_and_page_2_the_rest(client):
    # (test_options_workshops.py counts the page's queries at two sizes)
    workshop = workshop_with_options(26)
    client.force_login(officer_of(workshop.project))
    url = reverse("programmes:workshop_detail", args=[workshop.pk])
    page = client.get(url).content.decode()
    second = client.get(url, {"options-page": 2}).content.decode()
    assert "Options it produced (26)" in page
    assert "Idea 24" in page and "Idea 25" not in page
    assert "Idea 25" in second and "Idea 00" not in second
    assert 'href="?options-page=2#options"' in page


def test_the_projects_using_a_stimulus_show_25_and_page_2_the_rest(client):
    # (test_horizon.py counts the page's queries at two sizes)
    stimulus, programme = stimulus_kept_by(26)
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    client.force_login(officer)
    url = reverse("programmes:stimulus_detail", args=[stimulus.pk])
    page = client.get(url).content.decode()
    second = client.get(url, {"projects-page": 2}).content.decode()
    assert "Project 24" in page and "Project 25" not in page
    assert "Project 25" in second and "Project 00" not in second
    assert "other project" not in page  # those on page 2 are not counted as unseen
