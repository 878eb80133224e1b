"""The field trials CSV: the list's filters and sort, every row, safe to open in a spreadsheet."""

import csv
import io

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import CommunityOfPractice, ResourceDomain
from fieldtrials.selectors_list import last_complete_month
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.tests.test_list import Portfolio, days, officer_of, trials_of
from programmes.tests.factories import ProgrammeFactory, ProjectFactory

pytestmark = pytest.mark.django_db

EXPORT = reverse("fieldtrials:fieldtrial_export")

HEADER = [
    "Title",
    "Project",
    "Programme",
    "Status",
    "Lead organisation",
    "Participating organisations",
    "Local authority",
    "Consultant",
    "Resource domains",
    "Latest rating",
    "Latest update month",
    "Overdue milestones",
    "Next milestone due",
    "Open Power to Innovate request",
    "Start",
    "End",
]


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="field-trials.csv"'
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def portfolio():
    return Portfolio()


@pytest.fixture
def officer_client(client, portfolio):
    client.force_login(portfolio.officer)
    return client


def test_the_csv_holds_every_trial_the_officer_reads_with_every_column(officer_client, portfolio):
    alder = portfolio.alder
    alder.participating_organisations.set(
        [OrganisationFactory(name="Rowan Primary"), OrganisationFactory(name="Hazel Academy")]
    )
    alder.resource_domains.add(ResourceDomain.objects.get(code="environment"))
    alder.start_date, alder.end_date = days(-100), days(200)
    alder.save()
    rows = read_csv(officer_client.get(EXPORT))
    assert rows[0] == HEADER
    assert [r[0] for r in rows[1:]] == [
        "Alder Trial", "Birch Trial", "Cedar Trial", "Damson Trial", "Fig Trial",
    ]  # fmt: skip
    assert rows[1] == [
        "Alder Trial",
        "Ash Project",
        "Pine Programme",
        "Incubating",
        alder.lead_organisation.name,
        "Hazel Academy; Rowan Primary",  # by name (it said "2")
        "Knowsley Council",
        "Carla Consultant",
        "The use of time; The learning environment",
        "Red",
        f"{last_complete_month():%Y-%m}",
        "2",
        "",
        "Yes",
        days(-100).isoformat(),
        days(200).isoformat(),
    ]
    birch = rows[2]
    assert birch[9:14] == [
        "Green", f"{last_complete_month():%Y-%m}", "0", days(3).isoformat(), "No",
    ]  # fmt: skip
    assert rows[3][9] == "No update yet"


def test_the_csv_honours_the_filters_and_the_sort(officer_client, portfolio):
    rows = read_csv(officer_client.get(EXPORT, {"status": ["incubating", "completed"]}))
    assert [r[0] for r in rows[1:]] == ["Alder Trial", "Cedar Trial", "Damson Trial"]
    rows = read_csv(officer_client.get(EXPORT, {"sort": "rag", "page": "2"}))
    assert [r[0] for r in rows[1:]] == [
        "Alder Trial", "Damson Trial", "Birch Trial", "Cedar Trial", "Fig Trial",
    ]  # fmt: skip
    rows = read_csv(officer_client.get(EXPORT, {"overdue": "yes", "open_pti": "yes"}))
    assert [r[0] for r in rows[1:]] == ["Alder Trial"]


def test_the_csv_holds_all_rows_not_one_page(client):
    programme = ProgrammeFactory()
    officer = officer_of(programme)
    FieldTrialFactory.create_batch(30, project=ProjectFactory(programme=programme))
    client.force_login(officer)
    assert len(read_csv(client.get(EXPORT))) == 31


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            {"rag": "purple"},
            ["Alder Trial", "Birch Trial", "Cedar Trial", "Damson Trial", "Fig Trial"],
        ),
        ({"local_authority": "999999", "status": "incubating"}, ["Alder Trial", "Cedar Trial"]),
        ({"local_authority": "999999", "sort": "sideways", "rag": "red"}, ["Alder Trial"]),
    ],
)
def test_a_value_not_offered_is_dropped_from_the_download_as_from_the_list(
    officer_client, query, expected
):
    """The list's download link carries the query string as it was: the CSV gives the rows
    the list shows, the other filters' (it was a 400, "Nothing was downloaded")."""
    rows = read_csv(officer_client.get(EXPORT, query))
    assert [r[0] for r in rows[1:]] == expected
    listed = officer_client.get(reverse("fieldtrials:fieldtrial_list"), query)
    assert [t.title for t in listed.context["page"]] == expected


def test_the_csv_keeps_cells_that_look_like_formulas_as_plain_text(client):
    programme = ProgrammeFactory()
    officer = officer_of(programme)
    FieldTrialFactory(
        project=ProjectFactory(programme=programme, title="+Project"),
        title='=HYPERLINK("http://evil.example")',
        lead_organisation=OrganisationFactory(name="@SUM(A1)"),
        consultant=UserFactory(full_name="-2+3"),
    )
    client.force_login(officer)
    row = read_csv(client.get(EXPORT))[1]
    assert row[0] == '\'=HYPERLINK("http://evil.example")'
    assert row[1] == "'+Project"
    assert row[4] == "'@SUM(A1)"
    assert row[7] == "'-2+3"


def test_a_leaders_csv_holds_their_trials_and_the_communitys(client, world):
    client.force_login(world.users["leader"])
    rows = read_csv(client.get(EXPORT))
    assert [r[:3] for r in rows[1:]] == [
        ["Coral Trial", "Amber Project", "Quartz Programme"],
        ["Quill Trial", "Beryl Project", "Quartz Programme"],
    ]


def test_a_community_trial_of_another_programme_does_not_name_that_programme(client):
    leader = UserFactory()
    own = FieldTrialFactory(title="Own Trial", project__programme__name="Own Programme")
    FieldTrialMembershipFactory(field_trial=own, user=leader, role=Role.PRACTITIONER)
    other = FieldTrialFactory(
        title="Other Trial", project__title="Other Project",
        project__programme__name="Other Programme",
    )  # fmt: skip
    CommunityOfPractice.objects.create(name="Shared Community").field_trials.set([own, other])
    client.force_login(leader)
    rows = read_csv(client.get(EXPORT))
    assert [r[:3] for r in rows[1:]] == [
        ["Other Trial", "Other Project", ""],
        ["Own Trial", own.project.title, "Own Programme"],
    ]
    assert (
        "Other Programme" not in client.get(reverse("fieldtrials:fieldtrial_list")).content.decode()
    )


def test_a_partners_csv_holds_the_partnered_projects_trials(client, world):
    client.force_login(world.users["partner"])
    rows = read_csv(client.get(EXPORT))
    assert [r[0] for r in rows[1:]] == ["Coral Trial", "Dune Trial"]


@pytest.mark.parametrize("size", [5, 50])
def test_the_csv_costs_the_same_queries_for_5_and_50_trials(
    client, django_assert_num_queries, size
):
    client.force_login(trials_of(size))
    # session, user, memberships (may-list asks them), the domain lookup, rows, resource
    # domains, participating organisations
    with django_assert_num_queries(7):
        response = client.get(EXPORT, {"domain": "time", "sort": "overdue"})
    rows = read_csv(response)
    assert len(rows) == 1 + size
    assert all(len(r[5].split("; ")) == 3 and r[11] == "1" and r[13] == "Yes" for r in rows[1:])
