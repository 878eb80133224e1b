"""The programme, project and field trial evaluation pages: what people see, and the
number of queries each page makes whatever the number of rows."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)

from .factories import (
    BoardDecisionFactory,
    BoardMeetingFactory,
    BoardMemberFactory,
    CaseStudyFactory,
    EvaluationPlanFactory,
    EvaluationQuestionFactory,
    HighlightReportFactory,
    IndicatorFactory,
    LessonFactory,
    LocalityGroupFactory,
    MeasurementFactory,
    ObjectiveFactory,
    PartnerContributionFactory,
    PartnershipBoardFactory,
    ProgressEntryFactory,
    TakeUpFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer():
    return UserFactory()


@pytest.fixture
def programme(officer):
    programme = ProgrammeFactory()
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    return programme


def fill_programme(programme, size):
    group = LocalityGroupFactory(programme=programme)
    board = PartnershipBoardFactory(programme=programme)
    project = ProjectFactory(programme=programme)
    trial = FieldTrialFactory(project=project)
    for _ in range(size):
        objective = ObjectiveFactory(programme=programme)
        ProgressEntryFactory(objective=objective, group=group)
        BoardMemberFactory(board=board)
        BoardDecisionFactory(meeting=BoardMeetingFactory(board=board))
        lesson = LessonFactory(programme=programme)
        TakeUpFactory(lesson=lesson)
        TakeUpFactory(lesson=LessonFactory(programme=None, field_trial=trial))
        CaseStudyFactory(programme=programme)
        PartnerContributionFactory(programme=programme)
        HighlightReportFactory(programme=programme)
        programme_records(programme)


def programme_records(programme):
    from evaluation.models import IndependentEvaluation, PolicyEvidence, SuccessCriterion

    SuccessCriterion.objects.create(programme=programme, text="A criterion")
    IndependentEvaluation.objects.create(programme=programme, evaluator="E", findings="F")
    PolicyEvidence.objects.create(programme=programme, review="R", what="W")


@pytest.mark.parametrize("size", [5, 50])
def test_the_programme_page_makes_the_same_queries_for_5_and_50_rows(
    client, officer, programme, size, django_assert_num_queries
):
    fill_programme(programme, size)
    client.force_login(officer)
    url = reverse("evaluation:programme_evaluation", args=[programme.pk])
    # 23 and the evaluation's history; the lessons and case studies are paged (a count each)
    # and their withdrawn ones read apart (one each); which downloads hold something (one)
    with django_assert_num_queries(29):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("govuk-tag--green") >= size  # on track, per group


@pytest.mark.parametrize("size", [5, 50])
def test_the_project_page_makes_the_same_queries_for_5_and_50_rows(
    client, officer, programme, size, django_assert_num_queries
):
    project = ProjectFactory(programme=programme)
    for _ in range(size):
        trial = FieldTrialFactory(project=project)
        MeasurementFactory(indicator=IndicatorFactory(field_trial=trial))
        ProgressEntryFactory(objective=ObjectiveFactory(programme=None, project=project))
        ProgressEntryFactory(
            objective=ObjectiveFactory(programme=None, field_trial=trial), status="at_risk"
        )
        TakeUpFactory(lesson=LessonFactory(programme=None, field_trial=trial))
        CaseStudyFactory(programme=None, project=project)
        PartnerContributionFactory(programme=None, project=project)
        HighlightReportFactory(programme=None, project=project)
    client.force_login(officer)
    url = reverse("evaluation:project_evaluation", args=[project.pk])
    # 15, the history, two counts, two withdrawn lists, the trials' objectives and progress,
    # which downloads hold something
    with django_assert_num_queries(23):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("25%") >= size  # 55 on the way from 50 to 70
    # Each trial's latest measurement has its Change link, at no query a row.
    changes = re.findall(r"/records/evaluation/measurement/\d+/edit/", response.content.decode())
    assert len(changes) == size
    # Progress recorded for no locality group reads as the objective's overall progress.
    assert '<dt class="govuk-summary-list__key">Overall</dt>' in response.content.decode()
    # Where each trial stands against its own objectives, at no query a trial.
    assert response.content.decode().count('govuk-tag--orange">At risk') == size


@pytest.mark.parametrize("size", [5, 50])
def test_the_trial_page_makes_the_same_queries_for_5_and_50_rows(
    client, officer, programme, size, django_assert_num_queries
):
    trial = FieldTrialFactory(project=ProjectFactory(programme=programme))
    plan = EvaluationPlanFactory(field_trial=trial)
    for _ in range(size):
        indicator = IndicatorFactory(field_trial=trial)
        MeasurementFactory(indicator=indicator, measured_on=datetime.date(2007, 1, 1))
        MeasurementFactory(indicator=indicator, measured_on=datetime.date(2007, 6, 1))
        ProgressEntryFactory(objective=ObjectiveFactory(programme=None, field_trial=trial))
        EvaluationQuestionFactory(plan=plan)
        TakeUpFactory(lesson=LessonFactory(programme=None, field_trial=trial))
        CaseStudyFactory(programme=None, field_trial=trial)
    client.force_login(officer)
    url = reverse("evaluation:field_trial_evaluation", args=[trial.pk])
    # 16, the history, two counts, two withdrawn lists, which downloads hold something
    with django_assert_num_queries(22):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('role="img"') == size
    # Each measurement's Change link in its chart's table, and the latest one's beside it.
    changes = re.findall(r"/records/evaluation/measurement/\d+/edit/", response.content.decode())
    assert len(changes) == 3 * size


def test_each_indicator_has_a_chart_with_a_title_a_description_and_a_data_table(
    client, officer, programme
):
    trial = FieldTrialFactory(project=ProjectFactory(programme=programme))
    indicator = IndicatorFactory(
        field_trial=trial,
        name="Attendance",
        unit="% of sessions",
        baseline_value=Decimal("89"),
        target_value=Decimal("93"),
    )
    MeasurementFactory(indicator=indicator, value=Decimal("91"), unit="% of sessions")
    client.force_login(officer)
    page = client.get(reverse("evaluation:field_trial_evaluation", args=[trial.pk]))
    html = page.content.decode()
    chart_id = f"indicator-{indicator.pk}"
    # The title is the whole text alternative (a PDF report's figure reads only the title).
    assert f'aria-labelledby="{chart_id}-title"' in html
    desc = re.search(rf'<title id="{chart_id}-title">(.*?)</title>', html).group(1)
    assert desc.startswith("Attendance: measurements against baseline and target. ")
    assert "Baseline 89" in desc and "Target 93" in desc and "50% of the way" in desc
    table = re.search(r"<table.*?Attendance: baseline, measurements and target.*?</table>", html,
                      re.S).group(0)  # fmt: skip
    cells = re.findall(r'numeric">([^<]*)</td>', table)
    assert cells == ["89", "0%", "91", "50%", "93", "100%"]


def test_a_project_shows_higher_and_lower_is_better_indicators_side_by_side(
    client, officer, programme
):
    project = ProjectFactory(programme=programme)
    up = IndicatorFactory(
        field_trial=FieldTrialFactory(project=project, title="Alpha trial"),
        name="Attendance",
        baseline_value=Decimal(80),
        target_value=Decimal(90),
    )
    down = IndicatorFactory(field_trial=FieldTrialFactory(project=project, title="Beta trial"),
                            name="Exclusions", direction="lower", unit="per 100 pupils",
                            baseline_value=Decimal(12), target_value=Decimal(6))  # fmt: skip
    MeasurementFactory(indicator=up, value=Decimal(88), unit="")
    MeasurementFactory(indicator=down, value=Decimal(9), unit="per 100 pupils")
    client.force_login(officer)
    html = client.get(reverse("evaluation:project_evaluation", args=[project.pk])).content.decode()
    rows = re.findall(r"<tr class=\"govuk-table__row\"[^>]*>(.*?)</tr>", html, re.S)
    attendance = next(r for r in rows if "Attendance" in r)
    exclusions = next(r for r in rows if "Exclusions" in r)
    assert attendance.rstrip().endswith('numeric">80%</td>')
    assert exclusions.rstrip().endswith('numeric">50%</td>')
    assert "1. Alpha trial: Attendance: 80% of the way to target" in html
    assert "2. Beta trial: Exclusions: 50% of the way to target" in html


def test_a_leader_of_one_trial_sees_only_their_trials_indicators_on_the_project_page(client):
    project = ProjectFactory()
    mine = FieldTrialFactory(project=project, title="Mine")
    IndicatorFactory(field_trial=mine, name="My indicator")
    IndicatorFactory(field_trial=FieldTrialFactory(project=project), name="Their indicator")
    leader = FieldTrialMembershipFactory(field_trial=mine, role=Role.PRACTITIONER).user
    from programmes.models import ProjectMembership

    ProjectMembership.objects.create(project=project, user=leader, role=Role.PRACTITIONER)
    client.force_login(leader)
    html = client.get(reverse("evaluation:project_evaluation", args=[project.pk])).content.decode()
    assert "My indicator" in html
    assert "Their indicator" not in html


def test_the_project_page_shows_where_its_trials_stand_against_their_own_objectives(
    client, officer, programme
):
    """A tester found a trial's objective recorded "On track" by its head teacher nowhere at
    project level, while its indicators were there side by side."""
    project = ProjectFactory(programme=programme)
    mine = FieldTrialFactory(project=project, title="Flying team")
    weekly = ObjectiveFactory(
        programme=None, field_trial=mine, number=1, text="Weekly specialist music and PE."
    )
    ProgressEntryFactory(
        objective=weekly, status="on_track", recorded_on=datetime.date(2026, 11, 30)
    )
    theirs = FieldTrialFactory(project=project, title="Quiet trial")
    ObjectiveFactory(programme=None, field_trial=theirs, text="Every school visited")
    client.force_login(officer)
    url = reverse("evaluation:project_evaluation", args=[project.pk])
    html = " ".join(client.get(url).content.decode().split())
    section = html[html.index('id="trial-objectives"') :]
    assert "Weekly specialist music and PE</td>" in section
    assert 'govuk-tag--green">On track</strong> on 30 November 2026' in section
    trial_page = reverse("evaluation:field_trial_evaluation", args=[mine.pk])
    assert f'<a class="govuk-link" href="{trial_page}">Flying team</a>' in section
    assert "Every school visited" in section and "No progress recorded yet" in section

    # A head teacher of one trial reads only their trial's objectives there.
    leader = FieldTrialMembershipFactory(field_trial=mine, role=Role.PRACTITIONER).user
    from programmes.models import ProjectMembership

    ProjectMembership.objects.create(project=project, user=leader, role=Role.PRACTITIONER)
    client.force_login(leader)
    html = client.get(url).content.decode()
    assert "Weekly specialist music and PE" in html
    assert "Every school visited" not in html


def test_a_partner_sees_the_contributions_and_may_change_only_their_own(client, programme):
    agency = OrganisationFactory(name="Becta", kind="national_agency")
    partner = UserFactory(organisation=agency)
    ProgrammeMembershipFactory(programme=programme, user=partner, role=Role.PARTNER)
    own = PartnerContributionFactory(programme=programme, organisation=agency)
    other = PartnerContributionFactory(programme=programme)
    client.force_login(partner)
    html = client.get(
        reverse("evaluation:programme_evaluation", args=[programme.pk])
    ).content.decode()
    assert own.what in html and other.what in html
    assert reverse("records:edit", args=["evaluation", "contribution", own.pk]) in html
    assert reverse("records:edit", args=["evaluation", "contribution", other.pk]) not in html
    assert "Add a contribution from your organisation" in html
    assert "Add an objective" not in html


def test_a_project_with_many_lessons_shows_them_ten_a_page_each_list_paged_on_its_own(
    client, officer, programme
):
    project = ProjectFactory(programme=programme)
    trial = FieldTrialFactory(project=project)
    for n in range(25):
        LessonFactory(programme=None, field_trial=trial, title=f"Lesson number {n + 1:02}")
    for n in range(12):
        CaseStudyFactory(programme=None, project=project, title=f"Case study number {n + 1:02}")
    client.force_login(officer)
    url = reverse("evaluation:project_evaluation", args=[project.pk])
    LESSON, STUDY = 'heading-s">Lesson number', 'heading-s">Case study number'  # the cards
    page = client.get(url).content.decode()
    assert page.count(LESSON) == 10 and "Lesson number 10" in page
    assert "Lessons (25)" in page and 'aria-label="Pages of lessons"' in page
    assert page.count(STUDY) == 10 and 'aria-label="Pages of case studies"' in page
    page = client.get(url, {"lessons-page": 3, "case-studies-page": 2}).content.decode()
    assert page.count(LESSON) == 5 and "Lesson number 25" in page
    assert page.count(STUDY) == 2 and "Case study number 12" in page
    # Paging one list keeps the other where it was, and comes back to the list.
    assert "?lessons-page=2&amp;case-studies-page=2#lessons" in page


def test_the_take_ups_download_says_in_words_what_it_holds(client, officer, programme):
    """ "Take-ups: CSV / XLSX" meant nothing to a head teacher."""
    TakeUpFactory(lesson=LessonFactory(programme=programme))
    client.force_login(officer)
    html = client.get(
        reverse("evaluation:programme_evaluation", args=[programme.pk])
    ).content.decode()
    assert "Take-ups:" not in html
    assert "Organisations that took up the lessons and case studies: <a" in html
    assert 'CSV<span class="govuk-visually-hidden"> of the organisations that took up' in html


def downloads_on(page):
    """The page's download links, and what its downloads section says."""
    section = page.split('id="evaluation-exports"')[1].split("</section>")[0]
    return re.findall(r'href="(/records/evaluation/[^"]+/export\.\w+)"', section), section


@pytest.mark.parametrize("level", ["programme", "project", "field_trial"])
def test_an_empty_evaluation_page_offers_no_download_until_a_list_has_a_record(
    client, officer, programme, level, django_assert_num_queries
):
    """Each page ended with up to fourteen CSV and XLSX links to lists with nothing in them:
    a download is offered once its list has a record, asked in one query for them all."""
    trial = FieldTrialFactory(project=ProjectFactory(programme=programme))
    subject = {"programme": programme, "project": trial.project, "field_trial": trial}[level]
    url = reverse(f"evaluation:{level}_evaluation", args=[subject.pk])
    client.force_login(officer)
    links, section = downloads_on(client.get(url).content.decode())
    assert links == []
    assert "Nothing to download yet." in section
    assert "Add the first with the link in its section above." in section

    LessonFactory(**{"programme": None, level: subject})
    page = client.get(url).content.decode()
    links, section = downloads_on(page)
    assert links == [
        reverse("records:export", args=["evaluation", "lesson", programme.pk, fmt])
        for fmt in ("csv", "xlsx")
    ]
    assert "Lessons: <a" in section and "Nothing to download yet" not in section
    if level == "field_trial":  # the programme's lessons: the trial's own lists are empty
        assert "This field trial" not in section and "Across the programme" in section


def test_a_trials_page_offers_its_own_lists_only_once_they_have_a_record(
    client, officer, programme
):
    trial = FieldTrialFactory(project=ProjectFactory(programme=programme))
    url = reverse("evaluation:field_trial_evaluation", args=[trial.pk])
    IndicatorFactory(field_trial=trial)
    client.force_login(officer)
    links, section = downloads_on(client.get(url).content.decode())
    assert links == [
        reverse("records:export", args=["evaluation", "indicator", trial.pk, fmt])
        for fmt in ("csv", "xlsx")
    ]
    assert "This field trial" in section and "Across the programme" not in section


def test_a_download_that_would_be_empty_to_its_reader_is_not_offered(client, programme):
    """The programme's lessons download holds only the lessons its reader may read: a head
    teacher of one trial is not offered it for another project's lesson, nor a withdrawn
    lesson's."""
    mine = FieldTrialFactory(project=ProjectFactory(programme=programme))
    leader = FieldTrialMembershipFactory(field_trial=mine, role=Role.PRACTITIONER).user
    other = FieldTrialFactory(project=ProjectFactory(programme=programme))
    LessonFactory(programme=None, field_trial=other)
    withdrawn = LessonFactory(programme=None, field_trial=mine)
    withdrawn.withdrawn_at = withdrawn.created_at
    withdrawn.save(update_fields=["withdrawn_at"])
    client.force_login(leader)
    url = reverse("evaluation:field_trial_evaluation", args=[mine.pk])
    links, section = downloads_on(client.get(url).content.decode())
    assert links == []
    assert "Nothing to download yet." in section
    assert "Add the first" in section  # they keep the trial's objectives and indicators

    LessonFactory(programme=None, field_trial=mine)
    links, _ = downloads_on(client.get(url).content.decode())
    assert reverse("records:export", args=["evaluation", "lesson", programme.pk, "csv"]) in links
