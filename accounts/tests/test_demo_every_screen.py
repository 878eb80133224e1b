"""The demo fills every role's screens (issue 17): a completed trial and a project in System
learning, an exercise with every tool, the networking tool and the pedagogic audit run by
local authorities, and progress reports on the partner's home."""

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from evaluation.models import CaseStudy, Lesson, PartnerContribution, TakeUp
from fieldtrials.models import FieldTrial
from nextpractice.testing.demo import load_demo
from programmes import demo_content as content
from programmes.models import Assessment, CreativeOption, Project, Stage
from programmes.models.options import Judgement
from reports.models import Report
from toolkit.models import Exercise
from toolkit.questions import clean_answer, find_question

pytestmark = pytest.mark.django_db

FOUR_TOOLS = ["to-be", "looking-to-learn", "change-leadership", "la-role"]


def counts():
    """Rows in every table the demo fills."""
    labels = ("accounts", "programmes", "fieldtrials", "evaluation", "toolkit", "reports")
    return {
        model._meta.label: model.objects.count()
        for label in labels
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    }


def user(key):
    return User.objects.get(email=f"{key}@example.org")


def page_text(client, who, url):
    client.force_login(user(who))
    response = client.get(url)
    assert response.status_code == 200, (who, url)
    return response.content.decode()


def test_loading_twice_changes_nothing_and_the_new_content_is_there():
    load_demo()
    first = counts()
    load_demo()
    assert counts() == first

    # A completed System Leadership trial, and the project in System learning, by the
    # services: status changes and a stage move with their events, none dated after today.
    project = Project.objects.get(title=content.SL)
    assert project.stage == Stage.SYSTEM_LEARNING
    move = project.stage_moves.get(to_stage=Stage.SYSTEM_LEARNING)
    assert move.overridden and move.actor == user("officer") and move.reason
    trial = FieldTrial.objects.get(project=project, status=FieldTrial.Status.COMPLETED)
    changes = list(trial.status_changes.values_list("to_status", "created_at"))
    assert [s for s, _ in changes][-2:] == ["reporting", "completed"]
    assert all(at <= timezone.now() for _, at in changes)
    assert trial.end_date <= timezone.localdate()
    assert not trial.milestones.filter(completed_on__isnull=True).exists()
    assert Lesson.objects.filter(field_trial=trial).exists()
    assert Lesson.objects.filter(project=project).exists()
    assert TakeUp.objects.filter(case_study__in=CaseStudy.objects.filter(field_trial=trial))
    assert PartnerContribution.objects.filter(project=project).exists()

    # Every tool has a closed exercise with a conclusion, answered by several people, with
    # answers its questions accept as they are.
    for slug in [*FOUR_TOOLS, "networking-approach", "pedagogic-audit"]:
        closed = Exercise.objects.filter(
            tool__slug=slug, closed_at__isnull=False, results_shared=True
        ).exclude(conclusion="")
        assert closed.exists(), slug
        for exercise in closed:
            submitted = exercise.participations.filter(submitted_at__isnull=False)
            assert submitted.count() >= 3, exercise
            for participation in submitted:
                for answer in participation.answers.all():
                    question = find_question(exercise.definition, answer.question)
                    cleaned = clean_answer(exercise.definition, question, answer.value)
                    assert cleaned == answer.value, (exercise, answer.question)

    # The networking tool is run by Knowsley and Hampshire, the pedagogic audit in Knowsley.
    networking = Exercise.objects.filter(tool__slug="networking-approach")
    assert {e.local_authority.name for e in networking} == {"Knowsley", "Hampshire"}
    audit = Exercise.objects.get(tool__slug="pedagogic-audit", local_authority__name="Knowsley")
    assert audit.participations.filter(submitted_at__isnull=False).count() >= 3

    # Corby's parent-run children's centre is user focused in every assessment, as its seed.
    corby = CreativeOption.objects.get(title__contains="virtual children's centre")
    assert set(Assessment.objects.filter(option=corby).values_list("user_focused", flat=True))
    assert not Assessment.objects.filter(option=corby).exclude(user_focused=Judgement.YES)

    # Two reports made while loading, ready to download.
    ready = Report.objects.filter(state=Report.State.READY)
    assert {str(r.subject) for r in ready} >= {content.SL, "Knowsley Innovation Zone"}
    assert all(r.file and r.size for r in ready)


def test_each_role_finds_the_new_content_on_its_pages(client):
    load_demo()
    project = Project.objects.get(title=content.SL)
    trial = FieldTrial.objects.get(project=project, status=FieldTrial.Status.COMPLETED)

    # The officer: the project in System learning with its completed trial and Phase 3's
    # lessons, case study and take-up; the exercises they run for the local authorities.
    text = page_text(client, "officer", project.get_absolute_url())
    assert "System learning" in text
    assert trial.title in page_text(client, "officer", f"/projects/{project.pk}/field-trials/")
    text = page_text(client, "officer", reverse("evaluation:project_evaluation", args=[project.pk]))
    assert "Governance decides whether leadership beyond one school lasts" in text
    assert "Executive headship: leading a school out of concern" in text
    assert "Two senior teams, one leadership" in text
    text = page_text(client, "officer", trial.get_absolute_url())
    assert "Completed" in text
    home = page_text(client, "officer", "/")
    for title in (
        "Hampshire: choosing our networking approach",
        "Knowsley: the authority&#x27;s role as the Centres for Learning open",
    ):
        assert title in home
    hampshire = Exercise.objects.get(title="Hampshire: choosing our networking approach")
    assert "Hampshire (local authority)" in page_text(
        client, "officer", hampshire.get_absolute_url()
    )

    # The consultant runs To Be, Looking to Learn and the Change Leadership Model.
    home = page_text(client, "consultant", "/")
    for title in (
        "Bridgemary College: designing the flexible day",
        "Bridgemary teachers at Bolton: flexible timetables",
        "Stevenage 14-19 Partnership: leading the change",
    ):
        assert title in home

    # The school leader took part in the Change Leadership Model and reads its results.
    home = page_text(client, "leader", "/")
    assert "Stevenage 14-19 Partnership: leading the change" in home
    change = Exercise.objects.get(title="Stevenage 14-19 Partnership: leading the change")
    client.force_login(user("leader"))
    assert client.get(reverse("toolkit:exercise_results", args=[change.pk])).status_code == 200

    # The partner's home lists System Leadership's and the Knowsley zone's reports (not
    # those of projects it is no partner of, nor a trial's).
    from reports.rules import visible_reports

    home = page_text(client, "partner", "/")
    theirs = visible_reports(user("partner")).filter(state=Report.State.READY)
    assert theirs.filter(field_trial__isnull=True).count() >= 2
    for report in theirs.filter(field_trial__isnull=True):
        assert reverse("reports:report_download", args=[report.pk]) in home
    client.force_login(user("partner"))
    for report in theirs:
        download = client.get(reverse("reports:report_download", args=[report.pk]))
        assert download.status_code == 200

    # Hampshire's council people see their authority's exercise, not Knowsley's.
    gill = User.objects.get(full_name="Gill Parry")
    client.force_login(gill)
    assert client.get(hampshire.get_absolute_url()).status_code == 200
    knowsley = Exercise.objects.get(title__startswith="Knowsley: choosing our networking")
    assert client.get(knowsley.get_absolute_url()).status_code == 404
