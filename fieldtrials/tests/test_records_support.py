"""The support log: who may log support, what is refused, and the totals per trial, per
consultant and per project."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import SupportSession
from fieldtrials.selectors_records import (
    project_support_for,
    support_summary_for,
    trial_records,
)
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import SupportSessionFactory


def today():
    """Asked when a test runs, not when the file is read: a run may pass midnight."""
    return timezone.localdate()


def log_url(trial):
    return reverse("fieldtrials:support_create", args=[trial.pk])


def valid(world, **overrides):
    return {
        "held_on": "1/2/2007",
        "given_by": world.users["consultant"].pk,
        "kind": "change_leadership",
        "hours": "1.5",
        "notes": "Change Leadership Model diagnostic with the senior team",
        **overrides,
    }


def test_the_consultant_logs_support_given_by_themselves_by_default(client, world):
    consultant = world.users["consultant"]
    client.force_login(consultant)
    page = client.get(log_url(world.coral)).content.decode()
    assert re.search(rf'value="{consultant.pk}"\s+checked', page)  # defaults to themselves
    assert 'inputmode="decimal"' in page
    assert "Officer Person" in page  # the project's officers may be named too
    response = client.post(log_url(world.coral), valid(world))
    assert response.status_code == 302
    assert response["Location"] == reverse("fieldtrials:fieldtrial_support", args=[world.coral.pk])
    session = SupportSession.objects.get(kind="change_leadership")
    assert session.given_by == consultant and session.hours == Decimal("1.5")
    # The trial's history names it by its kind and day, as a person would.
    history = client.get(reverse("fieldtrials:fieldtrial_history", args=[world.coral.pk])).text
    label = session.get_kind_display()
    assert f"logged the support session “{label} on 1 February 2007”" in history


@pytest.mark.parametrize(
    "hours, message",
    [
        ("0.1", "Enter at least 0.25 hours"),
        ("0", "Enter at least 0.25 hours"),
        ("24.5", "Enter no more than 24 hours"),
        ("lots", "Enter the hours as a number, like 1.5"),
        ("1.255", "Enter the hours to two decimal places at most"),
        ("", "Enter the hours, like 1.5"),
    ],
)
def test_hours_out_of_range_are_refused_with_a_reason(client, world, hours, message):
    client.force_login(world.users["consultant"])
    response = client.post(log_url(world.coral), valid(world, hours=hours))
    body = response.content.decode()
    assert response.status_code == 400
    assert message in body and "govuk-error-summary" in body
    assert not SupportSession.objects.filter(kind="change_leadership").exists()


def test_a_session_in_the_future_is_refused(client, world):
    client.force_login(world.users["officer"])
    tomorrow = (today() + datetime.timedelta(days=1)).isoformat()
    response = client.post(log_url(world.coral), valid(world, held_on=tomorrow))
    assert response.status_code == 400
    assert "The date of the session must be today or in the past" in response.content.decode()


@pytest.mark.parametrize("held_on", ["1/1/0001", "1/1/1990"])
def test_a_session_before_the_programme_began_is_refused_on_every_page(client, world, held_on):
    """Held on 1 January 0001, it was counted in the trial's support log."""
    programme = world.coral.project.programme
    said = (
        f"The date of the session must be {programme.start_date:%-d/%-m/%Y} or after: "
        f"{programme.name} began on {programme.start_date:%-d %B %Y}"
    )
    client.force_login(world.users["officer"])
    response = client.post(log_url(world.coral), valid(world, held_on=held_on))
    assert response.status_code == 400 and said in response.content.decode()
    assert not SupportSession.objects.filter(held_on__lt=programme.start_date).exists()
    session = SupportSessionFactory(
        field_trial=world.coral, given_by=world.users["consultant"], held_on=today()
    )
    kit = reverse(
        "records:edit", kwargs={"app": "fieldtrials", "kind": "support-session", "pk": session.pk}
    )
    changed = {**valid(world, held_on=held_on), "version": session.version}
    response = client.post(kit, changed)
    assert response.status_code == 400 and said in response.content.decode()
    session.refresh_from_db()
    assert session.held_on == today()
    on_the_day = f"{programme.start_date:%d/%m/%Y}"
    assert client.post(log_url(world.coral), valid(world, held_on=on_the_day)).status_code == 302


def test_support_is_given_by_the_trials_consultants_or_the_projects_officers(client, world):
    client.force_login(world.users["officer"])
    response = client.post(log_url(world.coral), valid(world, given_by=world.users["leader"].pk))
    assert response.status_code == 400
    assert "Choose one of the trial" in response.content.decode()


def test_school_leaders_and_partners_do_not_log_support(client, world):
    for persona, status in (("leader", 403), ("partner", 403), ("outsider", 404)):
        client.force_login(world.users[persona])
        assert client.post(log_url(world.coral), valid(world)).status_code == status
    assert not SupportSession.objects.filter(kind="change_leadership").exists()


@pytest.fixture
def project_log(world):
    """Two trials of amber (Coral has the world's 2 hours already) and two consultants."""
    ash, birch = UserFactory(full_name="Ash Consultant"), UserFactory(full_name="Birch Consultant")
    coral, dune = world.coral, world.dune
    SupportSessionFactory(field_trial=coral, given_by=ash, hours=Decimal("1.5"))
    SupportSessionFactory(field_trial=coral, given_by=birch, hours=3)
    SupportSessionFactory(field_trial=dune, given_by=ash, hours=Decimal("0.25"))
    SupportSessionFactory(field_trial=world.elm, given_by=ash, hours=7)  # another project
    return ash, birch


def test_totals_per_trial_per_consultant_and_per_project(world, project_log):
    ash, birch = project_log
    consultant = world.users["consultant"]
    trial = trial_records(world.coral)["support_totals"]
    assert (trial["hours"], trial["sessions"]) == (Decimal("6.5"), 3)
    assert [
        (r["given_by__full_name"], r["hours"], r["sessions"]) for r in trial["per_consultant"]
    ] == [
        ("Birch Consultant", Decimal("3"), 1),
        (consultant.full_name, Decimal("2"), 1),
        ("Ash Consultant", Decimal("1.5"), 1),
    ]
    assert support_summary_for(world.amber) == {"hours": Decimal("6.75"), "sessions": 4}
    log = project_support_for(world.amber, world.users["officer"])
    assert [(r["field_trial__title"], r["hours"], r["sessions"]) for r in log["per_trial"]] == [
        ("Coral Trial", Decimal("6.5"), 3),
        ("Dune Trial", Decimal("0.25"), 1),
    ]
    per_person = {
        r["given_by__full_name"]: (r["hours"], r["sessions"]) for r in log["per_consultant"]
    }
    assert per_person["Ash Consultant"] == (Decimal("1.75"), 2)
    assert log["totals"] == {"hours": Decimal("6.75"), "sessions": 4}


def test_the_project_support_page_shows_the_totals_to_readers_of_the_project(
    client, world, project_log
):
    url = reverse("fieldtrials:project_support", args=[world.amber.pk])
    client.force_login(world.users["partner"])
    page = client.get(url).content.decode()
    assert "6.75 hours in 4 sessions" in page
    # Hours as people write them: 6.5 and 1.5, not 6.50 and 1.50.
    assert ">6.5</td>" in page and ">1.75</td>" in page and ">1.50<" not in page
    assert "Ash Consultant" in page and "Coral Trial" in page and "Dune Trial" in page
    assert "Elm Trial" not in page
    client.force_login(world.users["leader"])
    assert client.get(url).status_code == 404


def test_a_project_member_who_reads_only_their_trial_sees_only_its_support(world, project_log):
    practitioner = UserFactory()
    world.amber.memberships.create(user=practitioner, role=Role.PRACTITIONER)
    FieldTrialMembershipFactory(field_trial=world.dune, user=practitioner)
    log = project_support_for(world.amber, practitioner)
    assert [r["field_trial__title"] for r in log["per_trial"]] == ["Dune Trial"]


def test_the_project_support_page_lists_its_sessions_25_a_page(client, world):
    SupportSessionFactory.create_batch(30, field_trial=world.dune)
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:project_support", args=[world.amber.pk])
    first = client.get(url)
    assert len(first.context["page"]) == 25
    next_link = re.search(r'href="([^"]*)" rel="next"', first.content.decode())[1]
    assert next_link == "?page=2"
    second = client.get(url + next_link)
    assert len(second.context["page"]) == 6  # the 30 on Dune and the world's one on Coral
    assert 'href="?page=1" rel="prev"' in second.content.decode()


@pytest.mark.parametrize("size", [5, 50])
def test_the_project_support_page_costs_the_same_queries_for_5_and_50_sessions(
    client, world, django_assert_num_queries, size
):
    trials = [FieldTrialFactory(project=world.amber) for _ in range(3)]
    for i in range(size):
        SupportSessionFactory(field_trial=trials[i % 3])
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:project_support", args=[world.amber.pk])
    # session, user, memberships, project, per trial, per consultant, count, page, unread
    # notifications
    with django_assert_num_queries(9):
        response = client.get(url)
    assert response.status_code == 200
