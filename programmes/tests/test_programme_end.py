"""A programme's end date holds its open projects, and a programme whose end has passed
says so (a tester's finding: an end date of yesterday was saved while its only project was
in Generate creative options, planned to July 2027, and nothing said it had ended)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from accounts.models import Event, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from nextpractice.words import long_date
from programmes.models import Stage
from programmes.models.lifecycle import add_months
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)
from programmes.tests.test_lifecycle_pages import beside

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def in_figures(day):
    return f"{day.day}/{day.month}/{day.year}"


@pytest.fixture
def programme():
    lead = OrganisationFactory(name="The Innovation Unit", kind="national_agency")
    return ProgrammeFactory(
        name="Next Practice 2026-9",
        lead_organisation=lead,
        start_date=today() - datetime.timedelta(days=400),
        end_date=today() + datetime.timedelta(days=1000),
    )


@pytest.fixture
def officer(client, programme):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=programme, user=user, role=Role.OFFICER)
    client.force_login(user)
    return user


def planned_from_now(months, **fields):
    """A project begun a year ago, planned to run `months` more months from today's month."""
    start = today().replace(day=1) - datetime.timedelta(days=365)
    start = start.replace(day=1)
    return ProjectFactory(start_date=start, planned_duration_months=12 + months, **fields)


def save_end(client, programme, end, **more):
    data = {
        "name": programme.name,
        "kind": programme.kind,
        "summary": programme.summary,
        "lead_organisation": programme.lead_organisation.name,
        "start_date": in_figures(programme.start_date),
        "end_date": in_figures(end) if end else "",
        "version": programme.version,
        **more,
    }
    edit = reverse("records:edit", args=["programmes", "programme", programme.pk])
    return client.post(edit, data)


def test_an_end_date_of_yesterday_is_refused_while_a_project_is_open(client, programme, officer):
    project = planned_from_now(
        8, programme=programme, title="System Leadership", stage=Stage.GENERATE_OPTIONS
    )
    was = programme.end_date
    yesterday = today() - datetime.timedelta(days=1)
    response = save_end(client, programme, yesterday)
    assert response.status_code == 400
    said = (
        f"This date is in the past, but System Leadership is still open (planned to run until "
        f"{long_date(project.planned_end)}). Close System Leadership first, or end the "
        f"programme on or after {long_date(project.planned_end)}."
    )
    # Beside the end date, and in the error summary, which leads to it.
    assert response.text.count(escape(said)) == 2
    assert 'href="#id_end_date"' in response.text
    assert beside(response.text, "end_date") == said
    programme.refresh_from_db()
    assert programme.end_date == was and programme.version == 1
    assert not Event.objects.filter(verb="programmes.programme_changed").exists()
    page = client.get(programme.get_absolute_url()).text
    assert "This programme ended on" not in page


def test_an_end_date_before_open_projects_plans_names_them(client, programme, officer):
    leadership = planned_from_now(8, programme=programme, title="System Leadership")
    workforce = planned_from_now(10, programme=programme, title="Workforce")
    planned_from_now(4, programme=programme, title="Personalisation")  # ends before it
    # Neither a closed project nor a withdrawn one holds the programme's end.
    planned_from_now(
        20, programme=programme, title="Parents and Carers", stage=Stage.SYSTEM_LEARNING,
        closed_on=today(), closed_note="Finished",
    )  # fmt: skip
    planned_from_now(20, programme=programme, title="Added by Mistake", withdrawn_at=timezone.now())
    end = add_months(today(), 6)
    response = save_end(client, programme, end)
    assert response.status_code == 400
    latest = long_date(workforce.planned_end)
    said = (
        "2 projects are still open and planned to run after this date: System Leadership "
        f"(until {long_date(leadership.planned_end)}) and Workforce (until {latest}). Close "
        f"them first, or change their plans, or end the programme on or after {latest}."
    )
    assert response.text.count(escape(said)) == 2
    assert "Parents and Carers" not in response.text and "Mistake" not in response.text
    programme.refresh_from_db()
    assert programme.end_date != end

    # One project: "Close it first, or change its plan".
    workforce.planned_duration_months -= 6
    workforce.save()
    response = save_end(client, programme, end)
    said = (
        f"System Leadership is still open and planned to run until "
        f"{long_date(leadership.planned_end)}, after this date. Close System Leadership "
        f"first, or change its plan, or end the programme on or after "
        f"{long_date(leadership.planned_end)}."
    )
    assert response.status_code == 400 and response.text.count(escape(said)) == 2


def test_an_end_date_after_every_open_projects_plan_is_saved(client, programme, officer):
    project = planned_from_now(8, programme=programme, title="System Leadership")
    planned_from_now(
        30, programme=programme, title="Parents and Carers", stage=Stage.SYSTEM_LEARNING,
        closed_on=today(), closed_note="Finished",
    )  # fmt: skip
    response = save_end(client, programme, project.planned_end)
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.end_date == project.planned_end
    page = client.get(programme.get_absolute_url()).text
    assert "ended on" not in page


def test_the_check_is_made_again_where_the_change_is_saved(programme):
    """Under the programme's lock (nextpractice.records.change_record calls full_clean): a
    project opened since the page was shown holds the end date too."""
    project = planned_from_now(8, programme=programme, title="System Leadership")
    programme.end_date = project.planned_end - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        programme.full_clean()
    assert "Close System Leadership first" in refused.value.message_dict["end_date"][0]


def test_a_programme_whose_end_has_passed_says_so_by_its_heading(client, programme, officer):
    planned_from_now(
        0, programme=programme, title="System Leadership", stage=Stage.SYSTEM_LEARNING,
        closed_on=today() - datetime.timedelta(days=3), closed_note="Finished",
    )  # fmt: skip
    ended = today() - datetime.timedelta(days=1)
    assert save_end(client, programme, ended).status_code == 302
    page = client.get(programme.get_absolute_url()).text
    assert f"This programme ended on {long_date(ended)}." in page
    assert page.index("This programme ended on") < page.index("Led by")
    # On its last day it has not ended yet.
    programme.refresh_from_db()
    assert save_end(client, programme, today()).status_code == 302
    assert "ended on" not in client.get(programme.get_absolute_url()).text


def test_an_end_passed_with_a_project_still_open_leaves_the_other_details_correctable(
    client, programme, officer
):
    """Its end date came while a project was still open: the date is not asked again until
    it is changed, so a typo in its summary can still be put right."""
    planned_from_now(8, programme=programme, title="System Leadership")
    ended = today() - datetime.timedelta(days=10)
    type(programme).objects.filter(pk=programme.pk).update(end_date=ended)
    programme.refresh_from_db()
    response = save_end(client, programme, ended, summary="Four policy areas.")
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.summary == "Four policy areas."
    page = client.get(programme.get_absolute_url()).text
    assert f"This programme ended on {long_date(ended)}." in page
