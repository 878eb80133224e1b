"""The demonstration data: what a newcomer finds after `load_demo`, and that loading twice
changes nothing."""

import datetime
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from accounts import demo as accounts_demo
from accounts.models import Organisation, User
from fieldtrials.models import FieldTrial
from nextpractice.demo_calendar import moved_datetime
from nextpractice.testing.demo import load_demo
from programmes import demo as programmes_demo
from programmes import demo_content as content
from programmes.models import (
    STAGE_ORDER,
    Assessment,
    CreativeOption,
    KeptStimulus,
    Objective,
    ProblemStatement,
    Programme,
    Project,
    Stimulus,
)

pytestmark = pytest.mark.django_db

SCHOOL_KINDS = [Organisation.Kind.SCHOOL, Organisation.Kind.SPECIAL_SCHOOL]


def counts():
    """Rows in every table of programmes, fieldtrials and accounts (many-to-many included)."""
    models = [
        model
        for app in ("accounts", "programmes", "fieldtrials")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
    ]
    return {model._meta.label: model.objects.count() for model in models}


@pytest.fixture
def demo():
    load_demo()


def project(title):
    return Project.objects.get(title=title)


def test_loading_the_demo_twice_changes_nothing():
    load_demo()
    first = counts()
    load_demo()
    assert counts() == first
    assert first["programmes.CreativeOption"] > 0
    assert first["fieldtrials.FieldTrial"] > 0


def test_the_four_projects_stand_where_the_seed_puts_them_with_a_history(demo):
    expected = {
        content.SL: "system_learning",  # fieldtrials/demo_completed.py moves it on
        content.PERS: "incubate",
        content.WF: "generate_options",
        content.PC: "analyse_need",
        content.RE: "generate_options",
    }
    for title, stage in expected.items():
        p = project(title)
        assert p.stage == stage
        moves = list(p.stage_moves.order_by("created_at"))
        # Each move starts where the last ended, from Analyse need to where the project is.
        path = [STAGE_ORDER[0]] + [m.to_stage for m in moves]
        assert [m.from_stage for m in moves] == path[:-1]
        assert path[-1] == stage
        if moves:
            assert p.stage_entered_at == moves[-1].created_at
    # System Leadership's override counts the trials unfinished on the day it moved (its
    # one completed trial finished later): all of them.
    moved_on = project(content.SL).stage_moves.get(to_stage="system_learning")
    trials = project(content.SL).field_trials.count()
    assert moved_on.overridden and trials == 17
    assert [u["reason"] for u in moved_on.unmet] == [
        f"{trials} field trials are not yet completed or withdrawn."
    ]
    # The seed's summer 2006 selection, moved: the programme is where the seed leaves it.
    sl_selection = project(content.SL).stage_moves.get(to_stage="incubate").created_at
    summer = [moved_datetime(datetime.datetime(2006, m, 1)).month for m in (6, 7, 8)]
    assert sl_selection.month in summer and sl_selection <= timezone.now()
    # Each move is an event of the shared log, by the officer, on the day of the move.
    from accounts.models import Event

    event = Event.objects.get(
        verb="programmes.stage_moved", target_id=project(content.SL).pk, data__to="incubate"
    )
    assert event.created_at == sl_selection and event.actor.full_name
    starts = [project(t).start_date for t in (content.SL, content.PERS, content.WF, content.PC)]
    assert all(80 <= (b - a).days <= 100 for a, b in zip(starts, starts[1:], strict=False))


def test_system_leadership_need_holds_the_seeds_eight_drivers_and_two_problems(demo):
    sl = project(content.SL)
    drivers = sl.problems.filter(kind=ProblemStatement.Kind.DRIVER)
    assert sorted(drivers.values_list("text", flat=True)) == sorted(content.SL_DRIVERS)
    assert len(content.SL_DRIVERS) == 8
    assert "Resolve headteacher succession issues" in content.SL_DRIVERS
    problems = list(
        sl.problems.filter(kind=ProblemStatement.Kind.PROBLEM).values_list("text", flat=True)
    )
    assert len(problems) == 2
    assert any("not well suited" in p and "school governance" in p for p in problems)
    assert any("tentative and fragmented" in p for p in problems)
    assert sl.objectives.filter(status=Objective.Status.AGREED).exists()
    assert sl.narrative
    assert sl.data_sources.filter(title__startswith="Independent Review of School Leadership")
    # The seeds give no links: none is invented (no dead placeholder to follow).
    assert not sl.data_sources.exclude(url="").exists()
    assert sl.innovators.filter(organisation__name="Stevenage 14-19 Partnership").exists()


def test_the_seeds_stimuli_carry_their_own_provocations(demo):
    bromley = Stimulus.objects.get(title="Bromley-by-Bow Healthy Living Centre")
    assert bromley.provocation == (
        "What would an extended school with similar levels of ambition and imagination look like?"
    )
    assert (bromley.sector, bromley.country) == ("healthcare", "England")
    zopa = Stimulus.objects.get(title__startswith="Zopa")
    assert zopa.provocation == (
        "What ideas does this stimulate around how we organise and personalise learning?"
    )
    assert zopa.sector == "banking"
    kept = set(
        KeptStimulus.objects.filter(project__title=content.SL).values_list(
            "stimulus__title", flat=True
        )
    )
    assert kept == {bromley.title, zopa.title}
    assert KeptStimulus.objects.filter(project__title=content.PERS, stimulus=zopa).exists()
    # The invented ones are listed on the About page, not marked on the record; the
    # library spans the sectors the seed lists.
    others = Stimulus.objects.exclude(pk__in=[bromley.pk, zopa.pk])
    assert others.count() >= 6
    assert not any("(demo)" in s.summary or "nvented" in s.summary for s in others)
    stimuli = dict((h, items) for h, _, items in programmes_demo.ABOUT)["Stimuli"]
    assert set(others.values_list("title", flat=True)) == set(stimuli)
    sectors = set(Stimulus.objects.values_list("sector", flat=True))
    assert {"retail", "it", "energy", "advertising", "education_international"} <= sectors


def test_system_leadership_selected_17_options_each_with_its_trial(demo):
    sl = project(content.SL)
    selected = sl.options.filter(status=CreativeOption.Status.SELECTED)
    assert selected.count() == 17
    assert sl.options.exclude(status=CreativeOption.Status.SELECTED).count() >= 3
    for option in selected:
        assert option.assessments.exists(), option
        assert option.decided_by and option.decided_at and option.decision_reason
        # Every trial incubates but the one fieldtrials/demo_completed.py completes.
        assert option.field_trial.status in (
            FieldTrial.Status.INCUBATING,
            FieldTrial.Status.COMPLETED,
        )
    stevenage = FieldTrial.objects.get(title="Stevenage: A Learning Town")
    assert stevenage.option.project == sl
    for option in sl.options.exclude(status=CreativeOption.Status.SELECTED):
        assert option.decision_reason
        assert not FieldTrial.objects.filter(option=option).exists()


def test_personalisation_selected_17_trials_across_its_four_resource_domains(demo):
    pers = project(content.PERS)
    selected = pers.options.filter(status=CreativeOption.Status.SELECTED)
    assert selected.count() == 17
    assert FieldTrial.objects.filter(option__in=selected).count() == 17
    bridgemary = FieldTrial.objects.get(title="Bridgemary College: a flexible day")
    assert bridgemary.option.project == pers
    for domain in content.RESOURCE_DOMAINS:
        assert selected.filter(description__contains=domain).exists(), domain
    for theme in ["Flexible timetables", "Two-shift days", "Digital toolboxes"]:
        assert selected.filter(title=theme).exists()


def test_about_34_trials_involve_over_100_schools(demo):
    np = Programme.objects.get(name="Next Practice 2006-8")
    trials = FieldTrial.objects.filter(project__programme=np)
    assert trials.count() == 34
    assert not trials.filter(option__isnull=True).exists()
    assert not trials.filter(lead_organisation__isnull=True).exists()
    schools = Organisation.objects.filter(field_trials__in=trials, kind__in=SCHOOL_KINDS).distinct()
    assert schools.count() > 100


def test_screening_gives_the_2x2_and_the_spread_something_to_show(demo):
    assessments = Assessment.objects.filter(option__project__programme__name="Next Practice 2006-8")
    kinds = {a.classification for a in assessments}
    assert kinds == {"incremental", "radical", "between"}
    # Reviewers disagree on some options.
    disagreements = [
        o
        for o in CreativeOption.objects.filter(assessments__isnull=False).distinct()
        if len({a.classification for a in o.assessments.all()}) > 1
    ]
    assert disagreements


def test_workforce_is_assessing_the_seeds_three_questions(demo):
    wf = project(content.WF)
    options = wf.options.all()
    assert sorted(o.title for o in options) == sorted(content.WF_QUESTIONS)
    assert content.WF_QUESTIONS[0] == (
        "How are teachers empowering their learners to support the learning of others?"
    )
    for option in options:
        assert option.status in ("proposed", "shortlisted")
        assert 1 <= option.assessments.count() <= 2
    assert not FieldTrial.objects.filter(project=wf).exists()
    assert wf.workshops.count() >= 1


def test_parents_and_carers_is_analysing_need_with_its_three_draft_domains(demo):
    pc = project(content.PC)
    assert pc.partner_agency is None
    objectives = pc.objectives.all()
    assert sorted(o.text for o in objectives) == sorted(content.PC_DOMAINS)
    assert {o.status for o in objectives} == {Objective.Status.DRAFT}
    assert not pc.options.exists()


def test_radical_efficiency_holds_corby_and_bradford_as_proposals_not_trials(demo):
    programme = Programme.objects.get(name="Radical Efficiency")
    assert programme.memberships.filter(role="officer", user__email="officer@example.org")
    re = programme.projects.get()
    assert re.stage == "generate_options"
    corby = re.options.get(title__contains="Corby")
    bradford = re.options.get(title__contains="Bradford")
    for option in (corby, bradford):
        assert option.burning_platform
        assert option.status in ("proposed", "shortlisted")
        assert not FieldTrial.objects.filter(option=option).exists()
        assert option.assessments.exists()
        assert all(a.radically_efficient for a in option.assessments.all())
    assert "virtual" in corby.description and "parents" in corby.title
    assert not FieldTrial.objects.filter(project=re).exists()


def test_workshops_are_listed_as_invented_on_the_about_page_not_on_the_record(demo):
    about = dict((h, items) for h, _, items in programmes_demo.ABOUT)
    for title in (content.SL, content.PERS, content.WF):
        workshops = project(title).workshops.all()
        assert workshops
        for workshop in workshops:
            assert "invented" not in workshop.notes
            assert workshop.title in about["Phase 1 of each project"]
            kinds = set(workshop.participants.values_list("kind", flat=True))
            assert "user" in kinds
        kinds = set(
            project(title).workshops.values_list("participants__kind", flat=True).distinct()
        )
        assert "provocateur" in kinds


def test_every_person_the_demo_makes_signs_in_with_the_demo_password(demo, client):
    # The password is hashed once for the whole demo; each person's sign-in must still work.
    people = list(User.objects.all())
    assert len(people) > 20
    assert all(person.check_password(settings.DEMO_PASSWORD) for person in people)
    assert not any(person.check_password("not-the-demo-password") for person in people)
    response = client.post(
        reverse("accounts:login"),
        {"username": people[-1].email, "password": settings.DEMO_PASSWORD},
    )
    assert response.status_code == 302


def test_the_programmes_overview_tells_who_created_it_and_when(demo, client):
    """Each demo programme and project has the event create_programme and create_project
    write, on the day it was set up, by its officer; the programme's page shows it."""

    from accounts.models import Event

    officer = User.objects.get(email="officer@example.org")
    for verb, model in (("programme_created", Programme), ("project_created", Project)):
        events = Event.objects.filter(verb=f"programmes.{verb}")
        assert events.count() == model.objects.count()
        for record in model.objects.all():
            event = events.get(target_id=record.pk)
            assert (event.created_at, event.actor) == (record.created_at, officer)
    programme = Programme.objects.get(name="Next Practice 2006-8")
    client.force_login(officer)
    # Its page's History shows its latest events (its evaluation's, since the demo has one);
    # its activity, linked from the page, keeps every event, the first among them.
    export = reverse("accounts:programme_activity_export", args=[programme.pk])
    rows = client.get(export, {"format": "csv"}).content.decode("utf-8-sig")
    created = f"created the programme {programme}."
    assert created in rows and officer.full_name in rows


def test_the_records_say_what_happened_not_where_the_demo_took_it_from(demo, client):
    """Where a record's words come from is the About page's to say: System Leadership's
    history reads "17 field trials selected.", and the Kirklees trial's summary quotes no
    seed."""
    sl = project(content.SL)
    move = sl.stage_moves.get(to_stage="incubate")
    assert move.reason == "17 field trials selected."
    client.force_login(User.objects.get(email="officer@example.org"))
    html = client.get(reverse("programmes:project_history", args=[sl.pk])).content.decode()
    assert "17 field trials selected." in html
    assert "the seed" not in html.lower()
    kirklees = FieldTrial.objects.get(title__startswith="Every secondary school in an authority")
    assert "seed" not in kirklees.summary and "seed" not in kirklees.option.description
    html = client.get(kirklees.get_absolute_url()).content.decode()
    assert "collective responsibility for every student in the authority." in html
    assert "the seed" not in html.lower()


def test_the_invented_schools_have_unique_names_of_their_phase():
    """Named as English schools are, not "<authority> <phase> school <n>"; the same on
    every load, each name one school's, and the name fits the school's phase."""
    names = content.school_names()
    content.school_names.cache_clear()
    assert content.school_names() == names
    everyone = [
        *names.values(),
        *accounts_demo.STEVENAGE_SCHOOLS,
        *accounts_demo.STEVENAGE_SPECIAL,
        *(name for name, *_ in accounts_demo.ORGANISATIONS),
    ]
    assert len(everyone) == len(set(everyone))
    for school, name in names.items():
        assert not re.search(r"[0-9]", name) and school.la not in name, name
        primary = "Primary" in name or "Infant and Junior" in name
        assert primary == (school.phase == "primary"), name
        assert ("All-Through" in name) == (school.phase == "all-age"), name
    assert len(names) == 100
    # The seed's potential innovators that are demo schools are among the trials' schools.
    innovators = [i.organisation for need in content.NEED.values() for i in need.innovators]
    assert {i for i in innovators if isinstance(i, content.School)} <= set(names)
