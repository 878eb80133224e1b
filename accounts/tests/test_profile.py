import re

import pytest
from django.urls import reverse

from accounts.models import Event
from accounts.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_person_changes_their_details_and_the_change_is_logged(client):
    user = UserFactory(full_name="Sam Lewis")
    school = OrganisationFactory(name="Bridgemary College")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        {"full_name": "Sam Lewis-Jones", "job_title": "Head", "organisation": school.name},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.full_name == "Sam Lewis-Jones"
    assert (user.job_title, user.organisation) == ("Head", school)
    event = Event.objects.get(verb="accounts.profile_updated")
    assert event.actor == user and event.target == user
    assert event.data["changed"] == ["full_name", "job_title", "organisation"]
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "Your details have been saved" in page


def test_a_name_loses_the_characters_that_turn_text_round(client):
    # "Sam<U+202E>sdrawkcab" shows as "Sambackwards": a name that spoofs another.
    user = UserFactory(full_name="Sam Lewis")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        {"full_name": "\u200fSam\u202e Lewis\u2066\u202c", "job_title": "He\u200ead"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.job_title) == ("Sam Lewis", "Head")


def test_a_password_keeps_every_character_typed(client):
    from accounts.forms import PasswordChangeForm

    user = UserFactory()
    new = "\u202egreen-tunnel-kettle\u200e"
    form = PasswordChangeForm(
        user, {"old_password": "correct horse battery", "new_password1": new, "new_password2": new}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["new_password1"] == new


def test_a_browser_may_fill_in_the_persons_own_name_and_job_title(client):
    client.force_login(UserFactory())
    page = client.get(reverse("accounts:profile")).content.decode()
    full_name = re.search(r'<input[^>]*name="full_name"[^>]*>', page).group(0)
    job_title = re.search(r'<input[^>]*name="job_title"[^>]*>', page).group(0)
    assert 'autocomplete="name"' in full_name
    assert 'autocomplete="organization-title"' in job_title


def test_an_empty_name_is_refused_next_to_the_field_and_nothing_is_saved(client):
    user = UserFactory(full_name="Sam Lewis", job_title="Head")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"), {"full_name": "", "job_title": "Deputy", "organisation": ""}
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in body
    assert 'href="#id_full_name"' in body  # the summary links to the field
    assert 'value="Deputy"' in body  # what they typed is kept
    user.refresh_from_db()
    assert (user.full_name, user.job_title) == ("Sam Lewis", "Head")
    assert not Event.objects.exists()


def test_saving_ones_details_unchanged_writes_nothing_and_says_so(client):
    school = OrganisationFactory(name="Bridgemary College")
    user = UserFactory(full_name="Sam Lewis", job_title="Head", organisation=school)
    client.force_login(user)
    details = {"full_name": "Sam Lewis", "job_title": "Head", "organisation": school.name}
    response = client.post(reverse("accounts:profile"), details, follow=True)
    assert "Nothing was changed, so nothing was saved." in response.content.decode()
    assert not Event.objects.filter(verb="accounts.profile_updated").exists()
