"""Search finds the toolkit's tools by their names and purposes, for whoever reads the
toolkit (anyone who belongs to some work), and links to the tool's page."""

import pytest
from django.urls import reverse

from toolkit.loading import DEFAULT_DIRECTORY, load_directory

pytestmark = pytest.mark.django_db


def search(client, user, **params):
    client.force_login(user)
    return client.get(reverse("search:search"), params).content.decode()


def test_a_school_leader_finds_the_landing_pad_by_its_name_and_opens_it(client, world):
    load_directory(DEFAULT_DIRECTORY)
    link = f'href="{reverse("toolkit:tool_detail", args=["landing-pad"])}"'
    body = search(client, world.users["leader"], q="landing pad")
    assert "Toolkit tools" in body and link in body
    # Found by its subtitle too, on its own kind's page.
    body = search(client, world.users["leader"], q="constructive dialogue", kind="tools")
    assert link in body


def test_someone_in_no_work_finds_no_tool(client, world):
    load_directory(DEFAULT_DIRECTORY)
    body = search(client, world.users["outsider"], q="landing pad")
    assert reverse("toolkit:tool_detail", args=["landing-pad"]) not in body
