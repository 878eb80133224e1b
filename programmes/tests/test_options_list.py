import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import UserFactory
from nextpractice.tests.notices import not_offered_notice, shows_an_error
from programmes.charts import hargreaves_chart
from programmes.filters.options import OptionFilterForm
from programmes.models import CreativeOption
from programmes.selectors_options import (
    classification_of,
    option_summary_for,
    options_with_scores,
)
from programmes.tests.factories import ProjectFactory
from programmes.tests.factories_options import (
    AssessmentFactory,
    KeptStimulusFactory,
    OptionFactory,
    WorkshopFactory,
    officer_of,
    partner_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    return ProjectFactory()


def scored(option):
    return options_with_scores(CreativeOption.objects.filter(pk=option.pk)).get()


def list_page(client, project, **query):
    return client.get(reverse("programmes:option_list", args=[project.pk]), query)


def titles_in(response):
    return [o.title for o in response.context["page"]]


# --- What reviewers conclude together -------------------------------------------------------


def test_a_criterion_is_met_when_the_reviewers_mean_is_at_least_one_and_a_half(project):
    option = OptionFactory(project=project)
    # user focused: Yes + Partly = 1.5, met; serious problems: Partly + Partly = 1, not met;
    # every other characteristic Yes + Yes. Promise: value No + Yes = 1, not met.
    AssessmentFactory(option=option, user_focused=2, serious_problems=1, promise_value=0)
    AssessmentFactory(option=option, user_focused=1, serious_problems=1, promise_value=2)
    option = scored(option)
    assert option.reviewers == 2
    assert option.avg_user_focused == 1.5
    assert option.characteristics_met == 6
    assert option.promise_met == 2


@pytest.mark.parametrize(
    "axes, expected",
    [
        ([(0, 0), (0, 0)], "incremental"),
        ([(1, 1), (1, 1)], "radical"),
        ([(1, 0), (1, 0)], "between"),
        ([(0, 1), (0, 1)], "between"),
        ([(1, 1), (0, 1)], "between"),  # split on the change: neither major nor minor
        ([(1, 1), (0, 0)], "between"),  # split on both axes
        ([(1, 1), (1, 1), (0, 1)], "radical"),  # most say major and far
        ([(0, 0), (0, 1), (0, 0)], "incremental"),  # most say near
        ([], "unassessed"),
    ],
)
def test_the_hargreaves_class_follows_the_reviewers_majority(project, axes, expected):
    option = OptionFactory(project=project)
    for change, distance in axes:
        AssessmentFactory(option=option, change=change, distance=distance)
    option = scored(option)
    assert option.classification == expected
    assert classification_of(option.mean_change, option.mean_distance) == expected


def test_radical_efficiency_applies_only_to_options_born_of_a_burning_platform(project):
    calm = OptionFactory(project=project)
    AssessmentFactory(option=calm)
    crisis = OptionFactory(project=project, crisis=True)
    unanswered = OptionFactory(project=project, crisis=True)
    AssessmentFactory(option=unanswered)
    split = OptionFactory(project=project, crisis=True)
    for option in (crisis, split):
        AssessmentFactory(option=option, re_different=True, re_lower_cost=True, re_better=True)
    AssessmentFactory(option=crisis, re_different=True, re_lower_cost=True, re_better=True)
    AssessmentFactory(option=split, re_different=True, re_lower_cost=True, re_better=False)
    assert scored(calm).radical_efficiency == ""
    assert scored(unanswered).radical_efficiency == "unassessed"
    assert scored(crisis).radical_efficiency == "yes"
    assert scored(split).radical_efficiency == "no"  # all three must hold for most reviewers


def test_the_most_common_horizon_is_reported_nearer_first_on_a_tie(project):
    option = OptionFactory(project=project)
    AssessmentFactory(option=option, horizon="10")
    AssessmentFactory(option=option, horizon="3")
    AssessmentFactory(option=option, horizon="10")
    tie = OptionFactory(project=project)
    AssessmentFactory(option=tie, horizon="15")
    AssessmentFactory(option=tie, horizon="5")
    assert scored(option).common_horizon == "10"
    assert scored(tie).common_horizon == "5"


def test_the_status_summary_counts_every_status_in_one_query(project, django_assert_num_queries):
    OptionFactory.create_batch(2, project=project, status="shortlisted")
    OptionFactory(project=project, status="selected")
    OptionFactory(project=project)
    OptionFactory(status="declined")  # another project's
    with django_assert_num_queries(1):
        summary = option_summary_for(project)
    assert summary.total == 4
    assert summary.counts == {
        "proposed": 1,
        "shortlisted": 2,
        "selected": 1,
        "parked": 0,
        "declined": 0,
    }
    assert summary.rows[1] == ("shortlisted", "Shortlisted", 2)


# --- The list: filters, sorting, pages -----------------------------------------------------


def test_the_list_filters_by_status_classification_criteria_platform_and_workshop(client, project):
    workshop = WorkshopFactory(project=project, title="Open space day")
    strong = OptionFactory(project=project, title="Strong", status="shortlisted")
    AssessmentFactory(option=strong, change=1, distance=1)
    weak = OptionFactory(project=project, title="Weak", status="parked", workshop=workshop)
    AssessmentFactory(option=weak, score=0)
    crisis = OptionFactory(project=project, title="Crisis", crisis=True, workshop=workshop)
    OptionFactory(title="Elsewhere")
    client.force_login(partner_of(project))

    assert sorted(titles_in(list_page(client, project))) == ["Crisis", "Strong", "Weak"]
    response = list_page(client, project, status=["shortlisted", "parked"], sort="title")
    assert titles_in(response) == ["Strong", "Weak"]
    assert titles_in(list_page(client, project, classification="radical")) == ["Strong"]
    assert titles_in(list_page(client, project, classification="incremental")) == ["Weak"]
    assert titles_in(list_page(client, project, classification="unassessed")) == ["Crisis"]
    assert titles_in(list_page(client, project, min_characteristics="7")) == ["Strong"]
    assert titles_in(list_page(client, project, burning_platform="yes")) == ["Crisis"]
    assert len(titles_in(list_page(client, project, burning_platform="no"))) == 2
    response = list_page(client, project, workshop=workshop.pk, sort="title")
    assert titles_in(response) == ["Crisis", "Weak"]
    assert crisis.pk  # listed above


def test_the_list_sorts_by_title_criteria_met_newest_and_status(client, project):
    b = OptionFactory(project=project, title="B", status="declined")
    AssessmentFactory(option=b, score=2)
    a = OptionFactory(project=project, title="A", status="selected")
    AssessmentFactory(option=a, score=1)
    OptionFactory(project=project, title="C", status="proposed")
    client.force_login(partner_of(project))
    assert titles_in(list_page(client, project, sort="title")) == ["A", "B", "C"]
    assert titles_in(list_page(client, project, sort="characteristics")) == ["B", "A", "C"]
    assert titles_in(list_page(client, project, sort="newest")) == ["C", "A", "B"]
    assert titles_in(list_page(client, project)) == ["C", "A", "B"]
    assert titles_in(list_page(client, project, sort="status")) == ["C", "A", "B"]


def test_a_filter_not_offered_is_dropped_with_a_calm_notice_near_the_filters(client, project):
    """Not "There is a problem" and "Error:" in the title: an old link is no mistake."""
    client.force_login(partner_of(project))
    response = list_page(client, project, min_characteristics="9")
    said = (
        "That number is not one you can filter by; showing options meeting any number of the "
        "characteristics."
    )
    page = not_offered_notice(response, said)
    assert page.index("np-not-offered") < page.index("Filter and sort the options")


def test_the_filters_own_error_is_still_an_error_beside_a_value_dropped(
    client, project, monkeypatch
):
    def clean(form):
        raise ValidationError("Choose fewer filters")  # none has one of its own yet

    monkeypatch.setattr(OptionFilterForm, "clean", clean, raising=False)
    client.force_login(partner_of(project))
    page = shows_an_error(list_page(client, project, workshop="999999"), "Choose fewer filters")
    assert "That workshop is not one you can filter by" in page


def test_a_filter_not_offered_shows_the_other_filters_options_and_downloads_them(client, project):
    """Not every option under the error, nor none: the other filters' options, as the
    download gives them (it was a 400, "Nothing was downloaded")."""
    OptionFactory(project=project, title="Proposed one", status="proposed")
    OptionFactory(project=project, title="Rejected one", status="rejected")
    client.force_login(partner_of(project))
    query = {"workshop": "999999", "status": "proposed"}
    response = list_page(client, project, **query)
    said = "That workshop is not one you can filter by; showing every workshop."
    page = not_offered_notice(response, said)
    assert titles_in(response) == ["Proposed one"]
    assert "Download as CSV" in page
    url = reverse("programmes:option_export", args=[project.pk])
    response = client.get(url, query)
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert "Proposed one" in text and "Rejected one" not in text


def test_the_download_is_offered_only_when_it_holds_an_option(client, project):
    """A new project's options page, one whose only option is withdrawn, or filters that
    match none offer no download (it held only its headings); with an option, the link is
    there and its download holds that option."""
    client.force_login(partner_of(project))
    export = reverse("programmes:option_export", args=[project.pk])
    assert export not in list_page(client, project).content.decode()
    withdrawn = OptionFactory(project=project, title="Withdrawn idea")
    CreativeOption.objects.filter(pk=withdrawn.pk).update(withdrawn_at=timezone.now())
    page = list_page(client, project).content.decode()
    assert export not in page and "Download as CSV" not in page
    OptionFactory(project=project, title="Learning in blocks of a whole day", status="proposed")
    page = list_page(client, project, status="parked").content.decode()
    assert "No options match these filters." in page and export not in page
    page = list_page(client, project).content.decode()
    assert f'href="{export}"' in page and f'href="{export}?format=xlsx"' in page
    rows = list(csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["Learning in blocks of a whole day"]


def test_the_list_pages_by_25_and_keeps_the_filters_in_page_links(client, project):
    for n in range(30):
        OptionFactory(project=project, title=f"Idea {n:02}", status="proposed")
    client.force_login(partner_of(project))
    first = list_page(client, project, status="proposed", sort="title")
    assert len(titles_in(first)) == 25
    page = first.content.decode()
    assert "Showing 1 to 25 of 30 options" in page
    assert 'href="?status=proposed&amp;sort=title&amp;page=2"' in page
    second = list_page(client, project, status="proposed", sort="title", page="2")
    assert titles_in(second) == [f"Idea {n}" for n in range(25, 30)]
    assert (
        f"<title>Creative options (30 results, filtered), page 2 of 2 – {project.title} – "
        in second.content.decode()
    )
    sorted_only = list_page(client, project, sort="title").content.decode()
    assert f"<title>Creative options, page 1 of 2 – {project.title} – " in sorted_only
    # Rows carry the numbers the chart's markers show, continuing from the first page.
    assert '"No. on the chart" class="govuk-table__cell govuk-table__cell--numeric">26</td>' in (
        second.content.decode()
    )
    assert (
        reverse("programmes:option_export", args=[project.pk]) + "?status=proposed&amp;sort=title"
        in second.content.decode()
    )


def test_officers_see_the_add_buttons_and_partners_do_not(client, project):
    client.force_login(officer_of(project))
    page = list_page(client, project).content.decode()
    assert "Add an option" in page and "Record a workshop" in page
    client.force_login(partner_of(project))
    page = list_page(client, project).content.decode()
    assert "Add an option" not in page and "Record a workshop" not in page


def test_an_outsider_gets_not_found(client, project):
    client.force_login(UserFactory())
    assert list_page(client, project).status_code == 404
    url = reverse("programmes:option_export", args=[project.pk])
    assert client.get(url).status_code == 404


# --- The 2x2 chart ------------------------------------------------------------------------


def chart_for(project):
    return hargreaves_chart(
        options_with_scores(CreativeOption.objects.filter(project=project)).order_by("id")
    )


def test_an_option_all_reviewers_call_minor_and_near_lands_in_the_incremental_quadrant(
    project,
):
    incremental = OptionFactory(project=project)
    AssessmentFactory.create_batch(3, option=incremental, change=0, distance=0)
    radical = OptionFactory(project=project)
    AssessmentFactory.create_batch(2, option=radical, change=1, distance=1)
    chart = chart_for(project)
    low, high = chart.points
    # SVG y grows downwards: minor change is the lower half, near the left half
    assert low.x < chart.mid_x and low.y > chart.mid_y and low.classification == "incremental"
    assert high.x > chart.mid_x and high.y < chart.mid_y and high.classification == "radical"
    incremental_quadrant = next(q for q in chart.quadrants if q.label == "Incremental")
    assert incremental_quadrant.rect_x <= low.x <= incremental_quadrant.rect_x + chart.quadrant_w
    assert incremental_quadrant.rect_y <= low.y <= incremental_quadrant.rect_y + chart.quadrant_h


def test_options_at_the_same_place_are_spread_out_but_stay_in_their_quadrant(project):
    for _ in range(6):
        option = OptionFactory(project=project)
        AssessmentFactory(option=option, change=1, distance=0)
    chart = chart_for(project)
    spots = {(p.x, p.y) for p in chart.points}
    assert len(spots) == 6
    assert all(p.x < chart.mid_x and p.y < chart.mid_y for p in chart.points)
    assert chart_for(project).points == chart.points  # the same every time


def test_reviewers_split_evenly_are_drawn_on_the_midline_between_the_quadrants(project):
    # A 1-1 split is no majority: it was drawn in, and called, the radical corner.
    option = OptionFactory(project=project)
    AssessmentFactory(option=option, change=1, distance=1)
    AssessmentFactory(option=option, change=0, distance=0)
    chart = chart_for(project)
    (point,) = chart.points
    assert (point.x, point.y) == (round(chart.mid_x, 1), round(chart.mid_y, 1))
    assert point.classification == "between"


def test_the_list_page_shows_the_chart_with_a_legend_unassessed_options_and_a_table(
    client, project
):
    placed = OptionFactory(project=project, title="Placed", status="shortlisted")
    AssessmentFactory(option=placed, change=0, distance=1)
    OptionFactory(project=project, title="Waiting")
    client.force_login(partner_of(project))
    page = list_page(client, project).content.decode()
    assert 'role="img"' in page and 'aria-labelledby="hargreaves-title hargreaves-desc"' in page
    assert "1 assessed options: 0 incremental, 1 between, 0 radical. 1 not yet assessed." in page
    for label in ("Incremental", "Radical", "Between", "Shortlisted (1)", "Proposed (1)"):
        assert label in page
    assert "Not yet assessed, so not on the chart" in page and "Waiting" in page
    assert "Show the chart as a table" in page
    page = list_page(client, project, status="proposed").content.decode()
    # The chart follows the list: filtered to proposed options, the shortlisted one is not on it.
    assert "Placed" not in page
    everything = list_page(client, project).content.decode()
    assert "1 assessed options: 0 incremental, 1 between, 0 radical." in everything


# --- CSV ---------------------------------------------------------------------------------


def test_the_csv_export_follows_the_filters_and_guards_against_formulas(client, project):
    workshop = WorkshopFactory(project=project, title="Creative day")
    kept = KeptStimulusFactory(project=project, stimulus__title="Zopa").stimulus
    risky = OptionFactory(
        project=project,
        title="=HYPERLINK(1)",
        description="+cmd",
        workshop=workshop,
        status="shortlisted",
        decision_reason="@sum",
    )
    risky.stimuli.add(kept)
    AssessmentFactory(option=risky, change=1, distance=1, horizon="10")
    AssessmentFactory(option=risky, change=1, distance=0, horizon="10", user_focused=0)
    OptionFactory(project=project, title="Left out", status="parked")
    client.force_login(partner_of(project))
    url = reverse("programmes:option_export", args=[project.pk])
    response = client.get(url, {"status": "shortlisted"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Title", "Description", "Workshop"]
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Title"] == "'=HYPERLINK(1)"
    assert row["Description"] == "'+cmd" and row["Decision reason"] == "'@sum"
    assert row["Workshop"] == "Creative day" and row["Stimuli"] == "Zopa"
    assert row["Status"] == "Shortlisted" and row["Reviewers"] == "2"
    assert row["Characteristics met (of 7)"] == "6"  # user focused: Yes and No
    assert row["Promise tests met (of 3)"] == "3"
    assert row["Classification"] == "Between"  # split evenly on the distance
    assert row["Mean change (0 minor to 1 major)"] == "1.00"
    assert row["Mean distance (0 near to 1 far)"] == "0.50"
    assert row["Horizon (most common)"] == "In 5 to 10 years"
    assert row["Radical efficiency"] == "Does not apply"


# --- Query counts -------------------------------------------------------------------------


def many_assessed_options(project, size):
    # Half from a workshop since withdrawn, which the list and the export mark as such.
    workshops = [WorkshopFactory(project=project), WorkshopFactory(project=project)]
    workshops[1].withdrawn_at = timezone.now()
    workshops[1].save()
    for n in range(size):
        option = OptionFactory(project=project, workshop=workshops[n % 2], crisis=True)
        AssessmentFactory.create_batch(2, option=option, change=1, distance=1)


@pytest.mark.parametrize("size", [5, 50])
def test_the_list_costs_the_same_queries_for_5_and_50_options(
    client, django_assert_num_queries, project, size
):
    many_assessed_options(project, size)
    client.force_login(officer_of(project))
    # session, user, memberships (may see, may change), project, count, page of options
    # (also the chart's), menu, workshops (filter form)
    with django_assert_num_queries(8):
        response = list_page(client, project, sort="characteristics")
    assert response.status_code == 200
    assert " (withdrawn)</td>" in response.content.decode()


@pytest.mark.parametrize("size", [5, 50])
def test_the_export_costs_the_same_queries_for_5_and_50_options(
    client, django_assert_num_queries, project, size
):
    many_assessed_options(project, size)
    client.force_login(officer_of(project))
    url = reverse("programmes:option_export", args=[project.pk])
    # session, user, memberships, project, options, their stimuli
    with django_assert_num_queries(6):
        response = client.get(url)
    assert len(response.content.decode().splitlines()) == size + 1
    assert response.content.decode().count(" (withdrawn)") == size // 2


def test_the_option_page_and_the_list_reach_the_same_conclusions(project):
    from programmes.selectors_options import conclusion_for

    shapes = [
        [dict(score=2, change=1, distance=1), dict(score=1, change=0, distance=1)],
        [dict(score=0), dict(score=1), dict(score=2, change=1)],
        [dict(user_focused=0, promise_value=1, change=1, distance=0)],
        [],
    ]
    for shape in shapes:
        option = OptionFactory(project=project, crisis=True)
        for kwargs in shape:
            AssessmentFactory(
                option=option, re_different=True, re_lower_cost=True, re_better=True, **kwargs
            )
        listed = scored(option)
        concluded = conclusion_for(option, list(option.assessments.all()))
        assert (
            concluded.reviewers,
            concluded.characteristics_met,
            concluded.promise_met,
            concluded.classification,
            concluded.radical_efficiency,
        ) == (
            listed.reviewers,
            listed.characteristics_met,
            listed.promise_met,
            listed.classification,
            listed.radical_efficiency,
        )
