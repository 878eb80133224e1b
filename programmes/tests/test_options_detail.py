import re

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import withdraw_record
from programmes.selectors_options import assessment_rows, judgement_spread
from programmes.tests.factories_options import (
    AssessmentFactory,
    KeptStimulusFactory,
    OptionFactory,
    WorkshopFactory,
    officer_of,
    partner_of,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "scores, expected_range, std_dev, disagree",
    [
        ([2, 0], "Yes to No", "1.00", True),
        ([2, 2, 2], "All agree", "0.00", False),
        ([2, 1], "Yes to Partly", "0.50", False),
        ([1, 0, 0], "Partly to No", "0.47", False),
        ([2, 1, 0], "Yes to No", "0.82", True),
        ([1], "One review so far", "0.00", False),
    ],
)
def test_the_spread_of_yes_partly_no(scores, expected_range, std_dev, disagree):
    spread = judgement_spread(scores)
    assert (spread.range, spread.std_dev, spread.disagree) == (
        expected_range,
        std_dev,
        disagree,
    )


def test_the_assessment_table_has_a_row_per_criterion_and_a_cell_per_reviewer():
    option = OptionFactory(crisis=True)
    first = AssessmentFactory(option=option, user_focused=2, change=1, re_different=True)
    second = AssessmentFactory(option=option, user_focused=0, change=0, re_different=False)
    rows = assessment_rows(option, [first, second])
    assert len(rows) == 7 + 3 + 3 + 3  # characteristics, promise, nature, radical efficiency
    user_focused = next(r for r in rows if r.label == "User focused")
    assert [c.text for c in user_focused.cells] == ["Yes", "No"]
    assert user_focused.spread.disagree and user_focused.met is False
    change = next(r for r in rows if r.label == "Size of change")
    assert change.spread.range == "1 major change, 1 minor change"
    horizon = next(r for r in rows if r.label == "Realisation horizon")
    assert horizon.spread.range == "All agree"
    assert next(r for r in rows if r.label == "Radically different").cells[1].text == "No"
    assert len(assessment_rows(OptionFactory(), [])) == 13  # no radical efficiency rows


def test_the_option_page_shows_each_reviewers_judgement_notes_and_where_they_disagree(client):
    workshop = WorkshopFactory(title="Open space day")
    option = OptionFactory(project=workshop.project, workshop=workshop, title="Learning Exchange")
    kept = KeptStimulusFactory(
        project=option.project,
        stimulus__title="Zopa",
        stimulus__provocation="What ideas does this stimulate?",
    )
    option.stimuli.add(kept.stimulus)
    AssessmentFactory(
        option=option,
        reviewer=UserFactory(full_name="Ann Reviewer"),
        user_focused=2,
        user_focused_note="Students designed it",
        comment="Promising.",
    )
    AssessmentFactory(option=option, reviewer=UserFactory(full_name="Bob Reviewer"), user_focused=0)
    client.force_login(partner_of(option.project))
    page = client.get(option.get_absolute_url()).content.decode()
    assert "Ann Reviewer" in page and "Bob Reviewer" in page
    assert "Students designed it" in page and "Promising." in page
    assert "Reviewers disagree" in page and "Spread 1.00" in page and "How far apart" in page
    assert "Open space day" in page
    assert "Zopa" in page and "What ideas does this stimulate?" in page
    assert "6 of 7" in page  # user focused averages 1: not met
    assert "Assess this option" not in page and "Record a decision" not in page


def test_the_option_page_shows_the_decision_and_links_its_field_trial(client):
    option = OptionFactory(status="selected", decision_reason="Strong on every test")
    officer = officer_of(option.project, full_name="Olive Officer")
    option.decided_by = officer
    option.decided_at = option.created_at
    option.save()
    trial = FieldTrialFactory(project=option.project, option=option, title="Exchange Trial")
    client.force_login(officer)
    page = client.get(option.get_absolute_url()).content.decode()
    assert "Selected by Olive Officer" in page and "Strong on every test" in page
    assert reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]) in page
    assert "Assess this option" in page and "Record a decision" in page


def test_an_unassessed_option_says_it_cannot_yet_be_selected(client):
    option = OptionFactory()
    client.force_login(officer_of(option.project))
    page = client.get(option.get_absolute_url()).content.decode()
    assert "No one has assessed this option yet" in page


@pytest.mark.parametrize("reviewers", [2, 8])
def test_the_option_page_costs_the_same_queries_for_2_and_8_reviewers(
    client, django_assert_num_queries, reviewers
):
    option = OptionFactory(crisis=True)
    option.stimuli.add(*[KeptStimulusFactory(project=option.project).stimulus for _ in range(3)])
    AssessmentFactory.create_batch(reviewers, option=option, re_different=True)
    client.force_login(officer_of(option.project))
    # session, user, memberships (may see, assess, decide), option, assessments with
    # reviewers, field trial, unread count, stimuli, its history (the event log), its
    # discussions
    with django_assert_num_queries(10):
        response = client.get(option.get_absolute_url())
    assert response.status_code == 200


def test_the_conclusion_counts_one_reviewer_or_several_in_plain_english(client):
    option = OptionFactory()
    AssessmentFactory(option=option, change=1, distance=1)
    client.force_login(officer_of(option.project))
    page = client.get(option.get_absolute_url()).content.decode()
    assert "From 1 reviewer's score on each criterion" in page
    assert "reviewer' scores" not in page
    assert "Radical: the reviewer judged it a major change, far from existing practice." in page
    assert "where 1 is major" not in page and "average change" not in page

    AssessmentFactory(option=option, change=1, distance=0)
    AssessmentFactory(option=option, change=0, distance=0)
    page = client.get(option.get_absolute_url()).content.decode()
    assert "Together, from the average of 3 reviewers' scores on each criterion" in page
    assert (
        "Between incremental and radical: the reviewers judged it a major change (2 of 3 said "
        "so), but near to existing practice (2 of 3 said so)." in page
    )


@pytest.mark.parametrize(
    "axes, said",
    [
        (
            [(0, 0), (0, 1), (0, 0)],
            "Incremental: the reviewers judged it a minor change (3 of 3 said so), "
            "near to existing practice (2 of 3 said so).",
        ),
        (
            [(1, 1), (0, 1), (1, 1)],
            "Radical: the reviewers judged it a major change (2 of 3 said "
            "so), far from existing practice (3 of 3 said so).",
        ),
        (
            [(0, 1)],
            "Between incremental and radical: the reviewer judged it a minor change, but "
            "far from existing practice.",
        ),
        (  # a tie is not a majority: it was called radical
            [(1, 1), (0, 1)],
            "Between incremental and radical: the reviewers were split evenly on the size of "
            "the change (1 of 2 said major); they judged it far from existing practice "
            "(2 of 2 said so).",
        ),
        (
            [(1, 1), (0, 0)],
            "Between incremental and radical: the reviewers were split evenly on the size of "
            "the change (1 of 2 said major) and on how far it is from existing practice "
            "(1 of 2 said far).",
        ),
    ],
)
def test_the_nature_of_the_innovation_is_said_in_words_with_how_many_said_so(axes, said):
    from programmes.selectors_options import conclusion_for

    option = OptionFactory()
    assessments = [AssessmentFactory(option=option, change=c, distance=d) for c, d in axes]
    assert conclusion_for(option, assessments).nature == said


def test_a_withdrawn_option_offers_no_assessment_or_decision(client):
    option = OptionFactory(title="Learning Exchange")
    officer = officer_of(option.project, full_name="Olive Officer")
    AssessmentFactory(option=option, reviewer=officer)
    kind = record_kinds()[("programmes", "option")]
    withdraw_record(kind=kind, record=option, actor=officer, reason="Captured twice")
    client.force_login(officer)
    page = client.get(option.get_absolute_url()).content.decode()
    assert "Withdrawn</strong> by Olive Officer on" in page and "Captured twice" in page
    for link in ("Change your assessment", "Assess this option", "Record a decision"):
        assert link not in page
    assert reverse("programmes:assessment_edit", args=[option.pk]) not in page
    assert reverse("programmes:option_decide", args=[option.pk]) not in page


def test_the_option_page_does_not_link_a_trial_the_reader_cannot_open(client):
    from accounts.models import Role
    from programmes.tests.factories import ProjectMembershipFactory

    option = OptionFactory(status="selected")
    trial = FieldTrialFactory(project=option.project, option=option, title="Exchange Trial")
    head = UserFactory()  # of the project, not of its trial
    ProjectMembershipFactory(project=option.project, user=head, role=Role.PRACTITIONER)
    client.force_login(head)
    page = client.get(option.get_absolute_url()).content.decode()
    assert reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]) not in page
    assert "Exchange Trial (incubating)" in page
    assert "You can open a field trial once you are a member of it" in page
    assert client.get(trial.get_absolute_url()).status_code == 404


def test_each_group_of_criteria_is_its_own_row_group_headed_by_its_name(client):
    """A header with scope="rowgroup" heads its <tbody>: one <tbody> a group, the group's
    name in its first row, and its criteria in it."""
    import re

    option = OptionFactory(crisis=True)
    AssessmentFactory(option=option, re_different=True)
    client.force_login(officer_of(option.project))
    page = client.get(option.get_absolute_url()).content.decode()
    table = page[page.index("Each reviewer's judgement on each criterion, and") :]
    table = table[: table.index("</table>")]
    bodies = re.findall(r"<tbody[^>]*>(.*?)</tbody>", table, re.S)
    groups = [
        re.search(r'<th scope="rowgroup"[^>]*>([^<]+)</th>', body).group(1) for body in bodies
    ]
    assert groups == [
        "The seven characteristics of Next Practice",
        "Tests of promise",
        "Nature of the innovation",
        "Radical efficiency",
    ]
    assert all(body.count('scope="rowgroup"') == 1 for body in bodies)
    assert all(
        body.lstrip().startswith('<tr class="govuk-table__row" role="row"><th scope="rowgroup"')
        for body in bodies
    )
    assert "User focused" in bodies[0] and "User focused" not in bodies[1]
    assert table.count("<tbody") == 4 and table.count("</tbody>") == 4


def _title(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1).strip()


def test_an_option_and_the_trial_made_from_it_have_titles_of_their_own(client):
    """A trial takes its option's title, and both pages were titled with it alone: in a
    list of tabs or the history they could not be told apart. Each says what it is."""
    option = OptionFactory(status="selected", title="A time bank for the town")
    trial = FieldTrialFactory(project=option.project, option=option, title=option.title)
    workshop = WorkshopFactory(project=option.project, title="Futures day")
    client.force_login(officer_of(option.project))
    project = option.project.title
    assert _title(client.get(option.get_absolute_url())) == (
        f"Creative option: A time bank for the town – {project} – Next Practice"
    )
    workshop_url = reverse("programmes:workshop_detail", args=[workshop.pk])
    assert _title(client.get(workshop_url)) == (
        f"Workshop: Futures day – {project} – Next Practice"
    )
    assert _title(client.get(trial.get_absolute_url())) == (
        "A time bank for the town – Next Practice"
    )


def test_a_stimulus_page_says_it_is_a_stimulus(client):
    option = OptionFactory()
    stimulus = KeptStimulusFactory(project=option.project).stimulus
    client.force_login(officer_of(option.project))
    response = client.get(reverse("programmes:stimulus_detail", args=[stimulus.pk]))
    assert _title(response) == f"Stimulus: {stimulus.title} – Next Practice"
