"""Answering an exercise: every kind of question saves and reads back; the server refuses
what a question does not allow; closed and submitted exercises refuse changes; submitting,
reopening, resuming; and the cost of the answering page and of one save."""

import copy
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event
from toolkit.models import Answer, Participation
from toolkit.tests.factories import (
    SAMPLE_DEFINITION,
    ExerciseFactory,
    ParticipationFactory,
    ToolVersionFactory,
)
from toolkit.tests.test_scoring import shipped

HTMX = {"HTTP_HX_REQUEST": "true"}


def page(response):
    return response.content.decode()


@pytest.fixture
def leader(client, world):
    client.force_login(world.users["leader"])
    return world.users["leader"]


def save(client, exercise, question, data, htmx=True):
    url = reverse("toolkit:answer_save", args=[exercise.pk, question])
    return client.post(url, data, **(HTMX if htmx else {}))


def stored(world, question, exercise=None):
    answer = Answer.objects.filter(
        participation__exercise=exercise or world.fern,
        participation__user=world.users["leader"],
        question=question,
    ).first()
    return None if answer is None else answer.value


EVERY_KIND = [
    ("first.rate", {"value": "3"}, 3),
    ("first.pick", {"value": "y"}, "y"),
    ("first.rank", {"rank-a": "2", "rank-b": "3", "rank-c": "1"}, ["c", "a", "b"]),
    ("second.many", {"value": ["q", "p"]}, ["p", "q"]),
    ("second.short", {"value": "  Time to plan together "}, "Time to plan together"),
    (
        "second.long",
        {"value": "We would\nchange the timetable."},
        "We would\nchange the timetable.",
    ),
    ("second.grid", {"st-s1": "4", "st-s2": ""}, {"s1": 4}),
]


@pytest.mark.parametrize("question,data,value", EVERY_KIND)
def test_each_kind_of_answer_saves_and_is_read_back(client, world, leader, question, data, value):
    response = save(client, world.fern, question, data)
    assert response.status_code == 200
    assert "Saved at" in page(response)
    assert stored(world, question) == value
    section = question.split(".")[0]
    body = page(client.get(reverse("toolkit:exercise_answer", args=[world.fern.pk, section])))
    dom = question.replace(".", "-")
    if question == "first.rate":
        assert (
            f'id="{dom}-2" name="first.rate:value" form="np-section" type="radio" value="3" '
            "checked" in body
        )
    elif question == "first.pick":
        assert 'value="y" checked' in body
    elif question == "first.rank":
        assert '<option value="1" selected>1</option>' in body.split(f'id="{dom}-rank-c"')[1]
    elif question == "second.many":
        assert 'value="p" checked' in body and 'value="q" checked' in body
    elif question == "second.short":
        assert 'value="Time to plan together"' in body
    elif question == "second.long":
        assert "We would\nchange the timetable.</textarea>" in body
    elif question == "second.grid":
        assert 'name="second.grid:st-s1" form="np-section" type="radio" value="4" checked' in body
        assert 'name="second.grid:st-s2" form="np-section" type="radio" value="1" checked' not in (
            body
        )


def test_changing_an_answer_replaces_it(client, world, leader):
    save(client, world.fern, "first.rate", {"value": "1"})
    save(client, world.fern, "first.rate", {"value": "4"})
    assert stored(world, "first.rate") == 4
    answers = Answer.objects.filter(question="first.rate", participation__exercise=world.fern)
    assert answers.count() == 1


REFUSED = [
    ("first.rate", {"value": "9"}, "Choose one of the points on the scale"),
    ("first.rate", {"value": ""}, "Choose one of the points on the scale"),
    ("first.pick", {"value": "z"}, "Choose one of the options given"),
    ("second.many", {"value": ["p", "zz"]}, "Choose only from the options given"),
    (
        "first.rank",
        {"rank-a": "1", "rank-b": "1", "rank-c": "2"},
        "no two items can share one",
    ),
    (
        "first.rank",
        {"rank-a": "1", "rank-b": "2", "rank-c": "7"},
        "no two items can share one",
    ),
    ("first.rank", {"rank-a": "1", "rank-b": "2"}, "Give every item a rank"),
    (
        "second.grid",
        {"st-s1": "7"},
        "Choose one of the points on the scale for each statement",
    ),
    (
        "second.short",
        {"value": "x" * 201},
        "Keep your answer to 200 characters or fewer",
    ),
]


@pytest.mark.parametrize("question,data,message", REFUSED)
def test_answers_outside_the_allowed_values_are_refused_and_nothing_is_stored(
    client, world, leader, question, data, message
):
    response = save(client, world.fern, question, data)
    assert response.status_code == 400
    assert message in page(response)
    assert "govuk-error-message" in page(response)
    assert stored(world, question) is None


def test_a_refused_answer_keeps_the_one_saved_before(client, world, leader):
    save(client, world.fern, "first.rate", {"value": "2"})
    assert save(client, world.fern, "first.rate", {"value": "5"}).status_code == 400
    assert stored(world, "first.rate") == 2


def test_without_javascript_a_saved_answer_comes_back_to_its_section(client, world, leader):
    response = save(client, world.fern, "second.short", {"value": "Plain form"}, htmx=False)
    assert response.status_code == 302
    assert response["Location"] == (
        reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"]) + "#q-second-short"
    )
    followed = client.get(response["Location"])
    body = page(followed)
    assert 'value="Plain form"' in body
    # They keep their place in the section: the banner is beside the question, not at the
    # page's top, and holds the #q-second-short the address jumps to, so the jump lands on it
    # and it takes focus (a jump to the question's form took focus from a banner at the top).
    assert body.count("Your answer to “In a few words” is saved.") == 1
    banner = re.search(r'<div id="q-second-short" tabindex="-1" [^>]*role="alert"', body)
    assert banner, "the banner does not hold the question's id"
    after = body[banner.start() :]
    assert after.index("is saved.") < after.index('<h2 class="govuk-fieldset__heading">In a few')
    assert body.count('id="q-second-short"') == 1
    # Shown once: the page read again has no banner, and the question has its id back.
    again = page(client.get(response["Location"]))
    assert "is saved." not in again and '<form method="post"' in again
    assert re.search(r'<form [^>]*id="q-second-short"', again)


def test_without_javascript_a_refused_answer_shows_the_error_summary_and_the_field(
    client, world, leader
):
    response = save(client, world.fern, "second.short", {"value": "y" * 300}, htmx=False)
    body = page(response)
    assert response.status_code == 400
    assert "govuk-error-summary" in body
    assert 'href="#second-short-value"' in body
    assert "govuk-form-group--error" in body
    assert "govuk-input--error" in body
    assert "y" * 300 in body  # what they typed is still there to correct
    assert "<title>Error: " in body
    assert stored(world, "second.short") is None


def test_an_unknown_question_is_not_found(client, world, leader):
    assert save(client, world.fern, "first.nope", {"value": "1"}).status_code == 404


def test_saving_is_refused_once_the_exercise_has_closed(client, world, leader):
    save(client, world.fern, "first.rate", {"value": "2"})
    world.fern.closed_at = timezone.now()
    world.fern.save()
    response = save(client, world.fern, "first.rate", {"value": "3"})
    assert response.status_code == 409
    assert "This exercise has closed" in page(response)
    assert stored(world, "first.rate") == 2
    plain = save(client, world.fern, "first.rate", {"value": "3"}, htmx=False)
    assert plain.status_code == 409
    assert "Nothing was changed" in page(plain)


def test_saving_is_refused_after_a_closing_date_has_passed(client, world, leader):
    world.fern.closes_at = timezone.now() - timezone.timedelta(minutes=1)
    world.fern.save()
    assert save(client, world.fern, "first.rate", {"value": "3"}).status_code == 409
    assert stored(world, "first.rate") is None


def test_saving_is_refused_after_submitting_until_the_answers_are_reopened(client, world, leader):
    birch = world.birch
    response = save(client, birch, "first.rate", {"value": "1"})
    assert response.status_code == 409
    assert "Reopen your answers to change them" in page(response)
    assert stored(world, "first.rate", birch) == 3
    section = page(client.get(reverse("toolkit:exercise_answer", args=[birch.pk, "first"])))
    assert '<fieldset class="govuk-fieldset" aria-describedby="status-first-rate" disabled>' in (
        section
    )
    reopened = client.post(reverse("toolkit:exercise_reopen", args=[birch.pk]), follow=True)
    assert "Your answers are reopened" in page(reopened)
    assert save(client, birch, "first.rate", {"value": "1"}).status_code == 200
    assert stored(world, "first.rate", birch) == 1
    assert Event.objects.filter(verb="toolkit.answers_reopened").count() == 1


def test_submitting_with_questions_unanswered_lists_them(client, world, leader):
    save(client, world.fern, "first.rate", {"value": "3"})
    response = client.post(reverse("toolkit:exercise_submit", args=[world.fern.pk]))
    body = page(response)
    assert response.status_code == 400
    assert "Answer “Rank these challenges” before you submit" in body
    assert "Answer “How ready are you?” before you submit" not in body
    assert "At length" not in body.split("govuk-error-summary__list")[1].split("</ul>")[0]
    assert Participation.objects.get(exercise=world.fern, user=leader).submitted_at is None


def answer_everything(client, exercise):
    for question, data, _ in EVERY_KIND:
        data = {**data, "st-s2": "1"} if question == "second.grid" else data
        assert save(client, exercise, question, data).status_code == 200


def test_a_participant_checks_their_answers_and_submits_once(client, world, leader):
    answer_everything(client, world.fern)
    review = page(client.get(reverse("toolkit:exercise_review", args=[world.fern.pk])))
    assert "Check your answers" in review
    assert "3: Agree" in review
    assert "Gamma challenge" in review
    assert "I plan lessons together: Strongly agree" in review
    submit = reverse("toolkit:exercise_submit", args=[world.fern.pk])
    first = client.post(submit, follow=True)
    assert "Your answers are submitted" in page(first)
    participation = Participation.objects.get(exercise=world.fern, user=leader)
    submitted_at = participation.submitted_at
    assert submitted_at is not None
    again = client.post(submit)
    assert again.status_code == 409
    assert "You already submitted your answers" in page(again)
    assert "Your first answers are kept" in page(again)
    participation.refresh_from_db()
    assert participation.submitted_at == submitted_at
    assert stored(world, "first.rate") == 3
    assert Event.objects.filter(verb="toolkit.answers_submitted").count() == 1


def test_others_answers_are_never_on_a_participants_pages(client, world, leader):
    other = ParticipationFactory(exercise=world.fern)
    Answer.objects.create(participation=other, question="second.short", value="Secret view")
    for url in [
        reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"]),
        reverse("toolkit:exercise_review", args=[world.fern.pk]),
        world.fern.get_absolute_url(),
    ]:
        assert "Secret view" not in page(client.get(url))


def test_saving_an_answer_remembers_its_section_and_the_progress_is_shown(client, world, leader):
    save(client, world.fern, "first.rate", {"value": "3"})
    body = page(client.get(reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"])))
    assert "Section 2 of 2; 1 of 7 questions answered." in body
    participation = Participation.objects.get(exercise=world.fern, user=leader)
    assert participation.position == "first"  # opening a page writes nothing
    save(client, world.fern, "second.short", {"value": "Time to plan"})
    participation.refresh_from_db()
    assert participation.position == "second"
    home = page(client.get(reverse("home")))
    resume = reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"])
    assert f'href="{resume}">Continue' in home
    assert "Started" in home and "2 of 7 answered" in home and "Open" in home


def test_an_unknown_section_is_not_found(client, world, leader):
    url = reverse("toolkit:exercise_answer", args=[world.fern.pk, "nowhere"])
    assert client.get(url).status_code == 404


def test_a_signed_out_htmx_save_gets_401_not_the_sign_in_page(client, world):
    response = save(client, world.fern, "first.rate", {"value": "3"})
    assert response.status_code == 401
    plain = save(client, world.fern, "first.rate", {"value": "3"}, htmx=False)
    # Without JavaScript: the page saying nothing was saved, with the answer to copy.
    assert plain.status_code == 401
    assert "You were signed out, so nothing was saved" in page(plain)


def test_the_home_page_says_which_exercises_are_closed_and_submitted(client, world, leader):
    world.fern.closed_at = timezone.now()
    world.fern.save()
    home = page(client.get(reverse("home")))
    assert "Closed" in home
    assert "Submitted" in home  # Birch


def _definition(questions):
    definition = copy.deepcopy(SAMPLE_DEFINITION)
    base = definition["sections"][1]["questions"]
    definition["sections"][1]["questions"] = [
        {**copy.deepcopy(base[i % len(base)]), "key": f"q{i}"} for i in range(questions)
    ]
    return definition


@pytest.mark.parametrize("size", [5, 50])
def test_the_answering_page_costs_the_same_queries_however_many_questions(
    client, django_assert_num_queries, db, size
):
    exercise = ExerciseFactory(tool_version=ToolVersionFactory(definition=_definition(size)))
    participation = ParticipationFactory(exercise=exercise, position="second")
    values = [
        ["p"],
        "short",
        "long",
        {"s1": 1, "s2": 2},
    ]  # the kinds of section 2, in turn
    for i in range(size):
        Answer.objects.create(
            participation=participation, question=f"second.q{i}", value=values[i % 4]
        )
    client.force_login(participation.user)
    url = reverse("toolkit:exercise_answer", args=[exercise.pk, "second"])
    # session, user, memberships, menu (and whether someone on no field trial joined a
    # community from outside); participation with exercise and version; answers
    with django_assert_num_queries(7):
        assert client.get(url).status_code == 200
    # the check-your-answers page
    with django_assert_num_queries(7):
        assert client.get(reverse("toolkit:exercise_review", args=[exercise.pk])).status_code == 200


@pytest.fixture
def new_process():
    """As in a worker process just started: no tool version parsed, no exercise known."""
    from toolkit import selectors

    selectors._PARSED.clear()
    selectors._EXERCISE_VERSION.clear()


def quick_save_queries():
    """Session, user, and the one statement that asks the rule, the exercise's state and its
    version as it writes, and records the section as where they left off; SQLite cannot do
    that last part in the same statement, so there it is one more."""
    from django.db import connection

    return 3 if connection.vendor == "postgresql" else 4


def test_saving_an_answer_is_a_handful_of_queries(
    client, django_assert_num_queries, world, leader, new_process
):
    # The answering page reads the exercise's version and keeps it parsed, so saves from it
    # need no read (and no BEGIN and COMMIT around the statement on PostgreSQL).
    client.get(reverse("toolkit:exercise_answer", args=[world.fern.pk, "first"]))
    with django_assert_num_queries(quick_save_queries()):
        assert save(client, world.fern, "first.rate", {"value": "2"}).status_code == 200
    with django_assert_num_queries(quick_save_queries()):
        assert save(client, world.fern, "first.pick", {"value": "x"}).status_code == 200
    with django_assert_num_queries(quick_save_queries()):
        assert save(client, world.fern, "first.rate", {"value": "4"}).status_code == 200
    assert stored(world, "first.rate") == 4 and stored(world, "first.pick") == "x"
    assert Participation.objects.get(exercise=world.fern, user=leader).position == "first"
    save(client, world.fern, "second.short", {"value": "Time to plan"})
    assert Participation.objects.get(exercise=world.fern, user=leader).position == "second"


def test_a_process_reads_a_tool_versions_definition_once_for_saving(
    client, django_assert_num_queries, world, leader, new_process
):
    # A save before any page of this exercise in this process: session, user, the
    # participation with its exercise's state and version, the definition, the upsert, the
    # section they are in; later saves do without the two reads.
    with django_assert_num_queries(6):
        assert save(client, world.fern, "first.rate", {"value": "2"}).status_code == 200
    with django_assert_num_queries(quick_save_queries()):
        assert save(client, world.fern, "first.pick", {"value": "x"}).status_code == 200
    assert stored(world, "first.rate") == 2 and stored(world, "first.pick") == "x"


def test_a_quick_save_refuses_what_the_full_path_refuses(client, world, leader):
    """Once the exercise's version is known, saves skip the read; each refusal still comes,
    with its message, and nothing is stored."""
    save(client, world.fern, "first.rate", {"value": "2"})  # the version is now known
    assert save(client, world.fern, "first.rate", {"value": "9"}).status_code == 400
    assert save(client, world.fern, "first.nope", {"value": "1"}).status_code == 404
    Participation.objects.filter(exercise=world.fern, user=leader).update(
        submitted_at=timezone.now()
    )
    refused = save(client, world.fern, "first.rate", {"value": "3"})
    assert refused.status_code == 409
    assert "Reopen your answers to change them" in page(refused)
    assert stored(world, "first.rate") == 2
    for persona, status in [("officer", 403), ("outsider", 404)]:
        client.force_login(world.users[persona])
        assert save(client, world.fern, "first.rate", {"value": "3"}).status_code == status
    assert not Answer.objects.filter(
        participation__exercise=world.fern, participation__user__in=[
            world.users["officer"], world.users["outsider"]
        ]
    ).exists()  # fmt: skip


def test_a_stale_memory_of_an_exercises_version_never_saves_against_the_wrong_one(
    client, world, leader
):
    """The remembered version is a hint: the save's statement checks it, so an exercise
    remembered with another version (a reused id) is saved through the full path, checked
    against its own version."""
    from toolkit import selectors

    definition = copy.deepcopy(SAMPLE_DEFINITION)
    definition["scales"]["agree4"]["points"].append({"value": 5, "label": "Entirely"})
    other = ToolVersionFactory(definition=definition)
    selectors.parsed_version_of(world.fern.pk, other)  # fern runs the 4-point version
    assert save(client, world.fern, "first.rate", {"value": "5"}).status_code == 400
    assert stored(world, "first.rate") is None
    assert save(client, world.fern, "first.rate", {"value": "4"}).status_code == 200
    assert stored(world, "first.rate") == 4
    assert selectors.known_version(world.fern.pk)[0] == (
        world.fern.tool_version_id,
        world.fern.tool_version.checksum,
    )


def test_each_exercise_checks_answers_against_its_own_version(client, world, leader):
    definition = copy.deepcopy(SAMPLE_DEFINITION)
    definition["scales"]["agree4"]["points"].append({"value": 5, "label": "Entirely"})
    newer = ExerciseFactory(tool_version=ToolVersionFactory(definition=definition))
    ParticipationFactory(exercise=newer, user=leader)
    assert save(client, newer, "first.rate", {"value": "5"}).status_code == 200
    assert save(client, world.fern, "first.rate", {"value": "5"}).status_code == 400
    assert stored(world, "first.rate", newer) == 5
    assert stored(world, "first.rate") is None


@pytest.mark.parametrize(("persona", "status"), [("officer", 403), ("outsider", 404)])
def test_an_htmx_save_by_someone_not_invited_is_refused_like_a_page(client, world, persona, status):
    # htmx saves read the participation through fewer columns than the pages do.
    client.force_login(world.users[persona])
    assert save(client, world.fern, "first.rate", {"value": "2"}).status_code == status
    assert stored(world, "first.rate") is None


def test_text_pasted_with_nul_characters_is_stored_without_them_on_every_path(
    client, world, leader, new_process
):
    """Text pasted from a PDF can carry NUL characters, which PostgreSQL stores in no text or
    JSON (a 500 there before): each path stores what was typed, less the NULs, and submits."""
    from toolkit.selectors import known_version

    pasted = "We share\x00 planning\x00 time\n\x00every Friday."
    kept = "We share planning time\nevery Friday."
    # Autosave's first save in a process: the full path (the version is not known yet).
    assert known_version(world.fern.pk) is None
    response = save(client, world.fern, "second.short", {"value": "Time\x00 to plan"})
    assert response.status_code == 200
    assert stored(world, "second.short") == "Time to plan"
    # Autosave once the version is known: the one-statement quick path.
    assert known_version(world.fern.pk) is not None
    response = save(client, world.fern, "second.long", {"value": pasted})
    assert response.status_code == 200 and "Saved at" in page(response)
    assert stored(world, "second.long") == kept
    # Without JavaScript: the answer form.
    response = save(client, world.fern, "second.long", {"value": pasted + " More."}, htmx=False)
    assert response.status_code == 302
    assert stored(world, "second.long") == kept + " More."
    for question, data, _ in EVERY_KIND:
        if question not in ("second.short", "second.long"):
            data = {**data, "st-s2": "1"} if question == "second.grid" else data
            assert save(client, world.fern, question, data).status_code == 200
    review = page(client.get(reverse("toolkit:exercise_review", args=[world.fern.pk])))
    assert "Time to plan" in review and "every Friday. More." in review
    submitted = client.post(reverse("toolkit:exercise_submit", args=[world.fern.pk]))
    assert submitted.status_code == 302
    assert Participation.objects.get(exercise=world.fern, user=leader).submitted_at is not None


def test_a_matrix_whose_statements_carry_codes_says_what_the_codes_are(client, db):
    participation = ParticipationFactory(
        exercise__tool_version__definition=shipped("pedagogic-audit")
    )
    client.force_login(participation.user)
    url = reverse("toolkit:exercise_answer", args=[participation.exercise.pk, "experience"])
    body = page(client.get(url))
    assert ">Q25(a)<" in body and ">Q25(d)<" in body
    assert "Q25(a) is standard 25, part (a)" in body
    # A tool whose statements have no codes adds no words about them.
    other = ParticipationFactory(user=participation.user)
    body = page(client.get(reverse("toolkit:exercise_answer", args=[other.exercise.pk, "second"])))
    assert "standard 25" not in body


GENERIC_RANKING_HINT = "Give each item a different rank: 1 is the most important."


def test_a_ranking_with_its_own_hint_says_it_once_and_one_without_gets_the_general_hint(
    client, world, leader
):
    definition = copy.deepcopy(SAMPLE_DEFINITION)
    definition["sections"][0]["questions"][0]["hint"] = "Give every challenge a different rank."
    hinted = ExerciseFactory(tool_version=ToolVersionFactory(definition=definition))
    ParticipationFactory(exercise=hinted, user=leader)
    body = page(client.get(reverse("toolkit:exercise_answer", args=[hinted.pk, "first"])))
    assert body.count("Give every challenge a different rank.") == 1
    assert GENERIC_RANKING_HINT not in body
    # Fern's ranking has no hint of its own: the general one is given, and read with it.
    body = page(client.get(reverse("toolkit:exercise_answer", args=[world.fern.pk, "first"])))
    assert f'<div id="hint-first-rank" class="govuk-hint">{GENERIC_RANKING_HINT}</div>' in body
