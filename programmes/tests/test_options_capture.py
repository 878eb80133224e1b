import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import Event
from programmes.models import CreativeOption
from programmes.services.options import capture_option
from programmes.tests.factories import ProjectFactory
from programmes.tests.factories_options import (
    KeptStimulusFactory,
    OptionFactory,
    StimulusFactory,
    WorkshopFactory,
    officer_of,
    partner_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    return ProjectFactory()


def test_an_officer_captures_an_option_from_a_workshop_and_the_stimuli_that_provoked_it(
    client, project
):
    officer = officer_of(project)
    workshop = WorkshopFactory(project=project)
    kept = KeptStimulusFactory(project=project, stimulus__title="Zopa").stimulus
    client.force_login(officer)
    response = client.post(
        reverse("programmes:option_create", args=[project.pk]),
        {
            "title": "Learning Exchange",
            "description": "Students lend and borrow learning from each other.",
            "proposed_by": "Year 10 students",
            "workshop": workshop.pk,
            "stimuli": [kept.pk],
            "burning_platform": "",
        },
    )
    option = CreativeOption.objects.get()
    assert response.status_code == 302 and response["Location"] == option.get_absolute_url()
    assert option.workshop == workshop and list(option.stimuli.all()) == [kept]
    assert option.status == "proposed" and option.created_by == officer
    assert Event.objects.get(verb="programmes.option_captured").target == option


def test_the_form_offers_only_the_stimuli_the_project_keeps_with_their_provocation(client, project):
    KeptStimulusFactory(project=project, stimulus__title="Kept One", stimulus__provocation="Why?")
    StimulusFactory(title="Library Only")
    client.force_login(officer_of(project))
    page = client.get(reverse("programmes:option_create", args=[project.pk])).content.decode()
    assert "Kept One" in page and "Why?" in page
    assert "Library Only" not in page


def test_a_project_with_no_kept_stimuli_says_so(client, project):
    client.force_login(officer_of(project))
    page = client.get(reverse("programmes:option_create", args=[project.pk])).content.decode()
    assert "this project has not kept any stimuli" in page


def test_a_duplicate_title_is_a_field_error_not_a_crash(client, project):
    OptionFactory(project=project, title="Learning Exchange")
    client.force_login(officer_of(project))
    response = client.post(
        reverse("programmes:option_create", args=[project.pk]),
        {"title": "learning exchange", "description": "Again."},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "This project already has an option with this title" in page
    assert 'href="#id_title"' in page
    assert CreativeOption.objects.count() == 1


def test_another_projects_workshop_or_an_unkept_stimulus_is_refused(client, project):
    other = WorkshopFactory()
    stimulus = StimulusFactory()
    client.force_login(officer_of(project))
    response = client.post(
        reverse("programmes:option_create", args=[project.pk]),
        {"title": "T", "description": "D", "workshop": other.pk, "stimuli": [stimulus.pk]},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Choose one of this project&#x27;s workshops" in page
    assert "Choose from the stimuli this project keeps" in page
    assert not CreativeOption.objects.exists()


def test_the_service_refuses_a_stimulus_the_project_does_not_keep(project):
    officer = officer_of(project)
    with pytest.raises(ValidationError) as refused:
        capture_option(
            project=project,
            actor=officer,
            title="T",
            description="D",
            stimuli=[StimulusFactory()],
        )
    assert "stimuli" in refused.value.message_dict


def test_missing_title_and_description_are_reported(client, project):
    client.force_login(officer_of(project))
    response = client.post(reverse("programmes:option_create", args=[project.pk]), {})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Enter a title for the option" in page and "Describe the idea" in page


def test_a_partner_may_not_add_an_option(client, project):
    client.force_login(partner_of(project))
    response = client.post(
        reverse("programmes:option_create", args=[project.pk]), {"title": "T", "description": "D"}
    )
    assert response.status_code == 403
    assert not CreativeOption.objects.exists()


def test_an_option_renamed_to_anothers_title_is_told_so_beside_the_title(client, project):
    OptionFactory(project=project, title="Learning Exchange")
    option = OptionFactory(project=project, title="Open Classrooms")
    client.force_login(officer_of(project))
    response = client.post(
        reverse("records:edit", kwargs={"app": "programmes", "kind": "option", "pk": option.pk}),
        {
            "title": " learning EXCHANGE ",
            "description": option.description,
            "version": option.version,
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "This project already has an option with this title" in page
    assert 'href="#id_title"' in page and "Constraint" not in page
    option.refresh_from_db()
    assert option.title == "Open Classrooms"


def test_a_withdrawn_options_title_may_be_used_again(project):
    from nextpractice.records.services import withdraw_record
    from programmes.kinds import RECORD_KINDS

    officer = officer_of(project)
    first = capture_option(
        project=project, actor=officer, title="Learning Exchange", description="."
    )
    kind = next(k for k in RECORD_KINDS if k.slug == "option")
    withdraw_record(kind=kind, record=first, actor=officer, reason="Captured twice")
    again = capture_option(
        project=project, actor=officer, title="Learning Exchange", description="."
    )
    assert again.pk != first.pk and not again.is_withdrawn


def test_an_option_saved_between_the_check_and_the_save_is_told_so_beside_the_title(project):
    # The race replayed in order: this option is checked, then another request saves one of
    # the same title, then this one is saved. The database refuses it, and the person is told
    # why in the title's words, not the constraint's.
    from nextpractice.records.services import save_checked

    option = CreativeOption(project=project, title="Learning Exchange", description=".")
    option.full_clean()
    OptionFactory(project=project, title="Learning Exchange")
    with pytest.raises(ValidationError) as refused:
        save_checked(option)
    assert refused.value.message_dict == {
        "title": ["This project already has an option with this title: give this one another"]
    }
    assert CreativeOption.objects.filter(project=project).count() == 1
    # and had the constraint been asked first, it says the same words
    with pytest.raises(ValidationError) as told:
        option.validate_constraints()
    assert told.value.messages == [
        "This project already has an option with this title: give this one another"
    ]
