"""A project keeps the stimuli it will use, saying why, and can stop using them."""

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from programmes.models import KeptStimulus, Stimulus
from programmes.selectors_horizon import kept_stimuli_for
from programmes.services.horizon import keep_stimulus, unkeep_stimulus
from programmes.tests.factories import ProjectFactory, ProjectMembershipFactory
from programmes.tests.factories_horizon import KeptStimulusFactory, StimulusFactory


def keep_url(project):
    return reverse("programmes:stimulus_keep", args=[project.pk])


def remove_url(kept):
    return reverse("programmes:kept_stimulus_remove", args=[kept.pk])


def test_an_officer_keeps_a_stimulus_for_the_project_with_why(client, world):
    zopa = StimulusFactory(zopa=True)
    client.force_login(world.users["officer"])
    form = client.get(keep_url(world.amber), {"stimulus": zopa.pk}).content.decode()
    assert f'<option value="{zopa.pk}" selected>Zopa</option>' in form
    # Ivy, which the project keeps already, is not offered again.
    assert "Ivy Stimulus" not in form and f'value="{world.ivy.pk}"' not in form

    response = client.post(
        keep_url(world.amber), {"stimulus": zopa.pk, "why": "Personalised learning."}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/projects/{world.amber.pk}/phase-1/"  # its banner focused
    kept = KeptStimulus.objects.get(project=world.amber, stimulus=zopa)
    assert kept.why == "Personalised learning." and kept.kept_by == world.users["officer"]
    event = Event.objects.get(verb="programmes.stimulus_kept")
    assert event.target == world.amber and event.data["stimulus"] == zopa.pk


def test_phase_1_offers_the_library_once_whether_or_not_stimuli_are_kept(client, world):
    client.force_login(world.users["officer"])
    url = reverse("programmes:project_phase1", args=[world.amber.pk])  # Amber keeps Ivy
    page = client.get(url).content.decode()
    scan = page.split('id="scan-horizon"')[1].split("</section>")[0]
    assert scan.count(">Browse the stimulus library</a>") == 1
    KeptStimulus.objects.filter(project=world.amber).delete()
    scan = client.get(url).content.decode().split('id="scan-horizon"')[1].split("</section>")[0]
    assert scan.count(">Browse the stimulus library</a>") == 1
    assert "Keep a stimulus for this project" in scan


def test_keeping_needs_a_stimulus_and_a_reason(client, world):
    client.force_login(world.users["officer"])
    response = client.post(keep_url(world.amber), {"stimulus": "", "why": " "})
    assert response.status_code == 400
    page = response.content.decode()
    assert "govuk-error-summary" in page
    assert 'id="id_stimulus_1_error"' in page and "Choose a stimulus" in page
    assert 'id="id_why_1_error"' in page and "Say why the project will use this stimulus" in page
    assert KeptStimulus.objects.count() == 1  # the world's own


def test_keeping_the_same_stimulus_twice_is_a_message_by_the_field_not_an_error_page(client, world):
    client.force_login(world.users["officer"])
    response = client.post(keep_url(world.amber), {"stimulus": world.ivy.pk, "why": "Again"})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="id_stimulus_1_error"' in page
    assert "Amber Project already uses this stimulus" in page
    assert "Again" in page  # what they typed is kept
    assert KeptStimulus.objects.filter(project=world.amber, stimulus=world.ivy).count() == 1
    assert not Event.objects.filter(verb="programmes.stimulus_kept").exists()


def test_a_second_keep_of_the_same_stimulus_is_refused_by_the_service(world):
    # Two submits that both got past the form: the unique constraint decides.
    officer = world.users["officer"]
    zopa = StimulusFactory(zopa=True)
    keep_stimulus(project=world.beryl, stimulus=zopa, why="First", actor=officer)
    with pytest.raises(ValidationError) as refused:
        keep_stimulus(project=world.beryl, stimulus=zopa, why="Second", actor=officer)
    assert "already uses this stimulus" in str(refused.value.message_dict["stimulus"])
    assert KeptStimulus.objects.get(project=world.beryl, stimulus=zopa).why == "First"
    assert Event.objects.filter(verb="programmes.stimulus_kept").count() == 1


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_partner_may_read_the_project_but_not_choose_its_stimuli(client, world, method):
    client.force_login(world.users["partner"])
    zopa = StimulusFactory(zopa=True)
    response = getattr(client, method)(keep_url(world.amber), {"stimulus": zopa.pk, "why": "x"})
    assert response.status_code == 403
    assert not KeptStimulus.objects.filter(stimulus=zopa).exists()


@pytest.mark.parametrize("persona", ["outsider", "leader", "consultant"])
def test_people_outside_the_project_get_not_found(client, world, persona):
    client.force_login(world.users[persona])
    assert client.get(keep_url(world.amber)).status_code == 404
    assert client.post(keep_url(world.amber), {"stimulus": world.ivy.pk}).status_code == 404
    assert client.get(remove_url(world.kept)).status_code == 404
    assert client.post(remove_url(world.kept)).status_code == 404
    assert KeptStimulus.objects.filter(pk=world.kept.pk).exists()


def test_an_officer_stops_using_a_stimulus_after_confirming(client, world):
    client.force_login(world.users["officer"])
    page = client.get(remove_url(world.kept)).content.decode()
    assert "Stop using this stimulus for Amber Project?" in page
    assert "Pine reason" in page
    response = client.post(remove_url(world.kept))
    assert response.status_code == 302
    assert response["Location"] == f"/projects/{world.amber.pk}/phase-1/"  # its banner focused
    assert not KeptStimulus.objects.filter(pk=world.kept.pk).exists()
    assert world.ivy.__class__.objects.filter(pk=world.ivy.pk).exists()  # still in the library
    event = Event.objects.get(verb="programmes.stimulus_unkept")
    assert event.target == world.amber and event.data["stimulus"] == world.ivy.pk


def test_stopping_twice_tells_the_history_once(world):
    # Two requests that both read the kept stimulus (two tabs): the second removes nothing.
    officer = world.users["officer"]
    unkeep_stimulus(kept=world.kept, actor=officer)
    unkeep_stimulus(kept=world.kept, actor=officer)
    assert Event.objects.filter(verb="programmes.stimulus_unkept").count() == 1


def test_a_partner_may_not_stop_the_project_using_a_stimulus(client, world):
    client.force_login(world.users["partner"])
    assert client.get(remove_url(world.kept)).status_code == 403
    assert client.post(remove_url(world.kept)).status_code == 403
    assert KeptStimulus.objects.filter(pk=world.kept.pk).exists()


# --- The list for the project page ---------------------------------------------------


def test_the_kept_list_shows_each_stimulus_with_why_and_a_stop_link_for_officers(world, rf):
    KeptStimulusFactory(
        project=world.amber, stimulus=StimulusFactory(zopa=True, tags=["money"]), why="Lending"
    )
    context = {"kept": kept_stimuli_for(world.amber), "project": world.amber}
    html = render_to_string("programmes/horizon/_kept_list.html", {**context, "can_change": True})
    assert html.index("Ivy Stimulus") < html.index("Zopa")
    assert world.ivy.get_absolute_url() in html
    assert "Pine reason" in html and "Lending" in html and "money" in html
    assert "What ideas does this stimulate" in html and "Healthcare" in html
    assert remove_url(world.kept) in html and "Stop using" in html
    html = render_to_string("programmes/horizon/_kept_list.html", {**context, "can_change": False})
    assert "Stop using" not in html and remove_url(world.kept) not in html


def test_the_kept_list_says_when_a_project_uses_no_stimuli(world):
    html = render_to_string(
        "programmes/horizon/_kept_list.html", {"kept": kept_stimuli_for(world.beryl)}
    )
    assert "does not use any stimuli yet" in html


@pytest.mark.parametrize("size", [5, 50])
def test_the_kept_list_costs_the_same_queries_for_5_and_50_stimuli(
    db, django_assert_num_queries, size
):
    project = ProjectFactory()
    for n in range(size):
        KeptStimulusFactory(project=project, stimulus=StimulusFactory(tags=[f"t{n}", "all"]))
    # kept stimuli with their stimulus, then their tags
    with django_assert_num_queries(2):
        html = render_to_string(
            "programmes/horizon/_kept_list.html",
            {"kept": kept_stimuli_for(project), "project": project, "can_change": True},
        )
    assert html.count('<h3 class="govuk-summary-card__title">') == size


@pytest.mark.parametrize("size", [5, 50])
def test_the_keep_page_costs_the_same_queries_for_5_and_50_stimuli_in_the_library(
    client, db, django_assert_num_queries, size
):
    officer = UserFactory()
    project = ProjectFactory()
    ProjectMembershipFactory(project=project, user=officer, role=Role.OFFICER)
    for stimulus in StimulusFactory.create_batch(size):
        KeptStimulusFactory(project=project, stimulus=stimulus)
    StimulusFactory.create_batch(size)
    client.force_login(officer)
    # session, user, memberships (may-change and the library check), unread count, project,
    # the stimuli not kept yet
    with django_assert_num_queries(6):
        response = client.get(keep_url(project))
    # Only those it does not keep yet, after "Choose a stimulus".
    assert response.content.decode().count("<option") == size + 1


def test_a_stimulus_missing_from_the_library_is_added_and_then_chosen(client, world):
    """Choosing a stimulus the library lacks: the page leads to adding it, and adding it
    leads back to choosing it, with it already picked."""
    client.force_login(world.users["officer"])
    create = f"{reverse('programmes:stimulus_create')}?project={world.amber.pk}"
    page = client.get(keep_url(world.amber)).content.decode()
    assert f'href="{create}">Add a stimulus to the library</a>' in page
    form = client.get(create).content.decode()
    assert f'href="{keep_url(world.amber)}">Cancel and go back</a>' in form

    response = client.post(
        create,
        {
            "title": "Bromley-by-Bow Healthy Living Centre",
            "sector": "healthcare",
            "country": "England",
            "summary": "A healthy living centre at the heart of its community.",
            "provocation": "What would an extended school with similar ambition look like?",
        },
    )
    assert response.status_code == 302
    added = Stimulus.objects.get(title="Bromley-by-Bow Healthy Living Centre")
    assert response["Location"] == f"{keep_url(world.amber)}?stimulus={added.pk}"
    page = client.get(response["Location"]).content.decode()
    assert f'<option value="{added.pk}" selected>' in page
    assert "Say why Amber Project will use it." in page
    assert not KeptStimulus.objects.filter(stimulus=added).exists()  # not until they say why


def test_adding_a_stimulus_for_a_project_they_cannot_see_is_not_found(client, world):
    client.force_login(world.users["officer"])
    other = ProjectFactory()  # another programme's: not theirs to choose for
    create = f"{reverse('programmes:stimulus_create')}?project={other.pk}"
    assert client.get(create).status_code == 404
    assert client.get(f"{reverse('programmes:stimulus_create')}?project=x").status_code == 404
