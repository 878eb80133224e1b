"""Adding a person to a project by e-mail address."""

from django.urls import reverse


def test_an_address_longer_than_any_e_mail_address_is_refused_with_a_message(client, world):
    # SQLite refused the search for it ("LIKE or GLOB pattern too complex"): a server error.
    client.force_login(world.users["officer"])
    url = reverse("programmes:project_members", args=[world.amber.pk])
    response = client.post(url, {"email": "a" * 60_000 + "@example.org", "role": "partner"})
    assert response.status_code == 400
    assert "An e-mail address is at most 254 characters" in response.content.decode()
