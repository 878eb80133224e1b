"""Handing a community of practice to a new convenor: who may, whom they may name, what a
wrong or out-of-date form is told, what the new convenor and the history say, and what a
community whose convenor has left asks of its officers."""

import re
from html import unescape

import pytest
from django.urls import reverse

from accounts.models import Event, Notification, NotificationKind, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import CommunityOfPractice
from fieldtrials.services.updates import ConvenorChanged, change_convenor
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.races import at_once
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory

MEMBERSHIP = NotificationKind.MEMBERSHIP


def change_url(community):
    return reverse("fieldtrials:convenor_change", args=[community.pk])


def search_url(community):
    return reverse("fieldtrials:convenor_search", args=[community.pk])


def detail_url(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


def text(response):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def choose(name, was):
    return {"convenor": name, "convenor_was": "" if was is None else was.pk}


@pytest.fixture
def rowan(world):
    return world.rowan  # Coral (Amber) and Quill (Beryl), both Quartz's; the officer convenes


def test_an_officer_hands_the_community_to_its_consultant_who_is_told_once(client, world, rowan):
    officer, consultant = world.users["officer"], world.users["consultant"]
    client.force_login(officer)
    page = client.get(detail_url(rowan))
    assert f'href="{change_url(rowan)}">Change the convenor</a>' in page.content.decode()
    form = client.get(change_url(rowan))
    assert "Officer Person convenes it now." in text(form)
    assert f'data-np-autocomplete="{search_url(rowan)}"' in form.content.decode()

    response = client.post(change_url(rowan), choose("Consultant Person", officer), follow=True)
    assert response.redirect_chain == [(detail_url(rowan), 302)]
    said = text(response)
    assert "Consultant Person now convenes ‘Rowan Community’, and has been told." in said
    assert "Convened by Consultant Person." in said
    assert (
        "Officer Person made Consultant Person the convenor of Rowan Community, in place of "
        "Officer Person" in said
    )
    rowan.refresh_from_db()
    assert rowan.convenor == consultant
    told = Notification.objects.get(recipient=consultant, kind=MEMBERSHIP)
    assert told.url == detail_url(rowan)
    assert "made you the convenor of the community of practice ‘Rowan Community’" in told.message
    assert not Notification.objects.filter(recipient=officer, kind=MEMBERSHIP).exists()  # theirs

    # Sent again (a second click, a retried post): refused as out of date, nobody told again.
    again = client.post(change_url(rowan), choose("Consultant Person", officer))
    assert again.status_code == 409
    assert Event.objects.filter(verb="fieldtrials.convenor_changed").count() == 1
    assert Notification.objects.filter(recipient=consultant, kind=MEMBERSHIP).count() == 1


def test_the_old_convenor_keeps_their_place_and_the_new_one_can_hand_it_back(client, world, rowan):
    """The consultant, convening, hands Rowan back: they still read it and are still among
    its members (Coral's consultant), but no longer change it: they are no officer."""
    officer, consultant = world.users["officer"], world.users["consultant"]
    change_convenor(
        community=rowan, new_convenor=consultant, convenor_was=officer.pk, actor=officer
    )
    client.force_login(consultant)
    assert "Change the convenor" in client.get(detail_url(rowan)).content.decode()
    response = client.post(change_url(rowan), choose("Officer Person", consultant))
    assert response.status_code == 302
    page = client.get(detail_url(rowan))
    assert page.status_code == 200
    members = text(page).split("Members", 1)[1]
    assert "Consultant Person (Consultant)" in members
    assert "Change the convenor" not in page.content.decode()
    assert client.get(change_url(rowan)).status_code == 403
    assert Notification.objects.filter(recipient=officer, kind=MEMBERSHIP).count() == 1


def test_the_old_convenor_is_told_once_when_someone_else_hands_the_community_on(
    client, world, rowan
):
    """An administrator hands Rowan from the officer to the consultant: the officer, who
    convened it, was told nothing."""
    officer, consultant = world.users["officer"], world.users["consultant"]
    client.force_login(world.users["admin"])
    client.post(change_url(rowan), choose("Consultant Person", officer))
    told = Notification.objects.get(recipient=officer, kind=MEMBERSHIP)
    assert told.message == (
        "Admin Person made Consultant Person the convenor of the community of practice "
        "‘Rowan Community’ in your place."
    )
    assert told.url == detail_url(rowan)  # they still read it, through Coral and Quill
    new = Notification.objects.get(recipient=consultant, kind=MEMBERSHIP)
    assert told.key == new.key  # both about the one change
    # Sent again: refused as out of date, and nobody told twice.
    client.post(change_url(rowan), choose("Consultant Person", officer))
    assert Notification.objects.filter(recipient=officer, kind=MEMBERSHIP).count() == 1

    # The consultant's account is switched off, and Rowan handed back: they are told nothing.
    consultant.is_active = False
    consultant.save(update_fields=["is_active"])
    assert client.post(change_url(rowan), choose("Officer Person", consultant)).status_code == 302
    assert Notification.objects.filter(recipient=consultant, kind=MEMBERSHIP).count() == 1
    assert Notification.objects.filter(recipient=officer, kind=MEMBERSHIP).count() == 2


def test_an_old_convenor_who_no_longer_reads_the_community_is_told_without_a_link(
    client, world, rowan
):
    """They left its trials: a link would lead them to a page not found."""
    gone = UserFactory(full_name="Gone Person")
    CommunityOfPractice.objects.filter(pk=rowan.pk).update(convenor=gone)
    client.force_login(world.users["admin"])
    assert client.post(change_url(rowan), choose("Consultant Person", gone)).status_code == 302
    told = Notification.objects.get(recipient=gone, kind=MEMBERSHIP)
    assert "the convenor of the community of practice ‘Rowan Community’ in your place" in (
        told.message
    )
    assert told.url == ""


@pytest.mark.parametrize(
    ("persona", "status"),
    [("consultant", 403), ("leader", 403), ("partner", 403), ("outsider", 404), ("onyx", 404)],
)
def test_only_its_convenor_its_trials_officers_and_administrators_change_it(
    client, world, rowan, persona, status
):
    """Coral's consultant, school leader and the project's partner read Rowan but may not
    name its convenor (403); the outsider and another programme's officer do not see it (404,
    as for a community that does not exist), nor whom it could be handed to."""
    if persona == "onyx":
        user = UserFactory(full_name="Onyx Officer")
        ProgrammeMembershipFactory(programme=world.onyx_programme, user=user, role=Role.OFFICER)
    else:
        user = world.users[persona]
    client.force_login(user)
    officer = world.users["officer"]
    assert client.get(change_url(rowan)).status_code == status
    assert (
        client.post(change_url(rowan), choose("Consultant Person", officer)).status_code == status
    )
    assert client.get(search_url(rowan), {"q": "Person"}).status_code == status
    rowan.refresh_from_db()
    assert rowan.convenor == officer
    assert not Event.objects.filter(verb="fieldtrials.convenor_changed").exists()
    if status == 403:
        assert "Change the convenor" not in client.get(detail_url(rowan)).content.decode()


def test_an_administrator_names_the_convenor(client, world, rowan):
    client.force_login(world.users["admin"])
    response = client.post(change_url(rowan), choose("Consultant Person", world.users["officer"]))
    assert response.status_code == 302
    rowan.refresh_from_db()
    assert rowan.convenor == world.users["consultant"]


def test_the_picker_offers_the_officers_and_consultants_of_its_trials_projects_only(
    client, world, rowan
):
    """Not the trials' school leaders or partners, not another programme's consultant, not
    someone whose account is switched off; and nothing until a name is typed."""
    onyx_consultant = UserFactory(full_name="Onyx Consultant Person")
    ProgrammeMembershipFactory(
        programme=world.onyx_programme, user=onyx_consultant, role=Role.CONSULTANT
    )
    beryl_consultant = UserFactory(full_name="Beryl Consultant Person")
    ProjectMembershipFactory(project=world.beryl, user=beryl_consultant, role=Role.CONSULTANT)
    gone = UserFactory(full_name="Gone Consultant Person", is_active=False)
    ProjectMembershipFactory(project=world.amber, user=gone, role=Role.CONSULTANT)
    client.force_login(world.users["officer"])
    found = client.get(search_url(rowan), {"q": "person"}).json()
    assert [r["label"] for r in found["results"]] == [
        "Beryl Consultant Person",
        "Consultant Person",
        "Officer Person",
    ]
    assert client.get(search_url(rowan)).json()["results"] == []
    # Typed without the picker, a name outside them is refused as no one who may be chosen.
    response = client.post(
        change_url(rowan), choose("Onyx Consultant Person", world.users["officer"])
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Enter the name of the new convenor"),
        (
            "Leader Person",
            "No officer or consultant of the community's trials is called ‘Leader Person’. "
            "Check the spelling",
        ),
        ("Officer Person", "Officer Person convenes it already: choose someone else"),
    ],
)
def test_a_wrong_choice_is_refused_beside_the_box_and_changes_nothing(
    client, world, rowan, typed, problem
):
    client.force_login(world.users["officer"])
    response = client.post(change_url(rowan), choose(typed, world.users["officer"]))
    assert response.status_code == 400
    body = response.content.decode()
    assert 'href="#id_convenor"' in body  # the error summary links to the box
    assert text(response).count(problem) == 2  # in the summary and beside the box
    assert f'value="{typed}"' in body  # what was typed is kept
    rowan.refresh_from_db()
    assert rowan.convenor == world.users["officer"]
    assert not Event.objects.filter(verb="fieldtrials.convenor_changed").exists()


def test_a_form_opened_before_someone_else_changed_the_convenor_is_refused(client, world, rowan):
    """The officer opens the form; meanwhile an administrator hands Rowan to the consultant.
    The officer's choice is refused, said so, and the form, shown again, is about the
    convenor it has now: sent again, it is kept."""
    officer, consultant = world.users["officer"], world.users["consultant"]
    second = UserFactory(full_name="Second Officer")
    ProgrammeMembershipFactory(programme=world.quartz, user=second, role=Role.OFFICER)
    client.force_login(officer)
    client.get(change_url(rowan))
    change_convenor(
        community=rowan,
        new_convenor=consultant,
        convenor_was=officer.pk,
        actor=world.users["admin"],
    )
    response = client.post(change_url(rowan), choose("Second Officer", officer))
    assert response.status_code == 409
    assert (
        "Someone else changed the convenor while you were choosing: it is now Consultant "
        "Person. Choose again if you still want to change it" in text(response)
    )
    assert f'name="convenor_was" value="{consultant.pk}"' in response.content.decode()
    rowan.refresh_from_db()
    assert rowan.convenor == consultant
    assert client.post(change_url(rowan), choose("Second Officer", consultant)).status_code == 302
    rowan.refresh_from_db()
    assert rowan.convenor == second


def test_a_switched_off_convenor_is_named_to_its_officers_with_the_way_to_replace_them(
    client, world, rowan
):
    officer = world.users["officer"]
    second = UserFactory(full_name="Second Officer")
    ProgrammeMembershipFactory(programme=world.quartz, user=second, role=Role.OFFICER)
    officer.is_active = False
    officer.save(update_fields=["is_active"])
    client.force_login(second)
    page = client.get(detail_url(rowan))
    assert "Its convenor, Officer Person, no longer signs in: choose a new convenor" in text(page)
    assert f'<a class="govuk-link" href="{change_url(rowan)}">choose a new convenor</a>' in (
        page.content.decode()
    )
    form = client.get(change_url(rowan))
    assert "Their account is switched off: they no longer sign in." in text(form)
    # Its readers who may not name another are not asked to.
    client.force_login(world.users["leader"])
    assert "no longer signs in" not in text(client.get(detail_url(rowan)))


@pytest.mark.django_db(transaction=True)
def test_two_changes_at_once_keep_one_and_refuse_the_other():
    from programmes.tests.factories import ProgrammeFactory, ProjectFactory

    programme = ProgrammeFactory()
    project = ProjectFactory(programme=programme)
    trial = FieldTrialFactory(project=project)
    first, second, a, b = (UserFactory() for _ in range(4))
    for officer in (first, second):
        ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    for consultant in (a, b):
        FieldTrialMembershipFactory(field_trial=trial, user=consultant, role=Role.CONSULTANT)
    community = CommunityOfPractice.objects.create(name="Race Convenors", convenor=first)
    community.field_trials.set([trial])
    calls = [
        lambda actor=actor, new=new: change_convenor(
            community=community, new_convenor=new, convenor_was=first.pk, actor=actor
        )
        for actor, new in ((first, a), (second, b))
    ]
    results, errors = at_once(calls)
    assert len(results) == 1, errors
    assert [type(e) for e in errors] == [ConvenorChanged], [repr(e) for e in errors]
    community.refresh_from_db()
    assert community.convenor == results[0].convenor
    assert Event.objects.filter(verb="fieldtrials.convenor_changed").count() == 1
    told = Notification.objects.filter(recipient__in=[a, b])
    assert [n.recipient for n in told] == [community.convenor]


@pytest.mark.parametrize("more", [1, 21])
def test_the_suggestions_cost_the_same_however_many_may_convene(
    client, world, rowan, more, django_assert_num_queries
):
    for n in range(more):
        consultant = UserFactory(full_name=f"Amber Consultant {n:02}")
        ProjectMembershipFactory(project=world.amber, user=consultant, role=Role.CONSULTANT)
    client.force_login(world.users["officer"])
    with django_assert_num_queries(5):  # the same for 1 and for 21 of them
        found = client.get(search_url(rowan), {"q": "amber"}).json()
    assert len(found["results"]) == min(more, 15)  # a page of suggestions
    assert found["has_next"] == (more > 15)


def test_a_tampered_form_is_refused_as_out_of_date_not_with_an_error_page(client, world, rowan):
    client.force_login(world.users["officer"])
    data = {
        "convenor": "Consultant Person",
        "convenor_choice": "99999999999999999999",
        "convenor_was": "99999999999999999999",
    }
    response = client.post(change_url(rowan), data)
    assert response.status_code == 409
    assert "Someone else changed the convenor while you were choosing" in text(response)
    rowan.refresh_from_db()
    assert rowan.convenor == world.users["officer"]
