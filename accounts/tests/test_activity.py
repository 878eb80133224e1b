"""The event log as each page's history and activity (issue 15): where events are placed,
what changed, the sentences, who reads which events, and what reading them costs."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from accounts.activity import activity, history_of
from accounts.models import Event
from accounts.rules import visible_events
from accounts.scopes import scope_of
from accounts.services import changes_between, event_for, record_event, update_profile
from accounts.tests.factories import UserFactory
from evaluation.tests.factories import IndicatorFactory, MeasurementFactory
from fieldtrials.models import BrokeredRelationship, Milestone
from fieldtrials.services.records import add_milestone, history_token, update_milestone
from fieldtrials.services.updates import save_update_draft
from nextpractice.history import entry, phrase_for, sentence

# --- Every event knows its programme, project and trial -----------------------------------


def places(event):
    event = Event.objects.get(pk=event.pk)
    return event.programme_id, event.project_id, event.field_trial_id


def test_an_event_is_placed_in_the_programme_project_and_trial_of_its_target(world):
    officer = world.users["officer"]
    coral, amber, quartz = world.coral, world.amber, world.quartz
    trial_place = (quartz.pk, amber.pk, coral.pk)
    # The trial itself; a record of it; a record two links away (a measurement's indicator).
    assert places(record_event(actor=officer, verb="x.y", target=coral)) == trial_place
    milestone = Milestone.objects.create(
        field_trial=coral, title="Launch", due_on=datetime.date(2006, 10, 1)
    )
    assert places(record_event(actor=officer, verb="x.y", target=milestone)) == trial_place
    measurement = MeasurementFactory(indicator=IndicatorFactory(field_trial=coral))
    assert places(record_event(actor=officer, verb="x.y", target=measurement)) == trial_place
    # A project and a programme are placed as far as they go; a person is in no programme.
    assert places(record_event(actor=officer, verb="x.y", target=amber)) == (
        quartz.pk,
        amber.pk,
        None,
    )
    assert places(record_event(actor=officer, verb="x.y", target=quartz)) == (
        quartz.pk,
        None,
        None,
    )
    assert places(record_event(actor=officer, verb="x.y", target=officer)) == (None, None, None)


def test_events_written_many_at_once_are_placed_as_one_written_alone(
    world, django_assert_max_num_queries
):
    """The demo writes its thousand-odd history events in a few statements: its target's place
    is read once (`read_now`) and each entry placed there, as record_event would place it."""
    officer = world.users["officer"]
    milestone = Milestone.objects.create(
        field_trial=world.coral, title="Launch", due_on=datetime.date(2006, 10, 1)
    )
    measurement = MeasurementFactory(indicator=IndicatorFactory(field_trial=world.coral))
    for target in (milestone, measurement, world.amber, world.quartz, officer):
        alone = places(record_event(actor=officer, verb="x.y", target=target))
        with django_assert_max_num_queries(1):  # its place, read once for all its events
            scope = scope_of(target, read_now=True)
        many = Event.objects.bulk_create(
            [event_for(actor=officer, verb="x.y", target=target, scope=scope) for _ in range(3)]
        )
        assert [places(event) for event in many] == [alone] * 3
        assert {event.target_name for event in many} == {str(target)}


def test_an_event_keeps_its_targets_name_as_it_was(world):
    event = record_event(actor=None, verb="x.y", target=world.coral)
    world.coral.title = "Renamed Trial"
    world.coral.save()
    assert Event.objects.get(pk=event.pk).target_name == "Coral Trial"


def test_placing_an_event_asks_the_database_nothing_more_than_the_insert(
    world, django_assert_num_queries
):
    milestone = Milestone.objects.create(
        field_trial=world.coral, title="Launch", due_on=datetime.date(2006, 10, 1)
    )
    # A running site has read the content type once for the process; so does this test.
    ContentType.objects.get_for_model(milestone)
    with django_assert_num_queries(1):  # the INSERT, with the places as subqueries
        record_event(actor=None, verb="x.y", target=milestone)


def test_the_backfill_places_events_written_before_events_knew_their_place(world):
    officer = world.users["officer"]
    milestone = Milestone.objects.create(
        field_trial=world.coral, title="Launch", due_on=datetime.date(2006, 10, 1)
    )
    old = [
        Event.objects.create(actor=officer, verb="x.y", target=target)
        for target in (milestone, world.amber, world.quartz, officer)
    ]
    migration = importlib.import_module("accounts.migrations.0009_event_scope_backfill")
    migration.backfill(apps, None)
    assert [places(e) for e in old] == [
        (world.quartz.pk, world.amber.pk, world.coral.pk),
        (world.quartz.pk, world.amber.pk, None),
        (world.quartz.pk, None, None),
        (None, None, None),
    ]
    names = [Event.objects.get(pk=e.pk).target_name for e in old]
    assert names == ["Launch", "Amber Project", "Quartz Programme", ""]


# --- What changed --------------------------------------------------------------------------


def test_changes_name_each_changed_field_and_its_values_as_people_read_them(world):
    before = BrokeredRelationship(
        field_trial=world.coral, with_whom="Stevenage FE College", kind="research",
        state=BrokeredRelationship.State.PROPOSED,
    )  # fmt: skip
    after = BrokeredRelationship(
        field_trial=world.coral, with_whom="Stevenage FE College", kind="research",
        state=BrokeredRelationship.State.ACTIVE, notes="Met twice",
    )  # fmt: skip
    changes = changes_between(before, after, ["with_whom", "state", "notes"])
    assert changes == [
        {"field": "State", "from": "Proposed", "to": "Working together"},
        {"field": "Notes", "from": "", "to": "Met twice"},
    ]
    dates = changes_between(
        {"due_on": datetime.date(2006, 10, 1)},
        Milestone(due_on=datetime.date(2006, 10, 15)),
        ["due_on"],
    )
    assert dates == [{"field": "Due", "from": "1 Oct 2006", "to": "15 Oct 2006"}]


def test_an_edited_milestone_tells_its_history_what_changed(client, world):
    officer = world.users["officer"]
    coral = world.coral
    milestone = add_milestone(
        trial=coral, actor=officer, title="Launch", due_on=datetime.date(2006, 10, 1)
    )
    update_milestone(
        milestone=milestone, actor=officer, based_on=history_token(milestone), title="Launch",
        due_on=datetime.date(2006, 10, 15), completed_on=None, notes="",
    )  # fmt: skip
    client.force_login(world.users["leader"])
    history = reverse("fieldtrials:fieldtrial_history", args=[coral.pk])
    page = client.get(history).content.decode().split('id="history"')[1]
    assert "Officer Person added the milestone “Launch”." in page
    assert "Officer Person changed the milestone “Launch”." in page
    assert "Due: from 1 Oct 2006 to 15 Oct 2006" in page


def test_an_edited_evaluation_record_keeps_what_changed(world):
    from nextpractice.records.kinds import record_kinds
    from nextpractice.records.services import change_record

    indicator = IndicatorFactory(field_trial=world.coral, name="Attendance")
    change_record(
        kind=record_kinds()[("evaluation", "indicator")],
        record=indicator,
        actor=world.users["officer"],
        based_on=indicator.version,
        values={"name": "Attendance rate"},
    )
    event = Event.objects.get(verb="evaluation.indicator_changed")
    assert event.data["changes"] == [
        {"field": "Name", "from": "Attendance", "to": "Attendance rate"}
    ]
    assert places(event) == (world.quartz.pk, world.amber.pk, world.coral.pk)
    told = entry(Event.objects.select_related("actor").get(pk=event.pk))
    assert told.sentence == "Officer Person changed the indicator “Attendance rate”."


# --- Sentences -----------------------------------------------------------------------------


def test_the_record_kits_verbs_are_told_without_a_phrase_of_their_own(world):
    event = record_event(
        actor=world.users["officer"],
        verb="fieldtrials.support_session_withdrawn",
        target=world.coral,
        data={
            "noun": "support session",
            "text": "Coaching, 3 Oct 2006",
            "reason": "it was logged twice",
        },
    )
    told = entry(Event.objects.select_related("actor").get(pk=event.pk))
    assert told.sentence == (
        "Officer Person withdrew the support session “Coaching, 3 Oct 2006”, because it was "
        "logged twice."
    )
    assert told.kind == "withdrawn"
    changed = record_event(
        actor=None,
        verb="programmes.problem_statement_changed",
        target=world.amber,
        data={
            "text": "Too few",
            "changes": [{"field": "text", "from": "Too fwe", "to": "Too few"}],
        },
    )
    told = entry(Event.objects.select_related("actor").get(pk=changed.pk))
    assert told.sentence == "The system changed the problem statement “Too few”."
    assert told.changes == ["Text: from Too fwe to Too few"]


def test_a_stage_move_reads_as_a_sentence_with_its_reason(world):
    event = Event(
        verb="programmes.stage_moved",
        target_name="Amber Project",
        data={"from": "analyse_need", "to": "scan_horizon", "reason": "the need is clear"},
    )
    assert sentence(event) == (
        "moved Amber Project from Analyse need to Scan the horizon, because the need is clear."
    )


def _verbs_written_in_code():
    """(where, verb or pattern) for every record_event call in the project's own code."""
    import ast
    import re
    from pathlib import Path

    from django.conf import settings

    root = Path(settings.BASE_DIR)
    found = []
    for path in root.glob("*/**/*.py"):
        parts = path.relative_to(root).parts
        if parts[0] in {".venv", "node_modules", "staticfiles"} or "tests" in parts:
            continue
        if "migrations" in parts or "testing" in parts:
            continue
        source = path.read_text()
        if "record_event(" not in source:
            continue
        tree = ast.parse(source)
        dicts = {
            target.id: node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "record_event"):
                continue
            verb = next((k.value for k in node.keywords if k.arg == "verb"), None)
            where = f"{path.relative_to(root)}:{node.lineno}"
            found += [(where, v) for v in _possible(verb, dicts, tree, re)]
    return found


def _possible(node, dicts, tree, re):
    """The verbs (or regular expressions for them) an expression can give."""
    import ast

    if isinstance(node, ast.Constant):
        return [re.escape(node.value)]
    if isinstance(node, ast.IfExp):
        return _possible(node.body, dicts, tree, re) + _possible(node.orelse, dicts, tree, re)
    if isinstance(node, ast.JoinedStr):
        options = [""]
        for part in node.values:
            if isinstance(part, ast.Constant):
                options = [o + re.escape(part.value) for o in options]
            else:
                inner = _possible(part.value, dicts, tree, re) or ["[a-z_]+"]
                options = [o + i for o in options for i in inner]
        return options
    if isinstance(node, ast.Subscript) and getattr(node.value, "id", None) in dicts:
        return [
            v for value in dicts[node.value.id].values for v in _possible(value, dicts, tree, re)
        ]
    if isinstance(node, ast.Name):
        # A local variable: every value assigned to that name in the module.
        values = [
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Assign)
            and any(getattr(t, "id", None) == node.id for t in n.targets)
        ]
        return [v for value in values for v in _possible(value, dicts, tree, re)]
    if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "verb":
        return ["[a-z]+\\.[a-z_]+_(changed|withdrawn|deleted)"]  # the record kit's verbs
    return []


def test_every_verb_written_in_code_has_words_people_read():
    import re

    from nextpractice.history import GENERIC_ENDINGS, phrases

    written = _verbs_written_in_code()
    assert len(written) > 50, "the scan of record_event calls found too few"
    known = list(phrases())
    untold = []
    for where, pattern in written:
        if re.fullmatch(r"[a-z_]+\\\.[a-z_]+", pattern):
            verb = pattern.replace("\\", "")
            if phrase_for(verb) is None:
                untold.append(f"{where}: {verb}")
        elif not any(re.fullmatch(pattern, verb) for verb in known) and not any(
            pattern.endswith(f"_({'|'.join(e.strip('_') for e in GENERIC_ENDINGS)})")
            or pattern.endswith(ending)
            for ending in GENERIC_ENDINGS
        ):
            untold.append(f"{where}: {pattern}")
    assert not untold, "Verbs with no sentence in any app's events.py:\n" + "\n".join(untold)


def test_every_family_of_verbs_built_in_code_has_words():
    from accounts.people.kinds import KINDS as PEOPLE_KINDS
    from evaluation.kinds import KINDS as EVALUATION_KINDS
    from fieldtrials.services.records import PTI_TRANSITIONS

    verbs = [f"fieldtrials.pti_{action}" for action in PTI_TRANSITIONS]
    for kind in EVALUATION_KINDS.values():
        name = kind.model._meta.model_name
        verbs += [f"evaluation.{name}_added", f"evaluation.{name}_changed"]
    for kind in PEOPLE_KINDS.values():
        verbs += [f"{kind.app}.member_{what}" for what in ("added", "role_changed", "removed")]
    assert [v for v in verbs if phrase_for(v) is None] == []


# --- Who reads which events ------------------------------------------------------------------


@pytest.fixture
def happenings(world):
    """One event on each programme, project and trial of the world, named after it."""
    for key in ("quartz", "amber", "beryl", "coral", "dune", "elm", "onyx_programme",
                "onyx_project", "onyx_trial"):  # fmt: skip
        record_event(actor=world.users["admin"], verb="x.y", target=world.objects[key])
    return world


@pytest.mark.parametrize("persona", ["officer", "consultant", "leader", "partner", "outsider"])
def test_each_persona_reads_the_events_of_what_they_may_see(happenings, persona):
    w = happenings
    events = visible_events(w.users[persona]).filter(verb="x.y")
    seen = set(events.values_list("target_name", flat=True))
    expected = {str(w.objects[k]) for k in w.visible[persona] if k in {
        "quartz", "amber", "beryl", "coral", "dune", "elm", "onyx_programme", "onyx_project",
        "onyx_trial"}}  # fmt: skip
    assert seen == expected


@pytest.mark.parametrize("persona", ["consultant", "leader", "partner", "outsider", "officer"])
def test_activity_pages_show_nobody_what_they_may_not_see(client, happenings, persona):
    w = happenings
    client.force_login(w.users[persona])
    hidden = w.hidden_titles(persona)
    for url in [reverse("accounts:activity"), reverse("home")] + [
        reverse(f"accounts:{name}_activity", args=[w.objects[key].pk])
        for name, key in (("programme", "quartz"), ("project", "amber"), ("field_trial", "coral"))
        if key in w.visible[persona]
    ]:
        body = client.get(url).content.decode()
        assert not sorted(t for t in hidden if t in body), url


def test_a_monthly_updates_draft_is_in_the_teams_history_only(client, world):
    month = world.coral.start_date or timezone.localdate().replace(day=1)
    world.coral.start_date = month - datetime.timedelta(days=400)
    world.coral.save()
    save_update_draft(trial=world.coral, month=timezone.localdate(), actor=world.users["leader"])
    draft = "saved the first draft of the monthly update"
    for persona, sees in (("leader", True), ("officer", True), ("partner", False)):
        client.force_login(world.users[persona])
        page = client.get(world.coral.get_absolute_url()).content.decode()
        assert (draft in page) is sees, persona


def test_a_programmes_own_people_events_are_read_only_by_who_manages_its_people(client, world):
    """A teacher on one trial sees the programme's page and its story, not its
    administration: who was invited, whose role changed, which people file was imported."""
    officer = world.users["officer"]
    said = {
        "directory.people_imported": ({"invited": 3}, "imported people into Quartz Programme"),
        "programmes.member_role_changed": (
            {"user_name": "Pat Person", "from": "consultant", "to": "officer"},
            "changed Pat Person",
        ),
        "accounts.invitation_sent": ({"role": "partner"}, "invited someone to Quartz"),
        "directory.people_import_uploaded": ({"file": "people.csv"}, "people.csv"),
        "programmes.narrative_updated": (
            {},
            "updated the current-state narrative of Quartz Programme",
        ),
    }
    for verb, (data, _) in said.items():
        record_event(actor=officer, verb=verb, target=world.quartz, data=data)
    people = set(said) - {"programmes.narrative_updated"}
    for persona, reads in (
        ("leader", {"programmes.narrative_updated"}),
        ("officer", set(said)),
        ("admin", set(said)),
    ):
        verbs = visible_events(world.users[persona]).filter(verb__in=list(said))
        assert set(verbs.values_list("verb", flat=True)) == reads, persona
    client.force_login(world.users["leader"])
    pages = [
        reverse("home"),
        reverse("accounts:activity"),
        world.quartz.get_absolute_url(),
        reverse("accounts:programme_activity", args=[world.quartz.pk]),
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert not [said[v][1] for v in people if said[v][1] in body], url
    assert (
        "updated the current-state narrative of Quartz Programme"
        in client.get(pages[2]).content.decode()
    )


def test_a_teacher_on_one_trial_reads_their_trials_news_not_the_programmes_in_their_stream(
    client, world, django_assert_num_queries
):
    """A teacher on one trial read the programme's own history on their home page and their
    activity: that it was created, its story rewritten. Their stream is their trial's news;
    the programme's own events are on its page, and in the streams of who belongs to it
    or to one of its projects."""
    from fieldtrials.tests.factories import FieldTrialMembershipFactory
    from programmes.tests.factories import ProjectMembershipFactory

    officer = world.users["officer"]
    for verb in ("programmes.programme_created", "programmes.narrative_updated"):
        record_event(actor=officer, verb=verb, target=world.quartz)
    fill(world.coral, officer, 1)
    programme_own = (
        "created the programme Quartz Programme",
        "updated the current-state narrative of Quartz",
    )
    trial_news = "added the milestone “Milestone 0”"
    # On the trial and a practitioner of its project: they belong to more than one trial.
    project_too = UserFactory()
    FieldTrialMembershipFactory(field_trial=world.coral, user=project_too, role="practitioner")
    ProjectMembershipFactory(project=world.amber, user=project_too, role="practitioner")
    stream = [reverse("home"), reverse("accounts:activity"), reverse("accounts:activity_export")]
    for who, reads_programme in (
        (world.users["leader"], False),
        (project_too, True),
        (officer, True),
    ):
        client.force_login(who)
        for url in stream:
            body = client.get(url).content.decode()
            assert trial_news in body, (who, url)
            assert all((said in body) is reads_programme for said in programme_own), (who, url)
    # On the programme's own page and activity the teacher reads its story, as before.
    client.force_login(world.users["leader"])
    for url in (
        world.quartz.get_absolute_url(),
        reverse("accounts:programme_activity", args=[world.quartz.pk]),
    ):
        assert (
            "updated the current-state narrative of Quartz Programme"
            in client.get(url).content.decode()
        )
    # Session, user, memberships, the trials sharing a community with theirs, the events,
    # unread notifications (the menu): as before, the stream's rule reads nothing of its own.
    with django_assert_num_queries(6):
        client.get(reverse("accounts:activity"))


# --- Activity: the filter, paging and cost ---------------------------------------------------


def fill(trial, actor, count, verb="fieldtrials.milestone_added", hours_ago=24):
    """`count` events on `trial`, a second apart, newest last (bulk: fast at 5,000)."""
    start = timezone.now() - datetime.timedelta(hours=hours_ago)
    project = trial.project
    Event.objects.bulk_create(
        Event(
            actor=actor, verb=verb, target=trial, target_name=trial.title,
            data={"text": f"Milestone {i}"}, created_at=start + datetime.timedelta(seconds=i),
            programme_id=project.programme_id, project=project, field_trial=trial,
        )
        for i in range(count)
    )  # fmt: skip


def test_activity_is_filtered_by_kind_and_paged_newest_first_without_gaps(client, world):
    officer = world.users["officer"]
    fill(world.coral, officer, 30)
    fill(world.coral, officer, 3, verb="fieldtrials.risk_withdrawn", hours_ago=1)
    client.force_login(officer)
    url = reverse("accounts:field_trial_activity", args=[world.coral.pk])
    first = client.get(url)
    page = first.context["page"]
    assert len(page.entries) == 25 and page.entries[0].kind == "withdrawn"
    older = client.get(url, {"before": page.older}).context["page"]
    assert older.older is None
    seen = [e.pk for e in page.entries] + [e.pk for e in older.entries]
    assert len(seen) == 33 == len(set(seen))
    assert seen == sorted(seen, reverse=True)
    withdrawn = client.get(url, {"kind": "withdrawn"}).context["page"]
    assert [e.kind for e in withdrawn.entries] == ["withdrawn"] * 3
    assert "Older activity" in first.content.decode()


def test_activity_spanning_several_trials_says_in_which_each_happened(client, world):
    """Two trials' "submitted the monthly update" read alike: everywhere, on the home page and
    on the programme's page each says its trial; on a trial's own page, nothing repeats it."""
    officer = world.users["officer"]
    fill(world.coral, officer, 1)
    fill(world.dune, officer, 1, hours_ago=2)
    client.force_login(officer)
    everywhere = client.get(reverse("accounts:activity"))
    places = [e.where for e in everywhere.context["page"].entries[:2]]
    assert places == [world.dune.title, world.coral.title]
    assert f"In {world.dune.title}." in everywhere.content.decode()
    programme = reverse("accounts:programme_activity", args=[world.quartz.pk])
    entries = client.get(programme).context["page"].entries
    assert world.coral.title in [e.where for e in entries]
    trial = reverse("accounts:field_trial_activity", args=[world.coral.pk])
    assert {e.where for e in client.get(trial).context["page"].entries} == {""}
    home = client.get(reverse("home")).content.decode()
    assert f"In {world.dune.title}." in home


def _section(html, heading_id):
    return html.split(f'id="{heading_id}"', 1)[1].split("</section>", 1)[0]


def test_a_programmes_page_tells_each_event_once_its_own_in_history_the_rest_beside_it(
    client, world
):
    """The programme's page showed the same sentences side by side: its History (events on
    the programme itself) and Recent activity (every event under it, its own among them)."""
    from accounts.models import Role
    from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory

    officer = world.users["officer"]
    record_event(actor=officer, verb="programmes.programme_created", target=world.quartz)
    add_milestone(
        trial=world.coral, actor=officer, title="Launch", due_on=datetime.date(2006, 10, 1)
    )
    client.force_login(officer)
    html = client.get(world.quartz.get_absolute_url()).content.decode()
    own = f"created the programme {world.quartz}"
    assert own in _section(html, "history")
    recent = _section(html, "activity")
    assert "Recent activity in its projects" in recent
    assert own not in recent and "added the milestone “Launch”" in recent
    assert "See all activity" in recent and "See all activity" not in _section(html, "history")

    # A programme without projects (an innovation zone): all it has is its own history.
    zone = ProgrammeFactory(name="Harbour Innovation Zone")
    ProgrammeMembershipFactory(programme=zone, user=officer, role=Role.OFFICER)
    record_event(actor=officer, verb="programmes.programme_created", target=zone)
    html = client.get(zone.get_absolute_url()).content.decode()
    assert 'id="activity"' not in html
    assert "created the programme Harbour Innovation Zone" in _section(html, "history")
    assert "See all activity" in _section(html, "history")


@pytest.mark.parametrize("count", [50, 5000])
def test_history_and_activity_cost_the_same_queries_at_50_and_5000_events(
    client, world, django_assert_num_queries, count
):
    officer = world.users["officer"]
    fill(world.coral, officer, count)
    client.force_login(officer)
    client.get(reverse("home"))  # the session and content types, once
    with django_assert_num_queries(2):  # their memberships (once a person), the events
        assert len(history_of(world.coral, officer)) == 30
    # session, user, memberships, the trial, unread notifications (the menu), events
    with django_assert_num_queries(6):
        response = client.get(reverse("accounts:field_trial_activity", args=[world.coral.pk]))
    assert len(response.context["page"].entries) == 25
    with django_assert_num_queries(6):  # an older page: the same, at any depth
        client.get(
            reverse("accounts:field_trial_activity", args=[world.coral.pk]),
            {"before": response.context["page"].older, "kind": "added"},
        )
    with django_assert_num_queries(5):  # everything they may see: no subject to fetch
        client.get(reverse("accounts:activity"))
    assert len(activity(officer, subject=world.quartz).entries) == 25


def test_profile_changes_are_in_no_ones_activity(world):
    leader = world.users["leader"]
    update_profile(user=leader, full_name="Leader Renamed", job_title="")
    assert not visible_events(world.users["admin"]).filter(verb="accounts.profile_updated")


# --- Downloading activity --------------------------------------------------------------------


def _rows(response):
    import csv
    import io

    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_trials_activity_downloads_as_the_page_tells_it_with_its_filter(client, world):
    officer = world.users["officer"]
    fill(world.coral, officer, 30)
    fill(world.coral, officer, 2, verb="fieldtrials.risk_withdrawn", hours_ago=1)
    client.force_login(officer)
    page = client.get(reverse("accounts:field_trial_activity", args=[world.coral.pk]))
    url = reverse("accounts:field_trial_activity_export", args=[world.coral.pk])
    assert url in page.content.decode()
    rows = _rows(client.get(url))
    assert rows[0] == ["When", "Who", "What happened", "What changed"]
    assert len(rows) == 1 + 32  # every event, not one page of 25
    assert rows[1][2] == page.context["page"].entries[0].sentence  # newest first, in words
    withdrawn = _rows(client.get(url, {"kind": "withdrawn"}))
    assert len(withdrawn) == 1 + 2
    xlsx = client.get(url, {"format": "xlsx"})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("persona", ["consultant", "leader", "partner", "outsider", "officer"])
def test_nobodys_activity_download_holds_what_they_may_not_see(client, world, persona):
    w = world
    for key in ("quartz", "amber", "coral", "dune", "onyx_programme", "onyx_trial"):
        verb = "programmes.narrative_updated"  # "updated the current-state narrative of {target}"
        record_event(actor=w.users["admin"], verb=verb, target=w.objects[key])
    client.force_login(w.users[persona])
    body = client.get(reverse("accounts:activity_export")).content.decode("utf-8-sig")
    hidden = w.hidden_titles(persona)
    assert not sorted(t for t in hidden if t in body)
    # A programme's own story is in the stream of who belongs to it or to one of its
    # projects, not of a trial's team (accounts.rules.visible_events, anywhere).
    belongs = persona in ("officer", "partner")
    keys = {"quartz", "coral"} if belongs else {"coral"}
    seen = [str(w.objects[k]) for k in w.visible[persona] if k in keys]
    assert all(title in body for title in seen)
    assert ("updated the current-state narrative of Quartz Programme" in body) is belongs


@pytest.mark.parametrize("count", [50, 500])
def test_an_activity_download_costs_the_same_queries_at_any_size(
    client, world, django_assert_num_queries, count
):
    officer = world.users["officer"]
    fill(world.coral, officer, count)
    client.force_login(officer)
    client.get(reverse("home"))
    url = reverse("accounts:field_trial_activity_export", args=[world.coral.pk])
    with django_assert_num_queries(5):  # session, user, memberships, the trial, the events
        assert len(_rows(client.get(url))) == count + 1


@pytest.mark.parametrize("count", [3, 30])
def test_a_projects_activity_download_says_where_each_thing_happened(
    client, world, django_assert_num_queries, count
):
    """The page says "… In Coral Trial"; the download said only "Olivia Okafor started the
    monthly update for December", so across a project's trials nobody could tell which."""
    officer = world.users["officer"]
    fill(world.coral, officer, count)
    client.force_login(officer)
    page = client.get(reverse("accounts:project_activity", args=[world.amber.pk]))
    url = reverse("accounts:project_activity_export", args=[world.amber.pk])
    with django_assert_num_queries(5):  # session, user, memberships, the project, the events
        rows = _rows(client.get(url))
    assert rows[0] == ["When", "Where", "Who", "What happened", "What changed"]
    assert rows[1][1] == page.context["page"].entries[0].where == str(world.coral)
    assert len(rows) == 1 + count
