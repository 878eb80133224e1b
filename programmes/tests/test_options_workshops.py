import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event
from programmes.forms.lifecycle import THIS_YEAR
from programmes.forms.options import EXAMPLE_HELD, parse_participants
from programmes.models import Workshop, WorkshopParticipant
from programmes.tests.factories import ProjectFactory
from programmes.tests.factories_options import (
    OptionFactory,
    ParticipantFactory,
    WorkshopFactory,
    broken_error_links,
    officer_of,
    partner_of,
)

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "Futures thinking with Year 10",
    "kind": "futures",
    "held_on_0": "27",
    "held_on_1": "3",
    "held_on_2": "2006",
    "participants": "Ann Head | practitioner | Oak School\n"
    "Sam Patel | provocateur | Zopa\n"
    "\n"
    "Jo Green | student\n",
    "notes": "Used the Zopa stimulus.",
}


@pytest.fixture
def project():
    return ProjectFactory()


def test_an_officer_records_a_workshop_with_its_participants(client, project):
    officer = officer_of(project)
    client.force_login(officer)
    response = client.post(reverse("programmes:workshop_create", args=[project.pk]), GOOD)
    workshop = Workshop.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("programmes:workshop_detail", args=[workshop.pk])
    assert workshop.held_on == datetime.date(2006, 3, 27)
    assert workshop.kind == "futures" and workshop.created_by == officer
    people = {p.name: (p.kind, p.affiliation) for p in workshop.participants.all()}
    assert people == {
        "Ann Head": ("practitioner", "Oak School"),
        "Sam Patel": ("provocateur", "Zopa"),
        "Jo Green": ("user", ""),
    }
    event = Event.objects.get(verb="programmes.workshop_recorded")
    assert event.target == workshop and event.data["participants"] == 3


def test_a_participant_line_without_a_known_kind_is_named_by_its_line(client, project):
    client.force_login(officer_of(project))
    data = {**GOOD, "participants": "Ann | practitioner\nBob | teacher\nCy | wizard | Hogwarts"}
    response = client.post(reverse("programmes:workshop_create", args=[project.pk]), data)
    assert response.status_code == 400
    page = response.content.decode()
    message = (
        "Line 3: say whether they are a practitioner, user, provocateur, policy maker or "
        "thought leader"
    )
    assert message in page
    assert "govuk-error-summary" in page and 'href="#id_participants"' in page
    assert not Workshop.objects.exists() and not WorkshopParticipant.objects.exists()


def test_the_same_person_of_the_same_organisation_twice_is_refused_by_line(client, project):
    client.force_login(officer_of(project))
    people = (
        "Sam Patel | provocateur | Zopa\n"
        "Sam Patel | provocateur | Oak School\n"  # another Sam Patel, of another organisation
        "Jo Green | student\n"
        "sam  patel | thought leader | ZOPA\n"
    )
    response = client.post(
        reverse("programmes:workshop_create", args=[project.pk]), {**GOOD, "participants": people}
    )
    assert response.status_code == 400
    page = response.content.decode()
    beside = page.split('class="govuk-error-message">', 1)[1].split("</p>", 1)[0]
    assert "Line 4: sam  patel of ZOPA is listed already, on line 1: give each person once" in (
        beside
    )
    assert not Workshop.objects.exists() and not WorkshopParticipant.objects.exists()


def test_the_service_records_each_participant_once(project):
    from django.core.exceptions import ValidationError

    from programmes.services.options import record_workshop

    twice = [{"name": "Jo Green", "kind": "user", "affiliation": ""}] * 2
    with pytest.raises(ValidationError) as refused:
        record_workshop(
            project=project, actor=officer_of(project), title="Futures", kind="futures",
            held_on=datetime.date(2006, 3, 27), participants=twice,
        )  # fmt: skip
    assert refused.value.message_dict == {
        "participants": ["Jo Green is listed twice: give each once"]
    }
    assert not Workshop.objects.exists()


def test_a_missing_title_kind_and_an_impossible_date_are_each_reported(client, project):
    client.force_login(officer_of(project))
    data = {"held_on_0": "31", "held_on_1": "2", "held_on_2": "2006"}
    response = client.post(reverse("programmes:workshop_create", args=[project.pk]), data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Enter the workshop&#x27;s title" in page
    assert "Choose what kind of workshop it was" in page
    assert f"The date must be a real date, for example {EXAMPLE_HELD}" in page
    assert not broken_error_links(page)
    assert not Workshop.objects.exists()


@pytest.mark.parametrize(
    "day,year,message",
    [
        ("27", "1" * 20, f"The year must be a real year, like {THIS_YEAR}"),  # a 500 before
        ("27", "206", f"The year must be a real year, like {THIS_YEAR}"),
        ("9" * 20, "2006", f"The date must be a real date, for example {EXAMPLE_HELD}"),  # a 500
    ],
)
def test_a_year_or_day_no_date_can_have_is_reported_next_to_the_field(
    client, project, day, year, message
):
    client.force_login(officer_of(project))
    data = {**GOOD, "held_on_0": day, "held_on_2": year}
    response = client.post(reverse("programmes:workshop_create", args=[project.pk]), data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "govuk-error-summary" in page and not broken_error_links(page)
    date_group = page.split('id="div_id_held_on"')[1].split("</fieldset>")[0]
    assert message in date_group  # beside the date, as well as in the summary
    assert f'value="{year}"' in page and "Sam Patel | provocateur | Zopa" in page  # kept
    assert not Workshop.objects.exists()


def test_a_null_character_in_each_date_box_is_one_plain_message_per_box(client, project):
    """Each box said "The day must be a number" and "Null characters are not allowed."."""
    client.force_login(officer_of(project))
    data = {**GOOD, "held_on_0": "2\x007", "held_on_1": "3\x00", "held_on_2": "\x002006"}
    response = client.post(reverse("programmes:workshop_create", args=[project.pk]), data)
    page = response.content.decode()
    assert response.status_code == 400 and not broken_error_links(page)
    date_group = page.split('id="div_id_held_on"')[1].split("</fieldset>")[0]
    for what in ("day", "month", "year"):
        assert date_group.count(f"The {what} must be a number") == 1
    assert "Null characters" not in page
    assert not Workshop.objects.exists()


@pytest.mark.parametrize(
    "day,month,year,message",
    [
        ("", "", "", "Enter the date the workshop was held"),
        # Spaces are nothing typed: asked for as an empty box is, not "This field is required".
        (" ", " ", " ", "Enter the date the workshop was held"),
        ("27", " ", "2006", "The date must include a month"),
    ],
)
def test_a_missing_date_is_asked_for(client, project, day, month, year, message):
    client.force_login(officer_of(project))
    data = {**GOOD, "held_on_0": day, "held_on_1": month, "held_on_2": year}
    response = client.post(reverse("programmes:workshop_create", args=[project.pk]), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and "This field is required" not in page


def test_participant_lines_accept_the_words_people_use():
    people, errors = parse_participants(
        "A | Policy maker | DfES\nB | thought   leader\nC | parent\n | user\n"
    )
    assert [p["kind"] for p in people] == ["policy", "thought_leader", "user"]
    assert errors == ["Line 4: give the person's name before the first |"]


def test_a_partner_may_not_record_a_workshop(client, project):
    client.force_login(partner_of(project))
    response = client.post(reverse("programmes:workshop_create", args=[project.pk]), GOOD)
    assert response.status_code == 403
    assert not Workshop.objects.exists()


def test_the_workshop_page_groups_participants_and_lists_its_options(client, project):
    workshop = WorkshopFactory(project=project, title="Creative day")
    ParticipantFactory(workshop=workshop, name="Ann Head", kind="practitioner")
    ParticipantFactory(workshop=workshop, name="Jo Green", kind="user")
    ParticipantFactory(workshop=workshop, name="Kim Lee", kind="user")
    OptionFactory(project=project, workshop=workshop, title="Learning Exchange")
    client.force_login(partner_of(project))
    page = client.get(reverse("programmes:workshop_detail", args=[workshop.pk])).content.decode()
    assert "Who took part (3)" in page
    assert "<strong>2 service users</strong>" in page
    assert "<strong>0 provocateurs</strong>" in page and "no one from outside education" in page
    assert "Service user (student, parent, carer) (2)" in page
    assert "Learning Exchange" in page
    assert "Add an option from this workshop" not in page  # partners read only


@pytest.mark.parametrize("size", [5, 50])
def test_the_workshop_page_costs_the_same_queries_for_5_and_50_rows(
    client, django_assert_num_queries, project, size
):
    workshop = WorkshopFactory(project=project)
    ParticipantFactory.create_batch(size, workshop=workshop)
    OptionFactory.create_batch(size, project=project, workshop=workshop)
    client.force_login(officer_of(project))
    # session, user, memberships (may see, may change), workshop, participants, options
    # counted and a page of them, unread count, programme (breadcrumbs), its history (events)
    with django_assert_num_queries(10):
        response = client.get(reverse("programmes:workshop_detail", args=[workshop.pk]))
    assert response.status_code == 200


def test_a_workshop_not_held_yet_is_not_recorded(client, project):
    """ "When was it held?": a date after today (2099, say) is refused beside the field."""
    client.force_login(officer_of(project))
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    dated = {"held_on_0": tomorrow.day, "held_on_1": tomorrow.month, "held_on_2": tomorrow.year}
    response = client.post(
        reverse("programmes:workshop_create", args=[project.pk]), {**GOOD, **dated}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "The date must be today or earlier: record a workshop once it has been held" in page
    assert not Workshop.objects.exists()
    today = timezone.localdate()
    dated = {"held_on_0": today.day, "held_on_1": today.month, "held_on_2": today.year}
    response = client.post(
        reverse("programmes:workshop_create", args=[project.pk]), {**GOOD, **dated}
    )
    assert response.status_code == 302 and Workshop.objects.get().held_on == today


def dated(day):
    return {"held_on_0": day.day, "held_on_1": day.month, "held_on_2": day.year}


def test_a_workshop_long_before_its_programme_began_is_not_recorded(client, project):
    """One dated 1 January 1900 was accepted. Phase 1 may come in the year before the
    programme begins (9 January 2006), not earlier."""
    client.force_login(officer_of(project))
    create = reverse("programmes:workshop_create", args=[project.pk])
    for day in (datetime.date(1900, 1, 1), datetime.date(2005, 1, 8)):
        response = client.post(create, {**GOOD, **dated(day)})
        assert response.status_code == 400
        assert (
            "The date must be on or after 9 January 2005: a workshop can be up to a year "
            "before the programme began, on 9 January 2006"
        ) in response.content.decode()
    assert not Workshop.objects.exists()
    response = client.post(create, {**GOOD, **dated(datetime.date(2005, 1, 9))})
    assert response.status_code == 302
    assert Workshop.objects.get().held_on == datetime.date(2005, 1, 9)


def test_a_phase_1_workshop_is_recorded_while_its_programme_has_not_started(client, project):
    """A tester's programme started in four months, Phase 1 was under way: a workshop held
    last week was refused as before the programme began, and next month's as not yet held,
    so none could be recorded. One held is; one not held yet still is not."""
    today = timezone.localdate()
    programme = project.programme
    programme.start_date = today + datetime.timedelta(days=120)
    programme.save()
    client.force_login(officer_of(project))
    create = reverse("programmes:workshop_create", args=[project.pk])

    last_week = today - datetime.timedelta(days=7)
    response = client.post(create, {**GOOD, **dated(last_week)})
    assert response.status_code == 302
    workshop = Workshop.objects.get()
    assert workshop.held_on == last_week
    # Corrected, its date may still be before the programme starts.
    edit = reverse(
        "records:edit", kwargs={"app": "programmes", "kind": "workshop", "pk": workshop.pk}
    )
    two_days_ago = today - datetime.timedelta(days=2)
    response = client.post(edit, {**GOOD, **dated(two_days_ago), "version": workshop.version})
    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.held_on == two_days_ago

    after_the_start = programme.start_date + datetime.timedelta(days=7)
    response = client.post(create, {**GOOD, "title": "Open space", **dated(after_the_start)})
    assert response.status_code == 400
    page = response.content.decode()
    assert "The date must be today or earlier: record a workshop once it has been held" in page
    assert "when the programme began" not in page
    # More than a year before its start: said of a start still to come.
    too_early = programme.start_date - datetime.timedelta(days=2 * 366)
    response = client.post(create, {**GOOD, "title": "Open space", **dated(too_early)})
    assert response.status_code == 400
    assert "before the programme starts, on " in response.content.decode()
    assert Workshop.objects.count() == 1


def test_the_workshop_form_explains_the_seeds_word_provocateur(client, project):
    """The method's word for someone from another sector is kept, and explained."""
    client.force_login(officer_of(project))
    page = client.get(reverse("programmes:workshop_create", args=[project.pk])).content.decode()
    assert f'href="{reverse("glossary")}#term-provocateur"' in page
    glossary = client.get(reverse("glossary")).content.decode()
    assert 'id="term-provocateur"' in glossary and "provocateurs from other sectors" in glossary
