"""What a field trial's report says of it: who takes part in it (in its "About" table).
Read from the report's parts (reports.parts.sections_for), each section rendered as the
report renders it."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.tests.factories import OrganisationFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProjectFactory
from reports.parts import Period, sections_for

pytestmark = pytest.mark.django_db

NOVEMBER = Period(start=datetime.date(2006, 11, 1), end=datetime.date(2006, 11, 30))
BEFORE = timezone.make_aware(datetime.datetime(2006, 9, 1, 9, 0))


def said(subject, period, title):
    """The words of the section (or summary block) titled `title` of `subject`'s report."""
    for section in sections_for(subject, period):
        if section["title"] == title:
            return " ".join(render_to_string(section["template"], section["context"]).split())
    raise AssertionError(f"No section {title!r}")


def about(words):
    """The rows of the "About" table of the section "The trial"."""
    return words[words.index("<caption>About") : words.index("</table>")]


@pytest.fixture
def trial():
    project = ProjectFactory(title="Lantern Project", created_at=BEFORE)
    return FieldTrialFactory(
        project=project, title="Flying team", status=FieldTrial.Status.INCUBATING,
        start_date=datetime.date(2006, 9, 4), created_at=BEFORE,
    )  # fmt: skip


def test_the_trials_about_table_lists_its_participating_organisations(trial):
    table = about(said(trial, NOVEMBER, "The trial"))
    # November is over: who takes part keeps no history, so it is said to be as now.
    assert (
        '<th scope="row">Participating organisations, now (when this report was made)</th>'
        "<td>None yet</td>"
    ) in table.replace("> <", "><")

    trial.participating_organisations.add(
        OrganisationFactory(name="St Anne's CE Primary School"),
        OrganisationFactory(name="Birchwood Lane Primary School"),
    )
    table = about(said(trial, NOVEMBER, "The trial"))
    assert "<td>Birchwood Lane Primary School, St Anne&#x27;s CE Primary School</td>" in table

    # A period ending today: as it is, said plainly.
    table = about(said(trial, Period.month_to(timezone.localdate()), "The trial"))
    assert '<th scope="row">Participating organisations</th><td>Birchwood' in (
        table.replace("> <", "><")
    )
