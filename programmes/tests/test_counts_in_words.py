"""Counts read as English at 1 and at 2: "1 participant, 1 option" on Phase 1, "1 problem,
challenge or driver" in a project's stage by stage (on its page and in its report), and
"planned for 1 month" (they said "1 options" and "1 problems, challenges and drivers")."""

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from programmes.models import DataSource, PotentialInnovator, ProblemStatement
from programmes.tests.factories import ProjectFactory
from programmes.tests.factories_options import (
    OptionFactory,
    ParticipantFactory,
    WorkshopFactory,
    officer_of,
)
from reports.building import report_document

pytestmark = pytest.mark.django_db


def _text(html):
    return " ".join(strip_tags(html).split())


@pytest.mark.parametrize(
    "n, said, not_said",
    [(1, "1 participant, 1 option", "1 options"), (2, "2 participants, 2 options", "2 option,")],
)
def test_phase_1_counts_a_workshops_participants_and_options(client, n, said, not_said):
    project = ProjectFactory()
    workshop = WorkshopFactory(project=project, title="Quiet Reading Workshop")
    ParticipantFactory.create_batch(n, workshop=workshop)
    OptionFactory.create_batch(n, project=project, workshop=workshop)
    client.force_login(officer_of(project))
    text = _text(client.get(reverse("programmes:project_phase1", args=[project.pk])).content)
    assert f"Creative workshop, {said}" in text
    assert not_said not in text


ONE = [
    "1 problem, challenge or driver, 1 data source, 1 potential innovator",
    "1 workshop",
    "planned for 1 month (to",
]
TWO = [
    "2 problems, challenges and drivers, 2 data sources, 2 potential innovators",
    "2 workshops",
    "planned for 2 months (to",
]


@pytest.mark.parametrize("n, said", [(1, ONE), (2, TWO)])
def test_a_projects_stage_by_stage_counts_in_words_on_its_page_and_in_its_report(client, n, said):
    project = ProjectFactory(planned_duration_months=n, stage="generate_options")
    for i in range(n):
        ProblemStatement.objects.create(project=project, text=f"Driver {i}", kind="driver")
        DataSource.objects.create(project=project, title=f"Source {i}", url="https://example.org")
        PotentialInnovator.objects.create(project=project, person_name=f"Innovator {i}", why="-")
        WorkshopFactory(project=project)
    client.force_login(officer_of(project))
    page = _text(client.get(reverse("programmes:project_detail", args=[project.pk])).content)
    report = _text(report_document(project).body)
    for words in said:
        assert words in page, words
        assert words in report, words
    assert "1 problems" not in page + report
    # What Generate creative options kept: the selected first, then those still shortlisted.
    kept = "0 selected for field trials, 0 still on the shortlist"
    assert kept in page and kept in report
