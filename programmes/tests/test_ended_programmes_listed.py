"""A programme whose end date has passed reads as ended wherever programmes are listed: a grey
"Ended" tag with the day on the home page and an organisation's page, "(ended …)" in the
pickers of the field trials, reports and search pages, and after the running ones on the
home page (a tester's finding: an ended programme looked like a running one in every list)."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def ended_tag(day):
    return (
        '<strong class="govuk-tag govuk-tag--grey">Ended</strong> <span class="govuk-body-s">'
        f"on {day.day} {day:%b %Y}</span>"
    )


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def agency():
    return OrganisationFactory(name="The Innovation Unit", kind="national_agency")


@pytest.fixture
def ended(agency, today):
    """Begun before the running one, so that by start date alone it would come first."""
    programme = ProgrammeFactory(
        name="Next Practice 2003-5",
        lead_organisation=agency,
        start_date=datetime.date(2003, 1, 6),
        end_date=today - DAY,
    )
    ProjectFactory(
        programme=programme, title="Learning Futures", closed_on=today - 3 * DAY,
        closed_note="Finished", stage="system_learning",
    )  # fmt: skip
    return programme


@pytest.fixture
def running(agency, today):
    return ProgrammeFactory(
        name="Next Practice 2026-9",
        lead_organisation=agency,
        start_date=today - 400 * DAY,
        end_date=today,  # its last day: it has not ended yet
    )


def member(programme_list, role=Role.OFFICER):
    user = UserFactory()
    for programme in programme_list:
        ProgrammeMembershipFactory(programme=programme, user=user, role=role)
    return user


def test_the_home_page_tags_an_ended_programme_and_lists_it_after_running_ones(
    client, ended, running, today
):
    open_ended = ProgrammeFactory(name="Knowsley Innovation Zone", start_date=today - 90 * DAY)
    client.force_login(member([ended, running, open_ended]))
    page = client.get(reverse("home")).text
    headings = re.findall(r'<h3 class="govuk-heading-s">(.*?)</h3>', page, re.S)
    names = [re.search(r">([^<]+)</a>", heading).group(1) for heading in headings]
    assert names == ["Next Practice 2026-9", "Knowsley Innovation Zone", "Next Practice 2003-5"]
    assert ended_tag(today - DAY) in headings[2]
    assert "Ended" not in headings[0] and "Ended" not in headings[1]
    assert page.count('govuk-tag--grey">Ended') == 1
    assert f"from January 2003 to {today - DAY:%B %Y}" in page
    # Its project still reads as closed under it.
    assert "Learning Futures" in page


def test_a_partners_programmes_say_which_has_ended_after_the_running_ones(
    client, ended, running, today
):
    client.force_login(member([ended, running], role=Role.PARTNER))
    page = client.get(reverse("home")).text
    section = page[page.index('id="partnered"') :]
    assert section.index("Next Practice 2026-9") < section.index("Next Practice 2003-5")
    row = section[section.index("Next Practice 2003-5") :]
    row = row[: row.index("</th>")]
    assert ended_tag(today - DAY) in row
    assert section.count('govuk-tag--grey">Ended') == 1


def test_an_organisations_page_tags_the_programme_it_led_that_has_ended(
    client, ended, running, agency, today
):
    client.force_login(member([ended, running]))
    page = client.get(reverse("directory:organisation_detail", args=[agency.pk])).text
    item = page[page.index(ended.get_absolute_url()) :]
    assert ended_tag(today - DAY) in item[: item.index("</li>")]
    item = page[page.index(running.get_absolute_url()) :]
    assert "Ended" not in item[: item.index("</li>")]


@pytest.mark.parametrize(
    "url", ["fieldtrials:fieldtrial_list", "reports:report_list", "search:search"]
)
def test_the_programme_pickers_say_which_has_ended(client, ended, running, today, url):
    client.force_login(member([ended, running]))
    page = client.get(reverse(url)).text
    day = today - DAY
    assert (
        f'<option value="{ended.pk}">Next Practice 2003-5 (ended {day.day} {day:%b %Y})</option>'
        in (page)
    )
    assert f'<option value="{running.pk}">Next Practice 2026-9</option>' in page
