"""The national-scale generator makes what issue 8 asks for, in proportion, the same each time."""

import pytest

from accounts.models import Organisation
from fieldtrials.models import FieldTrial, Milestone, MonthlyUpdate
from nextpractice import scale
from programmes.models import Assessment, CreativeOption
from toolkit.models import Answer, Exercise
from toolkit.questions import clean_answer, find_question
from toolkit.tests.factories import ToolVersionFactory

FACTOR = 0.002  # 50 organisations, 20 trials, 2,000 answers


@pytest.fixture
def made(db):
    ToolVersionFactory()
    return scale.generate(factor=FACTOR, seed=7)


def test_counts_follow_the_factor(made):
    assert Organisation.objects.count() == scale.COUNTS["organisations"] * FACTOR
    assert FieldTrial.objects.count() == scale.COUNTS["trials"] * FACTOR
    assert Milestone.objects.count() == scale.COUNTS["milestones"] * FACTOR
    assert MonthlyUpdate.objects.count() == scale.COUNTS["updates"] * FACTOR
    assert CreativeOption.objects.count() == scale.COUNTS["options"] * FACTOR
    assert Assessment.objects.count() == pytest.approx(scale.COUNTS["assessments"] * FACTOR, 0.1)
    assert Exercise.objects.count() == scale.COUNTS["exercises"] * FACTOR
    assert Answer.objects.count() == pytest.approx(scale.COUNTS["answers"] * FACTOR, rel=0.1)


def test_every_trial_has_3_to_40_participating_organisations(made):
    counts = [t.participating_organisations.count() for t in FieldTrial.objects.all()]
    assert min(counts) >= 3 and max(counts) <= 40


def test_every_generated_answer_is_one_the_server_would_accept(made):
    for answer in Answer.objects.select_related("participation__exercise__tool_version")[:300]:
        definition = answer.participation.exercise.tool_version.definition
        question = find_question(definition, answer.question)
        raw = answer.value
        if question.kind == "ranking":
            raw = {key: str(rank) for rank, key in enumerate(answer.value, start=1)}
        elif question.kind == "matrix":
            raw = {key: str(value) for key, value in answer.value.items()}
        elif isinstance(raw, int):
            raw = str(raw)
        assert clean_answer(definition, question, raw) == answer.value


def test_the_same_seed_makes_the_same_data(db):
    ToolVersionFactory()
    scale.generate(factor=FACTOR, seed=7)
    first = list(FieldTrial.objects.order_by("title").values_list("title", "status", "latest_rag"))
    FieldTrial.objects.all().delete()
    CreativeOption.objects.all().delete()
    # A second run on the same tables gives the same trials in the same states.
    from accounts.models import User
    from programmes.models import Programme, Stimulus

    Exercise.objects.all().delete()
    Programme.objects.all().delete()
    Stimulus.objects.all().delete()
    User.objects.all().delete()
    Organisation.objects.filter(local_authority__isnull=False).delete()
    Organisation.objects.all().delete()
    scale.generate(factor=FACTOR, seed=7)
    second = list(FieldTrial.objects.order_by("title").values_list("title", "status", "latest_rag"))
    assert first == second


def test_the_event_log_is_filled_so_activity_is_measured_on_real_history(made):
    from accounts.activity import activity
    from accounts.models import Event, User
    from programmes.models import Programme

    assert Event.objects.filter(field_trial__isnull=False).count() == (
        scale.COUNTS["events"] * FACTOR
    )
    admin = User.objects.create_superuser("scale-admin@example.org", "x", full_name="Scale Admin")
    page = activity(admin, subject=Programme.objects.first())
    assert len(page.entries) == 25
    said = (" added the ", " completed the ", " logged the ", " changed the ")
    assert all(any(words in e.sentence for words in said) for e in page.entries)
    assert all(e.who != "The system" for e in page.entries)
    # A database made before the area existed gains its events once, and only once.
    Event.objects.all().delete()
    assert scale.add_events_if_missing(factor=FACTOR)["events"] == scale.COUNTS["events"] * FACTOR
    assert scale.add_events_if_missing(factor=FACTOR) == {}


def test_people_follow_what_they_work_on_so_the_followed_stream_is_measured(made):
    from accounts.management.commands.bench_pages import pick_people_and_things
    from following.models import Follow
    from following.selectors import followed_activity
    from programmes.models import Project

    assert Follow.objects.exists()
    # bench_pages measures a project in Incubate (this seed's one project may be elsewhere).
    Project.objects.update(stage="incubate")
    # A database made before the area existed gains its follows once, and only once.
    Follow.objects.all().delete()
    assert scale.add_follows_if_missing(factor=FACTOR)["follows"] > 0
    assert scale.add_follows_if_missing(factor=FACTOR) == {}
    things = pick_people_and_things()
    officer, project = things["officer"], things["project"]
    # The officer bench_pages measures follows its project, its first trials and a community.
    theirs = Follow.objects.filter(user=officer)
    trials = FieldTrial.objects.filter(project=project).order_by("pk")
    assert theirs.filter(project=project).exists()
    assert list(
        theirs.exclude(field_trial=None).order_by("field_trial").values_list("field_trial")
    ) == list(trials.values_list("pk")[: scale.FOLLOWED_TRIALS])
    assert theirs.exclude(community=None).count() == 1
    # Each trial's first school leader follows it.
    leaders = Follow.objects.exclude(field_trial=None).exclude(user=officer)
    assert leaders.values("field_trial").distinct().count() == FieldTrial.objects.count()
    # Their stream is a full page of what happened in the project's trials.
    entries = followed_activity(officer).entries
    titles = set(trials.values_list("title", flat=True))
    assert len(entries) == 25 and {e.where for e in entries} <= titles
