"""Adding and changing stimuli: validation, tags, events and edits that cross."""

import pytest
from django.urls import reverse

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from programmes.models import Sector, Stimulus, StimulusTag
from programmes.services.horizon import stimulus_version, update_stimulus
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory
from programmes.tests.factories_horizon import StimulusFactory

CREATE = reverse("programmes:stimulus_create")


def officer():
    user = UserFactory()
    ProgrammeMembershipFactory(user=user, role=Role.OFFICER)
    return user


@pytest.fixture
def signed_in(client, db):
    client.force_login(officer())
    return client


def stimulus_data(**overrides):
    return {
        "title": "Bromley-by-Bow Healthy Living Centre",
        "sector": "healthcare",
        "sector_other": "",
        "country": "England",
        "summary": "A healthy living centre at the heart of its community.",
        "source_url": "https://www.bbbc.org.uk/",
        "provocation": "What would an extended school with similar ambition look like?",
        "contacts": "The centre's director",
        "tags": "",
        **overrides,
    }


def edit_data(stimulus, **overrides):
    """What the edit form would send back unchanged, with `overrides` typed in."""
    data = stimulus_data(
        title=stimulus.title,
        sector=stimulus.sector,
        sector_other=stimulus.sector_other,
        country=stimulus.country,
        summary=stimulus.summary,
        source_url=stimulus.source_url,
        provocation=stimulus.provocation,
        contacts=stimulus.contacts,
        tags=", ".join(t.name for t in stimulus.tags.all()),
        based_on=stimulus_version(stimulus),
    )
    data.update(overrides)
    return data


def edit_url(stimulus):
    return reverse("programmes:stimulus_edit", args=[stimulus.pk])


# --- Adding --------------------------------------------------------------------------


def test_an_officer_adds_a_stimulus_with_tidy_tags_and_it_is_logged(signed_in):
    data = stimulus_data(tags="  Extended   Schools, health,HEALTH , , community ")
    response = signed_in.get(CREATE)
    assert response.status_code == 200 and "Add a stimulus" in response.content.decode()
    response = signed_in.post(CREATE, data)
    stimulus = Stimulus.objects.get()
    assert response.status_code == 302 and response["Location"] == stimulus.get_absolute_url()
    assert stimulus.provocation == data["provocation"]
    assert sorted(t.name for t in stimulus.tags.all()) == [
        "community",
        "extended schools",
        "health",
    ]
    event = Event.objects.get(verb="programmes.stimulus_created")
    assert event.target == stimulus
    page = signed_in.get(response["Location"]).content.decode()
    assert "is now in the library" in page


def test_tags_already_in_use_are_reused_not_duplicated(signed_in):
    StimulusFactory(tags=["health"])
    signed_in.post(CREATE, stimulus_data(tags="Health, wellbeing"))
    assert sorted(StimulusTag.objects.values_list("name", flat=True)) == ["health", "wellbeing"]


def test_other_sector_is_recorded_by_name(signed_in):
    signed_in.post(CREATE, stimulus_data(sector="other", sector_other=" Transport "))
    stimulus = Stimulus.objects.get()
    assert stimulus.sector == Sector.OTHER and stimulus.sector_label == "Transport"


def test_a_sector_name_is_dropped_when_the_sector_is_not_other(signed_in):
    signed_in.post(CREATE, stimulus_data(sector="retail", sector_other="Transport"))
    assert Stimulus.objects.get().sector_other == ""


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"title": ""}, "title", "Enter a title"),
        ({"sector": ""}, "sector", "Choose the sector it comes from"),
        ({"sector": "other", "sector_other": "  "}, "sector_other", "Name the sector"),
        ({"country": ""}, "country", "Enter the country"),
        ({"summary": ""}, "summary", "Enter a summary"),
        ({"provocation": ""}, "provocation", "Enter the provocation question"),
        (
            {"source_url": "not a link"},
            "source_url",
            "Enter a web address starting with https://, like https://www.example.org/report",
        ),
        (
            {"tags": ", ".join(f"tag {n}" for n in range(11))},
            "tags",
            "Enter no more than 10 tags (you entered 11)",
        ),
        ({"tags": "x" * 61}, "tags", "Keep each tag to 60 characters or fewer"),
    ],
)
def test_bad_input_is_refused_with_a_message_by_the_field_and_nothing_saved(
    signed_in, overrides, field, message
):
    response = signed_in.post(CREATE, stimulus_data(**overrides))
    assert response.status_code == 400
    page = response.content.decode()
    assert "govuk-error-summary" in page
    assert f'id="id_{field}_1_error"' in page or f'id="id_{field}_error"' in page
    assert message in page
    assert page.count(message) >= 2  # in the summary and beside the field
    assert not Stimulus.objects.exists() and not StimulusTag.objects.exists()
    assert not Event.objects.exists()


@pytest.mark.parametrize("title", ["Zopa", "zopa", " ZOPA "])
def test_a_title_already_in_the_library_is_refused_whatever_its_capitals(signed_in, title):
    """ "zopa (zone of possible agreement)" went in beside "Zopa ...": only capitals differed."""
    StimulusFactory(title="Zopa")
    response = signed_in.post(CREATE, stimulus_data(title=title))
    assert response.status_code == 400
    assert (
        "A stimulus with this title is already in the library: ‘Zopa’" in response.content.decode()
    )
    assert Stimulus.objects.count() == 1


def test_only_officers_may_add_stimuli(client, db):
    partner = UserFactory()
    ProjectMembershipFactory(user=partner, role=Role.PARTNER)
    client.force_login(partner)
    assert client.get(CREATE).status_code == 403
    assert client.post(CREATE, stimulus_data()).status_code == 403
    assert not Stimulus.objects.exists()


# --- Changing ------------------------------------------------------------------------


def test_an_officer_changes_a_stimulus_and_the_change_is_logged(signed_in):
    stimulus = StimulusFactory(tags=["health"])
    form = signed_in.get(edit_url(stimulus)).content.decode()
    assert f'value="{stimulus_version(stimulus)}"' in form and 'value="health"' in form
    response = signed_in.post(
        edit_url(stimulus), edit_data(stimulus, country="Scotland", tags="health, community")
    )
    assert response.status_code == 302, response.context["form"].errors
    stimulus.refresh_from_db()
    assert stimulus.country == "Scotland"
    assert sorted(t.name for t in stimulus.tags.all()) == ["community", "health"]
    event = Event.objects.get(verb="programmes.stimulus_updated")
    assert event.data["changed"] == ["country", "tags"]


def test_a_bad_change_is_refused_and_nothing_is_saved(signed_in):
    stimulus = StimulusFactory(title="Zopa", tags=["money"])
    response = signed_in.post(
        edit_url(stimulus), edit_data(stimulus, title="Renamed", provocation="", tags="")
    )
    assert response.status_code == 400
    assert "Enter the provocation question" in response.content.decode()
    stimulus.refresh_from_db()
    assert stimulus.title == "Zopa" and [t.name for t in stimulus.tags.all()] == ["money"]
    assert not Event.objects.exists()


def test_changing_a_stimulus_someone_else_changed_meanwhile_shows_both_and_overwrites_nothing(
    client, db
):
    stimulus = StimulusFactory(title="Zopa", country="England", tags=["money"])
    mine = edit_data(stimulus, country="Wales", summary="My summary.")
    # Meanwhile a colleague saves their own change.
    colleague = officer()
    colleague.full_name = "Colleague Officer"
    colleague.save(update_fields=["full_name"])
    update_stimulus(
        stimulus=stimulus,
        actor=colleague,
        based_on=stimulus_version(stimulus),
        country="Scotland",
        summary="Their summary.",
        tags=["money", "peer lending"],
    )
    client.force_login(officer())
    response = client.post(edit_url(stimulus), mine)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone else changed this stimulus while you were editing it." in page
    assert "another tab" not in page
    assert "govuk-error-summary" in page
    assert (
        "What was saved is shown on this page under ‘The version saved meanwhile’, before "
        "your version: check it"
    ) in page
    assert "beside" not in page
    # Their saved version is read before the boxes and the Save button (at 320 px, for a
    # screen reader)...
    start = page.index('id="saved-now"')
    end = page.index("</section>", start)
    saved = page[start:end]
    assert "The version saved meanwhile" in saved
    assert "Colleague Officer saved this at" in saved
    assert "Scotland" in saved and "Their summary." in saved and "peer lending" in saved
    assert "Wales" not in saved and "My summary." not in saved
    yours = page.index("Your version (not saved)")
    assert end < yours < page.index('name="title"') < page.index(">Save the stimulus</button>")
    # ...and what I typed is kept in the form.
    assert 'value="Wales"' in page and "My summary." in page[end:]
    stimulus.refresh_from_db()
    assert stimulus.country == "Scotland" and stimulus.summary == "Their summary."
    assert Event.objects.filter(verb="programmes.stimulus_updated").count() == 1

    # Having seen their version, saving again replaces it with mine.
    new_token = page.split('name="based_on" value="')[1].split('"')[0]
    assert new_token == stimulus_version(stimulus)
    response = client.post(edit_url(stimulus), {**mine, "based_on": new_token})
    assert response.status_code == 302
    stimulus.refresh_from_db()
    assert stimulus.country == "Wales" and stimulus.summary == "My summary."


def test_a_stimulus_changed_in_another_tab_says_it_was_their_own_save(client, db):
    """The same officer saves the stimulus in one tab, then from a page opened before it:
    the clash says it was their own save, in another tab or window, not someone else's."""
    me = officer()
    stimulus = StimulusFactory(title="Zopa", country="England", tags=["money"])
    client.force_login(me)
    mine = edit_data(stimulus, country="Wales")
    theirs = edit_data(stimulus, country="Scotland")  # the other tab, opened at the same time
    assert client.post(edit_url(stimulus), theirs).status_code == 302
    response = client.post(edit_url(stimulus), mine)
    assert response.status_code == 409
    page = response.content.decode()
    assert (
        "You changed this stimulus in another tab or window since you opened it. Nothing has "
        "been saved from this page yet."
    ) in page
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        page
    )
    assert "Someone else" not in page and "by someone else or by you" not in page
    stimulus.refresh_from_db()
    assert stimulus.country == "Scotland"


def test_an_edit_without_a_version_is_treated_as_out_of_date(signed_in):
    stimulus = StimulusFactory(country="England")
    response = signed_in.post(edit_url(stimulus), edit_data(stimulus, country="Wales", based_on=""))
    assert response.status_code == 409
    stimulus.refresh_from_db()
    assert stimulus.country == "England"


def test_only_officers_may_change_stimuli(client, world):
    client.force_login(world.users["partner"])
    url = edit_url(world.ivy)
    assert client.get(url).status_code == 403
    assert client.post(url, edit_data(world.ivy, country="Wales")).status_code == 403
    world.ivy.refresh_from_db()
    assert world.ivy.country == "England"
