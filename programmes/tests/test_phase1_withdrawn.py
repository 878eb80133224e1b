"""Phase 1's "Withdrawn" list holds the need analysis's withdrawn records of every kind: each
has a Restore link for whoever may restore it (the project's officers, as on the record's
own page), none for those who only read it or while the project is withdrawn, at no query
a row."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import UserFactory
from programmes.models import DataSource, Objective, PotentialInnovator, ProblemStatement
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def gone(**more):
    return {"withdrawn_at": timezone.now(), "withdrawn_reason": "added twice", **more}


def withdrawn_records(project, size):
    """`size` withdrawn records of each of the need analysis's four kinds: {slug: [pk]}."""
    made = {"problem-statement": [], "objective": [], "data-source": [], "potential-innovator": []}
    for i in range(size):
        made["problem-statement"].append(
            ProblemStatement.objects.create(project=project, text=f"Gone problem {i}", **gone()).pk
        )
        made["objective"].append(
            Objective.objects.create(project=project, text=f"Gone aim {i}", **gone()).pk
        )
        made["data-source"].append(
            DataSource.objects.create(
                project=project, title=f"Gone source {i}", url="https://example.org", **gone()
            ).pk
        )
        made["potential-innovator"].append(
            PotentialInnovator.objects.create(
                project=project, person_name=f"Gone innovator {i}", why="-", **gone()
            ).pk
        )
    return made


def member(project, role):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=role)
    return user


def restore_url(slug, pk):
    return reverse("records:restore", kwargs={"app": "programmes", "kind": slug, "pk": pk})


def withdrawn_list(response):
    return response.content.decode().split('id="withdrawn"')[1].split("</ul>")[0]


def phase1(project):
    return reverse("programmes:project_phase1", args=[project.pk])


@pytest.mark.parametrize("size", [1, 5])
def test_each_withdrawn_record_has_restore_for_an_officer_at_no_query_a_row(
    client, django_assert_num_queries, size
):
    project = ProjectFactory()
    made = withdrawn_records(project, size)
    client.force_login(member(project, Role.OFFICER))
    # session, user, memberships, unread, project; a count of each of the seven lists (all
    # empty); the withdrawn records (one query a kind of need record); the options by status
    with django_assert_num_queries(17):
        response = client.get(phase1(project))
    listed = withdrawn_list(response)
    links = re.findall(r'href="(/records/programmes/[^"]+/restore/)"', listed)
    assert sorted(links) == sorted(
        restore_url(slug, pk) for slug, pks in made.items() for pk in pks
    )
    # Each says what it restores to a screen reader.
    assert 'Restore<span class="govuk-visually-hidden"> Gone innovator 0</span>' in listed
    # It leads to the record's restore page, which offers it.
    page = client.get(links[0])
    assert page.status_code == 200 and 'name="reason"' in page.text


def test_who_only_reads_the_project_sees_the_withdrawn_records_without_restore(client):
    project = ProjectFactory()
    withdrawn_records(project, 1)
    client.force_login(member(project, Role.PARTNER))
    listed = withdrawn_list(client.get(phase1(project)))
    assert "Gone problem 0" in listed and "Withdrawn" in listed
    assert "/restore/" not in listed


def test_a_withdrawn_projects_records_offer_no_restore_even_to_its_officers(client):
    project = ProjectFactory()
    withdrawn_records(project, 1)
    officer = member(project, Role.OFFICER)
    type(project).objects.filter(pk=project.pk).update(withdrawn_at=timezone.now())
    client.force_login(officer)
    listed = withdrawn_list(client.get(phase1(project)))
    assert "Gone problem 0" in listed
    assert "/restore/" not in listed
