"""Adopting the indicators a Gathering baseline data exercise proposed as the trial's own,
from the exercise's results page: the trial's team only, each indicator once, on the trial's
evaluation page afterwards.

The race test posts from threads, each with its own database connection, on PostgreSQL; on
SQLite, which has no row locks, it is skipped.
"""

import threading

import pytest
from django.contrib.messages import get_messages
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from evaluation.models import Indicator
from evaluation.strands import BASELINE_STRANDS
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from toolkit.questions import find_question
from toolkit.tests.factories import ExerciseFactory
from toolkit.tests.test_results import submit
from toolkit.tests.test_scoring import shipped

pytestmark = pytest.mark.django_db

OLD_WORDS = "once the evaluation part of the service is in place"


@pytest.fixture
def trial():
    return FieldTrialFactory(title="Beacon Trial")


@pytest.fixture
def leader(trial):
    leader = UserFactory(full_name="Lee Leader")
    FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
    return leader


@pytest.fixture
def baseline(trial):
    """A baseline exercise of the trial whose two participants chose each strand's first
    candidate: five indicators proposed. Its results are shared with everyone who sees it."""
    definition = shipped("baseline")
    exercise = ExerciseFactory(
        tool_version__definition=definition, field_trial=trial, results_shared=True
    )
    first = {
        key: [find_question(definition, key).spec["options"][0]["key"]]
        for key in definition["scoring"]["questions"]
    }
    submit(exercise, first, name="Ann Able")
    submit(exercise, first, name="Ben Baker")
    exercise.closed_at = timezone.now()
    exercise.save(update_fields=["closed_at"])
    return exercise


def proposed_labels(exercise):
    definition = exercise.definition
    return [
        find_question(definition, key).spec["options"][0]["label"]
        for key in definition["scoring"]["questions"]
    ]


def adopt(client, exercise):
    return client.post(reverse("toolkit:exercise_adopt_indicators", args=[exercise.pk]))


def told(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_trials_team_adopts_the_proposed_indicators_and_finds_them_on_its_evaluation_page(
    client, trial, leader, baseline
):
    client.force_login(leader)
    page = client.get(reverse("toolkit:exercise_results", args=[baseline.pk])).content.decode()
    assert "Adopt the proposed indicators as Beacon Trial's" in page
    assert OLD_WORDS not in page

    response = adopt(client, baseline)

    assert response.status_code == 302
    labels = proposed_labels(baseline)
    assert told(response) == [f"5 indicators adopted as Beacon Trial's: {', '.join(labels)}."]
    indicators = Indicator.objects.filter(field_trial=trial).order_by("pk")
    assert [i.name for i in indicators] == labels
    # Each keeps its strand, unit and direction, and waits for its baseline.
    assert [i.strand for i in indicators] == [key for key, _ in BASELINE_STRANDS]
    assert all(i.unit and i.baseline_value is None for i in indicators)
    evaluation = client.get(reverse("evaluation:field_trial_evaluation", args=[trial.pk]))
    assert all(label in evaluation.content.decode() for label in labels)
    page = client.get(reverse("toolkit:exercise_results", args=[baseline.pk])).content.decode()
    assert page.count("The trial's indicator") == 5


def test_adopting_twice_adds_nothing_the_second_time(client, trial, leader, baseline):
    client.force_login(leader)
    adopt(client, baseline)
    response = adopt(client, baseline)
    assert response.status_code == 302
    assert told(response)[-1] == "Beacon Trial already has every proposed indicator."
    assert Indicator.objects.filter(field_trial=trial).count() == 5
    assert Event.objects.filter(verb="evaluation.indicator_adopted").count() == 5


def test_an_indicator_the_trial_already_has_is_not_added_again(client, trial, leader, baseline):
    first = proposed_labels(baseline)[0]
    Indicator.objects.create(
        field_trial=trial, strand="learners", name=first.upper(), unit="%", direction="higher"
    )
    client.force_login(leader)
    response = adopt(client, baseline)
    assert told(response)[0].startswith("4 indicators adopted")
    assert Indicator.objects.filter(field_trial=trial, name__iexact=first).count() == 1


def test_a_participant_outside_the_trials_team_sees_no_button_and_is_refused(
    client, trial, baseline
):
    ann = baseline.participations.get(user__full_name="Ann Able").user
    client.force_login(ann)
    page = client.get(reverse("toolkit:exercise_results", args=[baseline.pk])).content.decode()
    assert "Indicators proposed to the group" in page
    assert "Adopt the proposed indicators" not in page
    assert adopt(client, baseline).status_code == 403
    assert not Indicator.objects.filter(field_trial=trial).exists()


def test_an_exercise_that_proposes_nothing_says_so(client, trial, leader):
    definition = shipped("baseline")
    exercise = ExerciseFactory(tool_version__definition=definition, field_trial=trial)
    client.force_login(leader)
    response = adopt(client, exercise)
    assert response.status_code == 400
    assert "No indicator has been chosen by enough people to be proposed yet." in told(response)
    assert not Indicator.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_people_adopting_at_the_same_moment_make_each_indicator_once(trial, leader, baseline):
    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks: run with DATABASE_URL set to PostgreSQL")
    second = UserFactory(full_name="Sam Second")
    FieldTrialMembershipFactory(field_trial=trial, user=second, role=Role.PRACTITIONER)
    clients = []
    for user in (leader, second, leader, second):
        client = Client()
        client.force_login(user)
        clients.append(client)
    url = reverse("toolkit:exercise_adopt_indicators", args=[baseline.pk])
    start = threading.Barrier(len(clients))
    codes, errors = [], []

    def post(client):
        try:
            start.wait()
            codes.append(client.post(url).status_code)
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=[c]) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors and codes == [302] * 4
    assert Indicator.objects.filter(field_trial=trial).count() == 5
    assert Event.objects.filter(verb="evaluation.indicator_adopted").count() == 5
