"""Nothing of a withdrawn project is changed until it is restored: its narrative and details,
its Phase 1 records (by the record kit's Change, Withdraw and Delete too), its objectives'
agreement, its stimuli, its stage, its options' screening and decisions. Each page says so
(409) with Restore for who may; a post meeting a withdrawal made since its page was shown is
refused under the project's lock; its pages offer no Change links."""

import re

import pytest
from django.urls import reverse

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import change_record, delete_record, withdraw_record
from programmes.models import (
    CreativeOption,
    DataSource,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    Project,
)
from programmes.services import (
    close_project,
    move_stage,
    restore_project,
    update_narrative,
    withdraw_project,
)
from programmes.services.horizon import unkeep_stimulus
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.services.need import set_objective_status
from programmes.services.options import assess_option, decide_option
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from programmes.tests.factories_options import (
    KeptStimulusFactory,
    OptionFactory,
    WorkshopFactory,
)

pytestmark = pytest.mark.django_db

REFUSED = "The project has been withdrawn: restore it first."


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def officer():
    return UserFactory(full_name="Olive Officer")


@pytest.fixture
def project(officer):
    project = ProjectFactory(title="Reading Recovery", narrative="As it was")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return project


@pytest.fixture
def records(project, officer):
    """One record of each kind the project's Phase 1 keeps, added before it was withdrawn."""
    made = {
        "driver": ProblemStatement.objects.create(
            project=project, kind="driver", text="Falling rolls", created_by=officer
        ),
        "problem": ProblemStatement.objects.create(
            project=project, text="Too few places", created_by=officer
        ),
        "objective": Objective.objects.create(
            project=project, text="More places", created_by=officer
        ),
        "source": DataSource.objects.create(
            project=project, title="Census", url="https://example.org/c", created_by=officer
        ),
        "innovator": PotentialInnovator.objects.create(
            project=project, person_name="Ada", why="She did it", created_by=officer
        ),
        "kept": KeptStimulusFactory(project=project, kept_by=officer),
        "workshop": WorkshopFactory(project=project, created_by=officer),
        "option": OptionFactory(project=project, created_by=officer),
    }
    return made


def _kit(slug, record, action="edit"):
    return reverse(f"records:{action}", args=["programmes", slug, record.pk])


# (name, url, data posted): the pages that change the project itself. Refused before
# anything is read from the post, so the data need not be valid.
CHANGING_PAGES = [
    ("narrative", lambda p: reverse("programmes:narrative_edit", args=[p.pk]),
     {"narrative": "Changed", "version": 0}),
    ("move", lambda p: reverse("programmes:project_move", args=[p.pk]),
     {"to_stage": "scan_horizon", "reason": "Gate aside", "override": "on"}),
    ("close", lambda p: reverse("programmes:project_close", args=[p.pk]),
     {"closed_on": "1/1/2007", "note": "Done"}),
    ("reopen", lambda p: reverse("programmes:project_reopen", args=[p.pk]),
     {"reason": "More to do"}),
    ("details", lambda p: _kit("project", p), {"title": "Renamed", "version": 0}),
]  # fmt: skip

# (name, url from the records, data posted): the pages that change one of its records.
RECORD_PAGES = [
    ("agree", lambda r: reverse("programmes:objective_status", args=[r["objective"].pk]),
     {"status": "agreed"}),
    ("stop using", lambda r: reverse("programmes:kept_stimulus_remove", args=[r["kept"].pk]),
     {}),
    ("assess", lambda r: reverse("programmes:assessment_edit", args=[r["option"].pk]), {}),
    ("decide", lambda r: reverse("programmes:option_decide", args=[r["option"].pk]),
     {"decision": "shortlisted", "reason": "Promising"}),
    ("driver", lambda r: _kit("problem-statement", r["driver"]),
     {"kind": "driver", "text": "Changed"}),
    ("objective", lambda r: _kit("objective", r["objective"]), {"text": "Changed"}),
    ("data source", lambda r: _kit("data-source", r["source"]), {"title": "Changed"}),
    ("innovator", lambda r: _kit("potential-innovator", r["innovator"]),
     {"person_name": "Changed", "why": "Changed"}),
    ("workshop", lambda r: _kit("workshop", r["workshop"]), {"title": "Changed"}),
    ("option", lambda r: _kit("option", r["option"]), {"title": "Changed"}),
    ("withdraw problem", lambda r: _kit("problem-statement", r["problem"], "withdraw"),
     {"reason": "Said twice"}),
    ("withdraw workshop", lambda r: _kit("workshop", r["workshop"], "withdraw"),
     {"reason": "Said twice"}),
    ("delete problem", lambda r: _kit("problem-statement", r["problem"], "delete"), {}),
]  # fmt: skip


def _state(project):
    """Everything the pages could change, to compare before and after."""
    project = Project.objects.get(pk=project.pk)
    kept = [
        (type(r).__name__, r.pk, getattr(r, "version", None), getattr(r, "status", None))
        for manager in (project.problems, project.objectives, project.innovators)
        for r in manager.order_by("pk")
    ]
    return (
        project.narrative,
        project.title,
        project.stage,
        project.closed_on,
        project.version,
        kept,
        list(project.kept_stimuli.values_list("pk", flat=True)),
        list(project.workshops.values_list("pk", "version", "withdrawn_at")),
        list(DataSource.objects.filter(project=project).values_list("version", "withdrawn_at")),
        list(
            CreativeOption.objects.filter(project=project).values_list(
                "pk", "version", "status", "withdrawn_at"
            )
        ),
    )


@pytest.mark.parametrize("name, url, data", CHANGING_PAGES, ids=[c[0] for c in CHANGING_PAGES])
def test_a_withdrawn_project_s_changing_pages_are_refused_and_change_nothing(
    client, project, officer, records, name, url, data
):
    url = url(project)
    client.force_login(officer)
    if name != "reopen":  # a closed project's
        assert client.get(url).status_code == 200, name
    withdraw_project(project=project, actor=officer, reason="Added by mistake")
    before, events = _state(project), Event.objects.count()

    for response in (client.get(url), client.post(url, data)):
        assert response.status_code == 409, name
        said = _text(response)
        assert "This project has been withdrawn" in said
        assert f"{REFUSED} Nothing has been changed." in said
        assert reverse("programmes:project_restore", args=[project.pk]) in response.text
    assert _state(project) == before
    assert Event.objects.count() == events


def test_a_withdrawn_project_s_records_are_not_changed(client, project, officer, records):
    """Its officers are told on its records' pages that it is withdrawn, with the way to
    restore it (409), as on its own: nothing is changed by them."""
    client.force_login(officer)
    for name, url, _ in RECORD_PAGES:
        if name != "agree":  # a post only
            assert client.get(url(records)).status_code == 200, name
    withdraw_project(project=project, actor=officer, reason="Added by mistake")
    before, events = _state(project), Event.objects.count()
    for name, url, data in RECORD_PAGES:
        if name != "agree":
            assert client.get(url(records)).status_code == 409, name
        response = client.post(url(records), data)
        assert response.status_code == 409, name
        assert "This project has been withdrawn" in _text(response), name
        assert reverse("programmes:project_restore", args=[project.pk]) in response.text, name
    assert _state(project) == before
    assert Event.objects.count() == events


def test_its_consultant_is_not_told_it_exists(client, project, officer, records):
    """A withdrawn project is its officers' alone: the page screening its options is not
    found for its consultant (who may assess them otherwise)."""
    from programmes.models import ProjectMembership

    consultant = UserFactory()
    ProjectMembership.objects.create(project=project, user=consultant, role=Role.CONSULTANT)
    url = reverse("programmes:assessment_edit", args=[records["option"].pk])
    client.force_login(consultant)
    assert client.get(url).status_code == 200
    withdraw_project(project=project, actor=officer, reason="Added by mistake")
    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404


def test_a_page_sent_as_the_project_is_withdrawn_is_refused_under_the_lock(
    client, project, officer, records, monkeypatch
):
    """As if each post had read the project, or its record, a moment before the project was
    withdrawn: the early refusals are taken away, and the service decides, under the
    project's lock; the page says so (409) and nothing is changed."""
    import programmes.kinds
    import programmes.views.need

    def as_read_before(user, model, pk, perm="programmes.view_record"):
        return model.objects.select_related("project").get(pk=pk)

    client.force_login(officer)
    withdraw_project(project=project, actor=officer, reason="Added by mistake")
    before, events = _state(project), Event.objects.count()
    monkeypatch.setattr(programmes.views.need, "open_project", lambda project: project)
    monkeypatch.setattr(programmes.views.need, "get_record_for", as_read_before)
    monkeypatch.setattr(programmes.kinds, "open_project", lambda project: project)
    monkeypatch.setattr(programmes.kinds, "get_record_for", as_read_before)
    objective, driver = records["objective"], records["driver"]
    sent = [
        (
            reverse("programmes:narrative_edit", args=[project.pk]),
            {"narrative": "Changed", "version": 0},
        ),
        (reverse("programmes:objective_status", args=[objective.pk]), {"status": "agreed"}),
        (
            _kit("problem-statement", driver),
            {"kind": "driver", "text": "Changed", "version": driver.version},
        ),
        (_kit("objective", objective, "withdraw"), {"reason": "Said twice"}),
        (_kit("problem-statement", records["problem"], "delete"), {}),
    ]
    for url, data in sent:
        response = client.post(url, data)
        assert response.status_code == 409, url
        assert f"{REFUSED} Nothing has been changed." in _text(response)
    assert _state(project) == before
    assert Event.objects.count() == events


def test_the_services_refuse_changes_to_a_withdrawn_project_under_its_lock(
    project, officer, records
):
    """A page read before the project was withdrawn (its objects as the page read them)."""
    stale = Project.objects.get(pk=project.pk)
    kinds = record_kinds()
    withdraw_project(project=project, actor=officer, reason="Added by mistake")
    before, events = _state(project), Event.objects.count()
    driver, option = records["driver"], records["option"]
    refusals = {
        "narrative": lambda: update_narrative(
            project=stale, narrative="Changed", based_on_version=0, actor=officer
        ),
        "move": lambda: move_stage(project=stale, to_stage="scan_horizon", actor=officer),
        "close": lambda: close_project(
            project=stale, actor=officer, closed_on=stale.start_date, note="Done"
        ),
        "agree": lambda: set_objective_status(
            objective=records["objective"], status="agreed", actor=officer
        ),
        "stop using": lambda: unkeep_stimulus(kept=records["kept"], actor=officer),
        "assess": lambda: assess_option(option=option, reviewer=officer),
        "decide": lambda: decide_option(
            option=option, decision="declined", reason="Not now", actor=officer
        ),
        "change": lambda: change_record(
            kind=kinds[("programmes", "problem-statement")],
            record=driver,
            actor=officer,
            based_on=driver.version,
            values={"text": "Changed"},
        ),
        "details": lambda: change_record(
            kind=kinds[("programmes", "project")],
            record=stale,
            actor=officer,
            based_on=stale.version,
            values={"title": "Renamed"},
        ),
        "withdraw": lambda: withdraw_record(
            kind=kinds[("programmes", "workshop")],
            record=records["workshop"],
            actor=officer,
            reason="Said twice",
        ),
        "delete": lambda: delete_record(
            kind=kinds[("programmes", "problem-statement")], record=driver, actor=officer
        ),
    }
    for name, changing in refusals.items():
        with pytest.raises(ProjectWithdrawn, match="restore it first"):
            changing()
            pytest.fail(f"{name} was not refused")
    assert _state(project) == before
    assert Event.objects.count() == events

    # Restored, it is changed again.
    restore_project(project=project, actor=officer, reason="It was right")
    update_narrative(project=project, narrative="Changed", based_on_version=0, actor=officer)
    project.refresh_from_db()
    assert project.narrative == "Changed"


def test_a_withdrawn_project_s_phase_1_page_offers_no_change_links(
    client, project, officer, records
):
    option, workshop = records["option"], records["workshop"]
    client.force_login(officer)
    phase1 = reverse("programmes:project_phase1", args=[project.pk])
    changing = [
        reverse("programmes:narrative_edit", args=[project.pk]),
        reverse("programmes:objective_status", args=[records["objective"].pk]),
        reverse("programmes:kept_stimulus_remove", args=[records["kept"].pk]),
        _kit("problem-statement", records["driver"]),
        _kit("problem-statement", records["problem"], "withdraw"),
        _kit("objective", records["objective"]),
        _kit("data-source", records["source"]),
        _kit("potential-innovator", records["innovator"]),
    ]
    on_their_pages = [
        reverse("programmes:assessment_edit", args=[option.pk]),
        reverse("programmes:option_decide", args=[option.pk]),
        _kit("workshop", workshop),
        _kit("option", option),
    ]
    shown = "".join(
        client.get(page).content.decode()
        for page in (
            phase1,
            option.get_absolute_url(),
            reverse("programmes:workshop_detail", args=[workshop.pk]),
        )
    )
    assert [url for url in changing + on_their_pages if url not in shown] == []

    withdraw_project(project=project, actor=officer, reason="Added by mistake")
    page = client.get(phase1)
    assert page.status_code == 200
    assert [url for url in changing if url in page.content.decode()] == []
