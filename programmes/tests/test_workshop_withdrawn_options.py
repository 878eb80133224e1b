"""A withdrawn workshop and the creative options it produced: its withdraw page names them,
and each still names the workshop, marked withdrawn, wherever it does (its page, the options
list, its filter and export)."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from programmes.models import CreativeOption, Workshop

MARKED = "Oak Workshop</a>, 1 May 2006 (withdrawn)"


def kit_url(action, pk):
    return reverse(f"records:{action}", kwargs={"app": "programmes", "kind": "workshop", "pk": pk})


def withdraw(client, workshop):
    response = client.post(
        kit_url("withdraw", workshop.pk), {"version": workshop.version, "reason": "Duplicate"}
    )
    assert response.status_code == 302
    workshop.refresh_from_db()


def test_the_withdraw_page_names_the_options_the_workshop_produced(world, client):
    oak = world.oak
    CreativeOption.objects.create(project=world.amber, title="Agate Option", workshop=oak)
    gone = CreativeOption.objects.create(project=world.amber, title="Slate Option", workshop=oak)
    CreativeOption.objects.filter(pk=gone.pk).update(withdrawn_at=timezone.now())
    client.force_login(world.users["officer"])
    page = client.get(kit_url("withdraw", oak.pk)).content.decode()
    assert (
        "It produced 2 creative options: they stay, and will say they came from a withdrawn "
        "workshop." in page
    )
    assert "<li>Agate Option</li><li>Jade Option</li>" in page
    assert "Slate Option" not in page  # withdrawn already: it no longer counts

    CreativeOption.objects.filter(pk__in=[world.jade.pk]).update(withdrawn_at=timezone.now())
    page = client.get(kit_url("withdraw", oak.pk)).content.decode()
    assert "It produced 1 creative option: it stays, and will say it came from" in page

    empty = Workshop.objects.create(
        project=world.amber, title="Quiet Workshop", kind="futures", held_on=oak.held_on
    )
    page = client.get(kit_url("withdraw", empty.pk)).content.decode()
    assert "It produced" not in page and "Withdraw this workshop" in page


@pytest.mark.parametrize("persona", ["officer", "partner"])
def test_an_option_says_its_workshop_is_withdrawn_and_links_to_its_page(world, client, persona):
    """Whoever reads an option reads its project's workshops, withdrawn ones too (their page
    says who withdrew them and why), so the name stays a link."""
    oak, jade = world.oak, world.jade
    client.force_login(world.users["officer"])
    option_page = reverse("programmes:option_detail", args=[jade.pk])
    named = f'<a class="govuk-link" href="{reverse("programmes:workshop_detail", args=[oak.pk])}">'
    assert "(withdrawn)" not in client.get(option_page).content.decode()
    withdraw(client, oak)

    client.force_login(world.users[persona])
    page = client.get(option_page).content.decode()
    assert named + MARKED in page
    workshop_page = client.get(reverse("programmes:workshop_detail", args=[oak.pk]))
    assert workshop_page.status_code == 200 and "Duplicate" in workshop_page.content.decode()


def test_the_options_list_its_filter_and_export_mark_the_withdrawn_workshop(world, client):
    client.force_login(world.users["officer"])
    options = reverse("programmes:option_list", args=[world.amber.pk])
    page = client.get(options).content.decode()
    assert "Oak Workshop, 1 May 2006</td>" in page and "withdrawn)" not in page
    withdraw(client, world.oak)

    page = client.get(options).content.decode()
    assert "Oak Workshop, 1 May 2006 (withdrawn)</td>" in page
    assert "Oak Workshop (1 May 2006, withdrawn)</option>" in page  # the filter's choice
    export = client.get(reverse("programmes:option_export", args=[world.amber.pk]))
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert [(r["Title"], r["Workshop"]) for r in rows] == [
        ("Jade Option", "Oak Workshop (withdrawn)")
    ]


def test_a_restored_workshop_is_no_longer_marked_on_its_options(world, client):
    client.force_login(world.users["officer"])
    withdraw(client, world.oak)
    response = client.post(kit_url("restore", world.oak.pk), {"reason": "Not a duplicate"})
    assert response.status_code == 302
    page = client.get(reverse("programmes:option_detail", args=[world.jade.pk])).content.decode()
    assert "Oak Workshop</a>, 1 May 2006" in page and "(withdrawn)" not in page
