"""The same milestone or open risk added twice (a second tab, a post sent again with a new
token) is refused beside its field, and decided in the database where two come at once."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from fieldtrials.models import Milestone, Risk
from fieldtrials.services.records import (
    add_milestone,
    add_risk,
    history_token,
    update_milestone,
    update_risk,
)
from fieldtrials.tests.factories_records import MilestoneFactory, RiskFactory
from nextpractice.testing.races import at_once
from nextpractice.words import long_date


def due():
    return timezone.localdate() + datetime.timedelta(days=30)


def error_beside(page, field):
    """The message GOV.UK Frontend shows beside `field` (its error message element)."""
    return page.split(f'id="id_{field}_1_error" class="govuk-error-message">', 1)[1].split(
        "</span>", 2
    )[1]


def test_the_same_milestone_twice_is_refused_beside_its_title(client, world):
    MilestoneFactory(field_trial=world.coral, title="Pilot timetable agreed", due_on=due())
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:milestone_create", args=[world.coral.pk])
    data = {"title": "pilot timetable AGREED ", "due_on": due().strftime("%d/%m/%Y")}
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 400
    said = (
        "Coral Trial already has a milestone called “Pilot timetable agreed” "
        f"due on {long_date(due())}"
    )
    assert said in error_beside(page, "title")
    assert Milestone.objects.filter(field_trial=world.coral).count() == 2  # Thistle's, the first


def test_a_milestone_that_comes_round_again_may_be_due_on_another_day(client, world):
    """A termly review is a step a trial takes more than once."""
    MilestoneFactory(field_trial=world.coral, title="Termly review", due_on=due())
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:milestone_create", args=[world.coral.pk])
    later = due() + datetime.timedelta(days=90)
    response = client.post(url, {"title": "Termly review", "due_on": f"{later:%d/%m/%Y}"})
    assert response.status_code == 302
    assert Milestone.objects.filter(field_trial=world.coral, title="Termly review").count() == 2


def test_a_withdrawn_milestones_title_may_be_used_again_and_another_trials_too(world):
    leader = world.users["leader"]
    MilestoneFactory(field_trial=world.coral, title="Launch", withdrawn_at=timezone.now())
    MilestoneFactory(field_trial=world.dune, title="Launch")
    add_milestone(trial=world.coral, actor=leader, title="Launch", due_on=due())
    assert Milestone.objects.current().filter(field_trial=world.coral, title="Launch").count() == 1


def test_a_milestone_renamed_to_anothers_title_is_refused(world):
    MilestoneFactory(field_trial=world.coral, title="Launch", due_on=due())
    other = MilestoneFactory(field_trial=world.coral, title="Review", due_on=due())
    with pytest.raises(ValidationError) as refused:
        update_milestone(
            milestone=other, actor=world.users["leader"], based_on=history_token(other),
            title="Launch", due_on=other.due_on, completed_on=None, notes="",
        )  # fmt: skip
    assert refused.value.message_dict == {
        "title": [f"Coral Trial already has a milestone called “Launch” due on {long_date(due())}"]
    }


def test_the_same_open_risk_twice_is_refused_beside_its_description(client, world):
    RiskFactory(field_trial=world.coral, description="Staff turnover")
    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:risk_create", args=[world.coral.pk])
    data = {"description": "staff turnover", "likelihood": "3", "impact": "2", "owner": "Head"}
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 400
    said = "Coral Trial already has an open risk called “Staff turnover”"
    assert said in error_beside(page, "description")
    assert not Risk.objects.filter(description="staff turnover").exists()


def test_a_closed_or_withdrawn_risk_may_be_recorded_again(world):
    leader = world.users["leader"]
    RiskFactory(field_trial=world.coral, description="Funding", is_open=False)
    RiskFactory(field_trial=world.coral, description="Funding", withdrawn_at=timezone.now())
    fields = {"likelihood": 2, "impact": 2, "owner": "Head"}
    risk = add_risk(trial=world.coral, actor=leader, description="Funding", **fields)
    assert risk.is_open
    # Reopening the closed one while this one is open would make two.
    closed = Risk.objects.get(description="Funding", is_open=False)
    with pytest.raises(ValidationError) as refused:
        update_risk(
            risk=closed, actor=leader, based_on=history_token(closed), description="Funding",
            mitigation="", is_open=True, **fields,
        )  # fmt: skip
    assert "description" in refused.value.message_dict


def test_the_database_refuses_a_second_open_risk_or_milestone_however_it_comes(world):
    RiskFactory(field_trial=world.coral, description="Long " * 2000)
    MilestoneFactory(field_trial=world.coral, title="Launch", due_on=due())
    with pytest.raises(IntegrityError), transaction.atomic():
        RiskFactory(field_trial=world.coral, description="Long " * 2000)
    with pytest.raises(IntegrityError), transaction.atomic():
        MilestoneFactory(field_trial=world.coral, title="Launch", due_on=due())


@pytest.mark.django_db(transaction=True)
def test_the_same_risk_sent_from_two_tabs_at_once_is_kept_once():
    from accounts.models import Role
    from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory

    trial = FieldTrialFactory(title="Coral Trial")
    leaders = [FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user]
    leaders.append(FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user)
    fields = {"description": "Staff turnover", "likelihood": 3, "impact": 2, "owner": "Head"}

    def add(leader):
        return lambda: add_risk(trial=trial, actor=leader, **fields)

    results, errors = at_once([add(leader) for leader in leaders])
    assert len(results) == 1 and len(errors) == 1
    assert errors[0].message_dict == {
        "description": ["Coral Trial already has an open risk called “Staff turnover”"]
    }
    assert Risk.objects.filter(field_trial=trial).count() == 1


def test_the_migration_numbers_repeats_already_kept_deleting_nothing(db):
    """Before the constraints, repeats could be kept: the migration numbers the later ones
    ("Launch (2)"), so the constraints hold and nothing is deleted or withdrawn."""
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    from fieldtrials.tests.factories import FieldTrialFactory

    migration = import_module("fieldtrials.migrations.0015_milestone_and_open_risk_once")
    with connection.schema_editor() as editor:  # undone with the test's transaction
        for model in (Milestone, Risk):
            for constraint in model._meta.constraints:
                editor.remove_constraint(model, constraint)
    trial, other = FieldTrialFactory(), FieldTrialFactory()
    day = due()
    first = MilestoneFactory(field_trial=trial, title="Launch", due_on=day)
    again = MilestoneFactory(
        field_trial=trial, title="launch", due_on=day, completed_on=timezone.localdate()
    )
    taken = MilestoneFactory(field_trial=trial, title="Launch (2)", due_on=day)
    elsewhere = MilestoneFactory(field_trial=other, title="Launch", due_on=day)
    another_day = MilestoneFactory(field_trial=trial, title="Launch", due_on=day + day.resolution)
    open_risk = RiskFactory(field_trial=trial, description="Funding")
    repeat = RiskFactory(field_trial=trial, description="Funding")
    closed = RiskFactory(field_trial=trial, description="Funding", is_open=False)
    migration.number_repeated_records(apps, None)
    titles = {m.pk: m.title for m in Milestone.objects.all()}
    assert titles[first.pk] == "Launch" and titles[elsewhere.pk] == "Launch"
    assert titles[again.pk] == "launch (3)" and titles[taken.pk] == "Launch (2)"
    assert titles[another_day.pk] == "Launch"
    assert Milestone.objects.get(pk=again.pk).completed_on == timezone.localdate()
    descriptions = {r.pk: r.description for r in Risk.objects.all()}
    assert descriptions == {open_risk.pk: "Funding", repeat.pk: "Funding (2)", closed.pk: "Funding"}
    assert Milestone.objects.current().count() == 5 and Risk.objects.current().count() == 3


@pytest.mark.parametrize(
    "typed", ["staff  TURNOVER", "Staff turnover.", " staff turnover . "], ids=str
)
def test_an_open_risk_written_again_with_other_capitals_spaces_or_a_full_stop_is_refused(
    world, typed
):
    RiskFactory(field_trial=world.coral, description="Staff turnover")
    fields = {"likelihood": 2, "impact": 2, "owner": "Head"}
    with pytest.raises(ValidationError) as refused:
        add_risk(trial=world.coral, actor=world.users["leader"], description=typed, **fields)
    assert refused.value.message_dict == {
        "description": ["Coral Trial already has an open risk called “Staff turnover”"]
    }


def _risk_page_token(client, trial):
    import re

    page = client.get(reverse("fieldtrials:risk_create", args=[trial.pk])).content.decode()
    return re.search(r'name="once" value="([^"]+)"', page).group(1)


def test_a_double_click_on_adding_a_risk_adds_it_once_and_lands_on_it(client, world):
    """The second post of one showing of the form is not acted on: it goes where the first
    went, saying so (nextpractice/once.py); it is not refused as a second risk."""
    from nextpractice.once import ALREADY_SENT

    client.force_login(world.users["leader"])
    url = reverse("fieldtrials:risk_create", args=[world.coral.pk])
    data = {"description": "Staff turnover", "likelihood": "3", "impact": "2", "owner": "Head"}
    data["once"] = _risk_page_token(client, world.coral)
    first, again = client.post(url, data), client.post(url, data)
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"]
    assert ALREADY_SENT in client.get(again["Location"]).content.decode()
    assert Risk.objects.filter(field_trial=world.coral, description="Staff turnover").count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("clicks", ["one showing", "two tabs"])
def test_a_risk_posted_twice_at_the_same_moment_is_added_once_and_never_fails(clicks):
    """A double click (one form's token twice) or two tabs (a token each), the two posts
    racing: one risk, and the other post lands on it or is refused beside its description
    (400), never a 500."""
    from django.test import Client

    from accounts.models import Role
    from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory

    trial = FieldTrialFactory(title="Coral Trial", status="incubating")
    leader = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    url = reverse("fieldtrials:risk_create", args=[trial.pk])
    data = {"description": "Staff turnover", "likelihood": "3", "impact": "2", "owner": "Head"}
    clients = [Client(raise_request_exception=False), Client(raise_request_exception=False)]
    posts = []
    for each in clients:
        each.force_login(leader)
        if clicks == "two tabs" or not posts:
            token = _risk_page_token(each, trial)
        posts.append((each, {**data, "once": token}))

    results, errors = at_once([lambda c=c, d=d: c.post(url, d) for c, d in posts])
    assert errors == []
    codes = sorted(response.status_code for response in results)
    assert codes == ([302, 302] if clicks == "one showing" else [302, 400])
    if clicks == "two tabs":
        [refused] = [response for response in results if response.status_code == 400]
        said = "Coral Trial already has an open risk called “Staff turnover”"
        assert said in error_beside(refused.content.decode(), "description")
    assert Risk.objects.filter(field_trial=trial).count() == 1


def test_the_database_refuses_an_open_risk_again_in_other_capitals_or_spacing(world):
    """The constraint compares what clean() compares (the description's words, whatever
    their case, spacing or closing full stop), so a save that skips clean() is refused too."""
    RiskFactory(field_trial=world.coral, description="Staff turnover")
    for typed in ["STAFF TURNOVER", "staff  turnover.", "Staff\tturnover "]:
        with pytest.raises(IntegrityError), transaction.atomic():
            RiskFactory(field_trial=world.coral, description=typed)
    RiskFactory(field_trial=world.coral, description="STAFF TURNOVER", is_open=False)
    RiskFactory(field_trial=world.dune, description="STAFF TURNOVER")
    assert Risk.objects.filter(description__iexact="staff turnover").count() == 3


def test_a_risks_key_follows_its_description_when_saved_by_field(world):
    risk = RiskFactory(field_trial=world.coral, description="Staff turnover")
    risk.description = "Funding cut"
    risk.save(update_fields=["description"])
    RiskFactory(field_trial=world.coral, description="Staff turnover")  # its old words: free
    with pytest.raises(IntegrityError), transaction.atomic():
        RiskFactory(field_trial=world.coral, description="funding CUT")


def test_the_migrations_key_is_the_models():
    """0016 keys the risks already kept with a copy of the model's words_key: the same."""
    from importlib import import_module

    from fieldtrials.models.records import words_key

    migration = import_module("fieldtrials.migrations.0016_risk_open_once_whatever_its_capitals")
    for text in ["Staff turnover", " STAFF\u00a0turnover . ", "Straße", "", "Long " * 2000]:
        assert migration._key(text) == words_key(text)


@pytest.mark.django_db(transaction=True)
def test_the_same_risk_in_other_capitals_from_two_tabs_at_once_is_kept_once():
    from django.test import Client

    from accounts.models import Role
    from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory

    trial = FieldTrialFactory(title="Coral Trial", status="incubating")
    leader = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    url = reverse("fieldtrials:risk_create", args=[trial.pk])
    posts = []
    for typed in ["Staff turnover", "STAFF  TURNOVER"]:
        each = Client(raise_request_exception=False)
        each.force_login(leader)
        data = {"description": typed, "likelihood": "3", "impact": "2", "owner": "Head"}
        posts.append((each, {**data, "once": _risk_page_token(each, trial)}))

    results, errors = at_once([lambda c=c, d=d: c.post(url, d) for c, d in posts])
    assert errors == []
    assert sorted(response.status_code for response in results) == [302, 400]
    [refused] = [response for response in results if response.status_code == 400]
    assert "already has an open risk called" in error_beside(
        refused.content.decode(), "description"
    )
    assert Risk.objects.filter(field_trial=trial).count() == 1


def _both_checked_before_either_saves(monkeypatch):
    """Each thread's first Risk.clean() waits for the other's: both have been checked, and
    found nothing, before either saves, as when two saves take no lock in common."""
    import threading

    both = threading.Barrier(2, timeout=10)
    first = threading.local()
    clean = Risk.clean

    def checked_then_wait(risk):
        clean(risk)
        if not getattr(first, "done", False):
            first.done = True
            both.wait()

    monkeypatch.setattr(Risk, "clean", checked_then_wait)


@pytest.mark.django_db(transaction=True)
def test_two_open_risks_in_other_capitals_checked_at_once_are_decided_by_the_database(
    monkeypatch,
):
    """Two saves that take no lock in common, each checked before the other is saved: the
    constraint keeps one, and the other is told why beside its description (save_checked),
    never a server error."""
    from fieldtrials.tests.factories import FieldTrialFactory
    from nextpractice.records.services import save_checked

    trial = FieldTrialFactory(title="Coral Trial")
    _both_checked_before_either_saves(monkeypatch)

    def save(typed):
        def call():
            risk = RiskFactory.build(field_trial=trial, description=typed)
            risk.full_clean()
            save_checked(risk)
            return risk

        return call

    results, errors = at_once([save("Staff turnover"), save("STAFF  turnover.")])
    assert len(results) == 1 and len(errors) == 1
    assert errors[0].message_dict == {
        "description": [f"Coral Trial already has an open risk called “{results[0].description}”"]
    }
    assert Risk.objects.filter(field_trial=trial).count() == 1


def _renaming_race(rename_with):
    """A risk renamed to "STAFF  turnover" (by `rename_with(risk, actor, description)`) as
    "Staff turnover" is added: (results, errors, trial)."""
    from accounts.models import Role
    from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory

    trial = FieldTrialFactory(title="Coral Trial", status="incubating")
    leader = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    other = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    risk = RiskFactory(field_trial=trial, description="Funding cut")
    fields = {"likelihood": 3, "impact": 2, "owner": "Head"}

    def add():
        return add_risk(trial=trial, actor=leader, description="Staff turnover", **fields)

    results, errors = at_once([add, lambda: rename_with(risk, other, "STAFF  turnover")])
    return results, errors, trial


def _one_kept_the_other_told(results, errors, trial):
    assert len(results) == 1 and len(errors) == 1, errors
    assert isinstance(errors[0], ValidationError), errors
    [said] = errors[0].message_dict["description"]
    assert said.startswith("Coral Trial already has an open risk called “")
    assert list(errors[0].message_dict) == ["description"]
    words = [r.description.casefold().split() for r in Risk.objects.filter(field_trial=trial)]
    assert words.count(["staff", "turnover"]) == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt", range(3))
def test_a_risk_renamed_on_its_page_as_one_is_added_is_kept_open_once(attempt):
    """The trial's own edit page (update_risk) and an add lock the project and the trial
    first: decided in turn, the later is refused beside its description."""

    def rename(risk, actor, description):
        return update_risk(
            risk=risk, actor=actor, based_on=history_token(risk), description=description,
            likelihood=risk.likelihood, impact=risk.impact, owner=risk.owner, mitigation="",
            is_open=True,
        )  # fmt: skip

    _one_kept_the_other_told(*_renaming_race(rename))


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt", range(3))
def test_a_risk_renamed_on_the_kits_page_as_one_is_added_is_kept_open_once(attempt):
    """The record kit's edit page (records:edit) locks the project before the risk, and an
    add of a risk locks it too, before the trial: not a deadlock (a server error), but one
    kept and the other refused beside its description."""
    from nextpractice.records.kinds import kind_or_404
    from nextpractice.records.services import change_record

    def rename(risk, actor, description):
        return change_record(
            kind=kind_or_404("fieldtrials", "risk"), record=risk, actor=actor,
            based_on=risk.version, values={"description": description},
        )  # fmt: skip

    _one_kept_the_other_told(*_renaming_race(rename))


def test_the_migration_numbers_open_risks_that_differ_only_in_capitals(db):
    """Before 0016 the constraint compared the exact text: "Staff turnover" and "staff
    turnover." could both be open. 0016 keys every risk and numbers the later ones, keeping
    their place and state, so its constraint holds; nothing is deleted or withdrawn."""
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    from fieldtrials.tests.factories import FieldTrialFactory

    if connection.vendor == "sqlite":
        pytest.skip("SQLite's schema editor cannot drop a constraint inside a transaction")
    migration = import_module("fieldtrials.migrations.0016_risk_open_once_whatever_its_capitals")
    with connection.schema_editor() as editor:  # undone with the test's transaction
        for constraint in Risk._meta.constraints:
            editor.remove_constraint(Risk, constraint)
    trial, other = FieldTrialFactory(), FieldTrialFactory()
    first = RiskFactory(field_trial=trial, description="Staff turnover")
    again = RiskFactory(field_trial=trial, description="staff  TURNOVER", likelihood=3)
    taken = RiskFactory(field_trial=trial, description="Staff turnover (2)")
    closed = RiskFactory(field_trial=trial, description="STAFF TURNOVER", is_open=False)
    gone = RiskFactory(field_trial=trial, description="Staff Turnover", withdrawn_at=timezone.now())
    elsewhere = RiskFactory(field_trial=other, description="STAFF TURNOVER")
    stop = RiskFactory(field_trial=trial, description="Staff turnover.")
    Risk.objects.update(description_key="")  # as the column is added
    migration.key_risks_numbering_repeats(apps, None)
    risks = {r.pk: r for r in Risk.objects.all()}
    assert {pk: r.description for pk, r in risks.items()} == {
        first.pk: "Staff turnover",
        again.pk: "staff  TURNOVER (3)",
        taken.pk: "Staff turnover (2)",
        closed.pk: "STAFF TURNOVER",
        gone.pk: "Staff Turnover",
        elsewhere.pk: "STAFF TURNOVER",
        stop.pk: "Staff turnover (4)",
    }
    from fieldtrials.models.records import words_key

    assert all(r.description_key == words_key(r.description) for r in risks.values())
    assert risks[again.pk].likelihood == 3 and risks[again.pk].is_open
    assert Risk.objects.current().count() == 6


# --- A milestone once a day, whatever its capitals or spacing ---------------------------------


def test_the_database_refuses_a_milestone_again_the_same_day_in_other_capitals_or_spacing(world):
    """The constraint compares what clean() compares (the title's words, whatever their case,
    spacing or closing full stop, on one day), so a save that skips clean() is refused too."""
    MilestoneFactory(field_trial=world.coral, title="Plan agreed", due_on=due())
    for typed in ["PLAN AGREED", "plan  agreed.", "Plan\tagreed "]:
        with pytest.raises(IntegrityError), transaction.atomic():
            MilestoneFactory(field_trial=world.coral, title=typed, due_on=due())
    MilestoneFactory(field_trial=world.coral, title="PLAN AGREED", due_on=due() + due().resolution)
    MilestoneFactory(
        field_trial=world.coral, title="PLAN AGREED", due_on=due(), withdrawn_at=timezone.now()
    )
    MilestoneFactory(field_trial=world.dune, title="PLAN AGREED", due_on=due())
    assert Milestone.objects.filter(title__iexact="plan agreed").count() == 4


def test_a_milestones_key_follows_its_title_when_saved_by_field(world):
    milestone = MilestoneFactory(field_trial=world.coral, title="Plan agreed", due_on=due())
    milestone.title = "Launch"
    milestone.save(update_fields=["title"])
    MilestoneFactory(field_trial=world.coral, title="Plan agreed", due_on=due())  # its old title
    with pytest.raises(IntegrityError), transaction.atomic():
        MilestoneFactory(field_trial=world.coral, title="LAUNCH", due_on=due())


def test_a_milestones_key_is_not_in_its_history(world):
    milestone = MilestoneFactory(field_trial=world.coral, title="Plan agreed", due_on=due())
    assert not hasattr(milestone.history.first(), "title_key")


def test_the_milestone_migrations_key_is_the_models():
    """0017 keys the milestones already kept with a copy of the model's words_key: the same."""
    from importlib import import_module

    from fieldtrials.models.records import words_key

    migration = import_module(
        "fieldtrials.migrations.0017_milestone_once_a_day_whatever_its_capitals"
    )
    for text in ["Plan agreed", " PLAN\u00a0agreed . ", "Straße", "", "Long " * 40]:
        assert migration._key(text) == words_key(text)


def _milestone_page_token(client, trial):
    import re

    page = client.get(reverse("fieldtrials:milestone_create", args=[trial.pk])).content.decode()
    return re.search(r'name="once" value="([^"]+)"', page).group(1)


@pytest.mark.django_db(transaction=True)
def test_the_same_milestone_in_other_capitals_from_two_tabs_at_once_is_kept_once():
    from django.test import Client

    from accounts.models import Role
    from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory

    trial = FieldTrialFactory(title="Coral Trial", status="incubating")
    leader = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    url = reverse("fieldtrials:milestone_create", args=[trial.pk])
    day = due()
    posts = []
    for typed in ["Plan agreed", "PLAN  AGREED"]:
        each = Client(raise_request_exception=False)
        each.force_login(leader)
        data = {"title": typed, "due_on": f"{day:%d/%m/%Y}"}
        posts.append((each, {**data, "once": _milestone_page_token(each, trial)}))

    results, errors = at_once([lambda c=c, d=d: c.post(url, d) for c, d in posts])
    assert errors == []
    assert sorted(response.status_code for response in results) == [302, 400]
    [refused] = [response for response in results if response.status_code == 400]
    assert "already has a milestone called" in error_beside(refused.content.decode(), "title")
    assert Milestone.objects.filter(field_trial=trial).count() == 1


def _milestones_checked_before_either_saves(monkeypatch):
    """Each thread's first Milestone.clean() waits for the other's: both have been checked,
    and found nothing, before either saves, as when two saves take no lock in common."""
    import threading

    both = threading.Barrier(2, timeout=10)
    first = threading.local()
    clean = Milestone.clean

    def checked_then_wait(milestone):
        clean(milestone)
        if not getattr(first, "done", False):
            first.done = True
            both.wait()

    monkeypatch.setattr(Milestone, "clean", checked_then_wait)


@pytest.mark.django_db(transaction=True)
def test_two_milestones_in_other_capitals_checked_at_once_are_decided_by_the_database(
    monkeypatch,
):
    """Two saves that take no lock in common, each checked before the other is saved: the
    constraint keeps one, and the other is told why beside its title (save_checked), never a
    server error."""
    from fieldtrials.tests.factories import FieldTrialFactory
    from nextpractice.records.services import save_checked

    trial = FieldTrialFactory(title="Coral Trial")
    day = due()
    _milestones_checked_before_either_saves(monkeypatch)

    def save(typed):
        def call():
            milestone = MilestoneFactory.build(field_trial=trial, title=typed, due_on=day)
            milestone.full_clean()
            save_checked(milestone)
            return milestone

        return call

    results, errors = at_once([save("Plan agreed"), save("PLAN  agreed.")])
    assert len(results) == 1 and len(errors) == 1, errors
    called = f"a milestone called “{results[0].title}” due on {long_date(day)}"
    assert errors[0].message_dict == {"title": [f"Coral Trial already has {called}"]}
    assert Milestone.objects.filter(field_trial=trial).count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("page", ["its own", "the kit's"])
def test_a_milestone_renamed_as_one_is_added_the_same_day_is_kept_once(page):
    """A rename to "PLAN  agreed" (on the trial's edit page or the record kit's) as "Plan
    agreed" is added for the same day: decided in turn under the project's lock, the later is
    refused beside its title, never a deadlock or a server error."""
    from accounts.models import Role
    from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
    from nextpractice.records.kinds import kind_or_404
    from nextpractice.records.services import change_record

    trial = FieldTrialFactory(title="Coral Trial", status="incubating")
    leader = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    other = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    milestone = MilestoneFactory(field_trial=trial, title="Launch")
    day = milestone.due_on

    def rename():
        if page == "its own":
            return update_milestone(
                milestone=milestone, actor=other, based_on=history_token(milestone),
                title="PLAN  agreed", due_on=day, completed_on=None, notes=milestone.notes,
            )  # fmt: skip
        return change_record(
            kind=kind_or_404("fieldtrials", "milestone"), record=milestone, actor=other,
            based_on=milestone.version, values={"title": "PLAN  agreed"},
        )  # fmt: skip

    def add():
        return add_milestone(trial=trial, actor=leader, title="Plan agreed", due_on=day)

    results, errors = at_once([add, rename])
    assert len(results) == 1 and len(errors) == 1, errors
    assert isinstance(errors[0], ValidationError), errors
    [said] = errors[0].message_dict["title"]
    assert said.startswith("Coral Trial already has a milestone called “")
    assert list(errors[0].message_dict) == ["title"]
    titles = [m.title.casefold().split() for m in Milestone.objects.filter(field_trial=trial)]
    assert titles.count(["plan", "agreed"]) == 1


def test_the_migration_numbers_milestones_that_differ_only_in_capitals_or_spacing(db):
    """Before 0017 the constraint compared the exact title: "Plan agreed" and "plan  agreed."
    could both be due the same day. 0017 keys every milestone and numbers the later ones,
    keeping their place, day and state, so its constraint holds; nothing is deleted or
    withdrawn."""
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    from fieldtrials.models.records import words_key
    from fieldtrials.tests.factories import FieldTrialFactory

    if connection.vendor == "sqlite":
        pytest.skip("SQLite's schema editor cannot drop a constraint inside a transaction")
    migration = import_module(
        "fieldtrials.migrations.0017_milestone_once_a_day_whatever_its_capitals"
    )
    with connection.schema_editor() as editor:  # undone with the test's transaction
        for constraint in Milestone._meta.constraints:
            editor.remove_constraint(Milestone, constraint)
    trial, other = FieldTrialFactory(), FieldTrialFactory()
    day, later = due(), due() + due().resolution
    done = timezone.localdate()

    def milestone(title, **fields):
        return MilestoneFactory(field_trial=trial, title=title, **{"due_on": day, **fields})

    first = milestone("Plan agreed")
    again = milestone("plan  AGREED", completed_on=done)
    taken = milestone("Plan agreed (2)")
    another_day = milestone("PLAN AGREED", due_on=later)
    gone = milestone("Plan Agreed", withdrawn_at=timezone.now())
    elsewhere = MilestoneFactory(field_trial=other, title="PLAN AGREED", due_on=day)
    stop = milestone("Plan agreed.")
    long = milestone("L" * 200)
    long_again = milestone("l" * 200)
    Milestone.objects.update(title_key="")  # as the column is added
    migration.key_milestones_numbering_repeats(apps, None)
    kept = {m.pk: m for m in Milestone.objects.all()}
    assert {pk: m.title for pk, m in kept.items()} == {
        first.pk: "Plan agreed",
        again.pk: "plan  AGREED (3)",
        taken.pk: "Plan agreed (2)",
        another_day.pk: "PLAN AGREED",
        gone.pk: "Plan Agreed",
        elsewhere.pk: "PLAN AGREED",
        stop.pk: "Plan agreed (4)",
        long.pk: "L" * 200,
        long_again.pk: "l" * 196 + " (2)",
    }
    assert all(m.title_key == words_key(m.title) for m in kept.values())
    assert kept[again.pk].completed_on == done and kept[again.pk].due_on == day
    assert Milestone.objects.current().count() == 8
