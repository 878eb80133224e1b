"""Adding and changing evaluation records through their pages (changing them is the record
kit's): bad input gets a 400 with its reasons and saves nothing; partners keep only their own
organisation's contributions."""

import datetime
import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event
from evaluation.kinds import RECORD_KINDS
from evaluation.models import (
    BoardMember,
    HighlightReport,
    Indicator,
    Lesson,
    LocalityGroup,
    Measurement,
    Objective,
    PartnerContribution,
    ProgressEntry,
)
from evaluation.tests.pages import edit_url
from nextpractice.records.services import withdraw_record


def create_url(parent, pk, kind):
    return reverse("evaluation:record_create", kwargs={"parent": parent, "pk": pk, "kind": kind})


@pytest.fixture
def leader(world, client):
    client.force_login(world.users["leader"])
    return world.users["leader"]


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"measured_on": "1/6/2007", "value": "lots"}, "value", "Enter the value as a number"),
        ({"measured_on": "1/6/2006", "value": "15"}, "measured_on", "before the baseline"),
        ({"measured_on": "", "value": ""}, "value", "Enter the value, as a number"),
    ],
)
def test_a_bad_measurement_is_refused_with_its_reason_and_nothing_saved(
    world, client, leader, data, field, message
):
    before = Measurement.objects.count()
    response = client.post(create_url("indicator", world.ev_indicator.pk, "measurement"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert message in html
    # The reason sits next to its field, not only in the summary.
    pattern = (
        rf'id="id_{field}_1_error" class="govuk-error-message">\s*<span[^>]*>Error:</span>([^<]*)'
    )
    next_to_field = re.search(pattern, html)
    assert next_to_field and message in next_to_field.group(1)
    assert Measurement.objects.count() == before


def test_the_measurement_page_names_the_unit_and_asks_for_none(world, client, leader):
    # A "Unit" box whose only right answers were nothing or the indicator's unit itself only
    # caused errors ("learners" for "number of learners"): the unit is shown, not asked for.
    page = client.get(create_url("indicator", world.ev_indicator.pk, "measurement")).text
    assert "measured in <strong>pupils</strong>" in page
    assert re.search(r'<label[^>]*for="id_value"[^>]*>\s*Value \(pupils\)\s*</label>', page)
    assert 'name="unit"' not in page and "Leave this empty" not in page
    assert 'name="measured_on"' in page and 'name="value"' in page and 'name="note"' in page


def test_a_measurement_saves_in_its_indicators_unit_whatever_else_is_posted(world, client, leader):
    url = create_url("indicator", world.ev_indicator.pk, "measurement")
    response = client.post(url, {"measured_on": "1/6/2007", "value": "15", "unit": "learners"})
    assert response.status_code == 302
    m = Measurement.objects.get(indicator=world.ev_indicator, measured_on=datetime.date(2007, 6, 1))
    assert m.unit == world.ev_indicator.unit == "pupils"


def test_a_measurement_is_changed_without_a_unit_even_after_its_indicators_unit_changed(
    world, client, leader
):
    indicator = world.ev_indicator
    m = Measurement.objects.create(
        indicator=indicator,
        measured_on=datetime.date(2007, 6, 1),
        value=15,
        unit="pupils",
        entered_by=leader,
    )
    Indicator.objects.filter(pk=indicator.pk).update(unit="number of pupils")
    response = client.post(
        edit_url("measurement", m.pk),
        {"measured_on": "1/6/2007", "value": "16", "note": "", "version": m.version},
    )
    assert response.status_code == 302
    m.refresh_from_db()
    assert (m.value, m.unit) == (16, "number of pupils")
    change = Event.objects.get(verb="evaluation.measurement_changed")
    assert {"field": "Unit", "from": "pupils", "to": "number of pupils"} in change.data["changes"]


def test_a_trial_member_enters_a_measurement_and_sees_it_on_the_chart(world, client, leader):
    url = create_url("indicator", world.ev_indicator.pk, "measurement")
    page = client.get(url)
    assert "measured in <strong>pupils</strong>" in page.content.decode()
    response = client.post(url, {"measured_on": "1/9/2007", "value": "18"})
    assert response.status_code == 302
    # The trial's evaluation page at its top, where the banner saying so takes focus: not at
    # #indicators, whose jump took the banner out of view and focus from it (nextpractice.told).
    trial = world.ev_indicator.subject
    assert response["Location"] == reverse("evaluation:field_trial_evaluation", args=[trial.pk])
    m = Measurement.objects.get(indicator=world.ev_indicator, measured_on=datetime.date(2007, 9, 1))
    assert (m.value, m.unit, m.entered_by) == (18, "pupils", leader)
    assert Event.objects.filter(verb="evaluation.measurement_added", actor=leader).count() == 1
    trial_page = client.get(response["Location"]).content.decode()
    assert "1 Sep 2007: 18" in trial_page  # the new point's tooltip on the chart


def test_the_partner_records_a_contribution_for_their_own_organisation_only(world, client):
    partner = world.users["partner"]
    client.force_login(partner)
    other = world.ev_other_contribution.organisation
    response = client.post(
        create_url("project", world.amber.pk, "contribution"),
        {"organisation": other.pk, "what": "Mentoring for middle leaders"},
    )
    assert response.status_code == 302
    saved = PartnerContribution.objects.get(what="Mentoring for middle leaders")
    assert saved.organisation == partner.organisation  # not the organisation they posted
    assert saved.entered_by == partner


def test_the_partner_changes_their_own_contribution_but_not_anothers(world, client):
    client.force_login(world.users["partner"])
    own, other = world.ev_contribution, world.ev_other_contribution
    posted = {"what": "More", "version": own.version}
    assert client.post(edit_url("contribution", own.pk), posted).status_code == 302
    own.refresh_from_db()
    assert own.what == "More"
    assert client.get(edit_url("contribution", other.pk)).status_code == 403
    posted = {"what": "Mine", "version": other.version}
    assert client.post(edit_url("contribution", other.pk), posted).status_code == 403
    other.refresh_from_db()
    assert other.what == "Juniper contribution"


def test_a_partner_cannot_add_contributions_to_a_programme_they_only_read(world, client):
    client.force_login(world.users["partner"])
    response = client.get(create_url("programme", world.quartz.pk, "contribution"))
    assert response.status_code == 403


def test_an_officer_adds_an_objective_and_records_progress_by_group(world, client):
    officer = world.users["officer"]
    client.force_login(officer)
    response = client.post(
        create_url("programme", world.quartz.pk, "objective"), {"number": "2", "text": "Share"}
    )
    assert response.status_code == 302
    objective = Objective.objects.get(programme=world.quartz, text="Share")
    assert Event.objects.filter(verb="evaluation.objective_added", actor=officer).count() == 1
    response = client.post(
        create_url("objective", objective.pk, "progress"),
        {"recorded_on": "2/3/2008", "group": world.ev_group.pk, "status": "at_risk",
         "what": "Slow start"},
    )  # fmt: skip
    assert response.status_code == 302
    entry = ProgressEntry.objects.get(objective=objective)
    assert (entry.group, entry.status, entry.recorded_by) == (world.ev_group, "at_risk", officer)
    page = client.get(reverse("evaluation:programme_evaluation", args=[world.quartz.pk]))
    assert "Slow start" in page.content.decode()


def test_where_progress_stands_offers_the_statuses_only_none_chosen(world, client):
    """A "---------" radio was offered, and chosen, among the statuses (Django's empty choice
    for a field with no default): there are only the four, none chosen, and sending the form
    without choosing one asks for it beside the question."""
    client.force_login(world.users["officer"])
    url = create_url("objective", world.ev_objective.pk, "progress")
    page = client.get(url).content.decode()
    radios = re.findall(r'<input[^>]*name="status"[^>]*>', page)
    assert [re.search(r'value="([^"]*)"', r).group(1) for r in radios] == [
        "not_started",
        "on_track",
        "at_risk",
        "achieved",
    ]
    assert "---------" not in page and not any("checked" in r for r in radios)
    response = client.post(url, {"recorded_on": "2/3/2008", "what": "Slow start"})
    assert response.status_code == 400
    assert "Choose where the objective stands" in response.content.decode()
    assert not ProgressEntry.objects.filter(what="Slow start").exists()


def test_an_objective_with_no_text_is_refused_and_nothing_saved(world, client):
    client.force_login(world.users["officer"])
    before = Objective.objects.count()
    response = client.post(create_url("programme", world.quartz.pk, "objective"), {"text": ""})
    assert response.status_code == 400
    assert "Enter the objective" in response.content.decode()
    assert Objective.objects.count() == before
    assert not Event.objects.filter(verb="evaluation.objective_added").exists()


def test_progress_for_another_programmes_group_is_refused(world, client):
    client.force_login(world.users["admin"])
    response = client.post(
        create_url("objective", world.ev_objective.pk, "progress"),
        {"recorded_on": "2/3/2008", "group": world.ev_onyx_group.pk, "status": "on_track",
         "what": "x"},
    )  # fmt: skip
    assert response.status_code == 400
    assert not ProgressEntry.objects.filter(what="x").exists()


def test_a_lesson_is_tagged_with_themes_from_a_comma_list(world, client):
    client.force_login(world.users["officer"])
    response = client.post(
        create_url("project", world.amber.pk, "lesson"),
        {"title": "Start small", "text": "It works", "theme_list": "governance, Governance, ,pace"},
    )
    assert response.status_code == 302
    lesson = Lesson.objects.get(title="Start small")
    assert sorted(t.name for t in lesson.themes.all()) == ["governance", "pace"]
    page = client.get(edit_url("lesson", lesson.pk)).content.decode()
    assert 'value="governance, pace"' in page


def test_a_highlight_report_month_is_typed_as_month_and_year(world, client):
    client.force_login(world.users["officer"])
    url = create_url("project", world.amber.pk, "highlight")
    bad = client.post(url, {"month": "sometime", "text": "x"})
    assert bad.status_code == 400
    today = timezone.localdate()  # this month, not a fixed March that may be ahead
    assert f"Enter a month, for example {today.month}/{today.year}" in bad.content.decode()
    good = client.post(url, {"month": "April 2009", "text": "Good month", "rag": "green"})
    assert good.status_code == 302
    report = HighlightReport.objects.get(text="Good month")
    assert report.month == datetime.date(2009, 4, 1)


def test_the_board_and_the_plan_have_one_add_page_that_goes_to_their_edit_page(world, client):
    client.force_login(world.users["officer"])
    response = client.get(create_url("programme", world.quartz.pk, "board"))
    assert response["Location"] == edit_url("board", world.ev_board.pk)
    response = client.get(create_url("field-trial", world.coral.pk, "plan"))
    assert response["Location"] == edit_url("plan", world.ev_plan.pk)


def test_a_plan_added_while_the_add_page_was_open_keeps_what_was_typed(world, client):
    """Two people (or tabs) open "Add the evaluation plan"; the first saves. The second's
    save is refused, says so and keeps their text to copy into the plan; nothing saved."""
    from evaluation.models import EvaluationPlan

    officer = world.users["officer"]
    client.force_login(officer)
    url = create_url("field-trial", world.dune.pk, "plan")
    assert client.get(url).status_code == 200  # no plan yet: both tabs open the add page
    first = {"co_designed_with": "The heads", "summary": "Tab A's plan"}
    assert client.post(url, first).status_code == 302
    plan = EvaluationPlan.objects.get(field_trial=world.dune)

    client.force_login(world.users["admin"])
    second = {"co_designed_with": "The governors", "summary": "Tab B's plan, typed at length"}
    response = client.post(url, second)
    page = html.unescape(response.content.decode())
    assert response.status_code == 409
    assert (
        f"This trial already has an evaluation plan, added by {officer.full_name}: what "
        "you typed is kept below; copy what you need into the evaluation plan." in page
    )
    assert re.search(r"<textarea[^>]*>\s*Tab B's plan, typed at length</textarea>", page)
    assert f'href="{edit_url("plan", plan.pk)}"' in page
    plan.refresh_from_db()
    assert plan.summary == "Tab A's plan" and plan.version == 1
    assert EvaluationPlan.objects.filter(field_trial=world.dune).count() == 1
    assert Event.objects.filter(verb="evaluation.evaluationplan_added").count() == 1
    # Opened now, the add page goes to the plan as before.
    assert client.get(url)["Location"] == edit_url("plan", plan.pk)


def test_a_question_added_to_a_trial_without_a_plan_starts_the_plan(world, client):
    client.force_login(world.users["officer"])
    page = client.get(create_url("field-trial", world.dune.pk, "question")).content.decode()
    # Its example of when: no years ("July 2007 and July 2008" read as long past).
    assert "For example, each term, or each July at the end of the school year" in page
    assert "2007" not in page
    response = client.post(
        create_url("field-trial", world.dune.pk, "question"),
        {"question": "Q?", "methods": "M", "who_collects": "W", "when": "Termly"},
    )
    assert response.status_code == 302
    assert world.dune.evaluation_plan.questions.get().question == "Q?"
    assert Event.objects.filter(verb="evaluation.evaluationquestion_added").count() == 1


def test_an_organisation_already_on_the_board_is_refused_until_it_is_withdrawn(world, client):
    officer = world.users["officer"]
    client.force_login(officer)
    member = world.ev_member
    url = create_url("board", world.ev_board.pk, "member")
    data = {"organisation": member.organisation.name, "representative": "", "role": ""}
    response = client.post(url, data)
    assert response.status_code == 400
    assert "This organisation is already on the board" in response.content.decode()
    assert BoardMember.objects.filter(board=world.ev_board).count() == 1
    # A withdrawn member's organisation may join the board again, as the board's rule says.
    kind = next(k for k in RECORD_KINDS if k.slug == "member")
    withdraw_record(kind=kind, record=member, actor=officer, reason="Left")
    response = client.post(url, data)
    assert response.status_code == 302
    assert BoardMember.objects.filter(board=world.ev_board, withdrawn_at__isnull=True).count() == 1


def test_the_admins_forms_refuse_a_board_member_twice_and_a_measurement_of_no_indicator(
    world, client
):
    # Neither form has the fields these rules need (withdrawn_at, a real indicator): the
    # models' own checks answer with a message where the database or clean() answered 500.
    client.force_login(world.users["admin"])
    member = world.ev_member
    response = client.post(
        reverse("admin:evaluation_boardmember_add"),
        {"board": member.board_id, "organisation": member.organisation_id},
    )
    assert response.status_code == 200
    assert "This organisation is already on the board" in response.content.decode()
    for indicator in ("", "999999999", "-1"):
        response = client.post(
            reverse("admin:evaluation_measurement_add"),
            {"indicator": indicator, "measured_on": "2007-06-01", "value": "3"},
        )
        assert response.status_code == 200 and "errornote" in response.content.decode()
    assert BoardMember.objects.filter(board=member.board).count() == 1
    assert not Measurement.objects.filter(value=3).exists()


def test_a_groups_name_is_refused_while_taken_and_free_again_once_withdrawn(world, client):
    officer = world.users["officer"]
    client.force_login(officer)
    group = LocalityGroup.objects.get(programme=world.quartz, withdrawn_at__isnull=True)
    url = create_url("programme", world.quartz.pk, "group")
    response = client.post(url, {"name": group.name.upper()})
    assert response.status_code == 400
    assert "This programme already has a group with that name" in response.content.decode()
    kind = next(k for k in RECORD_KINDS if k.slug == "group")
    withdraw_record(kind=kind, record=group, actor=officer, reason="Merged")
    assert client.post(url, {"name": group.name}).status_code == 302
    assert LocalityGroup.objects.filter(programme=world.quartz, name=group.name).count() == 2


def indicator_post(indicator, **changes):
    return {
        "strand": indicator.strand,
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "notes": "",
        "version": indicator.version,
        **changes,
    }


def test_an_indicators_name_is_refused_while_taken_and_free_again_once_withdrawn(world, client):
    officer = world.users["officer"]
    client.force_login(officer)
    indicator = world.ev_indicator
    trial = indicator.field_trial
    url = create_url("field-trial", trial.pk, "indicator")
    response = client.post(url, indicator_post(indicator, name=indicator.name.upper()))
    assert response.status_code == 400
    page = response.content.decode()
    assert "This trial already has an indicator with that name" in page
    assert 'href="#id_name"' in page
    kind = next(k for k in RECORD_KINDS if k.slug == "indicator")
    withdraw_record(kind=kind, record=indicator, actor=officer, reason="Measured another way")
    assert client.post(url, indicator_post(indicator)).status_code == 302
    assert Indicator.objects.filter(field_trial=trial, name=indicator.name).count() == 2


def test_an_indicator_renamed_to_anothers_name_is_told_so_beside_the_name(world, client):
    client.force_login(world.users["officer"])
    indicator = world.ev_indicator
    other = Indicator.objects.create(
        field_trial=indicator.field_trial, strand=indicator.strand, name="Fixed-term exclusions"
    )
    response = client.post(
        edit_url("indicator", indicator.pk), indicator_post(indicator, name="fixed-term EXCLUSIONS")
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "This trial already has an indicator with that name" in page
    assert 'href="#id_name"' in page and "Constraint" not in page
    indicator.refresh_from_db()
    assert indicator.name != other.name.lower() and indicator.version == 1


@pytest.mark.parametrize(
    "parent, kind, data",
    [
        ("programme", "independent-evaluation", {"evaluator": "NFER", "findings": "Good"}),
        ("project", "case-study", {"title": "Amber's story", "summary": "It worked"}),
    ],
)
def test_a_link_that_is_not_a_web_address_says_how_to_write_one(world, client, parent, kind, data):
    client.force_login(world.users["officer"])
    pk = world.quartz.pk if parent == "programme" else world.amber.pk
    response = client.post(create_url(parent, pk, kind), {**data, "url": "our website"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a web address starting with https://, like https://www.example.org/report" in html
    assert "Enter a valid URL" not in html


@pytest.mark.parametrize("page_of", ["a member", "the board", "a contribution", "a take-up"])
def test_an_organisation_is_typed_never_chosen_from_a_list_of_every_one(world, client, page_of):
    """A board's chair and members, a contribution's and a take-up's organisation and the
    evidence a policy review was given were each a list of every organisation in the page:
    25,000 once a national register is imported. Each is typed, with suggestions."""
    from accounts.models import Organisation
    from accounts.tests.factories import OrganisationFactory

    OrganisationFactory.create_batch(40)
    client.force_login(world.users["officer"])
    url = {
        "a member": create_url("board", world.ev_board.pk, "member"),
        "the board": edit_url("board", world.ev_board.pk),  # a programme has one
        "a contribution": create_url("programme", world.quartz.pk, "contribution"),
        "a take-up": create_url("case-study", world.ev_case_study.pk, "take-up"),
    }[page_of]
    page = client.get(url).content.decode()
    assert Organisation.objects.count() > 40
    assert page.count("<option") < 10, "a list of every organisation"
    # A school's URN is a way in only where a school may be meant: not for a partner.
    urn = "Start typing its name, or enter a school's URN"
    if page_of in ("a contribution", "a take-up"):
        assert "Start typing its name" in page and urn not in page
    else:
        assert urn in page


def test_an_indicators_wrong_baseline_is_named_and_its_dates_have_a_hint(world, client):
    """ "12%" as a baseline gave "Enter the value as a number" in the error summary without
    saying which value; "31/12/26" as a target date was only "not a real date"; and neither
    date field said how to write a date."""
    client.force_login(world.users["officer"])
    indicator = world.ev_indicator
    url = create_url("field-trial", indicator.field_trial.pk, "indicator")
    page = client.get(url).text
    baseline = re.search(
        r"For example, 1/9/(\d{4}) or 1 September \1: when the baseline was measured", page
    )
    target = re.search(r"For example, 31/7/(\d{4}) or 31 July \1: when it is for", page)
    # The baseline's example has come; the target's is after it, not before.
    assert datetime.date(int(baseline[1]), 9, 1) <= datetime.date.today()
    assert datetime.date(int(target[1]), 7, 31) > datetime.date(int(baseline[1]), 9, 1)
    before = Indicator.objects.count()
    response = client.post(
        url,
        indicator_post(
            indicator,
            name="Attendance",
            baseline_value="12%",
            target_value="100",
            target_date="31/12/26",
        ),
    )
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    summary = page.split('class="govuk-error-summary__body"')[1].split("</ul>")[0]
    assert "Enter the baseline value as a number, like 42 or 93.5" in summary
    assert "Write the year in full for “Target date”, for example 31/12/2026" in summary
    assert "Enter the value as a number" not in page
    assert Indicator.objects.count() == before


def test_a_theme_over_100_characters_is_refused_not_cut(world, client):
    client.force_login(world.users["officer"])
    long_theme = " ".join(["how governors and leaders share the work"] * 4)  # 163
    response = client.post(
        create_url("project", world.amber.pk, "lesson"),
        {"title": "Long theme", "text": "It works", "theme_list": f"pace, {long_theme}"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert (
        "Each theme must be 100 characters or fewer; “how governors and leaders share the…” has 163"
        in page
    )
    assert not Lesson.objects.filter(title="Long theme").exists()
