"""Evaluation's records on the record kit (nextpractice/records, declared in kinds.py): a
stale save is refused, a withdrawn record stops counting on its page and in its report, the
exports hold what the person may read, and the page's history tells what happened."""

import csv
import html
import io
import re
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from accounts.models import Event
from evaluation.models import Indicator, Lesson, Measurement, Objective
from evaluation.reporting import part
from evaluation.tests.pages import edit_url
from reports.parts import Period


def withdraw_url(kind, pk):
    return reverse("records:withdraw", kwargs={"app": "evaluation", "kind": kind, "pk": pk})


def export_url(kind, pk, fmt="csv"):
    return reverse(
        "records:export", kwargs={"app": "evaluation", "kind": kind, "pk": pk, "fmt": fmt}
    )


def trial_page(client, trial):
    return client.get(reverse("evaluation:field_trial_evaluation", args=[trial.pk])).text


def indicators_section(page):
    return page.split('id="indicators"')[1].split("</section>")[0]


def indicator_form(indicator, **changes):
    data = {
        "strand": indicator.strand,
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "baseline_value": "10",
        "baseline_date": "1/1/2007",
        "target_value": "20",
        "target_date": "1/1/2008",
        "notes": "",
        "version": indicator.version,
    }
    return {**data, **changes}


def test_a_stale_save_of_an_indicator_is_refused_with_both_versions_and_the_typing_kept(
    world, client
):
    indicator = world.ev_indicator
    stale = indicator_form(indicator, name="Pupils attending, as typed by the leader")
    client.force_login(world.users["officer"])
    first = client.post(
        edit_url("indicator", indicator.pk), indicator_form(indicator, name="Pupils attending")
    )
    assert first.status_code == 302

    client.force_login(world.users["leader"])
    response = client.post(edit_url("indicator", indicator.pk), stale)

    assert response.status_code == 409
    assert "What is saved now" in response.text and "Pupils attending" in response.text
    assert 'value="Pupils attending, as typed by the leader"' in response.text
    indicator.refresh_from_db()
    assert (indicator.name, indicator.version) == ("Pupils attending", 2)


def test_an_indicators_numbers_read_as_typed_in_its_form_and_its_history(world, client):
    # The form said "89.000", the history "Target value: from 93.000 to 95".
    indicator = world.ev_indicator
    Indicator.objects.filter(pk=indicator.pk).update(
        baseline_value=Decimal("89"), target_value=Decimal("93")
    )
    indicator.refresh_from_db()
    client.force_login(world.users["officer"])

    form = client.get(edit_url("indicator", indicator.pk)).text

    assert 'name="baseline_value" value="89"' in form and 'value="93"' in form
    assert ".000" not in form
    data = indicator_form(indicator, baseline_value="89", target_value="95.50")
    assert client.post(edit_url("indicator", indicator.pk), data).status_code == 302
    event = Event.objects.get(verb="evaluation.indicator_changed")
    assert {"field": "Target value", "from": "93", "to": "95.5"} in event.data["changes"]
    history = client.get(reverse("fieldtrials:fieldtrial_history", args=[world.coral.pk])).text
    assert "Target value: from 93 to 95.5" in history
    indicator.refresh_from_db()
    assert 'value="95.5"' in client.get(edit_url("indicator", indicator.pk)).text


def test_the_old_edit_address_sends_to_the_kits_edit_page(world, client):
    client.force_login(world.users["officer"])
    response = client.get(reverse("evaluation:record_edit", args=["lesson", world.ev_lesson.pk]))
    assert response["Location"] == edit_url("lesson", world.ev_lesson.pk)


def test_a_lessons_themes_are_changed_on_its_edit_page_and_the_event_says_how(world, client):
    lesson = world.ev_lesson
    client.force_login(world.users["officer"])
    data = {"title": lesson.title, "text": lesson.text, "theme_list": "pace, governance"}
    response = client.post(edit_url("lesson", lesson.pk), {**data, "version": lesson.version})
    assert response.status_code == 302
    assert sorted(t.name for t in lesson.themes.all()) == ["governance", "pace"]
    event = Event.objects.get(verb="evaluation.lesson_changed")
    assert event.data["changes"] == [{"field": "Themes", "from": "", "to": "governance, pace"}]


def test_a_withdrawn_measurement_stops_counting_on_the_page_and_in_the_report(world, client):
    indicator = world.ev_indicator  # measured 14 on 1 March 2007 (baseline 10, target 20)
    later = Measurement.objects.create(
        indicator=indicator, measured_on="2007-06-01", value=19, unit="pupils"
    )
    client.force_login(world.users["leader"])
    assert "19 on 1 June 2007" in indicators_section(trial_page(client, world.coral))

    response = client.post(withdraw_url("measurement", later.pk), {"reason": "typed twice"})

    assert response.status_code == 302
    page = indicators_section(trial_page(client, world.coral))
    assert "19 on 1 June 2007" not in page and "14 on 1 March 2007" in page
    sections = part(world.coral, Period.month_to(timezone.localdate()))
    indicators = next(s for s in sections if s["title"].startswith("Indicators"))
    (shown,) = indicators["context"]["indicators"]
    assert [m.value for m in shown.readings] == [14]


def test_each_measurement_has_a_change_link_for_whoever_may_change_it(world, client):
    # The kit's edit page (with "Withdraw this measurement") was reachable only by its URL.
    indicator = world.ev_indicator  # measured 14 on 1 March 2007
    later = Measurement.objects.create(
        indicator=indicator, measured_on="2007-06-01", value=19, unit="pupils"
    )
    first = world.ev_measurement
    client.force_login(world.users["leader"])

    page = indicators_section(trial_page(client, world.coral))

    table = page.split("Show the chart as a table")[1]
    for measurement, day in ((first, "1 March 2007"), (later, "1 June 2007")):
        link = f'href="{edit_url("measurement", measurement.pk)}">Change'
        assert link in table
        assert f'Change<span class="govuk-visually-hidden"> the measurement of {day}' in table
    latest = page.split(">Latest<")[1].split("</div>")[0]
    assert edit_url("measurement", later.pk) in latest
    assert client.get(edit_url("measurement", later.pk)).status_code == 200

    client.force_login(world.users["partner"])  # reads the trial, may not change it
    page = indicators_section(trial_page(client, world.coral))
    assert "19 on 1 June 2007" in page
    assert not re.search(r"/records/evaluation/measurement/\d+/edit/", page)


def test_the_projects_indicators_link_each_latest_measurement_for_whoever_may_change_it(
    world, client
):
    url = reverse("evaluation:project_evaluation", args=[world.amber.pk])
    link = edit_url("measurement", world.ev_measurement.pk)
    client.force_login(world.users["officer"])
    assert link in client.get(url).text
    client.force_login(world.users["partner"])
    page = client.get(url).text
    assert "Cedar Indicator" in page and link not in page


def test_a_measurement_is_withdrawn_after_its_indicators_unit_changed(world, client):
    # Its stored unit was the indicator's then: withdrawing it answered 500, "The unit must
    # be the indicator's unit", with no unit on the page to change.
    indicator = world.ev_indicator
    later = Measurement.objects.create(
        indicator=indicator, measured_on="2007-06-01", value=19, unit="pupils"
    )
    Indicator.objects.filter(pk=indicator.pk).update(unit="number of pupils")
    client.force_login(world.users["leader"])

    response = client.post(withdraw_url("measurement", later.pk), {"reason": "typed twice"})

    assert response.status_code == 302
    later.refresh_from_db()
    assert later.is_withdrawn and later.unit == "pupils"


def test_a_withdrawn_lesson_leaves_its_note_on_the_page_and_leaves_lists_and_reports(world, client):
    lesson = world.ev_trial_lesson  # Fir Lesson, about Coral
    client.force_login(world.users["officer"])
    client.post(withdraw_url("lesson", lesson.pk), {"reason": "it was another trial's"})

    page = trial_page(client, world.coral)
    listed = page.split('id="learning"')[1].split("</section>")[0]
    assert "Fir Lesson" not in listed
    kept = page.split('id="withdrawn"')[1]
    said = html.unescape(re.sub(r"<[^>]+>", "", kept))
    assert "Fir Lesson" in said and "Withdrawn by Officer Person on" in said
    assert ": it was another trial's" in said and "Withdrawn Withdrawn" not in said
    sections = part(world.amber, Period.month_to(timezone.localdate()))
    lessons = next(s for s in sections if s["title"].startswith("Lessons"))
    assert lesson not in lessons["context"]["lessons"]
    assert Lesson.objects.current().filter(pk=lesson.pk).count() == 0


def test_the_trials_history_tells_the_withdrawal_in_a_sentence(world, client):
    client.force_login(world.users["leader"])
    client.post(withdraw_url("indicator", world.ev_indicator.pk), {"reason": "we stopped it"})

    history = trial_page(client, world.coral).split('id="evaluation-history"')[1]

    assert "Leader Person withdrew the indicator “Cedar Indicator”, because we stopped it." in (
        history
    )


def test_a_programmes_lessons_export_holds_only_the_lessons_the_person_may_read(world, client):
    # Quartz's lessons: Elder (about Amber, which the consultant does not read) and Fir
    # (about Coral, whose consultant they are); Onyx's are another programme's.
    client.force_login(world.users["consultant"])
    response = client.get(export_url("lesson", world.quartz.pk))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["About", "Title", "What was learned"]
    assert [row[1] for row in rows[1:]] == ["Fir Lesson"]

    client.force_login(world.users["officer"])
    response = client.get(export_url("lesson", world.quartz.pk, "xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    titles = sorted(row[1] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert titles == ["Elder Lesson", "Fir Lesson"]


def test_the_objectives_export_numbers_them_as_their_pages_do(world, client):
    # Its "Number" column was empty for every objective without a number of its own, while
    # the pages say "objective 1", "objective 2".
    Objective.objects.create(project=world.amber, text="Withdrawn Objective",
                             withdrawn_at=timezone.now())  # fmt: skip
    Objective.objects.create(project=world.amber, text="Second Amber Objective")
    Objective.objects.create(programme=world.quartz, text="Second Quartz Objective")
    client.force_login(world.users["officer"])

    response = client.get(export_url("objective", world.quartz.pk))

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["About", "Number", "Objective"]
    numbered = {row[2]: row[1] for row in rows[1:]}
    assert numbered == {
        "Saffron Objective": "1",  # its own number
        "Second Quartz Objective": "2",
        "Teal Objective": "1",  # the first of Amber's: numbered within its project
        "Second Amber Objective": "2",  # the withdrawn one is not counted
        "Umber Trial Objective": "1",
    }
    page = client.get(reverse("evaluation:project_evaluation", args=[world.amber.pk])).text
    assert 'Change the objective<span class="govuk-visually-hidden"> 2</span>' in page
    second = Objective.objects.get(text="Second Amber Objective")
    asked = client.get(withdraw_url("objective", second.pk)).text  # it says what it withdraws
    assert re.search(r"Number</dt><dd [^>]*>2</dd>", asked)


def test_a_trials_measurements_export_leaves_out_withdrawn_ones(world, client):
    indicator = world.ev_indicator
    Measurement.objects.create(
        indicator=indicator, measured_on="2007-06-01", value=19, unit="pupils"
    )
    Measurement.objects.filter(value=19).update(withdrawn_at="2007-07-01T00:00Z")
    client.force_login(world.users["leader"])
    response = client.get(export_url("measurement", world.coral.pk))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r[0], r[2]) for r in rows[1:]] == [("Cedar Indicator", "14")]
    assert Indicator.objects.filter(field_trial=world.coral).count() == 1


def test_a_trials_page_tells_its_own_downloads_from_the_programmes(world, client):
    # A trial's page offers its own lists and its programme's; each download says whose.
    client.force_login(world.users["leader"])
    page = trial_page(client, world.coral)
    downloads = html.unescape(page.split('id="evaluation-exports"')[1].split("</section>")[0])
    own, across = downloads.split(f"Across the programme, {world.quartz.name}")
    assert "This field trial" in own
    assert export_url("measurement", world.coral.pk) in own
    assert "of this field trial's measurements" in own
    assert export_url("lesson", world.quartz.pk) in across
    assert "of the programme's lessons" in across
    assert "whether it is about the programme, a project or a field trial" in across
    assert "programme's" not in own.replace("this field trial's", "")

    # The programme's own page lists them under no such heading.
    client.force_login(world.users["officer"])
    page = client.get(reverse("evaluation:programme_evaluation", args=[world.quartz.pk])).text
    downloads = page.split('id="evaluation-exports"')[1].split("</section>")[0]
    assert "Across the programme" not in downloads and "This field trial" not in downloads
    assert export_url("lesson", world.quartz.pk) in downloads


def test_every_evaluation_kind_is_on_the_record_kit():
    from evaluation.kinds import KINDS
    from nextpractice.records.kinds import record_kinds

    declared = {slug for app, slug in record_kinds() if app == "evaluation"}
    assert declared == set(KINDS)
    assert not record_kinds()[("evaluation", "plan")].withdrawable  # one a trial: corrected
    assert record_kinds()[("evaluation", "measurement")].withdrawable


def test_a_take_up_reads_as_who_took_up_what(world, client):
    import datetime

    from evaluation.services import mark_taken_up

    officer = world.users["officer"]
    organisation = world.ev_take_up.organisation
    mark_taken_up(
        item=world.ev_trial_lesson,
        organisation=organisation,
        taken_up_on=datetime.date(2026, 3, 1),
        how="In its guidance",
        actor=officer,
    )
    client.force_login(officer)
    history = trial_page(client, world.coral).split('id="evaluation-history"')[1]
    assert f"Officer Person recorded that {organisation} took up “Fir Lesson”." in history
    assert "Taken up by" not in history


def test_the_progress_export_gives_each_objectives_whole_wording(world, client):
    """Its "Objective" column cut the wording at 100 characters ("…arrangements for
    school…"), where the page and the report give it whole."""
    from evaluation.models import ProgressEntry

    long = "Every school in the partnership agrees " + "shared arrangements for " * 6 + "pupils"
    objective = Objective.objects.create(programme=world.quartz, text=long)
    ProgressEntry.objects.create(
        objective=objective, recorded_on="2007-03-01", what="Begun", status="on_track"
    )
    client.force_login(world.users["officer"])
    response = client.get(export_url("progress", world.quartz.pk))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert any(row[0].endswith(long) for row in rows[1:]), rows
