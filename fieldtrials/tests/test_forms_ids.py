"""Choosing trials, organisations or domains by id: an id no database holds is a field
error, never a server error (SQLite, where `make run` keeps its data, raised OverflowError)."""

import pytest
from django.urls import reverse

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "name, key, data",
    [
        ("fieldtrials:community_create", None, {"name": "Ash Community", "field_trials": [HUGE]}),
        ("fieldtrials:community_edit_trials", "rowan", {"field_trials": [HUGE]}),
        ("fieldtrials:meeting_create", "rowan", {"held_on": "1/3/2007", "attended_by": [HUGE]}),
    ],
)
def test_a_trial_id_too_big_for_the_database_is_refused_with_a_message(
    world, client, name, key, data
):
    client.force_login(world.users["officer"])
    url = reverse(name, kwargs={"pk": world.objects[key].pk} if key else {})
    response = client.post(url, data)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.parametrize("field", ["participating", "domains"])
def test_trial_details_refuse_an_id_too_big_for_the_database(world, client, field):
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_edit", kwargs={"pk": world.coral.pk})
    data = {"title": "Coral Trial", "version": world.coral.version, field: [HUGE]}
    response = client.post(url, data)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
