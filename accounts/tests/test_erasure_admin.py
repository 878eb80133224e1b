"""Django's admin never deletes a person: deleting left their name and sign-ins in other
tables (or failed on what they wrote). Their page points to the erasure instead."""

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from discussions.tests.factories import PostFactory

pytestmark = pytest.mark.django_db

SAID = "To erase this person’s details, use"


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(full_name="Ada Admin", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def her():
    person = UserFactory(full_name="Wilhelmina Tarrant", email="wil@school.example")
    PostFactory(author=person)
    return person


def test_her_page_offers_no_delete_and_points_to_the_erasure(admin_client, her):
    page = admin_client.get(reverse("admin:accounts_user_change", args=[her.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert SAID in text
    assert f'href="{reverse("accounts:person_erase", args=[her.pk])}"' in text
    assert reverse("admin:accounts_user_delete", args=[her.pk]) not in text


def test_the_delete_page_is_refused_and_she_stays(admin_client, her):
    url = reverse("admin:accounts_user_delete", args=[her.pk])
    assert admin_client.get(url).status_code == 403
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert User.objects.filter(pk=her.pk, full_name="Wilhelmina Tarrant").exists()


def test_the_list_has_no_delete_selected_and_posting_it_deletes_nobody(admin_client, her):
    url = reverse("admin:accounts_user_changelist")
    page = admin_client.get(url)
    assert page.status_code == 200
    assert 'value="delete_selected"' not in page.content.decode()
    answer = admin_client.post(
        url, {"action": "delete_selected", "_selected_action": [her.pk], "post": "yes"}
    )
    assert answer.status_code in (200, 302)
    assert User.objects.filter(pk=her.pk).exists()


def test_her_own_page_says_why_she_may_not_erase_herself(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    page = client.get(reverse("admin:accounts_user_change", args=[admin.pk]))
    text = page.content.decode()
    assert "You cannot erase your own details: ask another administrator to." in text
    assert SAID not in text


def test_an_erased_persons_page_says_so(admin_client, her):
    from accounts.erasure import erase_person

    erase_person(person=her, actor=User.objects.get(full_name="Ada Admin"))
    page = admin_client.get(reverse("admin:accounts_user_change", args=[her.pk]))
    assert "This person’s details are erased." in page.content.decode()
