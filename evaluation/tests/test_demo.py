"""The evaluation demonstration: the Knowsley Innovation Zone as seed 001 gives it, the
trials' indicators, and loading twice changes nothing."""

import re
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.conf import settings
from django.urls import reverse

from accounts.models import User
from evaluation import demo
from evaluation.models import (
    BoardMeeting,
    BoardMember,
    CaseStudy,
    IndependentEvaluation,
    Indicator,
    Measurement,
    Objective,
    PartnerContribution,
    PartnershipBoard,
    PolicyEvidence,
    ProgressEntry,
    TakeUp,
)
from evaluation.strands import BASELINE_STRANDS
from nextpractice.testing.demo import load_demo
from programmes.models import Programme

pytestmark = pytest.mark.django_db

SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "001_4034000e44f7b1e7.txt"


def seed_text():
    return " ".join(SEED.read_text().split()) if SEED.exists() else None


def counts():
    from accounts.models import Event

    rows = {m.__name__: m.objects.count() for m in apps.get_app_config("evaluation").get_models()}
    return {**rows, "events": Event.objects.count()}


@pytest.fixture
def loaded():
    load_demo()
    return Programme.objects.get(name="Knowsley Innovation Zone")


def test_loading_twice_changes_nothing(loaded):
    before = counts()
    load_demo()
    assert counts() == before


def test_the_zone_has_its_ten_objectives_verbatim_with_progress_from_two_groups(loaded):
    objectives = list(Objective.objects.filter(programme=loaded).order_by("number"))
    assert [o.number for o in objectives] == list(range(1, 11))
    assert objectives[0].text.startswith("Collective dialogue and shared analysis")
    text = seed_text()
    if text:  # the seeds sit beside the project in the shared folder
        for o in objectives:
            assert f"{o.number}. {o.text}" in text, o.text
    groups = {e.group.name for o in objectives for e in o.progress.all()}
    assert len(groups) == 2
    # Each objective has progress from both groups, the second named as a reader would.
    for o in objectives:
        assert {e.group.name for e in o.progress.all()} == groups, o.number
    assert demo.SECOND_GROUP in groups and "Second local" not in demo.SECOND_GROUP
    # Nothing is said of the Strategic Action Team before its first meeting (the round table).
    first_meeting = BoardMeeting.objects.filter(board__programme=loaded).order_by("held_on")[0]
    sat = ProgressEntry.objects.filter(objective__programme=loaded, what__contains="SAT")
    assert sat and all(e.recorded_on > first_meeting.held_on for e in sat)


def test_the_zone_has_its_nine_partner_contributions_verbatim(loaded):
    rows = PartnerContribution.objects.filter(programme=loaded).select_related("organisation")
    assert rows.count() == 9
    text = seed_text()
    if text:
        for row in rows:
            assert row.what in text, row.what


def test_the_strategic_action_team_is_chaired_by_partnerships_for_schools(loaded):
    board = PartnershipBoard.objects.get(programme=loaded)
    assert board.name == "Strategic Action Team"
    assert board.chair.name == "Partnerships for Schools"
    names = set(
        BoardMember.objects.filter(board=board).values_list("organisation__name", flat=True)
    )
    assert set(demo.NATIONAL_PARTNERS) | set(demo.OTHER_PARTNERS) <= names
    # Every member has its representative, NCSL the demo's partner (a partner of the Zone).
    assert not BoardMember.objects.filter(board=board, representative="").exists()
    ncsl = BoardMember.objects.get(board=board, organisation__name__contains="NCSL")
    assert ncsl.representative.startswith(User.objects.get(email="partner@example.org").full_name)


def test_stevenage_and_bridgemary_have_indicators_with_measurements(loaded):
    for title in ("Stevenage: A Learning Town", "Bridgemary College: a flexible day"):
        indicators = Indicator.objects.filter(field_trial__title=title)
        assert indicators.count() == 3
        assert Measurement.objects.filter(indicator__in=indicators).count() >= 8
    assert TakeUp.objects.filter(organisation__name__contains="NCSL").exists()


def test_the_officer_finds_the_trials_measuring_attendance_by_searching_for_it(loaded, client):
    client.force_login(User.objects.get(email="officer@example.org"))
    html = client.get(reverse("search:search"), {"q": "attendance", "kind": "field-trials"})
    html = html.content.decode()
    assert "Bridgemary College: a flexible day" in html
    assert re.search(r"What it measures: [^<]*<mark>Attendance</mark>", html)


def test_the_officer_and_the_partner_read_the_zones_evaluation_page(loaded, client):
    url = reverse("evaluation:programme_evaluation", args=[loaded.pk])
    client.force_login(User.objects.get(email="officer@example.org"))
    html = client.get(url).content.decode()
    assert "Strategic Action Team" in html and "Record a meeting" in html
    partner = User.objects.get(email="partner@example.org")  # NCSL, a partner of the Zone
    client.force_login(partner)
    html = client.get(url).content.decode()
    ncsl = PartnerContribution.objects.get(programme=loaded, organisation=partner.organisation)
    becta = PartnerContribution.objects.get(programme=loaded, organisation__name="Becta")
    assert reverse("records:edit", args=["evaluation", "contribution", ncsl.pk]) in html
    assert reverse("records:edit", args=["evaluation", "contribution", becta.pk]) not in html


def test_the_next_practice_programmes_evaluation_page_is_filled_and_in_order(client, loaded):
    """The demo's main programme shows its own objectives with progress, joint success
    criteria, lessons, a case study, its partners' contributions and highlight reports, and
    an evaluator with a name; NCSL took up Stevenage's lesson before giving the evidence it
    was used in."""
    from evaluation.models import IndependentEvaluation, PolicyEvidence

    programme = Programme.objects.get(name__startswith="Next Practice")
    objectives = Objective.objects.filter(programme=programme)
    assert objectives.count() == len(demo.NP_OBJECTIVES)
    assert not objectives.filter(progress__isnull=True).exists()
    client.force_login(User.objects.get(email="officer@example.org"))
    url = reverse("evaluation:programme_evaluation", args=[programme.pk])
    html = client.get(url).content.decode()
    for empty in ("No objectives recorded yet", "No progress recorded yet",
                  "No joint success criteria recorded yet", "No lessons recorded yet",
                  "No case studies yet", "No contributions recorded yet",
                  "No highlight reports yet"):  # fmt: skip
        assert empty not in html, empty
    assert "Engage and retain the attention of policy makers" in html
    assert "how few proposals require this facility" in html
    assert "Specialist Schools and Academies Trust (SSAT)" in html
    evaluation = IndependentEvaluation.objects.get(programme=programme)
    assert "evaluator" not in evaluation.evaluator.lower()
    evidence = PolicyEvidence.objects.get(programme=programme)
    take_up = TakeUp.objects.get(lesson__isnull=False, how__contains="evidence")
    assert take_up.taken_up_on < evidence.given_on


def test_the_strands_are_the_baseline_tools_strands():
    path = Path(settings.BASE_DIR) / "toolkit" / "definitions" / "baseline.yaml"
    tool = yaml.safe_load(path.read_text())
    strands = [(s["key"], s["title"]) for s in tool["sections"]][: len(BASELINE_STRANDS)]
    assert strands == BASELINE_STRANDS  # then the tool asks where the data will come from


def test_invented_items_are_said_so_on_the_about_page_not_on_the_records(loaded):
    from evaluation import demo as evaluation_demo
    from evaluation.models import HighlightReport, ProgressEntry, SuccessCriterion

    for model, field in [(ProgressEntry, "what"), (SuccessCriterion, "text"),
                         (HighlightReport, "text"), (Measurement, "note")]:  # fmt: skip
        values = model.objects.values_list(field, flat=True)
        assert values and not any(re.search(r"\(demo\)|invented", v) for v in values)
    [(heading, intro, items)] = evaluation_demo.ABOUT
    assert "progress entry" in intro and "highlight reports" in intro
    assert any(item.startswith(evaluation_demo.SECOND_GROUP) for item in items)


def test_the_demos_history_rows_are_dated_and_signed_as_the_demo_tells_it(loaded):
    from evaluation.models import ProgressEntry

    for model, day in ((ProgressEntry, "recorded_on"), (Measurement, "measured_on")):
        rows = list(model.history.all())
        assert rows and all(r.history_user_id is not None for r in rows), model
        assert all(r.history_date.date() == getattr(r, day) for r in rows), model
    assert Objective.history.count() and not Objective.history.filter(history_user=None).exists()


def test_the_trials_evaluation_history_tells_when_its_records_were_added(loaded, client):
    from django.utils import timezone

    from accounts.models import Event
    from fieldtrials.models import FieldTrial

    trial = FieldTrial.objects.get(title="Stevenage: A Learning Town")
    client.force_login(User.objects.get(email="leader@example.org"))
    html = client.get(reverse("evaluation:field_trial_evaluation", args=[trial.pk])).content
    html = html.decode()
    history = html[html.index('id="evaluation-history"') :]
    assert "No changes recorded yet" not in history
    assert "added the indicator" in history or "added an indicator" in history
    # Dated when the demo says, not all at the moment it was loaded.
    added = Event.objects.filter(verb__startswith="evaluation.", verb__endswith="_added")
    times = list(added.values_list("created_at", flat=True))
    assert len(set(times)) > 5 and max(times) < timezone.now() - timezone.timedelta(minutes=5)


def test_the_programmes_evaluation_history_tells_when_its_evidence_was_added(loaded, client):
    """The Next Practice programme's independent evaluation and evidence to policy makers
    have the events save_record writes, by the officer: the evidence on the day it was
    given, the evaluation (not yet reported) at the programme's start."""
    from django.template.defaultfilters import date
    from django.utils import timezone

    from accounts.models import Event
    from evaluation.models import IndependentEvaluation, PolicyEvidence

    programme = Programme.objects.get(name="Next Practice 2006-8")
    officer = User.objects.get(email="officer@example.org")
    evaluation = IndependentEvaluation.objects.get(programme=programme)
    evidence = PolicyEvidence.objects.get(programme=programme)
    client.force_login(officer)
    html = client.get(reverse("evaluation:programme_evaluation", args=[programme.pk])).content
    history = html.decode().split('id="evaluation-history"', 1)[1].split("</section>", 1)[0]
    for record, day, noun in (
        (evaluation, programme.start_date, "an independent evaluation"),
        (evidence, evidence.given_on, "evidence to policy makers"),
    ):
        event = Event.objects.get(
            verb__endswith="_added",
            target_id=record.pk,
            target_type__model=record._meta.model_name,
        )
        assert event.actor == officer and event.programme_id == programme.pk
        when = timezone.localtime(event.created_at)
        assert when.date() == day and when.hour == 12
        added = f"{officer.full_name} added {noun} “{record}”."
        assert f"{date(when, 'j M Y, H:i')}</time></strong>: {added}" in history


def test_stevenage_and_system_leadership_have_objectives_with_progress(loaded, client):
    """Stevenage's leader reads its objectives and their progress; System Leadership, in its
    last stage, shows progress against each objective, on its page and in its report."""
    from fieldtrials.models import FieldTrial
    from programmes import demo_content as content
    from reports.models import Report

    stevenage = FieldTrial.objects.get(title=content.STEVENAGE_TRIAL)
    objectives = Objective.objects.filter(field_trial=stevenage)
    assert objectives.count() == 3
    assert not objectives.filter(progress__isnull=True).exists()
    client.force_login(User.objects.get(email="leader@example.org"))
    html = client.get(reverse("evaluation:field_trial_evaluation", args=[stevenage.pk]))
    html = html.content.decode()
    assert "No objectives recorded yet" not in html
    assert "Create a small Governance Group designed to bridge the gap between sectors" in html
    assert "joint blocked timetable" in html

    project = stevenage.project
    agreed = Objective.objects.filter(project=project, need_objective__isnull=False)
    assert agreed.count() == 3 and not agreed.filter(progress__isnull=True).exists()
    client.force_login(User.objects.get(email="officer@example.org"))
    html = client.get(reverse("evaluation:project_evaluation", args=[project.pk])).content
    html = html.decode()
    assert "No progress recorded yet" not in html
    assert "It is interesting how few proposals require this facility." in html
    report = Report.objects.get(project=project)
    html = client.get(reverse("reports:report_page", args=[report.pk])).content.decode()
    assert "No progress recorded yet" not in html
    assert "drawing upon the work of the field trials" in html


def test_every_demo_progress_entry_and_measurement_passes_the_rules_people_meet(loaded):
    """Dated today or before, not before its programme began, a count not below 0, one
    measurement of an indicator a day: the demo shows nothing a page would refuse. So too
    its case studies, independent evaluations, take-ups and evidence to policy makers."""
    from evaluation.models import ProgressEntry

    entries = ProgressEntry.objects.current().select_related("objective", "group")
    measurements = Measurement.objects.current().select_related("indicator")
    assert entries.exists() and measurements.exists()
    # A case study published, an evaluation reported: not after today nor before it began.
    studies = CaseStudy.objects.current().exclude(published_on=None)
    # (None is reported in the demo: Next Practice's has not; Knowsley's review is no
    # independent evaluation.)
    evaluations = IndependentEvaluation.objects.current().exclude(reported_on=None)
    assert studies.exists()
    take_ups = TakeUp.objects.current().select_related("lesson", "case_study")
    evidence = PolicyEvidence.objects.current().exclude(given_on=None)
    assert take_ups.exists() and evidence.exists()
    for record in [*entries, *measurements, *studies, *evaluations, *take_ups, *evidence]:
        record.full_clean()


def _page_words(client, who, url):
    """The words `who` reads in the page's main part, tags stripped and spaces squeezed."""
    client.force_login(User.objects.get(email=who))
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    html = re.sub(r"(?s)<(script|style).*?</\1>", " ", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'").split())


def test_every_trial_whose_evaluation_was_co_designed_shows_its_plan(loaded, client):
    """A trial whose milestone says its evaluation was co-designed with the Innovation Unit
    shows that evaluation: a plan, objectives and an indicator with its baseline."""
    from evaluation.demo_trials import EVALUATION_STEP
    from fieldtrials.models import FieldTrial

    trials = FieldTrial.objects.filter(
        milestones__title=EVALUATION_STEP, milestones__completed_on__isnull=False
    ).distinct()
    assert trials.count() >= 10
    summaries = set()
    for trial in trials:
        url = reverse("evaluation:field_trial_evaluation", args=[trial.pk])
        text = _page_words(client, "officer@example.org", url)
        assert "No objectives recorded yet" not in text, trial
        assert "No evaluation plan yet" not in text, trial
        assert "No indicators" not in text, trial
        indicator = trial.indicators.current().exclude(baseline_value=None).first()
        assert indicator and indicator.name in text, trial
        summaries.add(trial.evaluation_plan.summary)
    # Each plan is written for its own trial.
    assert len(summaries) == trials.count()


def test_the_completed_trial_shows_what_it_measured_and_achieved(loaded, client):
    from fieldtrials.models import FieldTrial

    trial = FieldTrial.objects.get(status=FieldTrial.Status.COMPLETED)
    text = _page_words(
        client, "officer@example.org", reverse("evaluation:field_trial_evaluation", args=[trial.pk])
    )
    assert "No evaluation plan yet" not in text and "No objectives recorded yet" not in text
    assert "left its category of concern" in text
    indicators = list(trial.indicators.current())
    assert len(indicators) >= 2
    for indicator in indicators:
        assert indicator.name in text
        last = indicator.measurements.current().latest("measured_on")
        # Measured to the trial's end, its target met.
        assert last.measured_on <= trial.end_date
        assert indicator.progress_of(last.value) >= 100, indicator
    objectives = Objective.objects.filter(field_trial=trial)
    assert objectives.count() >= 2
    assert (
        not ProgressEntry.objects.filter(objective__in=objectives)
        .exclude(status="achieved")
        .filter(recorded_on__gte=trial.end_date.replace(day=1))
    )


def test_knowsleys_records_are_written_by_those_the_seed_says_wrote_them(loaded, client):
    """The local authority writes its highlight reports (every month up to last month) and
    its group's progress; each partner what it gives, after the round table asked for it.
    Not the Innovation Unit's officer."""
    import datetime

    from django.utils import timezone

    from evaluation.models import HighlightReport, Lesson

    officer = User.objects.get(email="officer@example.org")
    reports = HighlightReport.objects.filter(programme=loaded).select_related("author")
    assert {r.author.organisation.name for r in reports} == {"Knowsley"}
    contributions = PartnerContribution.objects.filter(programme=loaded).select_related(
        "entered_by"
    )
    for contribution in contributions:
        assert contribution.entered_by.organisation_id == contribution.organisation_id
    entries = ProgressEntry.objects.filter(objective__programme=loaded)
    written = [
        *(r.author for r in reports),
        *(c.entered_by for c in contributions),
        *(e.recorded_by for e in entries.select_related("recorded_by")),
        *(o.created_by for o in Objective.objects.filter(programme=loaded)),
        *(lesson.recorded_by for lesson in Lesson.objects.filter(programme=loaded)),
    ]
    assert written and officer not in written and None not in written

    first_meeting = BoardMeeting.objects.filter(board__programme=loaded).earliest("held_on")
    assert all(c.created_at.date() > first_meeting.held_on for c in contributions)
    months = sorted(r.month for r in reports)
    last_month = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    assert months[0] <= first_meeting.held_on and months[-1] == last_month
    for before, after in zip(months, months[1:], strict=False):
        assert (after.year - before.year) * 12 + after.month - before.month == 1

    # What a visitor reads: the history names the partners, not the officer.
    url = reverse("evaluation:programme_evaluation", args=[loaded.pk])
    text = _page_words(client, "partner@example.org", url)
    assert "Olivia Okafor added" not in text
    assert "Maureen Ashworth added" in text


def test_knowsleys_review_is_no_independent_evaluation(loaded, client):
    """Seed 001's March 2009 review was Knowsley's and its SAT's own: a meeting of the
    SAT, not an independent evaluation; no history reads "Evaluation by Review of"."""
    assert not IndependentEvaluation.objects.filter(programme=loaded).exists()
    url = reverse("evaluation:programme_evaluation", args=[loaded.pk])
    text = _page_words(client, "officer@example.org", url)
    assert "not independent" not in text and "Evaluation by" not in text
    assert "Review of the Innovation Zone project with Knowsley" in text
    assert " ".join(demo.REVIEW_FINDINGS.split()[:12]) in text


def test_the_zones_evaluation_page_tells_its_evidence_to_policy_makers(loaded, client):
    """A tester found "No evidence to policy makers recorded yet" on Knowsley's page, though
    seed 001 tells of the Zone "informing local and national policies": Knowsley's part in the
    March 2009 review of the Innovation Zone project, and Partnerships for Schools' case study
    considerations for the national organisations' group, in the seed's words, given by them
    on the review's and the case study's days."""
    from evaluation.models import PolicyEvidence

    evidence = PolicyEvidence.objects.filter(programme=loaded).select_related("given_by")
    assert {e.given_by.name for e in evidence} == {"Knowsley", "Partnerships for Schools"}
    review = BoardMeeting.objects.get(board__programme=loaded, notes__startswith="Review of")
    assert evidence.get(given_by__name="Knowsley").given_on == review.held_on
    study = CaseStudy.objects.get(programme=loaded)
    assert evidence.get(given_by__name="Partnerships for Schools").given_on == study.published_on
    text = seed_text()
    if text:
        quoted = re.search(r'"(.+)"', evidence.get(given_by__name="Partnerships for Schools").what)
        assert quoted[1] in text
    url = reverse("evaluation:programme_evaluation", args=[loaded.pk])
    words = _page_words(client, "officer@example.org", url)
    assert "No evidence to policy makers recorded yet" not in words
    assert "the local authority's clarity of vision and frameworks for leadership" in words
    assert "intended to inform and encourage further partnerships" in words


def test_the_officers_zone_page_and_report_show_knowsleys_audit(loaded, client):
    """Knowsley's pedagogic audit, run by the local authority, is linked from the Zone's
    page for its officer and its partner, and its report shows the authority's closed
    exercises."""
    from reports.building import report_html
    from toolkit.models import Exercise

    audit = Exercise.objects.get(tool__slug="pedagogic-audit", local_authority__name="Knowsley")
    url = reverse("programmes:programme_detail", args=[loaded.pk])
    for who in ("officer@example.org", "partner@example.org"):
        client.force_login(User.objects.get(email=who))
        assert f'href="{audit.get_absolute_url()}"' in client.get(url).content.decode(), who
    html = report_html(loaded)
    assert audit.title in html
    assert "No closed exercise with shared results yet" not in html
