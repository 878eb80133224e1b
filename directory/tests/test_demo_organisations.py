"""After `load_demo`, organisation pages read true for each role: a school's page lists its
trial and the colleagues on its team, and the partner agency's page its project and what
it took up."""

import pytest
from django.urls import reverse

from accounts.models import Organisation, User
from nextpractice.testing.demo import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    load_demo()


def read(client, email, name):
    client.force_login(User.objects.get(email=email))
    organisation = Organisation.objects.get(name=name)
    response = client.get(reverse("directory:organisation_detail", args=[organisation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_demo_s_schools_and_agency_show_their_work_and_people(client, demo):
    body = read(client, "officer@example.org", "Bridgemary College")
    assert "Bridgemary College: a flexible day" in body and "Leads it" in body
    assert "Helen Fry</a>, Teacher of humanities, Bridgemary College" in body
    body = read(client, "leader@example.org", "Stevenage FE College")
    assert "Ruth Ellis</a>, Principal, Stevenage FE College" in body
    assert "Stevenage: A Learning Town" in body and "Takes part" in body
    body = read(client, "partner@example.org", "National College for School Leadership (NCSL)")
    assert "Partner agency of this project in" in body and "System Leadership" in body
    assert "What it has taken up" in body
    body = read(client, "officer@example.org", "Hertfordshire")
    assert "In its area" in body and "Stevenage FE College" in body


def test_the_administrator_s_register_import_is_done_and_they_were_told(client, demo):
    from directory.models import OrganisationImport

    item = OrganisationImport.objects.get()
    assert item.state == OrganisationImport.State.DONE
    assert item.counts["changed"] == 10 and item.problem_count == 0
    assert Organisation.objects.get(name="Stevenage FE College").urn == "990001"
    client.force_login(User.objects.get(email="admin@example.org"))
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert (
        "Your import of “edubasealldata20060821.csv” has finished: 0 organisations added, "
        "10 changed, no problems." in page
    )
    url = reverse("directory:import_detail", args=[item.pk])
    assert f'href="{url}"' in page
    assert client.get(url).status_code == 200
