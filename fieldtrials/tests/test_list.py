"""The field trials list: what an officer sees of every trial, its filters, sort and panel."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.filters import FieldTrialFilterForm
from fieldtrials.models import FieldTrial, Milestone, PowerToInnovateRequest, ResourceDomain
from fieldtrials.selectors_list import last_complete_month, trials_needing_attention
from fieldtrials.services.trial import move_trial_status
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.tests.notices import not_offered_notice, shows_an_error
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

LIST = reverse("fieldtrials:fieldtrial_list")
EXPORT = reverse("fieldtrials:fieldtrial_export")


def today():
    return timezone.localdate()


def days(n):
    return today() + datetime.timedelta(days=n)


def milestone(trial, due_in, done=False):
    return Milestone.objects.create(
        field_trial=trial,
        title=f"Milestone due in {due_in} days",
        due_on=days(due_in),
        completed_on=days(due_in) if done else None,
    )


def pti(trial, state):
    return PowerToInnovateRequest.objects.create(
        field_trial=trial, regulation="School day length", variation_sought="v", case="c",
        state=state,
    )  # fmt: skip


def officer_of(*programmes):
    officer = UserFactory(full_name="Olive Officer")
    for programme in programmes:
        ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    return officer


def titles_in(response):
    return [t.title for t in response.context["page"]]


class Portfolio:
    """Five trials an officer reads across two programmes, and one they do not."""

    def __init__(self):
        last_month = last_complete_month()
        self.knowsley = OrganisationFactory(name="Knowsley Council", kind="local_authority")
        self.sefton = OrganisationFactory(name="Sefton Council", kind="local_authority")
        self.carla = UserFactory(full_name="Carla Consultant")
        self.conor = UserFactory(full_name="Conor Consultant")
        self.pine = ProgrammeFactory(name="Pine Programme")
        self.yew_programme = ProgrammeFactory(name="Yew Programme")
        self.ash = ProjectFactory(programme=self.pine, title="Ash Project", incubating=True)
        self.beech = ProjectFactory(programme=self.pine, title="Beech Project", incubating=True)
        self.yew = ProjectFactory(programme=self.yew_programme, title="Yew Project")
        self.officer = officer_of(self.pine, self.yew_programme)

        # Alder: red last month, two overdue milestones, an open request, in Knowsley
        self.alder = FieldTrialFactory(
            project=self.ash, title="Alder Trial", latest_rag="red",
            latest_update_month=last_month, local_authority=self.knowsley,
            consultant=self.carla,
        )  # fmt: skip
        self.alder.resource_domains.add(ResourceDomain.objects.get(code="time"))
        milestone(self.alder, -3)
        milestone(self.alder, -10)
        milestone(self.alder, -20, done=True)
        pti(self.alder, "draft")
        # Birch: reporting, green last month, a milestone due in three days, a granted request
        self.birch = FieldTrialFactory(
            project=self.beech, title="Birch Trial", status=FieldTrial.Status.REPORTING,
            latest_rag="green", latest_update_month=last_month, local_authority=self.sefton,
            consultant=self.conor,
        )  # fmt: skip
        self.birch.resource_domains.add(ResourceDomain.objects.get(code="technology"))
        milestone(self.birch, 3)
        pti(self.birch, "granted")
        # Cedar: incubating and no update ever; its past milestone is done
        self.cedar = FieldTrialFactory(project=self.ash, title="Cedar Trial")
        milestone(self.cedar, -5, done=True)
        pti(self.cedar, "withdrawn")
        # Damson: completed, amber long ago, one milestone never done
        self.damson = FieldTrialFactory(
            project=self.beech, title="Damson Trial", status=FieldTrial.Status.COMPLETED,
            latest_rag="amber", latest_update_month=datetime.date(2007, 1, 1),
        )  # fmt: skip
        milestone(self.damson, -40)
        # Fig: just selected in another programme; a milestone a month away
        self.fig = FieldTrialFactory(
            project=self.yew, title="Fig Trial", status=FieldTrial.Status.SELECTED
        )
        milestone(self.fig, 30)
        # Elder: a programme the officer does not work on
        self.elder = FieldTrialFactory(
            title="Elder Trial", latest_rag="red", local_authority=self.knowsley
        )
        milestone(self.elder, -1)
        pti(self.elder, "submitted")


@pytest.fixture
def portfolio():
    return Portfolio()


@pytest.fixture
def officer_client(client, portfolio):
    client.force_login(portfolio.officer)
    return client


# --- Filters -------------------------------------------------------------------------------


def test_the_list_shows_every_trial_the_officer_reads_and_no_other(officer_client):
    response = officer_client.get(LIST)
    assert response.status_code == 200
    assert titles_in(response) == [
        "Alder Trial", "Birch Trial", "Cedar Trial", "Damson Trial", "Fig Trial",
    ]  # fmt: skip
    assert "Elder Trial" not in response.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"programme": "pine"}, ["Alder Trial", "Birch Trial", "Cedar Trial", "Damson Trial"]),
        ({"programme": "yew_programme"}, ["Fig Trial"]),
        ({"project": "ash"}, ["Alder Trial", "Cedar Trial"]),
        ({"status": ["incubating", "reporting"]}, ["Alder Trial", "Birch Trial", "Cedar Trial"]),
        ({"status": "completed"}, ["Damson Trial"]),
        ({"rag": "red"}, ["Alder Trial"]),
        ({"rag": ["green", "none"]}, ["Birch Trial", "Cedar Trial", "Fig Trial"]),
        ({"local_authority": "knowsley"}, ["Alder Trial"]),
        ({"consultant": "conor"}, ["Birch Trial"]),
        ({"domain": "time"}, ["Alder Trial"]),
        ({"overdue": "yes"}, ["Alder Trial"]),  # Damson's is not: it is completed
        ({"due_soon": "yes"}, ["Birch Trial"]),
        ({"update_missing": "yes"}, ["Cedar Trial"]),
        ({"open_pti": "yes"}, ["Alder Trial"]),
        ({"q": "CED"}, ["Cedar Trial"]),
        ({"overdue": "yes", "status": "incubating"}, ["Alder Trial"]),
    ],
)
def test_each_filter_narrows_the_list(officer_client, portfolio, query, expected):
    # Objects are named in the parameters; the filter takes their primary keys.
    for name in ("programme", "project", "local_authority", "consultant"):
        if name in query:
            query[name] = getattr(portfolio, query[name]).pk
    response = officer_client.get(LIST, query)
    assert response.status_code == 200
    assert titles_in(response) == expected


def test_the_choices_offered_are_only_what_the_officer_reads(officer_client, portfolio):
    form = officer_client.get(LIST).context["form"]
    choices = {
        name: [label for _, label in form.fields[name].choices][1:]
        for name in ("programme", "project", "local_authority", "consultant")
    }
    assert choices["programme"] == ["Pine Programme", "Yew Programme"]
    assert choices["project"] == ["Ash Project", "Beech Project", "Yew Project"]
    # Elder's local authority is Knowsley too; Sefton only through Birch
    assert choices["local_authority"] == ["Knowsley Council", "Sefton Council"]
    assert choices["consultant"] == ["Carla Consultant", "Conor Consultant"]


@pytest.mark.parametrize(
    "query, said",
    [
        ({"status": "bogus"}, "That status is not one you can filter by; showing every status."),
        ({"rag": "purple"}, "That rating is not one you can filter by; showing every rating."),
        (
            {"sort": "sideways"},
            "That is not a way you can sort by; showing them by title (A to Z).",
        ),
        ({"overdue": "maybe"}, "That is not a choice for overdue milestones; showing trials"),
        ({"project": "abc"}, "That project is not one you can filter by; showing every project."),
        (
            {"domain": "astrology"},
            "That resource domain is not one you can filter by; showing every resource domain.",
        ),
    ],
)
def test_a_value_not_offered_is_dropped_and_said_in_a_calm_notice(officer_client, query, said):
    """Not "There is a problem" and "Error:" in the title on a page that works: an old
    bookmark is not the person's mistake."""
    response = officer_client.get(LIST, query)
    body = not_offered_notice(response, said)
    # Near the filters, which stay open to choose another.
    assert body.index("np-not-offered") < body.index("Filter and sort the field trials")
    assert '<details class="govuk-details" open>' in body
    assert titles_in(response) == [
        "Alder Trial", "Birch Trial", "Cedar Trial", "Damson Trial", "Fig Trial",
    ]  # fmt: skip


def test_a_nul_in_the_title_box_reads_as_a_space_not_as_a_value_not_offered(officer_client):
    """A NUL (from a pasted PDF, or %00 in the address) in a text box said "That title
    contains is not one you can filter by": it reads as a space, as in search."""
    response = officer_client.get(LIST, {"q": "Alder\x00Trial\x00"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "np-not-offered" not in body and "not one you can filter by" not in body
    assert titles_in(response) == ["Alder Trial"]
    assert "\x00" not in body


def test_a_value_not_offered_is_dropped_and_the_other_filters_still_apply(officer_client):
    """?local_authority=999999 (a kept link, a typed address) showed every trial under
    "Choose a local authority from the list", then none: now the list is the other filters'
    and the page says the local authority was left out, near the filters."""
    query = {"local_authority": "999999", "status": "incubating"}
    response = officer_client.get(LIST, query)
    said = "That local authority is not one you can filter by; showing every local authority."
    body = not_offered_notice(response, said)
    assert "Choose a local authority from the list" not in body
    assert titles_in(response) == ["Alder Trial", "Cedar Trial"]
    # The select shows what is used: any local authority.
    assert not response.context["form"]["local_authority"].value()
    assert "<title>Field trials (2 results, filtered)" in body
    assert "Download as CSV" in body  # the same rows: test_list_export.py


def test_filtering_by_a_trial_the_officer_cannot_see_is_dropped_not_shown(
    officer_client, portfolio
):
    for query in ({"project": portfolio.elder.project.pk}, {"consultant": UserFactory().pk}):
        response = officer_client.get(LIST, query)
        assert response.status_code == 200
        assert "Elder Trial" not in response.content.decode()
        not_offered_notice(response, "not one you can filter by")


def test_the_filters_own_error_is_still_an_error_beside_a_value_dropped(
    officer_client, monkeypatch
):
    def clean(form):
        raise ValidationError("Choose fewer filters")  # none has one of its own yet

    monkeypatch.setattr(FieldTrialFilterForm, "clean", clean, raising=False)
    response = officer_client.get(LIST, {"local_authority": "999999"})
    assert response.status_code == 200
    body = shows_an_error(response, "Choose fewer filters")
    assert "That local authority is not one you can filter by" in body


# --- What each row shows -------------------------------------------------------------------


def row_of(response, title):
    body = response.content.decode()
    start = body.index(f">{title}</a>")
    return re.sub(r"\s+", " ", body[start : body.index("</tr>", start)])


def test_each_row_shows_what_needs_the_officer(officer_client, portfolio):
    response = officer_client.get(LIST)
    alder = row_of(response, "Alder Trial")
    assert "Ash Project" in alder and "Knowsley Council" in alder and "Carla Consultant" in alder
    assert "2 overdue" in alder and "govuk-tag--red" in alder
    assert f'Red</strong> <span class="govuk-body-s">{last_complete_month():%B %Y}' in alder
    assert "Power to Innovate" in alder and "Update missing" not in alder
    birch = row_of(response, "Birch Trial")
    assert f"Next due {days(3):%-d %b %Y}" in birch
    assert "overdue" not in birch and "Power to Innovate" not in birch  # granted: closed
    cedar = row_of(response, "Cedar Trial")
    assert "No update yet" in cedar and "Update missing" in cedar and "overdue" not in cedar
    assert "None coming up" in cedar
    damson = row_of(response, "Damson Trial")
    # Completed: owes nothing, as its own page and the home page say.
    assert "overdue" not in damson and "Update missing" not in damson
    assert "None coming up" in damson
    fig = row_of(response, "Fig Trial")
    assert "Update missing" not in fig  # selected, not yet incubating


def test_a_withdrawn_trial_shows_no_milestone_due_or_overdue(officer_client, portfolio):
    """As its own page ("Nothing is overdue or waiting") and the home page's counts: a
    trial withdrawn with milestones late and to come has neither in the list, its export,
    its filters or its sort."""
    move_trial_status(
        trial=portfolio.alder, to_status="withdrawn", actor=portfolio.officer, reason="Head left"
    )
    milestone(portfolio.alder, 5)
    response = officer_client.get(LIST)
    alder = row_of(response, "Alder Trial")
    assert "overdue" not in alder and "Next due" not in alder and "None coming up" in alder
    assert titles_in(officer_client.get(LIST, {"overdue": "yes"})) == []
    assert "Alder Trial" not in titles_in(officer_client.get(LIST, {"due_soon": "yes"}))
    assert titles_in(officer_client.get(LIST, {"sort": "overdue"}))[0] != "Alder Trial"
    export = officer_client.get(EXPORT).content.decode("utf-8-sig").splitlines()
    assert next(r for r in export if r.startswith("Alder Trial")).count(",0,,") == 1
    page = officer_client.get(reverse("fieldtrials:fieldtrial_detail", args=[portfolio.alder.pk]))
    assert "Nothing is overdue or waiting" in page.content.decode()
    assert trials_needing_attention(portfolio.officer)["overdue"] == 0


def test_a_trial_starting_this_month_owes_no_update_yet(officer_client, portfolio):
    portfolio.cedar.start_date = today().replace(day=1)
    portfolio.cedar.save()
    response = officer_client.get(LIST, {"update_missing": "yes"})
    assert titles_in(response) == []
    assert "No field trials match these filters." in response.content.decode()


def test_an_update_for_last_month_or_later_is_not_missing(officer_client, portfolio):
    portfolio.cedar.latest_rag = "amber"
    portfolio.cedar.latest_update_month = today().replace(day=1)
    portfolio.cedar.save()
    portfolio.alder.latest_update_month = last_complete_month() - datetime.timedelta(days=1)
    portfolio.alder.save()
    assert titles_in(officer_client.get(LIST, {"update_missing": "yes"})) == ["Alder Trial"]


# --- Needs attention this week -------------------------------------------------------------


def test_the_attention_panel_counts_live_trials_needing_attention(portfolio):
    counts = trials_needing_attention(portfolio.officer)
    # Damson's overdue milestone does not count: it is completed. Elder is not theirs.
    assert {k: v for k, v in counts.items() if k != "items"} == {
        "total": 4,
        "overdue": 1,
        "due_soon": 1,
        "update_missing": 1,
        "red": 1,
        "open_pti": 1,
        "serious_risks": 0,
        "serious_risks_query": "serious_risk=yes",
        "members_only": False,
    }
    assert [item["key"] for item in counts["items"]] == [
        "overdue", "due_soon", "update_missing", "red", "open_pti",
    ]  # fmt: skip


def test_each_attention_link_lists_exactly_the_trials_it_counts(officer_client, portfolio):
    milestone(portfolio.cedar, -1)  # now two live trials have overdue milestones
    response = officer_client.get(LIST)
    body = response.content.decode()
    assert "Needs attention this week" in body
    links = re.findall(r'href="(/field-trials/\?[^"]+)"><span[^>]*>(\d+) trials?</span>', body)
    assert len(links) == 5
    expected = {
        "overdue": ["Alder Trial", "Cedar Trial"],
        "due_soon": ["Birch Trial"],
        "update_missing": ["Cedar Trial"],
        "rag": ["Alder Trial"],
        "open_pti": ["Alder Trial"],
    }
    for href, count in links:
        query = parse_qs(urlsplit(href.replace("&amp;", "&")).query)
        flag = next(k for k in query if k != "status")
        listed = titles_in(officer_client.get(href.replace("&amp;", "&")))
        assert listed == expected[flag]
        assert int(count) == len(listed)


def test_a_trial_team_counts_the_trials_they_are_members_of_not_their_communitys(client, world):
    """A head teacher's "Needs attention" counted the other trials of their community of
    practice, which they only read (the demo's leader was told of three trials with a
    milestone due, two of them other schools'); its serious risks named only their own."""
    for trial in (world.coral, world.quill):
        milestone(trial, 3)
        trial.latest_rag = "red"
        trial.save()
    leader, officer = world.users["leader"], world.users["officer"]
    counts = trials_needing_attention(leader)
    assert (counts["total"], counts["due_soon"], counts["red"]) == (1, 1, 1)
    assert counts["members_only"] is True
    assert counts["serious_risks_query"] == "mine=yes&serious_risk=yes"
    # The officer acts on every trial they see: both still count.
    counts = trials_needing_attention(officer)
    assert (counts["due_soon"], counts["red"]) == (2, 2) and not counts["members_only"]

    client.force_login(leader)
    body = client.get(LIST).content.decode()
    assert "Counts the trials you are a member of still under way: not those completed" in body
    links = re.findall(r'href="(/field-trials/\?[^"]+)"><span[^>]*>(\d+) trials?</span>', body)
    assert len(links) == 5  # Coral has a milestone of 2007 and a Power to Innovate request
    for href, count in links:
        href = href.replace("&amp;", "&")
        assert parse_qs(urlsplit(href).query)["mine"] == ["yes"]
        assert titles_in(client.get(href)) == ["Coral Trial"] and count == "1"


def test_a_trial_member_may_narrow_the_list_to_their_own_trials(client, world):
    client.force_login(world.users["leader"])
    assert titles_in(client.get(LIST)) == ["Coral Trial", "Quill Trial"]
    response = client.get(LIST, {"mine": "yes"})
    assert titles_in(response) == ["Coral Trial"]
    assert "Only the trials you are a member of" in response.content.decode()
    response = client.get(LIST, {"mine": "all"})
    assert titles_in(response) == ["Coral Trial", "Quill Trial"]
    said = "That is not a choice for the trials you are a member of"
    assert said in response.content.decode()
    # Not offered to a member of no trial; a link's "mine" is not read for them.
    client.force_login(world.users["officer"])
    response = client.get(LIST, {"mine": "yes"})
    assert "Only the trials you are a member of" not in response.content.decode()
    assert "Quill Trial" in titles_in(response)


def test_the_panel_says_so_when_nothing_needs_attention(client, portfolio):
    programme = ProgrammeFactory()
    quiet = officer_of(programme)
    FieldTrialFactory(project__programme=programme, status=FieldTrial.Status.COMPLETED)
    client.force_login(quiet)
    body = client.get(LIST).content.decode()
    assert "None of your field trials is under way." in body


# --- Sort and pages ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("title", ["Alder", "Birch", "Cedar", "Damson", "Fig"]),
        ("status", ["Fig", "Alder", "Cedar", "Birch", "Damson"]),
        ("rag", ["Alder", "Damson", "Birch", "Cedar", "Fig"]),
        ("overdue", ["Alder", "Birch", "Fig", "Cedar", "Damson"]),  # Damson's: completed
        ("next_due", ["Birch", "Fig", "Alder", "Cedar", "Damson"]),
        ("project", ["Alder", "Cedar", "Birch", "Damson", "Fig"]),
    ],
)
def test_the_list_sorts(officer_client, sort, expected):
    response = officer_client.get(LIST, {"sort": sort})
    assert titles_in(response) == [f"{t} Trial" for t in expected]


def title_of(response):
    return " ".join(re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)[1].split())


@pytest.mark.parametrize(
    "query, title",
    [
        ({}, "Field trials – Next Practice"),
        ({"sort": "title"}, "Field trials – Next Practice"),  # sorted, not filtered
        ({"rag": "red"}, "Field trials (1 result, filtered) – Next Practice"),
        ({"status": "completed"}, "Field trials (1 result, filtered) – Next Practice"),
        ({"rag": ["green", "none"]}, "Field trials (3 results, filtered) – Next Practice"),
        ({"q": "Nothing like it"}, "Field trials (no results, filtered) – Next Practice"),
    ],
)
def test_the_page_title_says_what_the_filters_found(officer_client, portfolio, query, title):
    """The title is what a screen reader says first when the page loads after "Apply
    filters": it says how many were found."""
    assert title_of(officer_client.get(LIST, query)) == title


def test_pages_of_25_keep_the_filters_in_their_links(client):
    programme = ProgrammeFactory()
    officer = officer_of(programme)
    project = ProjectFactory(programme=programme)
    FieldTrialFactory.create_batch(30, project=project, latest_rag="red")
    FieldTrialFactory.create_batch(3, project=project, latest_rag="green")
    client.force_login(officer)
    first = client.get(LIST, {"rag": "red", "sort": "title"})
    assert len(titles_in(first)) == 25
    body = first.content.decode()
    assert "Showing 1 to 25 of 30 field trials." in body
    next_link = re.search(r'href="([^"]+)" rel="next"', body).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(next_link).query) == {"rag": ["red"], "sort": ["title"], "page": ["2"]}
    second = client.get(LIST + next_link)
    assert len(titles_in(second)) == 5
    assert title_of(first) == "Field trials (30 results, filtered), page 1 of 2 – Next Practice"
    assert title_of(second) == "Field trials (30 results, filtered), page 2 of 2 – Next Practice"
    unfiltered = client.get(LIST, {"page": 2})
    assert title_of(unfiltered) == "Field trials, page 2 of 2 – Next Practice"
    assert all(t.latest_rag == "red" for t in second.context["page"])
    previous = re.search(r'href="([^"]+)" rel="prev"', second.content.decode())[1]
    query = parse_qs(urlsplit(previous.replace("&amp;", "&")).query)
    assert query == {"rag": ["red"], "sort": ["title"], "page": ["1"]}
    # the CSV link carries the filters but not the page
    csv_link = re.search(r'href="(/field-trials/export\.csv[^"]*)"', second.content.decode())
    query = parse_qs(urlsplit(csv_link.group(1).replace("&amp;", "&")).query)
    assert query == {"rag": ["red"], "sort": ["title"]}


# --- Who sees what -------------------------------------------------------------------------


def test_a_school_leader_sees_their_trial_and_their_communitys_and_no_other(client, world):
    client.force_login(world.users["leader"])
    response = client.get(LIST)
    assert titles_in(response) == ["Coral Trial", "Quill Trial"]
    body = response.content.decode()
    for hidden in ("Dune Trial", "Elm Trial", "Onyx Trial"):
        assert hidden not in body
    # Quill is read through the community of practice; its project may be named
    assert "Amber Project" in row_of(response, "Coral Trial")
    assert "Beryl Project" in row_of(response, "Quill Trial")


def test_a_partner_reads_the_trials_of_the_project_they_partner(client, world):
    client.force_login(world.users["partner"])
    response = client.get(LIST)
    assert titles_in(response) == ["Coral Trial", "Dune Trial"]
    assert "Quill Trial" not in response.content.decode()


def test_someone_with_no_trials_is_refused_the_list(client, world):
    client.force_login(world.users["outsider"])
    assert client.get(LIST).status_code == 403
    assert client.get(EXPORT).status_code == 403


def test_signing_in_comes_first(client, db):
    response = client.get(LIST)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/sign-in/")


# --- Queries -------------------------------------------------------------------------------


def trials_of(size):
    """An officer's programme with `size` trials, each with milestones, domains, organisations
    and a Power to Innovate request."""
    programme = ProgrammeFactory()
    officer = officer_of(programme)
    project = ProjectFactory(programme=programme)
    domains = list(ResourceDomain.objects.all())
    for n in range(size):
        trial = FieldTrialFactory(
            project=project,
            latest_rag=["red", "amber", "green", ""][n % 4],
            local_authority=OrganisationFactory(kind="local_authority"),
            consultant=UserFactory(),
        )
        trial.resource_domains.set(domains[: 1 + n % 4])
        trial.participating_organisations.set(OrganisationFactory.create_batch(3))
        milestone(trial, -2)
        milestone(trial, 5)
        milestone(trial, -9, done=True)
        pti(trial, "submitted")
    return officer


@pytest.mark.parametrize("size", [5, 50])
def test_the_list_costs_the_same_queries_for_5_and_50_trials(
    client, django_assert_num_queries, size
):
    client.force_login(trials_of(size))
    # session, user, memberships (may-list and the menu ask them), unread count, the attention
    # counts, choices of programme, project, local authority, consultant and domain, the
    # domain lookup, count, rows
    with django_assert_num_queries(13):
        response = client.get(LIST, {"domain": "time", "sort": "overdue", "overdue": "yes"})
    assert len(titles_in(response)) == min(size, 25)


def test_the_trials_with_a_serious_open_risk_are_a_filter(officer_client, portfolio):
    """The home page names ten serious risks at most, and leads to the rest by this filter."""
    from fieldtrials.models import Risk
    from fieldtrials.tests.factories_records import RiskFactory

    high, medium = Risk.Level.HIGH, Risk.Level.MEDIUM
    RiskFactory(field_trial=portfolio.birch, likelihood=high, impact=medium)
    RiskFactory(field_trial=portfolio.cedar, likelihood=medium, impact=medium)  # not serious
    RiskFactory(field_trial=portfolio.alder, likelihood=high, impact=high, is_open=False)
    response = officer_client.get(LIST, {"serious_risk": "yes"})
    assert titles_in(response) == ["Birch Trial"]
    assert "A serious open risk" in response.content.decode()
