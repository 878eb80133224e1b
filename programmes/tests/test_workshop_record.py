"""A workshop is a kept record (nextpractice/records): corrected with the stale-save guard,
withdrawn when options came from it, deleted by its author minutes after a mistake, told in
its page's history, and exported with its project's other workshops."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from programmes.forms.options import OptionForm
from programmes.models import Workshop


def url(action, pk):
    return reverse(f"records:{action}", kwargs={"app": "programmes", "kind": "workshop", "pk": pk})


@pytest.fixture
def officer(world, client):
    client.force_login(world.users["officer"])
    return world.users["officer"]


def edit(client, workshop, version, title):
    return client.post(
        url("edit", workshop.pk),
        {
            "version": version,
            "title": title,
            "kind": "futures",
            "held_on_0": "2",
            "held_on_1": "5",
            "held_on_2": "2006",
            "notes": "Year 10 students and a provocateur from Zopa.",
        },
    )


def test_an_officer_corrects_a_workshop_and_its_page_tells_the_change(world, client, officer):
    oak = world.oak
    page = client.get(reverse("programmes:workshop_detail", args=[oak.pk])).content.decode()
    assert url("edit", oak.pk) in page and url("withdraw", oak.pk) in page
    response = edit(client, oak, oak.version, "Oak Futures Workshop")
    assert response.status_code == 302
    oak.refresh_from_db()
    assert (oak.title, oak.kind, oak.held_on) == (
        "Oak Futures Workshop",
        "futures",
        datetime.date(2006, 5, 2),
    )
    page = client.get(reverse("programmes:workshop_detail", args=[oak.pk])).content.decode()
    assert "Officer Person changed the workshop" in page
    assert "Title: from Oak Workshop to Oak Futures Workshop" in page


def test_a_stale_save_of_a_workshop_is_refused_and_nothing_is_overwritten(world, client, officer):
    oak = world.oak
    seen = oak.version
    assert edit(client, oak, seen, "First correction").status_code == 302
    refused = edit(client, oak, seen, "Second, from an older page")
    assert refused.status_code == 409
    assert "First correction" in refused.content.decode()
    oak.refresh_from_db()
    assert oak.title == "First correction"


def test_a_workshop_options_came_from_is_withdrawn_not_deleted_and_stops_counting(
    world, client, officer
):
    oak = world.oak
    assert client.post(url("delete", oak.pk)).status_code == 409  # Jade came from it
    assert Workshop.objects.filter(pk=oak.pk).exists()
    response = client.post(url("withdraw", oak.pk), {"version": oak.version, "reason": "Duplicate"})
    assert response.status_code == 302
    oak.refresh_from_db()
    assert oak.is_withdrawn and oak.withdrawn_reason == "Duplicate"
    page = client.get(reverse("programmes:workshop_detail", args=[oak.pk])).content.decode()
    assert "Duplicate" in page and "Add an option from this workshop" not in page
    # A new option can no longer say it came from the withdrawn workshop.
    assert oak not in OptionForm(project=world.amber).fields["workshop"].queryset


def test_a_projects_workshops_export_with_their_kind_and_date(world, client, officer):
    export = reverse(
        "records:export",
        kwargs={"app": "programmes", "kind": "workshop", "pk": world.amber.pk, "fmt": "csv"},
    )
    rows = list(csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig"))))
    assert rows[0] == ["Title", "Kind", "Held on", "Notes", "Added on"]
    assert rows[1][:3] == ["Oak Workshop", "Creative workshop", "2006-05-01"]


def test_a_workshop_deleted_minutes_after_it_was_added_leads_back_to_the_workshops(
    world, client, officer
):
    """Deleting a workshop led to its own page, gone with it: "Page not found" under "The
    workshop is deleted"."""
    mistake = Workshop.objects.create(
        project=world.amber,
        title="Typed twice",
        kind="futures",
        held_on=datetime.date(2006, 5, 2),
        created_by=officer,
    )
    response = client.post(url("delete", mistake.pk), follow=True)
    assert response.status_code == 200
    path, _ = response.redirect_chain[-1]
    assert path == reverse("programmes:project_phase1", args=[world.amber.pk])  # not #workshops
    assert "The workshop is deleted." in response.content.decode()
    assert not Workshop.objects.filter(pk=mistake.pk).exists()
