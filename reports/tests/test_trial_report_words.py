"""What a field trial's report says of it, in its own words: who takes part in it (in its
"About" table) and its risks, each risk's own full stop left off before its likelihood and
impact follow it. Read from the report's parts (reports.parts.sections_for), each section
rendered as the report renders it."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.tests.factories import OrganisationFactory
from fieldtrials.models import FieldTrial, Risk
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.words import without_full_stop
from programmes.tests.factories import ProjectFactory
from reports.parts import Period, sections_for

pytestmark = pytest.mark.django_db

NOVEMBER = Period(start=datetime.date(2006, 11, 1), end=datetime.date(2006, 11, 30))
BEFORE = timezone.make_aware(datetime.datetime(2006, 9, 1, 9, 0))
SEND = "Without a specialist teacher the SEND strand cannot start."


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


def test_a_risks_own_full_stop_is_left_off_before_its_likelihood_and_impact(trial):
    """A tester read "…the SEND strand cannot start., high likelihood, high impact"."""
    Risk.objects.create(
        field_trial=trial, description=SEND, likelihood=Risk.Level.HIGH,
        impact=Risk.Level.HIGH, owner="Head teacher", created_at=BEFORE,
    )  # fmt: skip
    summary = said(trial, NOVEMBER, "The field trial")
    assert "the SEND strand cannot start, high likelihood, high impact." in summary
    assert "start.," not in summary
    words = said(trial, NOVEMBER, "Open risks")
    assert 'the SEND strand cannot start <span class="np-small">(high likelihood' in words
    assert "start. " not in words
    # A project's report names the trial after it.
    summary = said(trial.project, NOVEMBER, "Field trials")
    assert "the SEND strand cannot start (Flying team), high likelihood, high impact." in summary


def test_the_trials_page_leaves_a_risks_full_stop_off_before_its_likelihood(client, world):
    Risk.objects.create(
        field_trial=world.coral, description=SEND, likelihood=Risk.Level.HIGH,
        impact=Risk.Level.MEDIUM, owner="Head teacher",
    )  # fmt: skip
    client.force_login(world.users["leader"])
    page = " ".join(client.get(world.coral.get_absolute_url()).content.decode().split())
    assert 'cannot start <span class="govuk-body-s">(likelihood high, impact medium)' in page


@pytest.mark.parametrize(
    "text, words",
    [
        (SEND, SEND[:-1]),
        ("Staff may leave. ", "Staff may leave"),
        ("Staff may leave", "Staff may leave"),
        ("Staff may leave?", "Staff may leave?"),
        ("Staff may leave...", "Staff may leave..."),
        ("Staff may leave…", "Staff may leave…"),
        ("", ""),
        (None, ""),
    ],
)
def test_without_full_stop(text, words):
    assert without_full_stop(text) == words
