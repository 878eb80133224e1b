import re

import pytest
from django.urls import reverse

from accounts.models import Event, Organisation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db


def test_a_person_changes_their_details_and_the_change_is_logged(client):
    user = UserFactory(full_name="Sam Lewis")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"), {"full_name": "Sam Lewis-Jones", "job_title": "Head"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.job_title) == ("Sam Lewis-Jones", "Head")
    event = Event.objects.get(verb="accounts.profile_updated")
    assert event.actor == user and event.target == user
    assert event.data["changed"] == ["full_name", "job_title"]
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "Your details have been saved" in page


def test_your_details_show_your_organisation_and_who_changes_it_with_no_box_for_it(client):
    school = OrganisationFactory(name="Meadow Lodge School")
    client.force_login(UserFactory(organisation=school))
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "Your organisation" in page and "Meadow Lodge School" in page
    assert (
        "It is set by whoever invited you, because it decides what you can do for your "
        "organisation here: ask your programme officer to change it." in page
    )
    assert 'name="organisation' not in page and "data-np-autocomplete" not in page
    client.force_login(UserFactory(organisation=None))
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "None given" in page


def post_details_naming(client, organisation):
    """A tampered "Your details": the organisation box the page used to have, sent back."""
    data = {"full_name": "Dev Shah", "job_title": "Teacher", "organisation": organisation.name}
    response = client.post(
        reverse("accounts:profile"), {**data, "organisation_choice": organisation.pk}
    )
    assert response.status_code == 302  # the name and job title are saved


def test_naming_a_local_authority_on_your_details_opens_none_of_its_exercises(client):
    from toolkit.tests.factories import ExerciseFactory

    hampshire = OrganisationFactory(name="Hampshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    exercise = ExerciseFactory(
        title="Hampshire: choosing our networking approach", local_authority=hampshire
    )
    school = OrganisationFactory(name="Kirklees 14-19 Partnership")
    person = UserFactory(organisation=school)
    client.force_login(person)
    post_details_naming(client, hampshire)
    person.refresh_from_db()
    assert person.organisation == school
    assert not Event.objects.filter(data__changed__contains="organisation").exists()
    assert client.get(reverse("toolkit:exercise_detail", args=[exercise.pk])).status_code == 404
    assert client.get(reverse("toolkit:exercise_results", args=[exercise.pk])).status_code == 404


def test_naming_a_trials_lead_organisation_on_your_details_does_not_make_you_its_lead(client):
    from accounts.models import Invitation
    from accounts.people import services

    lead = OrganisationFactory(name="Stevenage 14-19 Partnership")
    trial = FieldTrialFactory(lead_organisation=lead)
    officer = UserFactory(full_name="Olivia Okafor")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    theirs = services.invite(
        target=trial, email="deputy.head@stevenage.example", role="practitioner", actor=officer
    ).invitation
    school = OrganisationFactory(name="Meadow Lodge School")
    dev = UserFactory(full_name="Dev Shah", organisation=school)
    FieldTrialMembershipFactory(field_trial=trial, user=dev, role=Role.PRACTITIONER)
    client.force_login(dev)
    post_details_naming(client, lead)
    dev.refresh_from_db()
    assert dev.organisation == school
    invite = reverse("people:invite", args=["field-trial", trial.pk])
    assert client.get(invite).status_code == 403
    data = {"email": "friend@elsewhere.example", "role": "practitioner"}
    assert client.post(invite, data).status_code == 403
    # Nor may they withdraw or send again the officer's invitation.
    withdraw = reverse("people:invitation_withdraw", args=[theirs.pk])
    assert client.get(withdraw).status_code == 404
    assert client.post(withdraw, {}).status_code == 404
    resend = reverse("people:invitation_resend", args=[theirs.pk])
    assert client.post(resend, {}).status_code == 404
    assert list(Invitation.objects.values_list("email", "state")) == [
        ("deputy.head@stevenage.example", Invitation.State.PENDING)
    ]


def test_naming_another_agency_on_your_details_does_not_let_you_edit_its_contributions(client):
    from evaluation.tests.factories import PartnerContributionFactory
    from programmes.tests.factories import ProgrammeFactory

    ncsl = OrganisationFactory(name="NCSL", kind=Organisation.Kind.NATIONAL_AGENCY)
    tda = OrganisationFactory(name="TDA", kind=Organisation.Kind.NATIONAL_AGENCY)
    programme = ProgrammeFactory()
    partner = UserFactory(organisation=ncsl)
    ProgrammeMembershipFactory(programme=programme, user=partner, role=Role.PARTNER)
    contribution = PartnerContributionFactory(
        programme=programme, organisation=tda, what="Leadership training"
    )
    client.force_login(partner)
    post_details_naming(client, tda)
    partner.refresh_from_db()
    assert partner.organisation == ncsl
    edit = reverse("records:edit", args=["evaluation", "contribution", contribution.pk])
    assert client.get(edit).status_code == 403
    assert client.post(edit, {"what": "Taken over"}).status_code == 403
    contribution.refresh_from_db()
    assert contribution.what == "Leadership training"


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
    response = client.post(reverse("accounts:profile"), {"full_name": "", "job_title": "Deputy"})
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
    details = {"full_name": "Sam Lewis", "job_title": "Head"}
    response = client.post(reverse("accounts:profile"), details, follow=True)
    assert "Nothing was changed, so nothing was saved." in response.content.decode()
    assert not Event.objects.filter(verb="accounts.profile_updated").exists()
