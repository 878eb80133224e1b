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


# A project's plan ends by its programme's end (Project.clean): the end date holds its open
# projects from both sides.


def plan_refused(end, months):
    return (
        f"The programme ends on {long_date(end)}: plan the project to end by then (from this "
        f"start, at most {months} months), or move the programme's end date first (its "
        "programme officers can)"
    )


def test_a_project_is_not_added_with_a_plan_past_its_programmes_end(client, programme, officer):
    start = programme.end_date - datetime.timedelta(days=400)
    create = reverse("programmes:project_create", args=[programme.pk])
    data = {"title": "System Leadership", "start_date": in_figures(start)}
    response = client.post(create, {**data, "planned_duration_months": "18"})
    assert response.status_code == 400
    fits = max(n for n in range(61) if add_months(start, n) <= programme.end_date)
    said = plan_refused(programme.end_date, fits)
    # Beside the planned duration, and in the error summary, which leads to it.
    assert beside(response.text, "planned_duration_months") == escape(said)
    assert response.text.count(escape(said)) == 2
    assert 'href="#id_planned_duration_months"' in response.text
    assert not programme.projects.exists()
    assert not Event.objects.filter(verb="programmes.project_created").exists()
    # A plan that ends on the programme's last day is taken.
    response = client.post(create, {**data, "planned_duration_months": str(fits)})
    assert response.status_code == 302
    assert programme.projects.get().planned_end <= programme.end_date


def test_a_projects_plan_is_not_changed_to_run_past_its_programmes_end(client, programme, officer):
    project = planned_from_now(6, programme=programme, title="System Leadership")
    edit = reverse("records:edit", args=["programmes", "project", project.pk])

    def save(start, months, **more):
        data = {"title": project.title, "start_date": in_figures(start), **more}
        return client.post(edit, {**data, "planned_duration_months": months, "version": 1})

    response = save(project.start_date, "60")
    assert response.status_code == 400
    fits = max(n for n in range(61) if add_months(project.start_date, n) <= programme.end_date)
    said = plan_refused(programme.end_date, fits)
    assert beside(response.text, "planned_duration_months") == escape(said)
    assert response.text.count(escape(said)) == 2
    # A later start with the same duration runs past it too.
    later = programme.end_date - datetime.timedelta(days=100)
    response = save(later, str(project.planned_duration_months))
    assert response.status_code == 400
    assert "The programme ends on" in beside(response.text, "planned_duration_months")
    project.refresh_from_db()
    assert project.planned_duration_months == 18 and project.version == 1
    assert not Event.objects.filter(verb="programmes.project_changed").exists()
    assert save(project.start_date, str(fits)).status_code == 302


def test_a_plan_saved_before_the_programmes_end_was_set_is_not_asked_again(
    client, programme, officer
):
    """A project planned past the end (saved before these checks) can still have its other
    details corrected; changing its plan, it is asked to end by the programme's end."""
    project = planned_from_now(6, programme=programme, title="Sytem Leadership")
    project.planned_duration_months = 60
    project.save()
    edit = reverse("records:edit", args=["programmes", "project", project.pk])
    data = {"start_date": in_figures(project.start_date), "planned_duration_months": "60"}
    response = client.post(edit, {**data, "title": "System Leadership", "version": 1})
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.title == "System Leadership" and project.planned_duration_months == 60
    data["planned_duration_months"] = "59"
    response = client.post(edit, {**data, "title": project.title, "version": 2})
    assert response.status_code == 400 and "The programme ends on" in response.text


def test_the_plan_is_checked_again_where_the_project_is_saved(programme, officer):
    """Under the programme's lock (services.create_project; the record kit's change of a
    project's details, programmes.kinds), as a change of the programme's end is."""
    from programmes.services.lifecycle import create_project

    start = programme.end_date - datetime.timedelta(days=200)
    with pytest.raises(ValidationError) as refused:
        create_project(
            programme=programme, actor=officer, title="Workforce", start_date=start,
            planned_duration_months=18,
        )  # fmt: skip
    assert "The programme ends on" in refused.value.message_dict["planned_duration_months"][0]
    project = planned_from_now(6, programme=programme, title="System Leadership")
    project.planned_duration_months = 60
    with pytest.raises(ValidationError) as refused:
        project.full_clean()
    assert "The programme ends on" in refused.value.message_dict["planned_duration_months"][0]
    # An open-ended programme holds no plan.
    programme.end_date = None
    programme.save()
    project.programme.refresh_from_db()
    project.full_clean()
