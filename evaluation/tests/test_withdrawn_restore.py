"""The evaluation pages' "Withdrawn" lists hold withdrawn records of several kinds: each has
a Restore link for whoever may restore it, by the rule the record's own restore page asks
(evaluation.change_record: a partner restores their own organisation's contribution, a
trial's team its indicators and objectives, the officers everything), at no query a row;
none on a withdrawn project's pages, which change nothing."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from evaluation.models import IndependentEvaluation, PolicyEvidence, SuccessCriterion
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import change_record
from programmes.models import Project
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)

from .factories import (
    CaseStudyFactory,
    HighlightReportFactory,
    IndicatorFactory,
    LessonFactory,
    LocalityGroupFactory,
    ObjectiveFactory,
    PartnerContributionFactory,
)

pytestmark = pytest.mark.django_db

GONE = {"withdrawn_reason": "added twice"}


def gone():
    return {"withdrawn_at": timezone.now(), **GONE}


def restore_links(response):
    kept = response.content.decode().split('id="withdrawn"')[1].split("</ul>")[0]
    return re.findall(r'href="/records/evaluation/([a-z-]+)/(\d+)/restore/"', kept)


def slugs(links):
    return sorted(slug for slug, _ in links)


@pytest.fixture
def officer():
    return UserFactory()


@pytest.fixture
def programme(officer):
    programme = ProgrammeFactory()
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    return programme


def withdraw_on_programme(programme, size, organisation):
    """`size` withdrawn records of each kind the programme's page lists."""
    for _ in range(size):
        ObjectiveFactory(programme=programme, **gone())
        LocalityGroupFactory(programme=programme, **gone())
        SuccessCriterion.objects.create(programme=programme, text="A criterion", **gone())
        IndependentEvaluation.objects.create(
            programme=programme, evaluator="E", findings="F", **gone()
        )
        PolicyEvidence.objects.create(programme=programme, review="R", what="W", **gone())
        LessonFactory(programme=programme, **gone())
        CaseStudyFactory(programme=programme, **gone())
        PartnerContributionFactory(programme=programme, organisation=organisation, **gone())
        PartnerContributionFactory(programme=programme, **gone())  # another organisation's
        HighlightReportFactory(programme=programme, **gone())


PROGRAMME_KINDS = [
    "case-study",
    "contribution",
    "contribution",
    "criterion",
    "group",
    "highlight",
    "independent-evaluation",
    "lesson",
    "objective",
    "policy-evidence",
]


@pytest.mark.parametrize("size", [1, 4])
def test_the_programme_pages_withdrawn_records_each_have_restore_at_no_query_a_row(
    client, officer, programme, size, django_assert_num_queries
):
    withdraw_on_programme(programme, size, OrganisationFactory())
    client.force_login(officer)
    url = reverse("evaluation:programme_evaluation", args=[programme.pk])
    with django_assert_num_queries(21):  # the same for 1 and 4 of each kind
        response = client.get(url)
    links = restore_links(response)
    assert slugs(links) == sorted(PROGRAMME_KINDS * size)
    slug, pk = links[0]
    page = client.get(
        reverse("records:restore", kwargs={"app": "evaluation", "kind": slug, "pk": pk})
    )
    assert page.status_code == 200 and 'name="reason"' in page.text


def test_a_partner_restores_only_their_own_organisations_contribution(client, programme):
    organisation = OrganisationFactory()
    partner = UserFactory(organisation=organisation)
    ProgrammeMembershipFactory(programme=programme, user=partner, role=Role.PARTNER)
    withdraw_on_programme(programme, 1, organisation)
    client.force_login(partner)
    response = client.get(reverse("evaluation:programme_evaluation", args=[programme.pk]))
    [(slug, pk)] = restore_links(response)
    assert slug == "contribution"
    assert response.content.decode().count("Withdrawn</strong> by") == len(PROGRAMME_KINDS)


@pytest.mark.parametrize("size", [1, 4])
def test_the_project_pages_withdrawn_records_of_its_trials_have_restore_at_no_query_a_row(
    client, officer, programme, size, django_assert_num_queries
):
    project = ProjectFactory(programme=programme)
    for _ in range(size):
        trial = FieldTrialFactory(project=project)
        ObjectiveFactory(programme=None, project=project, **gone())
        LessonFactory(programme=None, field_trial=trial, **gone())
        CaseStudyFactory(programme=None, field_trial=trial, **gone())
        PartnerContributionFactory(programme=None, project=project, **gone())
        HighlightReportFactory(programme=None, project=project, **gone())
    client.force_login(officer)
    url = reverse("evaluation:project_evaluation", args=[project.pk])
    with django_assert_num_queries(17):
        response = client.get(url)
    assert slugs(restore_links(response)) == sorted(
        ["case-study", "contribution", "highlight", "lesson", "objective"] * size
    )
    # Once the project is withdrawn, its page changes nothing: no Restore.
    Project.objects.filter(pk=project.pk).update(withdrawn_at=timezone.now())
    response = client.get(url)
    assert "Lesson" in response.content.decode().split('id="withdrawn"')[1]
    assert restore_links(response) == []


@pytest.mark.parametrize("size", [1, 4])
def test_the_trials_team_restores_its_indicators_and_objectives_not_its_lessons(
    client, officer, programme, size, django_assert_num_queries
):
    trial = FieldTrialFactory(project=ProjectFactory(programme=programme))
    leader = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
    for _ in range(size):
        IndicatorFactory(field_trial=trial, **gone())
        ObjectiveFactory(programme=None, field_trial=trial, **gone())
        LessonFactory(programme=None, field_trial=trial, **gone())
        CaseStudyFactory(programme=None, field_trial=trial, **gone())
    url = reverse("evaluation:field_trial_evaluation", args=[trial.pk])
    client.force_login(leader)
    with django_assert_num_queries(18):
        response = client.get(url)
    assert slugs(restore_links(response)) == sorted(["indicator", "objective"] * size)
    client.force_login(officer)
    assert slugs(restore_links(client.get(url))) == sorted(
        ["case-study", "indicator", "lesson", "objective"] * size
    )


def test_a_highlight_reports_pages_say_its_month_not_a_day(client, officer, programme):
    """A highlight report is for a month: its withdraw and restore pages say "March 2009",
    as its programme's page does, not the day "1 March 2009"; its download keeps the month
    as a spreadsheet sorts it, as a monthly update's does; its history, when it is moved to
    another month, names the months."""
    report = HighlightReportFactory(programme=programme, month=datetime.date(2009, 3, 1))
    client.force_login(officer)

    def page(action):
        kwargs = {"app": "evaluation", "kind": "highlight", "pk": report.pk}
        page = client.get(reverse(f"records:{action}", kwargs=kwargs)).content.decode()
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))

    asked = page("withdraw")
    assert "Month March 2009" in asked and "1 March 2009" not in asked
    export = reverse(
        "records:export",
        kwargs={"app": "evaluation", "kind": "highlight", "pk": programme.pk, "fmt": "csv"},
    )
    assert ",2009-03," in client.get(export).content.decode("utf-8-sig")
    # Moved to April: its history says the months, not their first days.
    change_record(
        kind=record_kinds()[("evaluation", "highlight")],
        record=report,
        actor=officer,
        based_on=report.version,
        values={"month": datetime.date(2009, 4, 1)},
    )
    changed = Event.objects.get(verb="evaluation.highlight_changed")
    assert changed.data["changes"] == [{"field": "Month", "from": "Mar 2009", "to": "Apr 2009"}]
    report.refresh_from_db()
    report.withdrawn_at, report.withdrawn_reason = timezone.now(), "added twice"
    report.save()
    asked = page("restore")
    assert "Month April 2009" in asked and "1 April 2009" not in asked
