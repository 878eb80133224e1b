"""The menu and the officer's home page lead to the field trials an officer lives on."""

import re

from django.urls import reverse

from fieldtrials.tests.factories_records import (
    MilestoneFactory,
    OfferUseFactory,
    SupportSessionFactory,
)


def menu(client):
    page = client.get(reverse("home")).content.decode()
    return page.split('id="navigation"', 1)[1].split("</ul>", 1)[0]


def test_the_menu_offers_field_trials_only_to_people_who_see_some(client, world):
    client.force_login(world.users["officer"])
    assert "Field trials" in menu(client)
    client.force_login(world.users["outsider"])
    assert "Field trials" not in menu(client)


def test_the_menu_marks_the_field_trials_area_current_on_its_pages(client, world):
    client.force_login(world.users["officer"])
    page = client.get(reverse("fieldtrials:fieldtrial_list")).content.decode()
    nav = page.split('id="navigation"', 1)[1].split("</ul>", 1)[0]
    current = nav.split('aria-current="page"', 1)[1].split("</a>", 1)[0]
    assert "Field trials" in current


def test_an_officers_home_page_shows_what_needs_them_this_week(client, world):
    MilestoneFactory(field_trial=world.coral, overdue=True)
    client.force_login(world.users["officer"])
    page = client.get(reverse("home")).content.decode()
    assert "Needs attention this week" in page
    overdue = page.split("with overdue milestones", 1)[0].rsplit("<a ", 1)[1]
    assert ">1 trial</span>" in overdue
    # The count links to the list filtered to exactly those trials.
    href = overdue.split('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    listed = client.get(href).content.decode()
    assert "Coral Trial" in listed and "Dune Trial" not in listed
    assert reverse("fieldtrials:pti_list") in page


def test_a_school_leaders_home_page_needs_attention_only_for_their_own_trials(client, world):
    # Once no panel at all; now a trial's team has one, of the trials they are members of
    # (not every trial they may read through a community), its links listing those only.
    client.force_login(world.users["leader"])
    page = client.get(reverse("home")).content.decode()
    assert "Needs attention this week" in page
    panel = page.split("Needs attention this week", 1)[1].split("</section>", 1)[0]
    links = re.findall(r'href="/field-trials/(\d+)/', panel)
    assert links and set(links) == {str(world.coral.pk)}


def test_the_project_page_sums_the_offer_its_trials_drew_on(client, world):
    # In the world, Coral drew once on obstacle removal and logged one session.
    for trial in (world.coral, world.dune, world.dune):
        OfferUseFactory(field_trial=trial, element="ideas_pool")
    SupportSessionFactory(field_trial=world.coral, hours=3)
    client.force_login(world.users["officer"])
    trials = reverse("programmes:project_trials", args=[world.amber.pk])
    page = client.get(trials).content.decode()
    section = page.split('id="incubation-offer"', 1)[1]
    cells = re.findall(
        r'<th scope="row"[^>]*>([^<]*)</th>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)</td>',
        section,
    )
    # Most drawn on first: the ideas pool (3 uses by 2 trials), then obstacle removal.
    assert cells[:2] == [
        ("Access to a wider ideas pool", "3", "2"),
        ("Obstacle removal (e.g. Power to Innovate)", "1", "1"),
    ]
    assert "5 hours in 2 sessions" in section


def test_an_officer_whose_projects_have_no_trials_yet_finds_an_empty_list(client, db):
    from accounts.models import Role
    from accounts.tests.factories import UserFactory
    from programmes.tests.factories import ProgrammeMembershipFactory

    officer = UserFactory()
    ProgrammeMembershipFactory(user=officer, role=Role.OFFICER)
    client.force_login(officer)
    assert "Field trials" in menu(client)
    page = client.get(reverse("fieldtrials:fieldtrial_list"))
    assert page.status_code == 200
    assert "No field trials yet." in page.content.decode()
