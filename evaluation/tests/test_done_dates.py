"""A case study's "Published", an independent evaluation's "When", a take-up's "When was it
taken up?" and policy evidence's "When" are days that have passed, not before the programme
began: 1 January 0001 and 31 December 9999 were kept. Refused beside the date on the add page
and the edit page, and nothing is saved."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from evaluation.models import CaseStudy, IndependentEvaluation, PolicyEvidence, TakeUp

from .pages import add_url, beside, edit_url

pytestmark = pytest.mark.django_db

TOMORROW = timezone.localdate() + datetime.timedelta(days=1)


@pytest.fixture
def officer(world, client):
    client.force_login(world.users["officer"])
    return world.users["officer"]


def began_said(world, what):
    began = world.quartz.start_date
    return (
        f"The {what} must be {began:%-d/%-m/%Y} or after: "
        f"Quartz Programme began on {began:%-d %B %Y}"
    )


KINDS = {
    "case-study": (
        "project",
        "published_on",
        "date in “Published elsewhere on”",
        {"title": "Dated case study", "summary": "A model"},
        CaseStudy,
    ),
    "independent-evaluation": (
        "programme",
        "reported_on",
        "date it was reported",
        {"evaluator": "Dated evaluator", "findings": "Good"},
        IndependentEvaluation,
    ),
    "take-up": (
        "case-study",
        "taken_up_on",
        "date it was taken up",
        {"how": "In its guidance"},
        TakeUp,
    ),
    "policy-evidence": (
        "programme",
        "given_on",
        "date it was given",
        {"review": "Dated review", "what": "Evidence"},
        PolicyEvidence,
    ),
}


def adding(world, slug):
    """The add page of a `slug` record and what it is posted with, but for its date."""
    parent, _, _, data, _ = KINDS[slug]
    pk = {
        "programme": world.quartz.pk,
        "project": world.amber.pk,
        "case-study": world.ev_case_study.pk,
    }[parent]
    if slug == "take-up":
        data = {**data, "organisation": world.ev_take_up.organisation.name}
    return add_url(parent, pk, slug), data


@pytest.mark.parametrize("slug", KINDS)
@pytest.mark.parametrize("typed", ["1/1/0001", "31/12/9999", "1/1/1990", "tomorrow"])
def test_a_date_not_yet_come_or_before_the_programme_is_refused_beside_it(
    world, client, officer, slug, typed
):
    _, field, what, _, model = KINDS[slug]
    url, data = adding(world, slug)
    future = typed in ("31/12/9999", "tomorrow")
    day = f"{TOMORROW:%d/%m/%Y}" if typed == "tomorrow" else typed
    before = model.objects.count()
    response = client.post(url, {**data, field: day})
    assert response.status_code == 400
    assert model.objects.count() == before
    said = f"The {what} must be today or in the past" if future else began_said(world, what)
    assert beside(response.text, field) == said
    assert not model.objects.filter(**{field: datetime.date(1, 1, 1)}).exists()
    assert not model.objects.filter(**{f"{field}__gt": timezone.localdate()}).exists()


@pytest.mark.parametrize("slug", KINDS)
def test_the_programmes_first_day_and_today_are_kept(world, client, officer, slug):
    _, field, _, _, model = KINDS[slug]
    url, data = adding(world, slug)
    for day in (world.quartz.start_date, timezone.localdate()):
        before = model.objects.filter(**{field: day}).count()
        response = client.post(url, {**data, field: f"{day:%d/%m/%Y}"})
        assert response.status_code == 302
        assert model.objects.filter(**{field: day}).count() == before + 1


def test_a_case_study_changed_to_an_impossible_date_is_refused(world, client, officer):
    study = world.ev_case_study
    posted = {
        "title": study.title,
        "summary": study.summary,
        "url": "",
        "published_on": "1/1/0001",
        "version": study.version,
    }
    response = client.post(edit_url("case-study", study.pk), posted)
    assert response.status_code == 400
    assert beside(response.text, "published_on") == began_said(
        world, "date in “Published elsewhere on”"
    )
    study.refresh_from_db()
    assert study.published_on is None


def test_policy_evidence_changed_to_a_date_not_yet_come_is_refused(world, client, officer):
    evidence = world.ev_policy
    posted = {
        "review": evidence.review,
        "given_by": "",
        "what": evidence.what,
        "given_on": "31/12/9999",
        "version": evidence.version,
    }
    response = client.post(edit_url("policy-evidence", evidence.pk), posted)
    assert response.status_code == 400
    said = "The date it was given must be today or in the past"
    assert beside(response.text, "given_on") == said
    evidence.refresh_from_db()
    assert evidence.given_on is None


def test_a_take_up_changed_to_a_day_before_the_programme_is_refused(world, client, officer):
    take_up = world.ev_take_up
    kept = take_up.taken_up_on
    posted = {
        "organisation": take_up.organisation.name,
        "how": take_up.how,
        "taken_up_on": "1/1/0001",
        "version": take_up.version,
    }
    response = client.post(edit_url("take-up", take_up.pk), posted)
    assert response.status_code == 400
    assert beside(response.text, "taken_up_on") == began_said(world, "date it was taken up")
    take_up.refresh_from_db()
    assert take_up.taken_up_on == kept


def test_a_case_studys_date_says_it_records_publishing_elsewhere_not_who_reads_it(
    world, client, officer
):
    """ "Published" alone read as a switch that shows the case study to the wider system; it
    is when it appeared outside Next Practice, and its page says so too."""
    url, data = adding(world, "case-study")
    form = client.get(url).text
    assert "Published elsewhere on" in form
    # Each sentence says what it is about: the day, or who sees the case study here.
    assert "The day the case study appeared on a website or in a report." in form
    assert "Leave it empty if it has not." in form
    assert "on Next Practice the case study is seen only by the people who can see" in form
    assert "Here, it is read" not in form
    day = world.quartz.start_date
    client.post(url, {**data, "title": "Elsewhere", "published_on": f"{day:%d/%m/%Y}"})
    page = client.get(reverse("evaluation:project_evaluation", args=[world.amber.pk])).text
    assert f"Published elsewhere on {day:%-d %B %Y}" in page
