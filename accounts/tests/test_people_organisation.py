"""A member's organisation, set from a team's People page by those who manage the team: it
gives rights (a trial's lead, an authority's exercises, an agency's contributions), so
nobody sets their own, and a trial's lead sets nobody's."""

import pytest
from django.urls import reverse

from accounts.models import Event, Notification, Organisation, Role
from accounts.people import services
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.history import sentence
from nextpractice.testing.races import at_once
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trial():
    lead = OrganisationFactory(name="Stevenage 14-19 Partnership")
    return FieldTrialFactory(title="Larch Trial", lead_organisation=lead)


@pytest.fixture
def officer(trial):
    person = UserFactory(full_name="Olivia Okafor")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=person, role=Role.OFFICER)
    return person


@pytest.fixture
def dev(trial):
    school = OrganisationFactory(name="Meadow Lodge School")
    person = UserFactory(full_name="Dev Shah", organisation=school)
    FieldTrialMembershipFactory(field_trial=trial, user=person, role=Role.PRACTITIONER)
    return person


def page_of(trial, person):
    return reverse("people:change_organisation", args=["field-trial", trial.pk, person.pk])


def people_of(trial):
    return reverse("people:people", args=["field-trial", trial.pk])


def test_an_officer_changes_a_members_organisation_from_the_people_page(
    client, trial, officer, dev, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    people = client.get(people_of(trial)).content.decode()
    assert page_of(trial, dev) in people
    assert 'Change organisation<span class="govuk-visually-hidden"> of Dev Shah' in people
    form = client.get(page_of(trial, dev)).content.decode()
    assert "Change the organisation of Dev Shah" in form
    assert "Their organisation now: Meadow Lodge School." in form
    assert 'value="Meadow Lodge School"' in form  # the box starts with it
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page_of(trial, dev), {"organisation": "Stevenage 14-19"})
    assert response.status_code == 302 and response["Location"] == people_of(trial)
    page = client.get(people_of(trial)).content.decode()
    assert "Dev Shah&#x27;s organisation is now Stevenage 14-19 Partnership." in page
    dev.refresh_from_db()
    assert dev.organisation == trial.lead_organisation
    # In the trial's history as a role change is, and Dev is told.
    event = Event.objects.get(verb="fieldtrials.member_organisation_changed")
    assert event.actor == officer and event.field_trial_id == trial.pk
    assert sentence(event) == (
        "changed Dev Shah's organisation from Meadow Lodge School to Stevenage 14-19 Partnership."
    )
    told = Notification.objects.get(recipient=dev, kind="membership")
    assert told.message == (
        "Olivia Okafor set your organisation to Stevenage 14-19 Partnership: it decides what "
        "you can do for an organisation here. If it is wrong, ask Olivia Okafor."
    )
    assert told.url == reverse("accounts:profile")
    # Set by the officer, it gives its rights: Dev now leads the trial and invites.
    client.force_login(dev)
    assert client.get(reverse("people:invite", args=["field-trial", trial.pk])).status_code == 200
    details = client.get(reverse("accounts:profile")).content.decode()
    assert "Stevenage 14-19 Partnership" in details


def test_saving_the_same_organisation_or_none_says_what_happened(client, trial, officer, dev):
    client.force_login(officer)
    response = client.post(page_of(trial, dev), {"organisation": "Meadow Lodge School"})
    page = client.get(response["Location"]).content.decode()
    assert (
        "Dev Shah&#x27;s organisation is already Meadow Lodge School: nothing was changed." in page
    )
    assert not Event.objects.filter(verb="fieldtrials.member_organisation_changed").exists()
    response = client.post(page_of(trial, dev), {"organisation": ""})
    page = client.get(response["Location"]).content.decode()
    assert "Dev Shah&#x27;s details no longer name an organisation." in page
    dev.refresh_from_db()
    assert dev.organisation is None
    event = Event.objects.get(verb="fieldtrials.member_organisation_changed")
    assert (
        sentence(event) == "took Meadow Lodge School off Dev Shah's details as their organisation."
    )


def test_a_trial_lead_may_not_change_anyones_organisation(client, trial, dev):
    lead = UserFactory(full_name="Lee Lead", organisation=trial.lead_organisation)
    FieldTrialMembershipFactory(field_trial=trial, user=lead, role=Role.PRACTITIONER)
    client.force_login(lead)
    assert client.get(reverse("people:invite", args=["field-trial", trial.pk])).status_code == 200
    people = client.get(people_of(trial)).content.decode()
    assert "Change organisation" not in people
    for person in (dev, lead):
        assert client.get(page_of(trial, person)).status_code == 403
        posted = client.post(page_of(trial, person), {"organisation": "Meadow Lodge School"})
        assert posted.status_code == 403
    lead.refresh_from_db()
    dev.refresh_from_db()
    assert lead.organisation == trial.lead_organisation
    assert dev.organisation.name == "Meadow Lodge School"
    assert not Event.objects.filter(verb__endswith="member_organisation_changed").exists()
    with pytest.raises(services.PermissionDenied):
        services.change_organisation(target=trial, user=dev, organisation=None, actor=lead)


def test_an_officer_may_not_change_their_own_organisation_there(client, trial, officer):
    hampshire = OrganisationFactory(name="Hampshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    programme = trial.project.programme
    url = reverse("people:change_organisation", args=["programme", programme.pk, officer.pk])
    client.force_login(officer)
    people = client.get(reverse("people:people", args=["programme", programme.pk]))
    assert url not in people.content.decode()
    refused = client.get(url)
    assert refused.status_code == 403
    assert "you cannot change your own" in refused.content.decode()
    assert client.post(url, {"organisation": "Hampshire"}).status_code == 403
    officer.refresh_from_db()
    assert officer.organisation is None
    with pytest.raises(services.PermissionDenied):
        services.change_organisation(
            target=programme, user=officer, organisation=hampshire, actor=officer
        )
    assert not Event.objects.filter(verb__endswith="member_organisation_changed").exists()


def test_someone_no_longer_a_member_is_said_to_be_so_and_nothing_changes(trial, officer, dev):
    from fieldtrials.models import FieldTrialMembership

    FieldTrialMembership.objects.filter(user=dev).delete()
    with pytest.raises(services.TeamChangeRefused, match="no longer a member of Larch Trial"):
        services.change_organisation(target=trial, user=dev, organisation=None, actor=officer)
    dev.refresh_from_db()
    assert dev.organisation.name == "Meadow Lodge School"


def test_not_while_the_trials_project_is_withdrawn(client, trial, officer, dev):
    from fieldtrials.models import FieldTrial
    from programmes.services.lifecycle import ProjectWithdrawn, withdraw_project

    FieldTrial.objects.filter(pk=trial.pk).update(status=FieldTrial.Status.WITHDRAWN)
    withdraw_project(project=trial.project, actor=officer, reason="Added twice")
    trial.refresh_from_db()
    client.force_login(officer)
    assert "Change organisation" not in client.get(people_of(trial)).content.decode()
    response = client.post(page_of(trial, dev), {"organisation": "Stevenage 14-19"})
    assert response.status_code == 409
    assert "Nothing has been changed." in response.content.decode()
    with pytest.raises(ProjectWithdrawn):
        services.change_organisation(target=trial, user=dev, organisation=None, actor=officer)
    dev.refresh_from_db()
    assert dev.organisation.name == "Meadow Lodge School"


@pytest.mark.django_db(transaction=True)
def test_the_same_change_sent_twice_at_once_is_made_logged_and_told_once(trial, officer, dev):
    """Run on PostgreSQL (CI): the second waits on the locks the first holds, then finds the
    organisation already set."""
    from accounts.models import User

    lead = trial.lead_organisation

    def change():
        stale = User.objects.get(pk=dev.pk)
        return services.change_organisation(
            target=trial, user=stale, organisation=lead, actor=officer
        )

    results, errors = at_once([change, change])
    assert not errors, errors
    assert sorted(r.changed for r in results) == [False, True]
    assert Event.objects.filter(verb="fieldtrials.member_organisation_changed").count() == 1
    assert Notification.objects.filter(recipient=dev, kind="membership").count() == 1
    dev.refresh_from_db()
    assert dev.organisation == lead
