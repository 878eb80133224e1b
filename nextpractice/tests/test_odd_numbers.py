"""Numbers and words a person (or a mangled link) may send that are not what a page expects:
each answered as if nothing, or with a message, never a 500. On PostgreSQL for the NUL."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from nextpractice.paging import whole_number

# "²" is a digit to str.isdigit() but not to int(); "--5" passed a check that stripped every
# minus; int() refuses to read 5,000 digits. Each answered 500 on every paged list.
ODD_PAGES = ["²", "--5", "9" * 5000, "１２", "٣"]


@pytest.mark.parametrize("text", ODD_PAGES)
def test_an_odd_page_number_is_no_number(text):
    assert whole_number(text) is None


def test_a_plain_page_number_is_read():
    assert [whole_number(t) for t in ("2", " 12 ", "-3", "0")] == [2, 12, -3, 0]


@pytest.mark.parametrize("odd", ODD_PAGES)
def test_paged_lists_and_search_show_the_first_page_for_an_odd_page_number(client, world, odd):
    client.force_login(world.users["officer"])
    for name, params in (
        ("fieldtrials:fieldtrial_list", {}),
        ("search:search", {"q": "trial"}),
        ("search:knowledge_base", {}),
    ):
        response = client.get(reverse(name), {**params, "page": odd})
        assert response.status_code == 200, name


def test_a_search_filtered_by_an_odd_programme_number_is_no_filter(client, world):
    client.force_login(world.users["officer"])
    response = client.get(reverse("search:search"), {"q": "trial", "programme": "²"})
    assert response.status_code == 200


def test_an_e_mail_address_too_long_to_be_one_is_refused_at_sign_in(client, db):
    # 260 characters reached django-axes' 255-character column: 500, from a public page.
    email = "a" * 248 + "@example.org"
    response = client.post(reverse("accounts:login"), {"username": email, "password": "x"})
    assert response.status_code == 400
    assert "must be 254 characters or fewer (it has 260)" in response.content.decode()
    assert not AccessAttempt.objects.exists()


def test_a_nul_in_the_tool_asked_for_starts_the_form_with_no_tool_chosen(client, world):
    client.force_login(world.users["leader"])
    response = client.get(reverse("toolkit:exercise_start"), {"tool": "delta\x00six"})
    assert response.status_code == 200


@pytest.mark.parametrize("odd", ["9" * 5000, "²"])
def test_a_tampered_id_among_a_trial_s_schools_is_refused_as_not_a_choice(client, world, odd):
    trial = world.coral
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]),
        {"title": trial.title, "version": "0", "participating": [odd]},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "is not one of the available choices" in body or "is not a valid value" in body


def test_a_refused_choice_is_quoted_without_its_nul(client, world):
    # "Select a valid choice. x\x00y is not one of the available choices" put the NUL raw
    # into the page.
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_status", args=[world.coral.pk])
    response = client.post(url, {"to_status": "x\x00y", "reason": ""})
    assert response.status_code == 400
    body = response.content.decode()
    assert "\x00" not in body and "Select a valid choice. xy is not one of" in body
