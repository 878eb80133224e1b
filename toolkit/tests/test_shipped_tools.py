"""A new install's toolkit is empty: an administrator fills it from the Toolkit page with the
tools that come with Next Practice (once), everyone else is told whom to ask, and nobody is
offered to start an exercise until there is a tool to start it with."""

import re

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.testing.races import at_once
from programmes.tests.factories import ProgrammeMembershipFactory
from toolkit.loading import DEFAULT_DIRECTORY, add_shipped_tools, shipped_tool_count
from toolkit.models import Tool, ToolVersion
from toolkit.tests.factories import ToolVersionFactory

ADD = reverse("toolkit:tools_add_shipped")
LIST = reverse("toolkit:tool_list")
BUTTON = "Add the nine tools that come with Next Practice"


def text_of(response):
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def once():
    """A form's one-off token, as the page gives one (nextpractice/once.py)."""
    import secrets

    return secrets.token_urlsafe(24)


@pytest.fixture
def admin(client, db):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


@pytest.fixture
def officer(db):
    trial = FieldTrialFactory()
    user = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=user, role=Role.OFFICER)
    user.trial = trial
    return user


def test_nine_tools_come_with_next_practice():
    assert shipped_tool_count() == len(list(DEFAULT_DIRECTORY.glob("*.yaml"))) == 9


def test_an_administrator_finds_the_empty_toolkit_with_a_button_to_fill_it(client, admin):
    response = client.get(LIST)
    page = text_of(response)
    assert "The toolkit is empty" in page
    assert "Until they are added, nobody can start a toolkit exercise." in page
    assert BUTTON in page
    html = response.content.decode()
    form = re.search(rf'<form method="post" action="{ADD}"[^>]*>(.*?)</form>', html, re.S)
    assert 'name="once"' in form.group(1) and BUTTON in form.group(1)
    assert "manage.py load_tools" in page
    assert "There are no tools in the toolkit yet" not in page


def test_an_officer_finds_the_empty_toolkit_and_is_told_to_ask_an_administrator(client, officer):
    client.force_login(officer)
    response = client.get(LIST)
    page = text_of(response)
    assert "There are no tools in the toolkit yet, so no exercise can be started." in page
    assert "ask yours to add the tools that come with Next Practice" in page
    assert BUTTON not in page and ADD not in response.content.decode()


def test_the_administrator_adds_the_nine_tools_once(client, admin):
    response = client.post(ADD, {"once": once()}, follow=True)
    assert response.redirect_chain == [(LIST, 302)]
    page = text_of(response)
    assert "The nine tools that come with Next Practice are in the toolkit" in page
    assert "9 tools." in page and "Gathering baseline data" in page and BUTTON not in page
    assert Tool.objects.count() == 9 and ToolVersion.objects.count() == 9
    assert set(Tool.objects.values_list("latest__created_by", flat=True)) == {admin.pk}
    # Sent again (an old tab, another administrator's page): nothing more is added.
    response = client.post(ADD, {"once": once()}, follow=True)
    assert "The toolkit has its tools already: nothing was added." in text_of(response)
    assert Tool.objects.count() == 9 and ToolVersion.objects.count() == 9


def test_a_toolkit_with_a_tool_of_its_own_is_not_filled_nor_offered_the_button(client, admin):
    ToolVersionFactory(tool__slug="our-own", tool__title="Our Own Tool")
    assert BUTTON not in text_of(client.get(LIST))
    client.post(ADD, {"once": once()})
    assert list(Tool.objects.values_list("slug", flat=True)) == ["our-own"]


def test_only_an_administrator_may_add_the_tools(client, officer):
    client.force_login(officer)
    assert client.post(ADD, {"once": once()}).status_code == 403
    assert client.get(ADD).status_code == 405
    assert not Tool.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_administrators_at_the_same_moment_add_the_tools_once():
    first, second = (UserFactory(is_staff=True, is_superuser=True) for _ in range(2))
    results, errors = at_once(
        [lambda: add_shipped_tools(actor=first), lambda: add_shipped_tools(actor=second)],
        needs="a unique constraint deciding",
    )
    assert errors == []
    assert sorted(len(added) for added in results) == [0, 9]
    assert Tool.objects.count() == 9 and ToolVersion.objects.count() == 9


# --- Starting an exercise while the toolkit is empty -----------------------------------


def test_nobody_is_offered_to_start_an_exercise_until_the_toolkit_has_a_tool(client, officer):
    client.force_login(officer)
    trial_tab = reverse("fieldtrials:fieldtrial_exercises", args=[officer.trial.pk])
    start = reverse("toolkit:exercise_start")
    assert "Start a toolkit exercise" not in text_of(client.get(reverse("home")))
    tab = client.get(trial_tab)
    assert start not in tab.content.decode()
    assert "No exercise can be started yet: the toolkit has no tools." in text_of(tab)
    page = text_of(client.get(start))
    assert "There are no tools in the toolkit yet, so no exercise can be started." in page
    assert "Which tool will the group use?" not in page
    # Once there is a tool, each offers to start one.
    ToolVersionFactory()
    assert "Start a toolkit exercise" in text_of(client.get(reverse("home")))
    assert f"{start}?trial={officer.trial.pk}" in client.get(trial_tab).content.decode()
    assert "Which tool will the group use?" in text_of(client.get(start))


def test_the_trials_evaluation_names_the_baseline_tool_only_when_the_toolkit_has_it(
    client, officer
):
    client.force_login(officer)
    url = reverse("evaluation:field_trial_evaluation", args=[officer.trial.pk])
    page = text_of(client.get(url))
    assert "No indicators yet." in page and "Gathering baseline data" not in page
    add_shipped_tools(actor=UserFactory(is_superuser=True))
    html = client.get(url).content.decode()
    assert reverse("toolkit:tool_detail", args=["baseline"]) in html
    assert "Gathering baseline data</a> tool suggests indicators for each strand" in html
