"""A case study's "Published" and an independent evaluation's "When" are days that have
passed, not before the programme began: 1 January 0001 and 31 December 9999 were kept. Refused
beside the date on the add page and the edit page, and nothing is saved."""

import datetime

import pytest
from django.utils import timezone

from evaluation.models import CaseStudy, IndependentEvaluation

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
        "date it was published",
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
}


@pytest.mark.parametrize("slug", KINDS)
@pytest.mark.parametrize("typed", ["1/1/0001", "31/12/9999", "1/1/1990", "tomorrow"])
def test_a_date_not_yet_come_or_before_the_programme_is_refused_beside_it(
    world, client, officer, slug, typed
):
    parent, field, what, data, model = KINDS[slug]
    pk = world.quartz.pk if parent == "programme" else world.amber.pk
    future = typed in ("31/12/9999", "tomorrow")
    day = f"{TOMORROW:%d/%m/%Y}" if typed == "tomorrow" else typed
    response = client.post(add_url(parent, pk, slug), {**data, field: day})
    assert response.status_code == 400
    said = f"The {what} must be today or in the past" if future else began_said(world, what)
    assert beside(response.text, field) == said
    assert not model.objects.filter(**{field: datetime.date(1, 1, 1)}).exists()
    assert not model.objects.filter(**{f"{field}__gt": timezone.localdate()}).exists()


@pytest.mark.parametrize("slug", KINDS)
def test_the_programmes_first_day_and_today_are_kept(world, client, officer, slug):
    parent, field, _, data, model = KINDS[slug]
    pk = world.quartz.pk if parent == "programme" else world.amber.pk
    for day in (world.quartz.start_date, timezone.localdate()):
        response = client.post(add_url(parent, pk, slug), {**data, field: f"{day:%d/%m/%Y}"})
        assert response.status_code == 302
        assert model.objects.filter(**{field: day}).exists()


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
    assert beside(response.text, "published_on") == began_said(world, "date it was published")
    study.refresh_from_db()
    assert study.published_on is None
